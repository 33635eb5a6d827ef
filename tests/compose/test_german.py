"""The German wording rules, one table per rule."""

from __future__ import annotations

import datetime as dt

import pytest

from pressetool.compose.german import (
    NBSP,
    contact_line,
    dative_phrase,
    format_clock,
    format_date_numeric,
    format_date_with_weekday,
    format_event_date,
    format_time_phrase,
    in_with_article,
    issuer_line,
    join_german_list,
    nominative_phrase,
    quoted,
    sentence,
)
from pressetool.models import Article, Contact, Issuer, Organisation
from pressetool.office import HouseStyle

BA = HouseStyle.BEZIRKSAMT
DIN = HouseStyle.DIN5008


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


@pytest.mark.parametrize(
    ("day", "style", "expected"),
    [
        (dt.date(2020, 3, 11), BA, "11.3.2020"),
        (dt.date(2020, 3, 11), DIN, "11.03.2020"),
        (dt.date(2026, 12, 1), BA, "1.12.2026"),
        (dt.date(2026, 12, 1), DIN, "01.12.2026"),
    ],
)
def test_event_date_follows_house_style(day: dt.date, style: HouseStyle, expected: str) -> None:
    assert format_event_date(day, style) == expected


@pytest.mark.parametrize(
    ("day", "numeric", "with_weekday"),
    [
        (dt.date(2020, 3, 2), "02.03.2020", "Montag, 2. März 2020"),
        (dt.date(2020, 3, 11), "11.03.2020", "Mittwoch, 11. März 2020"),
        (dt.date(2026, 2, 28), "28.02.2026", "Samstag, 28. Februar 2026"),
        (dt.date(1900, 1, 1), "01.01.1900", "Montag, 1. Januar 1900"),
        (dt.date(2024, 4, 30), "30.04.2024", "Dienstag, 30. April 2024"),
        (dt.date(2025, 5, 1), "01.05.2025", "Donnerstag, 1. Mai 2025"),
        (dt.date(2025, 6, 13), "13.06.2025", "Freitag, 13. Juni 2025"),
        (dt.date(2025, 7, 6), "06.07.2025", "Sonntag, 6. Juli 2025"),
        (dt.date(2025, 8, 5), "05.08.2025", "Dienstag, 5. August 2025"),
        (dt.date(2025, 9, 10), "10.09.2025", "Mittwoch, 10. September 2025"),
        (dt.date(2025, 10, 3), "03.10.2025", "Freitag, 3. Oktober 2025"),
        (dt.date(2025, 11, 9), "09.11.2025", "Sonntag, 9. November 2025"),
        (dt.date(2999, 12, 31), "31.12.2999", "Dienstag, 31. Dezember 2999"),
    ],
)
def test_dates(day: dt.date, numeric: str, with_weekday: str) -> None:
    assert format_date_numeric(day) == numeric
    assert format_date_with_weekday(day) == with_weekday


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        (dt.time(9, 0), "9"),
        (dt.time(9, 30), "9:30"),
        (dt.time(13, 5), "13:05"),
        (dt.time(0, 0), "0"),
    ],
)
def test_full_hours_print_as_the_hour_alone(time: dt.time, expected: str) -> None:
    assert format_clock(time) == expected


@pytest.mark.parametrize(
    ("start", "end", "style", "expected"),
    [
        (dt.time(9), dt.time(13), BA, "von 9 – 13 Uhr"),
        (dt.time(9, 30), dt.time(13), BA, "von 9:30 – 13 Uhr"),
        # DIN 5008 and Duden: `von` asks for `bis` (Bezirksamt keeps the reference's dash)
        (dt.time(9), dt.time(13), DIN, "von 9 bis 13 Uhr"),
        (dt.time(10, 30), dt.time(18), DIN, "von 10:30 bis 18 Uhr"),
        (dt.time(20), dt.time(0), DIN, "von 20 bis 24 Uhr"),
        (dt.time(9), None, BA, "um 9 Uhr"),
        (dt.time(18, 15), None, DIN, "um 18:15 Uhr"),
    ],
)
def test_time_phrase(start: dt.time, end: dt.time | None, style: HouseStyle, expected: str) -> None:
    phrase = format_time_phrase(start, end, style)
    assert plain(phrase) == expected
    assert f"{NBSP}Uhr" in phrase


@pytest.mark.parametrize(
    ("items", "expected"),
    [([], ""), (["A"], "A"), (["A", "B"], "A und B"), (["A", "B", "C"], "A, B und C")],
)
def test_join_german_list(items: list[str], expected: str) -> None:
    assert join_german_list(items) == expected


@pytest.mark.parametrize(
    ("article", "name", "nominative", "dative"),
    [
        (Article.DIE, "Die Tafel e.V.", "die Tafel e.V.", "der Tafel e.V."),
        (Article.DER, "der Kiezladen", "der Kiezladen", "dem Kiezladen"),
        (Article.DAS, "DAS Haus", "das Haus", "dem Haus"),
        (Article.DIE, "Der Kiezladen", "die Der Kiezladen", "der Der Kiezladen"),
        (Article.DIE, "Die", "die Die", "der Die"),
        (Article.DAS, "Dasein e.V.", "das Dasein e.V.", "dem Dasein e.V."),
    ],
)
def test_a_name_that_begins_with_its_article_gets_it_once(
    article: Article, name: str, nominative: str, dative: str
) -> None:
    organisation = Organisation(article, name)
    assert (nominative_phrase(organisation), dative_phrase(organisation)) == (nominative, dative)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fest im Kiez", "„Fest im Kiez“"),
        ("Fest im „Kiez“ – für alle", "„Fest im ‚Kiez‘ – für alle“"),
        ("„Fest im Kiez“", "„Fest im Kiez“"),
        ("„Kiez“ und „Fest“", "„‚Kiez‘ und ‚Fest‘“"),
    ],
)
def test_quoted_titles_quote_their_own_quotes_by_half(text: str, expected: str) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teilnehmende sind die Tafel e.V.", "Teilnehmende sind die Tafel e.V."),
        ("Es gilt", "Es gilt."),
    ],
)
def test_a_sentence_ends_with_one_full_stop(text: str, expected: str) -> None:
    assert sentence(text) == expected


@pytest.mark.parametrize(
    ("article", "nominative", "dative", "preposition"),
    [
        (Article.DER, "der Treff", "dem Treff", "im"),
        (Article.DAS, "das Treff", "dem Treff", "im"),
        (Article.DIE, "die Treff", "der Treff", "in der"),
    ],
)
def test_articles(article: Article, nominative: str, dative: str, preposition: str) -> None:
    organisation = Organisation(article, "Treff")
    assert nominative_phrase(organisation) == nominative
    assert dative_phrase(organisation) == dative
    assert in_with_article(article) == preposition


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        (
            Issuer(
                Article.DER,
                "Bezirksstadtrat",
                "Stadtentwicklung, Soziales und Gesundheit",
                "Ephraim Gothe",
            ),
            "Der Bezirksstadtrat für Stadtentwicklung, Soziales und Gesundheit, Ephraim Gothe, "
            "informiert:",
        ),
        (
            Issuer(Article.DIE, "Bezirksbürgermeisterin", None, "Stefanie Remlinger"),
            "Die Bezirksbürgermeisterin, Stefanie Remlinger, informiert:",
        ),
        (Issuer(Article.DAS, "Bezirksamt Mitte"), "Das Bezirksamt Mitte informiert:"),
        (
            Issuer(Article.DIE, "Bezirksstadträtin", "Jugend"),
            "Die Bezirksstadträtin für Jugend informiert:",
        ),
    ],
)
def test_issuer_line(issuer: Issuer, expected: str) -> None:
    assert issuer_line(issuer) == expected


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (
            Contact("Petra Patz-Drüke", "Bezirksamt Mitte", None, "(030) 9018-42390"),
            "Bezirksamt Mitte, Petra Patz-Drüke, Tel.: (030) 9018-42390",
        ),
        (
            Contact("Ephraim Gothe", "Bezirksamt Mitte", "Bezirksstadtrat", "(030) 9018-44600"),
            "Bezirksamt Mitte, Bezirksstadtrat Ephraim Gothe, Tel.: (030) 9018-44600",
        ),
        (
            Contact("Kim Berg", "Bezirksamt Mitte", None, "030 1", "kim.berg@ba-mitte.berlin.de"),
            "Bezirksamt Mitte, Kim Berg, Tel.: 030 1, E-Mail: kim.berg@ba-mitte.berlin.de",
        ),
        (
            Contact("Kim Berg", None, None, None, "kim@example.org"),
            "Kim Berg, E-Mail: kim@example.org",
        ),
    ],
)
def test_contact_line(contact: Contact, expected: str) -> None:
    assert plain(contact_line(contact)) == expected


@pytest.mark.parametrize(
    ("article", "name", "dative"),
    [
        (Article.DAS, "Deutsche Rote Kreuz", "dem Deutschen Roten Kreuz"),
        (Article.DIE, "Freiwillige Feuerwehr Pankow", "der Freiwilligen Feuerwehr Pankow"),
        (Article.DIE, "Alte Feuerwache", "der Alten Feuerwache"),
        (Article.DAS, "Deutsche Historische Museum", "dem Deutschen Historischen Museum"),
        (
            Article.DIE,
            "Evangelische Kirchengemeinde Wedding",
            "der Evangelischen Kirchengemeinde Wedding",
        ),
        # nouns ending in -e, names without adjectives and indeclinable ones stay
        (Article.DIE, "Feuerwache Mitte", "der Feuerwache Mitte"),
        (Article.DIE, "Schule am Park", "der Schule am Park"),
        (Article.DIE, "Berliner Stadtmission", "der Berliner Stadtmission"),
        (Article.DAS, "Kreativhaus", "dem Kreativhaus"),
        (
            Article.DER,
            "Nachbarschaftstreff Olof-Palme-Zentrum",
            "dem Nachbarschaftstreff Olof-Palme-Zentrum",
        ),
        (Article.DIE, "Begegnungsstätte „Mehr Mitte“", "der Begegnungsstätte „Mehr Mitte“"),
        # a name as it stands without article (strong ending) and present participles
        (Article.DAS, "Deutsches Theater", "dem Deutschen Theater"),
        (Article.DER, "Deutscher Bühnenverein", "dem Deutschen Bühnenverein"),
        (Article.DAS, "Deutsches Historisches Museum", "dem Deutschen Historischen Museum"),
        (Article.DER, "Offener Kanal", "dem Offenen Kanal"),
        (Article.DER, "Regierende Bürgermeister", "dem Regierenden Bürgermeister"),
        (Article.DIE, "Ostdeutsche Sparkassenstiftung", "der Ostdeutschen Sparkassenstiftung"),
        # nouns that look like one stay
        (Article.DER, "Sender Freies Berlin", "dem Sender Freies Berlin"),
        (Article.DER, "Fischer Verlag", "dem Fischer Verlag"),
        (Article.DER, "Geiger Chor", "dem Geiger Chor"),
        (Article.DAS, "Wochenende Festival", "dem Wochenende Festival"),
        # a place's adjective in -er never changes
        (Article.DER, "Leipziger Platz", "dem Leipziger Platz"),
        (Article.DIE, "Danziger Straße 50", "der Danziger Straße 50"),
        (Article.DIE, "Berliner Stadtmission", "der Berliner Stadtmission"),
        # the spaces as written: two, or a no-break space
        (Article.DIE, "Evangelische  Kirche", "der Evangelischen  Kirche"),
        (Article.DIE, "Evangelische\u00a0Kirche", "der Evangelischen\u00a0Kirche"),
    ],
)
def test_adjectives_of_a_name_take_the_dative(article: Article, name: str, dative: str) -> None:
    """`neben dem Deutschen Roten Kreuz`, `im Deutschen Historischen Museum`."""
    assert dative_phrase(Organisation(article, name)) == dative


@pytest.mark.parametrize(
    ("article", "name", "nominative"),
    [
        (Article.DAS, "Deutsches Theater", "das Deutsche Theater"),
        (Article.DAS, "Deutsches Historisches Museum", "das Deutsche Historische Museum"),
        (Article.DER, "Deutscher Bühnenverein", "der Deutsche Bühnenverein"),
        (Article.DAS, "Neues Museum", "das Neue Museum"),
        (Article.DAS, "Deutsche Rote Kreuz", "das Deutsche Rote Kreuz"),
        (Article.DER, "Regierende Bürgermeister", "der Regierende Bürgermeister"),
        (Article.DER, "Sender Freies Berlin", "der Sender Freies Berlin"),
        (Article.DIE, "Die Arche", "die Arche"),
        (Article.DIE, "Danziger Straße 50", "die Danziger Straße 50"),
    ],
)
def test_adjectives_of_a_name_follow_the_article(
    article: Article, name: str, nominative: str
) -> None:
    """`Teilnehmende sind … das Deutsche Theater`: the article asks for the weak form."""
    assert nominative_phrase(Organisation(article, name)) == nominative
