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
- A byte order mark inside a text (U+FEFF, left by joined files) is dropped.
"""

from __future__ import annotations

import re

_BREAKS = "\v\f\x85\u2028\u2029"
_LINE_BREAKS = re.compile(f"[{_BREAKS}]|\r\n?")
_ONE_LINE_SPACES = re.compile(f"[\t\n{_BREAKS}]|\r\n?")
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)


def forbidden_character(text: str) -> tuple[int, str] | None:
    """The first character that may not stand in a text: (0-based index, `U+0007`)."""
    match = _FORBIDDEN.search(text)
    if match is None:
        return None
    return match.start(), f"U+{ord(match[0]):04X}"


def normalised(text: str, *, paragraphs: bool = False) -> str:
    """Word's breaks as line breaks (`paragraphs`) or spaces (a one-line text)."""
    text = text.replace("\ufeff", "")
    if paragraphs:
        return _LINE_BREAKS.sub("\n", text)
    return _ONE_LINE_SPACES.sub(" ", text)


def source_text(text: str) -> str:
    """A whole file's text before parsing: Word's breaks as spaces, so that they do not
    break the file's structure (inside a paragraph a line break is a space anyway)."""
    return text.replace("\ufeff", "").translate({ord(c): " " for c in _BREAKS})
