"""The certificates area: 자원봉사 실적 확인서 발급, 발급대장 (reissue, void), 진위확인, print and PDF."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linkdesk.gui.certificates.area import CertificatesArea, build_area

__all__ = ["CertificatesArea", "build_area"]


def __getattr__(name: str) -> Any:  # PEP 562: the area is imported when first asked for
    if name in __all__:
        return getattr(importlib.import_module("linkdesk.gui.certificates.area"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
