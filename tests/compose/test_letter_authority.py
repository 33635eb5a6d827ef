"""What an authority's invitation letter says (issue 13): DIN 5008 address and salutation
for every `Anrede`, the information block, the footer's business details, `Im Auftrag`,
the RSVP sentence and the enclosure."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from pressetool.compose.letter import (
    LetterFrame,
    address,
    address_lines,
    compose_invitations,
    rsvp_sentence,
    salutation,
    signer_lines,
)
from pressetool.models import Invitation, Person, Salutation
from pressetool.office import Config, Sender, config_from_settings
from pressetool.reading.release_reader import read_release
from pressetool.render.letters.fit import address_fits
from tests.builders import invitations_for, person
from tests.readback import REFERENCE_RELEASE

RELEASE = read_release(REFERENCE_RELEASE)


@pytest.mark.parametrize(
    ("recipient", "greeting", "lines"),
    [
        (
            person("Müller", "Petra und Max", salutation=Salutation.FAMILIE, street="Torstr. 1"),
            "Sehr geehrte Familie Müller,",
            ("Familie", "Petra und Max Müller", "Torstr. 1", "10117 Berlin"),
        ),
        (
            person("Müller", salutation=Salutation.FAMILIE),
            "Sehr geehrte Familie Müller,",
            ("Familie Müller", "10117 Berlin"),  # one line without first names
        ),
        (
            person("Müller", "Max", salutation=Salutation.FAMILIE, title="Dr."),
            "Sehr geehrte Familie Müller,",  # a title is a person's, not a household's
            ("Familie", "Dr. Max Müller", "10117 Berlin"),
        ),
        (
            person(organisation="Bäckerei Schulze GmbH", salutation=Salutation.FIRMA),
            "Sehr geehrte Damen und Herren,",
            ("Bäckerei Schulze GmbH", "10117 Berlin"),
        ),
        (
            person("Schulze", "Max", "Bäckerei Schulze GmbH", salutation=Salutation.FIRMA),
            "Sehr geehrte Damen und Herren,",
            ("Bäckerei Schulze GmbH", "Max Schulze", "10117 Berlin"),
        ),
        (
            person("Schmidt", "Max", salutation=Salutation.HERR, title="Prof. Dr."),
            "Sehr geehrter Herr Prof. Dr. Schmidt,",
            ("Herrn Prof. Dr. Max Schmidt", "10117 Berlin"),
        ),
        (
            person(
                "Müller",
                "Petra",
                "Kreativhaus e.V.",
                salutation=Salutation.FAMILIE,
                street="Fehrbelliner Str. 92",
            ),
            "Sehr geehrte Familie Müller,",
            ("Kreativhaus e.V.", "Familie", "Petra Müller", "Fehrbelliner Str. 92", "10117 Berlin"),
        ),
    ],
)
def test_salutation_and_address_of_households_and_firms(
    recipient: Person, greeting: str, lines: tuple[str, ...]
) -> None:
    assert salutation(recipient) == greeting
    assert address_lines(recipient) == lines


def test_each_address_line_says_what_it_is_made_of() -> None:
    """A message about a line too wide names the column to shorten."""
    recipient = person(
        "Müller", "Petra", "Kreativhaus e.V.", salutation=Salutation.FAMILIE, street="Torstr. 1"
    )
    assert [(line.text, line.source) for line in address(recipient)] == [
        ("Kreativhaus e.V.", "die Spalte „Organisation“"),
        ("Familie", "die Spalte „Anrede“"),
        ("Petra Müller", "die Spalten „Titel“, „Vorname“ und „Nachname“"),
        ("Torstr. 1", "die Spalte „Straße“"),
        ("10117 Berlin", "die Spalte „Ort“"),
    ]


def test_an_address_is_never_cut() -> None:
    """However long, every line is kept: render/letters/fit.py refuses what does not fit."""
    name = "Maria-Theresia Alexandra Friederike Müller-Lüdenscheidt-Wolkenstein"
    organisation = " ".join(["Arbeitsgemeinschaft"] * 5)
    recipient = person(name, organisation=organisation, street="Weg 1")
    assert address_lines(recipient) == (organisation, name, "Weg 1", "10117 Berlin")


SENDER = Sender(phone="(030) 9018-42390", email="pressestelle@ba-mitte.berlin.de")


@pytest.mark.parametrize(
    ("sender", "sentence"),
    [
        (
            SENDER,
            "Bitte teilen Sie uns bis Freitag, 6. März 2020 mit, ob Sie teilnehmen: per E-Mail "
            "an pressestelle@ba-mitte.berlin.de oder telefonisch unter (030)\u00a09018-42390.",
        ),
        (
            dataclasses.replace(SENDER, phone=None),
            "Bitte teilen Sie uns bis Freitag, 6. März 2020 mit, ob Sie teilnehmen: per E-Mail "
            "an pressestelle@ba-mitte.berlin.de.",
        ),
        (
            dataclasses.replace(SENDER, email=None),
            "Bitte teilen Sie uns bis Freitag, 6. März 2020 mit, ob Sie teilnehmen: telefonisch "
            "unter (030)\u00a09018-42390.",
        ),
        (
            Sender(),
            "Bitte teilen Sie uns bis Freitag, 6. März 2020 mit, ob Sie teilnehmen.",
        ),
    ],
)
def test_the_rsvp_sentence_says_how_to_reply(sender: Sender, sentence: str) -> None:
    assert rsvp_sentence(dt.date(2020, 3, 6), sender) == sentence


@pytest.mark.parametrize(
    ("signer", "on_behalf", "lines"),
    [
        (
            "Im Auftrag\nPetra Patz-Drüke\nPressestelle",
            "Im Auftrag",
            ("Petra Patz-Drüke", "Pressestelle"),
        ),
        ("i. A.\nPetra Patz-Drüke", "Im Auftrag", ("Petra Patz-Drüke",)),
        ("i.A.\nPetra Patz-Drüke", "Im Auftrag", ("Petra Patz-Drüke",)),
        ("In Vertretung\nMax Schmidt", "In Vertretung", ("Max Schmidt",)),
        ("i. V.\nMax Schmidt", "In Vertretung", ("Max Schmidt",)),
        (
            "Stefanie Remlinger\nBezirksbürgermeisterin",
            None,
            ("Stefanie Remlinger", "Bezirksbürgermeisterin"),
        ),
        ("Petra Patz-Drüke\nIm Auftrag", None, ("Petra Patz-Drüke", "Im Auftrag")),
        # On one line, as the release reader gives `signer` today.
        ("Im Auftrag Petra Patz-Drüke", "Im Auftrag", ("Petra Patz-Drüke",)),
        ("im  Auftrag  Petra Patz-Drüke", "Im Auftrag", ("Petra Patz-Drüke",)),
        ("i. V. Max Schmidt", "In Vertretung", ("Max Schmidt",)),
        ("I. A. Müller", None, ("I. A. Müller",)),  # initials
        ("Imke Auftragsdorf", None, ("Imke Auftragsdorf",)),
    ],
)
def test_im_auftrag_stands_above_the_signature(
    signer: str, on_behalf: str | None, lines: tuple[str, ...]
) -> None:
    release = dataclasses.replace(RELEASE, invitation=Invitation(signer=signer))
    assert signer_lines(release) == (on_behalf, lines)


def test_the_issuer_signs_in_person() -> None:
    assert signer_lines(RELEASE) == (
        None,
        ("Ephraim Gothe", "Bezirksstadtrat für Stadtentwicklung, Soziales und Gesundheit"),
    )


AUTHORITY = Sender(
    contact="Petra Patz-Drüke",
    phone="(030) 9018-42390",
    email="pressestelle@ba-mitte.berlin.de",
    reference="Presse 1-2020/067",
    your_reference="Ihr Schreiben vom 1.3.2020",
    building_address="Karl-Marx-Allee 31\n10178 Berlin",
    opening_hours="Mo–Fr 9–12 Uhr\nDo 15–18 Uhr",
    transport="U5 Schillingstraße",
    bank="Berliner Sparkasse\nIBAN DE12 1005 0000 0190 0000 00",
)


def compose(sender: Sender, *, by_email: bool = False) -> LetterFrame:
    assert RELEASE.event is not None
    invitations = compose_invitations(
        RELEASE,
        RELEASE.event,
        (person("Müller"),),
        Config(sender=sender),
        dt.date(2020, 3, 2),
        "veranstaltung-067-2020.ics",
        by_email=by_email,
        address_fits=address_fits,
    )
    return invitations.frame


def test_information_block_in_din_5008_order() -> None:
    frame = compose(AUTHORITY)
    assert [(item.label, *item.lines) for item in frame.info] == [
        ("Ihr Zeichen", "Ihr Schreiben vom 1.3.2020"),
        ("Geschäftszeichen", "Presse 1-2020/067"),
        ("Ansprechperson", "Petra Patz-Drüke"),
        ("Telefon", "(030)\u00a09018-42390"),
        ("E-Mail", "pressestelle@ba-mitte.berlin.de"),
        ("Datum", "02.03.2020"),
    ]


def test_business_details_of_the_footer() -> None:
    frame = compose(AUTHORITY)
    assert [(i.label, i.lines) for i in frame.business_details] == [
        ("Hausanschrift", ("Karl-Marx-Allee 31", "10178\u00a0Berlin")),  # PLZ Ort kept
        ("Sprechzeiten", ("Mo–Fr 9–12\u00a0Uhr", "Do 15–18\u00a0Uhr")),
        ("Verkehrsverbindungen", ("U5 Schillingstraße",)),
        ("Bankverbindung", ("Berliner Sparkasse", "IBAN DE12 1005 0000 0190 0000 00")),
    ]
    assert compose(Sender()).business_details == ()


@pytest.mark.parametrize(
    ("by_email", "enclosure"),
    [(False, None), (True, "Anlage: Kalendereintrag veranstaltung-067-2020.ics")],
)
def test_only_a_letter_sent_by_email_encloses_the_calendar_file(
    by_email: bool, enclosure: str | None
) -> None:
    assert compose(Sender(), by_email=by_email).enclosure == enclosure


def test_letters_section_keeps_the_lines_of_the_business_details() -> None:
    settings = {
        "letters": {
            "opening_hours": "Mo–Fr 9–12 Uhr\n  Do 15–18 Uhr\n\n",
            "bank": "Berliner Sparkasse\u2028IBAN DE12",  # Word's line break
            "reference": "Presse\n1-2020",  # one line
        }
    }
    sender = config_from_settings(Path("/amt"), settings).sender
    assert sender.opening_hours == "Mo–Fr 9–12 Uhr\nDo 15–18 Uhr"
    assert sender.bank == "Berliner Sparkasse\nIBAN DE12"
    assert sender.reference == "Presse 1-2020"


def test_a_letter_signed_im_auftrag_speaks_for_the_authority() -> None:
    invitation = Invitation(signer="Im Auftrag\nPetra Patz-Drüke")
    release = dataclasses.replace(RELEASE, invitation=invitation)
    frame = invitations_for(release, person("Müller")).frame
    assert frame.paragraphs[0].startswith("hiermit laden wir Sie herzlich")
    assert frame.paragraphs[-1] == "Wir würden uns freuen, Sie begrüßen zu dürfen."
