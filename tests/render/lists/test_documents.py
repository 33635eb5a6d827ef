"""The lists as the user gets them: PDFs and DOCX files of `pressetool lists` read back.

One run with the reference release and 45 registrations feeds every test; the
sign-in sheet DOCX is opened once in LibreOffice.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml.ns import qn
from pypdf import PdfReader

from pressetool.documents.lists import make_lists
from pressetool.office import Config
from tests.builders import write_list
from tests.readback import REFERENCE_RELEASE, fold, libreoffice_pdf, pdf_pages, pdf_text

REGISTERED = [
    *("Achterberg", "Bäcker", "Becker", "Brandt", "Çelik", "Dietrich", "Ehlers", "Engel"),
    *("Fischer", "Förster", "Franke", "Günther", "Gutmann", "Hahn", "Hübner", "Jäger", "Jung"),
    *("Kaiser", "Köhler", "Krämer", "Krause", "Lange", "Lorenz", "Maier", "Möller", "Mueller"),
    *("Müller", "Neumann", "Nowak", "Öztürk", "Otto", "Pohl", "Quast", "Röder", "Schäfer"),
    *("Schmitt", "Schulz", "Seidel", "Stöhr", "Thiel", "Ulrich", "Vogel", "Weiß", "Wolf"),
    "Zöllner",
]
"""45 last names in the order of German name lists (DIN 5007-2: ä as ae, Ç as C)."""
PAGES = 5
"""45 registered + 20 blank rows = 65 rows = 5 pages of 13."""
HEADER_ROW = "Nr. Name Vorname Einrichtung E-Mail (freiwillig) Unterschrift"
HEADING = (
    "Anwesenheitsliste: Voneinander wissen in Mitte – JobCenter und "
    "Nachbarschaftseinrichtungen lernen sich kennen "
    "Mittwoch, 11. März 2020, 9 – 13 Uhr "
    "JobCenter Mitte – Standort Spittelmarkt, Seydelstr. 2-5, 10117 Berlin"
)
NOTICE = ("Datenschutzhinweis nach Art. 13 DSGVO", "Art. 6 Abs. 1 lit. e DSGVO", "Löschung:")
SIGN_IN = "anwesenheitsliste-067-2020"
PARTICIPANTS = "teilnehmendenliste-067-2020"


def write_registrations(path: Path) -> Path:
    """The names shuffled (every 7th of 45, round the list), in German Excel's CSV."""
    shuffled = [REGISTERED[(index * 7) % len(REGISTERED)] for index in range(len(REGISTERED))]
    return write_list(
        path,
        (
            f"Frau;;Vorname{n};{name};Einrichtung {n};;;;p{n}@example.org"
            for n, name in enumerate(shuffled)
        ),
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("lists")
    registrations = write_registrations(tmp / "anmeldungen.csv")
    result = make_lists(REFERENCE_RELEASE, Config(), registrations=registrations, out=tmp)
    folder = tmp / "2020" / "067"
    assert result.written == [
        folder / f"{PARTICIPANTS}.pdf",
        folder / f"{PARTICIPANTS}.docx",
        folder / f"{SIGN_IN}.pdf",
        folder / f"{SIGN_IN}.docx",
    ]
    return folder


def row_numbers(page: str) -> list[int]:
    """The Nr. column of one page laid out as lines: lines that begin with a number up to 999
    (a postcode in the notice may begin a line too)."""
    return [int(m[1]) for m in re.finditer(r"^ *(\d{1,3})(?: |$)", page, re.MULTILINE)]


def check_sign_in_pages(pdf: Path) -> None:
    """Each page: heading, header row, notice, `Seite X von Y`; full pages of 13 rows."""
    pages = pdf_pages(pdf, layout=True)
    assert len(pages) == PAGES
    for number, page in enumerate(pages, start=1):
        text = fold(page)
        assert HEADING in text
        assert HEADER_ROW in text
        for words in NOTICE:
            assert words in text
        assert f"Seite {number} von {PAGES}" in text
        assert row_numbers(page) == list(range(13 * number - 12, 13 * number + 1))
    sizes = {(round(p.mediabox.width), round(p.mediabox.height)) for p in PdfReader(pdf).pages}
    assert sizes == {(842, 595)}  # A4 landscape, in points


# -- the sign-in sheet PDF -----------------------------------------------------


def test_sign_in_pdf_every_page_landscape_with_heading_header_row_notice_and_number(
    folder: Path,
) -> None:
    check_sign_in_pages(folder / f"{SIGN_IN}.pdf")


def test_sign_in_pdf_lists_the_registered_sorted_by_name(folder: Path) -> None:
    text = fold(pdf_text(folder / f"{SIGN_IN}.pdf", layout=True))
    positions = [text.index(f" {name} ") for name in REGISTERED]
    assert positions == sorted(positions)
    assert "@example.org" not in text  # the e-mail column is the person's choice on the day


# -- the sign-in sheet DOCX ----------------------------------------------------


def test_sign_in_docx_is_landscape_as_a_section_setting(folder: Path) -> None:
    section = Document(str(folder / f"{SIGN_IN}.docx")).sections[0]
    size = section._sectPr.find(qn("w:pgSz"))
    assert size.get(qn("w:orient")) == "landscape"
    assert (int(size.get(qn("w:w"))), int(size.get(qn("w:h")))) == (16838, 11906)


def test_sign_in_docx_header_row_repeats_and_rows_have_room_to_sign(folder: Path) -> None:
    table = Document(str(folder / f"{SIGN_IN}.docx")).tables[0]
    rows = table.rows
    assert [c.text for c in rows[0].cells] == [
        *HEADER_ROW.split(" ", 4)[:4],
        "E-Mail (freiwillig)",
        "Unterschrift",
    ]
    assert [r._tr.trPr.find(qn("w:tblHeader")) is not None for r in rows] == [True] + [False] * 65
    heights = {(r.height and round(r.height.mm), r.height_rule) for r in rows[1:]}
    assert heights == {(10, WD_ROW_HEIGHT_RULE.AT_LEAST)}
    names = [r.cells[1].text for r in rows[1:] if r.cells[1].text]
    assert names == REGISTERED


def test_participant_docx_numbers_every_page_as_the_pdf_does(folder: Path) -> None:
    """Page 1 had no number in Word (`titlePg` without a footer of its own); page 1 has
    its own footer now, as pages 2 and later carry the running head
    (tests/documents/test_running_head.py)."""
    section = Document(str(folder / f"{PARTICIPANTS}.docx")).sections[0]
    assert section.different_first_page_header_footer
    for footer in (section.first_page_footer, section.footer):
        fields = re.findall(r"<w:instrText[^>]*> (\w+) </w:instrText>", footer._element.xml)
        assert fields == ["PAGE", "NUMPAGES"]


def test_sign_in_docx_footer_has_notice_and_page_fields_on_every_page(folder: Path) -> None:
    document = Document(str(folder / f"{SIGN_IN}.docx"))
    section = document.sections[0]
    assert not section.different_first_page_header_footer
    footer = section.footer._element.xml
    assert re.findall(r"<w:instrText[^>]*> (\w+) </w:instrText>", footer) == ["PAGE", "NUMPAGES"]
    texts = [p.text for p in section.footer.paragraphs]
    assert texts[0].startswith("Datenschutzhinweis nach Art. 13 DSGVO. Verantwortlich:")
    assert "Art. 6 Abs. 1 lit. e DSGVO" in texts[0]
    header = " ".join(p.text for p in section.header.paragraphs)
    assert fold(header) == fold(f"Bezirksamt Mitte von Berlin, Pressestelle {HEADING}")


def test_libreoffice_shows_the_docx_like_our_pdf(folder: Path, tmp_path: Path) -> None:
    """A Word user's reader repeats the header row and puts 13 rows on each page too."""
    check_sign_in_pages(libreoffice_pdf(folder / f"{SIGN_IN}.docx", tmp_path))


# -- the Teilnehmendenliste ------------------------------------------------------


def test_participant_list_pdf_hosts_first_under_the_event(folder: Path) -> None:
    pages = pdf_pages(folder / f"{PARTICIPANTS}.pdf", layout=True)
    assert len(pages) == 1
    text = fold(pages[0])
    assert "Teilnehmendenliste: Voneinander wissen in Mitte" in text
    assert "Mittwoch, 11. März 2020, 9 – 13 Uhr" in text
    table = text.split("Nr. Einrichtung Ansprechperson Anschrift Telefon / E-Mail", 1)[1]
    names = ["1 JobCenter Mitte", "2 Bezirksamt Mitte", "3 Kreativhaus", "11 Nachbarschaftstreff"]
    positions = [table.index(name) for name in names]
    assert positions == sorted(positions)


def test_participant_list_docx_has_eleven_rows_under_a_repeating_header(folder: Path) -> None:
    document = Document(str(folder / f"{PARTICIPANTS}.docx"))
    rows = document.tables[0].rows
    assert [c.text for c in rows[0].cells] == [
        "Nr.",
        "Einrichtung",
        "Ansprechperson",
        "Anschrift",
        "Telefon / E-Mail",
    ]
    properties = rows[0]._tr.trPr
    assert properties is not None and properties.find(qn("w:tblHeader")) is not None
    assert [r.cells[1].text for r in rows[1:]][:3] == [
        "JobCenter Mitte",
        "Bezirksamt Mitte",
        "Kreativhaus",
    ]
    assert len(rows) == 12
    assert document.sections[0].orientation == 1  # landscape: addresses fit whole
