"""YAML parsing that remembers where every value stood and how it was written.

A press officer's YAML has traps: unquoted `9:30` is the number 570 in YAML
1.1, `01067` is an octal number, `2026-02-30` crashes PyYAML's date
constructor. So values are kept as `Located` nodes with the source text
(`raw`) beside the constructed value, and the field readers decide from the
source text what was meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from pressetool.messages import yaml_problem_text
from pressetool.plain_text import forbidden_character, source_text
from pressetool.problems import Code, InputError, Problem
from pressetool.reading import limits
from pressetool.reading.input_file import read_input_bytes
from pressetool.reading.scalar_source import Place, ScalarSource, Written, places
from pressetool.reading.yaml_diagnosis import diagnose


@dataclass(frozen=True)
class Located:
    """A value from the file with its 1-based line and, for scalars, its source text."""

    value: Any
    line: int
    raw: str | None = None
    source: ScalarSource | None = field(default=None, compare=False, repr=False)
    """Where a scalar stands in the file and how it is written."""

    @property
    def literal(self) -> bool:
        """A text block kept line by line (`body: |`). In any other form of text (plain,
        quoted, `>`) YAML joins the lines, and a blank line becomes a line break."""
        return self.source is not None and self.source.style == "|"

    @property
    def is_mapping(self) -> bool:
        return isinstance(self.value, dict)

    @property
    def is_list(self) -> bool:
        return isinstance(self.value, list)

    @property
    def is_scalar(self) -> bool:
        return self.raw is not None

    @property
    def is_null(self) -> bool:
        return self.raw is not None and self.value is None

    @cached_property
    def places(self) -> tuple[Place, ...] | None:
        """Where each character of a text value stands in the file (`scalar_source`);
        None for another value or where that is not known."""
        if self.source is None or self.raw is None:
            return None
        return places(self.source, self.raw)

    def line_at(self, start: int, end: int) -> int:
        """The file's line of the characters `start:end` of a text value: of the first of
        them that the file has (not a line end that YAML made a space); the value's own
        line where their places are not known."""
        if self.source is None or self.places is None:
            return self.line
        stretch = self.places[start:end] or self.places[start : start + 1]
        written = [place for place in stretch if place.written is not Written.LINE_BREAK]
        return self.source.line_of((written or stretch)[0].start) if stretch else self.line

    def walk(self, field: str = "") -> Iterator[tuple[str, Located]]:
        """This value and every value inside it, each with its field (`field` is this
        one's): `issuer.name`, `contacts[2].phone`."""
        yield field, self
        if self.is_mapping:
            for key, value in self.value.items():
                yield from value.walk(f"{field}.{key}" if field else key)
        elif self.is_list:
            for index, item in enumerate(self.value, start=1):
                yield from item.walk(f"{field}[{index}]")


class _Constructor(yaml.constructor.SafeConstructor):
    pass


_LIBYAML: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml parses a release file in a twentieth of the time of PyYAML's own parser
(some 40 ms of a cold `build`). A file that libyaml refuses is parsed again by
PyYAML's parser, whose errors the messages and `yaml_diagnosis` are written for."""


def compose(text: str) -> yaml.Node | None:
    """The YAML nodes of `text`, as the reader takes them (`yaml.YAMLError` when it reads
    none), with where each stands."""
    try:
        return yaml.compose(text, Loader=_LIBYAML)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


_DOCUMENTS = (
    (b"%PDF", "ein PDF"),
    (b"PK\x03\x04", "eine Word- oder Excel-Datei (DOCX, XLSX) oder ein ZIP-Archiv"),
    (b"\xd0\xcf\x11\xe0", "ein Dokument eines älteren Office (DOC, XLS)"),
    (b"{\\rtf", "ein RTF-Dokument"),
)
"""How the documents begin that are given instead of a release file: said as such, not
as a file in the wrong encoding."""


def load_located_yaml(path: Path, problems: list[Problem]) -> Located | None:
    """Parse `path`; on failure append a problem and return None.

    Before anything is built, the file is checked as a stream of parser events
    (which expands nothing and needs no recursion): aliases and anchors, tags
    and nesting deeper than `YAML_DEPTH` are refused. A release file has no use
    for them, and they are how a 500-byte file takes minutes and gigabytes.
    """
    try:
        data = read_input_bytes(path, limits.RELEASE_FILE_BYTES)
    except InputError as error:
        problems.extend(error.problems)
        return None
    kind = next((name for magic, name in _DOCUMENTS if data.startswith(magic)), None)
    if kind is not None:  # `check intern/…/pressemitteilung-001-2026.pdf`
        problems.append(Problem(Code.NOT_A_RELEASE_FILE, path, params={"kind": kind}))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(Problem(Code.NOT_UTF8, path, line=line))
        return None
    return located_text(text, path, problems)


def located_text(text: str, path: Path, problems: list[Problem]) -> Located | None:
    """`text`, the content of the file `path`, parsed as `load_located_yaml` parses the
    file (`check --fix` reads a fix so before it writes it)."""
    text = source_text(text)
    bad = _forbidden_characters(text, path)
    if bad:
        problems.extend(bad)
        return None
    try:
        refused = _refused_constructs(text, path)
        if refused:
            problems.extend(refused)
            return None
        node = compose(text)
    except yaml.MarkedYAMLError as error:
        found = diagnose(text)
        if found is not None:
            problems.append(
                Problem(found.code, path, found.field, line=found.line, params=found.params)
            )
            return None
        mark = error.problem_mark or error.context_mark
        problems.append(
            Problem(
                Code.NOT_YAML,
                path,
                line=mark.line + 1 if mark else None,
                params={"detail": yaml_problem_text(error.problem)},
            )
        )
        return None
    except yaml.YAMLError:
        problems.append(Problem(Code.NOT_YAML, path, params={"detail": yaml_problem_text(None)}))
        return None
    except (ValueError, OverflowError):  # PyYAML's `chr()` of an escape beyond Unicode
        problems.append(_escape_beyond_unicode(text, path))
        return None
    if node is None:
        problems.append(Problem(Code.EMPTY_FILE, path))
        return None
    return _convert(node, text, path, problems, _Constructor())


_ESCAPE = re.compile(r"\\U([0-9A-Fa-f]{8})")


def _escape_beyond_unicode(text: str, path: Path) -> Problem:
    """The first escape `\\U` with eight digits in `text` that names no character, with
    its line."""
    for number, line in enumerate(text.split("\n"), start=1):
        for found in _ESCAPE.finditer(line):
            if int(found[1], 16) > 0x10FFFF:
                params = {"escape": found[0]}
                return Problem(Code.YAML_ESCAPE_NO_CHARACTER, path, None, number, params)
    return Problem(Code.NOT_YAML, path, params={"detail": yaml_problem_text(None)})


def _forbidden_characters(text: str, path: Path) -> list[Problem]:
    """Control characters in the file, one problem per line (see `plain_text`)."""
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        found = forbidden_character(line)
        if found is not None:
            params = {"character": found[1], "column": found[0] + 1}
            problems.append(Problem(Code.FORBIDDEN_CHARACTER_IN_FILE, path, None, number, params))
    return problems


def _refused_constructs(text: str, path: Path) -> list[Problem]:
    """Aliases, anchors, tags and deep nesting, found in the event stream as it comes:
    the first one ends the look, so a file of 100,000 `[` is refused at the ninth (libyaml
    refuses it at the thousandth, and PyYAML's parser, which reads it then, would take
    minutes to the end)."""
    try:
        return _refused_events(yaml.parse(text, Loader=_LIBYAML), path)
    except yaml.YAMLError:
        return _refused_events(yaml.parse(text, Loader=yaml.SafeLoader), path)


def _refused_events(events: Iterator[yaml.Event], path: Path) -> list[Problem]:
    depth = 0
    for event in events:
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return [Problem(Code.YAML_ALIAS, path, line=line)]
        tag = getattr(event, "tag", None)
        if tag:
            return [Problem(Code.YAML_TAG, path, line=line, params={"tag": tag})]
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limits.YAML_DEPTH:
                params = {"limit": limits.YAML_DEPTH}
                return [Problem(Code.YAML_TOO_DEEP, path, line=line, params=params)]
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return []


def _convert(
    node: yaml.Node,
    text: str,
    path: Path,
    problems: list[Problem],
    constructor: _Constructor,
    at: str = "",
    indent: int = -1,
) -> Located:
    """`node` of `text` as `Located` values; `at` names it as `Fields` names fields
    (`event.participants[2]`), for a field written twice inside it; `indent` is the
    column of the block it stands in (-1 at the top)."""
    line = node.start_mark.line + 1
    block = isinstance(node, yaml.CollectionNode) and not node.flow_style
    column = node.start_mark.column if block else -1  # the `indent` of what it holds
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Located] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(
                    Problem(Code.YAML_COMPLEX_KEY, path, line=key_node.start_mark.line + 1)
                )
                continue
            key = str(key_node.value)
            name = f"{at}.{key}" if at else key
            if key in mapping:
                problems.append(
                    Problem(
                        Code.DUPLICATE_FIELD, path, field=name, line=key_node.start_mark.line + 1
                    )
                )
                continue
            value = _convert(value_node, text, path, problems, constructor, name, column)
            # A value's line is where its key stands: that is where the officer looks.
            line = key_node.start_mark.line + 1
            mapping[key] = Located(value.value, line, value.raw, value.source)
        return Located(mapping, line)
    if isinstance(node, yaml.SequenceNode):
        items = [
            _convert(item, text, path, problems, constructor, f"{at}[{index}]", column)
            for index, item in enumerate(node.value, 1)
        ]
        return Located(items, line)
    assert isinstance(node, yaml.ScalarNode)
    try:
        value = constructor.construct_object(node)
    except (ValueError, yaml.constructor.ConstructorError):
        value = node.value
    source = ScalarSource(text, node.start_mark.index, line, node.style or None, indent)
    return Located(value, line, raw=node.value, source=source)
