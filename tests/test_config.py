"""Configuration: declared defaults, unknown keys refused, secrets from the environment first."""

from __future__ import annotations

import pytest

from linkdesk.config import ConfigError, load_config


def write(tmp_path, text):
    p = tmp_path / "centre.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_nothing_configured_is_training_mode(tmp_path, monkeypatch):
    monkeypatch.delenv("LINKDESK_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    cfg = load_config()
    assert cfg.training and cfg.rules.weekday_hours == 2 and cfg.security.idle_lock_minutes == 10


def test_a_gateway_url_leaves_training_mode_and_partner_urls_override(tmp_path, monkeypatch):
    monkeypatch.delenv("LINKDESK_API_KEY", raising=False)
    cfg = load_config(write(tmp_path, """
[partners]
base_url = "https://gateway.example.kr"
api_key = "from-file"
read_timeout = 20
[partners.urls]
neis = "https://neis-gw.example.kr"
[centre]
name = "성북구자원봉사센터"
"""))
    assert not cfg.training
    assert cfg.partner_url("neis") == "https://neis-gw.example.kr"
    assert cfg.partner_url("vms") == "https://gateway.example.kr"
    assert cfg.partners.read_timeout == 20.0
    monkeypatch.setenv("LINKDESK_API_KEY", "from-env")
    assert cfg.api_key() == "from-env"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[partners]\nbase_ur = 'x'\n", "partners.base_ur: unknown setting"),
        ("[rules]\nweekday_hours = 'two'\n", "rules.weekday_hours: expected int"),
        ("[partners.urls]\nnice = 'https://x'\n", "partners.urls.nice: unknown partner"),
        ("[ui]\ntheme = 'pink'\n", "ui.theme"),
        ("partners = 3\n", "partners: expected a table"),
        ("[partners\n", "not valid TOML"),
    ],
)
def test_a_bad_file_names_the_setting(tmp_path, text, where):
    with pytest.raises(ConfigError) as e:
        load_config(write(tmp_path, text))
    assert where in str(e.value)


def test_an_explicit_missing_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")
