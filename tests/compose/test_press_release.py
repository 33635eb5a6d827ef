"""The press release text, block by block, per spec/press-release-text.md."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from pressetool.compose.event import compose_event, event_paragraph
from pressetool.compose.press_release import BlockKind, compose_press_release
from pressetool.models import (
    Article,
    Contact,
    Correction,
    Embargo,
    Event,
    Issuer,
    Organisation,
    Release,
    ReleaseNumber,
    Status,
    Venue,
    Withdrawal,
)
from pressetool.office import Config, HouseStyle
from pressetool.reading.release_reader import read_release
from tests.readback import REFERENCE_RELEASE, fold, reference_paragraphs

VENUE_DAS = Venue(Article.DAS, "JobCenter Mitte", "Seydelstr. 2-5", "10117", "Berlin")
VENUE_DIE = Venue(Article.DIE, "Begegnungsstätte", "Torstr. 1", "10119", "Berlin")
HOST = Organisation(Article.DAS, "Bezirksamt Mitte")
HOST_DIE = Organisation(Article.DIE, "Volkshochschule Mitte")
KREATIVHAUS = Organisation(Article.DAS, "Kreativhaus")
TREFF = Organisation(Article.DER, "Nachbarschaftstreff")
STAETTE = Organisation(Article.DIE, "Begegnungsstätte „Mehr Mitte“")


def event(**changes: object) -> Event:
    base = Event("Kiezfest", dt.date(2020, 3, 11), dt.time(9), VENUE_DAS, dt.time(13))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("the_event", "style", "expected"),
    [
        (
            event(),
            HouseStyle.BEZIRKSAMT,
            "Die Veranstaltung „Kiezfest“ findet am 11.3.2020 von 9 – 13 Uhr im JobCenter Mitte, "
            "Seydelstr. 2-5, 10117 Berlin statt.",
        ),
        (
            event(),
            HouseStyle.DIN5008,
            "Die Veranstaltung „Kiezfest“ findet am 11.03.2020 von 9–13 Uhr im JobCenter Mitte, "
            "Seydelstr. 2-5, 10117 Berlin statt.",
        ),
        (
            event(end=None, start=dt.time(9, 30), venue=VENUE_DIE),
            HouseStyle.BEZIRKSAMT,
            "Die Veranstaltung „Kiezfest“ findet am 11.3.2020 um 9:30 Uhr in der Begegnungsstätte, "
            "Torstr. 1, 10119 Berlin statt.",
        ),
        (
            event(participants=(KREATIVHAUS,)),
            HouseStyle.BEZIRKSAMT,
            "Die Veranstaltung „Kiezfest“ findet am 11.3.2020 von 9 – 13 Uhr im JobCenter Mitte, "
            "Seydelstr. 2-5, 10117 Berlin statt. Teilnehmende sind das Kreativhaus.",
        ),
        (
            event(hosts=(HOST,), participants=(KREATIVHAUS, TREFF, STAETTE)),
            HouseStyle.BEZIRKSAMT,
            "Die Veranstaltung „Kiezfest“ findet am 11.3.2020 von 9 – 13 Uhr im JobCenter Mitte, "
            "Seydelstr. 2-5, 10117 Berlin statt. Teilnehmende sind neben dem Bezirksamt Mitte "
            "das Kreativhaus, der Nachbarschaftstreff und die Begegnungsstätte „Mehr Mitte“.",
        ),
        (
            event(hosts=(HOST, HOST_DIE), participants=(TREFF,)),
            HouseStyle.BEZIRKSAMT,
            "Die Veranstaltung „Kiezfest“ findet am 11.3.2020 von 9 – 13 Uhr im JobCenter Mitte, "
            "Seydelstr. 2-5, 10117 Berlin statt. Teilnehmende sind neben dem Bezirksamt Mitte "
            "und der Volkshochschule Mitte der Nachbarschaftstreff.",
        ),
        (
            event(hosts=(HOST,)),
            HouseStyle.BEZIRKSAMT,
            "Die Veranstaltung „Kiezfest“ findet am 11.3.2020 von 9 – 13 Uhr im JobCenter Mitte, "
            "Seydelstr. 2-5, 10117 Berlin statt.",
        ),
    ],
)
def test_event_paragraph(the_event: Event, style: HouseStyle, expected: str) -> None:
    assert fold(event_paragraph(compose_event(the_event, style))) == expected


def release(**changes: object) -> Release:
    base = Release(
        source=Path("releases/2026/001-test.yaml"),
        number=1,
        date=dt.date(2026, 3, 2),
        title="Kiezfest im Wedding",
        issuer=Issuer(Article.DAS, "Bezirksamt Mitte"),
        body=("Erster Absatz.", "Zweiter Absatz."),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("the_release", "expected"),
    [
        (
            release(),
            [
                "Kiezfest im Wedding",
                "Pressemitteilung Nr. 001/2026 vom 02.03.2026",
                "Das Bezirksamt Mitte informiert:",
                "Erster Absatz.",
                "Zweiter Absatz.",
            ],
        ),
        (
            release(number=1234, embargo=Embargo(dt.date(2026, 3, 2), dt.time(10))),
            [
                "Sperrfrist: 02.03.2026, 10 Uhr",
                "Kiezfest im Wedding",
                "Pressemitteilung Nr. 1234/2026 vom 02.03.2026",
                "Das Bezirksamt Mitte informiert:",
                "Erster Absatz.",
                "Zweiter Absatz.",
            ],
        ),
        (
            release(
                status=Status.WITHDRAWN,
                withdrawal=Withdrawal(dt.date(2026, 3, 5), "Die Veranstaltung fällt aus."),
                correction_of=Correction(ReleaseNumber(67, 2020), dt.date(2020, 3, 2)),
                contacts=(Contact("Kim Berg", "Bezirksamt Mitte", None, "030 1"),),
                media_contact=(Contact("Ina Roth", None, "Pressesprecherin", None, "p@x.de"),),
            ),
            [
                "Zurückgezogen am 05.03.2026: Die Veranstaltung fällt aus.",
                "Berichtigung zur Pressemitteilung Nr. 067/2020 vom 02.03.2020",
                "Kiezfest im Wedding",
                "Pressemitteilung Nr. 001/2026 vom 02.03.2026",
                "Das Bezirksamt Mitte informiert:",
                "Erster Absatz.",
                "Zweiter Absatz.",
                "Nähere Informationen: Bezirksamt Mitte, Kim Berg, Tel.: 030 1",
                "Medienkontakt: Pressesprecherin Ina Roth, E-Mail: p@x.de",
            ],
        ),
        (
            release(status=Status.WITHDRAWN),
            [
                "Zurückgezogen: Diese Pressemitteilung gilt nicht mehr.",
                "Kiezfest im Wedding",
                "Pressemitteilung Nr. 001/2026 vom 02.03.2026",
                "Das Bezirksamt Mitte informiert:",
                "Erster Absatz.",
                "Zweiter Absatz.",
            ],
        ),
    ],
)
def test_blocks_in_order(the_release: Release, expected: list[str]) -> None:
    content = compose_press_release(the_release, Config())
    assert [fold(block.text) for block in content.blocks] == expected


def test_reference_release_reads_exactly_like_the_reference() -> None:
    content = compose_press_release(read_release(REFERENCE_RELEASE), Config())
    assert [fold(b.text) for b in content.blocks] == [fold(p) for p in reference_paragraphs()]
    assert content.blocks[0].kind is BlockKind.TITLE
