"""`pressetool lists`: a release with an event → Teilnehmendenliste and Anwesenheitsliste.

Everything is read and checked first (the release, the registration list with a
font for every name of a row without another error, the `[privacy_notice]`
settings, `--out`), all problems said at once, then rendered, then written: a
wrong input leaves no file behind.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
from dataclasses import dataclass
from pathlib import Path

from pressetool.compose.letter import lists_of_a_cancelled_release
from pressetool.compose.participant_lists import (
    MIN_BLANK_ROWS,
    ListContent,
    compose_participant_list,
    compose_sign_in_sheet,
)
from pressetool.models import Event, Person, Release
from pressetool.office import Config, return_address_notes
from pressetool.output import (
    document_stem,
    release_output_dir,
    remove_abandoned_of_release,
    write_all,
)
from pressetool.problems import Code, InputError, Problem
from pressetool.reading import limits
from pressetool.reading.event_inputs import by_row, personal_folder, read_event_rows
from pressetool.render.lists.docx import ParticipantListDocx, SignInSheetDocx
from pressetool.render.lists.pdf import ParticipantListPdf, SignInSheetPdf
from pressetool.workers import die_with_parent


@dataclass(frozen=True)
class ListsResult:
    written: list[Path]
    warnings: tuple[Problem, ...]
    """Notes on the registration list worth a look (e.g. a person in two rows)."""


def _read_inputs(
    release_path: Path, registrations: Path | None, target: Path, problems: list[Problem]
) -> tuple[Release, Event, tuple[Person, ...], tuple[Problem, ...]]:
    """The release and its event, and the registrations, with their warnings; every
    problem of both files at once, after `problems`, raised. What killed runs left in the
    release's folder below `target` is removed as soon as the release is read."""
    try:
        release, event, people = read_event_rows(
            release_path,
            registrations,
            require_address=False,
            no_event_code=Code.LISTS_WITHOUT_EVENT,
            release_read=functools.partial(remove_abandoned_of_release, target),
        )
    except InputError as error:
        raise InputError([*problems, *error.problems]) from None
    if people is not None:
        problems = [*problems, *people.problems, *_font_problems(people.fine, people.source)]
    if problems:
        raise InputError(by_row(problems, registrations))
    if people is None:
        return release, event, (), ()
    return release, event, people.people, people.warnings


_SHOWN = {
    "title": "Titel",
    "last_name": "Nachname",
    "first_name": "Vorname",
    "organisation": "Organisation",
}
"""The fields of a registration that the sign-in sheet shows, by their column."""


def _font_problems(people: tuple[Person, ...], registrations: Path) -> list[Problem]:
    """Each registration's cell with a character the sign-in sheet has no font for: it
    would show an empty box there (render/lists/sign_in_pdf.py)."""
    from pressetool.render.letters.fit import FontCheck, named_characters
    from pressetool.render.lists.sign_in_pdf import undrawable_characters

    code = Code.LIST_CHARACTER_WITHOUT_FONT
    fonts = FontCheck()
    problems = []
    for person in people:
        for field, column in _SHOWN.items():
            value = getattr(person, field) or ""
            absent = undrawable_characters(value, fonts)
            if absent:
                params = {"column": column, "value": value, "characters": named_characters(absent)}
                problems.append(Problem(code, registrations, None, person.row, params))
    return problems


def make_lists(
    release_path: Path,
    config: Config,
    *,
    registrations: Path | None = None,
    blank_rows: int | None = None,
    out: Path | None = None,
) -> ListsResult:
    """Write both lists as PDF and DOCX into `{out}/{year}/{NNN}/`.

    `blank_rows` None: enough to fill the sign-in sheet's last page, at least 10.
    """
    target, problems = personal_folder(config, out)
    release, event, people, warnings = _read_inputs(release_path, registrations, target, problems)
    participant_list = compose_participant_list(release, event, config)
    sign_in_sheet = _sign_in_sheet(release, event, config, people, blank_rows)
    folder = release_output_dir(target, release.release_number)

    number = release.release_number

    def documents(content: ListContent, pdf: bytes, docx: bytes) -> list[tuple[Path, bytes]]:
        stem = document_stem(content.kind.lower(), number)
        return [(folder / f"{stem}.pdf", pdf), (folder / f"{stem}.docx", docx)]

    pdfs, docx = _rendered(participant_list, sign_in_sheet, config)
    rendered = documents(participant_list, pdfs[0], docx[0]) + documents(
        sign_in_sheet, pdfs[1], docx[1]
    )
    cancelled = lists_of_a_cancelled_release(release)
    notes = (*([cancelled] if cancelled else []), *return_address_notes(config), *warnings)
    return ListsResult(write_all(rendered, config.output_dir), notes)


def _sign_in_sheet(
    release: Release,
    event: Event,
    config: Config,
    people: tuple[Person, ...],
    blank_rows: int | None,
) -> ListContent:
    """The sign-in sheet with `blank_rows` blank rows; None: at least `MIN_BLANK_ROWS`,
    and as many more as the last page then holds. Counted on the laid-out sheet, not by
    `SIGN_IN_ROWS_PER_PAGE`: a registration whose Einrichtung wraps to several lines
    takes the room of several rows."""
    if blank_rows is not None:
        return compose_sign_in_sheet(release, event, config, people, blank_rows)
    from pressetool.render.lists.sign_in_pdf import SignInSheetWriter

    sheet = compose_sign_in_sheet(release, event, config, people, MIN_BLANK_ROWS)
    left = SignInSheetWriter(sheet).rows_left()
    if not left:
        return sheet
    return compose_sign_in_sheet(release, event, config, people, MIN_BLANK_ROWS + left)


def _rendered(
    participants: ListContent, sign_in: ListContent, config: Config
) -> tuple[tuple[bytes, bytes], tuple[bytes, bytes]]:
    """Both lists as PDF and as DOCX; the DOCX on a second core while the PDFs are laid
    out (a sign-in sheet of 1,000 registrations takes seconds in each)."""
    if (os.cpu_count() or 1) == 1:
        return _pdfs(participants, sign_in, config), _docx(participants, sign_in, config)
    context = multiprocessing.get_context("fork")
    with context.Pool(1, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        docx = pool.apply_async(_docx, (participants, sign_in, config))
        return _pdfs(participants, sign_in, config), docx.get()


def _pdfs(participants: ListContent, sign_in: ListContent, config: Config) -> tuple[bytes, bytes]:
    return ParticipantListPdf(participants, config).render(), SignInSheetPdf(
        sign_in, config
    ).render()


def _docx(participants: ListContent, sign_in: ListContent, config: Config) -> tuple[bytes, bytes]:
    return ParticipantListDocx(participants, config).render(), SignInSheetDocx(
        sign_in, config
    ).render()


def row_count(raw: str, field: str) -> int:
    """A number of blank rows (`--blank-rows`, the web form's `leerzeilen`, named by
    `field`): a whole number from 0 to `limits.BLANK_ROWS`, else an `InputError`."""
    text = raw.strip()
    if re.fullmatch(r"[0-9]{1,7}", text) and int(text) <= limits.BLANK_ROWS:
        return int(text)
    params = {"value": text, "limit": f"{limits.BLANK_ROWS:,}".replace(",", ".")}
    raise InputError([Problem(Code.BAD_ROW_COUNT, None, field, None, params)])
