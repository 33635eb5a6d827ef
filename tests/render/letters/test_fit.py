"""Widths measured with the font's metrics, and what does not fit its place in the letter."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from pressetool.compose.letter import Invitations, Letter
from pressetool.models import Person, Salutation
from pressetool.office import Config, Sender
from pressetool.reading.release_reader import read_release
from pressetool.render.fontconfig import InstalledCharacters
from pressetool.render.letters.fit import (
    FontCheck,
    address_problems,
    font_file,
    footer_columns,
    missing_characters,
    named_characters,
    sender_problems,
    text_width,
)
from pressetool.render.letters.pdf import InvitationLettersPdf
from tests.builders import address_parts, invitations_for, person
from tests.readback import REFERENCE_RELEASE

MM = 72 / 25.4
RELEASE = read_release(REFERENCE_RELEASE)


def invitations(config: Config, *letters: Letter) -> Invitations:
    composed = invitations_for(RELEASE, person("Müller"), config=config)
    return dataclasses.replace(composed, letters=letters or composed.letters)


def test_the_font_is_the_one_the_pdf_letters_embed() -> None:
    assert font_file().name == "LiberationSans-Regular.ttf"
    assert font_file("Bold").name == "LiberationSans-Bold.ttf"
    fonts = subprocess.run(
        ["fc-query", "--format=%{family}", str(font_file())], capture_output=True, text=True
    )
    assert "Liberation Sans" in fonts.stdout


LINES = (
    "Nachbarschaftszentrum „Bürger für Bürger“",
    "Frau Prof. Dr. Maria-Theresia Wolkenstein",
    "Fehrbelliner Straße 92, Hinterhaus",
    "10119 Berlin",
    "Łukasz Nguyễn-Żółć",
    "WWWWWWWWWWWWWWWWWWWWWWW",
)


def test_widths_are_what_weasyprint_draws(tmp_path: Path) -> None:
    """At the address's size, each line as laid out in the PDF is as wide as measured
    (WeasyPrint kerns a little, Word does not: never wider than measured)."""
    letter = Letter(
        row=2, name="x", address_parts=address_parts(LINES[:6]), salutation="Guten Tag,"
    )
    path = tmp_path / "brief.pdf"
    path.write_bytes(
        InvitationLettersPdf(invitations(Config(), letter), Config()).render_letters()[0].pdf.data
    )
    with pdfplumber.open(path) as pdf:
        chars = [
            c for c in pdf.pages[0].chars if 62 * MM < c["top"] < 91 * MM and c["x0"] < 110 * MM
        ]
    drawn: dict[float, list[dict[str, float]]] = {}
    for char in chars:
        drawn.setdefault(round(char["top"], 1), []).append(char)
    widths = [
        (max(c["x1"] for c in line) - min(c["x0"] for c in line)) / MM
        for _, line in sorted(drawn.items())
    ]
    assert len(widths) == len(LINES)
    for line, width in zip(LINES, widths, strict=True):
        measured = text_width(line, 11)
        assert measured - 0.6 <= width <= measured + 0.01, line


@pytest.mark.parametrize(
    ("text", "size", "width"),
    [
        ("", 11, 0),
        ("a", 1000, 1139 / 2048 * 1000 * 25.4 / 72),  # 1139 of 2048 units
        ("a\u0308", 11, text_width("a", 11)),  # a combining mark takes no room
        ("a\u00ad", 11, text_width("a", 11)),  # nor does a soft hyphen
        ("张", 10, 10 * 25.4 / 72),  # a character the font lacks: one em
    ],
)
def test_text_width(text: str, size: float, width: float) -> None:
    assert text_width(text, size) == pytest.approx(width, abs=0.01)


def test_bold_is_wider() -> None:
    assert text_width("Verkehrsverbindungen", 8, bold=True) > text_width("Verkehrsverbindungen", 8)


def test_missing_characters() -> None:
    assert missing_characters("Herrn Wei 张伟 Łukasz Nguyễn 张") == "张伟"
    assert missing_characters("„Bürger für Bürger“ – 9\u00a0Uhr") == ""


ROW = Path("liste.csv")


def test_seven_lines_are_one_too_many() -> None:
    lines = (
        "Amt",
        "Abteilung",
        "Referat",
        "Frau Petra Müller",
        "Zimmer 1",
        "Weg 1",
        "10117 Berlin",
    )
    letter = Letter(
        row=4,
        name="Müller",
        address_parts=address_parts(lines),
        salutation="Sehr geehrte Frau Müller,",
    )
    (problem,) = address_problems(invitations(Config(), letter), ROW)
    assert problem.message == (
        "liste.csv, Zeile 4: Die Anschrift hat 7 Zeilen (Amt / Abteilung / Referat / Frau "
        "Petra Müller / Zimmer 1 / Weg 1 / 10117 Berlin); ins Anschriftfeld des Briefs passen 6. "
        "Lassen Sie 1 davon weg oder fassen Sie Angaben zusammen; es wird keine Zeile "
        "abgeschnitten."
    )


def test_six_lines_of_the_zones_width_fit() -> None:
    widest = "W" * 21
    assert text_width(widest, 11) <= 80 < text_width(widest + "W", 11)
    letter = Letter(
        row=4, name="x", address_parts=address_parts((widest,) * 6), salutation="Guten Tag,"
    )
    assert address_problems(invitations(Config(), letter), ROW) == []


@pytest.mark.parametrize(
    ("organisation", "lines"),
    [
        (
            "Bezirksamt Friedrichshain-Kreuzberg von Berlin",  # 82,2 mm
            ("Bezirksamt Friedrichshain-Kreuzberg von", "Berlin"),
        ),
        (
            "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen",  # 103,3 mm
            ("Senatsverwaltung für Stadtentwicklung,", "Bauen und Wohnen"),
        ),
        (
            "Nachbarschaftszentrum Bürger für Bürger e. V.",  # `Bürger e. V.` kept together
            ("Nachbarschaftszentrum Bürger für", "Bürger e. V."),
        ),
        (
            "Arbeitsgemeinschaft der Nachbarschaftseinrichtungen in Berlin-Mitte e. V.",
            ("Arbeitsgemeinschaft der", "Nachbarschaftseinrichtungen in Berlin-", "Mitte e. V."),
        ),
        ("Kiezladen e. V.", ("Kiezladen e. V.",)),
    ],
)
def test_an_organisation_wider_than_the_zone_is_wrapped(
    organisation: str, lines: tuple[str, ...]
) -> None:
    recipient = person("Weiß", "Ute", organisation, salutation=Salutation.FRAU, street="Torstr. 1")
    mailing = composed(recipient)
    (letter,) = mailing.letters
    assert letter.address == (*lines, "Frau Ute Weiß", "Torstr. 1", "10117 Berlin")
    assert address_problems(mailing, ROW) == []


@pytest.mark.parametrize(
    ("recipient", "message"),
    [
        (
            person("Weiß", "Ute", street="Straße der Pariser Kommune und des 17. Juni, Hinterhaus"),
            "liste.csv, Zeile 2: Die Zeile „Straße der Pariser Kommune und des 17. Juni, "
            "Hinterhaus“ der Anschrift ist 101 mm breit; das Anschriftfeld des Briefs fasst 80 "
            "mm. Name, Straße mit Hausnummer und Ort stehen auf je einer Zeile: Kürzen Sie die "
            "Spalte „Straße“ um etwa 12 Zeichen, etwa mit einer üblichen Abkürzung (Str. für "
            "Straße); es wird nichts abgeschnitten.",
        ),
        (
            person(
                "Weiß",
                "Ute",
                "Gemeinnützige Nachbarschaftseinrichtungsarbeitsgemeinschaftsgesellschaft mbH",
            ),
            "liste.csv, Zeile 2: „Nachbarschaftseinrichtungsarbeitsgemeinschaftsgesellschaft“ "
            "in der Anschrift ist 105,1 mm breit; das Anschriftfeld des Briefs fasst 80 mm, und "
            "eine zu breite Zeile wird nur nach einem Leerzeichen oder Bindestrich umbrochen. "
            "Kürzen Sie die Spalte „Organisation“ dort um etwa 14 Zeichen, oder setzen Sie in "
            "der Zelle einen Zeilenumbruch an die Stelle, an der Sie es trennen wollen (in Excel "
            "mit Alt+Eingabe, in LibreOffice mit Strg+Eingabe); es wird nichts abgeschnitten.",
        ),
        (
            dataclasses.replace(
                person("Weiß", "Ute", "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen"),
                department="Abteilung IV – Wohnungswesen, Wohnungsneubau, Stadterneuerung",
                street="Württembergische Str. 6",
            ),
            "liste.csv, Zeile 2: Die Anschrift braucht 7 Zeilen (Senatsverwaltung für "
            "Stadtentwicklung, / Bauen und Wohnen / Abteilung IV – Wohnungswesen, / "
            "Wohnungsneubau, Stadterneuerung / Ute Weiß / Württembergische Str. 6 / 10117 "
            "Berlin), denn was breiter ist als das Anschriftfeld (80 mm), steht auf "
            "mehreren Zeilen: „Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen“ und "
            "„Abteilung IV – Wohnungswesen, Wohnungsneubau, Stadterneuerung“. Ins Anschriftfeld "
            "des Briefs passen 6 Zeilen. Kürzen Sie, was umbrochen ist, etwa mit einer üblichen "
            "Abkürzung (e. V.), oder lassen Sie Angaben weg oder fassen Sie sie zusammen, bis es "
            "6 Zeilen sind; es wird keine Zeile abgeschnitten.",
        ),
    ],
)
def test_what_wrapping_cannot_fit_is_refused(recipient: Person, message: str) -> None:
    (problem,) = address_problems(composed(recipient), ROW)
    assert problem.line == 2
    assert problem.message == message


OFFICE = Config(root=Path("/amt"))


@pytest.mark.parametrize(
    ("sender", "messages"),
    [
        (Sender(), []),
        (
            Sender(
                return_address="Bezirksamt Mitte von Berlin, Abteilung Soziales, Müllerstraße "
                "146, 13353 Berlin"
            ),
            [
                "/amt/pressetool.toml, Feld „letters.return_address“: Die Rücksendeangabe "
                "„Bezirksamt Mitte von Berlin, Abteilung Soziales, Müllerstraße 146, 13353 "
                "Berlin“ ist 99,2 mm breit; über dem Anschriftfeld ist Platz für 80 mm. Kürzen "
                "Sie sie um etwa 16 Zeichen."
            ],
        ),
        (
            Sender(email="petra.patz-drueke@bezirksamt-mitte.verwalt-berlin.de"),
            [
                "/amt/pressetool.toml, Feld „letters.email“: "
                "„petra.patz-drueke@bezirksamt-mitte.verwalt-berlin.de“ ist 84 mm breit; der "
                "Informationsblock des Briefs fasst 75 mm. Kürzen Sie die Angabe um etwa 6 "
                "Zeichen."
            ],
        ),
        (
            Sender(opening_hours="Mo 9–12 Uhr\nDi 9–12 Uhr\nDo 15–18 Uhr\nFr 9–12 Uhr"),
            [
                "/amt/pressetool.toml, Feld „letters.opening_hours“: Die Angabe „Sprechzeiten“ "
                "hat 4 Zeilen; in der Fußzeile des Briefs ist Platz für 3. Fassen Sie Zeilen "
                "zusammen."
            ],
        ),
        (
            Sender(
                building_address="Karl-Marx-Allee 31, 10178 Berlin (Rathaus Mitte, Eingang B)",
                opening_hours="Montag, Dienstag und Freitag von 9 bis 12 Uhr",
                transport="U-Bahn U5 Schillingstraße, Bus 248 und 347",
                bank="IBAN DE12 1005 0000 0190 0000 00",
            ),
            [
                "/amt/pressetool.toml, Feld „letters.building_address“: Die Geschäftsangaben "
                "brauchen nebeneinander 249 mm; die Fußzeile des Briefs ist 165 mm breit. Am "
                "breitesten ist die Zeile „Karl-Marx-Allee 31, 10178 Berlin (Rathaus Mitte, "
                "Eingang B)“ (75,5 mm): Kürzen Sie sie oder teilen Sie sie mit \\n auf zwei "
                'Zeilen, zum Beispiel "Mo–Fr 9–12 Uhr\\nDo 15–18 Uhr".'
            ],
        ),
    ],
)
def test_the_senders_texts_fit_their_places(sender: Sender, messages: list[str]) -> None:
    config = dataclasses.replace(OFFICE, sender=sender)
    assert [p.message for p in sender_problems(invitations(config), config)] == messages


def test_footer_columns_as_wide_as_their_lines() -> None:
    config = Config(
        sender=Sender(
            building_address="Karl-Marx-Allee 31\n10178 Berlin",
            bank="Berliner Sparkasse\nIBAN DE12 1005 0000 0190 0000 00",
        )
    )
    details = invitations(config).frame.business_details
    widths = footer_columns(details)
    assert widths is not None
    iban = text_width("IBAN DE12 1005 0000 0190 0000 00", 8)
    street = text_width("Karl-Marx-Allee 31", 8)
    assert widths[1] - widths[0] == pytest.approx(iban - street, abs=0.2)
    assert sum(widths) + 4 == pytest.approx(165)


def composed(*recipients: Person) -> Invitations:
    return invitations_for(RELEASE, *recipients)


def test_a_character_no_installed_font_has(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which characters a machine's fonts have depends on the machine: here no font has
    Chinese characters. Liberation Sans lacks Łódź's letters too, DejaVu Sans has them."""
    monkeypatch.setattr(InstalledCharacters, "has", lambda _self, char: char not in "中文")
    recipients = (
        person("Wang 中文", "Li", row=3, street="Łódzka 1"),
        person("Schmidt", "Max", "Kiezladen 中", row=4, street="Wattstr. 16"),
    )
    problems = address_problems(composed(*recipients), ROW)
    assert [problem.message for problem in problems] == [
        "liste.csv, Zeile 3: Keine auf diesem Rechner installierte Schrift hat die Zeichen "
        "„中“ (U+4E2D) und „文“ (U+6587) aus der Zeile „Li Wang 中文“ der Anschrift; der "
        "Brief würde dort ein leeres Kästchen zeigen. Ändern Sie die Spalten „Titel“, "
        "„Vorname“ und „Nachname“: Lassen Sie das Zeichen weg oder schreiben Sie lateinische "
        "Buchstaben. Oder bitten Sie die IT, eine Schrift dafür zu installieren (für "
        "Chinesisch, Japanisch und Koreanisch das Debian-Paket fonts-noto-cjk).",
        "liste.csv, Zeile 4: Keine auf diesem Rechner installierte Schrift hat das Zeichen "
        "„中“ (U+4E2D) aus der Zeile „Kiezladen 中“ der Anschrift; der Brief würde dort ein "
        "leeres Kästchen zeigen. Ändern Sie die Spalte „Organisation“: Lassen Sie das Zeichen "
        "weg oder schreiben Sie lateinische Buchstaben. Oder bitten Sie die IT, eine Schrift "
        "dafür zu installieren (für Chinesisch, Japanisch und Koreanisch das Debian-Paket "
        "fonts-noto-cjk).",
    ]


@pytest.mark.parametrize(
    ("chars", "named"),
    [
        ("中", "das Zeichen „中“ (U+4E2D)"),
        ("中文", "die Zeichen „中“ (U+4E2D) und „文“ (U+6587)"),
        (
            "一二三四五六七",
            "die Zeichen „一“ (U+4E00), „二“ (U+4E8C), „三“ (U+4E09), „四“ (U+56DB), "
            "„五“ (U+4E94) und 2 weitere",
        ),
    ],
)
def test_a_message_names_five_characters_at_most(chars: str, named: str) -> None:
    assert named_characters(chars) == named


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Nguyễn Łódź", ""),  # the letters' font has them
        ("a\u1ab0", "\u1ab0"),  # a combining mark needs a glyph too
        ("👍\ufe0f", "👍"),  # a variation selector is consumed by shaping
        ("x\u200dy\u00ad", ""),  # format characters are drawn as none
        ("Zeile\nzwei\u00a0und\u202fdrei\u3000vier", ""),  # spaces of every kind
    ],
)
def test_what_a_font_must_have(monkeypatch: pytest.MonkeyPatch, text: str, absent: str) -> None:
    """With no installed font but the letters' own: what would be an empty box."""
    monkeypatch.setattr(InstalledCharacters, "has", lambda _self, _char: False)
    assert FontCheck().absent(text) == absent
