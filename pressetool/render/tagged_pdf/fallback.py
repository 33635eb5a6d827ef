"""Characters the main font lacks, drawn in a font that has them (as WeasyPrint takes
them from a fallback font through fontconfig).

`Typeface` draws text in its main font, and each character the main font lacks in the
font fontconfig finds for it (`fc-match 'Family:style=Style:charset=XXXX'`, asked once
per character and style, cached); the answer counts only if that font's cmap has the
character, since fontconfig answers with its best match even when no font has it. A
character no installed font has stays with the main font: drawn as its .notdef box,
still extracted as text. Each fallback font is embedded as a subset of its own, with its
own ToUnicode map.

The common path costs nothing extra: a character the main font has (or one already seen)
is a dictionary lookup, as without fallback.

Glyphs are placed by their advance widths, left to right, without shaping: scripts that
need neither (Armenian, Georgian, Greek, Cyrillic, Vietnamese) come out as WeasyPrint draws
them. Text that needs shaping (Arabic, Hebrew, combining marks: `text.needs_shaping`) is
not given to this writer: the sign-in sheet hands it to WeasyPrint (render/lists/pdf.py).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from pressetool.render.fontconfig import matched_file
from pressetool.render.tagged_pdf.fonts import INVISIBLE, SubsetFont


@cache
def fallback_file(char: str, family: str, style: str) -> Path | None:
    """The font file fontconfig picks for `char` in `family` and `style`, if its cmap has
    `char`; None when fontconfig is missing or no installed font has the character."""
    path = matched_file(f"{family}:style={style}:charset={ord(char):x}")
    if path is None:
        return None
    try:
        has = SubsetFont.open(path, path.stem).has(char)
    except Exception:  # fontconfig may know fonts fontTools cannot read (Type 1, bitmaps)
        return None
    return path if has else None


Segment = tuple[SubsetFont, str]
"""Text in one font: the font, and the text's CIDs in hexadecimal for `Tj`."""


class Typeface:
    """A main font with fallbacks, for one document: widths and encoding of mixed text."""

    def __init__(
        self,
        main: SubsetFont,
        family: str,
        style: str,
        fallbacks: dict[Path, SubsetFont] | None = None,
    ) -> None:
        """`family` and `style` are what fontconfig is asked for; `fallbacks` the fallback
        fonts of the document by file, to share them between typefaces."""
        self.main = main
        self.family = family
        self.style = style
        self.fallbacks: dict[Path, SubsetFont] = {} if fallbacks is None else fallbacks
        self._owners: dict[str, SubsetFont] = {}
        self._widths: dict[str, float] = {}

    @property
    def ascent(self) -> float:
        return self.main.ascent

    @property
    def descent(self) -> float:
        return self.main.descent

    def owner(self, char: str) -> SubsetFont:
        """The font that draws `char`."""
        font = self._owners.get(char)
        if font is None:
            font = self.main
            if not self.main.has(char) and unicodedata.category(char) not in INVISIBLE:
                path = fallback_file(char, self.family, self.style)
                if path is not None:
                    font = self.fallbacks.get(path) or SubsetFont.open(path, path.stem)
                    self.fallbacks[path] = font
            self._owners[char] = font
        return font

    def em(self, char: str) -> float:
        width = self._widths.get(char)
        if width is None:
            width = self.owner(char).em(char)
            self._widths[char] = width
        return width

    def width(self, text: str, size: float) -> float:
        """In pt."""
        em = self.em
        return sum(em(char) for char in text) * size

    def encode(self, text: str) -> list[Segment]:
        """`text` cut into runs of one font each, as hexadecimal CIDs; a text in the main
        font alone (the common case) is one segment."""
        main = self.main
        cids = main.cids
        segments: list[Segment] = []
        font = main
        out: list[str] = []
        for char in text:
            cid = cids.get(char)
            if cid is None:
                owner = self.owner(char)
                cid = owner.cid(char)
                if cid is None:
                    continue
                if owner is not main:
                    if font is not owner:
                        if out:
                            segments.append((font, "".join(out)))
                        font, out = owner, []
                    out.append(f"{cid:04x}")
                    continue
            if font is not main:
                segments.append((font, "".join(out)))
                font, out = main, []
            out.append(f"{cid:04x}")
        if out or not segments:
            segments.append((font, "".join(out)))
        return segments
