"""Quotation marks by depth, for every text of a release (issue 13)."""

from __future__ import annotations

import pytest

from pressetool.compose.typeset import nested_quotes, typeset
from pressetool.models import Article, Organisation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Runder Tisch „Saubere Kieze“", "Runder Tisch „Saubere Kieze“"),
        ("„Runder Tisch „Saubere Kieze““", "„Runder Tisch ‚Saubere Kieze‘“"),
        ("„A „B „C“““", "„A ‚B ‚C‘‘“"),
        ("„A“ und „B“", "„A“ und „B“"),
        ("„A „B“", "„A „B“"),  # unpaired: left as written, check names it
        ("ohne", "ohne"),
    ],
)
def test_nested_quotes(text: str, expected: str) -> None:
    assert nested_quotes(text) == expected


def test_typeset_reaches_every_text_of_a_model() -> None:
    organisation = Organisation(Article.DIE, "„Haus „Mitte““", contact="„X „Y““")
    assert typeset((organisation,)) == (
        Organisation(Article.DIE, "„Haus ‚Mitte‘“", contact="„X ‚Y‘“"),
    )


def test_double_spaces_between_words_are_one_in_every_document() -> None:
    assert typeset(("Beginn  um   9 Uhr", "  eingerückt")) == ("Beginn um 9 Uhr", "  eingerückt")
