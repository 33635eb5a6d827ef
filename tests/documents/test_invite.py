"""`pressetool invite`: the letters, the print file and the calendar file as the user gets them."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from docx import Document
from icalendar import Calendar
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from pressetool.compose.event import compose_event
from pressetool.documents.invite import InviteResult, invite, sheets_apart
from pressetool.documents.progress import terminal_progress
from pressetool.office import Config, HouseStyle
from pressetool.reading.release_reader import read_release
from pressetool.render.letters.pdf_stamp import Stamper, Swap
from tests.builders import (
    COLUMNS,
    list_text,
    long_release,
    public_out_refused,
    write_list,
    write_xlsx,
)
from tests.conftest import files_below, killed_run_left, run_main, run_pressetool
from tests.readback import REFERENCE_RELEASE, fold, libreoffice_pdf, pdf_pages, pdf_text

RECIPIENTS = [
    "Frau;Dr.;Petra;Müller;Kreativhaus e.V.;Fehrbelliner Str. 92;10119;Berlin;",
    "Herr;;Max;Schmidt;;Wattstr. 16;13355;Berlin;max@example.org",
    "divers;;Kim;Schmidt;;Seydelstr. 2;10117;Berlin;",
    ";;;;JobCenter Mitte;Seydelstr. 2-5;10117;Berlin;",
    "Frau;;Ute;Weiß;Begegnungsstätte „Mehr Mitte“;Torstr. 1;10119;Berlin;",
]
STEMS = [
    "einladung-067-2020-002-mueller",
    "einladung-067-2020-003-schmidt",
    "einladung-067-2020-004-schmidt",
    "einladung-067-2020-005-jobcenter-mitte",
    "einladung-067-2020-006-weiss",
]
MM = 72 / 25.4


@pytest.fixture(scope="module")
def mailing(tmp_path_factory: pytest.TempPathFactory) -> tuple[InviteResult, Path]:
    folder = tmp_path_factory.mktemp("invite")
    recipients = write_list(folder / "empfaenger.csv", RECIPIENTS)
    result = invite(
        REFERENCE_RELEASE, recipients, Config(), folder / "out", today=dt.date(2020, 3, 2)
    )
    return result, folder / "out/2020/067"


def test_writes_every_letter_the_print_file_and_the_calendar(
    mailing: tuple[InviteResult, Path],
) -> None:
    result, folder = mailing
    expected = [
        folder / "einladungen" / f"{stem}.{ext}" for stem in STEMS for ext in ("docx", "pdf")
    ]
    expected += [folder / "einladungen-067-2020.pdf", folder / "veranstaltung-067-2020.ics"]
    assert files_below(folder) == sorted(expected)
    assert sorted(result.written) == sorted(expected)
    assert (result.letters, result.pages) == (5, 5)
    combined = pdf_pages(folder / "einladungen-067-2020.pdf")
    assert len(combined) == 5
    for stem, page in zip(STEMS, combined, strict=True):
        assert pdf_pages(folder / "einladungen" / f"{stem}.pdf") == [page]


def font_programs(pdf: Path) -> list[bytes]:
    """Every embedded font program of `pdf` (each object once)."""
    import pikepdf

    with pikepdf.open(pdf) as document:
        return [
            bytes(obj.read_raw_bytes())
            for obj in document.objects
            if isinstance(obj, pikepdf.Stream) and "/Length1" in obj
        ]


def test_the_print_file_stores_a_font_that_letters_share_once(
    mailing: tuple[InviteResult, Path],
) -> None:
    _result, folder = mailing
    letters = [folder / "einladungen" / f"{stem}.pdf" for stem in STEMS]
    in_letters = [program for letter in letters for program in font_programs(letter)]
    in_print_file = font_programs(folder / "einladungen-067-2020.pdf")
    assert sorted(in_print_file) == sorted(set(in_letters))
    assert len(in_print_file) < len(in_letters)


@pytest.mark.parametrize(
    ("stem", "salutation", "address"),
    [
        (
            STEMS[0],
            "Sehr geehrte Frau Dr. Müller,",
            ["Kreativhaus e.V.", "Frau Dr. Petra Müller", "Fehrbelliner Str. 92", "10119 Berlin"],
        ),
        (
            STEMS[1],
            "Sehr geehrter Herr Schmidt,",
            ["Herrn Max Schmidt", "Wattstr. 16", "13355 Berlin"],
        ),
        (STEMS[2], "Guten Tag Kim Schmidt,", ["Kim Schmidt", "Seydelstr. 2", "10117 Berlin"]),
        (
            STEMS[3],
            "Sehr geehrte Damen und Herren,",
            ["JobCenter Mitte", "Seydelstr. 2-5", "10117 Berlin"],
        ),
    ],
)
def test_letter_pdf_reads_like_the_letter(
    mailing: tuple[InviteResult, Path], stem: str, salutation: str, address: list[str]
) -> None:
    _, folder = mailing
    path = folder / "einladungen" / f"{stem}.pdf"
    with pdfplumber.open(path) as pdf:
        text = fold(pdf.pages[0].extract_text())  # line by line, as a reader sees the page
    assert salutation in text
    assert address_lines(path) == address
    event = compose_event(read_release(REFERENCE_RELEASE).event, HouseStyle.BEZIRKSAMT)  # type: ignore[arg-type]
    for expected in (
        "Einladung: Voneinander wissen in Mitte – JobCenter und Nachbarschaftseinrichtungen "
        "lernen sich kennen",
        f"Datum: {event.date_with_weekday}",
        f"Uhrzeit: {fold(event.time)}",
        f"Ort: {event.venue_name} {event.venue_address}",
        "Mit freundlichen Grüßen Ephraim Gothe Bezirksstadtrat für Stadtentwicklung, Soziales "
        "und Gesundheit",
    ):
        assert expected in text
    assert "Seite" not in text
    assert "Anlage" not in text  # a paper letter cannot enclose the calendar file


def words_mm(path: Path, page: int = 0) -> list[dict[str, Any]]:
    """The words of a page with their box in mm from the top-left corner."""
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[page].extract_words(extra_attrs=["size"])
    for word in words:
        for key in ("x0", "x1", "top", "bottom"):
            word[key] /= MM
    return words


def address_lines(path: Path, tolerance: float = 0.0) -> list[str]:
    """The lines in the address zone (x 25–105, y 62.7–90 mm), checking nothing leaks out.

    `tolerance` (mm) allows for the font box that LibreOffice reports a little higher.
    """
    lines: dict[float, list[str]] = {}
    for word in words_mm(path):
        if 45 < word["top"] < 95 and word["x0"] < 110:
            if word["size"] < 9:  # the return address
                assert word["top"] >= 45 and word["bottom"] <= 50
                continue
            assert word["x0"] >= 24.9 and word["x1"] <= 105
            assert word["top"] >= 62.6 - tolerance and word["bottom"] <= 90
            lines.setdefault(round(word["top"], 1), []).append(word["text"])
    return [" ".join(words) for _, words in sorted(lines.items())]


def test_din_5008_geometry(mailing: tuple[InviteResult, Path]) -> None:
    _, folder = mailing
    path = folder / "einladungen" / f"{STEMS[0]}.pdf"
    words = words_mm(path)

    def box(text: str) -> dict[str, Any]:
        return next(w for w in words if w["text"] == text)

    assert box("Pressestelle")["bottom"] <= 45  # letterhead
    assert box("13341")["top"] >= 45 and box("13341")["bottom"] <= 50  # return address
    assert box("13341")["size"] == pytest.approx(8, abs=0.01)
    for label in ("Ansprechperson", "Datum"):  # information block
        assert box(label)["x0"] == pytest.approx(125, abs=0.2)
        assert box(label)["top"] >= 50
    assert box("Einladung:")["top"] == pytest.approx(98.5, abs=1)  # below the address field
    body = [w for w in words if w["top"] > 95]
    assert min(w["x0"] for w in body) == pytest.approx(25, abs=0.2)
    assert max(w["x1"] for w in body) <= 190
    assert fold_and_punch_marks(path) == pytest.approx([5, 105, 5, 148.5, 5, 210], abs=0.2)


def fold_and_punch_marks(path: Path) -> list[float]:
    """x and y (mm) of each short line near the left edge of the first page, top to bottom."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        marks = [m for m in page.rects + page.lines if m["x1"] < 20 * MM]
    return [v / MM for m in sorted(marks, key=lambda m: m["top"]) for v in (m["x0"], m["top"])]


def test_letter_pdfs_are_tagged(mailing: tuple[InviteResult, Path]) -> None:
    _, folder = mailing
    reader = PdfReader(folder / "einladungen" / f"{STEMS[4]}.pdf")
    catalog = reader.trailer["/Root"]
    assert isinstance(catalog, DictionaryObject)
    assert "/StructTreeRoot" in catalog
    assert str(catalog["/Lang"]) == "de-DE"
    assert reader.metadata is not None and reader.metadata.title is not None
    assert reader.metadata.title.startswith("Einladung: Voneinander wissen in Mitte")


def test_calendar_file(mailing: tuple[InviteResult, Path]) -> None:
    _, folder = mailing
    calendar = Calendar.from_ical((folder / "veranstaltung-067-2020.ics").read_bytes())
    (timezone,) = calendar.walk("VTIMEZONE")
    assert timezone["TZID"] == "Europe/Berlin"
    assert "COMMENT" not in timezone  # the library's English one
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == (
        "Voneinander wissen in Mitte – JobCenter und Nachbarschaftseinrichtungen lernen sich kennen"
    )
    assert str(event["LOCATION"]) == (
        "JobCenter Mitte – Standort Spittelmarkt, Seydelstr. 2-5, 10117 Berlin"
    )
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert (start.isoformat(), end.isoformat()) == (
        "2020-03-11T09:00:00+01:00",
        "2020-03-11T13:00:00+01:00",
    )
    assert str(start.tzinfo) == "Europe/Berlin"
    # the same office and event give the same UID, so a calendar updates the entry
    expected_uid = uuid.uuid5(
        uuid.NAMESPACE_URL, "pressetool:Bezirksamt Mitte von Berlin:veranstaltung-067-2020.ics"
    )
    assert str(event["UID"]) == f"{expected_uid}@pressetool"
    assert "DTSTAMP" in event
    assert str(event["DESCRIPTION"]).startswith(
        "Die Veranstaltung „Voneinander wissen in Mitte – JobCenter und "
        "Nachbarschaftseinrichtungen lernen sich kennen“ findet am 11.3.2020 von 9"
    )
    # Without [letters] email the office is named by its stable id, not an invented address.
    office_id = uuid.uuid5(uuid.NAMESPACE_URL, "pressetool:Bezirksamt Mitte von Berlin:")
    assert str(event["ORGANIZER"]) == f"urn:uuid:{office_id}"
    assert event["ORGANIZER"].params["CN"] == "Bezirksamt Mitte von Berlin"


def docx_words(path: Path) -> Counter[str]:
    """Every word of the DOCX body and its first page's header and footer, as read back."""
    document = Document(str(path))
    text = " ".join(p.text for p in document.paragraphs)
    return Counter(fold(text.replace("\t", " ")).split())


def test_docx_says_what_the_pdf_says(mailing: tuple[InviteResult, Path]) -> None:
    _, folder = mailing
    for stem in STEMS:
        pdf_words = Counter(fold(pdf_text(folder / "einladungen" / f"{stem}.pdf")).split())
        assert docx_words(folder / "einladungen" / f"{stem}.docx") == pdf_words


def test_docx_opens_in_libreoffice_with_the_same_geometry(
    mailing: tuple[InviteResult, Path], tmp_path: Path
) -> None:
    _, folder = mailing
    converted = libreoffice_pdf(folder / "einladungen" / f"{STEMS[0]}.docx", tmp_path)
    ours = folder / "einladungen" / f"{STEMS[0]}.pdf"
    assert Counter(fold(pdf_text(converted)).split()) == Counter(fold(pdf_text(ours)).split())
    assert address_lines(converted, tolerance=0.3) == address_lines(ours)
    words = words_mm(converted)
    subject = next(w for w in words if w["text"] == "Einladung:")
    assert subject["top"] == pytest.approx(98.5, abs=1.5)
    info = [w for w in words if w["text"] in ("Ansprechperson", "Datum")]
    assert all(w["x0"] == pytest.approx(125, abs=0.5) and w["top"] >= 49.7 for w in info)
    marks = fold_and_punch_marks(converted)
    assert marks == pytest.approx(fold_and_punch_marks(ours), abs=0.2)


AUTHORITIES = {  # row 2, 3, 4 of the list: official names too wide for one line
    "Bezirksamt Friedrichshain-Kreuzberg von Berlin": [
        "Bezirksamt Friedrichshain-Kreuzberg von",
        "Berlin",
    ],
    "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen": [
        "Senatsverwaltung für Stadtentwicklung,",
        "Bauen und Wohnen",
    ],
    "Nachbarschaftszentrum Bürger für Bürger e. V.": [
        "Nachbarschaftszentrum Bürger für",
        "Bürger e. V.",
    ],
}


@pytest.fixture(scope="module")
def authorities(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("authorities")
    rows = [f"Frau;;Ute;Weiß;{name};Torstr. 1;10119;Berlin;" for name in AUTHORITIES]
    recipients = write_list(folder / "empfaenger.csv", rows)
    invite(REFERENCE_RELEASE, recipients, Config(), folder / "out", today=dt.date(2020, 3, 2))
    return folder / "out/2020/067/einladungen"


@pytest.mark.parametrize(("row", "lines"), list(enumerate(AUTHORITIES.values(), start=2)))
def test_a_long_official_name_is_wrapped_alike_in_pdf_and_docx(
    authorities: Path, row: int, lines: list[str]
) -> None:
    (pdf,) = authorities.glob(f"einladung-067-2020-00{row}-*.pdf")
    address = [*lines, "Frau Ute Weiß", "Torstr. 1", "10119 Berlin"]
    assert address_lines(pdf) == address
    paragraphs = Document(str(pdf.with_suffix(".docx"))).paragraphs
    (paragraph,) = [p for p in paragraphs if p.style and p.style.name == "Anschrift"]
    assert paragraph.text.split("\n") == address


def test_a_wrapped_name_opens_in_libreoffice_on_the_same_lines(
    authorities: Path, tmp_path: Path
) -> None:
    (pdf,) = authorities.glob("einladung-067-2020-003-*.pdf")
    converted = libreoffice_pdf(pdf.with_suffix(".docx"), tmp_path)
    assert address_lines(converted, tolerance=0.3) == address_lines(pdf)


def test_a_letter_of_two_pages_numbers_its_later_pages(tmp_path: Path) -> None:
    release = long_release(tmp_path)
    recipients = write_list(tmp_path / "liste.csv", RECIPIENTS[:2])
    result = invite(release, recipients, Config(), tmp_path / "out")
    assert (result.letters, result.pages) == (2, 4)
    folder = tmp_path / "out/2020/067"
    pages = pdf_pages(folder / "einladungen-067-2020.pdf")
    assert [re.findall(r"Seite \d von \d", page) for page in pages] == [
        [],
        ["Seite 2 von 2"],
        [],
        ["Seite 2 von 2"],
    ]
    assert pdf_pages(folder / "einladungen" / f"{STEMS[1]}.pdf") == pages[2:]


def marked_pages(counts: list[int]) -> bytes:
    """A PDF of letters of `counts` pages, each page's content `% letter.page`."""
    with pikepdf.new() as pdf:
        for letter, count in enumerate(counts, start=1):
            for page in range(1, count + 1):
                added = pdf.add_blank_page()
                added.Contents = pdf.make_stream(f"% {letter}.{page}".encode())
        buffer = io.BytesIO()
        pdf.save(buffer)
        return buffer.getvalue()


def test_for_both_sides_every_letter_starts_on_a_sheet_of_its_own() -> None:
    """Printed on both sides, the next letter's first page stood on the back of a
    letter's last page and went into the wrong envelope."""
    counts = [3, 1, 2, 1]
    with pikepdf.open(io.BytesIO(sheets_apart(marked_pages(counts), counts))) as pdf:
        shown = [
            page.Contents.read_bytes().decode() if "/Contents" in page.obj else "leer"
            for page in pdf.pages
        ]
        assert pdf.Root.ViewerPreferences.Duplex == pikepdf.Name.DuplexFlipLongEdge
    assert shown == ["% 1.1", "% 1.2", "% 1.3", "leer", "% 2.1", "leer", "% 3.1", "% 3.2", "% 4.1"]


def test_a_mailing_of_letters_of_two_pages_is_printed_on_both_sides(tmp_path: Path) -> None:
    result = invite(
        long_release(tmp_path),
        write_list(tmp_path / "l.csv", RECIPIENTS[:2]),
        Config(),
        tmp_path / "out",
    )
    assert result.duplex
    with pikepdf.open(tmp_path / "out/2020/067/einladungen-067-2020.pdf") as pdf:
        assert len(pdf.pages) == 4  # even: no blank page needed
        assert pdf.Root.ViewerPreferences.Duplex == pikepdf.Name.DuplexFlipLongEdge


def test_a_mailing_of_one_page_letters_is_printed_on_one_side(
    mailing: tuple[InviteResult, Path],
) -> None:
    result, folder = mailing
    assert not result.duplex
    with pikepdf.open(folder / "einladungen-067-2020.pdf") as pdf:
        assert len(pdf.pages) == 5 and "/ViewerPreferences" not in pdf.Root


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (
            20,
            "\rEinladungen [..............................] 0/20"
            "\rEinladungen [###############...............] 10/20"
            "\rEinladungen [##############################] 20/20\n",
        ),
        (5, ""),
    ],
)
def test_progress_bar_on_a_terminal(total: int, expected: str) -> None:
    terminal = FakeTerminal()
    show = terminal_progress(terminal, "Einladungen")
    assert show is not None
    for done in sorted({0, total // 2, total}):
        show(done, total)
    assert terminal.getvalue() == expected


def test_no_progress_bar_off_a_terminal() -> None:
    assert terminal_progress(io.StringIO(), "Einladungen") is None


def test_command_with_an_excel_list(office: Path) -> None:
    write_xlsx(
        office / "liste.xlsx",
        [COLUMNS, ["Frau", None, "Petra", "Müller", None, "Prager Str. 1", 1067, "Dresden", None]],
    )
    args = ("--recipients", "liste.xlsx", "--date", "2020-03-02")  # before the event
    result = run_pressetool("invite", REFERENCE_RELEASE, *args, cwd=office)
    assert result.status == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "Hinweis: liste.xlsx, Zeile 2: Spalte „PLZ“: Excel hat die Postleitzahl als Zahl 1067 "
        "gespeichert; verwendet wird 01067. Formatieren Sie die Spalte in Excel als Text.",
        "1 Einladung (1 Seite) als PDF und DOCX in intern/2020/067/einladungen/, alle Briefe "
        "zum Drucken in intern/2020/067/einladungen-067-2020.pdf, Kalendereintrag "
        "intern/2020/067/veranstaltung-067-2020.ics.",
        "Drucken Sie die Druckdatei einseitig: Jeder Brief hat eine Seite, beidseitig stünde "
        "der nächste Brief auf der Rückseite.",
        "1 Brief wurde einzeln gesetzt.",
    ]
    letter = office / "intern/2020/067/einladungen/einladung-067-2020-002-mueller.pdf"
    assert "01067 Dresden" in address_lines(letter)
    assert files_below(office / "output") == []  # names and addresses are never public


COPIES = "nach ihrem Vorbild, jeder mit eigener Anschrift und Anrede."


@pytest.mark.parametrize(
    ("recipients", "splice", "last_line"),
    [
        (5, "works", f"2 Briefe wurden ganz gesetzt, die übrigen 3 {COPIES}"),
        (3, "works", f"2 Briefe wurden ganz gesetzt, der übrige {COPIES}"),
        (5, "fails", "5 Briefe wurden einzeln gesetzt."),
    ],
)
def test_command_tells_how_many_letters_were_laid_out_in_full(
    office: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    recipients: int,
    splice: str,
    last_line: str,
) -> None:
    """The letters are laid out in full only when the splice fails (here: an
    error it does not expect), and the last line says so."""
    write_list(office / "liste.csv", RECIPIENTS[:recipients])
    monkeypatch.chdir(office)
    # Two cores: the letters go in two chunks (one per core), each with one letter laid
    # out in full.
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    if splice == "fails":

        def fail(self: Stamper, swaps: list[Swap]) -> bytes:
            raise KeyError("/StructParents")

        monkeypatch.setattr(Stamper, "stamp", fail)
    status, out, err = run_main(
        capsys, "invite", str(REFERENCE_RELEASE), "--recipients", "liste.csv"
    )
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == last_line
    letters = office / "intern/2020/067/einladungen"
    for stem in STEMS[:recipients]:
        assert address_lines(letters / f"{stem}.pdf")


def test_bad_list_and_release_without_event_write_nothing(office: Path) -> None:
    source = REFERENCE_RELEASE.read_text(encoding="utf-8")
    without_event = re.sub(r"(?ms)^event:.*?(?=^contacts:)", "", source)
    release = office / "releases/2020/067-ohne-veranstaltung.yaml"
    release.parent.mkdir(parents=True)
    release.write_text(without_event, encoding="utf-8")
    write_list(office / "liste.csv", [RECIPIENTS[0], "Fr.;;;;;Str. 1;1067;Berlin;"])
    result = run_pressetool("invite", release, "--recipients", "liste.csv", cwd=office)
    assert result.status == 1
    assert result.stderr.splitlines() == [
        "Fehler: liste.csv, Zeile 3: Die Zeile nennt weder einen Nachnamen noch eine "
        "Organisation. Tragen Sie in der Spalte „Nachname“ oder „Organisation“ etwas ein, oder "
        "löschen Sie die Zeile.",
        "Fehler: liste.csv, Zeile 3: Spalte „Anrede“: „Fr.“ ist keine Anrede. Schreiben Sie "
        "Frau, Herr, divers oder lassen Sie das Feld leer. Auch Familie, Firma und Frau oder "
        "Herr mit abgekürztem Titel (Frau Dr., Herr Prof. Dr.) gehen.",
        "Fehler: liste.csv, Zeile 3: Spalte „PLZ“: „1067“ ist keine Postleitzahl. Schreiben Sie "
        "fünf Ziffern, zum Beispiel 10117 oder 01067 (in Excel als Text formatiert, damit die "
        "führende Null bleibt). Eine Anschrift im Ausland kann pressetool nicht setzen: Nehmen "
        "Sie die Zeile aus der Liste und schreiben Sie diesen Brief von Hand.",
        f"Fehler: {release}, Feld „event“: Die Pressemitteilung beschreibt keine Veranstaltung, "
        "daher gibt es nichts, wozu eingeladen werden kann. Tragen Sie unter event Titel "
        "(title), Datum (date), Beginn (start) und Ort (venue) ein.",
        "4 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]
    assert files_below(office / "output") == files_below(office / "intern") == []


def test_recipients_are_required() -> None:
    result = run_pressetool("invite", REFERENCE_RELEASE)
    assert result.status == 2
    assert "--recipients" in result.stderr


def test_a_name_no_installed_font_can_show_writes_nothing(office: Path) -> None:
    """An empty box instead of a letter of the recipient's name: an error of its row."""
    name = "Nachname\U0010fffd"
    write_list(
        office / "liste.csv",
        [RECIPIENTS[0], f"Herr;;Max;{name};;Wattstr. 16;13355;Berlin;"],
        encoding="utf-8",
    )
    result = run_pressetool("invite", REFERENCE_RELEASE, "--recipients", "liste.csv", cwd=office)
    assert result.status == 1
    assert result.stderr.splitlines() == [
        "Fehler: liste.csv, Zeile 3: Keine auf diesem Rechner installierte Schrift hat das "
        f"Zeichen „\U0010fffd“ (U+10FFFD) aus der Zeile „Herrn Max {name}“ der Anschrift; der "
        "Brief würde dort ein leeres Kästchen zeigen. Ändern Sie die Spalten „Titel“, "
        "„Vorname“ und „Nachname“: Lassen Sie das Zeichen weg oder schreiben Sie lateinische "
        "Buchstaben. Oder bitten Sie die IT, eine Schrift dafür zu installieren (für "
        "Chinesisch, Japanisch und Koreanisch das Debian-Paket fonts-noto-cjk).",
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]
    assert files_below(office / "output") == files_below(office / "intern") == []


def test_a_later_run_leaves_only_its_own_letters(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A shorter list: the letters of the rows no longer on it go, with the new ones in
    place (the web app zips the whole folder); a run that fails leaves the letters be."""
    monkeypatch.chdir(office)
    letters = office / "intern/2020/067/einladungen"
    write_list(office / "liste.csv", RECIPIENTS)
    assert run_main(capsys, "invite", str(REFERENCE_RELEASE), "--recipients", "liste.csv")[0] == 0
    write_list(office / "liste.csv", RECIPIENTS[3:])
    assert run_main(capsys, "invite", str(REFERENCE_RELEASE), "--recipients", "liste.csv")[0] == 0
    expected = [
        letters / f"einladung-067-2020-{stem}.{ext}"
        for stem in ("002-jobcenter-mitte", "003-weiss")
        for ext in ("docx", "pdf")
    ]
    assert files_below(letters) == expected
    before = {path: path.read_bytes() for path in files_below(office / "intern")}
    write_list(office / "liste.csv", ["Fr.;;Petra;Müller;;Str. 1;10117;Berlin;"])
    assert run_main(capsys, "invite", str(REFERENCE_RELEASE), "--recipients", "liste.csv")[0] == 1
    assert {path: path.read_bytes() for path in files_below(office / "intern")} == before


@pytest.mark.parametrize(
    ("recipients", "error"),
    [
        (
            list_text(["Fr.;;Petra;Müller;;Str. 1;10117;Berlin;"]).encode("cp1252"),
            "Fehler: liste.csv, Zeile 2: Spalte „Anrede“: „Fr.“ ist keine Anrede.",
        ),
        (
            b"\x00\x01\x02 kein Text",
            "Fehler: liste.csv: Die Datei ist weder eine Excel-Tabelle (.xlsx) noch eine "
            "CSV-Datei.",
        ),
    ],
    ids=["an error of a row", "no list"],
)
def test_every_run_removes_the_letters_a_killed_run_left(
    office: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    recipients: bytes,
    error: str,
) -> None:
    """A killed `invite` (kill -9) leaves its staged letters, with names and addresses,
    hidden in the folder: the next run removes them at its start, also one that fails on
    the list; not those of a run that still works."""
    folder = office / "intern/2020/067"
    killed_run_left(folder, "einladungen-067-2020.pdf", "veranstaltung-067-2020.ics")
    killed_run_left(folder / "einladungen", "einladung-067-2020-002-mueller.pdf")
    running = killed_run_left(folder / "einladungen", "einladung-x.pdf", pid=os.getppid())
    (office / "liste.csv").write_bytes(recipients)
    monkeypatch.chdir(office)
    args = ("invite", str(REFERENCE_RELEASE), "--recipients", "liste.csv")
    status, out, err = run_main(capsys, *args)
    assert (status, out) == (1, "")
    assert err.startswith(error)
    assert err.endswith("\n1 Fehler gefunden. Es wurde keine Datei geschrieben.\n")
    assert files_below(office / "intern") == running


@pytest.mark.parametrize("out", ["output", "output/briefe", "output/../output"])
def test_letters_never_go_to_the_public_folder(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], out: str
) -> None:
    monkeypatch.chdir(office)
    write_list(office / "liste.csv", RECIPIENTS[:1])
    args = ("invite", str(REFERENCE_RELEASE), "--recipients", "liste.csv", "--out", out)
    status, stdout, stderr = run_main(capsys, *args)
    assert (status, stdout) == (1, "")
    assert stderr.splitlines() == [
        f"Fehler: Option „--out“: {public_out_refused(out)}",
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]
    assert files_below(office) == [office / "liste.csv", office / "pressetool.toml"]


def test_help_says_where_the_letters_go() -> None:
    result = run_pressetool("invite", "--help")
    assert result.status == 0
    help_text = " ".join(result.stdout.split())
    assert (
        "--out ORDNER Zielordner (Voreinstellung: der interne Ordner intern/, [paths] internal "
        "in pressetool.toml); nie der öffentliche Ordner output/ oder ein Ordner darin, denn "
        "die Briefe enthalten Namen und Anschriften"
    ) in help_text


def test_every_problem_of_the_list_in_one_run(
    office: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row without postcode, one no font can show and one too wide: one round, not three."""
    wide = "Gemeinnützige Nachbarschaftseinrichtungsarbeitsgemeinschaftsgesellschaft mbH"
    write_list(
        office / "liste.csv",
        [
            "Herr;;Max;Schmidt\U0010fffd;;Wattstr. 16;13355;Berlin;",
            "Herr;;Max;Schmidt;;Wattstr. 16;;Berlin;",
            f";;;;{wide};Seydelstr. 2-5;10117;Berlin;",
        ],
        encoding="utf-8",
    )
    monkeypatch.chdir(office)
    args = ("invite", str(REFERENCE_RELEASE), "--recipients", "liste.csv")
    status, _out, err = run_main(capsys, *args)
    assert status == 1
    errors = err.splitlines()
    assert [line[: len("Fehler: liste.csv, Zeile 2: ")] for line in errors[:-1]] == [
        "Fehler: liste.csv, Zeile 2: ",
        "Fehler: liste.csv, Zeile 3: ",
        "Fehler: liste.csv, Zeile 4: ",
    ]
    assert "Keine auf diesem Rechner installierte Schrift hat das Zeichen" in errors[0]
    assert "In der Spalte „PLZ“ fehlt der Wert" in errors[1]
    assert "in der Anschrift ist 105,1 mm breit" in errors[2]
    assert errors[-1] == "3 Fehler gefunden. Es wurde keine Datei geschrieben."
    assert files_below(office / "intern") == []
