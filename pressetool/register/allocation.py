"""`new`, `publish`, `discard`, `withdraw`, `correct`, `reindex`: the register and the
release files together.

Each command changes the register and writes its file inside one register
transaction: the file is written before the commit and put back when the
commit fails, so the two never disagree because a command broke off.
`publish` and `withdraw` also write the release's documents: rendered and staged
(hidden) before the transaction, moved into place after its commit.

The life of a release: `new` and `correct` make a draft; `publish` makes a
complete draft published; `withdraw` withdraws a published release; `discard`
gives up a draft, or records numbers that were given before pressetool and
have no file. The register's status decides which step is allowed; the file
must say the same.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pressetool.compose.german import format_date_numeric
from pressetool.compose.press_release import (
    STATUS_WORDS,
    compose_press_release,
    embargo_end,
    moment_text,
    public_from,
)
from pressetool.models import Discard, Release, ReleaseNumber, Status, Withdrawal
from pressetool.office import OFFICE_TIME_ZONE, Config, today_in_office
from pressetool.output import (
    Staging,
    press_release_file,
    refuse_link_across,
    release_output_dir,
    write_atomically,
)
from pressetool.plain_text import forbidden_character, trimmed
from pressetool.problems import Code, InputError, Problem, Severity, shown_path
from pressetool.reading import limits
from pressetool.reading.fields import parse_date_text
from pressetool.reading.release_folder import near_misses, numbers_twice, release_files
from pressetool.reading.release_reader import LAST_NUMBER, read_release
from pressetool.register.database import Entry, Origin, Register, open_register, year_problem
from pressetool.register.journal import release_mailing, sent_counts
from pressetool.register.release_files import (
    ReleaseIdentity,
    correction_text,
    discarded_text,
    file_numbers,
    find_release_file,
    highest_file_number,
    name_problems,
    published_text,
    read_identity,
    release_path,
    skeleton_text,
    withdrawn_text,
)
from pressetool.register.verify import published_by_hand
from pressetool.render.press_release import ReleaseFormat, render_press_release

PUBLISHED_FORMATS = (ReleaseFormat.PDF, ReleaseFormat.DOCX)
"""What `publish` builds, as `build` does."""
KEPT_FORMATS = tuple(ReleaseFormat)
"""The documents of a release that `withdraw` renews where they exist (in output/ and
in the internal folder, where `publish` puts those of a release not yet due): every
format `build` and `archive` write (PDF, DOCX, the PDF/A copy, the HTML fragment and
the plain text), so that none of them still reads as valid."""

_NUMBER_AND_YEAR = re.compile(r"\s*(\d{1,4})\s*/\s*(\d{4})\s*", re.ASCII)
"""`067/2020` as written, whatever the year: to say when the year is out of bounds."""
UNNUMBERED = ReleaseNumber(0, 0)
"""The number of a register entry before `_take_number` gives it one."""


def parse_number_argument(text: str) -> ReleaseNumber:
    """`067/2020` from the command line, of a year the register keeps; anything else is
    the officer's error."""
    number = ReleaseNumber.parse(text)
    written = _NUMBER_AND_YEAR.fullmatch(text)
    wrong_year = year_problem(int(written[2]), text) if written else None
    if wrong_year:  # ReleaseNumber.parse refuses such a year without saying why
        raise InputError([wrong_year])
    if number is None:
        raise InputError([Problem(Code.BAD_RELEASE_NUMBER, None, params={"value": text})])
    return number


def parse_range_argument(text: str) -> tuple[ReleaseNumber, ReleaseNumber]:
    """`001/2026-066/2026` (or one number) → first and last, of one year, first ≤ last."""
    if "-" not in text:
        number = parse_number_argument(text)
        return number, number
    parts = text.split("-")
    if len(parts) != 2 or not all("/" in part for part in parts):
        raise InputError([Problem(Code.BAD_NUMBER_RANGE, None, params={"value": text})])
    first, last = (parse_number_argument(part) for part in parts)
    if first.year != last.year or last < first:
        raise InputError([Problem(Code.BAD_NUMBER_RANGE, None, params={"value": text})])
    return first, last


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
    """A reason as the release file's reader will take it: one line, no control
    characters, within `LINE_CHARACTERS` (a longer one was written, and then the file
    stopped `check` and `archive`)."""
    found = forbidden_character(text)
    if found is not None:
        params = {"position": found[0] + 1, "character": found[1]}
        raise InputError([Problem(Code.FORBIDDEN_CHARACTER, None, field=option, params=params)])
    line = trimmed(text, paragraphs=False)
    if not line:
        raise InputError([Problem(Code.MISSING_FIELD, None, field=option)])
    if len(line) > limits.LINE_CHARACTERS:
        params = {"length": len(line), "limit": limits.LINE_CHARACTERS}
        raise InputError([Problem(Code.TEXT_TOO_LONG, None, field=option, params=params)])
    return line


def new_release(
    config: Config, title: str, date_text: str | None = None, notes: list[Problem] | None = None
) -> Path:
    """Take the next number of the date's year and create its release file. A missing
    title and a wrong date are said together.

    A register made now in a folder that already has release files (it was lost, or the
    files were copied in) is first built from them, as `reindex` does; the Hinweis that
    says so, and what such a register cannot know, goes to `notes`."""
    problems = [] if title.strip() else [Problem(Code.MISSING_FIELD, None, field="--title")]
    if len(title.strip()) > limits.LINE_CHARACTERS:  # before a number is taken for it
        params = {"length": len(title.strip()), "limit": limits.LINE_CHARACTERS}
        problems.append(Problem(Code.TEXT_TOO_LONG, None, "--title", None, params))
    try:
        date = parse_date_argument(date_text)
    except InputError as error:
        problems += error.problems
    if problems:
        raise InputError(problems)
    title = title.strip()
    defaults = config.defaults
    with open_register(config, create=True) as register:
        if register.created and release_files(config):
            note = _built_from_files(register, config)
            if notes is not None:
                notes.append(note)

        def text_for(number: ReleaseNumber, path: Path) -> str:
            shown = path.relative_to(_office(config))
            return skeleton_text(shown, number, date, title, defaults, config.office.name)

        draft = Entry(UNNUMBERED, date, title, status=Status.DRAFT)
        return _take_number(register, config, draft, text_for)


def describe_draft(config: Config, path: Path) -> None:
    """After a draft's file was edited (the web app's editor saves it): its date and title
    into the register, so that `list` and its CSV show them. A file whose number, date or
    title cannot be read yet leaves the register as it is (`publish` reads it in full)."""
    try:
        identity = read_identity(path)
    except InputError:
        return
    with open_register(config) as register, register.writing():
        register.describe(identity.number, identity.date, identity.title)


def correct_release(config: Config, argument: str, date_text: str | None = None) -> Path:
    """A Berichtigung: a draft copy of a published release under the next number, linked
    to it, dated today (or `--date`) but never before the original. A Sperrfrist of the
    original that has passed is not copied."""
    original = parse_number_argument(argument)
    given_date = parse_date_argument(date_text) if date_text is not None else None
    with open_register(config) as register:
        entry = _given(register, original)
        if entry.status is Status.DRAFT:
            raise _problem(Code.CORRECT_DRAFT, number=str(original))
        _not_discarded(entry)
        source = _existing_file(config, original)
        _agrees(entry, source)
        release = read_release(source)
        date = _correction_date(given_date, release)
        original_text = source.read_text(encoding="utf-8")
        embargo = release.embargo
        keep_embargo = embargo is not None and _now() < embargo_end(embargo)

        def text_for(number: ReleaseNumber, path: Path) -> str:
            return correction_text(
                original_text, original, release.date, number, date, keep_embargo
            )

        entry = Entry(
            UNNUMBERED,
            date,
            release.title,
            status=Status.DRAFT,
            correction_of=original,
            origin=Origin.CORRECT,
        )
        return _take_number(register, config, entry, text_for)


def _correction_date(date: dt.date | None, original: Release) -> dt.date:
    """`--date`, or today; never before the original's date."""
    if date is None:
        return max(today_in_office(), original.date)
    if date < original.date:
        params = {
            "date": format_date_numeric(date),
            "original_date": format_date_numeric(original.date),
            "number": str(original.release_number),
        }
        raise InputError([Problem(Code.CORRECTION_BEFORE_ORIGINAL, None, "--date", None, params)])
    return date


@dataclass(frozen=True)
class Written:
    """The release file a command changed, and the documents it wrote."""

    path: Path
    documents: list[Path]
    public_from: str | None = None
    """`publish` of a release not public yet (its date or Sperrfrist ahead): from when
    it is (`03.12.2026, 10 Uhr`); its documents went into the internal folder."""
    sent_to: int = 0
    """`withdraw` of a release that `send` mailed: to how many addresses it went (they
    do not learn of the withdrawal by themselves)."""


def publish_release(config: Config, argument: str) -> Written:
    """Check a draft completely (as `build` would, and what a Berichtigung corrected),
    mark it published in its file and the register, and build its PDF and DOCX into
    the output folder. An incomplete draft is refused with everything it lacks.

    A release whose date or Sperrfrist lies ahead gets its documents in the internal
    folder instead: a PDF in output/ would be on the web server before its time.
    `archive` puts them into output/ once it is due."""
    number = parse_number_argument(argument)
    with open_register(config) as register:
        entry = _given(register, number)
        if entry.status is Status.PUBLISHED:
            path = find_release_file(config, number)
            shown = shown_path(path) if path else "…"
            raise _problem(Code.ALREADY_PUBLISHED, number=str(number), path=shown)
        if entry.status is Status.WITHDRAWN:
            raise _problem(Code.PUBLISH_WITHDRAWN, number=str(number))
        _not_discarded(entry)
        path = _existing_file(config, number)
        _agrees(entry, path)
        try:
            release = read_release(path, publishing=True)
        except InputError as error:
            params = {"number": str(number), "path": path}
            first = Problem(Code.PUBLISH_INCOMPLETE, None, params=params)
            raise InputError([first, *error.problems]) from None
        published = dataclasses.replace(release, status=Status.PUBLISHED)
        public = public_from(published)
        # published now, a release is public from now on at the earliest
        _not_public_before_its_original(config, published, max(public, _now()))
        due = _now() >= public
        out = config.output_dir if due else config.internal_dir
        documents = _documents(published, config, PUBLISHED_FORMATS, out)
        text = published_text(path.read_text(encoding="utf-8"))

        def record() -> tuple[Path, str]:
            _unchanged_since(register, entry)
            register.set_status(number, Status.PUBLISHED)
            register.describe(number, release.date, release.title)
            return path, text

        if due:  # the draft's documents are removed there: not through a link into output/
            refuse_link_across(release_output_dir(config.internal_dir, number), config.output_dir)
        written = _write_with_documents(register, record, documents, config.output_dir)
        kept = () if due else PUBLISHED_FORMATS  # written into the internal folder just now
        _remove_draft_documents(config, number, [f for f in KEPT_FORMATS if f not in kept])
        if due:
            return written
        return dataclasses.replace(written, public_from=moment_text(public, config.house_style))


def _remove_draft_documents(
    config: Config, number: ReleaseNumber, forms: list[ReleaseFormat]
) -> None:
    """The draft's documents that `build` wrote into the internal folder (PDF and DOCX
    marked „Entwurf“, a text for the editor of berlin.de): beside the published ones they
    would be taken for them, and `withdraw` would renew them. When they cannot be
    removed, they stay; the published documents are written."""
    for form in forms:
        with contextlib.suppress(OSError):
            press_release_file(config.internal_dir, number, form).unlink(missing_ok=True)


def _not_public_before_its_original(config: Config, release: Release, public: dt.datetime) -> None:
    """A Berichtigung repeats the text of the release it corrects: it may not be public
    before that release is (a Sperrfrist emptied in the copy). An original that cannot
    be read any more is not asked (`verify` names it)."""
    if release.correction_of is None:
        return
    path = find_release_file(config, release.correction_of.original)
    try:
        original = read_release(path) if path is not None else None
    except InputError:
        original = None
    if original is None or public_from(original) <= public:
        return
    style = config.house_style
    params = {
        "number": str(release.release_number),
        "moment": moment_text(public, style),
        "original": str(release.correction_of.original),
        "original_moment": moment_text(public_from(original), style),
        "embargo": public_from(original).strftime("%Y-%m-%d %H:%M"),
    }
    code = Code.CORRECTION_PUBLIC_BEFORE_ORIGINAL
    raise InputError([Problem(code, release.source, "embargo", None, params)])


@dataclass(frozen=True)
class Discarded:
    """The numbers `discard` marked, the draft's file (None for numbers without a file),
    and for a range the number that `new` gives next in that year."""

    numbers: list[ReleaseNumber]
    path: Path | None
    next_number: ReleaseNumber | None = None


def discard_release(config: Config, argument: str, reason: str) -> Discarded:
    """Give up a draft (`NNN/JJJJ`), or record numbers given before pressetool that have
    no file (`NNN/JJJJ-NNN/JJJJ`, or one such number): they stay taken, are never
    public, and `verify` accepts them."""
    first, last = parse_range_argument(argument)
    reason = _required_text(reason, "--reason")
    discard = Discard(today_in_office(), reason)
    with open_register(config) as register:
        entry = register.find(first) if first == last else None
        if entry is None:
            return _discard_unused(register, config, first, last, discard)
        if entry.status is Status.PUBLISHED:
            raise _problem(Code.DISCARD_PUBLISHED, number=str(first))
        if entry.status is Status.WITHDRAWN:
            raise _problem(Code.DISCARD_WITHDRAWN, number=str(first))
        _not_discarded(entry)
        path = find_release_file(config, first)
        if path is None:  # a draft whose file was deleted: the register keeps the reason
            with register.writing():
                register.set_status(first, Status.DISCARDED, discard)
            return Discarded([first], None)
        _agrees(entry, path)
        text = discarded_text(path.read_text(encoding="utf-8"), discard)

        def record() -> tuple[Path, str]:
            _unchanged_since(register, entry)
            register.set_status(first, Status.DISCARDED, discard)
            return path, text

        return Discarded([first], _write_with_register(register, record, config.output_dir))


def _discard_unused(
    register: Register, config: Config, first: ReleaseNumber, last: ReleaseNumber, why: Discard
) -> Discarded:
    """Record `first` to `last` as discarded without files, all or none: refused when one
    of them is in the register or a file carries it, and when `first` lies beyond the
    next free number (rows are never deleted: a typo would leave a gap for good)."""
    year = first.year
    numbers = [ReleaseNumber(n, year) for n in range(first.number, last.number + 1)]
    with register.writing():
        given = {entry.number: entry for entry in register.entries(year)}
        files = file_numbers(config, year)
        problems = []
        for number in numbers:
            if number in given:
                status = STATUS_WORDS[given[number].status]
                params = {"number": str(number), "status": status}
                problems.append(Problem(Code.DISCARD_NUMBER_GIVEN, None, params=params))
            elif number.number in files:
                params = {"number": str(number), "path": str(shown_path(files[number.number]))}
                problems.append(Problem(Code.DISCARD_NUMBER_HAS_FILE, None, params=params))
        if problems:
            raise InputError(problems)
        highest = max([*(n.number for n in given), highest_file_number(config, year)])
        following = ReleaseNumber(highest + 1, year)
        if first.number > following.number:
            params = {"first": str(first), "next": str(following), "last": str(last)}
            raise InputError([Problem(Code.DISCARD_LEAVES_GAP, None, params=params)])
        for number in numbers:
            register.add(
                Entry(
                    number,
                    why.date,
                    "",
                    status=Status.DISCARDED,
                    discard=why,
                    origin=Origin.DISCARD,
                )
            )
        after = ReleaseNumber(max(highest, last.number) + 1, year)
    return Discarded(numbers, None, after if after.number <= LAST_NUMBER else None)


def withdraw_release(config: Config, argument: str, reason: str) -> Written:
    """Mark a published release withdrawn in its file and in the register (it keeps its
    number), and renew at once those of its documents that exist in the output folder,
    so that none of them still reads as valid."""
    number = parse_number_argument(argument)
    reason = _required_text(reason, "--reason")
    with open_register(config) as register:
        entry = _given(register, number)
        if entry.status is Status.WITHDRAWN and entry.withdrawal:
            raise _problem(
                Code.ALREADY_WITHDRAWN,
                number=str(number),
                date=format_date_numeric(entry.withdrawal.date),
                reason=entry.withdrawal.reason,
            )
        if entry.status is Status.DRAFT:
            raise _problem(Code.WITHDRAW_DRAFT, number=str(number))
        _not_discarded(entry)
        path = _existing_file(config, number)
        _agrees(entry, path)
        withdrawal = Withdrawal(today_in_office(), reason)
        kept = [
            (out, form)
            for out in (config.output_dir, config.internal_dir)
            for form in KEPT_FORMATS
            if press_release_file(out, number, form.value).exists()
        ]
        documents: list[tuple[Path, bytes]] = []
        if kept:
            release = read_release(path)
            withdrawn = dataclasses.replace(release, status=Status.WITHDRAWN, withdrawal=withdrawal)
            for out in dict.fromkeys(out for out, _form in kept):
                forms = [form for folder, form in kept if folder == out]
                documents += _documents(withdrawn, config, forms, out)
        text = withdrawn_text(path.read_text(encoding="utf-8"), withdrawal)

        def record() -> tuple[Path, str]:
            _unchanged_since(register, entry)
            register.withdraw(number, withdrawal)
            return path, text

        written = _write_with_documents(register, record, documents, config.output_dir)
    sent_to = sent_counts(config).get(release_mailing(number), 0)
    return dataclasses.replace(written, sent_to=sent_to)


@dataclass(frozen=True)
class ReindexResult:
    files: int
    added: int
    created: bool = False
    """There was no register: this one is new, and knows no number without a file."""
    kept_drafts: tuple[Problem, ...] = ()
    """A draft of the register that its file says published or withdrawn: kept a draft,
    each with what to do (`verify.published_by_hand`)."""


def reindex_register(config: Config) -> ReindexResult:
    """Rebuild the register from the release files; numbers without a file stay given.
    A file that cannot be taken in (unreadable, its number in another file too, its
    folder or name another number than its `number` and `date`) stops it, before the
    register is touched: a typo'd year would be a number given for good.

    Decision: a status is taken from a file only as a step forward, and never a draft's
    step to published or withdrawn: that is `publish`'s, which checks the draft first.
    Where the register holds a draft that its file says published or withdrawn, the
    register keeps the draft, the rest is rebuilt, and `kept_drafts` names each (the
    command then ends with status 1, as `verify` would). Without a register, or for a
    number the register does not know, the file's status is all there is."""
    identities, problems = release_identities(config)
    if problems:
        raise InputError(problems)
    with open_register(config, create=True, anywhere=True) as register:
        added, kept = take_in(register, identities)
    return ReindexResult(len(identities), added, register.created, tuple(kept))


def release_identities(config: Config) -> tuple[list[ReleaseIdentity], list[Problem]]:
    """The release files that the register can take in, and a problem for each other."""
    identities: list[ReleaseIdentity] = []
    problems: list[Problem] = []
    for path in release_files(config):
        try:
            identity = read_identity(path)
        except InputError as error:
            problems.extend(error.problems)
            continue
        misnamed = name_problems(identity)
        if misnamed:
            problems.extend(misnamed)
        else:
            identities.append(identity)
    twice = numbers_twice((i.number, i.path) for i in identities)
    doubled = {problem.params["number"] for problem in twice}
    return [i for i in identities if str(i.number) not in doubled], problems + twice


def take_in(register: Register, identities: list[ReleaseIdentity]) -> tuple[int, list[Problem]]:
    """Each file's number, date, title and status into the register (a status only
    forward, a draft never to published or withdrawn: `reindex_register`); how many
    numbers were new to it, and a problem for each draft kept so."""
    kept = []
    with register.writing():
        known = {entry.number: entry.status for entry in register.entries()}
        for identity in identities:
            registered = known.get(identity.number)
            held = None
            if registered is not None:
                held = published_by_hand(
                    identity.number, registered, identity.status, identity.path
                )
            if held is not None:
                kept.append(held)
            register.add_or_update(
                Entry(
                    identity.number,
                    identity.date,
                    identity.title,
                    status=Status.DRAFT if held else identity.status,
                    withdrawal=None if held else identity.withdrawal,
                    correction_of=identity.correction_of,
                    discard=identity.discard,
                )
            )
    return len({i.number for i in identities} - known.keys()), kept


def _built_from_files(register: Register, config: Config) -> Problem:
    """A register `new` made beside release files, built from those it can take in (the
    others `verify` names; their numbers stay taken by their names): the Hinweis."""
    identities, _ = release_identities(config)
    take_in(register, identities)  # a new register: it holds no draft to keep
    path = register.database.path
    return Problem(Code.REGISTER_BUILT_FROM_FILES, path, severity=Severity.WARNING)


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

    return _write_with_register(register, record, config.output_dir)


def _write_with_register(
    register: Register, change: Callable[[], tuple[Path, str]], public: Path
) -> Path:
    """Run `change` (register statements that name the file to write) and write that
    file in one register transaction; when the commit fails, the file is put back.
    `public`: the public folder (`output.Staging`)."""
    written: tuple[Path, bytes | None] | None = None
    try:
        with register.writing():
            path, text = change()
            previous = path.read_bytes() if path.exists() else None
            write_atomically(path, text.encode("utf-8"), public)
            written = (path, previous)
    except BaseException:
        if written is not None:
            _put_back(*written, public)
        raise
    return path


def _put_back(path: Path, previous: bytes | None, public: Path) -> None:
    if previous is None:
        path.unlink(missing_ok=True)
    else:
        write_atomically(path, previous, public)


def _write_with_documents(
    register: Register,
    change: Callable[[], tuple[Path, str]],
    documents: list[tuple[Path, bytes]],
    public: Path,
) -> Written:
    """`_write_with_register`, with `documents` staged before and moved into place after
    the commit: they appear only when the change took effect. Should moving one fail,
    the change stands and the message names what was written."""
    with Staging(public) as staging:
        staging.stage_all(documents)
        path = _write_with_register(register, change, public)
        try:
            written = staging.commit()
        except InputError as error:
            raise InputError(error.problems, written=(path, *error.written)) from None
    return Written(path, written)


def _documents(
    release: Release,
    config: Config,
    formats: tuple[ReleaseFormat, ...] | list[ReleaseFormat],
    out: Path,
) -> list[tuple[Path, bytes]]:
    """The release's documents in `out` as (path, bytes), as `build` names and renders
    them; nothing written yet."""
    content = compose_press_release(release, config)
    rendered = render_press_release(content, config, formats)
    number = release.release_number
    return [(press_release_file(out, number, form), data) for form, data in rendered.items()]


def _now() -> dt.datetime:
    return dt.datetime.now(OFFICE_TIME_ZONE)


def _problem(code: Code, **params: object) -> InputError:
    return InputError([Problem(code, None, params=params)])


def _not_discarded(entry: Entry) -> None:
    if entry.status is Status.DISCARDED:
        reason = discard_reason(entry.discard)
        raise _problem(Code.NUMBER_DISCARDED, number=str(entry.number), reason=reason)


def discard_reason(why: Discard | None) -> str:
    """` (am 05.03.2020: Doppelt angelegt)`, as the messages of a discarded number put it
    after „ist verworfen“; empty when the register has no reason."""
    return f" (am {format_date_numeric(why.date)}: {why.reason})" if why else ""


def _agrees(entry: Entry, path: Path) -> None:
    """The file says the status the register says; else nothing is changed."""
    status = read_identity(path).status
    if status is not entry.status:
        params = {
            "number": str(entry.number),
            "register": STATUS_WORDS[entry.status],
            "file": STATUS_WORDS[status],
            "register_value": entry.status.value,
        }
        raise InputError([Problem(Code.STATUS_OF_FILE_DIFFERS, path, "status", None, params)])


def _unchanged_since(register: Register, read: Entry) -> None:
    """Inside the write transaction: the entry's status is still the one the command
    checked. Two colleagues (or two windows of the web app) publishing and discarding
    one draft at the same moment: the second finds the first's change and stops, and
    neither its file nor its documents are written."""
    now = register.find(read.number)
    if now is None or now.status is not read.status:
        status = STATUS_WORDS[now.status] if now is not None else "nicht vergeben"
        raise _problem(Code.CHANGED_MEANWHILE, number=str(read.number), status=status)


def _given(register: Register, number: ReleaseNumber) -> Entry:
    entry = register.find(number)
    if entry is None:
        raise InputError([Problem(Code.NUMBER_NEVER_GIVEN, None, params={"number": str(number)})])
    return entry


def _existing_file(config: Config, number: ReleaseNumber) -> Path:
    """The release file of `number`, below the current folder as a relative path (how
    messages name files), or an error naming the folder where it should be, and a file
    there that has the number but another ending (`006-….yaml.txt`)."""
    path = find_release_file(config, number)
    if path is not None:
        return shown_path(path)
    folder = release_path(config, number, "x").parent
    misnamed = [
        Problem(
            Code.RELEASE_FILE_MISNAMED,
            shown_path(path),
            params={"number": str(number), "right": right},
        )
        for path, right in near_misses(folder, number.number)
    ]
    if misnamed:
        raise InputError(misnamed)
    raise InputError(
        [Problem(Code.RELEASE_FILE_MISSING, None, params={"number": str(number), "folder": folder})]
    )


def _office(config: Config) -> Path:
    return config.folder
