"""What the security hardening costs (issue 16): a partner call through the bounded transport
(deadline watchdog, streamed body with a cap, depth check, answer check) against a plain
``requests`` call to the same sandbox endpoint, and a keyed access-log entry (HMAC + checkpoint file
after the commit) against an unkeyed one written the old way. Figures only, no assertions.

    .venv/bin/python benchmarks/security_bench.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._timing import median_ms, row  # noqa: E402
from linkdesk.partners import Gateway, PartnerSettings  # noqa: E402
from linkdesk.sandbox.server import SandboxServer  # noqa: E402
from linkdesk.services.audit import Actor, chain_tip, entry_hash, record_access  # noqa: E402
from linkdesk.services.audit_keys import use_key_folder  # noqa: E402
from linkdesk.store import Store  # noqa: E402
from linkdesk.store.models_security import AccessLogEntry  # noqa: E402
from linkdesk.store.paths import sqlite_url  # noqa: E402
from tests.fixtures.scenarios import API_KEY, small_scenario  # noqa: E402

ACTOR = Actor("staff1", "counter-1", "10.0.0.5")
T0 = datetime(2026, 5, 15, 1, 0, tzinfo=timezone.utc)


def partner_calls(n: int = 50) -> None:
    server = SandboxServer(small_scenario()).start()
    try:
        url = f"{server.url}/v1/1365/volunteers/V-1001"
        with requests.Session() as plain, Gateway(PartnerSettings(base_url=server.url, api_key=API_KEY)) as gw:
            def baseline() -> None:
                for _ in range(n):
                    plain.get(url, headers={"X-LinkDesk-Key": API_KEY}, timeout=(3, 15)).json()

            def bounded() -> None:
                for _ in range(n):
                    gw.portal1365.volunteer("V-1001")

            base = median_ms(baseline, repeat=7)
            ours = median_ms(bounded, repeat=7)
    finally:
        server.stop()
    print(row(f"{n} volunteer lookups, plain requests (baseline)", base))
    print(row(f"{n} volunteer lookups, bounded transport", ours, base))


def access_log(n: int = 100) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(url=sqlite_url(Path(tmp) / "data" / "linkdesk.db"))
        use_key_folder(store, Path(tmp) / "keys")
        i = iter(range(10**9))

        def unkeyed() -> None:
            for _ in range(n):
                with store.unit_of_work() as uow:
                    prev = chain_tip(uow.session)
                    e = AccessLogEntry(at=T0 + timedelta(seconds=next(i)), staff=ACTOR.staff, counter_host=ACTOR.host,
                                       counter_addr=ACTOR.addr, volunteer_id="V-1", action="view", target="records",
                                       prev_hash=prev)
                    e.hash = entry_hash(e, prev)
                    uow.session.add(e)

        def keyed() -> None:
            for _ in range(n):
                with store.unit_of_work() as uow:
                    record_access(uow, ACTOR, "view", "records", at=T0 + timedelta(seconds=next(i)), volunteer_id="V-1")

        base = median_ms(unkeyed, repeat=5)
        ours = median_ms(keyed, repeat=5)
        store.close()
    print(row(f"{n} access-log entries, unkeyed (baseline)", base))
    print(row(f"{n} access-log entries, HMAC + checkpoint (fsync)", ours, base))


if __name__ == "__main__":
    partner_calls()
    access_log()
