"""The DOCX letterhead is the first page's Word header (issue 13): a draft's `Entwurf`
above it, the logo right-aligned, then office and unit; as LibreOffice lays it out,
each stands below the one before, the body below all of them, and page 2 carries only
the running head."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from docx import Document

from pressetool.documents.build import FORMATS, release_documents
from pressetool.models import Status
from pressetool.office import Config
from pressetool.output import write_all
from pressetool.reading.release_reader import read_release
from tests.builders import office_config
from tests.documents.test_logo import ALT, logo_file
from tests.readback import REFERENCE_RELEASE, libreoffice_pdf

STEM = "pressemitteilung-067-2020"
OFFICE = "Bezirksamt Pankow von Berlin"
MM = 72 / 25.4


def docx_of(tmp_path: Path, *, logo: bool, draft: bool) -> Path:
    after = f'logo = "{logo_file(tmp_path, "svg")}"\n' if logo else ""
    config: Config = office_config(tmp_path, after=after)
    release = read_release(REFERENCE_RELEASE)
    release = dataclasses.replace(
        release, body=release.body * 3, status=Status.DRAFT if draft else release.status
    )
    write_all(
        release_documents(release, config, tmp_path / "out", FORMATS["docx"]), tmp_path / "out"
    )
    return tmp_path / "out" / "2020" / "067" / f"{STEM}.docx"


@pytest.mark.parametrize("logo", [False, True], ids=["ohne-logo", "logo"])
@pytest.mark.parametrize("draft", [False, True], ids=["veroeffentlicht", "entwurf"])
def test_the_first_page_header_holds_mark_logo_and_letterhead_above_the_body(
    tmp_path: Path, logo: bool, draft: bool
) -> None:
    docx = docx_of(tmp_path, logo=logo, draft=draft)
    section = Document(str(docx)).sections[0]
    header = [(p.text, p.style.name) for p in section.first_page_header.paragraphs]
    expected = [("Entwurf", "Hinweis")] if draft else []
    expected += [("", "Fußzeile")] if logo else []
    expected += [(OFFICE, "Briefkopf"), ("Pressestelle", "Briefkopf Abteilung")]
    assert header == expected
    inline = section.first_page_header._element.xpath(".//wp:inline/wp:docPr/@descr")
    assert inline == ([ALT] if logo else [])

    out = tmp_path / "libreoffice"
    out.mkdir()
    with pdfplumber.open(libreoffice_pdf(docx, out)) as pdf:
        assert len(pdf.pages) == 2
        first, second = pdf.pages
        lines: dict[str, dict[str, Any]] = {}
        for word in first.extract_words():  # each word's first place on the page
            lines.setdefault(word["text"], word)
        # top to bottom: mark, logo, office, unit, then the title
        boxes: list[dict[str, Any]] = [lines["Entwurf"]] if draft else []
        images = first.images
        assert len(images) == (1 if logo else 0)
        boxes += images
        boxes += [lines["Bezirksamt"], lines["Pressestelle"], lines["Veranstaltung"]]
        for upper, lower in itertools.pairwise(boxes):
            assert upper["bottom"] <= lower["top"], (upper, lower)
        if logo:  # right-aligned: its right edge near the right margin (20 mm)
            assert first.width - images[0]["x1"] == pytest.approx(20 * MM, abs=5 * MM)
        if not draft:  # the letterhead starts at the top margin, as in the PDF
            assert boxes[0]["top"] == pytest.approx(20 * MM, abs=3 * MM)
        # the letterhead's rule and space part it from the title, as in the PDF
        assert lines["Veranstaltung"]["top"] - lines["Pressestelle"]["bottom"] >= 10 * MM
        later = second.extract_text()
        assert "Pankow" not in later and "Pressestelle" not in later
        assert not second.images
        assert ("Entwurf" in later) is draft
