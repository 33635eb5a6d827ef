"""Reading one mapping of a YAML file field by field, collecting every problem.

`Fields` wraps a mapping node; each accessor returns the typed value or None
and records a `Problem` naming the field as written in the file and its line.
The interpretation of dates, times and postcodes lives here, once, for release
files and for anything else written in YAML.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from pressetool.models import FIRST_YEAR, LAST_YEAR, Article
from pressetool.office import OFFICE_TIME_ZONE, mail_address, skipped_in_berlin
from pressetool.plain_text import forbidden_character, mojibake, trimmed
from pressetool.problems import Code, Problem, unknown_field
from pressetool.reading import limits
from pressetool.reading.yaml_source import Located

T = TypeVar("T")

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
"""Between two paragraphs of a text: a blank line."""

TEMPLATE_EXAMPLES = frozenset(
    {
        "Titel der Veranstaltung",
        "Name des Ortes",
        "Straße Hausnummer",
        "Name der Einrichtung",
        "Vorname Nachname",
        "Vorname Name",
        "(030) 9018-00000",
        "(030) 1234-5678",
        "name@example.org",
    }
)
"""The example values that the file of `pressetool new` has in its commented-out parts
(register/release_files.py): left as they are, they are an error, not a text."""

_TIME = re.compile(r"^([0-9]{1,2})(?:[:.]([0-9]{2}))?(?:\s*Uhr)?$")
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_GERMAN_DATE = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})$")
_DATETIME = re.compile(
    r"^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})(?:[ T,]+(.+))?$"
)


def parse_time_text(raw: str, *, end: bool = False) -> dt.time | None:
    """`9`, `9:30`, `09:30`, `9.30`, `9:30 Uhr` → a time; anything else → None. With
    `end` (an event's end) `24:00` or `24 Uhr` too: midnight, 00:00 (`Event.end`)."""
    match = _TIME.match(raw.strip())
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if end and (hour, minute) == (24, 0):
        return dt.time(0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def parse_date_text(raw: str) -> dt.date | None:
    """ISO `2020-03-02` or German `2.3.2020` → a date; impossible dates → None."""
    text = raw.strip()
    if match := _ISO_DATE.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _GERMAN_DATE.match(text):
        day, month, year = int(match[1]), int(match[2]), int(match[3])
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_postcode_text(raw: str) -> str | None:
    text = raw.strip()
    return text if re.fullmatch(r"[0-9]{5}", text) else None


_BREAKABLE_SPACES = re.compile("[ \t\n\r\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+")
"""Where a line may break: no-break spaces (U+00A0, U+202F, U+2007) join what they part."""


class Fields:
    """The fields of one mapping in one file, read with their problems collected."""

    def __init__(
        self,
        node: Located,
        file: Path,
        problems: list[Problem],
        path: str = "",
        refuse_examples: bool = False,
    ) -> None:
        self.node = node
        self.file = file
        self.problems = problems
        self.path = path
        self.refuse_examples = refuse_examples
        """Texts left as `TEMPLATE_EXAMPLES` are errors (publishing), else `check`'s hints."""
        self.suggested: set[str] = set()
        """Known fields that an unknown one was taken for (`titel` → `title`): their
        absence is said by that suggestion, not by a second message without a line."""
        self.mapping: dict[str, Located] = node.value if node.is_mapping else {}

    # -- bookkeeping -------------------------------------------------------

    def name(self, key: str) -> str:
        """The field as the officer sees it: `event.venue.postcode`."""
        return f"{self.path}.{key}" if self.path else key

    def problem(self, code: Code, key: str, line: int | None = None, **params: object) -> None:
        self.problems.append(
            Problem(code, self.file, field=self.name(key), line=line, params=params)
        )

    def reject_unknown(self, known: tuple[str, ...]) -> None:
        """Report every field that is not one of `known`, with the closest known name.
        A name without a value after a field with one is the rest of that value, cut
        at a comma of `{article: die, name: Holzwurm, Meier und Söhne}`: when it has a
        space, or it stands in the same line and is no misspelt field name (`Mitte` of
        `{name: Kreativhaus, Mitte}`, not `nmae`)."""
        previous: tuple[str, Located] | None = None
        for key, value in self.mapping.items():
            if key in known:
                previous = (key, value)
                continue
            problem = unknown_field(self.file, self.name(key), key, known, value.line)
            if previous is not None and self._cut_at_comma(previous[1], key, value, problem):
                whole = f"{previous[1].raw}, {key}".replace('"', "'")
                self.problem(
                    Code.UNKNOWN_FIELD_AFTER_COMMA, key, value.line, field=previous[0], whole=whole
                )
                continue
            if problem.code is Code.UNKNOWN_FIELD_SUGGESTION:
                self.suggested.add(str(problem.params["suggestion"]))
            self.problems.append(problem)

    @staticmethod
    def _cut_at_comma(before: Located, key: str, value: Located, problem: Problem) -> bool:
        if not before.is_scalar or before.is_null or not (value.is_null or value.raw == ""):
            return False
        misspelt = problem.code is Code.UNKNOWN_FIELD_SUGGESTION
        return " " in key or (value.line == before.line and not misspelt)

    def present(self, key: str, required: bool) -> Located | None:
        """The node of `key` unless it is absent or empty (`key:` alone)."""
        value = self.mapping.get(key)
        if value is None or value.is_null or (value.is_scalar and value.raw == ""):
            if required and not (value is None and key in self.suggested):
                line = value.line if value is not None else self.node.line if self.path else None
                self.problem(Code.MISSING_FIELD, key, line)
            return None
        return value

    # -- typed accessors ---------------------------------------------------

    def text(self, key: str, required: bool = False, paragraphs: bool = False) -> str | None:
        """A one-line text, or with `paragraphs` a text of paragraphs (body, invitation
        text), with Word's breaks as `plain_text` decides, and within its length limit;
        text that went through the wrong encoding (`MÃ¼ller`) is an error."""
        value = self.present(key, required)
        if value is None:
            return None
        if not value.is_scalar:
            self.problem(Code.EXPECTED_TEXT, key, value.line)
            return None
        raw = value.raw or ""
        if paragraphs and not value.literal:
            raw = raw.replace("\n", "\n\n")  # each was a blank line: a paragraph ends
        garbled = mojibake(raw)
        if garbled is not None:  # before the control characters that Windows makes of some
            word, meant = garbled
            start = (value.raw or "").find(word)  # a word has no line end: as in the file
            line = value.line_at(start, start + len(word)) if start >= 0 else value.line
            self.problem(Code.MOJIBAKE, key, line, value=word, meant=meant)
            return None
        found = forbidden_character(raw)
        if found is not None:
            position, character = found
            self.problem(
                Code.FORBIDDEN_CHARACTER,
                key,
                value.line,
                position=position + 1,
                character=character,
            )
            return None
        text = trimmed(raw, paragraphs=paragraphs)
        if not text:
            if required:
                self.problem(Code.MISSING_FIELD, key, value.line)
            return None
        if self.refuse_examples and text in TEMPLATE_EXAMPLES:
            self.problem(Code.TEMPLATE_EXAMPLE, key, value.line, value=text)
            return None
        limit = limits.TEXT_CHARACTERS if paragraphs else limits.LINE_CHARACTERS
        if len(text) > limit:
            self.problem(Code.TEXT_TOO_LONG, key, value.line, length=len(text), limit=limit)
            return None
        count = len(PARAGRAPH_BREAK.split(text.strip())) if paragraphs else 1
        if count > limits.PARAGRAPHS:
            params = {"count": count, "limit": limits.PARAGRAPHS}
            self.problem(Code.TOO_MANY_PARAGRAPHS, key, value.line, **params)
            return None
        longest = max(_BREAKABLE_SPACES.split(text), key=len)
        if len(longest) > limits.WORD_CHARACTERS:
            self.problem(
                Code.WORD_TOO_LONG,
                key,
                value.line,
                length=len(longest),
                limit=limits.WORD_CHARACTERS,
                start=longest[:20],
            )
            return None
        return text

    def email(self, key: str) -> str | None:
        """An e-mail address as written, when a mail server would take it (see
        `office.mail_address`, no DNS look-up): `max@` or `erika(at)example.org` is an
        error, not a line of a press release."""
        text = self.text(key)
        if text is not None and mail_address(text) is None:
            located = self.mapping[key]
            self.problem(Code.BAD_EMAIL, key, located.line, value=text)
            return None
        return text

    def _parsed(
        self, key: str, required: bool, parse: Callable[[Located], T | None], code: Code
    ) -> T | None:
        value = self.present(key, required)
        if value is None:
            return None
        parsed = parse(value) if value.is_scalar else None
        if parsed is None:
            shown = value.raw if value.is_scalar else "…"
            self.problem(code, key, value.line, value=shown)
        return parsed

    def date(self, key: str, required: bool = False) -> dt.date | None:
        def parse(value: Located) -> dt.date | None:
            if isinstance(value.value, dt.date) and not isinstance(value.value, dt.datetime):
                return value.value
            return parse_date_text(value.raw or "")

        day = self._parsed(key, required, parse, Code.BAD_DATE)
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            line = self.mapping[key].line
            self.problem(
                Code.YEAR_OUT_OF_RANGE,
                key,
                line,
                value=day.isoformat(),
                year=day.year,
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
            return None
        return day

    def time(self, key: str, required: bool = False, *, end: bool = False) -> dt.time | None:
        """A time of day; `end`: an event's end, which may be midnight (`24:00`)."""
        return self._parsed(
            key, required, lambda v: parse_time_text(v.raw or "", end=end), Code.BAD_TIME
        )

    def date_and_time(
        self, key: str, required: bool = False
    ) -> tuple[dt.date, dt.time | None] | None:
        """`2020-03-02`, `2020-03-02 10:00` or `2020-03-02T10:00`, on the Berlin clock. A
        time zone (`T10:00:00Z`, `+05:00`) is an error that gives the Berlin time: read
        as Berlin time it would make a release public hours early. So is a time the
        clock skips when summer time begins; one it shows twice in October is read as the
        later (`office.office_moment`), which the release reader says in a Hinweis."""
        value = self.present(key, required)
        if value is None:
            return None
        moment = value.value if value.is_scalar else None
        if not isinstance(moment, dt.datetime) and value.is_scalar:
            moment = _zoned_moment(value.raw or "")  # `T10:00Z`: no datetime to YAML
        if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
            if not FIRST_YEAR <= moment.year <= LAST_YEAR:
                self._year_out_of_range(key, value, moment.date())
                return None
            berlin = moment.astimezone(OFFICE_TIME_ZONE)
            said = {"value": value.raw, "berlin": f"{berlin:%Y-%m-%d %H:%M}"}
            self.problem(Code.DATETIME_WITH_ZONE, key, value.line, **said)
            return None
        if isinstance(moment, dt.datetime):
            moment = moment.replace(second=0, microsecond=0)
            parsed: tuple[dt.date, dt.time | None] | None = moment.date(), moment.time()
        else:
            parsed = date_and_time_text(value.raw or "") if value.is_scalar else None
        if parsed is None:
            self.problem(
                Code.BAD_DATETIME, key, value.line, value=value.raw if value.is_scalar else "…"
            )
            return None
        day, time = parsed
        if not FIRST_YEAR <= day.year <= LAST_YEAR:  # 0001-01-01 00:10 is no Berlin time
            self._year_out_of_range(key, value, day)
            return None
        if time is not None and skipped_in_berlin(day, time):
            self.problem(
                Code.TIME_SKIPPED_IN_BERLIN,
                key,
                value.line,
                value=value.raw,
                date=f"{day:%d.%m.%Y}",
            )
            return None
        return parsed

    def _year_out_of_range(self, key: str, value: Located, day: dt.date) -> None:
        params = {"value": value.raw, "year": day.year, "first": FIRST_YEAR, "last": LAST_YEAR}
        self.problem(Code.YEAR_OUT_OF_RANGE, key, value.line, **params)

    def postcode(self, key: str, required: bool = False) -> str | None:
        return self._parsed(
            key, required, lambda v: parse_postcode_text(v.raw or ""), Code.BAD_POSTCODE
        )

    def article(self, key: str, required: bool = False) -> Article | None:
        def parse(value: Located) -> Article | None:
            try:
                return Article((value.raw or "").strip().lower())
            except ValueError:
                return None

        return self._parsed(key, required, parse, Code.BAD_ARTICLE)

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.present(key, False)
        if value is None:
            return default
        text = (value.raw or "").strip() if value.is_scalar else ""
        if text not in choices:
            shown = text if value.is_scalar else "…"  # `[draft]`: a list, not a word
            self.problem(Code.BAD_CHOICE, key, value.line, value=shown, choices=_one_of(choices))
            return default
        return text

    def nested(
        self, key: str, required: bool = False, known: tuple[str, ...] = ()
    ) -> Fields | None:
        """The fields below `key`; `known` are their names, which a value written in
        their place (`issuer: Bezirksamt Mitte`) is told to be made of."""
        value = self.present(key, required)
        if value is None:
            return None
        if not value.is_mapping:
            self._expected_mapping(key, value.line, known)
            return None
        return Fields(value, self.file, self.problems, self.name(key), self.refuse_examples)

    def items(self, key: str, known: tuple[str, ...] = ()) -> Iterator[Fields]:
        """Each entry of a list of mappings, named `key[1]`, `key[2]` …; `known` as for
        `nested`."""
        value = self.present(key, False)
        if value is None:
            return
        if not value.is_list:
            self.problem(Code.EXPECTED_LIST, key, value.line)
            return
        if len(value.value) > limits.ITEMS:
            count = len(value.value)
            self.problem(Code.TOO_MANY_ITEMS, key, value.line, count=count, limit=limits.ITEMS)
            return
        for index, item in enumerate(value.value, start=1):
            name = f"{key}[{index}]"
            if not item.is_mapping:
                self._expected_mapping(name, item.line, known)
                continue
            yield Fields(item, self.file, self.problems, self.name(name), self.refuse_examples)

    def _expected_mapping(self, key: str, line: int | None, known: tuple[str, ...]) -> None:
        if known:
            self.problem(Code.EXPECTED_FIELDS, key, line, fields=", ".join(known))
        else:
            self.problem(Code.EXPECTED_MAPPING, key, line)


def _one_of(choices: tuple[str, ...]) -> str:
    """`draft, published, withdrawn oder discarded`"""
    return " oder ".join([", ".join(choices[:-1]), choices[-1]] if len(choices) > 1 else choices)


def date_and_time_text(text: str) -> tuple[dt.date, dt.time | None] | None:
    """`2026-12-03 10:00`, `3.12.2026 10 Uhr` or a date alone (time None); None for any
    other text. A release's Sperrfrist and `archive --at` are read alike."""
    match = _DATETIME.match(text.strip())
    if not match:
        return None
    day = parse_date_text(match[1])
    time = parse_time_text(match[2]) if match[2] else None
    if day is None or (match[2] and time is None):
        return None
    return day, time


_ZONED = re.compile(
    r"^\s*([0-9]{4}-[0-9]{1,2}-[0-9]{1,2})[ T]+([0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)"
    r"\s*(Z|[+-][0-9]{2}(?::?[0-9]{2})?)\s*$"
)


def _zoned_moment(text: str) -> dt.datetime | None:
    """`2020-03-01T10:00Z`, `2020-03-01 10:00 +01:00`: a moment with a time zone that
    YAML reads as text (it takes a timestamp only with seconds); None for any other."""
    match = _ZONED.match(text)
    if match is None:
        return None
    zone = "+00:00" if match[3] == "Z" else match[3]
    if len(zone) == 3:
        zone += ":00"
    try:
        return dt.datetime.fromisoformat(f"{match[1]}T{match[2]}{zone}")
    except ValueError:
        return None
