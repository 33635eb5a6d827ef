"""The folder of release files, `releases/{year}/NNN-title.yaml`, as the office keeps it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pressetool.models import ReleaseNumber
from pressetool.office import RELEASES_FOLDER, Config
from pressetool.problems import Code, Problem, shown_path


def releases_dir(config: Config) -> Path:
    return config.folder / RELEASES_FOLDER


RELEASE_SUFFIXES = (".yaml", ".yml")
"""How a release file's name ends, in any case: `.yml` and `.YAML` are what editors and
Windows write, and a file of `new` renamed so is still the office's release."""


def year_files(folder: Path) -> list[Path]:
    """The release files in a year's folder (`RELEASE_SUFFIXES`), sorted by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in RELEASE_SUFFIXES)


def near_misses(folder: Path, number: int) -> list[tuple[Path, str]]:
    """Text files of the year's folder whose name starts with `number` but does not end
    in `.yaml` (`006-baenke.yaml.txt` as Notepad saves it, `006-baenke.txt`), each with
    the name it should have: named when a command finds no release file of that number."""
    if not folder.is_dir():
        return []
    prefix = re.compile(rf"0*{number}(?:[-_ .]|$)")
    found = []
    for path in sorted(folder.iterdir()):
        if not prefix.match(path.name) or path.suffix.lower() != ".txt":
            continue
        stem = path.name[: -len(".txt")]
        right = stem if stem.lower().endswith(RELEASE_SUFFIXES) else f"{stem}.yaml"
        found.append((path, right))
    return found


def release_files(config: Config) -> list[Path]:
    """Every release file: `releases/<year>/*.yaml` (or `.yml`), oldest year first; below
    the current folder as relative paths, which is how messages name them."""
    folder = releases_dir(config)
    if not folder.is_dir():
        return []
    return sorted(
        shown_path(path)
        for year in folder.iterdir()
        if year.is_dir() and re.fullmatch(r"[0-9]{4}", year.name)
        for path in year_files(year)
    )


def numbers_twice(numbered: Iterable[tuple[ReleaseNumber, Path]]) -> list[Problem]:
    """One problem per number that more than one file carries."""
    files: dict[ReleaseNumber, list[Path]] = {}
    for number, path in numbered:
        files.setdefault(number, []).append(path)
    return [
        Problem(
            Code.NUMBER_TWICE,
            None,
            params={"number": str(number), "files": ", ".join(map(str, paths))},
        )
        for number, paths in sorted(files.items())
        if len(paths) > 1
    ]
