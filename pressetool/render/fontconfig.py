"""Asking fontconfig which font file it (and so WeasyPrint) takes for a pattern, and
whether any installed font has a character."""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path


def matched_file(pattern: str) -> Path | None:
    """The file `fc-match` picks for `pattern` (`Liberation Sans:style=Bold`,
    `…:charset=531`); None when fontconfig is missing or answers nothing. fontconfig
    always answers its best match, which need not be the family asked for."""
    found = _ask("fc-match", "--format=%{file}", pattern)
    return Path(found) if found else None


@cache
def any_font_has(char: str) -> bool:
    """Whether an installed font has `char` (`fc-list :charset=…` names one); True when
    fontconfig cannot be asked, since then nothing is known against it."""
    found = _ask("fc-list", "--format=%{file}\n", f":charset={ord(char):x}")
    return found is None or bool(found)


def _ask(*command: str) -> str | None:
    """What the fontconfig tool answers, stripped; None when it cannot be run."""
    try:
        return subprocess.run(
            command, capture_output=True, text=True, check=True, timeout=30
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
