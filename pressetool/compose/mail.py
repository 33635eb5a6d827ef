"""The wording of the messages that `pressetool send` and `invite --send` send.

The press release goes as its own text (render/mail_body.py lays out its
composed blocks); this module adds what only a message has: the subject, the
Sperrfrist line before subject and text while the Sperrfrist runs, and the
footer. An invitation message is a short cover note to the letter attached
as PDF: salutation, what and when, the calendar file, the signer, all as the
letter says them (compose/letter.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from pressetool.compose.german import NBSP, format_date_numeric, format_time_with_unit
from pressetool.compose.letter import Invitations, Letter
from pressetool.models import Embargo, ReleaseNumber
from pressetool.office import Config, HouseStyle


@dataclass(frozen=True)
class MailText:
    subject: str
    paragraphs: tuple[str, ...]
    """A line break inside a paragraph is a line break of the message."""


def one_line(text: str) -> str:
    """A header's text: no line break, no no-break space (mail programs search for `10 Uhr`)."""
    return " ".join(text.replace(NBSP, " ").split())


def embargo_moment(embargo: Embargo, style: HouseStyle) -> str:
    """`03.12.2026, 10 Uhr` (Berlin time), or the date alone."""
    moment = format_date_numeric(embargo.date)
    if embargo.time is not None:
        moment += f", {format_time_with_unit(embargo.time, None, style)}"
    return one_line(moment)


def embargo_notice(embargo: Embargo, style: HouseStyle) -> str:
    """`SPERRFRIST bis 03.12.2026, 10 Uhr:`, before subject and text."""
    return f"SPERRFRIST bis {embargo_moment(embargo, style)}:"


def embargo_lead(notice: str) -> str:
    """The first line of a message sent before the Sperrfrist ends."""
    return f"{notice} Bitte veröffentlichen Sie diese Pressemitteilung nicht vorher."


def release_subject(number: ReleaseNumber, title: str, notice: str | None = None) -> str:
    """`Pressemitteilung Nr. 067/2020: {title}`, after the Sperrfrist notice while it runs."""
    subject = f"Pressemitteilung Nr. {number}: {title}"
    return one_line(f"{notice} {subject}" if notice else subject)


def distribution_footer(config: Config) -> tuple[str, ...]:
    """Below the release: who sends it and how to leave the distribution list."""
    office = f"{config.office.name}, {config.office.unit}"
    return (
        f"Diese Pressemitteilung erhalten Sie über den Presseverteiler: {office}.",
        "Möchten Sie keine Pressemitteilungen mehr erhalten, antworten Sie bitte auf diese E-Mail.",
    )


def invitation_mails(invitations: Invitations, calendar_name: str) -> dict[int, MailText]:
    """Each letter's cover message, by the recipient's row."""
    return {
        letter.row: invitation_mail(invitations, letter, calendar_name)
        for letter in invitations.letters
    }


def invitation_mail(invitations: Invitations, letter: Letter, calendar_name: str) -> MailText:
    frame = invitations.frame
    event = frame.event
    paragraphs = [
        letter.salutation,
        f"anbei erhalten Sie unsere Einladung zur Veranstaltung {event.quoted_title} am "
        f"{event.date_with_weekday} {event.time_phrase} {event.venue_phrase}.",
        f"Die Einladung ist als PDF angehängt, dazu der Termin als Kalendereintrag "
        f"({calendar_name}): Ein Doppelklick darauf übernimmt ihn in Ihren Kalender.",
    ]
    if frame.rsvp:
        paragraphs.append(frame.rsvp)
    paragraphs.append("\n".join(frame.signature))
    return MailText(subject=one_line(frame.subject), paragraphs=tuple(paragraphs))
