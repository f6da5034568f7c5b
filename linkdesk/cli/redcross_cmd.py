"""``linkdesk redcross``: 대한적십자사 → 1365 from the command line (same service as the GUI).

    linkdesk redcross show --volunteer V-3001            # or --name 윤서준 --birth 1978-09-09
    linkdesk redcross link --volunteer V-3005 [--activity RCA-1,RCA-2]   # default: every unlinked one
    linkdesk redcross consent --volunteer V-3001         # 1365 연계 동의, or 재동의 when expired
    linkdesk redcross expiring [--days 30]               # consents to renew: call these members in
    linkdesk redcross rcy [--q 이름] [--region 서울] [--school 학교]

A Red Cross failure case (소속 2개, 정보 불일치, 연결 안 됨, 회원 아님) prints the message and the
route to resolve it (문의 게시판 / 구호복지팀) and exits 3 (refused). A link or consent the Red Cross
did not answer stays queued in the outbox (exit 0, said so). Other exit codes: linkdesk.cli.context.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from linkdesk.cli.context import EXIT_ERROR, EXIT_OK, EXIT_REFUSED, UsageError, add_common_options, command, open_cli_core, print_json
from linkdesk.cli.vms_cmd import plain, when


def register(subparsers) -> None:
    parser = subparsers.add_parser("redcross", help="대한적십자사 → 1365: 나의 봉사, 연결하기, 1365 연계 동의")
    sub = parser.add_subparsers(dest="redcross_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="회원 조회 · 나의 봉사")
    _who(show, names=True)
    link = sub.add_parser("link", help="적십자 활동 연결 (연결하기)")
    _who(link)
    link.add_argument("--activity", metavar="ID,...", help="activity ids (default: every one not linked yet)")
    consent = sub.add_parser("consent", help="1365 연계 동의 / 재동의 (the consent text is printed first)")
    _who(consent)
    consent.add_argument("--guardian", metavar="NAME", help="under 14: the legal guardian who confirmed")
    consent.add_argument("--relationship", choices=("부", "모", "기타 법정대리인"), help="the guardian's relationship")
    consent.add_argument("--guardian-id-checked", action="store_true", help="staff checked the guardian's ID card")
    exp = sub.add_parser("expiring", help="1365 연계 동의 만료 예정 회원")
    exp.add_argument("--days", type=int, default=30, help="within this many days (default 30)")
    rcy = sub.add_parser("rcy", help="RCY 단원 (이름, 지역, 학교, 가입년도)")
    rcy.add_argument("--q", help="이름 (초성도 됨)")
    rcy.add_argument("--region")
    rcy.add_argument("--school")
    for p, func in ((show, _show), (link, _link), (consent, _consent), (exp, _expiring), (rcy, _rcy)):
        add_common_options(p)
        p.set_defaults(func=command(func))


def _who(p: argparse.ArgumentParser, names: bool = False) -> None:
    p.add_argument("--volunteer", metavar="ID", required=not names, help="1365 아이디")
    if names:
        p.add_argument("--name", help="이름 (with --birth)")
        p.add_argument("--birth", type=date.fromisoformat, help="생년월일 YYYY-MM-DD (주민등록등본 기준)")


def _problem(problem, as_json: bool) -> int:
    print(problem.message, file=sys.stderr)
    print(f"해결 방법: {problem.route}", file=sys.stderr)
    if as_json:
        print_json({"problem": plain(problem)})
    return EXIT_REFUSED


def _open(core, args):
    from linkdesk.services import redcross as rc

    if args.volunteer:
        return rc.look_up(core, volunteer_id=args.volunteer)
    if getattr(args, "name", None) and getattr(args, "birth", None):
        return rc.look_up(core, name=args.name, birth_date=args.birth)
    raise UsageError("give --volunteer, or --name with --birth")


def _print_page(page) -> None:
    d = page.detail
    print(f"{d.name} ({d.member_id}, 1365 아이디 {page.volunteer_id or '-'})")
    print(f"- 소속 : {', '.join(d.affiliations) or d.region}")
    print(f"- 활동 : {page.activity_text}")
    print(f"- 가입일자 : {d.joined.isoformat()}")
    c = page.consent
    if c is None:
        print("- 1365 연계 동의 : 없음 (linkdesk redcross consent 로 동의)")
    else:
        state = "만료됨 — 재동의 필요" if c.expired else ("만료 임박 — 재동의 권장" if c.expiring_soon else "유효")
        print(f"- {c.message} (만료 {when(c.expires_at)}, {state})")
    for a in d.activities:
        print("\t".join([a.id, a.date.isoformat(), a.organization, a.activity, f"{a.start}~{a.end}",
                         "연결됨" if a.linked else "미연결"]))


def _show(args: argparse.Namespace) -> int:
    with open_cli_core(args) as core:
        found = _open(core, args)
    if found.problem:
        return _problem(found.problem, args.json)
    if args.json:
        print_json(plain(found))
    elif found.page is None:
        for m in found.members:
            print(f"{m.member_id}\t{m.name}\t{m.region}\t{m.joined.isoformat()}")
    else:
        _print_page(found.page)
    return EXIT_OK


def _act(args: argparse.Namespace, action) -> int:
    with open_cli_core(args) as core:
        found = _open(core, args)
        if found.problem:
            return _problem(found.problem, args.json)
        page = found.page
        if page is None:
            print("회원을 하나로 정할 수 없습니다. --volunteer 로 지정하세요.", file=sys.stderr)
            return EXIT_ERROR
        result = action(core, page)
    if result.problem:
        return _problem(result.problem, args.json)
    if args.json:
        print_json(plain(result))
    else:
        print(result.message)
    return EXIT_REFUSED if result.status == "failed" else EXIT_OK


def _link(args: argparse.Namespace) -> int:
    from linkdesk.services import redcross as rc

    ids = [i.strip() for i in args.activity.split(",") if i.strip()] if args.activity else None
    return _act(args, lambda core, page: rc.link_activities(core, page.detail.member_id, ids, page.volunteer_id))


def _consent(args: argparse.Namespace) -> int:
    from linkdesk.services import redcross as rc
    from linkdesk.services.redcross_consent import ConsentConfirmation, consent_text

    if not args.json:  # what the member (or guardian) confirms, shown before it is sent (stdout: the result)
        print("[1365 연계 동의 — 대한적십자사]", *(f"- {k}: {v}" for k, v in consent_text()), sep="\n", file=sys.stderr)
    confirmation = ConsentConfirmation("guardian", True, args.guardian, args.relationship or "",
                                       args.guardian_id_checked) if args.guardian else ConsentConfirmation.member()
    return _act(args, lambda core, page: rc.give_consent(core, page.detail.member_id, page.volunteer_id, confirmation))


def _expiring(args: argparse.Namespace) -> int:
    from linkdesk.services import redcross as rc

    with open_cli_core(args) as core:
        listed = rc.expiring(core, args.days)
    if args.json:
        print_json(plain(listed))
        return EXIT_OK
    if listed.stale:
        print("※ 대한적십자사에 연결할 수 없어 이 창구에서 마지막으로 확인한 내용입니다.", file=sys.stderr)
    print(f"{args.days}일 안에 1365 연계 동의가 만료되는 회원 {len(listed.items)}명")
    for e in listed.items:
        print(f"{e.name}\t{e.volunteer_id or '-'}\t{e.member_id}\t만료 {when(e.expires_at)}")
    return EXIT_OK


def _rcy(args: argparse.Namespace) -> int:
    from linkdesk.services import redcross as rc

    with open_cli_core(args) as core:
        found = rc.rcy_members(core, args.q, region=args.region, school=args.school)
    if args.json:
        print_json([plain(m) for m in found])
        return EXIT_OK
    for m in found:
        print(f"{m.name}\t{m.region}\t{m.school}\t{m.joined_year}")
    return EXIT_OK
