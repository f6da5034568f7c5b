"""``linkdesk neis import FILE…``: NEIS Open API answers (schoolInfo, *Timetable, SchoolSchedule)
into the local store, in one transaction. See docs/cli.md."""

from __future__ import annotations

import argparse

from linkdesk.clock import today
from linkdesk.cli.context import EXIT_OK, add_common_options, command, open_cli_core, print_json
from linkdesk.services.neis_import import import_files


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("neis", help="NEIS Open API data (학교기본정보, 시간표, 학사일정)")
    sub = parser.add_subparsers(dest="neis_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="read NEIS Open API answer files (JSON) into the local store")
    imp.add_argument("files", nargs="+", metavar="FILE", help="schoolInfo / *Timetable / SchoolSchedule answers")
    imp.add_argument("--school", metavar="OFFICE-CODE", help="refuse files of any other school, e.g. B10-7010057")
    add_common_options(imp)
    imp.set_defaults(func=run_import)


@command
def run_import(args: argparse.Namespace) -> int:
    school = None
    if args.school:
        office, _, code = args.school.strip().partition("-")
        school = (office, code)
    with open_cli_core(args, partners=False) as core:
        report = import_files(core, args.files, school=school, today=today(core.clock))
    if args.json:
        print_json({"schools": report.schools, "timetable_days": report.timetable_days,
                    "calendar_days": report.calendar_days, "files": report.files, "refused": report.refused})
    else:
        print(report.summary_ko())
        for line in report.refused:
            print(f"  제외: {line}")
    return EXIT_OK
