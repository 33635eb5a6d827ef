"""`pressetool init`: the office folder it makes, its commented `pressetool.toml`, its
one register and `.gitignore`, and what it refuses; no register outside an office."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pressetool.compose.privacy_notice import privacy_notice
from pressetool.office import (
    CONFIG_NAME,
    SETTINGS,
    Config,
    Office,
    OutsideOfficeFolder,
    Sender,
    _SettingsReader,
    default_return_address,
    load_config,
)
from pressetool.problems import Code, InputError
from pressetool.register.database import DEFAULT_DATABASE_URL, open_register, register_path
from pressetool.register.office_folder import init_office, settings_text
from tests.conftest import everything, run_main

PANKOW = "Bezirksamt Pankow von Berlin"


@pytest.fixture(autouse=True)
def _no_register_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESSETOOL_DATABASE_URL", raising=False)


def sections(text: str) -> dict[str, str]:
    """The text of each `[section]` of a TOML file, by name."""
    parts = re.split(r"^\[(\w+)\]$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def uncommented(text: str, prefix: str) -> str:
    """`text` with every line `{prefix}key = value` made a setting."""
    return re.sub(rf"^{re.escape(prefix)}(?=\w+ = )", "", text, flags=re.MULTILINE)


def defaults_named(root: Path, name: str = Office.name) -> Config:
    """The defaults for an office `name`: another office's letters return to its name."""
    sender = Sender(return_address=default_return_address(name))
    return dataclasses.replace(Config(), root=root, office=Office(name=name), sender=sender)


# -- outside an office folder ------------------------------------------------------------


@pytest.mark.parametrize("create", [False, True])
def test_the_register_is_never_opened_nor_made_outside_an_office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, create: bool
) -> None:
    """The refusal of every register command (tests/test_init.py) lives here."""
    (tmp_path / "releases").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutsideOfficeFolder, match="pressetool init"):
        open_register(load_config(), create=create)
    assert everything(tmp_path) == {str(tmp_path / "releases"): "folder"}


# -- pressetool.toml of a new office ---------------------------------------------------------


def test_the_settings_load_as_the_defaults_with_the_name(tmp_path: Path) -> None:
    made = init_office(tmp_path / "amt", PANKOW)
    assert load_config(made.folder) == defaults_named(made.folder, PANKOW)


def test_without_a_name_the_settings_are_the_defaults(tmp_path: Path) -> None:
    made = init_office(tmp_path / "amt")
    assert load_config(made.folder) == defaults_named(made.folder)
    assert f'name = "{Office.name}"' in made.settings.read_text(encoding="utf-8")


def test_every_setting_is_explained_with_its_default() -> None:
    """Each section the code reads, in its order, and in it each key the code knows: as
    `# key = default` (the name as a setting), the privacy notice's parts with their text."""
    text = settings_text(Office(name=PANKOW))
    found = sections(text)
    assert list(found) == list(_SettingsReader.SECTIONS), (
        "every section the settings reader knows is in office.SETTINGS and explained in "
        "register/office_folder.settings_text"
    )
    for section, keys in SETTINGS.items():
        explained = found[section]
        assert explained.startswith("\n# "), f"[{section}] begins with what it is for"
        for key in keys:
            if section == "privacy_notice":
                pattern = rf"^# {key} \(\w[^)]*\):\n#   \S"
            elif (section, key) == ("office", "name"):
                pattern = rf'^name = "{PANKOW}"$'
            else:
                pattern = rf"^# {key} = \S"
            assert re.search(pattern, explained, re.MULTILINE), f"{section}.{key}"


def test_the_defaults_in_the_comments_are_the_defaults(tmp_path: Path) -> None:
    """Taking every `# key = value` line in as a setting changes nothing."""
    made = init_office(tmp_path / "amt", PANKOW)
    text = made.settings.read_text(encoding="utf-8")
    made.settings.write_text(uncommented(text, "# "), encoding="utf-8")
    expected = defaults_named(made.folder, PANKOW)
    assert load_config(made.folder) == dataclasses.replace(
        expected, database_url=DEFAULT_DATABASE_URL
    )
    assert register_path(load_config(made.folder)) == register_path(expected)


def test_the_examples_in_the_comments_are_valid_settings(tmp_path: Path) -> None:
    made = init_office(tmp_path / "amt", PANKOW)
    text = made.settings.read_text(encoding="utf-8")
    made.settings.write_text(uncommented(text, "#   Beispiel: "), encoding="utf-8")
    config = load_config(made.folder)
    assert config.sender.phone == "(030) 9018-42390"
    assert config.defaults.issuer["office"] == "Bezirksstadträtin"
    assert config.defaults.media_contact[0]["role"] == "Pressesprecherin"
    assert config.base_url == "https://www.berlin.de/ba-beispiel/presse/archiv/"
    assert config.privacy_notice == {
        "deletion": "Die Liste wird vier Wochen nach der Veranstaltung vernichtet."
    }


def test_the_privacy_notice_comments_are_the_printed_notice(tmp_path: Path) -> None:
    """The texts listed in the comments are those the sign-in sheet prints without a
    setting, with the new office's name."""
    made = init_office(tmp_path / "amt", PANKOW)
    comments = sections(made.settings.read_text(encoding="utf-8"))["privacy_notice"]
    listed = re.findall(r"^# \w+ \(([^)]+)\):\n((?:#   .*\n)+)", comments, re.MULTILINE)
    notice = privacy_notice(load_config(made.folder))
    assert [(label, " ".join(re.findall(r"#   (.*)", text))) for label, text in listed] == [
        (item.label, item.text) for item in notice.items
    ]
    assert notice.items[0].text == f"{PANKOW}, Pressestelle."


@pytest.mark.parametrize(
    "name", ['Bezirksamt "Nord" von Berlin', "Amt A\\B", "Bezirksamt\u2028Pankow  "]
)
def test_any_name_comes_back_as_written(tmp_path: Path, name: str) -> None:
    """Quotes and backslashes are escaped; Word's line break is a space, as in every text."""
    made = init_office(tmp_path / "amt", name)
    expected = name.replace("\u2028", " ").strip()
    assert load_config(made.folder).office.name == expected


@pytest.mark.parametrize(
    ("name", "code"),
    [("Bezirksamt\x07", Code.ARGUMENT_FORBIDDEN_CHARACTER), ("  ", Code.MISSING_FIELD)],
)
def test_a_wrong_name_is_refused_before_anything_is_written(
    tmp_path: Path, name: str, code: Code
) -> None:
    with pytest.raises(InputError) as raised:
        init_office(tmp_path / "amt", name)
    assert [(p.code, p.field) for p in raised.value.problems] == [(code, "--name")]
    assert everything(tmp_path) == {}


# -- the folder, the register and .gitignore -------------------------------------------------


def test_init_makes_the_folder_releases_register_and_gitignore(tmp_path: Path) -> None:
    made = init_office(tmp_path / "neu" / "amt", PANKOW)
    folder = tmp_path / "neu" / "amt"
    assert set(everything(folder)) == {
        str(folder / name)
        for name in (CONFIG_NAME, ".gitignore", "releases", "releases/register.sqlite")
    }
    assert (made.folder, made.register_kept, made.gitignore_kept) == (folder, False, False)
    with open_register(load_config(folder)) as register:
        assert register.entries() == []


def test_git_leaves_out_documents_and_the_register(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = init_office(tmp_path / "amt", PANKOW).folder
    monkeypatch.chdir(folder)
    assert run_main(capsys, "new", "--title", "Neue Bänke", "--date", "2026-03-02")[0] == 0
    for generated in ("output/2026/001/x.pdf", "intern/2026/001/y.pdf", "releases/a.tmp"):
        (folder / generated).parent.mkdir(parents=True, exist_ok=True)
        (folder / generated).write_text("x", encoding="utf-8")
    (folder / "releases/register.sqlite-journal").write_text("x", encoding="utf-8")
    (folder / "releases/.register.sqlite.0123abcd.tmp").write_text("x", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    listed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    assert sorted(listed) == [
        "?? .gitignore",
        "?? pressetool.toml",
        "?? releases/2026/001-neue-baenke.yaml",
        "?? releases/a.tmp",
    ]


def test_an_existing_gitignore_keeps_its_lines(tmp_path: Path) -> None:
    folder = tmp_path / "amt"
    folder.mkdir()
    (folder / ".gitignore").write_text("*.bak\n/output/", encoding="utf-8")
    made = init_office(folder)
    text = made.gitignore.read_text(encoding="utf-8")
    assert (made.gitignore_kept, made.gitignore_changed) == (True, True)
    assert text.startswith("*.bak\n/output/\n\n# pressetool:")
    assert text.count("/output/") == 1
    assert "\n/intern/\n/releases/register.sqlite\n" in text


def test_a_gitignore_with_every_line_stays_as_it_is(tmp_path: Path) -> None:
    first = init_office(tmp_path / "alt")
    folder = tmp_path / "amt"
    folder.mkdir()
    shutil.copy(first.gitignore, folder / ".gitignore")
    made = init_office(folder)
    assert (made.gitignore_kept, made.gitignore_changed) == (True, False)
    assert made.gitignore.read_bytes() == first.gitignore.read_bytes()


def test_a_valid_register_in_the_folder_is_taken_over(tmp_path: Path) -> None:
    """An office that kept its register without `pressetool.toml` gets no second one."""
    first = init_office(tmp_path / "alt")
    folder = tmp_path / "amt"
    (folder / "releases").mkdir(parents=True)
    shutil.copy(first.register, folder / "releases" / "register.sqlite")
    made = init_office(folder, PANKOW)
    assert made.register_kept
    assert made.register.read_bytes() == first.register.read_bytes()


def test_a_register_that_is_no_register_stops_init(tmp_path: Path) -> None:
    folder = tmp_path / "amt"
    (folder / "releases").mkdir(parents=True)
    (folder / "releases" / "register.sqlite").write_bytes(b"")
    before = everything(tmp_path)
    with pytest.raises(InputError) as raised:
        init_office(folder, PANKOW)
    assert [p.code for p in raised.value.problems] == [Code.REGISTER_EMPTY]
    assert everything(tmp_path) == before


# -- refusals --------------------------------------------------------------------------------


def test_a_folder_with_pressetool_toml_is_refused(tmp_path: Path) -> None:
    made = init_office(tmp_path / "amt", PANKOW)
    made.settings.write_text('[office]\nname = "Eigenes Amt"\n', encoding="utf-8")
    before = everything(tmp_path)
    with pytest.raises(InputError) as raised:
        init_office(made.folder, "Bezirksamt Mitte von Berlin")
    assert [p.code for p in raised.value.problems] == [Code.INIT_ALREADY_OFFICE]
    assert everything(tmp_path) == before


def test_a_folder_inside_an_office_folder_is_refused(tmp_path: Path) -> None:
    """Its `pressetool.toml` would hide the office's from the folders below it."""
    office = init_office(tmp_path / "amt").folder
    before = everything(tmp_path)
    with pytest.raises(InputError) as raised:
        init_office(office / "releases" / "zweites-amt", PANKOW)
    problem = raised.value.problems[0]
    assert (problem.code, problem.params["office"]) == (Code.INIT_INSIDE_OFFICE, office)
    assert everything(tmp_path) == before


def test_a_file_is_no_folder(tmp_path: Path) -> None:
    (tmp_path / "amt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        init_office(tmp_path / "amt")
    assert [p.code for p in raised.value.problems] == [Code.INIT_NOT_A_FOLDER]
    assert everything(tmp_path) == {str(tmp_path / "amt"): b"x"}
