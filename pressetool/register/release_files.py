"""Release files as text: where they live, the skeleton of a new one, careful edits.

A press officer writes comments into these files, so edits change whole
top-level fields in the text and leave every other line as it was; nothing
here re-serialises a file through a YAML library.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from pressetool.compose.german import format_date_numeric
from pressetool.models import (
    CONTACT_FIELDS,
    ISSUER_FIELDS,
    Discard,
    Embargo,
    Release,
    ReleaseNumber,
    Status,
    Withdrawal,
)
from pressetool.office import Config, ReleaseDefaults
from pressetool.output import file_slug
from pressetool.plain_text import escaped, forbidden_character, source_text
from pressetool.problems import Code, InputError, Problem
from pressetool.reading.fields import Fields
from pressetool.reading.release_folder import releases_dir, year_files
from pressetool.reading.release_reader import LAST_NUMBER, file_number, release_number
from pressetool.reading.yaml_source import compose, load_located_yaml
from pressetool.register.database import year_problem

SLUG_LENGTH = 60


def slug(title: str) -> str:
    """`Veranstaltung „Grün für Mitte“` → `veranstaltung-gruen-fuer-mitte` (ASCII)."""
    return file_slug(title, SLUG_LENGTH, fallback="pressemitteilung")


def release_path(config: Config, number: ReleaseNumber, title: str) -> Path:
    """`releases/2020/067-voneinander-wissen-in-mitte.yaml`"""
    return releases_dir(config) / str(number.year) / f"{number.padded}-{slug(title)}.yaml"


def find_release_file(config: Config, number: ReleaseNumber) -> Path | None:
    folder = releases_dir(config) / str(number.year)
    matches = [p for p in year_files(folder) if file_number(p) == number.number]
    return matches[0] if matches else None


def file_numbers(config: Config, year: int) -> dict[int, Path]:
    """The numbers that file names of `year` carry, each with one such file."""
    folder = releases_dir(config) / str(year)
    numbered = ((file_number(path), path) for path in year_files(folder))
    found: dict[int, Path] = {}
    for number, path in numbered:
        if number is not None:
            found.setdefault(number, path)
    return found


def highest_file_number(config: Config, year: int) -> int:
    """The highest number among the year's files (0 when none), so that a lost register
    never hands out a number that a file already carries: by the file's name, or for a
    file renamed without its number in front (`ohne-register.yaml`) by its `number`
    field. A number beyond `LAST_NUMBER` (`1000000067-….yaml`) is a typo, never a number
    to count on from."""
    folder = releases_dir(config) / str(year)
    numbers = []
    for path in year_files(folder):
        number = file_number(path)
        if number is None:
            try:
                identity = read_identity(path)
            except (InputError, OSError):
                continue  # `verify` names what is wrong with it
            number = identity.number.number if identity.number.year == year else 0
        numbers.append(number)
    return max((n for n in numbers if n <= LAST_NUMBER), default=0)


@dataclass(frozen=True)
class ReleaseIdentity:
    """What the register knows of a release, read from its file even when the rest of
    the file is not finished yet."""

    path: Path
    number: ReleaseNumber
    date: dt.date
    title: str
    status: Status
    withdrawal: Withdrawal | None
    correction_of: ReleaseNumber | None
    discard: Discard | None = None
    embargo: Embargo | None = None
    """The Sperrfrist, when the file names a readable one (`list` shows it); a wrong
    one is the business of `check`, `build` and `publish`, not of the register."""
    number_line: int | None = None
    """The lines of the fields `number` and `date`, for the messages that name them."""
    date_line: int | None = None


def read_identity(path: Path) -> ReleaseIdentity:
    """Number, date, title and status of a release file; `InputError` when those are wrong."""
    problems: list[Problem] = []
    root = load_located_yaml(path, problems)
    if root is not None and not root.is_mapping:
        problems.append(Problem(Code.NOT_A_MAPPING, path, line=root.line))
    if problems or root is None:
        raise InputError(problems)
    fields = Fields(root, path, problems)
    number = release_number(fields)
    date = fields.date("date", required=True)
    title = fields.text("title") or ""
    status = Status(fields.choice("status", tuple(s.value for s in Status), "published"))
    withdrawal = fields.nested("withdrawal")
    withdrawn_on = withdrawal.date("date") if withdrawal else None
    reason = withdrawal.text("reason") if withdrawal else None
    correction = fields.nested("correction_of")
    original = correction.text("number") if correction else None
    discard = fields.nested("discard")
    discarded_on = discard.date("date") if discard else None
    discard_reason = discard.text("reason") if discard else None
    embargo = Fields(root, path, []).date_and_time("embargo")
    if date is not None:
        _check_year(fields, date)
    if problems or number is None or date is None:
        raise InputError(problems)
    return ReleaseIdentity(
        path=path,
        number=ReleaseNumber(number, date.year),
        date=date,
        title=title,
        status=status,
        withdrawal=Withdrawal(withdrawn_on, reason) if withdrawn_on and reason else None,
        correction_of=_parse_number(original),
        discard=Discard(discarded_on, discard_reason) if discarded_on and discard_reason else None,
        embargo=Embargo(*embargo) if embargo else None,
        number_line=fields.mapping["number"].line,
        date_line=fields.mapping["date"].line,
    )


def identity_of(release: Release) -> ReleaseIdentity | None:
    """What `read_identity` reads from the file of `release`, taken from the release that
    `read_release` read from it whole (one reading of the file instead of two: `verify`
    reads every published file whole). None for a year the register does not keep, which
    `read_identity` names. The lines of `number` and `date` are not known: a release read
    whole has its number and year right (`read_release` checks them against the name)."""
    if year_problem(release.date.year, release.date.isoformat()) is not None:
        return None
    correction = release.correction_of
    return ReleaseIdentity(
        path=release.source,
        number=release.release_number,
        date=release.date,
        title=release.title,
        status=release.status,
        withdrawal=release.withdrawal,
        correction_of=correction.original if correction else None,
        discard=release.discard,
        embargo=release.embargo,
    )


def name_problems(identity: ReleaseIdentity) -> list[Problem]:
    """What the file's folder and name say against its `number` and `date`, as `check`
    says it: a folder of another year than the date (a typo'd year: `date: 2027-01-05`
    in releases/2026/) at the field `date`, a name that begins with another number at
    the field `number`; a name without a number in front, or a folder that is no year,
    as the file name. Empty when they agree."""
    number = identity.number
    path = identity.path
    named = file_number(path)
    folder = path.parent.name
    problems = []
    if re.fullmatch(r"[0-9]{4}", folder) and folder != str(number.year):
        params = {"year": number.year, "folder": folder}
        problems.append(Problem(Code.YEAR_MISMATCH, path, "date", identity.date_line, params))
    if named is not None and named != number.number:
        params = {"number": number.number, "file_number": named, "filename": path.name}
        problems.append(Problem(Code.NUMBER_MISMATCH, path, "number", identity.number_line, params))
    if not problems and (named != number.number or folder != str(number.year)):
        params = {"number": str(number), "year": number.year, "prefix": number.padded}
        problems.append(Problem(Code.FILE_NAME_MISMATCH, path, params=params))
    return problems


def _check_year(fields: Fields, date: dt.date) -> None:
    """A date of a year the register keeps: a typo such as `0202-03-02` would file a number
    under a year of its own."""
    written = fields.mapping["date"]
    wrong = year_problem(date.year, written.raw or date.isoformat())
    if wrong:
        fields.problem(wrong.code, "date", written.line, **wrong.params)


def _parse_number(text: str | None) -> ReleaseNumber | None:
    return ReleaseNumber.parse(text) if text else None


# -- writing YAML text ---------------------------------------------------------


def yaml_scalar(value: object) -> str:
    """A value as YAML writes it in one line: plain when that is safe, else quoted; with
    a character that may not stand in a file, double-quoted with it escaped."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if forbidden_character(str(value)) is not None:
        return double_quoted(str(value))
    dumped = yaml.safe_dump(str(value), allow_unicode=True, width=10_000)
    return dumped.removesuffix("\n...\n").removesuffix("\n")


def double_quoted(text: str) -> str:
    """`text` as a double-quoted YAML value (a JSON string is one), a character that may
    not stand in a file (`DEL`, `U+202E`, typed into the editor) as its escape: written
    raw, it made the whole file unreadable."""
    return escaped(json.dumps(text, ensure_ascii=False))


_FLOW_UNSAFE = re.compile(r"[,\[\]{}#&*!|>'\"%@`:]|^[-?]|^\s|\s$")


def flow_scalar(text: str) -> str:
    """A value inside `{article: das, name: …}`: plain where that reads back as the same
    text, else double-quoted."""
    if yaml_scalar(text) == text and not _FLOW_UNSAFE.search(text):
        return text
    return double_quoted(text)


_LINE_END = re.compile(r"\r\n|\r|\n")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
"""A line with its end. Only these end a line of YAML: `str.splitlines` also ends one at
U+2028, U+2029, U+0085, `\f`, `\v` (a line break pasted from Word, inside a text or a
comment), and a rewritten file would have a line there that the officer never wrote."""


def yaml_lines(text: str) -> list[str]:
    """The lines of `text` without their ends, as YAML reads them (`_LINE_END`)."""
    lines = _LINE_END.split(text)
    return lines[:-1] if lines and not lines[-1] else lines


def top_level_blocks(text: str) -> dict[str, tuple[int, int]]:
    """The lines [start, end) of each top-level field of `text` (`yaml_lines`): its key's line
    to the last line of its value, with the indented lines right after it (a comment of
    the block); a comment at column 0 after it stands between fields. Taken from YAML:
    a comment at column 0 inside the block (`#   end: "13:00"`, left commented as the
    skeleton shows) or a list written at column 0 (`contacts:` over `- name: …`) is part
    of it. A field written twice is the first, as the reader takes it; a text that YAML
    does not read as a mapping, by its lines (`_blocks_by_lines`)."""
    lines = yaml_lines(text)
    shape = source_text(text)  # the reader's text: line for line the same
    try:
        root = compose(shape)
    except yaml.YAMLError:
        root = None
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return _blocks_by_lines(lines)
    keys = [(key, value) for key, value in root.value if isinstance(key, yaml.ScalarNode)]
    starts = [key.start_mark.line for key, _value in keys] + [len(lines)]
    blocks: dict[str, tuple[int, int]] = {}
    for (key, value), following in zip(keys, starts[1:], strict=True):
        end = _last_line(shape, value) + 1
        for index in range(end, following):
            if lines[index].strip() and lines[index][:1] not in (" ", "\t"):
                break
            if lines[index].strip():
                end = index + 1
        blocks.setdefault(str(key.value), (key.start_mark.line, end))
    return blocks


def _last_line(shape: str, node: yaml.Node) -> int:
    """The line of the last character of `node` in `shape` (not of the blank lines after
    a block)."""
    while isinstance(node, yaml.CollectionNode) and not node.flow_style:
        node = node.value[-1][1] if isinstance(node, yaml.MappingNode) else node.value[-1]
    start, end = node.start_mark.index, node.end_mark.index
    written = shape[start:end].rstrip()
    return int(node.start_mark.line) + len(_LINE_END.findall(written))


def _blocks_by_lines(lines: list[str]) -> dict[str, tuple[int, int]]:
    """Each top-level field's line and the indented lines below it."""
    blocks: dict[str, tuple[int, int]] = {}
    for start, line in enumerate(lines):
        key = re.match(r"([^\s#:][^:]*?)\s*:(\s|$)", line)
        if key is None:
            continue
        end = start + 1
        for index in range(start + 1, len(lines)):
            if lines[index][:1] in (" ", "\t"):
                end = index + 1
            elif lines[index].strip():
                break
        blocks.setdefault(key[1], (start, end))
    return blocks


@dataclass(frozen=True)
class TextEdit:
    """The characters [start, end) of a text replaced by `text` (start == end: inserted)."""

    start: int
    end: int
    text: str


def edited(text: str, edits: list[TextEdit]) -> str:
    """`text` with `edits`, which do not overlap; edits that start at one offset keep
    their order (an insertion before a replacement)."""
    parts, at = [], 0
    for edit in sorted(edits, key=lambda edit: edit.start):
        assert edit.start >= at, "edits overlap"
        parts += [text[at : edit.start], edit.text]
        at = edit.end
    return "".join(parts) + text[at:]


def set_field(text: str, key: str, block: list[str]) -> str:
    """Replace the top-level field `key` by `block` (its lines), or append it at the end."""
    lines = yaml_lines(text)
    found = top_level_blocks(text).get(key)
    if found is None:
        return "\n".join([*lines, *block]) + "\n"
    start, end = found
    return "\n".join([*lines[:start], *block, *lines[end:]]) + "\n"


def comment_of(line: str) -> str:
    """The comment at the end of a line of YAML with the blanks before it
    (`status: draft   # noch prüfen!` → `   # noch prüfen!`); empty when there is none.
    A `#` inside quotes, or without a blank before it, starts no comment."""
    quote = ""
    skip = False
    for index, char in enumerate(line):
        if skip:  # the character after `\` in double quotes, the second `'` of `''`
            skip = False
        elif quote:
            following = line[index + 1 : index + 2]
            if (char, quote) == ("\\", '"') or (char, quote, following) == ("'", "'", "'"):
                skip = True
            elif char == quote:
                quote = ""
        elif char in "\"'" and (index == 0 or line[index - 1] in " \t:[{,"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[len(line[:index].rstrip(" \t")) :]
    return ""


def set_field_keeping_comments(text: str, key: str, block: list[str]) -> str:
    """`set_field`, keeping the comments of the field it replaces: the one at the end of
    its line goes to the end of the new first line, comment lines inside its block follow
    that line. An officer's `status: draft   # noch prüfen!` stays a note in the file."""
    lines = yaml_lines(text)
    found = top_level_blocks(text).get(key)
    if found is None:
        return set_field(text, key, block)
    start, end = found
    old = lines[start:end]
    first = block[0] + comment_of(old[0])
    inside = [line for line in old[1:] if line.lstrip().startswith("#")]
    return "\n".join([*lines[:start], first, *inside, *block[1:], *lines[end:]]) + "\n"


def remove_field(text: str, key: str) -> str:
    lines = yaml_lines(text)
    found = top_level_blocks(text).get(key)
    if found is None:
        return text
    start, end = found
    return "\n".join([*lines[:start], *lines[end:]]) + "\n"


def withdrawn_text(text: str, withdrawal: Withdrawal) -> str:
    """The file's text marked withdrawn, every comment kept."""
    text = set_field_keeping_comments(text, "status", ["status: withdrawn"])
    return set_field_keeping_comments(
        text,
        "withdrawal",
        [
            "withdrawal:",
            f"  date: {withdrawal.date.isoformat()}",
            f"  reason: {yaml_scalar(withdrawal.reason)}",
        ],
    )


def _with_status(text: str, status: Status, number: ReleaseNumber) -> str:
    """`status` set in place, or appended with its explanation when the file has none."""
    if "status" in top_level_blocks(text):
        return set_field_keeping_comments(text, "status", [f"status: {status.value}"])
    comment = _STATUS_COMMENT.format(number=number).splitlines()
    return set_field(text, "status", ["", *comment, f"status: {status.value}"])


def published_text(text: str) -> str:
    """The file's text with `status: published`, every comment kept."""
    return set_field_keeping_comments(text, "status", ["status: published"])


def discarded_text(text: str, discard: Discard) -> str:
    """The file's text marked discarded with date and reason, every comment kept."""
    text = set_field_keeping_comments(text, "status", ["status: discarded"])
    return set_field_keeping_comments(
        text,
        "discard",
        [
            "discard:",
            f"  date: {discard.date.isoformat()}",
            f"  reason: {yaml_scalar(discard.reason)}",
        ],
    )


def correction_text(
    original_text: str,
    original: ReleaseNumber,
    original_date: dt.date,
    number: ReleaseNumber,
    date: dt.date,
    keep_embargo: bool = True,
) -> str:
    """A copy of the original release's text as the draft of the Berichtigung `number`
    of `date`: its own status, no withdrawal, and a Sperrfrist only when
    `keep_embargo` (one that has passed is not copied)."""
    text = set_field(original_text, "number", [f"number: {number.number}"])
    text = set_field(text, "date", [f"date: {date.isoformat()}"])
    text = remove_field(remove_field(text, "withdrawal"), "discard")
    if not keep_embargo:
        text = remove_field(text, "embargo")
    text = _with_status(_status_comment_for(text, original, number), Status.DRAFT, number)
    text = set_field(
        text,
        "correction_of",
        [
            "correction_of:",
            f'  number: "{original}"',
            f"  date: {original_date.isoformat()}",
            "  # Was wurde berichtigt? Ein Satz, der in den Dokumenten unter „Berichtigung zur",
            "  # Pressemitteilung …“ steht, zum Beispiel: Die Uhrzeit war falsch; richtig ist",
            "  # 10 Uhr. Ohne ihn veröffentlicht „pressetool publish“ die Berichtigung nicht.",
            "  note:",
        ],
    )
    header = (
        f"# Berichtigung zu Nr. {original} vom {format_date_numeric(original_date)}, "
        "angelegt mit „pressetool correct“ als Entwurf.\n"
        "# Berichtigen Sie den Text unten, sagen Sie unter correction_of.note, was berichtigt\n"
        f"# wurde, und veröffentlichen Sie sie mit „pressetool publish {number}“.\n\n"
    )
    return header + _without_leading_comment(text)


def _status_comment_for(text: str, original: ReleaseNumber, number: ReleaseNumber) -> str:
    """The comment right above `status:` (`pressetool publish 003/2026`, …) naming `number`
    instead of `original`; every other line as it was."""
    lines = yaml_lines(text)
    found = top_level_blocks(text).get("status")
    if found is None:
        return text
    start = found[0]
    while start > 0 and lines[start - 1].startswith("#"):
        start -= 1
    comment = [line.replace(str(original), str(number)) for line in lines[start : found[0]]]
    return "\n".join([*lines[:start], *comment, *lines[found[0] :]]) + "\n"


def _without_leading_comment(text: str) -> str:
    """The text without its first comment lines, which describe the original release."""
    lines = _LINE.findall(text)
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    return "".join(lines[start:])


# -- the skeleton of `pressetool new` -----------------------------------------


_STATUS_COMMENT = """\
# Der Stand: draft (Entwurf), published (veröffentlicht), withdrawn (zurückgezogen) oder
# discarded (verworfen). Ein Entwurf erscheint nie im Archiv, und seine Dokumente tragen
# auf jeder Seite „Entwurf“. Die Nummer {number} bleibt ihm reserviert und wird nie ein
# zweites Mal vergeben. Ändern Sie den Stand nicht von Hand, sondern mit
#   pressetool publish {number}
#     (prüft die Datei, setzt published und erzeugt PDF und DOCX), oder mit
#   pressetool discard {number} --reason "Grund"
#     (wenn daraus keine Pressemitteilung wird)."""

_CONTACT_EXAMPLE = "#   - {{organisation: {office}, name: Vorname Name, phone: (030) 9018-00000}}"
_EXAMPLES = {
    "event": """\
# event:
#   title: Titel der Veranstaltung
#   date: {date}
#   start: "9:00"                  # Beginn
#   end: "13:00"                   # Ende, freiwillig
#   venue:                         # der Ort
#     article: das                 # der, die oder das
#     name: Name des Ortes
#     street: Straße Hausnummer
#     postcode: "10117"            # fünf Ziffern in Anführungszeichen
#     city: Berlin
#   hosts:                         # freiwillig: wer einlädt
#     - {{article: {office_article}, name: {office}}}
#   participants:                  # freiwillig: wer teilnimmt
#     - {{article: die, name: Name der Einrichtung}}
#     - article: das               # mit Angaben für die Teilnehmendenliste:
#       name: Nachbarschaftszentrum
#       contact: Vorname Nachname  # Ansprechperson
#       street: Straße Hausnummer
#       postcode: "10117"
#       city: Berlin
#       phone: (030) 1234-5678
#       email: name@example.org""",
    "invitation": """\
# invitation:
#   text: |
#     Wir laden Sie herzlich zu unserer Veranstaltung ein.
#   rsvp_by: {date}            # Rückmeldung bis
#   signer: Vorname Nachname       # wer unterschreibt""",
    "contacts": "# contacts:\n" + _CONTACT_EXAMPLE,
    "media_contact": "# media_contact:\n" + _CONTACT_EXAMPLE,
    "embargo": "# embargo: {date} 10:00",
}
"""The commented examples of the optional fields in a new file, each as a template of
its lines (`skeleton_text` fills in date and office)."""

_SKELETON = """\
# Pressemitteilung Nr. {number_text} vom {date_text}, angelegt mit „pressetool new“ als Entwurf.
# Tragen Sie den Text ein, prüfen Sie die Datei mit „pressetool check {path}“
# und veröffentlichen Sie sie mit „pressetool publish {number_text}“ (mehr unten bei status).
# Zeilen, die mit # beginnen, sind Erläuterungen; pressetool liest sie nicht.

# Die Nummer im Jahr des Datums. Vergeben vom Nummernregister: bitte nicht ändern.
number: {number}
# Das Datum der Pressemitteilung als JJJJ-MM-TT. Es legt das Jahr der Nummer fest.
date: {date}
# Der Titel, wie er über der Pressemitteilung steht.
title: {title}
# Wer informiert. Aus article (der, die oder das), office, portfolio (freiwillig) und
# name (freiwillig) wird „Der Bezirksstadtrat für …, Name, informiert:“.
issuer:
{issuer}
# Der Text der Pressemitteilung, jede Zeile zwei Leerzeichen eingerückt.
# Absätze trennen Sie durch eine leere Zeile.
body: |

# Freiwillig: eine Veranstaltung. Entfernen Sie am Anfang jeder Zeile das # und das
# Leerzeichen danach (so bleibt die Einrückung richtig), dann füllen Sie aus.
# Der Absatz über die Veranstaltung (Datum, Uhrzeit, Ort) entsteht daraus von selbst.
{event_example}

# Freiwillig: was die Einladungsbriefe sagen (pressetool invite). Ohne text entsteht er
# aus der Veranstaltung. Entfernen Sie wieder das # und das Leerzeichen danach.
{invitation_example}

# Freiwillig: „Nähere Informationen:“, je Ansprechperson eine Zeile mit „- “ davor.
# Felder: organisation, role (freiwillig), name, phone, email (freiwillig).
{contacts}
# Freiwillig: „Medienkontakt:“, aufgebaut wie contacts.
{media_contact}
# Freiwillig: Sperrfrist, vor der die Pressemitteilung nicht veröffentlicht werden darf.
# Bis dahin erscheint sie nicht im Archiv, auch wenn sie veröffentlicht ist.
# Entfernen Sie dafür das # und das Leerzeichen danach.
{embargo_example}

{status_comment}
status: draft
"""


def skeleton_text(
    path: Path,
    number: ReleaseNumber,
    date: dt.date,
    title: str,
    defaults: ReleaseDefaults,
    office: str,
) -> str:
    """A new release file: the given fields filled in, every other field explained.

    `body` stays empty (and `issuer` too without defaults), so that `pressetool check`
    names what is still to write. The examples of the commented-out parts name
    `office` where an office fits; the others are `reading.fields.TEMPLATE_EXAMPLES`,
    which the reader refuses when they are left in.
    """
    hints = {**_ISSUER_HINTS, "office": f"   # zum Beispiel Bezirksstadträtin oder {office}"}
    issuer_lines = [
        f"  {key}: {yaml_scalar(defaults.issuer[key])}"
        if key in defaults.issuer
        else f"  {key}:{hints[key]}"
        for key in ISSUER_FIELDS
    ]
    filled = {
        "date": date.isoformat(),
        "office": flow_scalar(office),
        "office_article": "das" if office.startswith("Bezirksamt") else "die",
    }
    examples = {key: example.format(**filled) for key, example in _EXAMPLES.items()}
    return _SKELETON.format(
        number_text=str(number),
        status_comment=_STATUS_COMMENT.format(number=number),
        date_text=format_date_numeric(date),
        path=path,
        number=number.number,
        date=date.isoformat(),
        title=yaml_scalar(title),
        issuer="\n".join(issuer_lines),
        event_example=examples["event"],
        invitation_example=examples["invitation"],
        contacts=_contact_list("contacts", defaults.contacts, examples["contacts"]),
        media_contact=_contact_list(
            "media_contact", defaults.media_contact, examples["media_contact"]
        ),
        embargo_example=examples["embargo"],
    )


def skeleton_example(lines: list[str], key: str) -> tuple[int, int] | None:
    """The lines [start, end) of the commented example of `key` that `new` wrote
    (`# event:` …), as it wrote it with any date and office; None when the file has no
    such lines (the officer changed or removed them: then they are the officer's), and
    for a field that has no example (`body`, `title`: the skeleton writes them)."""
    example = _EXAMPLES.get(key)
    if example is None:
        return None
    patterns = [_example_pattern(line) for line in example.splitlines()]
    for start in range(len(lines) - len(patterns) + 1):
        window = lines[start : start + len(patterns)]
        if all(pattern.fullmatch(line) for pattern, line in zip(patterns, window, strict=True)):
            return start, start + len(patterns)
    return None


def _example_pattern(template: str) -> re.Pattern[str]:
    """A line of an example template as a pattern: its text as it stands, each field to
    fill in (`{date}`, `{office}`) any text."""
    parts = [
        re.escape(text) + (".+" if name is not None else "")
        for text, name, _spec, _conversion in string.Formatter().parse(template)
    ]
    return re.compile("".join(parts))


_ISSUER_HINTS = {
    "article": "   # der, die oder das",
    "portfolio": "   # freiwillig: der Geschäftsbereich",
    "name": "   # freiwillig: der Name der Person",
}


def _contact_list(key: str, contacts: tuple[Mapping[str, str], ...], example: str) -> str:
    if not contacts:
        return example
    lines = [f"{key}:"]
    for contact in contacts:
        fields = [
            f"{name}: {yaml_scalar(contact[name])}" for name in CONTACT_FIELDS if name in contact
        ]
        lines.append("  - " + "\n    ".join(fields))
    return "\n".join(lines)
