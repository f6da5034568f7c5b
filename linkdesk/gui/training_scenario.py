"""``LINKDESK_SANDBOX_SCENARIO`` for the window, as the CLI reads it (trainers preparing a class).

In training mode the named scenario JSON replaces the bundled one of the embedded sandbox; with a
partner gateway configured the variable is ignored (the real partners answer). The file is read and
checked before any window appears: a bad one ends ``linkdesk gui`` with its field path (exit 2),
like a bad configuration file. Nothing is imported unless the variable is set.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from linkdesk.config import Config

log = logging.getLogger(__name__)

SCENARIO_ENV = "LINKDESK_SANDBOX_SCENARIO"  # the CLI's name (linkdesk.cli.context)


class ScenarioFileError(Exception):
    """The scenario file named by the variable cannot be used; ``str()`` says why, in both languages."""


def training_scenario(config: Config) -> dict | None:
    """The scenario the training sandbox runs, or None for the bundled one."""
    path = os.environ.get(SCENARIO_ENV, "").strip()
    if not path or not config.training:
        return None
    from linkdesk.cli.context import scenario_from_env  # the one reader, shared with the CLI
    from linkdesk.sandbox.scenario_checks import ScenarioError

    try:
        scenario = scenario_from_env()
    except ScenarioError as exc:
        raise ScenarioFileError(f"연습 시나리오 파일 오류 (scenario file error): {exc}") from None
    log.info("training scenario from %s: %s", SCENARIO_ENV, Path(path).name)
    return scenario
