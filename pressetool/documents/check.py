"""`pressetool check`: validate release files and collect typography hints; with `--fix`,
apply the unambiguous hints in the files themselves.

A fix changes the file as text, line by line, and only where the hint's words
stand in that line as they stand in the value (a block text's line, or the
value after `key:`): comments, indentation, quoting and every other line stay
as they were, and so do the file's byte order mark and line ends. A hint whose
words run over a line end stays a hint; one that another fix in the same place
overlaps is made in the next round (`FIX_ROUNDS`). Each round's fixed file is read
again before it is written: if it would read differently than the original (an
error, or a YAML quote that the fix upset), that round writes nothing and the
rounds end there.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from pressetool.documents.typography import (
    LocatedHint,
    comments_that_cut_a_text,
    lint_release_tree,
    located_hints,
)
from pressetool.office import Config
from pressetool.output import write_atomically
from pressetool.problems import Code, InputError, Problem
from pressetool.reading.release_reader import read_release, read_releases
from pressetool.reading.yaml_source import load_located_yaml
from pressetool.register.verify import status_disagreements


def check_releases(paths: list[Path], config: Config) -> list[Problem]:
    """Raise `InputError` with every error of every file, and where file and register
    disagree on a status, as `build` does; else return the hints (those of reading, such
    as a Sperrfrist before the date, then those of typography)."""
    hints: list[Problem] = []
    releases = read_releases(paths, notes=hints)
    differing = status_disagreements(config, releases, Code.BUILD_STATUS_DIFFERS)
    if differing:  # as `build` refuses it: a draft whose `status` line was lost
        raise InputError(differing)
    for path in paths:
        tree = load_located_yaml(path, [])
        assert tree is not None  # read_releases has parsed it already
        hints.extend(lint_release_tree(tree, path, config.house_style))
        hints.extend(comments_that_cut_a_text(tree, path))
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

_LINE_END = re.compile(r"(\r\n|\r|\n)")


def fix_releases(paths: list[Path], config: Config) -> list[Fix]:
    """Apply every unambiguous hint in its file; the fixes made, file by file. A file
    keeps its byte order mark and its line ends (Windows' CR LF stays)."""
    read_releases(paths)
    fixes: list[Fix] = []
    for path in paths:
        for _round in range(FIX_ROUNDS):
            made = _fix_file(path, config)
            fixes += made
            if not made:
                break
    return fixes


def _fix_file(path: Path, config: Config) -> list[Fix]:
    tree = load_located_yaml(path, [])
    assert tree is not None  # read_releases has parsed it already
    data = path.read_bytes()
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    parts = _LINE_END.split(data.decode("utf-8-sig"))
    lines, ends = parts[::2], parts[1::2]
    by_line: dict[int, list[LocatedHint]] = {}
    for located in located_hints(tree, config.house_style):
        if located.hint.unambiguous and "\n" not in located.hint.found:
            by_line.setdefault(located.line, []).append(located)
    fixes: list[Fix] = []
    for number, hints in by_line.items():
        changed, made = _fixed_line(lines[number - 1], hints)
        lines[number - 1] = changed
        fixes += [Fix(path, number, h.field, h.hint.found, h.hint.suggestion) for h in made]
    if not fixes:
        return []
    fixed = bom + "".join(line + end for line, end in zip(lines, [*ends, ""], strict=True)).encode()
    if not _reads_like(path, fixed):
        return []
    write_atomically(path, fixed, config.output_dir)
    return fixes


def _fixed_line(line: str, hints: list[LocatedHint]) -> tuple[str, list[LocatedHint]]:
    """`line` with the hints applied whose words it holds as often as there are hints with
    those words, and those hints; overlapping hints are left alone."""
    spans = []
    for found in {located.hint.found for located in hints}:
        alike = [located for located in hints if located.hint.found == found]
        starts = [i for i in range(len(line)) if line.startswith(found, i)]
        if len(starts) == len(alike):
            spans += [(s, s + len(found), h) for s, h in zip(starts, alike, strict=True)]
    spans.sort(key=lambda span: span[0])
    kept: list[tuple[int, int, LocatedHint]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    for start, end, located in reversed(kept):
        line = line[:start] + located.hint.suggestion + line[end:]
    return line, [located for _start, _end, located in kept]


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
