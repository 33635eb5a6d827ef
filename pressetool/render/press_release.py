"""The press release in every format: composed content → bytes per format.

`build` asks for PDF and DOCX (or one of them), `archive` also for the
archival PDF/A-3a. WeasyPrint and python-docx are imported only for the
formats asked for, so that `build --format docx` does not load WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from pressetool.compose.press_release import PressReleaseContent
from pressetool.office import Config


class ReleaseFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    ARCHIVAL_PDF = "pdf/a-3a"
    """PDF/A-3 level A: archival and tagged, so the archival copy stays accessible."""
    HTML = "html"
    """An HTML fragment for berlin.de's editor (render/press_release_text.py)."""
    TXT = "txt"
    """Plain text for an e-mail body (render/press_release_text.py)."""


def render_press_release(
    content: PressReleaseContent, config: Config, formats: Iterable[ReleaseFormat]
) -> dict[ReleaseFormat, bytes]:
    rendered: dict[ReleaseFormat, bytes] = {}
    wanted = list(formats)
    laid_out: dict[ReleaseFormat, bytes] = {}
    if ReleaseFormat.PDF in wanted and ReleaseFormat.ARCHIVAL_PDF in wanted:
        # the archive: both PDFs from one layout and one write (issue 14)
        from pressetool.render.pdf import PressReleasePdf

        both = PressReleasePdf(content, config).render_with_archival()
        laid_out = dict(zip((ReleaseFormat.PDF, ReleaseFormat.ARCHIVAL_PDF), both, strict=True))
    for form in wanted:
        if form in laid_out:
            rendered[form] = laid_out[form]
            continue
        if form in (ReleaseFormat.HTML, ReleaseFormat.TXT):
            from pressetool.render.press_release_text import release_pasted_text

            rendered[form] = release_pasted_text(content, html=form is ReleaseFormat.HTML)
            continue
        if form is ReleaseFormat.DOCX:
            from pressetool.render.docx import PressReleaseDocx

            rendered[form] = PressReleaseDocx(content, config).render()
        else:
            from pressetool.render.pdf import PressReleasePdf

            renderer = PressReleasePdf(content, config)
            archival = form is ReleaseFormat.ARCHIVAL_PDF
            rendered[form] = renderer.render(variant=form.value) if archival else renderer.render()
    return rendered
