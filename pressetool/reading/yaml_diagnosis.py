"""What a press officer got wrong when a release file is not valid YAML.

PyYAML reports where it gave up, often lines below the mistake and in words
for programmers (`could not find expected ':'`). When it fails, these checks
look at the text as the officer wrote it, line by line from the top, for the
common mistakes: a tab or a space from Word (no-break, narrow) in the
indentation, no space after a field's colon or after a list's `-`, a text under
`body: |` that is not indented as far as its first line, a quote that is not
closed or text after a closing quote, a field without its colon, a line indented
further than its neighbour. The first one found is reported at the line where it
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
    field: str | None = None
    """The field as `Fields` names it (`event.venue.name`), where the check knows it."""


def diagnose(text: str) -> Diagnosis | None:
    """The first common mistake in `text`, or None."""
    lines = text.split("\n")
    for check in (
        _tab,
        _odd_space,
        _commented_parent,
        _hash_removed_space_left,
        _text_after_block_bar,
        _no_space_after_colon,
        _no_space_after_dash,
        _unindented_block,
        _unclosed_quote,
        _text_after_quote,
        _colon_in_value,
        _colon_in_flow_value,
        _reserved_start,
        _missing_colon,
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


_ODD_SPACES = "\u00a0\u2007\u202f\u3000\u2002\u2003\u2009"
"""Spaces that Word and web pages put into a text (no-break, narrow, wide): YAML
takes none of them for indentation."""


def _odd_space(lines: list[str]) -> Diagnosis | None:
    for number, line in enumerate(lines, start=1):
        lead = line[: len(line) - len(line.lstrip(" " + _ODD_SPACES))]
        if any(char in _ODD_SPACES for char in lead):
            right = " " * len(lead) + line[len(lead) :]
            return _fixed(Code.YAML_ODD_SPACE, number, line.replace("\u00a0", "°"), right)
    return None


_COMMENTED_KEY = re.compile(r"^(?P<indent>[ ]*)#[ ]?(?P<field>[A-Za-z_][\w-]*:)[ ]*$")
_INDENTED_KEY = re.compile(r"^[ ]+(?:- |[A-Za-z_][\w-]*:)")


def _commented_parent(lines: list[str]) -> Diagnosis | None:
    """`# event:` left commented out above fields taken out of their comments."""
    below = ""  # the next line with text, found from the bottom up: linear in the lines
    following = [""] * len(lines)
    for index in range(len(lines) - 1, -1, -1):
        following[index] = below
        if lines[index].strip():
            below = lines[index]
    for number, line in enumerate(lines, start=1):
        found = _COMMENTED_KEY.match(line)
        below = following[number - 1]
        if found and _INDENTED_KEY.match(below):
            right = found["indent"] + found["field"]
            return _fixed(Code.YAML_COMMENTED_PARENT, number, line, right)
    return None


def _hash_removed_space_left(lines: list[str]) -> Diagnosis | None:
    """`# event:` with only its `#` taken away: ` event:` stands one space in, and the
    lines below it with it (the skeleton of `new` asks to remove `# `, both)."""
    above = ""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent % 2 == 1 and _KEY_LINE.match(line) and above.lstrip().startswith("#"):
            return _fixed(Code.YAML_HASH_SPACE_LEFT, number, line, line[1:])
        above = line
    return None


_BLOCK_WITH_TEXT = re.compile(_KEY + r"[ ]+[|>][+-]?[ ]+(?P<text>[^#\s].*)$")


def _text_after_block_bar(lines: list[str]) -> Diagnosis | None:
    """`body: | Im Schlosspark …`: the text of a block starts on the line below."""
    for number, line in enumerate(lines, start=1):
        match = _BLOCK_WITH_TEXT.match(line)
        if match:
            params: dict[str, object] = {
                "field": match["key"],
                "wrong": _shown(line),
                "text": _shown(f"{match['indent']}  {match['text']}"),
            }
            return Diagnosis(Code.YAML_TEXT_AFTER_BAR, number, params)
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


_DASH_NO_SPACE = re.compile(r"^(?P<indent>[ ]*)-(?P<rest>[^\s-].*)$")


def _no_space_after_dash(lines: list[str]) -> Diagnosis | None:
    """`-{article: das, …}`: a list entry needs a space after its `-`."""
    for number, line in _structure(lines):
        match = _DASH_NO_SPACE.match(line)
        if match:
            right = f"{match['indent']}- {match['rest']}"
            return _fixed(Code.YAML_NO_SPACE_AFTER_DASH, number, line, right)
    return None


def _unindented_block(lines: list[str]) -> Diagnosis | None:
    """A line of a text block (`body: |`) not indented at all, or less than the block's
    first line (which sets the block's indentation). The lines of a block are text, not
    fields: the look goes on after the block's end (each line is looked at once)."""
    number = 0
    while number < len(lines):
        start = _BLOCK_START.match(lines[number])
        number += 1
        if not start:
            continue
        indent = len(start["indent"])
        block = 0  # the indentation of the block's first line, once seen
        while number < len(lines):
            text = lines[number]
            number += 1
            if not text.strip():
                continue
            own = len(text) - len(text.lstrip(" "))
            if block and own >= block:
                continue
            if own > indent and not block:
                block = own
                continue
            if own <= indent and (_KEY_LINE.match(text) or text.lstrip().startswith("#")):
                number -= 1  # the next field (after an empty block, or the block's end)
                break
            right = " " * (block or indent + 2) + text.lstrip(" ")
            params = {"field": start["key"], "wrong": _shown(text), "right": _shown(right)}
            return Diagnosis(Code.YAML_BLOCK_NOT_INDENTED, number, params)
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
            # the quote closes before a comment (`  start: "10:00   # Beginn`)
            wrong = re.split(r"\s+#", line, maxsplit=1)[0].rstrip()
            return _fixed(Code.YAML_UNCLOSED_QUOTE, number, wrong, wrong + quote)
    return None


_QUOTED_THEN_TEXT = re.compile(
    r"""^(?P<quote>["'])(?P<quoted>[^"']*)(?P=quote)(?P<after>\s*[^\s#].*)$"""
)


def _text_after_quote(lines: list[str]) -> Diagnosis | None:
    """`title: "Kiezfest" im Park`: YAML takes quotes at the start of a value as the
    value's own; the German quotes „…“ (or ‚…‘) are what the officer meant."""
    for number, line in _structure(lines):
        match = _KEY_LINE.match(line)
        found = _QUOTED_THEN_TEXT.match(_value(match["rest"])) if match else None
        if match and found:
            written = _value(match["rest"])
            value = _inner_quotes(written) or (
                f"„{found['quoted']}“{found['after']}"
                if found["quote"] == '"'
                else f"‚{found['quoted']}‘{found['after']}"
            )
            right = f"{match['indent']}{match['key']}: {value}"
            wrong = f"{match['indent']}{match['key']}: {written}"
            return _fixed(Code.YAML_TEXT_AFTER_QUOTE, number, wrong, right)
    return None


def _inner_quotes(value: str) -> str | None:
    """A value in quotes with quotes of the same kind inside: the outer ones meant as
    YAML's, the inner as the text's (`"Das "Fest" im Park"` → `Das „Fest“ im Park`,
    `'Wedding's Bänke'` → `Wedding’s Bänke`); None for any other."""
    quote = value[:1]
    if len(value) < 3 or quote not in "\"'" or not value.endswith(quote):
        return None
    inner = value[1:-1]
    if quote not in inner:
        return None
    if quote == "'":
        return inner.replace("'", "’")
    paired = re.sub(r'"([^"]*)"', r"„\1“", inner)
    return None if '"' in paired else paired


_OWN_SYNTAX = tuple("\"'[{|>&*!%@`")
"""How a value starts that YAML reads as more than text: not a plain text's colon."""


def _colon_in_value(lines: list[str]) -> Diagnosis | None:
    """`title: Einladung: Tag der offenen Tür`: a colon and a space inside a plain value
    start a field of their own for YAML. In quotes the value is text. The field is named
    by its parents' indentation; inside a list the line alone says where."""
    parents: list[tuple[int, str]] = []
    in_list = False
    for number, line in _structure(lines):
        match = _KEY_LINE.match(line)
        if match is None:
            continue
        indent = len(match["indent"])
        while parents and parents[-1][0] >= indent:
            parents.pop()
        in_list = (in_list and bool(parents)) or "-" in match["indent"]
        value = _value(match["rest"])
        if not value:
            parents.append((indent, match["key"]))
            continue
        if value.startswith(_OWN_SYNTAX) or not (": " in value or value.endswith(":")):
            continue
        quoted = _quoted(value)
        wrong = f"{match['indent']}{match['key']}: {value}"
        right = f"{match['indent']}{match['key']}: {quoted}"
        name = None if in_list else ".".join([*(key for _, key in parents), match["key"]])
        params: dict[str, object] = {"wrong": _shown(wrong), "right": _shown(right)}
        return Diagnosis(Code.YAML_COLON_IN_VALUE, number, params, name)
    return None


_FLOW = re.compile(r"^[ ]*(?:- )?(?:[A-Za-z_][\w-]*:[ ]+)?\{(?P<inner>[^{}]*)\}[ ]*(?:#.*)?$")
_FLOW_ENTRY = re.compile(r"^(?P<key>[ ]*[A-Za-z_][\w-]*):[ ]+(?P<value>.*?)[ ]*$")


def _colon_in_flow_value(lines: list[str]) -> Diagnosis | None:
    """`- {article: das, name: Kreativhaus: Treff}`: inside `{…}` as well, a colon with a
    space starts a field of its own. Only the entry is shown, with its value in quotes
    (the whole line is often longer than a message shows)."""
    for number, line in _structure(lines):
        match = _FLOW.match(line)
        for entry in match["inner"].split(",") if match else ():
            found = _FLOW_ENTRY.match(entry)
            value = found["value"] if found else ""
            if value.startswith(_OWN_SYNTAX) or not (": " in value or value.endswith(":")):
                continue
            key = found["key"].strip() if found else ""
            right = f"{key}: {_quoted(value)}"
            return _fixed(Code.YAML_COLON_IN_VALUE, number, f"{key}: {value}", right)
    return None


_RESERVED = (*"@`%&*!", "[", "{", "- ", "> ", "| ")
"""How a plain text must not start in YAML: a sign of YAML's own (`@` and `` ` `` are
reserved, `%` a directive, `&` `*` `!` anchors, aliases and tags, `[` `{` a list or
mapping, `- ` `> ` `| ` a list entry or a block)."""


def _reserved_start(lines: list[str]) -> Diagnosis | None:
    """`title: @BA_Pankow lädt ein`, `title: [Update] Bänke`: a text that starts with a
    sign of YAML's own needs quotes."""
    for number, line in _structure(lines):
        match = _KEY_LINE.match(line)
        value = _value(match["rest"]) if match else ""
        if match is None or not value.startswith(_RESERVED):
            continue
        if value.startswith(("[", "{")) and (len(value) == 1 or _balanced(value)):
            continue  # a list or mapping as YAML writes it (`hosts: [...]`), or its start
        quoted = _quoted(value)
        wrong = f"{match['indent']}{match['key']}: {value}"
        right = f"{match['indent']}{match['key']}: {quoted}"
        return _fixed(Code.YAML_RESERVED_START, number, wrong, right)
    return None


def _balanced(value: str) -> bool:
    """`[…]` or `{…}` as the whole value: opened and closed once around the rest."""
    closing = {"[": "]", "{": "}"}[value[0]]
    return value.endswith(closing)


_WORDS = re.compile(r"^(?P<indent>[ ]*)(?P<key>[A-Za-z_][\w-]*)[ ]+(?P<rest>[^:#].*)$")


def _missing_colon(lines: list[str]) -> Diagnosis | None:
    """`  office Bezirksstadträtin` among fields: a field name without its colon (a line
    no more indented than the field above it cannot continue that field's text). A line
    whose first word is no field's name (`im Schlosspark` below `title: Neue Bänke`)
    continues the text above it: that is said instead, with the two as one line."""
    previous: tuple[str, re.Match[str]] | None = None
    for number, line in _structure(lines):
        match = _KEY_LINE.match(line)
        words = _WORDS.match(line) if match is None else None
        if words and previous is not None and len(words["indent"]) <= len(previous[1]["indent"]):
            if words["key"] not in _field_names() and _value(previous[1]["rest"]):
                right = f"{previous[0].rstrip()} {line.strip()}"
                return _fixed(Code.YAML_LINE_CONTINUES, number, line, right)
            right = f"{words['indent']}{words['key']}: {words['rest']}"
            return _fixed(Code.YAML_MISSING_COLON, number, line, right)
        previous = (line, match) if match else None
    return None


def _field_names() -> frozenset[str]:
    """Every field name of a release file (imported here: the reader imports this)."""
    from pressetool.models import CONTACT_FIELDS, ISSUER_FIELDS
    from pressetool.reading import release_reader as reader

    return frozenset(
        (
            *reader.RELEASE_FIELDS,
            *reader.EVENT_FIELDS,
            *reader.VENUE_FIELDS,
            *reader.ORGANISATION_FIELDS,
            *reader.WITHDRAWAL_FIELDS,
            *reader.DISCARD_FIELDS,
            *reader.CORRECTION_FIELDS,
            *reader.INVITATION_FIELDS,
            *ISSUER_FIELDS,
            *CONTACT_FIELDS,
        )
    )


def _quoted(value: str) -> str:
    """`value` in YAML's double quotes, as text."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _value(rest: str) -> str:
    """What follows a field's colon, without a comment (` # …`)."""
    return re.split(r"(?:^|\s)#", rest, maxsplit=1)[0].strip()


def _indented_too_far(lines: list[str]) -> Diagnosis | None:
    """A field indented further than the field above it, which has a value of its own;
    or the field above is the one out of line: when the field before that stands where
    this one does (`  article: die` / ` office: …` / `  portfolio: …`), or is a parent
    at the same indentation (`event:` / `title: …` / `  date: …`)."""
    before: tuple[int, str, re.Match[str]] | None = None
    previous: tuple[int, str, re.Match[str]] | None = None
    for number, line in _structure(lines):
        match = _KEY_LINE.match(line)
        if match is None:
            before = previous = None
            continue
        if previous is not None and _value(previous[2]["rest"]):
            above = len(previous[2]["indent"])
            if len(match["indent"]) > above and not match["indent"].endswith("- "):
                sibling = before is not None and before[2]["indent"] == match["indent"]
                parent = before is not None and before[2]["indent"] == previous[2]["indent"]
                if sibling or (parent and before is not None and not _value(before[2]["rest"])):
                    out_of_line, text = previous[0], previous[1]
                    right = match["indent"] + text.lstrip(" ")
                    return _fixed(Code.YAML_INDENTED_LESS, out_of_line, text, right)
                right = " " * above + line.lstrip(" ")
                return _fixed(Code.YAML_INDENTED_TOO_FAR, number, line, right)
        before, previous = previous, (number, line, match)
    return None
