"""The DOCX title keeps a short last word with the one before (issue 13): Word needs a
no-break space there, as the PDF's title has its last two words in a `nobr` span."""

from __future__ import annotations

import pytest
from docx import Document

from pressetool.compose.german import NBSP
from pressetool.render.line_breaks import docx_headline


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Kiezfest im Wedding",), f"Kiezfest im{NBSP}Wedding"),
        (("Runder Tisch „Saubere Kieze“",), f"Runder Tisch „Saubere{NBSP}Kieze“"),
        # a long last word may stand alone: nothing is joined
        (
            ("Ein Fest für alle Nachbarschaftseinrichtungen",),
            "Ein Fest für alle Nachbarschaftseinrichtungen",
        ),
        (("Kiezfest",), "Kiezfest"),
        # only the last line's end is kept together
        (("Kiezfest im Wedding", "und in Moabit"), f"Kiezfest im Wedding\nund in{NBSP}Moabit"),
    ],
)
def test_the_title_joins_its_short_last_word_by_a_no_break_space(
    lines: tuple[str, ...], expected: str
) -> None:
    paragraph = docx_headline(Document().add_paragraph(), lines)
    assert paragraph.text == expected


def test_a_link_at_the_end_of_the_title_stays_a_link() -> None:
    paragraph = docx_headline(Document().add_paragraph(), ("Mehr unter www.berlin.de",))
    assert paragraph.text == f"Mehr unter{NBSP}www.berlin.de"
    assert paragraph._p.xml.count("<w:hyperlink") == 1
