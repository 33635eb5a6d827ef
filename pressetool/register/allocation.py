"""`new`, `correct`, `withdraw`, `reindex`: the register and the release files together.

Each command changes the register and writes its file inside one register
transaction: the file is written before the commit and put back when the
commit fails, so the two never disagree because a command broke off.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pressetool.compose.german import format_date_numeric
from pressetool.models import ReleaseNumber, Status, Withdrawal
from pressetool.office import Config, today_in_office
from pressetool.output import write_atomically
from pressetool.problems import Code, InputError, Problem
from pressetool.reading.fields import parse_date_text
from pressetool.reading.release_folder import numbers_twice, release_files
from pressetool.reading.release_reader import read_each, read_release
from pressetool.register.database import Entry, Origin, Register, open_register, year_problem
from pressetool.register.release_files import (
    correction_text,
    find_release_file,
    highest_file_number,
    read_identity,
    release_path,
    skeleton_text,
    withdrawn_text,
)

UNNUMBERED = ReleaseNumber(0, 0)
"""The number of a register entry before `_take_number` gives it one."""


def parse_number_argument(text: str) -> ReleaseNumber:
    """`067/2020` from the command line, of a year the register keeps; anything else is
    the officer's error."""
    number = ReleaseNumber.parse(text)
    if number is None:
        raise InputError([Problem(Code.BAD_RELEASE_NUMBER, None, params={"value": text})])
    wrong_year = year_problem(number.year, text)
    if wrong_year:
        raise InputError([wrong_year])
    return number


def parse_date_argument(text: str | None) -> dt.date:
    """`--date 2020-03-02`, of a year the register keeps; without it, today in Berlin."""
    if text is None:
        return today_in_office()
    date = parse_date_text(text)
    if date is None:
        raise InputError([Problem(Code.BAD_DATE, None, field="--date", params={"value": text})])
    wrong_year = year_problem(date.year, text, "--date")
    if wrong_year:
        raise InputError([wrong_year])
    return date


def _required_text(text: str, option: str) -> str:
    if not text.strip():
        raise InputError([Problem(Code.MISSING_FIELD, None, field=option)])
    return text.strip()


def new_release(config: Config, title: str, date_text: str | None = None) -> Path:
    """Take the next number of the date's year and create its release file."""
    title = _required_text(title, "--title")
    date = parse_date_argument(date_text)
    defaults = config.defaults
    with open_register(config, create=True) as register:

        def text_for(number: ReleaseNumber, path: Path) -> str:
            return skeleton_text(path.relative_to(_office(config)), number, date, title, defaults)

        return _take_number(register, config, Entry(UNNUMBERED, date, title), text_for)


def correct_release(config: Config, argument: str, date_text: str | None = None) -> Path:
    """A Berichtigung: a copy of the original under the next number, linked to it."""
    original = parse_number_argument(argument)
    date = parse_date_argument(date_text)
    with open_register(config) as register:
        _given(register, original)
        source = _existing_file(config, original)
        release = read_release(source)
        original_text = source.read_text(encoding="utf-8")

        def text_for(number: ReleaseNumber, path: Path) -> str:
            return correction_text(original_text, original, release.date, number, date)

        entry = Entry(
            UNNUMBERED,
            date,
            release.title,
            correction_of=original,
            origin=Origin.CORRECT,
        )
        return _take_number(register, config, entry, text_for)


def withdraw_release(config: Config, argument: str, reason: str) -> Path:
    """Mark a release withdrawn in its file and in the register; it keeps its number."""
    number = parse_number_argument(argument)
    reason = _required_text(reason, "--reason")
    with open_register(config) as register:
        entry = _given(register, number)
        if entry.status is Status.WITHDRAWN and entry.withdrawal:
            raise InputError(
                [
                    Problem(
                        Code.ALREADY_WITHDRAWN,
                        None,
                        params={
                            "number": str(number),
                            "date": format_date_numeric(entry.withdrawal.date),
                            "reason": entry.withdrawal.reason,
                        },
                    )
                ]
            )
        path = _existing_file(config, number)
        read_identity(path)  # an unfinished file (no body yet) may be withdrawn too
        withdrawal = Withdrawal(today_in_office(), reason)
        text = withdrawn_text(path.read_text(encoding="utf-8"), withdrawal)

        def record() -> tuple[Path, str]:
            register.withdraw(number, withdrawal)
            return path, text

        return _write_with_register(register, record)


@dataclass(frozen=True)
class ReindexResult:
    files: int
    added: int


def reindex_register(config: Config) -> ReindexResult:
    """Rebuild the register from the release files; numbers without a file stay given."""
    identities = read_each(release_files(config), read_identity)
    twice = numbers_twice((i.number, i.path) for i in identities)
    if twice:
        raise InputError(twice)
    with open_register(config, create=True) as register:
        known = {entry.number for entry in register.entries()}
        with register.writing():
            for identity in identities:
                register.add_or_update(
                    Entry(
                        identity.number,
                        identity.date,
                        identity.title,
                        status=identity.status,
                        withdrawal=identity.withdrawal,
                        correction_of=identity.correction_of,
                    )
                )
    return ReindexResult(len(identities), len({i.number for i in identities} - known))


# -- shared steps ----------------------------------------------------------------


def _take_number(
    register: Register,
    config: Config,
    draft: Entry,
    text_for: Callable[[ReleaseNumber, Path], str],
) -> Path:
    """Take the next number of the draft's date's year and create its file, both or neither.

    `draft` is the register entry without its number (`draft.number` is ignored).
    """
    year = draft.date.year

    def record() -> tuple[Path, str]:
        number = register.next_number(year, above=highest_file_number(config, year))
        path = release_path(config, number, draft.title)
        register.add(dataclasses.replace(draft, number=number))
        return path, text_for(number, path)

    return _write_with_register(register, record)


def _write_with_register(register: Register, change: Callable[[], tuple[Path, str]]) -> Path:
    """Run `change` (register statements that name the file to write) and write that
    file in one register transaction; when the commit fails, the file is put back."""
    written: tuple[Path, bytes | None] | None = None
    try:
        with register.writing():
            path, text = change()
            previous = path.read_bytes() if path.exists() else None
            write_atomically(path, text.encode("utf-8"))
            written = (path, previous)
    except BaseException:
        if written is not None:
            _put_back(*written)
        raise
    return path


def _put_back(path: Path, previous: bytes | None) -> None:
    if previous is None:
        path.unlink(missing_ok=True)
    else:
        write_atomically(path, previous)


def _given(register: Register, number: ReleaseNumber) -> Entry:
    entry = register.find(number)
    if entry is None:
        raise InputError([Problem(Code.NUMBER_NEVER_GIVEN, None, params={"number": str(number)})])
    return entry


def _existing_file(config: Config, number: ReleaseNumber) -> Path:
    path = find_release_file(config, number)
    if path is None:
        folder = release_path(config, number, "x").parent
        raise InputError(
            [
                Problem(
                    Code.RELEASE_FILE_MISSING,
                    None,
                    params={"number": str(number), "folder": folder},
                )
            ]
        )
    return path


def _office(config: Config) -> Path:
    return config.folder
