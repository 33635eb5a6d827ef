"""Where `build` writes (issue 11): only what is public now goes to the public output/;
a draft and a release before its date or Sperrfrist go to intern/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import office_folder
from tests.conftest import files_below, run_main
from tests.readback import REFERENCE_RELEASE

REFERENCE = REFERENCE_RELEASE.read_text(encoding="utf-8")


def changed_release(
    tmp_path: Path, change: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    """An office (the current folder) with the reference release changed by `change`,
    in its year's folder; the office and the release's path."""
    office = office_folder(tmp_path)
    text = REFERENCE.replace(*change, 1)
    year = "2999" if "date: 2999" in text else "2020"
    path = office / "releases" / year / "067-test.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(office)
    return office, path


@pytest.mark.parametrize(
    ("change", "folder"),
    [
        (("number: 67", "number: 67"), "output"),
        (("number: 67", "number: 67\nstatus: draft"), "intern"),
        (("date: 2020-03-02", "date: 2999-03-02"), "intern"),
        (("number: 67", "number: 67\nembargo: 2999-01-01 10:00"), "intern"),
        (("number: 67", "number: 67\nembargo: 2020-03-02 10:00"), "output"),
    ],
    ids=["published", "draft", "dated ahead", "under embargo", "embargo passed"],
)
def test_only_what_is_public_goes_to_output(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: tuple[str, str],
    folder: str,
) -> None:
    office, path = changed_release(tmp_path, change, monkeypatch)
    status, _out, err = run_main(capsys, "build", str(path))
    assert (status, err) == (0, "")
    other = "output" if folder == "intern" else "intern"
    assert [p.suffix for p in files_below(office / folder)] == [".docx", ".pdf"]
    assert files_below(office / other) == []


@pytest.mark.parametrize(
    ("change", "out", "state"),
    [
        (("number: 67", "number: 67\nstatus: draft"), "output", "ist ein Entwurf"),
        (
            ("number: 67", "number: 67\nembargo: 2999-01-01 10:00"),
            "output/2020",
            "ist erst ab 01.01.2999, 10\N{NO-BREAK SPACE}Uhr öffentlich",
        ),
        (("date: 2020-03-02", "date: 2999-03-02"), ".", "ist erst ab 02.03.2999, 0"),
    ],
    ids=["draft", "under embargo", "dated ahead, out holds output"],
)
def test_what_is_not_public_is_refused_in_an_out_on_the_web_server(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: tuple[str, str],
    out: str,
    state: str,
) -> None:
    """`--out output` put a draft, or a release days before its Sperrfrist, on the web
    server."""
    office, path = changed_release(tmp_path, change, monkeypatch)
    status, stdout, err = run_main(capsys, "build", str(path), "--out", out)
    assert (status, stdout) == (1, "")
    number = f"067/{path.parent.name}"
    assert f"Option „--out“: Nr. {number} {state}" in err
    assert "Lassen Sie --out weg, dann schreibt pressetool sie in den internen Ordner" in err
    assert files_below(office / "output") == []
    assert files_below(office / "intern") == []


def test_a_public_release_may_go_to_output_with_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    office = office_folder(tmp_path)
    path = office / "releases" / "2020" / "067-test.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(REFERENCE, encoding="utf-8")
    monkeypatch.chdir(office)
    status, _out, err = run_main(capsys, "build", str(path), "--out", "output")
    assert (status, err) == (0, "")
    assert [p.suffix for p in files_below(office / "output")] == [".docx", ".pdf"]


def test_check_refuses_what_build_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft whose `status: draft` line was deleted: `check` said „keine Fehler“ and
    `build` refused it; the README says `check` checks a file as `build` does."""
    _office, path = changed_release(
        tmp_path, ("number: 67", "number: 67\nstatus: draft"), monkeypatch
    )
    assert run_main(capsys, "reindex")[0] == 0
    path.write_text(REFERENCE, encoding="utf-8")
    for command in ("check", "build"):
        status, _out, err = run_main(capsys, command, str(path))
        assert status == 1, command
        assert "Nr. 067/2020: Im Register steht „Entwurf“, in der Datei „veröffentlicht“" in err
