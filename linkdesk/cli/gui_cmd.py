"""``linkdesk gui``: start the counter window. Qt is imported only when the command runs, so the
rest of the command line (and every core package) stays Qt-free."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", help="start the counter window (training mode without configuration)")
    parser.add_argument("--lang", choices=["ko", "en"], help="language for this run (default: the saved preference)")
    parser.add_argument("--theme", choices=["light", "dark"], help="theme for this run (default: the saved preference)")
    parser.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="folder of the local database, logs and preferences (as before the command)")
    parser.add_argument("--config", default=argparse.SUPPRESS, help="configuration file (as before the command)")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="quit with exit code 0 as soon as the window is shown, ready and the event loop idle "
                             "(for measuring start-up)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from linkdesk.gui.app import main  # lazy: importing this module must not load PySide6

    argv: list[str] = []
    if getattr(args, "data_dir", None):
        argv += ["--data-dir", str(args.data_dir)]
    if getattr(args, "config", None):
        argv += ["--config", str(args.config)]
    if args.lang:
        argv += ["--lang", args.lang]
    if args.theme:
        argv += ["--theme", args.theme]
    if args.exit_when_ready:
        argv.append("--exit-when-ready")
    return main(argv)
