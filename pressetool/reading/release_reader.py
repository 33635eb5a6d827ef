"""Release files (YAML) → validated `Release` objects, per spec/release-data.md."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

from pressetool.models import (
    CONTACT_FIELDS,
    ISSUER_FIELDS,
    MIDNIGHT,
    Contact,
    Correction,
    Discard,
    Embargo,
    Event,
    Invitation,
    Issuer,
    Organisation,
    Release,
    ReleaseNumber,
    Status,
    Venue,
    Withdrawal,
)
from pressetool.office import twice_in_berlin
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading.fields import PARAGRAPH_BREAK, Fields
from pressetool.reading.yaml_source import load_located_yaml

RELEASE_FIELDS = (
    "number",
    "date",
    "title",
    "issuer",
    "body",
    "event",
    "contacts",
    "media_contact",
    "embargo",
    "status",
    "withdrawal",
    "correction_of",
    "invitation",
    "discard",
)
EVENT_FIELDS = ("title", "date", "start", "end", "venue", "hosts", "participants")
VENUE_FIELDS = ("article", "name", "street", "postcode", "city", "preposition")
_PREPOSITION = re.compile(
    r"(?:(?:im|am|beim|vom|zum|zur|ins)|(?:in|an|auf|bei|vor|hinter|neben|unter|über|zwischen)"
    r"(?: (?:der|dem|den))?)"
)
"""`venue.preposition`: a preposition, with the article it takes before the name."""
ORGANISATION_FIELDS = ("article", "name", "contact", "street", "postcode", "city", "phone", "email")
WITHDRAWAL_FIELDS = ("date", "reason")
DISCARD_FIELDS = ("date", "reason")
CORRECTION_FIELDS = ("number", "date", "note")
INVITATION_FIELDS = ("text", "rsvp_by", "signer")

T = TypeVar("T")

_FILE_NUMBER = re.compile(r"^([0-9]+)-")

FIRST_NUMBER = 1
LAST_NUMBER = 9999
"""The numbers a year holds: `NNN/JJJJ` has room for four digits. A higher number is a
typo (`1000000067`), and no command may count on from it."""


def read_releases(paths: list[Path], notes: list[Problem] | None = None) -> list[Release]:
    """Read every file; raise one `InputError` with the problems of all of them.
    `notes`: as for `read_release`."""
    return read_each(paths, lambda path: read_release(path, notes=notes))


def read_each(paths: Iterable[Path], read: Callable[[Path], T]) -> list[T]:
    """Read every file with `read`; raise one `InputError` with the problems of all."""
    results: list[T] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            results.append(read(path))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return results


def read_release(
    path: Path, *, publishing: bool = False, notes: list[Problem] | None = None
) -> Release:
    """The release in `path`, or one `InputError` with every problem of the file.

    `publishing`: read as `pressetool publish` does before it publishes the file,
    which also asks what a Berichtigung corrected (`correction_of.note`) and refuses
    the examples of the file `new` wrote (`Name des Ortes`), which a draft may keep.
    `notes`: where the Hinweise go that do not stop the file (a Sperrfrist before the
    release's date, `_embargo_notes`); they are added only when the file is read.
    """
    problems: list[Problem] = []
    root = load_located_yaml(path, problems)
    if root is None:
        raise InputError(problems)
    if not root.is_mapping:
        raise InputError([Problem(Code.NOT_A_MAPPING, path, line=root.line)])
    fields = Fields(root, path, problems, refuse_examples=publishing)
    fields.reject_unknown(RELEASE_FIELDS)
    number = release_number(fields)
    date = fields.date("date", required=True)
    title = fields.text("title", required=True)
    issuer = _issuer(fields.nested("issuer", required=True, known=ISSUER_FIELDS))
    body = _paragraphs(fields.text("body", required=True, paragraphs=True))
    event = _event(fields.nested("event", known=EVENT_FIELDS))
    contacts = tuple(_contact(item) for item in fields.items("contacts", CONTACT_FIELDS))
    media_contact = tuple(_contact(item) for item in fields.items("media_contact", CONTACT_FIELDS))
    embargo = fields.date_and_time("embargo")
    status = Status(fields.choice("status", tuple(s.value for s in Status), "published"))
    withdrawal = _withdrawal(fields.nested("withdrawal", known=WITHDRAWAL_FIELDS))
    correction = _correction(
        fields.nested("correction_of", known=CORRECTION_FIELDS), date, publishing
    )
    invitation = _invitation(
        fields.nested("invitation", known=INVITATION_FIELDS), event.date if event else None
    )
    discard = _discard(fields.nested("discard", known=DISCARD_FIELDS))

    if withdrawal is not None and status is not Status.WITHDRAWN:
        fields.problem(
            Code.WITHDRAWAL_WITHOUT_STATUS, "withdrawal", fields.mapping["withdrawal"].line
        )
    if discard is not None and status is not Status.DISCARDED:
        fields.problem(Code.DISCARD_WITHOUT_STATUS, "discard", fields.mapping["discard"].line)
    if number is not None:
        _check_number_against_file_name(fields, number, date)

    if problems:
        raise InputError(problems)
    assert number and date and title and issuer and body
    if notes is not None and embargo is not None:
        notes += _embargo_notes(fields, date, *embargo)
    if notes is not None and status is Status.DRAFT:
        notes += _correction_note_missing(fields, correction)
    return Release(
        source=path,
        number=number,
        date=date,
        title=title,
        issuer=issuer,
        body=body,
        event=event,
        contacts=tuple(c for c in contacts if c is not None),
        media_contact=tuple(c for c in media_contact if c is not None),
        embargo=Embargo(*embargo) if embargo else None,
        status=status,
        withdrawal=withdrawal,
        correction_of=correction,
        invitation=invitation,
        discard=discard,
    )


def read_status(path: Path) -> Status | None:
    """The `status` of a release file, the rest unchecked; None when the file cannot be
    read as a mapping or names no known status (reading it in full then says why)."""
    problems: list[Problem] = []
    root = load_located_yaml(path, problems)
    if root is None or not root.is_mapping:
        return None
    status = Fields(root, path, problems).choice("status", tuple(s.value for s in Status), "")
    return Status(status) if status and not problems else None


def _embargo_notes(
    fields: Fields, date: dt.date, embargo_date: dt.date, embargo_time: dt.time | None
) -> list[Problem]:
    """The Hinweise on a Sperrfrist. One at a time the clock shows twice, when summer
    time ends: it is taken as the later (`office.office_moment`), which the officer
    should know. One before the release's date: the release is public from its date on
    anyway, so the Sperrfrist its documents print holds nothing back (the officer
    probably meant a later day). One on the date itself is no more than the date at
    00:00, or a later hour that does hold it back: no Hinweis."""
    found: list[tuple[Code, Mapping[str, object]]] = []
    if embargo_time is not None and twice_in_berlin(embargo_date, embargo_time):
        clock = f"{embargo_time.hour}:{embargo_time.minute:02d}"
        twice = {"date": f"{embargo_date:%d.%m.%Y}", "time": clock}
        found.append((Code.EMBARGO_TIME_TWICE, twice))
    if embargo_date < date:
        shown = embargo_date.strftime("%d.%m.%Y")
        if embargo_time is not None:
            shown += f", {embargo_time:%H:%M} Uhr"
        before = {"embargo": shown, "date": date.strftime("%d.%m.%Y")}
        found.append((Code.EMBARGO_BEFORE_DATE, before))
    line = fields.mapping["embargo"].line
    return [
        Problem(code, fields.file, "embargo", line, params, Severity.WARNING)
        for code, params in found
    ]


def _correction_note_missing(fields: Fields, correction: Correction | None) -> list[Problem]:
    """A Hinweis for a Berichtigung in draft that does not yet say what it corrects:
    `check` says what `publish` will refuse (files published before the note existed
    may lack it, so only drafts)."""
    if correction is None or correction.note is not None:
        return []
    parent = fields.mapping["correction_of"]
    note = parent.value.get("note") if parent.is_mapping else None
    line = (note or parent).line
    code = Code.CORRECTION_NOTE_MISSING
    return [Problem(code, fields.file, "correction_of.note", line, {}, Severity.WARNING)]


def file_number(path: Path) -> int | None:
    """The number a file name starts with: `067-….yaml` → 67."""
    match = _FILE_NUMBER.match(path.name)
    return int(match[1]) if match else None


def release_number(fields: Fields) -> int | None:
    """The field `number`: a whole number from `FIRST_NUMBER` to `LAST_NUMBER` in the
    digits 0-9, else a problem that names the bound (`²`, `٦٧`, `1e3` and `1000000067`
    alike). The size is judged on the digits, before `int` sees a long text."""
    value = fields.present("number", required=True)
    if value is None:
        return None
    text = (value.raw or "").strip() if value.is_scalar else ""
    digits = text.lstrip("0")
    if text.isascii() and text.isdigit() and len(digits) <= len(str(LAST_NUMBER)):
        number = int(digits or "0")
        if FIRST_NUMBER <= number <= LAST_NUMBER:
            return number
    shown = text if len(text) <= 20 else f"{text[:20]}…"
    fields.problem(
        Code.NUMBER_OUT_OF_RANGE,
        "number",
        value.line,
        value=shown if value.is_scalar else "…",
        first=FIRST_NUMBER,
        last=LAST_NUMBER,
    )
    return None


def _check_number_against_file_name(fields: Fields, number: int, date: dt.date | None) -> None:
    named = file_number(fields.file)
    if named is not None and named != number:
        fields.problem(
            Code.NUMBER_MISMATCH,
            "number",
            fields.mapping["number"].line,
            number=number,
            file_number=named,
            filename=fields.file.name,
        )
    folder = fields.file.parent.name
    if re.fullmatch(r"[0-9]{4}", folder) and date is not None and date.year != int(folder):
        fields.problem(
            Code.YEAR_MISMATCH, "date", fields.mapping["date"].line, year=date.year, folder=folder
        )


def _paragraphs(text: str | None) -> tuple[str, ...] | None:
    """Paragraphs are separated by blank lines; lines inside one are joined by a space."""
    if text is None:
        return None
    blocks = PARAGRAPH_BREAK.split(text.strip())
    return tuple(" ".join(line.strip() for line in b.splitlines() if line.strip()) for b in blocks)


def _issuer(fields: Fields | None) -> Issuer | None:
    if fields is None:
        return None
    fields.reject_unknown(ISSUER_FIELDS)
    article = fields.article("article", required=True)
    office = fields.text("office", required=True)
    portfolio, name = fields.text("portfolio"), fields.text("name")
    if article is None or office is None:
        return None
    return Issuer(article, office, portfolio, name)


def _organisation(fields: Fields) -> Organisation | None:
    fields.reject_unknown(ORGANISATION_FIELDS)
    article = fields.article("article", required=True)
    name = fields.text("name", required=True)
    extra = {key: fields.text(key) for key in ("contact", "street", "city", "phone")}
    extra["email"] = fields.email("email")
    postcode = fields.postcode("postcode")
    if article is None or name is None:
        return None
    return Organisation(article, name, postcode=postcode, **extra)


def _venue(fields: Fields | None) -> Venue | None:
    if fields is None:
        return None
    fields.reject_unknown(VENUE_FIELDS)
    article = fields.article("article", required=True)
    name = fields.text("name", required=True)
    street = fields.text("street", required=True)
    postcode = fields.postcode("postcode", required=True)
    city = fields.text("city", required=True)
    preposition = fields.text("preposition")
    if preposition is not None and not _PREPOSITION.fullmatch(preposition):
        located = fields.present("preposition", required=False)
        line = located.line if located is not None else None
        fields.problem(Code.BAD_VENUE_PREPOSITION, "preposition", line, value=preposition)
        preposition = None
    if article is None or name is None or street is None or postcode is None or city is None:
        return None
    return Venue(article, name, street, postcode, city, preposition)


def _event(fields: Fields | None) -> Event | None:
    if fields is None:
        return None
    fields.reject_unknown(EVENT_FIELDS)
    title = fields.text("title", required=True)
    date = fields.date("date", required=True)
    start = fields.time("start", required=True)
    end = fields.time("end", end=True)
    venue = _venue(fields.nested("venue", required=True, known=VENUE_FIELDS))
    hosts = [_organisation(item) for item in fields.items("hosts", ORGANISATION_FIELDS)]
    participants = [
        _organisation(item) for item in fields.items("participants", ORGANISATION_FIELDS)
    ]
    if start is not None and end is not None and end <= start and end != MIDNIGHT:
        fields.problem(
            Code.END_BEFORE_START, "end", fields.mapping["end"].line, start=start, end=end
        )
    if title is None or date is None or start is None or venue is None:
        return None
    return Event(
        title=title,
        date=date,
        start=start,
        end=end,
        venue=venue,
        hosts=tuple(h for h in hosts if h is not None),
        participants=tuple(p for p in participants if p is not None),
    )


def _contact(fields: Fields) -> Contact | None:
    fields.reject_unknown(CONTACT_FIELDS)
    name = fields.text("name", required=True)
    organisation, role = fields.text("organisation"), fields.text("role")
    phone, email = fields.text("phone"), fields.email("email")
    if name is None:
        return None
    return Contact(name, organisation, role, phone, email)


def _withdrawal(fields: Fields | None) -> Withdrawal | None:
    if fields is None:
        return None
    fields.reject_unknown(WITHDRAWAL_FIELDS)
    date = fields.date("date", required=True)
    reason = fields.text("reason", required=True)
    return Withdrawal(date, reason) if date and reason else None


def _discard(fields: Fields | None) -> Discard | None:
    if fields is None:
        return None
    fields.reject_unknown(DISCARD_FIELDS)
    date = fields.date("date", required=True)
    reason = fields.text("reason", required=True)
    return Discard(date, reason) if date and reason else None


def _correction(
    fields: Fields | None, own_date: dt.date | None, publishing: bool = False
) -> Correction | None:
    """`correction_of: {number, date, note}`; `note` (what was corrected) is needed to
    publish a Berichtigung, and optional in files published before it existed. The
    original's number is of the year of its date, and it is not dated after the
    Berichtigung (`own_date`): either would print a reference to no release."""
    if fields is None:
        return None
    fields.reject_unknown(CORRECTION_FIELDS)
    text = fields.text("number", required=True)
    date = fields.date("date", required=True)
    note = fields.text("note", required=publishing)
    original = ReleaseNumber.parse(text) if text else None
    if text and original is None:
        fields.problem(Code.BAD_RELEASE_NUMBER, "number", fields.mapping["number"].line, value=text)
    if original is not None and date is not None:
        line = fields.mapping["date"].line
        params = {"number": str(original), "date": f"{date:%d.%m.%Y}"}
        if original.year != date.year:
            fields.problem(Code.CORRECTION_YEAR_DIFFERS, "date", line, **params, year=original.year)
        elif own_date is not None and date > own_date:
            own = f"{own_date:%d.%m.%Y}"
            fields.problem(Code.ORIGINAL_AFTER_CORRECTION, "date", line, **params, own=own)
    return Correction(original, date, note) if original and date else None


def _invitation(fields: Fields | None, event_date: dt.date | None) -> Invitation | None:
    """`invitation`; a reply asked for after the event (`rsvp_by`) is a problem."""
    if fields is None:
        return None
    fields.reject_unknown(INVITATION_FIELDS)
    text = _paragraphs(fields.text("text", paragraphs=True))
    rsvp_by = fields.date("rsvp_by")
    if rsvp_by is not None and event_date is not None and rsvp_by > event_date:
        line = fields.mapping["rsvp_by"].line
        fields.problem(Code.RSVP_AFTER_EVENT, "rsvp_by", line, rsvp=rsvp_by, event=event_date)
    return Invitation(text=text, rsvp_by=rsvp_by, signer=fields.text("signer"))
