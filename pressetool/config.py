"""The press office's folder and its settings in `pressetool.toml`.

The office folder is found the way git finds a repository: walking up from
the current directory to the first folder holding `pressetool.toml`. Without
one the built-in defaults (Bezirksamt Mitte) apply.
"""

from __future__ import annotations

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
