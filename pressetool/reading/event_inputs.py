"""The inputs of the event documents: a release with an event, a list of people, and
the folder the documents go to.

Letters and sign-in sheets both start from a release file and a CSV or XLSX
list; the problems of both files (and a release without event) are reported
together, so the officer fixes everything in one round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from pressetool.models import Event, Release
from pressetool.office import Config
from pressetool.problems import Code, InputError, Problem
from pressetool.reading.people_list import PeopleList, read_people_rows
from pressetool.reading.release_reader import read_release


def read_event_inputs(
    release_path: Path,
    people_path: Path | None,
    *,
    require_address: bool,
    no_event_code: Code,
) -> tuple[Release, Event, PeopleList | None]:
    """The release, its event and the list (None without `people_path`); `InputError`
    with every problem of both files.

    `no_event_code` is the message for a release without event, which says
    what the command would have made of it.
    """
    release, event, people = read_event_rows(
        release_path, people_path, require_address=require_address, no_event_code=no_event_code
    )
    if people is not None and people.problems:
        raise InputError(list(people.problems))
    return release, event, people


def read_event_rows(
    release_path: Path,
    people_path: Path | None,
    *,
    require_address: bool,
    no_event_code: Code,
    release_read: Callable[[Release], None] | None = None,
) -> tuple[Release, Event, PeopleList | None]:
    """As `read_event_inputs`, but the errors of the list's rows come in its `problems`
    (`PeopleList.fine` are the rows without one): the caller checks those rows further
    and raises everything at once. A release that cannot be read or has no event, and a
    list that cannot be read as a table, are raised, together with the other's problems.
    `release_read` is called with the release as soon as it is read, before the list:
    the command's folder is known then, whatever the list holds."""
    of_release: list[Problem] = []
    of_list: list[Problem] = []
    release = people = None
    try:
        release = read_release(release_path)
    except InputError as error:
        of_release = error.problems
    if release is not None and release_read is not None:
        release_read(release)
    if people_path is not None:
        try:
            people = read_people_rows(people_path, require_address=require_address)
            of_list = list(people.problems)
        except InputError as error:
            of_list = error.problems
    unread = people_path is not None and people is None  # not even a table
    if release is None or release.event is None or unread:
        no_event = [] if release is None or release.event else [release.source]
        missing = [Problem(no_event_code, source, field="event") for source in no_event]
        raise InputError([*of_release, *of_list, *missing])
    return release, release.event, people


def by_row(problems: Iterable[Problem], source: Path | None) -> list[Problem]:
    """The problems of the list in `source` first, in the order of its rows (those of
    one row in the order found, so that they stand together), then the others."""
    return sorted(
        problems, key=lambda p: (p.file != source, (p.line or 0) if p.file == source else 0)
    )


def personal_folder(config: Config, out: Path | None) -> tuple[Path, list[Problem]]:
    """Where letters and lists with names and addresses go: `out`, else the internal
    folder (`[paths] internal`). An `out` that is or lies in the public folder
    (`[paths] output`, for the web server) is a problem of `--out`."""
    if out is None:
        return config.internal_dir, []
    public = config.output_dir.resolve()
    if not out.resolve().is_relative_to(public):
        return out, []
    params = {"out": str(out), "output": config.output, "internal": config.internal}
    return out, [Problem(Code.PERSONAL_OUT_PUBLIC, None, "--out", params=params)]
