"""What a newcomer meets first (issue 17): `pressetool` alone says what to do, and a
command that writes nothing does not say that it wrote nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_main, run_pressetool


def test_without_a_command_pressetool_says_what_to_do_first() -> None:
    result = run_pressetool()
    assert result.status == 0
    assert result.stdout.splitlines()[:6] == [
        "pressetool – Pressemitteilungen, Einladungen und Listen der Pressestelle.",
        "",
        "So beginnt ein Arbeitstag:",
        '  pressetool new --title "Titel der Pressemitteilung"   legt einen Entwurf mit Nummer an',
        "  pressetool check releases/JJJJ/NNN-titel.yaml         prüft die Datei",
        "  pressetool publish NNN/JJJJ                           veröffentlicht sie: PDF und DOCX",
    ]
    assert "pressetool init" in result.stdout


@pytest.mark.parametrize(
    ("command", "last_line"),
    [
        (["check"], "1 Fehler gefunden."),
        (["build", "--out", "out"], "1 Fehler gefunden. Es wurde keine Datei geschrieben."),
    ],
)
def test_only_a_command_that_writes_says_nothing_was_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], last_line: str
) -> None:
    missing = str(tmp_path / "fehlt.yaml")
    status, _out, err = run_main(capsys, command[0], missing, *command[1:])
    assert status == 1
    assert err.splitlines()[-1] == last_line


def test_list_before_the_first_new_says_there_are_no_numbers_yet(tmp_path: Path) -> None:
    (tmp_path / "releases").mkdir()
    (tmp_path / "pressetool.toml").write_text('[office]\nname = "Amt"\n', encoding="utf-8")
    result = run_pressetool("list", cwd=tmp_path)
    assert (result.status, result.stdout, result.stderr) == (0, "Noch keine Nummer vergeben.\n", "")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["pressetool.toml", "releases"]
