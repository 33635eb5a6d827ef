"""pressetool.toml: found like git finds a repository; every wrong setting is a German message."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pressetool.office import (
    OFFICE_TIME_ZONE,
    SETTINGS,
    HouseStyle,
    load_config,
    office_moment,
    skipped_in_berlin,
    twice_in_berlin,
)
from tests.conftest import files_below, run_pressetool
from tests.readback import REFERENCE_RELEASE


def test_found_from_a_subfolder(office: Path) -> None:
    (office / "pressetool.toml").write_text(
        '[office]\nname = "Bezirksamt Pankow von Berlin"\n[house_style]\nstyle = "din5008"\n',
        encoding="utf-8",
    )
    below = office / "releases" / "2026"
    below.mkdir()
    config = load_config(below)
    assert config.root == office
    assert config.office.name == "Bezirksamt Pankow von Berlin"
    assert config.office.unit == "Pressestelle"
    assert config.house_style is HouseStyle.DIN5008


def test_without_a_file_the_defaults_apply(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert (config.root, config.office.name) == (None, "Bezirksamt Mitte von Berlin")
    assert config.folder == Path.cwd()


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ('house_style = "din5008"\n', "Feld „house_style“: Hier gehört ein Abschnitt hin"),
        (
            '[house_style]\nstyle = "din"\n',
            "„din“ ist hier nicht möglich. Schreiben Sie bezirksamt oder din5008.",
        ),
        ("[office]\nname = 5\n", "Feld „office.name“: Hier gehört ein Text"),
        (
            '[office]\nnam = "Amt"\n',
            "Feld „office.nam“: Das Feld gibt es nicht. Meinten Sie „name“?",
        ),
        ("[office]\nname = Amt\n", "pressetool.toml, Zeile 2: Die Datei ist kein gültiges TOML."),
        ("[defaults]\ncontacts = 5\n", "Feld „defaults.contacts“: Hier gehört eine Liste hin"),
        ('[letters]\nphon = "030"\n', "Feld „letters.phon“: Das Feld gibt es nicht. Meinten Sie"),
        ("[privacy_notice]\npurpose = 1\n", "Feld „privacy_notice.purpose“: Hier gehört ein Text"),
        ("[register]\ndatabase = 1\n", "Feld „register.database“: Das Feld gibt es nicht."),
        (
            '[letter]\nphone = "030"\n',
            "Feld „letter“: Das Feld gibt es nicht. Meinten Sie „letters“?",
        ),
        (
            "[office]\n" + "a = " + "[" * 1000 + "]" * 1000 + "\n",
            "pressetool.toml, Zeile 2: Hier stehen Listen oder Tabellen ([ … ] oder { … }) so "
            "tief ineinander",
        ),
        (
            "a = " + "{b = " * 1000 + "}" * 1000 + "\n",
            "pressetool.toml, Zeile 1: Hier stehen Listen oder Tabellen",
        ),
        (
            '[paths]\ninternal = "output"\n',
            "Feld „paths.internal“: Der interne Ordner „output“ ist der Ordner „output“ für "
            "öffentliche Dokumente oder liegt darin.",
        ),
        (
            '[paths]\ninternal = "output/intern"\n',
            "Feld „paths.internal“: Der interne Ordner „output/intern“ ist der Ordner „output“",
        ),
        (
            '[paths]\noutput = "web"\ninternal = "web/../web/privat"\n',
            "Der interne Ordner „web/../web/privat“ ist der Ordner „web“ für öffentliche",
        ),
        (
            '[paths]\noutput = "intern/web"\n',
            "Feld „paths.output“: Der Ordner „intern/web“ für öffentliche Dokumente liegt im "
            "internen Ordner „intern“",
        ),
        (
            '[paths]\noutput = "intern"\n',
            "Feld „paths.output“: Der Ordner „intern“ für öffentliche Dokumente liegt im "
            "internen Ordner „intern“ mit personenbezogenen Daten. Tragen Sie unter [paths] bei "
            "output einen Ordner außerhalb von „intern“ ein, etwa output.",
        ),
        (
            '[paths]\noutput = "intern"\ninternal = "intern"\n',
            "Feld „paths.internal“: Der interne Ordner „intern“ ist der Ordner „intern“ für "
            "öffentliche Dokumente oder liegt darin.",
        ),
        (
            '[paths]\noutput = "."\n',
            "Feld „paths.output“: Der Ordner „.“ für öffentliche Dokumente enthält den Ordner "
            "„releases“ mit Entwürfen und dem Nummernregister",
        ),
    ],
)
def test_wrong_settings(office: Path, toml: str, words: str) -> None:
    """Every section is checked when the file is read: `build` names a typo in `[letters]`,
    which only `invite` uses, before it writes anything."""
    (office / "pressetool.toml").write_text(toml, encoding="utf-8")
    result = run_pressetool("build", REFERENCE_RELEASE, "--out", "out", cwd=office)
    assert result.status == 1
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert files_below(office / "out") == []


def test_all_wrong_settings_at_once(office: Path) -> None:
    (office / "pressetool.toml").write_text(
        '[office]\nnam = "Amt"\n[house_style]\nstyle = "din"\n', encoding="utf-8"
    )
    result = run_pressetool("check", REFERENCE_RELEASE, cwd=office)
    assert result.status == 1
    assert "Meinten Sie „name“?" in result.stderr
    assert "„din“ ist hier nicht möglich" in result.stderr
    assert "2 Fehler gefunden" in result.stderr
    # each with its line, as the file of `init` promises
    assert "pressetool.toml, Zeile 2, Feld „office.nam“" in result.stderr
    assert "pressetool.toml, Zeile 4, Feld „house_style.style“" in result.stderr


def test_the_developers_table_of_settings_has_every_section_and_key() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "cli-and-archive.md").read_text("utf-8")
    rows = re.findall(r"^\| `\[(\w+)\]` \| (.+?) \|", doc, flags=re.MULTILINE)
    table = {section: re.findall(r"`(\w+)`", keys) for section, keys in rows}
    assert table == {section: list(keys) for section, keys in SETTINGS.items()}


@pytest.mark.parametrize(
    ("day", "time", "moment", "clock"),
    [
        (dt.date(2026, 12, 3), dt.time(10), "2026-12-03T10:00:00+01:00", ""),
        (dt.date(2026, 7, 3), dt.time(10), "2026-07-03T10:00:00+02:00", ""),
        (dt.date(2026, 10, 25), dt.time(1, 59), "2026-10-25T01:59:00+02:00", ""),
        (dt.date(2026, 10, 25), dt.time(2), "2026-10-25T02:00:00+01:00", "twice"),
        (dt.date(2026, 10, 25), dt.time(2, 30), "2026-10-25T02:30:00+01:00", "twice"),
        (dt.date(2026, 10, 25), dt.time(3), "2026-10-25T03:00:00+01:00", ""),
        (dt.date(2026, 3, 29), dt.time(2, 30), "2026-03-29T03:30:00+02:00", "skipped"),
        (dt.date(2026, 3, 29), dt.time(3), "2026-03-29T03:00:00+02:00", ""),
    ],
)
def test_a_time_on_the_berlin_clock_is_its_later_reading(
    day: dt.date, time: dt.time, moment: str, clock: str
) -> None:
    """Shown twice when summer time ends: the second, in winter time; skipped when it
    begins: the later reading, in summer time."""
    assert office_moment(day, time).isoformat() == moment
    assert (twice_in_berlin(day, time), skipped_in_berlin(day, time)) == (
        clock == "twice",
        clock == "skipped",
    )


def test_the_second_two_thirty_is_later_than_the_first_two_forty_five() -> None:
    """Python compares two times of one zone by their clock readings, `fold` aside: the
    second 2:30 carries its offset, so that it compares as the moment it is."""
    first = dt.datetime(2026, 10, 25, 2, 45, tzinfo=OFFICE_TIME_ZONE)
    second = dt.datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=OFFICE_TIME_ZONE)
    assert second < first  # the trap
    assert office_moment(dt.date(2026, 10, 25), dt.time(2, 30)) > first
    assert office_moment(dt.date(2026, 10, 25), dt.time(2, 30)) == second.astimezone(dt.UTC)
