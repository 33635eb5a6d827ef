"""Writing a whole release file from the editor, keeping what the officer wrote by hand.

Decision: no YAML library re-serialises the file (ruamel.yaml's round trip was
the alternative; it moves comments of reordered list items and re-quotes
values). The file stays text, as `register.release_files` treats it, and a save
changes the characters of what changed and nothing else: PyYAML's nodes say where
each value stands, and `_Edits` replaces a changed value there, so the comment at
the end of its line, the comments and lines of every field beside it (a participant
written over several lines) and the order of the fields stay. A field new to a
mapping goes after the field that precedes it in the form's order; a value emptied
leaves its key (`end:` with its comment: YAML reads it as absent), a part emptied
(the venue, a list of rows) goes with its lines. Rows are matched by what they say:
a row moved keeps its lines and the comment lines right above it (those above the
first row stay above the list), a changed row keeps its comments, a new row is one
line `- {article: das, name: …}`, a removed row goes with its comment lines.

A top-level field new to the file replaces the commented example of it that `new`
wrote (`# event:` …), or goes after the field that precedes it in the form's order
(`TOP_LEVEL`), always before `status` and its explanation, which end the file that
`new` writes; a top-level field emptied in the form is removed. Comments between
top-level fields always stay. Only a part of the file in a shape the editor does
not write (a list in brackets, a text written without `|` where paragraphs belong)
is written anew as the editor writes it, that part alone, keeping what the form does
not show: a field it does not have (`venue.preposition`, a typo such as `titel`), a
field of a row, an entry of a list that is no row, each in one line. Only comments
inside that part are lost.
"""

from __future__ import annotations

import hashlib
import operator
import re
from collections.abc import Callable, Sequence

import yaml

from pressetool.plain_text import forbidden_character, source_text
from pressetool.reading.yaml_source import compose
from pressetool.register.release_files import (
    TextEdit,
    edited,
    flow_scalar,
    remove_field,
    set_field,
    skeleton_example,
    top_level_blocks,
    yaml_lines,
)
from pressetool.web.release_form import (
    MAPPINGS,
    PARAGRAPHS,
    ROW_GROUPS,
    TOP_LEVEL,
    ReleaseForm,
    clean,
    flow_row,
    literal,
    row_line,
    yaml_value,
)


def text_version(data: bytes) -> str:
    """The version of a file as the editor opened it: the SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


def merged_text(text: str, before: ReleaseForm, after: ReleaseForm) -> str:
    """`text` (the file as `before` was read from it) with the officer's changes."""
    for key in TOP_LEVEL:
        if before.part(key) == after.part(key):
            continue
        block = after.block(key)
        present = key in top_level_blocks(text)
        if block is None:
            text = remove_field(text, key) if present else text
        elif present:
            text = _changed(text, key, before, after, block)
        else:
            text = _inserted(text, key, block)
    return text


def _changed(text: str, key: str, before: ReleaseForm, after: ReleaseForm, block: list[str]) -> str:
    """`text` with its top-level field `key` as `after` has it (`block`: its lines)."""
    text = re.sub(r"\r\n?", "\n", text)  # the line ends that the edits write
    try:
        edits = _Edits(text, before, after)
    except _Unsurgical:  # no YAML to go by: the form's lines in place of the field's
        return set_field(text, key, block)
    if not edits.aligned:  # the offsets of YAML's nodes are not those of the text
        return set_field(text, key, edits.anew(key, edits.entry(key)[1], 0) or block)
    return edited(text, edits.top_level(key, block))


def _inserted(text: str, key: str, block: list[str]) -> str:
    """`block` in place of the commented example of `key` that `new` wrote; without one,
    after the last field of the file that comes before `key` in the form's order;
    without that, before the first that comes after it (and its comment). Never after
    `status`: before it and its comment, then."""
    lines = yaml_lines(text)
    example = skeleton_example(lines, key)
    if example is not None:
        start, end = example
        return "\n".join([*lines[:start], *block, *lines[end:]]) + "\n"
    earlier = TOP_LEVEL[: TOP_LEVEL.index(key)]
    places = {
        name: place
        for name, place in top_level_blocks(text).items()
        if name in (*TOP_LEVEL, "status")
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


# -- changes in place ------------------------------------------------------------


class _Unsurgical(Exception):
    """The field has a shape the editor does not write; it is written anew (`_Edits.anew`)."""


_Node = yaml.Node
_Entry = tuple[yaml.ScalarNode, _Node]


class _Edits:
    """The edits of the text that make one top-level field what `after` says, placed by
    the character offsets of PyYAML's nodes."""

    def __init__(self, text: str, before: ReleaseForm, after: ReleaseForm) -> None:
        self.text, self.before, self.after = text, before, after
        shape = source_text(text)  # Word's breaks read as the reader reads them, one for one
        self.aligned = len(shape) == len(text)
        """False when a byte order mark inside the text (which the reader drops) shifts
        every offset after it."""
        try:
            root = compose(shape)
        except yaml.YAMLError:
            raise _Unsurgical from None
        if not isinstance(root, yaml.MappingNode):
            raise _Unsurgical
        self.root = root

    def entry(self, key: str) -> _Entry:
        """The top-level field `key`, which the text has."""
        return _entries(self.root)[key]

    def top_level(self, key: str, block: list[str]) -> list[TextEdit]:
        """Top-level field `key` as `after` has it; written anew (`anew`, or as `block`
        when that leaves nothing) where its shape is not the editor's."""
        key_node, value = self.entry(key)
        try:
            if key in MAPPINGS and not _is_null(value):  # `issuer` emptied keeps its keys
                return self.mapping(key, value)
            if key in PARAGRAPHS:  # `body` emptied stays `body: |`
                return self.paragraph(key, key_node, value)
            return self.field(key, key_node, value)
        except _Unsurgical:
            return [self.rewritten(key_node, value, self.anew(key, value, 0) or block)]

    def field(self, name: str, key_node: yaml.ScalarNode, value: _Node) -> list[TextEdit]:
        """Field `name`, present in the file, as `after` has it."""
        if name not in (*MAPPINGS, *ROW_GROUPS, *PARAGRAPHS):
            return self.scalar(key_node, value, self.after.value(name))
        if not self.after.part(name):
            return [self.removal(key_node, value)]
        if name in PARAGRAPHS:
            return self.paragraph(name, key_node, value)
        if _is_null(value):  # `venue:` alone: its fields on the lines below
            lines = self.after.lines(name, key_node.start_mark.column)[1:]
            end = self.line_end(key_node.start_mark.index)
            return [TextEdit(end, end, "".join(f"\n{line}" for line in lines))]
        if name in MAPPINGS:
            return self.mapping(name, value)
        return self.rows(name, value)

    def mapping(self, name: str, node: _Node) -> list[TextEdit]:
        keys = [child.rsplit(".", 1)[-1] for child in MAPPINGS[name]]
        names = dict(zip(keys, MAPPINGS[name], strict=True))
        return self.children(
            node,
            keys,
            changed=lambda key: self.before.part(names[key]) != self.after.part(names[key]),
            edit=lambda key, entry: self.field(names[key], *entry),
            lines=lambda key, indent, value: self.anew(names[key], value, indent),
        )

    def children(
        self,
        node: _Node,
        keys: list[str],
        changed: Callable[[str], bool],
        edit: Callable[[str, _Entry], list[TextEdit]],
        lines: Callable[[str, int, _Node | None], list[str]],
    ) -> list[TextEdit]:
        """The changed fields `keys` of the block mapping `node`, in the form's order: a
        present one edited, or written anew (`lines`, from its value) where its shape is
        not the editor's; a new one after the field before it (or before the first)."""
        if not isinstance(node, yaml.MappingNode) or node.flow_style or not node.value:
            raise _Unsurgical
        entries = _entries(node)
        first = node.value[0][0]
        indent = first.start_mark.column
        edits: list[TextEdit] = []
        # Where a new field goes: after the end of the last line of the field before, at
        # first the line before the first field; in a row (`- name:`), None: before the
        # first field on its line.
        line = self.line_start(first.start_mark.index)
        after = None if self.text[line : first.start_mark.index].strip() else line - 1
        for key in keys:
            entry = entries.get(key)
            if entry is not None:
                field_edits = self.edited(key, entry, edit, lines) if changed(key) else []
                edits += field_edits
                after = self.after_field(entry[1], field_edits)
            elif new := lines(key, indent, None) if changed(key) else []:
                if after is None:
                    at = first.start_mark.index  # the first key's line keeps its start (`- `)
                    edits.append(TextEdit(at, at, "\n".join(new)[indent:] + "\n" + " " * indent))
                else:
                    edits.append(TextEdit(after, after, "".join(f"\n{line}" for line in new)))
        return edits

    def edited(
        self,
        key: str,
        entry: _Entry,
        edit: Callable[[str, _Entry], list[TextEdit]],
        lines: Callable[[str, int, _Node | None], list[str]],
    ) -> list[TextEdit]:
        """The edits of a present field, or the field written anew in its place."""
        try:
            return edit(key, entry)
        except _Unsurgical:
            key_node, value = entry
            return [self.rewritten(key_node, value, lines(key, key_node.start_mark.column, value))]

    def rewritten(self, key_node: yaml.ScalarNode, value: _Node, lines: list[str]) -> TextEdit:
        """A field's key and value replaced by `lines` (written at the key's column); a
        comment after the value goes to the end of the key's line (at the end of the last
        line it could be a line of a text). No lines: the field goes (`removal`)."""
        if not lines:
            return self.removal(key_node, value)
        end = self.line_end(self.last(value))
        comment = self.text[self.last(value) : end].rstrip()
        written = "\n".join([lines[0] + comment, *lines[1:]])
        return TextEdit(key_node.start_mark.index, end, written[key_node.start_mark.column :])

    def anew(self, name: str, node: _Node | None, indent: int) -> list[str]:
        """Field `name` at `indent` as the editor writes it, keeping whatever of the file's
        `node` the form does not show: a field it does not have (`venue.preposition`),
        such a field of a row, an entry of a list that is no row. [] for nothing to write,
        and for a part the officer emptied (it goes, with all that is in it)."""
        if name not in MAPPINGS and name not in ROW_GROUPS:
            return self.after.lines(name, indent)
        if self.before.part(name) and not self.after.part(name):
            return []
        if name in ROW_GROUPS:
            inner = self.rows_anew(name, node, indent + 2)
        else:
            keys = [child.rsplit(".", 1)[-1] for child in MAPPINGS[name]]
            entries = _entries(node) if isinstance(node, yaml.MappingNode) else {}
            inner = []
            for child, key in zip(MAPPINGS[name], keys, strict=True):
                value = entries[key][1] if key in entries else None
                inner += self.anew(child, value, indent + 2)
            inner += [" " * (indent + 2) + field for field in _kept(node, keys)]
        return [f"{' ' * indent}{name.rsplit('.', 1)[-1]}:", *inner] if inner else []

    def rows_anew(self, group: str, node: _Node | None, indent: int) -> list[str]:
        """The rows of `after` at `indent`, each in one line with the fields the form does
        not show of the file's row it matches; then the entries the form does not show."""
        items: list[_Node] = node.value if isinstance(node, yaml.SequenceNode) else []
        rows = [(item, _form_row(group, item)) for item in items]
        shown = [(item, row) for item, row in rows if row is not None]
        new = self.after.rows.get(group, [])
        sources = _matched([row for _item, row in shown], new)
        kept = [[] if i is None else _kept(shown[i][0], ROW_GROUPS[group]) for i in sources]
        lines = [row_line(group, row, indent, cells) for row, cells in zip(new, kept, strict=True)]
        hidden = [f"{' ' * indent}- {_flow(item)}" for item, row in rows if row is None]
        return lines + hidden

    def after_field(self, value: _Node, edits: list[TextEdit]) -> int:
        """The end of the last line of the field of `value`; when `edits` remove that
        line (the field emptied), the end of the line before them."""
        end = self.line_end(self.last(value))
        removal = next((edit for edit in edits if edit.start <= end < edit.end), None)
        return end if removal is None else removal.start - 1

    def scalar(self, key_node: yaml.ScalarNode, value: _Node, new: str) -> list[TextEdit]:
        """A value in one line replaced where it stands; the comment after it stays."""
        if not isinstance(value, yaml.ScalarNode) or value.style in ("|", ">"):
            raise _Unsurgical
        start, end = value.start_mark.index, value.end_mark.index
        colon = self.text.index(":", key_node.end_mark.index)
        if not new:  # `end:` alone, as `new` leaves a field to fill in; a value on the
            # line below goes from the end of the key's line, which keeps its comment
            start = self.line_end(colon) if self.line_end(colon) < start else colon + 1
            written = ""
        else:
            written = (" " if start == colon + 1 else "") + yaml_value(new)
        blanks = re.match(r"[ \t]+(?=#)", self.text[end : self.line_end(end)])
        if blanks:  # the comment after the value keeps its column where the value fits
            width = end + len(blanks[0]) - start
            written += " " * max(min(2, len(blanks[0])), width - len(written))
            end += len(blanks[0])
        return [TextEdit(start, end, written)]

    def paragraph(self, name: str, key_node: yaml.ScalarNode, value: _Node) -> list[TextEdit]:
        """A text of paragraphs written as a block (`|`) in place of the old one; the
        comment after `|` and the blank lines after the text stay."""
        null = _is_null(value)
        if not isinstance(value, yaml.ScalarNode) or not (null or value.style in ("|", ">")):
            raise _Unsurgical
        if forbidden_character(self.after.value(name)) is not None:
            raise _Unsurgical  # in quotes, to escape it (`release_form._literal`)
        indicator, lines = literal(self.after.value(name), key_node.start_mark.column + 2)
        start = value.start_mark.index
        header = re.match(r"[|>][-+0-9]*", self.text[start:])
        header_end = start + (len(header[0]) if header else 0)
        line_end = self.line_end(start)
        content_end = max(line_end, self.line_end(self.last(value)))
        return [
            TextEdit(start, header_end, (" " if null else "") + indicator),
            TextEdit(line_end, content_end, "".join(f"\n{line}" for line in lines)),
        ]

    def rows(self, group: str, node: _Node) -> list[TextEdit]:
        """A list of rows: each row of `after` takes the lines of the row of the file it
        matches (`_matched`), changed where it differs; the lines change place only when
        rows were moved, added or removed."""
        old, new = self.before.rows.get(group, []), self.after.rows.get(group, [])
        if (
            not isinstance(node, yaml.SequenceNode)
            or node.flow_style
            or len(node.value) != len(old)
        ):
            raise _Unsurgical  # a list in brackets, an entry the form does not show
        items: list[_Node] = node.value
        sources = _matched(old, new)
        edits = {
            source: self.row(group, items[source], old[source], new[index])
            for index, source in enumerate(sources)
            if source is not None
        }
        if sources == list(range(len(items))):
            return [edit for row_edits in edits.values() for edit in row_edits]
        # Each row's lines with the comment lines between it and the row before; those
        # above the first row stay above the list. The first row begins at its dash,
        # which may stand on a line of its own (`-` above `name: …`).
        starts = [self.line_start(node.start_mark.index)]
        starts += [self.line_end(self.last(item)) + 1 for item in items[:-1]]
        ends = [self.line_end(self.last(item)) for item in items]
        dash = node.start_mark.column
        texts = []
        for index, source in enumerate(sources):
            if source is None:
                texts.append(row_line(group, new[index], dash))
                continue
            start = starts[source]
            shifted = [TextEdit(e.start - start, e.end - start, e.text) for e in edits[source]]
            texts.append(edited(self.text[start : ends[source]], shifted))
        return [TextEdit(starts[0], ends[-1], "\n".join(texts))]

    def row(
        self, group: str, item: _Node, old: dict[str, str], new: dict[str, str]
    ) -> list[TextEdit]:
        """A row of the file changed to `new`: in brackets written anew (the comment after
        them stays), over several lines field by field."""
        if old == new:
            return []
        keys = ROW_GROUPS[group]
        if isinstance(item, yaml.MappingNode) and item.flow_style:
            written = flow_row(group, new, _kept(item, keys))
            return [TextEdit(item.start_mark.index, item.end_mark.index, written)]
        return self.children(
            item,
            list(keys),
            changed=lambda key: old[key] != new[key],
            edit=lambda key, entry: self.scalar(*entry, new[key]),
            lines=lambda key, indent, _value: (
                [f"{' ' * indent}{key}: {yaml_value(new[key])}"] if new[key] else []
            ),
        )

    def removal(self, key_node: yaml.ScalarNode, value: _Node) -> TextEdit:
        """The lines of a field, its key's line to the last line of its value."""
        start = self.line_start(key_node.start_mark.index)
        if self.text[start : key_node.start_mark.index].strip():
            raise _Unsurgical  # not the first thing on its line
        end = self.line_end(self.last(value))
        return TextEdit(start, min(end + 1, len(self.text)), "")

    def last(self, node: _Node) -> int:
        """The offset after the last character of `node` (a block's trailing blank lines
        and the comments after it are not part of it)."""
        if isinstance(node, yaml.ScalarNode):
            start, end = node.start_mark.index, node.end_mark.index
            return start + len(self.text[start:end].rstrip())
        if isinstance(node, yaml.MappingNode) and not node.flow_style:
            return self.last(node.value[-1][1])
        if isinstance(node, yaml.SequenceNode) and not node.flow_style:
            return self.last(node.value[-1])
        return int(node.end_mark.index)  # in brackets

    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def line_end(self, index: int) -> int:
        end = self.text.find("\n", index)
        return len(self.text) if end < 0 else end


def _entries(node: yaml.MappingNode) -> dict[str, _Entry]:
    """The fields of a mapping by name; of a field written twice the first, as the reader
    takes it."""
    entries: dict[str, _Entry] = {}
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            entries.setdefault(str(key.value), (key, value))
    return entries


def _kept(node: _Node | None, keys: Sequence[str]) -> list[str]:
    """The fields of the mapping `node` that the form does not show, each `key: value` in
    one line: a field it does not have, a field written a second time (the reader takes
    the first, and says so)."""
    if not isinstance(node, yaml.MappingNode):
        return []
    entries = _entries(node)
    return [
        f"{_flow(key)}: {_flow(value)}"
        for key, value in node.value
        if not (key.value in keys and entries[key.value][0] is key)
    ]


def _flow(node: _Node) -> str:
    """`node` in one line, in brackets or after a key: a text as a row's (`flow_scalar`:
    it reads back as the same text), a mapping or list in brackets."""
    if isinstance(node, yaml.MappingNode):
        return "{" + ", ".join(f"{_flow(key)}: {_flow(value)}" for key, value in node.value) + "}"
    if isinstance(node, yaml.SequenceNode):
        return "[" + ", ".join(_flow(item) for item in node.value) + "]"
    return flow_scalar(str(node.value))


def _form_row(group: str, item: _Node) -> dict[str, str] | None:
    """The row of the form of a list's entry, as `form_from_tree` reads it; None for an
    entry it does not show (no mapping, no field of the row filled in)."""
    if not isinstance(item, yaml.MappingNode):
        return None
    entries = _entries(item)
    row = {
        key: clean(key, str(node.value) if isinstance(node, yaml.ScalarNode) else "")
        for key in ROW_GROUPS[group]
        for node in [entries[key][1] if key in entries else None]
    }
    return row if any(row.values()) else None


def _is_null(node: _Node) -> bool:
    """`key:` alone."""
    return isinstance(node, yaml.ScalarNode) and node.start_mark.index == node.end_mark.index


def _matched(old: list[dict[str, str]], new: list[dict[str, str]]) -> list[int | None]:
    """For each row of `new`, the row of `old` whose lines it takes: an equal one (a row
    moved keeps its lines), else one left over that has a field alike (a row changed
    keeps its comments), else None (a new row: one in place of a row with nothing alike
    takes none of its comments). Of several, the one nearest its place: of two equal
    rows, the one the officer changed gives its lines to the change."""
    unused = list(range(len(old)))

    def taken(place: int, fits: Callable[[dict[str, str], dict[str, str]], bool]) -> int | None:
        fitting = [index for index in unused if fits(old[index], new[place])]
        source = min(fitting, key=lambda index: abs(index - place), default=None)
        if source is not None:
            unused.remove(source)
        return source

    equal = [taken(place, operator.eq) for place in range(len(new))]
    return [
        taken(place, _alike) if source is None else source for place, source in enumerate(equal)
    ]


def _alike(old: dict[str, str], new: dict[str, str]) -> bool:
    return any(value and new.get(key) == value for key, value in old.items())
