"""학급 단위 연계 (class visit mode): the area widget and its parts. ``build_area(core, runner)``."""

from linkdesk.gui.class_visit.area import ClassVisitArea, build_area

__all__ = ["ClassVisitArea", "build_area"]
