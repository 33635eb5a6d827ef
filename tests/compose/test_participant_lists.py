"""The lists' content: rows, order, blank rows, heading and the data protection notice."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pressetool.compose.german import german_sort_key
from pressetool.compose.participant_lists import (
    PARTICIPANT_COLUMNS,
    SIGN_IN_COLUMNS,
    SIGN_IN_ROWS_PER_PAGE,
    compose_participant_list,
    compose_sign_in_sheet,
    default_blank_rows,
    sorted_registrations,
)
from pressetool.compose.privacy_notice import HEADING, privacy_notice
from pressetool.models import Article, Organisation, Person, Release
from pressetool.office import Config, HouseStyle, load_config, return_address_notes
from pressetool.problems import InputError, Severity
from pressetool.reading.release_reader import read_release
from tests.builders import office_config, person
from tests.readback import REFERENCE_RELEASE

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def release() -> Release:
    return read_release(REFERENCE_RELEASE)


def test_participant_list_of_the_reference_release(release: Release) -> None:
    assert release.event is not None
    content = compose_participant_list(release, release.event, Config())
    assert content.columns == PARTICIPANT_COLUMNS
    assert [row[:2] for row in content.rows] == [
        (("1",), ("JobCenter Mitte",)),
        (("2",), ("Bezirksamt Mitte",)),
        (("3",), ("Kreativhaus",)),
        (("4",), ("Familienzentrum Wattstraße",)),
        (("5",), ("Begegnungsstätte „Mehr Mitte“",)),
        (("6",), ("Nachbarschaftszentrum „Bürger für Bürger“",)),
        (("7",), ("Ev. Familienzentrum Meerbaum-Haus",)),
        (("8",), ("Selbsthilfe-Kontakt-und Beratungsstelle Mitte",)),
        (("9",), ("KiezZentrum Villa Lützow",)),
        (("10",), ("Nachbarschaftstreff Olof-Palme-Zentrum",)),
        (("11",), ("Nachbarschaftstreff Stadtteilverein Tiergarten",)),
    ]
    assert all(row[2:] == ((), (), ()) for row in content.rows)
    assert content.notice is None


@pytest.mark.parametrize(
    ("organisation", "cells"),
    [
        (
            Organisation(
                Article.DAS,
                "Kreativhaus",
                contact="Petra Müller",
                street="Fehrbelliner Str. 92",
                postcode="10119",
                city="Berlin",
                phone="(030) 238 09 13",
                email="info@kreativhaus.example",
            ),
            (
                ("Kreativhaus",),
                ("Petra Müller",),
                (f"Fehrbelliner Str.{NBSP}92", f"10119{NBSP}Berlin"),  # PLZ Ort on one line
                (f"(030){NBSP}238{NBSP}09{NBSP}13", "info@kreativhaus.example"),
            ),
        ),
        (
            Organisation(Article.DIE, "Begegnungsstätte", city="Berlin", email="b@example.org"),
            (("Begegnungsstätte",), (), ("Berlin",), ("b@example.org",)),
        ),
    ],
)
def test_participant_row_has_contact_address_phone_and_email(
    release: Release, organisation: Organisation, cells: tuple[tuple[str, ...], ...]
) -> None:
    assert release.event is not None
    event = dataclasses.replace(release.event, hosts=(), participants=(organisation,))
    assert compose_participant_list(release, event, Config()).rows == ((("1",), *cells),)


@pytest.mark.parametrize(
    ("style", "when"),
    [
        ("bezirksamt", f"Mittwoch, 11. März 2020, 9{NBSP}–{NBSP}13{NBSP}Uhr"),
        ("din5008", f"Mittwoch, 11. März 2020, 9–13{NBSP}Uhr"),
    ],
)
def test_heading_is_the_event_as_in_every_document(release: Release, style: str, when: str) -> None:
    assert release.event is not None
    config = Config(house_style=HouseStyle(style))
    for content in (
        compose_participant_list(release, release.event, config),
        compose_sign_in_sheet(release, release.event, config),
    ):
        assert content.heading.when == when
        assert content.heading.where == (
            "JobCenter Mitte – Standort Spittelmarkt, Seydelstr. 2-5, 10117 Berlin"
        )
        assert content.title == f"{content.kind}: {release.event.title}"


@pytest.mark.parametrize(
    ("registered", "blank"),
    [(0, 13), (1, 12), (3, 10), (4, 22), (13, 13), (20, 19), (45, 20)],
)
def test_default_blank_rows_fill_the_last_page_and_are_at_least_ten(
    registered: int, blank: int
) -> None:
    assert SIGN_IN_ROWS_PER_PAGE == 13
    assert default_blank_rows(registered) == blank


@pytest.mark.parametrize(
    ("people", "order"),
    [
        (
            [person("Müller", "Petra"), person("Mueller", "Anna"), person("Muff", "Jan")],
            ["Mueller Anna", "Müller Petra", "Muff Jan"],
        ),
        (
            [person("Özdemir"), person("Otto"), person("Oz"), person("Nowak")],
            ["Nowak", "Özdemir", "Otto", "Oz"],
        ),
        (
            [person("weiß", "A"), person("Weiss", "B"), person("Weber", "C"), person("Wéber", "D")],
            ["Weber C", "Wéber D", "weiß A", "Weiss B"],  # the first name decides
        ),
        (
            [person("Schmidt", "Ulrike"), person("Schmidt", "Ärne"), person("Schmidt", "Anna")],
            ["Schmidt Ärne", "Schmidt Anna", "Schmidt Ulrike"],  # ä counts as ae
        ),
        (
            [
                person(None, organisation="Kreativhaus"),
                person("Zander"),
                person(None, organisation="Bürgerhaus"),
            ],
            ["Zander", "Bürgerhaus", "Kreativhaus"],
        ),
    ],
)
def test_registrations_sorted_by_name_then_first_name(
    people: list[Person], order: list[str]
) -> None:
    shown = [
        " ".join(p for p in (x.last_name or x.organisation, x.first_name) if p)
        for x in sorted_registrations(people)
    ]
    assert shown == order


def test_sort_key_ignores_case_and_accents_and_reads_umlauts_as_two_letters() -> None:
    assert german_sort_key("Müller")[0] == german_sort_key("MUELLER")[0] == "mueller"
    assert german_sort_key("Çelik")[0] == "celik"
    assert german_sort_key("Weiß")[0] == "weiss"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            ["Cordes", "von Bülow-Straßmann", "Adler", "van der Meer", "Bauer"],
            ["Adler", "Bauer", "von Bülow-Straßmann", "Cordes", "van der Meer"],
        ),
        (["Zu Guttenberg", "Zuber"], ["Zu Guttenberg", "Zuber"]),  # "Zu" sorts as "Guttenberg"
        (["de la Cruz", "Dahl"], ["de la Cruz", "Dahl"]),
        (["Zander", "Łukasiewicz", "Lux", "Lukas"], ["Lukas", "Łukasiewicz", "Lux", "Zander"]),
        (
            ["Oz", "Ørsted", "van Østergaard", "Ostermann"],
            ["Ørsted", "van Østergaard", "Ostermann", "Oz"],
        ),
        (
            ["Dorn", "Đorđević", "Ænis", "Adler", "Afra"],
            ["Adler", "Ænis", "Afra", "Đorđević", "Dorn"],
        ),
        # another script keeps its place after the Latin names
        (["Иванов", "Zander", "Łukasiewicz"], ["Łukasiewicz", "Zander", "Иванов"]),
    ],
)
def test_sign_in_sheet_sorts_particles_after_the_name(
    names: list[str], expected: list[str]
) -> None:
    people = [person(name, "Vorname", row=n) for n, name in enumerate(names, start=2)]
    assert [p.last_name for p in sorted_registrations(people)] == expected


def test_first_names_and_organisations_file_stroke_letters_under_their_base_letter() -> None:
    people = [
        person("Nowak", "Zofia"),
        person("Nowak", "Łucja"),
        person("Nowak", "Maja"),
        person(None, organisation="Zentrum"),
        person(None, organisation="Ørestad Kulturhus"),
    ]
    shown = [p.first_name or p.organisation for p in sorted_registrations(people)]
    assert shown == ["Łucja", "Maja", "Zofia", "Ørestad Kulturhus", "Zentrum"]


@pytest.mark.parametrize("title", ["Prof. Dr.", "prof dr"])
def test_a_title_is_printed_with_the_name_and_not_counted(release: Release, title: str) -> None:
    """As the letters write it (`house_title`), however typed."""
    assert release.event is not None
    people = [person("Zander", "Kim", title=title), person("Abel", "Petra")]
    content = compose_sign_in_sheet(release, release.event, Config(), people, blank_rows=0)
    assert [row[1:3] for row in content.rows] == [
        (("Abel",), ("Petra",)),
        ((f"Prof.{NBSP}Dr.{NBSP}Zander",), ("Kim",)),  # the titles kept with the name
    ]


def test_sign_in_rows_registered_then_blank(release: Release) -> None:
    assert release.event is not None
    people = [
        person("Zander", "Kim", "Kreativhaus", email="kim@example.org"),
        person("Abel", "Petra", title="Dr."),
    ]
    content = compose_sign_in_sheet(release, release.event, Config(), people, blank_rows=2)
    assert content.columns == SIGN_IN_COLUMNS
    assert content.rows == (
        (("1",), (f"Dr.{NBSP}Abel",), ("Petra",), (), (), ()),
        (("2",), ("Zander",), ("Kim",), ("Kreativhaus",), (), ()),
        (("3",), (), (), (), (), ()),
        (("4",), (), (), (), (), ()),
    )


@pytest.mark.parametrize(("blank_rows", "rows"), [(None, 13), (0, 0), (30, 30)])
def test_blank_rows_default_or_as_asked(
    release: Release, blank_rows: int | None, rows: int
) -> None:
    assert release.event is not None
    sheet = compose_sign_in_sheet(release, release.event, Config(), (), blank_rows)
    assert len(sheet.rows) == rows


# -- the data protection notice ------------------------------------------------


def test_default_notice_names_every_part_article_13_asks_for(tmp_path: Path) -> None:
    notice = privacy_notice(office_config(tmp_path))
    assert notice.heading == HEADING == "Datenschutzhinweis nach Art. 13 DSGVO"
    parts = {item.label: item.text for item in notice.items}
    assert list(parts) == [
        "Verantwortlich",
        "Zweck",
        "Rechtsgrundlage",
        "Löschung",
        "Ihre Rechte",
        "Kontakt",
    ]
    assert parts["Verantwortlich"] == "Bezirksamt Pankow von Berlin, Pressestelle."
    assert "Art. 6 Abs. 1 lit. e DSGVO" in parts["Rechtsgrundlage"]
    assert "drei Monate nach der Veranstaltung" in parts["Löschung"]
    for right in ("Auskunft", "Berichtigung", "Löschung", "Widerspruch", "Beschwerde"):
        assert right in parts["Ihre Rechte"]


def test_notice_names_how_to_reach_the_office(tmp_path: Path) -> None:
    letters = '[letters]\nreturn_address = "Breite Str. 24, 13187 Berlin"\nemail = "ps@pankow.de"\n'
    parts = {i.label: i.text for i in privacy_notice(office_config(tmp_path, after=letters)).items}
    assert parts["Kontakt"].startswith(
        "Pressestelle, Breite Str. 24, 13187 Berlin, E-Mail: ps@pankow.de; oder die behördliche "
        "Datenschutzbeauftragte"
    )


def test_an_office_without_return_address_is_named_not_mitte(tmp_path: Path) -> None:
    config = office_config(tmp_path)
    parts = {i.label: i.text for i in privacy_notice(config).items}
    assert parts["Kontakt"].startswith("Pressestelle, Bezirksamt Pankow von Berlin; oder die")
    assert "Mitte" not in " ".join(parts.values())
    (note,) = return_address_notes(config)
    assert note.severity is Severity.WARNING and note.field == "letters.return_address"
    assert note.message.endswith(
        "nennen nur „Bezirksamt Pankow von Berlin“, keine Anschrift. Tragen Sie in "
        "pressetool.toml unter [letters] die Anschrift Ihres Amts ein, zum Beispiel: "
        'return_address = "Bezirksamt Pankow von Berlin, 10115 Berlin" (mit Ihrer Postleitzahl).'
    )


@pytest.mark.parametrize(
    ("before", "after", "address"),
    [
        (
            "",
            '[letters]\nreturn_address = "Breite Str. 24, 13187 Berlin"\n',
            "Breite Str. 24, 13187 Berlin",
        ),
        ("", '[letters]\nreturn_address = ""\n', None),
    ],
)
def test_a_written_return_address_gets_no_hint(
    tmp_path: Path, before: str, after: str, address: str | None
) -> None:
    config = office_config(tmp_path, before=before, after=after)
    assert (config.sender.return_address or None, return_address_notes(config)) == (address, [])


def test_bezirksamt_mitte_keeps_its_address(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.sender.return_address == "Bezirksamt Mitte von Berlin, 13341 Berlin"
    assert return_address_notes(config) == []


def test_notice_parts_set_in_pressetool_toml(tmp_path: Path) -> None:
    section = (
        '[privacy_notice]\ndeletion = "Die Liste wird am 31.12.2020 vernichtet."\ncontact = ""\n'
    )
    parts = {i.label: i.text for i in privacy_notice(office_config(tmp_path, after=section)).items}
    assert parts["Löschung"] == "Die Liste wird am 31.12.2020 vernichtet."
    assert "Kontakt" not in parts
    assert parts["Zweck"].startswith("Nachweis der Teilnahme")


@pytest.mark.parametrize(
    ("before", "after", "messages"),
    [
        (
            "",
            '[privacy_notice]\ndeletoin = "bald"\n',
            [
                "Zeile 5, Feld „privacy_notice.deletoin“: Das Feld gibt es nicht. Meinten Sie "
                "„deletion“?"
            ],
        ),
        (
            "",
            "[privacy_notice]\npurpose = 3\nfoo = 'x'\n",
            [
                "Zeile 5, Feld „privacy_notice.purpose“: Hier gehört ein Text in Anführungszeichen",
                "Zeile 6, Feld „privacy_notice.foo“: Das Feld gibt es nicht. Erlaubt sind hier: "
                "controller, purpose, legal_basis, deletion, rights, contact.",
            ],
        ),
        (
            'privacy_notice = "Alles gut."\n',
            "",
            [
                "Zeile 1, Feld „privacy_notice“: Hier gehört ein Abschnitt hin: eine Zeile "
                "[privacy_notice]"
            ],
        ),
    ],
)
def test_wrong_notice_settings_are_named(
    tmp_path: Path, before: str, after: str, messages: list[str]
) -> None:
    with pytest.raises(InputError) as error:
        office_config(tmp_path, before=before, after=after)
    found = [p.message for p in error.value.problems]
    assert len(found) == len(messages)
    for message, expected in zip(found, messages, strict=True):
        assert message.startswith(f"{tmp_path / 'pressetool.toml'}, {expected}")


def test_names_that_read_the_same_are_ordered_by_first_name() -> None:
    """DIN 5007-2 reads Müller as Mueller and Strauß as Strauss: the first name decides
    between them, not the spelling (Mueller Zacharias came before Müller Anke)."""
    people = [
        person("Mueller", "Zacharias"),
        person("Müller", "Anke"),
        person("Strauss", "Ina"),
        person("Strauß", "Gisela"),
        person("Ébert", "Élodie"),
        person("Ebert", "Emil"),
    ]
    shown = [f"{p.last_name} {p.first_name}" for p in sorted_registrations(people)]
    assert shown == [
        "Ébert Élodie",
        "Ebert Emil",
        "Müller Anke",
        "Mueller Zacharias",
        "Strauß Gisela",
        "Strauss Ina",
    ]
