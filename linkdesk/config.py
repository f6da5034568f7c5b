"""LinkDesk configuration: a TOML file with declared defaults; an unknown key is an error.

Looked up in this order: ``--config FILE``, env ``LINKDESK_CONFIG``, ``config.toml`` in the platform
config folder. Nothing configured means training mode: an embedded sandbox, a local SQLite database.
See docs/configuration.md. Secrets (the centre's API key) are not meant to live in the file: they come
from the environment (``LINKDESK_API_KEY``) or the OS keyring (service ``linkdesk``, user = the
gateway URL); a key written in the file is accepted but reported by ``linkdesk config check``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

PARTNER_NAMES = ("identity", "1365", "neis", "vms", "redcross")


class ConfigError(ValueError):
    """A configuration problem, worded for the centre's IT person."""


@dataclass
class PartnersConfig:
    base_url: str = ""  # empty: training mode on the embedded sandbox
    urls: dict[str, str] = field(default_factory=dict)  # per-partner override, keys in PARTNER_NAMES
    api_key: str = ""  # prefer LINKDESK_API_KEY or the keyring
    connect_timeout: float = 3.05
    read_timeout: float = 15.0
    retries: int = 2
    max_retry_wait: float = 30.0
    deadline: float = 30.0  # one attempt in total, connect + whole answer (docs/security.md)
    ca_bundle: str = ""  # a custom CA bundle (PEM); verification itself is never turned off


@dataclass
class CentreConfig:
    name: str = "LinkDesk 연습 자원봉사센터"
    phone: str = "02-0000-0000"
    confirmer: str = ""  # 확인자 성명 on certificates
    seal_image: str = ""  # 직인 image path


@dataclass
class RulesConfig:
    weekday_hours: int = 2  # daily cap on a school day whose periods are unknown (6교시)
    holiday_hours: int = 8  # weekends and holidays
    max_daily_total: int = 8  # class periods + volunteer hours
    labour_day_off: bool = False  # 근로자의 날 (5/1) closes schools where the 학사일정 is unknown
    constitution_day_off: bool = False  # 제헌절 (7/17) likewise


@dataclass
class DatabaseConfig:
    url: str = ""  # empty: SQLite in the data folder; postgresql+psycopg://… for a shared server
    # PostgreSQL: a pg_dump of the shared database into <data folder>/backups before LinkDesk changes
    # its schema; without a pg_dump that works, the migration does not start. false: the IT person
    # takes the backup (docs/deployment.md).
    backup_before_migration: bool = True
    pg_dump: str = ""  # the pg_dump to use (empty: the one on PATH); as new as the server


@dataclass
class OutboxConfig:
    backoff_base_seconds: int = 30
    backoff_cap_seconds: int = 1800
    lease_seconds: int = 120
    flush_interval_seconds: int = 60
    # Requests in flight at once to one partner during a flush (one volunteer's records still go
    # one after another): modest for a government gateway; lower it if a partner asks.
    partner_concurrency: int = 8


@dataclass
class UiConfig:
    language: str = ""  # "", "ko" or "en"; empty follows the system locale
    theme: str = "light"  # light | dark


@dataclass
class SecurityConfig:
    idle_lock_minutes: int = 10
    lockout_attempts: int = 5
    lockout_minutes: int = 15


@dataclass
class Config:
    partners: PartnersConfig = field(default_factory=PartnersConfig)
    centre: CentreConfig = field(default_factory=CentreConfig)
    rules: RulesConfig = field(default_factory=RulesConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    outbox: OutboxConfig = field(default_factory=OutboxConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    security: SecurityConfig = field(default_factory=SecurityConfig)
    source: str = ""  # the file it came from, for messages

    @property
    def training(self) -> bool:
        """No partner endpoint configured: training mode (연습 모드) on the embedded sandbox."""
        p = self.partners
        return not p.base_url and not any(p.urls.get(n) for n in PARTNER_NAMES)

    def partner_url(self, partner: str) -> str:
        return self.partners.urls.get(partner) or self.partners.base_url

    def api_key(self) -> str:
        """The centre's key: env LINKDESK_API_KEY, then the OS keyring, then the file."""
        env = os.environ.get("LINKDESK_API_KEY")
        if env:
            return env
        if self.partners.base_url:
            try:
                import keyring

                stored = keyring.get_password("linkdesk", self.partners.base_url)
            except Exception:  # no keyring backend on this machine: not an error
                stored = None
            if stored:
                return stored
        return self.partners.api_key


def _fill(obj: Any, data: dict, path: str) -> None:
    known = {f.name: f for f in fields(obj)}
    for key, value in data.items():
        where = f"{path}.{key}" if path else key
        if key not in known or key == "source":
            raise ConfigError(f"{where}: unknown setting")
        current = getattr(obj, key)
        if is_dataclass(current):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table [{where}]")
            _fill(current, value, where)
            continue
        expected = type(current)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(f"{where}: expected {expected.__name__}, got {type(value).__name__}")
        setattr(obj, key, value)


# Allowed ranges of the numeric settings (inclusive): outside them a setting is refused with its path.
RANGES: dict[str, tuple[float, float]] = {
    "partners.connect_timeout": (0.1, 60.0),
    "partners.read_timeout": (0.5, 600.0),
    "partners.retries": (0, 10),
    "partners.max_retry_wait": (0.0, 3600.0),
    "rules.weekday_hours": (0, 8),
    "rules.holiday_hours": (0, 8),
    "rules.max_daily_total": (1, 24),
    "outbox.backoff_base_seconds": (1, 3600),
    "outbox.backoff_cap_seconds": (1, 86400),
    "outbox.lease_seconds": (1, 3600),
    "outbox.flush_interval_seconds": (5, 86400),
    "security.idle_lock_minutes": (1, 480),
    "security.lockout_attempts": (1, 100),
    "security.lockout_minutes": (1, 1440),
}
MAX_TEXT = 2000  # no setting is longer; a longer value is a mistake (or a pasted file)


def _check_ranges(cfg: Config) -> None:
    for where, (lo, hi) in RANGES.items():
        section, key = where.split(".")
        value = getattr(getattr(cfg, section), key)
        if not lo <= value <= hi:  # NaN fails too
            raise ConfigError(f"{where}: must be between {lo:g} and {hi:g} (got {value!r})")
    if cfg.outbox.backoff_cap_seconds < cfg.outbox.backoff_base_seconds:
        raise ConfigError("outbox.backoff_cap_seconds: must not be smaller than outbox.backoff_base_seconds")


def _check_texts(obj: Any, path: str) -> None:
    for f in fields(obj):
        value, where = getattr(obj, f.name), f"{path}.{f.name}" if path else f.name
        if is_dataclass(value):
            _check_texts(value, where)
        elif isinstance(value, str) and (len(value) > MAX_TEXT or "\x00" in value):
            raise ConfigError(f"{where}: too long or holds a NUL character")


def _check_urls(cfg: Config) -> None:
    bundle = cfg.partners.ca_bundle
    if bundle and not Path(bundle).expanduser().is_file():
        raise ConfigError(f"partners.ca_bundle: no such file: {bundle}")
    url = cfg.database.url
    if url and url.split(":", 1)[0].split("+", 1)[0] not in ("sqlite", "postgresql", "postgres"):
        raise ConfigError("database.url: expected sqlite:///FILE or postgresql+psycopg://…")
    for name, url in cfg.partners.urls.items():
        if not isinstance(url, str):
            raise ConfigError(f"partners.urls.{name}: expected str, got {type(url).__name__}")
    urls = {"partners.base_url": cfg.partners.base_url,
            **{f"partners.urls.{k}": v for k, v in cfg.partners.urls.items()}}
    if not any(urls.values()):
        return
    from linkdesk.partners.settings import InsecureUrlError, check_url

    for where, url in urls.items():
        if url:
            try:
                check_url(url)
            except (InsecureUrlError, ValueError) as exc:
                raise ConfigError(f"{where}: {exc}") from None


def _validate(cfg: Config) -> None:
    for name in cfg.partners.urls:
        if name not in PARTNER_NAMES:
            raise ConfigError(f"partners.urls.{name}: unknown partner (one of {', '.join(PARTNER_NAMES)})")
    if cfg.ui.language not in ("", "ko", "en"):
        raise ConfigError("ui.language: expected \"ko\", \"en\" or empty")
    if cfg.ui.theme not in ("light", "dark"):
        raise ConfigError("ui.theme: expected \"light\" or \"dark\"")
    if not 1 <= cfg.outbox.partner_concurrency <= 32:
        raise ConfigError("outbox.partner_concurrency: expected a number from 1 to 32")
    for name in ("weekday_hours", "holiday_hours"):
        if not 0 <= getattr(cfg.rules, name) <= 8:
            raise ConfigError(f"rules.{name}: hours must be between 0 and 8")
    _check_ranges(cfg)
    _check_texts(cfg, "")
    _check_urls(cfg)


def default_config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("LinkDesk", "LinkDesk")) / "config.toml"


def load_config(path: str | os.PathLike | None = None) -> Config:
    """Load the configuration; a missing default file means all defaults (training mode)."""
    explicit = path or os.environ.get("LINKDESK_CONFIG")
    file = Path(explicit) if explicit else default_config_path()
    cfg = Config()
    if not file.exists():
        if explicit:
            raise ConfigError(f"{file}: configuration file not found")
        return cfg
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    except OSError as exc:  # a folder, no permission, a device …
        raise ConfigError(f"{file}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        _fill(cfg, data, "")
        _validate(cfg)
    except ConfigError as exc:
        raise ConfigError(f"{file}: {exc}") from None
    cfg.source = str(file)
    return cfg
