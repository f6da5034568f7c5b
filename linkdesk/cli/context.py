"""What every core command shares: options, the Core, logging, errors, JSON and progress output.

A command module does ``@command`` on its ``run(args)``, opens the Core with :func:`open_cli_core`,
calls services and prints. Exit codes (docs/cli.md):

* 0 — done; 1 — a known error (partner, input, configuration, database), its Korean message on
  stderr (and ``{"error": {"code", "message"}}`` on stdout with ``--json``); 2 — a usage error;
  3 — done, but at least one record was refused (``failed``); 70 — a bug (a redacted traceback on
  stderr and in the log); 130 — interrupted.

Training mode (no partner endpoint configured) starts the bundled sandbox in-process and says so on
stderr; ``LINKDESK_SANDBOX_SCENARIO=FILE`` replaces its scenario (tests, trainers). A configured
gateway that reports itself as a training gateway (``/v1/status`` ``"training": true``, e.g. a
separate ``linkdesk sandbox``) is followed in time like the embedded one, so its scenario date is
"today" and clock adjustments reach the outbox backoff.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from linkdesk.clock import Clock, OffsetClock
from linkdesk.config import Config, ConfigError, load_config
from linkdesk.domain.messages import Message
from linkdesk.domain.rrn import redact
from linkdesk.errors import known_message
from linkdesk.logs import setup_logging
from linkdesk.store.paths import resolve_data_dir

if TYPE_CHECKING:
    from linkdesk.services.core import Core

# The core (and with it SQLAlchemy and the models) is imported by open_cli_core, when a command
# opens it: parsing, --help and usage errors stay light.

log = logging.getLogger(__name__)

TRAINING_NOTICE = "연습 모드: 내장 가상 서버(sandbox)를 사용합니다 — 실제 기관에 전송되지 않습니다"
SCENARIO_ENV = "LINKDESK_SANDBOX_SCENARIO"

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REFUSED, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 70, 130


class UsageError(Exception):
    """Arguments that make no sense together (exit code 2, like argparse's own errors)."""


def add_common_options(parser: argparse.ArgumentParser, *, json_output: bool = True) -> None:
    """``--data-dir`` / ``--config`` also after the command name, and ``--json``."""
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder of the local database and logs")
    parser.add_argument("--config", default=argparse.SUPPRESS, help="configuration file (TOML)")
    add_staff_option(parser)
    if json_output:
        parser.add_argument("--json", action="store_true", help="machine-readable output on stdout (docs/cli.md)")


def add_staff_option(parser: argparse.ArgumentParser) -> None:
    """``--as USERNAME``: sign this staff member in for one command (the password is prompted)."""
    if "--as" not in parser._option_string_actions:
        parser.add_argument("--as", dest="as_staff", metavar="USERNAME",
                            help="sign in as this staff member for this command (password prompted; "
                                 "env LINKDESK_STAFF); see 'linkdesk login'")


def describe(exc: BaseException) -> Message | None:
    """The staff-facing message of an error the user can act on; None for a bug."""
    message = known_message(exc)  # partner, input, and database errors (``database``: StoreError, locked, disk I/O …)
    if message is not None:
        return message
    if isinstance(exc, ConfigError):
        return Message("config", f"설정 파일 오류: {exc}", f"Configuration error: {exc}")
    checks = sys.modules.get("linkdesk.sandbox.scenario_checks")  # loaded only when a scenario was read
    if checks is not None and isinstance(exc, checks.ScenarioError):
        return Message("scenario", f"연습 시나리오 파일 오류: {exc}", f"Scenario file error: {exc}")
    return None


def command(body: Callable[[argparse.Namespace], int | None]) -> Callable[[argparse.Namespace], int]:
    """Run a command body and turn its errors into exit codes and messages (see the module doc)."""

    @functools.wraps(body)
    def run(args: argparse.Namespace) -> int:
        try:
            return int(body(args) or EXIT_OK)
        except UsageError as exc:
            print(f"linkdesk {getattr(args, 'command', '')}: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except KeyboardInterrupt:
            print("\n중단했습니다.", file=sys.stderr)
            return EXIT_INTERRUPTED
        except BrokenPipeError:  # the reader went away (``| head``): not a bug, and say nothing more
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_ERROR
        except Exception as exc:
            message = describe(exc)
            if message is None:
                log.exception("unexpected error in 'linkdesk %s'", getattr(args, "command", ""))
                print(redact(traceback.format_exc()), file=sys.stderr)
                print("내부 오류입니다. 위 내용을 관리자에게 전달하세요 (로그에도 기록되었습니다).", file=sys.stderr)
                return EXIT_BUG
            report_error(args, message)
            return EXIT_ERROR

    return run


def report_error(args: argparse.Namespace, message: Message) -> None:
    print(message.ko, file=sys.stderr)
    if getattr(args, "json", False):
        print_json({"error": {"code": message.code, "message": message.ko}})


def load_cli_config(args: argparse.Namespace) -> Config:
    return load_config(getattr(args, "config", None))


def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def scenario_from_env() -> dict | None:
    """The training scenario named by ``LINKDESK_SANDBOX_SCENARIO`` (validated), or None."""
    path = os.environ.get(SCENARIO_ENV, "").strip()
    if not path:
        return None
    from linkdesk.sandbox.scenario import load_scenario

    return load_scenario(Path(path)).to_dict()


def follow_training_gateway(config: Config) -> Clock | None:
    """An :class:`OffsetClock` when the configured gateway says it is a training one, else None."""
    from linkdesk.partners import Gateway, PartnerError
    from linkdesk.services.core import partner_settings

    try:
        with Gateway(partner_settings(config)) as gateway:
            training = gateway.status().training
    except PartnerError as exc:
        log.info("gateway status unavailable (%s): the system clock is used", exc.code)
        return None
    return OffsetClock() if training else None


@contextmanager
def open_cli_core(args: argparse.Namespace, *, partners: bool = True, config: Config | None = None,
                  data_dir: Path | None = None, signin: bool = True) -> Iterator[Core]:
    """The Core for one command, closed afterwards. ``partners=False`` for offline commands (no
    gateway probe). Logs go to ``<data dir>/logs`` (redacted, owner-only).

    ``signin``: the command reads or changes a person's data, so a staff member must be signed in
    against a real gateway (:mod:`linkdesk.cli.signin`); ``False`` for commands that sign in
    themselves (``staff``, ``audit``) or touch no one's data — a ``--as`` or a saved session still
    names the staff member then."""
    from linkdesk.services.core import open_core

    config = config if config is not None else load_cli_config(args)
    folder = data_dir if data_dir is not None else data_dir_of(args)
    setup_logging(folder / "logs")
    scenario, clock = None, None
    if config.training:
        scenario = scenario_from_env()
        print(TRAINING_NOTICE, file=sys.stderr, flush=True)
    elif partners:
        clock = follow_training_gateway(config)
    core = open_core(config, folder, scenario=scenario, clock=clock)
    try:
        from linkdesk.cli.signin import establish

        establish(core, args, required=signin, training_gateway=(clock is not None) if partners else None)
        yield core
    finally:
        core.close()


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(obj: Any, stream: TextIO | None = None) -> None:
    """One JSON document (UTF-8, Korean as is) on stdout."""
    out = stream or sys.stdout
    out.write(json.dumps(obj, ensure_ascii=False, indent=2, default=_plain) + "\n")
    out.flush()


class Progress:
    """Progress of long work on stderr, shown only on a terminal (scripts and logs stay clean)."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._open = False

    def step(self, text: str) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K" + text)
            self.stream.flush()
            self._open = True

    def count(self, done: int, total: int | None, text: str = "") -> None:
        self.step(f"[{done}/{total}] {text}" if total else f"[{done}] {text}")

    def done(self) -> None:
        if self._open:
            self.stream.write("\n")
            self.stream.flush()
            self._open = False
