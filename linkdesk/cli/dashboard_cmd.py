"""``linkdesk dashboard``: the centre's figures (현황) and the month's report (실적 보고), offline.

    linkdesk dashboard show [--month 2026-11 | --from 2026-11-01 --to 2026-11-30] [--by day|week|month] [--json]
    linkdesk dashboard report --month 2026-11 --purpose "구청 월간 보고" --csv 보고.csv [--pdf 보고.pdf]

Every figure comes from the local cache (no partner is called). ``show`` is a 조회 of 현황 in the
access log; ``report`` writes aggregates only, states its purpose and is a 다운로드 (CSV) or 출력 (PDF).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import Any

from linkdesk.cli.context import EXIT_OK, UsageError, add_common_options, command, open_cli_core, print_json
from linkdesk.clock import KST
from linkdesk.domain.hours import format_minutes_ko
from linkdesk.services import dashboard as D
from linkdesk.services import dashboard_report as R


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("dashboard", help="the centre's figures (현황) and the month's report (실적 보고)")
    sub = parser.add_subparsers(dest="dashboard_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="linked hours per partner, students, pending/failed/rejected, certificates")
    _period_options(show)
    show.add_argument("--by", choices=D.GRANULARITIES, default="day", help="group the linked hours by (default: day)")
    add_common_options(show)
    show.set_defaults(func=run_show)
    report = sub.add_parser("report", help="the month's report as CSV and/or PDF, with its purpose")
    _period_options(report)
    report.add_argument("--purpose", required=True, help="why the report is made (written on it and in the access log)")
    report.add_argument("--csv", metavar="FILE", help="write the report as CSV (UTF-8, opens in Excel)")
    report.add_argument("--pdf", metavar="FILE", help="write the report as an A4 PDF")
    add_common_options(report)
    report.set_defaults(func=run_report)


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--month", metavar="YYYY-MM", help="a calendar month (default: this month)")
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD), with --to")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD), inclusive")


def period_of(args: argparse.Namespace, today: dt.date, granularity: str = "day") -> D.Period:
    if args.start or args.end:
        if args.month or not (args.start and args.end):
            raise UsageError("기간은 --month 하나, 또는 --from 과 --to 를 함께 주세요.")
        try:
            start, last = dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end)
        except ValueError:
            raise UsageError("날짜는 YYYY-MM-DD 형식으로 적으세요.") from None
        return D.Period(start, last + dt.timedelta(days=1), granularity)
    if args.month:
        return D.Period.parse_month(args.month, granularity)
    return D.Period.month(today.year, today.month, granularity)


def board_json(board: D.Dashboard) -> dict[str, Any]:
    def linked(x: D.Linked) -> dict[str, Any]:
        return {"bucket": x.bucket, "partner": x.partner, "records": x.records, "minutes": x.minutes, "hours": x.hours}

    return {
        "period": {"from": board.period.start, "to": board.period.end - dt.timedelta(days=1),
                   "by": board.period.granularity},
        "as_of": board.as_of, "totals": [linked(t) for t in board.totals],
        "buckets": [linked(b) for b in board.buckets], "students": board.students,
        "outbox": {"waiting": board.waiting, "failed": board.failed, "ambiguous": board.ambiguous},
        "failures": [r.__dict__ for r in board.failures],
        "rejected": board.rejected, "rejections": [r.__dict__ for r in board.rejections],
        "certificates": {"issued": board.certificates_issued, "void": board.certificates_void},
        "consents_expiring": board.consents_expiring,
    }


@command
def run_show(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False) as core:
        board = D.open_dashboard(core, period_of(args, core.clock.now().astimezone(KST).date(), args.by))
    if args.json:
        print_json(board_json(board))
        return EXIT_OK
    print(f"현황 {board.period.label()}")
    for t in board.totals:
        extra = f", 학생부 인정 {t.hours}시간" if t.partner == "neis" else ""
        print(f"  {t.label:<16} {t.records:>6}건  {format_minutes_ko(t.minutes)}{extra}")
    print(f"  실적이 연계된 학생(봉사자) {board.students}명")
    print(f"  전송 대기 {board.waiting}건 · 실패 {board.failed}건 · 결과 확인 필요 {board.ambiguous}건")
    for r in board.failures[:5]:
        print(f"    - {D.PARTNER_LABELS.get(r.partner, r.partner)} {r.count}건: {r.message or r.code}")
    print(f"  학교 반려 {board.rejected}건")
    for r in board.rejections[:5]:
        print(f"    - {r.count}건: {r.message or '(사유 없음)'}")
    print(f"  확인서 발급 {board.certificates_issued}건 (폐기 {board.certificates_void}건)")
    for partner, n in sorted(board.consents_expiring.items()):
        print(f"  30일 안에 만료되는 동의: {D.PARTNER_LABELS.get(partner, partner)} {n}명")
    return EXIT_OK


@command
def run_report(args: argparse.Namespace) -> int:
    if not (args.csv or args.pdf):
        raise UsageError("--csv 또는 --pdf 로 저장할 파일을 주세요.")
    R.check_purpose(args.purpose)
    with open_cli_core(args, partners=False) as core:
        board = D.open_dashboard(core, period_of(args, core.clock.now().astimezone(KST).date()))
        written: dict[str, Any] = {}
        if args.csv:
            written["csv"] = R.write_csv(core, board, args.csv, purpose=args.purpose).path
        if args.pdf:
            written["pdf"] = write_pdf(core, board, args.pdf, purpose=args.purpose)
    if args.json:
        print_json({"period": board.period.label(), **written})
    else:
        for kind, path in written.items():
            print(f"{kind.upper()}: {path}")
    return EXIT_OK


def write_pdf(core, board: D.Dashboard, path: str, *, purpose: str):
    """Qt's font machinery lays the page out: a QGuiApplication without a screen, as for certificates."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from linkdesk.gui.dashboard.report_pdf import save_pdf

    _app = QGuiApplication.instance() or QGuiApplication([])
    return save_pdf(core, board, path, purpose=purpose)
