"""Invitation letters as DOCX, with the DIN 5008 Form B geometry of the PDF letters.

The fields of the first page (letterhead, return address, address, information
block, fold and punch marks) are Word frames (`w:framePr`) placed on the page
in mm, the same positions as `brief.css`; the text starts below the address
field after a spacer paragraph of exact height. Later pages get
`Seite X von Y` in the footer.

The mailing is built once; for each letter only the address and the salutation
are replaced before the document is saved, so the reference document is parsed
once and not per letter.
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from pressetool.compose.letter import Invitations, Labelled, Letter, LetterFrame
from pressetool.office import Config
from pressetool.render.docx import DocxRenderer, write_lines

TWIPS_PER_MM = 1440 / 25.4
SUBJECT_TOP_MM = 98.5
TOP_MARGIN_MM = 20
FOLD_MARKS_MM = ((105, 5), (148.5, 8), (210, 5))
"""(top, length) of the upper fold mark, the punch mark and the lower fold mark."""


def _twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def _frame(paragraph: Paragraph, x: float, y: float, width: float, height: float | None) -> None:
    """Put `paragraph` into a frame at (x, y) mm from the page's top-left corner.

    Consecutive paragraphs with the same frame share it; `height` None lets the
    frame grow with its text.
    """
    size = f'w:h="{_twips(height)}" w:hRule="exact"' if height is not None else ""
    frame = parse_xml(
        f'<w:framePr {nsdecls("w")} w:w="{_twips(width)}" {size} w:wrap="through" '
        f'w:hAnchor="page" w:vAnchor="page" w:x="{_twips(x)}" w:y="{_twips(y)}"/>'
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
        self._first_page(frame)
        self.address = self.paragraph([], "Anschrift")
        _frame(self.address, 25, 62.7, 80, 27.3)
        self._information_block(frame.info)
        self._text(frame)
        self.page_numbers_in_footer()

    def render(self, letter: Letter) -> bytes:
        """This letter: the mailing's document with its address and salutation."""
        for run in self.address.runs:
            run._r.getparent().remove(run._r)
        write_lines(self.address, letter.address)
        self.salutation.text = letter.salutation
        return self.to_bytes()

    def _first_page(self, frame: LetterFrame) -> None:
        letterhead = frame.letterhead
        _frame(self.paragraph([letterhead.office], "Briefkopf"), 25, 12, 100, 7)
        _frame(self.paragraph([letterhead.unit], "Briefkopf Abteilung"), 25, 19, 100, 10)
        for top, length in FOLD_MARKS_MM:
            _frame(self.paragraph([], "Falzmarke"), 5, top, length, 1)
        if frame.return_address:
            _frame(self.paragraph([frame.return_address], "Rücksendeangabe"), 25, 45, 80, 5)

    def _information_block(self, info: tuple[Labelled, ...]) -> None:
        for item in info:
            _frame(self.paragraph([item.label], "Informationsblock Bezeichnung"), 125, 50, 75, None)
            _frame(self.paragraph(item.lines, "Informationsblock"), 125, 50, 75, None)

    def _text(self, frame: LetterFrame) -> None:
        spacer = self.paragraph([], "Normal")
        spacer.paragraph_format.line_spacing = Pt((SUBJECT_TOP_MM - TOP_MARGIN_MM) / 25.4 * 72)
        spacer.paragraph_format.space_after = Pt(0)
        self.paragraph([frame.subject], "Betreff")
        self.salutation = self.paragraph([""], "Normal")
        for text in frame.paragraphs:
            self.paragraph([text], "Normal")
        for item in frame.event_block:
            label, first, *more = (f"{item.label}:", *item.lines)
            block = self.paragraph([f"{label}\t{first}", *more], "Veranstaltung")
        block.paragraph_format.space_after = Pt(12)
        if frame.rsvp:
            self.paragraph([frame.rsvp], "Normal")
        self.paragraph([frame.closing], "Grußformel")
        self.paragraph(frame.signer, "Normal")
        self.paragraph([frame.enclosure], "Normal")
