"""What a Lektorat marks (issue 13): `check` names it with the house style's suggestion,
and `check --fix` applies what is unambiguous in the file itself, keeping the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressetool.compose.german import NNBSP
from pressetool.documents.typography import (
    LEKTORAT_RULES,
    article_for_office,
    office_after_article,
)
from pressetool.office import HouseStyle
from tests.builders import write_release
from tests.conftest import run_main
from tests.readback import REFERENCE_RELEASE, docx_paragraphs, pdf_text

NBSP = "\u00a0"
BA = HouseStyle.BEZIRKSAMT


def hints(text: str) -> list[tuple[str, str, str]]:
    return [
        (hint.code.value, hint.found, hint.suggestion)
        for rule in LEKTORAT_RULES
        for hint in rule(text, BA)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das gilt z.B. hier.", [("abbreviation_space", "z.B.", f"z.{NNBSP}B.")]),
        ("Das gilt z. B. hier.", []),  # pressetool sets the narrow space itself
        (f"Das gilt z.{NNBSP}B. hier.", []),
        ("Das gilt i.d. R. hier.", [("abbreviation_space", "i.d. R.", f"i.{NNBSP}d. R.")]),
        (
            "Sie kommen u.a. aus i.d.R. Mitte.",
            [
                ("abbreviation_space", "u.a.", f"u.{NNBSP}a."),
                ("abbreviation_space", "i.d.R.", f"i.{NNBSP}d.{NNBSP}R."),
            ],
        ),
        ("Und dann...", [("three_dots", "...", "…")]),
        ("Plus 20% mehr", [("percent_space", "20%", f"20{NBSP}%")]),
        ("Plus 20 % mehr", []),  # kept on one line by the documents; the fix looked the same
        (f"Plus 20{NBSP}% mehr", []),
        ("Geöffnet Mo-Fr und Sa.", [("weekday_range", "Mo-Fr", "Mo–Fr")]),
        ("Geöffnet Mo. - Fr.", [("weekday_range", "Mo. - Fr.", "Mo.–Fr.")]),
        ("Im Wedding's Kiez", [("apostrophe_genitive", "Wedding's", "Weddings")]),
        ("Bei Hans' Laden", []),
        ("Sie sagte 'ja' dazu.", [("straight_single_quotes", "'ja'", "‚ja‘")]),
        ("Rock 'n' Roll im Kiez", []),  # two apostrophes, no quotation
        (
            "Ein Satz , und noch einer .",
            [
                ("space_before_punctuation", " ,", ","),
                ("space_before_punctuation", " .", "."),
            ],
        ),
        ("Kiez - Leben", [("hyphen_as_dash", " - ", " – ")]),
        ("9 - 13 Uhr", []),
        ("von 17:30 – 20 Uhr", [("from_with_dash", "von 17:30 – 20 Uhr", "von 17:30 bis 20 Uhr")]),
        ("Von 9-13 Uhr", [("from_with_dash", "Von 9-13 Uhr", "Von 9 bis 13 Uhr")]),
        (
            "Titel „Runder Tisch „Saubere Kieze““",
            [("nested_quotes", "„Runder Tisch „Saubere Kieze““", "„Runder Tisch ‚Saubere Kieze‘“")],
        ),
        ("Ganz „richtig“ und ‚halb‘.", []),
    ],
)
def test_lektorat_rules(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert hints(text) == expected


@pytest.mark.parametrize(
    ("article", "office", "expected"),
    [
        ("der", "Bezirksstadträtin", "die"),
        ("die", "Bezirksbürgermeister", "der"),
        ("der", "Bezirksstadtrat", None),
        ("die", "Bezirksstadträtin", None),
        ("die", "Beauftragte für Integration", None),
        ("das", "Bezirksstadträtin", "die"),
        ("die", "Bezirksamt Pankow", "das"),
        ("der", "Bezirksamt Pankow", "das"),
        ("das", "Bezirksamt Pankow", None),
        ("der", "Bezirksbürgermeisterin von Pankow", "die"),
        ("die", "Stellvertretender Bezirksbürgermeister", "der"),
        ("der", "Bezirksstadtrat für Stadtentwicklung, Soziales und Gesundheit", None),
        ("die", "Leiterin der Pressestelle", None),
        ("der", "Leiterin der Pressestelle", "die"),
    ],
)
def test_article_fits_the_office(article: str, office: str, expected: str | None) -> None:
    assert article_for_office(article, office) == expected


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        ("Stellvertretender Bezirksbürgermeister", "stellvertretende Bezirksbürgermeister"),
        ("stellvertretende Bezirksbürgermeisterin", "stellvertretende Bezirksbürgermeisterin"),
        ("Bezirksstadtrat für Stadtentwicklung", "Bezirksstadtrat für Stadtentwicklung"),
    ],
)
def test_an_adjective_after_the_article_takes_its_weak_form(office: str, expected: str) -> None:
    assert office_after_article(office) == expected


MESSY = """\
# Pressemitteilung zum Test: dieser Kommentar bleibt.
number: 67
date: 2020-03-02
title: Runder Tisch „Saubere Kieze„ im Wedding's Kiez
issuer:
  article: der
  office: Bezirksstadträtin
  name: Petra Beispiel   # auch dieser Kommentar bleibt
body: |
  Das ist z.B. ein Test... mit 20% und Mo-Fr, 'so' gesagt , sowie Kiez - Leben.

  Von 17:30 – 20 Uhr im „Haus „Mitte““. Zweimal z.B. und z.B. hier.
"""


def test_fix_applies_what_is_unambiguous_and_keeps_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = write_release(tmp_path, "2020/067-test.yaml", MESSY)
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, "")
    fixed = path.read_text(encoding="utf-8")
    assert fixed == MESSY.replace(
        "  Das ist z.B. ein Test... mit 20% und Mo-Fr, 'so' gesagt , sowie Kiez - Leben.",
        f"  Das ist z.{NNBSP}B. ein Test… mit 20{NBSP}% und Mo–Fr, ‚so‘ gesagt, "
        "sowie Kiez – Leben.",
    ).replace(
        "  Von 17:30 – 20 Uhr im „Haus „Mitte““. Zweimal z.B. und z.B. hier.",
        f"  Von 17:30 bis 20 Uhr im „Haus ‚Mitte‘“. Zweimal z.{NNBSP}B. und z.{NNBSP}B. hier.",
    )
    lines = out.splitlines()
    assert f"Geändert: {path}, Zeile 10, Feld „body“: »z.B.« → »z.{NNBSP}B.«" in lines
    # Ambiguous: the apostrophe (a name may keep it) and the article (or the office?).
    assert [
        line.split(": ", 2)[2].split(".")[0] for line in lines if line.startswith("Hinweis")
    ] == [
        "Der Artikel „der“ passt nicht zu „Bezirksstadträtin“",
        "Der deutsche Genitiv hat keinen Apostroph",
    ]
    assert lines[-1] == "1 Datei geprüft: keine Fehler, 2 Hinweise."


@pytest.mark.parametrize(("bom", "end"), [(b"\xef\xbb\xbf", b"\r\n"), (b"", b"\r"), (b"", b"\n")])
def test_fix_keeps_the_byte_order_mark_and_line_ends_and_fixes_what_touches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bom: bytes, end: bytes
) -> None:
    """A file saved by Windows' editor keeps its BOM and CR LF: only the fixed words
    change. Straight quotes beside a double space are both fixed in one run."""
    original = REFERENCE_RELEASE.read_text(encoding="utf-8")
    text = original.replace("Kooperationsvereinbarung.", 'Kooperationsvereinbarung  "mit Folgen".')
    path = tmp_path / "releases/2020/067-test.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(bom + text.encode().replace(b"\n", end))
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    expected = original.replace(
        "Kooperationsvereinbarung.", "Kooperationsvereinbarung „mit Folgen“."
    )
    assert path.read_bytes() == bom + expected.encode().replace(b"\n", end)
    assert out.count("Geändert:") == 2


@pytest.mark.parametrize(
    ("written", "fixed", "hints"),
    [
        ('Der "Runder Tisch "Saubere Kieze"" tagt.', "Der „Runder Tisch ‚Saubere Kieze‘“ tagt.", 0),
        ('Der "Runder Tisch "Saubere Kieze" tagt.', None, 3),
    ],
)
def test_fix_nests_straight_quotes_or_leaves_them_as_hints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, fixed: str | None, hints: int
) -> None:
    """Quotes inside quotes become ‚…‘ (they were paired outside in: „Runder Tisch “Saubere
    Kieze„“, which no later check named); where the pairs are unclear, nothing is fixed."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    path = write_release(
        tmp_path, "2020/067-test.yaml", text.replace("Kooperationsvereinbarung.", written)
    )
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    expected = text.replace("Kooperationsvereinbarung.", fixed or written)
    assert path.read_text(encoding="utf-8") == expected
    assert out.splitlines()[-1] == f"1 Datei geprüft: keine Fehler, {hints} Hinweise."


def test_fix_leaves_a_file_alone_that_it_would_break(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a single-quoted YAML value `''ja''` means 'ja': the hint's words stand in the
    line, but replacing them there would break the file, so the file stays as it was."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8").replace(
        "name: Ephraim Gothe\nbody", "name: 'Ephraim ''Eppi'' Gothe'\nbody"
    )
    path = write_release(tmp_path, "2020/067-test.yaml", text)
    before = path.read_bytes()
    status, out, _err = run_main(capsys, "check", "--fix", str(path))
    assert status == 0
    assert "Geändert" not in out
    assert "»‚Eppi‘« statt »'Eppi'«" in out  # still a hint
    assert path.read_bytes() == before


def test_nested_quotes_print_as_half_quotes_in_every_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    title_line = text.splitlines()[3]
    path = write_release(
        tmp_path,
        "2020/067-test.yaml",
        text.replace(title_line, "title: Runder Tisch „Saubere Kieze“ für „Mehr „Mitte““"),
    )
    status, _out, err = run_main(capsys, "build", str(path), "--out", str(tmp_path / "out"))
    assert status == 0, err
    expected = "Runder Tisch „Saubere Kieze“ für „Mehr ‚Mitte‘“"
    (pdf,) = (tmp_path / "out").rglob("*.pdf")
    (docx,) = (tmp_path / "out").rglob("*.docx")
    assert expected in " ".join(pdf_text(pdf).split())
    # Word's title keeps its short last word with the one before (issue 13)
    assert expected.replace(" ‚", f"{NBSP}‚") in docx_paragraphs(docx)


@pytest.mark.parametrize(
    "address",
    [
        "https://www.berlin.de/ba-pankow/suche.php?q=b%C3%A4nke&x=1",  # not `3 %`
        "www.berlin.de/suche?q=20%25&von=9-13Uhr",
        "berlin.de/ba-pankow/z.B./Mo-Fr/a...b/'x'/",
        "https://www.berlin.de/9Uhr/Mo.-Fr.",  # the last full stop ends the sentence
        "Mo-Fr@berlin.de",
        "https://de.wikipedia.org/wiki/Pankow_(Bezirk)",
    ],
)
def test_fix_never_touches_an_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], address: str
) -> None:
    """Neither hint nor fix changes an e-mail address or a web address (with or without
    `https://`); what stands beside it is fixed."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8").replace(
        "Kooperationsvereinbarung.", f"Kooperationsvereinbarung: {address} im Kiez - Leben."
    )
    path = write_release(tmp_path, "2020/067-test.yaml", text)
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    assert path.read_text(encoding="utf-8") == text.replace("Kiez - Leben", "Kiez – Leben")
    assert [line for line in out.splitlines() if "Zeile" in line] == [
        f"Geändert: {path}, Zeile 12, Feld „body“: » - « → » – «"
    ]


def test_check_suggests_the_weak_adjective_after_the_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`der` + `Stellvertretender Bezirksbürgermeister` would print „Der Stellvertretender
    Bezirksbürgermeister …“."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    office = "  office: Bezirksstadtrat\n"
    assert office in text
    path = write_release(
        tmp_path,
        "2020/067-test.yaml",
        text.replace(office, "  office: Stellvertretender Bezirksbürgermeister\n"),
    )
    status, out, _ = run_main(capsys, "check", str(path))
    assert status == 0
    assert (
        "Der Artikel „der“ passt nicht zu „Stellvertretender Bezirksbürgermeister“. Schreiben "
        "Sie »der stellvertretende Bezirksbürgermeister« oder prüfen Sie die Amtsbezeichnung."
    ) in out


def test_the_abbreviation_hint_says_in_words_what_pressetool_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No code point (it said „(U+202F)“): the officer may type a plain space."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    path = write_release(
        tmp_path,
        "2020/067-test.yaml",
        text.replace("Kooperationsvereinbarung.", "Vereinbarung z.B. hier."),
    )
    status, out, _ = run_main(capsys, "check", str(path))
    assert status == 0
    assert (
        "Abkürzung ohne Leerzeichen: Zwischen ihre Teile gehört ein schmales geschütztes "
        "Leerzeichen, das sie auf einer Zeile hält. Ein gewöhnliches Leerzeichen genügt, "
        f"pressetool setzt das schmale selbst. Schreiben Sie »z.{NNBSP}B.« statt »z.B.«"
    ) in out


def test_check_names_a_sperrfrist_before_the_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    path = write_release(tmp_path, "2020/067-test.yaml", text + "embargo: 2020-03-01 10:00\n")
    status, out, _ = run_main(capsys, "check", str(path))
    assert status == 0
    line = len(text.splitlines()) + 1
    assert (
        f"Hinweis: {path}, Zeile {line}, Feld „embargo“: Die Sperrfrist (01.03.2020, 10:00 Uhr) "
        "liegt vor dem Datum der Pressemitteilung (02.03.2020) und hat so keine Wirkung"
    ) in " ".join(out.split()).replace("\u00a0", " ")
    assert out.splitlines()[-1] == "1 Datei geprüft: keine Fehler, 1 Hinweis."
