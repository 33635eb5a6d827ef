"""The event as an iCalendar file (`.ics`): one VEVENT in time zone Europe/Berlin.

Summary and location are the composed event's wording, the same strings the
letters print. An event without an end time gets no DTEND (RFC 5545: it ends
when it starts), rather than an invented duration.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from pressetool.compose.event import ComposedEvent
from pressetool.models import Event as EventData

TIME_ZONE = ZoneInfo("Europe/Berlin")
PRODUCT_ID = "-//pressetool//Einladungen//DE"


def event_calendar(
    event: EventData, composed: ComposedEvent, uid: str, stamp: dt.datetime
) -> bytes:
    """`uid` names the event for good (a calendar updates, not duplicates, it on re-import)."""
    vevent = Event()
    vevent.add("uid", uid)
    vevent.add("dtstamp", stamp.astimezone(dt.UTC))
    vevent.add("summary", composed.title)
    vevent.add("location", composed.venue_line)
    vevent.add("dtstart", dt.datetime.combine(event.date, event.start, TIME_ZONE))
    if event.end is not None:
        vevent.add("dtend", dt.datetime.combine(event.date, event.end, TIME_ZONE))
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add_component(vevent)
    # The time zone's rules for the event's year only: a short, exact VTIMEZONE.
    year = event.date.year
    calendar.add_missing_timezones(dt.date(year, 1, 1), dt.date(year + 1, 1, 1))
    ical: bytes = calendar.to_ical()
    return ical
