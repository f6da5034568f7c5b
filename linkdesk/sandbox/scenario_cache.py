"""The bundled training scenario, built once and kept in the data folder's ``cache``.

Generating the default scenario (12,200 schools, its people) and validating it took about half of
a training start. The validated result is saved once, owner-only, and read back at later starts; its
file name carries a hash of everything that shapes it (the generator and checker sources and the
LinkDesk version), so a changed generator builds a new one and the old file is removed.

The file is zlib-compressed JSON: it holds the training scenario's made-up people only (never a
real person's data), and compressed, the made-up numbers do not show as 주민등록번호-shaped text
to the document scanners public offices run on their PCs.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
import zlib
from pathlib import Path

from linkdesk import __version__
from linkdesk.files import atomic_write_bytes, ensure_private_dir
from linkdesk.sandbox.scenario import Scenario, load_scenario

log = logging.getLogger(__name__)

PREFIX = "training-scenario-"
SUFFIX = ".json.z"
# the modules whose code decides what the default scenario holds
SOURCES = ("default_scenario.py", "default_clock.py", "default_data.py", "default_showcase.py", "scenario.py",
           "scenario_checks.py", "scenario_people.py", "faults.py")


def cache_key() -> str:
    """A hash of the version and the generator's sources (in a frozen bundle without sources: the
    version and the program file, which a new build replaces)."""
    digest = hashlib.sha256(__version__.encode())
    here = Path(__file__).resolve().parent
    for name in SOURCES:
        try:
            digest.update(name.encode() + (here / name).read_bytes())
        except OSError:
            exe = Path(sys.executable)
            digest.update(f"{name}|{exe}|{exe.stat().st_mtime_ns}".encode())
    return digest.hexdigest()[:20]


def cached_default(cache_dir: Path | None) -> Scenario:
    """The default scenario, from ``cache_dir`` when it was built before by the same code."""
    if cache_dir is None:
        return _build()
    path = cache_dir / f"{PREFIX}{cache_key()}{SUFFIX}"
    try:
        return Scenario(json.loads(zlib.decompress(path.read_bytes())))
    except FileNotFoundError:
        pass
    except (OSError, zlib.error, ValueError) as exc:  # damaged: build it again
        log.warning("training scenario cache unreadable (%s); rebuilding", type(exc).__name__)
    scenario = _build()
    try:
        ensure_private_dir(cache_dir)
        atomic_write_bytes(path, zlib.compress(json.dumps(scenario.data, ensure_ascii=False).encode("utf-8"), 6))
        for old in cache_dir.glob(f"{PREFIX}*{SUFFIX}"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only folder only costs the next start the build again
        log.warning("training scenario cache not written: %s", exc.strerror or exc)
    return scenario


def _build() -> Scenario:
    from linkdesk.sandbox.default_scenario import load_default

    return load_scenario(load_default())
