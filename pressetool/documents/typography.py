"""German typography hints for the text of a release file (`pressetool check`).

Each rule finds a pattern in the text as written and proposes the exact
replacement; hints never stop a build. The house style (`pressetool.toml`)
decides how a time range and a phone number should look.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pressetool.compose.german import EN_DASH, NBSP, range_dash
from pressetool.office import HouseStyle
from pressetool.problems import Code, Problem, Severity
from pressetool.reading.yaml_source import Located

_CLOCK = r"\d{1,2}(?:[:.]\d{2})?"


@dataclass(frozen=True)
class Hint:
    code: Code
    start: int
    found: str
    suggestion: str


Rule = Callable[[str, HouseStyle], Iterator[Hint]]


def time_range(start: str, end: str, style: HouseStyle) -> str:
    """A time range as the officer types it: the house style's dash, plain spaces."""
    return f"{start}{range_dash(style).replace(NBSP, ' ')}{end} Uhr"


def straight_quotes(text: str, style: HouseStyle) -> Iterator[Hint]:
    for match in re.finditer(r'"([^"\n]*)"', text):
        yield Hint(Code.STRAIGHT_QUOTES, match.start(), match[0], f"„{match[1]}“")


def hyphen_as_range_dash(text: str, style: HouseStyle) -> Iterator[Hint]:
    for match in re.finditer(rf"\b({_CLOCK})\s*-\s*({_CLOCK})\s*Uhr\b", text):
        yield Hint(
            Code.HYPHEN_AS_RANGE_DASH,
            match.start(),
            match[0],
            time_range(match[1], match[2], style),
        )


def time_range_house_style(text: str, style: HouseStyle) -> Iterator[Hint]:
    for match in re.finditer(rf"\b({_CLOCK})\s*{EN_DASH}\s*({_CLOCK})\s*Uhr\b", text):
        expected = time_range(match[1], match[2], style)
        if match[0] != expected:
            yield Hint(Code.TIME_RANGE_HOUSE_STYLE, match.start(), match[0], expected)


def missing_space_before_unit(text: str, style: HouseStyle) -> Iterator[Hint]:
    for match in re.finditer(rf"\b({_CLOCK})Uhr\b", text):
        yield Hint(Code.MISSING_SPACE_BEFORE_UNIT, match.start(), match[0], f"{match[1]} Uhr")


_WORD_BEFORE = re.compile(r"\S{1,40}$")
_WORD_AFTER = re.compile(r"\S{1,40}")


def double_space(text: str, style: HouseStyle) -> Iterator[Hint]:
    """Two spaces or more between words, shown with up to 40 characters of each word.

    The spaces are found first and the words around them looked up in a bounded
    window: a pattern like `(\\S+) {2,}(\\S+)` retries every start of a long
    word and takes quadratic time (16 s for a word of 40,000 characters).
    """
    for spaces in re.finditer(r"(?<=\S) {2,}(?=\S)", text):
        start, end = spaces.span()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        after = _WORD_AFTER.match(text, end)
        assert before is not None and after is not None  # the lookarounds saw a word
        found = text[before.start() : after.end()]
        yield Hint(Code.DOUBLE_SPACE, before.start(), found, f"{before[0]} {after[0]}")


_PHONE = re.compile(r"^\(?(0\d{1,5})\)?\s*[/ -]?\s*(\d[\d ]*?)(?:\s*-\s*(\d+))?$")


def phone_in_house_style(phone: str, style: HouseStyle) -> str | None:
    """`030/9018-42390` → `(030) 9018-42390` (Bezirksamt) or `030 9018-42390` (DIN 5008)."""
    match = _PHONE.match(phone.strip())
    if not match:
        return None
    area, number, extension = match[1], match[2].replace(" ", ""), match[3]
    local = f"{number}-{extension}" if extension else number
    return f"{area} {local}" if style is HouseStyle.DIN5008 else f"({area}) {local}"


def phone_house_style(text: str, style: HouseStyle) -> Iterator[Hint]:
    expected = phone_in_house_style(text, style)
    if expected is not None and expected != text.strip():
        yield Hint(Code.PHONE_HOUSE_STYLE, 0, text.strip(), expected)


TEXT_RULES: tuple[Rule, ...] = (
    straight_quotes,
    hyphen_as_range_dash,
    time_range_house_style,
    missing_space_before_unit,
    double_space,
)
PHONE_RULES: tuple[Rule, ...] = (phone_house_style,)


def lint_release_tree(root: Located, file: Path, style: HouseStyle) -> list[Problem]:
    """Hints for every text value of a release file, with field and line."""
    problems = []
    for field, value in _text_values(root, ""):
        rules = PHONE_RULES if field.rsplit(".", 1)[-1] == "phone" else TEXT_RULES
        text = value.raw or ""
        first_line = value.line + (1 if "\n" in text else 0)
        for rule in rules:
            for hint in rule(text, style):
                problems.append(
                    Problem(
                        hint.code,
                        file,
                        field=field,
                        line=first_line + text.count("\n", 0, hint.start),
                        params={"found": hint.found, "suggestion": hint.suggestion},
                        severity=Severity.WARNING,
                    )
                )
    return problems


def _text_values(node: Located, path: str) -> Iterator[tuple[str, Located]]:
    if node.is_mapping:
        for key, value in node.value.items():
            yield from _text_values(value, f"{path}.{key}" if path else key)
    elif node.is_list:
        for index, item in enumerate(node.value, start=1):
            yield from _text_values(item, f"{path}[{index}]")
    elif isinstance(node.value, str):
        yield path, node
