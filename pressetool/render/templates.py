"""The Jinja environment of the templates: the office's own `templates/` first, then the
shipped ones (render/template_files.py)."""

from __future__ import annotations

import contextlib
from functools import cache
from pathlib import Path

import jinja2
import jinja2.bccache

from pressetool.office import Config
from pressetool.render.template_files import SHIPPED_TEMPLATES


def jinja_environment(config: Config) -> jinja2.Environment:
    """The environment for the office's templates, shared so that each template
    compiles once per process (archive and invite render many documents).

    Compiled templates are kept between runs in Jinja's bytecode cache (a folder of
    the user's own in the temporary directory, which Jinja creates private and checks
    before use): compiling the archive's eight templates was a sixth of an `archive`
    with nothing to do. A template changed since is compiled anew (Jinja compares the
    source's checksum)."""
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
        bytecode_cache=_bytecode_cache(),
    )


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates that never fails a command: a cache file that
    cannot be read (damaged, gone) is compiled anew, one that cannot be written (disk
    full) is not kept."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # anything in a damaged file: compile anew
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """The cache in Jinja's private folder of the user's temporary directory; None when
    there is none to be had (Jinja refuses a folder it cannot make private)."""
    try:
        return _QuietBytecodeCache()
    except (OSError, RuntimeError):
        return None
