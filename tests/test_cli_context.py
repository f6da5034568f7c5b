"""The CLI's shared machinery in-process: exit codes, error output, JSON, progress, stdin input."""

from __future__ import annotations

import argparse
import io
import json
from datetime import date, datetime

from linkdesk.cli.context import EXIT_BUG, EXIT_ERROR, EXIT_USAGE, Progress, UsageError, command, print_json
from linkdesk.cli.prompts import InputMissing, SecretInput
from linkdesk.errors import KnownError
from linkdesk.partners.models import Captcha
from tests.fixtures import scenarios as S


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def args(**kw) -> argparse.Namespace:
    return argparse.Namespace(command="test", **kw)


def test_exit_codes_and_messages(capsys):
    @command
    def usage(a):
        raise UsageError("--select: bad")

    @command
    def known(a):
        raise KnownError("실명인증 정보가 일치하지 않습니다.", "mismatch", code="identity_mismatch")

    @command
    def bug(a):
        raise RuntimeError(f"broken with {S.RRN_STUDENT}")

    assert usage(args()) == EXIT_USAGE and "--select: bad" in capsys.readouterr().err
    assert known(args(json=True)) == EXIT_ERROR
    out, err = capsys.readouterr()
    assert json.loads(out) == {"error": {"code": "identity_mismatch", "message": "실명인증 정보가 일치하지 않습니다."}}
    assert "실명인증 정보가 일치하지 않습니다." in err
    assert known(args(json=False)) == EXIT_ERROR and capsys.readouterr().out == ""
    assert bug(args()) == EXIT_BUG
    out, err = capsys.readouterr()
    assert "RuntimeError" in err and "120315-3******" in err and S.RRN_STUDENT not in err


def test_json_output_keeps_korean_and_dates():
    buf = io.StringIO()
    print_json({"이름": "김민준", "day": date(2026, 5, 15), "at": datetime(2026, 5, 15, 10, 0)}, buf)
    assert json.loads(buf.getvalue()) == {"이름": "김민준", "day": "2026-05-15", "at": "2026-05-15T10:00:00"}
    assert "김민준" in buf.getvalue()


def test_progress_only_on_a_terminal():
    pipe = io.StringIO()
    quiet = Progress(pipe)
    quiet.count(1, 3, "neis_submit")
    quiet.done()
    assert pipe.getvalue() == ""
    tty = FakeTty()
    shown = Progress(tty)
    shown.count(2, 3, "neis_submit")
    shown.done()
    assert "[2/3] neis_submit" in tty.getvalue() and tty.getvalue().endswith("\n")


def test_piped_input_gives_the_number_then_the_captcha_answer(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    err = io.StringIO()
    reader = SecretInput(io.StringIO(f"{S.RRN_STUDENT}\nABC123\n"), err)
    assert reader.rrn() == S.RRN_STUDENT
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
    assert reader.captcha(Captcha(True, "c-1", png)) == "ABC123"
    assert "보안문자 이미지: " in err.getvalue() and list(tmp_path.iterdir()) == []  # the image is gone
    try:
        reader.captcha(Captcha(True, "c-2", png))
    except InputMissing as exc:
        assert exc.code == "captcha_missing"
    else:
        raise AssertionError("a missing answer must be an error")
    assert list(tmp_path.iterdir()) == []
