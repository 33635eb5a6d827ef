"""Characters the main font lacks (render/tagged_pdf/fallback.py): the font fontconfig
finds for them, only if it has them, asked once per character; text cut into runs of
one font each. DejaVu Sans (Debian's fonts-dejavu-core, in the Makefile's
DEBIAN_PACKAGES) has Armenian, Georgian and Arabic; no installed font has a CJK
character or a private-use one."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pressetool.render.letters.fit import FONT_FAMILY, font_file
from pressetool.render.tagged_pdf.fallback import Typeface, fallback_file
from pressetool.render.tagged_pdf.fonts import SubsetFont

ARMENIAN = "Հակոբյան"
GEORGIAN = "ქართული"
ARABIC = "عباس"


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    fallback_file.cache_clear()
    yield
    fallback_file.cache_clear()


def typeface(style: str = "Regular", fallbacks: dict[Path, SubsetFont] | None = None) -> Typeface:
    return Typeface(SubsetFont.open(font_file(style), style), FONT_FAMILY, style, fallbacks)


@pytest.mark.parametrize(
    ("char", "style", "name"),
    [
        ("Հ", "Regular", "DejaVuSans.ttf"),
        ("ქ", "Regular", "DejaVuSans.ttf"),
        ("ع", "Regular", "DejaVuSans.ttf"),
        ("Հ", "Bold", "DejaVuSans-Bold.ttf"),
    ],
)
def test_fontconfig_finds_a_font_that_has_the_character(char: str, style: str, name: str) -> None:
    found = fallback_file(char, FONT_FAMILY, style)
    assert found is not None and found.name == name
    assert SubsetFont.open(found, found.stem).has(char)


@pytest.mark.parametrize("char", ["漢", "\ue000"])
def test_a_character_no_installed_font_has_finds_none(char: str) -> None:
    """fontconfig answers with its best match anyway (Liberation Sans): its cmap decides."""
    assert fallback_file(char, FONT_FAMILY, "Regular") is None


def test_fontconfig_is_asked_once_per_character_and_never_for_the_main_fonts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[list[str]] = []
    run = subprocess.run

    def counting(args: list[str], **kwargs: Any) -> Any:
        calls.append(args)
        return run(args, **kwargs)

    monkeypatch.setattr(subprocess, "run", counting)
    for face in (typeface(), typeface()):
        face.width(f"Müller Ayşe Nguyễn Ạ {ARMENIAN} 漢 {ARMENIAN}", 11)
        face.encode(f"Müller {ARMENIAN} 漢")
    asked = [args[-1].rsplit("=", 1)[1] for args in calls if ":charset=" in args[-1]]
    assert sorted(asked) == sorted(f"{ord(char):x}" for char in set(ARMENIAN + "漢"))


def test_without_fontconfig_a_missing_character_stays_with_the_main_font(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(args: list[str], **kwargs: Any) -> Any:
        raise FileNotFoundError(args[0])

    monkeypatch.setattr(subprocess, "run", missing)
    face = typeface()
    assert face.owner("Հ") is face.main
    assert face.encode("aՀ") == [(face.main, "00010002")]
    assert face.main.gids == [0, face.main.glyph("a"), 0]


def test_text_is_cut_into_runs_of_one_font() -> None:
    face = typeface()
    main = face.main
    assert face.encode("Anna Müller") == [(main, main.encode("Anna Müller"))]
    assert face.encode("") == [(main, "")]
    segments = face.encode(f"Anna {ARMENIAN}\u00ad {GEORGIAN}-漢")
    fonts = [font for font, _cids in segments]
    other = face.owner("Հ")
    assert other is not main and face.owner("ქ") is other
    assert fonts == [main, other, main, other, main]
    assert [font.codes[1:] for font in (main, other)] == [
        list("Ana Müler-漢"),
        list(dict.fromkeys(ARMENIAN + GEORGIAN)),
    ]
    assert 0 not in other.gids[1:]  # drawn with glyphs of their own


def test_fallback_widths_are_the_fallback_fonts_and_typefaces_share_their_fonts() -> None:
    shared: dict[Path, SubsetFont] = {}
    regular, again = typeface(fallbacks=shared), typeface(fallbacks=shared)
    other = regular.owner("Հ")
    assert again.owner("ա") is other
    assert regular.width("Հ", 10) == pytest.approx(other.em("Հ") * 10)
    assert regular.width("Հ", 10) != regular.main.width("Հ", 10)
    assert typeface("Bold", shared).owner("Հ") is not other  # DejaVu Sans Bold
    assert [path.name for path in shared] == ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]


def cff_font(path: Path) -> Path:
    """An OpenType font with CFF outlines (as `.otf` fonts have) that draws `Հ`."""
    from fontTools.fontBuilder import FontBuilder  # type: ignore[import-untyped]
    from fontTools.pens.t2CharStringPen import T2CharStringPen  # type: ignore[import-untyped]

    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder([".notdef", "hyphen", "Ho"])
    builder.setupCharacterMap({ord("-"): "hyphen", ord("Հ"): "Ho"})
    pen = T2CharStringPen(600, None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 0))
    pen.lineTo((500, 700))
    pen.closePath()
    glyph = pen.getCharString()
    names = (".notdef", "hyphen", "Ho")
    builder.setupCFF("TestCFF", {"FullName": "Test CFF"}, dict.fromkeys(names, glyph), {})
    builder.setupHorizontalMetrics(dict.fromkeys(names, (600, 0)))
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Test CFF", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(str(path))
    return path


def test_a_font_without_truetype_outlines_is_no_fallback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The writer embeds CIDFontType2 (TrueType outlines): a CFF `.otf` that fontconfig
    offers is passed over, and the character stays with the main font (.notdef)."""
    otf = cff_font(tmp_path / "cff.otf")
    run = subprocess.run

    def offering_cff(args: list[str], **kwargs: Any) -> Any:
        if args[0] == "fc-match" and ":charset=" in args[-1]:
            return subprocess.CompletedProcess(args, 0, stdout=str(otf), stderr="")
        return run(args, **kwargs)

    monkeypatch.setattr(subprocess, "run", offering_cff)
    assert fallback_file("Հ", FONT_FAMILY, "Regular") is None
    face = typeface()
    assert face.owner("Հ") is face.main
