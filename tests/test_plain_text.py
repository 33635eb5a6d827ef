"""plain_text: what counts as text, and what at a text's ends counts as nothing."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pressetool.plain_text import forbidden_character, mojibake, trimmed
from tests.builders import european_text


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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sehr geehrter Herr MÃ¼ller,", ("MÃ¼ller,", "Müller,")),
        ("Mit freundlichen GrÃ¼ÃŸen", ("GrÃ¼ÃŸen", "Grüßen")),
        ("HauptstraÃŸe 1", ("HauptstraÃŸe", "Hauptstraße")),
        ("Das Fest â€žKiez im Blickâ€œ", ("â€žKiez", "„Kiez")),
        ("9 â€“ 13 Uhr", ("â€“", "–")),
        ("Ã„rztehaus", ("Ã„rztehaus", "Ärztehaus")),
        ("Ã–zdemir", ("Ã–zdemir", "Özdemir")),
        ("Ãœberseeweg", ("Ãœberseeweg", "Überseeweg")),
        ("CafÃ© Ã  la carte", ("CafÃ©", "Café")),
        ("Preis: 5 â‚¬", ("â‚¬", "€")),
        ("MÃƒÂ¼ller", ("MÃƒÂ¼ller", "Müller")),  # twice
        ("DvoÅ™Ã¡k", ("DvoÅ™Ã¡k", "Dvořák")),
        ("ErdoÄŸan", ("ErdoÄŸan", "Erdoğan")),
        ("WaÅ‚Ä™sa", ("WaÅ‚Ä™sa", "Wałęsa")),
        ("MÃ–LLER", ("MÃ–LLER", "MÖLLER")),
        ("die SPÃ– und die GrÃ¼nen", ("GrÃ¼nen", "Grünen")),
        # Á is C3 81: Windows makes the byte it leaves undefined a control character
        ("Ã\x81lvarez", ("Ã\x81lvarez", "Álvarez")),
        ("Müller, Straße, „Grüße“ – 5 €", None),
        ("Gruß“", None),  # ß and a closing quote would be NKo
        ("die Buchstaben „Ä“ und „Å“, „HYVÄ…“", None),  # a capital, then a closing mark
        ("„AMANHÃ“, „IRMÃ“ – IRMÃ\u00a0Dulce", None),  # Portuguese capitals
        ("12\u00a0Å², PÅ\u00a0SPÅRET, CAFFÈ™, BLÅ®", None),
        ("SPÃ–", None),  # alone it may be Portuguese capitals as well as SPÖ
        ("SÃO PAULO, CHÂTEAU, Dvořák, Ærø, İlhan", None),
    ],
)
def test_mojibake_names_the_word_and_what_it_was(text: str, found: tuple[str, str] | None) -> None:
    assert mojibake(text) == found


def misread(text: str) -> str:
    """`text` saved as UTF-8 and opened as Windows-1252, as Windows opens it: a byte that
    Windows-1252 leaves undefined (Á is C3 81) becomes the control character of its number."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode())


@settings(max_examples=500)
@given(text=european_text)
def test_no_european_text_is_mojibake(text: str) -> None:
    assert mojibake(text) is None


def within_a_word(text: str) -> bool:
    """Whether a letter not of ASCII stands after a small letter or before a letter of
    ASCII: misread, such a letter is garbled text wherever it stands. A capital and a
    sign at the end of a word of capitals (`AMANHÃ“`) may be text (`plain_text._garbled`)."""
    return any(
        letter.isalpha()
        and not letter.isascii()
        and (
            (index and text[index - 1].isascii() and text[index - 1].islower())
            or (text[index + 1 : index + 2].isascii() and text[index + 1 : index + 2].isalpha())
        )
        for index, letter in enumerate(text)
    )


@settings(max_examples=500)
@given(text=european_text, twice=st.booleans())
def test_european_text_misread_is_mojibake(text: str, twice: bool) -> None:
    assume(within_a_word(text))
    garbled = misread(misread(text)) if twice else misread(text)
    found = mojibake(garbled)
    assert found is not None
    word, meant = found
    # a whole word (a long one is cut to its place) comes back; misread twice, a word of
    # capitals ending in ą, Ó … comes back as far as `Ä…`, `Ã“`, which may be text
    if word in garbled.split(" ") and not twice:
        assert meant in text.split(" ")
