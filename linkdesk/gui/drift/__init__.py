"""연계 점검 (drift check) area. ``build_area(core, runner)``."""

from linkdesk.gui.drift.area import DriftArea, build_area

__all__ = ["DriftArea", "build_area"]
