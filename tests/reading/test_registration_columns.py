"""A registration list needs only what a sign-in sheet prints (issue 17); a recipient
list still needs salutation and address."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressetool.problems import InputError
from pressetool.reading.people_list import read_people_list


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
