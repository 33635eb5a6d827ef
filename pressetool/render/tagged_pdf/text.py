"""Lines broken to a width by measure: greedily at the break opportunities a caller's
`split` gives (e.g. `render.lists.layout.stretches`), a stretch too wide cut anywhere
only when allowed."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

Split = Callable[[str], list[str]]
"""A line → its stretches between break opportunities, in order, without the spaces at
the breaks."""
Measure = Callable[[str], float]


def pieces(line: str, split: Split) -> list[tuple[str, str]]:
    """(gap before, piece) for each stretch of `line` between break opportunities; the gap
    is the spaces a break there drops ('' after a hyphen)."""
    result = []
    position = 0
    for piece in split(line):
        start = line.find(piece, position)
        result.append((line[position:start], piece))
        position = start + len(piece)
    return result


def wrap(line: str, width: float, measure: Measure, anywhere: bool, split: Split) -> list[str]:
    """`line` broken into lines of at most `width` pt: greedily at its break opportunities;
    a stretch wider than `width` stands on a line of its own, or, with `anywhere`, is cut
    where it must."""
    if measure(line) <= width:
        return [line]
    lines: list[str] = []
    current = ""
    current_width = 0.0
    for gap, piece in pieces(line, split):
        piece_width = measure(piece)
        if current:
            joined = current_width + measure(gap) + piece_width
            if joined <= width:
                current += gap + piece
                current_width = joined
                continue
            lines.append(current)
        if piece_width > width and anywhere:
            parts = cut(piece, width, measure)
            lines += parts[:-1]
            piece = parts[-1]
            piece_width = measure(piece)
        current, current_width = piece, piece_width
    if current or not lines:
        lines.append(current)
    return lines


def cut(piece: str, width: float, measure: Measure) -> list[str]:
    """`piece` cut between characters into parts no wider than `width` (the last may be
    narrower; a part holds at least one character)."""
    parts: list[str] = []
    current, current_width = "", 0.0
    for char in piece:
        char_width = measure(char)
        if current and current_width + char_width > width:
            parts.append(current)
            current, current_width = "", 0.0
        current += char
        current_width += char_width
    parts.append(current)
    return parts


_SHAPED_DIRECTIONS = frozenset({"R", "AL"})
_MARKS = frozenset({"Mn", "Mc", "Me"})


def needs_shaping(texts: Iterable[str]) -> bool:
    """Whether any of `texts` needs what a text shaper does and this writer does not:
    right-to-left script (Arabic, Hebrew: joined forms, visual order) or a combining mark
    (Indic scripts; a decomposed `u` + `¨`). The writer draws one glyph per character
    by its advance width, which is right for Latin, Greek, Cyrillic, Armenian, Georgian
    and the like."""
    return any(
        unicodedata.bidirectional(c) in _SHAPED_DIRECTIONS or unicodedata.category(c) in _MARKS
        for text in texts
        for c in text
    )
