"""The sandbox's route table: requests, replies, partner errors and path matching, free of HTTP plumbing.

Each partner module lists its operations as :class:`Route` rows; a handler takes the shared
:class:`~linkdesk.sandbox.state.SandboxState` and a :class:`Request` and returns a dict (the JSON
body) or a :class:`Reply`, or raises :class:`PartnerError` with a protocol error code.
"""

from __future__ import annotations

import re
from urllib.parse import unquote
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from linkdesk.protocol.errors import error_body, info

MAX_PER_PAGE = 1000
DEFAULT_PER_PAGE = 100


class PartnerError(Exception):
    """A protocol error answer (``{"error": {...}}``) with the HTTP status of its code."""

    def __init__(self, code: str, message: str | None = None, *, retry_at: str | None = None,
                 headers: dict[str, str] | None = None, **details: Any):
        super().__init__(code)
        self.code = code
        self.status = info(code).status
        self.message = message
        self.retry_at = retry_at
        self.headers = headers or {}
        self.details = details

    def reply(self) -> Reply:
        return Reply(self.status, error_body(self.code, self.message, self.retry_at, **self.details), dict(self.headers))


def invalid(field_name: str, message: str) -> PartnerError:
    return PartnerError("invalid_request", message, field=field_name)


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, str]
    query: dict[str, str]
    body: dict
    headers: dict[str, str]  # lower-case names
    client: str = "127.0.0.1"

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def field(self, name: str, kind: type | tuple = str, required: bool = True) -> Any:
        """A body field of the given JSON type, or ``invalid_request`` naming it."""
        if name not in self.body or self.body[name] is None:
            if required:
                raise invalid(name, f"'{name}' is required")
            return None
        value = self.body[name]
        if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
            raise invalid(name, f"'{name}' has the wrong type")
        if isinstance(value, str) and required and not value.strip():
            raise invalid(name, f"'{name}' must not be empty")
        return value

    def q_int(self, name: str, default: int, lo: int, hi: int | None = None) -> int:
        raw = self.query.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise invalid(name, f"'{name}' must be a whole number") from None
        if value < lo or (hi is not None and value > hi):
            raise invalid(name, f"'{name}' must be between {lo} and {hi}" if hi else f"'{name}' must be at least {lo}")
        return value

    def q_date(self, name: str) -> date | None:
        raw = self.query.get(name)
        if not raw:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise invalid(name, f"'{name}' must be a date (YYYY-MM-DD)") from None


def paged(req: Request, items: list) -> dict:
    """The protocol's paging: ``page`` (1-based), ``per_page`` (default 100, at most 1000)."""
    page = req.q_int("page", 1, 1)
    per_page = req.q_int("per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    start = (page - 1) * per_page
    return {"items": items[start:start + per_page], "total": len(items), "page": page, "per_page": per_page}


Handler = Callable[[Any, Request], "dict | Reply"]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: str  # "/v1/neis/students/{student_ref}/timetable"
    partner: str | None  # None: gateway or admin, never faulted or counted
    operation: str
    handler: Handler
    status: int = 200
    idempotency: str | None = None  # "required" | "optional" | None
    admin: bool = False

    @property
    def regex(self) -> re.Pattern:
        return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.pattern) + "$")

    @property
    def name(self) -> str:
        return f"{self.partner}.{self.operation}" if self.partner else self.operation


class Router:
    def __init__(self, routes: list[Route]):
        self._routes = [(r, r.regex) for r in routes]

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        path_known = False
        for route, regex in self._routes:
            m = regex.match(path)
            if m:
                path_known = True
                if route.method == method:
                    return route, {k: unquote(v) for k, v in m.groupdict().items()}
        if path_known:
            raise PartnerError("invalid_request", f"method {method} is not allowed here")
        raise PartnerError("not_found", f"no such operation: {path}")
