"""`pressetool invite`: a release's event + a recipient list → invitation letters.

Everything is read and checked first (release, list, `[letters]`); then every
document is rendered to bytes; only then is anything written. The letters are
rendered in chunks on all cores (forked workers inherit the loaded fonts and
templates); render/letters/pdf.py says how a chunk's PDFs are made. The print
file of the mailing is the letters' PDFs joined page by page (qpdf via
pikepdf: a tenth of a second for 200 letters, against a second for writing
the pages once more with WeasyPrint).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pressetool.compose.letter import Invitations, Letter, compose_invitations
from pressetool.documents.progress import Progress
from pressetool.models import ReleaseNumber
from pressetool.office import Config, office_uuid, today_in_office
from pressetool.output import document_stem, file_slug, release_output_dir, write_all
from pressetool.problems import Code, Problem
from pressetool.reading.event_inputs import read_event_inputs

LETTERS_FOLDER = "einladungen"
MAX_CHUNK = 50
"""Letters rendered together: large enough to share the setup (one letter of
each chunk is laid out in full, see render/letters/pdf.py), small enough to
spread over the cores and to move the progress bar."""


@dataclass(frozen=True)
class InviteResult:
    written: list[Path]
    letters_folder: Path
    print_file: Path
    """All letters in one PDF."""
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
    """One chunk: each letter's PDF and DOCX."""

    pdfs: list[bytes]
    docx: list[bytes]
    pages: int
    laid_out_in_full: int


def invite(
    release_path: Path,
    recipients: Path,
    config: Config,
    out: Path | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> InviteResult:
    release, event, people = read_event_inputs(
        release_path, recipients, require_address=True, no_event_code=Code.INVITE_WITHOUT_EVENT
    )
    assert people is not None
    letter_date = today or today_in_office()
    number = release.release_number
    calendar_name = f"{document_stem('veranstaltung', number)}.ics"
    invitations = compose_invitations(
        release, event, people.people, config, letter_date, calendar_name
    )
    folder = release_output_dir(out or config.output_dir, number)

    from pressetool.render.calendar import event_calendar

    uid = f"{office_uuid(config.office.name, calendar_name)}@pressetool"
    calendar = event_calendar(event, invitations.frame.event, uid, dt.datetime.now(dt.UTC))
    chunks = render_letters(invitations, config, progress)
    letters_folder = folder / LETTERS_FOLDER
    documents: list[tuple[Path, bytes]] = []
    stems = iter(letter_stem(number, letter) for letter in invitations.letters)
    for chunk in chunks:
        for pdf, docx in zip(chunk.pdfs, chunk.docx, strict=True):
            stem = next(stems)
            documents += [
                (letters_folder / f"{stem}.pdf", pdf),
                (letters_folder / f"{stem}.docx", docx),
            ]
    print_file = folder / f"{document_stem('einladungen', number)}.pdf"
    calendar_file = folder / calendar_name
    documents += [
        (print_file, join_pdfs([pdf for chunk in chunks for pdf in chunk.pdfs])),
        (calendar_file, calendar),
    ]
    return InviteResult(
        written=write_all(documents),
        letters_folder=letters_folder,
        print_file=print_file,
        calendar_file=calendar_file,
        letters=len(invitations.letters),
        pages=sum(chunk.pages for chunk in chunks),
        laid_out_in_full=sum(chunk.laid_out_in_full for chunk in chunks),
        warnings=people.warnings,
    )


def letter_stem(number: ReleaseNumber, letter: Letter) -> str:
    """`einladung-067-2020-002-mueller`: the row keeps names apart, the name finds the letter."""
    return f"{document_stem('einladung', number)}-{letter.row:03d}-{file_slug(letter.name)}"


def _chunks(invitations: Invitations, size: int) -> Iterator[Invitations]:
    letters = invitations.letters
    for start in range(0, len(letters), size):
        yield replace(invitations, letters=letters[start : start + size])


def render_letters(
    invitations: Invitations, config: Config, progress: Progress | None = None
) -> list[_Rendered]:
    """Every letter as PDF and DOCX, in chunks over all cores, in the letters' order."""
    import pressetool.render.letters.pdf  # noqa: F401  (loaded once, before the workers fork)

    total = len(invitations.letters)
    cores = os.cpu_count() or 1
    size = max(1, min(MAX_CHUNK, math.ceil(total / (2 * cores))))
    chunks = list(_chunks(invitations, size))
    results: list[_Rendered] = []
    _report(progress, results, total)
    if cores == 1 or len(chunks) == 1:
        mapped: Iterator[_Rendered] = (_render_chunk(chunk, config) for chunk in chunks)
        for result in mapped:
            results.append(result)
            _report(progress, results, total)
        return results
    with multiprocessing.get_context("fork").Pool(min(cores, len(chunks))) as pool:
        for result in pool.imap(_render_chunk_packed, [(chunk, config) for chunk in chunks]):
            results.append(result)
            _report(progress, results, total)
    return results


def _report(progress: Progress | None, results: list[_Rendered], total: int) -> None:
    if progress is not None:
        progress(sum(len(r.pdfs) for r in results), total)


def _render_chunk_packed(arguments: tuple[Invitations, Config]) -> _Rendered:
    return _render_chunk(*arguments)


def _render_chunk(chunk: Invitations, config: Config) -> _Rendered:
    from pressetool.render.letters.docx import InvitationLettersDocx
    from pressetool.render.letters.pdf import render_letter_pdfs

    pdfs = render_letter_pdfs(chunk, config)
    docx = InvitationLettersDocx(chunk, config)
    return _Rendered(
        pdfs=[pdf.data for pdf in pdfs],
        docx=[docx.render(letter) for letter in chunk.letters],
        pages=sum(pdf.pages for pdf in pdfs),
        laid_out_in_full=sum(pdf.laid_out_in_full for pdf in pdfs),
    )


def join_pdfs(parts: list[bytes]) -> bytes:
    """The letters' PDFs as one file, with the first letter's title and language.

    The joined file keeps every page but not the tags (each letter's structure
    tree belongs to its own file): the print file is for printing.
    """
    import pikepdf

    sources = [pikepdf.open(io.BytesIO(part)) for part in parts]
    joined = pikepdf.new()
    for source in sources:
        joined.pages.extend(source.pages)
    first = sources[0]
    joined.Root.Lang = first.Root.Lang
    for key, value in first.docinfo.items():
        joined.docinfo[key] = value
    buffer = io.BytesIO()
    joined.save(buffer)
    return buffer.getvalue()
