"""Characters that Word, a CRM export or a typo bring into a text, decided per class.

The same rule holds for release files, recipient and registration lists,
`pressetool.toml` and command-line arguments:

- A line or page break from Word (vertical tab = Shift+Enter, form feed =
  page break, the Unicode line and paragraph separators, NEL) is a line
  break in a text of paragraphs and a space in a one-line text; a tab and
  a line break inside a one-line text (Alt+Enter in an Excel cell) are a
  space too.
- Every other control character (NUL, BEL, ESC …, C1 controls, DEL), a lone
  surrogate (what invalid UTF-8 in a command-line argument becomes) and the
  noncharacters U+FFFE/U+FFFF are errors: they are invisible in Word and
  Excel, so the message names the character's code, the field and the line.
- The controls that override or isolate the direction of writing (U+202A–U+202E,
  U+2066–U+2069) are errors too: `Sch\u202eulz` shows as „Schzlu“. The direction
  marks (U+200E, U+200F) are harmless and stay.
- A byte order mark inside a text (U+FEFF, left by joined files) is dropped; spaces
  and invisible characters (zero-width space, joiners, soft hyphen, direction marks)
  at a text's ends are trimmed, so a field of nothing else is empty.
"""

from __future__ import annotations

import re

_BREAKS = "\v\f\x85\u2028\u2029"
_LINE_BREAKS = re.compile(f"[{_BREAKS}]|\r\n?")
_ONE_LINE_SPACES = re.compile(f"[\t\n{_BREAKS}]|\r\n?")
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\u202a-\u202e\u2066-\u2069]"
)
_INVISIBLE = "\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064"
"""Soft hyphen, grapheme joiner, zero-width space and joiners, direction marks, word joiner
and invisible operators: nothing to see, so at a text's ends they count as space."""
_ENDS = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + _INVISIBLE
"""Every space Python knows (the last is U+3000) and the invisible characters, for
`str.strip`: in linear time, where a regular expression for both ends backtracks."""


def forbidden_character(text: str) -> tuple[int, str] | None:
    """The first character that may not stand in a text: (0-based index, `U+0007`)."""
    match = _FORBIDDEN.search(text)
    if match is None:
        return None
    return match.start(), f"U+{ord(match[0]):04X}"


def escaped(text: str) -> str:
    """`text` with each character that may not stand in a text written as its escape
    (`\\u202e`, as JSON writes `\\u001b`), for inside a double-quoted YAML value: the
    file stays readable, and its reader names the character at its field."""
    return _FORBIDDEN.sub(lambda found: f"\\u{ord(found[0]):04x}", text)


def normalised(text: str, *, paragraphs: bool = False) -> str:
    """Word's breaks as line breaks (`paragraphs`) or spaces (a one-line text)."""
    text = text.replace("\ufeff", "")
    if paragraphs:
        return _LINE_BREAKS.sub("\n", text)
    return _ONE_LINE_SPACES.sub(" ", text)


def trimmed(text: str, *, paragraphs: bool = False) -> str:
    """`normalised`, without spaces and invisible characters at its ends: a name of only
    a zero-width space is empty, as one of spaces is."""
    return normalised(text, paragraphs=paragraphs).strip(_ENDS)


def source_text(text: str) -> str:
    """A whole file's text before parsing: Word's breaks as spaces, so that they do not
    break the file's structure (inside a paragraph a line break is a space anyway)."""
    return text.replace("\ufeff", "").translate({ord(c): " " for c in _BREAKS})
