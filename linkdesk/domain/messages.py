"""A message that staff read, in Korean and English, with a machine-readable code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    code: str
    ko: str
    en: str

    def text(self, lang: str = "ko") -> str:
        return self.en if lang.startswith("en") else self.ko

    def __str__(self) -> str:
        return self.ko
