"""plain_text: what counts as text, and what at a text's ends counts as nothing."""

from __future__ import annotations

import pytest

from pressetool.plain_text import forbidden_character, trimmed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Müller  ", "Müller"),
        ("\u200bMüller\u2060", "Müller"),
        ("\u00a0\u200b\u2060 ", ""),
        ("\u200e\u05e9\u05dc\u05d5\u05dd\u200f", "\u05e9\u05dc\u05d5\u05dd"),
        ("Zero\u200bwidth", "Zero\u200bwidth"),
        ("\u3000Tokio\u3000", "Tokio"),
    ],
)
def test_trimmed_takes_spaces_and_invisible_characters_off_the_ends(
    text: str, expected: str
) -> None:
    assert trimmed(text) == expected


def test_trimmed_keeps_paragraphs_and_is_linear() -> None:
    assert trimmed("\n\n Erster\n\n Zweiter \n", paragraphs=True) == "Erster\n\n Zweiter"
    # A regular expression for both ends would backtrack for minutes on these.
    assert trimmed(" " * 200_000 + "x") == "x"
    assert trimmed("\u200b " * 200_000 + "x" + " \u200b" * 200_000) == "x"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sch\u202eulz", (3, "U+202E")),
        ("\u2066Eva\u2069", (0, "U+2066")),
        ("Bell\x07", (4, "U+0007")),
        ("\u200fשלום", None),
        ("Tab\tund Zeile", None),
    ],
)
def test_direction_overrides_are_forbidden_marks_are_not(
    text: str, found: tuple[int, str] | None
) -> None:
    assert forbidden_character(text) == found
