"""Page 2 and later carry `Pressemitteilung Nr. 067/2020 – Seite 2 von 2` (issue 13), and
so a participant list's: `Teilnehmendenliste: … , Mittwoch, 11. März 2020 – Seite 2 von 3`
(a page that comes loose says which list it is)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from docx import Document

from pressetool.compose.participant_lists import compose_participant_list
from pressetool.documents.build import FORMATS, release_documents
from pressetool.office import Config
from pressetool.output import write_all
from pressetool.reading.release_reader import read_release
from pressetool.render.lists.docx import ParticipantListDocx
from pressetool.render.lists.pdf import ParticipantListPdf
from tests.readback import REFERENCE_RELEASE, fold, libreoffice_pdf, pdf_pages

STEM = "pressemitteilung-067-2020"
HEAD = "Pressemitteilung Nr. 067/2020 – Seite"


@pytest.fixture(scope="module")
def long_documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("long")
    release = read_release(REFERENCE_RELEASE)
    write_all(
        release_documents(
            dataclasses.replace(release, body=release.body * 3), Config(), out, FORMATS["all"]
        ),
        out,
    )
    return out / "2020" / "067"


def test_pdf_pages_after_the_first_carry_the_running_head(long_documents: Path) -> None:
    pages = [fold(page) for page in pdf_pages(long_documents / f"{STEM}.pdf")]
    assert len(pages) == 2
    assert HEAD not in pages[0]
    assert f"{HEAD} 2 von 2" in pages[1]


def test_docx_header_of_later_pages_carries_the_running_head(
    long_documents: Path, tmp_path: Path
) -> None:
    section = Document(str(long_documents / f"{STEM}.docx")).sections[0]
    assert section.different_first_page_header_footer
    header = section.header._element.xml
    assert "Pressemitteilung Nr.\u00a0067/2020\u00a0– Seite" in header
    assert "PAGE" in header and "NUMPAGES" in header
    assert "Pressemitteilung" not in section.first_page_header._element.xml
    pages = [fold(p) for p in pdf_pages(libreoffice_pdf(long_documents / f"{STEM}.docx", tmp_path))]
    assert HEAD not in pages[0]
    assert f"{HEAD} 2 von 2" in pages[1]


LIST_HEAD = (
    "Teilnehmendenliste: Voneinander wissen in Mitte – JobCenter und Nachbarschaftseinrichtungen "
    "lernen sich kennen, Mittwoch, 11. März 2020 – Seite"
)


@pytest.fixture(scope="module")
def long_list(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The reference event with its participants four times: 38 rows, three pages."""
    out = tmp_path_factory.mktemp("long-list")
    release = read_release(REFERENCE_RELEASE)
    assert release.event is not None
    event = dataclasses.replace(release.event, participants=release.event.participants * 4)
    content = compose_participant_list(release, event, Config())
    pdf, docx = out / "liste.pdf", out / "liste.docx"
    pdf.write_bytes(ParticipantListPdf(content, Config()).render())
    docx.write_bytes(ParticipantListDocx(content, Config()).render())
    return pdf, docx


def test_a_participant_list_pdf_carries_its_title_and_date_from_page_2_on(
    long_list: tuple[Path, Path],
) -> None:
    pages = [fold(page) for page in pdf_pages(long_list[0])]
    assert len(pages) == 3
    assert LIST_HEAD not in pages[0] and "Seite 1 von 3" in pages[0]
    assert [f"{LIST_HEAD} {n} von 3" in page for n, page in enumerate(pages, 1)][1:] == [True] * 2


def test_a_participant_list_docx_carries_it_too_and_numbers_page_1(
    long_list: tuple[Path, Path], tmp_path: Path
) -> None:
    section = Document(str(long_list[1])).sections[0]
    assert section.different_first_page_header_footer
    assert "Teilnehmendenliste" not in section.first_page_header._element.xml
    pages = [fold(p) for p in pdf_pages(libreoffice_pdf(long_list[1], tmp_path))]
    assert len(pages) == 3
    assert LIST_HEAD not in pages[0] and "Seite 1 von 3" in pages[0]
    assert all(f"{LIST_HEAD} {n} von 3" in page for n, page in enumerate(pages[1:], 2))
