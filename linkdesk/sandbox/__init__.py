"""The partner sandbox: a real HTTP server on loopback implementing docs/partner-protocol.md.

Used by training mode (연습 모드), the demo and the tests. Scenario files are described in
docs/sandbox-scenarios.md; the bundled default scenario comes from :mod:`.default_scenario`.

The names below load on first use: a training command that never calls a partner (a certificate
issued from the local records) imports :mod:`.default_clock` only, not the server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from linkdesk.lazy import lazy_exports

if TYPE_CHECKING:
    from linkdesk.sandbox.scenario import Scenario, ScenarioError, load_scenario, parse_scenario
    from linkdesk.sandbox.server import SandboxServer

__all__ = ["SandboxServer", "Scenario", "ScenarioError", "load_scenario", "parse_scenario"]

_HOME = {"SandboxServer": "server", "Scenario": "scenario", "ScenarioError": "scenario",
         "load_scenario": "scenario", "parse_scenario": "scenario"}

__getattr__ = lazy_exports(__name__, globals(), _HOME)
