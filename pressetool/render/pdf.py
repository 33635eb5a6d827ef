"""HTML → PDF with WeasyPrint: tagged PDF/UA-1, German, fonts embedded.

One `PdfRenderer` per document type: a Jinja template and its `render_params`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from pressetool.compose.press_release import (
    RUNNING_HEAD_PAGE,
    Block,
    BlockKind,
    PressReleaseContent,
    logo_text,
)
from pressetool.office import Config
from pressetool.render.line_breaks import html_headline, html_line, html_lines
from pressetool.render.pdf_archival import archival_copy
from pressetool.render.template_files import template_path
from pressetool.render.templates import jinja_environment
from pressetool.render.weasyprint_import import CSS, HTML, FontConfiguration

PDF_VARIANT = "pdf/ua-1"


@cache
def font_configuration() -> FontConfiguration:
    """One font configuration per process: fontconfig's lookup is the slow part."""
    return FontConfiguration()


@cache
def _stylesheet(path: Path) -> CSS:
    """Each stylesheet parsed once per process, not once per document and layout pass."""
    return CSS(filename=str(path), font_config=font_configuration())


class PdfRenderer:
    template_name: str
    stylesheet_names: tuple[str, ...] = ("pressetool.css",)
    """Stylesheets of `templates/`, applied in this order."""

    def __init__(self, config: Config) -> None:
        self.config = config

    @property
    def render_params(self) -> Mapping[str, Any]:
        raise NotImplementedError

    def html(self, numbered_pages: bool) -> str:
        template = jinja_environment(self.config).get_template(self.template_name)
        return template.render(**self.render_params, numbered_pages=numbered_pages)

    def layout(self, numbered_pages: bool, variant: str = PDF_VARIANT) -> Any:
        """The laid-out WeasyPrint `Document`, not yet written."""
        stylesheets = [
            _stylesheet(template_path(self.config, name)) for name in self.stylesheet_names
        ]
        base_url = str(template_path(self.config, "pressetool.css").parent)
        html = HTML(string=self.html(numbered_pages), base_url=base_url)
        return html.render(
            stylesheets=stylesheets, font_config=font_configuration(), pdf_variant=variant
        )

    def render(self, variant: str = PDF_VARIANT) -> bytes:
        pdf: bytes = self._laid_out(variant).write_pdf(pdf_variant=variant)
        return pdf

    def render_with_archival(self) -> tuple[bytes, bytes]:
        """The PDF/UA-1 and its archival PDF/A-3a copy (render/pdf_archival.py): one
        layout, written once."""
        document = self._laid_out(PDF_VARIANT)
        normal: bytes = document.write_pdf(pdf_variant=PDF_VARIANT)
        return normal, archival_copy(normal, document.metadata)

    def _laid_out(self, variant: str) -> Any:
        """Laid out once; a document of several pages is laid out again with page numbers."""
        document = self.layout(numbered_pages=False, variant=variant)
        if len(document.pages) > 1:
            document = self.layout(numbered_pages=True, variant=variant)
        return document


class PressReleasePdf(PdfRenderer):
    template_name = "pressemitteilung.html"

    def __init__(self, content: PressReleaseContent, config: Config) -> None:
        super().__init__(config)
        self.content = content

    @property
    def render_params(self) -> Mapping[str, Any]:
        return {
            "title": self.content.title,
            "author": self.content.author,
            "letterhead": self.content.letterhead,
            "blocks": [_MarkedBlock(block) for block in self.content.blocks],
            "draft_mark": self.content.draft_mark,
            "running_head": f"{self.content.running_head}{RUNNING_HEAD_PAGE} ",
            "logo": self.config.office.logo.as_uri() if self.config.office.logo else None,
            "logo_height": f"{self.config.office.logo_height:g}",
            "logo_text": logo_text(self.content.letterhead.office),
        }


class _MarkedBlock:
    """A block for the template: its lines as HTML that keeps e-mail addresses, URLs
    and phone numbers on one line and links them (render/line_breaks.py)."""

    def __init__(self, block: Block) -> None:
        self.kind = block.kind
        self.lines = [html_line(line) for line in block.lines]
        title = block.kind is BlockKind.TITLE
        self.text = html_headline(block.text) if title else html_lines(block.lines)
