"""`archive` with nothing stale never loads the renderers: it knows the names of the
press release's templates without them, and those names agree with the renderers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pressetool.archive import site
from pressetool.office import load_config
from pressetool.render.docx import REFERENCE_DOCX
from pressetool.render.pdf import PressReleasePdf
from pressetool.render.template_files import SHIPPED_TEMPLATES
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
    assert not {*RENDERERS, "jinja2"} & second, sorted(second)  # nor Jinja for the pages


def test_the_templates_a_template_names_are_found_in_its_text(tmp_path: Path) -> None:
    """An office's own press release template that extends the shipped base and includes
    a partial of its own: a change to the partial renders the archive anew."""
    office = office_folder(tmp_path / "pressestelle")
    templates = office / "templates"
    templates.mkdir()
    shipped = (SHIPPED_TEMPLATES / site.PRESS_RELEASE_TEMPLATE).read_text(encoding="utf-8")
    own = shipped.replace("{% endblock %}", "{%- include 'fusszeile.html' -%}{% endblock %}", 1)
    assert own != shipped
    (templates / site.PRESS_RELEASE_TEMPLATE).write_text(own, encoding="utf-8")
    (templates / "fusszeile.html").write_text("<p>Fußzeile</p>", encoding="utf-8")
    names = [path.name for path in site._document_templates(load_config(office))]
    assert "fusszeile.html" in names and "_base.html" in names
    paths = {path.name: path for path in site._document_templates(load_config(office))}
    assert paths["fusszeile.html"] == templates / "fusszeile.html"
    assert paths["_base.html"] == SHIPPED_TEMPLATES / "_base.html"
