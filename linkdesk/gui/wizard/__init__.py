"""The NEIS linking wizard (주민번호입력(실명인증) ➤ 소속학교 선택 ➤ 학생정보확인 ➤ 실적선택 ➤ 실적전송).

One file per page; :class:`~linkdesk.gui.wizard.wizard.LinkingWizard` puts them together. The flow is
the session's (:mod:`linkdesk.services.linking`); the pages only show it and start its steps through
the task runner.
"""

from linkdesk.gui.wizard.wizard import LinkingWizard

__all__ = ["LinkingWizard"]
