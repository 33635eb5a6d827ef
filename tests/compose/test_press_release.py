"""The press release text, block by block, per spec/press-release-text.md."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from pressetool.compose.event import compose_event, event_paragraph
from pressetool.compose.press_release import (
    BlockKind,
    compose_press_release,
    moment_text,
    public_from,
    register_status_text,
    withdrawal_line,
)
from pressetool.models import (
    Article,
    Contact,
    Correction,
    Discard,
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
from pressetool.office import OFFICE_TIME_ZONE, Config, HouseStyle
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
            "Die Veranstaltung „Kiezfest“ findet am 11.03.2020 von 9 bis 13 Uhr im JobCenter "
            "Mitte, Seydelstr. 2-5, 10117 Berlin statt.",
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
            "Seydelstr. 2-5, 10117 Berlin statt. Es nimmt das Kreativhaus teil.",
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
            "Seydelstr. 2-5, 10117 Berlin statt. Neben dem Bezirksamt Mitte und der "
            "Volkshochschule Mitte nimmt der Nachbarschaftstreff teil.",
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


# -- the life of a release (issue 11) -------------------------------------------------


def test_a_draft_is_marked_entwurf_and_a_published_release_never() -> None:
    assert compose_press_release(release(status=Status.DRAFT), Config()).draft_mark == "Entwurf"
    for status in (Status.PUBLISHED, Status.WITHDRAWN):
        content = compose_press_release(release(status=status), Config())
        assert content.draft_mark is None
        assert "Entwurf" not in " ".join(block.text for block in content.blocks)


def test_what_was_corrected_stands_under_the_berichtigung_line() -> None:
    note = "Die Uhrzeit war falsch; richtig ist 10 Uhr."
    correction = Correction(ReleaseNumber(67, 2020), dt.date(2020, 3, 2), note)
    content = compose_press_release(release(correction_of=correction), Config())
    kinds = [block.kind for block in content.blocks[:3]]
    assert kinds == [BlockKind.CORRECTION, BlockKind.CORRECTION_NOTE, BlockKind.TITLE]
    assert content.blocks[1].text == note
    without = compose_press_release(
        release(correction_of=dataclasses.replace(correction, note=None)), Config()
    )
    assert BlockKind.CORRECTION_NOTE not in [block.kind for block in without.blocks]


NOW = dt.datetime(2026, 11, 30, 12, tzinfo=OFFICE_TIME_ZONE)


@pytest.mark.parametrize(
    ("status", "details", "expected"),
    [
        (Status.DRAFT, {}, "Entwurf"),
        (Status.PUBLISHED, {}, "veröffentlicht"),
        (
            Status.PUBLISHED,
            {"embargo": Embargo(dt.date(2026, 12, 3), dt.time(10))},
            "veröffentlicht, Sperrfrist bis 03.12.2026, 10\u00a0Uhr",
        ),
        (
            Status.PUBLISHED,
            {"embargo": Embargo(dt.date(2026, 12, 3))},
            "veröffentlicht, Sperrfrist bis 03.12.2026",
        ),
        (
            Status.PUBLISHED,
            {"embargo": Embargo(dt.date(2026, 11, 30), dt.time(12))},
            "veröffentlicht",
        ),
        (Status.DRAFT, {"embargo": Embargo(dt.date(2026, 12, 3), dt.time(10))}, "Entwurf"),
        (
            Status.WITHDRAWN,
            {"withdrawal": Withdrawal(dt.date(2026, 3, 5), "abgesagt")},
            "zurückgezogen am 05.03.2026: abgesagt",
        ),
        (Status.WITHDRAWN, {}, "zurückgezogen"),
        (
            Status.DISCARDED,
            {"discard": Discard(dt.date(2026, 1, 5), "vor pressetool vergeben")},
            "verworfen am 05.01.2026: vor pressetool vergeben",
        ),
        (
            Status.DRAFT,
            {"correction_of": ReleaseNumber(67, 2020)},
            "Entwurf, Berichtigung zu Nr.\u00a0067/2020",
        ),
    ],
)
def test_the_status_as_list_says_it(
    status: Status, details: dict[str, object], expected: str
) -> None:
    assert register_status_text(status, now=NOW, **details) == expected  # type: ignore[arg-type]


def test_a_release_is_public_from_its_date_or_its_embargo_whichever_is_later() -> None:
    midnight = dt.datetime(2026, 3, 2, tzinfo=OFFICE_TIME_ZONE)
    assert public_from(release()) == midnight
    embargoed = release(embargo=Embargo(dt.date(2026, 3, 3), dt.time(10)))
    assert public_from(embargoed) == dt.datetime(2026, 3, 3, 10, tzinfo=OFFICE_TIME_ZONE)
    assert public_from(release(embargo=Embargo(dt.date(2026, 3, 1), dt.time(10)))) == midnight
    assert moment_text(public_from(embargoed), HouseStyle.BEZIRKSAMT) == "03.03.2026, 10\u00a0Uhr"
    assert moment_text(midnight, HouseStyle.BEZIRKSAMT) == "02.03.2026"


@pytest.mark.parametrize(
    ("reason", "line"),
    [
        ("Ein neuer Termin folgt", "Ein neuer Termin folgt."),
        ("Die Veranstaltung fällt aus.", "Die Veranstaltung fällt aus."),
        ("Warum? Das Wetter!", "Warum? Das Wetter!"),
        ("Siehe Nr. 068/2020 „Neuer Termin“", "Siehe Nr. 068/2020 „Neuer Termin“."),
        ("Der Saal heißt „Zum Glück!“", "Der Saal heißt „Zum Glück!“"),
    ],
)
def test_a_withdrawal_reason_ends_as_a_sentence(reason: str, line: str) -> None:
    withdrawal = Withdrawal(dt.date(2026, 3, 5), reason)
    assert withdrawal_line(withdrawal) == f"Zurückgezogen am 05.03.2026: {line}"
