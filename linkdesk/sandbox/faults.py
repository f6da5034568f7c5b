"""Faults the sandbox injects into partner calls, so clients can be tested against a bad day.

A fault ``{partner, operation ("*" = any), kind, times, ms, retry_after}`` applies to the next
``times`` matching requests (``0`` = until replaced). Kinds:

* ``latency`` — wait ``ms`` (default 1000) and then answer normally;
* ``http_500`` — ``500 internal_error``;
* ``http_503`` — ``503 partner_unavailable`` with ``Retry-After: retry_after`` (default 1 s);
* ``timeout_before_commit`` — wait ``ms`` (default 5000), then drop the connection unhandled;
* ``timeout_after_commit`` — handle the request (it is committed), wait ``ms`` (default 0), then drop
  the connection without an answer: the client cannot know the outcome;
* ``malformed_body`` — handle the request, then answer ``200`` with a truncated, non-JSON body.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass

OPERATIONS: dict[str, tuple[str, ...]] = {
    "identity": ("captcha", "verify"),
    "1365": ("volunteer", "consent", "records"),
    "neis": ("schools", "directory", "verify_student", "timetable", "submit", "submission_status", "submissions", "openapi"),
    "vms": ("members", "records", "transfer", "transfer_status"),
    "redcross": ("members", "member", "link", "consent", "expiring", "rcy"),
}
KINDS = ("latency", "http_500", "http_503", "timeout_before_commit", "timeout_after_commit", "malformed_body")
DEFAULT_MS = {"latency": 1000, "timeout_before_commit": 5000, "timeout_after_commit": 0}
_KEYS = {"partner", "operation", "kind", "times", "ms", "retry_after"}


class FaultSpecError(ValueError):
    """A fault description that cannot be used; ``field`` is the key at fault."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class Fault:
    partner: str
    operation: str
    kind: str
    times: int = 1
    ms: int = 0
    retry_after: int = 1

    def matches(self, partner: str, operation: str) -> bool:
        return self.partner == partner and self.operation in ("*", operation)

    def to_dict(self) -> dict:
        return asdict(self)


def _count(spec: dict, key: str, default: int) -> int:
    value = spec.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise FaultSpecError(key, "must be a whole number")
    if value < 0:
        raise FaultSpecError(key, "must not be negative")
    return value


def parse_fault(spec: object) -> Fault:
    """Validate one fault description (from a scenario file or ``POST /_sandbox/faults``)."""
    if not isinstance(spec, dict):
        raise FaultSpecError("", "expected an object")
    for key in spec:
        if key not in _KEYS and not str(key).startswith("_"):
            raise FaultSpecError(str(key), "unknown key")
    partner = spec.get("partner")
    if not isinstance(partner, str) or partner not in OPERATIONS:  # a list is not a partner (nor hashable)
        raise FaultSpecError("partner", f"unknown partner {partner!r}; one of {', '.join(OPERATIONS)}")
    operation = spec.get("operation", "*")
    if operation != "*" and (not isinstance(operation, str) or operation not in OPERATIONS[partner]):
        raise FaultSpecError("operation", f"unknown operation {operation!r} of {partner}; one of *, {', '.join(OPERATIONS[partner])}")
    kind = spec.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        raise FaultSpecError("kind", f"unknown fault kind {kind!r}; one of {', '.join(KINDS)}")
    return Fault(
        partner=partner,
        operation=operation,
        kind=kind,
        times=_count(spec, "times", 1),
        ms=_count(spec, "ms", DEFAULT_MS.get(kind, 0)),
        retry_after=_count(spec, "retry_after", 1),
    )


class FaultBook:
    """The active faults with what is left of each; thread-safe."""

    def __init__(self, faults: list[Fault] | None = None):
        self._lock = threading.Lock()
        self._active: list[list] = []  # [fault, remaining or None for unlimited]
        self.replace(faults or [])

    def replace(self, faults: list[Fault]) -> None:
        with self._lock:
            self._active = [[f, f.times or None] for f in faults]

    def take(self, partner: str, operation: str) -> Fault | None:
        """The first active fault for this call, used up by one."""
        with self._lock:
            for entry in self._active:
                fault, left = entry
                if fault.matches(partner, operation) and (left is None or left > 0):
                    if left is not None:
                        entry[1] = left - 1
                    return fault
        return None

    def partner_down(self, partner: str) -> bool:
        """A partner is reported down while a 5xx fault on all its operations is active."""
        with self._lock:
            return any(
                f.partner == partner and f.operation == "*" and f.kind in ("http_500", "http_503")
                and (left is None or left > 0)
                for f, left in self._active
            )

    def snapshot(self) -> list[dict]:
        with self._lock:
            return [{**f.to_dict(), "remaining": left} for f, left in self._active if left is None or left > 0]
