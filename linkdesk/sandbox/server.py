"""The sandbox HTTP server: stdlib ``ThreadingHTTPServer`` around :class:`SandboxApp`, plus faults.

Each connection gets a thread, so a request held by a latency or timeout fault never blocks the
others. Waits use the server's stop event, and :meth:`SandboxServer.stop` shuts open connections, so
stopping never hangs on a sleeping handler or an idle keep-alive connection.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import traceback
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from linkdesk.domain.rrn import redact
from linkdesk.protocol.errors import error_body
from linkdesk.sandbox.app import SandboxApp, parse_body
from linkdesk.sandbox.clock import iso
from linkdesk.sandbox.faults import Fault
from linkdesk.sandbox.routing import PartnerError, Reply, Request
from linkdesk.sandbox.scenario import Scenario
from linkdesk.sandbox.state import SandboxState

log = logging.getLogger(__name__)
MAX_BODY = 2 * 1024 * 1024


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # handler threads are tracked and joined by SandboxServer.stop

    def __init__(self, address: tuple[str, int], app: SandboxApp):
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.app = app
        self.stop_event = threading.Event()
        self.open_connections: set[socket.socket] = set()
        self.handler_threads: set[threading.Thread] = set()
        self.guard = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request, client_address) -> None:
        thread = threading.Thread(target=self._serve_connection, args=(request, client_address), daemon=True)
        with self.guard:
            self.open_connections.add(request)
            self.handler_threads.add(thread)
        thread.start()

    def _serve_connection(self, request, client_address) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self.guard:
                self.open_connections.discard(request)
                self.handler_threads.discard(threading.current_thread())


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes; without this, Nagle + delayed ACK add ~40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        log.debug("sandbox: " + format, *args)

    def _serve(self, method: str) -> None:
        app = self.server.app
        split = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            raw = self._read_body()
            route, params = app.resolve(method, split.path)
            app.authorize(route, headers, self.client_address[0])
        except PartnerError as exc:
            self._send(exc.reply())
            return
        app.count(route)
        fault = app.state.faults.take(route.partner, route.operation) if route.partner else None
        if fault is not None and not self._before(fault, app.state):
            return
        try:
            query = {k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
            request = Request(method, split.path, params, query, parse_body(raw), headers, self.client_address[0])
            reply = app.handle(route, request)
        except PartnerError as exc:
            reply = exc.reply()
        except Exception:  # a sandbox bug: answer 500, log without personal data
            log.error("sandbox handler failed:\n%s", redact(traceback.format_exc()))
            reply = Reply(500, error_body("internal_error", "sandbox error"))
        if fault is not None and fault.kind == "timeout_after_commit":
            self.server.stop_event.wait(fault.ms / 1000)
            self._drop()
        elif fault is not None and fault.kind == "malformed_body":
            data = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
            self._write(200, data[: max(1, len(data) // 2)], {})
        else:
            self._send(reply)

    def _before(self, fault: Fault, state: SandboxState) -> bool:
        """Apply what a fault does before handling; False when the request ends here."""
        if fault.kind == "latency":
            self.server.stop_event.wait(fault.ms / 1000)
            return True
        if fault.kind == "http_500":
            self._send(Reply(500, error_body("internal_error", "injected fault: http_500")))
            return False
        if fault.kind == "http_503":
            retry_at = iso(state.now() + timedelta(seconds=fault.retry_after))
            self._send(Reply(503, error_body("partner_unavailable", "injected fault: http_503", retry_at),
                             {"Retry-After": str(fault.retry_after)}))
            return False
        if fault.kind == "timeout_before_commit":
            self.server.stop_event.wait(fault.ms / 1000)
            self._drop()
            return False
        return True

    def _read_body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if not length:
            return b""
        try:
            size = int(length)
        except ValueError:
            size = -1
        if size < 0 or size > MAX_BODY:
            self.close_connection = True  # the unread body would garble the next request
            raise PartnerError("invalid_request", "bad Content-Length or a body over 2 MB", field="body")
        return self.rfile.read(size)

    def _send(self, reply: Reply) -> None:
        data = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
        self._write(reply.status, data, reply.headers)

    def _write(self, status: int, data: bytes, headers: dict[str, str]) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _drop(self) -> None:
        """Close the connection without a word, as a partner that crashed or timed out would."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class SandboxServer:
    """A running sandbox: ``with SandboxServer(scenario) as sb: requests.get(sb.url + "/v1/status")``."""

    def __init__(self, scenario: dict | Scenario, host: str = "127.0.0.1", port: int = 0):
        self.app = SandboxApp(scenario)
        self.host = host
        self.port = port
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def state(self) -> SandboxState:
        return self.app.state

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> SandboxServer:
        """Bind, listen and serve in a daemon thread; returns once connections are accepted."""
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self.host, self.port), self.app)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"linkdesk-sandbox-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.stop_event.set()  # cut fault waits short
        httpd.shutdown()
        with httpd.guard:
            connections, threads = list(httpd.open_connections), list(httpd.handler_threads)
        for conn in connections:  # wake handlers waiting for the next keep-alive request
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in threads:
            thread.join(timeout)
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
