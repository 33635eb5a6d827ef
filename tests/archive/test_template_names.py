"""`archive` with nothing stale never loads the renderers: it knows the names of the
press release's templates without them, and those names agree with the renderers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pressetool.archive import site
from pressetool.render.docx import REFERENCE_DOCX
from pressetool.render.pdf import PressReleasePdf
from tests.builders import office_folder, write_release
from tests.readback import REFERENCE_RELEASE

RENDERERS = ("weasyprint", "docx")


def test_the_archive_names_the_templates_the_renderers_use() -> None:
    assert PressReleasePdf.template_name == site.PRESS_RELEASE_TEMPLATE
    assert PressReleasePdf.stylesheet_names == site.PRESS_RELEASE_STYLESHEETS
    assert site.PRESS_RELEASE_REFERENCE_DOCX == REFERENCE_DOCX


def imported_by_archive(office: Path) -> set[str]:
    """The top-level modules a cold `pressetool archive` imported (`-X importtime`)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pressetool", "archive"],
        cwd=office,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[1].strip().split(".")[0] for line in lines[1:]}


def test_archive_with_nothing_changed_does_not_import_the_renderers(tmp_path: Path) -> None:
    office = office_folder(tmp_path / "pressestelle")
    write_release(
        office,
        "2020/067-voneinander-wissen-in-mitte.yaml",
        REFERENCE_RELEASE.read_text(encoding="utf-8"),
    )
    first = imported_by_archive(office)
    assert set(RENDERERS) <= first
    assert (office / "output/2020/067/pressemitteilung-067-2020.pdf").is_file()
    second = imported_by_archive(office)
    assert not set(RENDERERS) & second, sorted(second)
