"""``linkdesk certificate``: issue, verify, list, void, reissue and save 자원봉사 실적 확인서.

    linkdesk certificate issue --volunteer V-1001 --from 2026-03-01 --to 2026-05-15 \\
        --purpose "학교 제출용" --pdf 확인서.pdf
    linkdesk certificate verify 2026-0000001-K7QM-X3PA9          # exit 0 only when genuine and valid
    linkdesk certificate preview --volunteer V-1001 --from … --to … --purpose … --pdf 미리보기.pdf
    linkdesk certificate list [--volunteer ID] [--search TEXT]
    linkdesk certificate void 2026-0000001 --reason "성명 오기"
    linkdesk certificate reissue 2026-0000001 --reason "분실" --pdf 재발급.pdf
    linkdesk certificate pdf 2026-0000001 확인서.pdf
    linkdesk certificate rotate-key                              # a new signing key; old ones stay trusted

Everything works offline from the local cache (``--sync`` refreshes the volunteer from 1365 first).
``--masked-number`` asks for the front 7 digits of the 주민등록번호 on a hidden prompt (or one line of
stdin), never on the command line. Writing a PDF needs Qt's font machinery: this module imports
PySide6 only inside that step, with the offscreen platform when there is no display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from functools import partial

from linkdesk.cli.context import EXIT_ERROR, EXIT_OK, UsageError, add_common_options, command, open_cli_core, print_json
from linkdesk.cli.staff_auth import add_as_option, read_secret, sign_in_from
from linkdesk.services.output_guard import output_path
from linkdesk.clock import KST
from linkdesk.domain.hours import format_minutes_ko
from linkdesk.services import certificates
from linkdesk.services.certificate_content import count_text, total_text


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("certificate", help="자원봉사 실적 확인서: issue, verify, list, void, reissue, PDF")
    sub = parser.add_subparsers(dest="certificate_command", metavar="ACTION", required=True)
    issue = sub.add_parser("issue", help="issue a certificate from the local records of a period")
    preview = sub.add_parser("preview", help="what issue would print, without taking a 발급번호 (미리보기)")
    for p in (issue, preview):
        _request_arguments(p)
    issue.add_argument("--pdf", metavar="FILE", help="also save the certificate as PDF")
    issue.add_argument("--request-key", metavar="KEY",
                       help="idempotency key: issuing again with the same key returns the same certificate")
    preview.add_argument("--pdf", metavar="FILE", help="save the preview as PDF (marked 미리보기, no codes)")
    verify = sub.add_parser("verify", help="진위확인 of a verification code (exit 0 only when valid)")
    verify.add_argument("code", nargs="+",
                        help="the short code as printed (2026-0000001-K7QM-X3PA9), the 발급번호 alone, or the QR's code")
    lister = sub.add_parser("list", help="the issuance ledger (발급대장), newest first")
    lister.add_argument("--volunteer", metavar="ID")
    lister.add_argument("--search", help="part of a number, a name or a volunteer id")
    lister.add_argument("--limit", type=int, default=100)
    void = sub.add_parser("void", help="void a certificate (reason required)")
    reissue = sub.add_parser("reissue", help="reissue with a new number from the current records (reason required)")
    for p in (void, reissue):
        p.add_argument("number", help="발급번호, e.g. 2026-0000001")
        p.add_argument("--reason", required=True)
    reissue.add_argument("--pdf", metavar="FILE", help="also save the new certificate as PDF")
    pdf = sub.add_parser("pdf", help="save an issued certificate as PDF again (recorded as 출력)")
    pdf.add_argument("number")
    pdf.add_argument("file")
    rotate = sub.add_parser("rotate-key", help="make a new certificate signing key (old certificates stay verifiable)")
    for p, func in ((issue, run_issue), (verify, run_verify), (lister, run_list), (void, run_void),
                    (reissue, run_reissue), (pdf, run_pdf), (preview, run_preview), (rotate, run_rotate)):
        add_common_options(p)
        add_as_option(p)
        p.set_defaults(func=func)


def _request_arguments(issue: argparse.ArgumentParser) -> None:
    """What a certificate is for: shared by ``issue`` and ``preview``."""
    issue.add_argument("--volunteer", required=True, metavar="ID", help="the 1365 volunteer id")
    issue.add_argument("--from", dest="date_from", required=True, type=_date, metavar="DATE", help="first day (YYYY-MM-DD)")
    issue.add_argument("--to", dest="date_to", required=True, type=_date, metavar="DATE", help="last day (YYYY-MM-DD)")
    issue.add_argument("--purpose", required=True, help="발급 용도, printed on the certificate (e.g. 학교 제출용)")
    issue.add_argument("--masked-number", action="store_true",
                       help="print the masked 주민등록번호 (purposes that need it); the 7 digits are prompted")
    issue.add_argument("--affiliation", help="소속/학교 to print instead of the cached school")
    issue.add_argument("--sync", action="store_true", help="refresh the volunteer's records from 1365 first")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _signed_in(core, args: argparse.Namespace) -> None:
    """``--as USERNAME`` makes that staff account the issuer (and 확인자 unless the centre names one)."""
    if getattr(args, "as_staff", None):
        sign_in_from(core, args, admin=False)


def write_pdf(core, number: str, path: str, doc: certificates.CertificateDoc | None = None) -> int:
    """Record the 출력 and write the PDF (or write ``doc``, a preview). Qt is loaded here and only
    here (offscreen without a display)."""
    path = str(output_path(core, path))  # never onto LinkDesk's own files: refused before the 출력 is recorded
    doc = doc or certificates.for_output(core, number, "pdf")
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from linkdesk.gui.certificates.output import write_pdf as render_pdf

    app = QGuiApplication.instance() or QGuiApplication(["linkdesk"])  # noqa: F841  (alive while painting)
    return render_pdf(doc, path, seal_image=core.config.centre.seal_image)


def _issued(args, doc: certificates.CertificateDoc, pages: int | None) -> None:
    c = doc.content
    if args.json:
        print_json({"number": doc.number, "code": doc.short_code, "qr_code": doc.code.qr_text(), "count": c["count"],
                    "total_minutes": c["total_minutes"], "valid_until": c["valid_until"],
                    "pdf": args.pdf, "pages": pages})
        return
    print(f"발급번호 {doc.number} · {c['name']} · {c['period']['from']} ~ {c['period']['to']} · "
          f"{count_text(c['count'])} · {total_text(c['total_minutes'])}")
    print(f"진위확인 코드: {doc.short_code}")
    if args.pdf:
        print(f"PDF: {args.pdf} ({pages}쪽)")


def _make(args: argparse.Namespace, make) -> tuple[certificates.CertificateDoc, int | None]:
    """``issue`` and ``preview``: the digits typed, the core, ``--sync``, then ``make(core, …)`` and the PDF."""
    front = read_secret("주민등록번호 앞 7자리 (YYMMDD-G): ") if args.masked_number else None
    with open_cli_core(args, partners=args.sync) as core:
        _signed_in(core, args)
        if args.pdf:
            output_path(core, args.pdf)  # a refused --pdf issues nothing
        if args.sync:
            from linkdesk.services.sync import sync_volunteer

            sync_volunteer(core, args.volunteer.strip())
        doc = make(core, args.volunteer.strip(), (args.date_from, args.date_to), args.purpose, front,
                   affiliation=args.affiliation)
        pages = write_pdf(core, doc.number, args.pdf, doc if doc.is_preview else None) if args.pdf else None
    return doc, pages


@command
def run_issue(args: argparse.Namespace) -> int:
    doc, pages = _make(args, partial(certificates.issue, request_key=args.request_key))
    _issued(args, doc, pages)
    return EXIT_OK


@command
def run_verify(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False) as core:
        _signed_in(core, args)
        result = certificates.verify(core, " ".join(args.code))
    if args.json:
        print_json({"status": result.status, "reason": result.reason_ko, "number": result.number,
                    "code_checked": result.code_checked, "summary": result.summary})
    else:
        print(f"{result.status}: {result.reason_ko}")
        for key, value in (result.summary or {}).items():
            print(f"  {key}: {value}")
    return EXIT_OK if result.ok else EXIT_ERROR


@command
def run_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with open_cli_core(args, partners=False) as core:
        _signed_in(core, args)
        rows = certificates.ledger(core, volunteer_id=args.volunteer, search=args.search, limit=args.limit)
    if args.json:
        print_json([{k: getattr(e, k) for k in e.__dataclass_fields__} for e in rows])
        return EXIT_OK
    print(f"발급대장 {len(rows)}건")
    for e in rows:
        extra = f" → {e.replaced_by}" if e.replaced_by else f" ({e.void_reason})" if e.void_reason else ""
        print(f"  {e.number}  {e.issued_at.astimezone(KST):%Y-%m-%d %H:%M}  "
              f"{e.volunteer_name} ({e.volunteer_id})  {e.period_from}~{e.period_to}  {e.activity_count}회 "
              f"{format_minutes_ko(e.total_minutes)}  용도: {e.purpose}  발급: {e.issued_by}  "
              f"{e.status_label}{extra}  출력 {e.outputs}회")
    return EXIT_OK


@command
def run_void(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False) as core:
        _signed_in(core, args)
        entry = certificates.void(core, args.number, args.reason)
    if args.json:
        print_json({"number": entry.number, "status": entry.status, "reason": entry.void_reason})
    else:
        print(f"{entry.number} 무효 처리 (사유: {entry.void_reason})")
    return EXIT_OK


@command
def run_reissue(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False) as core:
        _signed_in(core, args)
        if args.pdf:
            output_path(core, args.pdf)  # a refused --pdf reissues nothing
        doc = certificates.reissue(core, args.number, args.reason)
        pages = write_pdf(core, doc.number, args.pdf) if args.pdf else None
    _issued(args, doc, pages)
    return EXIT_OK


@command
def run_pdf(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False) as core:
        _signed_in(core, args)
        pages = write_pdf(core, args.number, args.file)
    if args.json:
        print_json({"number": args.number, "pdf": args.file, "pages": pages})
    else:
        print(f"PDF: {args.file} ({pages}쪽)")
    return EXIT_OK


@command
def run_preview(args: argparse.Namespace) -> int:
    doc, pages = _make(args, certificates.preview)
    c = doc.content
    if args.json:
        print_json({"number": None, "count": c["count"], "total_minutes": c["total_minutes"],
                    "issued_on": c["issued_on"], "confirmer": c["centre"]["confirmer"], "pdf": args.pdf, "pages": pages})
        return EXIT_OK
    print(f"미리보기 (발급번호 없음) · {c['name']} · {c['period']['from']} ~ {c['period']['to']} · "
          f"{count_text(c['count'])} · {total_text(c['total_minutes'])} · 발급일 {c['issued_on']} · "
          f"확인자 {c['centre']['confirmer']}")
    if args.pdf:
        print(f"PDF: {args.pdf} ({pages}쪽)")
    return EXIT_OK


@command
def run_rotate(args: argparse.Namespace) -> int:
    from linkdesk.services.certificate_keys import rotate

    with open_cli_core(args, partners=False) as core:
        _signed_in(core, args)
        old, new = rotate(core)
    if args.json:
        print_json({"old_key_id": old, "key_id": new})
    else:
        print(f"새 서명 키: {new}" + (f" (이전 키 {old}는 검증용으로 계속 신뢰합니다)" if old else ""))
    return EXIT_OK
