"""Recipient and registration lists (CSV or XLSX, as offices keep them in Excel) → `PeopleList`.

One reader for the invitation letters and the sign-in sheets. It takes what
German Excel writes: XLSX, or CSV separated by semicolons, commas or tabs, in UTF-8
(with or without BOM), UTF-16 or Windows-1252, detected rather than asked for (Mac
Roman refused: reading/table_file.py). Header
names are matched without regard to case, spaces and hyphens (`Strasse` counts as
`Straße`, `Postleitzahl` as `PLZ`); a header that probably means a missing column
(`Einrichtung` for `Organisation`) is named in its message. Every problem of the
file is collected and raised at once, each naming the row as Excel shows it and the
column; a person in two rows is a note.

What a person sees in Excel is what is read: the active worksheet (named in a
note when the file has several), without the rows Excel hides (named in a
note); the header row is the first row that names at least two known columns,
so a title row above it is passed over (with a note). Bounds: the file's size,
an XLSX's unpacked size (checked before it is unpacked), `LIST_ROWS` rows and
`LINE_CHARACTERS` per cell. A CSV quote that is never closed, or that swallows
line breaks and separators, is an error at the row where it opens, not a
silent merge of the following rows; a CSV row with something right of the header's
cells (a separator in a cell not in quotes) is an error of its row, and its only one
(`Table.cells_beyond`). Cell texts follow `plain_text`.

`Anrede` takes what lists contain besides `Frau`, `Herr` and `divers`: a
title written with it (`Frau Dr.`, `Herr Prof. Dr.`) moves to `Titel`;
`Familie` addresses a household (it needs `Nachname`); `Firma` an
organisation, whose name may stand in `Organisation` or, as some exports
write it, in the name columns.

Columns Excel lists have besides the spec's, and what becomes of them:
`Hausnummer` (`Hausnr.`, `HNr`; `Nr.` only right of `Straße`, elsewhere it numbers
the rows) is joined to the street (`Hauptstraße 12`); `Adresszusatz` (`Zusatz`, or
`c/o`, whose text then follows `c/o`) is a line of the address above the street;
`Abteilung` (`Abt.`) a line after the organisation. Every other column that holds
something is named in one note: its content stands in no letter and on no list. A
line break in a cell (Alt+Enter) of `Organisation`, `Abteilung`, `Adresszusatz` or
`Straße` is kept as a line of the address (`Person.organisation_lines`, `\\n` in the
others); whether they all fit the address zone is render/letters/fit.py's error of the
row (all lines named), never a cut. In the names it is a space. An empty `Straße` in a
recipient list is a note of its row (PLZ and Ort are errors: without them no letter).
A number in Ort or a name is an error of its cell (`_NO_NUMBER`); elsewhere an XLSX's
number cell is its German text (`4,5`), and a truth value (WAHR) is an error in every
column (table_file.py).

Names: an abbreviated title typed before the name in `Vorname` or `Nachname`
(`Dr. Ada`, `Prof. Dr. Lauterbach`; words of two letters at least, so initials such as
`J. Robert` stay a name) moves to the title, with a note, as one in `Anrede` does (not
for `Firma`: `Dr. Oetker GmbH`). A `Nachname` of several words beside an empty `Vorname`
is a note asking for the first name, unless the other words are particles or ranks
(`von Bismarck`, `van der Berg`, `de la Cruz`, `Graf von …`; `Müller-Lüdenscheidt` is one
word). Without `Frau` or `Herr` the letter greets by the whole name; a recipient row
without a first name then gets a note (the letter says `Guten Tag Schmidt,`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from pressetool.models import Person, Salutation
from pressetool.plain_text import forbidden_character, mojibake
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading.fields import parse_postcode_text
from pressetool.reading.table_file import (
    EMAIL_HEADERS,
    Cell,
    CellError,
    Table,
    cell_lines,
    cell_text,
    header_key,
    is_empty,
    read_table,
    stripped,
)


@dataclass(frozen=True)
class PeopleList:
    source: Path
    people: tuple[Person, ...]
    warnings: tuple[Problem, ...]
    """Things repaired on the way, e.g. postcode 1067 → 01067, and rows worth a look."""
    problems: tuple[Problem, ...] = ()
    """The errors of the list (`read_people_rows`); `people` then holds every row that
    could be read, those with an error among them."""

    @property
    def fine(self) -> tuple[Person, ...]:
        """The people whose rows have no error: what further checks of a row look at."""
        wrong = {problem.line for problem in self.problems}
        return tuple(person for person in self.people if person.row not in wrong)


class Column(Enum):
    """The columns, by their header as the spec writes it."""

    SALUTATION = "Anrede"
    TITLE = "Titel"
    FIRST_NAME = "Vorname"
    LAST_NAME = "Nachname"
    ORGANISATION = "Organisation"
    STREET = "Straße"
    POSTCODE = "PLZ"
    CITY = "Ort"
    EMAIL = "E-Mail"
    DEPARTMENT = "Abteilung"
    ADDITION = "Adresszusatz"
    HOUSE_NUMBER = "Hausnummer"


_NAME_COLUMNS = (Column.FIRST_NAME, Column.LAST_NAME, Column.ORGANISATION)
"""What a sign-in sheet prints: the columns a registration list needs."""
_SIGN_IN_COLUMNS = frozenset((*_NAME_COLUMNS, Column.SALUTATION, Column.TITLE))
"""The columns a registration list is read by: the names, and the title, also as it
stands in `Anrede` (`Frau Dr.`; `Firma` moves a name to the organisation). No list of
`lists` prints an address or an e-mail address, so their cells are not read: a postcode
abroad or an Excel error there does not stop the lists."""
_LETTER_COLUMNS = (Column.SALUTATION, Column.STREET, Column.POSTCODE, Column.CITY)
"""What a letter needs beyond the name: salutation and address."""
_OTHER_HEADERS = {"strasse": Column.STREET, "postleitzahl": Column.POSTCODE, "stadt": Column.CITY}
_OTHER_HEADERS |= dict.fromkeys(EMAIL_HEADERS, Column.EMAIL)
_OTHER_HEADERS |= dict.fromkeys(("hausnr", "hausnr.", "hnr", "hnr."), Column.HOUSE_NUMBER)
_OTHER_HEADERS |= dict.fromkeys(("abt", "abt."), Column.DEPARTMENT)
_CARE_OF = "c/o"
_OTHER_HEADERS |= dict.fromkeys(
    ("zusatz", "anschriftzusatz", "anschriftenzusatz", "adressergänzung", _CARE_OF),
    Column.ADDITION,
)
_NUMBER_BESIDE_STREET = ("nr", "nr.")
"""`Nr.` is the house number only right of `Straße`; elsewhere it numbers the rows."""
_ROW_NUMBERS = frozenset({"nr", "nr.", "lfd.nr.", "lfd.nr", "lfdnr", "lfdnr.", "nummer", "#"})
"""Headers of a column that numbers the rows: not read, and not worth a note."""
_LIKELY_HEADERS = {
    "einrichtung": Column.ORGANISATION,
    "firma": Column.ORGANISATION,
    "adresse": Column.STREET,
    "anschrift": Column.STREET,
    "name": Column.LAST_NAME,
}
"""Headers that probably mean a column, but not surely: `Firma` may hold the salutation,
`Adresse` the whole address. A missing column's message names them."""
_SALUTATIONS = {"frau": Salutation.FRAU, "herr": Salutation.HERR, "herrn": Salutation.HERR}
_SALUTATIONS |= {"divers": Salutation.DIVERS, "": Salutation.NONE}
_SALUTATIONS |= {"familie": Salutation.FAMILIE, "firma": Salutation.FIRMA}
_WITH_TITLE = (Salutation.FRAU, Salutation.HERR)
"""The salutations a title may follow in the `Anrede` cell: `Frau Dr.`, `Herrn Prof. Dr.`."""
_TITLE_WORD = r"[^\W\d_]+(?:[.-]+[^\W\d_]+)*\."
_TITLE = re.compile(rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD})*")
"""Abbreviated titles, each word ending in a full stop: `Dr.`, `Prof. Dr.`, `Dr.-Ing.`,
`Dr. med.`, `Dr. h.c.`. A word without one (`Frau Müller`) is a name in the wrong column."""
_PARTICLES = frozenset(
    {
        *("von", "vom", "zu", "zum", "zur", "van", "der", "den", "de", "del", "della", "di"),
        *("da", "dos", "das", "du", "la", "le", "ten", "ter", "y", "graf", "gräfin"),
        *("freiherr", "freifrau", "freiin", "baron", "baronin", "prinz", "prinzessin"),
        *("edle", "edler"),
    }
)
"""Words of a last name that are not a first name: `von Bismarck`, `van der Berg`,
`de la Cruz`, `Graf von Stauffenberg`."""


_HEADERS = {header_key(c.value): c for c in Column} | _OTHER_HEADERS
_ADDRESS_LINES = (Column.ORGANISATION, Column.DEPARTMENT, Column.ADDITION, Column.STREET)
"""The columns whose line breaks (Alt+Enter in Excel) begin a new line of the address."""
_NO_NUMBER = {
    Column.TITLE: "kein Titel (etwa Dr.)",
    Column.FIRST_NAME: "kein Vorname",
    Column.LAST_NAME: "kein Nachname",
    Column.CITY: "kein Ortsname wie Berlin (die Postleitzahl gehört in die Spalte „PLZ“)",
}
"""The columns in which a number cannot be right, and what it is not: a number in them
(an XLSX's number cell, or a text that is only a number, `12345`, `4,5`, as a CSV has it)
is an error of its cell, not `10115 12345` in a letter. In the other columns a number
cell is its German text (`table_file.number_text`): `4,5` in Straße or Hausnummer, `3`
in Abteilung, a club's `1860` in Organisation; `PLZ` has its own rules (`postcode`), and
a number in `Anrede` or `E-Mail` is refused as no salutation or address."""
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def _is_title_word(word: str) -> bool:
    """`Dr.`, `Prof.`, `Dr.-Ing.`, `h.c.`: an abbreviated title word, not an initial
    (`J.`): of two letters at least."""
    return bool(_TITLE_WORD_PATTERN.fullmatch(word)) and sum(c.isalpha() for c in word) >= 2


_TITLE_WORD_PATTERN = re.compile(_TITLE_WORD)


def _column_letter(index: int) -> str:
    """0 → `A`, 26 → `AA`: a column as Excel names it."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


_NAMED_COLUMNS = 10
"""Unread columns a note names by their header; the others it counts."""
_HEADER_CHARACTERS = 40
"""Characters of a header a note names; a longer one ends in `…`."""


def _header_name(text: str) -> str:
    """A header as a message names it: on one line, at most `_HEADER_CHARACTERS` long,
    and a character that may not stand in a text (ESC of a terminal's colour code) as
    `�`, so that no header reaches the terminal raw."""
    text = " ".join(text[: _HEADER_CHARACTERS * 4].split())
    if len(text) > _HEADER_CHARACTERS:
        text = text[: _HEADER_CHARACTERS - 1].rstrip() + "…"
    return "".join("\ufffd" if forbidden_character(c) else c for c in text)


def read_people_list(path: Path, *, require_address: bool) -> PeopleList:
    """Read a recipient list (`require_address=True`: PLZ and Ort needed for letters)
    or a registration list (False: only the columns the sign-in sheet prints are read,
    `_SIGN_IN_COLUMNS`). Raises `InputError` with every problem of the file."""
    people = read_people_rows(path, require_address=require_address)
    if people.problems:
        raise InputError(list(people.problems))
    return people


def read_people_rows(path: Path, *, require_address: bool) -> PeopleList:
    """The list with its errors in `problems`, so that the caller can check the rows
    without one further (does the address fit the letter?) and say everything at once.
    Raises `InputError` only when the file is no table at all."""
    table = read_table(path)
    reader = _RowReader(path, require_address)
    reader.warnings.extend(table.notes)
    people = reader.read(table)
    return PeopleList(path, tuple(people), tuple(reader.warnings), tuple(reader.problems))


# -- rows -------------------------------------------------------------------


_COMBINED_PLACE = re.compile(
    r"(?i)\s*(?:PLZ|Postleitzahl)\s*(?:/|,|-|\+|&|und)?\s*(?:Ort|Stadt|Wohnort)\s*"
)
"""A header of postcode and city in one column, as some exports write it."""


class _RowReader:
    def __init__(self, path: Path, require_address: bool) -> None:
        self.path = path
        self.require_address = require_address
        self.care_of = False
        """Whether the `Adresszusatz` column is headed `c/o`."""
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def problem(
        self, code: Code, row: int | None, column: Column | None = None, **params: object
    ) -> None:
        if column is not None:
            params["column"] = column.value
        self.problems.append(Problem(code, self.path, line=row, params=params))

    def read(self, table: Table) -> list[Person]:
        rows = table.rows
        numbered = [(number, row) for number, row in enumerate(rows, start=1) if not is_empty(row)]
        if not numbered:
            self.problem(Code.LIST_EMPTY, None)
            return []
        start = self.header_index(numbered)
        numbered = numbered[start:]
        header_row, header = numbered[0]
        columns, unread = self.columns(header_row, header)
        if self.problems:
            return []
        if len(numbered) == 1:
            self.problem(Code.LIST_NO_PEOPLE, None)
        if not self.require_address:
            columns = {c: index for c, index in columns.items() if c in _SIGN_IN_COLUMNS}
        shifted = table.cells_beyond(self.path, header_row, numbered[1:])
        self.problems.extend(shifted)  # every other message of such a row would mislead
        numbered = [(n, row) for n, row in numbered if n not in {p.line for p in shifted}]
        people = [self.person(number, row, columns) for number, row in numbered[1:]]
        rows = [row for _number, row in numbered[1:]]
        width = max((len(row) for row in rows), default=0)  # cells right of the header's
        self.note_unread(header_row, header, [*unread, *range(len(header), width)], rows)
        self.note_duplicates(people)
        return people

    def warning(self, code: Code, row: int | None, column: Column | None, **params: object) -> None:
        if column is not None:
            params["column"] = column.value
        problem = Problem(code, self.path, line=row, params=params, severity=Severity.WARNING)
        self.warnings.append(problem)

    def note_unread(
        self, row: int, header: Sequence[Cell], unread: list[int], rows: list[Sequence[Cell]]
    ) -> None:
        """One note naming the columns that pressetool does not read but that hold
        something: what stands in them is in no letter and on no list."""
        named = []
        for index in unread:
            if any(index < len(cells) and stripped(cells[index]) is not None for cells in rows):
                header_text = stripped(header[index]) if index < len(header) else None
                letter = _column_letter(index)
                named.append(
                    f"„{_header_name(header_text)}“"
                    if header_text
                    else f"{letter} (ohne Überschrift)"
                )
        if not named:
            return
        if len(named) > _NAMED_COLUMNS:
            named = [*named[:_NAMED_COLUMNS], f"{len(named) - _NAMED_COLUMNS} weitere"]
        *others, last = named
        columns = f"{', '.join(others)} und {last}" if others else last
        code = Code.LIST_UNREAD_COLUMNS if others else Code.LIST_UNREAD_COLUMN
        known = [c.value for c in Column]
        known_text = f"{', '.join(known[:-1])} oder {known[-1]}"
        self.warning(code, row, None, columns=columns, known=known_text)

    def note_duplicates(self, people: list[Person]) -> None:
        """A person in two rows (name and address alike, but for case and spaces) would get
        two letters or stand twice on the sign-in sheet: a note, since it may be meant. A
        registration list's addresses are not read: there name and organisation tell."""
        first: dict[tuple[str, ...], int] = {}
        for person in people:
            key = tuple(
                " ".join((value or "").split()).casefold()
                for value in (
                    person.first_name,
                    person.last_name,
                    person.organisation,
                    person.street,
                    person.postcode,
                    person.city,
                )
            )
            if key in first:
                params = {"row": person.row, "first": first[key]}
                code = Code.LIST_DUPLICATE_PERSON
                if not self.require_address:
                    code = Code.LIST_DUPLICATE_REGISTRATION
                self.warnings.append(
                    Problem(
                        code,
                        self.path,
                        params=params,
                        severity=Severity.WARNING,
                    )
                )
            else:
                first[key] = person.row

    def header_index(self, numbered: list[tuple[int, Sequence[Cell]]]) -> int:
        """The first row that names two known columns is the header; rows above it (a
        title, a date) are passed over with a note. Without one, the first row."""
        for index, (row, cells) in enumerate(numbered):
            known = {_HEADERS.get(header_key(stripped(cell) or "")) for cell in cells} - {None}
            if len(known) >= 2:
                if index > 0:
                    self.warnings.append(
                        Problem(
                            Code.LIST_HEADER_ROW,
                            self.path,
                            params={"row": row},
                            severity=Severity.WARNING,
                        )
                    )
                return index
        return 0

    def columns(self, row: int, header: Sequence[Cell]) -> tuple[dict[Column, int], list[int]]:
        """Which column index holds which known column, and the indexes of the columns
        not read (`note_unread`)."""
        found: dict[Column, int] = {}
        unknown: list[str] = []
        unread: list[int] = []
        texts = [self.header_text(row, cell) for cell in header]
        keys = [header_key(text) for text in texts]
        street = next((i for i, key in enumerate(keys) if _HEADERS.get(key) is Column.STREET), -1)
        for index, text in enumerate(texts):
            column = _HEADERS.get(keys[index])
            if column is None and keys[index] in _NUMBER_BESIDE_STREET and index == street + 1:
                column = Column.HOUSE_NUMBER
            if column is None:
                unknown.append(text)
                if keys[index] not in _ROW_NUMBERS:
                    unread.append(index)
            elif column in found:
                self.problem(Code.LIST_DUPLICATE_COLUMN, row, column)
            else:
                found[column] = index
                self.care_of |= column is Column.ADDITION and keys[index] == _CARE_OF
        required = _NAME_COLUMNS + (_LETTER_COLUMNS if self.require_address else ())
        combined = next((text for text in unknown if _COMBINED_PLACE.fullmatch(text)), None)
        place = (Column.POSTCODE, Column.CITY)
        if combined is not None and any(c in required and c not in found for c in place):
            # `PLZ/Ort` in one column: one message to split it, not one per column
            self.problem(Code.LIST_POSTCODE_AND_CITY_IN_ONE, row, None, found=combined)
            required = tuple(c for c in required if c not in place)
        for column in required:
            if column not in found:
                likely = [
                    text for text in unknown if _LIKELY_HEADERS.get(header_key(text)) is column
                ]
                close = likely or difflib.get_close_matches(column.value, unknown, n=1, cutoff=0.6)
                if close and column is Column.LAST_NAME and header_key(close[0]) == "name":
                    code = Code.LIST_MISSING_LAST_NAME_COLUMN_NAME
                    self.problem(code, row, column, found=close[0])
                elif close:
                    self.problem(Code.LIST_MISSING_COLUMN_SUGGESTION, row, column, found=close[0])
                else:
                    self.problem(Code.LIST_MISSING_COLUMN, row, column)
        return found, unread

    def header_text(self, row: int, cell: Cell) -> str:
        """A header's text. One that went through the wrong encoding (`StraÃŸe`: the
        whole list did) is an error, and is taken as what it was, so that no column is
        said to be missing for it."""
        text = stripped(cell) or ""
        while (garbled := mojibake(text)) is not None:
            meant = text.replace(*garbled)
            params = {"column": meant, "value": garbled[0], "meant": garbled[1]}
            self.problems.append(Problem(Code.LIST_MOJIBAKE, self.path, line=row, params=params))
            text = meant
        return text

    def person(self, row: int, cells: Sequence[Cell], columns: dict[Column, int]) -> Person:
        def cell(column: Column) -> Cell:
            index = columns.get(column)
            return cells[index] if index is not None and index < len(cells) else None

        texts: dict[Column, str | None] = {}
        lines: dict[Column, tuple[str, ...]] = {}
        unusable: set[Column] = set()  # cells whose problem (Excel error, date …) is said
        for column in columns:
            try:
                if column in _ADDRESS_LINES:
                    lines[column] = cell_lines(cell(column))
                    texts[column] = " ".join(lines[column]) or None
                else:
                    texts[column] = cell_text(cell(column))
                number = texts[column]
                if column in _NO_NUMBER and number and _NUMBER.fullmatch(number):
                    what = _NO_NUMBER[column]
                    raise CellError(Code.LIST_NUMBER_NOT_TEXT, value=number, what=what)
            except CellError as error:
                self.problem(error.code, row, column, **error.params)
                unusable.add(column)

        def text(column: Column) -> str | None:
            return texts.get(column)

        def empty(column: Column) -> bool:
            return text(column) is None and column not in unusable

        last_name, organisation = text(Column.LAST_NAME), text(Column.ORGANISATION)
        first_name = text(Column.FIRST_NAME)
        if empty(Column.LAST_NAME) and empty(Column.ORGANISATION):
            self.problem(Code.LIST_NO_NAME, row)
        if self.require_address:
            for column in (Column.POSTCODE, Column.CITY):
                if empty(column):
                    self.problem(Code.LIST_MISSING_VALUE, row, column)
            if empty(Column.STREET) and empty(Column.HOUSE_NUMBER):
                self.warning(Code.LIST_NO_STREET, row, Column.STREET)
        salutation, title = self.salutation(row, text(Column.SALUTATION) or "")
        title = self.title(row, text(Column.SALUTATION) or "", title, text(Column.TITLE))
        if salutation is not Salutation.FIRMA:
            first_name, title = self.title_in_name(row, Column.FIRST_NAME, first_name, title)
            last_name, title = self.title_in_name(row, Column.LAST_NAME, last_name, title)
        if salutation is Salutation.FAMILIE and empty(Column.LAST_NAME):
            self.problem(Code.LIST_FAMILY_WITHOUT_NAME, row, Column.LAST_NAME)
        if first_name is not None and empty(Column.LAST_NAME) and organisation is not None:
            params = {"first": first_name, "organisation": organisation}
            self.warning(Code.LIST_FIRST_NAME_ONLY, row, Column.LAST_NAME, **params)
        if last_name is not None and "," in last_name and salutation is not Salutation.FIRMA:
            # `Müller, Petra`: an export's „Name, Vorname“ in one cell
            self.warning(Code.LIST_COMMA_IN_LAST_NAME, row, Column.LAST_NAME, value=last_name)
        elif first_name is None and last_name is not None and salutation is not Salutation.FIRMA:
            if len([w for w in last_name.split() if w.casefold() not in _PARTICLES]) > 1:
                self.warning(
                    Code.LIST_WHOLE_NAME_IN_LAST_NAME, row, Column.LAST_NAME, value=last_name
                )
            elif self.require_address and salutation in (Salutation.DIVERS, Salutation.NONE):
                self.warning(Code.LIST_NO_FIRST_NAME_FOR_GREETING, row, Column.FIRST_NAME)
        if (
            salutation in (Salutation.FRAU, Salutation.HERR)
            and first_name is None
            and last_name is None
            and organisation is not None
        ):
            params = {"value": text(Column.SALUTATION) or "", "organisation": organisation}
            self.warning(Code.LIST_SALUTATION_WITHOUT_NAME, row, Column.SALUTATION, **params)
        organisation_lines = lines.get(Column.ORGANISATION, ())
        if salutation is Salutation.FIRMA and organisation is None:
            # `Firma` with the company's name in the name columns, as some exports write it.
            organisation = " ".join(part for part in (first_name, last_name) if part) or None
            first_name = last_name = None
        return Person(
            row=row,
            salutation=salutation,
            title=title,
            first_name=first_name,
            last_name=last_name,
            organisation=organisation,
            street=self.street(lines.get(Column.STREET, ()), text(Column.HOUSE_NUMBER)),
            postcode=self.postcode(row, cell(Column.POSTCODE), text(Column.POSTCODE)),
            city=text(Column.CITY),
            email=text(Column.EMAIL),
            department="\n".join(lines.get(Column.DEPARTMENT, ())) or None,
            addition=self.addition(lines.get(Column.ADDITION, ())),
            organisation_lines=organisation_lines if len(organisation_lines) > 1 else (),
            house_number_apart=text(Column.HOUSE_NUMBER) is not None,
        )

    def title_in_name(
        self, row: int, column: Column, name: str | None, title: str | None
    ) -> tuple[str | None, str | None]:
        """A title typed before the name (`Dr. Ada`, `Prof. Dr. Lauterbach`) moves to the
        title, with a note: the name and the title as read."""
        if name is None:
            return name, title
        words = name.split()
        count = 0
        while count < len(words) and _is_title_word(words[count]):
            count += 1
        if count == 0 or (count == len(words) and column is Column.LAST_NAME):
            return name, title
        moved, rest = " ".join(words[:count]), " ".join(words[count:]) or None
        params = {"value": name, "title": moved, "name": rest or ""}
        self.warning(Code.LIST_TITLE_IN_NAME, row, column, **params)
        if title is None:
            return rest, moved
        if "".join(moved.split()).casefold() in "".join(title.split()).casefold():
            return rest, title
        return rest, f"{title} {moved}"

    def street(self, lines: tuple[str, ...], number: str | None) -> str | None:
        """The street's lines, the house number after the last (unless it ends with it)."""
        if number is not None and not (lines and lines[-1].endswith(f" {number}")):
            lines = (*lines[:-1], f"{lines[-1]} {number}") if lines else (number,)
        return "\n".join(lines) or None

    def addition(self, lines: tuple[str, ...]) -> str | None:
        """The `Adresszusatz`; under the header `c/o` its text follows `c/o`."""
        if lines and self.care_of and not lines[0].casefold().startswith(_CARE_OF):
            lines = (f"{_CARE_OF} {lines[0]}", *lines[1:])
        return "\n".join(lines) or None

    def salutation(self, row: int, text: str) -> tuple[Salutation, str | None]:
        """The salutation, and the title written with it (`Frau Dr.` → FRAU, `Dr.`)."""
        word, *rest = text.split(None, 1) or [""]
        salutation = _SALUTATIONS.get(word.casefold())
        title = " ".join(rest[0].split()) if rest else None
        if salutation is None or (
            title is not None and (salutation not in _WITH_TITLE or not _TITLE.fullmatch(title))
        ):
            self.problem(Code.LIST_BAD_SALUTATION, row, Column.SALUTATION, value=text)
            return Salutation.NONE, None
        return salutation, title

    def title(
        self, row: int, salutation: str, in_salutation: str | None, in_column: str | None
    ) -> str | None:
        """The title of `Titel`, or the one written in `Anrede`; two different ones are
        an error (which one is meant?), the same one twice is one."""
        if in_salutation is None or in_column is None:
            return in_column or in_salutation
        if "".join(in_salutation.split()).casefold() != "".join(in_column.split()).casefold():
            params = {"value": salutation, "title": in_salutation, "other": in_column}
            self.problem(Code.LIST_TITLE_TWICE, row, Column.TITLE, **params)
        return in_column

    def postcode(self, row: int, value: Cell, text: str | None) -> str | None:
        """Five digits as text; a number cell of four digits lost its leading zero in Excel
        when that makes a German postcode (01001 and above; addresses abroad are not
        supported). `text` is the cell's text (None also when the cell holds none, already
        said)."""
        if isinstance(value, int) and 1001 <= value <= 9999:
            repaired = f"{value:05d}"
            self.warnings.append(
                Problem(
                    Code.LIST_POSTCODE_REPAIRED,
                    self.path,
                    line=row,
                    params={"column": Column.POSTCODE.value, "value": value, "repaired": repaired},
                    severity=Severity.WARNING,
                )
            )
            return repaired
        if text is None:
            return None
        postcode = parse_postcode_text(text)
        if postcode is None:
            self.problem(Code.LIST_BAD_POSTCODE, row, Column.POSTCODE, value=text)
        return postcode
