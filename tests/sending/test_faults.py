"""When the server refuses, puts off, cuts off or is not there: a German message naming the
row and the address, the journal saying exactly who got it, and nobody getting it twice."""

from __future__ import annotations

import os
import signal
import smtplib
import sqlite3
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest

from pressetool.office import load_config
from pressetool.problems import Problem
from pressetool.sending import delivery
from pressetool.sending.release import send_release
from pressetool.sending.transport import ServerError
from tests.conftest import run_main
from tests.readback import PROJECT
from tests.sending.conftest import ADDRESSES, PRESS, distribution_list, sending_office
from tests.sending.smtp_server import (
    PASSWORD,
    UMLAUT_PASSWORD,
    USER,
    Handler,
    certificate,
    free_port,
    smtp_server,
    wait_for,
)


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delivery, "RETRY_DELAYS", (0.01, 0.01, 0.01))


def states(office: Path) -> dict[str, str]:
    journal = sqlite3.connect(office / "intern" / "versand.sqlite")
    try:
        return dict(journal.execute("SELECT address, state FROM deliveries").fetchall())
    finally:
        journal.close()


def counts(handler: Handler) -> dict[str, int]:
    return {a: len(handler.to(a)) for a in ADDRESSES}


def test_a_rejected_recipient_is_named_and_the_others_get_it(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    handler.refuse["berlin@dpa.com"] = "550 5.1.1 <berlin@dpa.com>: Recipient unknown"
    status, out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert status == 1
    assert "an 3 von 4 Adressen gesendet" in out
    assert (
        f"{press_list}, Zeile 3: berlin@dpa.com hat nichts erhalten: Der Mailserver lehnt die "
        "Adresse ab (Antwort des Servers: 550 5.1.1 <berlin@dpa.com>: Recipient unknown)."
    ) in err
    assert "1 Adresse hat nichts erhalten." in err
    assert counts(handler) == {a: int(a != "berlin@dpa.com") for a in ADDRESSES}
    assert states(sending)["berlin@dpa.com"] == "failed"
    status, out, _err = run_main(capsys, "send", "067/2020")
    assert status == 0
    assert out.splitlines() == [
        "Pressemitteilung Nr. 067/2020: 3 gesendet, 1 fehlgeschlagen.",
        "  Zeile 3: berlin@dpa.com hat nichts erhalten: Der Mailserver lehnt die Adresse ab "
        "(Antwort des Servers: 550 5.1.1 <berlin@dpa.com>: Recipient unknown). Prüfen Sie die "
        "Adresse in der Liste.",
    ]
    # Once the address is right on the server's side, the same command sends only to it.
    del handler.refuse["berlin@dpa.com"]
    status, out, _err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert status == 0
    assert "an 1 von 4 Adressen gesendet" in out
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)


def test_a_failure_corrected_in_the_list_is_no_longer_shown(
    sending: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    """The officer corrects a refused address in the list and sends again (all of it or
    one group): the overview shows what still stands, not the old address's failure. A
    run from another list forgets nothing (the address may still be wrong in the first)."""
    typo = "berlin@dpa.cmo"
    rows = [(typo if row[0] == "berlin@dpa.com" else row[0], *row[1:]) for row in PRESS]
    press_list = distribution_list(sending / "verteiler.csv", rows)
    handler.refuse[typo] = "550 5.1.1 Recipient unknown"
    assert run_main(capsys, "send", "067/2020", "--to", str(press_list))[0] == 1
    other = distribution_list(sending / "fachpresse.csv", [PRESS[0]])
    assert run_main(capsys, "send", "067/2020", "--to", str(other))[0] == 0
    assert "3 gesendet, 1 fehlgeschlagen." in run_main(capsys, "send", "067/2020")[1]

    distribution_list(press_list, PRESS)  # corrected
    command = ("send", "067/2020", "--to", str(press_list), "--gruppe", "Lokales")
    assert run_main(capsys, *command)[0] == 0
    overview = "Pressemitteilung Nr. 067/2020: {} gesendet.\n"
    assert run_main(capsys, "send", "067/2020")[1] == overview.format(3)
    status, out, _err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert status == 0
    assert "an 1 von 4 Adressen gesendet" in out
    assert run_main(capsys, "send", "067/2020")[1] == overview.format(4)
    assert typo not in states(sending)
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)


def test_a_journal_of_an_earlier_pressetool_is_carried_on(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    """A journal without the list's name (pressetool before it kept it): its rows are
    kept as they are, sending goes on."""
    (sending / "intern").mkdir()
    journal = sqlite3.connect(sending / "intern" / "versand.sqlite")
    with journal:
        journal.execute(
            "CREATE TABLE deliveries (mailing TEXT NOT NULL, address_key TEXT NOT NULL, "
            "address TEXT NOT NULL, row INTEGER, name TEXT, state TEXT NOT NULL, answer TEXT, "
            "attempts INTEGER NOT NULL DEFAULT 0, changed TEXT NOT NULL, "
            "PRIMARY KEY (mailing, address_key))"
        )
        journal.execute(
            "INSERT INTO deliveries VALUES ('Pressemitteilung Nr. 067/2020', 'alt@example.org', "
            "'alt@example.org', 2, NULL, 'failed', 'abgelehnt', 1, '2020-03-02T09:00:00+00:00')"
        )
    journal.close()
    assert run_main(capsys, "send", "067/2020", "--to", str(press_list))[0] == 0
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)
    assert states(sending)["alt@example.org"] == "failed"


def test_a_message_put_off_is_tried_again(
    sending: Path, press_list: Path, handler: Handler
) -> None:
    handler.put_off["berlin@dpa.com"] = ["451 4.7.1 Try again later"] * 2
    told: list[Problem] = []
    result = send_release(load_config(sending), "067/2020", press_list, waiting=told.append)
    assert (result.sent, result.problems) == (4, [])
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)
    # a wait of minutes is said, so that nobody takes the run for hung
    assert [problem.message for problem in told] == [
        "berlin@dpa.com: Der Mailserver stellt die Nachricht zurück (Antwort des Servers: 451 "
        "4.7.1 Try again later); neuer Versuch in 0.01 Sekunden. Bitte warten."
    ] * 2


def test_send_says_when_it_waits(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    handler.put_off["berlin@dpa.com"] = ["451 4.7.1 Try again later"]
    status, out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert status == 0, err
    assert "berlin@dpa.com: Der Mailserver stellt die Nachricht zurück" in err
    assert "an 4 von 4 Adressen gesendet" in out


def test_a_message_put_off_too_often_waits_for_the_next_run(
    sending: Path, press_list: Path, handler: Handler
) -> None:
    handler.put_off["berlin@dpa.com"] = ["451 4.3.0 Mailbox busy"] * 4
    result = send_release(load_config(sending), "067/2020", press_list)
    assert result.sent == 3
    [problem] = result.problems
    assert problem.line == 3
    assert "4-mal vorläufig abgelehnt (Antwort des Servers: 451 4.3.0 Mailbox busy)" in (
        problem.message
    )
    result = send_release(load_config(sending), "067/2020", press_list)
    assert (result.sent, result.skipped) == (1, 3)
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)


def test_a_message_put_off_after_its_end_is_sent_again_not_unclear(
    sending: Path, press_list: Path, handler: Handler, monkeypatch: pytest.MonkeyPatch
) -> None:
    """451 after the final `.`: the server has not got it. Stopped in the wait (Ctrl+C),
    the next run sends it; it was left `submitting` and called unclear."""
    handler.put_off_message["berlin@dpa.com"] = ["451 4.3.0 Try again later"]

    def interrupted(_seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(delivery, "wait_before_retry", interrupted)
    with pytest.raises(KeyboardInterrupt):
        send_release(load_config(sending), "067/2020", press_list)
    assert states(sending)["berlin@dpa.com"] == "queued"
    again = send_release(load_config(sending), "067/2020", press_list)
    assert (again.unclear, again.problems, again.warnings) == ([], [], [])
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)


def test_a_sender_put_off_stops_the_run_and_no_row_is_to_blame(
    sending: Path, press_list: Path, handler: Handler
) -> None:
    """451 to MAIL, as a relay at its rate limit answers: every row would wait 155 s in
    turn (hours for a list); the run stops after the tries of the first."""
    handler.sender_answers = ["451 4.7.1 Rate limit exceeded"] * 4
    result = send_release(load_config(sending), "067/2020", press_list)
    assert result.sent == 0 and result.not_sent == 4
    [problem] = result.problems
    assert problem.line is None
    assert (
        "Der Mailserver 127.0.0.1 nimmt gerade keine Nachrichten an, auch nach 4 Versuchen nicht "
        "(Antwort des Servers: 451 4.7.1 Rate limit exceeded); pressetool hat angehalten."
    ) in problem.message
    assert set(states(sending).values()) == {"queued"}
    again = send_release(load_config(sending), "067/2020", press_list)
    assert (again.sent, again.problems) == (4, [])


def test_a_sender_refused_is_no_failure_of_the_first_row(
    sending: Path, press_list: Path, handler: Handler
) -> None:
    handler.sender_answers = ["550 5.7.1 Sender not allowed"]
    result = send_release(load_config(sending), "067/2020", press_list)
    [problem] = result.problems
    assert "nimmt von der Absenderadresse" in problem.message
    assert set(states(sending).values()) == {"queued"}
    assert send_release(load_config(sending), "067/2020", press_list).sent == 4


def test_a_connection_closed_after_some_messages_is_made_again(
    sending: Path, press_list: Path, handler: Handler
) -> None:
    handler.close_after = 2
    result = send_release(load_config(sending), "067/2020", press_list)
    assert (result.sent, result.problems) == (4, [])
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)


def test_an_answer_lost_after_the_message_is_never_sent_again_unasked(
    sending: Path, press_list: Path, handler: Handler
) -> None:
    handler.lose_answer_for = "berlin@dpa.com"
    result = send_release(load_config(sending), "067/2020", press_list)
    assert (result.sent, result.unclear, result.warnings) == (3, ["berlin@dpa.com"], [])
    [problem] = result.problems
    assert "berlin@dpa.com: Ob die Nachricht angekommen ist, ist unklar" in problem.message
    assert "--erneut berlin@dpa.com" in problem.message
    assert states(sending)["berlin@dpa.com"] == "submitting"
    again = send_release(load_config(sending), "067/2020", press_list)
    assert (again.sent, again.skipped, again.unclear) == (0, 3, ["berlin@dpa.com"])
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)
    asked = send_release(load_config(sending), "067/2020", press_list, resend=["Berlin@DPA.com"])
    assert asked.sent == 1
    assert len(handler.to("berlin@dpa.com")) == 2
    assert states(sending)["berlin@dpa.com"] == "sent"


UNCLEAR = (
    "{list}, Zeile {row}: {address}: Ob die Nachricht angekommen ist, ist unklar; die "
    "Verbindung brach ab, nachdem sie vollständig übertragen war. Sie wird nicht noch einmal "
    "gesendet, damit niemand sie doppelt bekommt. Fragen Sie dort nach; fehlt sie, senden Sie "
    "sie mit --erneut {address}."
)


def test_a_run_with_unclear_deliveries_ends_with_status_1_and_the_next_lists_them(
    sending: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    """From the third message on, the server keeps each and closes the connection without
    answering: this run ends with status 1, counts the unclear addresses and names them;
    the next one sends them no second time and lists them again, as Hinweise (its status
    is not held at 1 by what the last run said)."""
    rows = [(f"redaktion{i}@example.org", "", "", "") for i in range(1, 7)]
    press_list = distribution_list(sending / "f2.csv", rows)
    handler.lose_answers_from = 3
    unclear = [row[0] for row in rows[2:]]
    summary = (
        "Bei 4 Adressen ist unklar, ob die Nachricht angekommen ist: "
        f"{', '.join(unclear)}. Von selbst sendet pressetool sie dorthin nicht noch einmal, "
        "damit niemand sie doppelt bekommt. Fragen Sie dort nach, ob sie angekommen ist "
        "(„pressetool send 067/2020“ zeigt, was das Versandjournal intern/versand.sqlite dazu "
        "festhält). Fehlt sie, rufen Sie denselben Befehl mit --erneut und der Adresse auf "
        "(etwa --erneut redaktion3@example.org; für mehrere Adressen --erneut vor jeder)."
    )
    errors = [
        "Fehler: " + UNCLEAR.format(list=press_list, row=row, address=address)
        for row, address in enumerate(unclear, 4)
    ]
    status, out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert status == 1
    assert out == (
        "Pressemitteilung Nr. 067/2020: an 2 von 6 Adressen gesendet; bei 4 ist unklar, ob sie "
        "ankam.\n"
    )
    assert err.splitlines() == [*errors, summary]
    assert len(handler.received) == 6
    handler.lose_answers_from = None
    status, out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert status == 0
    hints = [line.replace("Fehler: ", "Hinweis: ", 1) for line in errors]
    assert out.splitlines()[: len(hints) + 1] == [
        *hints,
        "Pressemitteilung Nr. 067/2020: an 0 von 6 Adressen gesendet; bei 4 ist unklar, ob sie "
        "ankam.",
    ]
    assert err.splitlines() == [summary]
    assert len(handler.received) == 6
    # Sent again on purpose, the address is no longer unclear.
    command = ("send", "067/2020", "--to", str(press_list))
    status, _out, err = run_main(capsys, *command, *(f"--erneut={a}" for a in unclear))
    assert (status, err) == (0, "")
    assert len(handler.received) == 10


def test_a_run_with_a_failure_and_an_unclear_delivery_says_both(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    handler.refuse["berlin@dpa.com"] = "550 5.1.1 Recipient unknown"
    handler.lose_answer_for = "kiez@rbb-online.de"
    status, out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert status == 1
    assert "an 2 von 4 Adressen gesendet; bei 1 ist unklar, ob sie ankam." in out
    lines = err.splitlines()
    assert lines[-2].startswith("1 Adresse hat nichts erhalten.")
    assert lines[-1].startswith(
        "Bei 1 Adresse ist unklar, ob die Nachricht angekommen ist: kiez@rbb-online.de. "
    )


def test_a_server_that_is_not_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    office = sending_office(tmp_path / "amt", free_port())
    monkeypatch.chdir(office)
    press_list = distribution_list(office / "verteiler.csv")
    status, out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
    assert (status, out) == (1, "")
    assert "Der Mailserver 127.0.0.1 ist an Port" in err
    assert "nicht erreichbar (Verbindung abgelehnt, dort läuft kein Mailserver)" in err
    assert "Es wurde nichts gesendet." in err
    assert "sent" not in states(office).values()


def test_a_server_that_goes_away_stops_the_run_and_the_next_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    sending = sending_office(tmp_path / "amt", port)
    press_list = distribution_list(sending / "verteiler.csv")
    config = load_config(sending)
    with smtp_server(port=port) as (handler, _port):
        handler.close_after = 2  # then, while pressetool waits to connect again, it is gone
        monkeypatch.setattr(delivery, "wait_before_retry", lambda _seconds: handler.stop())
        result = send_release(config, "067/2020", press_list)
    assert (result.sent, result.not_sent) == (2, 2)
    [problem] = result.problems
    assert "Die Verbindung zum Mailserver 127.0.0.1 ist abgebrochen" in problem.message
    assert "Rufen Sie denselben Befehl später noch einmal auf" in problem.message
    assert list(states(sending).values()) == ["sent", "sent", "queued", "queued"]
    with smtp_server(port=port) as (again, _port):
        result = send_release(config, "067/2020", press_list)
    assert (result.sent, result.skipped, result.problems) == (2, 2, [])
    assert [r.recipients for r in again.received] == [[a] for a in ADDRESSES[2:]]


def test_a_server_away_for_a_while_is_waited_for_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Gone after two messages and back before the last wait is over: pressetool waits
    (5, 30, 120 seconds), connects again and sends the rest in the same run."""
    port = free_port()
    sending = sending_office(tmp_path / "amt", port)
    press_list = distribution_list(sending / "verteiler.csv")
    waits: list[float] = []
    with ExitStack() as servers:
        first, _port = servers.enter_context(smtp_server(port=port))
        first.close_after = 2
        back: list[Handler] = []

        def wait(seconds: float) -> None:
            waits.append(seconds)
            if len(waits) == 1:
                first.stop()  # the connection is cut, the server not there
            elif len(waits) == 3:
                back.append(servers.enter_context(smtp_server(port=port))[0])

        monkeypatch.setattr(delivery, "wait_before_retry", wait)
        result = send_release(load_config(sending), "067/2020", press_list)
    assert waits == list(delivery.RETRY_DELAYS)  # 5, 30, 120 s, shortened for the tests
    assert (result.sent, result.not_sent, result.problems) == (4, 0, [])
    assert [r.recipients for r in back[0].received] == [[a] for a in ADDRESSES[2:]]


def test_a_login_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with smtp_server(login=True) as (handler, port):
        office = sending_office(tmp_path / "amt", port, f'user = "{USER}"\n')
        press_list = distribution_list(office / "verteiler.csv")
        monkeypatch.setenv("PRESSETOOL_SMTP_PASSWORD", "falsch")
        with pytest.raises(ServerError) as error:
            send_release(load_config(office), "067/2020", press_list)
        assert (
            "Der Mailserver 127.0.0.1 hat die Anmeldung als „pressestelle“ abgelehnt "
            "(Antwort des Servers: 535 5.7.8 Authentication credentials invalid)"
        ) in str(error.value)
        monkeypatch.setenv("PRESSETOOL_SMTP_PASSWORD", PASSWORD)
        result = send_release(load_config(office), "067/2020", press_list)
        assert result.sent == 4 and len(handler.received) == 4


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_a_password_with_umlauts_logs_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mechanism: str
) -> None:
    """smtplib sends a login as ASCII: `Geheim-ß€` stopped `send` with a traceback."""
    offered = smtplib.SMTP.has_extn

    def only(smtp: smtplib.SMTP, name: str) -> bool:
        if name.lower() == "auth":
            smtp.esmtp_features["auth"] = mechanism
        return offered(smtp, name)

    monkeypatch.setattr(smtplib.SMTP, "has_extn", only)
    with smtp_server(login=True) as (handler, port):
        office = sending_office(tmp_path / "amt", port, f'user = "{USER}"\n')
        press_list = distribution_list(office / "verteiler.csv")
        monkeypatch.setenv("PRESSETOOL_SMTP_PASSWORD", "Falsch-ß")
        with pytest.raises(ServerError) as error:
            send_release(load_config(office), "067/2020", press_list)
        assert "hat die Anmeldung als „pressestelle“ abgelehnt" in str(error.value)
        monkeypatch.setenv("PRESSETOOL_SMTP_PASSWORD", UMLAUT_PASSWORD)
        result = send_release(load_config(office), "067/2020", press_list)
        assert result.sent == 4 and len(handler.received) == 4


def test_a_password_of_bytes_that_are_no_utf8_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Latin-1 `ß` in the environment (an old terminal): smtplib stopped with a traceback."""
    monkeypatch.setenv("PRESSETOOL_SMTP_PASSWORD", os.fsdecode(b"Geheim-\xdf"))
    with smtp_server(login=True) as (handler, port):
        office = sending_office(tmp_path / "amt", port, f'user = "{USER}"\n')
        press_list = distribution_list(office / "verteiler.csv")
        with pytest.raises(ServerError) as error:
            send_release(load_config(office), "067/2020", press_list)
        assert "nicht in UTF-8 geschrieben" in str(error.value)
        assert handler.received == []


def test_the_password_from_a_file_outside_the_office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "geheim" / "smtp-passwort"
    secret.parent.mkdir()
    secret.write_text(f"{PASSWORD}\n", encoding="utf-8")
    monkeypatch.delenv("PRESSETOOL_SMTP_PASSWORD", raising=False)
    with smtp_server(login=True) as (handler, port):
        extra = f'user = "{USER}"\npassword_file = "{secret}"\n'
        office = sending_office(tmp_path / "amt", port, extra)
        press_list = distribution_list(office / "verteiler.csv")
        result = send_release(load_config(office), "067/2020", press_list)
        assert result.sent == 4 and len(handler.received) == 4


def test_without_a_password_nothing_is_tried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PRESSETOOL_SMTP_PASSWORD", raising=False)
    with smtp_server(login=True) as (handler, port):
        office = sending_office(tmp_path / "amt", port, f'user = "{USER}"\n')
        monkeypatch.chdir(office)
        press_list = distribution_list(office / "verteiler.csv")
        status, _out, err = run_main(capsys, "send", "067/2020", "--to", str(press_list))
        assert status == 1
        assert (
            "fehlt das Passwort. Setzen Sie die Umgebungsvariable PRESSETOOL_SMTP_PASSWORD" in err
        )
        assert handler.received == []


def test_starttls_not_offered(tmp_path: Path, server: tuple[Handler, int]) -> None:
    office = sending_office(tmp_path / "amt", server[1], security="starttls")
    press_list = distribution_list(office / "verteiler.csv")
    with pytest.raises(ServerError, match="bietet keine Verschlüsselung"):
        send_release(load_config(office), "067/2020", press_list)


def test_starttls_with_a_certificate_not_trusted_and_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert_file, context = certificate(tmp_path)
    with smtp_server(login=True, tls=context) as (handler, port):
        office = sending_office(tmp_path / "amt", port, f'user = "{USER}"\n', "starttls")
        settings = office / "pressetool.toml"
        text = settings.read_text(encoding="utf-8").replace('"127.0.0.1"', '"localhost"')
        settings.write_text(text, encoding="utf-8")
        press_list = distribution_list(office / "verteiler.csv")
        monkeypatch.setenv("PRESSETOOL_SMTP_PASSWORD", PASSWORD)
        with pytest.raises(ServerError) as error:
            send_release(load_config(office), "067/2020", press_list)
        assert "Der Mailserver localhost hat sich nicht mit einem gültigen Zertifikat" in str(
            error.value
        )
        assert handler.received == []
        monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))  # as an office's own CA
        result = send_release(load_config(office), "067/2020", press_list)
        assert result.sent == 4 and len(handler.received) == 4


def test_tls_spoken_to_a_server_without_it(tmp_path: Path, server: tuple[Handler, int]) -> None:
    office = sending_office(tmp_path / "amt", server[1], security="tls")
    press_list = distribution_list(office / "verteiler.csv")
    with pytest.raises(ServerError, match="der Server spricht an diesem Port kein TLS"):
        send_release(load_config(office), "067/2020", press_list)


def test_a_run_killed_halfway_is_finished_by_the_same_command(
    sending: Path, press_list: Path, handler: Handler
) -> None:
    """Killed while the server has the third message's recipient but not its text: the
    next run sends the third and fourth, and nobody gets a message twice."""
    handler.hold_rcpt_for = ADDRESSES[2]
    command = [sys.executable, "-m", "pressetool", "send", "067/2020", "--to", str(press_list)]
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    run = subprocess.Popen(command, cwd=sending, env=env, stdout=subprocess.DEVNULL)
    try:
        wait_for(handler.held.is_set)
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
    finally:
        handler.release.set()
    assert counts(handler) == {a: int(a in ADDRESSES[:2]) for a in ADDRESSES}
    assert list(states(sending).values()) == ["sent", "sent", "queued", "queued"]
    again = subprocess.run(command, cwd=sending, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "an 2 von 4 Adressen gesendet" in again.stdout
    assert "2 hatten sie schon" in again.stdout
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)


def test_one_run_at_a_time(sending: Path, press_list: Path, handler: Handler) -> None:
    from pressetool.problems import InputError
    from pressetool.register.journal import open_journal

    config = load_config(sending)
    with open_journal(config), pytest.raises(InputError, match="versendet ein anderer Aufruf"):
        send_release(config, "067/2020", press_list)
    assert handler.received == []


def test_the_overview_is_shown_while_a_run_sends(
    sending: Path, press_list: Path, handler: Handler, capsys: pytest.CaptureFixture[str]
) -> None:
    """`send NNN/JJJJ` only reads: it answers while another run holds the journal."""
    from pressetool.register.journal import open_journal

    assert send_release(load_config(sending), "067/2020", press_list).sent == 4
    with open_journal(load_config(sending)):
        status, out, err = run_main(capsys, "send", "067/2020")
    assert (status, err) == (0, "")
    assert "4 gesendet" in out


def test_a_damaged_journal_sends_nothing(sending: Path, press_list: Path, handler: Handler) -> None:
    from pressetool.problems import InputError

    journal = sending / "intern" / "versand.sqlite"
    journal.parent.mkdir()
    journal.write_bytes(b"kein SQLite" * 100)
    with pytest.raises(InputError, match="kein Versandjournal von pressetool"):
        send_release(load_config(sending), "067/2020", press_list)
    assert handler.received == []


def test_ctrl_c_halfway_says_so_in_german_and_the_same_command_finishes(
    sending: Path, press_list: Path, handler: Handler
) -> None:
    """Ctrl+C while the server holds the third message: no traceback but what to do;
    the next run sends the rest, and nobody gets a message twice."""
    handler.hold_rcpt_for = ADDRESSES[2]
    command = [sys.executable, "-m", "pressetool", "send", "067/2020", "--to", str(press_list)]
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    run = subprocess.Popen(
        command, cwd=sending, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_for(handler.held.is_set)
        os.kill(run.pid, signal.SIGINT)
        _out, err = run.communicate(timeout=30)
    finally:
        handler.release.set()
    assert run.returncode == 130
    assert err == (
        "Abgebrochen (Strg+C). Halb geschriebene Dateien wurden entfernt; derselbe Befehl noch "
        "einmal macht die Arbeit ganz. Welche Nachrichten schon gesendet sind, hält das "
        "Versandjournal fest: Niemand erhält etwas zweimal.\n"
    )
    assert counts(handler) == {a: int(a in ADDRESSES[:2]) for a in ADDRESSES}
    again = subprocess.run(command, cwd=sending, env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert counts(handler) == dict.fromkeys(ADDRESSES, 1)
