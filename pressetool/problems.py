"""Problems found in the user's input, collected and reported together.

Every problem carries a code; `pressetool.messages` maps the code to the
German sentence a press officer reads. Nothing here knows about the command
line: the CLI turns an `InputError` into printed messages and exit status 1.
"""

from __future__ import annotations

import dataclasses
import difflib
import errno
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(Enum):
    ERROR = "Fehler"
    WARNING = "Hinweis"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a look) in one file."""

    code: str
    file: Path | None
    field: str | None = None
    line: int | None = None
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        from pressetool.messages import message_for

        return message_for(self)


_OS_ERRORS = {
    errno.ENOENT: "die Datei oder der Ordner fehlt",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.EROFS: "der Datenträger ist schreibgeschützt",
    errno.EISDIR: "das ist ein Ordner, keine Datei",
    errno.ENOTDIR: "ein Teil des Pfades ist eine Datei, kein Ordner",
    errno.ENOSPC: "der Datenträger ist voll",
    errno.EDQUOT: "das Speicherkontingent ist erschöpft",
}


def os_error_text(error: OSError) -> str:
    """What went wrong with a file, in German (the system's own text is English)."""
    if error.errno in _OS_ERRORS:
        return _OS_ERRORS[error.errno]
    return f"Systemfehler {error.errno}" if error.errno else "Systemfehler"


def unknown_field(
    file: Path | None, field: str, key: str, known: tuple[str, ...], line: int | None = None
) -> Problem:
    """An unknown field, with the closest known name suggested when there is one."""
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return Problem("unknown_field_suggestion", file, field, line, {"suggestion": close[0]})
    return Problem("unknown_field", file, field, line, {"allowed": ", ".join(known)})


class PressetoolError(Exception):
    """Base of every error that the CLI reports without a traceback."""


class InputError(PressetoolError):
    """The input is wrong; carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(p.message for p in problems))
        self.problems = problems
