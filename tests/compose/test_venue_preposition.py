"""`venue.preposition` (issue 13): `auf dem Leopoldplatz`, where the article does not decide."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressetool.compose.event import compose_event, event_paragraph
from pressetool.office import HouseStyle
from pressetool.problems import Code, InputError
from pressetool.reading.release_reader import read_release
from tests.readback import REFERENCE_RELEASE, fold


def with_venue(tmp_path: Path, article: str, name: str, preposition: str | None) -> Path:
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    venue = f"    article: {article}\n    name: {name}\n"
    if preposition is not None:
        venue += f"    preposition: {preposition}\n"
    start = text.index("    article: das\n    name: JobCenter Mitte – Standort Spittelmarkt\n")
    end = text.index("    street:", start)
    path = tmp_path / "067-test.yaml"
    path.write_text(text[:start] + venue + text[end:], encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("article", "name", "preposition", "phrase"),
    [
        ("der", "Leopoldplatz", "auf dem", "auf dem Leopoldplatz, Seydelstr."),
        ("das", "JobCenter Mitte", None, "im JobCenter Mitte, Seydelstr."),
        ("die", "Bibliothek am Luisenbad", None, "in der Bibliothek am Luisenbad, Seydelstr."),
        ("die", "Schillerpark-Bibliothek", "in der", "in der Schillerpark-Bibliothek, Seydelstr."),
        ("das", "Rathaus Tiergarten", "vor dem", "vor dem Rathaus Tiergarten, Seydelstr."),
        ("die", "Die Arche", None, "in der Arche, Seydelstr."),
        ("die", "Die Arche", "vor der", "vor der Die Arche, Seydelstr."),
        (
            "das",
            "Deutsche Historische Museum",
            None,
            "im Deutschen Historischen Museum, Seydelstr.",
        ),
        ("die", "Alte Feuerwache", None, "in der Alten Feuerwache, Seydelstr."),
        ("das", "Deutsches Theater", None, "im Deutschen Theater, Seydelstr."),
    ],
)
def test_the_venue_phrase(
    tmp_path: Path, article: str, name: str, preposition: str | None, phrase: str
) -> None:
    release = read_release(with_venue(tmp_path, article, name, preposition))
    assert release.event is not None
    assert release.event.venue.preposition == preposition
    paragraph = fold(event_paragraph(compose_event(release.event, HouseStyle.BEZIRKSAMT)))
    assert f"von 9 – 13 Uhr {phrase}" in paragraph


@pytest.mark.parametrize("preposition", ["Auf dem", "auf dem Platz", "hier", "'in die'"])
def test_a_wrong_preposition_is_a_problem(tmp_path: Path, preposition: str) -> None:
    with pytest.raises(InputError) as raised:
        read_release(with_venue(tmp_path, "der", "Leopoldplatz", preposition))
    (problem,) = raised.value.problems
    assert problem.code is Code.BAD_VENUE_PREPOSITION
    assert problem.field is not None and problem.field.endswith("preposition")
    assert problem.line is not None
