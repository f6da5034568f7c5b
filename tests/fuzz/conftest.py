"""Fuzzing with hypothesis (issue 16, point 9): every generated input is counted, and the total is
printed at the end of the run. ``LINKDESK_FUZZ_EXAMPLES=N`` runs N examples per test instead of the
CI defaults (``tests/fuzz/README.md``); without it the run is derandomised, so CI is repeatable."""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, settings

GENERATED: Counter[str] = Counter()
_OVERRIDE = os.environ.get("LINKDESK_FUZZ_EXAMPLES", "").strip()


def fuzz_settings(examples: int) -> settings:
    """``examples`` in CI (derandomised, no example database); ``$LINKDESK_FUZZ_EXAMPLES`` for a
    longer, random run."""
    return settings(max_examples=int(_OVERRIDE) if _OVERRIDE.isdigit() else examples, deadline=None,
                    derandomize=not _OVERRIDE, database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


def pytest_collection_modifyitems(items) -> None:
    """A long run (``LINKDESK_FUZZ_EXAMPLES``) may take longer than the suite's per-test timeout."""
    if _OVERRIDE:
        import pytest

        for item in items:
            if "tests/fuzz/" in str(item.path).replace("\\", "/"):
                item.add_marker(pytest.mark.timeout(0))


def count(target: str) -> None:
    GENERATED[target] += 1


def pytest_terminal_summary(terminalreporter) -> None:
    if not GENERATED:
        return
    total = sum(GENERATED.values())
    parts = ", ".join(f"{k} {v}" for k, v in sorted(GENERATED.items()))
    terminalreporter.write_line(f"fuzz: {total} generated inputs ({parts})")
