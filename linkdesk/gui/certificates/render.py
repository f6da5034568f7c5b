"""ONE rendering path for the certificate: print preview, printing and PDF all call :func:`render`.

The layout is computed first (a list of drawing steps per page, measured on the target device),
then painted, so every page knows the page count ("1 / 3"). A long activity list continues over
pages with the table header repeated; the totals row stays with the table; the closing block
(confirmation sentence, date, centre, 직인, QR and verification code) moves to a new page whole
when it does not fit. Fields: DOMAIN.md §9. The certificate prints only what it stores
(:class:`linkdesk.services.certificates.CertificateDoc`): a reprint is identical.

Marks across every page: a training certificate (``doc.sample``) carries a large **견본**, a preview
before issue (``doc.is_preview``) says **발급 전 미리보기** and has no number, QR or code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter

from linkdesk.gui.certificates.render_parts import (
    SHADE,
    Sheet,
    draw_qr,
    draw_seal,
    draw_watermark,
    load_seal,
    paint_pages,
)
from linkdesk.services.certificate_content import CONFIRMATION, VALID_DAYS, count_text, row_minutes_text, total_text
from linkdesk.services.certificates import CertificateDoc

Op = Callable[[QPainter], None]
A = Qt.AlignmentFlag
LEFT, CENTER = A.AlignLeft | A.AlignVCenter, A.AlignCenter
TITLE = "자원봉사 실적 확인서"
MARGIN_X, TOP, BOTTOM = 18.0, 15.0, 20.0  # the footer lives in the bottom margin
PAD_X, PAD_Y = 1.6, 1.3
# (header, width in mm on A4, alignment): 174 mm between the margins.
COLUMNS = (("번호", 9.0, CENTER), ("봉사일", 22.0, CENTER), ("장소/수요처", 39.0, LEFT),
           ("활동내용", 58.0, LEFT), ("시간", 46.0, CENTER))
CLOSING_HEIGHT = 92.0


def korean_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year}년 {d.month}월 {d.day}일"


class _Layout:
    def __init__(self, doc: CertificateDoc, sheet: Sheet, seal_image: str) -> None:
        self.doc, self.c, self.s = doc, doc.content, sheet
        self.seal = load_seal(doc.seal_png or seal_image)
        self.left, self.width = MARGIN_X, sheet.width - 2 * MARGIN_X
        scale = self.width / sum(w for _, w, _ in COLUMNS)
        self.cols = [(name, w * scale, align) for name, w, align in COLUMNS]
        self.bottom = sheet.height - BOTTOM
        self.pages: list[list[Op]] = [[]]
        self.y = TOP
        self.body = sheet.font(9.0)
        self.bold = sheet.font(9.0, bold=True)

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def text(self, box, text, font, flags=LEFT, color=None) -> None:
        s = self.s
        self.add(lambda p: s.draw_text(p, box, text, font, flags, *([color] if color else [])))

    def build(self) -> list[list[Op]]:
        self.first_page_header()
        self.table_header()
        for i, row in enumerate(self.c["rows"], 1):
            self.row(i, row)
        self.totals()
        if self.y + CLOSING_HEIGHT > self.bottom:
            self.new_page(table_header=False)
        self.closing()
        return self.pages

    def new_page(self, *, table_header: bool) -> None:
        self.pages.append([])
        self.y = TOP
        line = f"{TITLE} (계속) · 성명 {self.c['name']} · 발급번호 {self.c['number']}"
        self.text((self.left, self.y, self.width, 6), line, self.s.font(9.0))
        self.y += 9
        if table_header:
            self.table_header()

    def first_page_header(self) -> None:
        s, c, x, w = self.s, self.c, self.left, self.width
        self.text((x, self.y, w, 5), f"발급번호: {c['number']}", s.font(9.5))
        self.y += 10
        self.text((x, self.y, w, 14), TITLE, s.font(22, bold=True), CENTER)
        self.y += 22
        identity_label = "주민등록번호" if c["identity"]["kind"] == "masked_number" else "생년월일"
        period = f"{c['period']['from']} ~ {c['period']['to']}"
        label_w, value_w = 24.0 * self.width / 174, 63.0 * self.width / 174
        rows = [
            [("성명", c["name"]), (identity_label, c["identity"]["text"] or "-")],
            [("소속/학교", c["affiliation"] or "-"), ("활동기간", period)],
            [("발급용도", c["purpose"])],
        ]
        font = s.font(10.0)
        for pairs in rows:
            h = max(9.0, *(s.text_height(v, font, value_w - 2 * PAD_X, LEFT) + 2 * PAD_Y for _, v in pairs))
            cx = x
            for label, value in pairs:
                vw = value_w if len(pairs) == 2 else w - label_w
                self.cell((cx, self.y, label_w, h), label, s.font(10.0, bold=True), CENTER, shade=True)
                self.cell((cx + label_w, self.y, vw, h), value, font, LEFT)
                cx += label_w + vw
            self.y += h
        self.y += 7
        self.text((x, self.y, w, 6), "활동 내역", s.font(11, bold=True))
        self.y += 7.5

    def cell(self, box, text, font, flags, *, shade: bool = False) -> None:
        s = self.s
        x, y, w, h = box
        self.add(lambda p: s.draw_box(p, box, fill=SHADE if shade else None))
        self.text((x + PAD_X, y + PAD_Y, w - 2 * PAD_X, h - 2 * PAD_Y), text, font, flags)

    def table_header(self) -> None:
        x = self.left
        for name, w, _ in self.cols:
            self.cell((x, self.y, w, 8.0), name, self.bold, CENTER, shade=True)
            x += w
        self.y += 8.0

    def row(self, index: int, r: dict) -> None:
        minutes = row_minutes_text(r["minutes"])
        cells = [str(index), r["date"], r["organization"], r["activity"],
                 f"{r['time']} ({minutes})" if r["time"] else minutes]
        h = max(6.5, *(self.s.text_height(t, self.body, w - 2 * PAD_X, a) + 2 * PAD_Y
                       for t, (_, w, a) in zip(cells, self.cols)))
        if self.y + h > self.bottom:
            self.new_page(table_header=True)
        x = self.left
        for text, (_, w, align) in zip(cells, self.cols):
            self.cell((x, self.y, w, h), text, self.body, align)
            x += w
        self.y += h

    def totals(self) -> None:
        if self.y + 9 > self.bottom:
            self.new_page(table_header=True)
        w3 = sum(w for _, w, _ in self.cols[:3])
        x = self.left
        for text, w in (("합계", w3), (count_text(self.c["count"]), self.cols[3][1]),
                        (total_text(self.c["total_minutes"]), self.cols[4][1])):
            self.cell((x, self.y, w, 9.0), text, self.bold, CENTER, shade=True)
            x += w
        self.y += 9.0

    def closing(self) -> None:
        s, c, x, w = self.s, self.c, self.left, self.width
        y = self.y + 10
        self.text((x, y, w, 8), CONFIRMATION, s.font(13, bold=True), CENTER)
        self.text((x, y + 11, w, 7), korean_date(c["issued_on"]), s.font(12), CENTER)
        name_font = s.font(16, bold=True)
        name = c["centre"]["name"]
        self.text((x, y + 22, w, 10), name, name_font, CENTER)
        seal_x = x + w / 2 + s.text_width(name, name_font) / 2 + 1.5  # the 직인 right after the name
        seal, centre = self.seal, name
        self.add(lambda p: draw_seal(s, p, seal, centre, seal_x, y + 16, 22))
        people = f"확인자 성명: {c['centre']['confirmer']}   전화번호: {c['centre']['phone']}"
        self.text((x, y + 40, w, 6), people, s.font(10), CENTER)
        if c["centre"].get("address"):
            self.text((x, y + 45.5, w, 5), f"주소: {c['centre']['address']}", s.font(9), CENTER)
        self.verification_box(y + 52)
        self.y = y + CLOSING_HEIGHT

    def verification_box(self, y: float) -> None:
        s, c, x, w = self.s, self.c, self.left, self.width
        h, qr = 33.0, 29.0
        self.add(lambda p: s.draw_box(p, (x, y, w, h), pen_mm=0.3))
        tx, tw = x + qr + 6, w - qr - 9
        if self.doc.code is None:  # a preview: the codes exist only once the number is issued
            self.text((tx, y + 2.5, tw, 5), "진위확인 코드", s.font(9.5, bold=True))
            self.text((tx, y + 9, tw, 12), "발급하면 발급번호, 진위확인 코드와 QR 코드가 여기에 인쇄됩니다.", s.font(10))
            return
        data = self.doc.code.qr_text()
        self.add(lambda p: draw_qr(s, p, data, x + 2, y + 2, qr))
        self.text((tx, y + 2.5, tw, 5), "진위확인 코드 (발급번호와 확인 코드)", s.font(9.5, bold=True))
        self.text((tx, y + 8.5, tw, 10), self.doc.short_code or c["number"], s.font(17, bold=True))
        until = korean_date(c["valid_until"])
        note = (f"발급일로부터 {VALID_DAYS}일간 진위확인 가능 ({until}까지). 발급한 센터의 LinkDesk 진위확인에 "
                "위 코드를 입력하거나 QR 코드를 읽히세요. 발급번호만으로도 발급대장을 찾을 수 있습니다.")
        self.text((tx, y + 20, tw, 12), note, s.font(8.0))


def marks(doc: CertificateDoc) -> list[str]:
    """The large marks across every page: 견본 in training mode, 미리보기 before issue."""
    return (["견본"] if doc.sample else []) + (["발급 전 미리보기"] if doc.is_preview else [])


def footer(sheet: Sheet, painter: QPainter, doc: CertificateDoc, page: int, pages: int) -> None:
    y = sheet.height - 13
    font = sheet.font(8.5)
    box = (MARGIN_X, y, sheet.width - 2 * MARGIN_X, 5)
    sheet.draw_text(painter, box, "발급 전 미리보기" if doc.is_preview else f"발급번호 {doc.number}", font, LEFT)
    sheet.draw_text(painter, box, f"{page} / {pages}", font, CENTER)
    sheet.draw_text(painter, box, doc.content["centre"]["name"], font, A.AlignRight | A.AlignVCenter)


def render(doc: CertificateDoc, device: QPagedPaintDevice, *, seal_image: str = "") -> int:
    """Paint ``doc`` on ``device`` (a QPdfWriter or a QPrinter set to A4, full page); returns the page count."""
    sheet = Sheet(device)
    pages = _Layout(doc, sheet, seal_image).build()

    def after_page(painter: QPainter, number: int, total: int) -> None:
        draw_watermark(sheet, painter, marks(doc))
        footer(sheet, painter, doc, number, total)

    return paint_pages(device, pages, after_page)
