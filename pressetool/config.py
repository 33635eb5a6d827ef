"""The press office's folder and its settings in `pressetool.toml`.

The office folder is found the way git finds a repository: walking up from
the current directory to the first folder holding `pressetool.toml`. Without
one the built-in defaults (Bezirksamt Mitte) apply.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from pressetool.errors import InputError, Problem

CONFIG_NAME = "pressetool.toml"


class HouseStyle(Enum):
    """How times, event dates and phone numbers are written.

    `bezirksamt` (default) reproduces the Bezirksamt Mitte releases: `9 – 13 Uhr`,
    event date `11.3.2020`, phone numbers as written, checked against
    `(030) 9018-42390`. `din5008` writes `9–13 Uhr`, `11.03.2020` and expects
    phone numbers as `030 9018-42390`.
    """

    BEZIRKSAMT = "bezirksamt"
    DIN5008 = "din5008"


@dataclass(frozen=True)
class Office:
    name: str = "Bezirksamt Mitte von Berlin"
    unit: str = "Pressestelle"


@dataclass(frozen=True)
class Config:
    root: Path | None = None
    office: Office = field(default_factory=Office)
    house_style: HouseStyle = HouseStyle.BEZIRKSAMT
    settings: Mapping[str, Any] = field(default_factory=dict)
    """The whole parsed file, for the sections that later features read."""

    @property
    def templates_dir(self) -> Path | None:
        """The office's own `templates/`, which overrides the shipped templates."""
        if self.root is None:
            return None
        folder = self.root / "templates"
        return folder if folder.is_dir() else None

    @property
    def output_dir(self) -> Path:
        return (self.root or Path.cwd()) / "output"


def find_office_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def load_config(start: Path | None = None) -> Config:
    root = find_office_root((start or Path.cwd()).resolve())
    if root is None:
        return Config()
    path = root / CONFIG_NAME
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError([Problem("config_not_toml", path, params={"detail": error})]) from None
    office_table = settings.get("office", {})
    office = Office(
        name=str(office_table.get("name", Office.name)),
        unit=str(office_table.get("unit", Office.unit)),
    )
    style_name = str(settings.get("house_style", {}).get("style", HouseStyle.BEZIRKSAMT.value))
    try:
        style = HouseStyle(style_name)
    except ValueError:
        raise InputError(
            [
                Problem(
                    "config_bad_value",
                    path,
                    field="house_style.style",
                    params={"value": style_name, "choices": "bezirksamt oder din5008"},
                )
            ]
        ) from None
    return Config(root=root, office=office, house_style=style, settings=settings)


def text_settings(config: Config, section: str, keys: tuple[str, ...]) -> dict[str, str | None]:
    """The texts given in `[section]` of `pressetool.toml`, by key; an empty text is None.

    Keys that are not given are absent from the result (the caller's default
    applies). An unknown key (the closest known one suggested) or a value that
    is not text is an error, reported with every other one at once.
    """
    table = config.settings.get(section, {})
    path = config.root / CONFIG_NAME if config.root else None
    if not isinstance(table, dict):
        problem = Problem("config_expected_table", path, section, params={"section": section})
        raise InputError([problem])
    problems: list[Problem] = []
    values: dict[str, str | None] = {}
    for key, value in table.items():
        name = f"{section}.{key}"
        if key not in keys:
            close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
            if close:
                problems.append(
                    Problem("unknown_field_suggestion", path, name, params={"suggestion": close[0]})
                )
            else:
                problems.append(
                    Problem("unknown_field", path, name, params={"allowed": ", ".join(keys)})
                )
        elif not isinstance(value, str):
            problems.append(Problem("config_expected_text", path, name))
        else:
            values[key] = value.strip() or None
    if problems:
        raise InputError(problems)
    return values
