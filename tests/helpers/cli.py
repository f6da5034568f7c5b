"""Running ``python -m linkdesk`` as a real subprocess, with every folder it may write in tmp_path.

The environment is cleaned of the caller's LinkDesk settings; the config folder (XDG_CONFIG_HOME),
the platform data folder (XDG_DATA_HOME) and the temporary folder (TMPDIR) all point into
``tmp_path``, so a privacy scan of ``tmp_path`` covers everything the command could write.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120  # seconds; a guard against a hung test only
INHERITED_OUT = ("LINKDESK_API_KEY", "LINKDESK_CONFIG", "LINKDESK_DATA_DIR", "LINKDESK_SANDBOX_SCENARIO")


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in INHERITED_OUT}
    for name in ("xdg-config", "xdg-data", "tmp"):
        (tmp_path / name).mkdir(exist_ok=True)
    env.update(XDG_CONFIG_HOME=str(tmp_path / "xdg-config"), XDG_DATA_HOME=str(tmp_path / "xdg-data"),
               TMPDIR=str(tmp_path / "tmp"), PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "linkdesk", *args]


def run_cli(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(command(*args), input=stdin, capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=TIMEOUT, encoding="utf-8")


def json_of(result: subprocess.CompletedProcess) -> dict:
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as exc:
        raise AssertionError(f"not JSON ({exc}); rc={result.returncode}\nstdout:\n{result.stdout}\n"
                             f"stderr:\n{result.stderr}") from None


def write_config(path: Path, sandbox_url: str, *, database_url: str = "", lease_seconds: int = 120,
                 backoff_base_seconds: int = 30) -> Path:
    """A configuration on the given gateway (the API key comes from LINKDESK_API_KEY)."""
    text = (
        "[partners]\n"
        f'base_url = "{sandbox_url}"\n'
        "read_timeout = 15.0\n"
        "retries = 0\n"
        "max_retry_wait = 2.0\n"
        "[outbox]\n"
        f"backoff_base_seconds = {backoff_base_seconds}\n"
        f"lease_seconds = {lease_seconds}\n"
    )
    if database_url:
        text += f'[database]\nurl = "{database_url}"\n'
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
