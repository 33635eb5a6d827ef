"""Finding templates: the office's own `templates/` first, then the shipped ones."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

import jinja2

from pressetool.office import Config

SHIPPED_TEMPLATES = Path(str(files("pressetool.templates")))


def template_path(config: Config, name: str) -> Path:
    """The office's copy of `name` when it has one, else the shipped one."""
    office = config.templates_dir
    if office is not None and (office / name).is_file():
        return office / name
    return SHIPPED_TEMPLATES / name


def jinja_environment(config: Config) -> jinja2.Environment:
    """The environment for the office's templates, shared so that each template
    compiles once per process (archive and invite render many documents)."""
    return _environment(config.templates_dir)


@cache
def _environment(office_templates: Path | None) -> jinja2.Environment:
    folders = [str(f) for f in (office_templates, SHIPPED_TEMPLATES) if f is not None]
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
