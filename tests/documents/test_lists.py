"""`pressetool lists` on the command line: paths printed, German errors, nothing half-written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pressetool.cli import main
from tests.builders import COLUMNS, list_text, public_out_refused, write_list, write_xlsx
from tests.conftest import files_below, killed_run_left, run_pressetool
from tests.readback import REFERENCE_RELEASE, pdf_text

WITHOUT_EVENT = """\
number: 1
date: 2020-01-02
title: Neue Sprechzeiten
issuer: {article: das, office: Bezirksamt Mitte}
body: Das Bürgeramt öffnet früher.
"""


@pytest.fixture
def release(office: Path) -> Path:
    target = office / "releases" / "2020" / REFERENCE_RELEASE.name
    target.parent.mkdir()
    shutil.copy(REFERENCE_RELEASE, target)
    return target


def run(office: Path, *args: str | Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.chdir(office)
    return main(["lists", *map(str, args)])


def test_lists_writes_four_documents_and_names_them(
    office: Path, release: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    registrations = write_xlsx(
        office / "anmeldungen.xlsx",
        [COLUMNS, ["Herr", None, "Max", "Schmidt", None, "Ring 1", "1010", "Wien", None]],
    )
    status = run(office, release, "--registrations", registrations.name, monkeypatch=monkeypatch)
    out = capsys.readouterr().out.splitlines()
    assert status == 0  # an address abroad: no list prints it
    assert out == [
        "intern/2020/067/teilnehmendenliste-067-2020.pdf",
        "intern/2020/067/teilnehmendenliste-067-2020.docx",
        "intern/2020/067/anwesenheitsliste-067-2020.pdf",
        "intern/2020/067/anwesenheitsliste-067-2020.docx",
    ]
    assert files_below(office / "output") == []  # personal data is never public
    assert [p.name for p in files_below(office / "intern")] == [
        "anwesenheitsliste-067-2020.docx",
        "anwesenheitsliste-067-2020.pdf",
        "teilnehmendenliste-067-2020.docx",
        "teilnehmendenliste-067-2020.pdf",
    ]


BAD_ROWS = list_text(
    ["Fr.;;Petra;Müller;;;1234x;;", ";;Kim;;;;;;", f"Herr;;Max;Schmidt;{'K' * 201};;;;"]
)
"""Errors in what the sign-in sheet prints; not the postcode, which it does not."""


@pytest.mark.parametrize(
    ("files", "errors"),
    [
        (
            {"releases/2020/001-sprechzeiten.yaml": WITHOUT_EVENT},
            [
                "releases/2020/001-sprechzeiten.yaml, Feld „event“: Die Pressemitteilung "
                "beschreibt keine Veranstaltung, daher gibt es keine Teilnehmenden- und keine "
                "Anwesenheitsliste. Tragen Sie unter event Titel (title), Datum (date), Beginn "
                "(start) und Ort (venue) ein."
            ],
        ),
        (
            {"anmeldungen.csv": BAD_ROWS},
            [
                "anmeldungen.csv, Zeile 2: Spalte „Anrede“: „Fr.“ ist keine Anrede. Schreiben "
                "Sie Frau, Herr, divers oder lassen Sie das Feld leer.",
                "anmeldungen.csv, Zeile 3: Die Zeile nennt weder einen Nachnamen noch eine "
                "Organisation. Tragen Sie in der Spalte „Nachname“ oder „Organisation“ etwas "
                "ein, oder löschen Sie die Zeile.",
                "anmeldungen.csv, Zeile 4: Spalte „Organisation“: Die Zelle ist 201 Zeichen lang;",
            ],
        ),
        (
            {
                "releases/2020/001-sprechzeiten.yaml": WITHOUT_EVENT,
                "anmeldungen.csv": list_text([";;Kim;;;;;;"]),
            },
            [
                "anmeldungen.csv, Zeile 2: Die Zeile nennt weder einen Nachnamen",
                "releases/2020/001-sprechzeiten.yaml, Feld „event“: Die Pressemitteilung "
                "beschreibt keine Veranstaltung",
            ],
        ),
        (
            {"anmeldungen.csv": "Anrede;Vorname;Name;Organisation\nFrau;Petra;Müller;\n"},
            [
                "anmeldungen.csv, Zeile 1: Die Spalte „Nachname“ fehlt. Heißt sie „Name“? "
                "Schreiben Sie die Überschrift „Nachname“."
            ],
        ),
        (
            # a character that no installed font has: an empty box on the sign-in sheet
            {"anmeldungen.csv": list_text(["Herr;Dr.;Max;Schmidt;Kiezladen \U0010fffd;;;;"])},
            [
                "anmeldungen.csv, Zeile 2: Spalte „Organisation“: Für das Zeichen „\U0010fffd“ "
                "(U+10FFFD) aus „Kiezladen \U0010fffd“ hat die Anwesenheitsliste keine Schrift; "
                "sie würde dort ein leeres Kästchen zeigen. Lassen Sie das Zeichen weg oder "
                "schreiben Sie lateinische Buchstaben. Oder bitten Sie die IT, eine "
                "TrueType-Schrift (.ttf) mit dem Zeichen zu installieren."
            ],
        ),
        (
            # every problem of the list in one run: a row's error, another row's font
            {
                "anmeldungen.csv": list_text(
                    ["Fr.;;Petra;Müller;;;;;", "Herr;Dr.;Max;Schmidt;Kiezladen \U0010fffd;;;;"]
                )
            },
            [
                "anmeldungen.csv, Zeile 2: Spalte „Anrede“: „Fr.“ ist keine Anrede.",
                "anmeldungen.csv, Zeile 3: Spalte „Organisation“: Für das Zeichen „\U0010fffd“ "
                "(U+10FFFD) aus „Kiezladen \U0010fffd“ hat die Anwesenheitsliste keine Schrift;",
            ],
        ),
        (
            {"pressetool.toml": '[privacy_notice]\ndeletion = ["bald"]\n'},
            [
                "pressetool.toml, Zeile 2, Feld „privacy_notice.deletion“: Hier gehört ein Text in "
                "Anführungszeichen hin"
            ],
        ),
    ],
)
def test_wrong_input_is_named_and_nothing_written(
    office: Path,
    release: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    errors: list[str],
) -> None:
    for name, text in files.items():
        (office / name).write_text(text, encoding="utf-8")
    release_file = next((n for n in files if n.endswith(".yaml")), None)
    args: list[str | Path] = [office / release_file if release_file else release]
    if "anmeldungen.csv" in files:
        args += ["--registrations", "anmeldungen.csv"]
    status = run(office, *args, monkeypatch=monkeypatch)
    stderr = capsys.readouterr().err.replace(f"{office}/", "").splitlines()
    assert status == 1
    assert len(stderr) == len(errors) + 1
    for line, error in zip(sorted(stderr[:-1]), errors, strict=True):
        assert line.startswith(f"Fehler: {error}")
    assert stderr[-1].endswith("Fehler gefunden. Es wurde keine Datei geschrieben.")
    assert files_below(office / "output") == files_below(office / "intern") == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["lists"], "diese Angaben fehlen: DATEI.yaml"),
        (["lists", "x.yaml", "--blank-rows", "zehn"], "„zehn“ ist keine Anzahl"),
        (["lists", "x.yaml", "--blank-rows", "-1"], "„-1“ ist keine Anzahl"),
        (
            ["lists", "x.yaml", "--blank-rows", "99999999999"],
            "„99999999999“ ist keine Anzahl von 0 bis 1.000. Schreiben Sie eine ganze Zahl von "
            "0 bis 1.000, zum Beispiel 20.",
        ),
        (["lists", "x.yaml", "--blank-rows", "1001"], "„1001“ ist keine Anzahl von 0 bis 1.000"),
        (["lists", "x.yaml", "--blank-rows", "١٢"], "„١٢“ ist keine Anzahl"),
    ],
)
def test_wrong_usage_exits_2_in_german(args: list[str], words: str) -> None:
    result = run_pressetool(*args)
    assert result.status == 2
    assert words in result.stderr


def test_help_names_both_lists_in_german() -> None:
    result = run_pressetool("lists", "--help")
    assert result.status == 0
    for words in ("Aufruf: pressetool lists", "Anwesenheitsliste", "--blank-rows ANZAHL"):
        assert words in result.stdout


def test_every_run_removes_the_lists_a_killed_run_left(
    office: Path, release: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A killed `lists` leaves its staged lists, with the names of the registered, hidden
    in the folder: the next run removes them at its start, also one that fails on the
    list."""
    folder = office / "intern/2020/067"
    killed_run_left(folder, "anwesenheitsliste-067-2020.pdf", "teilnehmendenliste-067-2020.docx")
    registrations = office / "anmeldungen.csv"
    registrations.write_text(BAD_ROWS, encoding="cp1252")
    status = run(office, release, "--registrations", registrations.name, monkeypatch=monkeypatch)
    assert status == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "3 Fehler gefunden. Es wurde keine Datei geschrieben."
    )
    assert files_below(office / "intern") == []


@pytest.mark.parametrize("out", ["output", "output/listen"])
def test_lists_never_go_to_the_public_folder(
    office: Path,
    release: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    out: str,
) -> None:
    status = run(office, release, "--out", out, monkeypatch=monkeypatch)
    assert status == 1
    assert capsys.readouterr().err.splitlines() == [
        f"Fehler: Option „--out“: {public_out_refused(out)}",
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]
    assert files_below(office / "output") == files_below(office / "intern") == []


def test_help_says_where_the_lists_go() -> None:
    result = run_pressetool("lists", "--help")
    assert result.status == 0
    assert (
        "--out ORDNER Zielordner (Voreinstellung: der interne Ordner intern/, [paths] internal "
        "in pressetool.toml); nie der öffentliche Ordner output/ oder ein Ordner darin, denn "
        "die Listen enthalten Namen und Anschriften"
    ) in " ".join(result.stdout.split())


def test_a_person_registered_twice_is_noted(
    office: Path, release: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    registrations = office / "anmeldungen.csv"
    registrations.write_text(
        list_text(["Herr;;Max;Schmidt;Kiezladen;;;;", "herr;;max; schmidt;KIEZLADEN;;;;"]),
        encoding="utf-8",
    )
    status = run(office, release, "--registrations", registrations.name, monkeypatch=monkeypatch)
    assert status == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "Hinweis: anmeldungen.csv: Zeile 3 ist dieselbe Person wie Zeile 2 (gleicher Name, "
        "gleiche Organisation): Sie stünde zweimal auf der Anwesenheitsliste. Löschen Sie eine "
        "der beiden Zeilen, wenn das nicht gewollt ist."
    )


def test_the_sign_in_sheets_last_page_is_full_also_with_rows_of_several_lines(
    office: Path, release: Path
) -> None:
    """A long Einrichtung takes two lines: such rows fill a page before 13 do."""
    import pdfplumber

    from pressetool.documents.lists import make_lists
    from pressetool.office import load_config

    long = "Arbeitsgemeinschaft der Nachbarschaftseinrichtungen in Berlin-Mitte e. V."
    rows = [f"Frau;;Erika;Muster{n};{long};Bergstr. 1;10115;Berlin;" for n in range(31)]
    registrations = write_list(office / "anmeldungen.csv", rows)
    config = load_config(office)

    def sheet(blank_rows: int | None) -> tuple[int, int]:
        """The sheet's pages and the number of its last row."""
        result = make_lists(release, config, registrations=registrations, blank_rows=blank_rows)
        pdf = next(path for path in result.written if path.name == "anwesenheitsliste-067-2020.pdf")
        with pdfplumber.open(pdf) as sheet:  # the row numbers stand in the first column
            first_column = [w for w in sheet.pages[-1].extract_words() if w["x0"] < 60]
            return len(sheet.pages), max(
                int(w["text"]) for w in first_column if w["text"].isdigit()
            )

    pages, last = sheet(None)
    assert last - 31 >= 10
    assert sheet(last - 31) == (pages, last)
    assert sheet(last - 31 + 1)[0] == pages + 1  # one row more needs a new page


def test_the_sign_in_sheet_files_letters_without_a_decomposition_under_their_base_letter(
    office: Path, release: Path
) -> None:
    """DIN 5007-2, as the README promises: accents do not count, ü counts as ue (Müller
    before Muller). Ł, Ø, Đ are letters with a stroke, not a letter and an accent
    (Unicode does not decompose them), and Æ is a ligature: still Ł under L, Ø under O,
    Đ under D, Æ as AE, in the PDF and in the DOCX."""
    from docx import Document

    from pressetool.documents.lists import make_lists
    from pressetool.office import load_config

    names = ["Østergaard", "Zander", "Łukasiewicz", "Ørsted", "Đorđević", "Bismarck"]
    names += ["Æbelø", "Ostermann", "Lukas", "Dorn", "Adler", "Müller", "Muller"]
    registrations = write_list(
        office / "anmeldungen.csv", [f"Frau;;Ida;{name};;;;;" for name in names], "utf-8"
    )
    result = make_lists(release, load_config(office), registrations=registrations)
    written = {path.name: path for path in result.written}
    expected = ["Adler", "Æbelø", "Bismarck", "Đorđević", "Dorn", "Lukas", "Łukasiewicz"]
    expected += ["Müller", "Muller", "Ørsted", "Østergaard", "Ostermann", "Zander"]
    pdf = pdf_text(written["anwesenheitsliste-067-2020.pdf"], raw=True)
    assert re.findall(r"^\d+ (\S+) Ida$", pdf, re.MULTILINE) == expected
    table = Document(str(written["anwesenheitsliste-067-2020.docx"])).tables[0]
    assert [row.cells[1].text for row in table.rows[1 : len(names) + 1]] == expected


def test_double_spaces_stand_as_one_on_the_sign_in_sheet_in_pdf_and_docx(
    office: Path, release: Path
) -> None:
    """`Meier  Schulz` from a spreadsheet: the PDF shows one space (HTML collapses them),
    and so does the DOCX."""
    from docx import Document

    from pressetool.documents.lists import make_lists
    from pressetool.office import load_config

    registrations = write_list(
        office / "anmeldungen.csv", ["Frau;;Ida  Maria;Meier  Schulz;Verein \t Nord;;;;"]
    )
    result = make_lists(release, load_config(office), registrations=registrations)
    written = {path.name: path for path in result.written}
    pdf = pdf_text(written["anwesenheitsliste-067-2020.pdf"], raw=True)
    assert re.findall(r"^1 (.+)$", pdf, re.MULTILINE) == ["Meier Schulz Ida Maria Verein Nord"]
    table = Document(str(written["anwesenheitsliste-067-2020.docx"])).tables[0]
    assert [cell.text for cell in table.rows[1].cells[1:4]] == [
        "Meier Schulz",
        "Ida Maria",
        "Verein Nord",
    ]


WRAPPING = (
    "Arbeitsgemeinschaft",
    "Mehrgenerationenhaus",
    "Bezirksverordnetenversammlung",
    "Stadtteilkoordination",
    "Quartiersmanagement",
)
"""Words each as long as a line of the Einrichtung column: n of them wrap to n lines."""


@pytest.mark.parametrize("where", [0, 23])
@pytest.mark.parametrize("lines", [1, 2, 3, 4, 5])
def test_the_sign_in_sheet_ends_with_the_page_that_holds_the_tenth_blank_row(
    office: Path, release: Path, lines: int, where: int
) -> None:
    """24 registrations, one of them with an Einrichtung of 1 to 5 lines (first or last
    in the list): at least 10 blank rows, the last page full, and no page more than the
    10 need (a 5-line row takes the room of about 2.4 rows: 4 pages, 27 blank rows were
    made where 3 pages with 14 hold them)."""
    import pdfplumber

    from pressetool.documents.lists import make_lists
    from pressetool.office import load_config

    rows = [f"Frau;;Erika;Muster{n:02d};Kiezladen;;;;" for n in range(24)]
    rows[where] = f"Frau;;Erika;Muster{where:02d};{' '.join(WRAPPING[:lines])};;;;"
    registrations = write_list(office / "anmeldungen.csv", rows)
    config = load_config(office)

    def sheet(blank_rows: int | None) -> list[list[int]]:
        """The row numbers on each page of the sheet, and the lines the Einrichtung took."""
        result = make_lists(release, config, registrations=registrations, blank_rows=blank_rows)
        pdf = next(path for path in result.written if path.name == "anwesenheitsliste-067-2020.pdf")
        with pdfplumber.open(pdf) as document:  # the row numbers stand in the first column
            words = [page.extract_words() for page in document.pages]
        tops = {round(w["top"]) for page in words for w in page if w["text"] in WRAPPING[:lines]}
        assert len(tops) == lines
        return [
            [int(w["text"]) for w in page if w["x0"] < 60 and w["text"].isdigit()] for page in words
        ]

    pages = sheet(None)
    numbers = [n for page in pages for n in page]
    assert numbers == list(range(1, len(numbers) + 1))
    blank = len(numbers) - 24
    assert blank >= 10
    assert blank - len(pages[-1]) < 10  # without the last page, fewer than 10 blank rows
    assert len(sheet(blank + 1)) == len(pages) + 1  # the last page is full
    assert len(pages) == 3


def test_lists_of_a_withdrawn_release_are_made_with_a_hint(
    office: Path, release: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = release.read_text(encoding="utf-8")
    release.write_text(
        text + "status: withdrawn\nwithdrawal: {date: 2020-03-05, reason: Sie fällt aus.}\n",
        encoding="utf-8",
    )
    status = run(office, release, monkeypatch=monkeypatch)
    out = capsys.readouterr().out.splitlines()
    assert status == 0
    assert out[0] == (
        f"Hinweis: {release}, Feld „status“: Die Pressemitteilung Nr. "
        "067/2020 ist zurückgezogen; die Listen sind trotzdem geschrieben. Prüfen Sie, ob die "
        "Veranstaltung stattfindet."
    )
