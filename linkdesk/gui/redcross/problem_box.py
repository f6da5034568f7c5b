"""A Red Cross failure case in place: what it is (소속이 2개, 정보 불일치, 연결 안 됨, 회원 아님) and the
route to resolve it (문의하기(비공개) 게시판 / 구호복지팀). Staff cannot fix these at the counter; they
tell the member where to ask, so the route is always shown with the message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from linkdesk.gui.widgets.tones import box_style
from linkdesk.services.redcross import Problem

translate = QCoreApplication.translate


class ProblemBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RcProblemBox")
        self.message = QLabel()
        self.message.setObjectName("RcProblemMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(box_style("#RcProblemMessage", "error"))
        self.route = QLabel()
        self.route.setObjectName("RcProblemRoute")
        self.route.setWordWrap(True)
        self.route.setStyleSheet(box_style("#RcProblemRoute", "info"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.message)
        layout.addWidget(self.route)
        self.problem: Problem | None = None
        self.show_problem(None)

    def show_problem(self, problem: Problem | None) -> None:
        self.problem = problem
        if problem is None:
            self.message.clear()
            self.route.clear()
            self.hide()
            return
        self.message.setText(problem.message)
        self.route.setText(translate("ProblemBox", "How to resolve: %1").replace("%1", problem.route))
        self.show()
