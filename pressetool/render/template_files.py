"""Where a template file is: the office's own `templates/` first, then the shipped one.

Without Jinja, so that `archive` with nothing to render need not load it to find the
files whose content shapes its documents."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from pressetool.office import Config

SHIPPED_TEMPLATES = Path(str(files("pressetool.templates")))


def template_path(config: Config, name: str) -> Path:
    """The office's copy of `name` when it has one, else the shipped one."""
    office = config.templates_dir
    if office is not None and (office / name).is_file():
        return office / name
    return SHIPPED_TEMPLATES / name
