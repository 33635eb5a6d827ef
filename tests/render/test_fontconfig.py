"""What fontconfig says about the installed fonts."""

from __future__ import annotations

import pytest

from pressetool.render.fontconfig import InstalledCharacters, matched_file


def test_fontconfig_knows_which_characters_the_installed_fonts_have() -> None:
    """A Latin letter, one that only the fallback font has, and one of Unicode's private
    use plane 16, which no font that Debian installs has."""
    installed = InstalledCharacters()
    assert installed.has("a") and installed.has("ա")  # Armenian: DejaVu Sans
    assert not installed.has("\U0010fffd")


def test_without_fontconfig_nothing_is_known_against_a_character(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert InstalledCharacters().has("\U0010fffd")


def test_fontconfig_matches_the_letters_font() -> None:
    found = matched_file("Liberation Sans:style=Regular")
    assert found is not None and found.name == "LiberationSans-Regular.ttf"


def test_without_fontconfig_no_file_is_matched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert matched_file("Liberation Sans") is None
