"""The Anwesenheitsliste (sign-in sheet) as tagged PDF/UA-1, drawn directly (issue 14).

The sign-in sheet is a fixed form: the same page for every event, a table of up to
thousands of rows. WeasyPrint costs about 1 ms per table cell (layout and writing), 7 s
for 1,000 registrations; this module places every line itself and writes the PDF with
pydyf (WeasyPrint's PDF library) in a few tenths of a second.

The page is the one `listen.css` described for WeasyPrint, so the sheet looks and reads
as before:

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

Fonts are embedded as subsets (fontTools, glyph ids kept) as Type0/CIDFontType2 with
Identity-H: every distinct character gets its own CID, a `CIDToGIDMap` points it to its
glyph and the `ToUnicode` map gives the character back, so that a character the font
lacks (drawn as .notdef), the no-break space and the non-breaking hyphen (drawn as the
hyphen, read back as `-`) extract as text. The structure tree is Document → P (office),
H1 (title), P (date and venue), Table → TR → TH (scope Column) / TD, P (notice); the
heading, the header row and the notice are content on page 1 and pagination artifacts
on later pages, page numbers and borders are artifacts on every page. The output has
no dates and no random parts: the same content gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

import pydyf

from pressetool.compose.participant_lists import Cell, ListContent
from pressetool.render.letters.fit import font_file
from pressetool.render.lists.layout import SIGN_IN_COLUMNS_MM, stretches, table_layout

PDF_UA_1 = "pdf/ua-1"
LANG = "de-DE"

MM = 72 / 25.4
PAGE_WIDTH = 297 * MM
PAGE_HEIGHT = 210 * MM
MARGIN_TOP = 30 * MM
MARGIN_SIDE = 15 * MM
MARGIN_BOTTOM = 32 * MM
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
HEADER_MIN = 8 * MM
ROW_MIN = 10 * MM
OFFICE_SIZE = 10.0
TITLE_SIZE = 12.0
EVENT_SIZE = 10.0
HEADING_GAP = 3 * MM
NOTICE_SIZE = 8.0
NOTICE_WIDTH = 237 * MM
NOTICE_GAP = 2 * MM
PAGE_NUMBER_SIZE = 10.0
PAGE_NUMBER_BOTTOM = PAGE_HEIGHT - 5 * MM
"""The line box of `Seite X von Y` ends 5 mm above the page's lower edge."""

_INVISIBLE = {"Cf", "Cc"}
"""Format and control characters (a soft hyphen, a zero-width space) are not drawn."""
_NON_BREAKING_HYPHEN = "\u2011"


# -- fonts ---------------------------------------------------------------------------


@dataclass
class _Font:
    """One style of Liberation Sans: metrics, and the characters used so far, each with
    its own CID (1, 2, …)."""

    style: str
    data: bytes
    postscript_name: str
    units_per_em: int
    ascent: float
    """In em, as WeasyPrint places a line (hhea)."""
    descent: float
    bbox: tuple[int, int, int, int]
    cap_height: int
    cmap: dict[int, int]
    glyph_advances: list[int]
    hyphen: int
    cids: dict[str, int] = field(default_factory=dict)
    gids: list[int] = field(default_factory=lambda: [0])
    """The glyph of each CID (index = CID)."""
    codes: list[str] = field(default_factory=lambda: [""])
    """The character of each CID."""
    _widths: dict[str, float] = field(default_factory=dict)
    """Advance of each character in em (0 for those not drawn)."""

    def glyph(self, char: str) -> int:
        found = self.cmap.get(ord(char))
        if found is None and char == _NON_BREAKING_HYPHEN:
            return self.hyphen
        return found or 0

    def em(self, char: str) -> float:
        width = self._widths.get(char)
        if width is None:
            if unicodedata.category(char) in _INVISIBLE:
                width = 0.0
            else:
                width = self.glyph_advances[self.glyph(char)] / self.units_per_em
            self._widths[char] = width
        return width

    def width(self, text: str, size: float) -> float:
        """In pt."""
        em = self.em
        return sum(em(char) for char in text) * size

    def encode(self, text: str) -> str:
        """`text` as hexadecimal CIDs for `Tj`, each character registered."""
        out = []
        cids = self.cids
        for char in text:
            cid = cids.get(char)
            if cid is None:
                if unicodedata.category(char) in _INVISIBLE:
                    continue
                cid = len(self.gids)
                cids[char] = cid
                self.gids.append(self.glyph(char))
                self.codes.append(char)
            out.append(f"{cid:04x}")
        return "".join(out)


@cache
def _font_data(style: str) -> tuple[bytes, dict[str, Any]]:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    data = font_file(style).read_bytes()
    font = TTFont(io.BytesIO(data))
    order = font.getGlyphOrder()
    metrics = font["hmtx"].metrics
    head = font["head"]
    info = {
        "postscript_name": str(font["name"].getDebugName(6) or f"LiberationSans-{style}"),
        "units_per_em": head.unitsPerEm,
        "ascent": font["hhea"].ascent / head.unitsPerEm,
        "descent": -font["hhea"].descent / head.unitsPerEm,
        "bbox": (head.xMin, head.yMin, head.xMax, head.yMax),
        "cap_height": getattr(font["OS/2"], "sCapHeight", 0) or font["hhea"].ascent,
        "cmap": {code: font.getGlyphID(name) for code, name in font.getBestCmap().items()},
        "glyph_advances": [metrics[name][0] for name in order],
        "hyphen": font.getGlyphID("hyphen"),
    }
    return data, info


def _font(style: str) -> _Font:
    data, info = _font_data(style)
    return _Font(style, data, **info)


def _subset(font: _Font) -> bytes:
    """The font program with only the glyphs used (glyph ids kept)."""
    from fontTools import subset  # type: ignore[import-untyped]
    from fontTools.ttLib import TTFont

    program = TTFont(io.BytesIO(font.data), recalcTimestamp=False)
    for tag in ("GSUB", "GPOS", "GDEF", "kern", "DSIG", "FFTM", "hdmx", "VDMX", "LTSH"):
        if tag in program:
            del program[tag]
    options = subset.Options()
    options.retain_gids = True
    options.notdef_outline = True
    options.layout_features = []
    options.name_IDs = ["*"]
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(gids=sorted(set(font.gids)))
    subsetter.subset(program)
    out = io.BytesIO()
    program.save(out)
    return out.getvalue()


# -- lines -----------------------------------------------------------------------------


def _pieces(line: str) -> list[tuple[str, str]]:
    """(gap before, piece) for each stretch of `line` between break opportunities; the gap
    is the spaces a break there drops ('' after a hyphen)."""
    result = []
    position = 0
    for piece in stretches(line):
        start = line.find(piece, position)
        result.append((line[position:start], piece))
        position = start + len(piece)
    return result


def wrap(line: str, width: float, measure: Callable[[str], float], anywhere: bool) -> list[str]:
    """`line` broken into lines of at most `width` pt: greedily at its break opportunities;
    a stretch wider than `width` stands on a line of its own, or, with `anywhere`, is cut
    where it must."""
    if measure(line) <= width:
        return [line]
    lines: list[str] = []
    current = ""
    current_width = 0.0
    for gap, piece in _pieces(line):
        piece_width = measure(piece)
        if current:
            joined = current_width + measure(gap) + piece_width
            if joined <= width:
                current += gap + piece
                current_width = joined
                continue
            lines.append(current)
        if piece_width > width and anywhere:
            cut = _cut(piece, width, measure)
            lines += cut[:-1]
            piece = cut[-1]
            piece_width = measure(piece)
        current, current_width = piece, piece_width
    if current or not lines:
        lines.append(current)
    return lines


def _cut(piece: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """`piece` cut between characters into parts no wider than `width` (the last may be
    narrower; a part holds at least one character)."""
    parts: list[str] = []
    current, current_width = "", 0.0
    for char in piece:
        char_width = measure(char)
        if current and current_width + char_width > width:
            parts.append(current)
            current, current_width = "", 0.0
        current += char
        current_width += char_width
    parts.append(current)
    return parts


@dataclass(frozen=True)
class _Run:
    """Text at a baseline: x, y from the page's top, font style, size."""

    x: float
    y: float
    text: str
    bold: bool
    size: float


@dataclass(frozen=True)
class _LaidCell:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class _Row:
    cells: tuple[_LaidCell, ...]
    height: float
    """From grid line to grid line."""


def _line_height(size: float) -> float:
    return size * LINE_HEIGHT


def _baseline(font: _Font, top: float, size: float) -> float:
    """The baseline of a line box whose top is `top` (half-leading above the ascent)."""
    leading = _line_height(size) - (font.ascent + font.descent) * size
    return top + leading / 2 + font.ascent * size


# -- the document ------------------------------------------------------------------


class SignInSheetWriter:
    """Lays out one sign-in sheet and writes it as PDF/UA-1."""

    def __init__(self, content: ListContent) -> None:
        self.content = content
        self.regular = _font("Regular")
        self.bold = _font("Bold")
        self.layout = table_layout(content.columns, content.rows, SIGN_IN_COLUMNS_MM)
        self.widths = [width * MM for width in self.layout.widths_mm]
        self.edges = [MARGIN_SIDE]
        """The vertical grid lines (their centres), the outer ones on the margins."""
        for width in self.widths:
            self.edges.append(self.edges[-1] + width)

    def font(self, bold: bool) -> _Font:
        return self.bold if bold else self.regular

    # layout

    def _cell(self, lines: Cell, column: int, bold: bool, anywhere: bool) -> _LaidCell:
        room = self.widths[column] - BORDER - 2 * PADDING_H
        font = self.font(bold)

        def measure(text: str) -> float:
            return font.width(text, CELL_SIZE)

        laid: list[str] = []
        for line in lines:
            laid += wrap(line, room, measure, anywhere)
        return _LaidCell(tuple(laid))

    def _row(self, cells: Sequence[Cell], row: int | None) -> _Row:
        header = row is None
        laid = tuple(
            self._cell(
                lines,
                column,
                header,
                not header and self.layout.breaks_anywhere(row or 0, column),
            )
            for column, lines in enumerate(cells)
        )
        most = max((len(cell.lines) for cell in laid), default=0)
        needed = most * _line_height(CELL_SIZE) + 2 * PADDING_V + BORDER
        return _Row(laid, max(needed, HEADER_MIN if header else ROW_MIN))

    def pages(self, header: _Row, rows: Sequence[_Row]) -> list[list[int]]:
        """The body rows (indices) on each page: as many whole rows as fit under the
        header row; at least one, and one page even without rows."""
        pages: list[list[int]] = [[]]
        bottom = TABLE_TOP + BORDER / 2 + header.height
        for index, row in enumerate(rows):
            if pages[-1] and bottom + row.height + BORDER / 2 > TABLE_BOTTOM + 1e-6:
                pages.append([])
                bottom = TABLE_TOP + BORDER / 2 + header.height
            pages[-1].append(index)
            bottom += row.height
        return pages

    def _text_lines(self, text: str, size: float, bold: bool, width: float) -> list[str]:
        font = self.font(bold)
        return wrap(text, width, lambda part: font.width(part, size), False)

    def heading_runs(self) -> list[list[_Run]]:
        """Office line, title, date and venue: one list of runs each, bottom-aligned 3 mm
        above the top margin."""
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
        top = MARGIN_TOP - HEADING_GAP - height
        runs: list[list[_Run]] = []
        for lines, size, bold in laid:
            block = []
            for line in lines:
                baseline = _baseline(self.font(bold), top, size)
                block.append(_Run(MARGIN_SIDE, baseline, line, bold, size))
                top += _line_height(size)
            runs.append(block)
        return [runs[0], runs[1], runs[2] + runs[3]]

    def notice_runs(self) -> list[_Run]:
        """The notice, its heading and labels bold, wrapped within 237 mm, 2 mm below the
        bottom margin's upper edge."""
        notice = self.content.notice
        if notice is None:
            return []
        parts = [(f"{notice.heading}.", True)]
        for item in notice.items:
            parts += [(f" {item.label}:", True), (f" {item.text}", False)]
        words = [(gap, piece, bold) for text, bold in parts for gap, piece in _pieces(text)]
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
        top = TABLE_BOTTOM + NOTICE_GAP
        for line in lines:
            x = MARGIN_SIDE
            baseline = _baseline(self.regular, top, NOTICE_SIZE)
            for text, bold in _merged(line):
                runs.append(_Run(x, baseline, text, bold, NOTICE_SIZE))
                x += self.font(bold).width(text, NOTICE_SIZE)
            top += _line_height(NOTICE_SIZE)
        return runs

    def page_number_run(self, number: int, count: int) -> _Run:
        text = f"Seite {number} von {count}"
        top = PAGE_NUMBER_BOTTOM - _line_height(PAGE_NUMBER_SIZE)
        baseline = _baseline(self.regular, top, PAGE_NUMBER_SIZE)
        x = PAGE_WIDTH - MARGIN_SIDE - self.regular.width(text, PAGE_NUMBER_SIZE)
        return _Run(x, baseline, text, False, PAGE_NUMBER_SIZE)

    def cell_runs(
        self, cell: _LaidCell, column: int, top: float, row: _Row, header: bool
    ) -> list[_Run]:
        font = self.font(header)
        line_height = _line_height(CELL_SIZE)
        content_top = top + BORDER / 2 + PADDING_V
        if not header:
            room = row.height - BORDER - 2 * PADDING_V
            content_top += (room - len(cell.lines) * line_height) / 2
        x = self.edges[column] + BORDER / 2 + PADDING_H
        return [
            _Run(
                x,
                _baseline(font, content_top + index * line_height, CELL_SIZE),
                line,
                header,
                CELL_SIZE,
            )
            for index, line in enumerate(cell.lines)
        ]

    # writing

    def render(self) -> bytes:
        content = self.content
        header = self._row([(name,) for name in content.columns], None)
        rows = [self._row(cells, index) for index, cells in enumerate(content.rows)]
        pages = self.pages(header, rows)
        heading = self.heading_runs()
        notice = self.notice_runs()
        document = _Document(content.title, content.author)
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
            top = TABLE_TOP + BORDER / 2
            heights = [header.height, *(rows[i].height for i in indices)]
            page.artifact(self._borders(top, heights))
            # in reading order: heading, table, notice, page number
            for element, runs in zip(heading_elements, heading, strict=True):
                page.text(runs, element if first else None, self)
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
                    page.text(self.cell_runs(cell, column, top, header, True), th, self)
                tr["K"] = pydyf.Array(kids)
            else:
                for column, cell in enumerate(header.cells):
                    page.text(self.cell_runs(cell, column, top, header, True), None, self)
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
                        page.text(self.cell_runs(cell, column, top, row, False), td, self)
                tr["K"] = pydyf.Array(kids)
                top += row.height
            page.text(notice, notice_element if first else None, self)
            page.text([self.page_number_run(number, len(pages))], None, self)
        table["K"] = pydyf.Array(table_rows)
        return document.write([self.regular, self.bold])

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


class _Page:
    def __init__(self, document: _Document, dictionary: pydyf.Dictionary, key: int) -> None:
        self.document = document
        self.dictionary = dictionary
        self.key = key
        self.operations: list[str] = []
        self.parents: list[bytes] = []
        """The structure element of each MCID."""

    def artifact(self, drawing: str, kind: str | None = None) -> None:
        if kind:
            self.operations.append(f"/Artifact <</Type /{kind}>> BDC\n{drawing}\nEMC")
        else:
            self.operations.append(f"/Artifact BMC\n{drawing}\nEMC")

    def text(
        self, runs: Sequence[_Run], element: pydyf.Dictionary | None, writer: SignInSheetWriter
    ) -> None:
        """`runs` as marked content of `element`, or as a pagination artifact."""
        if not runs:
            return
        shown = ["BT"]
        for run in runs:
            font = writer.font(run.bold)
            name = "F2" if run.bold else "F1"
            shown.append(
                f"/{name} {run.size:g} Tf 1 0 0 1 {run.x:.3f} {PAGE_HEIGHT - run.y:.3f} Tm "
                f"<{font.encode(run.text)}> Tj"
            )
        shown.append("ET")
        drawing = "\n".join(shown)
        if element is None:
            self.artifact(drawing, "Pagination")
            return
        mcid = len(self.parents)
        self.parents.append(element.reference)
        self.operations.append(f"/{element['S'][1:]} <</MCID {mcid}>> BDC\n{drawing}\nEMC")
        kids = element.get("K")
        if kids is None:
            element["K"] = mcid
            element["Pg"] = self.dictionary.reference
        else:  # the element already holds marked content: a list of references
            if not isinstance(kids, pydyf.Array):
                kids = pydyf.Array([_mcr(element["Pg"], kids)])
                del element["Pg"]
                element["K"] = kids
            kids.append(_mcr(self.dictionary.reference, mcid))


def _mcr(page: bytes, mcid: int) -> pydyf.Dictionary:
    return pydyf.Dictionary({"Type": "/MCR", "Pg": page, "MCID": mcid})


class _Document:
    def __init__(self, title: str, author: str) -> None:
        self.title = title
        self.author = author
        self.pdf = pydyf.PDF()
        self.page_list: list[_Page] = []
        self.tree_root = pydyf.Dictionary({"Type": "/StructTreeRoot"})
        self.pdf.add_object(self.tree_root)
        self.root_element = self.element("Document", self.tree_root)
        self.tree_root["K"] = self.root_element.reference

    def element(
        self, kind: str, parent: pydyf.Dictionary, extra: dict[str, Any] | None = None
    ) -> pydyf.Dictionary:
        element = pydyf.Dictionary({"Type": "/StructElem", "S": f"/{kind}", "P": parent.reference})
        if extra:
            element.update(extra)
        self.pdf.add_object(element)
        return element

    def page(self) -> _Page:
        dictionary = pydyf.Dictionary(
            {
                "Type": "/Page",
                "Parent": self.pdf.pages.reference,
                "MediaBox": pydyf.Array([0, 0, _number(PAGE_WIDTH), _number(PAGE_HEIGHT)]),
                "StructParents": len(self.page_list),
                "Tabs": "/S",
            }
        )
        self.pdf.add_page(dictionary)
        page = _Page(self, dictionary, len(self.page_list))
        self.page_list.append(page)
        return page

    def write(self, fonts: Sequence[_Font]) -> bytes:
        pdf = self.pdf
        font_refs = {}
        for name, font in zip(("F1", "F2"), fonts, strict=True):
            font_refs[name] = self._font(font).reference
        resources = pydyf.Dictionary({"Font": pydyf.Dictionary(font_refs)})
        pdf.add_object(resources)
        nums = pydyf.Array()
        for page in self.page_list:
            stream = _flate("\n".join(page.operations).encode("ascii"))
            pdf.add_object(stream)
            page.dictionary["Contents"] = stream.reference
            page.dictionary["Resources"] = resources.reference
            nums += [page.key, pydyf.Array(page.parents)]
        parent_tree = pydyf.Dictionary({"Nums": nums})
        pdf.add_object(parent_tree)
        self.tree_root["ParentTree"] = parent_tree.reference
        self.tree_root["ParentTreeNextKey"] = len(self.page_list)

        metadata = pydyf.Stream(
            [self._xmp()], {"Type": "/Metadata", "Subtype": "/XML"}, compress=False
        )
        pdf.add_object(metadata)
        first = self.page_list[0].dictionary.reference
        outline = pydyf.Dictionary({"Type": "/Outlines", "Count": 1})
        pdf.add_object(outline)
        entry = pydyf.Dictionary(
            {
                "Title": pydyf.String(self.title),
                "Parent": outline.reference,
                "Dest": pydyf.Array([first, "/XYZ", 0, _number(PAGE_HEIGHT), 0]),
            }
        )
        pdf.add_object(entry)
        outline["First"] = outline["Last"] = entry.reference
        pdf.catalog.update(
            {
                "Lang": pydyf.String(LANG),
                "MarkInfo": pydyf.Dictionary({"Marked": "true"}),
                "ViewerPreferences": pydyf.Dictionary({"DisplayDocTitle": "true"}),
                "StructTreeRoot": self.tree_root.reference,
                "Metadata": metadata.reference,
                "Outlines": outline.reference,
            }
        )
        pdf.info["Title"] = pydyf.String(self.title)
        pdf.info["Author"] = pydyf.String(self.author)
        pdf.info["Producer"] = pydyf.String("pressetool")
        out = io.BytesIO()
        pdf.write(out, version=b"1.7", compress=True)
        return out.getvalue()

    def _font(self, font: _Font) -> pydyf.Dictionary:
        pdf = self.pdf
        used = "".join(font.codes)
        tag = "".join(
            chr(ord("A") + byte % 26)
            for byte in hashlib.sha256(f"{font.style}{used}".encode()).digest()[:6]
        )
        base = f"/{tag}+{font.postscript_name}"
        subset = _subset(font)
        program = _flate(subset, {"Length1": len(subset)})
        pdf.add_object(program)
        scale = 1000 / font.units_per_em
        x_min, y_min, x_max, y_max = font.bbox
        descriptor = pydyf.Dictionary(
            {
                "Type": "/FontDescriptor",
                "FontName": base,
                "Flags": 32,
                "FontBBox": pydyf.Array([round(v * scale) for v in (x_min, y_min, x_max, y_max)]),
                "ItalicAngle": 0,
                "Ascent": round(font.ascent * 1000),
                "Descent": -round(font.descent * 1000),
                "CapHeight": round(font.cap_height * scale),
                "StemV": 80,
                "FontFile2": program.reference,
            }
        )
        pdf.add_object(descriptor)
        gid_map = _flate(b"".join(gid.to_bytes(2, "big") for gid in font.gids))
        pdf.add_object(gid_map)
        widths = pydyf.Array([round(font.glyph_advances[gid] * scale) for gid in font.gids[1:]])
        cid_font = pydyf.Dictionary(
            {
                "Type": "/Font",
                "Subtype": "/CIDFontType2",
                "BaseFont": base,
                "CIDSystemInfo": pydyf.Dictionary(
                    {
                        "Registry": pydyf.String("Adobe"),
                        "Ordering": pydyf.String("Identity"),
                        "Supplement": 0,
                    }
                ),
                "FontDescriptor": descriptor.reference,
                "W": pydyf.Array([1, widths]),
                "CIDToGIDMap": gid_map.reference,
            }
        )
        pdf.add_object(cid_font)
        to_unicode = _flate(_to_unicode(font.codes))
        pdf.add_object(to_unicode)
        type0 = pydyf.Dictionary(
            {
                "Type": "/Font",
                "Subtype": "/Type0",
                "BaseFont": base,
                "Encoding": "/Identity-H",
                "DescendantFonts": pydyf.Array([cid_font.reference]),
                "ToUnicode": to_unicode.reference,
            }
        )
        pdf.add_object(type0)
        return type0

    def _xmp(self) -> bytes:
        title = escape(self.title)
        author = escape(self.author)
        return (
            '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" '
            'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<rdf:Description rdf:about="" pdfuaid:part="1" />'
            '<rdf:Description rdf:about="" pdf:Producer="pressetool" />'
            '<rdf:Description rdf:about=""><dc:title><rdf:Alt>'
            f'<rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title></rdf:Description>'
            '<rdf:Description rdf:about=""><dc:creator><rdf:Seq>'
            f"<rdf:li>{author}</rdf:li></rdf:Seq></dc:creator></rdf:Description>"
            "</rdf:RDF></x:xmpmeta>\n"
            '<?xpacket end="r"?>'
        ).encode()


def _to_unicode(codes: Sequence[str]) -> bytes:
    """A CMap from each CID (1, 2, …) to its character; the non-breaking hyphen is read
    back as `-`."""
    entries = []
    for cid, char in enumerate(codes):
        if cid == 0:
            continue
        text = "-" if char == _NON_BREAKING_HYPHEN else char
        entries.append(f"<{cid:04x}> <{text.encode('utf-16-be').hex()}>")
    chunks = [entries[i : i + 100] for i in range(0, len(entries), 100)]
    body = "".join(
        f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar\n" for chunk in chunks
    )
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n"
        f"{body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    ).encode("ascii")


def _flate(data: bytes, extra: dict[str, Any] | None = None) -> pydyf.Stream:
    """A stream compressed at zlib's default level (pydyf's level 9 takes four times as
    long for 2 % less)."""
    return pydyf.Stream([zlib.compress(data)], {**(extra or {}), "Filter": "/FlateDecode"})


def _number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


def render_sign_in_sheet(content: ListContent) -> bytes:
    """The sign-in sheet of `content` as PDF/UA-1."""
    return SignInSheetWriter(content).render()
