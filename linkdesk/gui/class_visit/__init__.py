"""학급 단위 연계 (class visit mode): the area widget and its parts. ``build_area(core, runner)``.

The area is imported when first asked for (PEP 562): the wizard's slip bar imports
``class_visit.output`` at start-up, and that must not build the whole area's imports with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linkdesk.gui.class_visit.area import ClassVisitArea, build_area

__all__ = ["ClassVisitArea", "build_area"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("linkdesk.gui.class_visit.area"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
