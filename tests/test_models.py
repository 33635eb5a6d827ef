"""The typed release objects: a release number formats, parses and sorts itself."""

from __future__ import annotations

import pytest

from pressetool.models import ReleaseNumber


@pytest.mark.parametrize(
    ("number", "year", "expected"),
    [
        (1, 2026, "001/2026"),
        (67, 2020, "067/2020"),
        (999, 2026, "999/2026"),
        (1234, 2026, "1234/2026"),
    ],
)
def test_release_number_has_at_least_three_digits(number: int, year: int, expected: str) -> None:
    assert str(ReleaseNumber(number, year)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("067/2020", ReleaseNumber(67, 2020)),
        ("67/2020", ReleaseNumber(67, 2020)),
        (" 067 / 2020 ", ReleaseNumber(67, 2020)),
        ("000/2020", None),
        ("67-2020", None),
        ("67/20", None),
        ("²/2020", None),
        ("١٢/2020", None),
        ("067/1899", None),
        ("067/3000", None),
        ("067/0000", None),
        ("", None),
    ],
)
def test_release_number_parses_what_the_office_writes(
    text: str, expected: ReleaseNumber | None
) -> None:
    assert ReleaseNumber.parse(text) == expected


def test_release_numbers_sort_by_year_then_number() -> None:
    numbers = [ReleaseNumber(2, 2021), ReleaseNumber(67, 2020), ReleaseNumber(100, 2020)]
    assert sorted(numbers) == [
        ReleaseNumber(67, 2020),
        ReleaseNumber(100, 2020),
        ReleaseNumber(2, 2021),
    ]
