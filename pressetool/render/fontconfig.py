"""Asking fontconfig which font file it (and so WeasyPrint) takes for a pattern, and
which characters the installed fonts have."""

from __future__ import annotations

import bisect
import subprocess
from pathlib import Path


def matched_file(pattern: str) -> Path | None:
    """The file `fc-match` picks for `pattern` (`Liberation Sans:style=Bold`,
    `…:charset=531`); None when fontconfig is missing or answers nothing. fontconfig
    always answers its best match, which need not be the family asked for."""
    found = _ask("fc-match", "--format=%{file}", pattern)
    return Path(found) if found else None


class InstalledCharacters:
    """The characters that some installed outline font has (what Pango, and so
    WeasyPrint, can take a character from: it passes over bitmap fonts).

    Asked of fontconfig once, when made (`fc-list`, some 10 ms): make one per check, so
    that a font the IT installs counts from the next check on, also in `pressetool
    serve`. When fontconfig cannot be asked, every character counts as there, since
    then nothing is known against it.
    """

    def __init__(self) -> None:
        answer = _ask("fc-list", "--format=%{charset}\\n", ":outline=True")
        self.known = answer is not None
        merged: list[list[int]] = []
        for start, end in sorted(_ranges(answer or "")):
            if merged and start <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _end in merged]
        self.ends = [end for _start, end in merged]

    def has(self, char: str) -> bool:
        if not self.known:
            return True
        code = ord(char)
        index = bisect.bisect_right(self.starts, code) - 1
        return index >= 0 and code <= self.ends[index]


def _ranges(charsets: str) -> list[tuple[int, int]]:
    """`20-7e a0-36f 374` (one line per font) → [(0x20, 0x7e), (0xa0, 0x36f), (0x374, 0x374)]"""
    ranges = []
    for item in charsets.split():
        start, _dash, end = item.partition("-")
        ranges.append((int(start, 16), int(end or start, 16)))
    return ranges


def _ask(*command: str) -> str | None:
    """What the fontconfig tool answers, stripped; None when it cannot be run."""
    try:
        return subprocess.run(
            command, capture_output=True, text=True, check=True, timeout=30
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
