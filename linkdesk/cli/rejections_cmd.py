"""``linkdesk rejections list|handle``: records a school rejected (반려), from the local cache.

``list`` shows each rejected NEIS record with the school's reason and the route to resolve it
(filters: ``--school`` name or code, ``--since`` / ``--until`` the day it was seen, ``--reason``
words, ``--all`` handled ones too); ``handle RECORD`` marks one handled (``--note``) or opens it
again (``--reopen``). Both are in the access log (조회 / 변경). No partner is called.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict

from linkdesk.cli.context import EXIT_OK, UsageError, add_common_options, command, open_cli_core, print_json
from linkdesk.services import rejections as R


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"날짜는 YYYY-MM-DD로 입력하세요: {text}") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("rejections", help="records a school rejected (반려): reason, route, follow-up")
    sub = parser.add_subparsers(dest="rejections_command", metavar="ACTION", required=True)
    lister = sub.add_parser("list", help="rejected NEIS records with the school's reason and what to do")
    lister.add_argument("--school", default="", help="school code or part of its name")
    lister.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="seen on or after this day")
    lister.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="seen on or before this day")
    lister.add_argument("--reason", default="", help="words in the school's reason")
    lister.add_argument("--all", action="store_true", help="handled records too")
    add_common_options(lister)
    lister.set_defaults(func=run_list)
    handle = sub.add_parser("handle", help="mark a rejected record handled (or --reopen it)")
    handle.add_argument("record", metavar="RECORD", help="the record id, e.g. R-1001-02")
    handle.add_argument("--note", default="", help="what was done (e.g. the teacher was told)")
    handle.add_argument("--reopen", action="store_true", help="back to not handled")
    add_common_options(handle)
    handle.set_defaults(func=run_handle)


@command
def run_list(args: argparse.Namespace) -> int:
    if args.since and args.until and args.since > args.until:
        raise UsageError("--since가 --until보다 늦습니다.")
    with open_cli_core(args, partners=False) as core:
        found = R.list_rejections(core, school=args.school, since=args.since, until=args.until, reason=args.reason,
                                  include_handled=args.all)
    if args.json:
        print_json({"rejections": [asdict(r) for r in found]})
        return EXIT_OK
    print(f"반려 실적 {len(found)}건")
    for r in found:
        done = f" · 처리 {r.handled_at:%Y-%m-%d} {r.handled_by}" + (f" ({r.note})" if r.note else "") if r.handled_at else ""
        print(f"  {r.record_id:<12} {r.rejected_on} {r.name} · {r.school_name or r.school_code} · "
              f"{r.day} {r.organization} {r.activity}{done}")
        print(f"      사유: {r.reason}")
        print(f"      할 일: {r.route}")
    return EXIT_OK


@command
def run_handle(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False) as core:
        R.mark_handled(core, args.record.strip(), args.note, handled=not args.reopen)
    if args.json:
        print_json({"record": args.record.strip(), "handled": not args.reopen})
    else:
        print(f"{args.record.strip()}: " + ("처리 취소" if args.reopen else "처리 완료"))
    return EXIT_OK
