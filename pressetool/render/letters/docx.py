"""Invitation letters as DOCX, with the DIN 5008 Form B geometry of the PDF letters.

The fields of the first page (letterhead, return address, address, information
block, fold and punch marks) are Word frames (`w:framePr`) placed on the page
where letters/geometry.py says, as in the PDF letters; the page margins are
set from there too. The text starts below the address field after a spacer
paragraph of exact height. The first page's Word footer holds the business
details (Geschäftsangaben) in a table of equal columns; later pages get
`Seite X von Y` in theirs.

The mailing is built once; for each letter only the address and the salutation
are replaced before the document is saved, so the reference document is parsed
once and not per letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, Twips
from docx.table import Table
from docx.text.paragraph import Paragraph

from pressetool.compose.letter import Invitations, Labelled, Letter, LetterFrame
from pressetool.office import Config
from pressetool.render.docx import DocxRenderer, write_lines
from pressetool.render.docx_package import DocxPackage
from pressetool.render.letters.fit import footer_columns
from pressetool.render.letters.geometry import LETTER, PAGE_HEIGHT, Box
from pressetool.render.line_breaks import docx_lines

TWIPS_PER_MM = 1440 / 25.4


def _twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def _frame(paragraph: Paragraph, box: Box) -> None:
    """Put `paragraph` into a frame at `box` on the page.

    Consecutive paragraphs with the same frame share it; a box without a
    height lets the frame grow with its text.
    """
    height = box.height
    size = f'w:h="{_twips(height)}" w:hRule="exact"' if height is not None else ""
    frame = parse_xml(
        f'<w:framePr {nsdecls("w")} w:w="{_twips(box.width)}" {size} w:wrap="through" '
        f'w:hAnchor="page" w:vAnchor="page" w:x="{_twips(box.left)}" w:y="{_twips(box.top)}"/>'
    )
    properties = paragraph._p.get_or_add_pPr()
    style = properties.find(qn("w:pStyle"))
    properties.insert(0 if style is None else 1, frame)


class InvitationLettersDocx(DocxRenderer):
    def __init__(self, invitations: Invitations, config: Config) -> None:
        super().__init__(config)
        self.invitations = invitations
        frame = invitations.frame
        self.metadata(frame.title, frame.author)
        self._margins()
        self._first_page(frame)
        self.address = self.paragraph([], "Anschrift")
        _frame(self.address, LETTER.address)
        self._information_block(frame.info)
        self._text(frame)
        self.page_numbers_in_footer()
        self._business_details(frame.business_details)
        self._package: DocxPackage | None = None
        """The mailing's package, written by python-docx once: the letters differ in
        `word/document.xml` only (render/docx_package.py)."""

    def render(self, letter: Letter) -> bytes:
        """This letter: the mailing's document with its address and salutation."""
        for run in self.address.runs:
            run._r.getparent().remove(run._r)
        write_lines(self.address, letter.address)
        self.salutation.text = letter.salutation
        if self._package is None:
            part = self.document.part
            self._package = DocxPackage(self.to_bytes(), part.partname.membername)
        return self._package.with_document(self.document.part.blob)

    def _margins(self) -> None:
        """The letter's margins, whatever the reference document's are: the
        frames and the spacer below count on them."""
        section = self.document.sections[0]
        section.top_margin = Twips(_twips(LETTER.margin_top))
        section.right_margin = Twips(_twips(LETTER.margin_right))
        section.bottom_margin = Twips(_twips(LETTER.margin_bottom))
        section.left_margin = Twips(_twips(LETTER.margin_left))
        # Word's footer grows upwards from this distance to the sheet's bottom edge.
        footer = LETTER.footer
        section.footer_distance = Twips(_twips(PAGE_HEIGHT - footer.top - (footer.height or 0)))

    def _first_page(self, frame: LetterFrame) -> None:
        letterhead, (office_height, unit_height) = LETTER.letterhead, LETTER.letterhead_lines
        office = replace(letterhead, height=office_height)
        unit = replace(letterhead, top=letterhead.top + office_height, height=unit_height)
        _frame(self.paragraph([frame.letterhead.office], "Briefkopf"), office)
        _frame(self.paragraph([frame.letterhead.unit], "Briefkopf Abteilung"), unit)
        for mark in (LETTER.fold_mark_upper, LETTER.punch_mark, LETTER.fold_mark_lower):
            _frame(self.paragraph([], "Falzmarke"), replace(mark, height=LETTER.mark_frame_height))
        if frame.return_address:
            _frame(self.paragraph([frame.return_address], "Rücksendeangabe"), LETTER.return_address)

    def _kept(self, lines: Sequence[str], style: str) -> Paragraph:
        """A paragraph of `lines` that keeps e-mail addresses, URLs and phone numbers on
        one line and links them (render/line_breaks.py), as the press release has them."""
        return docx_lines(self.styled(self.document.add_paragraph(), style), tuple(lines))

    def _information_block(self, info: tuple[Labelled, ...]) -> None:
        for item in info:
            label = self.paragraph([item.label], "Informationsblock Bezeichnung")
            _frame(label, LETTER.information_block)
            _frame(self._kept(item.lines, "Informationsblock"), LETTER.information_block)

    def _text(self, frame: LetterFrame) -> None:
        spacer = self.paragraph([], "Normal")
        above_subject = LETTER.subject_top - LETTER.margin_top
        spacer.paragraph_format.line_spacing = Pt(above_subject / 25.4 * 72)
        spacer.paragraph_format.space_after = Pt(0)
        self.paragraph([frame.subject], "Betreff")
        self.salutation = self.paragraph([""], "Normal")
        for text in frame.paragraphs:
            self._kept([text], "Normal")
        for item in frame.event_block:
            label, first, *more = (f"{item.label}:", *item.lines)
            block = self._kept([f"{label}\t{first}", *more], "Veranstaltung")
        block.paragraph_format.space_after = Pt(12)
        if frame.rsvp:
            self._kept([frame.rsvp], "Normal")
        closing = [frame.closing, frame.on_behalf] if frame.on_behalf else [frame.closing]
        self.paragraph(closing, "Grußformel")
        self.paragraph(frame.signer, "Normal")
        if frame.enclosure:
            self.paragraph([frame.enclosure], "Normal")

    def _business_details(self, details: tuple[Labelled, ...]) -> None:
        """The Geschäftsangaben in the first page's footer: a table without lines, with
        the PDF's columns (letters/fit.py; the gap is the right margin of all but the
        last), each its label above its lines."""
        if not details:
            return
        footer = self.document.sections[0].first_page_footer
        footer.is_linked_to_previous = False
        end = footer.paragraphs[0]  # every footer ends with a paragraph: a 1 pt one
        self.styled(end, "Listenende")
        table: Table = footer.add_table(1, len(details), Mm(LETTER.footer.width))
        table.autofit = False
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        margins = f'<w:tblCellMar {nsdecls("w")}><w:left w:w="0" w:type="dxa"/>'
        margins += '<w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        if look is not None:
            look.addprevious(parse_xml(margins))
        else:
            table._tbl.tblPr.append(parse_xml(margins))
        widths = footer_columns(details) or (LETTER.footer.width / len(details),) * len(details)
        cells = zip(table.rows[0].cells, details, widths, strict=True)
        for index, (cell, item, text_width) in enumerate(cells):
            gap = LETTER.footer_gap if index < len(details) - 1 else 0
            table.columns[index].width = Twips(_twips(text_width + gap))
            cell.width = Twips(_twips(text_width + gap))
            if gap:
                cell._tc.get_or_add_tcPr().append(
                    parse_xml(
                        f'<w:tcMar {nsdecls("w")}><w:right w:w="{_twips(gap)}" w:type="dxa"/>'
                        "</w:tcMar>"
                    )
                )
            label = cell.paragraphs[0]
            self.styled(label, "Geschäftsangaben Bezeichnung")
            label.add_run(item.label)
            docx_lines(self.styled(cell.add_paragraph(), "Geschäftsangaben"), item.lines)
        table._tbl.addnext(end._p)
