"""The embedded subset font (render/tagged_pdf/fonts.py): CIDs in the order of first
use, characters not drawn, the ToUnicode map, the subset's glyphs."""

from __future__ import annotations

import io

import pydyf
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from pressetool.render.letters.fit import font_file
from pressetool.render.tagged_pdf.fonts import SubsetFont, to_unicode_cmap


def liberation() -> SubsetFont:
    return SubsetFont.open(font_file("Regular"), "Regular")


def test_each_distinct_character_gets_the_next_cid_and_invisible_ones_none() -> None:
    font = liberation()
    assert font.encode("abba") == "0001000200020001"
    assert font.encode("a\u00adc\u200b") == "00010003"  # soft hyphen, zero-width space
    assert font.codes == ["", "a", "b", "c"]
    assert font.width("\u00ad", 10) == 0.0


def test_the_non_breaking_hyphen_is_drawn_as_the_hyphen_and_read_as_one() -> None:
    font = liberation()
    assert font.has("\u2011") and font.glyph("\u2011") == font.glyph("-")
    assert font.em("\u2011") == font.em("-")
    cmap = to_unicode_cmap(["", "\u2011", "ß"]).decode("ascii")
    assert "2 beginbfchar\n<0001> <002d>\n<0002> <00df>\nendbfchar" in cmap


def test_a_character_the_font_lacks_is_notdef_and_keeps_its_text() -> None:
    font = liberation()
    assert not font.has("漢")
    font.encode("漢")
    assert font.gids == [0, 0]
    assert "<0001> <6f22>" in to_unicode_cmap(font.codes).decode("ascii")


def test_the_subset_keeps_glyph_ids_and_only_the_glyphs_used() -> None:
    font = liberation()
    font.encode("Aß")
    subset = TTFont(io.BytesIO(font.subset()))
    order = subset.getGlyphOrder()
    assert len(order) == max(font.gids) + 1  # ids kept, up to the highest used
    glyf = subset["glyf"]
    drawn = {gid for gid, name in enumerate(order) if glyf[name].numberOfContours != 0}
    assert drawn == {0, *font.gids}
    assert font.embed(pydyf.PDF())["Subtype"] == "/Type0"
