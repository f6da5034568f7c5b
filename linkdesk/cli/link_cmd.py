"""``linkdesk link``: the NEIS linking flow for one person, headless.

    echo "$RRN" | linkdesk link --name 김민준 --school 7010057 --json

The 주민등록번호 comes from standard input (first line) or a hidden prompt on a terminal — never
from the command line or the environment. The flow itself is :func:`linkdesk.services.link_run.run_link`.
"""

from __future__ import annotations

import argparse

from linkdesk.cli.context import (
    EXIT_OK,
    EXIT_REFUSED,
    Progress,
    UsageError,
    add_common_options,
    command,
    open_cli_core,
    print_json,
)
from linkdesk.cli.link_output import print_report, report_json
from linkdesk.cli.prompts import SecretInput
from linkdesk.services import linking_flow as F
from linkdesk.services.linking import LinkingError
from linkdesk.services.link_run import SELECT_ALL, SELECT_ELIGIBLE, LinkRequest, run_link


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "link", help="NEIS linking for one person (주민등록번호 on stdin or a hidden prompt)",
        description="실명인증 → 소속학교 → 학생정보확인 → 실적선택 → 실적전송 for one person. "
                    "The 주민등록번호 is read from standard input (line 1; line 2 = captcha answer) "
                    "or a hidden prompt; never from the command line.")
    parser.add_argument("--name", required=True, help="the person's name as registered (성명)")
    parser.add_argument("--school", required=True, metavar="CODE", help="the school's NEIS code (학교 코드), or office-school code, e.g. B10-7010057")
    parser.add_argument("--select", default=SELECT_ELIGIBLE, metavar="all|eligible|ID,...",
                        help="which records to send (default: eligible)")
    parser.add_argument("--dry-run", action="store_true", help="show what would be sent; send nothing")
    parser.add_argument("--consent", action="store_true",
                        help="the person (or guardian) agrees to 정보제공 now, if 1365 has no consent yet")
    parser.add_argument("--guardian-name", help="법정대리인 성명 (under 14)")
    parser.add_argument("--guardian-relationship", help="법정대리인 관계, e.g. 모, 부 (under 14)")
    parser.add_argument("--guardian-checked", action="store_true", help="the guardian's ID was checked (신분증 확인)")
    add_common_options(parser)
    parser.set_defaults(func=run)


# What to type differently, for the refusals a command-line user can fix with an option.
HINTS = {
    "consent_required": ("동의를 받았으면 --consent를 붙여 다시 실행하세요 (만 14세 미만은 --guardian-name, "
                         "--guardian-relationship, --guardian-checked도).",
                         "Once agreed, run again with --consent (under 14 also the --guardian-* options)."),
    "guardian_required": ("--guardian-name, --guardian-relationship, --guardian-checked를 함께 주세요.",
                          "Give --guardian-name, --guardian-relationship and --guardian-checked."),
    "captcha_required": ("표준 입력의 둘째 줄에 보안문자 답을 주세요.", "Give the captcha answer as line 2 of stdin."),
}


def parse_selection(text: str) -> str | frozenset[str]:
    value = text.strip()
    if value in (SELECT_ALL, SELECT_ELIGIBLE):
        return value
    ids = frozenset(part.strip() for part in value.split(",") if part.strip())
    if not ids:
        raise UsageError("--select: give all, eligible or record ids separated by commas")
    return ids


def parse_guardian(args: argparse.Namespace) -> F.Guardian | None:
    if not (args.guardian_name or args.guardian_relationship or args.guardian_checked):
        return None
    if not (args.guardian_name and args.guardian_relationship):
        raise UsageError("--guardian-name and --guardian-relationship go together")
    if not args.consent:
        raise UsageError("the guardian options describe a consent: add --consent")
    return F.Guardian(args.guardian_name.strip(), args.guardian_relationship.strip(), args.guardian_checked)


@command
def run(args: argparse.Namespace) -> int:
    request = LinkRequest(name=args.name, school_code=args.school, selection=parse_selection(args.select),
                          dry_run=args.dry_run, consent=args.consent, guardian=parse_guardian(args))
    progress = Progress()
    with open_cli_core(args) as core:
        secrets = SecretInput()
        try:
            report = run_link(core, request, secrets.rrn(), solve_captcha=secrets.captcha,
                              on_step=lambda step, text: progress.step(text))
        except LinkingError as exc:
            hint = HINTS.get(exc.code)
            if hint is None:
                raise
            raise LinkingError(f"{exc.message_ko} {hint[0]}", f"{exc.message_en} {hint[1]}", code=exc.code) from None
        finally:
            progress.done()
    if args.json:
        print_json(report_json(report))
    else:
        print_report(report)
    return EXIT_REFUSED if report.summary["failed"] else EXIT_OK
