"""Outbox flush: 60 queued records of 20 students with NEIS answering each submission in 250 ms,
against 60 × 250 ms (one record after another, the old serial flush's floor).

    .venv/bin/python benchmarks/outbox_bench.py [--students 20] [--records-each 3] [--latency-ms 250]
                                                [--serial]

A real sandbox over HTTP (threaded: injected latency delays each request, not all), a real SQLite
file, records queued through the linking session's rules (NEIS down while queueing, as at the
counter), then one ``Dispatcher.flush`` with the default ``[outbox] partner_concurrency``. Checks
(and says) that every record reached NEIS exactly once. ``--serial`` also times the same flush with
one request at a time. Goal (issue 13): ≤ 0.2 × (60 × 250 ms).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linkdesk.clock import OffsetClock  # noqa: E402
from linkdesk.config import Config  # noqa: E402
from linkdesk.sandbox.faults import parse_fault  # noqa: E402
from linkdesk.sandbox.server import SandboxServer  # noqa: E402
from linkdesk.services.core import open_core  # noqa: E402
from linkdesk.services.dispatcher import Dispatcher  # noqa: E402
from tests.fixtures.classroom import classroom_scenario, queue_class  # noqa: E402


def flush_once(students: int, each: int, latency_ms: int, concurrency: int | None) -> tuple[float, int, int]:
    """(seconds, records sent, submissions NEIS received) of one flush on a fresh sandbox and database."""
    with SandboxServer(classroom_scenario(students, each)) as server, \
            tempfile.TemporaryDirectory(prefix="linkdesk-outbox-") as tmp:
        cfg = Config()
        cfg.partners.base_url, cfg.partners.api_key = server.url, server.state.scenario.api_key
        if concurrency:
            cfg.outbox.partner_concurrency = concurrency
        core = open_core(cfg, Path(tmp), clock=OffsetClock())
        try:
            queued = queue_class(core, students)
            server.state.faults.replace([parse_fault({"partner": "neis", "operation": "submit", "kind": "latency",
                                                      "ms": latency_ms, "times": 0})])
            start = time.perf_counter()
            outcomes = Dispatcher(core).flush()
            seconds = time.perf_counter() - start
            sent = sum(1 for o in outcomes if o.status == "sent")
            with server.state.lock:
                got = Counter(s["record_id"] for s in server.state.neis_submissions)
            wanted = {r for rs in queued.values() for r in rs}
            if set(got) != wanted or set(got.values()) != {1}:
                raise SystemExit("NOT exactly once: the flush lost or doubled a record")
            return seconds, sent, len(got)
        finally:
            core.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=20)
    parser.add_argument("--records-each", type=int, default=3)
    parser.add_argument("--latency-ms", type=int, default=250)
    parser.add_argument("--serial", action="store_true", help="also time the flush one request at a time")
    args = parser.parse_args()
    n = args.students * args.records_each
    floor = n * args.latency_ms / 1000
    seconds, sent, received = flush_once(args.students, args.records_each, args.latency_ms, None)
    print(f"records queued / sent / received by NEIS   {n} / {sent} / {received} (each exactly once)")
    print(f"{n} x {args.latency_ms} ms (serial floor)              {floor:7.2f} s")
    print(f"concurrent flush ({Config().outbox.partner_concurrency} per partner)              {seconds:7.2f} s")
    if args.serial:
        serial, _, _ = flush_once(args.students, args.records_each, args.latency_ms, 1)
        print(f"serial flush (1 per partner)                {serial:7.2f} s   speed-up {serial / seconds:.1f}x")
    print(f"RESULT outbox flush ratio {seconds / floor:5.3f} of {n} x {args.latency_ms} ms   (goal <= 0.2)")


if __name__ == "__main__":
    main()
