"""`pressetool send`: the release to the press, as a mail program shows each message."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sqlite3
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from pressetool.office import OFFICE_TIME_ZONE, Config, load_config, today_in_office
from pressetool.problems import InputError
from pressetool.sending.release import send_release
from tests.builders import write_xlsx
from tests.conftest import files_below, run_main
from tests.readback import fold, reference_paragraphs
from tests.sending.conftest import (
    ADDRESSES,
    LIST_HEADER,
    PRESS,
    RELEASE_NAME,
    SENDER,
    distribution_list,
    edit_release,
)
from tests.sending.smtp_server import Handler

SUBJECT = (
    "Pressemitteilung Nr. 067/2020: Veranstaltung „Voneinander wissen in Mitte – JobCenter "
    "und Nachbarschaftseinrichtungen lernen sich kennen“"
)


def plain_text(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    text: str = part.get_content()
    return text.replace("\r\n", "\n")  # as a mail program shows it


def release_paragraphs(text: str) -> list[str]:
    """The release's paragraphs in a message's text, without the footer."""
    release = text.split("\n-- \n")[0]
    return [fold(p) for p in release.strip().split("\n\n")]


def attachments(message: EmailMessage) -> list[tuple[str | None, str, bytes]]:
    found = []
    for part in message.iter_attachments():
        data = part.get_content()
        assert isinstance(data, bytes)
        found.append((part.get_filename(), part.get_content_type(), data))
    return found


def test_each_recipient_gets_a_message_of_their_own(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert (status, err) == (0, "")
    assert "Pressemitteilung Nr. 067/2020: an 4 von 4 Adressen gesendet." in out
    assert [r.recipients for r in handler.received] == [[a] for a in ADDRESSES]
    names = [row[1] or row[2] for row in PRESS]
    for received, address, name in zip(handler.received, ADDRESSES, names, strict=True):
        message = received.message
        assert received.sender == SENDER
        to = message["To"]
        assert [(a.display_name, a.addr_spec) for a in to.addresses] == [(name, address)]
        assert message["Cc"] is None and message["Bcc"] is None
        assert message["From"].addresses[0].addr_spec == SENDER
        assert message["From"].addresses[0].display_name == "Bezirksamt Mitte, Pressestelle"
        assert message["Reply-To"] == "presse@ba-mitte.berlin.de"
        assert message["Subject"] == SUBJECT
        assert message["Content-Language"] == "de"
        assert release_paragraphs(plain_text(message)) == [fold(p) for p in reference_paragraphs()]
        html = message.get_body(("html",))
        assert html is not None
        assert "<h1>Veranstaltung „Voneinander wissen in Mitte" in html.get_content()
        [(filename, kind, data)] = attachments(message)
        assert (filename, kind) == ("pressemitteilung-067-2020.pdf", "application/pdf")
        pdf = PdfReader(io.BytesIO(data))
        assert "Voneinander wissen in Mitte" in fold(pdf.pages[0].extract_text())
    ids = {r.message["Message-ID"] for r in handler.received}
    assert len(ids) == 4


def test_a_second_send_sends_nothing_new(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main(capsys, "send", "067/2020", "--to", str(press_list))
    longer = distribution_list(sending / "verteiler.csv", [*PRESS, ("neu@taz.de", "", "taz", "")])
    status, out, _err = run_main(capsys, "send", "067/2020", "--to", str(longer))
    assert status == 0
    assert "an 1 von 5 Adressen gesendet" in out
    assert "4 hatten sie schon aus einem früheren Versand und erhielten keine zweite" in out
    assert [r.recipients for r in handler.received] == [[a] for a in [*ADDRESSES, "neu@taz.de"]]
    journal = sqlite3.connect(sending / "intern" / "versand.sqlite")
    states = journal.execute("SELECT address, state, answer FROM deliveries").fetchall()
    assert {(address, state) for address, state, _ in states} == {
        (a, "sent") for a in [*ADDRESSES, "neu@taz.de"]
    }
    assert all(answer.startswith("250 ") for _a, _s, answer in states)


def test_a_group_picks_its_rows(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _out, _err = run_main(
        capsys, "send", "067/2020", "--to", str(press_list), "--gruppe", "lokales"
    )
    assert status == 0
    assert [r.recipients for r in handler.received] == [[ADDRESSES[0]], [ADDRESSES[2]]]
    status, _out, err = run_main(
        capsys, "send", "067/2020", "--to", str(press_list), "--gruppe", "Sport"
    )
    assert status == 1
    assert "Keine Zeile gehört zur Gruppe „Sport“" in err
    assert "Agenturen, Freie, Lokales" in err
    assert "Es wurde nichts gesendet." in err


EMBARGO = "embargo: 2026-12-03 10:00\n"
BEFORE = dt.datetime(2026, 12, 2, 18, 0, tzinfo=OFFICE_TIME_ZONE)


def test_before_the_sperrfrist_nothing_is_sent_without_the_option(
    config: Config, press_list: Path, handler: Handler, sending: Path
) -> None:
    edit_release(sending, EMBARGO)
    with pytest.raises(InputError) as error:
        send_release(config, "067/2020", press_list, now=BEFORE)
    [problem] = error.value.problems
    assert "Sperrfrist bis 03.12.2026, 10 Uhr" in problem.message
    assert "--mit-sperrfrist" in problem.message
    assert handler.received == []
    assert not (sending / "intern" / "versand.sqlite").exists()


@pytest.mark.parametrize(
    ("now", "sent"),
    [
        (dt.datetime(2026, 10, 25, 0, 45, tzinfo=dt.UTC), 0),  # 2:45 summer time
        (dt.datetime(2026, 10, 25, 1, 29, tzinfo=dt.UTC), 0),  # 2:29 winter time
        (dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC), 4),  # 2:30 winter time
    ],
)
def test_a_sperrfrist_in_the_hour_shown_twice_ends_at_its_second(
    config: Config, press_list: Path, handler: Handler, sending: Path, now: dt.datetime, sent: int
) -> None:
    """When summer time ends, the clock shows 2:30 twice: nothing goes out before both."""
    edit_release(sending, "embargo: 2026-10-25 02:30\n")
    berlin = now.astimezone(OFFICE_TIME_ZONE)  # as `send` reads the clock
    if sent:
        assert send_release(config, "067/2020", press_list, now=berlin).sent == sent
    else:
        with pytest.raises(InputError) as error:
            send_release(config, "067/2020", press_list, now=berlin)
        [problem] = error.value.problems
        assert "Sperrfrist bis 25.10.2026, 2:30 Uhr" in problem.message
    assert len(handler.received) == sent


def test_with_the_option_subject_and_text_start_with_the_sperrfrist(
    config: Config, press_list: Path, handler: Handler, sending: Path
) -> None:
    edit_release(sending, EMBARGO)
    result = send_release(config, "067/2020", press_list, with_embargo=True, now=BEFORE)
    assert (result.sent, result.problems) == (4, [])
    notice = "SPERRFRIST bis 03.12.2026, 10 Uhr:"
    for received in handler.received:
        message = received.message
        assert message["Subject"] == f"{notice} {SUBJECT}"
        text = plain_text(message)
        assert text.startswith(f"{notice} Bitte veröffentlichen Sie diese Pressemitteilung")
        assert "Sperrfrist: 03.12.2026" not in text  # the notice, not the document's line
        html = message.get_body(("html",))
        assert html is not None
        assert f"<p><strong>{notice}" in html.get_content()


def test_after_the_sperrfrist_the_message_has_no_notice(
    config: Config, press_list: Path, handler: Handler, sending: Path
) -> None:
    edit_release(sending, EMBARGO)
    after = dt.datetime(2026, 12, 3, 10, 0, tzinfo=OFFICE_TIME_ZONE)
    send_release(config, "067/2020", press_list, now=after)
    assert handler.received[0].message["Subject"] == SUBJECT
    assert "SPERRFRIST" not in plain_text(handler.received[0].message)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("draft", "ist ein Entwurf und wird nicht versandt"),
        ("withdrawn", "ist zurückgezogen und wird nicht mehr versandt"),
        ("discarded", "ist verworfen"),
    ],
)
def test_a_release_not_published_is_never_sent(
    sending: Path,
    press_list: Path,
    handler: Handler,
    capsys: pytest.CaptureFixture[str],
    status: str,
    expected: str,
) -> None:
    extra = {
        "draft": "",
        "withdrawn": "withdrawal:\n  date: 2020-03-05\n  reason: Abgesagt.\n",
        "discarded": "discard:\n  date: 2020-03-05\n  reason: Doppelt.\n",
    }[status]
    edit_release(sending, f"status: {status}\n{extra}")
    for options in ([], ["--dry-run"], ["--mit-sperrfrist"]):
        code, _out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list), *options)
        assert code == 1
        assert expected in err, err
        assert "Es wurde nichts gesendet." in err
    assert handler.received == []
    assert files_below(sending / "intern") == []


def test_an_unfinished_draft_is_said_to_be_a_draft_not_its_missing_fields(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    """`new` writes a draft with its fields to fill in; it is never sent, whatever is
    missing."""
    assert run_main(capsys, "new", "--title", "Ein Entwurf", "--date", "2026-03-02")[0] == 0
    status, out, err = run_main(capsys, "send", "001/2026", "--to", str(press_list))
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "Fehler: releases/2026/001-ein-entwurf.yaml, Feld „status“: Die Pressemitteilung Nr. "
        "001/2026 ist ein Entwurf und wird nicht versandt. Veröffentlichen Sie sie zuerst mit "
        "„pressetool publish 001/2026“.",
        "Es wurde nichts gesendet.",
    ]
    assert handler.received == []
    assert not (sending / "intern").exists()


def test_a_discarded_number_is_said_to_be_discarded_with_its_reason(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unfinished draft given up with `discard`, and a number given before pressetool
    that has no file: the register's reason, not the fields the draft lacks."""
    assert run_main(capsys, "new", "--title", "Ein Entwurf", "--date", "2026-03-02")[0] == 0
    assert run_main(capsys, "discard", "001/2026", "--reason", "Doppelt angelegt")[0] == 0
    assert run_main(capsys, "discard", "002/2026", "--reason", "Vor pressetool vergeben")[0] == 0
    today = today_in_office().strftime("%d.%m.%Y")
    for number, where, reason in [
        ("001/2026", "releases/2026/001-ein-entwurf.yaml, Feld „status“: ", "Doppelt angelegt"),
        ("002/2026", "", "Vor pressetool vergeben"),
    ]:
        for options in ([], ["--dry-run"]):
            command = ("send", number, "--to", str(press_list), *options)
            status, out, err = run_main(capsys, *command)
            assert (status, out) == (1, "")
            assert err.splitlines() == [
                f"Fehler: {where}Die Nummer {number} ist verworfen (am {today}: {reason}); "
                "eine verworfene Pressemitteilung wird nie versandt.",
                "Es wurde nichts gesendet.",
            ]
    assert handler.received == []
    assert not (sending / "intern").exists()


Refused = tuple[str, list[str], str]
"""A case of `send NUMBER --to LIST OPTIONS`: the number, the options, and the one error
it gives."""


def _without_password(office: Path, press_list: Path) -> Refused:
    settings = office / "pressetool.toml"
    settings.write_text(settings.read_text(encoding="utf-8") + 'user = "pressestelle"\n')
    return (
        "067/2020",
        [],
        (
            f"Fehler: {settings}, Feld „mail.user“: Für die Anmeldung als „pressestelle“ am "
            "Mailserver fehlt das Passwort. Setzen Sie die Umgebungsvariable "
            "PRESSETOOL_SMTP_PASSWORD, oder nennen Sie in pressetool.toml unter [mail] als "
            "password_file eine Datei außerhalb des Ordners der Pressestelle, die das Passwort "
            "enthält."
        ),
    )


def _resend_unknown(office: Path, press_list: Path) -> Refused:
    return (
        "067/2020",
        ["--erneut", "niemand@taz.de"],
        (
            f"Fehler: {press_list}: „--erneut niemand@taz.de“: Die Adresse steht nicht in der "
            "Liste (oder nicht in den gewählten Gruppen)."
        ),
    )


def _dated_ahead(office: Path, press_list: Path) -> Refused:
    path = edit_release(office, old="date: 2020-03-02", new="date: 2099-03-02")
    ahead = office / "releases" / "2099" / path.name
    ahead.parent.mkdir()
    path.rename(ahead)
    return (
        "067/2099",
        [],
        (
            f"Fehler: releases/2099/{path.name}, Feld „date“: Die Pressemitteilung Nr. 067/2099 "
            "ist auf den 02.03.2099 datiert und vorher nicht öffentlich. Senden Sie sie ab diesem "
            "Tag, oder tragen Sie eine Sperrfrist (embargo) ein und senden Sie mit "
            "--mit-sperrfrist."
        ),
    )


def _under_embargo(office: Path, press_list: Path) -> Refused:
    edit_release(office, old="date: 2020-03-02", new="date: 2020-03-02\nembargo: 2099-01-01")
    return (
        "067/2020",
        [],
        (
            f"Fehler: releases/{RELEASE_NAME}, Feld „embargo“: Die Pressemitteilung Nr. 067/2020 "
            "hat eine Sperrfrist bis 01.01.2099, die noch nicht abgelaufen ist. Soll sie schon "
            "jetzt an die Presse gehen, rufen Sie den Befehl mit --mit-sperrfrist auf; dann "
            "beginnen Betreff und Text jeder Nachricht mit „SPERRFRIST bis 01.01.2099:“."
        ),
    )


def _bad_address(office: Path, press_list: Path) -> Refused:
    distribution_list(press_list, [*PRESS, ("kim@weiss@taz.de", "", "", "")])
    return (
        "067/2020",
        [],
        (
            f"Fehler: {press_list}, Zeile 6: Spalte „E-Mail“: „kim@weiss@taz.de“ ist keine "
            "E-Mail-Adresse, an die sich senden lässt (etwa fehlt das @, es stehen zwei Adressen "
            "in der Zelle, oder vor dem @ steht ein Leerzeichen oder ein Umlaut). Korrigieren Sie "
            "die Adresse oder löschen Sie die Zeile."
        ),
    )


@pytest.mark.parametrize(
    "case", [_without_password, _resend_unknown, _dated_ahead, _under_embargo, _bad_address]
)
def test_nothing_sent_is_said_once(
    sending: Path,
    press_list: Path,
    handler: Handler,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    case: Callable[[Path, Path], Refused],
) -> None:
    monkeypatch.delenv("PRESSETOOL_SMTP_PASSWORD", raising=False)
    number, options, error = case(sending, press_list)
    status, out, err = run_main(capsys, "send", number, "--to", str(press_list), *options)
    assert (status, out) == (1, "")
    assert err.splitlines() == [error, "Es wurde nichts gesendet."]
    assert handler.received == []


def test_a_release_dated_ahead_waits_for_its_day(
    config: Config, press_list: Path, handler: Handler
) -> None:
    day_before = dt.datetime(2020, 3, 1, 23, 30, tzinfo=OFFICE_TIME_ZONE)
    with pytest.raises(InputError, match=r"ist auf den 02\.03\.2020 datiert"):
        send_release(config, "067/2020", press_list, now=day_before)
    assert handler.received == []


def test_dry_run_writes_each_message_into_the_internal_folder(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = run_main(capsys, "send", "067/2020", "--to", str(press_list), "--dry-run")
    assert status == 0
    folder = sending / "intern" / "2020" / "067" / "versand-pressemitteilung"
    assert "4 Nachrichten als .eml-Datei in intern/2020/067/versand-pressemitteilung/" in out
    written = files_below(folder)
    assert [p.name for p in written] == [
        "0002-redaktion-tagesspiegel-de.eml",
        "0003-berlin-dpa-com.eml",
        "0004-mueller-freie-presse-de.eml",
        "0005-kiez-rbb-online-de.eml",
    ]
    assert handler.received == []
    assert not (sending / "output").exists()
    from tests.sending.smtp_server import Received

    draft = Received("", [], written[0].read_bytes()).message
    assert draft["X-Unsent"] == "1"
    assert draft["Subject"] == SUBJECT
    assert [a.addr_spec for a in draft["To"].addresses] == [ADDRESSES[0]]
    # A dry run records nothing: the real run afterwards sends to everyone.
    status, _out, _err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert status == 0 and len(handler.received) == 4


def test_the_office_copy_is_an_envelope_recipient_only(
    tmp_path: Path, server: tuple[Handler, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sending.conftest import sending_office

    handler, port = server
    office = sending_office(tmp_path / "amt", port, 'bcc = "ablage@ba-mitte.berlin.de"\n')
    monkeypatch.chdir(office)
    press_list = distribution_list(office / "verteiler.csv", PRESS[:2])
    result = send_release(load_config(office), "067/2020", press_list)
    assert result.sent == 2
    for received, address in zip(handler.received, ADDRESSES, strict=False):
        assert received.recipients == [address, "ablage@ba-mitte.berlin.de"]
        assert b"ablage@" not in received.data


def test_nothing_from_the_list_reaches_a_header_unencoded(
    sending: Path, handler: Handler, config: Config
) -> None:
    """A name with quotes, an address and a line break (Alt+Enter in Excel) stays text of
    the name; umlauts and Chinese are encoded."""
    hostile = 'Evil" <boss@ba-mitte.berlin.de>, x@y.de\nBcc: all@example.org'
    rows = [
        LIST_HEADER,
        ("redaktion@tagesspiegel.de", hostile, "", ""),
        ("wei@zeitung.de", "Wéi Zhāng 张伟", "", ""),
    ]
    press_list = write_xlsx(sending / "verteiler.xlsx", rows)
    send_release(config, "067/2020", press_list)
    first, second = (r.message for r in handler.received)
    [to] = first["To"].addresses
    assert to.addr_spec == "redaktion@tagesspiegel.de"
    assert to.display_name == 'Evil" <boss@ba-mitte.berlin.de>, x@y.de Bcc: all@example.org'
    assert first["Bcc"] is None
    assert [r.recipients for r in handler.received] == [[to.addr_spec], ["wei@zeitung.de"]]
    assert [a.display_name for a in second["To"].addresses] == ["Wéi Zhāng 张伟"]
    raw = handler.received[1].data.decode("ascii")  # every header encoded: plain ASCII
    assert re.search(r"^To: =\?utf-8\?", raw, re.MULTILINE)


def test_the_journal_of_a_number_nothing_sent_yet(
    sending: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = run_main(capsys, "send", "067/2020")
    assert (status, out) == (0, "Zur Nummer 067/2020 wurde noch nichts gesendet.\n")
    status, _out, err = run_main(capsys, "send", "67-2020")
    assert status == 1
    assert "„67-2020“ ist keine Pressemitteilungsnummer" in err


def test_withdraw_of_a_release_sent_by_e_mail_says_that_its_recipients_must_be_told(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "reindex")[0] == 0
    assert run_main(capsys, "send", "067/2020", "--to", str(press_list))[0] == 0
    status, out, err = run_main(capsys, "withdraw", "067/2020", "--reason", "Abgesagt.")
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == (
        "Die Pressemitteilung ist per E-Mail verschickt worden (gesendet: 4); dass sie "
        "zurückgezogen ist, erfährt dort niemand von selbst: Teilen Sie es den "
        "Empfängerinnen und Empfängern mit."
    )


def test_withdraw_of_a_release_never_sent_says_nothing_of_recipients(
    sending: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "reindex")[0] == 0
    status, out, _ = run_main(capsys, "withdraw", "067/2020", "--reason", "Abgesagt.")
    assert status == 0
    assert out.splitlines()[-1] == "Das Archiv erneuern Sie mit „pressetool archive“."


def test_a_release_the_register_knows_as_withdrawn_is_not_sent_after_a_hand_edit(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file says published again (its withdrawal deleted by hand); the register still
    says withdrawn: nothing goes out until they agree, not even with --dry-run."""
    assert run_main(capsys, "reindex")[0] == 0
    assert run_main(capsys, "withdraw", "067/2020", "--reason", "Abgesagt.")[0] == 0
    path = sending / "releases" / RELEASE_NAME
    text = path.read_text(encoding="utf-8")
    edited = text[: text.index("status: withdrawn")]
    path.write_text(edited, encoding="utf-8")
    for options in ([], ["--dry-run"]):
        code, out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list), *options)
        assert code == 1 and out == ""
        assert (
            "Feld „status“: Nr. 067/2020: Im Register steht „zurückgezogen“, in der Datei "
            "„veröffentlicht“; bis beide übereinstimmen, wird sie nicht versandt. Tragen Sie "
            "den Stand des Registers wieder in die Datei ein (status: withdrawn, dazu withdrawal "
            "mit date und reason); „pressetool verify“ zeigt, was abweicht." in err
        ), err
    assert handler.received == []
    assert not (sending / "intern" / "2020" / "067" / "versand-pressemitteilung").exists()


def test_a_release_the_register_does_not_know_is_not_sent(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    """A published release copied to begin the next one, its number changed by hand."""
    assert run_main(capsys, "reindex")[0] == 0
    text = (sending / "releases" / RELEASE_NAME).read_text(encoding="utf-8")
    copy = sending / "releases" / "2020" / "080-kopie.yaml"
    copy.write_text(text.replace("number: 67", "number: 80"), encoding="utf-8")
    code, out, err = run_main(capsys, "send", "080/2020", "--to", str(press_list))
    assert (code, out) == (1, "")
    assert (
        "Feld „number“: Nr. 080/2020 steht nicht im Register; pressetool verschickt sie erst, "
        "wenn sie dort steht." in err
    ), err
    assert handler.received == []


def test_list_shows_how_many_got_the_release(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "reindex")[0] == 0
    assert run_main(capsys, "send", "067/2020", "--to", str(press_list))[0] == 0
    status, out, _err = run_main(capsys, "list")
    assert status == 0
    header, row = out.splitlines()
    assert header.split("  ")[-1].strip() == "Einladungen versandt"
    assert row.endswith(f"veröffentlicht  {len(ADDRESSES)}")
    listed = json.loads(run_main(capsys, "list", "--format", "json")[1])
    assert (listed[0]["sent"], listed[0]["invitations_sent"]) == (len(ADDRESSES), 0)
