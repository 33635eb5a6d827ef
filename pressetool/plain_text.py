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
- Text that went through the wrong encoding once and was saved again (UTF-8 read as
  Windows-1252: `MÃ¼ller`, `StraÃŸe`, `â€žâ€¦â€œ`, also twice: `ÃƒÂ¼`) is an error of
  its field or cell, which names the word and what it probably was (`mojibake`).
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


def _misread_bytes() -> dict[str, int]:
    """Each character that a byte of UTF-8 from 0x80 on becomes when the text is read
    as Windows-1252 (`ü` is C3 BC: `Ã¼`), as Latin-1 or by Windows (the bytes that
    Windows-1252 leaves undefined as C1 controls: `Á` is C3 81, `Ã\\x81`), or by Python
    with `surrogateescape` → that byte."""
    misread = {}
    for byte in range(0x80, 0x100):
        misread[chr(byte)] = misread[chr(0xDC00 + byte)] = byte
        misread.update(dict.fromkeys(bytes([byte]).decode("cp1252", errors="ignore"), byte))
    return misread


_MISREAD = _misread_bytes()


def _misread(first: int, last: int) -> str:
    """The characters of the bytes `first` to `last` misread, for a character class."""
    return "".join(re.escape(c) for c, byte in _MISREAD.items() if first <= byte <= last)


_UTF8_MISREAD = re.compile(
    f"[{_misread(0xC2, 0xDF)}][{_misread(0x80, 0xBF)}]"
    f"|[{_misread(0xE0, 0xEF)}][{_misread(0x80, 0xBF)}]{{2}}"
)
"""A character of UTF-8 misread: a lead byte and its continuation bytes (`Ã¼` for ü,
`Å‚` for ł, `â€ž` for „)."""
_EUROPEAN = re.compile("[\u00a0-\u017f\u0218-\u021b\u2010-\u203a\u20ac\u2122]")
"""What a misread character must have been to count: a letter of a European name (ü, é,
ł, ő, ș) or a sign of typesetting („ – … € ™), not a letter of Greek, Cyrillic or CJK
(`ä…“`, `Gruß“` are text, not UTF-8)."""


def _garbled(found: re.Match[str], *, within: bool = False) -> str | None:
    """The character a `_UTF8_MISREAD` stood for, when it is garbled text. Not so a
    capital and a sign after it that end a word of capitals or stand alone (`„Ä“`,
    `HYVÄ…`, Portuguese `„AMANHÃ“`, `12 Å²`, `CAFFÈ™`), nor a capital before a no-break
    space or a soft hyphen (`IRMÃ` and a no-break space): misread, such a pair would be
    a word of capitals ending in ē, ą, Ó, Ų …, but it is the text it shows as often,
    and an error there would stop an office's work. So `SPÃ–` counts only beside other
    garbled text. In a word of small letters (`StraÃŸe`) or before a letter (`MÃ–LLER`,
    `Ã¼ber`) the pair counts. `within` a word that holds garbled text, every pair
    counts, and so does any character that is itself a byte misread, which text
    misread twice holds (`Ã¢â‚¬Å“` → `â€œ` → `“`, `ÃƒÂ\\x81` → `Ã\\x81` → `Á`)."""
    text, start, end = found.string, found.start(), found.end()
    try:
        character = bytes(_MISREAD[c] for c in found[0]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not (_EUROPEAN.fullmatch(character) or (within and character in _MISREAD)):
        return None
    lead, mark = found[0][0], found[0][-1]
    if (
        not within
        and end - start == 2
        and lead.isupper()
        and not mark.isalpha()
        and not text[start - 1 : start].islower()
        and (mark.isspace() or mark == "\u00ad" or not text[end : end + 1].isalpha())
    ):
        return None
    return character


def mojibake(text: str) -> tuple[str, str] | None:
    """The first word of `text` that holds UTF-8 read as Windows-1252 (`MÃ¼ller`), and
    that word decoded; None for text. German and the letters of European names never
    count (`„Ä“`, `Dvořák`)."""
    found = next((f for f in _UTF8_MISREAD.finditer(text) if _garbled(f)), None)
    if found is None:
        return None
    word = word_around(text, found.start(), found.end())
    meant = _UTF8_MISREAD.sub(lambda f: _garbled(f, within=True) or f[0], word)
    while any(_garbled(f) for f in _UTF8_MISREAD.finditer(meant)):  # misread twice
        meant = _UTF8_MISREAD.sub(lambda f: _garbled(f) or f[0], meant)
    return word, meant


_WORD_AROUND = 30
"""Characters on either side of a place that a message names, within the word."""


def word_around(text: str, start: int, end: int) -> str:
    """The word of `text` around `start:end`, at most `_WORD_AROUND` characters either
    side. A space that is a byte of UTF-8 misread (U+00A0 is the second byte of `à`:
    `Ã\\xa0`) does not end it."""
    while start > 0 and end - start < 2 * _WORD_AROUND and not _between_words(text[start - 1]):
        start -= 1
    while end < len(text) and end - start < 3 * _WORD_AROUND and not _between_words(text[end]):
        end += 1
    return text[start:end]


def _between_words(character: str) -> bool:
    return character.isspace() and character not in _MISREAD


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
