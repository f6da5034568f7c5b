"""The VMS area: 1365연계 결과조회 and 봉사실적 일괄전송."""

from linkdesk.gui.vms.area import VmsArea, build_area

__all__ = ["VmsArea", "build_area"]
