"""The lists keep e-mail addresses, URLs, phone numbers and `PLZ Ort` whole (issue 13):
our PDF, the DOCX as python-docx and LibreOffice read it, with column widths to match."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Twips

from pressetool.compose.participant_lists import compose_participant_list, compose_sign_in_sheet
from pressetool.models import Article, Organisation
from pressetool.office import Config
from pressetool.reading.release_reader import read_release
from pressetool.render.lists.docx import ListDocx, ParticipantListDocx, SignInSheetDocx
from pressetool.render.lists.layout import PARTICIPANT_COLUMNS_MM, SIGN_IN_COLUMNS_MM
from pressetool.render.lists.pdf import ListPdf, ParticipantListPdf, SignInSheetPdf
from pressetool.render.lists.sign_in_pdf import SignInSheetWriter
from tests.builders import person
from tests.readback import REFERENCE_RELEASE, fold, libreoffice_pdf, pdf_pages, pdf_text
from tests.render.lists.test_documents import row_numbers

NBSP = "\u00a0"
EMAIL = "quartiersmanagement-nord-ost@degewo.de"
PHONE = "030 9018-22345"
URL = "www.quartiersmanagement-moabit-ost.de"
LONG_WORD = "Nachbarschaftsheimgenossenschaft"
QUARTIERSMANAGEMENT = Organisation(
    Article.DAS,
    "Quartiersmanagement Nord-Ost",
    "Frau Dr. Patz-Drüke",
    "Malplaquetstraße 12",
    "10551",
    "Berlin",
    PHONE,
    EMAIL,
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both lists of the reference event, with the Quartiersmanagement taking part and two
    registrations with a long e-mail address, a URL and a long word; the DOCX files also
    as LibreOffice's PDF."""
    folder = tmp_path_factory.mktemp("line-breaks")
    release = read_release(REFERENCE_RELEASE)
    assert release.event is not None
    event = dataclasses.replace(
        release.event, participants=(*release.event.participants, QUARTIERSMANAGEMENT)
    )
    config = Config()
    participants = compose_participant_list(release, event, config)
    registrations = [person("Müller", "Anna", URL, email=EMAIL), person("Lange", "Kai", LONG_WORD)]
    sheet = compose_sign_in_sheet(release, event, config, registrations)
    (folder / "teilnehmende.pdf").write_bytes(ParticipantListPdf(participants, config).render())
    (folder / "teilnehmende.docx").write_bytes(ParticipantListDocx(participants, config).render())
    (folder / "anwesenheit.pdf").write_bytes(SignInSheetPdf(sheet, config).render())
    (folder / "anwesenheit.docx").write_bytes(SignInSheetDocx(sheet, config).render())
    for name in ("teilnehmende", "anwesenheit"):
        converted = libreoffice_pdf(folder / f"{name}.docx", folder / "libreoffice")
        converted.rename(folder / f"{name}-libreoffice.pdf")
    return folder


def lines(pdf: Path) -> list[str]:
    return [fold(line) for line in pdf_text(pdf).splitlines()]


def grid_mm(docx: Path) -> list[float]:
    grid = Document(str(docx)).tables[0]._tbl.tblGrid
    return [Twips(int(col.get(qn("w:w")))).mm for col in grid.gridCol_lst]


@pytest.mark.parametrize("name", ["teilnehmende.pdf", "teilnehmende-libreoffice.pdf"])
def test_participant_list_keeps_address_phone_and_postcode_whole(folder: Path, name: str) -> None:
    shown = lines(folder / name)
    for whole in (EMAIL, PHONE, "10551 Berlin", "Malplaquetstraße 12"):
        assert any(whole in line for line in shown), (whole, shown[-8:])
    assert not any(line.endswith("quartiersmanagement-nord-") for line in shown)


def test_participant_list_docx_cells_keep_address_and_phone_whole(folder: Path) -> None:
    table = Document(str(folder / "teilnehmende.docx")).tables[0]
    row = table.rows[-1]
    reach = row.cells[4]
    assert reach.text == f"030{NBSP}9018-22345\n{EMAIL}"
    assert [link.address for link in reach.paragraphs[0].hyperlinks] == [f"mailto:{EMAIL}"]
    assert reach._tc.xpath(".//w:noBreakHyphen")  # Word: not at the address's hyphens
    assert row.cells[3].text == f"Malplaquetstraße{NBSP}12\n10551{NBSP}Berlin"  # number kept
    assert [round(cell.width.mm, 1) for cell in row.cells] == [
        round(w, 1) for w in grid_mm(folder / "teilnehmende.docx")
    ]


def test_participant_list_e_mail_column_grows_as_far_as_the_address_needs(folder: Path) -> None:
    widths = grid_mm(folder / "teilnehmende.docx")
    assert sum(widths) == pytest.approx(sum(PARTICIPANT_COLUMNS_MM), abs=0.1)
    assert 75 < widths[4] < 85
    assert all(w <= d for w, d in zip(widths[:4], PARTICIPANT_COLUMNS_MM, strict=False))


@pytest.mark.parametrize("name", ["anwesenheit.pdf", "anwesenheit-libreoffice.pdf"])
def test_sign_in_sheet_keeps_url_and_long_word_whole_and_thirteen_rows(
    folder: Path, name: str
) -> None:
    shown = lines(folder / name)
    for whole in (URL, LONG_WORD):
        assert any(whole in line for line in shown), (whole, shown[:12])
    assert not any(EMAIL in line for line in shown)  # the e-mail column is filled in on the day
    pages = pdf_pages(folder / name, layout=True)
    assert [row_numbers(page) for page in pages] == [list(range(1, 14))]


def test_sign_in_sheet_docx_widens_the_organisation_column(folder: Path) -> None:
    document = Document(str(folder / "anwesenheit.docx"))
    cells = document.tables[0].rows[2].cells
    assert [cells[1].text, cells[3].text] == ["Müller", URL]
    assert [link.address for link in cells[3].paragraphs[0].hyperlinks] == [f"https://{URL}"]
    widths = grid_mm(folder / "anwesenheit.docx")
    assert widths[3] > SIGN_IN_COLUMNS_MM[3]
    assert sum(widths) == pytest.approx(sum(SIGN_IN_COLUMNS_MM), abs=0.1)


def test_ordinary_lists_keep_the_default_widths(tmp_path: Path) -> None:
    release = read_release(REFERENCE_RELEASE)
    assert release.event is not None
    config = Config()
    participants = compose_participant_list(release, release.event, config)
    sheet = compose_sign_in_sheet(release, release.event, config, [person("Müller", "Anna")])
    documents: list[tuple[ListPdf | None, ListDocx, tuple[int, ...]]] = [
        (
            ParticipantListPdf(participants, config),
            ParticipantListDocx(participants, config),
            PARTICIPANT_COLUMNS_MM,
        ),
        (None, SignInSheetDocx(sheet, config), SIGN_IN_COLUMNS_MM),
    ]
    for pdf, docx, defaults in documents:
        path = tmp_path / "liste.docx"
        path.write_bytes(docx.render())
        assert grid_mm(path) == pytest.approx(defaults, abs=0.01)
        if pdf is not None:
            assert pdf.render_params["column_widths"] == defaults
            html = pdf.html(numbered_pages=False)
            assert all(f'<col style="width: {width}mm">' in html for width in defaults)
    # the sign-in sheet is drawn directly (issue 14): its grid lines stand at the defaults
    assert SignInSheetWriter(sheet).layout.widths_mm == SIGN_IN_COLUMNS_MM
    assert grid_lines_mm(SignInSheetPdf(sheet, config).render()) == pytest.approx(
        [sum(SIGN_IN_COLUMNS_MM[:i]) for i in range(len(SIGN_IN_COLUMNS_MM) + 1)], abs=0.05
    )


def grid_lines_mm(pdf: bytes) -> list[float]:
    """Where the vertical grid lines of the first page stand, from the first, in mm."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        rects = document.pages[0].rects
    centres = sorted({round((r["x0"] + r["x1"]) / 2, 2) for r in rects if r["width"] < 1})
    return [(x - centres[0]) * 25.4 / 72 for x in centres]
