"""Where the partners are and how patient the client is with them (the ``partners`` settings).

One gateway ``base_url`` serves every partner; ``partner_urls`` may point single partners
elsewhere (e.g. a separate NEIS gateway). Personal data travels over TLS only, so an ``http://`` URL
is refused unless it is loopback (the bundled sandbox). Certificates are always verified; a
``ca_bundle`` path adds a private CA (a centre's own gateway).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from urllib.parse import urlsplit

PARTNERS = ("identity", "1365", "neis", "vms", "redcross")


class InsecureUrlError(ValueError):
    """A partner URL that would send personal data without TLS (or is not a URL at all)."""


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """Return ``url`` without a trailing slash, or raise :class:`InsecureUrlError`."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InsecureUrlError(f"연계 주소가 올바르지 않습니다 (https:// 주소가 필요합니다): {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureUrlError(f"개인정보는 TLS(https)로만 전송합니다. http:// 주소는 사용할 수 없습니다: {url!r}")
    if parts.query or parts.fragment:
        raise InsecureUrlError(f"연계 주소에는 ?나 #를 넣을 수 없습니다: {url!r}")
    return url.rstrip("/")


@dataclass(frozen=True)
class PartnerSettings:
    """How to reach the partner gateway.

    ``retries`` is the number of *extra* attempts for calls that are safe to repeat (GET and
    idempotent PUT/POST); submissions are never retried blind. ``max_retry_wait`` caps how long one
    wait between attempts may be: a ``Retry-After`` longer than that is not waited out but raised
    as an error with ``retry_at`` (the outbox tries later).
    """

    base_url: str
    api_key: str = field(default="", repr=False)
    partner_urls: Mapping[str, str] = field(default_factory=dict)
    connect_timeout: float = 3.05
    read_timeout: float = 15.0
    retries: int = 2
    backoff: float = 0.5  # seconds before the first retry without Retry-After; doubles each time
    max_retry_wait: float = 10.0
    ca_bundle: str | None = None
    deadline: float = 30.0  # one attempt in total: connect + headers + whole body, however slow it drips
    max_body_bytes: int = 32 * 1024 * 1024  # the decoded body (the school directory is ~3 MB)
    max_retry_after: float = 86400.0  # a longer Retry-After / retry_at is clamped to this

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", check_url(self.base_url))
        urls = {}
        for partner, url in dict(self.partner_urls).items():
            if partner not in PARTNERS:
                raise ValueError(f"unknown partner {partner!r} in partner_urls (known: {', '.join(PARTNERS)})")
            urls[partner] = check_url(url)
        object.__setattr__(self, "partner_urls", MappingProxyType(urls))
        if self.connect_timeout <= 0 or self.read_timeout <= 0:
            raise ValueError("timeouts must be positive")
        if self.deadline <= 0 or self.max_body_bytes <= 0 or self.max_retry_after <= 0:
            raise ValueError("deadline, max_body_bytes and max_retry_after must be positive")
        if self.retries < 0 or self.backoff < 0 or self.max_retry_wait < 0:
            raise ValueError("retries, backoff and max_retry_wait must not be negative")

    @property
    def timeout(self) -> tuple[float, float]:
        """``(connect, read)`` as ``requests`` expects it."""
        return (self.connect_timeout, self.read_timeout)

    @property
    def verify(self) -> str | bool:
        """Always verify certificates; a CA bundle path adds the centre's own CA."""
        return self.ca_bundle or True

    def url_for(self, partner: str) -> str:
        """The base URL serving ``partner`` (``gateway`` for the gateway's own endpoints)."""
        return self.partner_urls.get(partner, self.base_url)
