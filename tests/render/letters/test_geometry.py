"""The letter's geometry: one definition that brief.css and the DOCX letters use."""

from __future__ import annotations

import re

import pytest

from pressetool.render.letters.geometry import LETTER, Box
from pressetool.render.templates import SHIPPED_TEMPLATES

PAGE_WIDTH, PAGE_HEIGHT = 210, 297


def test_brief_css_uses_exactly_the_properties_of_the_geometry() -> None:
    """A misspelt `var(--…)` would leave a box where CSS puts it by default."""
    css = (SHIPPED_TEMPLATES / "brief.css").read_text(encoding="utf-8")
    used = set(re.findall(r"var\(--([a-z-]+)\)", css))
    assert used == set(LETTER.css_properties())


def test_brief_css_has_no_positions_of_its_own() -> None:
    """Every position and size in mm comes from the geometry; brief.css keeps
    typographic measures only (in pt, and the space between the entries of the
    information block)."""
    css = (SHIPPED_TEMPLATES / "brief.css").read_text(encoding="utf-8")
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    declarations = re.findall(r"[\w-]+:[^;{}]*?\d+mm[^;{}]*", rules)
    assert declarations == ["margin: 0 0 1.5mm 0"]


def test_css_root_rule() -> None:
    css = LETTER.css()
    assert css.startswith(":root {\n")
    assert "  --anschrift-oben: 62.7mm;\n" in css
    assert "  --lochmarke-links: 5mm;\n" in css
    assert "  --informationsblock-breite: 75mm;\n" in css
    assert "--informationsblock-hoehe" not in css  # it grows with its text
    assert "  --seitenrand-links: 25mm;\n" in css


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
