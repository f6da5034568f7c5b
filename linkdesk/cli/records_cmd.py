"""``linkdesk records list --volunteer ID``: a volunteer's records from the local cache.

Works with every partner unreachable: it shows what was last synced and each record's link state
per partner (queued, sent, approved, rejected, failed …). Viewing is written to the access log.
"""

from __future__ import annotations

import argparse
from typing import Any

from linkdesk.cli.context import EXIT_OK, add_common_options, command, open_cli_core, print_json
from linkdesk.services.records_query import CachedRecord, cached_records

LINK_KO = {"pending": "미전송", "queued": "전송대기", "sent": "전송성공", "approved": "학교승인", "rejected": "반려",
           "failed": "전송실패", "ambiguous": "결과 확인 중", "cancelled": "취소"}
PARTNER_KO = {"neis": "나이스", "1365": "1365", "vms": "VMS", "redcross": "적십자"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("records", help="a volunteer's cached records and their link state")
    sub = parser.add_subparsers(dest="records_command", metavar="ACTION", required=True)
    lister = sub.add_parser("list", help="the records of one volunteer, from the local cache (offline)")
    lister.add_argument("--volunteer", required=True, metavar="ID", help="the 1365 volunteer id, e.g. V-1001")
    add_common_options(lister)
    lister.set_defaults(func=run_list)


def record_json(r: CachedRecord) -> dict[str, Any]:
    return {
        "id": r.id, "source": r.source, "source_id": r.source_id, "date": r.date, "seq": r.seq,
        "organization": r.organization, "category": r.category, "activity": r.activity, "start": r.start,
        "end": r.end, "minutes": r.minutes, "nature": r.nature, "fetched_at": r.fetched_at,
        "links": {link.partner: {"status": link.status, "sent_at": link.sent_at, "result": link.result,
                                 "receipt": link.receipt} for link in r.links},
    }


@command
def run_list(args: argparse.Namespace) -> int:
    with open_cli_core(args, partners=False) as core:
        found = cached_records(core, args.volunteer.strip())
    if args.json:
        print_json({"volunteer": {"id": found.volunteer_id, "name": found.name},
                    "records": [record_json(r) for r in found.records]})
        return EXIT_OK
    print(f"{found.name} ({found.volunteer_id}) · 저장된 실적 {len(found.records)}건")
    for r in found.records:
        links = ", ".join(f"{PARTNER_KO.get(k.partner, k.partner)} {LINK_KO.get(k.status, k.status)}" for k in r.links)
        print(f"  {r.id:<12} {r.date.isoformat()} {r.start or ''}~{r.end or ''} {r.minutes:>4}분  "
              f"{r.organization} · {r.activity}  [{links or '연계 기록 없음'}]")
    return EXIT_OK
