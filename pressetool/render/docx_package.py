"""A DOCX package written again and again with only its main document changed.

The letters of a mailing are one document with a different address and
salutation: of the package's sixteen parts (styles, numbering, settings, fonts
table, headers, footers, relationships …) only `word/document.xml` differs from
letter to letter. python-docx compresses every part anew for every file; here
the package is written once by python-docx, its other parts are compressed
once, and each letter's file is those parts as they are plus its own
`word/document.xml`: a plain ZIP (deflate), with the members in python-docx's
order. The files read exactly like python-docx's own (the same parts, the same
bytes in them).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_CENTRAL_HEADER = struct.Struct("<4s6H3L5H2L")
_END_RECORD = struct.Struct("<4s4H2LH")
_VERSION = 20
"""ZIP 2.0: deflate, what every office suite reads."""
_UTF8_NAMES = 0x800
_DOS_DATE = (1980 - 1980) << 9 | 1 << 5 | 1
"""1 January 1980, 00:00: every letter's file alike (python-docx dates its members
with the time of saving, which says nothing a reader uses)."""


@dataclass(frozen=True)
class _Member:
    name: bytes
    crc: int
    size: int
    data: bytes
    """Raw deflate."""

    @property
    def described(self) -> tuple[int, ...]:
        """What the local header and the central directory both say of the member: flags,
        method, time, date, CRC, sizes packed and unpacked, name length, extra length."""
        packed = (zipfile.ZIP_DEFLATED, 0, _DOS_DATE, self.crc, len(self.data), self.size)
        return (_UTF8_NAMES, *packed, len(self.name), 0)


def _member(name: str, content: bytes) -> _Member:
    packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    data = packer.compress(content) + packer.flush()
    return _Member(name.encode("utf-8"), zlib.crc32(content), len(content), data)


class DocxPackage:
    """Built from a DOCX file's bytes (python-docx's `save`) and the member name of its
    main document (`word/document.xml`, as the reference document names it);
    `with_document` gives that file with another main document."""

    def __init__(self, docx: bytes, document_member: str) -> None:
        with zipfile.ZipFile(io.BytesIO(docx)) as package:
            names = package.namelist()
            if document_member not in names:
                raise ValueError(f"kein {document_member} im DOCX-Paket")
            self.document_member = document_member
            self.members = [
                None if name == document_member else _member(name, package.read(name))
                for name in names
            ]

    def with_document(self, document_xml: bytes) -> bytes:
        document = _member(self.document_member, document_xml)
        members = [document if member is None else member for member in self.members]
        out = io.BytesIO()
        offsets = []
        for member in members:
            offsets.append(out.tell())
            out.write(_LOCAL_HEADER.pack(b"PK\x03\x04", _VERSION, *member.described))
            out.write(member.name)
            out.write(member.data)
        directory = out.tell()
        for member, offset in zip(members, offsets, strict=True):
            # version made by and needed; described; comment, disk, attributes; offset
            fields = (_VERSION, _VERSION, *member.described, 0, 0, 0, 0, offset)
            out.write(_CENTRAL_HEADER.pack(b"PK\x01\x02", *fields))
            out.write(member.name)
        size = out.tell() - directory
        out.write(
            _END_RECORD.pack(b"PK\x05\x06", 0, 0, len(members), len(members), size, directory, 0)
        )
        return out.getvalue()
