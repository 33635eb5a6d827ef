"""A registration list needs only what a sign-in sheet prints (issue 17); a recipient
list still needs salutation and address."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressetool.problems import InputError
from pressetool.reading.people_list import read_people_list
from tests.builders import COLUMNS
from tests.readback import PROJECT


def test_a_registration_list_needs_only_the_name_columns(tmp_path: Path) -> None:
    path = tmp_path / "anmeldungen.csv"
    path.write_text("Nachname;Vorname;Organisation\nAbel;Petra;Kreativhaus\n", encoding="utf-8")
    (person,) = read_people_list(path, require_address=False).people
    assert (person.last_name, person.first_name, person.organisation) == (
        "Abel",
        "Petra",
        "Kreativhaus",
    )


def test_a_recipient_list_still_needs_salutation_and_address(tmp_path: Path) -> None:
    path = tmp_path / "empfaenger.csv"
    path.write_text("Nachname;Vorname;Organisation\nAbel;Petra;Kreativhaus\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_people_list(path, require_address=True)
    missing = [p.params["column"] for p in error.value.problems]
    assert missing == ["Anrede", "Straße", "PLZ", "Ort"]


def _documented_columns() -> list[tuple[str, str, str]]:
    """The rows of the column table in docs/empfaengerlisten.md: column, what `invite`
    and what `lists` needs of it."""
    text = (PROJECT / "docs/empfaengerlisten.md").read_text(encoding="utf-8")
    rows = [line.strip("|").split("|") for line in text.splitlines() if line.startswith("| `")]
    return [
        (name.strip().strip("`"), invite.strip(), lists.strip())
        for name, _content, invite, lists in rows
    ]


@pytest.mark.parametrize(("require_address", "which"), [(True, 1), (False, 2)])
def test_the_docs_say_which_columns_each_list_needs(
    tmp_path: Path, require_address: bool, which: int
) -> None:
    """„Spalte nötig“ in the table is what the reader misses; every other column may lack."""
    documented = _documented_columns()
    assert [row[0] for row in documented] == list(COLUMNS)
    path = tmp_path / "liste.csv"
    path.write_text("Kopf\n", encoding="utf-8")  # one unknown column: every known one missing
    with pytest.raises(InputError) as error:
        read_people_list(path, require_address=require_address)
    missing = sorted((p.params["column"] for p in error.value.problems), key=COLUMNS.index)
    assert missing == [row[0] for row in documented if row[which].startswith("Spalte nötig")]
