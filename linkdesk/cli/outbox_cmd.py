"""``linkdesk outbox list|flush``: what waits to be sent, and sending it now.

    linkdesk outbox list [--status queued|in_flight|sent|failed|ambiguous|cancelled|open|all] [--json]
    linkdesk outbox flush [--limit N] [--now] [--json]

``flush`` is safe to run from cron on several counters at once and to kill at any moment: rows are
leased, sent with their idempotency key, and a killed run's rows are taken again once the lease
(``[outbox] lease_seconds``) has run out, or at once when the killed process ran on this PC —
never sent twice (services/dispatcher.py). ``--now`` does not wait for the back-off: every queued,
ambiguous or failed row is retried at once (failed ones under a new key), recorded in the access log.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from linkdesk.cli.context import EXIT_OK, EXIT_REFUSED, Progress, add_common_options, command, open_cli_core, print_json
from linkdesk.cli.link_output import cell
from linkdesk.clock import KST
from linkdesk.services.dispatcher import Dispatcher, Outcome
from linkdesk.store import outbox
from linkdesk.store.models import OUTBOX_STATUSES
from linkdesk.store.outbox import OPEN_STATUSES, OutboxView

STATUS_KO = {"queued": "전송대기", "in_flight": "전송 중", "sent": "전송완료", "failed": "전송실패",
             "ambiguous": "결과 확인 중", "cancelled": "취소", "already_sent": "이미전송", "lost": "다른 창구가 처리"}
OUTCOMES = ("sent", "already_sent", "queued", "ambiguous", "failed", "lost")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("outbox", help="the outbox: list what waits, flush it",
                                   description="The outbox holds every submission until the partner has it.")
    sub = parser.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    lister = sub.add_parser("list", help="rows of the outbox (default: not finished yet)")
    lister.add_argument("--status", default="open", choices=(*OUTBOX_STATUSES, "open", "all"),
                        help="open (default: queued, in_flight, ambiguous, failed), all, or one status")
    lister.add_argument("--limit", type=int, default=500, help="at most this many rows (default 500)")
    add_common_options(lister)
    lister.set_defaults(func=run_list)
    flusher = sub.add_parser("flush", help="send every due row now")
    flusher.add_argument("--limit", type=int, default=1000, help="at most this many rows (default 1000)")
    flusher.add_argument("--now", action="store_true",
                         help="retry queued and failed rows at once instead of after their back-off "
                              "(failed ones under a new key; recorded in the access log)")
    add_common_options(flusher)
    flusher.set_defaults(func=run_flush)


def _statuses(choice: str) -> tuple[str, ...]:
    return {"open": OPEN_STATUSES, "all": OUTBOX_STATUSES}.get(choice, (choice,))


def view_json(v: OutboxView) -> dict[str, Any]:
    """A row without its payload (the payload holds NEIS's student reference: not for listings)."""
    return {"id": v.id, "kind": v.kind, "partner": v.partner, "record_id": v.record_id, "status": v.status,
            "attempts": v.attempts, "next_attempt_at": v.next_attempt_at, "lease_until": v.lease_until,
            "last_error_code": v.last_error_code, "last_error_message": v.last_error_message,
            "created_at": v.created_at, "updated_at": v.updated_at, "counter": v.counter}


def outcome_json(o: Outcome) -> dict[str, Any]:
    return {"id": o.item_id, "kind": o.kind, "record_id": o.record_id, "status": o.status, "code": o.code,
            "message": o.message}


@command
def run_list(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False) as core:
        views = outbox.pending(core.store, statuses=_statuses(args.status), limit=args.limit)
        counts = outbox.counts(core.store)
    if args.json:
        print_json({"items": [view_json(v) for v in views], "counts": counts})
        return EXIT_OK
    for v in views:
        error = f"  [{v.last_error_message}]" if v.last_error_message and v.status != "sent" else ""
        print(f"#{v.id:<5} {cell(STATUS_KO.get(v.status, v.status), 12)} {v.kind:<16} {v.record_id or '-':<14} "
              f"시도 {v.attempts}회  다음 시도 {v.next_attempt_at.astimezone(KST):%Y-%m-%d %H:%M}{error}")
    print("합계: " + " · ".join(f"{STATUS_KO[s]} {n}" for s, n in counts.items()))
    return EXIT_OK


@command
def run_flush(args: argparse.Namespace) -> int:
    progress = Progress()
    with open_cli_core(args) as core:
        if args.now:
            from linkdesk.services.pending_actions import retry_everything_now

            retried = retry_everything_now(core)
            print(f"즉시 재전송: {len(retried)}건을 지금 보냅니다.", file=sys.stderr)
        due = len(outbox.pending(core.store, statuses=("queued", "ambiguous", "in_flight")))
        try:
            outcomes = Dispatcher(core).flush(
                limit=args.limit,
                progress=lambda n, item: progress.count(n, due, f"{item.kind} {item.record_id or ''}"))
        finally:
            progress.done()
        counts = outbox.counts(core.store)
    summary = {s: sum(1 for o in outcomes if o.status == s) for s in OUTCOMES}
    if args.json:
        print_json({"outcomes": [outcome_json(o) for o in outcomes], "summary": summary, "outbox": counts})
    else:
        for o in outcomes:
            tail = f"  [{o.message}]" if o.message and o.status != "sent" else ""
            print(f"#{o.item_id:<5} {cell(STATUS_KO.get(o.status, o.status), 16)} {o.kind:<16} {o.record_id or '-'}{tail}")
        if outcomes:
            print("결과: " + " · ".join(f"{STATUS_KO[s]} {n}" for s, n in summary.items() if n))
        else:
            print("보낼 항목이 없습니다.", file=sys.stderr)
        waiting = counts["queued"] + counts["ambiguous"] + counts["in_flight"]
        print(f"남은 전송대기 {waiting}건" + (" (다음 시도 시각이 되면 다시 보냅니다)" if waiting else ""))
    return EXIT_REFUSED if summary["failed"] else EXIT_OK
