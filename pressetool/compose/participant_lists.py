"""An event's lists: the Teilnehmendenliste and the Anwesenheitsliste (sign-in sheet).

Both are a heading about the event (worded by `compose.event`, like the press
release and the letters) over a table whose cells are lines of text. The
sign-in sheet also carries the data protection notice, which the renderers
put on every page.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii

from pressetool.compose.event import compose_event
from pressetool.compose.german import (
    german_sort_key,
    house_title,
    keep_together,
    name_index_key,
    phone_with_no_break_spaces,
)
from pressetool.compose.privacy_notice import PrivacyNotice, privacy_notice
from pressetool.compose.typeset import typeset
from pressetool.models import Event, Letterhead, Organisation, Person, Release
from pressetool.office import Config

SIGN_IN_ROWS_PER_PAGE = 13
"""Rows on each page of the sign-in sheet.

This is the page design both renderers follow: A4 landscape with the event
heading at the top and the notice at the bottom of every page, a header row of
8 mm and rows of 10 mm (room for a signature). The tests check that our PDF and
the PDF LibreOffice makes of our DOCX both put this many rows on a full page.
"""
MIN_BLANK_ROWS = 10
"""By default the sheet ends with at least this many rows to fill in by hand."""

PARTICIPANT_COLUMNS = ("Nr.", "Einrichtung", "Ansprechperson", "Anschrift", "Telefon / E-Mail")
SIGN_IN_COLUMNS = ("Nr.", "Name", "Vorname", "Einrichtung", "E-Mail (freiwillig)", "Unterschrift")

Cell = tuple[str, ...]
"""The lines of one table cell; an empty tuple is an empty cell."""


@dataclass(frozen=True)
class EventHeading:
    title: str
    date: str
    """`Mittwoch, 11. März 2020`"""
    when: str
    """`Mittwoch, 11. März 2020, 9 – 13 Uhr`"""
    where: str
    """`JobCenter Mitte – Standort Spittelmarkt, Seydelstr. 2-5, 10117 Berlin`"""


@dataclass(frozen=True)
class ListContent:
    kind: str
    """`Teilnehmendenliste` or `Anwesenheitsliste`: the document's name, printed above the event."""
    title: str
    """The document title (PDF metadata, DOCX core properties)."""
    author: str
    letterhead: Letterhead
    heading: EventHeading
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notice: PrivacyNotice | None
    """The data protection notice, on every page of the sign-in sheet."""
    running_head: str
    """At the top of page 2 and later, before `– Seite 2 von 3`, where the event heading
    is not on every page: `Teilnehmendenliste: Voneinander wissen in Mitte, Mittwoch,
    11. März 2020` (a page that comes loose says which list it belongs to); or ``."""


def event_heading(event: Event, config: Config) -> EventHeading:
    composed = compose_event(event, config.house_style)
    return EventHeading(
        title=composed.title,
        date=composed.date_with_weekday,
        when=f"{composed.date_with_weekday}, {composed.time}",
        where=composed.venue_line,
    )


def _kept(line: str) -> str:
    """`line` with the no-break spaces of German typesetting (`german.keep_together`:
    `10551 Berlin`, `Tel.: …`); a line without a space (most names, every number of the
    sign-in sheet) has nothing to keep together."""
    return keep_together(line) if " " in line else line


def _list_content(
    kind: str,
    release: Release,
    event: Event,
    config: Config,
    columns: tuple[str, ...],
    rows: list[tuple[Cell, ...]],
    notice: PrivacyNotice | None = None,
    running_head: bool = False,
) -> ListContent:
    title = f"{kind}: {event.title}"
    heading = event_heading(event, config)
    return ListContent(
        kind=kind,
        title=title,
        author=config.office.name,
        letterhead=Letterhead(config.office.name, config.office.unit),
        heading=heading,
        columns=columns,
        rows=tuple(tuple(tuple(map(_kept, cell)) for cell in row) for row in rows),
        notice=notice,
        running_head=f"{title}, {heading.date}" if running_head else "",
    )


# -- Teilnehmendenliste -------------------------------------------------------


def compose_participant_list(release: Release, event: Event, config: Config) -> ListContent:
    """The organisations taking part, hosts first, names as in the release."""
    release, event = typeset(release), typeset(event)
    organisations = (*event.hosts, *event.participants)
    rows = [_organisation_row(n, o) for n, o in enumerate(organisations, start=1)]
    return _list_content(
        "Teilnehmendenliste", release, event, config, PARTICIPANT_COLUMNS, rows, running_head=True
    )


def _organisation_row(number: int, organisation: Organisation) -> tuple[Cell, ...]:
    place = " ".join(p for p in (organisation.postcode, organisation.city) if p)
    address = tuple(line for line in (organisation.street, place) if line)
    phone = phone_with_no_break_spaces(organisation.phone) if organisation.phone else None
    reach = tuple(line for line in (phone, organisation.email) if line)
    contact = (organisation.contact,) if organisation.contact else ()
    return ((str(number),), (organisation.name,), contact, address, reach)


# -- Anwesenheitsliste --------------------------------------------------------


def default_blank_rows(registered: int) -> int:
    """Enough blank rows to fill the last page, and at least `MIN_BLANK_ROWS`."""
    blank = -registered % SIGN_IN_ROWS_PER_PAGE
    while blank < MIN_BLANK_ROWS:
        blank += SIGN_IN_ROWS_PER_PAGE
    return blank


def sorted_registrations(people: Sequence[Person]) -> list[Person]:
    """By Nachname, then Vorname, as a German name index (DIN 5007-2: ä as ae, a particle
    after the name: `von Bülow` under B, a title not counted); registrations of an
    organisation without a person's name come last."""

    def key(person: Person) -> tuple[object, ...]:
        name, particles = name_index_key(person.last_name or "")
        parts = [
            _base_letters(name),
            _base_letters(particles),
            _base_letters(german_sort_key(person.first_name or "")),
            _base_letters(german_sort_key(person.organisation or "")),
        ]
        # the letters as the index reads them first (Müller = Mueller, then the first
        # name), the spelling only between names that read the same
        return (person.last_name is None, *(p[0] for p in parts), *(p[1] for p in parts))

    return sorted(people, key=key)


def _base_letters(key: tuple[str, str]) -> tuple[str, str]:
    """`german_sort_key`'s key with the Latin letters that Unicode does not decompose into
    a base letter and an accent written as their base letters (anyascii's table):
    `Łukasiewicz` under L, `Ørsted` under O, `Đorđević` under D, `Æbelø` as `aebelo`.
    ä ö ü ß were already read as ae oe ue ss. A name in another script (Armenian,
    Cyrillic, Chinese) keeps its place after the Latin ones: DIN 5007 orders Latin
    letters only. Equal keys stay ordered by the text itself."""
    folded, text = key
    return "".join(_base_letter(c) for c in folded), text


@cache
def _base_letter(character: str) -> str:
    if character.isascii() or not unicodedata.name(character, "").startswith("LATIN "):
        return character
    return anyascii(character).lower() or character


def _registration_row(number: int, person: Person) -> tuple[Cell, ...]:
    """The e-mail address stays empty: giving it on the day is voluntary. An academic
    title stands with the name (`Dr. Müller`, as `house_title` writes it), the first name
    column holds the first name."""
    name = " ".join(p for p in (house_title(person.title), person.last_name) if p) or None

    def cell(text: str | None) -> Cell:
        return (text,) if text else ()

    return (
        (str(number),),
        cell(name),
        cell(person.first_name),
        cell(person.organisation),
        (),
        (),
    )


def compose_sign_in_sheet(
    release: Release,
    event: Event,
    config: Config,
    registrations: Sequence[Person] = (),
    blank_rows: int | None = None,
) -> ListContent:
    """Rows of the registered people sorted by name, then numbered blank rows.

    `blank_rows` None: `default_blank_rows`."""
    release, event = typeset(release), typeset(event)
    people = sorted_registrations(registrations)
    blank = default_blank_rows(len(people)) if blank_rows is None else blank_rows
    rows = [_registration_row(n, p) for n, p in enumerate(people, start=1)]
    first_blank = len(rows) + 1
    rows += [((str(n),), (), (), (), (), ()) for n in range(first_blank, first_blank + blank)]
    return _list_content(
        "Anwesenheitsliste",
        release,
        event,
        config,
        SIGN_IN_COLUMNS,
        rows,
        notice=privacy_notice(config),
    )
