"""The register against what offices really meet: odd folder names, empty or broken
register files, hand-edited rows and typos in numbers.

Every case goes through the command line and checks the message, the exit status
and that nothing was written or changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import files_below, run_pressetool
from tests.readback import PROJECT

REGISTER = Path("releases/register.sqlite")


# -- the register is where the settings say -------------------------------------------


@pytest.mark.parametrize("name", ["Amt #1 ?%", "Presse%20stelle", "a?mode=ro", "Bezirk #2"])
def test_the_register_lies_in_an_office_folder_with_uri_characters_in_its_name(
    tmp_path: Path, name: str
) -> None:
    office = tmp_path / name
    (office / "releases").mkdir(parents=True)
    shutil.copy(PROJECT / "pressetool.toml", office / "pressetool.toml")
    for title in ("Eins", "Zwei"):
        result = run_pressetool("new", "--title", title, "--date", "2020-03-02", cwd=office)
        assert result.status == 0, result.stderr
    assert (office / REGISTER).is_file()
    assert [p for p in files_below(tmp_path) if p.name.startswith("register")] == [
        office / REGISTER
    ]
    listed = run_pressetool("list", cwd=office)
    assert listed.status == 0, listed.stderr
    assert "002/2020" in listed.stdout
