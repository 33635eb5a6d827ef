"""`[mail]` in pressetool.toml: read, checked, and never a password."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressetool.office import Mail, MailSecurity, load_config
from pressetool.problems import InputError
from pressetool.sending.delivery import Pace
from tests.builders import office_config


def mail_settings(folder: Path, section: str) -> Mail:
    return office_config(folder, after=f"[mail]\n{section}").mail


def problems(folder: Path, section: str) -> list[str]:
    with pytest.raises(InputError) as error:
        mail_settings(folder, section)
    return [problem.message for problem in error.value.problems]


def test_without_the_section_nothing_is_set(tmp_path: Path) -> None:
    assert office_config(tmp_path).mail == Mail()
    assert Mail().server_port == 587


def test_every_setting(tmp_path: Path) -> None:
    secret = tmp_path.parent / f"{tmp_path.name}-smtp-passwort"
    mail = mail_settings(
        tmp_path,
        'host = "mail.berlin.de"\nport = 2525\nsecurity = "tls"\nuser = "presse"\n'
        f'password_file = "{secret}"\nsender = "Presse@Ba-Mitte.Berlin.de"\n'
        'sender_name = "Bezirksamt Mitte"\nreply_to = "antwort@bücher.de"\n'
        'bcc = "ablage@ba-mitte.berlin.de"\nmax_per_minute = 20\n',
    )
    assert mail == Mail(
        host="mail.berlin.de",
        port=2525,
        security=MailSecurity.TLS,
        user="presse",
        password_file=secret,
        sender="Presse@ba-mitte.berlin.de",
        sender_name="Bezirksamt Mitte",
        reply_to="antwort@xn--bcher-kva.de",
        bcc="ablage@ba-mitte.berlin.de",
        max_per_minute=20,
    )
    assert mail_settings(tmp_path, 'security = "none"\n').server_port == 25


def test_a_password_in_the_file_is_refused(tmp_path: Path) -> None:
    [text] = problems(tmp_path, 'host = "mail.berlin.de"\npassword = "geheim"\n')
    assert "Feld „mail.password“: Ein Passwort gehört nicht in pressetool.toml" in text
    assert "PRESSETOOL_SMTP_PASSWORD" in text


def test_a_password_file_inside_the_office_folder_is_refused(tmp_path: Path) -> None:
    for path in ("geheim.txt", f"{tmp_path}/intern/passwort", "./a/../b"):
        [text] = problems(tmp_path, f'password_file = "{path}"\n')
        assert "Die Passwortdatei liegt im Ordner der Pressestelle" in text, path


def test_wrong_settings_are_named_all_at_once(tmp_path: Path) -> None:
    texts = problems(
        tmp_path,
        'security = "ssl"\nport = "587"\nmax_per_minute = 0\nsender = "presse at berlin.de"\n'
        'bcc = "a@b"\nhots = "x"\n',
    )
    assert len(texts) == 6
    joined = "\n".join(texts)
    assert 'Feld „mail.security“: „ssl“ ist hier nicht möglich. Schreiben Sie "starttls"' in joined
    assert "Feld „mail.port“: „587“ ist hier nicht möglich. Schreiben Sie eine ganze Zahl" in joined
    assert "Feld „mail.max_per_minute“: „0“" in joined
    assert "Feld „mail.sender“: „presse at berlin.de“ ist keine E-Mail-Adresse" in joined
    assert "Feld „mail.bcc“: „a@b“ ist keine E-Mail-Adresse" in joined
    assert "mail.hots" in joined and "host" in joined


def test_a_mail_section_does_not_stop_other_commands(tmp_path: Path) -> None:
    """Sending settings missing are said only when sending: build, invite … work."""
    office_config(tmp_path, after='[mail]\nsender_name = "Presse"\n')
    assert load_config(tmp_path).mail.host is None


def test_the_pace_spaces_messages_evenly() -> None:
    now = [100.0]
    waited: list[float] = []

    def sleep(seconds: float) -> None:
        waited.append(round(seconds, 6))
        now[0] += seconds

    pace = Pace(30, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        pace.wait()
    assert waited == [2.0, 2.0]
    now[0] += 5.0  # a slow message: no wait after it
    pace.wait()
    assert waited == [2.0, 2.0]
