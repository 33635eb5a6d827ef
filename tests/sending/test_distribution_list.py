"""The press distribution list, checked whole before anything is sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressetool.problems import InputError, Severity
from pressetool.reading.distribution_list import Recipient, read_distribution_list
from tests.builders import write_csv, write_xlsx


def read(path: Path, groups: tuple[str, ...] = ()) -> list[Recipient]:
    return list(read_distribution_list(path, groups).recipients)


def test_columns_in_any_order_and_case(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "verteiler.xlsx",
        [
            ("Presseverteiler Bezirksamt Mitte",),
            ("gruppe", "NAME", " e-mail ", "Redaktion", "Telefon"),
            ("Lokales; Kultur", "Anna Schmidt", "Redaktion@Tagesspiegel.DE", "Tagesspiegel", "1"),
            (None, None, "kiez@bücher.de", None, None),
        ],
    )
    found = read_distribution_list(path)
    assert found.recipients == (
        Recipient(
            3, "Redaktion@tagesspiegel.de", "Anna Schmidt", "Tagesspiegel", ("Lokales", "Kultur")
        ),
        Recipient(4, "kiez@xn--bcher-kva.de"),
    )
    assert [w.code.value for w in found.warnings] == ["list_header_row"]


def test_every_malformed_address_is_named_with_its_row(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "verteiler.csv",
        [
            ("E-Mail", "Name"),
            ("gut@taz.de", "A"),
            ("redaktion.tagesspiegel.de", "B"),
            ("zwei@a.de, drei@b.de", "C"),
            ("müller@zeitung.de", "D"),
        ],
        encoding="utf-8",
    )
    with pytest.raises(InputError) as error:
        read(path)
    assert [(p.line, p.params["value"]) for p in error.value.problems] == [
        (3, "redaktion.tagesspiegel.de"),
        (4, "zwei@a.de, drei@b.de"),
        (5, "müller@zeitung.de"),
    ]
    assert "Zeile 3: Spalte „E-Mail“: „redaktion.tagesspiegel.de“ ist keine E-Mail-Adresse" in (
        error.value.problems[0].message
    )


def test_an_invisible_character_in_an_address_is_named(tmp_path: Path) -> None:
    """A zero-width space copied from a web page: the address looks right on screen."""
    path = write_csv(
        tmp_path / "verteiler.csv",
        [("E-Mail", "Name"), ("gut@taz.de", "A"), ("zw\u200bsp@taz.de", "B")],
        encoding="utf-8",
    )
    with pytest.raises(InputError) as error:
        read(path)
    [problem] = error.value.problems
    assert problem.line == 3
    assert (
        "Spalte „E-Mail“: In der Adresse „zw\u200bsp@taz.de“ steht an Stelle 3 ein unsichtbares "
        "Zeichen (U+200B, meist aus einer Webseite oder einem Dokument mitkopiert), das kein "
        "Mailserver annimmt. Löschen Sie den Inhalt der Zelle und tippen Sie die Adresse neu."
    ) in problem.message


def test_a_name_misread_once_is_named_with_what_it_was(tmp_path: Path) -> None:
    """`An: Redaktion â€žKiezblattâ€œ` in the mail's header would be wrong in every message."""
    path = write_csv(
        tmp_path / "verteiler.csv",
        [("E-Mail", "Name", "Redaktion"), ("a@taz.de", "JÃ¶rg", "â€žKiezblattâ€œ")],
        encoding="utf-8",
    )
    with pytest.raises(InputError) as error:
        read(path)
    assert [problem.message.removeprefix(str(path)) for problem in error.value.problems] == [
        f", Zeile 2: Spalte „{column}“: In der Zelle steht „{shown}“ – gemeint ist wohl "
        f"„{meant}“. Die Liste ist einmal mit der falschen Zeichenkodierung geöffnet oder "
        "gespeichert worden; so stünden die Namen verstümmelt in Briefen, Listen und E-Mails. "
        "Speichern Sie die Liste neu aus dem Original, oder berichtigen Sie die Zellen."
        for column, shown, meant in [
            ("Name", "JÃ¶rg", "Jörg"),
            ("Redaktion", "â€žKiezblattâ€œ", "„Kiezblatt“"),
        ]
    ]


def test_duplicates_are_sent_once_and_rows_without_address_noted(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "verteiler.csv",
        [("E-Mail", "Name"), ("a@taz.de", "A"), ("", "B"), ("A@TAZ.de", "C"), ("b@taz.de", "")],
        encoding="utf-8",
    )
    found = read_distribution_list(path)
    assert [r.address for r in found.recipients] == ["a@taz.de", "b@taz.de"]
    notes = [(w.line, w.code.value, w.severity) for w in found.warnings]
    assert notes == [
        (3, "send_list_no_address", Severity.WARNING),
        (4, "send_list_duplicate", Severity.WARNING),
    ]
    assert "A@taz.de steht schon in Zeile 2" in found.warnings[1].message


def test_groups(tmp_path: Path) -> None:
    rows = [("E-Mail", "Gruppe"), ("a@taz.de", "Lokales"), ("b@taz.de", "Kultur, lokales")]
    path = write_csv(tmp_path / "verteiler.csv", rows, encoding="utf-8")
    assert [r.row for r in read(path, ("LOKALES",))] == [2, 3]
    assert [r.row for r in read(path, ("Kultur",))] == [3]
    with pytest.raises(InputError, match="Kultur, Lokales"):
        read(path, ("Sport",))
    plain = write_csv(tmp_path / "ohne.csv", [("E-Mail",), ("a@taz.de",)], encoding="utf-8")
    with pytest.raises(InputError, match="keine Spalte „Gruppe“"):
        read(plain, ("Sport",))


def test_a_list_without_the_email_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "verteiler.csv", [("Name", "Telefon"), ("A", "030 1234")])
    with pytest.raises(InputError, match="Die Spalte „E-Mail“ fehlt"):
        read(path)


def test_a_row_with_more_cells_than_the_header_is_an_error(tmp_path: Path) -> None:
    """`Lokales; Kultur` not in quotes: the second group would have been lost."""
    path = tmp_path / "verteiler.csv"
    path.write_text("E-Mail;Gruppe\na@example.org;Lokales; Kultur\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read(path)
    assert [(p.line, p.params["cells"], p.params["columns"]) for p in raised.value.problems] == [
        (2, 3, 2)
    ]
