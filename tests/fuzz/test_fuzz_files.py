"""Input files: sandbox scenario files (a valid scenario mutated, and text that is hardly JSON) and
configuration files (every known setting with any TOML value, unknown settings, and a valid file
with characters flipped). Only ``ScenarioError`` / ``ConfigError`` may come out — with the field
path in the message."""

from __future__ import annotations

import json
import math
import tempfile
from dataclasses import fields, is_dataclass
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from linkdesk.config import Config, ConfigError, load_config
from linkdesk.sandbox.scenario import ScenarioError, load_scenario, parse_scenario
from tests.fixtures.scenarios import small_scenario
from tests.fuzz.conftest import count, fuzz_settings
from tests.fuzz.mutate import mutated

SCENARIO = small_scenario(faults=[{"partner": "neis", "operation": "submit", "kind": "http_503", "times": 1}])
TMP = Path(tempfile.mkdtemp(prefix="linkdesk-fuzz-"))


def loads_or_names(load, error: type[Exception], name: str, text: str) -> None:
    """``text`` written to a file and loaded: a result, or ``error`` with a message."""
    path = TMP / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load(path)
    except error as exc:
        assert str(exc)


# -- scenario files ---------------------------------------------------------------------------------

@fuzz_settings(1500)
@given(mutated(SCENARIO))
def test_a_mutated_scenario_loads_or_names_the_field(doc):
    count("scenario files")
    try:
        parse_scenario(doc)
    except ScenarioError as exc:
        assert str(exc)


VALID_TEXT = json.dumps(small_scenario(), ensure_ascii=False)


@st.composite
def damaged_text(draw, text: str) -> str:
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(text)))
        text = text[:i] + draw(st.text(max_size=3)) + text[i + draw(st.integers(0, 5)):]
    return text


@fuzz_settings(500)
@given(st.one_of(damaged_text(VALID_TEXT), st.text(max_size=60)))
def test_a_damaged_scenario_file_is_a_scenario_error(text):
    count("scenario files")
    loads_or_names(load_scenario, ScenarioError, "scenario.json", text)


# -- configuration files ----------------------------------------------------------------------------

def _known(obj, prefix: str = "") -> list[str]:
    out = []
    for f in fields(obj):
        value = getattr(obj, f.name)
        name = f"{prefix}{f.name}"
        out += _known(value, f"{name}.") if is_dataclass(value) else [name]
    return out


KNOWN = [k for k in _known(Config()) if k != "source"]
TOML_VALUES = (st.booleans() | st.integers(min_value=-(2**63), max_value=2**63 - 1) | st.floats()
               | st.text(max_size=20) | st.lists(st.integers(-5, 5), max_size=3)
               | st.sampled_from(["https://gw.example.kr", "http://10.0.0.1", "http://127.0.0.1:1", "light", "ko",
                                  "dark", "sqlite:///x.db", "", "postgresql+psycopg://u@h/db"]))


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value)  # a TOML basic string (JSON escapes are TOML escapes)


@st.composite
def config_text(draw) -> str:
    chosen = draw(st.dictionaries(st.sampled_from([*KNOWN, "partners.nope", "centre.x.y", "zzz", "partners.urls.neis",
                                                   "partners.urls.nice"]), TOML_VALUES, max_size=6))
    lines = []
    for key, value in sorted(chosen.items()):
        table, _, name = key.rpartition(".")
        lines += [f"[{table}]" if table else "", f"{name} = {_toml(value)}"]
    return "\n".join(line for line in lines if line) + "\n"


@fuzz_settings(1200)
@given(st.one_of(config_text(), config_text().flatmap(damaged_text)))
def test_any_configuration_file_loads_or_names_the_setting(text):
    count("configuration files")
    loads_or_names(load_config, ConfigError, "linkdesk.toml", text)
