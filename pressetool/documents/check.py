"""`pressetool check`: validate release files and collect typography hints; with `--fix`,
apply the unambiguous hints in the files themselves.

A fix changes the characters of the file that its hint changes, where they stand
(`reading.scalar_source`): in a text block kept line by line (`|`) or folded (`>`),
in quotes or plain, on one line or over several. Comments, indentation, where the
lines of a text end, quoting and every other character stay as they were, and so do
the file's byte order mark and line ends. A field is fixed whole or not at all: where
a change has no character of its own in the file (YAML makes a space of the line end
between `Wort` and `, weiter` in a folded block), or where the fixed file would read
differently than the fixes say, `check` says so in a hint of its own
(`Code.FIX_NOT_IN_FILE`, `Code.FIX_CHANGES_YAML`) and `--fix` leaves that field as it
is. Each field's fixes are read again before they are kept: the file must read as
before but for that field, which must read as the fixes say. A fix that another fix of
its field overlaps (straight quotes beside a double space) is made in the next round
(`FIX_ROUNDS`). Before a file is written, it must read as a release where the original
did; else nothing is written.
"""

from __future__ import annotations

import codecs
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pressetool.documents.typography import (
    LocatedHint,
    changes,
    comments_that_cut_a_text,
    lint_release_tree,
    located_hints,
)
from pressetool.office import Config, HouseStyle
from pressetool.output import write_atomically
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading.release_reader import read_release, read_releases
from pressetool.reading.scalar_source import Place, Written
from pressetool.reading.yaml_source import Located, located_text
from pressetool.register.release_files import TextEdit, edited
from pressetool.register.verify import status_disagreements


def check_releases(paths: list[Path], config: Config) -> list[Problem]:
    """Raise `InputError` with every error of every file, and where file and register
    disagree on a status, as `build` does; else return the hints (those of reading, such
    as a Sperrfrist before the date, then those of typography, then for each field that
    `--fix` would leave alone, why)."""
    hints: list[Problem] = []
    releases = read_releases(paths, notes=hints)
    differing = status_disagreements(config, releases, Code.BUILD_STATUS_DIFFERS)
    if differing:  # as `build` refuses it: a draft whose `status` line was lost
        raise InputError(differing)
    for path in paths:
        fixing = _fixing(path.read_bytes().decode("utf-8-sig"), path, config.house_style)
        hints.extend(lint_release_tree(fixing.tree, path, config.house_style))
        hints.extend(comments_that_cut_a_text(fixing.tree, path))
        hints.extend(fixing.left_alone)
    return hints


@dataclass(frozen=True)
class Fix:
    file: Path
    line: int
    field: str
    found: str
    suggestion: str


FIX_ROUNDS = 3
"""Fixes that touch each other (straight quotes beside a double space) are left alone in
one round and made in the next: a file is fixed in up to this many rounds."""


def fix_releases(paths: list[Path], config: Config) -> list[Fix]:
    """Apply every unambiguous hint in its file; the fixes made, file by file. A file
    keeps its byte order mark and its line ends (Windows' CR LF stays)."""
    read_releases(paths)
    fixes: list[Fix] = []
    for path in paths:
        data = path.read_bytes()
        fixing = _fixing(data.decode("utf-8-sig"), path, config.house_style)
        bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
        fixed = bom + fixing.text.encode()
        if fixing.fixes and _reads_like(path, fixed):
            write_atomically(path, fixed, config.output_dir)
            fixes += fixing.fixes
    return fixes


@dataclass(frozen=True)
class _Fixing:
    tree: Located
    """The file as read before any fix (`read_releases` has parsed it already)."""
    text: str
    """The file's text with every fix."""
    fixes: list[Fix]
    left_alone: list[Problem]
    """For each field that `--fix` leaves as it is, a hint that says why."""


@dataclass(frozen=True)
class _Planned:
    """A hint's fix: its edits of the reader's text (offsets of `Place`) and of the
    field's value."""

    located: LocatedHint
    edits: list[TextEdit]
    value_edits: list[TextEdit]


def _fixing(text: str, path: Path, style: HouseStyle) -> _Fixing:
    """What `--fix` makes of `text`, the content of the file `path`, round by round."""
    fixes: list[Fix] = []
    left_alone: dict[str, Problem] = {}
    first: Located | None = None
    for _round in range(FIX_ROUNDS):
        this_round = _Round(text, path)
        first = first or this_round.tree
        by_field: dict[str, list[LocatedHint]] = {}
        for located in located_hints(this_round.tree, style):
            if located.hint.unambiguous and located.field not in left_alone:
                by_field.setdefault(located.field, []).append(located)
        made: list[Fix] = []
        for field, hints in by_field.items():
            planned = _planned(hints)
            if isinstance(planned, LocatedHint):
                left_alone[field] = _refusal(Code.FIX_NOT_IN_FILE, path, planned)
            elif not this_round.reads_well(field, planned):
                alone = (plan for plan in planned if not this_round.reads_well(field, [plan]))
                culprit = next(alone, planned[0])
                left_alone[field] = _refusal(Code.FIX_CHANGES_YAML, path, culprit.located)
            else:
                this_round.keep(field, planned)
                made += [_fix(path, plan.located) for plan in planned]
        if not made:
            break
        text = this_round.fixed_text
        fixes += made
    assert first is not None  # FIX_ROUNDS is at least one
    return _Fixing(first, text, fixes, list(left_alone.values()))


class _Round:
    """One round of fixes of a file's text: a field's fixes are kept where the text with
    them and those kept before reads as they say."""

    def __init__(self, text: str, path: Path) -> None:
        tree = located_text(text, path, [])
        assert tree is not None  # read_releases has parsed it, and every fix was read again
        self.text, self.path, self.tree = text, path, tree
        self.offsets = [at for at, char in enumerate(text) if char != "\ufeff"] + [len(text)]
        """The offset in `text` of each offset of the reader's text: `source_text` drops
        a byte order mark inside the file (left by joined files)."""
        self.edits: list[TextEdit] = []
        self.values: dict[str, str] = {}

    def reads_well(self, field: str, planned: list[_Planned]) -> bool:
        trial = edited(self.text, self.edits + self._in_text(planned))
        values = self.values | {field: _value_after(planned)}
        return _reads_as(trial, self.path, self.tree, values)

    def keep(self, field: str, planned: list[_Planned]) -> None:
        self.edits += self._in_text(planned)
        self.values[field] = _value_after(planned)

    @property
    def fixed_text(self) -> str:
        return edited(self.text, self.edits)

    def _in_text(self, planned: list[_Planned]) -> list[TextEdit]:
        edits = []
        for edit in (edit for plan in planned for edit in plan.edits):
            start = self.offsets[edit.start]
            end = self.offsets[edit.end - 1] + 1 if edit.end > edit.start else start
            edits.append(TextEdit(start, end, edit.text))
        return edits


def _value_after(planned: list[_Planned]) -> str:
    """The field's value with the fixes of `planned` (all of one field)."""
    return edited(planned[0].located.value, [edit for plan in planned for edit in plan.value_edits])


def _planned(hints: list[LocatedHint]) -> list[_Planned] | LocatedHint:
    """The fixes of a field's hints, but those that an earlier one overlaps (they wait for
    the next round); or the first hint whose change the file does not have as characters."""
    planned = []
    for located in hints:
        edits = _edits(located)
        if edits is None:
            return located
        planned.append(edits)
    kept: list[_Planned] = []
    end = 0
    for plan in sorted(planned, key=lambda plan: plan.located.hint.start):
        hint = plan.located.hint
        if not kept or hint.start >= end:
            kept.append(plan)
            end = hint.start + len(hint.found)
    return kept


def _edits(located: LocatedHint) -> _Planned | None:
    """What the hint changes, in the file and in the value; None where the places of the
    value are unknown or a change has no characters of its own in the file."""
    hint = located.hint
    edits, value_edits = [], []
    for first, last, new in changes(hint.found, hint.suggestion):
        start, end = hint.start + first, hint.start + last
        at = _written_at(located, start, end, new)
        if at is None:
            return None
        edits.append(TextEdit(*at, new))
        value_edits.append(TextEdit(start, end, new))
    return _Planned(located, edits, value_edits)


def _written_at(located: LocatedHint, start: int, end: int, new: str) -> tuple[int, int] | None:
    """Where in the file the characters `start:end` of the value stand, to become `new`:
    one right after the other, each written there (as it is or escaped). An insertion
    goes between two such characters or at either end of the value. A deletion may be
    made where the same characters stand right beside it, within the hint's words: of
    a line's last space and the space that YAML makes of the line end after it in a
    folded block, the one written in the file."""
    places = located.places
    if places is None:
        return None
    if start == end:
        return _between(places, start)
    if new:
        return _stretch(places, start, end)
    hint = located.hint
    alike = _alike(located.value, start, end, hint.start, hint.start + len(hint.found))
    return next((at for at in (_stretch(places, *each) for each in alike) if at), None)


def _stretch(places: tuple[Place, ...], start: int, end: int) -> tuple[int, int] | None:
    stretch = places[start:end]
    written = all(place.written is not Written.LINE_BREAK for place in stretch)
    joined = all(one.end == other.start for one, other in itertools.pairwise(stretch))
    return (stretch[0].start, stretch[-1].end) if written and joined else None


def _between(places: tuple[Place, ...], at: int) -> tuple[int, int] | None:
    sides = places[max(at - 1, 0) : at + 1]
    if any(place.written is Written.LINE_BREAK for place in sides):
        return None
    if len(sides) == 2 and sides[0].end != sides[1].start:
        return None
    point = sides[0].start if at == 0 else sides[0].end
    return point, point


def _alike(value: str, start: int, end: int, low: int, high: int) -> Iterator[tuple[int, int]]:
    """`start:end` and the stretches beside it within `low:high` whose deletion leaves the
    same text (any one space of a run of spaces)."""
    yield start, end
    first, last = start, end
    while first > low and value[first - 1] == value[last - 1]:
        first, last = first - 1, last - 1
        yield first, last
    first, last = start, end
    while last < high and value[first] == value[last]:
        first, last = first + 1, last + 1
        yield first, last


def _reads_as(text: str, path: Path, before: Located, values: dict[str, str]) -> bool:
    """`text` reads without a problem as `before` does, but for the text fields named in
    `values`, which read as they say there."""
    problems: list[Problem] = []
    after = located_text(text, path, problems)
    if after is None or problems:
        return False
    expected = [
        (field, line, values.get(field, raw), kind) for field, line, raw, kind in _nodes(before)
    ]
    return list(_nodes(after)) == expected


def _nodes(node: Located) -> Iterator[tuple[str, int, str | None, type]]:
    """Each node of the tree: its field, line, text as YAML reads it and type of value."""
    for field, inner in node.walk():
        yield field, inner.line, inner.raw, type(inner.value)


def _fix(path: Path, located: LocatedHint) -> Fix:
    hint = located.hint
    return Fix(path, located.line, located.field, hint.found, hint.suggestion)


def _refusal(code: Code, path: Path, located: LocatedHint) -> Problem:
    params = {"found": located.hint.found, "suggestion": located.hint.suggestion}
    return Problem(code, path, located.field, located.line, params, Severity.WARNING)


def _reads_like(path: Path, fixed: bytes) -> bool:
    """The fixed file reads without errors and gives a release where the original did."""
    trial = path.with_name(f"{path.stem}.pruefung.tmp")  # the number stays in front
    try:
        trial.write_bytes(fixed)
        read_release(trial)
    except InputError:
        return False
    finally:
        trial.unlink(missing_ok=True)
    return True
