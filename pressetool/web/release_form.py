"""The editor's form ↔ the fields of a release file.

The form names each input by the field's path in the file, as the reader and
its messages name it: `title`, `issuer.office`, `event.venue.postcode`,
`event.hosts[2].name`, `contacts[1].phone`. So an error or a typography hint
of the library finds its input by the field it names.

Values are the text as written (the source text of each YAML value, not what
YAML made of it): `9:00` stays `9:00`, `01067` stays `01067`, and whatever the
officer types is written as typed (a control character escaped in quotes, so that the
file stays readable), for the reader to judge in its own words.
`ReleaseForm.block` writes one top-level field as YAML lines; `release_text`
puts changed blocks into the file and leaves every other line alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from pressetool.models import CONTACT_FIELDS
from pressetool.plain_text import forbidden_character, normalised
from pressetool.reading.release_reader import ORGANISATION_FIELDS
from pressetool.reading.yaml_source import Located
from pressetool.register.release_files import double_quoted, flow_scalar, yaml_scalar

ISSUER = ("issuer.article", "issuer.office", "issuer.portfolio", "issuer.name")
EVENT = ("event.title", "event.date", "event.start", "event.end")
VENUE = tuple(f"event.venue.{key}" for key in ("article", "name", "street", "postcode", "city"))
INVITATION = ("invitation.text", "invitation.rsvp_by", "invitation.signer")
CORRECTION_FIXED = ("correction_of.number", "correction_of.date")
"""Shown in the editor, never taken from the browser: `correct` set them."""

SCALARS = (
    "title",
    "date",
    "embargo",
    *ISSUER,
    "body",
    *EVENT,
    *VENUE,
    *INVITATION,
    "correction_of.note",
)
"""Every one-value field the browser sends, in the order of the form."""
PARAGRAPHS = ("body", "invitation.text")
"""The texts of paragraphs (a textarea; a block of lines in the file)."""

ROW_GROUPS: dict[str, tuple[str, ...]] = {
    "event.hosts": ORGANISATION_FIELDS,
    "event.participants": ORGANISATION_FIELDS,
    "contacts": CONTACT_FIELDS,
    "media_contact": CONTACT_FIELDS,
}
"""The lists of the file whose entries are rows of the form, with their fields."""

TOP_LEVEL = (
    "title",
    "date",
    "embargo",
    "issuer",
    "body",
    "event",
    "contacts",
    "media_contact",
    "invitation",
    "correction_of",
)
"""The top-level fields the editor writes; every other field (number, status …) is
left to the commands."""

MAPPINGS: dict[str, tuple[str, ...]] = {
    "issuer": ISSUER,
    "event": (*EVENT, "event.venue", "event.hosts", "event.participants"),
    "event.venue": VENUE,
    "invitation": INVITATION,
    "correction_of": (*CORRECTION_FIXED, "correction_of.note"),
}
"""The fields made of fields, each with its fields in the order the editor writes them."""

CONTAINERS = (
    "issuer",
    "event",
    "event.venue",
    *ROW_GROUPS,
    "invitation",
    "correction_of",
)
"""Parts of the form that show the problems of their whole (`issuer` missing)."""

_ROW_NAME = re.compile(r"^(?P<group>[a-z_.]+)\[(?P<index>[0-9]{1,3})\]\.(?P<key>[a-z_]+)$")
_ROW = re.compile(r"^(?P<group>[a-z_.]+)\[(?P<index>[0-9]+)\]$")
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
MAX_ROWS = 100
"""Rows per list, as the reader allows entries (`limits.ITEMS`)."""


LABELS = {
    "title": "Titel",
    "date": "Datum",
    "embargo": "Sperrfrist",
    "correction_of": "Berichtigung",
    "correction_of.note": "Was wurde berichtigt?",
    "issuer": "Wer informiert",
    "issuer.article": "Artikel",
    "issuer.office": "Amtsbezeichnung",
    "issuer.portfolio": "Geschäftsbereich",
    "issuer.name": "Name",
    "body": "Text",
    "event": "Veranstaltung",
    "event.title": "Titel der Veranstaltung",
    "event.date": "Datum der Veranstaltung",
    "event.start": "Beginn",
    "event.end": "Ende",
    "event.venue": "Ort",
    "event.venue.article": "Artikel des Orts",
    "event.venue.name": "Ort",
    "event.venue.street": "Straße",
    "event.venue.postcode": "PLZ",
    "event.venue.city": "Stadt",
    "event.hosts": "Gastgeber",
    "event.participants": "Teilnehmende",
    "contacts": "Nähere Informationen",
    "media_contact": "Medienkontakt",
    "invitation": "Für die Einladungsbriefe",
    "invitation.text": "Text der Einladung",
    "invitation.rsvp_by": "Antwort erbeten bis",
    "invitation.signer": "Unterschrift",
}
"""The editor's label of each field and group: the page beside the field shows it,
and a message away from the field (a refused publish) names the field by it."""
ROW_TITLES = {
    "event.hosts": "Gastgeber",
    "event.participants": "Teilnehmende",
    "contacts": "Ansprechperson",
    "media_contact": "Medienkontakt",
}
"""One row of a group, numbered: `Ansprechperson 2`."""
ROW_LABELS = {
    "article": "Artikel",
    "name": "Name",
    "contact": "Ansprechperson",
    "street": "Straße",
    "postcode": "PLZ",
    "city": "Stadt",
    "phone": "Telefon",
    "email": "E-Mail",
    "organisation": "Organisation",
    "role": "Funktion",
}
"""The fields of a row."""


def field_label(name: str) -> str:
    """`body` → `Text`, `contacts[2].name` → `Ansprechperson 2: Name`, `event.hosts[1]` →
    `Gastgeber 1`; a field the editor does not have keeps its name from the file."""
    if name in LABELS:
        return LABELS[name]
    found = _ROW_NAME.match(name) or _ROW.match(name)
    if found and found["group"] in ROW_TITLES:
        row = f"{ROW_TITLES[found['group']]} {int(found['index'])}"
        key = found.groupdict().get("key")
        return f"{row}: {ROW_LABELS.get(key, key)}" if key else row
    return name


class UnknownFormField(ValueError):
    """The browser sent a field that the editor does not have (a forged request)."""


@dataclass
class ReleaseForm:
    values: dict[str, str] = field(default_factory=dict)
    """Every scalar of `SCALARS` (and `CORRECTION_FIXED`) as text, "" when empty."""
    rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    """Every group of `ROW_GROUPS`: its rows, each with every field as text."""
    row_numbers: dict[str, list[int]] = field(default_factory=dict)
    """For each group, the number the form gave each kept row (empty rows are left
    out of the file, so `hosts[2]` in the file may be row 3 of the form)."""

    def value(self, name: str) -> str:
        return self.values.get(name, "")

    @property
    def has_correction(self) -> bool:
        return bool(self.value("correction_of.number"))

    def part(self, key: str) -> tuple[tuple[str, str], ...]:
        """Everything below field `key` (`event`, `event.venue`), to tell whether the
        officer changed it."""
        scalars = [(n, v) for n, v in self.values.items() if _below(n, key) and v]
        for group, rows in self.rows.items():
            if _below(group, key):
                for index, row in enumerate(rows, start=1):
                    scalars += [(f"{group}[{index}].{k}", v) for k, v in row.items() if v]
        return tuple(sorted(scalars))

    # -- the file's lines --------------------------------------------------

    def block(self, key: str) -> list[str] | None:
        """Top-level field `key` as YAML lines; None: the field is left out."""
        if key in ("title", "date"):
            return [_line(key, self.value(key))]
        if key == "body":
            return _literal("body", self.value("body"), 0)
        if key == "issuer":
            return self.lines(key, 0) or ["issuer:"]
        if key == "correction_of" and not self.has_correction:
            return None
        return self.lines(key, 0) or None

    def lines(self, name: str, indent: int) -> list[str]:
        """Field `name` (`event.venue`, `invitation.text`) as YAML lines at `indent`, as
        the editor writes it; [] when the form leaves it out (nothing in it)."""
        key = name.rsplit(".", 1)[-1]
        pad = " " * indent
        if name in PARAGRAPHS:
            return _literal(key, self.value(name), indent) if self.value(name) else []
        if name in MAPPINGS:
            inner = [line for child in MAPPINGS[name] for line in self.lines(child, indent + 2)]
            return [f"{pad}{key}:", *inner] if inner else []
        if name in ROW_GROUPS:
            rows = [row_line(name, row, indent + 2) for row in self.rows.get(name, [])]
            return [f"{pad}{key}:", *rows] if rows else []
        return [f"{pad}{key}: {yaml_value(self.value(name))}"] if self.value(name) else []

    # -- problems ----------------------------------------------------------

    def form_name(self, problem_field: str | None) -> str | None:
        """The input (or part of the form) where a problem of `problem_field` shows:
        `event.hosts[2].name` of the file is `event.hosts[3].name` of the form when the
        officer left row 2 empty; `event.venue` is the venue's part. None: nowhere on the
        form (`number`, `status`, an unknown field), shown above it."""
        name = problem_field
        while name:
            match = _ROW_NAME.match(name) or _ROW.match(name)
            if match and match["group"] in ROW_GROUPS:
                numbers = self.row_numbers.get(match["group"], [])
                index = int(match["index"])
                if 1 <= index <= len(numbers):
                    row = f"{match['group']}[{numbers[index - 1]}]"
                    key = match.groupdict().get("key")
                    return f"{row}.{key}" if key else row
                return match["group"]
            if name in SCALARS or name in CONTAINERS:
                return name
            name = re.sub(r"(\.[a-z_]+|\[\d+\])$", "", name) if re.search(r"[.\[]", name) else ""
        return None


def _below(name: str, key: str) -> bool:
    return name == key or name.startswith((f"{key}.", f"{key}["))


# -- from a file, from the browser ------------------------------------------


def form_from_tree(root: Located | None) -> ReleaseForm:
    """The form of a release file as read by `load_located_yaml` (None: unreadable)."""
    form = ReleaseForm()
    for name in (*SCALARS, *CORRECTION_FIXED):
        node = _node(root, name)
        raw = node.raw if node is not None and node.raw is not None else ""
        form.values[name] = raw if name in CORRECTION_FIXED else clean(name, raw)
    for group, keys in ROW_GROUPS.items():
        node = _node(root, group)
        items = node.value if node is not None and node.is_list else []
        rows = []
        for item in items:
            if not isinstance(item, Located) or not item.is_mapping:
                continue
            cells = {key: item.value.get(key) for key in keys}
            rows.append({key: clean(key, _raw(cell)) for key, cell in cells.items()})
        form.rows[group] = [row for row in rows if any(row.values())]
        form.row_numbers[group] = list(range(1, len(form.rows[group]) + 1))
    return form


def form_from_browser(
    sent: Iterator[tuple[str, str]] | Mapping[str, str], file_form: ReleaseForm
) -> ReleaseForm:
    """The form as the browser sent it. `file_form` (the file as it is) gives what the
    browser never sets. A name the form does not have raises `UnknownFormField`: the
    app's own pages never send one, so such a request is refused, not half read."""
    pairs = sent.items() if isinstance(sent, Mapping) else sent
    form = ReleaseForm()
    numbered: dict[str, dict[int, dict[str, str]]] = {group: {} for group in ROW_GROUPS}
    for name, text in pairs:
        if name in SCALARS:
            form.values[name] = clean(name, text)
            continue
        match = _ROW_NAME.match(name)
        if (
            match is None
            or match["group"] not in ROW_GROUPS
            or match["key"] not in ROW_GROUPS[match["group"]]
            or not 1 <= int(match["index"]) <= MAX_ROWS
        ):
            raise UnknownFormField(name)
        row = numbered[match["group"]].setdefault(int(match["index"]), {})
        row[match["key"]] = clean(match["key"], text)
    for name in SCALARS:
        form.values.setdefault(name, "")
    for name in CORRECTION_FIXED:
        form.values[name] = file_form.value(name)
    for group, keys in ROW_GROUPS.items():
        kept = [
            (index, {key: row.get(key, "") for key in keys})
            for index, row in sorted(numbered[group].items())
        ]
        kept = [(index, row) for index, row in kept if any(row.values())]
        form.rows[group] = [row for _index, row in kept]
        form.row_numbers[group] = [index for index, _row in kept]
    return form


def clean(name: str, text: str) -> str:
    """A value as the file keeps it: Word's line breaks (U+2028, …) as line breaks; a
    one-line text in one line, stripped; a text of paragraphs with each line's trailing
    spaces and the blank lines around it removed."""
    text = normalised(text, paragraphs=True)
    if name in PARAGRAPHS:
        return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    return " ".join(text.split("\n")).strip()


def _node(root: Located | None, name: str) -> Located | None:
    node = root
    for key in name.split("."):
        if node is None or not node.is_mapping:
            return None
        node = node.value.get(key)
    return node


def _raw(node: Located | None) -> str:
    return node.raw if node is not None and node.raw is not None else ""


# -- YAML text -----------------------------------------------------------------


def yaml_value(text: str) -> str:
    """A value in one line: plain where YAML reads it back as the same text (and an ISO
    date, as `new` writes it), else double-quoted as `new` writes `"9:00"`."""
    if _ISO_DATE.match(text) or yaml_scalar(text) == text:
        return text
    return double_quoted(text)


def row_line(group: str, row: Mapping[str, str], indent: int, kept: Sequence[str] = ()) -> str:
    """A row of the form as one list entry: `- {article: das, name: Kreativhaus}`."""
    return f"{' ' * indent}- {flow_row(group, row, kept)}"


def flow_row(group: str, row: Mapping[str, str], kept: Sequence[str] = ()) -> str:
    """The fields of a row in one line: `{article: das, name: Kreativhaus}`; then `kept`,
    the fields of the file's row that the form does not show (`fax: …`)."""
    cells = [f"{key}: {flow_scalar(row[key])}" for key in ROW_GROUPS[group] if row.get(key)]
    return f"{{{', '.join([*cells, *kept])}}}"


def literal(text: str, indent: int) -> tuple[str, list[str]]:
    """A text of paragraphs as a YAML block: its indicator (`|`, or `|2` when the text
    begins with a space) and its lines, indented by `indent`."""
    pad = " " * indent
    lines = text.split("\n") if text else []
    indicator = "|2" if lines and lines[0][:1] == " " else "|"
    return indicator, [f"{pad}{line}" if line else "" for line in lines]


def _line(key: str, text: str) -> str:
    return f"{key}: {yaml_value(text)}" if text else f"{key}:"


def _literal(key: str, text: str, indent: int) -> list[str]:
    """`key: |` and the text's lines below, indented two more; a text with a character
    that may not stand in a file in one line, double-quoted, where it can be escaped."""
    if forbidden_character(text) is not None:
        return [f"{' ' * indent}{key}: {yaml_value(text)}"]
    indicator, lines = literal(text, indent + 2)
    return [f"{' ' * indent}{key}: {indicator}", *lines]
