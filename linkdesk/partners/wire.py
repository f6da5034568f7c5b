"""What came back on the wire, in protocol terms: no answer, the JSON body, an error body.

Kept apart from :mod:`linkdesk.partners.transport` so the request path reads as policy (retry,
resolve) while the details of ``requests`` / ``urllib3`` exceptions and of ``Retry-After`` live here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from collections.abc import Mapping
from typing import Any

import requests
import urllib3.exceptions

from linkdesk.partners.errors import PartnerError
from linkdesk.partners.fields import Breach, SchemaError
from linkdesk.partners.limits import check_depth

# Error codes by HTTP status, for error answers without a readable protocol body (e.g. a proxy page).
_BY_STATUS = {400: "invalid_request", 401: "unauthorized", 404: "not_found", 429: "rate_limited",
              500: "internal_error", 502: "partner_unavailable", 503: "partner_unavailable",
              504: "partner_unavailable"}
MAX_RETRY_AFTER = 86400.0  # a partner asking for more than a day is clamped to a day
MAX_JSON_DEPTH = 64  # the protocol nests four levels; anything near Python's recursion limit is hostile
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,63}$")  # a protocol code; unknown ones still get a generic text


class NoAnswer(Exception):
    """No HTTP answer arrived. ``sent`` is False only when the request surely never left."""

    def __init__(self, code: str, sent: bool) -> None:
        super().__init__(code)
        self.code = code
        self.sent = sent


def classify(exc: requests.RequestException) -> NoAnswer:
    """Map a ``requests`` failure to ``timeout`` / ``connection_failed`` and whether it was sent."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return NoAnswer("timeout", sent=False)
    if isinstance(exc, requests.exceptions.Timeout):
        return NoAnswer("timeout", sent=True)  # read timeout: the request was out
    if isinstance(exc, requests.exceptions.SSLError):
        return NoAnswer("connection_failed", sent=False)  # handshake failed: nothing of ours left
    reason: Any = exc.args[0] if exc.args else None
    if isinstance(reason, urllib3.exceptions.MaxRetryError):
        reason = reason.reason
    if isinstance(reason, urllib3.exceptions.NewConnectionError):
        return NoAnswer("connection_failed", sent=False)  # refused / unreachable / no DNS
    return NoAnswer("connection_failed", sent=True)  # dropped mid-exchange: may have been committed


def retry_after(response: requests.Response, cap: float = MAX_RETRY_AFTER) -> float | None:
    """Seconds the partner asks us to wait (``Retry-After``: seconds or an HTTP date), or None.

    Clamped to ``0 … cap``: a 20-digit value or a date in the year 5195 means "a day", never an
    overflow or a retry time nobody will live to see.
    """
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return min(float(value), cap)  # float() of any digit string is finite or inf, never an error
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    return min(max(0.0, (when - datetime.now(when.tzinfo)).total_seconds()), cap)


def json_of(response: requests.Response) -> Any:
    """The JSON body; SchemaError when it is not JSON at all, Breach when it nests too deep."""
    content = response.content
    check_depth(content, MAX_JSON_DEPTH)
    try:
        return json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SchemaError("$", "the body is not JSON") from None
    except RecursionError:  # pragma: no cover - check_depth refuses such bodies first
        raise Breach("JSON nested too deep") from None


def _same(value: Any) -> Any:
    return unicodedata.normalize("NFKC", value).strip() if isinstance(value, str) else value


def check_answer(data: Any, expect: Mapping[str, Any] | None) -> None:
    """The answer is about what was asked: each ``expect`` field (``a.b`` reaches into an object)
    that the answer holds equals the value asked for. A missing field is left to the parser."""
    for path, wanted in (expect or {}).items():
        value: Any = data
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if value is not None and _same(value) != _same(wanted):
            raise Breach(f"the answer's {path} is not the one asked for")


def _aware(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def error_of(response: requests.Response, partner: str, operation: str, now: datetime,
             cap: float = MAX_RETRY_AFTER) -> PartnerError:
    """Map an error answer to :class:`PartnerError`; the code comes from the body when readable."""
    status = response.status_code
    code, message, retry_at, details = _BY_STATUS.get(status), None, None, None
    try:
        body = json_of(response)
    except (SchemaError, Breach):
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and _CODE.match(str(error.get("code", ""))):
        code = error["code"]
        message = error.get("message") if isinstance(error.get("message"), str) else None
        retry_at = _aware(error.get("retry_at"))
        details = error.get("details") if isinstance(error.get("details"), dict) else None
    if code is None:
        code, details = "malformed_response", {"status": status}
    if retry_at is None:
        wait = retry_after(response, cap)
        if wait is not None:
            retry_at = now + timedelta(seconds=wait)
    elif retry_at > now + timedelta(seconds=cap):
        retry_at = now + timedelta(seconds=cap)
    return PartnerError(code, partner=partner, operation=operation, status=status, retry_at=retry_at,
                        details=details, partner_message=message)
