"""The test data that more than one test builds: people, recipient and registration lists,
release files and press office folders. One version of each lives here, so that a change
(a list column, an office setting) is made once and every test builds the same thing."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import struct
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from hypothesis import strategies as st
from openpyxl import Workbook

from pressetool.compose.letter import AddressLine, Invitations, compose_invitations
from pressetool.models import Person, Release, Salutation
from pressetool.office import Config, load_config
from pressetool.render.letters.fit import address_fits
from pressetool.render.template_files import SHIPPED_TEMPLATES
from tests.readback import PROJECT, REFERENCE_RELEASE

# -- people ----------------------------------------------------------------------------


def person(
    last_name: str | None = None,
    first_name: str | None = None,
    organisation: str | None = None,
    *,
    row: int = 2,
    salutation: Salutation = Salutation.NONE,
    title: str | None = None,
    street: str | None = None,
    postcode: str | None = "10117",
    city: str | None = "Berlin",
    email: str | None = None,
) -> Person:
    """A recipient or registrant as read from row `row` of a list: only what the test
    names, in Berlin 10117, without salutation, title, street or e-mail."""
    return Person(
        row, salutation, title, first_name, last_name, organisation, street, postcode, city, email
    )


# -- recipient and registration lists ----------------------------------------------------

COLUMNS = (
    "Anrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Organisation",
    "Straße",
    "PLZ",
    "Ort",
    "E-Mail",
)
"""The column headings of a recipient or registration list, in the order of the spec."""
HEADER = ";".join(COLUMNS)
"""The first line of a list as German Excel saves it as CSV."""


def csv_text(rows: Iterable[Sequence[str]], separator: str = ";") -> str:
    """Rows as CSV text, each line ended with CR LF as Excel ends it."""
    return "".join(separator.join(row) + "\r\n" for row in rows)


def write_csv(
    path: Path, rows: Iterable[Sequence[str]], separator: str = ";", encoding: str = "cp1252"
) -> Path:
    """Any rows (header included) as a CSV file; German Excel writes `;` and Windows-1252."""
    path.write_bytes(csv_text(rows, separator).encode(encoding))
    return path


def list_text(rows: Iterable[str]) -> str:
    """A list as CSV text: `HEADER`, then `rows` (each a line of `;`-separated cells)."""
    return csv_text(row.split(";") for row in (HEADER, *rows))


def write_list(path: Path, rows: Iterable[str], encoding: str = "cp1252") -> Path:
    """A recipient or registration list as German Excel saves CSV (Windows-1252, `;`),
    or in `encoding`: `HEADER`, then `rows`."""
    path.write_bytes(list_text(rows).encode(encoding))
    return path


def xlsx_bytes(build: Callable[[Workbook], None]) -> bytes:
    """A new Excel workbook that `build` fills (sheets, hidden rows), as file content."""
    workbook = Workbook()
    build(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_SHEET = "xl/worksheets/sheet1.xml"
_TYPES = "[Content_Types].xml"


def with_sheet_xml(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """The workbook `data` with its first sheet's XML changed by `change`: what openpyxl
    cannot write (merged ranges that name no cells, broken XML, a flood of elements)."""
    return with_part(data, _SHEET, change)


def with_part(data: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    """The workbook `data` with its part `part` (`xl/styles.xml`) changed by `change`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    return _with_parts(source, {part: change(source.read(part))})


def _with_parts(source: zipfile.ZipFile, parts: dict[str, bytes]) -> bytes:
    """The workbook `source` with `parts` (by name in the archive) replaced or added."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, parts.pop(info.filename, source.read(info)))
        for name, content in parts.items():
            target.writestr(name, content)
    return buffer.getvalue()


def with_broken_part(data: bytes, part: str) -> bytes:
    """The workbook `data` with the compressed data of `part` overwritten by zeros, as a
    damaged download or disk leaves a file: its directory is whole, the part unreadable."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(part)
    header = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[header + 26 : header + 30])
    start = header + 30 + name_length + extra_length
    return data[:start] + bytes(info.compress_size) + data[start + info.compress_size :]


_INLINE_TEXT = re.compile(
    r'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', re.S
)


def with_shared_strings(data: bytes) -> bytes:
    """The workbook `data` with the texts of its first sheet in a shared string table, as
    Excel stores them (openpyxl writes each inline, `<is><t>`)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    texts: list[str] = []

    def shared(cell: re.Match[str]) -> str:
        texts.append(cell[2])
        return f'{cell[1]} t="s"><v>{len(texts) - 1}</v></c>'

    sheet = _INLINE_TEXT.sub(shared, source.read(_SHEET).decode())
    items = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in texts)
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    table = f'<sst xmlns="{main}" count="{len(texts)}" uniqueCount="{len(texts)}">{items}</sst>'
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}"/></Types>'
    types = source.read(_TYPES).decode().replace("</Types>", override)
    parts = {_SHEET: sheet, _TYPES: types, "xl/sharedStrings.xml": table}
    return _with_parts(source, {name: text.encode() for name, text in parts.items()})


def inserted_after(where: str, insert: str) -> Callable[[bytes], bytes]:
    """A change for `with_sheet_xml`: `insert` right after the first `where`."""

    def change(content: bytes) -> bytes:
        head, found, tail = content.partition(where.encode())
        assert found
        return head + found + insert.encode() + tail

    return change


def write_xlsx(path: Path, rows: Iterable[Sequence[object]]) -> Path:
    """Any rows (header included) as the first sheet of an Excel workbook; `None` is an
    empty cell, a number a number cell."""

    def fill(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        for row in rows:
            sheet.append(list(row))

    path.write_bytes(xlsx_bytes(fill))
    return path


# -- release files -----------------------------------------------------------------------


def write_release(office: Path, name: str, text: str) -> Path:
    """`text` as the release file `releases/<name>` of `office` (name: `2020/067-x.yaml`)."""
    path = office / "releases" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


LONG_TEXT = "\n\n".join(
    "hiermit laden wir Sie ein. " + "Ein Satz, der die Einladung länger macht als eine Seite. " * 12
    for _ in range(5)
)


def long_release(folder: Path) -> Path:
    """The reference release with an invitation text longer than a page."""
    indented = LONG_TEXT.replace("\n", "\n    ")
    source = REFERENCE_RELEASE.read_text(encoding="utf-8")
    text = f"{source}invitation:\n  text: |\n    {indented}\n"
    return write_release(folder, "2020/067-lang.yaml", text)


TEXT_STYLES = {
    "literal": "|",
    "literal strip": "|-",
    "literal keep": "|+",
    "literal indentation indicator": "|3",
    "folded": ">",
    "folded strip": ">-",
    "folded keep": ">+",
    "folded indentation indicator": ">3-",
    "folded with a comment": "> # Text",
    "folded, first line empty": ">, first line empty",
    "folded paragraphs": ">, paragraphs",
    "plain": "plain",
    "plain below the key": "plain below the key",
    "plain paragraphs": "plain paragraphs",
    "single quotes": "'",
    "double quotes": '"',
}
"""Every way YAML writes a text of several lines (`text_field`): a block kept line by line
or folded, with chomping, an indentation indicator (the first line one deeper than the
others) or a comment; plain, in quotes; lines next to each other or in paragraphs."""


def text_field(key: str, lines: Sequence[str], style: str) -> tuple[str, list[int]]:
    """The top-level field `key: …` with `lines` written in a `TEXT_STYLES` style (quotes
    inside quotes escaped), and the line of each of them counted from the key's (0)."""
    quote = style if style in ("'", '"') else ""
    if quote:
        lines = [line.replace(quote, "''" if quote == "'" else '\\"') for line in lines]
    indent = "   " if style[1:2] == "3" else "  "
    written = [f"{indent}{line}" for line in lines]
    empty_first = style.endswith("first line empty")
    if quote or style == "plain":  # the first line on the key's
        header, first = " ", 0
        written[0], written[-1] = f"{quote}{lines[0]}", f"{written[-1]}{quote}"
    elif style.startswith("plain"):
        header, first = "\n", 1
    else:
        header, first = f" {style.split(',')[0]}\n" + "\n" * empty_first, 1 + empty_first
        written[0] = f" {written[0]}" if indent == "   " else written[0]
    step = 2 if style.endswith("paragraphs") else 1
    text = f"{key}:{header}" + ("\n" * step).join(written) + "\n"
    return text, [first + step * index for index in range(len(lines))]


def fill_in_body(path: Path) -> Path:
    """Write the text that a fresh `pressetool new` skeleton leaves empty."""
    text = path.read_text(encoding="utf-8").replace("body: |\n", "body: |\n  Ein Absatz.\n", 1)
    path.write_text(text, encoding="utf-8")
    return path


# -- text as the office writes it --------------------------------------------------------

NAME_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzäöüßàáâãåæçèéêëìíîïñòóôõøùúûýÿąćęłńśźżčďěňřšťůžőűğışșțāēīūģķļņėįųđœ"
)
"""German letters and those of European names (Polish, Czech, Hungarian, Turkish,
Romanian, Baltic, French, Nordic, Iberian), in small letters; words have them in
capitals too."""
NAMES = (
    *("Müller", "Weiß", "Dvořák", "Wałęsa", "Erdoğan", "Şahin", "İlhan", "Ørsted", "Åsa"),
    *("Čapek", "Győző", "Łódź", "Ñúñez", "Ēriks", "Jūrmala", "Žemaitė", "Ștefan", "Ærø"),
)
OPENING = '„‚«»("'
CLOSING = '“‘’”…«».,;:!?)"'


def _real_word(word: str) -> bool:
    """Not a pair that no word of a European language has and that is UTF-8 misread:
    Â, Ã, Ä, Å or È before š, ž, œ, Ÿ or their capitals (`ÄŒapek` is Čapek, `ErdoÄŸan`
    Erdoğan)."""
    return not re.search("[ÂÃÄÅÈ][šžœŠŽŒŸ]", word)


_WORDS = st.one_of(
    st.sampled_from(NAMES),
    st.builds(
        lambda letters, case: case(letters),
        st.text(st.sampled_from(NAME_LETTERS), min_size=1, max_size=10),
        st.sampled_from([str.lower, str.capitalize, str.upper]),
    ),
).filter(_real_word)
_QUOTED = st.builds(
    lambda before, word, after: before + word + after,
    st.text(st.sampled_from(OPENING), max_size=2),
    _WORDS,
    st.text(st.sampled_from(CLOSING), max_size=2),
)
_SIGNS = st.one_of(
    st.sampled_from(["–", "—", "-", "&", "/", "€", "§", "§§", "%", "…", "+"]),
    st.from_regex(r"\A[0-9]{1,4}(?:[–.,:][0-9]{1,2})?(?: ?€| ?%)?\Z"),
)
european_text = st.lists(st.one_of(_QUOTED, _SIGNS), min_size=1, max_size=10).map(" ".join)
"""Text as an office writes it: words of German letters and of the letters of European
names, in small letters, capitalised or in capitals, in quotes („“‚‘«» and straight ones),
followed by punctuation, dashes, €, § and numbers between them."""


# -- press office folders ----------------------------------------------------------------


def office_folder(folder: Path) -> Path:
    """A press office folder: the project's pressetool.toml and an empty releases/ folder."""
    (folder / "releases").mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT / "pressetool.toml", folder / "pressetool.toml")
    return folder


def office_config(folder: Path, *, before: str = "", after: str = "") -> Config:
    """An office whose pressetool.toml names the Bezirksamt Pankow, with `before` and
    `after` around its `[office]` section, as read by pressetool."""
    (folder / "pressetool.toml").write_text(
        f'{before}[office]\nname = "Bezirksamt Pankow von Berlin"\nunit = "Pressestelle"\n{after}',
        encoding="utf-8",
    )
    return load_config(folder)


def office_template(office: Path, name: str, addition: str, before: str | None = None) -> Path:
    """The shipped template `name` in the office's own templates/ folder, with `addition`
    appended, or put before `before`."""
    text = (SHIPPED_TEMPLATES / name).read_text(encoding="utf-8")
    text = text.replace(before, addition + before) if before else text + addition
    path = office / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def public_out_refused(out: str) -> str:
    """What `invite` and `lists` say to an `--out` in the public folder `output`."""
    return (
        f"Der Zielordner „{out}“ ist der Ordner „output“ für öffentliche Dokumente oder liegt "
        "darin ([paths] output in pressetool.toml); er kommt auf den Webserver. "
        "Einladungsbriefe und Listen enthalten Namen und Anschriften und gehören in den "
        "internen Ordner „intern“: Lassen Sie --out weg, dann schreibt pressetool dorthin, "
        "oder geben Sie mit --out einen Ordner außerhalb von „output“ an."
    )


def link_into_public(link: str, target: str) -> str:
    """What every writer says to a link `link` outside the public folder `output` that
    leads to `target` in it."""
    return (
        f"„{link}“ ist eine Verknüpfung (symbolischer Link) auf „{target}“ im öffentlichen "
        "Ordner „output“, den der Webserver zeigt: Was pressetool dort hineinschreibt "
        "(Entwürfe, Pressemitteilungen vor ihrer Sperrfrist, Einladungsbriefe und Listen mit "
        "Namen und Anschriften), wäre öffentlich. Löschen Sie die Verknüpfung (nur sie, nicht "
        "das, worauf sie zeigt); wo pressetool dort schreibt, legt es dann einen eigenen Ordner "
        "an."
    )


def link_out_of_public(link: str, target: str) -> str:
    """What is said to a link `link` in the public folder `output` that leads to `target`
    outside it."""
    return (
        f"„{link}“ im öffentlichen Ordner „output“ ist eine Verknüpfung (symbolischer Link) "
        f"auf „{target}“ außerhalb davon: Der Webserver zeigte alles, was dort liegt (im "
        "internen Ordner etwa Einladungsbriefe und Pressemitteilungen vor ihrer Sperrfrist). "
        "Löschen Sie die Verknüpfung (nur sie, nicht das, worauf sie zeigt); soll etwas von "
        "dort öffentlich sein, kopieren Sie es hinein."
    )


def address_parts(lines: Sequence[str]) -> tuple[AddressLine, ...]:
    """An address of `lines` as a letter's composed parts, each a line of no column."""
    return tuple(AddressLine(line, "die Zeile") for line in lines)


def invitations_for(release: Release, *people: Person, config: Config | None = None) -> Invitations:
    """The letters of `release`'s event to `people`, dated 02.03.2020, measured as `invite`
    measures them."""
    assert release.event is not None
    return compose_invitations(
        release,
        release.event,
        people,
        config or Config(),
        dt.date(2020, 3, 2),
        "x.ics",
        address_fits=address_fits,
    )
