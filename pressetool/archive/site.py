"""`pressetool archive`: the public archive of the releases that are due, and their documents.

Public means due at the moment of the run (`due.py`): published or withdrawn, its
date reached and its Sperrfrist passed. A draft or a discarded number is skipped
without being read in full; a release that is not due yet is read (it must be
valid: a mistake shows today, not at its embargo) but neither rendered nor listed,
and appears on the first run after its time. `at` shows the archive as it would be
at another moment, and only into a folder of its own (never the public `output`).

A file that cannot be read is an error that stops the archive, unless it is a draft
or a discarded number: by its `status` line or, when that was lost, by the
register's entry for the number of its file name (`_unreadable`; a Hinweis names
it). The register is opened only for such files and for changed releases about to
go public (`_held_back`). Without a register (its SQLite file missing beside release
files) the files' statuses count, as the file format says and as in an office that
never had one; stopping would also hold back every release that is due. But a
draft whose `status: draft` line was lost would then go public, so every run says
in a Hinweis that the register is missing (`_register_lost`).

The out folder may go on a web server, so it never is, contains or lies in the
internal folder (`[paths] internal`, letters and lists with personal data) or
contains `releases/` (drafts and the register). Nothing is copied from anywhere:
every file in it is rendered here.

Up to date: the manifest `.pressetool-archiv.json` in the out folder keeps, for
every public release it rendered, the fingerprint of its file's content with
everything else that shapes its documents (pressetool's version, `pressetool.toml`,
the press release's templates), its documents and its row (which holds the moment
it became public and its composed text). Content hashes and not modification times:
a git checkout or a copy changes times without changing content, and a file
restored from a backup keeps an old time although its content changed. A file whose
fingerprint is unchanged and whose documents are all there is not read again. The
manifest lies in the public folder, so it names public releases only: a draft or a
release not due yet is found anew on every run (a look at its bytes; a full read
of the few that wait for their time), never recorded.

What can change without the file changing is worked out on every run, never kept
as a result: whether a release is due (the kept `public_from` is compared with the
moment of the run, so time passing needs no change of any file), and what one
release's pages say of another (an original names the correction that became
public since; see `pages.py`). Every page is rendered from the rows on every run
and written only where its bytes differ. Documents this command wrote for a release
that is not public now (its file was removed, or it was due only at the moment of
an earlier `--at` run into the same folder) are removed after the new pages are in
place; nothing else is ever removed.

When anything fails before the end, nothing is written (documents, pages and
manifest are staged and moved into place together, see `output.Staging`), so the
next run renders those releases again. Worker processes die with the command.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pressetool
from pressetool.archive import due
from pressetool.archive.pages import ArchiveRow, archive_row, stage_site
from pressetool.compose.german import transliterate
from pressetool.compose.press_release import (
    PressReleaseContent,
    compose_press_release,
    public_from,
    withdrawn_before_public,
)
from pressetool.models import Release, ReleaseNumber, Status
from pressetool.office import (
    CONFIG_NAME,
    OFFICE_TIME_ZONE,
    RELEASES_FOLDER,
    Config,
    base_url_notes,
    require_office_folder,
)
from pressetool.output import Staging, in_place, links_across, press_release_file
from pressetool.problems import Code, InputError, Problem, Severity, os_error_text, shown_path
from pressetool.reading import limits
from pressetool.reading.input_file import read_input_bytes
from pressetool.reading.release_folder import numbers_twice, release_files, releases_dir
from pressetool.render.press_release import ReleaseFormat, render_press_release
from pressetool.render.template_files import template_path
from pressetool.workers import die_with_parent

MANIFEST = ".pressetool-archiv.json"
PARALLEL_FROM = 8
"""From this many out-of-date releases on, one process per CPU renders them."""

_OWN_DOCUMENT = re.compile(
    r"(\d{4})/(\d{3,4})/pressemitteilung-\d{3,4}-\d{4}(?:\.pdf|\.docx|-archiv\.pdf)"
)
"""A document this command writes, as the manifest names it: nothing else is ever removed."""


@dataclass(frozen=True)
class ArchiveResult:
    index: Path
    releases: int
    """Public releases listed."""
    rebuilt: tuple[ReleaseNumber, ...]
    drafts: int = 0
    discarded: int = 0
    withdrawn_early: int = 0
    """Withdrawn before their date or Sperrfrist: never public."""
    waiting: int = 0
    """Published, but not due yet."""
    next_public: dt.datetime | None = None
    """When the first of those becomes due."""
    at: dt.datetime | None = None
    """The moment asked for (`--at`), or None for now."""
    notes: tuple[Problem, ...] = ()
    """Hinweise: what the officer should know but that did not stop the archive."""


def build_archive(
    config: Config,
    out: Path | None = None,
    workers: int | None = None,
    at: dt.datetime | None = None,
) -> ArchiveResult:
    """Read every changed release (all errors at once, nothing written), render those
    due and out of date, then write the pages, the feed and the manifest. Only in an
    office folder (with `pressetool.toml`)."""
    require_office_folder(config)
    if at is not None and (
        out is None or _within(out, config.output_dir) or _within(config.output_dir, out)
    ):
        params = {"output": str(config.output)}
        raise InputError([Problem(Code.ARCHIVE_AT_NEEDS_OUT, None, "--at", params=params)])
    out = out if out is not None else config.output_dir
    refuse_private_out(config, out)
    moment = at if at is not None else due.now_in_office()
    old = _load_manifest(out)
    survey = _survey(config, out, old, moment)
    if survey.problems:
        raise InputError(survey.problems)
    held_back = _held_back(config, survey)
    rows = list(survey.kept)
    with Staging(out) as staging:
        for release, content, rendered in _render_all(survey.stale, config, workers):
            documents = {
                form: (press_release_file(out, release.release_number, form), data)
                for form, data in rendered.items()
            }
            staging.stage_all(documents.values())
            start = public_from(release)
            row = archive_row(
                release,
                content,
                [(form.value, path, len(data)) for form, (path, data) in documents.items()],
                start,
                config.office.name,
            )
            key, fingerprint = survey.pending[release.source]
            row, edited = _updated_for_readers(row, old.get(key), bool(old), moment)
            if edited:
                params = {"number": row.label}
                code, note = Code.ARCHIVE_PUBLISHED_EDITED, Severity.WARNING
                survey.notes.append(Problem(code, release.source, params=params, severity=note))
            rows.append(row)
            survey.entries[key] = {
                "fingerprint": fingerprint,
                "documents": [path.relative_to(out).as_posix() for path, _ in documents.values()],
                "row": dataclasses.asdict(row),
            }
        unchanged = not survey.stale and survey.entries == old
        index = stage_site(staging, rows, config, out, unchanged=unchanged)
        manifest = _manifest_bytes(survey.entries)
        if not in_place(out / MANIFEST, manifest):  # a run with nothing to do writes nothing
            staging.stage(out / MANIFEST, manifest)
        staging.commit()
    notes = [*_register_lost(config, survey), *survey.notes, *held_back, *_feed_notes(config)]
    notes += _remove_unlisted(out, old, rows)
    notes += _files_gone(old, survey.keys, rows)
    notes += _documents_before_their_time(out, survey.waiting, config)
    notes += _documents_never_public(out, survey.never_public)
    rebuilt = tuple(sorted(r.release_number for r in survey.stale))
    return ArchiveResult(
        index=index,
        releases=len(rows),
        rebuilt=rebuilt,
        drafts=survey.hidden[Status.DRAFT],
        discarded=survey.hidden[Status.DISCARDED],
        withdrawn_early=survey.hidden[Status.WITHDRAWN],
        waiting=len(survey.waiting),
        next_public=min((start for _, start in survey.waiting), default=None),
        at=at,
        notes=tuple(notes),
    )


_READER_FIELDS = ("title", "iso_date", "status", "withdrawn", "correction_of", "summary", "blocks")
"""What a reader of the feed sees of a release; the rest (sizes, links) is no change."""


def _updated_for_readers(
    row: ArchiveRow, old_entry: object, archive_existed: bool, moment: dt.datetime
) -> tuple[ArchiveRow, bool]:
    """The row's `updated` in the feed: a release new in an archive that was there
    before, or one whose text, title or status changed (withdrawn on the day it became
    public, a file edited after publishing), is updated now, when this run shows it;
    one rendered again without a change for its readers (new templates) keeps its time.
    The first archive takes the releases' own times (`archive_row`). True besides: the
    text of a release public before was edited in its file, its status the same (a
    change that a Berichtigung should have made, said in a Hinweis)."""
    old_row = old_entry.get("row") if isinstance(old_entry, dict) else None
    before = _old_row(old_row)
    if before is not None:
        if all(getattr(before, name) == getattr(row, name) for name in _READER_FIELDS):
            return dataclasses.replace(row, updated=before.updated), False
    elif not archive_existed:
        return row, False
    now = moment.astimezone(OFFICE_TIME_ZONE).replace(microsecond=0)
    updated = max(dt.datetime.fromisoformat(row.updated), now)
    edited = before is not None and before.status == row.status
    return dataclasses.replace(row, updated=updated.isoformat()), edited


def _old_row(data: object) -> ArchiveRow | None:
    """The row the manifest kept, or None (none, or one of an older pressetool)."""
    if not isinstance(data, dict):
        return None
    try:
        return ArchiveRow.from_json(data)
    except (TypeError, KeyError, ValueError):
        return None


def render_archive_documents(
    release: Release, config: Config, out: Path
) -> list[tuple[Path, bytes]]:
    """PDF and DOCX as `build` writes them, and the archival PDF/A copy."""
    _content, rendered = _render_one((release, config))
    number = release.release_number
    return [(press_release_file(out, number, form), data) for form, data in rendered.items()]


# -- which releases, in which state ------------------------------------------------


@dataclass
class _Survey:
    """Every release file sorted by what this run does with it."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The new manifest, without the releases still to render. It lies in the public
    folder, so it holds public releases only: not even the file name of a draft or of a
    release under embargo (its slug is its title)."""
    kept: list[ArchiveRow] = field(default_factory=list)
    stale: list[Release] = field(default_factory=list)
    pending: dict[Path, tuple[str, str]] = field(default_factory=dict)
    """Key and fingerprint of each stale release, by its file."""
    waiting: list[tuple[ReleaseNumber, dt.datetime]] = field(default_factory=list)
    hidden: dict[Status, int] = field(
        default_factory=lambda: {Status.DRAFT: 0, Status.DISCARDED: 0, Status.WITHDRAWN: 0}
    )
    """Files never public: drafts, discarded numbers, and releases withdrawn before
    they were public (`withdrawn_before_public`)."""
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    """Release files in `releases/`."""
    keys: set[str] = field(default_factory=set)
    """The manifest's names (`_keys`) of those files."""
    numbered: list[tuple[ReleaseNumber, Path]] = field(default_factory=list)
    never_public: list[tuple[ReleaseNumber, Status]] = field(default_factory=list)
    """The drafts and discarded numbers (by their file names) and the releases held back
    (the register says draft): documents of theirs in the out folder are named."""
    unreadable: list[tuple[Path, list[Problem]]] = field(default_factory=list)
    """Files that cannot be read and say no status the run can see: errors, unless the
    register says draft or discarded for the number of their name (`_unreadable`)."""
    notes: list[Problem] = field(default_factory=list)


def _survey(config: Config, out: Path, old: dict[str, Any], moment: dt.datetime) -> _Survey:
    """Drafts and discarded numbers are found by a look at their bytes, an unchanged
    public release by the manifest; every other file is read (`_read_one`)."""
    survey = _Survey()
    shared = _shared_fingerprint(config)
    to_read: list[tuple[Path, str, str]] = []
    paths = release_files(config)
    survey.files = len(paths)
    for path, key in zip(paths, _keys(paths, config.folder.resolve()), strict=True):
        survey.keys.add(key)
        try:  # bounded, and never a pipe or device: `archive` must not hang on one file
            data = read_input_bytes(path, limits.RELEASE_FILE_BYTES)
        except InputError as error:  # a draft of 300 KB must not stop it either
            survey.unreadable.append((path, error.problems))
            continue
        fingerprint = hashlib.sha256(shared.encode() + data).hexdigest()
        kept = _kept_row(old.get(key), fingerprint, out)
        status = due.peeked_status(data) if kept is None else None
        if status is not None:
            survey.hidden[status] += 1
            _never_public(survey, path, status)
        elif kept is not None:
            survey.numbered.append((ReleaseNumber(kept.number, kept.year), path))
            start = dt.datetime.fromisoformat(kept.public_from)
            if start > moment:  # public in an earlier run at a later `--at`
                survey.waiting.append((ReleaseNumber(kept.number, kept.year), start))
            else:
                survey.entries[key] = old[key]
                survey.kept.append(kept)
        else:
            to_read.append((path, key, fingerprint))
    for path, key, fingerprint in to_read:
        _read_one(survey, path, key, fingerprint, moment)
    _unreadable(config, survey)
    _corrections_wait_for_their_originals(survey)
    survey.problems += numbers_twice(survey.numbered)
    return survey


def _corrections_wait_for_their_originals(survey: _Survey) -> None:
    """A Berichtigung repeats the text it corrects: while its original waits for its
    Sperrfrist, so does the Berichtigung (whose copy of the Sperrfrist was removed by
    hand; `publish` refuses that)."""
    waiting = dict(survey.waiting)
    for release in list(survey.stale):
        fixed = release.correction_of
        if fixed is not None and fixed.original in waiting:
            survey.stale.remove(release)
            del survey.pending[release.source]
            survey.waiting.append((release.release_number, waiting[fixed.original]))


def _read_one(survey: _Survey, path: Path, key: str, fingerprint: str, moment: dt.datetime) -> None:
    from pressetool.reading.release_reader import read_release  # only for a changed file

    notes: list[Problem] = []  # a Sperrfrist before the date
    try:
        release = read_release(path, notes=notes)
    except InputError as error:
        status = due.yaml_status(path)
        if status in due.NEVER_PUBLIC:
            survey.hidden[status] += 1
            _never_public(survey, path, status)
        else:
            survey.unreadable.append((path, error.problems))
        return
    if release.status in due.NEVER_PUBLIC:
        survey.hidden[release.status] += 1
        survey.never_public.append((release.release_number, release.status))
        return
    if withdrawn_before_public(release):
        survey.hidden[Status.WITHDRAWN] += 1
        survey.never_public.append((release.release_number, Status.WITHDRAWN))
        return
    survey.notes += notes
    survey.numbered.append((release.release_number, path))
    start = public_from(release)
    if start > moment:
        survey.waiting.append((release.release_number, start))
    else:
        survey.stale.append(release)
        survey.pending[release.source] = (key, fingerprint)


def _held_back(config: Config, survey: _Survey) -> list[Problem]:
    """Hinweise for the releases to render whose status the register does not share (a
    draft edited by hand to `published`) or whose number it does not know (a published
    file copied to begin another): taken out of `survey.stale`, so that they stay
    out of the archive until file and register agree. Only changed files are asked: the
    register is opened only when there are some, and an unchanged file kept its status."""
    if not survey.stale:
        return []
    from pressetool.register.verify import status_disagreements

    code, note = Code.ARCHIVE_STATUS_DIFFERS, Severity.WARNING
    unknown = Code.ARCHIVE_NOT_REGISTERED
    held_back = status_disagreements(config, survey.stale, code, note, unknown)
    held = {problem.file for problem in held_back}
    survey.never_public += [
        (r.release_number, Status.DRAFT) for r in survey.stale if r.source in held
    ]
    survey.stale = [release for release in survey.stale if release.source not in held]
    return held_back


def _unreadable(config: Config, survey: _Survey) -> None:
    """A file that cannot be read and whose status line was lost (or mistyped: `status:
    Draft`) is still a draft or a discarded number when the register says so for the
    number of its name: it stays out with a Hinweis, for `archive` never fails because of
    a draft. Any other such file is an error (the register says published or withdrawn,
    does not know the number, is missing or cannot be read). The register is opened only
    when there is such a file."""
    if not survey.unreadable:
        return
    named = {path: _named_number(path) for path, _ in survey.unreadable}
    registered = _registered_statuses(config, {n for n in named.values() if n is not None})
    for path, problems in survey.unreadable:
        number = named[path]
        status = registered.get(number) if number is not None else None
        if number is None or status not in due.NEVER_PUBLIC:
            survey.problems += problems
            continue
        survey.hidden[status] += 1
        survey.never_public.append((number, status))
        params = {"number": str(number), "what": _REGISTERED_WORDS[status]}
        code = Code.ARCHIVE_UNREADABLE_NEVER_PUBLIC
        survey.notes.append(Problem(code, path, params=params, severity=Severity.WARNING))


_REGISTERED_WORDS = {Status.DRAFT: "ein Entwurf", Status.DISCARDED: "eine verworfene Nummer"}


def _registered_statuses(
    config: Config, numbers: set[ReleaseNumber]
) -> dict[ReleaseNumber, Status]:
    """What the register says of `numbers`; nothing of a number it does not know or whose
    row cannot be read, and nothing at all when there is no register or it cannot be
    opened (then the files' own errors are what the officer sees)."""
    from pressetool.register.database import open_register
    from pressetool.register.location import register_location

    try:
        location = register_location(config)
        if location.path is not None and not location.path.exists():
            return {}  # never made here: `open_register` would name `reindex` instead
        found = {}
        with open_register(config) as register:
            for number in sorted(numbers):
                with contextlib.suppress(InputError):
                    entry = register.find(number)
                    if entry is not None:
                        found[number] = entry.status
        return found
    except InputError:
        return {}


def _register_lost(config: Config, survey: _Survey) -> list[Problem]:
    """A Hinweis when the office's SQLite register is missing although there are release
    files (`verify` calls it lost). The archive still works: without a register the
    file's status counts, as the file format says and as in an office that never had
    one. But a draft whose `status: draft` line was lost then goes public, which must
    not happen without a word. A look at the file system only: the register is not
    opened."""
    if not survey.files:
        return []
    from pressetool.register.location import register_location

    try:
        path = register_location(config).path
    except InputError:
        return []  # a wrong URL is named where the register is opened
    if path is None or path.exists():
        return []
    params = {"register": str(shown_path(path))}
    return [Problem(Code.ARCHIVE_REGISTER_LOST, None, params=params, severity=Severity.WARNING)]


def _never_public(survey: _Survey, path: Path, status: Status) -> None:
    """A draft or discarded number by its file's name (`releases/2026/041-….yaml`)."""
    number = _named_number(path)
    if number is not None:
        survey.never_public.append((number, status))


def _named_number(path: Path) -> ReleaseNumber | None:
    """The number the file's name and folder say (`releases/2026/041-….yaml`: 041/2026)."""
    from pressetool.reading.release_reader import file_number  # not for an unchanged archive

    number = file_number(path)
    if number is None or not path.parent.name.isdigit():
        return None
    return ReleaseNumber(number, int(path.parent.name))


def _kept_row(entry: object, fingerprint: str, out: Path) -> ArchiveRow | None:
    """The row of a release rendered by an earlier run, when its file is unchanged and
    all its documents are in place; None when it must be read."""
    if not isinstance(entry, dict) or entry.get("fingerprint") != fingerprint:
        return None
    documents = entry.get("documents")
    if not isinstance(documents, list) or not documents:
        return None
    folder = str(out)
    if not all(isinstance(d, str) and os.path.isfile(os.path.join(folder, d)) for d in documents):
        return None
    row = _old_row(entry.get("row"))
    try:
        if row is None or dt.datetime.fromisoformat(row.public_from).tzinfo is None:
            return None
    except (TypeError, ValueError):
        return None
    return row


def _keys(paths: list[Path], root: Path) -> list[str]:
    """The manifest's names of release files: a digest of each path relative to the
    office folder `root` (`releases/2020/067-….yaml`). Not the path itself: the manifest
    lies in the public folder, and a file's name keeps the title its draft had when
    `new` made it. A file that is a link keeps its own name in releases/, wherever it
    points (outside the office folder, too), and so does a year's folder (each resolved
    once, not once per file)."""
    folders: dict[Path, str] = {}
    for folder in dict.fromkeys(path.parent for path in paths):
        try:
            folders[folder] = folder.resolve().relative_to(root).as_posix()
        except ValueError:
            folders[folder] = f"{RELEASES_FOLDER}/{folder.name}"
    return [_digest(f"{folders[path.parent]}/{path.name}") for path in paths]


def _digest(relative: str) -> str:
    return hashlib.sha256(relative.encode()).hexdigest()[:24]


def _manifest_bytes(entries: dict[str, Any]) -> bytes:
    """The manifest as JSON, a release a line, sorted. Each line is encoded by `json`'s
    C encoder; `json.dumps(…, indent=…)` takes the pure-Python one, which cost a
    quarter of an `archive` with nothing to do (60 ms for 200 releases)."""
    lines = (
        f"{json.dumps(key)}: {json.dumps(entries[key], sort_keys=True)}" for key in sorted(entries)
    )
    return ("{\n" + ",\n".join(lines) + "\n}\n").encode()


def _load_manifest(out: Path) -> dict[str, Any]:
    """The manifest of the last run; unreadable or absent means: render everything. A
    manifest of an earlier pressetool named the files by their paths (`releases/…`):
    they are taken by their digests (`_keys`), and nothing is rendered again for it."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {_digest(key) if "/" in key else key: entry for key, entry in data.items()}


# The names of the files that shape a press release, as `PressReleasePdf` and
# `PressReleaseDocx` use them. Written here, not imported, so that a run with nothing
# stale never loads WeasyPrint or python-docx; tests/archive/test_template_names.py
# checks that they agree with the renderers.
PRESS_RELEASE_TEMPLATE = "pressemitteilung.html"
PRESS_RELEASE_STYLESHEETS = ("pressetool.css",)
PRESS_RELEASE_REFERENCE_DOCX = "referenz.docx"


def _shared_fingerprint(config: Config) -> str:
    digest = hashlib.sha256(pressetool.__version__.encode())
    if config.root is not None and (config.root / CONFIG_NAME).is_file():
        digest.update((config.root / CONFIG_NAME).read_bytes())
    for path in _document_templates(config):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _document_templates(config: Config) -> list[Path]:
    """The files that shape a press release's documents: its Jinja template with all it
    extends and includes, its stylesheets and the reference DOCX (the office's copies
    where it has them). Letters and lists have templates of their own that do not count,
    nor do the archive's pages, which are rendered on every run.

    The templates a template names are found in its text (`_REFERENCED`), not by Jinja's
    parser: an archive with nothing to render does not load Jinja at all. A template
    naming another by an expression rather than by its name in quotes is not followed
    (the shipped ones name theirs in quotes)."""
    names: set[str] = set()
    pending = [PRESS_RELEASE_TEMPLATE]
    while pending:
        name = pending.pop()
        if name not in names:
            names.add(name)
            source = template_path(config, name).read_text(encoding="utf-8")
            pending.extend(_REFERENCED.findall(source))
    names.update(PRESS_RELEASE_STYLESHEETS)
    names.add(PRESS_RELEASE_REFERENCE_DOCX)
    return [template_path(config, name) for name in sorted(names)]


_REFERENCED = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+["']([^"']+)["']""")
"""The name in quotes after `extends`, `include`, `import` and `from` in a Jinja tag."""


# -- where the archive may go --------------------------------------------------------


def refuse_private_out(config: Config, out: Path) -> None:
    """The out folder goes on a web server: it must not be or lie in the internal folder
    or `releases/`, nor hold either; no link in it may lead out of it, and none in the
    internal folder or `releases/` into it (`output.links_across`: the web server follows
    a link whether or not this run writes through it)."""
    target, internal = out.resolve(), config.internal_dir.resolve()
    releases = releases_dir(config).resolve()
    params = {
        "out": str(out),
        "internal": config.internal,
        "releases": RELEASES_FOLDER,
        "output": config.output,
    }
    if target == internal or target.is_relative_to(internal):
        code = Code.ARCHIVE_OUT_INTERNAL
    elif internal.is_relative_to(target):
        code = Code.ARCHIVE_OUT_CONTAINS_INTERNAL
    elif releases.is_relative_to(target):
        code = Code.ARCHIVE_OUT_CONTAINS_RELEASES
    elif target.is_relative_to(releases):
        code = Code.ARCHIVE_OUT_IN_RELEASES
    else:
        crossing = links_across(out, [config.internal_dir, releases_dir(config)])
        if crossing:
            raise InputError(crossing)
        return
    raise InputError([Problem(code, None, "--out", params=params)])


def _within(folder: Path, other: Path) -> bool:
    """`folder` is `other` or lies inside it (`output/vorschau`, `output/../output`)."""
    return folder.resolve().is_relative_to(other.resolve())


# -- rendering ---------------------------------------------------------------------------

_ARCHIVE_FORMATS = (ReleaseFormat.PDF, ReleaseFormat.DOCX, ReleaseFormat.ARCHIVAL_PDF)


def _render_one(
    job: tuple[Release, Config],
) -> tuple[PressReleaseContent, dict[ReleaseFormat, bytes]]:
    release, config = job
    content = compose_press_release(release, config)
    return content, render_press_release(content, config, _ARCHIVE_FORMATS)


def _render_all(
    releases: list[Release], config: Config, workers: int | None
) -> Iterator[tuple[Release, PressReleaseContent, dict[ReleaseFormat, bytes]]]:
    """Each release with its text and documents, in several processes when there are many."""
    jobs = [(release, config) for release in releases]
    workers = workers or os.cpu_count() or 1
    if len(jobs) < PARALLEL_FROM or workers == 1:
        for release, (content, rendered) in zip(releases, map(_render_one, jobs), strict=True):
            yield release, content, rendered
        return
    import multiprocessing  # only when there is much to render

    # Loaded once, before the workers fork, and frozen: the workers only read it, their
    # collector never walks it, so its pages stay shared (as in `invite`).
    import pikepdf  # noqa: F401

    import pressetool.render.docx
    import pressetool.render.pdf  # noqa: F401

    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(
            workers, initializer=die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            results = pool.imap(_render_one, jobs, chunksize=4)
            for release, (content, rendered) in zip(releases, results, strict=True):
                yield release, content, rendered
    finally:
        gc.unfreeze()


# -- after the pages are in place ------------------------------------------------------


def _remove_unlisted(out: Path, old: dict[str, Any], rows: list[ArchiveRow]) -> list[Problem]:
    """Remove what an earlier run wrote for releases that are not public now: their
    documents, their page, and the page of a year left without public releases."""
    public = {page for row in rows for page in (row.page, f"{row.year}/index.html")}
    public |= {f"{row.year}/{row.folder}/{d.name}" for row in rows for d in row.documents}
    earlier: set[str] = set()
    for entry in old.values():
        documents = entry.get("documents") if isinstance(entry, dict) else None
        for name in documents if isinstance(documents, list) else []:
            match = _OWN_DOCUMENT.fullmatch(name) if isinstance(name, str) else None
            if match:
                earlier |= {name, f"{match[1]}/{match[2]}/index.html", f"{match[1]}/index.html"}
    problems = []
    for name in sorted(earlier - public):
        path = out / name
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            params = {"detail": os_error_text(error)}
            problem = Problem(Code.FOLDER_NOT_WRITABLE, path, params=params)
            problems.append(dataclasses.replace(problem, severity=Severity.WARNING))
        for folder in (path.parent, path.parent.parent):
            if folder != out:
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty
    return problems


def _files_gone(old: dict[str, Any], keys: set[str], rows: list[ArchiveRow]) -> list[Problem]:
    """Hinweise for the releases of the last run whose file is gone (`keys`: the files
    there are now) and that are not listed from another file: taken out of the archive,
    which a deleted file must not do without a word."""
    listed = {row.label for row in rows}
    notes = []
    for key, entry in old.items():
        row = entry.get("row") if isinstance(entry, dict) else None
        if not isinstance(row, dict) or key in keys or row.get("label") in listed:
            continue
        params = {"number": str(row.get("label", "")), "year": str(row.get("year", ""))}
        notes.append(
            Problem(Code.ARCHIVE_FILE_GONE, None, params=params, severity=Severity.WARNING)
        )
    return notes


def _documents_before_their_time(
    out: Path, waiting: list[tuple[ReleaseNumber, dt.datetime]], config: Config
) -> list[Problem]:
    """A document of a release not due yet that lies in the out folder anyway (`build`
    wrote it there): a Hinweis, since this command did not write it and leaves it."""
    style = config.house_style
    found = [(n, {"moment": due.describe_moment(start, style)}) for n, start in sorted(waiting)]
    return _documents_lying_in(out, Code.ARCHIVE_DOCUMENT_BEFORE_ITS_TIME, found)


_NEVER_PUBLIC_WORDS = {
    Status.DRAFT: "einem Entwurf",
    Status.DISCARDED: "einer verworfenen Nummer",
    Status.WITHDRAWN: "einer vor Datum oder Sperrfrist zurückgezogenen Pressemitteilung",
}


def _documents_never_public(
    out: Path, never_public: list[tuple[ReleaseNumber, Status]]
) -> list[Problem]:
    """A document of a draft or a discarded number in the out folder (`build --out`, or a
    draft whose `status` line was lost): a Hinweis, since it must not stay there."""
    found = [
        (number, {"what": _NEVER_PUBLIC_WORDS[status]})
        for number, status in sorted(never_public, key=lambda pair: pair[0])
    ]
    return _documents_lying_in(out, Code.ARCHIVE_DOCUMENT_NEVER_PUBLIC, found)


def _documents_lying_in(
    out: Path, code: Code, found: list[tuple[ReleaseNumber, dict[str, str]]]
) -> list[Problem]:
    """`code` (a Hinweis) for each document of these releases in the out folder, with the
    release's own words besides its path and number."""
    problems = []
    for number, params in found:
        for form in _ARCHIVE_FORMATS:
            path = press_release_file(out, number, form)
            if path.is_file():
                said = {"path": str(shown_path(path)), "number": str(number), **params}
                problems.append(Problem(code, None, params=said, severity=Severity.WARNING))
    return problems


def _feed_notes(config: Config) -> list[Problem]:
    if not config.base_url:
        params = {"example": _example_base_url(config.office.name)}
        code = Code.ARCHIVE_FEED_NEEDS_BASE_URL
        return [Problem(code, None, params=params, severity=Severity.WARNING)]
    if not re.match(r"https?://[^/\s]+", config.base_url):
        params = {"value": config.base_url}
        return [
            Problem(Code.ARCHIVE_BASE_URL_NOT_WEB, None, params=params, severity=Severity.WARNING)
        ]
    return base_url_notes(config)


def _example_base_url(office: str) -> str:
    """Where berlin.de has a district office's pages (`Bezirksamt Pankow von Berlin` →
    `https://www.berlin.de/ba-pankow/presse/archiv/`), as the example of the Hinweis;
    another office gets an example of no real place."""
    district = office.removeprefix("Bezirksamt ").removesuffix(" von Berlin")
    if district == office:
        return "https://www.example.de/presse/archiv/"
    slug = re.sub(r"[^a-z0-9]+", "-", transliterate(district)).strip("-")
    return f"https://www.berlin.de/ba-{slug}/presse/archiv/"
