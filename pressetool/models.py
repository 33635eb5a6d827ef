"""The typed release objects that the reader produces and the composer consumes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

FIRST_YEAR = 1900
LAST_YEAR = 2999
"""The years a release, a register entry or a number can carry: a date outside is a
typo (`0202-03-02`), and no folder or number is made for it."""
_RELEASE_NUMBER = re.compile(r"\s*(\d{1,4})\s*/\s*(\d{4})\s*", re.ASCII)


ISSUER_FIELDS = ("article", "office", "portfolio", "name")
"""The fields of `issuer` in a release file (and of `[defaults] issuer`)."""
CONTACT_FIELDS = ("organisation", "role", "name", "phone", "email")
"""The fields of each entry of `contacts` and `media_contact`."""


class Article(Enum):
    """The nominative article of a name; it decides dative and preposition."""

    DER = "der"
    DIE = "die"
    DAS = "das"


@dataclass(frozen=True)
class Issuer:
    article: Article
    office: str
    portfolio: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Organisation:
    """A host or participant of an event; the extra fields feed the lists."""

    article: Article
    name: str
    contact: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Venue:
    article: Article
    name: str
    street: str
    postcode: str
    city: str
    preposition: str | None = None
    """`auf dem`, `im`, `in der`: what stands before the name where the article alone
    does not decide it (`in der`/`im` otherwise); None for the rule of the article."""


@dataclass(frozen=True)
class Invitation:
    """What the invitation letters say beyond the event itself."""

    text: tuple[str, ...] | None = None
    rsvp_by: dt.date | None = None
    signer: str | None = None


MIDNIGHT = dt.time(0)
"""As an event's end: midnight at the end of its day (`end: "24:00"`, `bis 24 Uhr`)."""


@dataclass(frozen=True)
class Event:
    title: str
    date: dt.date
    start: dt.time
    venue: Venue
    end: dt.time | None = None
    """00:00 is midnight at the end of the day (`end: "24:00"`): `bis 24 Uhr`."""
    hosts: tuple[Organisation, ...] = ()
    participants: tuple[Organisation, ...] = ()


@dataclass(frozen=True)
class Contact:
    name: str
    organisation: str | None = None
    role: str | None = None
    phone: str | None = None
    email: str | None = None


class Status(Enum):
    """The life of a release: a draft is published (from its date and embargo on it is
    public), and may later be withdrawn; a draft that never became a release is
    discarded, its number staying taken. A file without `status` is published."""

    DRAFT = "draft"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"
    DISCARDED = "discarded"


@dataclass(frozen=True)
class Withdrawal:
    date: dt.date
    reason: str


@dataclass(frozen=True)
class Discard:
    """Why a number never became a release (`discard: {date, reason}`)."""

    date: dt.date
    reason: str


@dataclass(frozen=True)
class Embargo:
    """Sperrfrist: a date, and a time when one was given."""

    date: dt.date
    time: dt.time | None = None


@dataclass(frozen=True)
class ReleaseNumber:
    """`Nr. 067/2020`: numbers run per year. Sorts by year, then number."""

    number: int
    year: int

    @property
    def padded(self) -> str:
        """`067`: the number as file names and folders write it."""
        return f"{self.number:03d}"

    def __str__(self) -> str:
        """`067/2020`"""
        return f"{self.padded}/{self.year}"

    def __lt__(self, other: ReleaseNumber) -> bool:
        return (self.year, self.number) < (other.year, other.number)

    @classmethod
    def parse(cls, text: str) -> ReleaseNumber | None:
        """`067/2020` (or `67/2020`) → ReleaseNumber(67, 2020); anything else (a year
        outside `FIRST_YEAR`..`LAST_YEAR` too) → None."""
        match = _RELEASE_NUMBER.fullmatch(text)
        if not match or int(match[1]) == 0 or not FIRST_YEAR <= int(match[2]) <= LAST_YEAR:
            return None
        return cls(int(match[1]), int(match[2]))


@dataclass(frozen=True)
class Correction:
    """The release that a Berichtigung corrects."""

    original: ReleaseNumber
    original_date: dt.date
    note: str | None = None
    """What was corrected (`correction_of.note`), shown under the Berichtigung line."""


@dataclass(frozen=True)
class Release:
    source: Path
    number: int
    date: dt.date
    title: str
    issuer: Issuer
    body: tuple[str, ...]
    event: Event | None = None
    contacts: tuple[Contact, ...] = ()
    media_contact: tuple[Contact, ...] = ()
    embargo: Embargo | None = None
    status: Status = Status.PUBLISHED
    withdrawal: Withdrawal | None = None
    correction_of: Correction | None = None
    invitation: Invitation | None = None
    discard: Discard | None = None

    @property
    def release_number(self) -> ReleaseNumber:
        return ReleaseNumber(self.number, self.date.year)


@dataclass(frozen=True)
class Letterhead:
    """The office above every document: `Bezirksamt Mitte von Berlin`, `Pressestelle`."""

    office: str
    unit: str


class Salutation(Enum):
    """The `Anrede` column. A title written with it (`Frau Dr.`) is read into `Person.title`."""

    FRAU = "Frau"
    HERR = "Herr"
    DIVERS = "divers"
    FAMILIE = "Familie"
    """A household: `Familie` above the name, `Sehr geehrte Familie Müller,`."""
    FIRMA = "Firma"
    """An organisation: its name and address, `Sehr geehrte Damen und Herren,`."""
    NONE = ""


@dataclass(frozen=True)
class Person:
    row: int
    """The row number as Excel shows it (header = row 1)."""
    salutation: Salutation
    title: str | None
    first_name: str | None
    last_name: str | None
    organisation: str | None
    street: str | None
    postcode: str | None
    """Five digits as text."""
    city: str | None
    email: str | None
    department: str | None = None
    """`Abteilung`: in the address the line after the organisation."""
    addition: str | None = None
    """`Adresszusatz` (`c/o Müller`, `Hinterhaus`): in the address the line above the
    street. `street` (with the house number), `department` and `addition` keep the line
    breaks of their cell (Alt+Enter in Excel) as `\\n`: each part is a line of the address."""
    organisation_lines: tuple[str, ...] = ()
    """The organisation's lines in the address when its cell holds line breaks;
    `organisation` is then their text on one line, for lists, sorting and names."""
    house_number_apart: bool = False
    """The house number at the end of `street` came from a column of its own
    (`Hausnummer`): a message about that line names both columns."""
