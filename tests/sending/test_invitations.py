"""`pressetool invite … --send`: each recipient with an address gets their own letter and the
calendar file; the others are named for the post."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from tests.builders import write_list
from tests.conftest import files_below, run_main, snapshot
from tests.readback import fold
from tests.sending.conftest import RELEASE_NAME, edit_release
from tests.sending.smtp_server import Handler, Received

RECIPIENTS = [
    "Frau;Dr.;Petra;Müller;Kreativhaus e.V.;Fehrbelliner Str. 92;10119;Berlin;petra@kreativhaus.de",
    "Herr;;Max;Schmidt;;Wattstr. 16;13355;Berlin;",
    ";;;;JobCenter Mitte;Seydelstr. 2-5;10117;Berlin;Presse@JobCenter.de",
]
TITLE = "Voneinander wissen in Mitte – JobCenter und Nachbarschaftseinrichtungen lernen sich kennen"


@pytest.fixture
def invite_list(sending: Path) -> Path:
    return write_list(sending / "einladungsliste.csv", RECIPIENTS)


def test_each_address_gets_its_letter_and_the_calendar_file(
    sending: Path, invite_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    release = sending / "releases" / RELEASE_NAME
    status, out, err = run_main(
        capsys, "invite", str(release), "--recipients", str(invite_list), "--send"
    )
    assert (status, err) == (0, "")
    assert "Per Post (keine E-Mail-Adresse), 1: Zeile 3 (Max Schmidt)." in out
    assert "Einladung zu Nr. 067/2020: an 2 von 2 Adressen gesendet." in out
    assert [r.recipients for r in handler.received] == [
        ["petra@kreativhaus.de"],
        ["Presse@jobcenter.de"],
    ]
    salutations = ["Sehr geehrte Frau Dr. Müller,", "Sehr geehrte Damen und Herren,"]
    names = ["Dr. Petra Müller", "JobCenter Mitte"]
    for received, salutation, name in zip(handler.received, salutations, names, strict=True):
        message = received.message
        assert message["Subject"] == f"Einladung: {TITLE}"
        assert [a.display_name for a in message["To"].addresses] == [name]
        body = message.get_body(("plain",))
        assert body is not None
        text = body.get_content().replace("\r\n", "\n")
        assert text.startswith(f"{salutation}\n\nanbei erhalten Sie unsere Einladung")
        assert "Kalendereintrag (veranstaltung-067-2020.ics)" in text
        [letter, calendar] = message.iter_attachments()
        assert (letter.get_filename(), letter.get_content_type()) == (
            "einladung-067-2020.pdf",
            "application/pdf",
        )
        pdf = fold(
            " ".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.get_content())).pages)
        )
        assert salutation in pdf
        assert "Anlage: Kalendereintrag veranstaltung-067-2020.ics" in pdf
        assert (calendar.get_filename(), calendar.get_content_type()) == (
            "veranstaltung-067-2020.ics",
            "text/calendar",
        )
        ical = calendar.get_content()
        assert isinstance(ical, str)
        [event] = Calendar.from_ical(ical).walk("VEVENT")
        assert str(event["summary"]) == TITLE
    # The paper letters of `invite` are there for the post, without the enclosure.
    paper = sending / "intern" / "2020" / "067" / "einladungen"
    assert any(p.name.startswith("einladung-067-2020-003-schmidt") for p in files_below(paper))
    # Only his letter is in the print file: the others got theirs by e-mail.
    assert (
        "1 Brief per Post zum Drucken in intern/2020/067/einladungen-067-2020.pdf, Kalendereintrag"
    ) in out
    printed = PdfReader(sending / "intern" / "2020" / "067" / "einladungen-067-2020.pdf")
    text = fold(" ".join(page.extract_text() for page in printed.pages))
    assert "Sehr geehrter Herr Schmidt," in text
    assert "Müller" not in text and "JobCenter Mitte Seydelstr" not in text


def test_no_print_file_when_every_row_gets_e_mail(
    sending: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    release = sending / "releases" / RELEASE_NAME
    everyone = write_list(sending / "alle.csv", [RECIPIENTS[0], RECIPIENTS[2]])
    status, _out, err = run_main(capsys, "invite", str(release), "--recipients", str(everyone))
    assert status == 0, err
    print_file = sending / "intern" / "2020" / "067" / "einladungen-067-2020.pdf"
    assert print_file.is_file()  # without --send, every letter is for the post
    status, out, err = run_main(
        capsys, "invite", str(release), "--recipients", str(everyone), "--send"
    )
    assert (status, err) == (0, "")
    assert "keiner zum Drucken (jede Zeile hat eine E-Mail-Adresse)" in out
    assert not print_file.exists()  # the earlier one would invite them twice
    assert len(handler.received) == 2


def test_dry_run_and_a_withdrawn_release(
    sending: Path, invite_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    release = sending / "releases" / RELEASE_NAME
    args = ("invite", str(release), "--recipients", str(invite_list), "--send", "--dry-run")
    status, _out, _err = run_main(capsys, *args)
    assert status == 0
    folder = sending / "intern" / "2020" / "067" / "versand-einladungen"
    written = files_below(folder)
    assert [p.name for p in written] == [
        "0002-petra-kreativhaus-de.eml",
        "0004-presse-jobcenter-de.eml",
    ]
    draft = Received("", [], written[0].read_bytes()).message
    assert draft["X-Unsent"] == "1"
    assert handler.received == []
    edit_release(
        sending, "status: withdrawn\nwithdrawal:\n  date: 2020-03-05\n  reason: Abgesagt.\n"
    )
    before = snapshot(sending / "intern")
    for command in (args[:-1], args[:4]):  # with --send, and letters only
        status, out, err = run_main(capsys, *command)
        assert status == 1 and out == ""
        assert (
            "ist zurückgezogen; zu ihrer Veranstaltung werden keine Einladungen geschrieben "
            "oder versandt." in err
        )
        assert "Die Briefe sind geschrieben" not in err
        assert snapshot(sending / "intern") == before
    assert handler.received == []


def test_dry_run_needs_send(
    sending: Path, invite_list: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = sending / "releases" / RELEASE_NAME
    args = ("invite", str(release), "--recipients", str(invite_list), "--dry-run")
    status, _out, err = run_main(capsys, *args)
    assert (status, err) == (2, "Fehler: --dry-run gilt nur mit --send.\n")
    assert files_below(sending / "intern") == []


def test_what_sending_needs_is_checked_before_a_letter_is_written(
    sending: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    """The list's addresses, `[mail]` and `--erneut` with the rest of the list: no letter
    exists while one of them is wrong."""
    settings = sending / "pressetool.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace('sender = "pressestelle@ba-mitte.berlin.de"\n', ""))
    rows = [*RECIPIENTS[:2], "Herr;;Kim;Weiß;;Bergstr. 3;10115;;kim@weiss@example.org"]
    invite_list = write_list(sending / "einladungsliste.csv", rows, encoding="utf-8")
    release = sending / "releases" / RELEASE_NAME
    args = ("invite", str(release), "--recipients", str(invite_list), "--send")
    status, out, err = run_main(capsys, *args, "--erneut", "max@example.org")
    assert (status, out) == (1, "")
    assert err.replace(f"{sending}/", "").splitlines() == [
        "Fehler: einladungsliste.csv: „--erneut max@example.org“: Die Adresse steht nicht in "
        "der Liste.",
        "Fehler: einladungsliste.csv, Zeile 4: In der Spalte „Ort“ fehlt der Wert; ohne ihn "
        "lässt sich der Brief nicht adressieren. Tragen Sie ihn ein.",
        "Fehler: einladungsliste.csv, Zeile 4: Spalte „E-Mail“: „kim@weiss@example.org“ ist "
        "keine E-Mail-Adresse, an die sich senden lässt (etwa fehlt das @, es stehen zwei "
        "Adressen in der Zelle, oder vor dem @ steht ein Leerzeichen oder ein Umlaut). "
        "Korrigieren Sie die Adresse, oder leeren Sie die Zelle: Dann geht die Einladung per "
        "Post.",
        "Fehler: pressetool.toml, Feld „mail.sender“: Zum Versenden fehlt die Angabe sender "
        "unter [mail]: die Absenderadresse der Nachrichten. Tragen Sie sie ein; der Abschnitt "
        "„Versenden“ im README zeigt ein Beispiel.",
        "4 Fehler gefunden. Es wurde keine Datei geschrieben und nichts gesendet.",
    ]
    assert files_below(sending / "intern") == []
    assert handler.received == []


@pytest.mark.parametrize("header", ["Mail", "Mailadresse"])
def test_an_e_mail_column_named_as_in_the_distribution_list_is_read(
    sending: Path, handler: Handler, capsys: pytest.CaptureFixture[str], header: str
) -> None:
    invite_list = write_list(sending / "einladungsliste.csv", RECIPIENTS[:1])
    text = invite_list.read_text(encoding="cp1252")
    invite_list.write_text(text.replace(";E-Mail", f";{header}", 1), encoding="cp1252")
    release = sending / "releases" / RELEASE_NAME
    args = ("invite", str(release), "--recipients", str(invite_list), "--send")
    status, out, err = run_main(capsys, *args)
    assert (status, err) == (0, "")
    assert "Einladung zu Nr. 067/2020: an 1 von 1 Adressen gesendet." in out
    assert [r.recipients for r in handler.received] == [["petra@kreativhaus.de"]]


def test_a_second_person_at_a_shared_address_is_invited_by_post(
    sending: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    release = sending / "releases" / RELEASE_NAME
    shared = write_list(
        sending / "verein.csv",
        [
            "Frau;;Eva;Erst;Verein X;Weg 1;10117;Berlin;info@verein-x.org",
            "Herr;;Otto;Zweit;Verein X;Weg 1;10117;Berlin;info@verein-x.org",
        ],
    )
    status, out, err = run_main(
        capsys, "invite", str(release), "--recipients", str(shared), "--send"
    )
    assert (status, err) == (0, "")
    assert (
        "Zeile 3: info@verein-x.org steht schon in Zeile 2 für eine andere Person; die Adresse "
        "erhält nur deren Einladung. Otto Zweit wird per Post eingeladen: Der Brief steht in der "
        "Druckdatei."
    ) in out
    assert [r.recipients for r in handler.received] == [["info@verein-x.org"]]
    printed = PdfReader(sending / "intern" / "2020" / "067" / "einladungen-067-2020.pdf")
    text = fold(" ".join(page.extract_text() for page in printed.pages))
    assert "Sehr geehrter Herr Zweit," in text and "Erst" not in text


def test_an_invitation_whose_delivery_is_unclear_ends_with_status_1(
    sending: Path, invite_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    handler.lose_answer_for = "Presse@jobcenter.de"
    release = sending / "releases" / RELEASE_NAME
    args = ("invite", str(release), "--recipients", str(invite_list), "--send")
    status, out, err = run_main(capsys, *args)
    assert status == 1
    assert (
        "Einladung zu Nr. 067/2020: an 1 von 2 Adressen gesendet; bei 1 ist unklar, ob sie ankam."
    ) in out
    assert err.splitlines()[-1].startswith(
        "Bei 1 Adresse ist unklar, ob die Nachricht angekommen ist: Presse@jobcenter.de. "
    )
