"""Problems found in the user's input, collected and reported together.

Every problem carries a `Code`; `pressetool.messages` maps the code to the
German sentence a press officer reads. Nothing here knows about the command
line: the CLI turns an `InputError` into printed messages and exit status 1.
"""

from __future__ import annotations

import dataclasses
import difflib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from pressetool.messages import Code, message, os_error_text

__all__ = [
    "Code",
    "InputError",
    "Problem",
    "PressetoolError",
    "Severity",
    "os_error_text",
    Code.UNKNOWN_FIELD,
]


class Severity(Enum):
    ERROR = "Fehler"
    WARNING = "Hinweis"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a look) in one file."""

    code: Code
    file: Path | None
    field: str | None = None
    line: int | None = None
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        return message(self.code, self.params, self.file, self.line, self.field)


def unknown_field(
    file: Path | None, field: str, key: str, known: tuple[str, ...], line: int | None = None
) -> Problem:
    """An unknown field, with the closest known name suggested when there is one. A name
    that is known but for an invisible character (a zero-width space copied in) says so:
    on screen it looks exactly like the known one."""
    invisible = [c for c in key if unicodedata.category(c) == "Cf"]
    if invisible and "".join(c for c in key if c not in invisible) in known:
        params = {"character": f"U+{ord(invisible[0]):04X}"}
        return Problem(Code.UNKNOWN_FIELD_INVISIBLE, file, field, line, params)
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return Problem(Code.UNKNOWN_FIELD_SUGGESTION, file, field, line, {"suggestion": close[0]})
    return Problem(Code.UNKNOWN_FIELD, file, field, line, {"allowed": ", ".join(known)})


class PressetoolError(Exception):
    """Base of every error that the CLI reports without a traceback."""


class InputError(PressetoolError):
    """The input is wrong; carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem], written: Sequence[Path] = ()) -> None:
        super().__init__("\n".join(p.message for p in problems))
        self.problems = problems
        self.written = tuple(written)
        """Files written before the problem stopped the command (usually none)."""


def shown_path(path: Path) -> Path:
    """Below the current folder as a relative path, as messages name files (and as the
    officer typed them); anywhere else as it is."""
    here = Path.cwd()
    return path.relative_to(here) if path.is_relative_to(here) else path
