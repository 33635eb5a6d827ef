"""Invitation letters as PDF: all letters laid out in one WeasyPrint document.

Laying out a whole mailing at once costs a fraction of one layout per letter.
Each letter's own PDF is written from its pages of that layout
(`Document.copy`), so it is a tagged PDF/UA with embedded fonts. A letter
that runs past one page gets
`Seite X von Y` on its later pages: the page counts come from a first layout,
and only when some letter is longer than a page is the mailing laid out again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pressetool.compose.letter import Invitations
from pressetool.config import Config
from pressetool.render.pdf import PDF_VARIANT, PdfRenderer


class InvitationLettersPdf(PdfRenderer):
    template_name = "einladung.html"
    stylesheet_names = ("pressetool.css", "brief.css")

    def __init__(self, invitations: Invitations, config: Config) -> None:
        super().__init__(config)
        self.invitations = invitations
        self.page_count_of: dict[int, int] = {}

    @property
    def render_params(self) -> Mapping[str, Any]:
        frame = self.invitations.frame
        return {
            "title": frame.title,
            "author": frame.author,
            "frame": frame,
            "letters": self.invitations.letters,
            "page_count_of": self.page_count_of,
            "page_counts": sorted({n for n in self.page_count_of.values() if n > 1}),
        }

    def render_letters(self) -> list[bytes]:
        """Each letter's tagged PDF, in the order of the letters."""
        document = self.layout(numbered_pages=False)
        ranges = self._page_ranges(document)
        if any(len(pages) > 1 for pages in ranges):
            document = self.layout(numbered_pages=False)
            ranges = self._page_ranges(document)
        return [
            document.copy(document.pages[pages.start : pages.stop]).write_pdf(
                pdf_variant=PDF_VARIANT
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
