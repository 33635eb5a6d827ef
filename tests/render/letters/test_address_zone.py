"""Six address lines as wide as the check lets them be stand whole in the address zone:
in the PDF and in the DOCX as LibreOffice opens it (its frame has a fixed height)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pdfplumber
import pytest

from pressetool.compose.letter import Invitations, Letter
from pressetool.office import Config
from pressetool.reading.release_reader import read_release
from pressetool.render.letters.docx import InvitationLettersDocx
from pressetool.render.letters.fit import address_problems, text_width
from pressetool.render.letters.pdf import InvitationLettersPdf
from tests.builders import address_parts, invitations_for, person
from tests.readback import REFERENCE_RELEASE, libreoffice_pdf

MM = 72 / 25.4


def widest(text: str) -> str:
    """`text`, cut where it is as wide as the address zone allows."""
    while text_width(text, 11) > 80:
        text = text[:-1].rstrip()
    return text


SIX_LINES = (
    widest("Arbeitsgemeinschaft der Nachbarschaftseinrichtungen Berlin"),
    widest("Abteilung Jugend, Familie und Gesundheit, Jugendamt Mitte"),
    "Familie",
    widest("Herrn Prof. Dr. Maximilian Ägidius Müller-Lüdenscheidt"),
    widest("Fehrbelliner Straße 92, Hinterhaus, Aufgang C, 3. OG"),
    "10119 Berlin",
)


@pytest.fixture(scope="module")
def letter_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("anschriftzone")
    composed = invitations_for(read_release(REFERENCE_RELEASE), person("Müller"))
    letter = Letter(
        row=2,
        name="Müller",
        address_parts=address_parts(SIX_LINES),
        salutation="Sehr geehrte Familie,",
    )
    invitations: Invitations = dataclasses.replace(composed, letters=(letter,))
    assert address_problems(invitations, folder / "liste.csv") == []
    pdf, docx = folder / "brief.pdf", folder / "brief.docx"
    pdf.write_bytes(InvitationLettersPdf(invitations, Config()).render_letters()[0].pdf.data)
    docx.write_bytes(InvitationLettersDocx(invitations, Config()).render(letter))
    (folder / "libreoffice").mkdir()
    return pdf, libreoffice_pdf(docx, folder / "libreoffice")


def address_zone(path: Path) -> list[tuple[str, float, float, float]]:
    """Each line left of 110 mm between 55 and 95 mm (below the return address): text,
    right end, top and bottom, in mm."""
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["size"])
    lines: dict[float, list[dict[str, float]]] = {}
    for word in words:
        if 55 * MM < word["top"] < 95 * MM and word["x0"] < 110 * MM and word["size"] > 9:
            lines.setdefault(round(word["top"] / MM, 0), []).append(word)
    return [
        (
            " ".join(str(w["text"]) for w in line),
            max(w["x1"] for w in line) / MM,
            min(w["top"] for w in line) / MM,
            max(w["bottom"] for w in line) / MM,
        )
        for _, line in sorted(lines.items())
    ]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_six_lines_of_full_width_stand_whole_in_the_zone(
    letter_files: tuple[Path, Path], kind: str
) -> None:
    lines = address_zone(letter_files[0] if kind == "pdf" else letter_files[1])
    assert [text for text, *_ in lines] == list(SIX_LINES)
    for text, right, top, bottom in lines:
        assert right <= 105, text  # no line runs past the field
        assert top >= 62.4 and bottom <= 90, text  # LibreOffice's font box is a bit higher
    assert lines[-1][0] == "10119 Berlin"  # the last line is there, inside the window
