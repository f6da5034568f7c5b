"""현황 (the centre's dashboard) area. ``build_area(core, runner)``."""

from linkdesk.gui.dashboard.area import DashboardArea, build_area

__all__ = ["DashboardArea", "build_area"]
