"""The wording of the invitation letters, per spec/invitations-and-lists.md."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from pressetool.compose.event import compose_event, event_paragraph
from pressetool.compose.german import keep_together
from pressetool.compose.letter import (
    AddressLine,
    Invitations,
    address_lines,
    compose_invitations,
    salutation,
    wrapped,
)
from pressetool.compose.mail import invitation_mail
from pressetool.documents.invite import letter_stem
from pressetool.models import Invitation, Person, Release, ReleaseNumber, Salutation
from pressetool.office import Config, HouseStyle, Sender, config_from_settings
from pressetool.problems import InputError
from pressetool.reading.release_reader import read_release
from pressetool.render.letters.fit import address_fits
from tests.builders import person
from tests.readback import REFERENCE_RELEASE

NOBODY = person()


@pytest.mark.parametrize(
    ("recipient", "greeting", "address"),
    [
        (
            person(salutation=Salutation.FRAU, title="Dr.", first_name="Petra", last_name="Müller"),
            "Sehr geehrte Frau Dr. Müller,",
            ("Frau Dr. Petra Müller", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.FRAU, first_name="Petra", last_name="Müller"),
            "Sehr geehrte Frau Müller,",
            ("Frau Petra Müller", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.HERR, first_name="Max", last_name="Schmidt"),
            "Sehr geehrter Herr Schmidt,",
            ("Herrn Max Schmidt", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.HERR, title="Prof. Dr.", last_name="Schmidt"),
            "Sehr geehrter Herr Prof. Dr. Schmidt,",
            ("Herrn Prof. Dr. Schmidt", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.FRAU, title="Prof. Dr. Dr. h.c.", last_name="Lang"),
            "Sehr geehrte Frau Prof. Dr. Lang,",
            ("Frau Prof. Dr. Dr. h.c. Lang", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.HERR, title="Dr. med.", last_name="D'Angelo"),
            "Sehr geehrter Herr Dr. D'Angelo,",
            ("Herrn Dr. med. D'Angelo", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.HERR, title="Dipl.-Ing.", last_name="Krause"),
            "Sehr geehrter Herr Krause,",
            ("Herrn Dipl.-Ing. Krause", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.HERR, title="Prof.Dr", last_name="Krause"),
            "Sehr geehrter Herr Prof. Dr. Krause,",
            ("Herrn Prof. Dr. Krause", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.FRAU, title="Professorin", last_name="Lang"),
            "Sehr geehrte Frau Prof. Lang,",
            ("Frau Prof. Lang", "10117 Berlin"),
        ),
        # the title as the salutation writes it, in the address too
        (
            person(salutation=Salutation.FRAU, title="dr.", first_name="B", last_name="Klein"),
            "Sehr geehrte Frau Dr. Klein,",
            ("Frau Dr. B Klein", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.FRAU, title="Dr", first_name="C", last_name="Ohne"),
            "Sehr geehrte Frau Dr. Ohne,",
            ("Frau Dr. C Ohne", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.HERR, title="prof. dr.med.", last_name="Lang"),
            "Sehr geehrter Herr Prof. Dr. Lang,",
            ("Herrn Prof. Dr. med. Lang", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.HERR, title="Drs.", last_name="Krause"),
            "Sehr geehrter Herr Krause,",
            ("Herrn Drs. Krause", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.HERR, title="Dr.-Ing.", last_name="Krause"),
            "Sehr geehrter Herr Dr. Krause,",
            ("Herrn Dr.-Ing. Krause", "10117 Berlin"),
        ),
        (
            person(
                salutation=Salutation.DIVERS,
                title="Dr. rer. nat.",
                first_name="Kim",
                last_name="Schmidt",
            ),
            "Guten Tag Dr. Kim Schmidt,",
            ("Dr. rer. nat. Kim Schmidt", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.DIVERS, first_name="Kim", last_name="Schmidt"),
            "Guten Tag Kim Schmidt,",
            ("Kim Schmidt", "10117 Berlin"),
        ),
        (
            person(first_name="Kim", last_name="Schmidt"),
            "Guten Tag Kim Schmidt,",
            ("Kim Schmidt", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.DIVERS, title="Dr.", last_name="Schmidt"),
            "Guten Tag Dr. Schmidt,",
            ("Dr. Schmidt", "10117 Berlin"),
        ),
        (
            person(organisation="JobCenter Mitte", street="Seydelstr. 2-5"),
            "Sehr geehrte Damen und Herren,",
            ("JobCenter Mitte", "Seydelstr. 2-5", "10117 Berlin"),
        ),
        (
            person(salutation=Salutation.FRAU, first_name="Petra", organisation="Kreativhaus"),
            "Sehr geehrte Damen und Herren,",
            ("Kreativhaus", "10117 Berlin"),
        ),
        (
            person(
                salutation=Salutation.HERR,
                first_name="Max",
                last_name="Schmidt",
                organisation="Kreativhaus e.V.",
                street="Fehrbelliner Str. 92",
                postcode="10119",
            ),
            "Sehr geehrter Herr Schmidt,",
            ("Kreativhaus e.V.", "Herrn Max Schmidt", "Fehrbelliner Str. 92", "10119 Berlin"),
        ),
    ],
)
def test_salutation_and_address(recipient: Person, greeting: str, address: tuple[str, ...]) -> None:
    assert salutation(recipient) == greeting
    assert address_lines(recipient) == address


RELEASE = read_release(REFERENCE_RELEASE)
LETTER_DATE = dt.date(2020, 3, 2)


DEFAULT_SENDER = Sender()


def compose(
    release: Release = RELEASE,
    sender: Sender = DEFAULT_SENDER,
    people: tuple[Person, ...] = (NOBODY,),
    style: HouseStyle = HouseStyle.BEZIRKSAMT,
) -> Invitations:
    assert release.event is not None
    config = Config(house_style=style, sender=sender)
    return compose_invitations(
        release,
        release.event,
        people,
        config,
        LETTER_DATE,
        "veranstaltung-067-2020.ics",
        address_fits=address_fits,
    )


def twenty_characters(line: str) -> bool:
    """A measure for `wrapped`: a line of the address zone holds 20 characters."""
    return len(line) <= 20


@pytest.mark.parametrize(
    ("text", "wraps", "lines"),
    [
        ("Bezirksamt Pankow", True, ["Bezirksamt Pankow"]),  # fits: as written
        (
            "Bezirksamt Friedrichshain-Kreuzberg",
            True,
            ["Bezirksamt", "Friedrichshain-", "Kreuzberg"],
        ),
        ("Amt für Bürgerdienst und Wohnen", True, ["Amt für Bürgerdienst", "und Wohnen"]),
        ("Verein der Bürger für Bürger e. V.", True, ["Verein der Bürger", "für Bürger e. V."]),
        # keep_together keeps a title with the word after it; `Dipl.-` is no line end
        ("Referat Dipl.-Ing. Stadtplanung", True, ["Referat", "Dipl.-Ing. Stadtplanung"]),
        ("Amt  für   Wohnungswesen", True, ["Amt für", "Wohnungswesen"]),  # spaces go
        ("Stadtentwicklungsverwaltung", True, ["Stadtentwicklungsverwaltung"]),  # one word
        ("Karl-Liebknecht-Straße 13", False, ["Karl-Liebknecht-Straße 13"]),  # not wrapped
    ],
)
def test_a_line_too_wide_is_wrapped_at_spaces_and_hyphens(
    text: str, wraps: bool, lines: list[str]
) -> None:
    line = AddressLine(text, "die Spalte „Organisation“", wraps)
    parts = wrapped(line, twenty_characters)
    assert [part.text for part in parts] == lines
    assert {part.source for part in parts} == {line.source}
    assert {part.written for part in parts} == ({None} if parts == [line] else {text})


@pytest.mark.parametrize("style", list(HouseStyle))
def test_event_block_is_the_press_releases_composed_event(style: HouseStyle) -> None:
    assert RELEASE.event is not None
    event = compose_event(RELEASE.event, style)
    frame = compose(style=style).frame
    assert frame.event == event
    kept = keep_together  # the letter's lines by German line-break rules
    assert [(item.label, item.lines) for item in frame.event_block] == [
        ("Datum", (kept(event.date_with_weekday),)),
        ("Uhrzeit", (kept(event.time),)),
        ("Ort", (kept(event.venue_name), kept(event.venue_address))),
    ]
    paragraph = event_paragraph(event)
    # the sentence says the letter's `9–13 Uhr` with `von`: `von 9 bis 13 Uhr` in DIN 5008
    for text in (event.date, event.time_phrase, event.venue_name, event.venue_address):
        assert text in paragraph


def test_frame_of_the_reference_release() -> None:
    frame = compose(people=(NOBODY, person(row=7))).frame
    assert frame.subject == (
        "Einladung: Voneinander wissen in Mitte – JobCenter und Nachbarschaftseinrichtungen "
        "lernen sich kennen"
    )
    assert frame.event_block[0].lines == ("Mittwoch, 11.\u00a0März\u00a02020",)
    assert frame.event_block[1].lines == ("9\u00a0–\u00a013\u00a0Uhr",)
    assert frame.paragraphs[0] == (
        "hiermit lade ich Sie herzlich zur Veranstaltung „Voneinander wissen in Mitte – "
        "JobCenter und Nachbarschaftseinrichtungen lernen sich kennen“ ein."
    )
    assert frame.paragraphs[-1] == "Ich würde mich freuen, Sie begrüßen zu dürfen."
    assert frame.rsvp is None
    assert frame.closing == "Mit freundlichen Grüßen"
    assert frame.signer == (
        "Ephraim Gothe",
        "Bezirksstadtrat für Stadtentwicklung, Soziales und Gesundheit",
    )
    assert frame.enclosure is None  # a paper letter encloses no calendar file
    assert frame.on_behalf is None
    assert frame.business_details == ()
    assert [(i.label, i.lines) for i in frame.info] == [
        ("Ansprechperson", ("Pressestelle",)),
        ("Datum", ("02.03.2020",)),
    ]
    assert frame.return_address == "Bezirksamt Mitte von Berlin, 13341 Berlin"


@pytest.mark.parametrize(
    ("invitation", "paragraphs", "rsvp", "signer"),
    [
        (
            Invitation(text=("liebe Nachbarschaft, kommen Sie vorbei.",)),
            ("liebe Nachbarschaft, kommen Sie vorbei.",),
            None,
            ("Ephraim Gothe", "Bezirksstadtrat für Stadtentwicklung, Soziales und Gesundheit"),
        ),
        (
            Invitation(
                rsvp_by=dt.date(2020, 3, 6), signer="Stefanie Remlinger\nBezirksbürgermeisterin"
            ),
            None,
            "Bitte teilen Sie uns bis Freitag, 6.\u00a0März\u00a02020 mit, ob Sie teilnehmen.",
            ("Stefanie Remlinger", "Bezirksbürgermeisterin"),
        ),
    ],
)
def test_invitation_fields(
    invitation: Invitation,
    paragraphs: tuple[str, ...] | None,
    rsvp: str | None,
    signer: tuple[str, ...],
) -> None:
    frame = compose(release=dataclasses.replace(RELEASE, invitation=invitation)).frame
    if paragraphs is not None:
        assert frame.paragraphs == paragraphs
    assert frame.rsvp == rsvp
    assert frame.signer == signer


def test_office_without_a_name_invites_as_we() -> None:
    issuer = dataclasses.replace(
        RELEASE.issuer, name=None, office="Bezirksamt Mitte", portfolio=None
    )
    frame = compose(release=dataclasses.replace(RELEASE, issuer=issuer)).frame
    assert frame.paragraphs[0].startswith("hiermit laden wir Sie herzlich")
    assert frame.paragraphs[-1] == "Wir würden uns freuen, Sie begrüßen zu dürfen."
    assert frame.signer == ("Bezirksamt Mitte",)


@pytest.mark.parametrize(
    ("sender", "info"),
    [
        (
            Sender(contact="Petra Patz-Drüke", phone="(030) 9018-42390", email="a@b.de"),
            [
                ("Ansprechperson", "Petra Patz-Drüke"),
                ("Telefon", "(030)\u00a09018-42390"),
                ("E-Mail", "a@b.de"),
                ("Datum", "02.03.2020"),
            ],
        ),
        (Sender(contact=None), [("Datum", "02.03.2020")]),
    ],
)
def test_information_block(sender: Sender, info: list[tuple[str, str]]) -> None:
    assert [(i.label, *i.lines) for i in compose(sender=sender).frame.info] == info


@pytest.mark.parametrize(
    ("recipient", "stem"),
    [
        (person(row=2, last_name="Müller"), "einladung-067-2020-002-mueller"),
        (
            person(row=13, organisation="Begegnungsstätte „Mehr Mitte“"),
            "einladung-067-2020-013-begegnungsstaette-mehr-mitte",
        ),
        (person(row=1234, last_name="Weiß", organisation="X"), "einladung-067-2020-1234-weiss"),
    ],
)
def test_file_names(recipient: Person, stem: str) -> None:
    (letter,) = compose(people=(recipient,)).letters
    assert letter_stem(ReleaseNumber(67, 2020), letter) == stem


@pytest.mark.parametrize(
    ("letters", "expected"),
    [
        ({}, Sender()),
        (
            {
                "return_address": "BA Mitte, 13341 Berlin",
                "phone": "030 9018-1",
                "contact": "",
            },
            Sender(return_address="BA Mitte, 13341 Berlin", contact=None, phone="030 9018-1"),
        ),
    ],
)
def test_sender_from_the_letters_section(letters: dict[str, str], expected: Sender) -> None:
    assert config_from_settings(Path("/amt"), {"letters": letters}).sender == expected


@pytest.mark.parametrize(
    ("letters", "message"),
    [
        (
            {"phon": "030"},
            "/amt/pressetool.toml, Feld „letters.phon“: Das Feld gibt es nicht. Meinten Sie "
            "„phone“?",
        ),
        (
            {"phone": 309018},
            "/amt/pressetool.toml, Feld „letters.phone“: Hier gehört ein Text in "
            'Anführungszeichen hin, zum Beispiel "…".',
        ),
    ],
)
def test_bad_letters_section(letters: dict[str, object], message: str) -> None:
    with pytest.raises(InputError) as error:
        config_from_settings(Path("/amt"), {"letters": letters})
    assert [p.message for p in error.value.problems] == [message]


def test_the_invitation_message_signs_as_the_letter_does() -> None:
    """`Im Auftrag` stands under the closing in the message too, not only in the letter."""
    invitation = Invitation(signer="Im Auftrag\nPetra Patz-Drüke")
    invitations = compose(release=dataclasses.replace(RELEASE, invitation=invitation))
    (letter,) = invitations.letters
    mail = invitation_mail(invitations, letter, "veranstaltung-067-2020.ics")
    assert mail.paragraphs[-1] == "Mit freundlichen Grüßen\nIm Auftrag\nPetra Patz-Drüke"
