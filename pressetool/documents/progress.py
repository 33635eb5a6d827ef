"""A progress bar on the terminal, in plain text on stderr; silent when not a terminal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

Progress = Callable[[int, int], None]
"""Called with (items done, items in all) as the work goes on."""

WIDTH = 30
FEW = 5
"""Up to this many items finish too fast for a bar."""


def terminal_progress(stream: TextIO, label: str) -> Progress | None:
    """A callback drawing `label [#####.....] 50/200` over itself, or None off a terminal."""
    if not stream.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total <= FEW:
            return
        filled = WIDTH * done // total
        bar = "#" * filled + "." * (WIDTH - filled)
        end = "\n" if done >= total else ""
        stream.write(f"\r{label} [{bar}] {done}/{total}{end}")
        stream.flush()

    return show
