"""Asking for the 주민등록번호 and the 보안문자 on the command line — never through argv or env.

* stdin is a terminal: the number is typed at a hidden ``getpass`` prompt, the captcha text at a
  visible one (prompts go to stderr, so ``--json`` output on stdout stays clean);
* stdin is a pipe or a file (scripts, tests): the first line is the number, the second line the
  captcha answer (read only when a captcha is shown).

The captcha image goes to a temporary file readable by its owner only (``mkstemp``), its path is
printed, and the file is deleted as soon as the answer has been read, whatever happens.
"""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
from typing import TextIO

from linkdesk.errors import KnownError
from linkdesk.partners.models import Captcha


class InputMissing(KnownError):
    """Standard input ended before the expected line."""


class SecretInput:
    def __init__(self, stdin: TextIO | None = None, stderr: TextIO | None = None) -> None:
        self.stdin = stdin or sys.stdin
        self.stderr = stderr or sys.stderr
        self.interactive = self.stdin.isatty()

    def rrn(self) -> str:
        """The 주민등록번호 as typed or piped (parsed and checked later by the session)."""
        if self.interactive:
            text = getpass.getpass("주민등록번호 (입력 내용은 화면에 표시되지 않습니다): ", stream=self.stderr)
        else:
            text = self._line("주민등록번호가 표준 입력으로 전달되지 않았습니다 (첫째 줄).",
                              "No resident registration number on standard input (line 1).", "rrn_missing")
        return text.strip()

    def captcha(self, captcha: Captcha) -> str:
        """Save the image, say where, read the answer, delete the image."""
        fd, path = tempfile.mkstemp(prefix="linkdesk-captcha-", suffix=".png")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as image:
                image.write(captcha.png)
            self.stderr.write(f"보안문자 이미지: {path}\n")
            self.stderr.write("이미지를 열어 보이는 글자를 입력하세요.\n")
            self.stderr.flush()
            if self.interactive:
                self.stderr.write("보안문자: ")
                self.stderr.flush()
            return self._line("보안문자 답이 표준 입력으로 전달되지 않았습니다 (둘째 줄).",
                              "No captcha answer on standard input (line 2).", "captcha_missing").strip()
        finally:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass

    def _line(self, ko: str, en: str, code: str) -> str:
        line = self.stdin.readline()
        if not line:
            raise InputMissing(ko, en, code=code)
        return line.rstrip("\r\n")
