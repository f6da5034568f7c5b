"""The NEIS school directory, cached locally so the school search works offline and instantly."""

from __future__ import annotations

import logging
from datetime import timedelta

from linkdesk.partners import PartnerError
from linkdesk.services.core import Core

log = logging.getLogger(__name__)

REFRESH_AFTER = timedelta(days=7)

KIND_LABELS = {"elementary": "초등학교", "middle": "중학교", "high": "고등학교", "special": "특수학교", "other": "기타"}


def refresh_directory(core: Core) -> int:
    """Download the whole directory and replace the cache (one transaction)."""
    directory = core.gateway().neis.directory()
    rows = [
        {"code": s.code, "office_code": s.office_code, "office": s.office, "name": s.name, "kind": s.kind, "region": s.region, "address": s.address}
        for s in directory.schools
    ]
    with core.store.unit_of_work() as uow:
        n = uow.schools.replace_directory(rows, generated_at=directory.generated_at.isoformat())
    log.info("school directory refreshed: %d schools", n)
    return n


def ensure_directory(core: Core, *, force: bool = False) -> int:
    """Load the directory when the cache is empty or old; a partner failure keeps the old cache."""
    with core.store.unit_of_work(read_only=True) as uow:
        count = uow.schools.count()
        loaded = uow.schools.loaded_at()
    fresh = loaded is not None and core.clock.now() - loaded < REFRESH_AFTER
    if count and fresh and not force:
        return _indexed(core, count)
    try:
        return _indexed(core, refresh_directory(core))
    except PartnerError as exc:
        if count and exc.temporary:
            log.warning("school directory not refreshed (%s); the cached one is used", exc.code)
            return _indexed(core, count)
        raise


def _indexed(core: Core, count: int) -> int:
    """Build the search index now (this runs off the GUI thread), not at the first keystroke."""
    with core.store.unit_of_work(read_only=True) as uow:
        uow.schools.index()
    return count


def search_schools(core: Core, text: str = "", office: str | None = None, kind: str | None = None,
                   region: str | None = None, limit: int = 200) -> list:
    """Offline search of the cached directory, ranked as staff expect (see
    ``SchoolRepository.search``): name, 초성, abbreviation or region word, filters; best first."""
    with core.store.unit_of_work(read_only=True) as uow:
        return uow.schools.search(text, office=office or None, kind=kind or None, region=region or None, limit=limit)


def offices(core: Core) -> list[str]:
    with core.store.unit_of_work(read_only=True) as uow:
        return uow.schools.offices()
