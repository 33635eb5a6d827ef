"""Writing documents: all of a command's files or none, and nothing a killed run left
behind (issue 10, family 9)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from pressetool.models import ReleaseNumber
from pressetool.output import Staging, document_stem, file_slug, press_release_file, write_all
from pressetool.problems import InputError
from tests.conftest import files_below, run_main
from tests.readback import REFERENCE_RELEASE


def dead_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("pdf", "2020/067/pressemitteilung-067-2020.pdf"),
        ("docx", "2020/067/pressemitteilung-067-2020.docx"),
        ("pdf/a-3a", "2020/067/pressemitteilung-067-2020-archiv.pdf"),
    ],
)
def test_press_release_files_are_named_by_number(form: str, expected: str) -> None:
    assert press_release_file(Path(), ReleaseNumber(67, 2020), form).as_posix() == expected


def test_document_stem() -> None:
    assert document_stem("einladungen", ReleaseNumber(5, 2026)) == "einladungen-005-2026"


def test_nothing_is_visible_before_commit_and_everything_after(tmp_path: Path) -> None:
    with Staging() as staging:
        staging.stage_all(
            [(tmp_path / "a" / "eins.pdf", b"1"), (tmp_path / "b" / "zwei.pdf", b"2")]
        )
        assert [p for p in files_below(tmp_path) if not p.name.startswith(".")] == []
        written = staging.commit()
    assert written == [tmp_path / "a" / "eins.pdf", tmp_path / "b" / "zwei.pdf"]
    assert files_below(tmp_path) == sorted(written)


def test_a_failure_before_commit_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), Staging() as staging:
        staging.stage(tmp_path / "eins.pdf", b"1")
        raise RuntimeError("beim Setzen")
    assert files_below(tmp_path) == []


def test_a_failure_before_commit_leaves_no_folder_it_made(tmp_path: Path) -> None:
    """An empty `output/2026/041/` would tell the web server that a number is taken."""
    (tmp_path / "output" / "2026" / "040").mkdir(parents=True)
    with pytest.raises(RuntimeError), Staging() as staging:
        staging.stage(tmp_path / "output" / "2026" / "041" / "eins.pdf", b"1")
        staging.stage(tmp_path / "output" / "2027" / "001" / "zwei.pdf", b"2")
        raise RuntimeError("beim Setzen")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "output",
        "output/2026",
        "output/2026/040",
    ]


def test_what_a_killed_run_left_is_removed_by_the_next_run(tmp_path: Path) -> None:
    """A run killed between staging and commit: a forked child stages a letter and dies."""
    folder = tmp_path / "einladungen"
    child = os.fork()
    if child == 0:  # pragma: no cover - the child ends without returning
        staging = Staging()
        staging.stage(folder / "einladung-067-2020-002-mueller.pdf", b"Anschrift")
        os._exit(9)
    os.waitpid(child, 0)
    (left,) = folder.iterdir()
    assert left.name.startswith(".einladung-067-2020-002-mueller.pdf.") and left.suffix == ".tmp"
    running = folder / f".brief.pdf.{os.getppid()}-abc.tmp"  # a run that still works
    running.write_bytes(b"")
    write_all([(folder / "einladung-067-2020-003-meier.pdf", b"neu")])
    assert sorted(p.name for p in folder.iterdir()) == [
        running.name,
        "einladung-067-2020-003-meier.pdf",
    ]


def test_a_dead_process_is_recognised(tmp_path: Path) -> None:
    left = tmp_path / f".x.pdf.{dead_pid()}-k3y.tmp"
    left.write_bytes(b"")
    write_all([(tmp_path / "y.pdf", b"")])
    assert not left.exists()


def test_a_failure_while_moving_into_place_names_what_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replace = os.replace
    calls: list[str] = []

    def fail_second(source: str | Path, target: str | Path) -> None:
        calls.append(str(target))
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        replace(source, target)

    monkeypatch.setattr(os, "replace", fail_second)
    with pytest.raises(InputError) as error:
        write_all(
            [
                (tmp_path / "eins.pdf", b"1"),
                (tmp_path / "zwei.pdf", b"2"),
                (tmp_path / "drei.pdf", b"3"),
            ]
        )
    assert error.value.written == (tmp_path / "eins.pdf",)
    assert "der Datenträger ist voll" in error.value.problems[0].message
    assert files_below(tmp_path) == [tmp_path / "eins.pdf"]


def test_the_message_says_exactly_what_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    replace = os.replace

    def fail_docx(source: str | Path, target: str | Path) -> None:
        if str(target).endswith(".docx"):
            raise OSError(28, "No space left on device")
        replace(source, target)

    monkeypatch.setattr(os, "replace", fail_docx)
    out = tmp_path / "out"
    status, _out, err = run_main(capsys, "build", str(REFERENCE_RELEASE), "--out", str(out))
    assert status == 1
    pdf = out / "2020/067/pressemitteilung-067-2020.pdf"
    assert err.splitlines()[-1] == f"1 Fehler gefunden. Nur diese Datei wurde geschrieben: {pdf}."
    assert files_below(out) == [pdf]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Dr. Jürgen Weiß", "dr-juergen-weiss"),
        ("Yılmaz", "yilmaz"),
        ("Aydın", "aydin"),
        ("Łukasz Nguyễn-Żółć", "lukasz-nguyen-zolc"),
        ("Øresund Đorđe", "oresund-dorde"),
        ("Begegnungsstätte „Mehr Mitte“", "begegnungsstaette-mehr-mitte"),
        ("„…“", "ohne-namen"),
    ],
)
def test_file_names_are_ascii_and_keep_every_letter(text: str, slug: str) -> None:
    assert file_slug(text) == slug
