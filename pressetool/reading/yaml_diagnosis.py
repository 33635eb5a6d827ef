"""What a press officer got wrong when a release file is not valid YAML.

PyYAML reports where it gave up, often lines below the mistake and in words
for programmers (`could not find expected ':'`). When it fails, these checks
look at the text as the officer wrote it, line by line from the top, for the
common mistakes: a tab, no space after a field's colon, a text under `body: |`
that is not indented, a quote that is not closed, a line indented further
than its neighbour. The first one found is reported at the line where it
starts, with the line as it stands and as it should stand; when none is found,
PyYAML's line and a general sentence remain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressetool.messages import Code

_KEY = r"(?P<indent>[ ]*(?:- )?)(?P<key>[A-Za-z_][\w-]*):"
_KEY_LINE = re.compile(_KEY + r"(?P<rest>.*)$")
_NO_SPACE = re.compile(_KEY + r"(?P<value>[^\s:/#][^\n]*)$")
_BLOCK_START = re.compile(_KEY + r"[ ]+[|>][+-]?[ ]*(?:#.*)?$")
SHOWN = 60
"""A line longer than this is shown shortened with `…`."""


@dataclass(frozen=True)
class Diagnosis:
    code: Code
    line: int
    params: dict[str, object] = field(default_factory=dict)


def diagnose(text: str) -> Diagnosis | None:
    """The first common mistake in `text`, or None."""
    lines = text.split("\n")
    for check in (
        _tab,
        _no_space_after_colon,
        _unindented_block,
        _unclosed_quote,
        _indented_too_far,
    ):
        found = check(lines)
        if found is not None:
            return found
    return None


def _shown(line: str) -> str:
    return line if len(line) <= SHOWN else f"{line[: SHOWN - 1]}…"


def _fixed(code: Code, number: int, wrong: str, right: str) -> Diagnosis:
    return Diagnosis(code, number, {"wrong": _shown(wrong), "right": _shown(right)})


def _tab(lines: list[str]) -> Diagnosis | None:
    for number, line in enumerate(lines, start=1):
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in lead:
            return _fixed(
                Code.YAML_TAB,
                number,
                line.replace("\t", "→"),
                lead.replace("\t", "  ") + line.lstrip(" \t"),
            )
    return None


def _structure(lines: list[str]) -> list[tuple[int, str]]:
    """The numbered lines that hold fields: not comments, blank lines or the lines of a
    text block (`body: |` and the lines indented below it)."""
    kept = []
    in_block = -1
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if in_block >= 0 and indent > in_block:
            continue
        start = _BLOCK_START.match(line)
        in_block = len(start["indent"]) if start else -1
        kept.append((number, line))
    return kept


def _no_space_after_colon(lines: list[str]) -> Diagnosis | None:
    for number, line in _structure(lines):
        match = _NO_SPACE.match(line)
        if match:
            right = f"{match['indent']}{match['key']}: {match['value']}"
            return _fixed(Code.YAML_NO_SPACE_AFTER_COLON, number, line, right)
    return None


def _unindented_block(lines: list[str]) -> Diagnosis | None:
    for number, line in enumerate(lines, start=1):
        start = _BLOCK_START.match(line)
        if not start:
            continue
        indent = len(start["indent"])
        for below, text in enumerate(lines[number:], start=number + 1):
            if not text.strip():
                continue
            if len(text) - len(text.lstrip(" ")) > indent:
                break  # the text is indented: this block is right
            if _KEY_LINE.match(text) or text.lstrip().startswith("#"):
                break  # the next field: an empty block
            right = " " * (indent + 2) + text.lstrip(" ")
            params = {"field": start["key"], "wrong": _shown(text), "right": _shown(right)}
            return Diagnosis(Code.YAML_BLOCK_NOT_INDENTED, below, params)
    return None


def _unclosed_quote(lines: list[str]) -> Diagnosis | None:
    for number, line in _structure(lines):
        match = _KEY_LINE.match(line)
        value = match["rest"].strip() if match else ""
        if not value or value[0] not in "\"'":
            continue
        quote = value[0]
        body = (
            value[1:].replace("\\\\", "").replace('\\"', "")
            if quote == '"'
            else value[1:].replace("''", "")
        )
        if quote not in body:
            right = line.rstrip() + quote
            return _fixed(Code.YAML_UNCLOSED_QUOTE, number, line, right)
    return None


def _value(rest: str) -> str:
    """What follows a field's colon, without a comment (` # …`)."""
    return re.split(r"(?:^|\s)#", rest, maxsplit=1)[0].strip()


def _indented_too_far(lines: list[str]) -> Diagnosis | None:
    """A field indented further than the field above it, which has a value of its own."""
    previous: re.Match[str] | None = None
    for number, line in _structure(lines):
        match = _KEY_LINE.match(line)
        if match is None:
            previous = None
            continue
        if previous is not None and _value(previous["rest"]):
            above = len(previous["indent"])
            if len(match["indent"]) > above and not match["indent"].endswith("- "):
                right = " " * above + line.lstrip(" ")
                return _fixed(Code.YAML_INDENTED_TOO_FAR, number, line, right)
        previous = match
    return None
