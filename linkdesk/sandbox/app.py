"""The sandbox application without HTTP: routing, the centre key, idempotency and the state lock.

:class:`SandboxApp` turns a parsed request into a :class:`Reply`. The HTTP server in
:mod:`linkdesk.sandbox.server` adds only transport concerns (faults that delay or drop connections).
Idempotency follows the protocol: a key seen before with the same method, path and body returns the
first outcome with ``"replayed": true``; with anything else, ``idempotency_conflict``. Only committed
(2xx) outcomes are kept, so a refused submission can be sent again with the same key once fixed.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import ipaddress
import json

from linkdesk.protocol import API_KEY_HEADER, IDEMPOTENCY_HEADER
from linkdesk.sandbox import admin, identity, neis, neis_openapi, portal1365, redcross, vms
from linkdesk.sandbox.routing import PartnerError, Reply, Request, Route, Router, invalid
from linkdesk.sandbox.scenario import Scenario, load_scenario
from linkdesk.sandbox.state import SandboxState

ROUTES: list[Route] = [*admin.ROUTES, *identity.ROUTES, *portal1365.ROUTES, *neis.ROUTES, *neis_openapi.ROUTES, *vms.ROUTES, *redcross.ROUTES]
MAX_KEY_LENGTH = 200


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address.split("%")[0]).is_loopback
    except ValueError:
        return False


def parse_body(raw: bytes) -> dict:
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise invalid("body", "the body is not JSON (UTF-8)") from None
    if not isinstance(body, dict):
        raise invalid("body", "the body must be a JSON object")
    return body


class SandboxApp:
    def __init__(self, scenario: dict | Scenario):
        self.state = SandboxState(load_scenario(scenario))
        self.router = Router(ROUTES)

    def resolve(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        return self.router.match(method, path)

    def authorize(self, route: Route, headers: dict[str, str], client: str) -> None:
        """Admin endpoints answer loopback callers only; everything else needs the centre key."""
        if route.admin:
            if not is_loopback(client):
                raise PartnerError("not_found", "sandbox administration is only served to loopback clients")
            return
        given = headers.get(API_KEY_HEADER.lower(), "")
        if not hmac.compare_digest(given.encode(), self.state.scenario.api_key.encode()):
            raise PartnerError("unauthorized")

    def count(self, route: Route) -> None:
        if route.partner:
            with self.state.lock:
                self.state.requests[route.name] += 1

    def handle(self, route: Route, request: Request) -> Reply:
        try:
            with self.state.lock:
                if route.idempotency:
                    return self._with_key(route, request)
                return self._run(route, request)
        except PartnerError as exc:
            return exc.reply()

    def _run(self, route: Route, request: Request) -> Reply:
        result = route.handler(self.state, request)
        return result if isinstance(result, Reply) else Reply(route.status, result)

    def _with_key(self, route: Route, request: Request) -> Reply:
        key = request.header(IDEMPOTENCY_HEADER)
        if not key:
            if route.idempotency == "required":
                raise invalid(IDEMPOTENCY_HEADER, "this submission needs an Idempotency-Key header")
            return self._run(route, request)
        if len(key) > MAX_KEY_LENGTH:
            raise invalid(IDEMPOTENCY_HEADER, "the Idempotency-Key is too long")
        canonical = json.dumps([request.method, request.path, request.body], sort_keys=True, ensure_ascii=False)
        fingerprint = hashlib.sha256(canonical.encode()).hexdigest()
        seen = self.state.idempotency.get(key)
        if seen is not None:
            if seen[0] != fingerprint:
                raise PartnerError("idempotency_conflict", key=key)
            return Reply(seen[1], {**copy.deepcopy(seen[2]), "replayed": True})
        reply = self._run(route, request)
        if 200 <= reply.status < 300:
            self.state.idempotency[key] = (fingerprint, reply.status, copy.deepcopy(reply.body))
        return reply
