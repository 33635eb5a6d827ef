"""`pressetool build`: release files → press release documents (PDF, DOCX; HTML fragment
and plain text to paste)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from pressetool.compose.german import format_date_numeric, format_time_with_unit
from pressetool.compose.press_release import (
    compose_press_release,
    public_from,
    withdrawn_before_public,
)
from pressetool.models import Release, Status
from pressetool.office import OFFICE_TIME_ZONE, Config
from pressetool.output import press_release_file, write_all
from pressetool.problems import Code, InputError, Problem
from pressetool.reading.release_reader import read_each, read_release, read_status
from pressetool.register.verify import status_disagreements
from pressetool.render.press_release import ReleaseFormat, render_press_release

FORMATS = {
    "pdf": (ReleaseFormat.PDF,),
    "docx": (ReleaseFormat.DOCX,),
    "all": (ReleaseFormat.PDF, ReleaseFormat.DOCX),
    "html": (ReleaseFormat.HTML,),
    "txt": (ReleaseFormat.TXT,),
}


def release_documents(
    release: Release, config: Config, out: Path, formats: Iterable[ReleaseFormat]
) -> list[tuple[Path, bytes]]:
    """The documents of one release as (path, bytes), nothing written yet."""
    content = compose_press_release(release, config)
    rendered = render_press_release(content, config, formats)
    number = release.release_number
    return [(press_release_file(out, number, form), data) for form, data in rendered.items()]


def build_releases(
    paths: list[Path], config: Config, out: Path | None = None, formats: str = "all"
) -> list[Path]:
    """Read every file (all errors at once), render everything, then write it all.

    A draft is built too, every page marked `Entwurf`; a discarded number never is. A
    release whose file says another status than the register (a draft whose `status`
    line was deleted reads as published) is not built, as `send` and `archive` hold it.
    Without `out`, a release that is public now goes to the public `output/`; a draft
    and a release before its date or Sperrfrist go to the internal folder
    (`intern/`), so that no web server shows them under a name one can guess.
    """
    releases = read_each(paths, _buildable)
    differing = status_disagreements(config, releases, Code.BUILD_STATUS_DIFFERS)
    if differing:  # a draft whose `status` line was lost would go public unmarked
        raise InputError(differing)
    now = dt.datetime.now(OFFICE_TIME_ZONE)
    if out is not None:
        _refuse_public_out(releases, config, out, now)
    documents = [
        document
        for release in releases
        for document in release_documents(
            release, config, out or _folder(release, config, now), FORMATS[formats]
        )
    ]
    return write_all(documents, config.output_dir)


def _folder(release: Release, config: Config, now: dt.datetime) -> Path:
    return config.output_dir if _public(release, now) else config.internal_dir


def _public(release: Release, now: dt.datetime) -> bool:
    if release.status not in (Status.PUBLISHED, Status.WITHDRAWN):
        return False
    return public_from(release) <= now and not withdrawn_before_public(release)


def _refuse_public_out(
    releases: list[Release], config: Config, out: Path, now: dt.datetime
) -> None:
    """An `--out` in the public folder (or holding it) takes public releases only: a
    draft or a release before its date or Sperrfrist would be on the web server early."""
    public, target = config.output_dir.resolve(), out.resolve()
    if not (target.is_relative_to(public) or public.is_relative_to(target)):
        return
    problems = []
    for release in releases:
        if _public(release, now):
            continue
        if release.status is Status.DRAFT:
            state = "ein Entwurf"
        elif withdrawn_before_public(release):
            state = "vor Datum oder Sperrfrist zurückgezogen und wird nie öffentlich"
        else:
            start = public_from(release)
            clock = format_time_with_unit(start.time(), None, config.house_style)
            state = f"erst ab {format_date_numeric(start.date())}, {clock} öffentlich"
        params = {
            "number": str(release.release_number),
            "state": state,
            "output": config.output,
            "internal": config.internal,
        }
        problems.append(Problem(Code.BUILD_NOT_PUBLIC_OUT, release.source, "--out", params=params))
    if problems:
        raise InputError(problems)


def _buildable(path: Path) -> Release:
    """The release in `path`, unless it is a discarded number (its file need not be
    complete, so that is said before anything else of it)."""
    if read_status(path) is Status.DISCARDED:
        raise InputError([Problem(Code.BUILD_DISCARDED, path, field="status")])
    return read_release(path)
