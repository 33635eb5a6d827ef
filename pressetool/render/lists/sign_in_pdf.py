"""The Anwesenheitsliste (sign-in sheet) as tagged PDF/UA-1, drawn directly (issue 14).

The sign-in sheet is a fixed form: the same page for every event, a table of up to
thousands of rows. WeasyPrint costs about 1 ms per table cell (layout and writing), 7 s
for 1,000 registrations; this module places every line itself and writes the PDF with
pydyf (WeasyPrint's PDF library) in a few tenths of a second.

The page is the one `listen.css` described for WeasyPrint, so the sheet looks and reads
as before; page, margins and row heights are `layout.SIGN_IN_PAGE`, which the DOCX uses
too:

- A4 landscape, margins 30 mm top, 15 mm left and right, 32 mm bottom; Liberation Sans,
  line height 1.15, ragged right, no hyphenation, no kerning (glyphs by advance widths,
  as `letters.fit.text_width` measures).
- On every page, in the top margin and 3 mm above its lower edge: `{office}, {unit}`
  (10 pt), the title (12 pt bold, wrapping within 267 mm), the date and the venue
  (10 pt). In the bottom margin, 2 mm below its upper edge, the data protection notice
  (8 pt, within 237 mm); right of it `Seite X von Y` (10 pt), right-aligned, 5 mm above
  the page's lower edge.
- The table 6 pt below the top margin (where WeasyPrint's default body margin put it),
  its outer grid lines on the left and right margins (WeasyPrint's ran 6 pt into the
  right margin), columns of `layout.table_layout`, 0.5 pt borders on a collapsed grid,
  padding 0.5 mm × 1.5 mm, 11 pt. The header row (bold, top-aligned, at least 8 mm)
  repeats on every page; a body row is at least 10 mm, its text vertically centred, and
  grows with its lines; a row never splits. With single-line rows a page holds
  `SIGN_IN_ROWS_PER_PAGE` rows.
- Lines break after spaces and hyphens, never inside an unbreakable stretch
  (`layout.stretches`); a cell that `TableLayout` marks overfull may break anywhere.

The PDF itself (subset fonts with fallbacks for the characters Liberation Sans lacks,
marked content, structure tree, metadata) is written by `render.tagged_pdf`; this module
owns the sheet's layout. The structure tree is Document → P (office),
H1 (title), P (date and venue), Table → TR → TH (scope Column) / TD, P (notice); the
heading, the header row and the notice are content on page 1 and pagination artifacts
on later pages, page numbers and borders are artifacts on every page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

import pydyf

from pressetool.compose.participant_lists import SIGN_IN_ROWS_PER_PAGE, Cell, ListContent
from pressetool.render.letters.fit import FONT_FAMILY, FontCheck, font_file, missing_characters
from pressetool.render.lists.layout import (
    PAGE_NUMBER_BOX_MM,
    SIGN_IN_COLUMNS_MM,
    SIGN_IN_FLOORS_MM,
    SIGN_IN_PAGE,
    stretches,
    table_layout,
)
from pressetool.render.tagged_pdf.document import Run, TaggedDocument
from pressetool.render.tagged_pdf.fallback import Typeface, fallback_file
from pressetool.render.tagged_pdf.fonts import SubsetFont
from pressetool.render.tagged_pdf.text import cut, pieces, wrap

LANG = "de-DE"

MM = 72 / 25.4
PAGE_WIDTH = SIGN_IN_PAGE.width * MM
PAGE_HEIGHT = SIGN_IN_PAGE.height * MM
MARGIN_TOP = SIGN_IN_PAGE.margin_top * MM
MARGIN_SIDE = SIGN_IN_PAGE.margin_side * MM
MARGIN_BOTTOM = SIGN_IN_PAGE.margin_bottom * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE
"""267 mm."""
TABLE_TOP = MARGIN_TOP + 6
"""The table's outer edge: 6 pt (8 px) below the top margin, as WeasyPrint put it."""
TABLE_BOTTOM = PAGE_HEIGHT - MARGIN_BOTTOM
LINE_HEIGHT = 1.15
BORDER = 0.5
PADDING_V = 0.5 * MM
PADDING_H = 1.5 * MM
CELL_SIZE = 11.0
HEADER_MIN = SIGN_IN_PAGE.header_row * MM
ROW_MIN = SIGN_IN_PAGE.row * MM
OFFICE_SIZE = 10.0
TITLE_SIZE = 12.0
EVENT_SIZE = 10.0
HEADING_GAP = 3 * MM
NOTICE_SIZE = 8.0
NOTICE_WIDTH = (SIGN_IN_PAGE.width - 2 * SIGN_IN_PAGE.margin_side - PAGE_NUMBER_BOX_MM) * MM
NOTICE_GAP = 2 * MM
PAGE_NUMBER_SIZE = 10.0
PAGE_NUMBER_BOTTOM = PAGE_HEIGHT - 5 * MM
"""The line box of `Seite X von Y` ends 5 mm above the page's lower edge."""
EDGE = 8 * MM
"""The heading and the notice stay this far from the page's edges: a heading or a
notice larger than its margin takes room from the table instead (fewer rows a page)."""


@dataclass(frozen=True)
class _LaidCell:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class _Row:
    cells: tuple[_LaidCell, ...]
    height: float
    """From grid line to grid line."""


@cache
def _liberation_sans(style: str) -> Path:
    return font_file(style)


def undrawable_characters(text: str, fonts: FontCheck) -> str:
    """The characters of `text` (a registration's cell) that the sheet has no font for:
    no installed font has them (`fonts`), or none that it embeds as a fallback (a
    TrueType font with outlines: `fallback_file`; a font collection such as
    fonts-noto-cjk's is none). It would draw an empty box for them."""
    absent = fonts.absent(text)
    lacking = missing_characters(text)
    drawable = (c for c in lacking if c not in absent)
    return absent + "".join(c for c in drawable if not fallback_file(c, FONT_FAMILY, "Regular"))


def _typeface(style: str, fallbacks: dict[Path, SubsetFont]) -> Typeface:
    """Liberation Sans in `style` (`Regular`, `Bold`), with the document's `fallbacks`."""
    main = SubsetFont.open(_liberation_sans(style), style)
    return Typeface(main, FONT_FAMILY, style, fallbacks)


def _line_height(size: float) -> float:
    return size * LINE_HEIGHT


def _baseline(font: Typeface, top: float, size: float) -> float:
    """The baseline of a line box whose top is `top` (half-leading above the ascent)."""
    leading = _line_height(size) - (font.ascent + font.descent) * size
    return top + leading / 2 + font.ascent * size


# -- the document ------------------------------------------------------------------


class SignInSheetWriter:
    """Lays out one sign-in sheet and writes it as PDF/UA-1."""

    def __init__(self, content: ListContent) -> None:
        self.content = content
        fallbacks: dict[Path, SubsetFont] = {}
        self.regular = _typeface("Regular", fallbacks)
        self.bold = _typeface("Bold", fallbacks)
        self.layout = table_layout(
            content.columns, content.rows, SIGN_IN_COLUMNS_MM, SIGN_IN_FLOORS_MM
        )
        self.widths = [width * MM for width in self.layout.widths_mm]
        self.table_top, self.table_bottom = TABLE_TOP, TABLE_BOTTOM
        """Where the table may stand: moved by a heading or notice larger than its margin."""
        self.edges = [MARGIN_SIDE]
        """The vertical grid lines (their centres), the outer ones on the margins."""
        for width in self.widths:
            self.edges.append(self.edges[-1] + width)

    def font(self, bold: bool) -> Typeface:
        return self.bold if bold else self.regular

    # layout

    def _cell(self, lines: Cell, column: int, bold: bool) -> _LaidCell:
        """The cell's lines wrapped to its column. A stretch wider than the column is cut
        where it must: `table_layout` gives every stretch its room except in an overfull
        cell, but it counts a character Liberation Sans lacks as one em, and a fallback
        font's glyph may be wider; cut, it never runs into the next column."""
        room = self.widths[column] - BORDER - 2 * PADDING_H
        font = self.font(bold)

        def measure(text: str) -> float:
            return font.width(text, CELL_SIZE)

        laid: list[str] = []
        for line in lines:
            laid += wrap(line, room, measure, True, stretches)
        return _LaidCell(tuple(laid))

    def _row(self, cells: Sequence[Cell], row: int | None) -> _Row:
        header = row is None
        laid = tuple(self._cell(lines, column, header) for column, lines in enumerate(cells))
        most = max((len(cell.lines) for cell in laid), default=0)
        needed = most * _line_height(CELL_SIZE) + 2 * PADDING_V + BORDER
        return _Row(laid, max(needed, HEADER_MIN if header else ROW_MIN))

    def pages(self, header: _Row, rows: Sequence[_Row]) -> list[list[int]]:
        """The body rows (indices) on each page: as many whole rows as fit under the
        header row; at least one, and one page even without rows."""
        pages: list[list[int]] = [[]]
        bottom = self.table_top + BORDER / 2 + header.height
        for index, row in enumerate(rows):
            if pages[-1] and bottom + row.height + BORDER / 2 > self.table_bottom + 1e-6:
                pages.append([])
                bottom = self.table_top + BORDER / 2 + header.height
            pages[-1].append(index)
            bottom += row.height
        return pages

    def rows_left(self) -> int:
        """How many more blank rows the last page holds, measured on the laid-out rows:
        a row of several lines (a long Einrichtung wraps to two, five or more) takes
        the room of as many lines as it has, and the last page ends where `pages` ends it."""
        self.heading_runs()  # they move the table's top and bottom as `render` does
        self.notice_runs()
        header = self._row([(name,) for name in self.content.columns], None)
        rows = [self._row(cells, index) for index, cells in enumerate(self.content.rows)]
        count = len(self.content.columns)
        number = str(len(rows) + SIGN_IN_ROWS_PER_PAGE)  # the widest number a blank row gets
        blank = self._row(((number,), *([()] * (count - 1))), len(rows))
        pages = len(self.pages(header, rows))
        left = 0
        while len(self.pages(header, [*rows, *[blank] * (left + 1)])) == pages:
            left += 1
        return left

    def _text_lines(self, text: str, size: float, bold: bool, width: float) -> list[str]:
        """`text` in lines of at most `width`: a stretch wider than that (a title without
        spaces) is cut where it must, not drawn past the page's edge."""
        font = self.font(bold)
        return wrap(text, width, lambda part: font.width(part, size), True, stretches)

    def heading_runs(self) -> list[list[Run]]:
        """Office line, title, date and venue: one list of runs each, bottom-aligned 3 mm
        above the top margin; a heading taller than the margin starts at `EDGE` and moves
        the table down (`table_top`)."""
        content = self.content
        blocks = [
            (f"{content.letterhead.office}, {content.letterhead.unit}", OFFICE_SIZE, False),
            (content.title, TITLE_SIZE, True),
            (content.heading.when, EVENT_SIZE, False),
            (content.heading.where, EVENT_SIZE, False),
        ]
        laid = [
            (self._text_lines(text, size, bold, CONTENT_WIDTH), size, bold)
            for text, size, bold in blocks
        ]
        height = sum(len(lines) * _line_height(size) for lines, size, _bold in laid)
        top = max(MARGIN_TOP - HEADING_GAP - height, EDGE)
        self.table_top = max(TABLE_TOP, top + height + HEADING_GAP + TABLE_TOP - MARGIN_TOP)
        runs: list[list[Run]] = []
        for lines, size, bold in laid:
            block = []
            for line in lines:
                baseline = _baseline(self.font(bold), top, size)
                block.append(Run(MARGIN_SIDE, baseline, line, self.font(bold), size))
                top += _line_height(size)
            runs.append(block)
        return [runs[0], runs[1], runs[2] + runs[3]]

    def notice_runs(self) -> list[Run]:
        """The notice, its heading and labels bold, wrapped within 237 mm (a word wider
        than that cut), 2 mm below the bottom margin's upper edge; a notice taller than the
        margin ends at `EDGE` and moves the table's end up (`table_bottom`)."""
        notice = self.content.notice
        if notice is None:
            return []
        parts = [(f"{notice.heading}.", True)]
        for item in notice.items:
            parts += [(f" {item.label}:", True), (f" {item.text}", False)]
        words: list[tuple[str, str, bool]] = []
        for text, bold in parts:
            measure = partial(self.font(bold).width, size=NOTICE_SIZE)
            for gap, piece in pieces(text, stretches):
                cuts = cut(piece, NOTICE_WIDTH, measure)  # a word wider than the notice
                words += [(gap if i == 0 else "", part, bold) for i, part in enumerate(cuts)]
        lines: list[list[tuple[str, bool]]] = [[]]
        width = 0.0
        for gap, piece, bold in words:
            font = self.font(bold)
            piece_width = font.width(piece, NOTICE_SIZE)
            gap_width = font.width(gap, NOTICE_SIZE)
            if lines[-1] and width + gap_width + piece_width > NOTICE_WIDTH:
                lines.append([])
                width = 0.0
            if lines[-1]:
                lines[-1].append((gap, bold))
                width += gap_width
            lines[-1].append((piece, bold))
            width += piece_width
        runs = []
        height = len(lines) * _line_height(NOTICE_SIZE)
        top = min(TABLE_BOTTOM + NOTICE_GAP, PAGE_HEIGHT - EDGE - height)
        self.table_bottom = min(TABLE_BOTTOM, top - NOTICE_GAP)
        for line in lines:
            x = MARGIN_SIDE
            baseline = _baseline(self.regular, top, NOTICE_SIZE)
            for text, bold in _merged(line):
                runs.append(Run(x, baseline, text, self.font(bold), NOTICE_SIZE))
                x += self.font(bold).width(text, NOTICE_SIZE)
            top += _line_height(NOTICE_SIZE)
        return runs

    def page_number_run(self, number: int, count: int) -> Run:
        text = f"Seite {number} von {count}"
        top = PAGE_NUMBER_BOTTOM - _line_height(PAGE_NUMBER_SIZE)
        baseline = _baseline(self.regular, top, PAGE_NUMBER_SIZE)
        x = PAGE_WIDTH - MARGIN_SIDE - self.regular.width(text, PAGE_NUMBER_SIZE)
        return Run(x, baseline, text, self.regular, PAGE_NUMBER_SIZE)

    def cell_runs(
        self, cell: _LaidCell, column: int, top: float, row: _Row, header: bool
    ) -> list[Run]:
        font = self.font(header)
        line_height = _line_height(CELL_SIZE)
        content_top = top + BORDER / 2 + PADDING_V
        if not header:
            room = row.height - BORDER - 2 * PADDING_V
            content_top += (room - len(cell.lines) * line_height) / 2
        x = self.edges[column] + BORDER / 2 + PADDING_H
        return [
            Run(
                x,
                _baseline(font, content_top + index * line_height, CELL_SIZE),
                line,
                font,
                CELL_SIZE,
            )
            for index, line in enumerate(cell.lines)
        ]

    # writing

    def render(self) -> bytes:
        content = self.content
        header = self._row([(name,) for name in content.columns], None)
        rows = [self._row(cells, index) for index, cells in enumerate(content.rows)]
        heading = self.heading_runs()
        notice = self.notice_runs()
        pages = self.pages(header, rows)
        document = TaggedDocument(content.title, content.author, LANG, PAGE_WIDTH, PAGE_HEIGHT)
        document.font_name(self.regular.main)  # F1
        document.font_name(self.bold.main)  # F2
        root = document.root_element
        heading_elements = [document.element(kind, root) for kind in ("P", "H1", "P")]
        table = document.element("Table", root)
        notice_element = document.element("P", root)
        root["K"] = pydyf.Array([e.reference for e in (*heading_elements, table, notice_element)])
        table_rows: list[bytes] = []
        for number, indices in enumerate(pages, start=1):
            page = document.page()
            first = number == 1
            # borders
            top = self.table_top + BORDER / 2
            heights = [header.height, *(rows[i].height for i in indices)]
            page.artifact(self._borders(top, heights))
            # in reading order: heading, table, notice, page number
            for element, runs in zip(heading_elements, heading, strict=True):
                page.text(runs, element if first else None)
            # header row
            if first:
                tr = document.element("TR", table)
                table_rows.append(tr.reference)
                kids = []
                for column, cell in enumerate(header.cells):
                    th = document.element(
                        "TH", tr, {"A": pydyf.Dictionary({"O": "/Table", "Scope": "/Column"})}
                    )
                    kids.append(th.reference)
                    page.text(self.cell_runs(cell, column, top, header, True), th)
                tr["K"] = pydyf.Array(kids)
            else:
                for column, cell in enumerate(header.cells):
                    page.text(self.cell_runs(cell, column, top, header, True), None)
            top += header.height
            for index in indices:
                row = rows[index]
                tr = document.element("TR", table)
                table_rows.append(tr.reference)
                kids = []
                for column, cell in enumerate(row.cells):
                    td = document.element("TD", tr)
                    kids.append(td.reference)
                    if cell.lines:
                        page.text(self.cell_runs(cell, column, top, row, False), td)
                tr["K"] = pydyf.Array(kids)
                top += row.height
            page.text(notice, notice_element if first else None)
            page.text([self.page_number_run(number, len(pages))], None)
        table["K"] = pydyf.Array(table_rows)
        return document.write()

    def _borders(self, top: float, heights: Sequence[float]) -> str:
        """The grid as filled rectangles, 0.5 pt wide, centred on its lines."""
        half = BORDER / 2
        left, right = self.edges[0] - half, self.edges[-1] + half
        bottom = top + sum(heights)
        out = []
        y = top
        for height in (0.0, *heights):
            y += height
            out.append(_rect(left, y - half, right - left, BORDER))
        for x in self.edges:
            out.append(_rect(x - half, top - half, BORDER, bottom - top + BORDER))
        return "\n".join(out) + "\nf"


def _rect(x: float, top: float, width: float, height: float) -> str:
    return f"{x:.3f} {PAGE_HEIGHT - top - height:.3f} {width:.3f} {height:.3f} re"


def _merged(parts: Iterable[tuple[str, bool]]) -> list[tuple[str, bool]]:
    merged: list[tuple[str, bool]] = []
    for text, bold in parts:
        if merged and merged[-1][1] == bold:
            merged[-1] = (merged[-1][0] + text, bold)
        else:
            merged.append((text, bold))
    return merged


def render_sign_in_sheet(content: ListContent) -> bytes:
    """The sign-in sheet of `content` as PDF/UA-1."""
    return SignInSheetWriter(content).render()
