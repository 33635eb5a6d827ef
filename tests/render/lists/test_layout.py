"""The lists' column widths: defaults while everything fits, room for an unbreakable stretch."""

from __future__ import annotations

import pytest

from pressetool.compose.participant_lists import PARTICIPANT_COLUMNS, SIGN_IN_COLUMNS
from pressetool.render.lists.layout import (
    CELL_EXTRA_MM,
    PARTICIPANT_COLUMNS_MM,
    SIGN_IN_COLUMNS_MM,
    SIGN_IN_FLOORS_MM,
    SIGN_IN_PAGE,
    Cell,
    cell_minimum_mm,
    stretches,
    table_layout,
)

NBSP = "\u00a0"
EMAIL = "quartiersmanagement-nord-ost@degewo.de"
PATHOLOGICAL = "a" * 120 + "-info@quartiersmanagement-nord-ost.degewo.de"
"""An address no column of A4 landscape can hold on one line."""


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        (EMAIL, [EMAIL]),
        (f"E-Mail:{NBSP}{EMAIL}", [f"E-Mail:{NBSP}{EMAIL}"]),
        ("www.quartiersmanagement-moabit-ost.de", ["www.quartiersmanagement-moabit-ost.de"]),
        (f"10551{NBSP}Berlin", [f"10551{NBSP}Berlin"]),
        (f"030{NBSP}9018-22345", [f"030{NBSP}9018-22345"]),  # a phone number: whole
        (f"Tel.:{NBSP}030{NBSP}9018-22345", [f"Tel.:{NBSP}030{NBSP}9018-22345"]),
        ("Malplaquetstraße 12", ["Malplaquetstraße", "12"]),
        ("Ev. Familienzentrum Meerbaum-Haus", ["Ev.", "Familienzentrum", "Meerbaum-", "Haus"]),
        ("E-Mail (freiwillig)", ["E-Mail", "(freiwillig)"]),
        ("", []),
    ],
)
def test_a_line_breaks_only_at_spaces_and_hyphens_outside_a_stretch(
    line: str, pieces: list[str]
) -> None:
    assert stretches(line) == pieces


def test_a_cell_is_as_wide_as_its_widest_stretch_and_padding() -> None:
    email = cell_minimum_mm((EMAIL,))
    assert 75 < email < 85  # wider than the participant list's default e-mail column
    assert cell_minimum_mm(("030 9018-22345", EMAIL)) == email
    assert cell_minimum_mm(("Nr.",), bold=True) > cell_minimum_mm(("Nr.",))
    assert cell_minimum_mm(()) == 0
    assert cell_minimum_mm(("",)) == CELL_EXTRA_MM


def participant_row(*, organisation: str = "Kreativhaus", reach: Cell = ()) -> tuple[Cell, ...]:
    return (
        ("1",),
        (organisation,),
        ("Frau Dr. Patz-Drüke",),
        ("Malplaquetstraße 12", f"10551{NBSP}Berlin"),
        reach,
    )


ORDINARY = participant_row(reach=(f"030{NBSP}9018-22345", "info@kreativhaus-berlin.de"))
LONG_EMAIL = participant_row(reach=(f"030{NBSP}9018-22345", EMAIL))
LONG_BOTH = participant_row(organisation="Nachbarschaftsheimgenossenschaftsverband", reach=(EMAIL,))
PATHOLOGICAL_ROW = participant_row(reach=(PATHOLOGICAL,))


@pytest.mark.parametrize(
    ("rows", "grown", "overfull"),
    [
        ([], set(), set()),
        ([ORDINARY] * 30, set(), set()),
        ([ORDINARY, LONG_EMAIL], {4}, set()),
        ([ORDINARY, LONG_BOTH], {1, 4}, set()),
        ([ORDINARY, PATHOLOGICAL_ROW, LONG_BOTH], {1, 4}, {(1, 4)}),
    ],
    ids=["empty", "ordinary", "long e-mail", "two columns", "pathological"],
)
def test_participant_columns_give_each_stretch_room_and_keep_the_table_width(
    rows: list[tuple[Cell, ...]], grown: set[int], overfull: set[tuple[int, int]]
) -> None:
    layout = table_layout(PARTICIPANT_COLUMNS, rows, PARTICIPANT_COLUMNS_MM)
    widths, defaults = layout.widths_mm, PARTICIPANT_COLUMNS_MM
    assert sum(widths) == pytest.approx(sum(defaults), abs=0.05)
    assert {i for i, (w, d) in enumerate(zip(widths, defaults, strict=True)) if w > d} == grown
    assert layout.overfull == overfull
    minima = [
        max(
            [cell_minimum_mm((name,), bold=True)]
            + [cell_minimum_mm(row[i]) for r, row in enumerate(rows) if (r, i) not in overfull]
        )
        for i, name in enumerate(PARTICIPANT_COLUMNS)
    ]
    assert all(w >= m - 0.01 for w, m in zip(widths, minima, strict=True))  # every cell fits
    if not grown:
        assert widths == defaults
    if overfull:
        assert widths[4] > defaults[4]  # the overfull column gets all the room there is
        assert widths[:4] == pytest.approx(minima[:4], abs=0.01)


def test_sign_in_columns_stay_for_a_thousand_ordinary_registrations() -> None:
    rows = [
        ((str(n),), (f"Müller-Lüdenscheidt{n}",), ("Anna",), (f"Einrichtung {n}",), (), ())
        for n in range(1, 1001)
    ]
    layout = table_layout(SIGN_IN_COLUMNS, rows, SIGN_IN_COLUMNS_MM)
    assert layout.widths_mm == SIGN_IN_COLUMNS_MM
    assert not layout.overfull


def test_sign_in_organisation_column_takes_room_from_the_others() -> None:
    rows = [(("1",), ("Müller",), ("Anna",), ("www.quartiersmanagement-moabit-ost.de",), (), ())]
    layout = table_layout(SIGN_IN_COLUMNS, rows, SIGN_IN_COLUMNS_MM)
    widths = layout.widths_mm
    assert widths[3] > 65
    assert widths[3] == pytest.approx(cell_minimum_mm(rows[0][3]), abs=0.01)
    assert sum(widths) == pytest.approx(267, abs=0.05)
    assert all(w < d for w, d in zip(widths[:3] + widths[4:], (12, 42, 38, 55, 55), strict=True))


@pytest.mark.parametrize(
    "organisation",
    [
        "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnungsstelle",
        "Bezirksverordnetenversammlungsbüro Charlottenburg-Wilmersdorf",
    ],
)
def test_a_long_organisation_leaves_room_to_write_an_address_and_to_sign(
    organisation: str,
) -> None:
    """The e-mail and signature columns hold no text to measure: a long word took them
    to 22 and 25 mm on every row, the blank ones too."""
    rows = [(("1",), ("Wolfeschlegelsteinhausenberger",), ("Anna",), (organisation,), (), ())]
    widths = table_layout(SIGN_IN_COLUMNS, rows, SIGN_IN_COLUMNS_MM, SIGN_IN_FLOORS_MM).widths_mm
    assert widths[4] >= 45 and widths[5] >= 50
    assert sum(widths) == pytest.approx(267, abs=0.05)


def test_the_sign_in_page_leaves_the_columns_their_width_and_the_rows_of_a_page() -> None:
    page = SIGN_IN_PAGE
    assert (page.width, page.height) == (297, 210)
    assert page.width - 2 * page.margin_side == sum(SIGN_IN_COLUMNS_MM)
    table = page.height - page.margin_top - page.margin_bottom
    below_offset = table - 6 * 25.4 / 72  # the PDF's table starts 6 pt below the margin
    assert 13 * page.row + page.header_row < below_offset < 14 * page.row + page.header_row
