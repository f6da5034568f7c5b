"""전송 대기 목록 (pending review): the area widget and its parts. ``build_area(core, runner)``."""

from linkdesk.gui.pending.area import PendingArea, build_area

__all__ = ["PendingArea", "build_area"]
