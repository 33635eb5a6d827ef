"""Setting the text of one tagged PDF into copies of another (pikepdf).

A mailing's letters differ only in a few paragraphs (address, salutation).
Instead of laying out and writing every letter, one letter is laid out in
full (the *template*) and the differing paragraphs of all letters are laid out
on their own (the *parts*); each letter is then the template with its
paragraphs' drawn text swapped for the parts' text.

Both PDFs come from WeasyPrint with tags (PDF/UA): every line of text is a
marked-content sequence with an MCID, a `Span` of the paragraph's structure
element. A paragraph is found by the area its box covers (WeasyPrint's
anchors), as the marked text whose first `Tm` lies in that area. Swapping
keeps the template's graphics state, replaces the text objects (`BT` … `ET`)
line by line, moved by the difference of the two areas, and rebuilds the
paragraph's structure element from the part's, so that the result is tagged
as if it had been laid out as a whole. The parts' fonts are added to the page
under their own names.

`same_drawing` tells whether two paragraphs are drawn alike relative to their
areas; the caller checks it on one letter before trusting the swap for all.
"""

from __future__ import annotations

import bisect
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pikepdf

Area = tuple[float, float, float, float]
"""`(x1, y1, x2, y2)` in CSS pixels from the page's top-left corner, as in
WeasyPrint's `Page.anchors`; WeasyPrint's page content uses the same units."""

Instruction = tuple[list[Any], pikepdf.Operator]

_STATE_OPERATORS = frozenset(
    pikepdf.Operator(name)
    for name in ("gs", "g", "G", "rg", "RG", "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN")
)
"""What a line's mark may set besides its text: graphics state and colours.
A mark that also paints (an underline, an image) is not swapped."""
_BEGIN_TEXT = pikepdf.Operator("BT")
_END_TEXT = pikepdf.Operator("ET")
_FONT_NAME_PREFIX = "Teil"
"""Names under which the parts' fonts are added to a letter's page."""


@dataclass(frozen=True)
class MarkedText:
    """A paragraph's text on one page: one text object list per line (MCID), in order."""

    source: TaggedPdf
    page_index: int
    area: Area
    mcids: tuple[int, ...]
    lines: tuple[tuple[Instruction, ...], ...]
    element: pikepdf.Object
    """The structure element (`P`) that holds these MCIDs."""

    def font(self, name: pikepdf.Name) -> pikepdf.Object:
        """A font of the text's page, by its resource name."""
        return self.source.pdf.pages[self.page_index].Resources.Font[name]


class TaggedPdf:
    """A tagged PDF read once: its pages' instructions and marked-content ranges."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf = pikepdf.open(io.BytesIO(data))
        self._instructions: dict[int, list[Instruction]] = {}
        self._ranges: dict[int, dict[int, tuple[int, int]]] = {}
        self._starts: dict[int, list[tuple[float, float, int]]] = {}
        self._rows: dict[int, pikepdf.Array] = {}

    def instructions(self, page_index: int) -> list[Instruction]:
        if page_index not in self._instructions:
            parsed = pikepdf.parse_content_stream(self.pdf.pages[page_index])
            self._instructions[page_index] = [
                (list(item.operands), item.operator) for item in parsed
            ]
        return self._instructions[page_index]

    def marked_ranges(self, page_index: int) -> dict[int, tuple[int, int]]:
        """MCID → index of its `BDC` and of the matching `EMC`."""
        if page_index not in self._ranges:
            ranges: dict[int, tuple[int, int]] = {}
            open_marks: list[tuple[int, int | None]] = []
            for index, (operands, operator) in enumerate(self.instructions(page_index)):
                name = str(operator)
                if name in ("BDC", "BMC"):
                    open_marks.append((index, _mcid(operands) if name == "BDC" else None))
                elif name == "EMC":
                    start, mcid = open_marks.pop()
                    if mcid is not None:
                        ranges[mcid] = (start, index)
            self._ranges[page_index] = ranges
        return self._ranges[page_index]

    def line_starts(self, page_index: int) -> list[tuple[float, float, int]]:
        """Where each marked line of the page starts, `(y, x, MCID)`, from top to bottom.
        Found once per page: the recipients' parts of a mailing are hundreds of lines
        on one page, each paragraph looked up by its area."""
        if page_index not in self._starts:
            instructions = self.instructions(page_index)
            starts = []
            for mcid, (start, end) in self.marked_ranges(page_index).items():
                position = _first_text_position(instructions[start:end])
                if position is not None:
                    starts.append((position[1], position[0], mcid))
            self._starts[page_index] = sorted(starts)
        return self._starts[page_index]

    def text_in_area(self, page_index: int, area: Area) -> MarkedText:
        """The paragraph whose lines start inside `area` on the page."""
        instructions = self.instructions(page_index)
        starts = self.line_starts(page_index)
        first = bisect.bisect_left(starts, (area[1] - _TOLERANCE,))
        found = []
        for y, x, mcid in starts[first:]:
            if y > area[3] + _TOLERANCE:
                break
            if _inside((x, y), area):
                found.append(mcid)
        found.sort()
        if not found:
            raise StampError(f"keine Textzeile im Bereich {area} auf Seite {page_index + 1}")
        ranges = self.marked_ranges(page_index)
        lines = tuple(_text_of_mark(instructions[ranges[m][0] + 1 : ranges[m][1]]) for m in found)
        row = self.parent_tree_row(page_index)
        element = _common_ancestor([row[mcid] for mcid in found])
        if sorted(_mcids_below(element)) != found:
            raise StampError(f"der Absatz im Bereich {area} hat Zeilen außerhalb des Bereichs")
        return MarkedText(self, page_index, area, tuple(found), lines, element)

    def parent_tree_row(self, page_index: int) -> pikepdf.Array:
        if page_index not in self._rows:
            self._rows[page_index] = _parent_tree_row(self.pdf, self.pdf.pages[page_index])
        return self._rows[page_index]


class StampError(Exception):
    """The paragraphs cannot be swapped as asked: not found, not alike, or not on
    the first page. The caller lays the documents out in full instead."""


def same_drawing(a: MarkedText, b: MarkedText) -> bool:
    """Whether the two paragraphs are drawn alike: the same glyphs, sizes and
    fonts at the same places relative to their areas."""
    return _normalised(a) == _normalised(b)


def _normalised(text: MarkedText) -> list[tuple[str, tuple[str, ...]]]:
    x, y = text.area[0], text.area[1]
    result = []
    for line in text.lines:
        for operands, operator in line:
            values = [str(value) for value in operands]
            if str(operator) == "Tm":
                values[4:6] = [f"{float(operands[4]) - x:.3f}", f"{float(operands[5]) - y:.3f}"]
            elif str(operator) == "Tf":
                base_font = str(text.font(operands[0]).BaseFont)
                values[0] = base_font.partition("+")[2] or base_font
            result.append((str(operator), tuple(values)))
    return result


@dataclass(frozen=True)
class Swap:
    """Put `part` (from another PDF) where `target` (of the template) is."""

    target: MarkedText
    part: MarkedText


@dataclass(frozen=True)
class Sheets:
    """Where a letter's pages are for printing: `pages` of the open PDF `pdf`."""

    pdf: pikepdf.Pdf
    pages: range


class Stamper:
    """Copies of a template PDF with some of its first page's paragraphs swapped.

    With `for_print`, besides each copy's own file, `sheets` collects every copy's
    pages for a print file, in one PDF with the template: the copies' pages share
    the template's fonts and resources there, instead of each bringing its own.
    """

    def __init__(self, template: TaggedPdf, for_print: bool = False) -> None:
        self.template = template
        self._encoded = [
            pikepdf.unparse_content_stream([instruction])
            for instruction in template.instructions(0)
        ]
        """The first page's instructions, each written once for all copies."""
        self.sheets = pikepdf.open(io.BytesIO(template.data)) if for_print else None
        """The template's pages, then each copy's (made by `stamp`)."""
        self.template_sheets = (
            None if self.sheets is None else Sheets(self.sheets, range(len(self.sheets.pages)))
        )

    def stamp(self, swaps: Sequence[Swap]) -> tuple[bytes, Sheets | None]:
        """The copy's file, and (`for_print`) its pages in `sheets`."""
        out = pikepdf.open(io.BytesIO(self.template.data))
        page = out.pages[0]
        row = _parent_tree_row(out, page)
        part_fonts: dict[pikepdf.Name, pikepdf.Object] = {}
        """Fonts of the parts (in their PDF) under the names the copy draws them with."""
        text_of: dict[int, list[Instruction]] = {}
        """Template MCID → the text objects drawn in its place (none: mark removed)."""
        after: dict[int, list[Instruction]] = {}
        """Template MCID → marked lines added after it (a part with more lines)."""
        next_mcid = len(row)
        for swap in swaps:
            if swap.target.page_index != 0:
                raise StampError("nur Absätze der ersten Seite können getauscht werden")
            offset = (
                swap.target.area[0] - swap.part.area[0],
                swap.target.area[1] - swap.part.area[1],
            )
            lines = [
                _moved(_renamed_fonts(line, swap.part, part_fonts), offset)
                for line in swap.part.lines
            ]
            targets = swap.target.mcids
            added = range(next_mcid, next_mcid + max(0, len(lines) - len(targets)))
            next_mcid += len(added)
            row.extend(pikepdf.Array([None] * len(added)))
            new_mcids = (*targets[: len(lines)], *added)
            for mcid in targets:
                row[mcid] = None  # PDF null: the MCID marks nothing any more
                text_of[mcid] = []
            for mcid, line in zip(new_mcids, lines, strict=True):
                text_of[mcid] = line
            after[targets[-1]] = [
                instruction for mcid in added for instruction in _marked(mcid, text_of.pop(mcid))
            ]
            element = out.get_object(swap.target.element.objgen)
            mcid_of = dict(zip(swap.part.mcids, new_mcids, strict=True))
            element.K = _copied_kids(out, swap.part.element, element, page, mcid_of, row)
        content = b"\n".join(self._content(text_of, after))
        fonts = page.Resources.Font
        for name, font in part_fonts.items():
            fonts[name] = out.copy_foreign(font)
        page.Contents = out.make_stream(content)
        _drop_named_destinations(out)
        buffer = io.BytesIO()
        out.save(buffer, fix_metadata_version=False)
        if self.sheets is None or self.template_sheets is None:
            return buffer.getvalue(), None
        return buffer.getvalue(), self._sheets(self.sheets, content, part_fonts)

    def _sheets(
        self, sheets: pikepdf.Pdf, content: bytes, part_fonts: dict[pikepdf.Name, pikepdf.Object]
    ) -> Sheets:
        """The copy's pages added to `sheets`: the first with its own content and the
        parts' fonts (copied into `sheets` once, whichever copy needs them first), the
        others the template's."""
        assert self.template_sheets is not None
        start = len(sheets.pages)
        for index in self.template_sheets.pages:
            sheets.pages.append(sheets.pages[index])
            page = sheets.pages[-1]
            if "/Annots" in page:  # a link belongs to one page: the copy's own
                page.Annots = sheets.make_indirect(
                    pikepdf.Array(_annotation_copy(sheets, a, page) for a in page.Annots)
                )
        first = sheets.pages[start]
        resources = pikepdf.Dictionary(dict(first.Resources.items()))
        fonts = dict(resources.Font.items())
        fonts |= {str(name): sheets.copy_foreign(font) for name, font in part_fonts.items()}
        resources.Font = pikepdf.Dictionary(fonts)
        first.Resources = resources
        first.Contents = sheets.make_stream(content)
        return Sheets(sheets, range(start, len(sheets.pages)))

    def _content(
        self, text_of: dict[int, list[Instruction]], after: dict[int, list[Instruction]]
    ) -> Iterator[bytes]:
        """The template's first page with the text objects of the MCIDs in
        `text_of` swapped; a mark left without text is removed, its graphics
        state kept."""
        encoded = self._encoded
        instructions = self.template.instructions(0)
        ranges = self.template.marked_ranges(0)
        start_of = {start: mcid for mcid, (start, _end) in ranges.items() if mcid in text_of}
        index = 0
        while index < len(encoded):
            mcid = start_of.get(index)
            if mcid is None:
                yield encoded[index]
                index += 1
                continue
            start, end = ranges[mcid]
            outside = _outside_text_objects(instructions[start + 1 : end])
            state = [encoded[start + 1 + i] for i, out in enumerate(outside) if out]
            if text_of[mcid]:
                yield encoded[start]
                yield from state
                yield pikepdf.unparse_content_stream(text_of[mcid])
                yield encoded[end]
            else:
                yield from state
            if after.get(mcid):
                yield pikepdf.unparse_content_stream(after[mcid])
            index = end + 1


def _annotation_copy(
    pdf: pikepdf.Pdf, annotation: pikepdf.Object, page: pikepdf.Page
) -> pikepdf.Object:
    copy = pikepdf.Dictionary(dict(annotation.items()))
    if "/P" in copy:
        copy.P = page.obj
    return pdf.make_indirect(copy)


def _drop_named_destinations(pdf: pikepdf.Pdf) -> None:
    """A copy drops the template's named destinations (WeasyPrint makes one of
    every element id): they would name the template's elements, not the copy's."""
    names = pdf.Root.get("/Names")
    if names is not None and "/Dests" in names:
        del names.Dests
        if not names.keys():
            del pdf.Root.Names


def _marked(mcid: int, line: list[Instruction]) -> list[Instruction]:
    tag: list[Any] = [pikepdf.Name.Span, pikepdf.Dictionary(MCID=mcid)]
    return [(tag, pikepdf.Operator("BDC")), *line, ([], pikepdf.Operator("EMC"))]


def _moved(line: list[Instruction], offset: tuple[float, float]) -> list[Instruction]:
    """The line's text objects, drawn `offset` further (a translation around them)."""
    move: list[Any] = [1, 0, 0, 1, round(offset[0], 6), round(offset[1], 6)]
    return [
        ([], pikepdf.Operator("q")),
        (move, pikepdf.Operator("cm")),
        *line,
        ([], pikepdf.Operator("Q")),
    ]


def _renamed_fonts(
    line: Sequence[Instruction], part: MarkedText, fonts: dict[pikepdf.Name, pikepdf.Object]
) -> list[Instruction]:
    """The line with its fonts under names of their own, each name's font in `fonts`."""
    result: list[Instruction] = []
    for operands, operator in line:
        if str(operator) == "Tf":
            name = pikepdf.Name(f"/{_FONT_NAME_PREFIX}{str(operands[0])[1:]}")
            if name not in fonts:
                fonts[name] = part.font(operands[0])
            operands = [name, *operands[1:]]
        result.append((operands, operator))
    return result


def _copied_kids(
    out: pikepdf.Pdf,
    source: pikepdf.Object,
    parent: pikepdf.Object,
    page: pikepdf.Page,
    mcid_of: dict[int, int],
    row: pikepdf.Array,
) -> pikepdf.Array:
    """`source`'s structure below it, rebuilt in `out` under `parent` with new MCIDs."""
    kids = pikepdf.Array()
    for kid in _kids(source):
        if isinstance(kid, int):
            kids.append(mcid_of[int(kid)])
            row[mcid_of[int(kid)]] = parent
            continue
        if not isinstance(kid, pikepdf.Dictionary) or "/S" not in kid:
            raise StampError("der Absatz enthält mehr als Strukturelemente und Zeilen")
        element = out.make_indirect(
            pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=kid.S, Pg=page.obj, P=parent)
        )
        for key in _STRUCTURE_TEXT_KEYS & set(kid.keys()):
            element[key] = pikepdf.String(str(kid[key]))
        element.K = _copied_kids(out, kid, element, page, mcid_of, row)
        kids.append(element)
    return kids


_STRUCTURE_TEXT_KEYS = frozenset({"/Alt", "/ActualText", "/Lang", "/E"})
"""Text entries of a structure element that a rebuilt element keeps."""


def _kids(element: pikepdf.Object) -> list[Any]:
    kids = element.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _mcids_below(element: pikepdf.Object) -> list[int]:
    found: list[int] = []
    for kid in _kids(element):
        if isinstance(kid, int):
            found.append(int(kid))
        elif "/MCID" in kid:
            found.append(int(kid.MCID))
        else:
            found += _mcids_below(kid)
    return found


def _common_ancestor(elements: list[pikepdf.Object]) -> pikepdf.Object:
    """The deepest structure element above all of `elements` (each line's `Span`)."""
    chains = [_ancestors(element) for element in elements]
    common = None
    for level in zip(*(reversed(chain) for chain in chains), strict=False):
        if any(e.objgen != level[0].objgen for e in level):
            break
        common = level[0]
    if common is None or common.get("/S") == pikepdf.Name.StructTreeRoot:
        raise StampError("die Zeilen gehören zu keinem gemeinsamen Absatz")
    result: pikepdf.Object = common
    return result


def _ancestors(element: pikepdf.Object) -> list[pikepdf.Object]:
    """`element`'s parent, its parent, … up to the structure tree root."""
    chain = []
    current = element.get("/P")
    while current is not None and current.get("/Type") != pikepdf.Name.StructTreeRoot:
        chain.append(current)
        current = current.get("/P")
    return chain


def _parent_tree_row(pdf: pikepdf.Pdf, page: pikepdf.Page) -> pikepdf.Array:
    """The page's MCID → structure element array of the parent tree."""
    tree = pikepdf.NumberTree(pdf.Root.StructTreeRoot.ParentTree)
    row = tree.get(int(page.get("/StructParents", -1)))
    if not isinstance(row, pikepdf.Array):
        raise StampError("die Seite hat keine Zeile im Strukturbaum")
    return row


def _mcid(operands: list[Any]) -> int | None:
    properties = operands[1] if len(operands) > 1 else None
    if isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
        return int(properties.MCID)
    return None


def _outside_text_objects(instructions: Sequence[Instruction]) -> list[bool]:
    """For each instruction, whether it stands outside the `BT` … `ET` text objects."""
    outside = []
    inside = False
    for _operands, operator in instructions:
        if operator == _BEGIN_TEXT:
            inside = True
        outside.append(not inside)
        if operator == _END_TEXT:
            inside = False
    return outside


def _text_of_mark(inside: Sequence[Instruction]) -> tuple[Instruction, ...]:
    """The text objects inside a line's mark; `StampError` when the mark also
    paints (an underline, an image), which a swap would leave behind."""
    text = []
    for item, outside in zip(inside, _outside_text_objects(inside), strict=True):
        if not outside:
            text.append(item)
        elif item[1] not in _STATE_OPERATORS:
            raise StampError(f"eine Zeile zeichnet mehr als Text ({item[1]})")
    return tuple(text)


def _first_text_position(instructions: Sequence[Instruction]) -> tuple[float, float] | None:
    for operands, operator in instructions:
        if str(operator) == "Tm":
            return float(operands[4]), float(operands[5])
    return None


_TOLERANCE = 0.01
"""How far outside its area a line may start (CSS pixels): rounding."""


def _inside(position: tuple[float, float], area: Area) -> bool:
    x, y = position
    return (
        area[0] - _TOLERANCE <= x <= area[2] + _TOLERANCE
        and area[1] - _TOLERANCE <= y <= area[3] + _TOLERANCE
    )
