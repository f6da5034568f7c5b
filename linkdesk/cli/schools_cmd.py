"""``linkdesk schools search QUERY…``: the school search of the 학교검색 popup, for staff and scripts.

The same code as the popup (``services.directory.search_schools`` over the directory's in-memory
index): exact name first, then names starting with the query, then a word start, then anywhere;
초성 (ㅂㅁ), mixed (보ㅁ), abbreviations (보문여고) and a region word (성북 보문). The directory is
downloaded when the cache is empty or old (``--offline``: the cache only, as it is).
"""

from __future__ import annotations

import argparse

from linkdesk.cli.context import EXIT_OK, add_common_options, command, open_cli_core, print_json
from linkdesk.services.directory import KIND_LABELS, ensure_directory, search_schools

KINDS = tuple(KIND_LABELS)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("schools", help="search the NEIS school directory (offline cache)")
    sub = parser.add_subparsers(dest="schools_command", metavar="ACTION", required=True)
    finder = sub.add_parser("search", help="schools matching a name, 초성, abbreviation or region word, best first")
    finder.add_argument("query", nargs="+", metavar="QUERY", help="e.g. 보문여고, ㅂㅁㅈ, 성북 보문")
    finder.add_argument("--office", help="only this 시도교육청 (exact name, e.g. 서울특별시교육청)")
    finder.add_argument("--kind", choices=KINDS, help="only this school kind")
    finder.add_argument("--region", help="only regions starting with this (e.g. 서울특별시 성북구)")
    finder.add_argument("--limit", type=int, default=20, help="at most this many schools (default 20)")
    finder.add_argument("--offline", action="store_true", help="use the cached directory as it is; never download")
    add_common_options(finder)
    finder.set_defaults(func=run_search)


@command
def run_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    limit = max(1, min(args.limit, 1000))
    with open_cli_core(args, partners=not args.offline) as core:
        if not args.offline:
            ensure_directory(core)
        found = search_schools(core, query, args.office, args.kind, args.region, limit)
    if args.json:
        print_json({"query": query, "schools": [hit.as_dict() for hit in found]})
        return EXIT_OK
    if not found:
        print(f"'{query}'에 맞는 학교가 없습니다. 학교 이름이나 초성(예: ㅂㅁㅈ)으로 다시 찾아 보세요.")
        return EXIT_OK
    for hit in found:
        print(f"{hit.code:<10} {hit.name}  ({hit.office} · {KIND_LABELS.get(hit.kind, hit.kind)} · {hit.region})")
    return EXIT_OK
