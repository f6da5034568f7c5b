"""NEIS (나이스) school directory and search in the sandbox (split from :mod:`linkdesk.sandbox.neis`,
whose rules import nothing from LinkDesk's domain; the search shares its 초성 matcher)."""

from __future__ import annotations

from linkdesk.domain.korean import match_rank
from linkdesk.sandbox.clock import iso
from linkdesk.sandbox.routing import Request, invalid, paged
from linkdesk.sandbox.scenario import KINDS
from linkdesk.sandbox.state import SandboxState

DIRECTORY_FIELDS = ("code", "office_code", "office", "name", "kind", "region", "address")


def school_view(school: dict) -> dict:
    """A school as the directory answers it (not its calendar nor timetables)."""
    return {k: school[k] for k in DIRECTORY_FIELDS}


def schools(state: SandboxState, req: Request) -> dict:
    q = (req.query.get("q") or "").strip()
    office, region, kind = (req.query.get(k) or "" for k in ("office", "region", "kind"))
    if kind and kind not in KINDS:
        raise invalid("kind", f"kind must be one of {', '.join(KINDS)}")
    found = []
    for s in state.schools:
        if (office and office not in s["office"] and office != s["office_code"]) or (kind and s["kind"] != kind) or (region and region not in s["region"]):
            continue
        rank = match_rank(q, s["name"]) if q else 0
        if rank is not None:
            found.append((rank, s["name"], s["code"], school_view(s)))
    found.sort(key=lambda t: t[:3])
    return paged(req, [t[3] for t in found])


def directory(state: SandboxState, req: Request) -> dict:
    return {"generated_at": iso(state.now()), "schools": [school_view(s) for s in state.schools]}


