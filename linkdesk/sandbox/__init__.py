"""The partner sandbox: a real HTTP server on loopback implementing docs/partner-protocol.md.

Used by training mode (연습 모드), the demo and the tests. Scenario files are described in
docs/sandbox-scenarios.md; the bundled default scenario comes from :mod:`.default_scenario`.
"""

from linkdesk.sandbox.scenario import Scenario, ScenarioError, load_scenario, parse_scenario
from linkdesk.sandbox.server import SandboxServer

__all__ = ["SandboxServer", "Scenario", "ScenarioError", "load_scenario", "parse_scenario"]
