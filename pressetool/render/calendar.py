"""The event as an iCalendar file (`.ics`): one VEVENT in time zone Europe/Berlin.

Summary, location and description are the composed event's wording, the same
strings the letters and the press release print: the DESCRIPTION is the press
release's sentence about the event, in German. ORGANIZER is the office, with
its e-mail address (`[letters] email`) when it has one; without one, the
office's stable id as a `urn:uuid:` (RFC 5545 wants an address there, and an
invented e-mail address would take replies). An event without an end time gets
no DTEND (RFC 5545: it ends when it starts), rather than an invented duration.
The time zone carries no COMMENT (the icalendar library writes an English one).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress

from pressetool.compose.event import ComposedEvent, event_paragraph
from pressetool.models import MIDNIGHT
from pressetool.models import Event as EventData
from pressetool.office import office_uuid

TIME_ZONE = ZoneInfo("Europe/Berlin")
PRODUCT_ID = "-//pressetool//Einladungen//DE"


def event_calendar(
    event: EventData,
    composed: ComposedEvent,
    uid: str,
    stamp: dt.datetime,
    organizer: tuple[str, str | None],
) -> bytes:
    """`uid` names the event for good (a calendar updates, not duplicates, it on re-import);
    `organizer` is the office's name and e-mail address (None: it has none)."""
    vevent = Event()
    vevent.add("uid", uid)
    vevent.add("dtstamp", stamp.astimezone(dt.UTC))
    vevent.add("summary", composed.title)
    vevent.add("location", composed.venue_line)
    vevent.add("description", event_paragraph(composed))
    vevent.add("organizer", _organizer(*organizer))
    vevent.add("dtstart", dt.datetime.combine(event.date, event.start, TIME_ZONE))
    if event.end is not None:  # midnight ends the day: the next one's 00:00
        day = event.date + dt.timedelta(days=1) if event.end == MIDNIGHT else event.date
        vevent.add("dtend", dt.datetime.combine(day, event.end, TIME_ZONE))
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add_component(vevent)
    # The time zone's rules for the event's year only: a short, exact VTIMEZONE.
    year = event.date.year
    calendar.add_missing_timezones(dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
    for timezone in calendar.walk("VTIMEZONE"):
        timezone.pop("COMMENT", None)
    ical: bytes = calendar.to_ical()
    return ical


def _organizer(name: str, email: str | None) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}" if email else f"urn:uuid:{office_uuid(name, '')}")
    address.params["cn"] = name
    address.params["language"] = "de"
    return address
