"""`Anrede` as lists write it (issue 13): `Frau Dr.`, `Herr Prof. Dr.`, `Familie`, `Firma`."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressetool.models import Salutation
from pressetool.problems import InputError
from pressetool.reading.people_list import read_people_list
from tests.builders import COLUMNS, write_csv, write_xlsx

ADDRESS = ["Torstr. 1", "10119", "Berlin", ""]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # Anrede, Titel, Vorname, Nachname, Organisation →
        # salutation, title, first name, last name, organisation
        (
            ["Frau Dr.", "", "Petra", "Müller", ""],
            (Salutation.FRAU, "Dr.", "Petra", "Müller", None),
        ),
        (
            ["Herr Prof. Dr.", "", "Max", "Schmidt", ""],
            (Salutation.HERR, "Prof. Dr.", "Max", "Schmidt", None),
        ),
        (
            ["Herrn  Prof.  Dr.-Ing.", "", "Max", "Schmidt", ""],
            (Salutation.HERR, "Prof. Dr.-Ing.", "Max", "Schmidt", None),
        ),
        (
            ["frau dr. med.", "", "Petra", "Müller", ""],
            (Salutation.FRAU, "dr. med.", "Petra", "Müller", None),
        ),
        (
            ["Frau\u00a0Dr.", "", "Petra", "Müller", ""],
            (Salutation.FRAU, "Dr.", "Petra", "Müller", None),
        ),
        # The same title in both columns is one title.
        (
            ["Frau Dr.", "Dr.", "Petra", "Müller", ""],
            (Salutation.FRAU, "Dr.", "Petra", "Müller", None),
        ),
        (
            ["Familie", "", "Petra und Max", "Müller", ""],
            (Salutation.FAMILIE, None, "Petra und Max", "Müller", None),
        ),
        (
            ["FAMILIE", "", "", "Müller", ""],
            (Salutation.FAMILIE, None, None, "Müller", None),
        ),
        (
            ["Firma", "", "", "", "Bäckerei Schulze GmbH"],
            (Salutation.FIRMA, None, None, None, "Bäckerei Schulze GmbH"),
        ),
        # The company's name in the name columns, as some exports write it.
        (
            ["Firma", "", "", "Bäckerei Schulze GmbH", ""],
            (Salutation.FIRMA, None, None, None, "Bäckerei Schulze GmbH"),
        ),
        (
            ["Firma", "", "Bäckerei", "Schulze GmbH", ""],
            (Salutation.FIRMA, None, None, None, "Bäckerei Schulze GmbH"),
        ),
        (
            ["Firma", "", "Max", "Schulze", "Bäckerei Schulze GmbH"],
            (Salutation.FIRMA, None, "Max", "Schulze", "Bäckerei Schulze GmbH"),
        ),
    ],
)
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_salutations_as_lists_write_them(
    tmp_path: Path,
    cells: list[str],
    expected: tuple[Salutation, str | None, str | None, str | None, str | None],
    kind: str,
) -> None:
    rows = [COLUMNS, [*cells, *ADDRESS]]
    if kind == "csv":
        path = write_csv(tmp_path / "liste.csv", rows, ";", "utf-8")
    else:
        path = write_xlsx(tmp_path / "liste.xlsx", [[c or None for c in row] for row in rows])
    (person,) = read_people_list(path, require_address=True).people
    found = (
        person.salutation,
        person.title,
        person.first_name,
        person.last_name,
        person.organisation,
    )
    assert found == expected


BAD_SALUTATION = (
    "ist keine Anrede. Schreiben Sie Frau, Herr, divers oder lassen Sie das Feld leer. Auch "
    "Familie, Firma und Frau oder Herr mit abgekürztem Titel (Frau Dr., Herr Prof. Dr.) gehen."
)


@pytest.mark.parametrize(
    ("cells", "messages"),
    [
        (
            ["Frau Müller", "", "Petra", "Müller", ""],
            [f"Zeile 2: Spalte „Anrede“: „Frau Müller“ {BAD_SALUTATION}"],
        ),
        (
            ["Familie Dr.", "", "Petra", "Müller", ""],
            [f"Zeile 2: Spalte „Anrede“: „Familie Dr.“ {BAD_SALUTATION}"],
        ),
        (
            ["Dr.", "", "Petra", "Müller", ""],
            [f"Zeile 2: Spalte „Anrede“: „Dr.“ {BAD_SALUTATION}"],
        ),
        (
            ["Frau Dr.", "Prof.", "Petra", "Müller", ""],
            [
                "Zeile 2: Spalte „Titel“: Hier steht „Prof.“, die Anrede „Frau Dr.“ nennt aber "
                "den Titel „Dr.“. Schreiben Sie den Titel nur in die Spalte „Titel“ und in die "
                "Spalte „Anrede“ nur Frau oder Herr."
            ],
        ),
        (
            ["Familie", "", "Petra", "", "Kreativhaus e.V."],
            [
                "Zeile 2: Spalte „Nachname“: Die Anrede „Familie“ braucht den Familiennamen "
                "(Sehr geehrte Familie …). Tragen Sie ihn ein, oder schreiben Sie als Anrede "
                "Firma, wenn die Zeile eine Organisation anschreibt."
            ],
        ),
        (
            ["Firma", "", "", "", ""],
            [
                "Zeile 2: Die Zeile nennt weder einen Nachnamen noch eine Organisation. Tragen "
                "Sie in der Spalte „Nachname“ oder „Organisation“ etwas ein, oder löschen Sie "
                "die Zeile."
            ],
        ),
    ],
)
def test_a_salutation_that_is_none_is_named(
    tmp_path: Path, cells: list[str], messages: list[str]
) -> None:
    path = write_csv(tmp_path / "liste.csv", [COLUMNS, [*cells, *ADDRESS]], ";", "utf-8")
    with pytest.raises(InputError) as error:
        read_people_list(path, require_address=True)
    assert [p.message for p in error.value.problems] == [f"{path}, {m}" for m in messages]
