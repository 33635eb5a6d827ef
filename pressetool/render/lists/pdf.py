"""The Teilnehmendenliste (WeasyPrint) and the Anwesenheitsliste (drawn directly,
`sign_in_pdf`, or by WeasyPrint where its text needs shaping) as tagged PDF."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from markupsafe import Markup, escape

from pressetool.compose.participant_lists import Cell, ListContent
from pressetool.compose.press_release import RUNNING_HEAD_PAGE
from pressetool.office import Config
from pressetool.render.line_breaks import html_line
from pressetool.render.lists.layout import (
    PARTICIPANT_COLUMNS_MM,
    PHONE_LINE,
    SIGN_IN_COLUMNS_MM,
    SIGN_IN_FLOORS_MM,
    SIGN_IN_PAGE,
    table_layout,
)
from pressetool.render.lists.sign_in_pdf import render_sign_in_sheet
from pressetool.render.pdf import PDF_VARIANT, PdfRenderer
from pressetool.render.tagged_pdf.document import PDF_UA_1
from pressetool.render.tagged_pdf.text import needs_shaping


class ListPdf(PdfRenderer):
    stylesheet_names = ("pressetool.css", "listen.css")
    column_widths: tuple[int, ...]
    column_floors: tuple[int, ...] = ()
    """The default widths (`layout.table_layout` widens a column where its content needs it)."""

    def __init__(self, content: ListContent, config: Config) -> None:
        super().__init__(config)
        self.content = content

    @property
    def render_params(self) -> Mapping[str, Any]:
        content = self.content
        layout = table_layout(content.columns, content.rows, self.column_widths, self.column_floors)
        return {
            "title": content.title,
            "author": content.author,
            "letterhead": content.letterhead,
            "heading": content.heading,
            "columns": [html_line(column) for column in content.columns],
            "column_widths": layout.widths_mm,
            "rows": [
                [_MarkedCell(cell, layout.breaks_anywhere(r, c)) for c, cell in enumerate(row)]
                for r, row in enumerate(content.rows)
            ],
            "notice": content.notice,
            "running_head": f"{content.running_head}{RUNNING_HEAD_PAGE} ",
        }


class _MarkedCell:
    """A cell for the template: its lines as HTML that keeps e-mail addresses, URLs and
    phone numbers on one line and links them (render/line_breaks.py); `overfull`, a cell
    wider than the table can give its column (layout.py), is left to break anywhere."""

    def __init__(self, lines: Cell, overfull: bool) -> None:
        self.overfull = overfull
        self.html = Markup("<br>").join(_cell_line(line, overfull) for line in lines)


def _cell_line(line: str, overfull: bool) -> Markup:
    if overfull:
        return html_line(line, nobr=False)
    if PHONE_LINE.fullmatch(line):
        return Markup('<span class="nobr">{}</span>').format(escape(line))
    return html_line(line)


class ParticipantListPdf(ListPdf):
    template_name = "teilnehmendenliste.html"
    column_widths = PARTICIPANT_COLUMNS_MM


class SignInSheetPdf(ListPdf):
    """A fixed form of thousands of cells: drawn directly (`sign_in_pdf`, a hundredth of
    WeasyPrint's time, issue 14), glyph by glyph. A sheet with text that needs shaping
    (`tagged_pdf.text.needs_shaping`: an Arabic or Hebrew name, a combining mark) is laid
    out by WeasyPrint, whose HarfBuzz joins and orders it, on the same page
    (`layout.SIGN_IN_PAGE`; `@page sign-in` of `listen.css` styles its margin boxes)."""

    template_name = "anwesenheitsliste.html"
    column_widths = SIGN_IN_COLUMNS_MM
    column_floors = SIGN_IN_FLOORS_MM

    @property
    def render_params(self) -> Mapping[str, Any]:
        return {**super().render_params, "page_css": Markup(SIGN_IN_PAGE.css())}

    def render(self, variant: str = PDF_VARIANT) -> bytes:
        if variant != PDF_UA_1:
            raise ValueError(f"Die Anwesenheitsliste gibt es nur als {PDF_UA_1}, nicht {variant}.")
        if not needs_shaping(_texts(self.content)):
            return render_sign_in_sheet(self.content)
        pdf: bytes = self.layout(numbered_pages=False).write_pdf(pdf_variant=variant)
        return pdf


def _texts(content: ListContent) -> Iterator[str]:
    """Every text the sheet shows."""
    yield from (content.title, content.letterhead.office, content.letterhead.unit)
    yield from (content.heading.when, content.heading.where, *content.columns)
    for row in content.rows:
        for cell in row:
            yield from cell
    if content.notice is not None:
        yield content.notice.heading
        for item in content.notice.items:
            yield from (item.label, item.text)
