"""A release with an event and a recipient list → the content of its invitation letters.

Everything the letters of one mailing share (letterhead, sender, subject, text,
event block, signer, the business details of the footer) is composed once in
`LetterFrame`; each `Letter` adds only the recipient: address lines and
salutation (DIN 5008). Renderers lay these strings out and never change the
wording. How wide a line of the address is, is measured by render/letters/fit.py
(`compose_invitations` is given its measure): an organisation, a department or an
address addition too wide for the address zone is wrapped here (`wrapped`), and
whether the address then fits is fit.py's check, before anything is laid out: no
line is ever cut.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from pressetool.compose.event import ComposedEvent, compose_event
from pressetool.compose.german import (
    format_date_numeric,
    format_date_with_weekday,
    house_title,
    issuer_office,
    keep_together,
    phone_with_no_break_spaces,
)
from pressetool.compose.typeset import typeset
from pressetool.models import Event, Letterhead, Person, Release, Salutation, Status
from pressetool.office import Config, Sender
from pressetool.problems import Code, Problem, Severity

MAX_ADDRESS_LINES = 6
"""DIN 5008: the address zone of the address field holds six lines."""

ON_BEHALF = re.compile(r"((?i:im\s+auftrag|in\s+vertretung)|i\.\s*[AV]\.)(?:\s+|$)")
"""What `invitation.signer` may begin with to say that the signer signs for the head of
the authority: `Im Auftrag` (`i. A.`) or `In Vertretung` (`i. V.`); the abbreviations as
DIN 5008 writes them, so that initials (`I. A. Müller`) stay a name."""


@dataclass(frozen=True)
class Labelled:
    """A line of the information block, the event block or the footer: `Datum` → `02.03.2020`."""

    label: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class LetterFrame:
    """What every letter of one mailing says."""

    title: str
    """The document title (PDF metadata, DOCX core properties)."""
    author: str
    letterhead: Letterhead
    return_address: str | None
    info: tuple[Labelled, ...]
    subject: str
    paragraphs: tuple[str, ...]
    event: ComposedEvent
    event_block: tuple[Labelled, ...]
    rsvp: str | None
    closing: str
    on_behalf: str | None
    """`Im Auftrag` (or `In Vertretung`) between the closing and the signature."""
    signer: tuple[str, ...]
    enclosure: str | None
    """`Anlage: Kalendereintrag …`, only in a letter sent by e-mail with the calendar file
    attached; a paper letter cannot enclose it."""
    business_details: tuple[Labelled, ...]
    """Geschäftsangaben in the footer of the first page: Hausanschrift, Sprechzeiten,
    Verkehrsverbindungen, Bankverbindung, as `[letters]` gives them."""

    @property
    def signature(self) -> tuple[str, ...]:
        """Closing, `Im Auftrag` and signer, each a line, as the letter has them (where the
        letter leaves room to sign by hand above the signer): the close of a message."""
        return (self.closing, *((self.on_behalf,) if self.on_behalf else ()), *self.signer)

    def with_text(self, change: Callable[[str], str]) -> LetterFrame:
        """The frame with `change` applied to every line of its running text, event
        block, information block and business details: what line-break rules apply to
        (the composer's no-break spaces, a renderer's marks). The address and the
        salutation are lines of their own, the subject a title as written."""

        def changed(items: tuple[Labelled, ...]) -> tuple[Labelled, ...]:
            return tuple(Labelled(i.label, tuple(map(change, i.lines))) for i in items)

        return replace(
            self,
            info=changed(self.info),
            paragraphs=tuple(map(change, self.paragraphs)),
            event_block=changed(self.event_block),
            rsvp=change(self.rsvp) if self.rsvp else None,
            business_details=changed(self.business_details),
        )


@dataclass(frozen=True)
class AddressLine:
    text: str
    source: str
    """What the line is made of, as a message names it: `die Spalte „Straße“`."""
    wraps: bool = False
    """Whether the line is wrapped when it is too wide for the address zone (`wrapped`):
    the name of an organisation, a department, an address addition, which an
    authority's official name often makes longer than a line and which may not be
    abbreviated. Not the person's name, the street with its house number, nor
    `PLZ Ort`: the post reads each of them from one line."""
    written: str | None = None
    """For a line that `wrapped` made of a longer one: that line, as written."""
    shortened: str = "Str. für Straße"
    """How such a line is commonly shortened, for the message when it is too wide."""


@dataclass(frozen=True)
class Letter:
    """One recipient's letter: the frame plus address and salutation."""

    row: int
    """The recipient's row in the list, as Excel shows it."""
    name: str
    """Last name, else the organisation: what the letter's file is named after."""
    address_parts: tuple[AddressLine, ...]
    """Each address line as composed: what it is made of and whether it was wrapped
    (for the messages of render/letters/fit.py)."""
    salutation: str

    @property
    def address(self) -> tuple[str, ...]:
        """The address's lines as they are printed."""
        return tuple(part.text for part in self.address_parts)


@dataclass(frozen=True)
class Invitations:
    frame: LetterFrame
    letters: tuple[Letter, ...]


_REFUSED = {Status.WITHDRAWN: "zurückgezogen", Status.DISCARDED: "verworfen"}


def invitations_refused(release: Release) -> Problem | None:
    """A withdrawn or discarded release invites nobody, by letter or by e-mail; a draft
    does (the invitation comes before the press release)."""
    if release.status not in _REFUSED:
        return None
    params = {"number": str(release.release_number), "status": _REFUSED[release.status]}
    return Problem(Code.INVITATIONS_REFUSED, release.source, "status", None, params)


def lists_of_a_cancelled_release(release: Release) -> Problem | None:
    """A Hinweis for the lists of a withdrawn or discarded release: they are made (the
    office may hold the event anyway), but the office should know."""
    if release.status not in _REFUSED:
        return None
    params = {"number": str(release.release_number), "status": _REFUSED[release.status]}
    code = Code.LISTS_OF_CANCELLED_RELEASE
    return Problem(code, release.source, "status", None, params, Severity.WARNING)


def salutation(person: Person) -> str:
    """`Sehr geehrte Frau Dr. Müller,` … `Sehr geehrte Damen und Herren,`. Without `Frau`
    or `Herr` the name as the list gives it (`Guten Tag Kim Schmidt,`, as the letters'
    contract has it); without a first name that is `Guten Tag Schmidt,`, for which the
    list's reader gives a note asking for the first name."""
    if person.last_name is None or person.salutation is Salutation.FIRMA:
        return "Sehr geehrte Damen und Herren,"
    if person.salutation is Salutation.FAMILIE:
        return f"Sehr geehrte Familie {person.last_name},"
    title = salutation_title(person.title)
    if person.salutation is Salutation.FRAU:
        return f"Sehr geehrte Frau {_join(title, person.last_name)},"
    if person.salutation is Salutation.HERR:
        return f"Sehr geehrter Herr {_join(title, person.last_name)},"
    return f"Guten Tag {_join(title, person.first_name, person.last_name)},"


_SALUTATION_TITLES = ("Prof.", "Dr.")


def salutation_title(title: str | None) -> str | None:
    """The part of a title that the salutation names (DIN 5008): `Prof.` and `Dr.` of
    `house_title`, once each; the address has the whole title in its house form.
    `Dr. med.` → `Dr.`,
    `Prof. Dr. Dr. h.c.` → `Prof. Dr.`, `Dr.-Ing.` → `Dr.`, `Professorin` → `Prof.`,
    `Dipl.-Ing.` → none."""
    kept: list[str] = []
    for word in re.split(r"\s+|(?<=\.)", house_title(title) or ""):
        if word in _SALUTATION_TITLES and word not in kept:
            kept.append(word)
    return " ".join(kept) or None


_NAME = "die Spalten „Titel“, „Vorname“ und „Nachname“"
_FIRST_NAME_SHORT = "den Vornamen als Anfangsbuchstaben, P. für Petra"


def address(person: Person) -> tuple[AddressLine, ...]:
    """DIN 5008: organisation, department, person (`Herrn` in the accusative; `Familie`
    before the name, on a line of its own above first names: `Familie` / `Petra und Max
    Müller`), the address addition (`c/o …`), street with house number, `PLZ Ort`; no empty
    lines, none left out. A cell's line breaks (organisation, department, addition,
    street) are lines of their own; which of them wrap when too wide is
    `AddressLine.wraps`; whether they all fit the address zone (`MAX_ADDRESS_LINES`)
    is measured by render/letters/fit.py."""
    name = _join(house_title(person.title), person.first_name, person.last_name)
    organisation = person.organisation_lines or (person.organisation or "",)
    lines = [AddressLine(text, "die Spalte „Organisation“", wraps=True) for text in organisation]
    lines += _cell_lines(person.department, "die Spalte „Abteilung“", wraps=True)
    if person.last_name is not None:
        form = {Salutation.FRAU: "Frau", Salutation.HERR: "Herrn"}.get(person.salutation)
        if person.salutation is Salutation.FAMILIE and person.first_name is None:
            form = "Familie"
        elif person.salutation is Salutation.FAMILIE:
            lines.append(AddressLine("Familie", "die Spalte „Anrede“"))
        lines.append(AddressLine(_join(form, name), _NAME, shortened=_FIRST_NAME_SHORT))
    elif person.salutation is Salutation.FIRMA and name:
        lines.append(AddressLine(name, _NAME, shortened=_FIRST_NAME_SHORT))
    lines += _cell_lines(person.addition, "die Spalte „Adresszusatz“", wraps=True)
    street = _cell_lines(person.street, "die Spalte „Straße“")
    if street and person.house_number_apart:
        street[-1] = AddressLine(street[-1].text, "die Spalten „Straße“ und „Hausnummer“")
    lines += street
    city = _join(person.postcode, person.city)
    lines.append(AddressLine(city, "die Spalte „Ort“", shortened="a. M. für am Main"))
    return tuple(line for line in lines if line.text)


def _cell_lines(text: str | None, source: str, *, wraps: bool = False) -> list[AddressLine]:
    """The lines of a cell that kept its line breaks (`Person.street`)."""
    return [AddressLine(line, source, wraps) for line in (text or "").split("\n")]


_BREAK = re.compile(r" +|(?<=[^\W\d_]-)(?=[^\W\d_])")
"""Where a wrapped address line may end: at a space (which goes) or after a hyphen
between letters (which stays: `Friedrichshain-` / `Kreuzberg`; not `Dipl.-Ing.`)."""


def wrapped(line: AddressLine, fits: Callable[[str], bool]) -> list[AddressLine]:
    """`line` on as many lines as it takes when it does not `fit` the address zone and
    `wraps`, each filled with as many words as fit, as Word fills a line
    (`Senatsverwaltung für Stadtentwicklung,` / `Bauen und Wohnen`); never between
    what German typesetting keeps together (`keep_together`: `Bürger e. V.`). A word
    wider than the zone on its own stays too wide, for fit.py to name. Whoever wants
    other line ends writes them into the cell (Alt+Enter), and the cell's lines are
    wrapped each on its own. Otherwise `line` itself."""
    if not line.wraps or fits(line.text):
        return [line]
    text = line.text
    kept = keep_together(text)  # the same length: it only makes spaces no-break spaces
    pieces: list[tuple[str, str]] = []  # (what joins it to the piece before, the piece)
    start, joiner = 0, ""
    for match in _BREAK.finditer(kept):
        pieces.append((joiner, text[start : match.start()]))
        start, joiner = match.end(), match[0] and " "
    pieces.append((joiner, text[start:]))
    lines: list[str] = []
    for joiner, piece in pieces:
        if lines and fits(lines[-1] + joiner + piece):
            lines[-1] += joiner + piece
        else:
            lines.append(piece)
    if len(lines) == 1:  # one word too wide: nothing was wrapped
        return [line]
    return [replace(line, text=part, written=text) for part in lines]


def address_lines(person: Person) -> tuple[str, ...]:
    return tuple(line.text for line in address(person))


def _join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def default_paragraphs(
    release: Release, event: ComposedEvent, on_behalf: bool = False
) -> tuple[str, ...]:
    """The invitation text when the release gives none under `invitation.text`: the
    issuer in the first person, or `wir` for an office without a name and for a letter
    signed `Im Auftrag` (it speaks for the authority)."""
    first_person = bool(release.issuer.name) and not on_behalf
    pronoun, verb = ("ich", "lade") if first_person else ("wir", "laden")
    paragraphs = [
        f"hiermit {verb} {pronoun} Sie herzlich zur Veranstaltung {event.quoted_title} ein."
    ]
    if event.participants_sentence:
        paragraphs.append(event.participants_sentence)
    welcome = "Ich würde mich freuen" if first_person else "Wir würden uns freuen"
    paragraphs.append(f"{welcome}, Sie begrüßen zu dürfen.")
    return tuple(paragraphs)


def event_block(event: ComposedEvent) -> tuple[Labelled, ...]:
    return (
        Labelled("Datum", (event.date_with_weekday,)),
        Labelled("Uhrzeit", (event.time,)),
        Labelled("Ort", (event.venue_name, event.venue_address)),
    )


def information_block(sender: Sender, letter_date: dt.date) -> tuple[Labelled, ...]:
    """DIN 5008's order: the recipient's reference, ours (an authority's Geschäftszeichen),
    who answers, how to reach them, the date."""
    items = [
        ("Ihr Zeichen", sender.your_reference),
        ("Geschäftszeichen", sender.reference),
        ("Ansprechperson", sender.contact),
        ("Telefon", sender.phone and phone_with_no_break_spaces(sender.phone)),
        ("E-Mail", sender.email),
        ("Datum", format_date_numeric(letter_date)),
    ]
    return tuple(Labelled(label, (value,)) for label, value in items if value)


def business_details(sender: Sender) -> tuple[Labelled, ...]:
    """The Geschäftsangaben of the footer, each with its lines as `[letters]` writes them."""
    items = [
        ("Hausanschrift", sender.building_address),
        ("Sprechzeiten", sender.opening_hours),
        ("Verkehrsverbindungen", sender.transport),
        ("Bankverbindung", sender.bank),
    ]
    return tuple(Labelled(label, tuple(value.split("\n"))) for label, value in items if value)


def rsvp_sentence(deadline: dt.date, sender: Sender) -> str:
    """By when, and how: the information block's e-mail and phone (those given)."""
    ways = []
    if sender.email:
        ways.append(f"per E-Mail an {sender.email}")
    if sender.phone:
        ways.append(f"telefonisch unter {phone_with_no_break_spaces(sender.phone)}")
    how = f": {' oder '.join(ways)}" if ways else ""
    by = format_date_with_weekday(deadline)
    return f"Bitte teilen Sie uns bis {by} mit, ob Sie teilnehmen{how}."


def signer_lines(release: Release) -> tuple[str | None, tuple[str, ...]]:
    """`invitation.signer` (one line per line written), else the issuer: name and office.

    A beginning `Im Auftrag` (`i. A.`) or `In Vertretung` (`i. V.`), on a line of its own
    or before the name, is returned apart and written out, as an authority's letter
    writes it: it stands above the signature, not below."""
    if release.invitation and release.invitation.signer:
        signer = release.invitation.signer.strip()
        on_behalf = None
        if match := ON_BEHALF.match(signer):
            words = "".join(match[1].split()).casefold()
            on_behalf = "Im Auftrag" if words in ("imauftrag", "i.a.") else "In Vertretung"
            signer = signer[match.end() :]
        lines = (line.strip() for line in signer.splitlines())
        return on_behalf, tuple(line for line in lines if line)
    issuer = release.issuer
    return None, tuple(line for line in (issuer.name, issuer_office(issuer)) if line)


def compose_invitations(
    release: Release,
    event_data: Event,
    people: tuple[Person, ...],
    config: Config,
    letter_date: dt.date,
    calendar_name: str,
    *,
    address_fits: Callable[[str], bool],
    by_email: bool = False,
) -> Invitations:
    """The letters inviting every person to the release's event (`release.event`), dated
    `letter_date`. A letter sent `by_email` names the calendar file `calendar_name` sent
    with it as its enclosure; a paper letter does not. `address_fits`: whether a line
    fits the address zone's width (render/letters/fit.py), for `wrapped`."""
    release = typeset(release)
    event = compose_event(typeset(event_data), config.house_style)
    invitation = release.invitation
    rsvp = None
    if invitation and invitation.rsvp_by:
        rsvp = rsvp_sentence(invitation.rsvp_by, config.sender)
    on_behalf, signer = signer_lines(release)
    frame = LetterFrame(
        title=f"Einladung: {event.title}",
        author=config.office.name,
        letterhead=Letterhead(config.office.name, config.office.unit),
        return_address=config.sender.return_address,
        info=information_block(config.sender, letter_date),
        subject=f"Einladung: {event.title}",
        paragraphs=(invitation.text if invitation and invitation.text else None)
        or default_paragraphs(release, event, on_behalf is not None),
        event=event,
        event_block=event_block(event),
        rsvp=rsvp,
        closing="Mit freundlichen Grüßen",
        on_behalf=on_behalf,
        signer=signer,
        enclosure=f"Anlage: Kalendereintrag {calendar_name}" if by_email else None,
        business_details=business_details(config.sender),
    ).with_text(keep_together)  # `10117 Berlin`, `11. März 2020`, `9 – 13 Uhr`, `Tel.: …`
    letters = []
    for person in people:
        lines = tuple(part for line in address(person) for part in wrapped(line, address_fits))
        letters.append(
            Letter(
                row=person.row,
                name=person.last_name or person.organisation or "",
                address_parts=lines,
                salutation=salutation(person),
            )
        )
    return Invitations(frame, tuple(letters))
