"""Scans for a 주민등록번호 in every file under some folders, in every form it could take."""

from __future__ import annotations

import base64
from pathlib import Path

from linkdesk.domain.rrn import normalize


def forms(rrn: str) -> list[bytes]:
    """The byte patterns a careless program could write: text (UTF-8/UTF-16), base64 of the digits."""
    d = normalize(rrn)
    texts = {d, f"{d[:6]}-{d[6:]}", f"{d[:6]} {d[6:]}", d[6:]}  # the back part alone is enough to leak
    out: list[bytes] = []
    for t in texts:
        out.append(t.encode())
        out.append(t.encode("utf-16-le"))
    out.append(base64.b64encode(d.encode()))
    out.append(base64.b64encode(f"{d[:6]}-{d[6:]}".encode()))
    return out


def files_holding(rrn: str, *roots: Path) -> list[tuple[Path, bytes]]:
    """Every (file, pattern) where a form of ``rrn`` appears under ``roots``."""
    patterns = forms(rrn)
    hits: list[tuple[Path, bytes]] = []
    for root in roots:
        if not root.exists():
            continue
        paths = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in paths:
            data = path.read_bytes()
            for p in patterns:
                if p in data:
                    hits.append((path, p))
                    break
    return hits
