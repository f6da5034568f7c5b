"""The one request path to the partner gateway (docs/partner-protocol.md, "Conventions").

Every partner call goes through :class:`Transport`: the centre's key header, a total deadline on
every attempt (connect + headers + whole body), a cap on the decoded body and on JSON depth
(:mod:`linkdesk.partners.limits`), answers checked against the request (``Call.expect``), bounded retries only for calls that are safe to repeat, ``Retry-After`` honoured, every
answer validated before use, errors mapped to :class:`PartnerError`, one log line per exchange
without personal data. Submissions go through :meth:`Transport.submit`, which never re-sends
blind: an outcome lost on the wire is resolved by asking the partner about the idempotency key.
"""

from __future__ import annotations

import http.client
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, TypeVar

import requests
import urllib3.exceptions

from linkdesk import __version__, cancel
from linkdesk.domain.rrn import redact
from linkdesk.partners import wire
from linkdesk.partners.errors import PartnerError
from linkdesk.partners.fields import Breach, SchemaError
from linkdesk.partners.limits import Deadline, guard, read_body
from linkdesk.partners.settings import PartnerSettings
from linkdesk.protocol import API_KEY_HEADER, IDEMPOTENCY_HEADER

T = TypeVar("T")
log = logging.getLogger("linkdesk.partners")

RETRY_STATUSES = frozenset({500, 502, 503, 504})


def new_idempotency_key() -> str:
    """A fresh key for one intended submission; store it *before* sending."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Call:
    """One partner operation: what to send, and whether sending it twice is harmless."""

    partner: str
    operation: str
    method: str
    path: str
    params: Mapping[str, Any] | None = None
    body: Any = None
    idempotent: bool = False  # PUT/POST the protocol marks safe to repeat
    key: str | None = None  # Idempotency-Key of a submission
    # Top-level answer fields that must equal these values (the same person, volunteer, record or
    # key as asked); a different value is ``partner_protocol``, never trusted.
    expect: Mapping[str, Any] | None = None

    @property
    def safe(self) -> bool:
        return self.method == "GET" or self.idempotent


class _Unknown(Exception):
    """A submission whose outcome is not known: it may have been committed."""

    def __init__(self, error: PartnerError, wait: float | None) -> None:
        super().__init__(error.code)
        self.error = error
        self.wait = wait


class Transport:
    """Sends :class:`Call` s over one ``requests.Session`` (injectable, e.g. for a proxy setup).

    ``sleep`` and ``now`` are injectable so tests can observe waits without waiting.
    A session passed in stays the caller's to close; one made here is closed by :meth:`close`.
    Either way its http/https adapters are replaced by :class:`~linkdesk.partners.limits.GuardedAdapter`
    so the deadline can cut a connection.
    """

    def __init__(
        self,
        settings: PartnerSettings,
        session: requests.Session | None = None,
        *,
        sleep: Callable[[float], None] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.settings = settings
        self._owns_session = session is None
        self.session = guard(session or requests.Session())
        self._sleep = sleep if sleep is not None else time.sleep
        self._now = now if now is not None else (lambda: datetime.now(timezone.utc))

    # -- public ---------------------------------------------------------------------------------
    def url(self, partner: str, path: str) -> str:
        return self.settings.url_for(partner) + path

    def call(self, call: Call, parse: Callable[[Any], T]) -> T:
        """Send ``call``; retry it only when it is safe to repeat. Returns ``parse(json)``."""
        attempts = 1 + (self.settings.retries if call.safe else 0)
        for attempt in range(1, attempts + 1):
            try:
                response = self._exchange(call, attempt)
            except wire.NoAnswer as exc:
                error, wait = self._no_answer(call, exc), self._backoff(attempt)
            except Breach as exc:
                raise self._protocol(call, exc) from None  # a hostile answer is not asked for again
            else:
                if response.status_code not in RETRY_STATUSES:
                    return self._outcome(call, response, parse)
                error, wait = self._error(call, response), wire.retry_after(response, self.settings.max_retry_after)
                wait = self._backoff(attempt) if wait is None else wait
            if attempt == attempts or wait > self.settings.max_retry_wait or cancel.requested():
                raise error
            if cancel.pause(wait, self._sleep):  # 대기 취소: no further attempt
                raise error
        raise AssertionError("unreachable")  # pragma: no cover

    def get(self, partner: str, operation: str, path: str, parse: Callable[[Any], T],
            params: Mapping[str, Any] | None = None) -> T:
        return self.call(Call(partner, operation, "GET", path, params=_drop_none(params)), parse)

    def submit(self, call: Call, parse: Callable[[Any], T], resolve: Callable[[str], T | None]) -> T:
        """Send a submission carrying ``call.key``; resolve a lost outcome by key, never blind.

        ``resolve(key)`` asks the partner's status-by-key endpoint: it returns the outcome the
        partner recorded, or ``None`` when the partner never received the key. Found → that
        outcome. Not received → sent once more with the *same* key. The lookup failing, or the
        second send being lost too → ``PartnerError("ambiguous")`` with the key in ``details``,
        so the outbox keeps it for later resolution.
        """
        if not call.key:
            raise ValueError("a submission needs its idempotency key")
        try:
            return self._submit_once(call, parse, 1)
        except _Unknown as first:
            lost = first
        outcome = self._resolve(call, resolve, lost.error)
        if outcome is not None:
            return self._checked(call, outcome)
        if lost.wait is not None and lost.wait > self.settings.max_retry_wait:
            raise lost.error  # not received; the partner asks for a long pause: the outbox waits
        if cancel.requested() or (lost.wait and cancel.pause(lost.wait, self._sleep)):
            raise lost.error  # 대기 취소: not received, so the outbox sends it later with the same key
        try:
            return self._submit_once(call, parse, 2)
        except _Unknown as second:
            if second.error.code == "partner_unavailable":
                # The lookup found nothing and the partner answers, in the protocol's own words,
                # that it is down: nothing was taken. The outbox keeps the row queued, not ambiguous.
                raise second.error from None
            raise self._ambiguous(call, second.error.code) from None

    def close(self) -> None:
        if self._owns_session:
            self.session.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ------------------------------------------------------------------------------
    def _submit_once(self, call: Call, parse: Callable[[Any], T], attempt: int) -> T:
        try:
            response = self._exchange(call, attempt)
        except wire.NoAnswer as exc:
            error = self._no_answer(call, exc)
            if not exc.sent:
                raise error from None  # never left this machine: nothing to resolve
            raise _Unknown(error, None) from None
        except Breach as exc:
            raise _Unknown(self._protocol(call, exc), None) from None  # it may have been committed
        if response.status_code in RETRY_STATUSES:
            raise _Unknown(self._error(call, response), wire.retry_after(response, self.settings.max_retry_after))
        try:
            return self._outcome(call, response, parse)
        except PartnerError as error:
            if error.code in ("malformed_response", "partner_protocol") and response.ok:
                raise _Unknown(error, None) from None  # committed, but the answer is unreadable
            raise

    def _resolve(self, call: Call, resolve: Callable[[str], T | None], cause: PartnerError) -> T | None:
        assert call.key is not None
        log.warning("%s.%s outcome unknown (%s); asking the partner by key", call.partner, call.operation, cause.code)
        try:
            return resolve(call.key)
        except PartnerError as exc:
            raise self._ambiguous(call, exc.code) from None

    def _checked(self, call: Call, outcome: T) -> T:
        """The outcome found by key is about the record sent: its fields named in ``call.expect``
        (top-level ones) match, else the outcome stays unknown."""
        for key, wanted in (call.expect or {}).items():
            if "." not in key and getattr(outcome, key, wanted) != wanted:
                raise self._ambiguous(call, "partner_protocol")
        return outcome

    def _ambiguous(self, call: Call, cause: str) -> PartnerError:
        return PartnerError("ambiguous", partner=call.partner, operation=call.operation,
                            details={"idempotency_key": call.key, "cause": cause})

    def _exchange(self, call: Call, attempt: int) -> requests.Response:
        headers = {API_KEY_HEADER: self.settings.api_key, "Accept": "application/json",
                   "User-Agent": f"LinkDesk/{__version__}"}
        if call.key:
            headers[IDEMPOTENCY_HEADER] = call.key
        headers["Accept-Encoding"] = "gzip, deflate"  # the two encodings read_body decodes itself
        started = time.monotonic()
        with Deadline(self.settings.deadline) as deadline:
            try:
                response = self.session.request(
                    call.method, self.url(call.partner, call.path), params=call.params,
                    json=call.body, headers=headers, timeout=self.settings.timeout,
                    verify=self.settings.verify, allow_redirects=False, stream=True,
                )
            except requests.RequestException as exc:
                failure = wire.NoAnswer("timeout", sent=True) if deadline.expired else wire.classify(exc)
                self._log(call, attempt, started, failure.code)
                raise failure from None
            try:
                body = read_body(response, self.settings.max_body_bytes)
            except Breach as exc:
                self._log(call, attempt, started, f"{response.status_code}, refused: {exc.problem}")
                raise
            except (requests.RequestException, urllib3.exceptions.HTTPError, http.client.HTTPException,
                    OSError) as exc:
                timed_out = deadline.expired or isinstance(exc, (urllib3.exceptions.ReadTimeoutError,
                                                                 requests.exceptions.Timeout))
                failure = wire.NoAnswer("timeout" if timed_out else "connection_failed", sent=True)
                self._log(call, attempt, started, f"{response.status_code}, body: {failure.code}")
                raise failure from None
            finally:
                response.close()
            if deadline.expired:  # the watchdog fired as the last byte came in: count it as late
                self._log(call, attempt, started, "timeout")
                raise wire.NoAnswer("timeout", sent=True)
        response._content = body  # requests' own slot for a body read in full (``response.content``)
        self._log(call, attempt, started, str(response.status_code))
        return response

    def _log(self, call: Call, attempt: int, started: float, result: str) -> None:
        # Never bodies, never query values (they may hold a name or birth date): path and keys only.
        keys = ",".join(sorted(call.params)) if call.params else ""
        log.info("%s.%s %s %s%s -> %s in %d ms%s", call.partner, call.operation, call.method,
                 redact(call.path), f"?[{keys}]" if keys else "", result,
                 (time.monotonic() - started) * 1000, f" (attempt {attempt})" if attempt > 1 else "")

    def _no_answer(self, call: Call, exc: wire.NoAnswer) -> PartnerError:
        return PartnerError(exc.code, partner=call.partner, operation=call.operation,
                            details={"idempotency_key": call.key} if call.key else None)

    def _outcome(self, call: Call, response: requests.Response, parse: Callable[[Any], T]) -> T:
        if not 200 <= response.status_code < 300:
            raise self._error(call, response)
        try:
            data = wire.json_of(response)
            wire.check_answer(data, call.expect)
            return parse(data)
        except SchemaError as exc:
            raise PartnerError("malformed_response", partner=call.partner, operation=call.operation,
                               status=response.status_code,
                               details={"path": exc.path, "problem": exc.problem}) from None
        except Breach as exc:
            raise self._protocol(call, exc, response.status_code) from None

    def _protocol(self, call: Call, breach: Breach, status: int | None = None) -> PartnerError:
        details: dict[str, Any] = {"problem": breach.problem}
        if call.key:
            details["idempotency_key"] = call.key
        return PartnerError("partner_protocol", partner=call.partner, operation=call.operation, status=status,
                            details=details)

    def _error(self, call: Call, response: requests.Response) -> PartnerError:
        return wire.error_of(response, call.partner, call.operation, self._now(), self.settings.max_retry_after)

    def _backoff(self, attempt: int) -> float:
        return min(self.settings.backoff * 2 ** (attempt - 1), self.settings.max_retry_wait)


def _drop_none(params: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if params is None:
        return None
    return {k: v for k, v in params.items() if v is not None}
