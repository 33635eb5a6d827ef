"""What keeps the app local: each forged or oversized request is refused, and nothing
is written by it."""

from __future__ import annotations

import errno
import html
import os
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pressetool.problems import PressetoolError
from pressetool.reading import limits
from pressetool.web import app as app_module
from pressetool.web.app import entry_path
from pressetool.web.security import is_loopback, opening_page
from pressetool.web.server import NotLoopback, serve
from tests.conftest import files_below
from tests.web.conftest import BASE_URL, csrf_token

EDITOR = "/pm/2020/67"


def test_a_foreign_host_is_refused(client: FlaskClient) -> None:
    """DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1."""
    for host in ("evil.example:8765", "127.0.0.1:9999", "evil.example"):
        page = client.get("/", headers={"Host": host})
        assert page.status_code == 403
        assert "gehört nicht zu pressetool" in page.text
    assert client.get("/", base_url=BASE_URL).status_code == 200
    assert client.get("/", base_url="http://localhost:8765").status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/"),
        ("GET", f"{EDITOR}/datei/pdf"),
        ("GET", "/?schluessel=geraten"),
        ("GET", "/statisch/pressetool.css"),
        ("POST", "/neu"),
    ],
)
def test_a_browser_that_did_not_come_in_with_the_key_gets_nothing(
    app: Flask, web_office: Path, method: str, path: str
) -> None:
    """Another program or user of the computer reaches 127.0.0.1 too: without the key of
    this start (or a session that came in with it) it gets a 403 in plain text only."""
    before = files_below(web_office)
    stranger = app.test_client()
    page = stranger.open(path, method=method, data={"title": "x"}, base_url=BASE_URL)
    assert page.status_code == 403
    assert page.mimetype == "text/plain"
    assert page.text == (
        "pressetool öffnet nur, wer mit der Adresse kommt, die „pressetool serve“ beim Start "
        "nennt (sie endet auf ?schluessel=…). Öffnen Sie diese Adresse; der Browser merkt "
        "sich den Zugang dann für 31 Tage."
    )
    assert files_below(web_office) == before


def test_the_key_lets_a_browser_in_and_leaves_the_address(app: Flask) -> None:
    browser = app.test_client()
    key = entry_path(app).removeprefix("/?schluessel=")
    came = browser.get(f"{EDITOR}?schluessel={key}&x=1", base_url=BASE_URL)
    assert (came.status_code, came.location) == (302, f"{EDITOR}?x=1")
    assert browser.get(EDITOR, base_url=BASE_URL).status_code == 200
    cookie = browser.get_cookie(COOKIE, domain="127.0.0.1")
    assert cookie is not None and cookie.expires is not None  # kept when the browser closes
    other = app_module.create_app(app.extensions["pressetool"].folder, port=8765)
    try:  # the key of one start is not the next one's
        late = other.test_client().get(f"/?schluessel={key}", base_url=BASE_URL)
        assert late.status_code == 403
    finally:
        app_module.cleanup(other)


def test_serve_opens_the_browser_through_a_page_only_the_user_can_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not with the key on the browser's command line, which every user sees in `ps`."""
    url = "http://127.0.0.1:8765/?schluessel=abc"
    opened = Path(opening_page(url).removeprefix("file://"))
    assert opened.parent == Path(os.environ["XDG_STATE_HOME"]) / "pressetool"
    assert opened.stat().st_mode & 0o777 == 0o600
    assert f'content="0; url={url}"' in opened.read_text(encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", "/proc/kein-ordner")
    assert opening_page(url) == url  # no page can be written: the address itself


def test_a_post_without_csrf_token_is_refused(client: FlaskClient, web_office: Path) -> None:
    """Refused on a page of the app: its navigation leads on (an expired form, say)."""
    before = files_below(web_office)
    for data in ({"title": "Von einer fremden Seite"}, {"title": "x", "csrf": "geraten"}):
        page = client.post("/neu", data=data, base_url=BASE_URL)
        assert page.status_code == 403
        assert "Formular ist abgelaufen" in page.text
        assert (
            "<h1>Das ging nicht</h1>" in page.text and 'aria-label="Hauptnavigation"' in page.text
        )
    assert files_below(web_office) == before


def test_a_post_from_a_foreign_origin_is_refused(client: FlaskClient, web_office: Path) -> None:
    token = csrf_token(client)
    before = files_below(web_office)
    page = client.post(
        "/neu",
        data={"title": "Fremd", "csrf": token},
        headers={"Origin": "http://evil.example"},
        base_url=BASE_URL,
    )
    assert page.status_code == 403
    assert files_below(web_office) == before


def oversized_upload(token: str, field: str, typed: str) -> bytes:
    """A form with a list over its bound, and `typed` in `field` after it, as a browser
    sends it (as bytes: the test client spools a dict with a file to a temp file)."""
    too_large = b"Anrede;Vorname\r\n" + b"x" * (limits.LIST_FILE_BYTES + 2 * 2**20)
    return b"".join(
        [
            b'--grenze\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n',
            token.encode(),
            b'\r\n--grenze\r\nContent-Disposition: form-data; name="liste"; filename="l.csv"',
            b"\r\nContent-Type: text/csv\r\n\r\n",
            too_large,
            f'\r\n--grenze\r\nContent-Disposition: form-data; name="{field}"\r\n\r\n'.encode(),
            typed.encode(),
            b"\r\n--grenze--\r\n",
        ]
    )


@pytest.mark.parametrize(
    ("page", "field", "typed"),
    [("einladungen/pruefen", "datum", "2.3.2020"), ("listen", "leerzeilen", "12")],
)
def test_an_oversized_upload_is_refused_at_its_field(
    client: FlaskClient, web_office: Path, page: str, field: str, typed: str
) -> None:
    """Said at the list's field of the page, the other field as typed: the request is read
    through, the list only up to its bound."""
    before = files_below(web_office)
    answer = client.post(
        f"{EDITOR}/{page}",
        data=oversized_upload(csrf_token(client), field, typed),
        content_type="multipart/form-data; boundary=grenze",
        base_url=BASE_URL,
    )
    assert answer.status_code == 422
    text = html.unescape(answer.text)
    assert (
        'id="e-f-liste">Fehler: Die Datei ist zu groß: erlaubt sind höchstens 20 MB. Prüfen Sie, '
        "ob Sie die richtige Datei gewählt haben.</p>" in text
    )
    assert f'name="{field}" value="{typed}"' in text
    assert f'<a href="{EDITOR}">Zurück zur Pressemitteilung</a>' in text
    assert files_below(web_office) == before


def test_a_request_larger_than_any_upload_is_refused_unread(
    client: FlaskClient, web_office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "UPLOAD_READ_BYTES", limits.LIST_FILE_BYTES)
    before = files_below(web_office)
    answer = client.post(
        f"{EDITOR}/einladungen/pruefen",
        data=oversized_upload(csrf_token(client), "datum", ""),
        content_type="multipart/form-data; boundary=grenze",
        base_url=BASE_URL,
    )
    assert answer.status_code == 413
    assert "Die Datei ist zu groß: erlaubt sind höchstens 20 MB." in answer.text
    assert files_below(web_office) == before


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/neu", "path"),
        (EDITOR, "source"),
        (f"{EDITOR}/vorschau", "event.hosts[1].datei"),
        (f"{EDITOR}/listen", "registrations"),
        (f"{EDITOR}/einladungen/pruefen", "recipients"),
    ],
)
def test_a_path_in_a_form_field_is_refused(
    client: FlaskClient, web_office: Path, url: str, field: str
) -> None:
    token = csrf_token(client)
    before = files_below(web_office)
    page = client.post(url, data={"csrf": token, field: "/etc/passwd"}, base_url=BASE_URL)
    assert page.status_code == 400
    assert f"Unbekanntes Feld im Formular: „{field}“" in page.text
    assert files_below(web_office) == before


def test_a_path_in_an_address_finds_nothing(client: FlaskClient) -> None:
    for url in (
        "/pm/2020/67/datei/..%2f..%2fpressetool.toml",
        "/pm/2020/..%2f67",
        "/pm/2020/67/listen/..%2Fpressetool.toml",
        "/statisch/..%2f..%2fpressetool.toml",
    ):
        assert client.get(url, base_url=BASE_URL).status_code == 404


def test_the_uploaded_file_name_is_never_a_path(client: FlaskClient, web_office: Path) -> None:
    from io import BytesIO

    token = csrf_token(client)
    page = client.post(
        f"{EDITOR}/einladungen/pruefen",
        data={"csrf": token, "liste": (BytesIO(b"Anrede;Vorname\n"), "../../../pressetool.toml")},
        content_type="multipart/form-data",
        base_url=BASE_URL,
    )
    assert page.status_code == 422
    assert (web_office / "pressetool.toml").read_text(encoding="utf-8").startswith("#")


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.org", "::"])
def test_serve_refuses_an_address_other_than_loopback(tmp_path: Path, host: str) -> None:
    with pytest.raises(NotLoopback) as refused:
        serve(tmp_path, host=host, port=8765, open_browser=False)
    assert str(refused.value) == (
        "pressetool serve ist nur auf diesem Computer erreichbar (127.0.0.1), nicht unter "
        f"„{host}“: im Netz bräuchte die App Anmeldung und Benutzerkonten, die es noch nicht "
        "gibt. Lassen Sie --host weg; wer an einem anderen Computer arbeitet, startet "
        "pressetool dort."
    )


@pytest.mark.parametrize(
    ("number", "why"),
    [
        (
            errno.EADDRINUSE,
            "ist schon belegt: Dort läuft schon ein Programm, vielleicht pressetool selbst",
        ),
        (errno.EACCES, "lässt sich nicht öffnen (keine Berechtigung)"),
    ],
)
def test_serve_on_a_port_it_cannot_have_says_so_in_german(
    web_office: Path, monkeypatch: pytest.MonkeyPatch, number: int, why: str
) -> None:
    """The system's reason is English (`Address already in use`). Waitress itself is
    replaced: on a port in use it leaves a socket open, which the tests would report."""
    import waitress.server

    def taken(*_args: object, **_options: object) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(waitress.server, "create_server", taken)
    with pytest.raises(PressetoolError) as error:
        serve(web_office, host="127.0.0.1", port=8799, open_browser=False)
    assert str(error.value) == (
        f"Port 8799 {why}. Wählen Sie einen anderen mit --port, zum Beispiel --port 8766."
    )


def test_loopback_addresses() -> None:
    assert all(map(is_loopback, ("127.0.0.1", "::1", "[::1]", "localhost", "127.0.0.2")))
    assert not any(map(is_loopback, ("0.0.0.0", "10.0.0.1", "localhost.evil.example", "")))


COOKIE = "pressetool_sitzung"


def session_cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie(COOKIE, domain="127.0.0.1")
    assert cookie is not None
    return cookie.value


def test_an_open_page_still_saves_after_the_app_was_started_anew(
    client: FlaskClient, web_office: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The session key is the user's, kept in their state folder (read-only for others)."""
    token = csrf_token(client)
    restarted = app_module.create_app(web_office, port=8765)
    try:
        again = restarted.test_client()
        again.set_cookie(COOKIE, session_cookie(client), domain="127.0.0.1")
        page = again.post(
            "/neu", data={"title": "Nach dem Neustart", "csrf": token}, base_url=BASE_URL
        )
        assert page.status_code == 302
    finally:
        app_module.cleanup(restarted)
    key = Path(os.environ["XDG_STATE_HOME"]) / "pressetool" / "sitzung.key"
    assert key.stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "anderer"))
    other = app_module.create_app(web_office, port=8765)
    try:
        foreign = other.test_client()
        foreign.set_cookie(COOKIE, session_cookie(client), domain="127.0.0.1")
        refused = foreign.post("/neu", data={"title": "X", "csrf": token}, base_url=BASE_URL)
        assert refused.status_code == 403
    finally:
        app_module.cleanup(other)
