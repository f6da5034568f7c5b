"""``linkdesk drift check``: compare what the cache says was sent with what each partner holds now.

    linkdesk drift check [--partner neis --partner vms …] [--days 90] [--volunteer V-1001] [--json]
    linkdesk drift check --apply        # take the partner's word where a safe fix exists

Lists each difference (상태가 다름, 연계기관에만 있음, 이 PC에만 있음) and changes nothing unless
``--apply`` is given; then only differences with a fix are written, with a 변경 entry in the access
log. Exit 0 when nothing differs, 4 when differences were found (none applied), 1 on errors.
"""

from __future__ import annotations

import argparse

from linkdesk.cli.context import EXIT_OK, add_common_options, command, open_cli_core, print_json
from linkdesk.services import drift
from linkdesk.services.dashboard import PARTNER_LABELS

EXIT_DIFFERENCES = 4


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("drift", help="compare the cache with what the partners hold (연계 점검)")
    sub = parser.add_subparsers(dest="drift_command", metavar="ACTION", required=True)
    chk = sub.add_parser("check", help="list the differences; --apply takes the partner's word where safe")
    chk.add_argument("--partner", action="append", choices=tuple(drift.CHECKS), help="only these partners (repeatable)")
    chk.add_argument("--days", type=int, default=90, help="links and transfers of the last N days (default 90)")
    chk.add_argument("--volunteer", metavar="ID", help="only this volunteer")
    chk.add_argument("--max-people", type=int, default=200, help="people asked per partner at most (default 200)")
    chk.add_argument("--apply", action="store_true", help="write the partner's state for differences with a safe fix")
    add_common_options(chk)
    chk.set_defaults(func=run_check)


def difference_json(d: drift.Difference) -> dict:
    return {"partner": d.partner, "kind": d.kind, "text": d.text, "volunteer_id": d.volunteer_id,
            "record_id": d.record_id, "ours": d.ours, "theirs": d.theirs, "detail": d.detail, "fix": d.fix}


@command
def run_check(args: argparse.Namespace) -> int:
    partners = tuple(dict.fromkeys(args.partner or drift.CHECKS))
    with open_cli_core(args) as core:
        report = drift.check(core, partners=partners, days=args.days, max_people=max(1, args.max_people),
                             volunteer_id=(args.volunteer or "").strip() or None)
        applied = drift.apply(core, report.fixable) if args.apply else 0
    if args.json:
        print_json({"checked_at": report.checked_at, "checked": report.checked, "unreachable": report.unreachable,
                    "not_checked": report.not_checked, "applied": applied,
                    "differences": [difference_json(d) for d in report.differences]})
    else:
        for partner, n in report.checked.items():
            print(f"{PARTNER_LABELS.get(partner, partner)}: {n}건 확인"
                  + (f" (나머지 {report.not_checked[partner]}건은 확인하지 않음)" if partner in report.not_checked else ""))
        for partner, message in report.unreachable.items():
            print(f"{PARTNER_LABELS.get(partner, partner)}: 연결할 수 없어 확인하지 못했습니다 — {message}")
        if not report.differences:
            print("차이가 없습니다.")
        for d in report.differences:
            fix = f" → 반영 시 '{d.fix}'" if d.fix else " → 담당자 확인 필요"
            print(f"  [{PARTNER_LABELS.get(d.partner, d.partner)}] {d.volunteer_id or '-'} {d.record_id or '-'}: "
                  f"{d.text} (이 PC: {d.ours or '없음'}, 연계기관: {d.theirs or '없음'}){fix}")
        if args.apply:
            print(f"{applied}건을 연계기관의 상태로 반영했습니다.")
        elif report.fixable:
            print(f"{len(report.fixable)}건은 --apply 로 연계기관의 상태를 반영할 수 있습니다.")
    if report.unreachable:
        return 1
    return EXIT_DIFFERENCES if report.differences and not args.apply else EXIT_OK
