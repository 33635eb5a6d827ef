"""Where each character of a YAML text value stands in the file: the line `check` names
for a hint, and what `check --fix` may change there.

YAML does not read a value as it is written. A folded block (`>`) and a text over
several lines (plain or in quotes) join their lines with a space, and a blank line
there becomes one line break; a block's indentation and the spaces at the ends of a
line in quotes are no part of the value; in quotes `''` and `\\"` are one character.
`places` goes over a scalar's text as PyYAML's scanner does (`scan_plain`,
`scan_flow_scalar`, `scan_block_scalar` of `yaml.scanner.Scanner`, which follow
libyaml) and says for each character of the value where it is written and how. What
it finds must give the value the parser read, character for character: where it does
not (a construct it does not know), there are no places, and nobody guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Written(Enum):
    """How a character of a value stands in the file."""

    AS_IS = "as is"
    """The character itself: changing it there changes it in the value, and nothing else."""
    ESCAPED = "escaped"
    """An escape in quotes (`''`, `\\"`, `\\u00e4`): the whole escape is the character."""
    LINE_BREAK = "line break"
    """Made by YAML of a line end (a line break of a block, the space that joins two
    lines; the place is that line end): no character of the file is it."""


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    """Offsets in the reader's text, from the first character to after the last."""
    written: Written


@dataclass(frozen=True)
class ScalarSource:
    """A scalar as it stands in the reader's text (`plain_text.source_text` of the file)."""

    text: str
    start: int
    """Offset of its first character: the indicator `|` or `>`, a quote, a letter."""
    line: int
    """1-based line of `start`."""
    style: str | None
    """PyYAML's style: `|`, `>`, `'`, `"`, or None where it is plain."""
    indent: int
    """The column of the block it is a value of (-1 at the top): a block's indentation
    indicator (`|2`) counts from there."""

    def line_of(self, offset: int) -> int:
        """The 1-based line of `offset` (not before `start`)."""
        return self.line + len(_LINE_END.findall(self.text, self.start, offset))


_LINE_END = re.compile(r"\r\n|\r|\n")
_BLANKS = " \t"
_BREAKS = "\r\n"
_END = "\0"
_ESCAPES = {
    "0": "\0",
    "a": "\x07",
    "b": "\x08",
    "t": "\t",
    "\t": "\t",
    "n": "\n",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_ESCAPE_DIGITS = {"x": 2, "u": 4, "U": 8}


def places(source: ScalarSource, value: str) -> tuple[Place, ...] | None:
    """For each character of `value` (the scalar the parser read), where it stands; None
    where the text at `source` does not give `value`."""
    scan = _Scan(source.text, source.start)
    try:
        if source.style in ("|", ">"):
            scan.block(source.indent)
        elif source.style in ("'", '"'):
            scan.quoted(source.style)
        else:
            scan.plain(len(value))
    except _NotAsRead:
        return None
    if "".join(scan.chars) != value:
        return None
    return tuple(scan.places)


class _NotAsRead(Exception):
    """The text is not the scalar the parser read."""


class _Scan:
    """A scalar's characters and places, from `pos` on."""

    def __init__(self, text: str, pos: int) -> None:
        self.text, self.pos = text, pos
        self.chars: list[str] = []
        self.places: list[Place] = []

    def peek(self, ahead: int = 0) -> str:
        at = self.pos + ahead
        return self.text[at] if at < len(self.text) else _END

    @property
    def column(self) -> int:
        line_start = max(self.text.rfind("\n", 0, self.pos), self.text.rfind("\r", 0, self.pos))
        return self.pos - line_start - 1

    def take(self, count: int = 1) -> None:
        """The next `count` characters, each as it is."""
        for at in range(self.pos, self.pos + count):
            self.chars.append(self.text[at])
            self.places.append(Place(at, at + 1, Written.AS_IS))
        self.pos += count

    def made(self, char: str, start: int, end: int, written: Written) -> None:
        self.chars.append(char)
        self.places.append(Place(start, end, written))

    def line_break(self) -> int | None:
        """Skip a line end; where it began, None when there is none."""
        start = self.pos
        if self.text.startswith("\r\n", start):
            self.pos += 2
        elif self.peek() in _BREAKS:
            self.pos += 1
        else:
            return None
        return start

    def blanks(self) -> None:
        """Skip spaces and tabs."""
        while self.peek() in _BLANKS:
            self.pos += 1

    def before_line_end(self) -> bool:
        """Only spaces and tabs, if anything, stand between `pos` and a line end."""
        ahead = self.pos
        while self.text[ahead : ahead + 1] in (" ", "\t"):
            ahead += 1
        return self.text[ahead : ahead + 1] in ("\r", "\n")

    # -- plain and quoted: a line end joins lines ---------------------------

    def folded_line_ends(self) -> None:
        """At the spaces before a line end inside a plain or quoted text: they go, and the
        line end with the indentation after it is one space, or where blank lines follow,
        one line break for each of them."""
        self.blanks()
        start = self.line_break()
        assert start is not None  # `before_line_end` saw it
        line_end = start, self.pos
        breaks = self.empty_lines()
        if not breaks:
            self.made(" ", *line_end, Written.LINE_BREAK)
        for start, end in breaks:
            self.made("\n", start, end, Written.LINE_BREAK)

    def empty_lines(self) -> list[tuple[int, int]]:
        """Skip the indentation and every empty line after a line end; where their line
        ends stand."""
        breaks: list[tuple[int, int]] = []
        while True:
            self.blanks()
            start = self.line_break()
            if start is None:
                return breaks
            breaks.append((start, self.pos))

    def plain(self, length: int) -> None:
        """A plain scalar: from `pos` until it has `length` characters."""
        while len(self.chars) < length:
            if self.before_line_end():
                self.folded_line_ends()
            elif self.peek() == _END:
                raise _NotAsRead
            else:
                self.take()

    def quoted(self, quote: str) -> None:
        """A scalar in `quote`s, `pos` at the opening one."""
        self.pos += 1
        while self.peek() != quote or (quote == "'" and self.peek(1) == "'"):
            char = self.peek()
            if self.before_line_end():
                self.folded_line_ends()
            elif char == _END:
                raise _NotAsRead
            elif quote == "'" and char == "'":
                self.made("'", self.pos, self.pos + 2, Written.ESCAPED)
                self.pos += 2
            elif quote == '"' and char == "\\":
                self.escape()
            else:
                self.take()

    def escape(self) -> None:
        """A backslash in double quotes and what it escapes; before a line end, that line
        end goes with the indentation after it (no space) and each blank line after it is
        a line break."""
        start = self.pos
        self.pos += 1
        char = self.peek()
        if char in _ESCAPES:
            self.pos += 1
            self.made(_ESCAPES[char], start, self.pos, Written.ESCAPED)
        elif char in _ESCAPE_DIGITS:
            digits = self.text[self.pos + 1 : self.pos + 1 + _ESCAPE_DIGITS[char]]
            if not re.fullmatch(f"[0-9A-Fa-f]{{{_ESCAPE_DIGITS[char]}}}", digits):
                raise _NotAsRead
            self.pos += 1 + len(digits)
            self.made(chr(int(digits, 16)), start, self.pos, Written.ESCAPED)
        elif self.line_break() is not None:
            for begin, end in self.empty_lines():
                self.made("\n", begin, end, Written.LINE_BREAK)
        else:
            raise _NotAsRead

    # -- blocks: `|` keeps the lines, `>` folds them ------------------------

    def block(self, parent: int) -> None:
        """A block scalar, `pos` at its indicator, in a block at column `parent`."""
        folded = self.peek() == ">"
        self.pos += 1
        chomping, increment = self.block_indicators()
        self.blanks()
        if self.peek() == "#":
            while self.peek() not in (*_BREAKS, _END):
                self.pos += 1
        if self.line_break() is None and self.peek() != _END:
            raise _NotAsRead
        least = max(parent + 1, 1)
        if increment is None:
            breaks, deepest = self.block_first_indentation()
            indent = max(least, deepest)
        else:
            indent = least + increment - 1
            breaks = self.block_breaks(indent)
        line_end: tuple[int, int] | None = None
        while self.column == indent and self.peek() != _END:
            for start, end in breaks:
                self.made("\n", start, end, Written.LINE_BREAK)
            leading_non_space = self.peek() not in _BLANKS
            while self.peek() not in (*_BREAKS, _END):
                self.take()
            ended = self.line_break()
            line_end = None if ended is None else (ended, self.pos)
            breaks = self.block_breaks(indent)
            if line_end is None or self.column != indent or self.peek() == _END:
                break
            if folded and leading_non_space and self.peek() not in _BLANKS:
                if not breaks:  # else the blank lines are the line breaks
                    self.made(" ", *line_end, Written.LINE_BREAK)
            else:
                self.made("\n", *line_end, Written.LINE_BREAK)
        if chomping is not False and line_end is not None:
            self.made("\n", *line_end, Written.LINE_BREAK)
        if chomping is True:
            for start, end in breaks:
                self.made("\n", start, end, Written.LINE_BREAK)

    def block_indicators(self) -> tuple[bool | None, int | None]:
        """`+` (keep: True), `-` (strip: False) and the indentation digit, in either order."""
        chomping: bool | None = None
        increment: int | None = None
        for _ in range(2):
            char = self.peek()
            if char in "+-" and chomping is None:
                chomping = char == "+"
            elif char in "123456789" and increment is None:
                increment = int(char)
            else:
                break
            self.pos += 1
        return chomping, increment

    def block_first_indentation(self) -> tuple[list[tuple[int, int]], int]:
        """The empty lines before a block's first line, and the deepest indentation up to
        its first character."""
        breaks = []
        deepest = 0
        while self.peek() in (" ", *_BREAKS):
            if self.peek() == " ":
                self.pos += 1
                deepest = max(deepest, self.column)
            else:
                start = self.pos
                self.line_break()
                breaks.append((start, self.pos))
        return breaks, deepest

    def block_breaks(self, indent: int) -> list[tuple[int, int]]:
        """Skip the indentation and the empty lines after a block's line; where their line
        ends stand."""
        breaks: list[tuple[int, int]] = []
        while self.column < indent and self.peek() == " ":
            self.pos += 1
        while True:
            start = self.line_break()
            if start is None:
                return breaks
            breaks.append((start, self.pos))
            while self.column < indent and self.peek() == " ":
                self.pos += 1
