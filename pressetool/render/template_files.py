"""Where a template file is: the office's own `templates/` first, then the shipped one.

Without Jinja, so that `archive` with nothing to render need not load it to find the
files whose content shapes its documents."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from pressetool.office import Config


def _shipped_folder() -> Path:
    """The folder of the package `pressetool.templates` (the repository's `templates/`,
    as pyproject.toml maps it), found by its import spec: pressetool is installed as
    files, never as a zip, and `importlib.resources.files` would cost `archive` with
    nothing to do 8 ms of imports (zipfile and its compressors)."""
    spec = find_spec("pressetool.templates")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pressetool.templates", name="pressetool.templates")
    return Path(spec.origin).parent


SHIPPED_TEMPLATES = _shipped_folder()


def template_path(config: Config, name: str) -> Path:
    """The office's copy of `name` when it has one, else the shipped one."""
    office = config.templates_dir
    if office is not None and (office / name).is_file():
        return office / name
    return SHIPPED_TEMPLATES / name
