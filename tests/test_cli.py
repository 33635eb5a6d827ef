"""The command line as a press officer uses it: German, exit codes, nothing half-written."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pressetool.cli import build_parser
from tests.conftest import files_below, run_main, run_pressetool
from tests.readback import REFERENCE_RELEASE


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--help"], ["Aufruf: pressetool", "Befehle", "diese Hilfe zeigen und beenden"]),
        (["build", "--help"], ["Aufruf: pressetool build", "Zielordner", "nur PDF, nur DOCX"]),
        (["check", "--help"], ["Aufruf: pressetool check", "Typografie"]),
    ],
)
def test_help_is_german(args: list[str], words: list[str]) -> None:
    result = run_pressetool(*args)
    assert result.status == 0
    for word in words:
        assert word in result.stdout
    assert "usage" not in result.stdout and "show this help" not in result.stdout


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, set[str]]:
    """Every command (`register init` too) with its options, as `--help` shows them."""
    found: dict[str, set[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = _commands(sub, f"{prefix}{name} ")
                found.update(inner or {f"{prefix}{name}": _options(sub)})
    return found


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {
        option
        for action in parser._actions
        for option in action.option_strings
        if option not in ("-h", "--help")
    }


def test_the_readmes_list_of_commands_is_the_command_lines() -> None:
    """Each command of the README's list under „Befehle“ with exactly the options its
    `--help` has, and each command there."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Befehle\n\n```\n", 1)[1].split("```", 1)[0]
    commands = _commands(build_parser())
    listed: dict[str, set[str]] = {}
    for line in block.splitlines():
        words = line.removeprefix("pressetool ").split()
        name = " ".join(words[:2]) if words[0] == "register" else words[0]
        listed[name] = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", line))
    assert listed == commands


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["build"], "diese Angaben fehlen: DATEI.yaml"),
        (["build", "x.yaml", "--format", "odt"], "„odt“ ist nicht möglich"),
        (["bauen"], "„bauen“ ist nicht möglich"),
        (
            ["bild"],
            "pressetool: Fehler: BEFEHL: „bild“ ist nicht möglich (möglich: init, build, check, "
            "new, list, publish, discard, withdraw, correct, verify, reindex, archive, register, "
            "lists, invite, serve, send). Meinten Sie „build“?",
        ),
        (
            ["build", "x.yaml", "--format", "pfd"],
            "--format: „pfd“ ist nicht möglich (möglich: pdf, docx, all, html, txt). Meinten Sie "
            "„pdf“?",
        ),
        (
            ["check", "--fx", "x.yaml"],
            "Aufruf: pressetool check [-h] [--fix] DATEI.yaml [DATEI.yaml ...]\npressetool "
            "check: Fehler: unbekannte Angaben: --fx. Meinten Sie „--fix“?",
        ),
        (["list", "--jahr", "2020"], "unbekannte Angaben: --jahr 2020. Meinten Sie „--year“?"),
        (["register", "inti"], "„inti“ ist nicht möglich (möglich: init, migrate). Meinten Sie"),
    ],
)
def test_wrong_usage_exits_2_in_german(args: list[str], words: str) -> None:
    result = run_pressetool(*args)
    assert result.status == 2
    assert words in result.stderr
    assert "Fehler:" in result.stderr


def test_check_reference_release_is_clean() -> None:
    result = run_pressetool("check", REFERENCE_RELEASE)
    assert result.status == 0
    assert result.stdout == "1 Datei geprüft: keine Fehler, 0 Hinweise.\n"


def test_check_warnings_exit_0_errors_exit_1(tmp_path: Path) -> None:
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    hinted = tmp_path / "067-hinweise.yaml"
    hinted.write_text(text.replace("Rahmen einer", 'Rahmen einer "kleinen"'), encoding="utf-8")
    result = run_pressetool("check", hinted)
    assert result.status == 0
    assert "Feld „body“: Gerade Anführungszeichen. Schreiben Sie »„kleinen“«" in result.stdout
    assert "keine Fehler, 1 Hinweis." in result.stdout

    wrong = tmp_path / "067-fehler.yaml"
    wrong.write_text(text.replace('start: "9:00"', 'start: "9:77"'), encoding="utf-8")
    result = run_pressetool("check", wrong)
    assert result.status == 1
    assert "Feld „event.start“: „9:77“ ist keine gültige Uhrzeit" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_writes_both_documents_and_prints_their_paths(tmp_path: Path) -> None:
    result = run_pressetool("build", REFERENCE_RELEASE, "--out", tmp_path)
    assert result.status == 0, result.stderr
    folder = tmp_path / "2020" / "067"
    expected = [folder / "pressemitteilung-067-2020.pdf", folder / "pressemitteilung-067-2020.docx"]
    assert result.stdout.splitlines() == [str(p) for p in expected]
    assert files_below(tmp_path) == sorted(expected)


@pytest.mark.parametrize(("fmt", "suffixes"), [("pdf", [".pdf"]), ("docx", [".docx"])])
def test_build_one_format(tmp_path: Path, fmt: str, suffixes: list[str]) -> None:
    assert (
        run_pressetool("build", REFERENCE_RELEASE, "--out", tmp_path, "--format", fmt).status == 0
    )
    assert [p.suffix for p in files_below(tmp_path)] == suffixes


def test_a_failed_build_keeps_the_existing_document(tmp_path: Path) -> None:
    assert run_pressetool("build", REFERENCE_RELEASE, "--out", tmp_path).status == 0
    before = {p: p.read_bytes() for p in files_below(tmp_path)}
    broken = tmp_path / "src" / "2020" / REFERENCE_RELEASE.name
    broken.parent.mkdir(parents=True)
    broken.write_text(REFERENCE_RELEASE.read_text(encoding="utf-8").replace("das\n", "dat\n", 1))
    result = run_pressetool("build", broken, "--out", tmp_path)
    assert result.status == 1
    assert {p: p.read_bytes() for p in files_below(tmp_path) if "src" not in p.parts} == before


@pytest.mark.parametrize("args", [["--help"], ["check", str(REFERENCE_RELEASE)]])
def test_check_and_help_do_not_load_weasyprint(args: list[str]) -> None:
    code = (
        "import sys\nfrom pressetool.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        "print('weasyprint' in sys.modules, 'docx' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.splitlines()[-1] == "False False"


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["build", str(REFERENCE_RELEASE)], "In den Ordner lässt sich nicht schreiben (ein Teil"),
        (["lists", str(REFERENCE_RELEASE)], "In den Ordner lässt sich nicht schreiben (ein Teil"),
    ],
)
def test_an_output_folder_below_a_file_is_a_german_message(
    tmp_path: Path, command: list[str], words: str
) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("kein Ordner", encoding="utf-8")
    result = run_pressetool(*command, "--out", blocker / "out")
    assert result.status == 1
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_named_as_release_file(tmp_path: Path) -> None:
    result = run_pressetool("check", tmp_path)
    assert result.status == 1
    assert f"{tmp_path}: Die Datei lässt sich nicht lesen (das ist ein Ordner, keine Datei)." in (
        result.stderr
    )


def test_ctrl_c_is_a_german_line_and_status_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Any command stopped by Ctrl+C: no traceback, nothing half written, what to do."""
    from pressetool.documents import build

    def interrupted(*_args: object, **_kwargs: object) -> list[Path]:
        raise KeyboardInterrupt

    monkeypatch.setattr(build, "build_releases", interrupted)
    status, out, err = run_main(capsys, "build", str(REFERENCE_RELEASE), "--out", str(tmp_path))
    assert (status, out) == (130, "")
    assert err == (
        "Abgebrochen (Strg+C). Halb geschriebene Dateien wurden entfernt; derselbe Befehl noch "
        "einmal macht die Arbeit ganz.\n"
    )
    assert files_below(tmp_path) == []


@pytest.mark.parametrize("args", [["archive"], []])
def test_a_reader_that_stops_reading_ends_the_command_quietly(
    tmp_path: Path, args: list[str]
) -> None:
    """`pressetool archive | head -1`: the pipe is closed before the command writes. It ends
    as `cat` would, status 141 (128 + SIGPIPE), without a traceback or a word."""
    from tests.builders import office_folder, write_release

    office = office_folder(tmp_path / "pressestelle")
    write_release(office, "2020/067-x.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    process = subprocess.Popen(
        [sys.executable, "-m", "pressetool", *args],
        cwd=office,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # long before the new process has started Python
    with process.stderr:
        stderr = process.stderr.read().decode()
    assert (process.wait(timeout=300), stderr) == (141, "")
