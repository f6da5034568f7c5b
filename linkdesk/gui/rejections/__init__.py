"""반려 실적 (rejection follow-up): the area widget. ``build_area(core, runner)``."""

from linkdesk.gui.rejections.area import RejectionsArea, build_area

__all__ = ["RejectionsArea", "build_area"]
