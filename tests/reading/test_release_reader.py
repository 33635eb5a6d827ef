"""Release files: what is accepted, and every rule of release-data.md as a wrong input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from pressetool.cli import main
from pressetool.compose.event import compose_event
from pressetool.office import HouseStyle
from pressetool.problems import InputError, Problem, Severity
from pressetool.reading.release_reader import read_release
from pressetool.render.calendar import event_calendar
from tests.builders import write_release
from tests.conftest import files_below

VALID = """\
number: 1
date: 2026-03-02
title: Kiezfest im Wedding
issuer:
  article: das
  office: Bezirksamt Mitte
body: |
  Erster Absatz.
event:
  title: Kiezfest
  date: 2026-03-11
  start: "9:00"
  end: "13:00"
  venue:
    article: das
    name: Rathaus Mitte
    street: Karl-Marx-Allee 31
    postcode: "10178"
    city: Berlin
"""
KIEZFEST = "2026/001-kiezfest.yaml"


@pytest.mark.parametrize(
    ("old", "new", "field", "expected"),
    [
        ('start: "9:00"', "start: 9:30", "start", dt.time(9, 30)),
        ('start: "9:00"', "start: 09:00", "start", dt.time(9, 0)),
        ('start: "9:00"', 'start: "9.00"', "start", dt.time(9, 0)),
        ('start: "9:00"', "start: 9.30", "start", dt.time(9, 30)),
        ('postcode: "10178"', "postcode: 01067", "postcode", "01067"),
        ('postcode: "10178"', "postcode: 10178", "postcode", "10178"),
    ],
)
def test_yaml_traps_mean_what_was_written(
    tmp_path: Path, old: str, new: str, field: str, expected: object
) -> None:
    release = read_release(write_release(tmp_path, KIEZFEST, VALID.replace(old, new)))
    assert release.event is not None
    holder = release.event.venue if field == "postcode" else release.event
    assert getattr(holder, field) == expected


def test_body_paragraphs_join_their_lines(tmp_path: Path) -> None:
    text = VALID.replace(
        "  Erster Absatz.\n", "  Erste Zeile\n  zweite Zeile.\n\n  Neuer Absatz.\n"
    )
    release = read_release(write_release(tmp_path, KIEZFEST, text))
    assert release.body == ("Erste Zeile zweite Zeile.", "Neuer Absatz.")


@pytest.mark.parametrize(
    "body",
    [
        "body: Erste Zeile\n  zweite Zeile.\n\n  Neuer Absatz.\n",
        "body:\n  Erste Zeile\n  zweite Zeile.\n\n  Neuer Absatz.\n",
        "body: >\n  Erste Zeile\n  zweite Zeile.\n\n  Neuer Absatz.\n",
        'body: "Erste Zeile\n  zweite Zeile.\n\n  Neuer Absatz."\n',
    ],
    ids=["after the colon", "below without |", "folded", "quoted"],
)
def test_a_blank_line_parts_paragraphs_also_without_the_bar(tmp_path: Path, body: str) -> None:
    """YAML makes a blank line of such a text a line break, and joins the other lines."""
    text = VALID.replace("body: |\n  Erster Absatz.\n", body)
    release = read_release(write_release(tmp_path, KIEZFEST, text))
    assert release.body == ("Erste Zeile zweite Zeile.", "Neuer Absatz.")


# (change to the valid file, field named, line named, words of the message)
WRONG = [
    ("title: Kiezfest im Wedding\n", "titel: Kiezfest\n", "titel", 3, "Meinten Sie „title“?"),
    ("number: 1\n", "", "number", None, "Pflichtfeld"),
    ("date: 2026-03-02\n", "", "date", None, "Pflichtfeld"),
    ("title: Kiezfest im Wedding\n", "", "title", None, "Pflichtfeld"),
    ("  article: das\n  office", "  office", "issuer.article", 4, "Pflichtfeld"),
    ("  office: Bezirksamt Mitte\n", "", "issuer.office", 4, "Pflichtfeld"),
    ("body: |\n  Erster Absatz.\n", "", "body", None, "Pflichtfeld"),
    (
        "  article: das\n  office",
        "  article: dem\n  office",
        "issuer.article",
        5,
        "„dem“ ist kein Artikel. Schreiben Sie der, die oder das.",
    ),
    ("date: 2026-03-02", "date: 2026-02-30", "date", 2, "„2026-02-30“ ist kein gültiges Datum"),
    ("date: 2026-03-11", "date: 2026-13-01", "event.date", 11, "kein gültiges Datum"),
    ('start: "9:00"', 'start: "25:00"', "event.start", 12, "„25:00“ ist keine gültige Uhrzeit"),
    ('end: "13:00"', 'end: "8:00"', "event.end", 13, "liegt nicht nach dem Beginn"),
    (
        'postcode: "10178"',
        'postcode: "1017"',
        "event.venue.postcode",
        18,
        "„1017“ ist keine Postleitzahl",
    ),
    ('postcode: "10178"', "postcode: 1017", "event.venue.postcode", 18, "fünf Ziffern"),
    ("number: 1\n", "number: 2\n", "number", 1, "Die Nummer 2 passt nicht zum Dateinamen"),
    ("number: 1\n", "number: eins\n", "number", 1, "„eins“ ist keine Nummer"),
    (
        "    city: Berlin\n",
        "    city: Berlin\n    stadt: Berlin\n",
        "event.venue.stadt",
        20,
        "Das Feld gibt es nicht",
    ),
    ("date: 2026-03-02", "date: 2025-03-02", "date", 2, "im Ordner 2026"),
    (
        "issuer:\n  article: das\n  office: Bezirksamt Mitte\n",
        "issuer: Bezirksamt Mitte\n",
        "issuer",
        4,
        "Hier gehören Unterfelder hin, jedes in einer eigenen Zeile darunter, eingerückt und in "
        "der Form „name: Wert“; möglich sind article, office, portfolio, name.",
    ),
    (
        "  venue:\n",
        "  hosts: [Bezirksamt Mitte]\n  venue:\n",
        "event.hosts[1]",
        14,
        "möglich sind article, name, contact, street, postcode, city, phone, email.",
    ),
]


@pytest.mark.parametrize(("old", "new", "field", "line", "words"), WRONG)
def test_wrong_input_is_named_with_file_field_and_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    old: str,
    new: str,
    field: str,
    line: int | None,
    words: str,
) -> None:
    assert old in VALID
    path = write_release(tmp_path, KIEZFEST, VALID.replace(old, new, 1))
    status = main(["build", str(path), "--out", str(tmp_path / "out")])
    stderr = capsys.readouterr().err
    assert status == 1
    where = f"{path}, Zeile {line}, " if line else f"{path}, "
    assert f"{where}Feld „{field}“: " in stderr
    assert words in stderr
    assert "Es wurde keine Datei geschrieben." in stderr
    assert files_below(tmp_path / "out") == []


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        (
            "title: Kiezfest im Wedding\n".encode("cp1252") + "Straße: ö\n".encode("cp1252"),
            2,
            "nicht in UTF-8 gespeichert",
        ),
        (b"number: 1\ntitle: [Kiezfest\n", 2, "Setzen Sie ihn in gerade Anführungszeichen"),
        (b"number: 1\ntitle: {a: [Kiezfest}\n", 2, "kein gültiges YAML"),
        (b"- eins\n- zwei\n", 1, "Feldern der Form"),
        (b"%PDF-1.7\n\xe2\xe3", None, "Das ist keine Pressemitteilungs-Datei, sondern ein PDF."),
        (b"PK\x03\x04\x14\x00", None, "sondern eine Word- oder Excel-Datei (DOCX, XLSX)"),
        (b"", None, "Die Datei ist leer"),
    ],
)
def test_files_that_are_not_utf8_yaml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, line: int | None, words: str
) -> None:
    path = tmp_path / "001-kaputt.yaml"
    path.write_bytes(content)
    assert main(["build", str(path), "--out", str(tmp_path / "out")]) == 1
    stderr = capsys.readouterr().err
    assert (f"{path}, Zeile {line}: " if line else f"{path}: ") in stderr
    assert words in stderr
    assert files_below(tmp_path / "out") == []


def test_several_errors_are_reported_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_release(tmp_path, KIEZFEST, VALID)
    bad = write_release(
        tmp_path,
        "2026/001-zweite.yaml",
        VALID.replace("article: das", "article: dem", 1).replace('"10178"', '"1017"'),
    )
    missing = tmp_path / "gibt-es-nicht.yaml"
    assert main(["build", str(good), str(bad), str(missing), "--out", str(tmp_path / "o")]) == 1
    stderr = capsys.readouterr().err
    assert "„dem“ ist kein Artikel" in stderr
    assert "„1017“ ist keine Postleitzahl" in stderr
    assert f"{missing}: Die Datei gibt es nicht." in stderr
    assert "3 Fehler gefunden" in stderr
    assert files_below(tmp_path / "o") == []


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("title: Kiezfest im Wedding\n", "title: A\ntitle: B\n", "Zeile 4, Feld „title“"),
        (
            "  article: das\n  office:",
            "  article: das\n  article: der\n  office:",
            "Zeile 6, Feld „issuer.article“",
        ),
        (
            "    name: Rathaus Mitte\n",
            "    name: Rathaus Mitte\n    name: Rathaus\n",
            "Zeile 17, Feld „event.venue.name“",
        ),
        (
            "    city: Berlin\n",
            "    city: Berlin\n  participants:\n    - {article: das, name: A}\n"
            "    - {article: das, name: B, name: C}\n",
            "Zeile 22, Feld „event.participants[2].name“",
        ),
    ],
)
def test_a_field_written_twice_is_named_with_its_whole_path(
    tmp_path: Path, old: str, new: str, where: str
) -> None:
    """`name` twice in the venue was named „name“: which of five?"""
    text = VALID.replace(old, new, 1)
    assert text != VALID
    with pytest.raises(InputError) as raised:
        read_release(write_release(tmp_path, KIEZFEST, text))
    assert f"{where}: Das Feld steht zweimal da. Löschen Sie eines der beiden." in [
        p.message.split("kiezfest.yaml, ")[-1] for p in raised.value.problems
    ]


@pytest.mark.parametrize(
    ("embargo", "expected"),
    [
        ("2026-03-02 10:00", (dt.date(2026, 3, 2), dt.time(10))),
        ('"2026-03-02T10:30"', (dt.date(2026, 3, 2), dt.time(10, 30))),
        ("2026-03-02 10:00:00", (dt.date(2026, 3, 2), dt.time(10))),
        ("2026-03-02", (dt.date(2026, 3, 2), None)),
        ("2.3.2026 10 Uhr", (dt.date(2026, 3, 2), dt.time(10))),
        # shown twice in October: read as written (`office_moment` takes the second)
        ("2026-10-25 02:30", (dt.date(2026, 10, 25), dt.time(2, 30))),
    ],
)
def test_embargo_forms(tmp_path: Path, embargo: str, expected: tuple[object, object]) -> None:
    release = read_release(write_release(tmp_path, KIEZFEST, f"{VALID}embargo: {embargo}\n"))
    assert release.embargo is not None
    assert (release.embargo.date, release.embargo.time) == expected


def test_withdrawn_without_date_and_reason_is_read(tmp_path: Path) -> None:
    release = read_release(write_release(tmp_path, KIEZFEST, f"{VALID}status: withdrawn\n"))
    assert release.status.value == "withdrawn"
    assert release.withdrawal is None


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("embargo: 2026-03-02 25:00", "„2026-03-02 25:00“ ist kein gültiger Zeitpunkt"),
        # a time zone would be dropped: `Z` read as Berlin time is public an hour early
        (
            "embargo: 2026-12-03T10:00:00Z",
            "„2026-12-03T10:00:00Z“ nennt eine Zeitzone; pressetool liest Zeitpunkte als "
            "Berliner Uhrzeit. Schreiben Sie die Berliner Uhrzeit ohne Zeitzone, hier "
            "2026-12-03 11:00.",
        ),
        (
            "embargo: 2026-07-03 10:00:00 -05:00",
            "Schreiben Sie die Berliner Uhrzeit ohne Zeitzone, hier 2026-07-03 17:00.",
        ),
        (
            "correction_of: {number: 67/2025, date: 2026-03-01}",
            "Nr. 067/2025 ist eine Nummer des Jahres 2025, das Datum 01.03.2026 liegt in einem "
            "anderen: Die Jahreszahl einer Nummer ist das Jahr ihres Datums.",
        ),
        (
            "correction_of: {number: 67/2026, date: 2026-03-05}",
            "Die berichtigte Pressemitteilung Nr. 067/2026 vom 05.03.2026 wäre jünger als diese "
            "Berichtigung vom 02.03.2026; eine Berichtigung folgt auf das, was sie berichtigt.",
        ),
        (
            "embargo: 2026-12-03T10:00Z",
            "„2026-12-03T10:00Z“ nennt eine Zeitzone; pressetool liest Zeitpunkte als Berliner "
            "Uhrzeit. Schreiben Sie die Berliner Uhrzeit ohne Zeitzone, hier 2026-12-03 11:00.",
        ),
        (
            "embargo: 2026-12-03 10:00 +01:00",
            "Schreiben Sie die Berliner Uhrzeit ohne Zeitzone, hier 2026-12-03 10:00.",
        ),
        ("embargo: 0001-01-01 00:10", "„0001-01-01 00:10“ nennt das Jahr 1;"),
        ("embargo: 9999-12-31T23:00:00-05:00", "nennt das Jahr 9999;"),
        (
            "embargo: 2026-03-29 02:30",
            "„2026-03-29 02:30“: Diese Uhrzeit gibt es am 29.03.2026 in Berlin nicht, die Uhr "
            "springt dort von 2 auf 3 Uhr (Beginn der Sommerzeit). Schreiben Sie eine Uhrzeit "
            "ab 3 Uhr, etwa 3:00.",
        ),
        (
            "status: [draft]",
            "„…“ ist hier nicht möglich. Schreiben Sie draft, published, withdrawn oder discarded.",
        ),
        (
            "status: geloescht",
            "„geloescht“ ist hier nicht möglich. Schreiben Sie draft, published, withdrawn "
            "oder discarded.",
        ),
        (
            "withdrawal: {date: 2026-03-05, reason: Abgesagt}",
            "Hier steht eine Zurückziehung, aber status ist nicht withdrawn.",
        ),
    ],
)
def test_wrong_optional_fields(tmp_path: Path, line: str, words: str) -> None:
    with pytest.raises(InputError) as raised:
        read_release(write_release(tmp_path, KIEZFEST, f"{VALID}{line}\n"))
    assert words in raised.value.problems[0].message
    assert raised.value.problems[0].line == 20


@pytest.mark.parametrize(
    ("old", "new", "where", "shown", "meant"),
    [
        (
            "title: Kiezfest im Wedding",
            "title: Kiezfest im Wedding – GrÃ¼ÃŸe vom Kiez",
            "Zeile 3, Feld „title“",
            "GrÃ¼ÃŸe",
            "Grüße",
        ),
        (
            "  Erster Absatz.",
            "  Das Fest â€žKiez im Blickâ€œ.",
            "Zeile 8, Feld „body“",
            "â€žKiez",
            "„Kiez",
        ),
        (  # the line of the word, in a folded text too
            "body: |\n  Erster Absatz.",
            "body: >\n  Erster Absatz,\n  zweite Zeile.\n\n  Mit GrÃ¼ÃŸen\n  vom Kiez.",
            "Zeile 11, Feld „body“",
            "GrÃ¼ÃŸen",
            "Grüßen",
        ),
        (
            "Rathaus Mitte",
            "RathausstraÃŸe",
            "Zeile 16, Feld „event.venue.name“",
            "RathausstraÃŸe",
            "Rathausstraße",
        ),
        (
            "  office: Bezirksamt Mitte",
            '  office: "Bezirksamt Mitte \\u00e2\\u20ac\\u201c Pressestelle"',
            "Zeile 6, Feld „issuer.office“",
            "â€“",
            "–",
        ),
        (  # misread twice: ü → Ã¼ → ÃƒÂ¼
            "Karl-Marx-Allee 31",
            "MÃƒÂ¼llerstraÃƒÂŸe 31",
            "Zeile 17, Feld „event.venue.street“",
            "MÃƒÂ¼llerstraÃƒÂŸe",
            "Müllerstraße",
        ),
    ],
)
def test_text_misread_once_is_named_with_what_it_was(
    tmp_path: Path, old: str, new: str, where: str, shown: str, meant: str
) -> None:
    """A release file saved in UTF-8, opened as Windows-1252 and saved again."""
    path = write_release(tmp_path, KIEZFEST, VALID.replace(old, new))
    with pytest.raises(InputError) as raised:
        read_release(path)
    assert [problem.message for problem in raised.value.problems] == [
        f"{path}, {where}: Im Text steht „{shown}“ – gemeint ist wohl „{meant}“. Der Text ist "
        "einmal mit der falschen Zeichenkodierung geöffnet und wieder gespeichert worden; so "
        "stünde er verstümmelt in den Dokumenten. Berichtigen Sie den Text (auch die übrigen "
        "Umlaute und Anführungszeichen darin), oder kopieren Sie ihn neu aus dem Original."
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("title: Kiezfest im Wedding\n", "titel: Kiezfest\n", "Zeile 3, Feld „titel“"),
        (
            "  office: Bezirksamt Mitte\n",
            "  ofice: Bezirksamt Mitte\n",
            "Zeile 6, Feld „issuer.ofice“",
        ),
    ],
)
def test_a_misspelt_required_field_is_one_error_where_it_stands(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    path = write_release(tmp_path, KIEZFEST, VALID.replace(old, new, 1))
    with pytest.raises(InputError) as error:
        read_release(path)
    assert [problem.message for problem in error.value.problems] == [
        f"{path}, {expected}: Das Feld gibt es nicht. Meinten Sie „{old.split(':')[0].strip()}“?"
    ]


@pytest.mark.parametrize("written", ["max@", "erika(at)example.org", "presse @ba-mitte.de"])
def test_an_email_address_that_is_none_is_an_error(tmp_path: Path, written: str) -> None:
    text = VALID + f"contacts:\n  - name: Petra Patz\n    email: {written}\n"
    path = write_release(tmp_path, KIEZFEST, text)
    with pytest.raises(InputError) as error:
        read_release(path)
    assert [problem.message for problem in error.value.problems] == [
        f"{path}, Zeile 22, Feld „contacts[1].email“: „{written}“ ist keine E-Mail-Adresse. "
        "Schreiben Sie sie vollständig, in der Form name@domain.de."
    ]


def test_an_email_address_is_kept_as_written(tmp_path: Path) -> None:
    text = VALID + "contacts:\n  - name: Petra Patz\n    email: info@bürgerverein.de\n"
    release = read_release(write_release(tmp_path, KIEZFEST, text))
    assert release.contacts[0].email == "info@bürgerverein.de"


EMBARGO_BEFORE_DATE = (
    "Zeile {line}, Feld „embargo“: Die Sperrfrist ({embargo}) liegt vor dem Datum der "
    "Pressemitteilung (02.03.2026) und hat so keine Wirkung: Öffentlich ist sie ohnehin erst "
    "ab ihrem Datum. Löschen Sie embargo oder tragen Sie eine spätere Sperrfrist ein."
)


@pytest.mark.parametrize(
    ("embargo", "shown", "hinted"),
    [
        ("2026-03-01 10:00", "01.03.2026, 10:00 Uhr", True),
        ("2026-02-27", "27.02.2026", True),
        ("2026-03-02", "", False),  # from 00:00 of the date: the same as without
        ("2026-03-02 10:00", "", False),
        ("2026-03-05", "", False),
    ],
)
def test_an_embargo_before_the_date_is_a_hint(
    tmp_path: Path, embargo: str, shown: str, hinted: bool
) -> None:
    """The document would print a Sperrfrist that holds nothing back."""
    path = write_release(tmp_path, KIEZFEST, f"{VALID}embargo: {embargo}\n")
    notes: list[Problem] = []
    release = read_release(path, notes=notes)
    assert release.embargo is not None  # a Hinweis, the file is read all the same
    line = len(VALID.splitlines()) + 1
    expected = [f"{path}, {EMBARGO_BEFORE_DATE.format(line=line, embargo=shown)}"]
    assert [note.message for note in notes] == (expected if hinted else [])
    assert all(note.severity is Severity.WARNING for note in notes)


@pytest.mark.parametrize(
    ("embargo", "hinted"),
    [
        ("2026-10-25 02:30", "2:30"),
        ("2026-10-25 02:00", "2:00"),
        ("25.10.2026 2.59 Uhr", "2:59"),
        ("2026-10-25 01:59", None),
        ("2026-10-25 03:00", None),
        ("2026-10-25", None),  # 00:00
        ("2026-10-18 02:30", None),  # a Sunday a week earlier
    ],
)
def test_an_embargo_in_the_hour_shown_twice_is_the_second_with_a_hint(
    tmp_path: Path, embargo: str, hinted: str | None
) -> None:
    """2:00 to 2:59 on the last Sunday of October: the clock goes back from 3 to 2."""
    text = VALID.replace("date: 2026-03-02", "date: 2026-10-17")
    text = text.replace("date: 2026-03-11", "date: 2026-10-28")
    path = write_release(tmp_path, KIEZFEST, f"{text}embargo: {embargo}\n")
    notes: list[Problem] = []
    assert read_release(path, notes=notes).embargo is not None
    line = len(VALID.splitlines()) + 1
    expected = [
        f"{path}, Zeile {line}, Feld „embargo“: Die Uhrzeit {hinted} Uhr gibt es am 25.10.2026 "
        "zweimal: In dieser Nacht endet die Sommerzeit, um 3 Uhr werden die Uhren auf 2 Uhr "
        f"zurückgestellt. pressetool nimmt das zweite Mal, {hinted} Uhr Winterzeit, eine "
        "Stunde nach dem ersten: So wird die Pressemitteilung in keinem Fall zu früh "
        "öffentlich. Soll die Sperrfrist früher enden, tragen Sie eine Uhrzeit vor 2 Uhr ein."
    ]
    assert [note.message for note in notes] == (expected if hinted else [])
    assert all(note.severity is Severity.WARNING for note in notes)


@pytest.mark.parametrize("written", ['"24:00"', "24 Uhr", '"0:00"'])
def test_an_event_may_end_at_midnight(tmp_path: Path, written: str) -> None:
    """`bis 24 Uhr`: midnight as the end of the day, in the text and in the calendar."""
    text = VALID.replace('start: "9:00"', 'start: "20:00"').replace('"13:00"', written)
    release = read_release(write_release(tmp_path, KIEZFEST, text))
    assert release.event is not None and release.event.end == dt.time(0)
    composed = compose_event(release.event, HouseStyle.BEZIRKSAMT)
    assert composed.time_phrase == "von 20\u00a0–\u00a024\u00a0Uhr"
    ics = Calendar.from_ical(
        event_calendar(
            release.event, composed, "x@pressetool", dt.datetime(2026, 3, 1), ("A", None)
        )
    )
    (event,) = ics.walk("VEVENT")
    assert event.decoded("DTEND").isoformat() == "2026-03-12T00:00:00+01:00"


def test_a_start_at_24_is_no_time(tmp_path: Path) -> None:
    text = VALID.replace('start: "9:00"', 'start: "24:00"').replace('  end: "13:00"\n', "")
    with pytest.raises(InputError) as raised:
        read_release(write_release(tmp_path, KIEZFEST, text))
    assert "„24:00“ ist keine gültige Uhrzeit." in raised.value.problems[0].message


def test_a_value_with_control_characters_is_echoed_harmless(tmp_path: Path) -> None:
    """YAML's escapes make characters that the file's text does not hold: a message that
    echoes the value cleared the terminal (ESC) or turned the line around (U+202E)."""
    text = VALID.replace("date: 2026-03-02", 'date: "\\e[2J\\e[31mROT\\u202eabc"')
    text += '"tit\\x1ble": 1\n'
    with pytest.raises(InputError) as raised:
        read_release(write_release(tmp_path, KIEZFEST, text))
    messages = " ".join(problem.message for problem in raised.value.problems)
    assert "„\ufffd[2J\ufffd[31mROT\ufffdabc“ ist kein gültiges Datum" in messages
    assert "\x1b" not in messages and "\u202e" not in messages
