"""`pressetool build`: release files → press release documents (PDF, DOCX)."""

from __future__ import annotations

from pathlib import Path

from pressetool.compose.press_release import compose_press_release
from pressetool.models import Release
from pressetool.office import Config
from pressetool.output import release_output_dir, write_all
from pressetool.reading.release_reader import read_releases

FORMATS = {"pdf": ("pdf",), "docx": ("docx",), "all": ("pdf", "docx")}


def render_press_release(
    release: Release, config: Config, out: Path, formats: str = "all"
) -> list[tuple[Path, bytes]]:
    """The documents of one release as (path, bytes), nothing written yet."""
    content = compose_press_release(release, config)
    folder = release_output_dir(out, release.release_number)
    documents = []
    for extension in FORMATS[formats]:
        if extension == "pdf":
            from pressetool.render.pdf import PressReleasePdf

            data = PressReleasePdf(content, config).render()
        else:
            from pressetool.render.docx import PressReleaseDocx

            data = PressReleaseDocx(content, config).render()
        documents.append((folder / f"{content.file_stem}.{extension}", data))
    return documents


def build_releases(
    paths: list[Path], config: Config, out: Path | None = None, formats: str = "all"
) -> list[Path]:
    """Read every file (all errors at once), render everything, then write it all."""
    releases = read_releases(paths)
    target = out if out is not None else config.output_dir
    documents = [
        document
        for release in releases
        for document in render_press_release(release, config, target, formats)
    ]
    return write_all(documents)
