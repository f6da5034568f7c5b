"""The Red Cross area: 나의 봉사, 적십자 활동 연결, 1365 연계 동의 and renewal, expiring consents, RCY."""

from linkdesk.gui.redcross.area import RedCrossArea, build_area

__all__ = ["RedCrossArea", "build_area"]
