"""The composition root of the core: configuration, store, partner gateway, clock, training sandbox.

The CLI and the GUI each build one :class:`Core` and pass it (or its parts) to the services. With no
partner endpoint configured, the core starts the bundled sandbox in-process on 127.0.0.1 (training
mode, 연습 모드) and keeps its data in a separate SQLite file, so practice never mixes with real
records.
"""

from __future__ import annotations

import logging
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from linkdesk.clock import KST, Clock, OffsetClock, SystemClock
from linkdesk.config import Config
from linkdesk.domain.eligibility import CapPolicy
from linkdesk.partners.settings import PartnerSettings
from linkdesk.keys import key_dir
from linkdesk.files import ensure_private_dir
from linkdesk.services.audit import Actor
from linkdesk.services import training_clock
from linkdesk.services.audit_keys import use_key_folder
from linkdesk.store import Store
from linkdesk.store.paths import default_db_path, resolve_data_dir, sqlite_url

if TYPE_CHECKING:
    from linkdesk.partners.gateway import Gateway

log = logging.getLogger(__name__)

TRAINING_DB = "linkdesk-training.db"
NOT_SIGNED_IN = "(not signed in)"  # the access log's staff until a sign-in: never the OS user (forgeable)


@dataclass
class Core:
    config: Config
    data_dir: Path
    store: Store
    settings: PartnerSettings
    clock: Clock
    training: bool
    counter: str = field(default_factory=socket.gethostname)
    actor: Actor = field(default_factory=lambda: Actor.local(NOT_SIGNED_IN))  # replaced at sign-in
    account: object | None = None  # the signed-in StaffAccount of a CLI command (the GUI keeps its own)
    sandbox: object | None = None  # linkdesk.sandbox.server.SandboxServer in training mode
    _local: threading.local = field(default_factory=threading.local, repr=False)
    _gateways: list[Gateway] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def gateway(self) -> Gateway:
        """This thread's gateway: a requests.Session is not shared between threads."""
        gw = getattr(self._local, "gateway", None)
        if gw is None:
            from linkdesk.partners.gateway import Gateway  # lazy: offline commands never load requests

            gw = Gateway(self.settings, now=self.clock.now)  # retry_at in the partners' time
            self._local.gateway = gw
            with self._lock:
                self._gateways.append(gw)
        return gw

    def release_gateway(self) -> None:
        """Close this thread's gateway; for worker threads that end (the outbox's send pool)."""
        gw = getattr(self._local, "gateway", None)
        if gw is None:
            return
        self._local.gateway = None
        with self._lock:
            self._gateways = [g for g in self._gateways if g is not gw]
        gw.close()

    @property
    def cap_policy(self) -> CapPolicy:
        r = self.config.rules
        return CapPolicy(max_daily_total=r.max_daily_total, weekday_hours=r.weekday_hours, holiday_hours=r.holiday_hours,
                         labour_day_off=r.labour_day_off, constitution_day_off=r.constitution_day_off)

    def sync_clock(self) -> None:
        """In training mode, follow the sandbox's clock (its scenario date is 'today')."""
        if isinstance(self.clock, OffsetClock):
            sandbox = self.sandbox  # in-process: its clock is right here, no request needed
            now = sandbox.state.now() if sandbox is not None else self.gateway().status().time
            self.clock.follow(now.astimezone(KST))
            if not self.training:  # a training gateway: offline commands use the same clock
                training_clock.remember(self.store, self.settings.base_url, self.clock)

    def close(self) -> None:
        with self._lock:
            gateways, self._gateways = self._gateways, []
        for gw in gateways:
            gw.close()
        self.store.close()
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None

    def __enter__(self) -> Core:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def partner_settings(config: Config, base_url: str | None = None, api_key: str | None = None) -> PartnerSettings:
    p = config.partners
    return PartnerSettings(
        base_url=base_url or p.base_url,
        api_key=api_key if api_key is not None else config.api_key(),
        partner_urls={} if base_url else dict(p.urls),
        connect_timeout=p.connect_timeout,
        read_timeout=p.read_timeout,
        retries=p.retries,
        max_retry_wait=p.max_retry_wait,
        deadline=p.deadline,
        ca_bundle=p.ca_bundle or None,
    )


def database_url(config: Config, data_dir: str | Path | None = None) -> str:
    """The database LinkDesk works on: the training file in training mode (practice never mixes
    with real records), else the configured URL, else SQLite in the data folder."""
    folder = resolve_data_dir(data_dir)
    if config.training:
        return sqlite_url(folder / TRAINING_DB)
    return config.database.url or sqlite_url(default_db_path(folder))


def pg_backup(config: Config, folder: Path):
    """Where a shared PostgreSQL database is dumped before LinkDesk changes its schema: this PC's
    ``<data folder>/backups`` (unused on SQLite, which is copied beside its file)."""
    from linkdesk.store.migrate import PgBackup

    return PgBackup(folder / "backups", config.database.pg_dump, config.database.backup_before_migration)


def open_core(config: Config, data_dir: str | Path | None = None, *, scenario: dict | None = None,
              clock: Clock | None = None) -> Core:
    """Build the core. ``scenario`` replaces the bundled default scenario in training mode; an
    :class:`OffsetClock` given as ``clock`` follows the partners' clock (as training mode does)."""
    folder = ensure_private_dir(resolve_data_dir(data_dir))  # 0700, repaired at every start
    training = config.training
    sandbox = None
    if training:
        from linkdesk.sandbox.scenario_cache import cached_default
        from linkdesk.sandbox.server import SandboxServer

        from linkdesk.services.training_rules import with_rules

        base = scenario if scenario is not None else cached_default(folder / "cache")
        sandbox = SandboxServer(with_rules(base, config.rules)).start()  # NEIS decides with the same [rules]
        settings = partner_settings(config, sandbox.url, sandbox.state.scenario.api_key)
        clock = OffsetClock()
    else:
        settings = partner_settings(config)
    try:
        store = Store.open(url=database_url(config, folder), pg_backup=pg_backup(config, folder))
    except BaseException:
        if sandbox is not None:
            sandbox.stop()
        raise
    follow = isinstance(clock, OffsetClock)  # asked to follow the partners' clock now
    if clock is None:  # one clock per database: a training gateway's, as last followed, else the system's
        clock = training_clock.remembered(store, settings.base_url) or SystemClock()
    use_key_folder(store, key_dir(folder))  # the access log's HMAC key and checkpoints (docs/security.md)
    core = Core(config=config, data_dir=folder, store=store, settings=settings, clock=clock,
                training=training, sandbox=sandbox)
    if follow:
        try:
            core.sync_clock()
        except Exception:
            core.close()
            raise
    return core
