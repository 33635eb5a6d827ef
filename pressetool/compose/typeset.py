"""The typography rules that hold for every text of a release, applied once to the
release and its event before any document is composed, so that the press release,
the letters and the lists cannot differ.

The rules: quotation marks inside quotation marks become half ones,
„Runder Tisch „Saubere Kieze““ → „Runder Tisch ‚Saubere Kieze‘“; and two or more
spaces in a row are one (the PDF showed one and the DOCX two; `check` names them).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar, cast

T = TypeVar("T")

_OPEN, _CLOSE, _INNER_OPEN, _INNER_CLOSE = "„", "“", "‚", "‘"
_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")


def nested_quotes(text: str) -> str:
    """German quotation marks by depth: „…“ outside, ‚…‘ inside. A text whose marks do
    not pair up is left as written (`check` shows it)."""
    if text.count(_OPEN) < 2:
        return text
    depth, out = 0, []
    for char in text:
        if char == _OPEN:
            out.append(_OPEN if depth == 0 else _INNER_OPEN)
            depth += 1
        elif char == _CLOSE and depth > 0:
            depth -= 1
            out.append(_CLOSE if depth == 0 else _INNER_CLOSE)
        else:
            out.append(char)
    return "".join(out) if depth == 0 else text


def typeset(value: T) -> T:
    """`value` with every text in it (dataclass fields, tuples) typeset."""
    result: Any
    if isinstance(value, str):
        result = nested_quotes(_SPACES.sub(" ", value))
    elif isinstance(value, tuple):
        result = tuple(typeset(item) for item in value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: typeset(getattr(value, f.name)) for f in dataclasses.fields(value)}
        result = dataclasses.replace(value, **changes)
    else:
        result = value
    return cast(T, result)
