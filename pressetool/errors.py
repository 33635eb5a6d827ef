"""Problems found in the user's input, collected and reported together.

Every problem carries a code; `pressetool.messages` maps the code to the
German sentence a press officer reads. Nothing here knows about the command
line: the CLI turns an `InputError` into printed messages and exit status 1.
"""

from __future__ import annotations

import dataclasses
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


class PressetoolError(Exception):
    """Base of every error that the CLI reports without a traceback."""


class InputError(PressetoolError):
    """The input is wrong; carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(p.message for p in problems))
        self.problems = problems
