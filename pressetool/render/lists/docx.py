"""The Teilnehmendenliste and the Anwesenheitsliste as DOCX, with real Word features.

The header row is marked to repeat on every page (`w:tblHeader`), page numbers
are PAGE/NUMPAGES fields, and the sign-in sheet's landscape page, event heading
and data protection notice are section settings, page header and page footer,
so they survive an office's edits (added rows, changed text). Cells keep e-mail
addresses, URLs and phone numbers whole (`render.line_breaks.docx_lines`) in the
column widths the PDF has (`layout.table_layout`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Length, Mm
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from pressetool.compose.participant_lists import Cell, ListContent
from pressetool.compose.privacy_notice import PrivacyNotice
from pressetool.office import Config
from pressetool.render.docx import DocxRenderer, write_lines
from pressetool.render.line_breaks import docx_lines
from pressetool.render.lists.layout import (
    PARTICIPANT_COLUMNS_MM,
    SIGN_IN_COLUMNS_MM,
    SIGN_IN_FLOORS_MM,
    SIGN_IN_PAGE,
    table_layout,
)

TABLE_STYLE = "Listentabelle"
NOTICE_STYLE = "Datenschutzhinweis"


class ListDocx(DocxRenderer):
    column_widths: tuple[int, ...]
    column_floors: tuple[int, ...] = ()
    """The default widths (`layout.table_layout` widens a column where its content needs it)."""
    header_row_mm: float | None = None
    row_mm: float | None = None
    """Minimum heights of the header row and the other rows; None: as the text needs."""
    centre_rows = False

    def __init__(self, content: ListContent, config: Config) -> None:
        super().__init__(config)
        self.content = content

    def heading(self) -> None:
        raise NotImplementedError

    def render(self) -> bytes:
        self.metadata(self.content.title, self.content.author)
        self.heading()
        self.table()
        self.paragraph([], "Listenende")
        return self.to_bytes()

    def table(self) -> None:
        content = self.content
        layout = table_layout(content.columns, content.rows, self.column_widths, self.column_floors)
        widths = [Mm(width) for width in layout.widths_mm]
        table = self.document.add_table(rows=1, cols=len(content.columns))
        table.style = self.document.styles[TABLE_STYLE]
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        header = [(column,) for column in content.columns]
        self._header_row(table.rows[0], header, widths)
        body = _RowMaker(self.document.styles["Tabelleninhalt"].style_id, widths, self)
        for number, cells in enumerate(content.rows):
            overfull = [layout.breaks_anywhere(number, c) for c in range(len(cells))]
            table._tbl.append(body.row(cells, overfull, table))

    def _header_row(self, row: _Row, cells: Sequence[Cell], widths: Sequence[Length]) -> None:
        """The header row, kept on one page and repeated on every page."""
        if self.header_row_mm is not None:
            row.height = Mm(self.header_row_mm)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        properties = row._tr.get_or_add_trPr()
        properties.insert(0, OxmlElement("w:cantSplit"))
        properties.append(OxmlElement("w:tblHeader"))
        for cell, lines, width in zip(row.cells, cells, widths, strict=True):
            cell.width = width
            docx_lines(self.styled(cell.paragraphs[0], "Tabellenkopf"), lines)
            if self.centre_rows:
                cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


class _RowMaker:
    """Body rows from one XML text: kept on one page, `row_mm` high at least, each cell its
    column's width and the style `Tabelleninhalt`. Made by python-docx's objects, a row
    cost 2 ms (a search of the styles per cell, enum conversions per attribute), a sign-in
    sheet of 1,000 rows two seconds; parsed from this text, it costs a tenth (issue 14).
    The XML is what python-docx wrote, byte for byte (tests/render/lists read back the
    rows' heights, widths, styles, texts and links).

    A cell is written with no-break spaces, non-breaking hyphens and links
    (`docx_lines`) unless it is `overfull` (layout.py): wider than its column can be,
    it is written plainly, so that Word breaks it at its hyphens."""

    def __init__(self, style_id: str, widths: Sequence[Length], renderer: ListDocx) -> None:
        height = ""
        if renderer.row_mm is not None:
            height = f'<w:trHeight w:val="{Mm(renderer.row_mm).twips}" w:hRule="atLeast"/>'
        centre = '<w:vAlign w:val="center"/>' if renderer.centre_rows else ""
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width.twips}"/>{centre}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr></w:p></w:tc>'
            for width in widths
        )
        self.xml = f"<w:tr {nsdecls('w')}><w:trPr><w:cantSplit/>{height}</w:trPr>{cells}</w:tr>"

    def row(self, cells: Sequence[Cell], overfull: Sequence[bool], table: Table) -> Any:
        tr = parse_xml(self.xml)
        for tc, lines, plain in zip(tr.tc_lst, cells, overfull, strict=True):
            if lines:
                paragraph = Paragraph(tc.p_lst[0], _Cell(tc, table))
                (write_lines if plain else docx_lines)(paragraph, lines)
        return tr


class ParticipantListDocx(ListDocx):
    """A4 landscape with the press release's margins, `Seite X von Y` on every page: the
    PDF numbers every page of a list of more than one (page 1 too), and the DOCX, made
    beside it at the same time, cannot know its own count (Word's IF field around the
    numbers LibreOffice does not evaluate); a list of one page says `Seite 1 von 1`.
    Page 2 and later carry the running head, as the PDF's do."""

    column_widths = PARTICIPANT_COLUMNS_MM

    def heading(self) -> None:
        content = self.content
        self.paragraph([content.letterhead.office], "Briefkopf")
        self.paragraph([content.letterhead.unit], "Briefkopf Abteilung")
        self.paragraph([content.title], "Dokumenttitel")
        self.paragraph([content.heading.when, content.heading.where], "Veranstaltungsangaben")
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        self.page_numbers_in_footer(from_first_page=True)
        self.running_head(content.running_head)


class SignInSheetDocx(ListDocx):
    """A4 landscape; on every page the event heading in the page header, the
    notice and `Seite X von Y` in the footer. Page, margins and row heights are
    `layout.SIGN_IN_PAGE`, as in the PDF, so a page holds as many rows as there."""

    column_widths = SIGN_IN_COLUMNS_MM
    column_floors = SIGN_IN_FLOORS_MM
    header_row_mm = SIGN_IN_PAGE.header_row
    row_mm = SIGN_IN_PAGE.row
    centre_rows = True

    def heading(self) -> None:
        content = self.content
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        page = SIGN_IN_PAGE
        section.page_width, section.page_height = Mm(page.width), Mm(page.height)
        section.top_margin, section.bottom_margin = Mm(page.margin_top), Mm(page.margin_bottom)
        section.left_margin = section.right_margin = Mm(page.margin_side)
        section.header_distance, section.footer_distance = Mm(8), Mm(6)
        header = section.header
        office = header.paragraphs[0]
        self.styled(office, "Kopfzeile")
        write_lines(office, [f"{content.letterhead.office}, {content.letterhead.unit}"])
        write_lines(self.styled(header.add_paragraph(), "Kopfzeile Titel"), [content.title])
        write_lines(
            self.styled(header.add_paragraph(), "Kopfzeile"),
            [content.heading.when, content.heading.where],
        )
        page_numbers = self.page_numbers_in_footer(from_first_page=True)
        if content.notice is not None:
            self._notice(page_numbers.insert_paragraph_before(style=NOTICE_STYLE), content.notice)

    @staticmethod
    def _notice(paragraph: Paragraph, notice: PrivacyNotice) -> None:
        paragraph.add_run(f"{notice.heading}.").bold = True
        for item in notice.items:
            paragraph.add_run(" ")
            paragraph.add_run(f"{item.label}:").bold = True
            paragraph.add_run(f" {item.text}")
