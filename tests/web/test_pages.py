"""The pages of the app through Flask's test client: each calls the library as the
command does, and the files on disk show it."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from pressetool.models import Status
from pressetool.reading.release_reader import read_release
from tests.builders import list_text
from tests.web.conftest import BASE_URL, csrf_token, form_of

RECIPIENTS = (
    "Frau;;Petra;Patz-Drüke;Bezirksamt Mitte;Karl-Marx-Allee 31;10178;Berlin;",
    "Herr;Dr.;Jürgen;Weiß;;Seydelstr. 2;10117;Berlin;",
)


def get(client: FlaskClient, url: str) -> str:
    page = client.get(url, base_url=BASE_URL)
    assert page.status_code == 200, page.text
    return page.text


def post(client: FlaskClient, url: str, data: Mapping[str, object], status: int = 200) -> str:
    sent = {"csrf": csrf_token(client), **data}
    page = client.post(url, data=sent, base_url=BASE_URL, follow_redirects=True)
    assert page.status_code == status, page.text
    return page.text


def new_draft(client: FlaskClient, title: str = "Neue Bänke im Schlosspark") -> str:
    """A draft made through the page; the editor's address."""
    page = client.post(
        "/neu",
        data={"csrf": csrf_token(client), "title": title, "date": "2026-03-02"},
        base_url=BASE_URL,
    )
    assert page.status_code == 302
    location = page.headers["Location"]
    assert re.fullmatch(r"/pm/2026/\d+", location)
    return location


def test_the_overview_lists_the_years_releases_with_their_status(client: FlaskClient) -> None:
    page = get(client, "/?jahr=2020")
    assert "067/2020" in page and "02.03.2020" in page
    assert "veröffentlicht" in page
    assert 'href="/pm/2020/67"' in page
    assert "Neue Pressemitteilung" in page
    assert "2021: noch keine Nummer vergeben." in get(client, "/?jahr=2021")


def test_a_new_release_takes_the_next_number_and_opens_the_editor(
    client: FlaskClient, web_office: Path
) -> None:
    editor = new_draft(client)
    assert editor == "/pm/2026/1"
    path = web_office / "releases/2026/001-neue-baenke-im-schlosspark.yaml"
    assert "status: draft" in path.read_text(encoding="utf-8")
    page = get(client, editor)
    assert "Nr. 001/2026 ist vergeben" in page
    assert 'value="Neue Bänke im Schlosspark"' in page
    assert "Status: <strong>Entwurf</strong>" in page
    assert "Nr. 002/2026 ist vergeben" in post(client, "/neu", {"title": "Zweite", "date": ""})


def test_a_new_release_without_title_is_refused_at_its_field(
    client: FlaskClient, web_office: Path
) -> None:
    page = post(client, "/neu", {"title": " ", "date": "30.2.2026"}, status=422)
    assert re.search(r'id="m-f-title"><p class="fehler">Fehler: Das Pflichtfeld fehlt', page)
    assert not (web_office / "releases/2026").exists()


@pytest.mark.parametrize(
    ("field", "always"),
    [
        ("title", True),
        ("body", True),
        ("event.title", False),
        ("event.date", False),
        ("event.start", False),
        ("event.venue.name", False),
        ("event.venue.street", False),
        ("event.venue.postcode", False),
        ("event.venue.city", False),
    ],
)
def test_required_fields_are_labelled_and_the_events_only_for_an_event(
    client: FlaskClient, field: str, always: bool
) -> None:
    page = get(client, new_draft(client))
    id_ = "f-" + field.replace(".", "-")
    label = re.search(rf'<label for="{id_}">[^<]*<span class="pflicht">\(Pflichtfeld\)', page)
    assert label is not None, field
    tag = re.search(rf'<(?:input|textarea) [^>]*id="{id_}"[^>]*>', page)
    assert tag is not None
    assert ('aria-required="true"' in tag[0]) is always
    if not always:
        assert "Gibt es eine Veranstaltung, sind die Felder mit „(Pflichtfeld)“ nötig." in page


def test_a_publish_refused_for_the_file_names_the_editors_fields(
    client: FlaskClient, web_office: Path
) -> None:
    editor = new_draft(client)
    page = html.unescape(post(client, f"{editor}/veroeffentlichen", {}, status=422))
    assert "Ergänzen Sie es im Editor, speichern Sie und veröffentlichen Sie dann noch" in page
    assert "<li>Feld „Text“: Das Pflichtfeld fehlt oder ist leer." in page
    assert "pressetool publish" not in page and "Zeile" not in page
    assert f'<a class="knopf zweitrangig" href="{editor}">Zurück zum Editor</a>' in page
    path = web_office / "releases/2026/001-neue-baenke-im-schlosspark.yaml"
    assert "status: draft" in path.read_text(encoding="utf-8")


def test_the_preview_shows_pages_errors_at_fields_and_hints(client: FlaskClient) -> None:
    editor = new_draft(client)
    fields = form_of(get(client, editor))
    missing = post(client, f"{editor}/vorschau", fields)
    assert '<img class="vorschau-seite"' not in missing
    assert re.search(r'<div id="m-f-body" hx-swap-oob="innerHTML">\s*<p class="fehler">', missing)

    fields["body"] = 'Die Bänke stehen "ab sofort" bereit, täglich 9-13 Uhr.'
    shown = post(client, f"{editor}/vorschau", fields)
    assert shown.count('<img class="vorschau-seite" src="data:image/png;base64,') == 1
    assert "Vorschau aktuell (1 Seite" in shown
    hints = re.findall(r'data-gefunden="([^"]*)" data-vorschlag="([^"]*)"', shown)
    assert ("&#34;ab sofort&#34;", "„ab sofort“") in hints
    assert ("9-13 Uhr", "9 – 13 Uhr") in hints


def test_saving_keeps_comments_and_detects_a_change_on_disk(
    client: FlaskClient, web_office: Path
) -> None:
    editor = new_draft(client)
    path = web_office / "releases/2026/001-neue-baenke-im-schlosspark.yaml"
    skeleton = path.read_text(encoding="utf-8")
    fields = form_of(get(client, editor))
    fields["body"] = "Ein Absatz.\n\nNoch einer."
    assert "Gespeichert: 001-neue-baenke-im-schlosspark.yaml" in post(client, editor, fields)
    saved = path.read_text(encoding="utf-8")
    assert [line for line in saved.splitlines() if line.startswith("#")] == [
        line for line in skeleton.splitlines() if line.startswith("#")
    ]
    assert read_release(path).body == ("Ein Absatz.", "Noch einer.")

    stale = form_of(get(client, editor))
    path.write_text(saved.replace("title: Neue Bänke", "title: Bänke"), encoding="utf-8")
    stale["title"] = "Neue Bänke im Schlosspark, jetzt mit Tischen"
    conflict = post(client, editor, stale, status=409)
    assert "Nicht gespeichert: die Datei wurde inzwischen geändert" in conflict
    assert "Ihre Fassung" in conflict and "Auf dem Datenträger" in conflict
    assert "title: Bänke im Schlosspark" in conflict
    assert "Neue Bänke im Schlosspark, jetzt mit Tischen" in conflict
    assert "title: Bänke im Schlosspark" in path.read_text(encoding="utf-8")
    again = form_of(conflict)
    post(client, editor, again)
    assert read_release(path).title == "Neue Bänke im Schlosspark, jetzt mit Tischen"


def test_publish_asks_names_the_number_and_writes_file_and_documents(
    client: FlaskClient, web_office: Path
) -> None:
    editor = new_draft(client)
    confirm = get(client, f"{editor}/veroeffentlichen")
    assert "Pressemitteilung Nr. 001/2026 veröffentlichen?" in confirm
    refused = post(client, f"{editor}/veroeffentlichen", {}, status=422)
    assert "Nr. 001/2026 wurde nicht geändert" in refused and "body" in refused
    fields = form_of(get(client, editor))
    post(client, editor, fields | {"body": "Ein Absatz."})
    done = post(client, f"{editor}/veroeffentlichen", {})
    assert "Nr. 001/2026 ist veröffentlicht" in done
    path = web_office / "releases/2026/001-neue-baenke-im-schlosspark.yaml"
    assert read_release(path).status is Status.PUBLISHED
    pdf = web_office / "output/2026/001/pressemitteilung-001-2026.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    download = client.get(f"{editor}/datei/pdf", base_url=BASE_URL)
    assert download.data == pdf.read_bytes()
    assert "filename=pressemitteilung-001-2026.pdf" in download.headers["Content-Disposition"]

    withdrawn = post(client, f"{editor}/zurueckziehen", {"reason": "Termin entfällt"})
    assert "Nr. 001/2026 ist zurückgezogen" in withdrawn
    assert "zurückgezogen am" in get(client, "/?jahr=2026")


def test_publish_under_embargo_says_the_documents_wait_in_the_internal_folder(
    client: FlaskClient, web_office: Path
) -> None:
    """Nothing public before its time, and the message says where the documents are."""
    editor = new_draft(client)
    fields = form_of(get(client, editor))
    post(client, editor, fields | {"body": "Ein Absatz.", "embargo": "2999-12-03 10:00"})
    done = post(client, f"{editor}/veroeffentlichen", {})
    assert (
        "Nr. 001/2026 ist veröffentlicht. Öffentlich ist sie erst ab 03.12.2999, 10\u00a0Uhr "
        "(Datum oder Sperrfrist): PDF und DOCX liegen bis dahin im internen Ordner intern/, "
        "nicht in output/." in html.unescape(done)
    )
    assert (web_office / "intern/2026/001/pressemitteilung-001-2026.pdf").is_file()
    assert not (web_office / "output/2026/001").exists()


def test_a_draft_is_discarded_and_a_published_release_corrected(
    client: FlaskClient, web_office: Path
) -> None:
    editor = new_draft(client)
    post(client, f"{editor}/verwerfen", {"reason": "doppelt"})
    assert "verworfen am" in get(client, "/?jahr=2026")
    corrected = post(client, "/pm/2020/67/berichtigen", {"date": "2020-03-05"})
    assert "Berichtigung zu Nr. 067/2020 angelegt: Nr. 068/2020" in corrected
    assert "Was wurde berichtigt?" in corrected


def test_a_recipient_list_with_a_bad_row_is_refused_row_by_row(
    client: FlaskClient, web_office: Path
) -> None:
    rows = (*RECIPIENTS, "Frau;;Anna;Schmidt;;Hauptstr. 1;1234x;Berlin;")
    page = post(
        client,
        "/pm/2020/67/einladungen/pruefen",
        {"liste": (BytesIO(list_text(rows).encode("cp1252")), "empfaenger.csv")},
        status=422,
    )
    assert re.search(r"<tr><td>4</td><td>[^<]*PLZ", page)
    assert not (web_office / "intern").exists()


def test_a_wrong_letter_date_and_a_missing_list_are_said_at_their_fields(
    client: FlaskClient, web_office: Path
) -> None:
    """The typed date stays in its field, marked, with the message beside it."""
    page = post(
        client,
        "/pm/2020/67/einladungen/pruefen",
        {
            "liste": (BytesIO(list_text(RECIPIENTS).encode("cp1252")), "empfaenger.csv"),
            "datum": "31.2.2020",
        },
        status=422,
    )
    text = html.unescape(page)
    assert 'id="e-f-datum">Fehler: „31.2.2020“' in text
    assert 'value="31.2.2020"' in text and 'aria-invalid="true"' in text
    assert "einladungen/erzeugen" not in text
    missing = html.unescape(post(client, "/pm/2020/67/einladungen/pruefen", {}, status=422))
    assert 'id="e-f-liste">Fehler: Das Pflichtfeld fehlt oder ist leer.' in missing
    assert not (web_office / "intern").exists()


def test_invitations_are_checked_then_made_with_progress_and_downloads(
    client: FlaskClient, web_office: Path
) -> None:
    checked = post(
        client,
        "/pm/2020/67/einladungen/pruefen",
        {"liste": (BytesIO(list_text(RECIPIENTS).encode("cp1252")), "empfaenger.csv")},
    )
    assert "2 Empfängerinnen und Empfänger, keine Fehler. Noch ist nichts geschrieben." in checked
    assert not (web_office / "intern").exists()
    token = re.search(r'name="liste" value="([^"]+)"', checked)
    assert token is not None
    started = client.post(
        "/pm/2020/67/einladungen/erzeugen",
        data={"csrf": csrf_token(client), "liste": token[1], "datum": "2020-03-02"},
        base_url=BASE_URL,
    )
    assert started.status_code == 302
    job = started.headers["Location"]
    deadline = time.monotonic() + 120
    while "Fertig: 2 Einladungen" not in (state := get(client, f"{job}/stand")):
        assert "Es wurde nichts geschrieben" not in state, state
        assert time.monotonic() < deadline
        time.sleep(0.3)
    printed = client.get("/pm/2020/67/einladungen/druck.pdf", base_url=BASE_URL)
    assert printed.data.startswith(b"%PDF")
    letters = client.get("/pm/2020/67/einladungen/briefe.zip", base_url=BASE_URL)
    import zipfile

    names = zipfile.ZipFile(BytesIO(letters.data)).namelist()
    assert len(names) == 4 and all(name.startswith("einladung-067-2020-") for name in names)
    calendar = client.get("/pm/2020/67/einladungen/kalender.ics", base_url=BASE_URL)
    assert calendar.data.startswith(b"BEGIN:VCALENDAR")


def test_lists_are_made_from_a_registration_list(client: FlaskClient, web_office: Path) -> None:
    page = post(
        client,
        "/pm/2020/67/listen",
        {"liste": (BytesIO(list_text(RECIPIENTS).encode("cp1252")), "a.csv"), "leerzeilen": "3"},
    )
    assert "4 Dateien geschrieben." in page
    sheet = client.get("/pm/2020/67/listen/anwesenheitsliste.pdf", base_url=BASE_URL)
    assert sheet.data.startswith(b"%PDF")
    assert (web_office / "intern/2020/067/teilnehmendenliste-067-2020.docx").is_file()


@pytest.mark.parametrize("typed", ["viele", "5000", "-1"])
def test_a_wrong_number_of_blank_rows_is_said_at_its_field_and_kept(
    client: FlaskClient, typed: str
) -> None:
    page = html.unescape(post(client, "/pm/2020/67/listen", {"leerzeilen": typed}, status=422))
    said = f'id="e-f-leerzeilen">Fehler: „{typed}“ ist keine Anzahl von 0 bis 1.000.'
    assert said in page
    field = re.search(r'<input [^>]*id="f-leerzeilen"[^>]*>', page)
    assert field is not None
    assert f'value="{typed}"' in field[0] and 'aria-invalid="true"' in field[0]
    assert "e-f-leerzeilen" in field[0]
    assert "zeilenfehler" not in page and "Dateien geschrieben" not in page


def test_actions_speak_german_to_the_officer(client: FlaskClient) -> None:
    """A step that does not fit the status names both statuses in German; a missing
    reason names the form's field, not the command's option."""
    editor = new_draft(client)
    fields = form_of(get(client, editor))
    post(client, editor, fields | {"body": "Ein Absatz."})
    post(client, f"{editor}/veroeffentlichen", {})
    refused = html.unescape(get(client, f"{editor}/verwerfen"))
    assert (
        "Verwerfen geht nur mit einer Pressemitteilung im Stand „Entwurf“; Nr. 001/2026 ist "
        "„veröffentlicht“." in refused
    )
    assert "(published)" not in refused
    empty = html.unescape(post(client, f"{editor}/zurueckziehen", {"reason": ""}, status=422))
    assert "Feld „Grund“: Das Pflichtfeld fehlt oder ist leer." in empty
    assert "--reason" not in empty


def test_a_missing_register_is_built_from_the_files_with_a_button(
    client: FlaskClient, web_office: Path
) -> None:
    """Without a terminal: the overview says the register is missing and offers to build
    it from releases/ (`pressetool reindex`); then 067/2020 is listed."""
    (web_office / "releases/register.sqlite").unlink()
    page = html.unescape(get(client, "/"))
    assert "Das Nummernregister gibt es noch nicht." in page
    assert "Register aus den Dateien in releases/ aufbauen" in page
    done = html.unescape(post(client, "/register/aufbauen", {}))
    assert "Das Nummernregister ist aus einer Datei in releases/ aufgebaut." in done
    assert "067/2020" in get(client, "/?jahr=2020")


def test_the_list_shows_the_title_and_date_the_editor_saved(client: FlaskClient) -> None:
    editor = new_draft(client)
    fields = form_of(get(client, editor))
    post(client, editor, fields | {"title": "Neuer Titel Sommerfest", "date": "2026-03-06"})
    listed = client.get("/register/liste.csv?jahr=2026", base_url=BASE_URL).data.decode()
    assert "001/2026;06.03.2026;Neuer Titel Sommerfest;Entwurf" in listed


def test_a_new_release_names_every_wrong_field_at_once(client: FlaskClient) -> None:
    page = client.post(
        "/neu",
        data={"csrf": csrf_token(client), "title": "", "date": "31.2.2020"},
        base_url=BASE_URL,
    )
    assert page.status_code == 422
    text = html.unescape(page.text)
    assert "Das Pflichtfeld fehlt oder ist leer." in text
    assert "„31.2.2020“" in text
