"""Who is at the counter (the access log's staff, host and address), without the access log itself.

Its own module so the composition root (:mod:`linkdesk.services.core`) names the actor without
importing the database layer; :mod:`linkdesk.services.audit` re-exports it.
"""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """Who is at the counter: the signed-in staff account and the counter's host and address."""

    staff: str
    host: str
    addr: str

    @classmethod
    def local(cls, staff: str | None = None) -> Actor:
        host = socket.gethostname()
        try:
            addr = socket.gethostbyname(host)
        except OSError:
            addr = "127.0.0.1"
        return cls(staff or getpass.getuser(), host, addr)
