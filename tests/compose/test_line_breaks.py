"""German line-break rules (issue 13): what no line break may divide."""

from __future__ import annotations

import pytest

from pressetool.compose.german import (
    NBSP,
    NNBSP,
    headline_tail,
    keep_together,
    link_target,
    unbreakable_spans,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seydelstr. 2-5, 10551 Berlin statt", f"Seydelstr.{NBSP}2-5, 10551{NBSP}Berlin statt"),
        ("in der Str. 78 (Nr. 5)", f"in der Str.{NBSP}78 (Nr.{NBSP}5)"),
        ("Karl-Marx-Straße 78, Hauptstr. 1", f"Karl-Marx-Straße{NBSP}78, Hauptstr.{NBSP}1"),
        # the parts of an abbreviation: a narrow no-break space, as the Lektorat wants
        (
            "z. B. hier, u. a. dort, d. h. so, i. d. R. oft, s. u. und o. ä.",
            f"z.{NNBSP}B. hier, u.{NNBSP}a. dort, d.{NNBSP}h. so, i.{NNBSP}d.{NNBSP}R. oft, "
            f"s.{NNBSP}u. und o.{NNBSP}ä.",
        ),
        ("z.B. und i.d. R. wie geschrieben", f"z.B. und i.d.{NNBSP}R. wie geschrieben"),
        ("Haus u. Hof, Ei d. Tages", "Haus u. Hof, Ei d. Tages"),
        ("am 11. März 2020", f"am 11.{NBSP}März{NBSP}2020"),
        ("Nr. 067/2020 vom", f"Nr.{NBSP}067/2020 vom"),
        ("von 9 – 13 Uhr", f"von 9{NBSP}–{NBSP}13{NBSP}Uhr"),
        ("um 9:30 Uhr", f"um 9:30{NBSP}Uhr"),
        ("Tel.: (030) 9018-42390", f"Tel.:{NBSP}(030){NBSP}9018-42390"),
        ("E-Mail: a@b.de", f"E-Mail:{NBSP}a@b.de"),
        ("19 Nachbarschaftseinrichtungen", "19 Nachbarschaftseinrichtungen"),
        ("die Tafel e.V., das Haus", f"die Tafel{NBSP}e.V., das Haus"),
        ("die Tafel e. V. und", f"die Tafel{NBSP}e.{NBSP}V. und"),
        ("Tee. Vorher", "Tee. Vorher"),
        ("mit 10.000 € und 20 % auf 5 km", f"mit 10.000{NBSP}€ und 20{NBSP}% auf 5{NBSP}km"),
        ("je 12,5 m² und 3 Mio. Euro", f"je 12,5{NBSP}m² und 3{NBSP}Mio. Euro"),
        ("nach § 5 Abs. 2 Nr. 5 und §§ 3", f"nach §{NBSP}5 Abs.{NBSP}2 Nr.{NBSP}5 und §§{NBSP}3"),
        # a title never ends a line: the name's first word stays with it
        ("Prof. Dr. Anna Beispiel", f"Prof.{NBSP}Dr.{NBSP}Anna Beispiel"),
        (
            "Dr. h. c. Max und Dr. med. Eva",
            f"Dr.{NBSP}h.{NBSP}c.{NBSP}Max und Dr.{NBSP}med.{NBSP}Eva",
        ),
        ("Dr. rer. nat. Kim", f"Dr.{NBSP}rer.{NBSP}nat.{NBSP}Kim"),
        ("ist Dr. med. und", f"ist Dr.{NBSP}med. und"),
        ("9–13 Uhr und 11.–13. März", f"9–13{NBSP}Uhr und 11.–13.{NBSP}März"),
        ("ab 5 mal 2 Tagen, Abs. b", "ab 5 mal 2 Tagen, Abs. b"),
        ("zu 20 Mitgliedern und 3 tollen", "zu 20 Mitgliedern und 3 tollen"),
    ],
)
def test_keep_together(text: str, expected: str) -> None:
    assert keep_together(text) == expected


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Kiezfest im Wedding", "im Wedding"),
        ("Runder Tisch „Saubere Kieze“", "„Saubere Kieze“"),
        ("Ein Fest für alle Nachbarschaftseinrichtungen", None),
        ("Kiezfest", None),
    ],
)
def test_a_headline_keeps_a_short_last_word_with_the_one_before(
    text: str, tail: str | None
) -> None:
    start = headline_tail(text)
    assert (text[start:] if start is not None else None) == tail


def test_unbreakable_spans_and_their_links() -> None:
    text = keep_together(
        "Petra Patz-Drüke, Tel.: (030) 9018-42390, E-Mail: petra.patz-drueke@ba-mitte.berlin.de, "
        "siehe www.berlin.de/ba-mitte."
    )
    found = [(text[a:b], kind) for a, b, kind in unbreakable_spans(text)]
    assert found == [
        (f"(030){NBSP}9018-42390", "phone"),
        ("E-Mail", "word"),
        ("petra.patz-drueke@ba-mitte.berlin.de", "email"),
        ("www.berlin.de/ba-mitte", "url"),
    ]
    assert link_target("a@b.de", "email") == "mailto:a@b.de"
    assert link_target("www.berlin.de", "url") == "https://www.berlin.de"
    assert link_target("http://x.de", "url") == "http://x.de"
    assert link_target("(030) 1", "phone") is None


@pytest.mark.parametrize("text", ["x@y.dex1", "a" * 300 + "@b", "mail@@x.de"])
def test_no_e_mail_address_inside_a_longer_word(text: str) -> None:
    assert [kind for _start, _end, kind in unbreakable_spans(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Seite ‚www.berlin.de/kiez‘ ist neu.", [("www.berlin.de/kiez", "url")]),
        (
            "„https://berlin.de/a“, »www.x.de/b«",
            [("https://berlin.de/a", "url"), ("www.x.de/b", "url")],
        ),
        (
            "Siehe https://de.wikipedia.org/wiki/Pankow_(Bezirk).",
            [("https://de.wikipedia.org/wiki/Pankow_(Bezirk)", "url")],
        ),
        ("(siehe www.berlin.de/ba-pankow)", [("www.berlin.de/ba-pankow", "url")]),
        ("Wo? www.berlin.de/wo?q=1&x=b%C3%A4!", [("www.berlin.de/wo?q=1&x=b%C3%A4", "url")]),
        ("Siehe www.x.de/a, www.x.de/b; www.x.de/c:", [(f"www.x.de/{c}", "url") for c in "abc"]),
        ("Nur www. und https:// allein", []),
        ("von 9 – 13 Uhr", [("9 – 13 Uhr", "range")]),
        (f"von 11{NBSP}–{NBSP}12:30{NBSP}Uhr", [(f"11{NBSP}–{NBSP}12:30{NBSP}Uhr", "range")]),
        ("von 9–13 Uhr, 9:30-12 Uhr", [("9–13 Uhr", "range"), ("9:30-12 Uhr", "range")]),
        ("am 11.–13. März 2020", [("11.–13. März 2020", "range")]),
        ("vom 11.3.–13.3.2020 an", [("11.3.–13.3.2020", "range")]),
        ("Seydelstr. 2-5, am 27.6.2018, 9 – 13 Personen", [("2-5", "numbers")]),
        ("für 10-12-Jährige, am 2020-03-02", []),
    ],
)
def test_links_and_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    """A closing quotation mark and the sentence's last mark end an address, a closing
    parenthesis belongs to it when it opened one; a time or date range is one stretch."""
    assert [(text[a:b], kind) for a, b, kind in unbreakable_spans(text)] == expected
