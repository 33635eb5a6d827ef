"""Steps of a release's life for tests where that step is not the point."""

from __future__ import annotations

from pathlib import Path

from pressetool.models import ReleaseNumber, Status
from pressetool.office import load_config
from pressetool.reading.release_reader import file_number
from pressetool.register.database import open_register
from pressetool.register.release_files import published_text


def published(path: Path) -> Path:
    """Mark the release in `path` published in its file and the register, as
    `pressetool publish` does, without checking or rendering it (quick)."""
    number = file_number(path)
    assert number is not None
    path.write_text(published_text(path.read_text(encoding="utf-8")), encoding="utf-8")
    with open_register(load_config()) as register, register.writing():
        register.set_status(ReleaseNumber(number, int(path.parent.name)), Status.PUBLISHED)
    return path
