"""``linkdesk db upgrade``: migrate the configured database now and say what changed.

The database is the one the other commands would open: ``[database] url`` if configured, else
``linkdesk.db`` in the data folder (``linkdesk-training.db`` in training mode). A SQLite file is
backed up next to itself before it changes; a database from a newer LinkDesk is refused (exit 1).
"""

from __future__ import annotations

import argparse

from linkdesk.cli.context import EXIT_OK, add_common_options, command, data_dir_of, load_cli_config, print_json
from linkdesk.logs import setup_logging
from linkdesk.services.db_admin import upgrade_database


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("db", help="database maintenance")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = sub.add_parser("upgrade", help="migrate the database to this version's schema (backup first)")
    add_common_options(upgrade)
    upgrade.set_defaults(func=run_upgrade)


@command
def run_upgrade(args: argparse.Namespace) -> int:
    config = load_cli_config(args)
    folder = data_dir_of(args)
    setup_logging(folder / "logs")
    done = upgrade_database(config, folder)
    report = done.report
    if args.json:
        print_json({"database": done.database, "training": done.training, "from": report.from_revision,
                    "to": report.to_revision, "changed": report.changed, "backup": report.backup})
        return EXIT_OK
    print(f"데이터베이스: {done.database}" + (" (연습 모드용)" if done.training else ""))
    if report.changed:
        print(f"스키마: {report.from_revision or '(없음)'} → {report.to_revision}")
        print(f"백업: {report.backup}" if report.backup else "백업: 없음 (새 데이터베이스이거나 PostgreSQL)")
    else:
        print(f"이미 최신입니다 (스키마 {report.to_revision}).")
    return EXIT_OK
