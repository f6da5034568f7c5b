"""The ``linkdesk`` command line: one sub-command per staff action (Qt-free, except ``gui``).

Each command lives in its own module exposing ``register(subparsers)``, which adds a parser whose
default ``func(args) -> int`` runs it. Commands are listed in :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import gc
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
    "linkdesk.cli.dashboard_cmd",
    "linkdesk.cli.drift_cmd",
    "linkdesk.cli.neis_cmd",
    "linkdesk.cli.login_cmd",
    "linkdesk.cli.rejections_cmd",
    "linkdesk.cli.schools_cmd",
]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with ``only`` that command's module alone (a command's start
    then imports what it needs and not what every other command needs)."""
    parser = argparse.ArgumentParser(prog="linkdesk", description="LinkDesk — 자원봉사센터 실적연계 창구 프로그램")
    parser.add_argument("--version", action="version", version=f"linkdesk {__version__}")
    parser.add_argument("--data-dir", help="folder of the local database and logs (default: the platform data folder; env LINKDESK_DATA_DIR)")
    parser.add_argument("--config", help="configuration file (TOML, see docs/configuration.md)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [only] if only else COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a command whose module is not there yet
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


_VALUE_OPTIONS = ("--data-dir", "--config")  # top-level options followed by a value


def _command_module(argv: list[str]) -> tuple[str, str] | None:
    """(command, module) when the first word of ``argv`` names a command by the ``<name>_cmd``
    convention; None for help, a version request or anything unusual (all commands are loaded)."""
    words = iter(argv)
    for word in words:
        if word in _VALUE_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            module = f"linkdesk.cli.{word}_cmd"
            return (word, module) if module in COMMAND_MODULES else None
        elif not word.startswith(tuple(o + "=" for o in _VALUE_OPTIONS)):
            return None
    return None


def _registered(parser: argparse.ArgumentParser, command: str) -> bool:
    return any(isinstance(a, argparse._SubParsersAction) and command in a.choices for a in parser._actions)


def main(argv: list[str] | None = None) -> int:
    """Run one command. Without ``argv`` (``linkdesk …``, ``python -m linkdesk``, the bundle) this is
    the whole process, and the garbage collector is kept off the start-up's objects:

    importing a command (SQLAlchemy, the models) makes a few hundred thousand objects that live as
    long as the process, and the collector walked all of them again and again while they were being
    made, then once more at exit — about a third of a short command's CPU (issue 13). So it is off
    while the command's module loads, what was loaded is frozen (``gc.freeze``: kept out of later
    collections), and the command then runs with the collector on; at the end the heap is frozen
    again, as the process exits. In-process callers (tests) pass ``argv`` and get no such change.
    """
    whole_process = argv is None
    argv = sys.argv[1:] if argv is None else list(argv)
    if whole_process:
        gc.disable()
    try:
        guess = _command_module(argv)
        parser = build_parser(guess[1]) if guess else None
        if parser is None or not _registered(parser, guess[0]):
            parser = build_parser()
    finally:
        if whole_process:
            gc.freeze()
            gc.enable()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    finally:
        if whole_process:
            gc.freeze()  # exiting: no final collection over the whole heap
