"""A hostile partner on 127.0.0.1: a real HTTP server whose answers a test scripts per path.

Each answer is a callable writing raw bytes to the socket, so a test can drip one byte at a time,
send a gzip bomb, nest JSON without end or name another person. ``sent`` counts the bytes a
dripping answer managed to write before the client hung up: the client's deadline is observed
as "the server could not keep going", not by a clock.
"""

from __future__ import annotations

import json
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    server: HostileServer

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.body = json.loads(self.rfile.read(length)) if length else None
        self.server.requests.append((self.command, self.path, self.body))
        answer = self.server.answers.get(self.path.split("?")[0]) or self.server.answers.get("*")
        if answer is None:
            json_answer(404, {"error": {"code": "not_found", "message": "no"}})(self)
            return
        try:
            answer(self)
        except OSError:
            pass  # the client hung up: exactly what a deadline does

    do_GET = do_POST = do_PUT = _dispatch


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.answers: dict[str, Answer] = {}
        self.requests: list[tuple[str, str, Any]] = []
        self.sent = 0
        self.stop = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@contextmanager
def hostile_server() -> Iterator[HostileServer]:
    server = HostileServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join()


def json_answer(status: int, body: Any, headers: dict[str, str] | None = None) -> Answer:
    raw = json.dumps(body).encode() if not isinstance(body, bytes) else body

    def answer(h: Handler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(raw)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(raw)
    return answer


def drip(body: bytes, every: float = 0.05, *, headers_too: bool = False, limit: int = 400) -> Answer:
    """One byte every ``every`` seconds (at most ``limit`` bytes, so a broken client cannot hang
    the test run), of the body only or of the status line and headers too."""
    head = (f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()

    def answer(h: Handler) -> None:
        if not headers_too:
            h.wfile.write(head)
            h.wfile.flush()
        data = (head if headers_too else b"") + body
        sock: socket.socket = h.connection
        for i in range(min(len(data), limit)):
            if h.server.stop.wait(every):
                return
            sock.sendall(data[i:i + 1])
            h.server.sent += 1
    return answer


def gzip_bomb(decoded_mb: int) -> bytes:
    """``decoded_mb`` MiB of zeros, gzip-compressed (about 1 KiB per MiB)."""
    c = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [c.compress(block) for _ in range(decoded_mb)]
    parts.append(c.flush())
    return b"".join(parts)


def raw_answer(status: int, body: bytes, headers: dict[str, str]) -> Answer:
    def answer(h: Handler) -> None:
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
    return answer


def relay(sandbox: Any, rewrite: Callable[[Any], Any]) -> Answer:
    """Forward the request to the real sandbox and answer with its JSON, changed by ``rewrite``:
    a genuine answer about someone or something else than what was asked."""
    import requests

    def answer(h: Handler) -> None:
        headers = {"X-LinkDesk-Key": sandbox.api_key}
        if h.headers.get("Idempotency-Key"):
            headers["Idempotency-Key"] = h.headers["Idempotency-Key"]
        r = requests.request(h.command, sandbox.url + h.path, json=h.body, headers=headers, timeout=5)
        data = r.json()
        json_answer(r.status_code, rewrite(data) if r.ok else data)(h)
    return answer
