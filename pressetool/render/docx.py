"""DOCX with python-docx, on the reference document `templates/referenz.docx`.

Every paragraph gets a named style of the reference document, so an office
restyles its documents in Word, not in code. The reference is read from disk
once per process and each document starts from a fresh parse of those bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Emu, Mm
from docx.text.paragraph import Paragraph

from pressetool.compose.press_release import (
    RUNNING_HEAD_PAGE,
    BlockKind,
    PressReleaseContent,
    logo_text,
)
from pressetool.office import Config
from pressetool.render.line_breaks import docx_headline, docx_lines
from pressetool.render.template_files import template_path

REFERENCE_DOCX = "referenz.docx"
FOOTER_STYLE = "Fußzeile"
RUNNING_HEAD_STYLE = FOOTER_STYLE
"""The header of page 2 and later: `Pressemitteilung Nr. 067/2020 – Seite 2 von 2`."""
DRAFT_MARK_STYLE = "Hinweis"
"""The header paragraph `Entwurf` of a draft: bold and framed, as a notice."""
LETTERHEAD_STYLES = ("Briefkopf", "Briefkopf Abteilung")
"""The letterhead's two lines, the office and its unit, in the first page's header."""


@cache
def _reference_bytes(path: Path) -> bytes:
    return path.read_bytes()


@cache
def _style_ids(path: Path) -> dict[str, str | None]:
    """Paragraph style name → style id in the reference at `path`, filled as documents
    ask. Like the reference's bytes, kept for the process: every document made from
    the reference has its styles."""
    return {}


CORE_PROPERTY_LENGTH = 255


def _property_text(text: str) -> str:
    if len(text) <= CORE_PROPERTY_LENGTH:
        return text
    return text[: CORE_PROPERTY_LENGTH - 1].rstrip() + "…"


def _field(instruction: str, shown: str = "") -> str:
    """A complex field (PAGE, NUMPAGES …) as runs, with `shown` as its cached result."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t xml:space="preserve">{shown}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _text_run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _page_x_of_y() -> str:
    """`Seite 2 von 3`, the numbers as PAGE and NUMPAGES fields."""
    return _text_run("Seite ") + _field("PAGE", "2") + _text_run(" von ") + _field("NUMPAGES", "2")


def write_lines(paragraph: Paragraph, lines: Iterable[str]) -> Paragraph:
    """`lines` into `paragraph`, joined by line breaks inside it."""
    for index, line in enumerate(lines):
        if index:
            paragraph.add_run().add_break()
        paragraph.add_run(line)
    return paragraph


class DocxRenderer:
    def __init__(self, config: Config) -> None:
        self.config = config
        reference = template_path(config, REFERENCE_DOCX)
        self.document: DocxDocument = Document(io.BytesIO(_reference_bytes(reference)))
        self._style_ids = _style_ids(reference)

    def paragraph(self, lines: Iterable[str], style: str) -> Paragraph:
        """One paragraph; several lines are joined by line breaks inside it."""
        return write_lines(self.styled(self.document.add_paragraph(), style), lines)

    def styled(self, paragraph: Paragraph, style: str) -> Paragraph:
        """`paragraph` in the paragraph style named `style` (what python-docx's
        `paragraph.style = style` does: no style id for the default style). The id
        is looked up once per process; python-docx looks it up, and the default
        style, at every paragraph: 40 % of a press release's DOCX, and once per
        document still a fifth of the archive's."""
        if style not in self._style_ids:
            found = self.document.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[no-untyped-call]
            self._style_ids[style] = found
        paragraph._p.style = self._style_ids[style]
        return paragraph

    def page_numbers_in_footer(self, from_first_page: bool = False) -> Paragraph:
        """`Seite X von Y` (PAGE and NUMPAGES fields) in the footer from page 2 on,
        or with `from_first_page` on every page; returns the footer's paragraph.

        From page 2 on, the first page has an empty footer of its own (`titlePg`),
        so a one-page document carries no page number. Word's way to number page 1
        only when there are more pages is an IF field around the fields, which
        LibreOffice does not evaluate (it prints the bare numbers), so it is not used.
        """
        section = self.document.sections[0]
        section.different_first_page_header_footer = not from_first_page
        paragraph: Paragraph = section.footer.paragraphs[0]
        self._footer_paragraph(paragraph, _page_x_of_y())
        return paragraph

    def running_head(self, text: str) -> None:
        """`Pressemitteilung Nr. 067/2020 – Seite 2 von 2` in the header of page 2 and
        later, fields for the numbers. Page 1 has a header of its own (`titlePg`); a
        document numbered from page 1 on gets the numbers in page 1's own footer too.

        The line stands in a one-cell table above the header's paragraph, which stays
        a draft's `Entwurf` (or empty): LibreOffice shows the fields' codes instead of
        the numbers when they stand in a content control."""
        section = self.document.sections[0]
        if not section.different_first_page_header_footer:
            section.different_first_page_header_footer = True
            self._footer_paragraph(section.first_page_footer.paragraphs[0], _page_x_of_y())
        header = section.header
        header.is_linked_to_previous = False
        first = header.paragraphs[0]
        if not first.text:  # python-docx's new header says `Header`
            self.styled(first, RUNNING_HEAD_STYLE)
        margins = (section.page_width, section.left_margin, section.right_margin)
        page, left, right = (int(length or 0) for length in margins)
        table = header.add_table(1, 1, Emu(page - left - right))
        paragraph = table.cell(0, 0).paragraphs[0]
        self.styled(paragraph, RUNNING_HEAD_STYLE)
        runs = _text_run(f"{text}{RUNNING_HEAD_PAGE} ") + _field("PAGE", "2")
        runs += _text_run(" von ") + _field("NUMPAGES", "2")
        for run in parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"):
            paragraph._p.append(run)
        first._p.addprevious(table._tbl)

    def _footer_paragraph(self, paragraph: Paragraph, runs_xml: str) -> None:
        self.styled(paragraph, FOOTER_STYLE)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in parse_xml(f"<w:p {nsdecls('w')}>{runs_xml}</w:p>"):
            paragraph._p.append(run)

    def mark_every_page(self, text: str) -> None:
        """`text` in the header of every page: the first page's own header (the
        footer of page 1 differs, `titlePg`) and the header of the others."""
        section = self.document.sections[0]
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        for header in headers:
            header.is_linked_to_previous = False
            paragraph = header.paragraphs[0]
            self.styled(paragraph, DRAFT_MARK_STYLE)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(text)

    def metadata(self, title: str, author: str) -> None:
        """Title and author in the document's properties, each cut to the 255 characters
        that the format allows (with `…`); the document's own text keeps them whole."""
        properties = self.document.core_properties
        properties.title = _property_text(title)
        properties.author = _property_text(author)
        properties.language = "de-DE"

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


_STYLE_OF_BLOCK = {
    BlockKind.WITHDRAWAL: "Hinweis",
    BlockKind.EMBARGO: "Hinweis",
    BlockKind.CORRECTION: "Berichtigung",
    BlockKind.CORRECTION_NOTE: "Normal",
    BlockKind.TITLE: "Dokumenttitel",
    BlockKind.NUMBER_LINE: "Nummernzeile",
    BlockKind.ISSUER: "Normal",
    BlockKind.PARAGRAPH: "Normal",
    BlockKind.CONTACTS: "Kontakte",
}


class PressReleaseDocx(DocxRenderer):
    def __init__(self, content: PressReleaseContent, config: Config) -> None:
        super().__init__(config)
        self.content = content

    def render(self) -> bytes:
        content = self.content
        self.metadata(content.title, content.author)
        for block in content.blocks:
            paragraph = self.styled(self.document.add_paragraph(), _STYLE_OF_BLOCK[block.kind])
            if block.kind is BlockKind.TITLE:
                docx_headline(paragraph, block.lines)
            else:
                docx_lines(paragraph, block.lines)
        self.page_numbers_in_footer()
        if content.draft_mark:
            self.mark_every_page(content.draft_mark)
        self.running_head(content.running_head)
        self._letterhead(content.letterhead.office, content.letterhead.unit)
        return self.to_bytes()

    def _letterhead(self, office: str, unit: str) -> None:
        """The letterhead in the first page's header (`titlePg`; pages 2 and later
        carry the running head): below a draft's `Entwurf`, the office's logo
        right-aligned (if there is one), then the office and its unit on the left.

        The header starts at `header_distance`; without a mark the letterhead's first
        paragraph gets the room down to the top margin as space before, so that it
        stands where the PDF's does. Word and LibreOffice start the body below a header
        that is taller than the top margin: the space after `Briefkopf Abteilung`
        parts the letterhead from the text, as in the PDF.
        """
        section = self.document.sections[0]
        header = section.first_page_header
        header.is_linked_to_previous = False
        empty = [p for p in header.paragraphs if not p.text]  # python-docx's new header
        marked = len(empty) < len(header.paragraphs)
        paragraphs = []
        if self.config.office.logo is not None:
            paragraphs.append(self._logo(empty.pop() if empty else header.add_paragraph()))
        for text, style in zip((office, unit), LETTERHEAD_STYLES, strict=True):
            paragraph = empty.pop() if empty else header.add_paragraph()
            self.styled(paragraph, style)
            paragraph.add_run(text)
            paragraphs.append(paragraph)
        if not marked:  # else a draft's `Entwurf` stands above, in the room it leaves
            margins = (section.top_margin, section.header_distance)
            top, distance = (int(length or 0) for length in margins)
            paragraphs[0].paragraph_format.space_before = Emu(max(top - distance, 0))

    def _logo(self, paragraph: Paragraph) -> Paragraph:
        """The office's logo in `paragraph`, right-aligned, `logo_height` high, with
        `Logo: Bezirksamt …` as its alternative text."""
        from pressetool.render.logo import logo_png

        office = self.config.office
        assert office.logo is not None
        self.styled(paragraph, RUNNING_HEAD_STYLE)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        png = io.BytesIO(logo_png(office.logo, office.logo_height))
        paragraph.add_run().add_picture(png, height=Mm(office.logo_height))
        text = logo_text(self.content.letterhead.office)
        for properties in paragraph._p.xpath(".//wp:docPr"):
            properties.set("descr", text)
            properties.set("title", text)
        return paragraph
