"""The ``linkdesk`` command line: one sub-command per staff action (Qt-free, except ``gui``).

Each command lives in its own module exposing ``register(subparsers)``, which adds a parser whose
default ``func(args) -> int`` runs it. Commands are listed in :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from linkdesk import __version__

COMMAND_MODULES = [
    "linkdesk.cli.gui_cmd",
    "linkdesk.cli.sandbox_cmd",
    "linkdesk.cli.link_cmd",
    "linkdesk.cli.outbox_cmd",
    "linkdesk.cli.records_cmd",
    "linkdesk.cli.db_cmd",
    "linkdesk.cli.demo_cmd",
    "linkdesk.cli.vms_cmd",
    "linkdesk.cli.redcross_cmd",
    "linkdesk.cli.staff_cmd",
    "linkdesk.cli.audit_cmd",
    "linkdesk.cli.config_cmd",
    "linkdesk.cli.certificate_cmd",
    "linkdesk.cli.schools_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="linkdesk", description="LinkDesk — 자원봉사센터 실적연계 창구 프로그램")
    parser.add_argument("--version", action="version", version=f"linkdesk {__version__}")
    parser.add_argument("--data-dir", help="folder of the local database and logs (default: the platform data folder; env LINKDESK_DATA_DIR)")
    parser.add_argument("--config", help="configuration file (TOML, see docs/configuration.md)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a command whose module is not there yet
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    return int(args.func(args) or 0)
