"""Line wrapping by measure (render/tagged_pdf/text.py), with the lists' break
opportunities (`layout.stretches`) and one unit per character as the measure."""

from __future__ import annotations

from pressetool.render.lists.layout import stretches
from pressetool.render.tagged_pdf.text import cut, pieces, wrap


def length(text: str) -> float:
    return float(len(text))


def test_wrap_breaks_at_spaces_and_after_hyphens_never_inside_an_address() -> None:
    line = "Kontakt: quartiersmanagement-nord@example.org oder Nord-Ost-Büro"
    lines = wrap(line, 20, length, anywhere=False, split=stretches)
    assert lines == ["Kontakt:", "quartiersmanagement-nord@example.org", "oder Nord-Ost-Büro"]
    narrow = wrap(line, 12, length, anywhere=False, split=stretches)
    assert narrow[-2:] == ["oder Nord-", "Ost-Büro"]
    assert " ".join(narrow).replace("- ", "-") == line
    assert stretches(line)[1] == "quartiersmanagement-nord@example.org"


def test_wrap_cuts_an_overfull_stretch_anywhere() -> None:
    lines = wrap("x" * 45, 20, length, anywhere=True, split=stretches)
    assert lines == ["x" * 20, "x" * 20, "x" * 5]


def test_a_line_that_fits_and_an_empty_line_stay_one_line() -> None:
    assert wrap("Anna Müller", 20, length, anywhere=False, split=stretches) == ["Anna Müller"]
    assert wrap("", 0, length, anywhere=True, split=stretches) == [""]


def test_pieces_keep_the_gaps_a_break_drops() -> None:
    assert pieces("Nord-Ost  Büro", stretches) == [("", "Nord-"), ("", "Ost"), ("  ", "Büro")]


def test_cut_keeps_at_least_one_character_per_part() -> None:
    assert cut("abc", 0.5, length) == ["a", "b", "c"]
    assert cut("abcde", 2, length) == ["ab", "cd", "e"]
