"""The skeleton of `new` (issue 17): removing `# ` from its examples gives a valid file,
and it shows every field that `invite` and `lists` use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressetool.office import load_config
from pressetool.register.allocation import new_release
from tests.builders import fill_in_body
from tests.conftest import run_main


@pytest.fixture
def here(office: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(office)
    return office


EXAMPLE = re.compile(r"# (event|invitation|embargo|contacts|media_contact):")


def uncommented_examples(lines: list[str]) -> list[str]:
    """Every example block (`# event:` and the `#   ` lines below it) without its `# `."""
    result, inside = [], False
    for line in lines:
        inside = bool(EXAMPLE.match(line)) or (inside and line.startswith("#   "))
        result.append(line.removeprefix("# ") if inside else line)
    return result


def test_removing_hash_and_space_from_every_example_gives_a_valid_release(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fill_in_body(new_release(load_config(), "Titel", "2020-03-02"))
    text = path.read_text(encoding="utf-8")
    assert "das # und das Leerzeichen danach" in text
    examples = "\n".join(uncommented_examples(text.split("\n")))
    path.write_text(examples, encoding="utf-8")
    status, _out, err = run_main(capsys, "check", str(path))
    assert (status, err) == (0, "")
    for field in (
        "contact:",
        "street:",
        "postcode:",
        "city:",
        "phone:",
        "email:",
        "invitation:",
        "rsvp_by:",
        "signer:",
        "text: |",
    ):
        assert field in examples
