"""The folder of release files, `releases/{year}/NNN-title.yaml`, as the office keeps it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pressetool.models import ReleaseNumber
from pressetool.office import RELEASES_FOLDER, Config
from pressetool.problems import Code, Problem


def releases_dir(config: Config) -> Path:
    return config.folder / RELEASES_FOLDER


def release_files(config: Config) -> list[Path]:
    """Every release file: `releases/<year>/*.yaml`, oldest year first; below the current
    folder as relative paths, which is how messages name them."""
    folder = releases_dir(config)
    if not folder.is_dir():
        return []
    here = Path.cwd()
    return sorted(
        path.relative_to(here) if path.is_relative_to(here) else path
        for year in folder.iterdir()
        if year.is_dir() and re.fullmatch(r"[0-9]{4}", year.name)
        for path in year.glob("*.yaml")
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
