"""Invitation letters as PDF: one letter laid out in full, the others set from it.

The letters of a mailing differ only in the recipient's address and
salutation. So the recipients' parts of all letters are laid out together, on
their own (`RecipientPartsPdf`); one letter is laid out in full for each
group of letters that are alike besides their parts (`InvitationLettersPdf`);
and every other letter is that letter's PDF with its own parts swapped in
(letters/pdf_stamp.py). Each result is a tagged PDF/UA with embedded fonts,
the same as a letter laid out on its own: the same text at the same places.

Before the swap is trusted, the full letter's parts must be drawn exactly
like its recipient's parts on their own. When they are not (an office's
stylesheet gives the parts other rules on their own), and for any letter
whose parts cannot be swapped, the letters are laid out in full, all in one
WeasyPrint document (`Document.copy` per letter).

The splice is fenced: it is only a faster way to the same letters, so any
exception in it — a `StampError`, but just as well an anchor or a structure
tree of a shape this code does not expect from WeasyPrint, a `KeyError`, an
`IndexError` or a pikepdf error — lays the letters it concerns out in full
instead. Only laying letters out in full may fail the mailing.
`LetterPdf.laid_out_in_full` tells which letters were.

A letter that runs past one page gets `Seite X von Y` on its later pages: the
page counts come from a first layout, and only when some letter is longer
than a page is it laid out again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from markupsafe import Markup

from pressetool.compose.letter import Invitations, Labelled, Letter
from pressetool.office import Config
from pressetool.render.letters.fit import footer_columns, missing_characters
from pressetool.render.letters.geometry import LETTER
from pressetool.render.letters.pdf_stamp import (
    Area,
    MarkedText,
    Sheets,
    Stamper,
    StampError,
    Swap,
    TaggedPdf,
    same_drawing,
)
from pressetool.render.line_breaks import html_line
from pressetool.render.pdf import PDF_VARIANT, PdfRenderer
from pressetool.render.templates import jinja_environment

_GEOMETRY_CSS = Markup(LETTER.css())
"""The letter's geometry for the templates' `<style>` (brief.css uses it)."""

RECIPIENT_PARTS = ("anschrift", "anrede")
"""The parts of a letter that name its recipient: the element ids
`{part}-{row}` in templates/_empfaenger.html."""


@dataclass(frozen=True)
class LetterPdf:
    data: bytes
    pages: int
    laid_out_in_full: bool
    """Laid out by WeasyPrint as a whole, not set from another letter."""
    sheets: Sheets | None = None
    """With `render_letter_pdfs(…, for_print=True)`, where a print file takes the pages
    of a letter of a group set from one laid-out letter (that one included) instead of
    from `data`: all of them in one PDF, sharing its fonts (pdf_stamp.Stamper)."""


@dataclass(frozen=True)
class _LaidOutLetter:
    pdf: LetterPdf
    first_page_anchors: Mapping[str, Any]
    """WeasyPrint's anchors of the letter's first page (element id → its box),
    read by the splice only."""


def render_letter_pdfs(
    invitations: Invitations, config: Config, for_print: bool = False
) -> list[LetterPdf]:
    """Each letter's tagged PDF, in the order of the letters; `for_print`: with the
    letters' `sheets` for a print file.

    Letters are grouped by everything but their parts' text: the room their
    parts take and what the rest of their HTML says. Each group's letter with
    the fewest lines in its parts is laid out in full, so that the others
    only ever add lines. A letter that cannot be set from its group's letter
    (say, an address running out of the address field), or whose splice
    fails in any other way, is laid out in full; so is a letter whose parts
    have characters the font lacks (WeasyPrint gives such a missing glyph one
    width per document, whatever the size it is set at, so it would not stand
    where it stands in the letter laid out alone).
    """
    try:
        parts = RecipientPartsPdf(invitations, config).render_parts()
    except Exception:  # the fence (see the module's docstring): every letter in full
        return _in_full(invitations, invitations.letters, config)
    groups: dict[tuple[object, ...], list[Letter]] = {}
    lines: dict[int, int] = {}
    in_full: list[Letter] = []
    mailing = InvitationLettersPdf(invitations, config)
    for letter in invitations.letters:
        if lacks_glyphs(letter):
            in_full.append(letter)
            continue
        try:
            lines[letter.row] = parts.line_count(letter)
            likeness = (parts.heights(letter), _besides_parts(mailing, letter))
        except Exception:  # the fence: this letter in full
            in_full.append(letter)
            continue
        groups.setdefault(likeness, []).append(letter)
    firsts = [min(letters, key=lambda one: lines[one.row]) for letters in groups.values()]
    templates = (
        InvitationLettersPdf(replace(invitations, letters=tuple(firsts)), config).render_letters()
        if firsts
        else []
    )
    pdf_of: dict[int, LetterPdf] = {}
    for letters, first, template in zip(groups.values(), firsts, templates, strict=True):
        pdf_of[first.row] = template.pdf
        try:
            setter = _SetFromTemplate(template, first, parts, for_print)
        except Exception:  # the fence: the group's other letters in full
            in_full += [letter for letter in letters if letter != first]
            continue
        if setter.stamper.template_sheets is not None:
            pdf_of[first.row] = replace(template.pdf, sheets=setter.stamper.template_sheets)
        for letter in letters:
            if letter == first:
                continue
            try:
                pdf_of[letter.row] = setter.letter(letter)
            except Exception:  # the fence: this letter in full
                in_full.append(letter)
    if in_full:
        whole = _in_full(invitations, in_full, config)
        pdf_of |= {letter.row: pdf for letter, pdf in zip(in_full, whole, strict=True)}
    return [pdf_of[letter.row] for letter in invitations.letters]


def lacks_glyphs(letter: Letter) -> bool:
    """Whether the letter's address or salutation has a character the font lacks."""
    return bool(missing_characters("".join((*letter.address, letter.salutation))))


def _in_full(
    invitations: Invitations, letters: Sequence[Letter], config: Config
) -> list[LetterPdf]:
    """`letters` laid out in full, all in one WeasyPrint document."""
    laid_out = InvitationLettersPdf(replace(invitations, letters=tuple(letters)), config)
    return [one.pdf for one in laid_out.render_letters()]


def _besides_parts(mailing: InvitationLettersPdf, letter: Letter) -> str:
    """The letter's HTML without its recipient's parts and row number.

    Letters alike in this differ in their parts only. An office template that
    writes a recipient's field elsewhere too makes each such letter a group
    of its own, laid out in full.
    """
    html = mailing.letter_html(letter)
    macros = jinja_environment(mailing.config).get_template("_empfaenger.html").module
    for part in RECIPIENT_PARTS:
        html = html.replace(str(getattr(macros, part)(letter)), f"<{part}>")
    return html.replace(f'"brief-{letter.row}"', '"brief"')


class _SetFromTemplate:
    """Letters made from one letter laid out in full by swapping in their parts.

    Trusted only when the laid-out letter's parts are drawn exactly like its
    recipient's parts on their own; raises `StampError` otherwise (or whatever
    else goes wrong, which the caller's fence treats alike).
    """

    def __init__(
        self, template: _LaidOutLetter, first: Letter, parts: RecipientParts, for_print: bool
    ) -> None:
        laid_out = TaggedPdf(template.pdf.data)
        self.targets: dict[str, MarkedText] = {}
        for part in RECIPIENT_PARTS:
            anchor = template.first_page_anchors.get(f"{part}-{first.row}")
            if anchor is None:
                raise StampError(f"der Brief hat kein Element {part}-{first.row}")
            self.targets[part] = laid_out.text_in_area(0, _area(anchor))
            if not same_drawing(self.targets[part], parts.text(part, first)):
                raise StampError(f"{part} steht allein anders als im Brief")
        self.first = first
        self.template = template.pdf
        self.parts = parts
        self.stamper = Stamper(laid_out, for_print)

    def letter(self, letter: Letter) -> LetterPdf:
        if letter == self.first:
            return self.template
        swaps = [
            Swap(self.targets[part], self.parts.text(part, letter)) for part in RECIPIENT_PARTS
        ]
        data, sheets = self.stamper.stamp(swaps)
        return LetterPdf(data, self.template.pages, laid_out_in_full=False, sheets=sheets)


class RecipientParts:
    """The laid-out recipients' parts: a tagged PDF and where each part is in it."""

    def __init__(self, pdf: TaggedPdf, areas: Mapping[str, tuple[int, Area]]) -> None:
        self.pdf = pdf
        self.areas = areas
        self._texts: dict[tuple[str, int], MarkedText] = {}

    def _area(self, part: str, letter: Letter) -> tuple[int, Area]:
        found = self.areas.get(f"{part}-{letter.row}")
        if found is None:
            raise StampError(f"kein Element {part}-{letter.row} in den Empfängerteilen")
        return found

    def heights(self, letter: Letter) -> tuple[float, ...]:
        """The heights of the letter's parts: letters alike in these are laid out alike."""
        return tuple(
            round(area[3] - area[1], 3)
            for _page, area in (self._area(part, letter) for part in RECIPIENT_PARTS)
        )

    def text(self, part: str, letter: Letter) -> MarkedText:
        key = (part, letter.row)
        if key not in self._texts:
            page_index, area = self._area(part, letter)
            self._texts[key] = self.pdf.text_in_area(page_index, area)
        return self._texts[key]

    def line_count(self, letter: Letter) -> int:
        """How many marked lines the letter's parts have."""
        return sum(len(self.text(part, letter).mcids) for part in RECIPIENT_PARTS)


class RecipientPartsPdf(PdfRenderer):
    template_name = "einladung-empfaenger.html"
    stylesheet_names = ("pressetool.css", "brief.css")

    def __init__(self, invitations: Invitations, config: Config) -> None:
        super().__init__(config)
        self.invitations = invitations

    @property
    def render_params(self) -> Mapping[str, Any]:
        frame = self.invitations.frame
        return {
            "title": frame.title,
            "author": frame.author,
            "letters": self.invitations.letters,
            "geometry_css": _GEOMETRY_CSS,
        }

    def render_parts(self) -> RecipientParts:
        document = self.layout(numbered_pages=False)
        areas = {
            name: (index, _area(anchor))
            for index, page in enumerate(document.pages)
            for name, anchor in page.anchors.items()
        }
        return RecipientParts(TaggedPdf(document.write_pdf(pdf_variant=PDF_VARIANT)), areas)


class InvitationLettersPdf(PdfRenderer):
    """Whole letters, all laid out in one document and written one by one."""

    template_name = "einladung.html"
    stylesheet_names = ("pressetool.css", "brief.css")

    def __init__(self, invitations: Invitations, config: Config) -> None:
        super().__init__(config)
        self.invitations = invitations
        self.page_count_of: dict[int, int] = {}
        frame = invitations.frame
        self.shown = frame.with_text(html_line)
        """The frame as the letters show it: addresses whole, e-mail addresses linked."""
        self.footer = _footer(frame.business_details, self.shown.business_details)

    @property
    def render_params(self) -> Mapping[str, Any]:
        frame = self.invitations.frame
        return {
            "title": frame.title,
            "author": frame.author,
            "frame": self.shown,
            "letters": self.invitations.letters,
            "page_count_of": self.page_count_of,
            "page_counts": sorted({n for n in self.page_count_of.values() if n > 1}),
            "geometry_css": _GEOMETRY_CSS,
            "footer": self.footer,
        }

    def letter_html(self, letter: Letter) -> str:
        """The HTML of `letter` alone, as a mailing of this one letter has it."""
        template = jinja_environment(self.config).get_template(self.template_name)
        count = self.page_count_of.get(letter.row, 1)
        params = {**self.render_params, "letters": (letter,), "page_counts": [count] * (count > 1)}
        return template.render(**params, numbered_pages=False)

    def render_letters(self) -> list[_LaidOutLetter]:
        """Each letter's tagged PDF, in the order of the letters."""
        document = self.layout(numbered_pages=False)
        ranges = self._page_ranges(document)
        if any(len(pages) > 1 for pages in ranges):
            document = self.layout(numbered_pages=False)
            ranges = self._page_ranges(document)
        return [
            _LaidOutLetter(
                LetterPdf(
                    document.copy(document.pages[pages.start : pages.stop]).write_pdf(
                        pdf_variant=PDF_VARIANT
                    ),
                    len(pages),
                    laid_out_in_full=True,
                ),
                document.pages[pages.start].anchors,
            )
            for pages in ranges
        ]

    def _page_ranges(self, document: Any) -> list[range]:
        """Each letter's pages (found by its anchor); records each letter's page count."""
        first: dict[str, int] = {}
        for index, page in enumerate(document.pages):
            for anchor in page.anchors:
                first.setdefault(anchor, index)
        rows = [letter.row for letter in self.invitations.letters]
        starts = [first[f"brief-{row}"] for row in rows]
        ranges = [
            range(start, end)
            for start, end in zip(starts, [*starts[1:], len(document.pages)], strict=True)
        ]
        self.page_count_of = {row: len(pages) for row, pages in zip(rows, ranges, strict=True)}
        return ranges


def _footer(
    details: tuple[Labelled, ...], shown: tuple[Labelled, ...]
) -> list[tuple[Labelled, str]]:
    """Each business detail of the footer (`shown`: as HTML) with its column's width
    (`12.5mm`), as letters/fit.py shares out the footer's width for the `details`' text
    (equal columns if they do not fit, which `invite` refuses before)."""
    widths = footer_columns(details) or (LETTER.footer.width / max(len(details), 1),) * len(details)
    return [(item, f"{width:.2f}mm") for item, width in zip(shown, widths, strict=True)]


def _area(anchor: Sequence[float]) -> Area:
    """WeasyPrint's anchor: the element's border box `(x1, y1, x2, y2)`."""
    x1, y1, x2, y2 = anchor
    return (x1, y1, x2, y2)
