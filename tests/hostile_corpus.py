"""The corpus of hostile and messy files (issue 10), one or more per family.

Each case is an office folder's files, one command, the exit status and a part of
the message it must print. `tests/test_hostile_corpus.py` runs every case as a
press officer would (a new process, `python -m pressetool`), and
`scripts/bench_bounds.py` (`make bench-bounds`) measures the time and peak memory
of each. The files are built here rather than stored, so that a zip bomb or a
300 KB release does not sit in the repository.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from tests.builders import (
    COLUMNS,
    inserted_after,
    list_text,
    with_broken_part,
    with_part,
    with_shared_strings,
    with_sheet_xml,
    xlsx_bytes,
)

PROJECT = Path(__file__).resolve().parents[1]
REFERENCE = (PROJECT / "releases/2020/067-voneinander-wissen-in-mitte.yaml").read_text(
    encoding="utf-8"
)
TITLE_LINE = REFERENCE.splitlines()[3]
EVENT_TITLE_LINE = next(line for line in REFERENCE.splitlines() if line.startswith("  title:"))
RELEASE = "releases/2020/067-fall.yaml"
RECIPIENT = "Frau;;Eva;Ende;;Weg 1;10115;Berlin;"


@dataclass(frozen=True)
class Case:
    family: str
    name: str
    files: Mapping[str, bytes]
    command: tuple[str, ...]
    status: int
    expected: str
    """A part of standard error (or of standard output when the command succeeds)."""
    config: str = field(default="", repr=False)
    """The case's own `pressetool.toml`; empty: the project's."""


def release(text: str) -> dict[str, bytes]:
    return {RELEASE: text.encode("utf-8")}


def reference_with(old: str, new: str) -> dict[str, bytes]:
    assert old in REFERENCE
    return release(REFERENCE.replace(old, new, 1))


BUILD = ("build", RELEASE, "--out", "out")


def invite_with(list_name: str, data: bytes) -> tuple[dict[str, bytes], tuple[str, ...]]:
    files = {**release(REFERENCE), list_name: data}
    return files, ("invite", RELEASE, "--recipients", list_name, "--out", "out")


def csv_list(*rows: str) -> bytes:
    return list_text(rows).encode("utf-8")


def hidden_first_sheet(workbook: Workbook) -> None:
    old = workbook.active
    assert old is not None
    old.title = "Alt"
    old.append(COLUMNS)
    old.append(["Herr", None, "Falsch", "Falsch", None, "Weg 9", "10115", "Berlin"])
    old.sheet_state = "hidden"
    sheet = workbook.create_sheet("Einladung")
    sheet.append(COLUMNS)
    sheet.append(RECIPIENT.split(";"))
    sheet.append(["Herr", None, "Max", "Versteckt", None, "Weg 2", "10115", "Berlin"])
    sheet.row_dimensions[3].hidden = True
    workbook.active = 1


def zip_bomb() -> bytes:
    """A 0.3 MB XLSX that unpacks to 110 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            for _ in range(110):
                member.write(b"<row/>" * 175_000)
    return buffer.getvalue()


def recipient_sheet(where: str, insert: str, times: int = 1) -> bytes:
    """An XLSX of one recipient whose sheet XML has `insert` (`times` over) after `where`."""
    return with_sheet_xml(
        xlsx_bytes(one_recipient(RECIPIENT)), inserted_after(where, insert * times)
    )


def shared_strings(change: Callable[[bytes], bytes]) -> bytes:
    """An XLSX of one recipient, its texts in shared strings as Excel stores them, changed
    by `change`."""
    data = with_shared_strings(xlsx_bytes(one_recipient(RECIPIENT)))
    return with_part(data, "xl/sharedStrings.xml", change)


def with_empty_parts(count: int) -> bytes:
    """An XLSX of one recipient with `count` empty parts more."""
    buffer = io.BytesIO(xlsx_bytes(one_recipient(RECIPIENT)))
    with zipfile.ZipFile(buffer, "a") as archive:
        for number in range(count):
            archive.writestr(f"leer{number}", b"")
    return buffer.getvalue()


def styles_with(elements: str) -> bytes:
    """An XLSX of one recipient with `elements` among the cell formats of its styles."""
    data = xlsx_bytes(one_recipient(RECIPIENT))
    return with_part(data, "xl/styles.xml", inserted_after("</cellXfs>", elements))


def attributes(count: int) -> str:
    """An element of `count` attributes."""
    return "<x " + " ".join(f'a{n}=""' for n in range(count)) + "/>"


def one_recipient(recipient: str) -> Callable[[Workbook], None]:
    """What fills a workbook with the headers and the row `recipient` (cells by `;`)."""

    def fill(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet.append(COLUMNS)
        sheet.append(recipient.split(";"))

    return fill


def deep_yaml(depth: int) -> str:
    return "a:\n" + "".join("  " * level + "- \n" for level in range(1, depth))


ALIAS_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)
ALIAS_BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + ALIAS_BOMB


def cases() -> list[Case]:
    """Every case, grouped by family (the numbers of issue 10)."""
    found: list[Case] = []

    def add(
        family: str,
        name: str,
        files: Mapping[str, bytes],
        status: int,
        expected: str,
        command: tuple[str, ...] | None = None,
        config: str = "",
    ) -> None:
        found.append(Case(family, name, files, command or BUILD, status, expected, config))

    # 1 characters
    add(
        "1 Zeichen",
        "BEL im Namen",
        reference_with("Ephraim Gothe", "Ephraim\aGothe"),
        1,
        "Zeile 9: In der Zeile steht an Stelle 16 ein unsichtbares Steuerzeichen (U+0007)",
    )
    add(
        "1 Zeichen",
        "NUL im Namen",
        reference_with("Ephraim Gothe", "Ephraim\x00Gothe"),
        1,
        "(U+0000)",
    )
    add("1 Zeichen", "U+FFFE", reference_with("Ephraim Gothe", "Ephraim\ufffeGothe"), 1, "(U+FFFE)")
    add(
        "1 Zeichen",
        "Escape in Anführungszeichen",
        reference_with("name: Ephraim Gothe", 'name: "Ephraim\\eGothe"'),
        1,
        "Feld „issuer.name“: Der Text enthält an Stelle 8 ein unsichtbares Steuerzeichen",
    )
    add(
        "1 Zeichen",
        "Vertikaler Tabulator (Umschalt+Enter)",
        reference_with("Ephraim Gothe", "Ephraim\vGothe"),
        0,
        "pressemitteilung-067-2020.pdf",
    )
    add(
        "1 Zeichen",
        "UTF-8 einmal als Windows-1252 gelesen und wieder gespeichert",
        reference_with("generationsübergreifenden", "generationsÃ¼bergreifenden"),
        1,
        "Zeile 14, Feld „body“: Im Text steht „generationsÃ¼bergreifenden“ – gemeint ist wohl "
        "„generationsübergreifenden“.",
    )
    files, command = invite_with("liste.csv", csv_list("Frau;;Eva;MÃ¼ller;;Weg 1;10115;Berlin;"))
    add(
        "1 Zeichen",
        "Empfängerliste einmal als Windows-1252 gelesen und wieder gespeichert",
        files,
        1,
        "Zeile 2: Spalte „Nachname“: In der Zelle steht „MÃ¼ller“ – gemeint ist wohl „Müller“.",
        command,
    )
    add(
        "1 Zeichen",
        "Windows-1252 statt UTF-8",
        {RELEASE: REFERENCE.encode("cp1252", errors="replace")},
        1,
        "Die Datei ist nicht in UTF-8 gespeichert",
    )
    files, command = invite_with("liste.csv", csv_list("Frau;;Eva;Mül\aler;;Weg 1;10115;Berlin;"))
    add(
        "1 Zeichen",
        "BEL in der Empfängerliste",
        files,
        1,
        "Zeile 2: Spalte „Nachname“: Die Zelle enthält ein unsichtbares Steuerzeichen",
        command,
    )
    files, command = invite_with("liste.csv", csv_list("Frau;;Eva;Mül\x00ler;;Weg 1;10115;Berlin;"))
    add(
        "1 Zeichen",
        "NUL in der Empfängerliste",
        files,
        1,
        "Zeile 2: Spalte „Nachname“: Die Zelle enthält ein unsichtbares Steuerzeichen (U+0000)",
        command,
    )
    escaped = RECIPIENT.replace("Ende", "En_x0007_de")  # as Excel stores a BEL
    files, command = invite_with(
        "liste.xlsx", with_shared_strings(xlsx_bytes(one_recipient(escaped)))
    )
    add(
        "1 Zeichen",
        "BEL als Excels _x0007_ in der Empfängerliste",
        files,
        1,
        "Zeile 2: Spalte „Nachname“: Die Zelle enthält ein unsichtbares Steuerzeichen (U+0007)",
        command,
    )
    add(
        "1 Zeichen",
        "Steuerzeichen in pressetool.toml",
        release(REFERENCE),
        1,
        "Feld „office.name“: Der Text enthält an Stelle 4",
        config='[office]\nname = "Amt\\u0007"\n',
    )

    # 2 sizes
    add(
        "2 Größen",
        "Titel mit 256 Zeichen",
        reference_with(TITLE_LINE, "title: " + "T" * 256),
        1,
        "Feld „title“: Der Text ist 256 Zeichen lang; hier sind höchstens 200 erlaubt.",
    )
    add(
        "2 Größen",
        "Veranstaltungstitel mit 240 Zeichen",
        reference_with(EVENT_TITLE_LINE, "  title: " + "V" * 240),
        1,
        "Feld „event.title“: Der Text ist 240 Zeichen lang",
    )
    add(
        "2 Größen",
        "Text aus 6.000 kurzen Absätzen",
        reference_with("body: |\n", "body: |\n" + "  a\n\n" * 6000),
        1,
        "Feld „body“: Der Text hat 6002 Absätze; hier sind höchstens 200 erlaubt. Fassen Sie "
        "Absätze zusammen (eine leere Zeile trennt zwei Absätze).",
    )
    add(
        "2 Größen",
        "ein Wort aus 19.000 Buchstaben (WeasyPrint bräche es in 16 s um)",
        reference_with("body: |\n", "body: |\n  " + "Wort" * 4750 + "\n\n"),
        1,
        "Feld „body“: Im Text stehen 19000 Zeichen ohne Leerzeichen („WortWortWortWortWort…“); "
        "hier sind höchstens 1000 erlaubt. Trennen Sie sie durch Leerzeichen, oder kürzen Sie "
        "eine so lange Internetadresse.",
    )
    add(
        "2 Größen",
        "19.000 Zeichen, die geschützte Leerzeichen verbinden (aus einer Webseite kopiert)",
        reference_with("body: |\n", "body: |\n  " + "ab\u00a0" * 6333 + "\n\n"),
        1,
        "Feld „body“: Im Text stehen 18999 Zeichen ohne Leerzeichen",
    )
    add(
        "2 Größen",
        "ein Wort aus 1.000 Buchstaben (die Grenze)",
        reference_with("body: |\n", "body: |\n  " + "a" * 1000 + "\n\n"),
        0,
        "",
    )
    add(
        "2 Größen",
        "Text aus 200 Absätzen (die Grenze)",
        reference_with("body: |\n", "body: |\n" + "  a\n\n" * 198),
        0,
        "",
    )
    add(
        "2 Größen",
        "Titel mit 200 Zeichen (die Grenze)",
        reference_with(TITLE_LINE, "title: " + "Ä" * 200),
        0,
        "pressemitteilung-067-2020.docx",
    )
    add(
        "2 Größen",
        "101 Teilnehmende",
        reference_with(
            "  participants:\n", "  participants:\n" + "    - {article: das, name: Haus}\n" * 101
        ),
        1,
        "Hier stehen 110 Einträge; erlaubt sind höchstens 100.",
    )
    add(
        "2 Größen",
        "Datei mit 300 KB",
        release(REFERENCE + "# " + "x" * 300_000 + "\n"),
        1,
        "Die Datei ist zu groß: erlaubt sind höchstens 256 KB.",
    )
    files, command = invite_with(
        "liste.csv", csv_list("Frau;;Eva;" + "N" * 32_000 + ";;Weg 1;10115;Berlin;")
    )
    add(
        "2 Größen",
        "Name mit 32.000 Zeichen",
        files,
        1,
        "Die Zelle ist 32000 Zeichen lang; erlaubt sind höchstens 200.",
        command,
    )

    # 3 YAML
    add(
        "3 YAML",
        "Alias-Bombe (471 Bytes)",
        release(ALIAS_BOMB),
        1,
        "Verweise mit & und * sind in einer Pressemitteilung nicht erlaubt.",
    )
    add("3 YAML", "rekursiver Alias", release("a: &a [*a]\n"), 1, "Verweise mit & und *")
    add("3 YAML", "500 Ebenen tief", release(deep_yaml(500)), 1, "mehr als 8 Ebenen")
    deep_flow = "title: " + "[" * 120_000 + "]" * 120_000 + "\n"
    add("3 YAML", "120.000 [ in einer Zeile (240 KB)", release(deep_flow), 1, "mehr als 8 Ebenen")
    unclosed = "title: " + "[" * 120_000 + "\n"
    add("3 YAML", "120.000 [ ohne ]", release(unclosed), 1, "mehr als 8 Ebenen")
    add(
        "3 YAML",
        "Python-Tag",
        release("title: !!python/object/apply:os.system [ls]\n"),
        1,
        "Die Angabe „tag:yaml.org,2002:python/object/apply:os.system“",
    )

    # 4 algorithmic cost
    words = " ".join(["W" * 900] * 20)  # a word of 1,000 at most (`limits.WORD_CHARACTERS`)
    add(
        "4 Aufwand",
        "20 Wörter mit je 900 Zeichen und doppeltem Leerzeichen",
        reference_with("body: |\n", f"body: |\n  {words}  x\n\n"),
        0,
        "Doppeltes Leerzeichen.",
        command=("check", RELEASE),
    )
    files, command = invite_with("liste.csv", csv_list(*[RECIPIENT] * 10_001))
    add("4 Aufwand", "10.001 Empfänger", files, 1, "Die Liste hat mehr als 10000 Zeilen.", command)
    blank = "title: x\n" + "\n" * 200_000 + "a: b: c\n"
    add("4 Aufwand", "kaputtes YAML nach 200.000 Leerzeilen", release(blank), 1, "Zeile 200002")
    stairs = "".join(" " * depth + "a: |\n" for depth in range(700))
    add("4 Aufwand", "700 Textblöcke ineinander (245 KB)", release(stairs), 1, "Fehler")

    # 5 spreadsheets
    files, command = invite_with("liste.xlsx", xlsx_bytes(hidden_first_sheet))
    add(
        "5 Tabellen",
        "verborgenes erstes Blatt, verborgene Zeile",
        files,
        0,
        "Die Zeile 3 ist in Excel ausgeblendet und wurde übergangen.",
        command,
    )
    files, command = invite_with("liste.xlsx", zip_bomb())
    add(
        "5 Tabellen",
        "Zip-Bombe",
        files,
        1,
        "Die Excel-Datei ist entpackt größer als 100 MB",
        command,
    )
    broken = with_broken_part(xlsx_bytes(one_recipient(RECIPIENT)), "xl/worksheets/sheet1.xml")
    files, command = invite_with("liste.xlsx", broken)
    add(
        "5 Tabellen",
        "Blatt mit kaputten komprimierten Daten",
        files,
        1,
        "Die Datei ist weder eine Excel-Tabelle (.xlsx) noch eine CSV-Datei.",
        command,
    )
    files, command = invite_with("liste.xlsx", recipient_sheet("<sheetData>", "<x/>", 20_000_000))
    add(
        "5 Tabellen",
        "20.000.000 leere XML-Elemente (83 KB)",
        files,
        1,
        "Die Tabelle besteht aus mehr als 4.000.000 XML-Elementen",
        command,
    )
    elements = "Die Tabelle besteht aus mehr als 4.000.000 XML-Elementen"
    too_long = "Zeile 2: In dieser Zeile steht eine Zelle mit weit über 100.000 Zeichen"
    for name, data, expected in [
        # read by openpyxl and ElementTree, each took 5 s (the texts) to 3 minutes (the
        # attributes, the styles), with up to 3.6 GB
        (
            "5.000.000 leere Zellen in einer Zeile",
            recipient_sheet('<row r="2">', "<c/>", 5 * 10**6),
            elements,
        ),
        (
            "1.000.000 leere Zeilen",
            recipient_sheet("</row>", "<row/>", 10**6),
            "mehr als 100.000 Zeilen",
        ),
        (
            "5.000.000 Ebenen tief",
            recipient_sheet("<sheetData>", "<x>" * 5 * 10**6 + "</x>" * 5 * 10**6),
            elements,
        ),
        (
            "Element mit 200.000 Attributen (2 MB)",
            recipient_sheet("<sheetData>", attributes(200_000)),
            "ist weder eine Excel-Tabelle",
        ),
        ("Zelle mit 20 MB Text", recipient_sheet("<t>Ende", "E" * 20_000_000), too_long),
        (
            "gemeinsamer Text mit 20 MB",
            shared_strings(inserted_after("Ende", "E" * 20_000_000)),
            too_long,
        ),
        (
            "2.500.000 gemeinsame Texte",
            shared_strings(
                lambda xml: xml.replace(b"</sst>", b"<si><t>a</t></si>" * 2_500_000 + b"</sst>")
            ),
            elements,
        ),
        (
            "Formatvorlagen mit 1.000.000 Einträgen",
            styles_with("<xf/>" * 10**6),
            "mehr als 250.000 XML-Elementen",
        ),
    ]:
        files, command = invite_with("liste.xlsx", data)
        add("5 Tabellen", name, files, 1, expected, command)
    files, command = invite_with("liste.xlsx", with_empty_parts(20_000))
    add(
        "5 Tabellen",
        "20.000 leere Teile (2 MB)",
        files,
        1,
        "Die Excel-Datei besteht aus mehr als 1.000 Teilen",
        command,
    )
    for name, where, insert in [
        ("Zeile ² im Blatt", '<row r="2"', '<row r="²"/>'),
        ("kaputtes XML im Blatt", "</sheetData>", "<row r=</sheetData>"),
        (
            "verbundene Zellen E:E",
            "</sheetData>",
            '<mergeCells><mergeCell ref="E:E"/></mergeCells>',
        ),
    ]:
        files, command = invite_with("liste.xlsx", recipient_sheet(where, insert))
        expected = (
            "1 Brief wurde einzeln gesetzt." if "E:E" in name else "ist weder eine Excel-Tabelle"
        )
        add("5 Tabellen", name, files, 0 if "E:E" in name else 1, expected, command)
    files, command = invite_with(
        "liste.csv", csv_list('Frau;;Eva;"Ende;;Weg 1;10115;Berlin;', RECIPIENT)
    )
    add(
        "5 Tabellen",
        "Anführungszeichen ohne Ende",
        files,
        1,
        "Zeile 2: In dieser Zeile beginnt ein Anführungszeichen",
        command,
    )
    files, command = invite_with(
        "liste.csv", ("Einladungsliste 2020\n\n" + csv_list(RECIPIENT).decode()).encode()
    )
    add(
        "5 Tabellen",
        "Titelzeile über der Kopfzeile",
        files,
        0,
        "Als Kopfzeile mit den Spaltenüberschriften wurde Zeile 3 gelesen",
        command,
    )

    # 6 numbers
    add(
        "6 Nummern",
        "Nummer 1000000067",
        reference_with("number: 67", "number: 1000000067"),
        1,
        "„1000000067“ ist keine Nummer von 1 bis 9999",
    )
    add(
        "6 Nummern",
        "Nummer ²",
        reference_with("number: 67", "number: ²"),
        1,
        "„²“ ist keine Nummer von 1 bis 9999",
    )
    add(
        "6 Nummern",
        "Jahr 0202",
        reference_with("date: 2020-03-02", "date: 0202-03-02"),
        1,
        "„0202-03-02“ nennt das Jahr 202; pressetool führt Nummern nur für die Jahre 1900 "
        "bis 2999.",
    )
    return found


def write_case(case: Case, folder: Path) -> None:
    """The office folder of `case`: its pressetool.toml and its files."""
    config = case.config or (PROJECT / "pressetool.toml").read_text(encoding="utf-8")
    (folder / "pressetool.toml").write_text(config, encoding="utf-8")
    for name, data in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
