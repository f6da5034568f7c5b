"""``linkdesk vms``: 1365연계 결과조회 and 봉사실적 일괄전송 from the command line (same service as the GUI).

    linkdesk vms show --volunteer V-2001 [--json]     # or --vms-id haneul85
    linkdesk vms send --volunteer V-2001 [--json]

Exit codes (linkdesk.cli.context): 0 done (sent, or queued because VMS did not answer: the outbox
sends it later); 1 a known error (member not found, partner error); 3 refused: inside the send
interval (the time a send is allowed again is printed), without the 1365 consent, or another refusal.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, is_dataclass
from datetime import datetime
from typing import Any

from linkdesk.cli.context import EXIT_ERROR, EXIT_OK, EXIT_REFUSED, add_common_options, command, open_cli_core, print_json
from linkdesk.clock import KST


def plain(value: Any) -> Any:
    """Dataclasses (service answers) as dicts for :func:`print_json`; dates are handled there."""
    return asdict(value) if is_dataclass(value) and not isinstance(value, type) else value


def when(moment: datetime | None) -> str:
    return moment.astimezone(KST).strftime("%Y-%m-%d %H:%M") if moment else ""


# -- the commands ------------------------------------------------------------------------------------

def register(subparsers) -> None:
    parser = subparsers.add_parser("vms", help="VMS → 1365: 1365연계 결과조회, 봉사실적 일괄전송")
    sub = parser.add_subparsers(dest="vms_command", metavar="ACTION", required=True)
    for name, func, text in (("show", _show, "1365연계 결과조회"), ("send", _send, "봉사실적 일괄전송")):
        p = sub.add_parser(name, help=text)
        who = p.add_mutually_exclusive_group(required=True)
        who.add_argument("--volunteer", metavar="ID", help="1365 아이디")
        who.add_argument("--vms-id", metavar="ID", help="VMS 아이디")
        add_common_options(p)
        p.set_defaults(func=command(func))


def _member(core, args):
    from linkdesk.services import vms

    found = vms.find_members(core, volunteer_id=args.volunteer, vms_id=args.vms_id)
    if not found:
        print("VMS 회원 정보를 찾을 수 없습니다. 아이디를 확인하세요.", file=sys.stderr)
    return found[0] if found else None


def _show(args: argparse.Namespace) -> int:
    from linkdesk.services import vms

    with open_cli_core(args) as core:
        member = _member(core, args)
        if member is None:
            return EXIT_ERROR
        view = vms.overview(core, member)
        now = core.clock.now()
    if args.json:
        print_json({"overview": plain(view), "send_allowed": view.send_allowed(now)})
        return EXIT_OK
    print(f"{member.name} (VMS 아이디 : {member.vms_id} ⇔ 1365 아이디 : {view.volunteer_id or '-'})")
    print(vms.consent_sentence(view.consent_1365) if view.consent_1365 else
          "※ 1365 자원봉사포털의 실적연계를 위한 정보제공 동의가 없습니다. 전송해도 정상 전송되지 않습니다.")
    allowed = "지금 가능" if view.send_allowed(now) else (f"{when(view.allowed_at)} 이후 가능" if view.allowed_at else "불가")
    print(f"총 {len(view.records)}건 (미전송 {len(view.unsent)}건) · 봉사실적 일괄전송: {allowed}")
    for r in view.records:
        link = r.link
        seen = "" if link is None else ("1365 반영됨" if vms.visible_now(r, now) else f"{when(link.visible_at)} 이후 1365 반영")
        print("\t".join([r.date.isoformat(), str(r.seq), r.organization, r.activity, r.time_range,
                         link.kind if link else "", when(link.sent_at) if link else "",
                         link.result if link else "미전송", seen]))
    return EXIT_OK


def _send(args: argparse.Namespace) -> int:
    from linkdesk.services import vms

    with open_cli_core(args) as core:
        member = _member(core, args)
        if member is None:
            return EXIT_ERROR
        result = vms.send_all(core, member)
    if args.json:
        print_json({k: v for k, v in plain(result).items() if k != "overview"})
    else:
        print(result.message)
        if result.ok and result.visible_at:
            print(f"1365 자원봉사포털에는 {when(result.visible_at)} 이후에 표시됩니다.")
    return EXIT_OK if result.status in ("sent", "queued") else EXIT_REFUSED
