"""The page design of the lists that the PDF and the DOCX share: column widths in mm.

Both lists are A4 landscape: the Teilnehmendenliste fills the 252 mm between the
press release's margins (25 mm left, 20 mm right), so that an organisation, a
street address and an e-mail address fit their columns whole; the sign-in sheet
the 267 mm between 15 mm margins (`SIGN_IN_PAGE`, its page and row heights).

The widths are the defaults below unless a document's content needs more
(`table_layout`, issue 13: no line break inside an e-mail address, a URL, a phone
number or `PLZ Ort`, and a word is never split without a hyphen). Each column's
minimum is the width of its widest unbreakable stretch, measured with the font's
advance widths as the letters measure theirs (`letters.fit.text_width`: 11 pt
Liberation Sans, the header row bold, no kerning, a character the font lacks one
em) plus the cell padding and borders; a column that needs more takes the room from
columns with slack, never below their own minimum, and the table keeps its width.
Both renderers use the same `TableLayout`, so the PDF and the DOCX agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pressetool.compose.german import unbreakable_spans
from pressetool.render.letters.fit import text_width

PARTICIPANT_COLUMNS_MM = (10, 62, 45, 60, 75)
"""Nr., Einrichtung, Ansprechperson, Anschrift, Telefon / E-Mail"""
SIGN_IN_COLUMNS_MM = (12, 42, 38, 65, 55, 55)
"""Nr., Name, Vorname, Einrichtung, E-Mail (freiwillig), Unterschrift"""
SIGN_IN_FLOORS_MM = (0, 0, 0, 0, 45, 50)
"""What the sign-in sheet's columns keep whatever the others need: a hand writes an
e-mail address into 45 mm and a signature into 50 mm. Measured by their text alone,
these columns are empty (their heading is all), and a long organisation took them to
25 mm on every row, the blank ones too."""


@dataclass(frozen=True)
class SignInPage:
    """The sign-in sheet's page, the one definition for the PDF (`sign_in_pdf`) and the
    DOCX (`docx.SignInSheetDocx`), in mm: A4 landscape; the event heading stands in the top
    margin, the notice and the page number in the bottom margin, the table between; the
    header row and every body row at least as high as given, so that a page of single-line
    rows holds `SIGN_IN_ROWS_PER_PAGE` rows in both."""

    width: float = 297
    height: float = 210
    margin_top: float = 30
    margin_side: float = 15
    """Left and right."""
    margin_bottom: float = 32
    header_row: float = 8
    row: float = 10

    def css(self) -> str:
        """The page for WeasyPrint (a sheet that needs text shaping, `lists.pdf`):
        `listen.css` styles its margin boxes, this gives the sizes."""
        text_width = self.width - 2 * self.margin_side
        return (
            f"@page sign-in {{ size: {self.width:g}mm {self.height:g}mm; "
            f"margin: {self.margin_top:g}mm {self.margin_side:g}mm {self.margin_bottom:g}mm; "
            f"@top-left {{ width: {text_width:g}mm; }} "
            f"@bottom-left {{ width: {text_width - PAGE_NUMBER_BOX_MM:g}mm; }} "
            f"@bottom-right {{ width: {PAGE_NUMBER_BOX_MM:g}mm; }} }}\n"
            f".sign-in-sheet .list-table thead tr {{ height: {self.header_row:g}mm; }}\n"
            f".sign-in-sheet .list-table tbody tr {{ height: {self.row:g}mm; }}\n"
        )


SIGN_IN_PAGE = SignInPage()
PAGE_NUMBER_BOX_MM = 30
"""`Seite X von Y` at the bottom right of the sign-in page; the notice beside it."""

FONT_SIZE_PT = 11.0
"""`.list-table { font-size: 11pt }` in listen.css, styles `Tabelleninhalt` and
`Tabellenkopf` in referenz.docx, both Liberation Sans (Arial's metrics)."""
MM_PER_PT = 25.4 / 72
CELL_EXTRA_MM = 2 * 1.5 + 0.5 * MM_PER_PT + 0.1
"""Beside the text: the padding (1.5 mm each side in listen.css, 85 dxa in the table
style `Listentabelle`), half of each 0.5 pt border, and 0.1 mm for rounding (WeasyPrint,
LibreOffice and Word place text by the same advance widths; more would widen the `Nr.`
column of a sheet with 1,000 rows, whose `1000` fits its 12 mm)."""

PHONE_LINE = re.compile(r"\+?\(?\d[\d()/\u2011\- \u00a0]*\d")
"""A line that is a phone number and nothing else (the participant list's `Telefon`):
one unbreakable stretch, as a phone number after `Tel.:` is."""

Cell = Sequence[str]


@dataclass(frozen=True)
class TableLayout:
    widths_mm: tuple[float, ...]
    """One width per column; together the width of the defaults."""
    overfull: frozenset[tuple[int, int]] = frozenset()
    """(row, column) of the body cells whose unbreakable stretch is wider than the whole
    table can give its column: only these may break inside a stretch."""

    def breaks_anywhere(self, row: int, column: int) -> bool:
        return (row, column) in self.overfull


def stretches(line: str) -> list[str]:
    """`line` cut where a line may break: after a space or a hyphen, but never inside an
    unbreakable span (`compose.german.unbreakable_spans`); a no-break space joins. The
    spaces at the cuts are left out: they hang at the end of a line. A line that is a
    phone number (`PHONE_LINE`) is one stretch."""
    if PHONE_LINE.fullmatch(line):
        return [line]
    kept = [False] * len(line)
    for start, end, _kind in unbreakable_spans(line):
        kept[start:end] = [True] * (end - start)
    pieces: list[str] = []
    current: list[str] = []
    for character, inside in zip(line, kept, strict=True):
        if character == " " and not inside:
            pieces.append("".join(current))
            current = []
            continue
        current.append(character)
        if character == "-" and not inside:
            pieces.append("".join(current))
            current = []
    pieces.append("".join(current))
    return [piece for piece in pieces if piece]


@lru_cache(maxsize=65536)
def line_minimum_mm(line: str, bold: bool = False) -> float:
    """The width of the widest unbreakable stretch of `line`, text only (no padding)."""
    widths = (text_width(piece, FONT_SIZE_PT, bold=bold) for piece in stretches(line))
    return max(widths, default=0.0)


def cell_minimum_mm(lines: Cell, bold: bool = False) -> float:
    """The narrowest column that shows `lines` without breaking a stretch, padding
    included."""
    if not lines:
        return 0.0
    return max(line_minimum_mm(line, bold) for line in lines) + CELL_EXTRA_MM


def table_layout(
    columns: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    defaults: Sequence[float],
    floors: Sequence[float] = (),
) -> TableLayout:
    """Column widths for this table: `defaults` whenever every cell fits; otherwise each
    column that needs more gets its minimum, taken from the slack of the others (each in
    proportion to its slack, never below its own minimum), and the total stays.

    Only if even that cannot fit (an address of 150 characters) is a stretch allowed to
    break, and only in the cells that are too wide: every column that fits gets its
    minimum, the columns that need more are served from the least needy on as long as the
    rest keep their defaults, and whatever room remains goes to the others in proportion to
    their defaults; a cell wider than its column then is `overfull` (the PDF lets it wrap
    anywhere, `overflow-wrap: anywhere`; the DOCX writes it without no-break characters).
    A document never gets text that runs over into the next column. `floors` are
    minima of the columns besides what their text needs (`SIGN_IN_FLOORS_MM`)."""
    floors = floors or [0.0] * len(columns)
    minima = [
        max(cell_minimum_mm((name,), bold=True), floor)
        for name, floor in zip(columns, floors, strict=True)
    ]
    cell_minima: list[list[float]] = []
    for cells in rows:
        row = [cell_minimum_mm(lines) for lines in cells]
        cell_minima.append(row)
        minima = [max(a, b) for a, b in zip(minima, row, strict=True)]
    if all(need <= width for need, width in zip(minima, defaults, strict=True)):
        return TableLayout(tuple(defaults))
    widths = _widths(minima, list(defaults))
    overfull = frozenset(
        (r, c)
        for r, row in enumerate(cell_minima)
        for c, need in enumerate(row)
        if need > widths[c] + 1e-9
    )
    return TableLayout(tuple(round(width, 2) for width in widths), overfull)


def _widths(minima: list[float], defaults: list[float]) -> list[float]:
    total = sum(defaults)
    needy = [i for i, (m, d) in enumerate(zip(minima, defaults, strict=True)) if m > d]
    others = [i for i in range(len(defaults)) if i not in needy]
    need = sum(minima[i] - defaults[i] for i in needy)
    slack = {i: defaults[i] - minima[i] for i in others}
    room = sum(slack.values())
    widths = list(defaults)
    if need <= room:
        for i in needy:
            widths[i] = minima[i]
        for i in others:
            widths[i] = defaults[i] - need * slack[i] / room if room else defaults[i]
        return widths
    for i in others:
        widths[i] = minima[i]
    left = total - sum(minima[i] for i in others)
    waiting = sorted(needy, key=lambda i: minima[i] - defaults[i])
    while waiting:
        first, rest = waiting[0], waiting[1:]
        if left - minima[first] < sum(defaults[i] for i in rest):
            break
        widths[first] = minima[first]
        left -= minima[first]
        waiting = rest
    shares = sum(defaults[i] for i in waiting)
    for i in waiting:
        widths[i] = left * defaults[i] / shares
    return widths
