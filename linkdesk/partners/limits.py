"""Bounds on every partner exchange: a total deadline, a body cap after decompression, JSON depth.

``requests`` alone bounds each *socket read*, not the exchange: a server sending one byte every
few seconds keeps a request alive for as long as it likes, a gzip bomb of a few kilobytes
decompresses to gigabytes, and deeply nested JSON ends in ``RecursionError``. Here:

* :class:`Deadline` arms a watchdog for one attempt (connect + headers + whole body). The
  connection pools of :class:`GuardedAdapter` tell the deadline which connection the thread uses;
  when the time is up the watchdog shuts that socket down, which wakes the blocked read at once.
* :func:`read_body` streams the raw body and decompresses it itself (gzip / deflate only), never
  holding more than ``limit`` decoded bytes;
* :func:`check_depth` refuses JSON nested deeper than a limit before :func:`json.loads` sees it.

A breach is :class:`Breach` (``partner_protocol``) or, for the deadline, a timeout.
"""

from __future__ import annotations

import heapq
import re
import socket
import threading
import time
import zlib
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from linkdesk.partners.fields import Breach

_CHUNK = 64 * 1024
_STRINGS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKETS = bytes(range(256)).translate(None, b"[]{}")  # every byte except the four brackets


class _Current(threading.local):
    deadline: Deadline | None = None


_CURRENT = _Current()


class _Watchdog:
    """One daemon thread for every deadline of the process (a thread per call would cost more than
    the call on a fast network): it sleeps until the earliest deadline, then cuts what is late."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Deadline]] = []
        self._thread: threading.Thread | None = None

    def arm(self, deadline: Deadline) -> None:
        with self._cond:
            heapq.heappush(self._heap, (deadline.ends, id(deadline), deadline))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="linkdesk-partner-deadlines", daemon=True)
                self._thread.start()
            self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap:
                    self._cond.wait()
                ends, _, deadline = self._heap[0]
                late = time.monotonic() >= ends
                if late:
                    heapq.heappop(self._heap)
                else:
                    self._cond.wait(ends - time.monotonic())
            if late:
                deadline.expire()


_WATCHDOG = _Watchdog()


class Deadline:
    """One attempt's total time limit; use as a context manager around the whole exchange."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self.ends = 0.0
        self._done = False
        self._connections: list[Any] = []
        self._lock = threading.Lock()

    def remaining(self) -> float:
        return max(0.0, self.ends - time.monotonic())

    def attach(self, connection: Any) -> None:
        with self._lock:
            self._connections.append(connection)
            if self.expired:
                _cut(connection)

    def __enter__(self) -> Deadline:
        self.ends = time.monotonic() + self.seconds
        _CURRENT.deadline = self
        _WATCHDOG.arm(self)
        return self

    def __exit__(self, *exc: object) -> None:
        _CURRENT.deadline = None
        with self._lock:
            self._done = True  # the watchdog's later call finds nothing to cut
            self._connections.clear()

    def expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            for connection in self._connections:
                _cut(connection)


def _cut(connection: Any) -> None:
    sock = getattr(connection, "sock", None)
    if sock is None:
        return  # still connecting: the connect timeout bounds that part
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def _attach(connection: Any) -> Any:
    deadline = _CURRENT.deadline
    if deadline is not None:
        deadline.attach(connection)
    return connection


class _GuardedHTTPPool(HTTPConnectionPool):
    def _get_conn(self, timeout: float | None = None) -> Any:
        return _attach(super()._get_conn(timeout))


class _GuardedHTTPSPool(HTTPSConnectionPool):
    def _get_conn(self, timeout: float | None = None) -> Any:
        return _attach(super()._get_conn(timeout))


_POOLS = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}


class GuardedAdapter(HTTPAdapter):
    """An ``HTTPAdapter`` whose connections a :class:`Deadline` can cut."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        manager.pool_classes_by_scheme = dict(_POOLS)
        return manager


def guard(session: requests.Session) -> requests.Session:
    """Mount :class:`GuardedAdapter` for http and https on ``session`` (once)."""
    for prefix in ("https://", "http://"):
        if not isinstance(session.adapters.get(prefix), GuardedAdapter):
            session.mount(prefix, GuardedAdapter())
    return session


def _decoder(response: requests.Response) -> Any:
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    raise Breach(f"unsupported Content-Encoding {encoding[:40]!r}")


def read_body(response: requests.Response, limit: int) -> bytes:
    """The whole body of a streamed response, decoded, refusing more than ``limit`` bytes."""
    decoder = _decoder(response)
    declared = response.headers.get("Content-Length", "")
    if decoder is None and declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise Breach(f"body of {declared} bytes exceeds the limit of {limit}")
    out = bytearray()
    raw_total = 0
    while True:
        chunk = response.raw.read(_CHUNK, decode_content=False)
        if not chunk:
            break
        raw_total += len(chunk)
        if raw_total > limit:
            raise Breach(f"body exceeds the limit of {limit} bytes")
        if decoder is None:
            out += chunk
        else:
            data = chunk
            while data:
                try:
                    out += decoder.decompress(data, limit + 1 - len(out))
                except zlib.error:
                    raise Breach("the compressed body is corrupt") from None
                if len(out) > limit:
                    raise Breach(f"body exceeds the limit of {limit} bytes after decompression")
                data = decoder.unconsumed_tail
    if decoder is not None:
        out += decoder.flush()
        if len(out) > limit:
            raise Breach(f"body exceeds the limit of {limit} bytes after decompression")
    return bytes(out)


def check_depth(body: bytes, limit: int) -> None:
    """Refuse JSON whose arrays/objects nest deeper than ``limit`` (strings are skipped)."""
    brackets = _STRINGS.sub(b"", body).translate(None, _BRACKETS)
    depth = 0
    for byte in brackets:
        if byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                raise Breach(f"JSON nested deeper than {limit} levels")
        else:
            depth -= 1
