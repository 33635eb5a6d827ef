"""The office's logo in the press release's letterhead (issue 13): PDF and DOCX."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from PIL import Image

from pressetool.documents.build import FORMATS, release_documents
from pressetool.office import Config
from pressetool.output import write_all
from pressetool.problems import Code, InputError
from pressetool.reading.release_reader import read_release
from tests.builders import office_config
from tests.readback import REFERENCE_RELEASE, docx_paragraphs, fold, reference_paragraphs

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
    '<rect width="120" height="40" fill="#c00"/></svg>'
)
ALT = "Logo: Bezirksamt Pankow von Berlin"


def logo_file(folder: Path, kind: str) -> str:
    (folder / "templates").mkdir(exist_ok=True)
    path = folder / "templates" / f"logo.{kind}"
    if kind == "svg":
        path.write_text(SVG, encoding="utf-8")
    else:
        Image.new("RGB", (300, 100), "#c00").save(path)
    return f"templates/logo.{kind}"


def documents(config: Config, out: Path) -> Path:
    release = read_release(REFERENCE_RELEASE)
    write_all(release_documents(release, config, out, FORMATS["all"]), out)
    return out / "2020" / "067" / "pressemitteilung-067-2020"


@pytest.mark.parametrize("kind", ["svg", "png"])
def test_the_logo_stands_in_pdf_and_docx_with_its_height_and_alt_text(
    tmp_path: Path, kind: str
) -> None:
    config = office_config(
        tmp_path, after=f'logo = "{logo_file(tmp_path, kind)}"\nlogo_height = "12 mm"\n'
    )
    stem = documents(config, tmp_path / "out")
    with pikepdf.open(stem.with_suffix(".pdf")) as pdf:
        figures: list[str] = []

        def walk(element: object) -> None:
            if isinstance(element, pikepdf.Array):
                for child in element:
                    walk(child)
            elif isinstance(element, pikepdf.Dictionary) and "/S" in element:
                if element.S == "/Figure":
                    figures.append(str(element.get("/Alt", "")))
                walk(element.get("/K"))

        walk(pdf.Root.StructTreeRoot.K)
    assert figures == [ALT]
    docx = stem.with_suffix(".docx")
    document = Document(str(docx))
    header = document.sections[0].first_page_header
    (inline,) = header._element.xpath(".//wp:inline")
    assert inline.xpath("./wp:docPr/@descr") == [ALT]
    height_mm = int(inline.xpath("./wp:extent/@cy")[0]) / 36000
    assert height_mm == pytest.approx(12, abs=0.05)
    (image,) = [rel.target_part for rel in header.part.rels.values() if "image" in rel.reltype]
    assert Image.open(io.BytesIO(image.blob)).format == "PNG"
    # the logo right-aligned above the letterhead, in the first page's header only
    logo, office, unit = header.paragraphs
    assert logo._p.xpath(".//wp:inline") and logo.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert [(office.text, office.style.name), (unit.text, unit.style.name)] == [
        ("Bezirksamt Pankow von Berlin", "Briefkopf"),
        ("Pressestelle", "Briefkopf Abteilung"),
    ]
    assert not document.sections[0].header._element.xpath(".//wp:inline")
    # the body's words are unchanged
    assert [fold(p) for p in docx_paragraphs(docx)] == [fold(p) for p in reference_paragraphs()]


@pytest.mark.parametrize(
    ("settings", "code"),
    [
        ('logo = "templates/fehlt.svg"\n', Code.LOGO_UNUSABLE),
        ('logo = "pressetool.toml"\n', Code.LOGO_UNUSABLE),
        ('logo = "kein-bild.png"\n', Code.LOGO_UNUSABLE),
        ('logo = "kein-bild.svg"\n', Code.LOGO_UNUSABLE),
        (f'logo = "{"a" * 300}.svg"\n', Code.LOGO_UNUSABLE),
        ('logo = "abgebrochen.png"\n', Code.LOGO_UNUSABLE),
        ('logo = "nur-signatur.png"\n', Code.LOGO_UNUSABLE),
        ('logo_height = "80 mm"\n', Code.BAD_LOGO_HEIGHT),
        ('logo_height = "gross"\n', Code.BAD_LOGO_HEIGHT),
    ],
)
def test_a_wrong_logo_setting_is_a_problem(tmp_path: Path, settings: str, code: Code) -> None:
    for name in ("kein-bild.png", "kein-bild.svg"):  # a document renamed
        (tmp_path / name).write_bytes(b"PK\x03\x04 Word-Dokument")
    whole = Path(logo_file(tmp_path, "png"))
    cut = (tmp_path / whole).read_bytes()
    (tmp_path / "abgebrochen.png").write_bytes(cut[: len(cut) // 2])  # a download broken off
    (tmp_path / "nur-signatur.png").write_bytes(cut[:8] + bytes(20))  # python-docx: traceback
    with pytest.raises(InputError) as raised:
        office_config(tmp_path, after=settings)
    assert [problem.code for problem in raised.value.problems] == [code]


def test_logo_height_accepts_millimetres_in_german_writing(tmp_path: Path) -> None:
    config = office_config(tmp_path, after='logo_height = "12,5 mm"\n')
    assert config.office.logo_height == 12.5
    assert office_config(tmp_path).office.logo is None
