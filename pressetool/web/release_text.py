"""Writing a whole release file from the editor, keeping what the officer wrote by hand.

Decision: no YAML library re-serialises the file (ruamel.yaml's round trip was
the alternative; it moves comments of reordered list items and re-quotes
values). The file stays text, as `register.release_files` treats it: a
top-level field whose value the officer did not change keeps its lines byte for
byte, comments and quoting included; a changed field gets new lines in its
place (`release_files.set_field`), so the order of the fields stays; a field
new to the file goes after the field that precedes it in the order of a
release file (`RELEASE_FIELDS`), not at the end; a field emptied in the form is
removed. Comments between top-level fields always stay. What is lost is only a
comment inside a field that was changed (`# Beginn` beside `start:`, when the
event was edited): the skeleton of `new` keeps its explanations above the
fields, where they stay.
"""

from __future__ import annotations

import hashlib

from pressetool.reading.release_reader import RELEASE_FIELDS
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
    """`block` after the last field of the file that comes before `key` in a release
    file's order; at the end when the file has none of them."""
    lines = text.splitlines()
    earlier = RELEASE_FIELDS[: RELEASE_FIELDS.index(key)]
    ends = [found[1] for name in earlier if (found := top_level_block(lines, name)) is not None]
    if not ends:
        return "\n".join([*lines, *block]) + "\n"
    at = max(ends)
    while at > 0 and not lines[at - 1].strip():  # before the blank lines that end the block
        at -= 1
    return "\n".join([*lines[:at], *block, *lines[at:]]) + "\n"
