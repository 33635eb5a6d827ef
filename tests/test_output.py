"""Writing documents: all of a command's files or none, and nothing a killed run left
behind (issue 10, family 9)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pressetool.models import ReleaseNumber
from pressetool.output import Staging, document_stem, file_slug, press_release_file, write_all
from pressetool.problems import InputError
from tests.builders import link_into_public, link_out_of_public, office_folder, write_list
from tests.conftest import dead_pid, everything, files_below, run_main
from tests.readback import REFERENCE_RELEASE


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
    with Staging(tmp_path) as staging:
        staging.stage_all(
            [(tmp_path / "a" / "eins.pdf", b"1"), (tmp_path / "b" / "zwei.pdf", b"2")]
        )
        assert [p for p in files_below(tmp_path) if not p.name.startswith(".")] == []
        written = staging.commit()
    assert written == [tmp_path / "a" / "eins.pdf", tmp_path / "b" / "zwei.pdf"]
    assert files_below(tmp_path) == sorted(written)


def test_a_failure_before_commit_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), Staging(tmp_path) as staging:
        staging.stage(tmp_path / "eins.pdf", b"1")
        raise RuntimeError("beim Setzen")
    assert files_below(tmp_path) == []


def test_a_failure_before_commit_leaves_no_folder_it_made(tmp_path: Path) -> None:
    """An empty `output/2026/041/` would tell the web server that a number is taken."""
    (tmp_path / "output" / "2026" / "040").mkdir(parents=True)
    with pytest.raises(RuntimeError), Staging(tmp_path) as staging:
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
        staging = Staging(tmp_path)
        staging.stage(folder / "einladung-067-2020-002-mueller.pdf", b"Anschrift")
        os._exit(9)
    os.waitpid(child, 0)
    (left,) = folder.iterdir()
    assert left.name.startswith(".einladung-067-2020-002-mueller.pdf.") and left.suffix == ".tmp"
    running = folder / f".brief.pdf.{os.getppid()}-abc.tmp"  # a run that still works
    running.write_bytes(b"")
    write_all([(folder / "einladung-067-2020-003-meier.pdf", b"neu")], tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == [
        running.name,
        "einladung-067-2020-003-meier.pdf",
    ]


def test_a_dead_process_is_recognised(tmp_path: Path) -> None:
    left = tmp_path / f".x.pdf.{dead_pid()}-k3y.tmp"
    left.write_bytes(b"")
    write_all([(tmp_path / "y.pdf", b"")], tmp_path)
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
            ],
            tmp_path,
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
    ("in_the_way", "detail"),
    [("folder", "das ist ein Ordner, keine Datei"), ("locked", "keine Berechtigung")],
)
def test_a_file_that_cannot_be_replaced_is_named_and_left_as_it_was(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    in_the_way: str,
    detail: str,
) -> None:
    """The message named the folder („In den Ordner lässt sich nicht schreiben … es wurde
    nichts verändert“), into which the PDF had just been written: the DOCX is the file,
    open in Word or locked (a share's lock, `chattr +i`), or a folder stands in its place."""
    out = tmp_path / "out"
    docx = out / "2020/067/pressemitteilung-067-2020.docx"
    pdf = docx.with_suffix(".pdf")
    if in_the_way == "folder":
        docx.mkdir(parents=True)
    else:
        docx.parent.mkdir(parents=True)
        docx.write_bytes(b"alte Fassung")
        replace = os.replace

        def locked(source: str | Path, target: str | Path) -> None:
            if Path(target) == docx:
                raise PermissionError(1, "Operation not permitted")
            replace(source, target)

        monkeypatch.setattr(os, "replace", locked)
    status, _out, err = run_main(capsys, "build", str(REFERENCE_RELEASE), "--out", str(out))
    assert status == 1
    assert err.splitlines() == [
        f"Fehler: {docx}: Die Datei lässt sich nicht ersetzen ({detail}); sie ist unverändert. "
        "Ist sie in einem anderen Programm geöffnet (Word, ein PDF-Betrachter) oder "
        "schreibgeschützt, schließen Sie sie oder geben Sie sie frei; steht dort ein Ordner, "
        "benennen Sie ihn um. Versuchen Sie es dann noch einmal.",
        f"1 Fehler gefunden. Nur diese Datei wurde geschrieben: {pdf}.",
    ]
    assert in_the_way == "folder" or docx.read_bytes() == b"alte Fassung"


# -- the boundary of the public folder ---------------------------------------------------


def make_link(folder: Path, link: str, target: str, made: str | None) -> None:
    """`folder/link` → `target` (relative to the link's folder), with `folder/made`."""
    if made is not None:
        (folder / made).mkdir(parents=True)
    (folder / link).parent.mkdir(parents=True, exist_ok=True)
    (folder / link).symlink_to(target)


@pytest.mark.parametrize(
    ("link", "target", "made", "written", "said"),
    [
        (
            "intern/2026",
            "../output/2026",
            "output/2026",
            "intern/2026/001",
            link_into_public("intern/2026", "output/2026"),
        ),
        (  # said as „Systemfehler 17 … Schreibrechte“
            "intern/2026",
            "../output/2026",
            None,
            "intern/2026/001",
            link_into_public("intern/2026", "output/2026"),
        ),
        (
            "intern/2026/001",
            "../../output",
            "output",
            "intern/2026/001/einladungen",
            link_into_public("intern/2026/001", "output"),
        ),
        (
            "output/2026",
            "../intern/2026",
            "intern/2026",
            "output/2026/001",
            link_out_of_public("output/2026", "intern/2026"),
        ),
        (  # outside output/ itself, but the folder below it is output/
            "intern/2026",
            "..",
            "output",
            "intern/2026/output/001",
            link_into_public("intern/2026", "."),
        ),
        (  # said as „Systemfehler 17 … Prüfen Sie die Schreibrechte“
            "intern/2026",
            "../ablage/2026",
            None,
            "intern/2026/001",
            "„intern/2026“ ist eine Verknüpfung (symbolischer Link) auf „ablage/2026“, das es "
            "nicht gibt; darin lässt sich kein Ordner anlegen. Legen Sie „ablage/2026“ an, oder "
            "löschen Sie die Verknüpfung, dann legt pressetool an ihrer Stelle einen eigenen "
            "Ordner an.",
        ),
    ],
    ids=[
        "into output",
        "into output, not there yet",
        "deeper",
        "out of output",
        "above output",
        "nowhere",
    ],
)
def test_nothing_is_written_through_a_link_across_the_public_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    link: str,
    target: str,
    made: str | None,
    written: str,
    said: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    make_link(tmp_path, link, target, made)
    before = everything(tmp_path)
    with pytest.raises(InputError) as error:
        write_all([(tmp_path / written / "brief.pdf", b"Anschrift")], tmp_path / "output")
    assert [problem.message for problem in error.value.problems] == [said]
    assert everything(tmp_path) == before  # not even a folder made


@pytest.mark.parametrize(
    ("link", "target", "made", "written"),
    [
        ("output", "www", "www", "output/2026/001"),
        ("intern", "privat", "privat", "intern/2026/001"),
        ("output/2026", "alt", "output/alt", "output/2026/001"),
        ("intern/2026", "../ablage", "ablage", "intern/2026/001"),
    ],
    ids=["output on the web server", "intern on a drive", "within output", "within intern"],
)
def test_a_link_that_stays_on_its_side_is_written_through(
    tmp_path: Path, link: str, target: str, made: str, written: str
) -> None:
    make_link(tmp_path, link, target, made)
    document = tmp_path / written / "brief.pdf"
    assert write_all([(document, b"1")], tmp_path / "output") == [document]
    assert document.resolve().read_bytes() == b"1"


@pytest.mark.parametrize(
    ("args", "change"),
    [
        (("build", "releases/2020/067-x.yaml"), ""),
        (("publish", "67/2020"), "embargo: 2999-01-01 10:00\n"),
        (("publish", "67/2020"), ""),
        (
            (
                "invite",
                "releases/2020/067-x.yaml",
                "--recipients",
                "liste.csv",
                "--date",
                "2020-03-02",
            ),
            "",
        ),
        (("lists", "releases/2020/067-x.yaml"), ""),
    ],
    ids=["build of a draft", "publish under embargo", "publish due", "invite", "lists"],
)
def test_every_command_refuses_a_link_from_the_internal_folder_into_output(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    change: str,
) -> None:
    """`intern/2020` → `output/2020` put drafts, releases under embargo, letters and lists
    on the web server; publishing a due release removed its new documents through it."""
    office = office_folder(tmp_path / "pressestelle")
    text = REFERENCE_RELEASE.read_text(encoding="utf-8") + change + "status: draft\n"
    release = office / "releases/2020/067-x.yaml"
    release.parent.mkdir(parents=True)
    release.write_text(text, encoding="utf-8")
    write_list(office / "liste.csv", [";;;;JobCenter Mitte;Seydelstr. 2-5;10117;Berlin;"])
    make_link(office, "intern/2020", "../output/2020", "output/2020")
    monkeypatch.chdir(office)
    assert run_main(capsys, "reindex")[0] == 0
    status, stdout, stderr = run_main(capsys, *args)
    assert (status, stdout) == (1, "")
    assert stderr.splitlines() == [
        f"Fehler: {link_into_public('intern/2020', 'output/2020')}",
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]
    assert files_below(office / "output") == []
    assert release.read_text(encoding="utf-8") == text


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
