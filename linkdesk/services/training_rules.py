"""Training mode: the sandbox's NEIS decides with the same ``[rules]`` as LinkDesk's preview.

With a real gateway NEIS decides with its own rules; a preview made with other numbers is answered
``hours_differ`` (or ``record_ineligible``) and the record shows NEIS's reason (docs/configuration.md).
"""

from __future__ import annotations

from linkdesk.config import RulesConfig
from linkdesk.sandbox.scenario import Scenario, load_scenario

RULE_KEYS = ("weekday_hours", "holiday_hours", "max_daily_total", "labour_day_off", "constitution_day_off")


def with_rules(source: Scenario | dict, rules: RulesConfig) -> Scenario:
    """The scenario with its NEIS settings replaced by ``rules`` (a copy; a cached scenario is untouched)."""
    scenario = load_scenario(source)
    data = scenario.data
    neis = {**data["partners"]["neis"], **{k: getattr(rules, k) for k in RULE_KEYS}}
    return Scenario({**data, "partners": {**data["partners"], "neis": neis}})
