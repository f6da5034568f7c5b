"""Typed partner errors: one exception type carrying the protocol code and what staff should do.

The gateway answers errors with a machine-readable code (docs/partner-protocol.md, "Errors"); the
client adds its own codes for what never reaches an answer (``timeout``, ``connection_failed``,
``malformed_response``, ``ambiguous``). Staff always read the Korean text of the *code* from
:mod:`linkdesk.protocol.errors`, never the partner's free text, and never anything of the request
body: a :class:`PartnerError` is safe to show, to log and to keep in the outbox.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from linkdesk.domain.rrn import redact
from linkdesk.protocol.errors import ErrorInfo, info

PARTNER_LABELS: dict[str, str] = {
    "gateway": "연계 게이트웨이",
    "identity": "실명인증",
    "1365": "1365 자원봉사포털",
    "neis": "나이스",
    "vms": "VMS",
    "redcross": "대한적십자사",
}


def _clean(value: Any) -> Any:
    """Partner-supplied details with any RRN-shaped text masked (defence in depth)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


class PartnerError(Exception):
    """A partner call that did not give the answer asked for.

    ``code`` is the protocol error code; ``info`` its :class:`ErrorInfo` (Korean and English text,
    ``temporary``); ``status`` the HTTP status, or ``None`` when no answer arrived; ``retry_at``
    when the partner says trying again is allowed; ``details`` the machine-readable details (for
    ``ambiguous`` they hold ``idempotency_key``); ``partner`` / ``operation`` name the call.
    """

    def __init__(
        self,
        code: str,
        *,
        partner: str = "gateway",
        operation: str = "",
        status: int | None = None,
        retry_at: datetime | None = None,
        details: Mapping[str, Any] | None = None,
        partner_message: str | None = None,
    ) -> None:
        self.code = code
        self.info: ErrorInfo = info(code)
        self.partner = partner
        self.operation = operation
        self.status = status
        self.retry_at = retry_at
        self.details: dict[str, Any] = _clean(dict(details or {}))
        # What the partner wrote, for the administrator's log only; staff read ``info.ko``.
        self.partner_message = redact(partner_message) if partner_message else None
        super().__init__(self.message_ko())

    @property
    def temporary(self) -> bool:
        """Trying again later may succeed (the outbox keeps the item queued)."""
        return self.info.temporary

    @property
    def idempotency_key(self) -> str | None:
        key = self.details.get("idempotency_key")
        return key if isinstance(key, str) else None

    def message_ko(self) -> str:
        """The Korean text staff read: which partner, what happened, what to do next."""
        label = PARTNER_LABELS.get(self.partner, self.partner)
        text = f"[{label}] {self.info.ko}"
        if self.retry_at is not None:
            text += f" (다시 시도 가능 시각: {self.retry_at.strftime('%Y-%m-%d %H:%M')})"
        return text

    def message_en(self) -> str:
        text = f"[{self.partner}] {self.info.en}"
        if self.retry_at is not None:
            text += f" (allowed again at {self.retry_at.isoformat(timespec='minutes')})"
        return text

    def __str__(self) -> str:
        return self.message_ko()

    def __repr__(self) -> str:
        return (
            f"PartnerError(code={self.code!r}, partner={self.partner!r}, operation={self.operation!r}, "
            f"status={self.status!r}, retry_at={self.retry_at!r})"
        )
