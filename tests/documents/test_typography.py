"""Typography hints of `pressetool check`, one row per rule and house style."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressetool.compose.german import NBSP, NNBSP
from pressetool.documents.typography import (
    LEKTORAT_RULES,
    Hint,
    changes,
    comments_that_cut_a_text,
    lint_release_tree,
    phone_in_house_style,
    straight_quotes,
    touches,
)
from pressetool.messages import Code
from pressetool.office import HouseStyle
from pressetool.reading.yaml_source import load_located_yaml
from pressetool.render.fontconfig import InstalledCharacters
from tests.builders import TEXT_STYLES, text_field

BA = HouseStyle.BEZIRKSAMT
DIN = HouseStyle.DIN5008


def hints(tmp_path: Path, yaml_text: str, style: HouseStyle) -> list[tuple[str, str, int, str]]:
    path = tmp_path / "001-test.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    tree = load_located_yaml(path, [])
    assert tree is not None
    return [
        (p.code, p.field or "", p.line or 0, str(p.params["suggestion"]))
        for p in lint_release_tree(tree, path, style)
    ]


@pytest.mark.parametrize(
    ("yaml_text", "style", "expected"),
    [
        ('title: Das "Kiezfest" beginnt\n', BA, [("straight_quotes", "title", 1, "„Kiezfest“")]),
        # a quote without its partner: opening before a word, closing after one
        ('title: Das „Fest" im Park\n', BA, [("straight_quotes", "title", 1, "“")]),
        ('body: Das "Fest im Park.\n', BA, [("straight_quotes", "body", 1, "„")]),
        (
            "body: |\n  Erste Zeile.\n  Heute 9-13 Uhr offen.\n",
            BA,
            [("hyphen_as_range_dash", "body", 3, "9 – 13 Uhr")],
        ),
        (
            "body: Heute 9:30 - 13 Uhr offen.\n",
            DIN,
            [("hyphen_as_range_dash", "body", 1, "9:30–13 Uhr")],
        ),
        ("body: Um 9–13 Uhr offen.\n", BA, [("time_range_house_style", "body", 1, "9 – 13 Uhr")]),
        ("body: Um 9 – 13 Uhr offen.\n", DIN, [("time_range_house_style", "body", 1, "9–13 Uhr")]),
        ("body: Heute 9 – 13 Uhr offen.\n", BA, []),
        # `von` with a dash: one hint, the whole time (not also `30–18 Uhr`)
        (
            "body: Offen von 10:30 – 18 Uhr.\n",
            DIN,
            [("from_with_dash", "body", 1, "von 10:30 bis 18 Uhr")],
        ),
        (
            "body: Offen von 10:30 - 18 Uhr.\n",
            BA,
            [("from_with_dash", "body", 1, "von 10:30 bis 18 Uhr")],
        ),
        (
            "body: Offen 10.30 – 18 Uhr.\n",
            DIN,
            [("time_range_house_style", "body", 1, "10:30–18 Uhr")],
        ),
        # each time as the documents write it: no `:00`, no leading zero, a colon
        ("body: Offen 9:00-13:00 Uhr.\n", BA, [("hyphen_as_range_dash", "body", 1, "9 – 13 Uhr")]),
        (
            "body: Offen 9.30 - 13 Uhr.\n",
            BA,
            [("hyphen_as_range_dash", "body", 1, "9:30 – 13 Uhr")],
        ),
        (
            "body: Offen 09:00 – 13:00 Uhr.\n",
            BA,
            [("time_range_house_style", "body", 1, "9 – 13 Uhr")],
        ),
        # a spaced hyphen between numbers is a range too
        (
            "body: Die Jahre 2020 - 2025.\n",
            BA,
            [("hyphen_as_range_dash", "body", 1, "2020 – 2025")],
        ),
        ("body: Von 2020 - 2025.\n", BA, []),  # `von … bis`, not a dash: not guessed
        ("body: Es dauert 3 - 4 Wochen.\n", DIN, [("hyphen_as_range_dash", "body", 1, "3–4")]),
        ("body: Für 10 - 12-Jährige.\n", BA, [("hyphen_as_range_dash", "body", 1, "10 – 12")]),
        ("body: Tel. 9018-42390, Seydelstr. 2-5, 2020-2025\n", BA, []),
        # a phone number, a file reference, a sum: no range
        ('body: "Tel.: 030 9018 - 42390, Az. 12 - 345/2020, 5 - 3 = 2"\n', BA, []),
        ("body: Beginn 9Uhr.\n", BA, [("missing_space_before_unit", "body", 1, "9 Uhr")]),
        ("body: Beginn  um 9 Uhr.\n", BA, [("double_space", "body", 1, "Beginn um")]),
        (
            "contacts:\n  - {name: A, phone: 030/9018-42390}\n",
            BA,
            [("phone_house_style", "contacts[1].phone", 2, "(030) 9018-42390")],
        ),
        (
            "contacts:\n  - {name: A, phone: (030) 9018-42390}\n",
            DIN,
            [("phone_house_style", "contacts[1].phone", 2, "030 9018-42390")],
        ),
        ("contacts:\n  - {name: A, phone: (030) 9018-42390}\n", BA, []),
        ("body: Seydelstr. 2-5, „Mehr Mitte“ am 11.3.2020\n", BA, []),
        ("title: “Neue Bänke” im Park\n", BA, [("english_quotes", "title", 1, "„Neue Bänke“")]),
        ("title: Fest im „Kiez“ und “Park”\n", BA, [("english_quotes", "title", 1, "„Park“")]),
        (
            "event:\n  venue:\n    name: Name des Ortes\n",
            BA,
            [("template_example_left", "event.venue.name", 3, "")],
        ),
        (
            "contacts:\n  - {name: A, phone: (030) 9018-00000}\n",
            BA,
            [("template_example_left", "contacts[1].phone", 2, "")],
        ),
        ("event:\n  venue:\n    name: Name des Ortes am See\n", BA, []),
        # a list in one paragraph: its lines would be joined
        (
            "body: |\n  Das Programm:\n  - Führungen um 10 Uhr\n  • Konzert\n\n  - allein\n",
            BA,
            [
                ("list_in_paragraph", "body", 3, "- Führungen um 10 Uhr"),
                ("list_in_paragraph", "body", 4, "• Konzert"),
            ],
        ),
        ("body: |\n  Eröffnung am\n  11. März, dazu\n  – wie immer – Musik.\n", BA, []),
    ],
)
def test_hints(
    tmp_path: Path, yaml_text: str, style: HouseStyle, expected: list[tuple[str, str, int, str]]
) -> None:
    assert hints(tmp_path, yaml_text, style) == expected


ONE_HINT_A_LINE = [
    ('Das "Kiezfest" beginnt.', "straight_quotes", "„Kiezfest“"),
    ("Ein “Fest” im Park.", "english_quotes", "„Fest“"),
    ("Heute 9-13 Uhr offen.", "hyphen_as_range_dash", "9 – 13 Uhr"),
    ("Die Jahre 2020 - 2025 zählen.", "hyphen_as_range_dash", "2020 – 2025"),
    ("Sonst 9–13 Uhr offen.", "time_range_house_style", "9 – 13 Uhr"),
    ("Beginn 9Uhr heute.", "missing_space_before_unit", "9 Uhr"),
    ("Beginn  um neun.", "double_space", "Beginn um"),
    ("Das gilt z.B. hier.", "abbreviation_space", f"z.{NNBSP}B."),
    ("Und dann... weiter.", "three_dots", "…"),
    ("Plus 20% mehr.", "percent_space", f"20{NBSP}%"),
    ("Geöffnet Mo-Fr immer.", "weekday_range", "Mo–Fr"),
    ("Im Wedding's Kiez.", "apostrophe_genitive", "Weddings"),
    ("Sie sagte 'ja' dazu.", "straight_single_quotes", "‚ja‘"),
    ("Ein Satz , und weiter.", "space_before_punctuation", ","),
    ("Kiez - Leben.", "hyphen_as_dash", " – "),
    ("Offen von 10:30 - 18 Uhr.", "from_with_dash", "von 10:30 bis 18 Uhr"),
    ("Im „Haus „Mitte““ heute.", "nested_quotes", "„Haus ‚Mitte‘“"),
    ("Herr Wang 中文 kommt.", "character_without_font", "Wang"),
]
"""A line of a text for each rule, with its hint."""


@pytest.mark.parametrize("style", TEXT_STYLES.values(), ids=TEXT_STYLES.keys())
def test_each_hint_names_the_line_of_its_words_in_every_way_to_write_a_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, style: str
) -> None:
    """However the text is written (`|`, `>`, chomping, an indentation indicator, plain or
    in quotes, lines side by side or in paragraphs), a hint names the line of the file
    where its words stand (a folded text named the lines as if it were kept line by
    line: the line of its key for `>-`, lines further up the more lines it had)."""
    original = InstalledCharacters.has
    monkeypatch.setattr(InstalledCharacters, "has", lambda s, c: c not in "中文" and original(s, c))
    field, lines = text_field("body", [line for line, _, _ in ONE_HINT_A_LINE], style)
    found = sorted(hints(tmp_path, f"title: Test\n{field}", BA), key=lambda hint: hint[2])
    assert found == [
        (code, "body", 2 + line, suggestion)
        for (_, code, suggestion), line in zip(ONE_HINT_A_LINE, lines, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Das "Kiezfest" beginnt', [('"Kiezfest"', "„Kiezfest“", True)]),
        (
            'Der "Runder Tisch "Saubere Kieze"" tagt.',
            [('"Runder Tisch "Saubere Kieze""', "„Runder Tisch ‚Saubere Kieze‘“", True)],
        ),
        (
            '""Mitte" ist" gut, "Bank"-Tag ("neu").',
            [
                ('""Mitte" ist"', "„‚Mitte‘ ist“", True),
                ('"Bank"', "„Bank“", True),
                ('"neu"', "„neu“", True),
            ],
        ),
        # undecidable: one quote each, as a guess for the officer, never for `--fix`
        (
            'Der "Runder Tisch "Saubere Kieze" tagt.',
            [('"', "„", False), ('"', "„", False), ('"', "“", False)],
        ),
        ('Ein "a"b" hier', [('"', "„", False), ('"', "“", False), ('"', "“", False)]),
        (
            '"A "B "C" D" E"',  # a third level
            [('"', "„", False)] * 3 + [('"', "“", False)] * 3,
        ),
        ('Das „Fest" im Park', [('"', "“", False)]),
        ('Ein "Satz\nüber "zwei" Zeilen', [('"', "„", False), ('"zwei"', "„zwei“", True)]),
    ],
)
def test_straight_quotes_nest_or_stay_a_hint(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    """A quote opened inside an open quote is the inner one (‚…‘); where the letters around
    the quotes do not tell which opens and which closes, the hint is not for `--fix`."""
    found = [(h.found, h.suggestion, h.unambiguous) for h in straight_quotes(text, BA)]
    assert found == expected


@pytest.mark.parametrize(
    ("phone", "style", "expected"),
    [
        ("030 9018-42390", BA, "(030) 9018-42390"),
        ("030/901842390", DIN, "030 901842390"),
        ("(030) 5555-456086", DIN, "030 5555-456086"),
        ("+49 30 9018", BA, None),
        ("03090184239", BA, "(030) 90184239"),
        ("0309018-42390", BA, "(030) 9018-42390"),
        ("030-9018-42390", DIN, "030 9018-42390"),
        ("040 1234567", BA, "(040) 1234567"),
        ("0401234567", BA, None),
        ("033203 1234", DIN, "033203 1234"),
        ("01701234567", BA, None),
        ("(０３０) 9018", BA, None),
    ],
)
def test_phone_in_house_style(phone: str, style: HouseStyle, expected: str | None) -> None:
    assert phone_in_house_style(phone, style) == expected


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("title: Kiezfest 🎉\n", [("character_without_font", "title", 1, "Kiezfest")]),
        ("title: 🎉 Kiezfest\n", [("character_without_font", "title", 1, "Kiezfest")]),
        ("body: Sommer🎉fest im Park\n", [("character_without_font", "body", 1, "Sommerfest")]),
        (
            "body: |\n  Erste Zeile.\n  Es kommt Herr Wang 中文.\n",
            [("character_without_font", "body", 3, "Wang.")],
        ),
        ("title: Łódź und Երևան\n", []),  # DejaVu Sans has what Liberation Sans lacks
    ],
)
def test_a_character_no_installed_font_has(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    yaml_text: str,
    expected: list[tuple[str, str, int, str]],
) -> None:
    """The PDF would show an empty box; which characters a machine's fonts have depends on
    the machine: here none has an emoji or Chinese."""
    original = InstalledCharacters.has
    monkeypatch.setattr(
        InstalledCharacters,
        "has",
        lambda self, char: char not in "🎉中文" and original(self, char),
    )
    assert hints(tmp_path, yaml_text, BA) == expected


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        (
            "title: Neue Bänke #Pankow im Park\n",
            [("title", 1, "#Pankow im Park", 'title: "Neue Bänke #Pankow im Park"')],
        ),
        (
            "contacts:\n  - name: Petra Patz #Presse\n",
            [("contacts[1].name", 2, "#Presse", 'name: "Petra Patz #Presse"')],
        ),
        ("title: Neue Bänke   # zum Beispiel ein Titel\n", []),
        ('title: "Neue Bänke #Pankow"\n', []),
        ("body: |\n  Neue Bänke #Pankow\n", []),
    ],
    ids=["hashtag in a title", "in a list entry", "a comment", "quoted", "text block"],
)
def test_a_hash_before_a_word_cuts_the_text_and_is_named(
    tmp_path: Path, yaml_text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    path = tmp_path / "001-test.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    tree = load_located_yaml(path, [])
    assert tree is not None
    found = comments_that_cut_a_text(tree, path)
    assert [(p.field, p.line, p.params["found"], p.params["suggestion"]) for p in found] == expected


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("body: Infos unter https://www.berlin.de/suche.php?q=b%C3%A4nke&x=1\n", []),
        ("body: Siehe www.berlin.de/a...b/z.B./Mo-Fr/9Uhr/9-13Uhr/'x'\n", []),
        ("body: Siehe berlin.de/ba-pankow/%C3%A4 und x.de/a...b\n", []),
        ("body: An Mo-Fr.z.B@berlin.de schreiben.\n", []),
        (
            'body: Siehe "www.berlin.de"  und 20% mehr.\n',
            [
                ("straight_quotes", "body", 1, "„www.berlin.de“"),
                ("double_space", "body", 1, '"www.berlin.de" und'),
                ("percent_space", "body", 1, "20\u00a0%"),
            ],
        ),
    ],
    ids=["percent", "www", "without www", "e-mail", "beside an address"],
)
def test_no_hint_changes_an_address(
    tmp_path: Path, yaml_text: str, expected: list[tuple[str, str, int, str]]
) -> None:
    """A rule's words inside an e-mail or web address are part of the address (a fix
    would leave a dead link); what stands around the address is still named."""
    assert hints(tmp_path, yaml_text, BA) == expected


def test_a_long_run_of_digits_is_no_percentage() -> None:
    """`(\\d+) ?%` tried every digit of a run as its start (19,900 digits: 3 s in `check`);
    a percentage starts where its number starts."""
    digits = "1" * 19_900
    assert [h for r in LEKTORAT_RULES for h in r(digits, HouseStyle.BEZIRKSAMT)] == []
    found = [h.suggestion for r in LEKTORAT_RULES for h in r(f"{digits}%", HouseStyle.BEZIRKSAMT)]
    assert found == [f"{digits}\u00a0%"]


@pytest.mark.parametrize(
    ("found", "suggestion", "count"),
    [
        ('"www.berlin.de ' + "a" * 19_000 + '"', "„www.berlin.de " + "a" * 19_000 + "“", 2),
        ("9-13 Uhr", "9 – 13 Uhr", 1),
        ("Beginn  um", "Beginn um", 1),
    ],
)
def test_what_a_hint_changes_is_found_in_linear_time(
    found: str, suggestion: str, count: int
) -> None:
    """Only what differs is a change (SequenceMatcher over the whole of quotes around
    19,000 letters took 44 s in `check`)."""
    assert len(list(changes(found, suggestion))) == count


def test_quotes_around_an_address_and_a_long_text_do_not_touch_it() -> None:
    text = "www.berlin.de " + "a" * 19_000
    hint = Hint(Code.STRAIGHT_QUOTES, 0, f'"{text}"', f"„{text}“")
    assert not touches(hint, [(1, len("www.berlin.de") + 1)])
