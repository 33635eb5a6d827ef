"""Every case of the hostile corpus ends as it must (issue 10): exit 0 or 1, the German
message, no traceback, and on failure no file written; `check` says what `build` says."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import files_below, run_main, run_pressetool
from tests.hostile_corpus import BUILD, RELEASE, Case, cases, write_case

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.family}: {c.name}" for c in CASES])
def test_case(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_case(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    status, out, err = run_main(capsys, *case.command)
    assert "Traceback" not in err
    assert status == case.status, out + err
    assert case.expected in (out if status == 0 else err)
    if status == 1:
        assert files_below(tmp_path / "out") == []
        if case.command == BUILD:
            status, _out, check_err = run_main(capsys, "check", RELEASE)
            # the same problems; only build adds that it wrote nothing
            assert (status, check_err.splitlines()[:-1]) == (1, err.splitlines()[:-1])


def test_a_case_as_a_press_officer_runs_it(tmp_path: Path) -> None:
    """The same answer from a new process, with its own output encoding."""
    (case,) = [c for c in CASES if c.name == "Alias-Bombe (471 Bytes)"]
    write_case(case, tmp_path)
    result = run_pressetool(*case.command, cwd=tmp_path)
    assert result.status == 1
    assert case.expected in result.stderr
    assert result.stderr.endswith("1 Fehler gefunden. Es wurde keine Datei geschrieben.\n")


def test_every_family_has_a_case() -> None:
    assert {case.family[0] for case in CASES} == set("123456")
