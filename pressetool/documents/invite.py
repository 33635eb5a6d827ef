"""`pressetool invite`: a release's event + a recipient list → invitation letters.

Everything is read and checked first (release, list, `[letters]`, `--out`, and
for `invite --send` what sending needs), and whether every address of a row
without another error fits the address zone and every sender's text its place
(render/letters/fit.py): all problems are said at once, and nothing is written.
The letters are rendered in chunks on all cores (forked workers inherit the
loaded fonts and templates; they die with the command); render/letters/pdf.py
says how a chunk's PDFs are made. Each chunk is staged to disk as it arrives
(`output.Staging`), so memory stays flat however long the list is, and nothing
is visible until every letter, the print file and the calendar file are
staged; the letters of an earlier run that this one does not write again (a
shorter list) are removed as soon as the new ones are in place. The letters hold
names and addresses: they go to the internal folder (`[paths] internal`,
`intern/`), never to the public `output/`; those that a killed run left staged are
removed as soon as the release is read, also by a run that then fails on its list
(`output.remove_abandoned_of_release`).

The print file of the mailing is the letters' PDFs joined page by page (qpdf
via pikepdf), with the font programs that letters share (every letter of a
group embeds the same subset) stored once: each worker joins its chunk's
letters as it renders them, so that the command only joins the chunks.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import hashlib
import io
import itertools
import math
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pressetool.compose.letter import Invitations, Letter, compose_invitations, invitations_refused
from pressetool.documents.progress import Progress
from pressetool.models import FIRST_YEAR, LAST_YEAR, Event, Release, ReleaseNumber
from pressetool.office import Config, office_uuid, return_address_notes, today_in_office
from pressetool.output import (
    Staging,
    document_stem,
    file_slug,
    release_output_dir,
    remove_abandoned_of_release,
)
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading.event_inputs import by_row, personal_folder, read_event_rows
from pressetool.reading.fields import parse_date_text
from pressetool.reading.people_list import PeopleList
from pressetool.render.letters.pdf_stamp import Sheets
from pressetool.workers import die_with_parent

LETTERS_FOLDER = "einladungen"
SendingCheck = Callable[[Release, PeopleList], list[Problem]]
"""`invite --send`: what keeps the letters from going out by e-mail (the `[mail]`
settings, the addresses of the list; sending/invitations.py), asked with the other
checks, before a letter is written."""
MAX_CHUNK = 100
"""Letters rendered together: large enough to share the setup (one letter of
each chunk is laid out in full, see render/letters/pdf.py; 200 letters are one
chunk per core), small enough to spread over the cores, to move the progress
bar and to keep a chunk's letters in memory (some 5 MB)."""


@dataclass(frozen=True)
class InviteResult:
    written: list[Path]
    letters_folder: Path
    print_file: Path | None
    """The letters to print in one PDF: all of them, or with `invite --send` those to
    rows without an e-mail address; None when there are none (every row gets e-mail)."""
    printed: int
    """Letters in the print file."""
    duplex: bool
    """The print file is for printing on both sides: a letter runs past one page, so
    every letter of an odd number of pages is followed by a blank one (`sheets_apart`)."""
    calendar_file: Path
    letters: int
    pages: int
    laid_out_in_full: int
    """How many letters were laid out in full by WeasyPrint: one of each chunk
    and group, and every letter whose splice failed. The others are copies of
    such a letter with their own address and salutation (render/letters/pdf.py)."""
    warnings: tuple[Problem, ...]


@dataclass(frozen=True)
class _Rendered:
    """One chunk: each letter's PDF and DOCX, and the letters joined for printing."""

    pdfs: list[bytes]
    docx: list[bytes]
    print_part: bytes | None
    """The chunk's letters to print joined (`join_pdfs`), part of the print file; None
    when none of them is printed."""
    printed_pages: list[int]
    """The pages of each letter in `print_part`, in order."""
    printed: int
    pages: int
    laid_out_in_full: int


def invite(
    release_path: Path,
    recipients: Path,
    config: Config,
    out: Path | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
    sending_check: SendingCheck | None = None,
    emailed: Callable[[PeopleList], frozenset[int]] | None = None,
) -> InviteResult:
    """`today`: the letters' date (`invite --date`), by default today in Berlin;
    `emailed` (`invite --send`): the rows whose letters go by e-mail, not into the
    print file."""
    target, problems = personal_folder(config, out)
    try:
        release, event, people = read_event_rows(
            release_path,
            recipients,
            require_address=True,
            no_event_code=Code.INVITE_WITHOUT_EVENT,
            release_read=functools.partial(remove_abandoned_of_release, target),
        )
    except InputError as error:
        raise InputError([*problems, *error.problems]) from None
    assert people is not None
    refused = invitations_refused(release)
    if refused is not None:
        raise InputError([*problems, refused])
    letter_date = today or today_in_office()
    number = release.release_number
    calendar_name = f"{document_stem('veranstaltung', number)}.ics"
    from pressetool.render.letters.fit import address_fits, address_problems, sender_problems

    invitations = compose_invitations(
        release, event, people.fine, config, letter_date, calendar_name, address_fits=address_fits
    )

    problems += sender_problems(invitations, config)
    problems += people.problems
    problems += address_problems(invitations, recipients)
    if sending_check is not None:
        problems += sending_check(release, people)
    if problems:
        raise InputError(by_row(problems, recipients))
    folder = release_output_dir(target, number)
    # with --send, a row whose letter goes by e-mail is not printed: on paper as well, it
    # would be invited twice (a second person at a shared address is printed)
    printed_rows = (
        None
        if emailed is None
        else frozenset(person.row for person in people.fine) - emailed(people)
    )

    from pressetool.render.calendar import event_calendar

    uid = f"{office_uuid(config.office.name, calendar_name)}@pressetool"
    organizer = (config.office.name, config.sender.email)
    now = dt.datetime.now(dt.UTC)
    calendar = event_calendar(event, invitations.frame.event, uid, now, organizer)
    letters_folder = folder / LETTERS_FOLDER
    print_file = folder / f"{document_stem('einladungen', number)}.pdf"
    calendar_file = folder / calendar_name
    stems = iter(letter_stem(number, letter) for letter in invitations.letters)
    print_parts: list[bytes] = []
    printed_pages: list[int] = []
    pages = laid_out_in_full = printed = 0
    with Staging(config.output_dir) as staging:
        for chunk in rendered_chunks(invitations, config, progress, printed_rows):
            documents = []
            for pdf, docx in zip(chunk.pdfs, chunk.docx, strict=True):
                stem = next(stems)
                documents += [
                    (letters_folder / f"{stem}.pdf", pdf),
                    (letters_folder / f"{stem}.docx", docx),
                ]
            staging.stage_all(documents)
            if chunk.print_part is not None:
                print_parts.append(chunk.print_part)
                printed_pages += chunk.printed_pages
            pages += chunk.pages
            printed += chunk.printed
            laid_out_in_full += chunk.laid_out_in_full
        duplex = any(count > 1 for count in printed_pages)
        if print_parts:
            joined = join_pdfs(print_parts)
            staging.stage(print_file, sheets_apart(joined, printed_pages) if duplex else joined)
        staging.stage(calendar_file, calendar)
        written = staging.commit()
    _remove_earlier_letters(letters_folder, number, written)
    if not print_parts:  # an earlier run's print file would be printed by mistake
        print_file.unlink(missing_ok=True)
    return InviteResult(
        written=written,
        letters_folder=letters_folder,
        print_file=print_file if print_parts else None,
        duplex=duplex,
        printed=printed,
        calendar_file=calendar_file,
        letters=len(invitations.letters),
        pages=pages,
        laid_out_in_full=laid_out_in_full,
        warnings=(
            *letter_date_notes(release, event, letter_date),
            *return_address_notes(config),
            *people.warnings,
        ),
    )


def letter_date_notes(release: Release, event: Event, letter_date: dt.date) -> list[Problem]:
    """Hinweise on a letter date (`--date`, or today) after the day by which the letter
    asks for a reply (`invitation.rsvp_by`) or after the event: such a letter asks for
    what is past. The letters are written all the same (a copy for the files may be
    dated later on purpose); both are said when both hold."""
    rsvp_by = release.invitation.rsvp_by if release.invitation else None
    late = [
        (Code.INVITE_DATE_AFTER_RSVP, "invitation.rsvp_by", "rsvp", rsvp_by),
        (Code.INVITE_DATE_AFTER_EVENT, "event.date", "event", event.date),
    ]
    return [
        Problem(
            code, release.source, field, None, {"letter": letter_date, name: day}, Severity.WARNING
        )
        for code, field, name, day in late
        if day is not None and letter_date > day
    ]


def letter_date_argument(text: str | None) -> dt.date | None:
    """`invite --date JJJJ-MM-TT`: the letters' date; None (not given): today. A year
    outside those a release can have (`0202`) is a typo."""
    if text is None:
        return None
    day = parse_date_text(text)
    if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError([Problem(Code.BAD_DATE, None, field="--date", params={"value": text})])
    return day


def _remove_earlier_letters(folder: Path, number: ReleaseNumber, written: list[Path]) -> None:
    """The letters of earlier runs that this run did not write again: a row no longer on
    the list, or another row under the same number (the web app zips the whole folder)."""
    keep = set(written)
    for old in folder.glob(f"{document_stem('einladung', number)}-*"):
        if old.suffix in (".pdf", ".docx") and old not in keep:
            old.unlink(missing_ok=True)


def letter_stem(number: ReleaseNumber, letter: Letter) -> str:
    """`einladung-067-2020-002-mueller`: the row keeps names apart, the name finds the letter."""
    return f"{document_stem('einladung', number)}-{letter.row:03d}-{file_slug(letter.name)}"


def _chunks(invitations: Invitations, size: int) -> Iterator[Invitations]:
    letters = invitations.letters
    for start in range(0, len(letters), size):
        yield replace(invitations, letters=letters[start : start + size])


def rendered_chunks(
    invitations: Invitations,
    config: Config,
    progress: Progress | None = None,
    printed_rows: frozenset[int] | None = None,
) -> Iterator[_Rendered]:
    """Every letter as PDF and DOCX, in chunks over all cores, in the letters' order; a
    chunk at a time, so that the caller can put each away before the next arrives.
    The print parts hold the letters of `printed_rows` (None: all)."""
    import pressetool.render.letters.pdf  # noqa: F401  (loaded once, before the workers fork)

    total = len(invitations.letters)
    cores = os.cpu_count() or 1
    size = chunk_size(total, cores)
    chunks = list(_chunks(invitations, size))
    done = 0
    if progress is not None:
        progress(done, total)
    if cores == 1 or len(chunks) == 1:
        results: Iterator[_Rendered] = (
            _render_chunk(chunk, config, printed_rows) for chunk in chunks
        )
        yield from _counted(results, progress, total)
        return
    # What is loaded now (WeasyPrint, fonts, templates) the workers only read: frozen,
    # their collector never walks it, so its pages stay shared and are not copied.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(
            min(cores, len(chunks)), initializer=die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            jobs = [(chunk, config, printed_rows) for chunk in chunks]
            yield from _counted(pool.imap(_render_chunk_packed, jobs), progress, total)
    finally:
        gc.unfreeze()


def chunk_size(total: int, cores: int) -> int:
    """Letters per chunk: one chunk per core for a short list (each chunk lays out one
    letter in full, so fewer chunks are less work), at most `MAX_CHUNK`."""
    return max(1, min(MAX_CHUNK, math.ceil(total / cores)))


def _counted(
    results: Iterator[_Rendered], progress: Progress | None, total: int
) -> Iterator[_Rendered]:
    """The chunks as they come, reporting each to `progress`."""
    done = 0
    for result in results:
        done += len(result.pdfs)
        if progress is not None:
            progress(done, total)
        yield result


def _render_chunk_packed(
    arguments: tuple[Invitations, Config, frozenset[int] | None],
) -> _Rendered:
    return _render_chunk(*arguments)


def _render_chunk(
    chunk: Invitations, config: Config, printed_rows: frozenset[int] | None
) -> _Rendered:
    from pressetool.render.letters.docx import InvitationLettersDocx
    from pressetool.render.letters.pdf import render_letter_pdfs

    pdfs = render_letter_pdfs(chunk, config, for_print=True)
    docx = InvitationLettersDocx(chunk, config)
    printed = [
        pdf
        for pdf, letter in zip(pdfs, chunk.letters, strict=True)
        if printed_rows is None or letter.row in printed_rows
    ]
    to_print = [pdf.sheets or pdf.data for pdf in printed]
    print_part = join_pdfs(to_print) if to_print else None
    for sheets in {id(pdf.sheets.pdf): pdf.sheets.pdf for pdf in pdfs if pdf.sheets}.values():
        sheets.close()
    return _Rendered(
        pdfs=[pdf.data for pdf in pdfs],
        docx=[docx.render(letter) for letter in chunk.letters],
        print_part=print_part,
        printed_pages=[pdf.pages for pdf in printed],
        printed=len(to_print),
        pages=sum(pdf.pages for pdf in pdfs),
        laid_out_in_full=sum(pdf.laid_out_in_full for pdf in pdfs),
    )


def sheets_apart(joined: bytes, letters: Sequence[int]) -> bytes:
    """The print file `joined` for printing on both sides: after each letter of an odd
    number of `letters` pages a blank page, so that every letter starts on a sheet of its
    own (else the next letter's first page is printed on the back of the last page of
    this one, and goes into its envelope). Its print dialog is preset to both sides
    (`/ViewerPreferences /Duplex`). A list of one-page letters is printed on one side
    and gets neither: blank pages would come out of a printer set to one side."""
    import pikepdf

    with pikepdf.open(io.BytesIO(joined)) as pdf:
        width, height = (float(pdf.pages[0].mediabox[i]) for i in (2, 3))
        ends = list(itertools.accumulate(letters))
        for end in reversed([end for end, count in zip(ends, letters, strict=True) if count % 2]):
            if end < len(pdf.pages):  # none after the last letter
                page = pikepdf.Dictionary(
                    Type=pikepdf.Name.Page,
                    MediaBox=[0, 0, width, height],
                    Resources=pikepdf.Dictionary(),
                )
                pdf.pages.insert(end, pikepdf.Page(pdf.make_indirect(page)))
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(Duplex=pikepdf.Name.DuplexFlipLongEdge)
        buffer = io.BytesIO()
        pdf.save(buffer)
    return buffer.getvalue()


JOIN_BATCH = 100
"""PDFs joined at a time: each open PDF costs qpdf about 0.2 MB, so 2,000 letters
opened at once took 760 MB; batches keep the print file's memory flat."""


def join_pdfs(parts: Sequence[bytes | Sheets]) -> bytes:
    """The PDFs (letters, or letters already joined) as one file, with the first one's
    title and language. A part given as `Sheets` (letters set from one laid-out letter,
    render/letters/pdf.py) is taken from its open PDF, where its fonts are shared already.

    They are joined `JOIN_BATCH` at a time, then the batches. A font that
    several letters embed alike is stored once (every letter of a group embeds
    the same subset: 200 letters carry about 600 font programs, of which a
    handful differ). The joined file keeps every page but not the tags (each
    letter's structure tree belongs to its own file): the print file is for
    printing.
    """
    if len(parts) > JOIN_BATCH:
        batches = [join_pdfs(parts[i : i + JOIN_BATCH]) for i in range(0, len(parts), JOIN_BATCH)]
        return join_pdfs(batches)
    import pikepdf

    joined = pikepdf.new()
    opened: list[pikepdf.Pdf] = []
    try:
        sources = []
        for part in parts:
            if isinstance(part, bytes):
                opened.append(pikepdf.open(io.BytesIO(part)))
                sources.append(opened[-1])
                joined.pages.extend(opened[-1].pages)
            else:
                sources.append(part.pdf)
                joined.pages.extend(part.pdf.pages[index] for index in part.pages)
        sharing = _Sharing()
        for page in joined.pages:
            resources = page.obj.get("/Resources")
            if resources is not None and "/Font" in resources:
                sharing.share_below(resources.Font)
        first = sources[0]
        joined.Root.Lang = first.Root.Lang
        for key, value in first.docinfo.items():
            joined.docinfo[key] = value
        buffer = io.BytesIO()
        joined.save(buffer)
    finally:
        for source in opened:
            source.close()
    return buffer.getvalue()


class _Sharing:
    """Points every object below the fonts at the first object with the same content:
    streams by their bytes, then dictionaries and arrays by what they hold."""

    def __init__(self) -> None:
        self.first: dict[bytes, Any] = {}
        self.known: dict[tuple[int, int], Any] = {}
        """The shared object for each indirect object already walked."""

    def share_below(self, container: Any) -> None:
        import pikepdf

        keys = range(len(container)) if isinstance(container, pikepdf.Array) else container.keys()
        for key in list(keys):
            child = container[key]
            if isinstance(child, pikepdf.Dictionary | pikepdf.Array | pikepdf.Stream):
                container[key] = self.shared(child)

    def shared(self, item: Any) -> Any:
        import pikepdf

        if item.is_indirect and item.objgen in self.known:
            return self.known[item.objgen]
        self.share_below(item)
        if not item.is_indirect:
            return item
        if isinstance(item, pikepdf.Stream):
            header = pikepdf.Dictionary({k: v for k, v in item.items() if k != "/Length"})
            content = b"stream" + header.unparse() + item.read_raw_bytes()
        else:
            content = item.unparse(resolved=True)
        digest = hashlib.sha256(content).digest()
        first = self.first.setdefault(digest, item)
        self.known[item.objgen] = first
        return first
