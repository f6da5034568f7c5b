"""``linkdesk audit``: check, read, review, export and purge the access log (접속기록).

    linkdesk audit verify [--json]                      # exit 1 and the first bad entry if tampered
    linkdesk audit list [--staff S] [--volunteer V] [--action view|조회 …] [--from DAY] [--to DAY] [--json] --as ADMIN
    linkdesk audit review --period YYYY-MM --note TEXT --as ADMIN
    linkdesk audit export --out FILE --reason TEXT [filters] --as ADMIN
    linkdesk audit purge --before DAY --as ADMIN         # refused for anything younger than 2 years

``verify`` shows no personal data and needs no sign-in; everything else is the administrator's.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time

from linkdesk.cli.context import UsageError, add_common_options, command, open_cli_core, print_json
from linkdesk.cli.staff_auth import add_as_option, sign_in_from
from linkdesk.services.output_guard import output_path
from linkdesk.clock import KST
from linkdesk.services.audit import ACTION_LABELS, verify_chain
from linkdesk.services.audit_retention import purge_access_log
from linkdesk.services.audit_review import AccessFilter, AccessLog, period_bounds
from linkdesk.services.staff import accounts

EXIT_TAMPERED = 1
PROBLEMS_KO = (  # ChainCheck.problem (English, for scripts) → what staff read first
    ("altered", "내용이 바뀌었습니다"),
    ("inserted or deleted", "앞에서 기록이 삭제되었거나 끼워 넣어졌습니다"),
    ("inserted", "끼워 넣은 기록입니다"),
    ("replaced", "월간 점검 이후 바뀌었습니다"),
    ("deleted", "월간 점검 이후 기록이 삭제되었습니다"),
    ("purge anchor", "파기 기준점이 파기 기록과 맞지 않습니다"),
    ("truncated", "검증 기준점(체크포인트) 이후의 기록이 잘렸거나, 이전 사본으로 되돌려졌거나, 비워졌습니다"),
    ("swapped", "다른 데이터베이스나 이전 사본으로 바뀌었습니다"),
    ("switch point", "키 적용 시작점이 바뀌었습니다"),
    ("checkpoint missing", "이 데이터베이스의 검증 기준점(체크포인트)이 키 폴더에 없습니다"),
    ("checkpoint unreadable", "검증 기준점(체크포인트) 파일이 손상되었거나 이 키로 서명되지 않았습니다"),
    ("key missing", "접속기록 키가 키 폴더에 없습니다. 키 폴더 백업을 복원하세요"),
)
ANCHOR_KO = {  # AnchorCheck.problem → what staff read
    "malformed": "형식이 맞지 않습니다 (예: 1234-3F9A2C1B)",
    "rolled back": "그 기록이 없습니다 — 접속기록이 이전 사본으로 되돌려졌습니다 (데이터베이스와 키 폴더를 함께)",
    "rewritten": "그 기록이 바뀌었습니다 — 접속기록이 다시 쓰였습니다",
    "purged": "보존기간이 지나 파기된 기록이라 비교할 수 없습니다",
}
_ACTIONS = {**{k: k for k in ACTION_LABELS}, **{v: k for k, v in ACTION_LABELS.items()}}


def register(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="the access log: verify, list, monthly review, export, purge")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = sub.add_parser("verify", help="check the hash chain; exit 1 at the first altered, inserted or deleted entry")
    add_common_options(p)
    p.add_argument("--anchor", action="append", default=[], metavar="CODE",
                   help="an anchor code printed by an earlier verify and kept outside this PC (paper, mail); "
                        "checks that the log still holds that entry unchanged (repeatable)")
    p.set_defaults(func=run_verify)
    p = sub.add_parser("list", help="entries, newest first")
    _filters(p)
    p.add_argument("--limit", type=int, default=1000)
    _admin(p, run_list)
    p = sub.add_parser("review", help="mark a month's review done")
    p.add_argument("--period", required=True, help="YYYY-MM")
    p.add_argument("--note", required=True, help="what the review found")
    _admin(p, run_review)
    p = sub.add_parser("export", help="write entries to a CSV file (recorded as a download with its reason)")
    _filters(p)
    p.add_argument("--out", required=True, help="the CSV file to write")
    p.add_argument("--reason", required=True, help="why it is downloaded (제8조)")
    _admin(p, run_export)
    p = sub.add_parser("purge", help="delete entries older than a day at least 2 years ago")
    p.add_argument("--before", required=True, type=_day, help="YYYY-MM-DD (Korean time)")
    _admin(p, run_purge)


def _admin(parser: argparse.ArgumentParser, func) -> None:
    add_common_options(parser)
    add_as_option(parser)
    parser.set_defaults(func=func)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--staff", help="staff username")
    parser.add_argument("--volunteer", help="volunteer id (V-…)")
    parser.add_argument("--action", help="view|entry|change|delete|print|download (or 조회, 입력 …)")
    parser.add_argument("--from", dest="first", type=_day, help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="last", type=_day, help="last day, included (YYYY-MM-DD)")


def _filter_of(args: argparse.Namespace) -> AccessFilter:
    action = None
    if args.action:
        action = _ACTIONS.get(args.action.strip())
        if action is None:
            raise UsageError(f"--action: one of {', '.join(_ACTIONS)}")
    start, end = period_bounds(args.first, args.last)
    return AccessFilter(args.staff, args.volunteer, action, start, end)


@command
def run_verify(args: argparse.Namespace) -> int:
    from linkdesk.services.audit_verify import check_anchor

    with open_cli_core(args, partners=False, signin=False) as core:
        check = verify_chain(core.store)
        anchors = [check_anchor(core.store, code) for code in args.anchor]
    bad_anchors = [a for a in anchors if not a.ok]
    if args.json:
        print_json({"ok": check.ok and not bad_anchors, "checked": check.checked, "first_bad_id": check.first_bad_id,
                    "problem": check.problem or None, "anchored_after": check.anchored_at,
                    "legacy_unkeyed": check.legacy, "keyed_from": check.keyed_from,
                    "checkpoint_through": check.checkpoint, "anchor": check.anchor or None,
                    "anchors": [{"code": a.code, "ok": a.ok, "problem": a.problem or None} for a in anchors]})
    else:
        if check.ok:
            legacy = f" (키 적용 전 기록 {check.legacy}건은 키 없이 확인)" if check.legacy else ""
            print(f"접속기록 무결성 확인: {check.checked}건 이상 없음{legacy}")
            if check.anchor:
                print(f"확인 코드 {check.anchor} — 점검 대장이나 메일처럼 이 PC 밖에 적어 두세요. 나중에 "
                      f"'linkdesk audit verify --anchor {check.anchor}'로 그 뒤에 기록이 되돌려지거나 바뀌지 "
                      "않았는지 확인합니다.")
        else:
            ko = next((text for key, text in PROBLEMS_KO if check.problem.startswith(key)), "")
            print(f"접속기록이 변조되었습니다: #{check.first_bad_id} — {ko} ({check.problem}); "
                  f"그 앞의 {check.checked}건은 이상 없음")
        for a in anchors:
            print(f"확인 코드 {a.code}: " + ANCHOR_KO.get(a.problem, "기록이 그대로 있습니다"))
    return 0 if check.ok and not bad_anchors else EXIT_TAMPERED


@command
def run_list(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        sign_in_from(core, args, admin=True)
        rows = AccessLog(core.store, accounts(core), core.actor).search(_filter_of(args), limit=args.limit)
    if args.json:
        print_json({"entries": [{
            "id": r.id, "at": r.at, "staff": r.staff, "host": r.host, "addr": r.addr, "volunteer_id": r.volunteer_id,
            "action": r.action, "target": r.target, "reason": r.reason, "detail": r.detail} for r in rows]})
        return 0
    for r in rows:
        when = r.at.astimezone(KST).strftime("%Y-%m-%d %H:%M:%S")
        print(f"#{r.id:<6} {when} {r.staff:<12} {r.host:<16} {r.volunteer_id or '-':<10} {r.action_ko:<5} {r.target}"
              + (f" (사유: {r.reason})" if r.reason else ""))
    return 0


@command
def run_review(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        sign_in_from(core, args, admin=True)
        log = AccessLog(core.store, accounts(core), core.actor)
        summary = log.summary(args.period)
        review = log.mark_reviewed(args.period, args.note)
    if args.json:
        print_json({"period": review.period, "reviewed_by": review.reviewed_by, "reviewed_at": review.reviewed_at,
                    "entries": summary.total, "by_action": summary.by_action, "downloads": summary.downloads})
    else:
        print(f"{review.period} 접속기록 점검 완료 ({summary.total}건, 다운로드 {summary.downloads}건) — {review.reviewed_by}")
    return 0


@command
def run_export(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        output_path(core, args.out)  # never onto LinkDesk's own files: refused before anything is recorded
        sign_in_from(core, args, admin=True)
        n = AccessLog(core.store, accounts(core), core.actor).export_csv(_filter_of(args), args.reason, args.out)
    if args.json:
        print_json({"exported": n, "file": args.out})
    else:
        print(f"{n}건을 {args.out}에 저장했습니다 (다운로드로 기록됨).")
    return 0


@command
def run_purge(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False, signin=False) as core:
        sign_in_from(core, args, admin=True)
        cutoff = datetime.combine(args.before, time(), KST)
        result = purge_access_log(core.store, accounts(core), core.actor, cutoff)
    if args.json:
        print_json({"purged": result.purged, "through_id": result.through_id, "cutoff": result.cutoff})
    else:
        print(f"{result.purged}건을 파기했습니다." if result.purged else "파기할 기록이 없습니다.")
    return 0
