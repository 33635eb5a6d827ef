"""One register per office: the register's commands refuse outside an office folder and
point to `pressetool init`, which makes one.

Outside an office folder (no `pressetool.toml` up from the current folder) every
command that reads or writes the register stops with status 1 and a message that
names `pressetool init`, and writes nothing anywhere; `check` and `build` keep
working there with the defaults. `init` makes an office folder (its library side:
tests/register/test_office_folder.py), refuses one that is already, and its name
heads the documents.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pressetool.cli import build_parser
from tests.conftest import everything, run_main, run_pressetool
from tests.readback import REFERENCE_RELEASE, fold, pdf_paragraphs

NAMES_INIT = "„pressetool init ORDNER --name"

REGISTER_COMMANDS = {
    "new": ["--title", "Neue Bänke im Park"],
    "publish": ["067/2020"],
    "discard": ["067/2020", "--reason", "nur ein Versuch"],
    "withdraw": ["067/2020", "--reason", "nur ein Versuch"],
    "correct": ["067/2020"],
    "list": [],
    "verify": [],
    "reindex": [],
    "archive": [],
}
"""Every command that reads or writes the register, with arguments it accepts; each gets
the refusal where the register is opened. `archive` opens no register (it publishes the
office's releases): it calls `pressetool.office.require_office_folder` itself."""


@pytest.fixture(autouse=True)
def _no_register_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESSETOOL_DATABASE_URL", raising=False)


def known_commands() -> set[str]:
    """The commands `pressetool` has (publish and discard come with the release life)."""
    for action in build_parser()._actions:
        if isinstance(action.choices, dict):
            return set(action.choices)
    raise AssertionError("pressetool has no commands")


@pytest.fixture
def no_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a release file but no `pressetool.toml` (a copied releases/ folder, the
    way a second register came about), as the current folder."""
    folder = tmp_path / "kopie"
    target = folder / "releases" / "2020" / REFERENCE_RELEASE.name
    target.parent.mkdir(parents=True)
    shutil.copy(REFERENCE_RELEASE, target)
    monkeypatch.chdir(folder)
    return folder


@pytest.mark.parametrize("command", sorted(REGISTER_COMMANDS.keys() & known_commands()))
def test_register_commands_refuse_outside_an_office_folder(
    no_office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    before = everything(tmp_path)
    status, out, err = run_main(capsys, command, *REGISTER_COMMANDS[command])
    assert everything(tmp_path) == before, "nothing is written anywhere"
    assert status == 1
    assert out == ""
    assert err.startswith("Fehler: Hier ist kein Ordner einer Pressestelle: pressetool.toml ")
    assert f"weder in „{no_office}“ noch in einem Ordner darüber" in err
    assert NAMES_INIT in err
    # a command that only reads does not say that it wrote nothing
    reading = command in ("list", "verify")
    assert err.endswith("“.\n" if reading else "“. Es wurde nichts geschrieben.\n"), err


def test_new_outside_an_office_folder_writes_nothing(tmp_path: Path) -> None:
    """The real command in its own process, in an empty folder."""
    folder = tmp_path / "irgendwo"
    folder.mkdir()
    result = run_pressetool("new", "--title", "Neue Bänke im Park", cwd=folder)
    assert (result.status, result.stdout) == (1, "")
    assert NAMES_INIT in result.stderr
    assert "Traceback" not in result.stderr
    assert everything(tmp_path) == {str(folder): "folder"}


def test_check_and_build_keep_working_outside_an_office_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_main(capsys, "check", str(REFERENCE_RELEASE))[0] == 0
    status, out, _ = run_main(capsys, "build", str(REFERENCE_RELEASE), "--format", "pdf")
    assert (status, out) == (0, "output/2020/067/pressemitteilung-067-2020.pdf\n")


# -- pressetool init -------------------------------------------------------------------------


PANKOW = "Bezirksamt Pankow von Berlin"
MADE = ["pressetool.toml", ".gitignore", "releases", "releases/register.sqlite"]
"""What `init` makes in the office folder, and nothing else."""


def test_init_makes_exactly_the_office_folder(tmp_path: Path) -> None:
    result = run_pressetool("init", "pankow", "--name", PANKOW, cwd=tmp_path)
    assert (result.status, result.stderr) == (0, "")
    folder = tmp_path / "pankow"
    assert set(everything(tmp_path)) == {str(folder), *(str(folder / name) for name in MADE)}
    assert result.stdout.splitlines()[:5] == [
        "Ordner der Pressestelle eingerichtet: pankow",
        "  pankow/pressetool.toml: die Einstellungen, jede erklärt",
        "  pankow/releases/: die Pressemitteilungen",
        "  pankow/releases/register.sqlite: das Nummernregister (angelegt, leer)",
        "  pankow/.gitignore: hält Dokumente und Register aus git heraus (angelegt)",
    ]
    settings = (folder / "pressetool.toml").read_text(encoding="utf-8")
    assert "\n[office]\n# Der Briefkopf jedes Dokuments" in settings
    assert f'\nname = "{PANKOW}"\n' in settings
    listed = run_pressetool("list", cwd=folder)
    assert listed.status == 0, listed.stderr


def test_init_without_a_folder_makes_the_current_one_an_office(tmp_path: Path) -> None:
    folder = tmp_path / "amt"
    folder.mkdir()
    result = run_pressetool("init", cwd=folder)
    assert result.status == 0, result.stderr
    assert set(everything(folder)) == {str(folder / name) for name in MADE}
    assert "Tragen Sie in pressetool.toml unter [office] den Namen Ihres Amts ein." in (
        result.stdout
    )
    new = run_pressetool("new", "--title", "Neue Bänke im Park", "--date", "2026-03-02", cwd=folder)
    assert new.status == 0, new.stderr
    assert new.stdout.splitlines()[0] == "releases/2026/001-neue-baenke-im-park.yaml"


def test_init_twice_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_main(capsys, "init", "amt", "--name", PANKOW)[0] == 0
    (tmp_path / "amt" / "pressetool.toml").write_text(
        '[office]\nname = "Bezirksamt Pankow von Berlin"\nunit = "Presse"\n', encoding="utf-8"
    )
    before = everything(tmp_path)
    status, out, err = run_main(capsys, "init", "amt")
    assert (status, out) == (1, "")
    assert err.startswith(f"Fehler: In „{tmp_path / 'amt'}“ liegt schon pressetool.toml: Das ")
    assert "„pressetool init“ hat nichts verändert." in err
    assert everything(tmp_path) == before


def test_the_name_of_init_heads_the_documents(tmp_path: Path) -> None:
    """A release built in the new office carries its name in the letterhead."""
    assert run_pressetool("init", "pankow", "--name", PANKOW, cwd=tmp_path).status == 0
    folder = tmp_path / "pankow"
    release = folder / "releases" / "2020" / REFERENCE_RELEASE.name
    release.parent.mkdir()
    shutil.copy(REFERENCE_RELEASE, release)
    built = run_pressetool("build", release.relative_to(folder), "--format", "pdf", cwd=folder)
    assert built.status == 0, built.stderr
    pdf = folder / "output" / "2020" / "067" / "pressemitteilung-067-2020.pdf"
    assert [fold(p) for p in pdf_paragraphs(pdf)[:2]] == [PANKOW, "Pressestelle"]


def _copied_releases(folder: Path) -> Path:
    """Release files copied into a folder that is no office yet: 067/2020 and 068/2020,
    and 069 whose date has a typo'd year (2021 in releases/2020/)."""
    year = folder / "releases" / "2020"
    year.mkdir(parents=True)
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    (year / "067-wissen.yaml").write_text(text, encoding="utf-8")
    (year / "068-zwei.yaml").write_text(text.replace("number: 67\n", "number: 68\n"), "utf-8")
    typo = text.replace("number: 67\n", "number: 69\n").replace("date: 2020-", "date: 2021-")
    (year / "069-tippfehler.yaml").write_text(typo, encoding="utf-8")
    return year


def test_init_builds_the_register_from_release_files_already_there(tmp_path: Path) -> None:
    """A folder with copied release files: `init` takes in the numbers it can (as
    `reindex`, as `new` does with a lost register), names the file it cannot, and `list`,
    `withdraw` and `new` go on from there."""
    folder = tmp_path / "amt"
    year = _copied_releases(folder)
    result = run_pressetool("init", ".", cwd=folder)
    assert result.status == 0, result.stderr
    assert result.stdout.splitlines()[3] == (
        "  releases/register.sqlite: das Nummernregister (angelegt und aus den Dateien in "
        "releases/ aufgebaut: 2 Nummern aufgenommen)"
    )
    assert "Die nächste Pressemitteilung legt „pressetool new --title TITEL“" in result.stdout
    assert result.stderr == (
        "Hinweis: Diese Dateien in releases/ konnte pressetool nicht ins Nummernregister "
        "aufnehmen: releases/2020/069-tippfehler.yaml. „pressetool verify“ nennt, was an ihnen "
        "nicht stimmt; korrigieren Sie das, dann nimmt „pressetool reindex“ sie auf.\n"
    )
    listed = run_pressetool("list", "--format", "json", cwd=folder)
    assert [(row["number"], row["status"]) for row in json.loads(listed.stdout)] == [
        ("067/2020", "published"),
        ("068/2020", "published"),
    ]
    verified = run_pressetool("verify", cwd=folder)
    assert verified.status == 1
    assert "releases/2020/069-tippfehler.yaml, Zeile 3, Feld „date“: Das Datum liegt im Jahr " in (
        verified.stdout
    )
    withdrawn = run_pressetool("withdraw", "067/2020", "--reason", "Termin abgesagt", cwd=folder)
    assert withdrawn.status == 0, withdrawn.stderr
    assert "status: withdrawn" in (year / "067-wissen.yaml").read_text(encoding="utf-8")
    new = run_pressetool("new", "--title", "Neu", "--date", "2020-04-01", cwd=folder)
    assert (new.status, new.stdout) == (0, "releases/2020/070-neu.yaml\n"), new.stderr


def test_init_in_a_folder_without_release_files_says_the_register_is_empty(
    tmp_path: Path,
) -> None:
    (tmp_path / "amt" / "releases" / "2020").mkdir(parents=True)  # a year without files
    result = run_pressetool("init", "amt", cwd=tmp_path)
    assert (result.status, result.stderr) == (0, "")
    assert "  amt/releases/register.sqlite: das Nummernregister (angelegt, leer)" in (result.stdout)


def test_init_inside_another_office_refuses_and_takes_in_nothing(tmp_path: Path) -> None:
    assert run_pressetool("init", "amt", cwd=tmp_path).status == 0
    inner = tmp_path / "amt" / "kopie"
    _copied_releases(inner)
    before = everything(tmp_path)
    result = run_pressetool("init", "kopie", cwd=tmp_path / "amt")
    assert (result.status, result.stdout) == (1, "")
    assert result.stderr.startswith(f"Fehler: „{inner}“ liegt im Ordner der Pressestelle ")
    assert everything(tmp_path) == before
