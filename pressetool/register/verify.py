"""`pressetool verify`: every disagreement between the register and the release files.

The files are the durable record and the register the proof of who took which
number; verify reads both and reports each kind of disagreement, all at once.
A draft agrees when file and register both say draft; a discarded number agrees
with or without its file (numbers given before pressetool have none).

A published or withdrawn release is read in full, as `build`, `send` and `archive`
read it, so that verify never says all is well where `archive` refuses a file; a
draft may be unfinished and is not. Each file is read once (twice only when it does
not read whole): 1000 published files take about 0.9 s (0.75 s when only the fields
the register needs were read).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from pressetool.compose.press_release import STATUS_WORDS
from pressetool.models import ReleaseNumber, Status
from pressetool.office import Config
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading.release_folder import numbers_twice, release_files
from pressetool.reading.release_reader import FIRST_NUMBER, LAST_NUMBER, file_number, read_release
from pressetool.register.database import STATUS_STEP, Entry, open_register
from pressetool.register.location import register_location
from pressetool.register.release_files import (
    ReleaseIdentity,
    identity_of,
    name_problems,
    read_identity,
)


class StatedRelease(Protocol):
    """What the register's check needs of a release: a `Release`, or the status of a
    file read alone (the web app's editor, whose draft may not be finished)."""

    @property
    def release_number(self) -> ReleaseNumber: ...
    @property
    def status(self) -> Status: ...
    @property
    def source(self) -> Path: ...


def status_disagreements(
    config: Config,
    releases: Sequence[StatedRelease],
    code: Code,
    severity: Severity = Severity.ERROR,
    unregistered: Code | None = None,
) -> list[Problem]:
    """`code` for each release of which the register says another status than its file
    (a draft or a withdrawn release edited by hand to `published`, a file without its
    `status` line), and `unregistered` (when given) for each whose number the register
    does not know (a published file copied to begin a new one); nothing where they
    agree, and nothing in an office without a register (its files written by hand, as
    before there was one: the file's status counts, as the file format says). `send`
    and `archive` ask before a release goes out, `build` and the web app before they
    hand out its documents."""
    if not releases or not has_register(config):
        return []
    problems = []
    with open_register(config) as register:
        for release in releases:
            number = release.release_number
            entry = register.find(number)
            if entry is None and unregistered is not None:
                params = {"number": str(number)}
                problems.append(
                    Problem(unregistered, release.source, "number", None, params, severity)
                )
            elif entry is not None and entry.status is not release.status:
                params = _status_params(number, entry.status, release.status)
                problems.append(Problem(code, release.source, "status", None, params, severity))
    return problems


def has_register(config: Config) -> bool:
    """Whether the office keeps a register: an office folder whose register exists (or
    lives on a PostgreSQL server). Files written by hand, as before there was one, have
    none: their own status counts."""
    if config.root is None:
        return False
    location = register_location(config)
    return location.path is None or location.path.exists()


def registered_entry(config: Config, number: ReleaseNumber) -> Entry | None:
    """What the register says of `number`; None when it does not know it or there is no
    register (`has_register`)."""
    if not has_register(config):
        return None
    with open_register(config) as register:
        return register.find(number)


def published_by_hand(
    number: ReleaseNumber, registered: Status, written: Status, path: Path
) -> Problem | None:
    """A draft in the register whose file says published or withdrawn (its `status` line
    edited by hand, or the register restored from a backup older than its `publish`):
    what to do; None for any other pair. Only `publish` makes a draft published, after
    checking it in full (the template's examples, a Berichtigung's note and Sperrfrist);
    `reindex` keeps the draft, where it takes any other step forward from the file, so
    that no hand-edited line makes a release public unchecked with the next `archive`."""
    if registered is not Status.DRAFT or written not in (Status.PUBLISHED, Status.WITHDRAWN):
        return None
    code = (
        Code.DRAFT_WITHDRAWN_IN_FILE
        if written is Status.WITHDRAWN
        else Code.DRAFT_PUBLISHED_IN_FILE
    )
    return Problem(code, path, "status", None, {"number": str(number)})


def _status_params(number: ReleaseNumber, registered: Status, written: Status) -> dict[str, str]:
    """Both statuses in German, and the register's as the file writes it."""
    return {
        "number": str(number),
        "register": STATUS_WORDS[registered],
        "file": STATUS_WORDS[written],
        "status": registered.value
        + (", dazu withdrawal mit date und reason" if registered is Status.WITHDRAWN else ""),
    }


def verify_register(config: Config) -> list[Problem]:
    """The disagreements, oldest number first within each kind; empty when all agree."""
    paths = release_files(config)
    try:
        with open_register(config) as register:
            reading = register.read()
    except InputError as error:
        # Without the register nothing can be compared: every file would be "not in it".
        return [_lost(problem) if paths else problem for problem in error.problems]
    problems: list[Problem] = []
    identities: list[ReleaseIdentity] = []
    named: set[ReleaseNumber] = set()  # in the names of files that cannot be read
    for path in paths:
        try:
            identity, wrong = _read(path)
        except InputError as error:
            problems.extend(error.problems)
            number = _named_number(path)
            if number is not None:
                named.add(number)
            continue
        identities.append(identity)
        problems.extend(wrong)
    problems.extend(reading.problems)
    problems.extend(numbers_twice((i.number, i.path) for i in identities))
    problems.extend(_file_problems(identities))
    registered = {e.number: e for e in reading.entries}
    compared = []
    for identity in identities:
        number = _named_number(identity.path)
        known = identity.number in registered or identity.number in reading.unreadable
        if name_problems(identity) and not known and number is not None:
            # a typo'd year or number, said above: the file stands for the number its
            # name gives, never for one `reindex` would take in for good
            named.add(number)
        else:
            compared.append(identity)
    problems.extend(_register_problems(registered, reading.unreadable, compared, named))
    return problems


def _read(path: Path) -> tuple[ReleaseIdentity, list[Problem]]:
    """The file's identity, and what is wrong in the file of a published or withdrawn
    release read in full as `build`, `send` and `archive` read it (a `withdrawal` beside
    `status: published`, a field spoilt by hand: `archive` would refuse it). A draft may
    be unfinished: its problems are not said (a discarded number's neither). What
    `name_problems` says of the file's folder and name is not said twice.

    Each file is read once when it reads whole (nearly every file of an office's years),
    twice only when it does not: `read_identity` then says what the register needs."""
    try:
        release = read_release(path)
    except InputError as error:
        problems = error.problems
    else:
        identity = identity_of(release)
        if identity is not None:
            return identity, []
        problems = []
    identity = read_identity(path)  # an `InputError` here is the file's problem
    if identity.status not in _PUBLIC:
        return identity, []
    said = name_problems(identity)
    return identity, [problem for problem in problems if problem not in said]


def _lost(problem: Problem) -> Problem:
    """A register missing beside release files was lost: restore it, or `reindex`."""
    if problem.code is Code.REGISTER_MISSING:
        return dataclasses.replace(problem, code=Code.REGISTER_LOST)
    return problem


def _named_number(path: Path) -> ReleaseNumber | None:
    """The number the file's name and folder say (`releases/2026/002-….yaml`: 002/2026)."""
    number = file_number(path)
    year = path.parent.name
    if number is None or not (FIRST_NUMBER <= number <= LAST_NUMBER):
        return None
    return ReleaseNumber(number, int(year))


def _file_problems(identities: list[ReleaseIdentity]) -> list[Problem]:
    problems = []
    for identity in identities:
        problems.extend(name_problems(identity))
        if identity.status is Status.WITHDRAWN and identity.withdrawal is None:
            problems.append(
                Problem(Code.WITHDRAWN_WITHOUT_REASON, identity.path, field="withdrawal")
            )
    return problems


def _register_problems(
    registered: dict[ReleaseNumber, Entry],
    unreadable: set[ReleaseNumber],
    identities: list[ReleaseIdentity],
    named: set[ReleaseNumber],
) -> list[Problem]:
    """`unreadable`: the numbers of rows already reported as unreadable; they are in
    the register, and nothing else is said of them. `named`: the numbers that the names
    of files that cannot be read carry (whose problem is said already)."""
    in_files = {identity.number: identity for identity in identities}
    problems = []
    for number in sorted(registered.keys() - in_files.keys() - named):
        if registered[number].status is Status.DISCARDED:
            continue  # a discarded number needs no file: given before pressetool, or given up
        problems.append(Problem(Code.REGISTERED_WITHOUT_FILE, None, params={"number": str(number)}))
    for number in sorted(in_files.keys() - registered.keys() - unreadable):
        problems.append(
            Problem(Code.FILE_NOT_REGISTERED, in_files[number].path, params={"number": str(number)})
        )
    for number in sorted(in_files.keys() & registered.keys()):
        entry, identity = registered[number], in_files[number]
        kept = published_by_hand(number, entry.status, identity.status, identity.path)
        if kept is not None:
            problems.append(kept)
        elif entry.status is not identity.status:
            ahead = STATUS_STEP[identity.status] > STATUS_STEP[entry.status]
            problems.append(
                Problem(
                    Code.STATUS_DIFFERS_FILE_AHEAD if ahead else Code.STATUS_DIFFERS,
                    identity.path,
                    field="status",
                    params=_status_params(number, entry.status, identity.status),
                )
            )
        else:
            problems.extend(_changed_since_published(entry, identity))
    for number, entry in sorted(registered.items()):
        if entry.status is Status.WITHDRAWN and entry.withdrawal is None:
            problems.append(
                Problem(
                    Code.REGISTERED_WITHDRAWN_WITHOUT_REASON,
                    None,
                    params={"number": str(number)},
                )
            )
    problems.extend(_gaps(registered.keys() | unreadable | in_files.keys() | named))
    return problems


_PUBLIC = {Status.PUBLISHED: "veröffentlicht", Status.WITHDRAWN: "veröffentlicht und zurückgezogen"}


def _changed_since_published(entry: Entry, identity: ReleaseIdentity) -> list[Problem]:
    """A published (or withdrawn) release whose file says another title or date than it
    was published with: changed by hand, where a Berichtigung was due (the date also
    moves the moment it becomes public). A draft's title and date may change freely."""
    if entry.status not in _PUBLIC:
        return []
    changed = [
        (name, f"{dative} {shown(old)}", f"{accusative} {shown(new)}")
        for name, dative, accusative, old, new, shown in (
            ("title", "dem Titel", "den Titel", entry.title, identity.title, _quoted),
            ("date", "dem Datum", "das Datum", entry.date, identity.date, _german_date),
        )
        if old != new
    ]
    if not changed:
        return []
    params = {
        "number": str(entry.number),
        "status": _PUBLIC[entry.status],
        "registered": " und ".join(registered for _, registered, _ in changed),
        "written": " und ".join(written for _, _, written in changed),
    }
    field = changed[0][0] if len(changed) == 1 else None
    return [Problem(Code.PUBLISHED_CHANGED_IN_FILE, identity.path, field, None, params)]


def _quoted(text: object) -> str:
    return f"„{text}“"


def _german_date(date: object) -> str:
    assert isinstance(date, dt.date)
    return date.strftime("%d.%m.%Y")


def _gaps(numbers: set[ReleaseNumber]) -> list[Problem]:
    """Numbers below a year's highest that neither the register nor a file knows.

    A run of missing numbers is one problem (`001/2020 bis 066/2020`), so that an
    archive that starts in the middle of a year does not fill the screen. The runs
    come from the given numbers, sorted: the work grows with the numbers given,
    never with the highest (a typo such as 1000000067 costs nothing).
    """
    given: dict[int, list[int]] = {}
    for number in numbers:
        given.setdefault(number.year, []).append(number.number)
    problems = []
    for year, year_numbers in sorted(given.items()):
        for first, last in _missing_runs(sorted(year_numbers)):
            if first == last:
                params = {"number": str(ReleaseNumber(first, year))}
                problems.append(Problem(Code.NUMBER_GAP, None, params=params))
            else:
                params = {
                    "first": str(ReleaseNumber(first, year)),
                    "last": str(ReleaseNumber(last, year)),
                }
                problems.append(Problem(Code.NUMBER_GAP_RUN, None, params=params))
    return problems


def _missing_runs(ascending: list[int]) -> list[tuple[int, int]]:
    """The runs missing from 1 up to the highest of distinct ascending numbers:
    [3, 4, 7] → [(1, 2), (5, 6)]."""
    runs: list[tuple[int, int]] = []
    previous = 0
    for number in ascending:
        if number > previous + 1:
            runs.append((previous + 1, number - 1))
        previous = number
    return runs
