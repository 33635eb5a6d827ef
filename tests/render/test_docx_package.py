"""A mailing's DOCX package: each letter's file has python-docx's parts, its own document."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest

from pressetool.office import Config
from pressetool.render.docx import DocxRenderer
from pressetool.render.docx_package import DocxPackage

DOCUMENT_PART = "word/document.xml"


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        return {name: package.read(name) for name in package.namelist()}


@pytest.fixture
def renderer() -> DocxRenderer:
    made = DocxRenderer(Config())
    made.paragraph(["Frau Erika Mustermann", "Musterstr. 1", "10117 Berlin"], "Normal")
    return made


def test_every_part_but_the_document_is_python_docx_s_own(renderer: DocxRenderer) -> None:
    saved = renderer.to_bytes()
    package = DocxPackage(saved, DOCUMENT_PART)
    renderer.paragraph(["Sehr geehrte Frau Mustermann,"], "Normal")
    written = package.with_document(renderer.document.part.blob)
    ours, theirs = members(written), members(renderer.to_bytes())
    assert list(ours) == list(theirs)
    assert ours == theirs
    texts = [p.text for p in docx.Document(io.BytesIO(written)).paragraphs]
    assert texts[-2:] == [
        "Frau Erika Mustermann\nMusterstr. 1\n10117 Berlin",
        "Sehr geehrte Frau Mustermann,",
    ]


def test_the_files_of_two_letters_differ_in_their_document_only(renderer: DocxRenderer) -> None:
    package = DocxPackage(renderer.to_bytes(), DOCUMENT_PART)
    first = members(package.with_document(b"<eins/>"))
    second = members(package.with_document(b"<zwei/>"))
    assert (first.pop(DOCUMENT_PART), second.pop(DOCUMENT_PART)) == (b"<eins/>", b"<zwei/>")
    assert first == second


def test_a_package_without_a_document_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(ValueError, match=re.escape(DOCUMENT_PART)):
        DocxPackage(buffer.getvalue(), DOCUMENT_PART)
