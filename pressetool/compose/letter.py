"""A release with an event and a recipient list → the content of its invitation letters.

Everything the letters of one mailing share (letterhead, sender, subject, text,
event block, signer) is composed once in `LetterFrame`; each `Letter` adds only
the recipient: address lines and salutation, per spec/invitations-and-lists.md.
Renderers lay these strings out and never change the wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pressetool.compose.event import ComposedEvent, compose_event
from pressetool.compose.german import (
    format_date_numeric,
    format_date_with_weekday,
    issuer_office,
    phone_with_no_break_spaces,
)
from pressetool.compose.typeset import typeset
from pressetool.models import Event, Letterhead, Person, Release, Salutation
from pressetool.office import Config, Sender

MAX_ADDRESS_LINES = 6


@dataclass(frozen=True)
class Labelled:
    """A line of the information block or the event block: `Datum` → `02.03.2020`."""

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
    signer: tuple[str, ...]
    enclosure: str


@dataclass(frozen=True)
class Letter:
    """One recipient's letter: the frame plus address and salutation."""

    row: int
    """The recipient's row in the list, as Excel shows it."""
    name: str
    """Last name, else the organisation: what the letter's file is named after."""
    address: tuple[str, ...]
    salutation: str


@dataclass(frozen=True)
class Invitations:
    frame: LetterFrame
    letters: tuple[Letter, ...]


def salutation(person: Person) -> str:
    """`Sehr geehrte Frau Dr. Müller,` … `Sehr geehrte Damen und Herren,`"""
    if person.last_name is None:
        return "Sehr geehrte Damen und Herren,"
    if person.salutation is Salutation.FRAU:
        return f"Sehr geehrte Frau {_join(person.title, person.last_name)},"
    if person.salutation is Salutation.HERR:
        return f"Sehr geehrter Herr {_join(person.title, person.last_name)},"
    return f"Guten Tag {_join(person.title, person.first_name, person.last_name)},"


def address_lines(person: Person) -> tuple[str, ...]:
    """Organisation, person (`Herrn` in the accusative), street, `PLZ Ort`; no empty lines."""
    person_line = None
    if person.last_name is not None:
        form = {Salutation.FRAU: "Frau", Salutation.HERR: "Herrn"}.get(person.salutation)
        person_line = _join(form, person.title, person.first_name, person.last_name)
    place = _join(person.postcode, person.city)
    lines = (person.organisation, person_line, person.street, place or None)
    return tuple(line for line in lines if line)[:MAX_ADDRESS_LINES]


def _join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def default_paragraphs(release: Release, event: ComposedEvent) -> tuple[str, ...]:
    """The invitation text when the release gives none under `invitation.text`."""
    pronoun, verb = ("ich", "lade") if release.issuer.name else ("wir", "laden")
    paragraphs = [f"hiermit {verb} {pronoun} Sie herzlich zur Veranstaltung „{event.title}“ ein."]
    if event.participants_sentence:
        paragraphs.append(event.participants_sentence)
    welcome = "Ich würde mich freuen" if release.issuer.name else "Wir würden uns freuen"
    paragraphs.append(f"{welcome}, Sie begrüßen zu dürfen.")
    return tuple(paragraphs)


def event_block(event: ComposedEvent) -> tuple[Labelled, ...]:
    return (
        Labelled("Datum", (event.date_with_weekday,)),
        Labelled("Uhrzeit", (event.time,)),
        Labelled("Ort", (event.venue_name, event.venue_address)),
    )


def information_block(sender: Sender, letter_date: dt.date) -> tuple[Labelled, ...]:
    items = [
        ("Ansprechperson", sender.contact),
        ("Telefon", sender.phone and phone_with_no_break_spaces(sender.phone)),
        ("E-Mail", sender.email),
        ("Datum", format_date_numeric(letter_date)),
    ]
    return tuple(Labelled(label, (value,)) for label, value in items if value)


def signer_lines(release: Release) -> tuple[str, ...]:
    """`invitation.signer` (one line per line written), else the issuer: name and office."""
    if release.invitation and release.invitation.signer:
        return tuple(line.strip() for line in release.invitation.signer.splitlines())
    issuer = release.issuer
    return tuple(line for line in (issuer.name, issuer_office(issuer)) if line)


def compose_invitations(
    release: Release,
    event_data: Event,
    people: tuple[Person, ...],
    config: Config,
    letter_date: dt.date,
    calendar_name: str,
) -> Invitations:
    """The letters inviting every person to the release's event (`release.event`); each
    names the calendar file `calendar_name` sent with it."""
    release = typeset(release)
    event = compose_event(typeset(event_data), config.house_style)
    invitation = release.invitation
    rsvp = None
    if invitation and invitation.rsvp_by:
        deadline = format_date_with_weekday(invitation.rsvp_by)
        rsvp = f"Bitte teilen Sie uns bis {deadline} mit, ob Sie teilnehmen."
    frame = LetterFrame(
        title=f"Einladung: {event.title}",
        author=config.office.name,
        letterhead=Letterhead(config.office.name, config.office.unit),
        return_address=config.sender.return_address,
        info=information_block(config.sender, letter_date),
        subject=f"Einladung: {event.title}",
        paragraphs=(invitation.text if invitation and invitation.text else None)
        or default_paragraphs(release, event),
        event=event,
        event_block=event_block(event),
        rsvp=rsvp,
        closing="Mit freundlichen Grüßen",
        signer=signer_lines(release),
        enclosure=f"Anlage: Kalendereintrag {calendar_name}",
    )
    letters = tuple(
        Letter(
            row=person.row,
            name=person.last_name or person.organisation or "",
            address=address_lines(person),
            salutation=salutation(person),
        )
        for person in people
    )
    return Invitations(frame, letters)
