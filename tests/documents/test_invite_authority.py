"""`pressetool invite` as an authority sends it (issue 13): read back from the PDF, the DOCX
and LibreOffice's PDF of the DOCX, and the calendar file; every wrong input named, with
status 1 and nothing written."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from docx import Document
from icalendar import Calendar

from pressetool.compose import letter as letter_module
from pressetool.compose.event import compose_event, event_paragraph
from pressetool.compose.letter import AddressLine
from pressetool.models import Person
from pressetool.office import HouseStyle
from pressetool.reading.release_reader import read_release
from tests.builders import write_list, write_release
from tests.conftest import files_below, run_main
from tests.readback import REFERENCE_RELEASE, fold, libreoffice_pdf, pdf_text

MM = 72 / 25.4

LETTERS = """
[letters]
return_address = "Bezirksamt Mitte von Berlin, 13341 Berlin"
contact = "Petra Patz-Drüke"
phone = "(030) 9018-42390"
email = "pressestelle@ba-mitte.berlin.de"
reference = "Presse 1-2020/067"
your_reference = "Ihr Schreiben vom 1.3.2020"
building_address = "Karl-Marx-Allee 31\\n10178 Berlin"
opening_hours = \"\"\"
Mo, Di, Fr 9–12 Uhr
Do 15–18 Uhr
\"\"\"
transport = "U5 Schillingstraße\\nBus 248, 347"
bank = "Berliner Sparkasse\\nIBAN DE12 1005 0000 0190 0000 00\\nBIC BELADEBEXXX"
"""
INVITATION = """invitation:
  rsvp_by: 2020-03-06
  signer: |
    Im Auftrag
    Petra Patz-Drüke
    Pressestelle
"""
RECIPIENTS = [
    "Herr Prof. Dr.;;Max;Schmidt;;Wattstr. 16;13355;Berlin;",
    "Familie;;Petra und Max;Müller;;Torstr. 1;10119;Berlin;",
    "Firma;;;Bäckerei Schulze GmbH;;Brunnenstr. 5;10119;Berlin;",
    "Frau Dr.;;Ute;Weiß;Kreativhaus e.V.;Fehrbelliner Str. 92;10119;Berlin;",
]
STEMS = [
    "einladung-067-2020-002-schmidt",
    "einladung-067-2020-003-mueller",
    "einladung-067-2020-004-baeckerei-schulze-gmbh",
    "einladung-067-2020-005-weiss",
]


def authority_office(folder: Path) -> Path:
    """An office with every setting of `[letters]`, its release with an invitation."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pressetool.toml").write_text(
        '[office]\nname = "Bezirksamt Mitte von Berlin"\nunit = "Pressestelle"\n' + LETTERS,
        encoding="utf-8",
    )
    source = REFERENCE_RELEASE.read_text(encoding="utf-8")
    write_release(folder, "2020/067-einladung.yaml", source + INVITATION)
    return folder


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The letters of the mailing, dated by `--date 2020-03-02`."""
    office = authority_office(tmp_path_factory.mktemp("amt") / "pressestelle")
    write_list(office / "liste.csv", RECIPIENTS, encoding="utf-8")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.chdir(office)
        from pressetool.cli import main

        release = "releases/2020/067-einladung.yaml"
        args = ["invite", release, "--recipients", "liste.csv", "--date", "2020-03-02"]
        assert main(args) == 0
    yield office / "intern/2020/067"


def words_mm(path: Path) -> list[dict[str, Any]]:
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["size"])
    for word in words:
        for key in ("x0", "x1", "top", "bottom"):
            word[key] /= MM
    return words


def lines_between(
    path: Path, top: float, bottom: float, left: float = 0, right: float = 210
) -> list[str]:
    """The lines of the first page inside the box, top to bottom (mm)."""
    lines: dict[float, list[str]] = {}
    for word in words_mm(path):
        if top <= word["top"] and word["bottom"] <= bottom and left <= word["x0"] < right:
            lines.setdefault(round(word["top"], 0), []).append(word["text"])
    return [" ".join(words) for _, words in sorted(lines.items())]


@pytest.mark.parametrize(
    ("stem", "address", "salutation"),
    [
        (
            STEMS[0],
            ["Herrn Prof. Dr. Max Schmidt", "Wattstr. 16", "13355 Berlin"],
            "Sehr geehrter Herr Prof. Dr. Schmidt,",
        ),
        (
            STEMS[1],
            ["Familie", "Petra und Max Müller", "Torstr. 1", "10119 Berlin"],
            "Sehr geehrte Familie Müller,",
        ),
        (
            STEMS[2],
            ["Bäckerei Schulze GmbH", "Brunnenstr. 5", "10119 Berlin"],
            "Sehr geehrte Damen und Herren,",
        ),
        (
            STEMS[3],
            ["Kreativhaus e.V.", "Frau Dr. Ute Weiß", "Fehrbelliner Str. 92", "10119 Berlin"],
            "Sehr geehrte Frau Dr. Weiß,",
        ),
    ],
)
def test_address_and_salutation_of_every_anrede(
    letters: Path, stem: str, address: list[str], salutation: str
) -> None:
    pdf = letters / "einladungen" / f"{stem}.pdf"
    assert lines_between(pdf, 62.6, 90, right=110) == address  # inside the address zone
    assert salutation in pdf_text(pdf)
    document = Document(str(letters / "einladungen" / f"{stem}.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    assert "\n".join(address) in paragraphs
    assert salutation in paragraphs


def test_information_block_with_references_and_the_date_given(letters: Path) -> None:
    pdf = letters / "einladungen" / f"{STEMS[0]}.pdf"
    assert lines_between(pdf, 49.9, 98, left=124) == [
        "Ihr Zeichen",
        "Ihr Schreiben vom 1.3.2020",
        "Geschäftszeichen",
        "Presse 1-2020/067",
        "Ansprechperson",
        "Petra Patz-Drüke",
        "Telefon",
        "(030) 9018-42390",
        "E-Mail",
        "pressestelle@ba-mitte.berlin.de",
        "Datum",
        "02.03.2020",
    ]


def test_six_entries_of_the_information_block_end_above_the_subject(
    letters: Path, tmp_path: Path
) -> None:
    ours = letters / "einladungen" / f"{STEMS[0]}.pdf"
    converted = libreoffice_pdf(letters / "einladungen" / f"{STEMS[0]}.docx", tmp_path)
    for pdf in (ours, converted):
        words = words_mm(pdf)
        date = next(w for w in words if w["text"] == "02.03.2020")
        subject = next(w for w in words if w["text"] == "Einladung:")
        assert date["bottom"] < subject["top"] - 1, pdf
        assert subject["top"] == pytest.approx(98.5, abs=1.5)


def test_rsvp_im_auftrag_and_no_enclosure(letters: Path) -> None:
    pdf = letters / "einladungen" / f"{STEMS[1]}.pdf"
    text = fold(pdf_text(pdf))
    assert (
        "Bitte teilen Sie uns bis Freitag, 6. März 2020 mit, ob Sie teilnehmen: per E-Mail an "
        "pressestelle@ba-mitte.berlin.de oder telefonisch unter (030) 9018-42390."
    ) in text
    assert "Mit freundlichen Grüßen Im Auftrag Petra Patz-Drüke Pressestelle" in text
    assert "Anlage" not in text
    words = words_mm(pdf)
    on_behalf = next(w for w in words if w["text"] == "Auftrag")
    name = next(w for w in words if w["text"] == "Patz-Drüke" and w["top"] > 150)
    assert name["top"] - on_behalf["bottom"] > 10  # room to sign between them
    paragraphs = [
        p.text for p in Document(str(letters / "einladungen" / f"{STEMS[1]}.docx")).paragraphs
    ]
    assert "Mit freundlichen Grüßen\nIm Auftrag" in paragraphs
    assert not [p for p in paragraphs if "Anlage" in p]


FOOTER = [
    "Hausanschrift Sprechzeiten Verkehrsverbindungen Bankverbindung",
    "Karl-Marx-Allee 31 Mo, Di, Fr 9–12 Uhr U5 Schillingstraße Berliner Sparkasse",
    "10178 Berlin Do 15–18 Uhr Bus 248, 347 IBAN DE12 1005 0000 0190 0000 00",
    "BIC BELADEBEXXX",
]


def test_business_details_in_the_footer_of_the_pdf(letters: Path) -> None:
    pdf = letters / "einladungen" / f"{STEMS[0]}.pdf"
    assert lines_between(pdf, 272, 292) == FOOTER
    footer = [w for w in words_mm(pdf) if w["top"] >= 272]
    assert all(w["size"] == pytest.approx(8, abs=0.01) for w in footer)
    assert min(w["x0"] for w in footer) == pytest.approx(25, abs=0.1)
    assert max(w["x1"] for w in footer) <= 190
    assert max(w["bottom"] for w in footer) <= 289
    columns = sorted({round(w["x0"], 1) for w in footer if w["text"] in FOOTER[0].split()})
    assert len(columns) == 4


def test_business_details_in_the_word_footer(letters: Path, tmp_path: Path) -> None:
    docx = letters / "einladungen" / f"{STEMS[0]}.docx"
    section = Document(str(docx)).sections[0]
    assert section.different_first_page_header_footer
    (table,) = section.first_page_footer.tables
    assert [cell.text for cell in table.rows[0].cells] == [
        "Hausanschrift\nKarl-Marx-Allee 31\n10178\u00a0Berlin",
        "Sprechzeiten\nMo, Di, Fr 9–12\u00a0Uhr\nDo 15–18\u00a0Uhr",
        "Verkehrsverbindungen\nU5 Schillingstraße\nBus 248, 347",
        "Bankverbindung\nBerliner Sparkasse\nIBAN DE12 1005 0000 0190 0000 00\nBIC BELADEBEXXX",
    ]
    assert "Hausanschrift" not in "".join(p.text for p in section.footer.paragraphs)
    converted = libreoffice_pdf(docx, tmp_path)
    assert lines_between(converted, 268, 292) == FOOTER
    body = [w for w in words_mm(converted) if 100 < w["top"] < 268]
    assert max(w["bottom"] for w in body) < 272


@pytest.mark.parametrize("stem", [STEMS[0], STEMS[3]])  # laid out in full, set from it
def test_letters_keep_addresses_whole_and_link_them(letters: Path, stem: str) -> None:
    """The press release's line-break rules hold in the letters too (issue 13): the
    e-mail address is a link and stays whole, as do the phone number, PLZ Ort and a
    date, in the PDF and in the DOCX."""
    pdf = letters / "einladungen" / f"{stem}.pdf"
    with pikepdf.open(pdf) as document:
        targets = {str(annotation.A.URI) for page in document.pages for annotation in page.Annots}
    assert targets == {"mailto:pressestelle@ba-mitte.berlin.de"}  # a phone number is no link
    text = pdf_text(pdf, raw=True)
    assert "10117\u00a0Berlin" in text or "10117 Berlin" in text.replace("\u00a0", " ")
    for line in text.splitlines():
        assert not line.endswith(("10117", "11.", "März", "pressestelle@", "(030)")), line
    document_xml = Document(str(pdf.with_suffix(".docx")))
    body = "\n".join(p.text for p in document_xml.paragraphs)
    assert "10117\u00a0Berlin" in body
    assert "6.\u00a0März\u00a02020" in body
    links = {r.target_ref for r in document_xml.part.rels.values() if r.is_external}
    assert "mailto:pressestelle@ba-mitte.berlin.de" in links


def test_the_calendar_file_speaks_german_and_names_the_office(letters: Path) -> None:
    text = (letters / "veranstaltung-067-2020.ics").read_text(encoding="utf-8")
    assert "COMMENT" not in text
    (event,) = Calendar.from_ical(text).walk("VEVENT")
    release = read_release(REFERENCE_RELEASE)
    assert release.event is not None
    composed = compose_event(release.event, HouseStyle.BEZIRKSAMT)
    assert str(event["DESCRIPTION"]) == event_paragraph(composed)
    assert str(event["DESCRIPTION"]).startswith("Die Veranstaltung „Voneinander wissen in Mitte")
    organizer = event["ORGANIZER"]
    assert str(organizer) == "mailto:pressestelle@ba-mitte.berlin.de"
    assert organizer.params["CN"] == "Bezirksamt Mitte von Berlin"


# -- wrong input: named, status 1, nothing written ------------------------------------------


def invite_fails(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *more: str
) -> list[str]:
    monkeypatch.chdir(office)
    release = "releases/2020/067-einladung.yaml"
    status, out, err = run_main(capsys, "invite", release, "--recipients", "liste.csv", *more)
    assert status == 1
    assert out == ""
    assert files_below(office / "intern") == files_below(office / "output") == []
    return err.splitlines()


TOO_WIDE = "Nachbarschaftseinrichtungsarbeitsgemeinschaftsgesellschaft"
"""One word wider than the address zone: it cannot be wrapped."""


@pytest.mark.parametrize(
    ("rows", "errors"),
    [
        (
            [f";;;;{TOO_WIDE};Torstr. 1;10119;Berlin;"],
            [
                f"Fehler: liste.csv, Zeile 2: „{TOO_WIDE}“ in der Anschrift ist 105,1 mm breit; "
                "das Anschriftfeld des Briefs fasst 80 mm, und eine zu breite Zeile wird nur nach "
                "einem Leerzeichen oder Bindestrich umbrochen. Kürzen Sie die Spalte "
                "„Organisation“ dort um etwa 14 Zeichen, oder setzen Sie in der Zelle einen "
                "Zeilenumbruch an die Stelle, an der Sie es trennen wollen (in Excel mit "
                "Alt+Eingabe, in LibreOffice mit Strg+Eingabe); es wird nichts abgeschnitten."
            ],
        ),
        (
            ["divers;Prof. Dr.;Maria-Theresia Alexandra;Müller-Lüdenscheidt;;Weg 1;10119;Berlin;"],
            [
                "Fehler: liste.csv, Zeile 2: Die Zeile „Prof. Dr. Maria-Theresia Alexandra "
                "Müller-Lüdenscheidt“ der Anschrift ist 96,2 mm breit; das Anschriftfeld des "
                "Briefs fasst 80 mm. Name, Straße mit Hausnummer und Ort stehen auf je einer "
                "Zeile: Kürzen Sie die Spalten „Titel“, „Vorname“ und „Nachname“ um etwa 10 "
                "Zeichen, etwa mit einer üblichen Abkürzung (den Vornamen als Anfangsbuchstaben, "
                "P. für Petra); es wird nichts abgeschnitten."
            ],
        ),
        (
            ["Frau Müller;;Petra;Müller;;Torstr. 1;10119;Berlin;"],
            [
                "Fehler: liste.csv, Zeile 2: Spalte „Anrede“: „Frau Müller“ ist keine Anrede. "
                "Schreiben Sie Frau, Herr, divers oder lassen Sie das Feld leer. Auch Familie, "
                "Firma und Frau oder Herr mit abgekürztem Titel (Frau Dr., Herr Prof. Dr.) gehen."
            ],
        ),
        (
            ["Familie;;Petra;;Kreativhaus;Torstr. 1;10119;Berlin;"],
            [
                "Fehler: liste.csv, Zeile 2: Spalte „Nachname“: Die Anrede „Familie“ braucht den "
                "Familiennamen (Sehr geehrte Familie …). Tragen Sie ihn ein, oder schreiben Sie "
                "als Anrede Firma, wenn die Zeile eine Organisation anschreibt."
            ],
        ),
        (
            ["Herr Dr.;Prof.;Max;Schmidt;;Torstr. 1;10119;Berlin;"],
            [
                "Fehler: liste.csv, Zeile 2: Spalte „Titel“: Hier steht „Prof.“, die Anrede "
                "„Herr Dr.“ nennt aber den Titel „Dr.“. Schreiben Sie den Titel nur in die "
                "Spalte „Titel“ und in die Spalte „Anrede“ nur Frau oder Herr."
            ],
        ),
    ],
)
def test_a_recipient_that_does_not_fit(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    rows: list[str],
    errors: list[str],
) -> None:
    office = authority_office(tmp_path / "amt")
    write_list(office / "liste.csv", ["Herr;;Max;Schmidt;;Wattstr. 16;13355;Berlin;", *rows])
    errors = [error.replace("Zeile 2", "Zeile 3") for error in errors]
    found = invite_fails(office, capsys, monkeypatch)
    assert found == [*errors, "1 Fehler gefunden. Es wurde keine Datei geschrieben."]


def test_an_address_of_seven_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list's cells are one line each, so today an address has five lines at most
    (organisation, `Familie`, name, street, place); a composition of more is refused."""
    office = authority_office(tmp_path / "amt")
    write_list(office / "liste.csv", ["Herr;;Max;Schmidt;;Wattstr. 16;13355;Berlin;"])
    composed = letter_module.address

    def seven_lines(person: Person) -> tuple[AddressLine, ...]:
        extra = tuple(AddressLine(f"Zeile {n}", "die Zeile") for n in range(1, 5))
        return extra + composed(person)

    monkeypatch.setattr(letter_module, "address", seven_lines)
    assert invite_fails(office, capsys, monkeypatch) == [
        "Fehler: liste.csv, Zeile 2: Die Anschrift hat 7 Zeilen (Zeile 1 / Zeile 2 / Zeile 3 / "
        "Zeile 4 / Herrn Max Schmidt / Wattstr. 16 / 13355 Berlin); ins Anschriftfeld des "
        "Briefs passen 6. Lassen Sie 1 davon weg oder fassen Sie Angaben zusammen; es wird "
        "keine Zeile abgeschnitten.",
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]


@pytest.mark.parametrize(
    ("settings", "error"),
    [
        (
            'bank = "Berliner Sparkasse, IBAN DE12 1005 0000 0190 0000 00, BIC BELADEBEXXX"',
            "Fehler: pressetool.toml, Feld „letters.bank“: Die Geschäftsangaben brauchen "
            "nebeneinander 190,7 mm; die Fußzeile des Briefs ist 165 mm breit. Am breitesten ist "
            "die Zeile „Berliner Sparkasse, IBAN DE12 1005 0000 0190 0000 00, BIC BELADEBEXXX“ "
            "(99,7 mm): Kürzen Sie sie oder teilen Sie sie mit \\n auf zwei Zeilen, zum "
            'Beispiel "Mo–Fr 9–12 Uhr\\nDo 15–18 Uhr".',
        ),
        (
            'transport = "U5 Schillingstraße\\nU8 Jannowitzbrücke\\nS5 Alexanderplatz\\nBus 248"',
            "Fehler: pressetool.toml, Feld „letters.transport“: Die Angabe "
            "„Verkehrsverbindungen“ hat 4 Zeilen; in der Fußzeile des Briefs ist Platz für 3. "
            "Fassen Sie Zeilen zusammen.",
        ),
        (
            'return_address = "Bezirksamt Mitte von Berlin, Abteilung Soziales, Müllerstraße '
            '146, 13353 Berlin"',
            "Fehler: pressetool.toml, Feld „letters.return_address“: Die Rücksendeangabe "
            "„Bezirksamt Mitte von Berlin, Abteilung Soziales, Müllerstraße 146, 13353 Berlin“ "
            "ist 99,2 mm breit; über dem Anschriftfeld ist Platz für 80 mm. Kürzen Sie sie um "
            "etwa 16 Zeichen.",
        ),
    ],
)
def test_letters_settings_that_do_not_fit(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settings: str,
    error: str,
) -> None:
    office = authority_office(tmp_path / "amt")
    toml = office / "pressetool.toml"
    key = settings.split(" = ")[0]
    text = re.sub(rf"(?m)^{key} = .*$", lambda _: settings, toml.read_text(encoding="utf-8"))
    toml.write_text(text, encoding="utf-8")
    write_list(office / "liste.csv", ["Herr;;Max;Schmidt;;Wattstr. 16;13355;Berlin;"])
    found = invite_fails(office, capsys, monkeypatch)
    assert [line.replace(f"{office}/", "") for line in found] == [
        error,
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]


@pytest.mark.parametrize("date", ["2020-02-30", "0202-03-02", "morgen"])
def test_a_letter_date_that_is_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, date: str
) -> None:
    office = authority_office(tmp_path / "amt")
    write_list(office / "liste.csv", ["Herr;;Max;Schmidt;;Wattstr. 16;13355;Berlin;"])
    assert invite_fails(office, capsys, monkeypatch, "--date", date) == [
        f"Fehler: Option „--date“: „{date}“ ist kein gültiges Datum. Schreiben Sie ein Datum, das "
        "es gibt, als TT.MM.JJJJ oder JJJJ-MM-TT, zum Beispiel 2.3.2020 oder 2020-03-02.",
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]


# -- a letter date after the reply date or the event: a Hinweis, the letters written --------

AFTER_RSVP = (
    "Hinweis: releases/2020/067-einladung.yaml, Feld „invitation.rsvp_by“: Die Briefe sind "
    "auf den {letter} datiert, die Rückmeldung erbitten sie aber schon bis zum 06.03.2020; die "
    "Briefe sind trotzdem geschrieben. Geben Sie mit --date JJJJ-MM-TT das Datum an, das die "
    "Briefe tragen sollen (ohne --date tragen sie das heutige), oder tragen Sie unter "
    "invitation bei rsvp_by einen späteren Tag ein, und erzeugen Sie die Briefe neu."
)
AFTER_EVENT = (
    "Hinweis: releases/2020/067-einladung.yaml, Feld „event.date“: Die Briefe sind auf den "
    "{letter} datiert, die Veranstaltung ist aber schon am 11.03.2020; die Briefe sind "
    "trotzdem geschrieben. Geben Sie mit --date JJJJ-MM-TT das Datum an, das die Briefe tragen "
    "sollen (ohne --date tragen sie das heutige), oder berichtigen Sie unter event das Datum "
    "(date), und erzeugen Sie die Briefe neu."
)


@pytest.mark.parametrize(
    ("date", "notes"),
    [
        ("2020-03-02", []),  # the release's day: what the tests usually date letters
        ("2020-03-06", []),  # the reply is asked by the letter's own day
        ("9.3.2020", [AFTER_RSVP]),
        ("2020-03-11", [AFTER_RSVP]),  # dated the day of the event
        ("2020-03-12", [AFTER_RSVP, AFTER_EVENT]),
        (None, [AFTER_RSVP, AFTER_EVENT]),  # without --date the letters are dated today
    ],
)
def test_a_letter_dated_after_the_reply_date_or_the_event_is_written_with_a_hint(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    date: str | None,
    notes: list[str],
) -> None:
    from pressetool.office import today_in_office
    from pressetool.reading.fields import parse_date_text

    office = authority_office(tmp_path / "amt")
    write_list(office / "liste.csv", ["Herr;;Max;Schmidt;;Wattstr. 16;13355;Berlin;"])
    monkeypatch.chdir(office)
    release = "releases/2020/067-einladung.yaml"
    dated = ["--date", date] if date else []
    status, out, err = run_main(capsys, "invite", release, "--recipients", "liste.csv", *dated)
    assert (status, err) == (0, "")
    day = (parse_date_text(date) if date else None) or today_in_office()
    shown = f"{day:%d.%m.%Y}"
    assert out.splitlines()[: len(notes) + 1] == [
        *(note.format(letter=shown) for note in notes),
        "1 Einladung (1 Seite) als PDF und DOCX in intern/2020/067/einladungen/, alle Briefe "
        "zum Drucken in intern/2020/067/einladungen-067-2020.pdf, Kalendereintrag "
        "intern/2020/067/veranstaltung-067-2020.ics.",
    ]
    letter = office / "intern/2020/067/einladungen/einladung-067-2020-002-schmidt.pdf"
    text = pdf_text(letter, raw=True)
    assert f"\nDatum\n{shown}\n" in text  # the letter says what the Hinweis names
    assert "bis Freitag, 6. März 2020 mit, ob Sie teilnehmen" in text


def test_the_web_app_says_the_letter_date_hints_with_its_own_fields(tmp_path: Path) -> None:
    """The app says the Hinweise when it checks the list, before any letter is written, in
    its words: the form's field „Datum der Briefe“ and the editor's fields, never `--date`."""
    import datetime as dt

    from pressetool.documents.invite import letter_date_notes
    from pressetool.web.worker import problem_record

    office = authority_office(tmp_path / "amt")
    release = read_release(office / "releases/2020/067-einladung.yaml")
    assert release.event is not None
    notes = letter_date_notes(release, release.event, dt.date(2020, 3, 12))
    texts = [problem_record(note)["text"] for note in notes]
    assert texts == [
        "Die Briefe tragen das Datum 12.03.2020, die Rückmeldung erbitten sie aber schon bis "
        "zum 06.03.2020. Geben Sie unter „Datum der Briefe“ das Datum an, das die Briefe tragen "
        "sollen (ohne Angabe tragen sie das heutige), oder tragen Sie im Editor unter „Antwort "
        "erbeten bis“ einen späteren Tag ein.",
        "Die Briefe tragen das Datum 12.03.2020, die Veranstaltung ist aber schon am "
        "11.03.2020. Geben Sie unter „Datum der Briefe“ das Datum an, das die Briefe tragen "
        "sollen (ohne Angabe tragen sie das heutige), oder berichtigen Sie im Editor das "
        "„Datum der Veranstaltung“.",
    ]
    assert [problem_record(note)["severity"] for note in notes] == ["Hinweis", "Hinweis"]
