"""``linkdesk demo``: the whole NEIS linking flow on the embedded sandbox, step by step in Korean.

For a newcomer on a machine without a screen: it needs no configuration, sends nothing anywhere
(training mode, whatever the configuration says), and keeps its data in a throw-away folder unless
``--data-dir`` is given. It plays the training scenario's showcase people (made-up numbers, shown
masked): a student's records linked to NEIS, the same student again (nothing is sent twice), and a
NEIS outage (the send waits in the outbox and goes out once NEIS is back).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from linkdesk.cli.context import EXIT_OK, add_common_options, command, load_cli_config, open_cli_core
from linkdesk.cli.link_output import print_report
from linkdesk.cli.outbox_cmd import STATUS_KO
from linkdesk.config import Config, DatabaseConfig, PartnersConfig
from linkdesk.domain.rrn import mask_rrn
from linkdesk.logs import setup_logging
from linkdesk.partners.models import Captcha
from linkdesk.services.core import Core
from linkdesk.services.dispatcher import Dispatcher
from linkdesk.services.link_run import LinkRequest, run_link
from linkdesk.store import outbox

FIRST, SECOND = "V-1001", "V-1004"  # the showcase's 김민준 and 최유나 (tests/fixtures/scenarios.py too)
NEIS_DOWN = {"partner": "neis", "operation": "submit", "kind": "http_503", "times": 0, "retry_after": 0}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="the whole linking flow on the embedded sandbox, explained in Korean")
    add_common_options(parser, json_output=False)
    parser.set_defaults(func=run)


def training_config(config: Config) -> Config:
    """The user's rules and centre, but the embedded sandbox and the training database."""
    return dataclasses.replace(config, partners=PartnersConfig(), database=DatabaseConfig())


@command
def run(args: argparse.Namespace) -> int:
    config = training_config(load_cli_config(args))
    given = getattr(args, "data_dir", None)
    with ExitStack() as stack:
        if given:
            folder = Path(given)
        else:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="linkdesk-demo-")))
            print(f"임시 데이터 폴더: {folder} (끝나면 지웁니다)", file=sys.stderr)
        stack.callback(setup_logging, None)  # close the log file before the folder goes
        core = stack.enter_context(open_cli_core(args, config=config, data_dir=folder))
        Demo(core, sys.stdout).play()
    return EXIT_OK


class Demo:
    def __init__(self, core: Core, out: TextIO) -> None:
        self.core = core
        self.out = out
        assert core.sandbox is not None, "the demo runs on the embedded sandbox only"
        self.state = core.sandbox.state
        self.people = {v["id"]: v for v in self.state.scenario.data["volunteers"] if v.get("student")}

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def play(self) -> None:
        self.say("LinkDesk 데모 — 연습용 가상 기관(sandbox)에서 나이스 봉사실적 연계의 전 과정을 보여 줍니다.")
        self.say(f"연습 시나리오의 오늘: {self.core.clock.now():%Y-%m-%d %H:%M} (가상 시계)")
        first = self.people.get(FIRST) or next(iter(self.people.values()), None)
        if first is None:
            self.say("이 시나리오에는 학생이 없어 데모를 진행할 수 없습니다.")
            return
        self.section("1. 학생의 봉사실적을 나이스로 연계합니다")
        self.link(first)
        self.section("2. 같은 학생을 다시 조회합니다: 이미 전송한 실적은 다시 보내지 않습니다 (미리보기)")
        self.link(first, dry_run=True)
        second = self.people.get(SECOND)
        if second is not None and second is not first:
            self.section("3. 나이스가 응답하지 않을 때: 전송대기열(outbox)에 남았다가 나중에 정확히 한 번 전송됩니다")
            self.outage(second)
        self.section("정리")
        counts = outbox.counts(self.core.store)
        self.say("전송대기열: " + " · ".join(f"{STATUS_KO[s]} {n}" for s, n in counts.items() if n))
        self.say(f"가상 나이스가 받은 실적: {len(self.state.neis_submissions)}건 (같은 실적이 두 번 들어간 일 없음)")
        self.say("화면으로 보려면 'linkdesk gui', 명령어 설명은 docs/cli.md를 보세요.")

    def section(self, title: str) -> None:
        self.say()
        self.say(f"■ {title}")

    def link(self, person: dict, dry_run: bool = False):
        school = person["student"]["school"]
        self.say(f"  성명 {person['name']} · 주민등록번호 {mask_rrn(person['rrn'])} (가상 번호) · 학교 코드 {school}")
        consent = person.get("consents", {}).get("1365") is None
        request = LinkRequest(person["name"], school, dry_run=dry_run, consent=consent)
        report = run_link(self.core, request, person["rrn"], solve_captcha=self.captcha_hint,
                          on_step=lambda step, text: self.say(f"  · {text}"))
        print_report(report, self.out)
        return report

    def captcha_hint(self, captcha: Captcha) -> str:
        """On a screen staff read the image; the demo takes the sandbox's answer, as training hints do."""
        with self.state.lock:
            text = self.state.captchas[captcha.captcha_id][0]
        self.say(f"  · 보안문자가 나왔습니다 (연습 모드 힌트: {text})")
        return text

    def outage(self, person: dict) -> None:
        from linkdesk.sandbox.faults import parse_fault

        self.state.faults.replace([parse_fault(NEIS_DOWN)])
        self.say("  (가상 나이스의 전송 창구를 멈췄습니다)")
        self.link(person)
        self.state.faults.replace([])
        self.state.clock.advance(60)
        self.core.sync_clock()
        self.say("  (나이스가 돌아왔습니다 — 한 시간 뒤, 'linkdesk outbox flush'가 하는 일)")
        for o in Dispatcher(self.core).flush():
            self.say(f"  · 전송대기열 #{o.item_id} {o.record_id}: {STATUS_KO.get(o.status, o.status)}")
