"""The pages of the app through Flask's test client: each calls the library as the
command does, and the files on disk show it."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path
from string import Formatter

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pressetool.documents.build import build_releases
from pressetool.messages import MESSAGES, Code
from pressetool.models import Status
from pressetool.office import load_config
from pressetool.problems import Problem
from pressetool.reading import limits
from pressetool.reading.release_reader import read_release, read_status
from pressetool.register import allocation
from pressetool.web.app import ACTIONS, problem_text
from pressetool.web.wording import IN_BROWSER
from tests.builders import list_text
from tests.conftest import snapshot
from tests.readback import pdf_text
from tests.web.conftest import BASE_URL, csrf_token, form_of

RECIPIENTS = (
    "Frau;;Petra;Patz-Drüke;Bezirksamt Mitte;Karl-Marx-Allee 31;10178;Berlin;",
    "Herr;Dr.;Jürgen;Weiß;;Seydelstr. 2;10117;Berlin;",
)
DRAFT_STATUS_LINE = re.compile(r"^status: draft\n", re.M)


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
    client: FlaskClient, web_office: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `pressetool serve` runs, in the office folder: the library names the file
    relative to it, the app by its full path. Each error links to its field; back to the
    editor comes first."""
    monkeypatch.chdir(web_office)
    editor = new_draft(client)
    fields = form_of(get(client, editor))
    post(
        client,
        editor,
        fields | {"body": "Ein Absatz.", "event.title": "Fest", "event.venue.postcode": "12"},
    )
    page = html.unescape(post(client, f"{editor}/veroeffentlichen", {}, status=422))
    assert "Ergänzen Sie es im Editor, speichern Sie und veröffentlichen Sie dann noch" in page
    assert (
        f'<li><a href="{editor}#f-event-venue-postcode">Feld „PLZ“</a>: „12“ ist keine '
        "Postleitzahl. Schreiben Sie fünf Ziffern, zum Beispiel 10117 oder 01067.</li>" in page
    )
    assert f'<li><a href="{editor}#f-event-date">Feld „Datum der Veranstaltung“</a>: ' in page
    assert "pressetool publish" not in page and "Zeile" not in page and "releases/" not in page
    assert (
        f'<a class="knopf" href="{editor}">Zurück zum Editor</a>\n    <button type="submit" '
        'class="zweitrangig">Nr. 001/2026 veröffentlichen</button>' in page
    )
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


def test_a_hint_about_two_spaces_shows_them(client: FlaskClient) -> None:
    """A browser shows two spaces as one: the hint marks them, so that »mit zwei« and
    »mit  zwei« do not look alike."""
    editor = new_draft(client)
    fields = form_of(get(client, editor)) | {"body": "Wir nähen mit  zwei Nadeln."}
    shown = post(client, f"{editor}/vorschau", fields)
    blanks = '<span class="leerraum" title="2 Leerzeichen">  </span>'
    assert f"Schreiben Sie »mit zwei« statt »mit{blanks}zwei«" in shown
    assert re.search(
        r'data-gefunden="mit  zwei" data-vorschlag="mit zwei"[^>]*>Übernehmen: mit zwei<', shown
    )


def test_saving_a_changed_venue_changes_its_line_only(
    client: FlaskClient, web_office: Path
) -> None:
    """Issue 15: the event of the skeleton taken in by removing the `# `, a comment line
    added above `hosts`; the venue's name changed in the editor changes that line, and
    every comment and the participant over several lines stay as they were."""
    editor = new_draft(client)
    path = web_office / "releases/2026/001-neue-baenke-im-schlosspark.yaml"
    skeleton = path.read_text(encoding="utf-8")
    example = skeleton[skeleton.index("# event:\n") : skeleton.index("\n\n# Freiwillig: was")]
    event = "\n".join(line.removeprefix("# ") for line in example.splitlines())
    event = event.replace("  hosts:", "  # Gastgeber: nur das Amt\n  hosts:")
    text = skeleton.replace(example, event)
    path.write_text(text, encoding="utf-8")
    fields = form_of(get(client, editor))
    assert fields["event.participants[2].contact"] == "Vorname Nachname"
    post(client, editor, fields | {"event.venue.name": "Stadtteilzentrum"})
    assert path.read_text(encoding="utf-8") == text.replace(
        "    name: Name des Ortes\n", "    name: Stadtteilzentrum\n"
    )


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


def test_withdraw_of_a_release_sent_by_e_mail_says_its_recipients_must_be_told(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = new_draft(client)
    post(client, editor, form_of(get(client, editor)) | {"body": "Ein Absatz."})
    post(client, f"{editor}/veroeffentlichen", {})
    monkeypatch.setattr(
        allocation, "sent_counts", lambda _config: {"Pressemitteilung Nr. 001/2026": 3}
    )
    withdrawn = html.unescape(post(client, f"{editor}/zurueckziehen", {"reason": "Abgesagt"}))
    assert "Die Pressemitteilung ist per E-Mail verschickt worden (gesendet: 3)" in withdrawn


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
        "nicht in output/. Ins Archiv kommen sie ab 03.12.2999, 10\u00a0Uhr mit „Archiv "
        "schreiben“ unter „Register und Archiv“." in html.unescape(done)
    )
    internal = web_office / "intern/2026/001/pressemitteilung-001-2026.pdf"
    assert internal.is_file()
    assert not (web_office / "output/2026/001").exists()
    page = get(client, editor)
    assert f'<a href="{editor}/datei/pdf">PDF</a>' in page
    assert f'<a href="{editor}/datei/docx">DOCX</a>' in page
    assert client.get(f"{editor}/datei/pdf", base_url=BASE_URL).data == internal.read_bytes()


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
    assert (
        'id="e-f-liste">Fehler: Wählen Sie die Empfängerliste aus: eine Excel-Tabelle (.xlsx) '
        "oder CSV-Datei.</p>" in missing
    )
    assert not (web_office / "intern").exists()


def test_invitations_are_checked_then_made_with_progress_and_downloads(
    client: FlaskClient, web_office: Path
) -> None:
    """The letter date typed German-style, as the check accepts it, dates the letters."""
    checked = post(
        client,
        "/pm/2020/67/einladungen/pruefen",
        {
            "liste": (BytesIO(list_text(RECIPIENTS).encode("cp1252")), "empfaenger.csv"),
            "datum": "1.12.2026",
        },
    )
    assert "2 Empfängerinnen und Empfänger, keine Fehler. Noch ist nichts geschrieben." in checked
    assert '<button type="submit">2 Einladungen mit Datum 01.12.2026 erzeugen</button>' in checked
    # the event of 067/2020 was on 11.03.2020: said before anything is written
    assert (
        "<li>Die Briefe tragen das Datum 01.12.2026, die Veranstaltung ist aber schon am "
        "11.03.2020. Geben Sie unter „Datum der Briefe“ das Datum an"
    ) in html.unescape(checked)
    assert not (web_office / "intern").exists()
    form = form_of(checked)
    started = client.post(
        "/pm/2020/67/einladungen/erzeugen",
        data={"csrf": csrf_token(client), "liste": form["liste"], "datum": form["datum"]},
        base_url=BASE_URL,
    )
    assert started.status_code == 302
    job = started.headers["Location"]
    deadline = time.monotonic() + 120
    while "Fertig: 2 Einladungen" not in (state := get(client, f"{job}/stand")):
        assert "Es wurde nichts geschrieben" not in state, state
        assert time.monotonic() < deadline
        time.sleep(0.3)
    assert "Alle Briefe zum Drucken (PDF)</a>: einseitig drucken, jeder Brief hat eine Seite" in (
        state
    )
    printed = client.get("/pm/2020/67/einladungen/druck.pdf", base_url=BASE_URL)
    assert printed.data.startswith(b"%PDF")
    letters = client.get("/pm/2020/67/einladungen/briefe.zip", base_url=BASE_URL)
    import zipfile

    archive = zipfile.ZipFile(BytesIO(letters.data))
    names = archive.namelist()
    assert len(names) == 4 and all(name.startswith("einladung-067-2020-") for name in names)
    docx = next(name for name in names if name.endswith(".docx"))
    letter = zipfile.ZipFile(BytesIO(archive.read(docx))).read("word/document.xml")
    assert "01.12.2026" in letter.decode("utf-8")
    calendar = client.get("/pm/2020/67/einladungen/kalender.ics", base_url=BASE_URL)
    assert calendar.data.startswith(b"BEGIN:VCALENDAR")


def test_lists_are_made_from_a_registration_list(client: FlaskClient, web_office: Path) -> None:
    page = post(
        client,
        "/pm/2020/67/listen",
        {"liste": (BytesIO(list_text(RECIPIENTS).encode("cp1252")), "a.csv"), "leerzeilen": "3"},
    )
    assert "4 Dateien geschrieben." in page
    assert (
        '<li><a href="/pm/2020/67/listen/anwesenheitsliste.pdf">Anwesenheitsliste zum Drucken '
        "(PDF)</a></li>" in page
    )
    assert ">teilnehmendenliste.pdf<" not in page
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
    reason = "Die Zahlen waren falsch. " * 10
    long = html.unescape(post(client, f"{editor}/zurueckziehen", {"reason": reason}, status=422))
    assert "Feld „Grund“: Der Text ist 249 Zeichen lang; hier sind höchstens 200 erlaubt." in long
    assert "veröffentlicht" in html.unescape(get(client, editor))


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


def test_rebuilding_the_register_keeps_a_draft_its_file_says_published(
    client: FlaskClient, web_office: Path
) -> None:
    """As `reindex`: the register keeps the draft, and the page says what to do with the
    app's buttons."""
    new_draft(client)
    path = next(web_office.glob("releases/2026/*.yaml"))
    path.write_text(
        DRAFT_STATUS_LINE.sub("status: published\n", path.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    done = html.unescape(post(client, "/register/aufbauen", {}))
    assert (  # not green above the error
        '<div class="meldung hinweis" role="status"><p>Das Nummernregister ist aus 2 Dateien '
        "in releases/ aufgebaut.</p></div>" in done
    )
    assert (
        '<div class="meldung fehler" role="status"><p>Nr. 001/2026: Im Register steht „Entwurf“, '
        "in der Datei „veröffentlicht“. Im Register bleibt sie Entwurf, auch nach „Register aus "
        "den Dateien neu aufbauen“: Veröffentlicht wird ein Entwurf nur mit „Veröffentlichen“ im "
        "Editor, das ihn vorher prüft. Tragen Sie in der Datei wieder status: draft ein (mit "
        "einem Texteditor oder durch Ihre IT) und veröffentlichen Sie sie dann mit "
        "„Veröffentlichen“.</p></div>" in done
    )
    row = r'"nummer">001/2026</td>\s*<td class="nummer">[^<]*</td>\s*<td><a [^>]*>[^<]*</a></td>'
    assert re.search(rf"{row}\s*<td>Entwurf</td>", done)


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


@pytest.mark.parametrize(
    ("action", "of_draft", "needed"),
    [
        ("veroeffentlichen", False, "Entwurf"),
        ("verwerfen", False, "Entwurf"),
        ("zurueckziehen", True, "veröffentlicht"),
        ("berichtigen", True, "veröffentlicht"),
    ],
)
def test_an_action_the_page_refuses_has_no_button_and_changes_nothing(
    client: FlaskClient, web_office: Path, action: str, of_draft: bool, needed: str
) -> None:
    editor = new_draft(client) if of_draft else "/pm/2020/67"
    before = snapshot(web_office)
    page = html.unescape(get(client, f"{editor}/{action}"))
    assert f"geht nur mit einer Pressemitteilung im Stand „{needed}“" in page
    assert '<button type="submit"' not in page
    sent = {"reason": "Grund", "date": ""}
    refused = html.unescape(post(client, f"{editor}/{action}", sent, status=422))
    assert "wurde nicht geändert." in refused and "<form" not in refused.split("<main")[1]
    assert snapshot(web_office) == before


def test_a_withdrawn_release_is_neither_corrected_nor_invited_to(
    client: FlaskClient, web_office: Path
) -> None:
    """Berichtigen is refused for a withdrawn release (no number used up), and the
    invitations page says why there are none, before a list is read."""
    post(client, "/pm/2020/67/zurueckziehen", {"reason": "Termin entfällt"})
    before = snapshot(web_office)
    refused = html.unescape(post(client, "/pm/2020/67/berichtigen", {"date": ""}, status=422))
    assert "Nr. 067/2020 wurde nicht geändert. Berichtigen geht nur" in refused
    assert 'href="/pm/2020/67/einladungen"' not in get(client, "/pm/2020/67")
    said = (
        "Die Pressemitteilung Nr. 067/2020 ist zurückgezogen; zu ihrer Veranstaltung werden "
        "keine Einladungen geschrieben oder versandt. Findet die Veranstaltung doch statt, legen "
        "Sie unter „Neue Pressemitteilung“ eine neue Pressemitteilung an und laden Sie zu ihr ein."
    )
    page = html.unescape(get(client, "/pm/2020/67/einladungen"))
    assert said in page and "Liste prüfen" not in page
    checked = post(
        client,
        "/pm/2020/67/einladungen/pruefen",
        {"liste": (BytesIO(list_text(RECIPIENTS).encode("cp1252")), "empfaenger.csv")},
        status=422,
    )
    assert said in html.unescape(checked) and "keine Fehler" not in checked
    assert snapshot(web_office) == before


def test_a_failed_confirmation_says_the_error_at_its_field_and_focuses_the_summary(
    client: FlaskClient,
) -> None:
    editor = new_draft(client)
    page = html.unescape(post(client, f"{editor}/verwerfen", {"reason": " "}, status=422))
    summary = re.search(r'<div class="meldung fehler" role="alert"[^>]*>', page)
    assert summary is not None and 'tabindex="-1" autofocus' in summary[0]
    assert (
        '<div id="e-f-reason"><p class="fehler">Fehler: Das Pflichtfeld fehlt oder ist leer.'
        in (page)
    )
    field = re.search(r'<input [^>]*id="f-reason"[^>]*>', page)
    assert field is not None
    assert 'aria-describedby="e-f-reason"' in field[0] and 'aria-invalid="true"' in field[0]


def test_a_correction_dated_too_early_is_said_with_the_forms_field(client: FlaskClient) -> None:
    page = html.unescape(post(client, "/pm/2020/67/berichtigen", {"date": "1.3.2020"}, status=422))
    said = (
        "Eine Berichtigung kann nicht vor der Pressemitteilung liegen, die sie berichtigt: "
        "01.03.2020 ist vor dem 02.03.2020 von Nr. 067/2020. Lassen Sie „Datum der "
        "Berichtigung“ leer (dann gilt heute) oder nennen Sie ein späteres Datum."
    )
    assert f'<div id="e-f-date"><p class="fehler">Fehler: {said}' in page
    assert "--date" not in page


def test_invitations_and_lists_without_event_are_refused_before_a_list_is_chosen(
    client: FlaskClient,
) -> None:
    editor = new_draft(client)
    post(client, editor, form_of(get(client, editor)) | {"body": "Ein Absatz."})
    for address, what in [
        ("einladungen", "nichts, wozu eingeladen werden kann"),
        ("listen", "keine Teilnehmenden- und keine Anwesenheitsliste"),
    ]:
        said = (
            f"<p>Die Pressemitteilung beschreibt keine Veranstaltung, daher gibt es {what}. "
            "Tragen Sie im Editor unter „Veranstaltung“ Titel, Datum, Beginn und Ort ein und "
            f'speichern Sie. <a href="{editor}#m-f-event">Zum Feld „Veranstaltung“ im '
            "Editor</a></p>"
        )
        first = html.unescape(get(client, f"{editor}/{address}"))
        assert said in first
        assert 'type="file"' not in first and "releases/" not in first
        sent = f"{editor}/einladungen/pruefen" if address == "einladungen" else f"{editor}/listen"
        assert said in html.unescape(post(client, sent, recipients(), status=422))


def recipients() -> dict[str, object]:
    """The upload of a good recipient list (a new file object for each request)."""
    return {"liste": (BytesIO(list_text(RECIPIENTS).encode("cp1252")), "empfaenger.csv")}


def test_errors_of_the_release_are_said_apart_from_the_lists_rows(client: FlaskClient) -> None:
    """An empty Text is the release's error, with a link to its field, not a row of the list."""
    editor = new_draft(client)
    fields = form_of(get(client, editor)) | {
        "event.title": "Fest",
        "event.date": "2026-03-10",
        "event.start": "9:00",
        "event.venue.article": "das",
        "event.venue.name": "Rathaus",
        "event.venue.street": "Hauptstr. 1",
        "event.venue.postcode": "10117",
        "event.venue.city": "Berlin",
    }
    post(client, editor, fields)
    for sent in (f"{editor}/einladungen/pruefen", f"{editor}/listen"):
        page = html.unescape(post(client, sent, recipients(), status=422))
        assert (
            "<p><strong>Die Pressemitteilung hat Fehler; es wurde nichts geschrieben. "
            "Berichtigen Sie sie im Editor:</strong></p>" in page
        )
        assert f'<li><a href="{editor}#f-body">Feld „Text“</a>: Das Pflichtfeld fehlt' in page
        assert "Die Liste hat Fehler" not in page and "<td>–</td>" not in page


def test_a_wrong_year_of_the_list_names_the_year(client: FlaskClient) -> None:
    page = client.get("/register/liste.csv?jahr=0", base_url=BASE_URL)
    assert page.status_code == 422
    assert "Feld „Jahr“: „0“ nennt das Jahr 0" in html.unescape(page.text)


TERMINAL_ONLY = {
    *(code for code in Code if code.name.startswith(("SEND_", "MAIL_", "MIGRATE_", "INIT_"))),
    Code.NO_OFFICE_FOLDER,  # `pressetool serve` does not start outside an office folder
    Code.NUMBER_OUT_OF_RANGE,  # a number typed after a command; the app's come from addresses
    Code.DISCARD_NUMBER_GIVEN,  # discarding numbers without a file: a command only
    Code.DISCARD_NUMBER_HAS_FILE,
    Code.ARCHIVE_BAD_MOMENT,  # `archive --at … --out …`
    Code.ARCHIVE_AT_NEEDS_OUT,
    Code.ARCHIVE_OUT_INTERNAL,
    Code.ARCHIVE_OUT_CONTAINS_INTERNAL,
    Code.ARCHIVE_OUT_CONTAINS_RELEASES,
    Code.ARCHIVE_OUT_IN_RELEASES,
    Code.PERSONAL_OUT_PUBLIC,  # `invite`, `lists --out`
    Code.INVITE_STATUS_DIFFERS,  # invitations by e-mail: a command only
    Code.BUILD_NOT_PUBLIC_OUT,  # `build --out`
    Code.INVITE_LIST_BAD_ADDRESS,
    Code.INVITE_RESEND_UNKNOWN,
    Code.FIX_NOT_IN_FILE,  # what `check --fix` leaves alone; the editor has no such button
    Code.FIX_CHANGES_YAML,
    *IN_BROWSER,
}
"""The codes the web app never shows: those of commands it does not offer, and those it
shows in its own words (`IN_BROWSER`)."""


def commands() -> list[str]:
    from pressetool.cli import build_parser

    (group,) = [action for action in build_parser()._actions if action.choices]
    return list(group.choices or [])


@pytest.mark.parametrize("code", sorted(set(Code) - TERMINAL_ONLY))
def test_every_message_the_app_can_show_names_its_buttons_not_commands(code: Code) -> None:
    """Each message rendered as the app renders it (`problem_text`, through `in_browser`)."""
    template = MESSAGES[code]
    params = {name: Value() for _, name, _, _ in Formatter().parse(template) if name}
    text = problem_text(Problem(code, None, params=params))
    assert "„pressetool" not in text and "--" not in text, code
    assert not re.search(rf"pressetool (?:{'|'.join(commands())})\b", text), code


class Value:
    """Any parameter of a message: a number, a date, a path."""

    def __format__(self, spec: str) -> str:
        return "1"


def test_every_twin_differs_from_the_commands_message() -> None:
    for cli, web in IN_BROWSER.items():
        assert MESSAGES[web] != MESSAGES[cli], web


@pytest.mark.parametrize("url", ["/pm/2020/67/vorschau", "/pm/2020/67/einladungen/erzeugen"])
def test_a_post_only_address_opened_says_so(client: FlaskClient, url: str) -> None:
    page = client.get(url, base_url=BASE_URL)
    assert page.status_code == 405
    assert "Diese Seite nimmt so keine Anfrage an." in page.text


def test_the_address_of_a_checked_list_opened_again_shows_the_invitations(
    client: FlaskClient,
) -> None:
    page = client.get("/pm/2020/67/einladungen/pruefen", base_url=BASE_URL)
    assert page.status_code == 302
    assert page.headers["Location"] == "/pm/2020/67/einladungen"


def test_the_preview_names_the_releases_own_file(client: FlaskClient, web_office: Path) -> None:
    editor = new_draft(client, "Kaputte Datei")
    path = web_office / "releases/2026/001-kaputte-datei.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nfoo: [offen\n", encoding="utf-8")
    page = html.unescape(post(client, f"{editor}/vorschau", {}))
    assert "<li>Fehler: releases/2026/001-kaputte-datei.yaml, Zeile " in page
    assert "pressetool-vorschau" not in page


def broken_draft(client: FlaskClient, web_office: Path) -> tuple[str, Path, str]:
    """A draft whose line `office:` a text editor indented with a tab: the editor's
    address, the file and its text before."""
    editor = new_draft(client)
    path = web_office / "releases/2026/001-neue-baenke-im-schlosspark.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("\n  office:", "\n\toffice:"), encoding="utf-8")
    return editor, path, good


def text_form(page: str) -> dict[str, str]:
    """What the text editor of an unreadable file sends as the page shows it."""
    fields = form_of(page)
    assert set(fields) == {"csrf", "stand", "text"}
    return fields | {"text": fields["text"].removeprefix("\n")}


def test_a_file_that_cannot_be_read_is_repaired_as_text(
    client: FlaskClient, web_office: Path
) -> None:
    """No form, no Verwerfen, for a file with a tab: its text in a textarea, the reader's
    errors with file and line above it; saved, the file reads and the form is back."""
    editor, path, good = broken_draft(client, web_office)
    shown = get(client, editor)
    page = html.unescape(shown)
    assert '<label for="f-text">Datei als Text bearbeiten</label>' in page
    assert (
        "Fehler: releases/2026/001-neue-baenke-im-schlosspark.yaml, Zeile 16: Die Zeile ist "
        "mit einem Tabulator (→) eingerückt; pressetool braucht Leerzeichen. Schreiben Sie "
        "»  office: Bezirksstadtrat« statt »→office: Bezirksstadtrat«." in page
    )
    assert 'name="title"' not in page and "/verwerfen" not in page
    assert "/datei/pdf" not in page  # a document of it cannot be made
    sent = text_form(shown)
    assert sent["text"] == path.read_text(encoding="utf-8")
    sent["text"] = good.replace("\n", "\r\n")  # as a browser sends it
    saved = html.unescape(post(client, f"{editor}/text", sent))
    assert (
        "Gespeichert. Die Pressemitteilung hat noch 1 Fehler; sie stehen an den Feldern." in saved
    )
    assert path.read_text(encoding="utf-8") == good
    assert read_status(path) is Status.DRAFT
    assert 'name="title" value="Neue Bänke im Schlosspark"' in saved and 'name="text"' not in saved
    assert "Verwerfen" in saved


def test_a_repaired_text_is_not_saved_over_a_change_on_disk(
    client: FlaskClient, web_office: Path
) -> None:
    editor, path, good = broken_draft(client, web_office)
    sent = text_form(get(client, editor))
    changed = path.read_text(encoding="utf-8").replace("title: Neue Bänke", "title: Bänke")
    path.write_text(changed, encoding="utf-8")
    conflict = post(client, f"{editor}/text", sent | {"text": good}, status=409)
    assert "Nicht gespeichert: die Datei wurde inzwischen geändert" in conflict
    assert "Meine Fassung trotzdem speichern" in conflict
    assert path.read_text(encoding="utf-8") == changed
    again = text_form(conflict)
    assert again["text"] == good and again["stand"] != sent["stand"]
    post(client, f"{editor}/text", again)
    assert path.read_text(encoding="utf-8") == good


def test_a_text_too_large_for_a_release_file_is_not_saved(
    client: FlaskClient, web_office: Path
) -> None:
    editor, _path, good = broken_draft(client, web_office)
    before = snapshot(web_office)
    sent = text_form(get(client, editor))
    grown = good + "#" + "x" * limits.RELEASE_FILE_BYTES + "\n"
    page = post(client, f"{editor}/text", sent | {"text": grown}, status=422)
    assert (
        'id="e-f-text">Fehler: Der Text ist zu groß für eine Pressemitteilung: erlaubt sind '
        "höchstens 256 KB. Nichts wurde gespeichert. Löschen Sie, was nicht hineingehört, etwa "
        "einen doppelt eingefügten Text.</p>" in html.unescape(page)
    )
    assert text_form(page)["text"] == grown
    assert snapshot(web_office) == before


def test_a_form_too_large_for_a_release_file_is_not_saved(
    client: FlaskClient, web_office: Path
) -> None:
    """300 KB pasted into the body: the form said „Gespeichert“ and wrote a file that
    neither the editor nor the archive could read any more."""
    editor = new_draft(client)
    fields = form_of(get(client, editor))
    before = snapshot(web_office)
    body = "\n\n".join(["Ein Absatz, der viel zu oft eingefügt wurde. " * 30] * 250)
    page = html.unescape(post(client, editor, fields | {"body": body}, status=422))
    assert (
        "Fehler: Der Text ist zu groß für eine Pressemitteilung: erlaubt sind höchstens 256 KB. "
        "Nichts wurde gespeichert." in page
    )
    assert "Gespeichert" not in page
    assert form_of(page)["body"].startswith("Ein Absatz, der viel zu oft")
    assert snapshot(web_office) == before


def test_a_text_up_to_the_bound_is_saved_whatever_its_letters(
    client: FlaskClient, web_office: Path
) -> None:
    """200 KB of umlauts, sent by the browser as 1.2 MB of `%C3%A4`: saved (the bound is
    the file's, in bytes of UTF-8)."""
    editor, path, good = broken_draft(client, web_office)
    sent = text_form(get(client, editor))
    long = good.replace("body: |\n", "body: |\n  " + "ä" * 100_000 + "\n")
    assert len(long.encode("utf-8")) < limits.RELEASE_FILE_BYTES
    assert "Gespeichert." in post(client, f"{editor}/text", sent | {"text": long})
    assert path.read_text(encoding="utf-8") == long


def test_the_text_of_a_file_that_reads_is_changed_in_the_form_only(
    client: FlaskClient, web_office: Path
) -> None:
    before = snapshot(web_office)
    page = client.get("/pm/2020/67", base_url=BASE_URL).text
    stand = re.search(r'name="stand" value="([^"]+)"', page)
    assert stand is not None
    refused = post(client, "/pm/2020/67/text", {"stand": stand[1], "text": "x: 1\n"}, status=409)
    assert "Die Datei lässt sich lesen; ändern Sie sie im Formular." in html.unescape(refused)
    assert snapshot(web_office) == before


def test_document_links_say_how_the_document_is_made(
    client: FlaskClient, web_office: Path, tmp_path: Path
) -> None:
    """Never built, a published or withdrawn release's documents are made on request,
    without `Entwurf`; a withdrawn one's carry its notice. A draft's are marked drafts."""
    page = get(client, "/pm/2020/67")
    assert '<a href="/pm/2020/67/datei/pdf">PDF (jetzt erzeugt)</a>' in page
    assert '<a href="/pm/2020/67/datei/docx">DOCX (jetzt erzeugt)</a>' in page
    post(client, "/pm/2020/67/zurueckziehen", {"reason": "Termin entfällt"})
    assert '<a href="/pm/2020/67/datei/pdf">PDF (jetzt erzeugt)</a>' in get(client, "/pm/2020/67")
    pdf = tmp_path / "zurueckgezogen.pdf"
    pdf.write_bytes(client.get("/pm/2020/67/datei/pdf", base_url=BASE_URL).data)
    text = pdf_text(pdf)
    assert "Zurückgezogen am" in text and "Termin entfällt" in text and "Entwurf" not in text
    editor = new_draft(client)
    assert f'<a href="{editor}/datei/pdf">PDF (als Entwurf erzeugt)</a>' in get(client, editor)
    post(client, f"{editor}/verwerfen", {"reason": "doppelt"})
    assert "/datei/pdf" not in get(client, editor)
    assert client.get(f"{editor}/datei/pdf", base_url=BASE_URL).status_code == 404


def kilobytes(path: Path) -> int:
    return max(1, round(path.stat().st_size / 1024))


def test_the_texts_to_paste_that_build_wrote_are_offered_with_type_and_size(
    client: FlaskClient, web_office: Path
) -> None:
    """Issue 15: `build --format html` and `--format txt` write them beside PDF and DOCX;
    the page offers exactly those files, and no link while there is none."""
    editor = "/pm/2020/67"
    assert not re.search(r"/datei/(ausschnitt|text)", get(client, editor))
    assert client.get(f"{editor}/datei/text", base_url=BASE_URL).status_code == 404
    config = load_config(web_office)
    path = web_office / "releases/2020/067-voneinander-wissen-in-mitte.yaml"
    for form in ("html", "txt"):
        build_releases([path], config, formats=form)
    fragment = web_office / "output/2020/067/pressemitteilung-067-2020.html"
    text = web_office / "output/2020/067/pressemitteilung-067-2020.txt"
    page = get(client, editor)
    assert (
        f'<a href="{editor}/datei/ausschnitt">HTML-Ausschnitt (HTML, {kilobytes(fragment)} KB)</a>'
        in page
    )
    assert f'<a href="{editor}/datei/text">Text (TXT, {kilobytes(text)} KB)</a>' in page
    for kind, file, mimetype in (
        ("ausschnitt", fragment, "text/html"),
        ("text", text, "text/plain"),
    ):
        download = client.get(f"{editor}/datei/{kind}", base_url=BASE_URL)
        assert (download.status_code, download.mimetype) == (200, mimetype)
        assert download.data == file.read_bytes()
        assert f"filename={file.name}" in download.headers["Content-Disposition"]


def test_a_drafts_texts_to_paste_come_from_the_internal_folder_until_discarded(
    client: FlaskClient, web_office: Path
) -> None:
    editor = new_draft(client)
    post(client, editor, form_of(get(client, editor)) | {"body": "Ein Absatz."})
    path = web_office / "releases/2026/001-neue-baenke-im-schlosspark.yaml"
    build_releases([path], load_config(web_office), formats="txt")
    text = web_office / "intern/2026/001/pressemitteilung-001-2026.txt"
    assert text.read_text(encoding="utf-8").startswith("Entwurf")
    assert f'<a href="{editor}/datei/text">Text (TXT, 1 KB)</a>' in get(client, editor)
    assert client.get(f"{editor}/datei/text", base_url=BASE_URL).data == text.read_bytes()
    assert client.get(f"{editor}/datei/ausschnitt", base_url=BASE_URL).status_code == 404
    post(client, f"{editor}/verwerfen", {"reason": "doppelt"})
    assert "/datei/text" not in get(client, editor)
    assert client.get(f"{editor}/datei/text", base_url=BASE_URL).status_code == 404


def test_a_file_missing_from_the_register_is_taken_in_with_the_button(
    client: FlaskClient, web_office: Path
) -> None:
    source = next((web_office / "releases/2020").glob("*.yaml"))
    copy = web_office / "releases/2020/068-noch-eine.yaml"
    copy.write_text(
        source.read_text(encoding="utf-8").replace("number: 67", "number: 68"), encoding="utf-8"
    )
    page = html.unescape(post(client, "/register/pruefen", {}))
    assert (
        "Die Nummer 068/2020 steht nicht im Register. Nehmen Sie sie mit „Register aus den "
        "Dateien neu aufbauen“ unter „Register und Archiv“ auf." in page
    )
    assert "„pressetool" not in page


def test_a_draft_saved_with_errors_says_how_many_and_goes_to_the_first(
    client: FlaskClient,
) -> None:
    editor = new_draft(client)
    fields = form_of(get(client, editor)) | {"body": "Ein Absatz.", "event.title": "Fest"}
    sent = {"csrf": csrf_token(client), **fields}
    saved = client.post(editor, data=sent, base_url=BASE_URL)
    assert saved.status_code == 302
    assert saved.headers["Location"] == f"{editor}#f-event-date"
    page = html.unescape(get(client, editor))
    assert (
        '<div class="meldung hinweis" role="status"><p>Gespeichert. Die Pressemitteilung hat '
        "noch 3 Fehler; sie stehen an den Feldern.</p></div>" in page
    )


@pytest.mark.parametrize(
    ("url", "kind"),
    [("/pm/2020/67/datei/yaml", "text/yaml"), ("/register/liste.csv", "text/csv")],
)
def test_a_text_download_names_its_charset_once(client: FlaskClient, url: str, kind: str) -> None:
    answer = client.get(url, base_url=BASE_URL)
    assert answer.headers["Content-Type"] == f"{kind}; charset=utf-8"


def test_a_new_release_says_when_it_built_a_lost_register(
    client: FlaskClient, web_office: Path
) -> None:
    (web_office / "releases" / "register.sqlite").unlink()
    editor = new_draft(client)
    page = get(client, editor)
    assert "Das Nummernregister fehlte, obwohl in releases/" in html.unescape(page)
    assert "pressetool reindex" not in html.unescape(page)


def test_a_list_refused_or_made_into_lists_is_not_kept(
    client: FlaskClient, app: Flask, web_office: Path
) -> None:
    """A list holds names and addresses: kept only while its letters are to be made."""
    from pressetool.web.app import state_of

    uploads = state_of(app).uploads
    bad = {"liste": (BytesIO(list_text([";;;;;;;;"]).encode("cp1252")), "a.csv")}
    post(client, "/pm/2020/67/einladungen/pruefen", bad, status=422)
    good = {"liste": (BytesIO(list_text(RECIPIENTS).encode("cp1252")), "a.csv")}
    post(client, "/pm/2020/67/listen", good)
    assert not any(uploads.iterdir())


def test_an_unforeseen_error_is_a_german_page(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Werkzeug's page of a crash is English and says nothing to do."""
    import pressetool.web.app as web_app

    def broken(year: int, number: int) -> None:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(web_app, "_open", broken)
    answer = client.get("/pm/2020/67", base_url=BASE_URL)
    assert answer.status_code == 500
    page = html.unescape(answer.text)
    assert "In pressetool ist dabei ein Fehler aufgetreten, der nicht vorgesehen ist." in page
    assert "The server encountered" not in page and "kaputt" not in page


@pytest.mark.parametrize("year", ["-1", "99999999999999999999999", "1"])
def test_the_overview_of_a_year_no_release_can_have_is_not_found(
    client: FlaskClient, year: str
) -> None:
    answer = client.get(f"/?jahr={year}", base_url=BASE_URL)
    assert answer.status_code == 404
    assert "Diese Seite gibt es nicht." in answer.text


@pytest.mark.parametrize(
    ("of_draft", "said"),
    [
        # a finished draft whose `status` line was deleted by hand: it reads as published
        (True, ("001/2026", "Entwurf", "veröffentlicht", "draft")),
        # a published release marked draft by hand: the form would change it
        (False, ("067/2020", "veröffentlicht", "Entwurf", "published")),
    ],
)
def test_a_file_whose_status_the_register_does_not_share_offers_nothing_but_the_file(
    client: FlaskClient, web_office: Path, of_draft: bool, said: tuple[str, ...]
) -> None:
    """As `build`: no document of it, no action, no saving, and the page says why in the
    app's words; the file itself stays downloadable."""
    editor = new_draft(client) if of_draft else "/pm/2020/67"
    if of_draft:
        fields = form_of(get(client, editor))
        post(client, editor, {**fields, "body": "Ein Absatz."})
    path = next(web_office.glob(f"releases/{editor.split('/')[2]}/*.yaml"))
    text = path.read_text(encoding="utf-8")
    edited = DRAFT_STATUS_LINE.sub("", text) if of_draft else text + "\nstatus: draft\n"
    path.write_text(edited, encoding="utf-8")
    number, register, file, status = said
    expected = (
        f"Nr. {number}: Im Register steht „{register}“, in der Datei „{file}“; bis beide "
        "übereinstimmen, gibt es zu ihr hier weder PDF noch DOCX, und sie lässt sich weder "
        "ändern noch veröffentlichen, zurückziehen, verwerfen oder berichtigen (ein Entwurf "
        "ohne seine Zeile status: draft ginge sonst ohne „Entwurf“ hinaus). Tragen Sie den "
        f"Stand des Registers wieder in die Datei ein (status: {status}), mit einem Texteditor "
        "oder durch Ihre IT; „Register prüfen“ unter „Register und Archiv“ zeigt, was abweicht."
    )
    before = snapshot(web_office)

    page = get(client, editor)
    assert f"Feld „status“: {expected}" in html.unescape(page)
    assert f'<a href="{editor}/datei/yaml">Datei (YAML)</a>' in page
    assert not re.search(rf'href="{editor}/(datei/(pdf|docx|html)|{"|".join(ACTIONS)})"', page)
    assert "<fieldset disabled>" in page
    for kind in ("pdf", "docx", "html"):
        refused = client.get(f"{editor}/datei/{kind}", base_url=BASE_URL)
        assert refused.status_code == 422 and refused.mimetype == "text/html"
        assert expected in html.unescape(refused.text)
    assert client.get(f"{editor}/datei/yaml", base_url=BASE_URL).data == edited.encode("utf-8")
    for action in ACTIONS:
        confirm = html.unescape(post(client, f"{editor}/{action}", {"reason": "Grund"}, 422))
        assert expected in confirm and "<form" not in confirm.split("<main")[1]
        assert "pressetool" not in confirm.split("<main")[1]
    saved = html.unescape(post(client, editor, {**form_of(page), "title": "Anders"}, 422))
    assert expected in saved
    assert snapshot(web_office) == before


def test_a_control_character_typed_into_the_form_is_named_at_its_field(
    client: FlaskClient, web_office: Path
) -> None:
    """Written raw, U+202E (from a name pasted from a website) or ESC made the whole file
    unreadable; written escaped, the file reads, and the error stands at the field."""
    editor = new_draft(client)
    typed = {"title": "Sch\u202eulz", "body": "Ein\x1b Absatz.\n\nZwei."}
    fields = form_of(get(client, editor)) | typed
    shown = html.unescape(post(client, f"{editor}/vorschau", fields))
    for field, character in (("title", "U+202E"), ("body", "U+001B")):
        error = (
            f"Fehler: Der Text enthält an Stelle 4 ein unsichtbares Steuerzeichen ({character})."
        )
        at_field = rf'<div id="m-f-{field}" hx-swap-oob="innerHTML">\s*<p class="fehler">'
        assert re.search(at_field + re.escape(error), shown)
    saved = client.post(editor, data={"csrf": csrf_token(client), **fields}, base_url=BASE_URL)
    assert (saved.status_code, saved.headers["Location"]) == (302, f"{editor}#f-title")
    path = web_office / "releases/2026/001-neue-baenke-im-schlosspark.yaml"
    text = path.read_text(encoding="utf-8")
    assert 'title: "Sch\\u202eulz"\n' in text
    assert 'body: "Ein\\u001b Absatz.\\n\\nZwei."\n' in text
    assert form_of(get(client, editor))["title"] == typed["title"]
