"""Writing a whole release file from the editor, keeping what the officer wrote by hand.

Decision: no YAML library re-serialises the file (ruamel.yaml's round trip was
the alternative; it moves comments of reordered list items and re-quotes
values). The file stays text, as `register.release_files` treats it: a
top-level field whose value the officer did not change keeps its lines byte for
byte, comments and quoting included; a changed field gets new lines in its
place (`release_files.set_field`), so the order of the fields stays; a field
new to the file goes after the field that precedes it in the form's order
(`TOP_LEVEL`), always before `status` and its explanation, which end the file
that `new` writes; a field emptied in the form is removed. Comments between
top-level fields always stay. What is lost is only a comment inside a field
that was changed (`# Beginn` beside `start:`, when the event was edited): the
skeleton of `new` keeps its explanations above the fields, where they stay.
"""

from __future__ import annotations

import hashlib

from pressetool.register.release_files import remove_field, set_field, top_level_block
from pressetool.web.release_form import TOP_LEVEL, ReleaseForm


def text_version(data: bytes) -> str:
    """The version of a file as the editor opened it: the SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


def merged_text(text: str, before: ReleaseForm, after: ReleaseForm) -> str:
    """`text` (the file as `before` was read from it) with the officer's changes."""
    for key in TOP_LEVEL:
        if before.part(key) == after.part(key):
            continue
        block = after.block(key)
        present = top_level_block(text.splitlines(), key) is not None
        if block is None:
            text = remove_field(text, key) if present else text
        elif present:
            text = set_field(text, key, block)
        else:
            text = _inserted(text, key, block)
    return text


def _inserted(text: str, key: str, block: list[str]) -> str:
    """`block` after the last field of the file that comes before `key` in the form's
    order; without one, before the first that comes after it (and its comment). Never
    after `status`: before it and its comment, then."""
    lines = text.splitlines()
    earlier = TOP_LEVEL[: TOP_LEVEL.index(key)]
    places = {
        name: place for name in (*TOP_LEVEL, "status") if (place := top_level_block(lines, name))
    }
    ends = [end for name, (_start, end) in places.items() if name in earlier]
    if ends:
        at = max(ends)
        while at > 0 and not lines[at - 1].strip():  # before the blank lines that end the block
            at -= 1
    else:
        later = [start for name, (start, _end) in places.items() if name not in earlier]
        at = _commented(lines, min(later)) if later else len(lines)
    if "status" in places:
        at = min(at, _commented(lines, places["status"][0]))
    return "\n".join([*lines[:at], *block, *lines[at:]]) + "\n"


def _commented(lines: list[str], start: int) -> int:
    """The first line of the comment right above line `start` (`start` without one)."""
    while start > 0 and lines[start - 1].startswith("#"):
        start -= 1
    return start
