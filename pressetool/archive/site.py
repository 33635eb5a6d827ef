"""`pressetool archive`: every release's documents brought up to date, and the archive site.

The site is `index.html` (the years, newest first), `{year}/index.html` (one row
per release with links to its documents) and `feed.xml` (Atom, the latest 50),
with relative links only, so that it works opened from the file system.

A release is up to date when the manifest `.pressetool-archiv.json` in the
out folder holds its file's fingerprint and all its documents exist. The
fingerprint is a hash of the release file's bytes and of everything else that
shapes its documents: pressetool's version, `pressetool.toml` and the
press release's templates. Content hashes and not modification times: a git checkout or a
copy changes times without changing content, and a file restored from a
backup keeps an old time although its content changed. An up-to-date file was
valid when it was rendered and is not parsed again: the manifest also keeps
its row of the year page, so a run after one change reads one file. When
anything fails before the end, nothing is written (documents, pages and manifest
are staged and moved into place together, see `output.Staging`), so the next run
renders those releases again. Worker processes die with the command.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2.meta

import pressetool
from pressetool.compose.german import format_date_numeric
from pressetool.compose.press_release import compose_press_release, status_text
from pressetool.models import Release, ReleaseNumber, Status
from pressetool.office import CONFIG_NAME, OFFICE_TIME_ZONE, Config, office_uuid, today_in_office
from pressetool.output import Staging, press_release_file
from pressetool.problems import InputError
from pressetool.reading.release_folder import numbers_twice, release_files
from pressetool.reading.release_reader import read_releases
from pressetool.render.press_release import ReleaseFormat, render_press_release
from pressetool.render.templates import jinja_environment, template_path
from pressetool.workers import die_with_parent

MANIFEST = ".pressetool-archiv.json"
FEED = "feed.xml"
FEED_ENTRIES = 50
PARALLEL_FROM = 8
"""From this many out-of-date releases on, one process per CPU renders them."""


@dataclass(frozen=True)
class ArchiveResult:
    index: Path
    releases: int
    rebuilt: tuple[ReleaseNumber, ...]


@dataclass(frozen=True)
class DocumentLink:
    label: str
    href: str


@dataclass(frozen=True)
class ArchiveRow:
    """One release as the year page and the feed show it (kept in the manifest)."""

    year: int
    number: int
    iso_date: str
    anchor: str
    label: str
    """`067/2020`"""
    date: str
    title: str
    status: str
    withdrawn: bool
    documents: tuple[DocumentLink, ...]
    """Links relative to the year page."""
    feed_link: str
    """The PDF, relative to the out folder."""
    feed_id: str
    updated: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArchiveRow:
        documents = tuple(DocumentLink(**link) for link in data["documents"])
        return cls(**{**data, "documents": documents})


@dataclass(frozen=True)
class YearSummary:
    year: int
    href: str
    count: int
    withdrawn: int


def build_archive(
    config: Config, out: Path | None = None, workers: int | None = None
) -> ArchiveResult:
    """Read every changed release (all errors at once, nothing written), render those
    out of date, then write the pages, the feed and the manifest."""
    out = out if out is not None else config.output_dir
    root = config.folder
    manifest = _load_manifest(out)
    shared = _shared_fingerprint(config)
    fingerprints = {path: _fingerprint(path, shared) for path in release_files(config)}
    kept = {
        path: row
        for path, fingerprint in fingerprints.items()
        if (row := _kept_row(manifest.get(_key(path, root)), fingerprint, out)) is not None
    }
    stale = read_releases([path for path in fingerprints if path not in kept])
    twice = numbers_twice(
        [(ReleaseNumber(row.number, row.year), path) for path, row in kept.items()]
        + [(release.release_number, release.source) for release in stale]
    )
    if twice:
        raise InputError(twice)
    entries = {_key(path, root): manifest[_key(path, root)] for path in kept}
    rows = list(kept.values())
    with Staging() as staging:
        for release, documents in _render_all(stale, config, out, workers):
            staging.stage_all(documents)
            row = _row(release, config.office.name)
            rows.append(row)
            entries[_key(release.source, root)] = {
                "fingerprint": fingerprints[release.source],
                "documents": [path.relative_to(out).as_posix() for path, _ in documents],
                "row": dataclasses.asdict(row),
            }
        index = _stage_site(staging, rows, config, out)
        staging.stage(out / MANIFEST, json.dumps(entries, indent=1, sort_keys=True).encode())
        staging.commit()
    rebuilt = tuple(sorted((r.release_number for r in stale), key=lambda n: (n.year, n.number)))
    return ArchiveResult(index, len(rows), rebuilt)


def render_archive_documents(
    release: Release, config: Config, out: Path
) -> list[tuple[Path, bytes]]:
    """PDF and DOCX as `build` writes them, and the archival PDF/A copy."""
    content = compose_press_release(release, config)
    rendered = render_press_release(content, config, ReleaseFormat)
    number = release.release_number
    return [(press_release_file(out, number, form), data) for form, data in rendered.items()]


def _render_one(job: tuple[Release, Config, Path]) -> list[tuple[Path, bytes]]:
    return render_archive_documents(*job)


def _render_all(
    releases: list[Release], config: Config, out: Path, workers: int | None
) -> Iterator[tuple[Release, list[tuple[Path, bytes]]]]:
    """Each release with its rendered documents, in several processes when there are many."""
    jobs = [(release, config, out) for release in releases]
    workers = workers or os.cpu_count() or 1
    if len(jobs) < PARALLEL_FROM or workers == 1:
        yield from zip(releases, map(_render_one, jobs), strict=True)
        return
    with ProcessPoolExecutor(
        max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        yield from zip(releases, pool.map(_render_one, jobs, chunksize=4), strict=True)


# -- up to date? -------------------------------------------------------------------


def _key(path: Path, root: Path) -> str:
    """The release file relative to the office folder: `releases/2020/067-….yaml`."""
    return path.resolve().relative_to(root).as_posix()


def _load_manifest(out: Path) -> dict[str, Any]:
    """The manifest of the last run; unreadable or absent means: render everything."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


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
    where it has them). Letters and lists have templates of their own that do not count."""
    from pressetool.render.docx import REFERENCE_DOCX
    from pressetool.render.pdf import PressReleasePdf

    environment = jinja_environment(config)
    assert environment.loader is not None
    names: set[str] = set()
    pending = [PressReleasePdf.template_name]
    while pending:
        name = pending.pop()
        if name not in names:
            names.add(name)
            source = environment.loader.get_source(environment, name)[0]
            parsed = environment.parse(source)
            pending.extend(n for n in jinja2.meta.find_referenced_templates(parsed) if n)
    names.update(PressReleasePdf.stylesheet_names)
    names.add(REFERENCE_DOCX)
    return [template_path(config, name) for name in sorted(names)]


def _fingerprint(path: Path, shared: str) -> str:
    return hashlib.sha256(shared.encode() + path.read_bytes()).hexdigest()


def _kept_row(entry: object, fingerprint: str, out: Path) -> ArchiveRow | None:
    """The row of an up-to-date release from the manifest; None when it must be rendered."""
    if not isinstance(entry, dict) or entry.get("fingerprint") != fingerprint:
        return None
    documents = entry.get("documents")
    if not isinstance(documents, list) or not all((out / str(d)).is_file() for d in documents):
        return None
    try:
        return ArchiveRow.from_json(entry["row"])
    except (KeyError, TypeError):
        return None


# -- the site ----------------------------------------------------------------------


def _stage_site(staging: Staging, rows: list[ArchiveRow], config: Config, out: Path) -> Path:
    environment = jinja_environment(config)
    newest_first = sorted(rows, key=lambda r: (r.year, r.number), reverse=True)
    office = config.office.name
    years: dict[int, list[ArchiveRow]] = {}
    for row in newest_first:
        years.setdefault(row.year, []).append(row)
    summaries = [
        YearSummary(year, f"{year}/index.html", len(items), sum(r.withdrawn for r in items))
        for year, items in years.items()
    ]
    pages = {
        out / "index.html": environment.get_template("archive_index.html").render(
            office=office, unit=config.office.unit, years=summaries, feed=FEED
        )
    }
    for year, items in years.items():
        pages[out / str(year) / "index.html"] = environment.get_template(
            "archive_year.html"
        ).render(office=office, unit=config.office.unit, year=year, rows=items)
    latest = sorted(rows, key=lambda r: (r.iso_date, r.year, r.number), reverse=True)
    latest = latest[:FEED_ENTRIES]
    pages[out / FEED] = environment.get_template("archive_feed.xml").render(
        office=office,
        feed_id=_urn(office, "archiv"),
        updated=max((row.updated for row in latest), default=_timestamp(today_in_office())),
        rows=latest,
    )
    for path, text in pages.items():
        staging.stage(path, text.encode("utf-8"))
    return out / "index.html"


def _row(release: Release, office: str) -> ArchiveRow:
    number = release.release_number
    correction = release.correction_of
    updated = release.withdrawal.date if release.withdrawal else release.date
    return ArchiveRow(
        year=release.date.year,
        number=release.number,
        iso_date=release.date.isoformat(),
        anchor=f"nr-{release.release_number.padded}",
        label=str(release.release_number),
        date=format_date_numeric(release.date),
        title=release.title,
        status=status_text(
            release.status, release.withdrawal, correction.original if correction else None
        ),
        withdrawn=release.status is Status.WITHDRAWN,
        documents=tuple(
            DocumentLink(
                label,
                press_release_file(Path(), number, form).relative_to(str(number.year)).as_posix(),
            )
            for form, label in _DOCUMENT_LABELS.items()
        ),
        feed_link=_link(number, ReleaseFormat.PDF).as_posix(),
        feed_id=_urn(office, str(release.release_number)),
        updated=_timestamp(max(updated, release.date)),
    )


_DOCUMENT_LABELS = {
    ReleaseFormat.PDF: "PDF",
    ReleaseFormat.DOCX: "DOCX",
    ReleaseFormat.ARCHIVAL_PDF: "PDF/A (Archiv)",
}


def _link(number: ReleaseNumber, form: ReleaseFormat) -> Path:
    """A document relative to the out folder: `2020/067/pressemitteilung-067-2020.pdf`."""
    return press_release_file(Path(), number, form)


def _urn(office: str, name: str) -> str:
    """A stable Atom id: the same office and number always give the same id."""
    return office_uuid(office, name).urn


def _timestamp(day: dt.date) -> str:
    """RFC 3339, midnight in Berlin: `2020-03-02T00:00:00+01:00`."""
    return dt.datetime.combine(day, dt.time(), OFFICE_TIME_ZONE).isoformat()
