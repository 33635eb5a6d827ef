"""The press office: its folder, its settings in `pressetool.toml`, its clock.

The office folder is found the way git finds a repository: walking up from
the current directory to the first folder holding `pressetool.toml`. Without
one the built-in defaults (Bezirksamt Mitte) apply.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import Enum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pressetool.problems import Code, InputError, Problem, unknown_field

CONFIG_NAME = "pressetool.toml"
OFFICE_TIME_ZONE = ZoneInfo("Europe/Berlin")


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
    def folder(self) -> Path:
        """The office folder; without `pressetool.toml`, the current folder."""
        return self.root or Path.cwd()

    @property
    def file(self) -> Path | None:
        """`pressetool.toml`, named in messages about a setting."""
        return self.root / CONFIG_NAME if self.root else None

    @property
    def output_dir(self) -> Path:
        return self.folder / "output"


def find_office_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def load_config(start: Path | None = None) -> Config:
    """The office's settings; every wrong setting of `[office]` and `[house_style]` at once."""
    root = find_office_root((start or Path.cwd()).resolve())
    if root is None:
        return Config()
    config = Config(root=root, settings=_parse_toml(root / CONFIG_NAME))
    problems: list[Problem] = []
    office = _collected(problems, config, "office", ("name", "unit"))
    style_name = _collected(problems, config, "house_style", ("style",)).get("style")
    style = HouseStyle.BEZIRKSAMT
    if style_name is not None:
        try:
            style = HouseStyle(style_name)
        except ValueError:
            choices = " oder ".join(s.value for s in HouseStyle)
            params = {"value": style_name, "choices": choices}
            problems.append(
                Problem(Code.CONFIG_BAD_VALUE, config.file, "house_style.style", None, params)
            )
    if problems:
        raise InputError(problems)
    return Config(
        root=root,
        office=Office(office.get("name") or Office.name, office.get("unit") or Office.unit),
        house_style=style,
        settings=config.settings,
    )


def _parse_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError([Problem(Code.NOT_UTF8, path)]) from None
    except tomllib.TOMLDecodeError as error:
        # tomllib's own words are English; only its line is worth passing on.
        match = re.search(r"at line (\d+)", str(error))
        line = int(match[1]) if match else None
        raise InputError([Problem(Code.CONFIG_NOT_TOML, path, line=line)]) from None


def _collected(
    problems: list[Problem], config: Config, section: str, keys: tuple[str, ...]
) -> dict[str, str | None]:
    """`text_settings`, with its problems added to `problems` instead of raised."""
    try:
        return text_settings(config, section, keys)
    except InputError as error:
        problems.extend(error.problems)
        return {}


def text_settings(config: Config, section: str, keys: tuple[str, ...]) -> dict[str, str | None]:
    """The texts given in `[section]` of `pressetool.toml`, by key; an empty text is None.

    Keys that are not given are absent from the result (the caller's default
    applies). An unknown key (the closest known one suggested) or a value that
    is not text is an error, reported with every other one at once.
    """
    table = config.settings.get(section, {})
    path = config.file
    if not isinstance(table, dict):
        problem = Problem(Code.CONFIG_EXPECTED_TABLE, path, section, params={"section": section})
        raise InputError([problem])
    problems: list[Problem] = []
    values: dict[str, str | None] = {}
    for key, value in table.items():
        name = f"{section}.{key}"
        if key not in keys:
            problems.append(unknown_field(path, name, key, keys))
        elif not isinstance(value, str):
            problems.append(Problem(Code.CONFIG_EXPECTED_TEXT, path, name))
        else:
            values[key] = value.strip() or None
    if problems:
        raise InputError(problems)
    return values


def today_in_office() -> dt.date:
    """Today in Berlin, whatever the computer's clock zone."""
    return dt.datetime.now(OFFICE_TIME_ZONE).date()


def office_uuid(office: str, name: str) -> uuid.UUID:
    """`name` (a release number, a calendar file) within `office`, as a name-based UUID:
    the same office and name always give the same id."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"pressetool:{office}:{name}")


@dataclass(frozen=True)
class Sender:
    """The sender of letters: `[letters]` of `pressetool.toml`.

    Without the section (or without a key) the Bezirksamt Mitte defaults apply;
    an empty text leaves its line out of the letters. The letterhead itself is
    `[office]`.
    """

    return_address: str | None = "Bezirksamt Mitte von Berlin, 13341 Berlin"
    """Rücksendeangabe: the small line above the recipient's address."""
    contact: str | None = "Pressestelle"
    """Ansprechperson in the information block."""
    phone: str | None = None
    email: str | None = None


def sender_from_config(config: Config) -> Sender:
    return Sender(**text_settings(config, "letters", tuple(f.name for f in fields(Sender))))
