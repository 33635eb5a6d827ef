"""The archive's pages and feed, from one row per public release.

`index.html` lists the years, `{year}/index.html` the releases of a year (by date,
then number, newest first), `{year}/{NNN}/index.html` is the full text of one
release as HTML with its documents, and `feed.xml` is Atom (the latest 50). Links
between pages are relative, so the archive works from the file system; the feed's
links are absolute when `[archive] base_url` is set.

A row keeps everything its pages need (the composed text included) and is kept in
the manifest, so an unchanged release is never read again. What depends on other
releases is worked out here on every run and never kept: which public release
corrects which (`berichtigt durch Nr. …`), and the links between them. Every page
is rendered on every run from the rows, but written only when its bytes differ
from the file in place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pressetool.compose.german import format_date_numeric
from pressetool.compose.press_release import (
    BlockKind,
    PressReleaseContent,
    status_text,
    withdrawal_line,
)
from pressetool.models import Release, Status
from pressetool.office import Config, office_moment, office_uuid, today_in_office
from pressetool.output import Staging, in_place

FEED = "feed.xml"
FEED_ENTRIES = 50
PAGE = "index.html"


@dataclass(frozen=True)
class DocumentLink:
    label: str
    """`PDF`, `DOCX`, `PDF/A (Archiv)`"""
    name: str
    """The file name in the release's folder."""
    size: int
    """Bytes."""

    @property
    def size_text(self) -> str:
        """`48 kB`, `1,2 MB`"""
        if self.size < 1024 * 1024:
            return f"{max(1, round(self.size / 1024))}\u00a0kB"
        return f"{self.size / (1024 * 1024):.1f}\u00a0MB".replace(".", ",")


@dataclass(frozen=True)
class TextBlock:
    """One block of the composed press release: `kind` is a `BlockKind` value."""

    kind: str
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class ArchiveRow:
    """One public release as its pages and the feed show it (kept in the manifest)."""

    year: int
    number: int
    iso_date: str
    label: str
    """`067/2020`"""
    date: str
    """`02.03.2020`"""
    title: str
    status: str
    withdrawn: bool
    correction_of: str | None
    """The label of the release this one corrects."""
    documents: tuple[DocumentLink, ...]
    public_from: str
    """RFC 3339: when it became public (its date at 00:00, or its embargo)."""
    updated: str
    """RFC 3339: when it last changed for a reader (public, or withdrawn)."""
    feed_id: str
    summary: str
    """The first paragraph of the body, as the documents write it."""
    blocks: tuple[TextBlock, ...]
    """The text as the PDF has it."""

    @property
    def folder(self) -> str:
        """`067`: the release's folder in its year."""
        return f"{self.number:03d}"

    @property
    def anchor(self) -> str:
        return f"nr-{self.folder}"

    @property
    def page(self) -> str:
        """`2020/067/index.html`, relative to the out folder."""
        return f"{self.year}/{self.folder}/{PAGE}"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArchiveRow:
        documents = tuple(DocumentLink(**link) for link in data["documents"])
        blocks = tuple(TextBlock(b["kind"], tuple(b["lines"])) for b in data["blocks"])
        return cls(**{**data, "documents": documents, "blocks": blocks})


DOCUMENT_LABELS = {"pdf": "PDF", "docx": "DOCX", "pdf/a-3a": "PDF/A (Archiv)"}
"""By `ReleaseFormat` value, in the order the pages list them."""
_FORM_ORDER = list(DOCUMENT_LABELS)


def archive_row(
    release: Release,
    content: PressReleaseContent,
    documents: Iterable[tuple[str, Path, int]],
    public_from: dt.datetime,
    office: str,
) -> ArchiveRow:
    """The row of a release: `documents` are (format, path, size)."""
    number = release.release_number
    correction = release.correction_of
    updated = public_from
    if release.withdrawal is not None:
        updated = max(updated, office_moment(release.withdrawal.date, dt.time()))
    summary = next(b.text for b in content.blocks if b.kind is BlockKind.PARAGRAPH)
    if release.status is Status.WITHDRAWN:
        summary = f"{withdrawal_line(release.withdrawal)} – {summary}"
    corrected = [b.text for b in content.blocks if b.kind in _CORRECTION_BLOCKS]
    if corrected:  # a feed reader shows the summary: it says what was corrected
        summary = f"{': '.join(corrected)} – {summary}"
    return ArchiveRow(
        year=number.year,
        number=number.number,
        iso_date=release.date.isoformat(),
        label=str(number),
        date=format_date_numeric(release.date),
        title=release.title,
        status=status_text(
            release.status, release.withdrawal, correction.original if correction else None
        ),
        withdrawn=release.status is Status.WITHDRAWN,
        correction_of=str(correction.original) if correction else None,
        documents=tuple(
            DocumentLink(DOCUMENT_LABELS[form], path.name, size)
            for form, path, size in sorted(documents, key=lambda d: _FORM_ORDER.index(d[0]))
        ),
        public_from=public_from.isoformat(),
        updated=updated.isoformat(),
        feed_id=office_uuid(office, str(number)).urn,
        summary=summary,
        blocks=tuple(TextBlock(block.kind.value, block.lines) for block in content.blocks),
    )


_CORRECTION_BLOCKS = (BlockKind.CORRECTION, BlockKind.CORRECTION_NOTE)


def _as_corrected(row: ArchiveRow, corrections: dict[str, list[ArchiveRow]]) -> ArchiveRow:
    """The feed's entry of a release that a public Berichtigung corrects: updated when
    the Berichtigung's entry was, and its summary says so first (a reader of the
    feed sees the entry change, as the pages say „berichtigt durch“)."""
    by = corrections.get(row.label)
    if not by:
        return row
    labels = ", ".join(f"Nr. {c.label}" for c in by)
    updated = max([row.updated, *(c.updated for c in by)], key=dt.datetime.fromisoformat)
    return dataclasses.replace(
        row, updated=updated, summary=f"Berichtigt durch {labels} – {row.summary}"
    )


@dataclass(frozen=True)
class YearSummary:
    year: int
    href: str
    count: int
    withdrawn: int


def site_files(rows: list[ArchiveRow], out: Path) -> set[Path]:
    """The pages and the feed that `stage_site` writes for `rows`."""
    return {
        out / PAGE,
        out / FEED,
        *(out / str(row.year) / PAGE for row in rows),
        *(out / row.page for row in rows),
    }


def stage_site(
    staging: Staging, rows: list[ArchiveRow], config: Config, out: Path, *, unchanged: bool
) -> Path:
    """Every page and the feed, staged where they differ from what is in place.

    `unchanged`: the same public releases, from the same templates and settings, as in
    the run that wrote the site (the manifest says so): pages in place are what this run
    would write, so they are not rendered again unless one is missing. (A page edited by
    hand is put right by the next run that changes something.)"""
    if unchanged and all(path.is_file() for path in site_files(rows, out)):
        return out / PAGE
    from pressetool.render.templates import jinja_environment  # only to render: Jinja

    environment = jinja_environment(config)
    newest_first = sorted(rows, key=lambda r: (r.iso_date, r.number), reverse=True)
    years: dict[int, list[ArchiveRow]] = {}
    for row in sorted(newest_first, key=lambda r: r.year, reverse=True):
        years.setdefault(row.year, []).append(row)
    corrections: dict[str, list[ArchiveRow]] = {}
    for row in sorted(rows, key=lambda r: (r.year, r.number)):
        if row.correction_of is not None:
            corrections.setdefault(row.correction_of, []).append(row)
    common = {
        "office": config.office.name,
        "unit": config.office.unit,
        "public": {row.label: row for row in rows},
        "corrections": corrections,
    }
    summaries = [
        YearSummary(year, f"{year}/{PAGE}", len(items), sum(r.withdrawn for r in items))
        for year, items in years.items()
    ]
    pages = {
        out / PAGE: environment.get_template("archive_index.html").render(
            years=summaries, feed=FEED, **common
        )
    }
    year_page = environment.get_template("archive_year.html")
    release_page = environment.get_template("archive_release.html")
    for year, items in years.items():
        pages[out / str(year) / PAGE] = year_page.render(year=year, rows=items, **common)
        for row in items:
            pages[out / row.page] = release_page.render(row=row, **common)
    latest = sorted(rows, key=lambda r: (r.iso_date, r.year, r.number), reverse=True)
    latest = [_as_corrected(row, corrections) for row in latest[:FEED_ENTRIES]]
    updated = max(
        (dt.datetime.fromisoformat(row.updated) for row in latest),
        default=office_moment(today_in_office(), dt.time()),
    )
    pages[out / FEED] = environment.get_template("archive_feed.xml").render(
        office=config.office.name,
        feed_id=office_uuid(config.office.name, "archiv").urn,
        updated=updated.isoformat(),
        rows=latest,
        base=feed_base(config),
    )
    changed = [
        (path, data)
        for path, text in pages.items()
        if not in_place(path, data := text.encode("utf-8"))
    ]
    staging.stage_all(changed)
    return out / PAGE


def feed_base(config: Config) -> str:
    """What the feed puts before a path: `https://…/archiv/`, or nothing (relative)."""
    if not config.base_url:
        return ""
    return config.base_url.rstrip("/") + "/"
