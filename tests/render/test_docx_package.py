"""A mailing's DOCX package: each letter's file has python-docx's parts, its own document."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from pressetool.office import Config
from pressetool.render.docx import DocxRenderer
from pressetool.render.docx_package import DocxPackage
from pressetool.render.letters.docx import InvitationLettersDocx
from tests.readback import REFERENCE_RELEASE
from tests.render.letters.test_pdf import mailing

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


def test_each_local_header_says_what_the_central_directory_says(renderer: DocxRenderer) -> None:
    """zipfile reads the central directory; Word and LibreOffice may read the local headers."""
    written = DocxPackage(renderer.to_bytes(), DOCUMENT_PART).with_document(b"<dokument/>")
    with zipfile.ZipFile(io.BytesIO(written)) as package:
        infos = package.infolist()
    for info in infos:
        header = written[info.header_offset : info.header_offset + 30]
        fields = struct.unpack("<4s5H3L2H", header)
        signature, _version, flags, method, _time, _date, crc, packed, size, name, extra = fields
        assert signature == b"PK\x03\x04"
        assert (flags, method, crc, packed, size) == (
            info.flag_bits,
            info.compress_type,
            info.CRC,
            info.compress_size,
            info.file_size,
        )
        start = info.header_offset + 30
        assert written[start : start + name].decode() == info.filename
        assert extra == 0
        data = written[start + name : start + name + packed]
        assert zlib.crc32(zlib.decompress(data, -15)) == info.CRC


def test_a_letter_s_file_holds_its_own_recipient_only(tmp_path: Path) -> None:
    rows = [
        "Frau;Dr.;Petra;Müller;Kreativhaus e.V.;Fehrbelliner Str. 92;10119;Berlin;",
        "Herr;;Max;Schmidt;;Wattstr. 16;13355;Berlin;",
    ]
    invitations = mailing(tmp_path, REFERENCE_RELEASE, Config(), rows)
    letters = InvitationLettersDocx(invitations, Config())
    first, second = (letters.render(letter) for letter in invitations.letters)
    ours = members(second)
    theirs = members(letters.to_bytes())  # python-docx's own file of the second letter
    assert ours.pop(DOCUMENT_PART) == theirs.pop(DOCUMENT_PART)
    assert ours == theirs
    assert not any(b"M\xc3\xbcller" in content for content in members(second).values())
    assert b"Schmidt" in members(second)[DOCUMENT_PART]
    assert b"M\xc3\xbcller" in members(first)[DOCUMENT_PART]
