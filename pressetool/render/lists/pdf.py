"""The Teilnehmendenliste and the Anwesenheitsliste as tagged PDF."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pressetool.compose.participant_lists import ListContent
from pressetool.office import Config
from pressetool.render.lists.layout import PARTICIPANT_COLUMNS_MM, SIGN_IN_COLUMNS_MM
from pressetool.render.pdf import PDF_VARIANT, PdfRenderer


class ListPdf(PdfRenderer):
    stylesheet_names = ("pressetool.css", "listen.css")
    column_widths: tuple[int, ...]

    def __init__(self, content: ListContent, config: Config) -> None:
        super().__init__(config)
        self.content = content

    @property
    def render_params(self) -> Mapping[str, Any]:
        content = self.content
        return {
            "title": content.title,
            "author": content.author,
            "letterhead": content.letterhead,
            "heading": content.heading,
            "columns": content.columns,
            "column_widths": self.column_widths,
            "rows": content.rows,
            "notice": content.notice,
        }


class ParticipantListPdf(ListPdf):
    template_name = "teilnehmendenliste.html"
    column_widths = PARTICIPANT_COLUMNS_MM


class SignInSheetPdf(ListPdf):
    """Its page (`@page sign-in`) numbers every page, so one layout is enough."""

    template_name = "anwesenheitsliste.html"
    column_widths = SIGN_IN_COLUMNS_MM

    def render(self, variant: str = PDF_VARIANT) -> bytes:
        pdf: bytes = self.layout(numbered_pages=False, variant=variant).write_pdf(
            pdf_variant=variant
        )
        return pdf
