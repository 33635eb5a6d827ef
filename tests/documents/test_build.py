"""The press release as the user gets it: PDF and DOCX read back and compared with the reference."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from pypdf import PdfReader
from pypdf.generic import BooleanObject, DictionaryObject, StreamObject

from pressetool.compose.german import NBSP
from pressetool.documents.build import FORMATS, release_documents
from pressetool.office import Config
from pressetool.output import write_all
from pressetool.reading.release_reader import read_release
from tests.conftest import run_pressetool
from tests.readback import (
    LETTERHEAD,
    REFERENCE_RELEASE,
    docx_paragraphs,
    fold,
    libreoffice_pdf,
    pdf_fonts,
    pdf_pages,
    pdf_paragraphs,
    reference_paragraphs,
)

STEM = "pressemitteilung-067-2020"
WORD = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    write_all(
        release_documents(read_release(REFERENCE_RELEASE), Config(), out, FORMATS["all"]), out
    )
    return out / "2020" / "067"


@pytest.fixture(scope="module")
def long_documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference release with its body three times: more than one page."""
    out = tmp_path_factory.mktemp("long")
    release = read_release(REFERENCE_RELEASE)
    longer = dataclasses.replace(release, body=release.body * 3)
    write_all(release_documents(longer, Config(), out, FORMATS["all"]), out)
    return out / "2020" / "067"


def without_letterhead(paragraphs: list[str]) -> list[str]:
    assert [fold(p) for p in paragraphs[:2]] == list(LETTERHEAD)
    return [fold(p) for p in paragraphs[2:]]


def test_pdf_reads_like_the_reference_paragraph_by_paragraph(documents: Path) -> None:
    paragraphs = pdf_paragraphs(documents / f"{STEM}.pdf")
    assert without_letterhead(paragraphs) == [fold(p) for p in reference_paragraphs()]


def test_docx_reads_like_the_reference_paragraph_by_paragraph(documents: Path) -> None:
    """The body starts with the title: the letterhead is the first page's header."""
    paragraphs = docx_paragraphs(documents / f"{STEM}.docx")
    assert [fold(p) for p in paragraphs] == [fold(p) for p in reference_paragraphs()]


def test_docx_letterhead_is_the_first_page_header(long_documents: Path) -> None:
    section = Document(str(long_documents / f"{STEM}.docx")).sections[0]
    assert section.different_first_page_header_footer
    letterhead = [(p.text, p.style.name) for p in section.first_page_header.paragraphs]
    assert letterhead == [
        (LETTERHEAD[0], "Briefkopf"),
        (LETTERHEAD[1], "Briefkopf Abteilung"),
    ]
    later = section.header._element.xml
    assert not [line for line in LETTERHEAD if line in later]
    assert not section.first_page_header._element.xpath(".//wp:inline")  # no logo set


def test_libreoffice_shows_the_docx_letterhead_on_page_one_only(
    long_documents: Path, tmp_path: Path
) -> None:
    pages = [fold(p) for p in pdf_pages(libreoffice_pdf(long_documents / f"{STEM}.docx", tmp_path))]
    assert len(pages) == 2
    assert pages[0].startswith(" ".join(LETTERHEAD) + " " + fold(reference_paragraphs()[0]))
    assert not [line for line in LETTERHEAD if line in pages[1]]


def test_docx_opens_in_libreoffice_with_the_same_text(documents: Path, tmp_path: Path) -> None:
    pdf = libreoffice_pdf(documents / f"{STEM}.docx", tmp_path)
    text = fold(" ".join(pdf_pages(pdf)))
    assert text == fold(" ".join([*LETTERHEAD, *reference_paragraphs()]))


def test_pdf_is_tagged_german_a4_with_title_and_embedded_fonts(documents: Path) -> None:
    path = documents / f"{STEM}.pdf"
    reader = PdfReader(path)
    catalog = reader.trailer["/Root"]
    assert isinstance(catalog, DictionaryObject)
    assert str(catalog["/Lang"]) == "de-DE"
    mark_info, preferences = catalog["/MarkInfo"], catalog["/ViewerPreferences"]
    assert isinstance(mark_info, DictionaryObject) and isinstance(preferences, DictionaryObject)
    # bool() of a pypdf BooleanObject is always True: compare with the PDF value true
    assert mark_info["/Marked"] == BooleanObject(True)
    assert "/StructTreeRoot" in catalog
    assert preferences["/DisplayDocTitle"] == BooleanObject(True)
    assert reader.metadata is not None
    assert reader.metadata.title == fold(reference_paragraphs()[0])
    metadata = catalog["/Metadata"]
    assert isinstance(metadata, StreamObject)
    assert b"pdfuaid" in metadata.get_data()
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts)
    assert {name.split("+")[1] for name, _ in fonts} == {"Liberation-Sans", "Liberation-Sans-Bold"}


def test_one_page_has_no_page_number(documents: Path) -> None:
    pages = pdf_pages(documents / f"{STEM}.pdf")
    assert len(pages) == 1
    assert "Seite" not in pages[0]


def test_several_pages_say_seite_x_von_y(long_documents: Path, tmp_path: Path) -> None:
    pages = pdf_pages(long_documents / f"{STEM}.pdf")
    assert len(pages) == 2
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von 2" in page
    office_pages = pdf_pages(libreoffice_pdf(long_documents / f"{STEM}.docx", tmp_path))
    assert len(office_pages) == 2
    assert "Seite" not in office_pages[0]
    assert "Seite 2 von 2" in office_pages[1]


def style_ids(docx: Path) -> tuple[set[str], set[str]]:
    """The style ids that the body, headers and footers refer to, and those that
    styles.xml defines. Read from the XML: python-docx reads a paragraph whose style id
    is not defined back as the default style, so it cannot see a missing style."""
    with zipfile.ZipFile(docx) as package:
        parts = [
            name
            for name in package.namelist()
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name)
        ]
        used = {
            str(style_id)
            for name in parts
            for style_id in etree.fromstring(package.read(name)).xpath(
                "//w:pStyle/@w:val | //w:rStyle/@w:val | //w:tblStyle/@w:val", namespaces=WORD
            )
        }
        styles = etree.fromstring(package.read("word/styles.xml"))
        defined = {str(i) for i in styles.xpath("//w:style/@w:styleId", namespaces=WORD)}
    return used, defined


def test_docx_styles_are_all_defined_in_the_reference_without_theme_fonts(documents: Path) -> None:
    used, defined = style_ids(documents / f"{STEM}.docx")
    assert used - defined == set()
    assert used == {
        "Briefkopf",
        "BriefkopfAbteilung",
        "Nummernzeile",
        "Dokumenttitel",
        "Kontakte",
        "Fußzeile",
    }
    document = Document(str(documents / f"{STEM}.docx"))
    with zipfile.ZipFile(documents / f"{STEM}.docx") as package:
        names = package.namelist()
        styles = package.read("word/styles.xml").decode()
    assert "word/theme/theme1.xml" not in names
    assert "Theme" not in styles
    assert '<w:lang w:val="de-DE"' in styles
    assert 'w:ascii="Arial"' in styles
    assert "<w:suppressAutoHyphens/>" in styles
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 12
    assert normal.paragraph_format.line_spacing == pytest.approx(1.15)


def test_docx_title_keeps_its_short_last_word_with_the_one_before(documents: Path) -> None:
    """`kennen“` is short: Word may not leave it alone on the title's last line. The
    document's title property stays the plain title."""
    document = Document(str(documents / f"{STEM}.docx"))
    title = reference_paragraphs()[0]
    head, _space, last = title.rpartition(" ")
    (paragraph,) = [p for p in document.paragraphs if p.style and p.style.name == "Dokumenttitel"]
    assert paragraph.text == f"{head}{NBSP}{last}"
    assert paragraph.text.count(NBSP) == 1
    assert document.core_properties.title == title


def test_docx_title_is_the_documents_heading(documents: Path) -> None:
    """As the PDF's `h1`: outline level 1 in its style, which LibreOffice's tagged PDF
    export makes an `H1` (Word's navigation pane and screen readers read it so too)."""
    document = Document(str(documents / f"{STEM}.docx"))
    (paragraph,) = [p for p in document.paragraphs if p.style and p.style.name == "Dokumenttitel"]
    assert paragraph.style is not None
    levels = paragraph.style.element.xpath("./w:pPr/w:outlineLvl/@w:val")
    assert levels == ["0"]
    other = {p.style.name for p in document.paragraphs if p.style} - {"Dokumenttitel"}
    assert other
    for name in other:
        assert not document.styles[name].element.xpath("./w:pPr/w:outlineLvl"), name


def test_docx_core_properties(documents: Path) -> None:
    properties = Document(str(documents / f"{STEM}.docx")).core_properties
    assert properties.title == fold(reference_paragraphs()[0])
    assert properties.author == "Bezirksamt Mitte von Berlin"
    assert properties.language == "de-DE"


def test_docx_page_numbers_are_fields_from_page_two(documents: Path) -> None:
    section = Document(str(documents / f"{STEM}.docx")).sections[0]
    assert section.different_first_page_header_footer
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert "PAGE" not in section.first_page_footer._element.xml


def test_a_very_long_office_name_is_cut_in_the_docx_properties_only(office: Path) -> None:
    """Word's properties hold 255 characters; the letterhead keeps the whole name."""
    name = "Bezirksamt " + "Sehr-Lang " * 30 + "von Berlin"
    (office / "pressetool.toml").write_text(f'[office]\nname = "{name}"\n', encoding="utf-8")
    result = run_pressetool("build", REFERENCE_RELEASE, "--out", "out", cwd=office)
    assert result.status == 0, result.stderr
    document = Document(str(office / "out/2020/067" / f"{STEM}.docx"))
    author = document.core_properties.author
    assert len(author) == 255 and author.endswith("…") and name.startswith(author[:-1])
    header = document.sections[0].first_page_header
    assert name in [p.text for p in header.paragraphs]
