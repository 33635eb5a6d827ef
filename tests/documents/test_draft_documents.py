"""A draft's documents say `Entwurf` on every page; a published release's never do.
A Berichtigung shows what was corrected under its Berichtigung line (issue 11).

Read back as a reader gets them: poppler's text per PDF page, the DOCX headers
with python-docx, and the DOCX as LibreOffice lays it out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pikepdf
import pytest
from docx import Document

from pressetool.documents.build import FORMATS, build_releases, release_documents
from pressetool.models import Correction, Release, ReleaseNumber, Status
from pressetool.office import Config
from pressetool.output import write_all
from pressetool.problems import InputError
from pressetool.reading.release_reader import read_release
from tests.builders import write_release
from tests.conftest import files_below, run_main
from tests.readback import (
    LETTERHEAD,
    REFERENCE_RELEASE,
    docx_paragraphs,
    fold,
    libreoffice_pdf,
    pdf_pages,
    pdf_paragraphs,
)

STEM = "pressemitteilung-067-2020"
NOTE = "Die Uhrzeit war falsch angegeben; richtig ist 9 Uhr."


def reference(**changes: object) -> Release:
    """The reference release, its body three times (two pages), with `changes`."""
    release = read_release(REFERENCE_RELEASE)
    return dataclasses.replace(release, body=release.body * 3, **changes)  # type: ignore[arg-type]


def documents_of(release: Release, out: Path) -> Path:
    write_all(release_documents(release, Config(), out, FORMATS["all"]), out)
    return out / "2020" / "067"


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return documents_of(reference(status=Status.DRAFT), tmp_path_factory.mktemp("draft"))


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return documents_of(reference(), tmp_path_factory.mktemp("published"))


def headers(docx: Path) -> list[str]:
    """The text of every header of every section: first page, other pages, even pages."""
    document = Document(str(docx))
    texts = []
    for section in document.sections:
        for header in (section.first_page_header, section.header, section.even_page_header):
            if not header.is_linked_to_previous:
                texts.append(" ".join(p.text for p in header.paragraphs))
    return texts


def test_every_pdf_page_of_a_draft_says_entwurf_at_the_top(draft: Path) -> None:
    pages = pdf_pages(draft / f"{STEM}.pdf")
    assert len(pages) == 2
    for page in pages:
        assert page.lstrip().startswith("Entwurf\n")


def test_the_mark_is_tagged_text_on_every_page_of_a_tagged_pdf(
    draft: Path, published: Path
) -> None:
    """PDF/UA: the mark is real text in the structure tree once per page (a screen
    reader hears `Entwurf` too), not untagged content."""

    def paragraphs(path: Path) -> int:
        """The P elements of the structure tree."""

        def count(element: pikepdf.Object) -> int:
            kids = element.get("/K")
            own = 1 if element.get("/S") == "/P" else 0
            if isinstance(kids, pikepdf.Array):
                return own + sum(count(kid) for kid in kids if isinstance(kid, pikepdf.Dictionary))
            return own + (count(kids) if isinstance(kids, pikepdf.Dictionary) else 0)

        with pikepdf.open(path) as pdf:
            assert b"pdfuaid" in pdf.Root.Metadata.read_bytes()
            return count(pdf.Root.StructTreeRoot)

    assert paragraphs(draft / f"{STEM}.pdf") == paragraphs(published / f"{STEM}.pdf") + 2


def test_every_docx_page_of_a_draft_says_entwurf_in_its_header(draft: Path, tmp_path: Path) -> None:
    docx = draft / f"{STEM}.docx"
    # page 1 has its own header (titlePg): the mark above the letterhead
    assert headers(docx) == [" ".join(["Entwurf", *LETTERHEAD]), "Entwurf"]
    assert "Entwurf" not in docx_paragraphs(docx)
    pages = pdf_pages(libreoffice_pdf(docx, tmp_path))
    assert len(pages) == 2
    assert all("Entwurf" in page for page in pages)
    assert fold(pages[0]).startswith(" ".join(["Entwurf", *LETTERHEAD]))


def test_a_published_release_never_says_entwurf(published: Path) -> None:
    assert not [page for page in pdf_pages(published / f"{STEM}.pdf") if "Entwurf" in page]
    docx = published / f"{STEM}.docx"
    assert not [text for text in headers(docx) if "Entwurf" in text]
    assert not [text for text in docx_paragraphs(docx) if "Entwurf" in text]


def test_what_was_corrected_stands_under_the_berichtigung_line(tmp_path: Path) -> None:
    correction = Correction(ReleaseNumber(60, 2020), dt.date(2020, 2, 20), NOTE)
    folder = documents_of(reference(correction_of=correction), tmp_path)
    line = "Berichtigung zur Pressemitteilung Nr. 060/2020 vom 20.02.2020"
    for paragraphs in (
        pdf_paragraphs(folder / f"{STEM}.pdf"),
        [" ".join(p.split()) for p in docx_paragraphs(folder / f"{STEM}.docx")],
    ):
        at = paragraphs.index(line)
        assert paragraphs[at + 1] == NOTE
        assert paragraphs[at + 2].startswith("Veranstaltung „Voneinander wissen")


def test_build_of_a_draft_file_writes_its_marked_documents(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Into intern/: a draft is never in the public output/ (test_build_folders.py)."""
    monkeypatch.chdir(office)
    text = REFERENCE_RELEASE.read_text(encoding="utf-8") + "status: draft\n"
    path = write_release(office, "2020/067-entwurf.yaml", text)
    status, out, err = run_main(capsys, "build", str(path.relative_to(office)))
    assert status == 0, err
    pdf = Path("intern/2020/067") / f"{STEM}.pdf"
    assert out.splitlines()[0] == str(pdf)
    assert all("Entwurf" in page for page in pdf_pages(pdf))


def test_build_refuses_a_discarded_number_and_writes_nothing(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(office)
    discarded = "number: 2\ndate: 2020-03-02\ntitle: Testnummer\nstatus: discarded\n"
    path = write_release(office, "2020/002-testnummer.yaml", discarded)
    status, _, err = run_main(capsys, "build", str(path.relative_to(office)))
    assert status == 1
    assert err.splitlines()[0] == (
        "Fehler: releases/2020/002-testnummer.yaml, Feld „status“: Diese Nummer ist verworfen "
        "(status: discarded); für eine verworfene Nummer entstehen keine Dokumente."
    )
    assert files_below(office / "output") == []
    with pytest.raises(InputError, match="verworfen"):
        build_releases([path], Config())
