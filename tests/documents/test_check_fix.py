"""What a Lektorat marks (issue 13): `check` names it with the house style's suggestion,
and `check --fix` applies what is unambiguous in the file itself, keeping the rest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressetool.compose.german import NNBSP
from pressetool.documents.typography import (
    LEKTORAT_RULES,
    article_for_office,
    office_after_article,
)
from pressetool.office import HouseStyle
from pressetool.reading import yaml_source
from tests.builders import TEXT_STYLES, text_field, write_release
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


FIXABLE = [
    ('Das "Kiezfest" beginnt.', "Das „Kiezfest“ beginnt."),
    ("Ein “Fest” im Park.", "Ein „Fest“ im Park."),
    ("Heute 9-13 Uhr offen.", "Heute 9 – 13 Uhr offen."),
    ("Sonst 9–13 Uhr offen.", "Sonst 9 – 13 Uhr offen."),
    ("Beginn 9Uhr heute.", "Beginn 9 Uhr heute."),
    ("Beginn  um neun.", "Beginn um neun."),
    ("Das gilt z.B. hier.", f"Das gilt z.{NNBSP}B. hier."),
    ("Und dann... weiter.", "Und dann… weiter."),
    ("Plus 20% mehr.", f"Plus 20{NBSP}% mehr."),
    ("Geöffnet Mo-Fr immer.", "Geöffnet Mo–Fr immer."),
    ("Sie sagte 'ja' dazu.", "Sie sagte ‚ja‘ dazu."),
    ("Ein Satz , und weiter.", "Ein Satz, und weiter."),
    ("Kiez - Leben.", "Kiez – Leben."),
    ("Offen von 10:30 - 18 Uhr.", "Offen von 10:30 bis 18 Uhr."),
    ("Im „Haus „Mitte““ heute.", "Im „Haus ‚Mitte‘“ heute."),
]
"""A line of a text for each rule that `--fix` applies, and the line fixed."""


def with_body(field: str) -> tuple[str, int]:
    """The reference release with `field` in place of its body, and the line of `body:`."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    start, end = text.index("body: |"), text.index("event:")
    return text[:start] + field + text[end:], text.count("\n", 0, start) + 1


CHANGED = re.compile(r"Geändert: .*, Zeile (\d+), Feld „body“: ")


@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["LF", "CR LF"])
@pytest.mark.parametrize("style", TEXT_STYLES.values(), ids=TEXT_STYLES.keys())
def test_fix_makes_its_fixes_however_the_text_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], style: str, line_end: str
) -> None:
    """Folded (`>`), kept line by line (`|`), plain or in quotes, with chomping or an
    indentation indicator: each fix is made where its words stand, on the line it names,
    and the file changes in nothing else, the folding of its lines, its indentation and
    quoting stay (a folded text was left unfixed, its hints named the lines above)."""
    field, lines = text_field("body", [written for written, _ in FIXABLE], style)
    text, key_line = with_body(field)
    fixed, _ = with_body(text_field("body", [fixed for _, fixed in FIXABLE], style)[0])
    path = write_release(tmp_path, "2020/067-test.yaml", "")
    path.write_bytes(text.replace("\n", line_end).encode())
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    assert path.read_bytes() == fixed.replace("\n", line_end).encode()
    changed = [int(found[1]) for found in map(CHANGED.match, out.splitlines()) if found]
    assert sorted(changed) == [key_line + line for line in lines]
    assert out.splitlines()[-1] == "1 Datei geprüft: keine Fehler, 0 Hinweise."


NOT_IN_FILE = (
    "„pressetool check --fix“ ändert dieses Feld nicht: Was sich von »{}« zu »{}« ändert, "
    "steht in der Datei nicht Zeichen für Zeichen so da (etwa ein Zeilenende, aus dem YAML ein "
    "Leerzeichen oder einen Zeilenumbruch macht). Ändern Sie diese Stelle von Hand; die "
    "übrigen Hinweise des Felds setzt „--fix“ dann um."
)
CHANGES_YAML = (
    "„pressetool check --fix“ ändert dieses Feld nicht: Mit »{1}« statt »{0}« an seiner Stelle "
    "in der Datei läse YAML die Datei anders. Ändern Sie diese Stelle von Hand; die übrigen "
    "Hinweise des Felds setzt „--fix“ dann um."
)


@pytest.mark.parametrize(
    ("body", "line", "said"),
    [
        (">\n  Ein Satz\n  , und weiter.\n", 12, NOT_IN_FILE.format(" ,", ",")),
        ("Ein Satz\n  , und weiter.\n", 11, NOT_IN_FILE.format(" ,", ",")),
        ("|\n  Heute 9\n  -13 Uhr.\n", 11, NOT_IN_FILE.format("9\n-13 Uhr", "9 – 13 Uhr")),
        ('"Heute 9\\\n  -13 Uhr."\n', 10, CHANGES_YAML.format("9-13 Uhr", "9 – 13 Uhr")),
    ],
    ids=["folded", "plain", "literal", "double quotes, escaped line end"],
)
def test_fix_leaves_a_field_alone_that_it_cannot_fix_in_its_place_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, line: int, said: str
) -> None:
    """A space or a line break that YAML makes of a line end has no character in the file
    to change; after an escaped line end in double quotes, YAML drops the space that `9 –`
    would begin the next line with. Such a field is not fixed at all (not its other hints
    either: `Kiez - Leben`), and a hint says so, with the line of the words. Another field
    is fixed."""
    text, _ = with_body(f"body: {body.replace('.', '. Kiez - Leben.')}")
    text = text.replace("title: Veranstaltung „", 'title: Veranstaltung "')
    text = text.replace("kennen“\n", 'kennen"\n')
    path = write_release(tmp_path, "2020/067-test.yaml", text)
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    fixed = text.replace('"Voneinander', "„Voneinander").replace('kennen"\n', "kennen“\n")
    assert path.read_text(encoding="utf-8") == fixed
    assert [line for line in out.splitlines() if line.startswith("Geändert")] == [
        f'Geändert: {path}, Zeile 4, Feld „title“: »"Voneinander wissen in Mitte – JobCenter '
        'und Nachbarschaftseinrichtungen lernen sich kennen"« → »„Voneinander wissen in Mitte '
        "– JobCenter und Nachbarschaftseinrichtungen lernen sich kennen“«"
    ]
    assert f"Hinweis: {path}, Zeile {line}, Feld „body“: {said}\n" in out
    assert out.splitlines()[-1] == "1 Datei geprüft: keine Fehler, 3 Hinweise."


@pytest.mark.parametrize(
    ("written", "fixed", "change"),
    [
        ("'Ephraim ''Eppi'' Gothe'", "'Ephraim ‚Eppi‘ Gothe'", "»'Eppi'« → »‚Eppi‘«"),
        ('"Ephraim \\"Eppi\\" Gothe"', '"Ephraim „Eppi“ Gothe"', '»"Eppi"« → »„Eppi“«'),
        ('"Ephraim \\x22Eppi\\u0022 Gothe"', '"Ephraim „Eppi“ Gothe"', '»"Eppi"« → »„Eppi“«'),
    ],
    ids=["single quotes", "double quotes", "code"],
)
def test_fix_writes_the_quote_for_its_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, fixed: str, change: str
) -> None:
    """In quotes `''` (`\\"`, `\\x22`) is one quote: the fix replaces the whole escape."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    text = text.replace("name: Ephraim Gothe\nbody", f"name: {written}\nbody")
    path = write_release(tmp_path, "2020/067-test.yaml", text)
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    assert path.read_text(encoding="utf-8") == text.replace(written, fixed)
    assert f"Geändert: {path}, Zeile 9, Feld „issuer.name“: {change}\n" in out


def test_fix_writes_a_phone_number_where_it_stands_in_its_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The number without the spaces around it is the hint's; the spaces stay."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    text = text.replace("phone: (030) 9018-42390}", 'phone: " 030/9018-42390 "}')
    path = write_release(tmp_path, "2020/067-test.yaml", text)
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    assert path.read_text(encoding="utf-8") == text.replace(
        '" 030/9018-42390 "', '" (030) 9018-42390 "'
    )
    assert (
        f"Geändert: {path}, Zeile 51, Feld „contacts[1].phone“: »030/9018-42390« → "
        "»(030) 9018-42390«"
    ) in out


def test_fix_removes_the_space_written_before_a_line_end_that_yaml_folds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a folded text a space at the end of a line and the line end (a space too) are a
    double space: the space the file has goes, and the lines stay."""
    text, _ = with_body("body: >\n  Ein Satz \n  und noch einer.\n")
    path = write_release(tmp_path, "2020/067-test.yaml", text)
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    assert path.read_text(encoding="utf-8") == text.replace("Satz \n", "Satz\n")
    assert f"Geändert: {path}, Zeile 11, Feld „body“: »Satz  und« → »Satz und«" in out


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"], ids=["no-break", "narrow no-break"])
def test_fix_keeps_the_no_break_spaces_around_what_it_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], space: str
) -> None:
    """A suggestion shows its spaces as plain ones; the fix changes the hyphen only."""
    text, _ = with_body(f"body: |\n  Geöffnet 9{space}-{space}13 Uhr.\n")
    path = write_release(tmp_path, "2020/067-test.yaml", text)
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    assert path.read_text(encoding="utf-8") == text.replace(f"{space}-{space}", f"{space}–{space}")
    assert out.count("Geändert") == 1


def test_fix_keeps_a_byte_order_mark_inside_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """YAML is read without the marks that joined files leave inside: the fixes stand where
    their words are in the file all the same, and the marks stay."""
    text, _ = with_body('body: >\n  \ufeffDas "Fest" und\n  \ufeffKiez - Leben.\n')
    path = write_release(tmp_path, "2020/067-test.yaml", "\ufeff" + text)
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    fixed = text.replace('"Fest"', "„Fest“").replace("Kiez - ", "Kiez – ")
    assert path.read_text(encoding="utf-8") == "\ufeff" + fixed
    assert out.count("Geändert") == 2


def test_a_value_whose_places_are_not_known_is_named_at_its_key_and_not_fixed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the characters of a value cannot be followed to the file (YAML read a text
    that `scalar_source` does not give), the hints name the key's line and `--fix`
    guesses nothing."""
    monkeypatch.setattr(yaml_source, "places", lambda source, value: None)
    text, key_line = with_body("body: >\n  Erste Zeile.\n  Kiez - Leben.\n")
    path = write_release(tmp_path, "2020/067-test.yaml", text)
    status, out, err = run_main(capsys, "check", "--fix", str(path))
    assert (status, err) == (0, ""), out
    assert path.read_text(encoding="utf-8") == text
    assert out.splitlines() == [
        f"Hinweis: {path}, Zeile {key_line}, Feld „body“: Bindestrich statt Gedankenstrich. "
        "Schreiben Sie » – « statt » - «",
        f"Hinweis: {path}, Zeile {key_line}, Feld „body“: " + NOT_IN_FILE.format(" - ", " – "),
        "1 Datei geprüft: keine Fehler, 2 Hinweise.",
    ]


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
