"""The event's wording, composed once and used by every document about it.

The press release, the letters and the lists all print these strings, so
they cannot disagree on date, time or venue.
"""

from __future__ import annotations

from dataclasses import dataclass

from pressetool.compose.german import (
    dative_name,
    dative_phrase,
    format_date_with_weekday,
    format_event_date,
    format_time_phrase,
    format_time_with_unit,
    in_with_article,
    join_german_list,
    nominative_phrase,
    quoted,
    sentence,
    without_article,
)
from pressetool.models import Event
from pressetool.office import HouseStyle


@dataclass(frozen=True)
class ComposedEvent:
    title: str
    quoted_title: str
    """`„Fest im ‚Kiez‘“`: the title as the sentences name it."""
    date: str
    """`11.3.2020` in the house style."""
    date_with_weekday: str
    """`Mittwoch, 11. März 2020`"""
    time: str
    """`9 – 13 Uhr` or `9 Uhr`"""
    time_phrase: str
    """`von 9 – 13 Uhr` or `um 9 Uhr`"""
    venue_name: str
    venue_address: str
    """`Seydelstr. 2-5, 10117 Berlin`"""
    venue_line: str
    """`JobCenter Mitte – Standort Spittelmarkt, Seydelstr. 2-5, 10117 Berlin`"""
    venue_phrase: str
    """`im JobCenter Mitte – Standort Spittelmarkt, Seydelstr. 2-5, 10117 Berlin`; with
    the venue's own preposition `auf dem Leopoldplatz, …`"""
    participants_sentence: str | None
    """`Teilnehmende sind neben dem … das … und die ….` (`Es nimmt die … teil.` for one),
    or None without participants"""


def compose_event(event: Event, style: HouseStyle) -> ComposedEvent:
    venue = event.venue
    address = f"{venue.street}, {venue.postcode} {venue.city}"
    line = f"{venue.name}, {address}"
    # after `im`/`in der` without the name's own article; after a preposition of its
    # own (`auf dem`) as written
    bare = without_article(venue.name, venue.article)
    named = venue.name if venue.preposition else dative_name(bare)
    return ComposedEvent(
        title=event.title,
        quoted_title=quoted(event.title),
        date=format_event_date(event.date, style),
        date_with_weekday=format_date_with_weekday(event.date),
        time=format_time_with_unit(event.start, event.end, style),
        time_phrase=format_time_phrase(event.start, event.end, style),
        venue_name=venue.name,
        venue_address=address,
        venue_line=line,
        venue_phrase=f"{venue.preposition or in_with_article(venue.article)} {named}, {address}",
        participants_sentence=_participants_sentence(event),
    )


def _participants_sentence(event: Event) -> str | None:
    """`Teilnehmende sind (neben dem …) das … und die ….` as the reference release says
    it; one participant takes the singular verb, which reads naturally for an
    organisation: `Es nimmt die Bezirksverordnetenversammlung teil.`, `Neben dem
    JobCenter Mitte nimmt das Kreativhaus teil.`"""
    if not event.participants:
        return None
    participants = join_german_list([nominative_phrase(p) for p in event.participants])
    hosts = join_german_list([dative_phrase(h) for h in event.hosts])
    if len(event.participants) == 1:
        return f"{f'Neben {hosts}' if hosts else 'Es'} nimmt {participants} teil."
    if not hosts:
        return sentence(f"Teilnehmende sind {participants}")
    return sentence(f"Teilnehmende sind neben {hosts} {participants}")


def event_paragraph(event: ComposedEvent) -> str:
    """The press release's generated paragraph about the event."""
    paragraph = (
        f"Die Veranstaltung {event.quoted_title} findet am {event.date} {event.time_phrase} "
        f"{event.venue_phrase} statt."
    )
    if event.participants_sentence:
        paragraph += f" {event.participants_sentence}"
    return paragraph
