"""The inputs of the event documents: a release with an event, and a list of people.

Letters and sign-in sheets both start from a release file and a CSV or XLSX
list; the problems of both files (and a release without event) are reported
together, so the officer fixes everything in one round.
"""

from __future__ import annotations

from pathlib import Path

from pressetool.models import Event, Release
from pressetool.problems import Code, InputError, Problem
from pressetool.reading.people_list import PeopleList, read_people_list
from pressetool.reading.release_reader import read_release


def read_event_inputs(
    release_path: Path,
    people_path: Path | None,
    *,
    require_address: bool,
    no_event_code: Code,
) -> tuple[Release, Event, PeopleList | None]:
    """The release, its event and the list (None without `people_path`).

    `no_event_code` is the message for a release without event, which says
    what the command would have made of it.
    """
    problems: list[Problem] = []
    release = people = None
    try:
        release = read_release(release_path)
    except InputError as error:
        problems.extend(error.problems)
    if people_path is not None:
        try:
            people = read_people_list(people_path, require_address=require_address)
        except InputError as error:
            problems.extend(error.problems)
    if release is not None and release.event is None:
        problems.append(Problem(no_event_code, release.source, field="event"))
    if problems or release is None or release.event is None:
        raise InputError(problems)
    return release, release.event, people
