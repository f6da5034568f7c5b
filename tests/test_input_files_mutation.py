"""Every file LinkDesk reads fails cleanly (issue 16 point 6): configuration and scenario files,
mutated systematically (every setting × wrong types, out-of-range, deleted, unknown keys) and at
random (hypothesis), either load or raise the one error kind of their reader (``ConfigError``,
``ScenarioError``) with the field's path — never another exception."""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkdesk.config import Config, ConfigError, load_config
from linkdesk.sandbox.scenario import ScenarioError, load_scenario, parse_scenario
from linkdesk.sandbox.state import SandboxState
from linkdesk.services.core import partner_settings
from tests.fixtures import scenarios as S

# TOML spellings of values of every type, in and out of range
TOML_VALUES = ['""', '"x"', '"https://gw.example"', '"http://example.com"', '"ftp://x"', "0", "-1", "1",
               "99999999999999999", "0.0", "-0.5", "1e308", "nan", "inf", "true", "[]", "[1, 2]", "{}",
               "{ a = 1 }", "1979-05-27", "1979-05-27T07:32:00Z", '"' + "가" * 3000 + '"']


def config_settings(obj=None, path: str = "") -> Iterator[str]:
    """Every setting's dotted path (``partners.read_timeout`` …)."""
    for f in fields(obj or Config()):
        if f.name == "source":
            continue
        value = getattr(obj or Config(), f.name)
        if is_dataclass(value):
            yield from config_settings(value, f.name)
        else:
            yield f"{path}.{f.name}" if path else f.name


def toml_with(where: str, value: str) -> str:
    section, key = where.split(".")
    return f'[partners]\nbase_url = "https://gw.example"\n\n[{section}]\n{key} = {value}\n' \
        if section != "partners" else f"[partners]\n{key} = {value}\n"


def load_or_config_error(path: Path) -> Config | None:
    try:
        cfg = load_config(path)
    except ConfigError as exc:
        assert str(exc).strip()
        return None
    if not cfg.training:
        partner_settings(cfg)  # what start-up builds from it: must not raise either
    return cfg


CONFIG_CASES = [(w, v) for w in config_settings() for v in TOML_VALUES]


def test_every_setting_with_every_kind_of_value_loads_or_names_itself(tmp_path):
    path = tmp_path / "c.toml"
    refused = 0
    for where, value in CONFIG_CASES:
        path.write_text(toml_with(where, value), encoding="utf-8")
        try:
            cfg = load_config(path)
        except ConfigError as exc:
            refused += 1
            assert where in str(exc) or "partners.base_url" in str(exc), (where, value, str(exc))
            continue
        if not cfg.training:
            partner_settings(cfg)
    print(f"configuration mutations: {len(CONFIG_CASES)} files, {refused} refused cleanly")
    assert refused > len(CONFIG_CASES) // 2


@pytest.mark.parametrize(("text", "where"), [
    ("[outbox]\nlease_seconds = 0\n", "outbox.lease_seconds"),
    ("[security]\nlockout_attempts = -3\n", "security.lockout_attempts"),
    ("[security]\nlockout_minutes = -1\n", "security.lockout_minutes"),
    ("[security]\nidle_lock_minutes = 0\n", "security.idle_lock_minutes"),
    ("[partners]\nread_timeout = nan\n", "partners.read_timeout"),
    ("[partners]\nretries = 1000\n", "partners.retries"),
    ("[partners]\nbase_url = \"http://gateway.example\"\n", "partners.base_url"),
    ("[partners.urls]\nneis = 3\n", "partners.urls.neis"),
    ("[outbox]\nbackoff_base_seconds = 600\nbackoff_cap_seconds = 60\n", "outbox.backoff_cap_seconds"),
    ("[database]\nurl = \"mysql://x\"\n", "database.url"),
    ("[partners]\nca_bundle = \"/no/such/ca.pem\"\n", "partners.ca_bundle"),
])
def test_out_of_range_and_wrong_settings_are_refused_with_their_path(tmp_path, text, where):
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert where in str(caught.value) and str(path) in str(caught.value)


def test_a_folder_or_unreadable_bytes_as_configuration_are_config_errors(tmp_path):
    with pytest.raises(ConfigError):
        load_config(tmp_path)  # a folder
    path = tmp_path / "c.toml"
    path.write_bytes(b"\xff\xfe[partners]\x00")
    with pytest.raises(ConfigError):
        load_config(path)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | st.text(max_size=300))
def test_random_configuration_files_load_or_fail_cleanly(tmp_path, content):
    path = tmp_path / "random.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    load_or_config_error(path)


# -- scenario files --------------------------------------------------------------------------------
SCENARIO_VALUES = [None, "", "x", -1, 0, 10**30, 1.5, math.nan, math.inf, True, [], {}, [[[]]], {"a": 1},
                   "2026-99-99", "9999-12-31T23:59:59+09:00", "0001-01-01T00:00:00+09:00", "０１２", "1" * 3000,
                   "25:61", "-5", "2026-02-30"]
DELETE = object()


def scenario_paths(node, prefix=()) -> Iterator[tuple]:
    if prefix:
        yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from scenario_paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node[:2]):  # the first two of each list: the shapes repeat
            yield from scenario_paths(v, (*prefix, i))


def mutated(base: dict, path: tuple, value) -> dict:
    doc = copy.deepcopy(base)
    node = doc
    for k in path[:-1]:
        node = node[k]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return doc


def parse_or_scenario_error(doc) -> None:
    try:
        scenario = parse_scenario(doc)
    except ScenarioError as exc:
        assert str(exc).strip()
        return
    json.dumps(scenario.to_dict())  # a scenario that loads is JSON again (what training mode caches)
    SandboxState(scenario)  # and the sandbox can be built from it (people, records, clock, faults)


def trimmed_default() -> dict:
    """The bundled training scenario cut to a few people (every shape: students, VMS, Red Cross, RCY)
    and the schools they name, so each mutation parses in milliseconds."""
    from linkdesk.sandbox.default_scenario import load_default

    doc = load_default()
    doc["volunteers"] = doc["volunteers"][:6]
    named = json.dumps(doc["volunteers"])
    doc["schools"] = [s for s in doc["schools"] if f'"{s["code"]}"' in named]
    doc["rcy"] = doc["rcy"][:2]
    parse_scenario(doc)  # the starting point itself is valid
    return doc


@pytest.mark.parametrize("start", ["test scenario", "training scenario"])
def test_every_field_of_a_scenario_with_every_kind_of_value_loads_or_names_its_path(start):
    base = S.small_scenario() if start == "test scenario" else trimmed_default()
    cases = [(p, v) for p in scenario_paths(base) for v in [*SCENARIO_VALUES, DELETE]]
    for path, value in cases:
        parse_or_scenario_error(mutated(base, path, value))
    print(f"scenario mutations: {len(cases)} documents")
    assert len(cases) > 1000


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                    max_leaves=20))
def test_random_json_documents_are_scenarios_or_scenario_errors(doc):
    parse_or_scenario_error(doc)


def test_unreadable_scenario_files_are_scenario_errors(tmp_path):
    for content in (b"", b"\xff\xfe{", b"[" * 100_000, b'{"schools": ' + b"[" * 5000 + b"]" * 5000 + b"}"):
        path = tmp_path / "s.json"
        path.write_bytes(content)
        with pytest.raises(ScenarioError):
            load_scenario(path)
    with pytest.raises(ScenarioError):
        load_scenario(tmp_path)  # a folder
