"""A one-table A4 report laid out with the certificate's drawing pieces: title, a block of labelled
facts, one table that continues over pages (its header repeated), notes, and a footer with the page
count. The teacher's sheet and the visitor's slip are two of these (:mod:`linkdesk.gui.paper`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt

from linkdesk.gui.certificates.render_parts import SHADE, Sheet
from linkdesk.gui.paper import Layout, Op

A = Qt.AlignmentFlag
LEFT, CENTER = A.AlignLeft | A.AlignVCenter, A.AlignCenter
MARGIN_X, TOP, BOTTOM = 15.0, 14.0, 18.0
PAD_X, PAD_Y = 1.4, 1.1


@dataclass(frozen=True)
class Report:
    title: str
    info: tuple[tuple[str, str], ...]  # (label, value), two to a line
    columns: tuple[tuple[str, float, str], ...]  # (header, relative width, "left" | "center")
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...] = ()
    footer_left: str = ""
    footer_right: str = ""
    font_pt: float = 8.5
    empty: str = "-"
    row_shades: tuple[bool, ...] = field(default=())  # a shaded row stands out (e.g. failed)


class _Pages:
    def __init__(self, report: Report, sheet: Sheet) -> None:
        self.r, self.s = report, sheet
        self.left, self.width = MARGIN_X, sheet.width - 2 * MARGIN_X
        total = sum(w for _, w, _ in report.columns)
        self.cols = [(name, w * self.width / total, CENTER if a == "center" else LEFT)
                     for name, w, a in report.columns]
        self.bottom = sheet.height - BOTTOM
        self.pages: list[list[Op]] = [[]]
        self.y = TOP
        self.body = sheet.font(report.font_pt)
        self.bold = sheet.font(report.font_pt, bold=True)

    def text(self, box, text: str, font, flags=LEFT) -> None:
        s = self.s
        self.pages[-1].append(lambda p: s.draw_text(p, box, text, font, flags))

    def cell(self, box, text: str, font, flags, shade: bool = False) -> None:
        s = self.s
        x, y, w, h = box
        self.pages[-1].append(lambda p: s.draw_box(p, box, fill=SHADE if shade else None))
        self.text((x + PAD_X, y + PAD_Y, w - 2 * PAD_X, h - 2 * PAD_Y), text, font, flags)

    def build(self) -> list[list[Op]]:
        self.head()
        self.table_header()
        for i, row in enumerate(self.r.rows):
            self.row(row, bool(self.r.row_shades[i]) if i < len(self.r.row_shades) else False)
        if not self.r.rows:
            self.cell((self.left, self.y, self.width, 8), self.r.empty, self.body, CENTER)
            self.y += 8
        self.notes()
        self.footers()
        return self.pages

    def head(self) -> None:
        s, x, w = self.s, self.left, self.width
        self.text((x, self.y, w, 12), self.r.title, s.font(18, bold=True), CENTER)
        self.y += 17
        label_w = 24.0
        value_w = w / 2 - label_w
        font = s.font(9.5)
        info = list(self.r.info)
        for i in range(0, len(info), 2):
            pair = info[i:i + 2]
            h = max(8.0, *(s.text_height(v, font, (value_w if len(pair) == 2 else w - label_w) - 2 * PAD_X, LEFT)
                           + 2 * PAD_Y for _, v in pair))
            cx = x
            for label, value in pair:
                vw = value_w if len(pair) == 2 else w - label_w
                self.cell((cx, self.y, label_w, h), label, s.font(9.5, bold=True), CENTER, shade=True)
                self.cell((cx + label_w, self.y, vw, h), value, font, LEFT)
                cx += label_w + vw
            self.y += h
        self.y += 6

    def table_header(self) -> None:
        x = self.left
        h = max(7.5, *(self.s.text_height(n, self.bold, w - 2 * PAD_X, CENTER) + 2 * PAD_Y for n, w, _ in self.cols))
        for name, w, _ in self.cols:
            self.cell((x, self.y, w, h), name, self.bold, CENTER, shade=True)
            x += w
        self.y += h

    def row(self, cells: tuple[str, ...], shade: bool) -> None:
        h = max(6.5, *(self.s.text_height(t, self.body, w - 2 * PAD_X, a) + 2 * PAD_Y
                       for t, (_, w, a) in zip(cells, self.cols)))
        if self.y + h > self.bottom:
            self.new_page()
            self.table_header()
        x = self.left
        for text, (_, w, align) in zip(cells, self.cols):
            self.cell((x, self.y, w, h), text, self.body, align, shade=shade)
            x += w
        self.y += h

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP
        self.text((self.left, self.y, self.width, 6), f"{self.r.title} (계속)", self.s.font(9.0))
        self.y += 9

    def notes(self) -> None:
        font = self.s.font(9.0)
        self.y += 4
        for note in self.r.notes:
            h = self.s.text_height(note, font, self.width, LEFT) + 1.5
            if self.y + h > self.bottom:
                self.new_page()
            self.text((self.left, self.y, self.width, h), note, font)
            self.y += h

    def footers(self) -> None:
        s, total = self.s, len(self.pages)
        font = s.font(8.0)
        box = (MARGIN_X, s.height - 12, s.width - 2 * MARGIN_X, 5)
        for number, ops in enumerate(self.pages, 1):
            left, right = self.r.footer_left, self.r.footer_right
            ops.append(lambda p, n=number: (s.draw_text(p, box, left, font, LEFT),
                                            s.draw_text(p, box, f"{n} / {total}", font, CENTER),
                                            s.draw_text(p, box, right, font, A.AlignRight | A.AlignVCenter)))


def report_layout(report: Report) -> Layout:
    return lambda sheet: _Pages(report, sheet).build()
