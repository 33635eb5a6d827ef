"""One TrueType font embedded as a subset: its glyphs and advance widths, the CIDs of
the characters drawn with it, the subset font program and its PDF objects.

A font is embedded as Type0/CIDFontType2 with Identity-H: every distinct character gets
its own CID (1, 2, … in the order of first use), a `CIDToGIDMap` points it to its glyph
(fontTools keeps the glyph ids when subsetting) and the `ToUnicode` map gives the
character back, so that a character the font lacks (drawn as .notdef), the no-break
space and the non-breaking hyphen (drawn as the hyphen, read back as `-`) extract as
text. No kerning, no shaping: glyphs are placed by their advance widths.

A `SubsetFont` records the characters of one document: make a new one per document
(`SubsetFont.open`; the parsed font file is cached).
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pydyf

from pressetool.render.tagged_pdf.streams import flate

INVISIBLE = {"Cf", "Cc"}
"""Format and control characters (a soft hyphen, a zero-width space) are not drawn."""
NON_BREAKING_HYPHEN = "\u2011"


@dataclass
class SubsetFont:
    """A font's metrics, and the characters drawn with it so far, each with its own CID."""

    label: str
    """Part of the subset's tag (`ABCDEF+Name`), with the characters used."""
    data: bytes
    postscript_name: str
    units_per_em: int
    ascent: float
    """In em, as WeasyPrint places a line (hhea)."""
    descent: float
    bbox: tuple[int, int, int, int]
    cap_height: int
    cmap: dict[int, int]
    glyph_advances: list[int]
    hyphen: int
    cids: dict[str, int] = field(default_factory=dict)
    gids: list[int] = field(default_factory=lambda: [0])
    """The glyph of each CID (index = CID)."""
    codes: list[str] = field(default_factory=lambda: [""])
    """The character of each CID."""
    _widths: dict[str, float] = field(default_factory=dict)
    """Advance of each character in em (0 for those not drawn)."""

    @classmethod
    def open(cls, path: Path, label: str) -> SubsetFont:
        data, info = _font_data(path)
        return cls(label, data, **info)

    def has(self, char: str) -> bool:
        """Whether the font draws `char` with a glyph of its own (not .notdef)."""
        return ord(char) in self.cmap or char == NON_BREAKING_HYPHEN

    def glyph(self, char: str) -> int:
        found = self.cmap.get(ord(char))
        if found is None and char == NON_BREAKING_HYPHEN:
            return self.hyphen
        return found or 0

    def em(self, char: str) -> float:
        width = self._widths.get(char)
        if width is None:
            if unicodedata.category(char) in INVISIBLE:
                width = 0.0
            else:
                width = self.glyph_advances[self.glyph(char)] / self.units_per_em
            self._widths[char] = width
        return width

    def width(self, text: str, size: float) -> float:
        """In pt."""
        em = self.em
        return sum(em(char) for char in text) * size

    def cid(self, char: str) -> int | None:
        """The CID of `char`, registered on first use; None for a character not drawn."""
        cid = self.cids.get(char)
        if cid is None:
            if unicodedata.category(char) in INVISIBLE:
                return None
            cid = len(self.gids)
            self.cids[char] = cid
            self.gids.append(self.glyph(char))
            self.codes.append(char)
        return cid

    def encode(self, text: str) -> str:
        """`text` as hexadecimal CIDs for `Tj`, each character registered."""
        out = []
        cids = self.cids
        for char in text:
            cid = cids.get(char)
            if cid is None:
                cid = self.cid(char)
                if cid is None:
                    continue
            out.append(f"{cid:04x}")
        return "".join(out)

    def embed(self, pdf: pydyf.PDF) -> pydyf.Dictionary:
        """The subset with the characters used so far, added to `pdf`: its Type0 font."""
        used = "".join(self.codes)
        tag = "".join(
            chr(ord("A") + byte % 26)
            for byte in hashlib.sha256(f"{self.label}{used}".encode()).digest()[:6]
        )
        base = f"/{tag}+{self.postscript_name}"
        subset = self.subset()
        program = flate(subset, {"Length1": len(subset)})
        pdf.add_object(program)
        scale = 1000 / self.units_per_em
        descriptor = pydyf.Dictionary(
            {
                "Type": "/FontDescriptor",
                "FontName": base,
                "Flags": 32,
                "FontBBox": pydyf.Array([round(v * scale) for v in self.bbox]),
                "ItalicAngle": 0,
                "Ascent": round(self.ascent * 1000),
                "Descent": -round(self.descent * 1000),
                "CapHeight": round(self.cap_height * scale),
                "StemV": 80,
                "FontFile2": program.reference,
            }
        )
        pdf.add_object(descriptor)
        gid_map = flate(b"".join(gid.to_bytes(2, "big") for gid in self.gids))
        pdf.add_object(gid_map)
        widths = pydyf.Array([round(self.glyph_advances[gid] * scale) for gid in self.gids[1:]])
        cid_font = pydyf.Dictionary(
            {
                "Type": "/Font",
                "Subtype": "/CIDFontType2",
                "BaseFont": base,
                "CIDSystemInfo": pydyf.Dictionary(
                    {
                        "Registry": pydyf.String("Adobe"),
                        "Ordering": pydyf.String("Identity"),
                        "Supplement": 0,
                    }
                ),
                "FontDescriptor": descriptor.reference,
                "W": pydyf.Array([1, widths]),
                "CIDToGIDMap": gid_map.reference,
            }
        )
        pdf.add_object(cid_font)
        to_unicode = flate(to_unicode_cmap(self.codes))
        pdf.add_object(to_unicode)
        type0 = pydyf.Dictionary(
            {
                "Type": "/Font",
                "Subtype": "/Type0",
                "BaseFont": base,
                "Encoding": "/Identity-H",
                "DescendantFonts": pydyf.Array([cid_font.reference]),
                "ToUnicode": to_unicode.reference,
            }
        )
        pdf.add_object(type0)
        return type0

    def subset(self) -> bytes:
        """The font program with only the glyphs used (glyph ids kept)."""
        from fontTools import subset  # type: ignore[import-untyped]
        from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

        program = TTFont(io.BytesIO(self.data), recalcTimestamp=False)
        for tag in ("GSUB", "GPOS", "GDEF", "kern", "DSIG", "FFTM", "hdmx", "VDMX", "LTSH"):
            if tag in program:
                del program[tag]
        options = subset.Options()
        options.retain_gids = True
        options.notdef_outline = True
        options.layout_features = []
        options.name_IDs = ["*"]
        options.drop_tables += ["FFTM"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(gids=sorted(set(self.gids)))
        subsetter.subset(program)
        out = io.BytesIO()
        program.save(out)
        return out.getvalue()


@cache
def _font_data(path: Path) -> tuple[bytes, dict[str, Any]]:
    from fontTools.ttLib import TTFont

    data = path.read_bytes()
    font = TTFont(io.BytesIO(data))
    if "glyf" not in font:  # CFF (.otf) or bitmap outlines: not a CIDFontType2 program
        raise ValueError(f"{path.name}: keine TrueType-Umrisse")
    order = font.getGlyphOrder()
    metrics = font["hmtx"].metrics
    head = font["head"]
    info = {
        "postscript_name": str(font["name"].getDebugName(6) or path.stem),
        "units_per_em": head.unitsPerEm,
        "ascent": font["hhea"].ascent / head.unitsPerEm,
        "descent": -font["hhea"].descent / head.unitsPerEm,
        "bbox": (head.xMin, head.yMin, head.xMax, head.yMax),
        "cap_height": getattr(font["OS/2"], "sCapHeight", 0) or font["hhea"].ascent,
        "cmap": {code: font.getGlyphID(name) for code, name in font.getBestCmap().items()},
        "glyph_advances": [metrics[name][0] for name in order],
        "hyphen": font.getGlyphID("hyphen"),
    }
    return data, info


def to_unicode_cmap(codes: Sequence[str]) -> bytes:
    """A CMap from each CID (1, 2, …) to its character; the non-breaking hyphen is read
    back as `-`."""
    entries = []
    for cid, char in enumerate(codes):
        if cid == 0:
            continue
        text = "-" if char == NON_BREAKING_HYPHEN else char
        entries.append(f"<{cid:04x}> <{text.encode('utf-16-be').hex()}>")
    chunks = [entries[i : i + 100] for i in range(0, len(entries), 100)]
    body = "".join(
        f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar\n" for chunk in chunks
    )
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n"
        f"{body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    ).encode("ascii")
