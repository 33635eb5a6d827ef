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
    status, out, err = run_main(capsys, "check", str(path))
    assert (status, err) == (0, "")
    left = [line for line in out.splitlines() if "noch das Beispiel aus der Vorlage" in line]
    assert out.count("Hinweis: ") == len(left), out  # no other hint, no error
    for field in ("event.title", "event.venue.name", "invitation.signer", "contacts[1].phone"):
        assert f"Feld „{field}“: „" in out
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


def test_examples_left_in_stop_publish_and_name_each_field(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fill_in_body(new_release(load_config(), "Titel", "2020-03-02"))
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(uncommented_examples(text.split("\n"))), encoding="utf-8")
    before = path.read_bytes()
    status, _out, err = run_main(capsys, "publish", "001/2020")
    assert status == 1
    assert (
        "Feld „event.venue.name“: „Name des Ortes“ ist noch das Beispiel aus der Vorlage von "
        "„pressetool new“; so wird die Pressemitteilung nicht veröffentlicht. Tragen Sie die "
        "richtige Angabe ein, oder löschen Sie die Zeile, wenn das Feld freiwillig ist."
    ) in err
    assert "Feld „contacts[1].phone“: „(030) 9018-00000“ ist noch das Beispiel" in err
    assert path.read_bytes() == before
    status, out, _ = run_main(capsys, "check", str(path))
    assert status == 0
    assert _example_fields(out) == _example_fields(err)  # check names what publish refuses
    assert "event.participants[2].email" in _example_fields(out)
    assert not (here / "output").exists() or not any((here / "output").rglob("*.pdf"))


def _example_fields(messages: str) -> set[str]:
    return set(re.findall(r"Feld „([^“]+)“: „[^“]+“ ist noch das Beispiel", messages))


def test_the_examples_name_the_office_not_mitte(here: Path) -> None:
    (here / "pressetool.toml").write_text(
        '[office]\nname = "Bezirksamt Pankow von Berlin"\n', encoding="utf-8"
    )
    text = new_release(load_config(), "Titel", "2026-03-02").read_text(encoding="utf-8")
    assert "#     - {article: das, name: Bezirksamt Pankow von Berlin}" in text
    assert "organisation: Bezirksamt Pankow von Berlin, name: Vorname Name" in text
    assert "Mitte" not in text
