"""The letter's geometry: one definition that brief.css and the DOCX letters use."""

from __future__ import annotations

import re

import pytest

from pressetool.render.letters.geometry import LETTER, PAGE_HEIGHT, PAGE_WIDTH, Box
from pressetool.render.template_files import SHIPPED_TEMPLATES


def test_brief_css_uses_exactly_the_properties_of_the_geometry() -> None:
    """A misspelt `var(--…)` would leave a box where CSS puts it by default."""
    css = (SHIPPED_TEMPLATES / "brief.css").read_text(encoding="utf-8")
    used = set(re.findall(r"var\(--([a-z-]+)\)", css))
    assert used == set(LETTER.css_properties())


def test_brief_css_has_no_positions_of_its_own() -> None:
    """Every position and size in mm comes from the geometry, and so does every font
    size that a check measures against a box (address, return address, information
    block, footer); brief.css keeps other typographic measures only (in pt)."""
    css = (SHIPPED_TEMPLATES / "brief.css").read_text(encoding="utf-8")
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    declarations = re.findall(r"[\w-]+:[^;{}]*?\d+mm[^;{}]*", rules)
    assert declarations == []
    sizes = re.findall(r"font-size:\s*([^;]+);", rules)
    assert sorted(set(sizes)) == [
        "12pt",  # the subject
        "8pt",  # the labels of the information block
        "var(--anschrift-schriftgroesse)",
        "var(--geschaeftsangaben-schriftgroesse)",
        "var(--informationsblock-schriftgroesse)",
        "var(--ruecksendeangabe-schriftgroesse)",
    ]


def test_css_root_rule() -> None:
    css = LETTER.css()
    assert css.startswith(":root {\n")
    assert "  --anschrift-oben: 62.7mm;\n" in css
    assert "  --lochmarke-links: 5mm;\n" in css
    assert "  --informationsblock-breite: 75mm;\n" in css
    assert "--informationsblock-hoehe" not in css  # it grows with its text
    assert "  --seitenrand-links: 25mm;\n" in css
    assert "  --anschrift-schriftgroesse: 11pt;\n" in css
    assert "  --geschaeftsangaben-rand: 3mm;\n" in css  # 275 mm: 3 mm into the margin


def inside(inner: Box, outer: Box) -> bool:
    assert inner.height is not None and outer.height is not None
    return (
        outer.left <= inner.left
        and inner.left + inner.width <= outer.left + outer.width
        and outer.top <= inner.top
        and inner.top + inner.height <= outer.top + outer.height
    )


def test_din_5008_form_b() -> None:
    field = LETTER.address_field
    assert (field.left, field.top, field.height) == (25, 45, 45)
    assert inside(LETTER.return_address, field)
    assert inside(LETTER.address, field)
    assert LETTER.address.top + (LETTER.address.height or 0) == pytest.approx(90)
    assert LETTER.address.top == pytest.approx(62.7)
    assert LETTER.letterhead.top + sum(LETTER.letterhead_lines) <= 45
    assert LETTER.subject_top == 98.5
    block = LETTER.information_block
    assert (block.left, block.top) == (125, 50)
    assert block.left + block.width <= PAGE_WIDTH
    assert [mark.top for mark in (LETTER.fold_mark_upper, LETTER.fold_mark_lower)] == [105, 210]
    assert LETTER.punch_mark.top == PAGE_HEIGHT / 2
    assert (LETTER.margin_left, PAGE_WIDTH - LETTER.margin_right) == (25, 190)


def test_six_address_lines_fill_the_zone() -> None:
    """Six lines at the address's size and line height (Word's single spacing of
    Arial) fit the zone's 27.3 mm, which is why the address is set in 11 pt."""
    line = LETTER.address_font_size * LETTER.address_line_height * 25.4 / 72
    assert 6 * line <= (LETTER.address.height or 0)
    assert 6 * line * 12 / 11 > (LETTER.address.height or 0)  # 12 pt would not


def test_the_footer_stands_below_the_text_and_on_the_sheet() -> None:
    footer = LETTER.footer
    assert footer.top >= PAGE_HEIGHT - LETTER.margin_bottom
    assert footer.top + (footer.height or 0) <= PAGE_HEIGHT - 8  # printers leave ~5 mm
    assert (footer.left, footer.width) == (LETTER.margin_left, 165)
    label_and_lines = LETTER.footer_lines * LETTER.footer_font_size * 1.15 * 25.4 / 72
    assert label_and_lines <= (footer.height or 0)


@pytest.mark.parametrize(
    ("needs", "widths"),
    [
        ([20, 20, 20, 20], (38.25, 38.25, 38.25, 38.25)),
        ([30, 30, 30, 47], (34, 34, 34, 51)),
        ([165], (165,)),
        ([50, 50, 60], None),
    ],
)
def test_footer_columns(needs: list[float], widths: tuple[float, ...] | None) -> None:
    assert LETTER.footer_columns(needs) == (pytest.approx(widths) if widths else None)
