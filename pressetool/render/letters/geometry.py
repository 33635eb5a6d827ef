"""Where the parts of an invitation letter sit on the sheet (DIN 5008, Form B).

The one definition of the letter's geometry, for both outputs: the PDF gets
it as CSS custom properties (`css_properties`, written by the letter
templates into a `:root` rule and used by `brief.css` through `var(--…)`),
the DOCX places its Word frames and margins with it (letters/docx.py).

Every measure is in mm; positions count from the top-left corner of the A4
sheet, not from the page's margins (`brief.css` subtracts those itself). The
font sizes (pt) are here too where a text must fit its box: render/letters/fit.py
measures the address, the return address, the information block and the
footer at these sizes before any letter is laid out, and
scripts/make_reference_docx.py gives the DOCX styles the same sizes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

PAGE_WIDTH = 210
PAGE_HEIGHT = 297
"""A4, mm."""
PARTS_PAGE_HEIGHT = 5000
"""The page on which the recipients' parts of a mailing are laid out on their own
(render/letters/pdf.py): A4's width, nearly as tall as a PDF page can be (5,080 mm),
so that WeasyPrint lays out one page for a chunk of letters, not one for every few."""


@dataclass(frozen=True)
class Box:
    """A rectangle on the sheet: `left` and `top` from the sheet's top-left corner."""

    left: float
    top: float
    width: float
    height: float | None = None
    """None: as high as its text."""


@dataclass(frozen=True)
class LetterGeometry:
    margin_top: float = 20
    margin_right: float = 20
    margin_bottom: float = 25
    margin_left: float = 25
    """The page margins, on every page: the text runs from 25 to 190 mm."""

    letterhead: Box = Box(25, 12, 100)
    """Briefkopf, in the top 45 mm. 100 mm wide, not the whole text width: a
    Word frame that wide would push the text below it."""
    letterhead_lines: tuple[float, float] = (7, 10)
    """DOCX only: the heights of the frames of the office's line and of the
    unit's line (with its rule below), one under the other from
    `letterhead.top`. In the PDF the two lines simply follow each other."""

    address_field: Box = Box(25, 45, 80, 45)
    """Anschriftfeld: DIN 5008 puts the field at 20 mm, 85 × 45 mm; its text
    stands on the 25 mm line, so the box starts there and is 80 mm wide."""
    return_address: Box = Box(25, 45, 80, 5)
    """Rücksendeangabe: the field's top 5 mm (set in about 8 pt)."""
    address: Box = Box(25, 62.7, 80, 27.3)
    """Anschriftzone: the field's lower zone, 62.7 to 90 mm, six lines at most. Its
    width is the field's 85 mm less the 5 mm before the text: a line may run to 105 mm."""
    address_font_size: float = 11
    """pt. Six lines at `address_line_height` take 26.8 mm of the zone's 27.3."""
    address_line_height: float = 1.15
    """Word's single line spacing of Arial, so that the DOCX (whose address frame has a
    fixed height) fits six lines as the PDF does."""
    return_address_font_size: float = 8
    """pt: the Rücksendeangabe, one line across the field's top."""

    information_block: Box = Box(125, 50, 75)
    """Informationsblock: 125 mm from the left, from 50 mm down."""
    information_font_size: float = 10
    """pt: the values of the information block (their labels are 8 pt)."""

    subject_top: float = 98.5
    """The subject (Betreff) starts two blank lines below the address field."""

    fold_mark_upper: Box = Box(5, 105, 5)
    punch_mark: Box = Box(5, 148.5, 8)
    fold_mark_lower: Box = Box(5, 210, 5)
    """Falzmarken at 105 and 210 mm, Lochmarke at 148.5 mm: short lines near the
    left edge, their `width` their length."""
    mark_frame_height: float = 1
    """DOCX only: the height of a mark's frame, whose top border draws the mark."""

    footer: Box = Box(25, 275, 165, 13)
    """Geschäftsangaben: the business details in the first page's footer, below the
    text (which ends at 272 mm), in columns side by side (`footer_columns`)."""
    footer_font_size: float = 8
    """pt"""
    footer_lines: int = 4
    """Lines of a column of the footer at 8 pt (line height 1.15): its label and three."""
    footer_gap: float = 4
    """Between the columns of the footer."""

    event_label_width: float = 25
    """The column of `Datum:`, `Uhrzeit:`, `Ort:` in the event block. (The DOCX
    has it in the style `Veranstaltung` of referenz.docx.)"""

    def css_properties(self) -> dict[str, str]:
        """The geometry as CSS custom properties (name without `--` → value).

        A box `anschriftfeld` gives `anschriftfeld-links`, `-oben`, `-breite`
        and, when it has a height, `-hoehe`. DOCX-only measures are left out.
        """
        properties = {
            "seitenbreite": _mm(PAGE_WIDTH),
            "empfaengerteile-seitenhoehe": _mm(PARTS_PAGE_HEIGHT),
            "seitenrand-oben": _mm(self.margin_top),
            "seitenrand-rechts": _mm(self.margin_right),
            "seitenrand-unten": _mm(self.margin_bottom),
            "seitenrand-links": _mm(self.margin_left),
            "betreff-oben": _mm(self.subject_top),
            "bezeichnung-breite": _mm(self.event_label_width),
            "anschrift-schriftgroesse": _pt(self.address_font_size),
            "anschrift-zeilenhoehe": f"{self.address_line_height:g}",
            "ruecksendeangabe-schriftgroesse": _pt(self.return_address_font_size),
            "informationsblock-schriftgroesse": _pt(self.information_font_size),
            "geschaeftsangaben-schriftgroesse": _pt(self.footer_font_size),
            "geschaeftsangaben-abstand": _mm(self.footer_gap),
            "geschaeftsangaben-rand": _mm(self.footer.top - (PAGE_HEIGHT - self.margin_bottom)),
            "geschaeftsangaben-breite": _mm(self.footer.width),
            "geschaeftsangaben-hoehe": _mm(self.footer.height or 0),
        }
        boxes = {
            "briefkopf": self.letterhead,
            "anschriftfeld": self.address_field,
            "ruecksendeangabe": self.return_address,
            "anschrift": self.address,
            "informationsblock": self.information_block,
            "obere-falzmarke": self.fold_mark_upper,
            "lochmarke": self.punch_mark,
            "untere-falzmarke": self.fold_mark_lower,
        }
        for name, box in boxes.items():
            properties[f"{name}-links"] = _mm(box.left)
            properties[f"{name}-oben"] = _mm(box.top)
            properties[f"{name}-breite"] = _mm(box.width)
            if box.height is not None:
                properties[f"{name}-hoehe"] = _mm(box.height)
        return properties

    def footer_columns(self, needs: Sequence[float]) -> tuple[float, ...] | None:
        """The widths of the footer's columns whose widest lines take `needs` mm: each
        its need and an equal share of the room left, with the gap between them; None
        when they do not fit side by side."""
        room = self.footer.width - (len(needs) - 1) * self.footer_gap - sum(needs)
        if room < 0:
            return None
        return tuple(need + room / len(needs) for need in needs)

    def css(self) -> str:
        """A `:root` rule that sets `css_properties`, for a `<style>` element."""
        lines = "".join(f"  --{name}: {value};\n" for name, value in self.css_properties().items())
        return f":root {{\n{lines}}}\n"


def _mm(value: float) -> str:
    return f"{value:g}mm"


def _pt(value: float) -> str:
    return f"{value:g}pt"


LETTER = LetterGeometry()
"""The geometry of every invitation letter."""
