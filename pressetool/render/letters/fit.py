"""Whether the texts of a letter fit their places, measured before any letter is laid out.

An address that does not fit the address zone is an error of its row (more than
six lines, or a line wider than the zone, once compose/letter.py has wrapped what
may be wrapped with `address_fits`): never a line cut off in the DOCX's
fixed frame or run out of the envelope's window in the PDF. So is an address with
a character that no installed font has (`FontCheck`): never an empty box in a
recipient's name. The sender's texts
from `[letters]` are checked alike: the return address (one line across the
field), the information block and the business details of the footer.

How wide a line is: the sum of its characters' advance widths in the font the
letters are set in. pressetool.css sets them in Liberation Sans, which has
Arial's metrics, so the DOCX letters that Word sets in Arial take the same
room. The font file is the one fontconfig gives WeasyPrint for that family
(`fc-match "Liberation Sans"`, from the Debian package fonts-liberation2); its
advance widths are read with fontTools. No kerning: Word does not kern unless a
style says so, and WeasyPrint's kerning only makes a line narrower, so a line
that passes fits in both. A character the font lacks (WeasyPrint takes it from
another font) counts one em, as wide as the widest letters; combining marks and
invisible format characters count nothing.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pressetool.compose.german import NBSP, join_german_list
from pressetool.compose.letter import MAX_ADDRESS_LINES, Invitations, Labelled
from pressetool.messages import message
from pressetool.office import SENDER_LINES, Config
from pressetool.problems import Code, PressetoolError, Problem
from pressetool.render.fontconfig import InstalledCharacters, matched_file
from pressetool.render.letters.geometry import LETTER

FONT_FAMILY = "Liberation Sans"
"""The family pressetool.css sets the letters in."""
DEBIAN_FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf")
"""Where fonts-liberation2 puts it, when fontconfig's `fc-match` is not at hand."""
POINT_MM = 25.4 / 72
_WITHOUT_WIDTH = {"Mn", "Me", "Cf"}


@dataclass(frozen=True)
class _Font:
    advances: dict[int, int]
    """Advance width of each character, in font units."""
    units_per_em: int


def font_file(style: str = "Regular") -> Path:
    """The file of `FONT_FAMILY` in `style` (`Regular`, `Bold`) that fontconfig (and so
    WeasyPrint) uses."""
    path = matched_file(f"{FONT_FAMILY}:style={style}") or DEBIAN_FONT.with_stem(
        f"LiberationSans-{style}"
    )
    if not path.is_file():
        raise PressetoolError(message(Code.LETTER_FONT_MISSING, {"font": FONT_FAMILY}))
    return path


@cache
def _font(style: str) -> _Font:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # WeasyPrint needs it

    with TTFont(font_file(style), lazy=True) as font:
        metrics = font["hmtx"].metrics
        advances = {code: metrics[glyph][0] for code, glyph in font.getBestCmap().items()}
        return _Font(advances, font["head"].unitsPerEm)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of `text` on one line at `size` pt, in mm."""
    font = _font("Bold" if bold else "Regular")
    units = sum(
        0
        if unicodedata.category(char) in _WITHOUT_WIDTH
        else font.advances.get(ord(char), font.units_per_em)
        for char in text
    )
    return units / font.units_per_em * size * POINT_MM


def missing_characters(text: str) -> str:
    """The characters of `text` that the font lacks (WeasyPrint takes them from another
    font, or draws an empty box), each once."""
    font = _font("Regular")
    missing = (c for c in text if unicodedata.category(c) not in _WITHOUT_WIDTH)
    return "".join(dict.fromkeys(c for c in missing if ord(c) not in font.advances))


class FontCheck:
    """Which characters of a text no font can show: those the letters' font lacks and
    no installed outline font has either (WeasyPrint would draw an empty box for them,
    `.notdef`). fontconfig is asked once per check, and only when the letters' font
    lacks a character."""

    def __init__(self) -> None:
        self._installed: InstalledCharacters | None = None

    def absent(self, text: str) -> str:
        """The characters of `text` that no installed font has, each once: combining
        marks too, but not what is drawn as no glyph (a space, a line break, a format
        character such as a joiner, a variation selector)."""
        advances = _font("Regular").advances
        missing = "".join(c for c in dict.fromkeys(text) if ord(c) not in advances and _drawn(c))
        if not missing:
            return ""
        if self._installed is None:
            self._installed = InstalledCharacters()
        return "".join(char for char in missing if not self._installed.has(char))


def _drawn(char: str) -> bool:
    """Whether a font must have a glyph for `char`: not for a space or a line break, a
    format character (Cf: joiners, soft hyphen, marks of direction), a variation selector
    or the combining grapheme joiner, which shaping consumes."""
    code = ord(char)
    ignorable = 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or code == 0x034F
    return not (char.isspace() or unicodedata.category(char) == "Cf" or ignorable)


def footer_columns(details: Sequence[Labelled]) -> tuple[float, ...] | None:
    """The widths (mm) of the footer's columns for `details`: each as wide as its widest
    line (the label is bold), and the room left shared; None when they do not fit."""
    return LETTER.footer_columns(_footer_needs(details))


def _footer_needs(details: Sequence[Labelled]) -> list[float]:
    """How wide each column's widest line is (mm, rounded up to 0.1)."""
    size = LETTER.footer_font_size

    def need(item: Labelled) -> float:
        widths = [text_width(item.label, size, bold=True)]
        widths += [text_width(line, size) for line in item.lines]
        return math.ceil(max(widths) * 10) / 10

    return [need(item) for item in details]


def _over(text: str, size: float, limit: float) -> dict[str, object] | None:
    """The parameters of a message when `text` is wider than `limit` mm: its width, the
    limit, and about how many characters to cut."""
    width = text_width(text, size)
    if width <= limit:
        return None
    per_character = width / max(len(text), 1)
    return {
        "line": text,
        "width": _mm(width),
        "limit": _mm(limit),
        "characters": math.ceil((width - limit) / per_character),
    }


_NAMED = 5
"""Characters a message names; of more, it says how many."""


def named_characters(chars: str) -> str:
    """`das Zeichen „中“ (U+4E2D)`, `die Zeichen „中“ (U+4E2D) und „文“ (U+6587)`, … `und
    3 weitere`"""
    named = [f"„{char}“ (U+{ord(char):04X})" for char in chars[:_NAMED]]
    if len(chars) > _NAMED:
        named.append(f"{len(chars) - _NAMED} weitere")
    return f"{'das Zeichen' if len(chars) == 1 else 'die Zeichen'} {join_german_list(named)}"


def _mm(value: float) -> str:
    """`80`, `112,4`: mm as a German text."""
    return f"{math.ceil(value * 10) / 10:g}".replace(".", ",")


def address_fits(line: str) -> bool:
    """Whether `line` fits one line of the address zone: `compose_invitations` wraps an
    organisation, a department or an address addition that does not."""
    return _over(line, LETTER.address_font_size, LETTER.address.width) is None


def address_problems(invitations: Invitations, source: Path) -> list[Problem]:
    """Every address of the mailing that does not fit the address zone, or that has a
    character no installed font has, by its row of the list `source`: more than six
    lines (counted as wrapped: the message then says what was wrapped), or a line wider
    than the zone (one the composer may not wrap, or a word it cannot)."""
    fonts = FontCheck()
    problems = []
    for letter in invitations.letters:
        lines = letter.address
        parts = letter.address_parts
        if len(lines) > MAX_ADDRESS_LINES:
            wrapped = [f"„{w}“" for w in dict.fromkeys(p.written for p in parts if p.written)]
            params: dict[str, object] = {
                "count": len(lines),
                "limit": MAX_ADDRESS_LINES,
                "excess": len(lines) - MAX_ADDRESS_LINES,
                "lines": " / ".join(lines),
            }
            code = Code.ADDRESS_TOO_MANY_LINES
            if wrapped:
                code = Code.ADDRESS_TOO_MANY_LINES_WRAPPED
                params |= {"wrapped": join_german_list(wrapped), "width": _mm(LETTER.address.width)}
            problems.append(Problem(code, source, None, letter.row, params))
        for part in parts:
            absent = fonts.absent(part.text)
            if absent:
                params = {"line": part.text, "part": part.source}
                params["characters"] = named_characters(absent)
                problems.append(
                    Problem(Code.ADDRESS_CHARACTER_WITHOUT_FONT, source, None, letter.row, params)
                )
            over = _over(part.text, LETTER.address_font_size, LETTER.address.width)
            if over is not None:
                code = Code.ADDRESS_WORD_TOO_WIDE if part.wraps else Code.ADDRESS_LINE_TOO_WIDE
                params = over | {"part": part.source, "shortened": part.shortened}
                problems.append(Problem(code, source, None, letter.row, params))
    return problems


def sender_problems(invitations: Invitations, config: Config) -> list[Problem]:
    """The texts of `[letters]` that do not fit their place in the letter."""
    frame, file = invitations.frame, config.file
    problems = []

    def check(code: Code, key: str, text: str, size: float, limit: float) -> None:
        over = _over(text, size, limit)
        if over is not None:
            problems.append(Problem(code, file, f"letters.{key}", None, over))

    if frame.return_address:
        width = LETTER.return_address.width
        size = LETTER.return_address_font_size
        check(Code.RETURN_ADDRESS_TOO_WIDE, "return_address", frame.return_address, size, width)
    sender = config.sender
    for key in ("your_reference", "reference", "contact", "phone", "email"):
        text = getattr(sender, key)
        if text:
            size, width = LETTER.information_font_size, LETTER.information_block.width
            check(Code.INFORMATION_TOO_WIDE, key, text, size, width)
    details = frame.business_details
    most = LETTER.footer_lines - 1  # below the label
    # The business details are composed in the order of SENDER_LINES, those given.
    keys = [key for key in SENDER_LINES if getattr(sender, key)]
    for key, detail in zip(keys, details, strict=True):
        if len(detail.lines) > most:
            params = {"label": detail.label, "count": len(detail.lines), "limit": most}
            field = f"letters.{key}"
            problems.append(Problem(Code.BUSINESS_DETAIL_TOO_MANY_LINES, file, field, None, params))
    if details and footer_columns(details) is None:
        size = LETTER.footer_font_size
        lines = [
            (text_width(line, size), key, line)
            for key, detail in zip(keys, details, strict=True)
            for line in detail.lines
        ]
        width, key, line = max(lines)
        needed = sum(_footer_needs(details)) + (len(details) - 1) * LETTER.footer_gap
        params = {
            "width": _mm(needed),
            "limit": _mm(LETTER.footer.width),
            "line": line.replace(NBSP, " "),  # as the office wrote it
            "line_width": _mm(width),
        }
        field = f"letters.{key}"
        problems.append(Problem(Code.BUSINESS_DETAILS_TOO_WIDE, file, field, None, params))
    return problems
