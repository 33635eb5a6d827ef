"""When a release is public: its status, its date and its Sperrfrist, on the Berlin clock.

Only a published (or later withdrawn) release is ever public, and only from the
start of its `date` on and, when it has an `embargo`, from the embargo's time on
(an embargo without a time: from 00:00 that day), both in Europe/Berlin. A draft
and a discarded number are never public.

Finding the status of a draft must not need a valid file: a draft made with
`pressetool new` in the morning has no body yet, and one being typed may not even
be valid YAML. So `archive` first looks for a top-level `status:` line in the
file's bytes (`peeked_status`), the way `register/release_files.py` finds
top-level fields; a file that says `draft` or `discarded` there is skipped
without being parsed. That line is what `new` and `discard` write and what an
officer types. Any other file is read completely; a file that fails to read is
skipped when YAML says its status is draft or discarded (`yaml_status`, for a
status written in a form the line does not catch), or when the register says so for
the number of its file name (its status line lost, or mistyped `status: Draft`: see
`site._unreadable`, which names it in a Hinweis), and is an error otherwise.
The peek errs on the side of the public: a text that looks like a top-level
`status: draft` line keeps a release out of the archive, never puts one in.

The YAML reader is imported where a file is read: an `archive` with nothing changed
reads none (a tenth of its time was loading PyYAML).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pressetool.compose.german import format_date_numeric, format_time_with_unit
from pressetool.models import Status
from pressetool.office import OFFICE_TIME_ZONE, HouseStyle, office_moment
from pressetool.problems import Code, InputError, Problem

NEVER_PUBLIC = (Status.DRAFT, Status.DISCARDED)

_STATUS_LINE = re.compile(
    rb"""^(?:status|"status"|'status')[ \t]*:[ \t]*["']?([a-z]+)["']?[ \t]*(?:\#.*)?\r?$""",
    re.MULTILINE,
)


def peeked_status(data: bytes) -> Status | None:
    """Draft or discarded when a top-level `status:` line of the file says so; None
    otherwise (the file must then be read)."""
    text = data.removeprefix(b"\xef\xbb\xbf")
    found = {match[1].decode() for match in _STATUS_LINE.finditer(text)}
    return next((status for status in NEVER_PUBLIC if status.value in found), None)


def yaml_status(path: Path) -> Status | None:
    """The status as YAML reads it, the rest of the file unchecked; None when the file is
    no YAML mapping or its status is no status."""
    from pressetool.reading.fields import Fields
    from pressetool.reading.yaml_source import load_located_yaml

    problems: list[Problem] = []
    root = load_located_yaml(path, problems)
    if root is None or not root.is_mapping:
        return None
    text = Fields(root, path, problems).choice("status", tuple(s.value for s in Status), "")
    return Status(text) if text else None


def now_in_office() -> dt.datetime:
    """This moment in Berlin (`archive` without `--at`); tests replace it."""
    return dt.datetime.now(OFFICE_TIME_ZONE)


def parse_moment(text: str) -> dt.datetime:
    """`--at`: `2026-12-03 10:00`, `2026-12-03T10:00`, `3.12.2026 10 Uhr`, or a date alone
    (00:00), in Berlin, read as a Sperrfrist is (`office_moment`): so `--at` with the
    Sperrfrist as written shows the release public."""
    from pressetool.reading.fields import date_and_time_text

    parsed = date_and_time_text(text)
    if parsed is None:
        raise InputError([Problem(Code.ARCHIVE_BAD_MOMENT, None, "--at", params={"value": text})])
    day, time = parsed
    return office_moment(day, time or dt.time())


def describe_moment(moment: dt.datetime, style: HouseStyle) -> str:
    """`03.12.2026, 10 Uhr`, as the Sperrfrist line writes it."""
    local = moment.astimezone(OFFICE_TIME_ZONE)
    clock = format_time_with_unit(local.time().replace(second=0, microsecond=0), None, style)
    return f"{format_date_numeric(local.date())}, {clock}"
