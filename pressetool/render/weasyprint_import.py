"""WeasyPrint, imported without some fifty subprocesses.

WeasyPrint finds Pango, HarfBuzz and fontconfig through cffi, trying each
library under several names (Windows and macOS names first). cffi hands every
name that is not a file path to `ctypes.util.find_library`, which on Linux runs
`ldconfig -p` and, for a name it does not find there, `gcc` and `ld` as well:
54 subprocesses and about 0.13 s of CPU for each `pressetool build`, most of
them for names that cannot exist on Linux (`libharfbuzz-vector-0`, …).

While WeasyPrint is imported, `find_library` answers from one `ldconfig -p`
listing (`lib{name}.so…` as `find_library` itself matches), and is restored
afterwards. A library that is not in the loader cache is not found, exactly as
before; only the `gcc`/`ld` fallbacks, which serve libraries outside the
loader's cache, are skipped. Upstream (WeasyPrint's `text/ffi.py`) could try
the Linux soname first (`libpango-1.0.so.0`, which dlopen takes as a path) or
pass `allow_fail` lookups without `find_library`; that is the note to send.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache


@cache
def _loader_cache() -> str:
    """`ldconfig -p`: every library the dynamic loader knows, once per process."""
    for ldconfig in ("/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"):
        try:
            listing = subprocess.run(
                [ldconfig, "-p"],
                capture_output=True,
                text=True,
                env={**os.environ, "LC_ALL": "C", "LANG": "C"},
                check=False,
            )
        except OSError:
            continue
        return listing.stdout
    return ""


def _find_in_loader_cache(name: str) -> str | None:
    match = re.search(rf"\s(lib{re.escape(name)}\.[^\s]*)\s+\(", _loader_cache())
    return match[1] if match else None


@contextmanager
def _lookups_from_loader_cache() -> Iterator[None]:
    if not sys.platform.startswith("linux"):
        yield
        return
    original = ctypes.util.find_library
    ctypes.util.find_library = _find_in_loader_cache
    try:
        yield
    finally:
        ctypes.util.find_library = original


with _lookups_from_loader_cache():
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

__all__ = ["CSS", "HTML", "FontConfiguration"]
