"""End to end in Debian's Chromium, driven by Playwright: the app as `pressetool serve`
runs it, in a process of its own on a free port of 127.0.0.1. Screenshots of the main
pages are kept under the test's temporary folder (`screenshots/`) for a reviewer."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from pressetool.models import Status
from pressetool.reading.release_reader import read_release
from tests.builders import list_text
from tests.web.conftest import reference_office
from tests.web.test_pages import RECIPIENTS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return reference_office(tmp_path_factory.mktemp("browser") / "pressestelle")


@pytest.fixture(scope="module")
def serving(office: Path) -> Iterator[tuple[str, str]]:
    """`pressetool serve` in the office folder; its address, and the address with the
    key to enter that it prints, once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pressetool", "serve", "--port", str(port), "--no-browser"],
        cwd=office,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    entry = re.fullmatch(
        rf"pressetool läuft auf (http://127\.0\.0\.1:{port}/\?schluessel=[\w-]{{40,}})\n", first
    )
    assert entry is not None, first
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert time.monotonic() < deadline
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", entry[1]
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


@pytest.fixture(scope="module")
def server(serving: tuple[str, str]) -> str:
    return serving[0]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def page(browser: Browser, serving: tuple[str, str]) -> Iterator[Page]:
    """A new browser that came in through the address `serve` printed."""
    context = browser.new_context(locale="de-DE", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(serving[1])
    assert page.url == f"{serving[0]}/"
    yield page
    context.close()


def test_write_preview_fix_save_and_publish(
    page: Page, server: str, office: Path, screenshots: Path
) -> None:
    page.goto(server)
    expect(page.get_by_role("heading", name="Pressemitteilungen 2020")).to_be_visible()
    page.screenshot(path=screenshots / "uebersicht.png")
    page.get_by_role("link", name="Neue Pressemitteilung").first.click()
    page.get_by_label("Titel").fill("Neue Bänke im Schlosspark")
    page.get_by_label("Datum").fill("2026-03-02")
    page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
    expect(page.get_by_role("heading", name="Pressemitteilung Nr. 001/2026")).to_be_visible()

    page.get_by_label("Text (Pflichtfeld)").fill(
        'Der Schlosspark bekommt "neue" Bänke.\n\nSie stehen ab März bereit.'
    )
    page.get_by_label("Titel der Veranstaltung").fill("Einweihung der Bänke")
    page.get_by_label("Datum der Veranstaltung").fill("11.3.2026")
    page.get_by_label("Beginn").fill("9:30")
    page.get_by_label("Ende").fill("11:00")
    page.get_by_label("Artikel des Orts").select_option("der")
    page.get_by_label("Ort (Pflichtfeld)", exact=True).fill("Schlosspark Pankow")
    page.get_by_label("Straße (Pflichtfeld)", exact=True).fill("Ossietzkystraße 1")
    page.get_by_label("PLZ (Pflichtfeld)", exact=True).fill("13187")
    page.get_by_label("Stadt (Pflichtfeld)", exact=True).fill("Berlin")
    page.get_by_role("button", name="Teilnehmende hinzufügen").click()
    page.locator("#f-event-participants-1-article").select_option("das")
    page.locator("#f-event-participants-1-name").fill("Straßen- und Grünflächenamt")

    expect(page.locator("#vorschau img.vorschau-seite")).to_have_count(1)
    hint = page.locator("#m-f-body").get_by_role("button", name="Übernehmen: „neue“")
    expect(hint).to_be_visible()
    page.screenshot(path=screenshots / "editor.png")
    hint.click()
    expect(page.get_by_label("Text (Pflichtfeld)")).to_have_value(
        "Der Schlosspark bekommt „neue“ Bänke.\n\nSie stehen ab März bereit."
    )
    expect(page.locator("#m-f-body .hinweis")).to_have_count(0)
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_text("Gespeichert: 001-neue-baenke-im-schlosspark.yaml")).to_be_visible()

    path = office / "releases/2026/001-neue-baenke-im-schlosspark.yaml"
    release = read_release(path)
    assert release.body[0] == "Der Schlosspark bekommt „neue“ Bänke."
    assert release.event is not None
    assert [p.name for p in release.event.participants] == ["Straßen- und Grünflächenamt"]
    assert "# Der Titel, wie er über der Pressemitteilung steht." in path.read_text("utf-8")

    page.get_by_role("link", name="Veröffentlichen …").click()
    page.screenshot(path=screenshots / "veroeffentlichen.png")
    page.get_by_role("button", name="Nr. 001/2026 veröffentlichen").click()
    expect(page.get_by_text("Nr. 001/2026 ist veröffentlicht")).to_be_visible()
    assert read_release(path).status is Status.PUBLISHED
    pdf = office / "output/2026/001/pressemitteilung-001-2026.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Der Schlosspark bekommt „neue“ Bänke." in text
    assert "Entwurf" not in text


def test_a_change_on_disk_is_not_overwritten(page: Page, server: str, office: Path) -> None:
    page.goto(f"{server}/neu")
    page.get_by_label("Titel").fill("Zweiter Entwurf")
    page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
    path = next((office / "releases").glob("*/*-zweiter-entwurf.yaml"))
    path.write_text(
        path.read_text("utf-8").replace("title: Zweiter Entwurf", "title: Von Hand"), "utf-8"
    )
    page.get_by_label("Text (Pflichtfeld)").fill("Im Browser geschrieben.")
    page.get_by_role("button", name="Speichern").click()
    conflict = page.get_by_role("alert").filter(has_text="Nicht gespeichert")
    expect(conflict).to_be_visible()
    expect(page.get_by_label("Fassung auf dem Datenträger")).to_contain_text("title: Von Hand")
    expect(page.get_by_label("Ihre Fassung", exact=True)).to_contain_text("Im Browser geschrieben.")
    assert "Im Browser geschrieben." not in path.read_text("utf-8")


def test_a_recipient_list_with_a_bad_row(
    page: Page, server: str, office: Path, screenshots: Path, tmp_path: Path
) -> None:
    recipients = tmp_path / "empfaenger.csv"
    rows = (*RECIPIENTS, "Frau;;Anna;Schmidt;;Hauptstr. 1;1234x;Berlin;")
    recipients.write_bytes(list_text(rows).encode("cp1252"))
    page.goto(f"{server}/pm/2020/67/einladungen")
    page.get_by_label("Empfängerliste (Pflichtfeld)").set_input_files(recipients)
    page.get_by_role("button", name="Liste prüfen").click()
    row = page.get_by_role("row").filter(has_text="PLZ")
    expect(row.get_by_role("cell").first).to_have_text("4")
    page.screenshot(path=screenshots / "einladungen.png", full_page=True)
    assert not (office / "intern").exists()


def test_a_preview_that_fails_says_so_and_what_to_do(
    page: Page, server: str, screenshots: Path
) -> None:
    """Not „Vorschau aktuell“ over an old preview: a server error, then a form expired
    (the browser's cookies are gone), and the save that follows."""
    page.goto(f"{server}/neu")
    page.get_by_label("Titel").fill("Vorschau ohne Antwort")
    page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
    state = page.locator("#vorschau-stand")
    expect(state).to_contain_text("1 Fehler")
    page.route("**/vorschau", lambda route: route.fulfill(status=500, body="kaputt"))
    page.get_by_label("Text (Pflichtfeld)").fill("Ein Absatz.")
    expect(state).to_contain_text("pressetool konnte sie nicht erzeugen (Fehler 500).")
    page.unroute("**/vorschau")
    page.get_by_label("Text (Pflichtfeld)").fill("Ein Absatz, und noch einer.")
    expect(state).to_contain_text("Vorschau aktuell (1 Seite")
    page.context.clear_cookies()
    page.get_by_label("Text (Pflichtfeld)").fill("Ein Absatz ohne Cookie.")
    expect(state).to_have_text(
        "Die Vorschau ist nicht aktuell: Das Formular ist abgelaufen, etwa weil der Browser "
        "seine Cookies gelöscht hat; auch Speichern geht so nicht. Was Sie geschrieben haben, "
        "steht noch im Formular, ist aber nicht gespeichert. Kopieren Sie Ihre Änderungen, laden "
        "Sie die Seite neu und fügen Sie sie wieder ein."
    )
    expect(page.locator("#vorschau")).to_have_class("veraltet")
    page.screenshot(path=screenshots / "vorschau-abgelaufen.png")
    page.on("dialog", lambda dialog: dialog.accept())  # unsaved changes: leave anyway
    page.get_by_role("button", name="Speichern").click()
    # without its cookie the browser is a stranger: it is told how to come in again
    expect(page.locator("body")).to_have_text(
        "pressetool öffnet nur, wer mit der Adresse kommt, die „pressetool serve“ beim Start "
        "nennt (sie endet auf ?schluessel=…). Öffnen Sie diese Adresse; der Browser merkt "
        "sich den Zugang dann für 31 Tage."
    )


def test_after_a_failed_submit_the_focus_is_on_the_error(
    page: Page, server: str, screenshots: Path
) -> None:
    page.goto(f"{server}/neu")
    page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
    expect(page.locator("#f-title")).to_be_focused()
    page.get_by_label("Titel").fill("Wird verworfen")
    page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
    page.get_by_role("link", name="Verwerfen …").click()
    page.get_by_role("button", name="verwerfen").click()
    expect(page.get_by_role("alert")).to_be_focused()
    expect(page.get_by_label("Grund (Pflichtfeld)")).to_have_attribute("aria-invalid", "true")
    page.screenshot(path=screenshots / "verwerfen-ohne-grund.png")
    page.goto(f"{server}/pm/2020/67/einladungen")
    page.get_by_role("button", name="Liste prüfen").click()
    expect(page.get_by_label("Empfängerliste (Pflichtfeld)")).to_be_focused()
    page.goto(f"{server}/pm/2020/67/listen")
    page.get_by_label("Leere Zeilen").fill("viele")
    page.get_by_role("button", name="Listen erzeugen").click()
    expect(page.get_by_label("Leere Zeilen")).to_be_focused()


def test_a_preview_without_answer_comes_back_by_itself(page: Page, server: str) -> None:
    """pressetool stopped and started again: the preview asks again until it answers."""
    page.goto(f"{server}/neu")
    page.get_by_label("Titel").fill("Vorschau nach einem Neustart")
    page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
    state = page.locator("#vorschau-stand")
    expect(state).to_contain_text("1 Fehler")
    page.route("**/vorschau", lambda route: route.abort())
    page.get_by_label("Text (Pflichtfeld)").fill("Ein Absatz.")
    expect(state).to_have_text(
        "pressetool läuft gerade nicht; sobald es wieder läuft, wird die Vorschau erneuert. "
        "Was Sie geschrieben haben, bleibt im Formular."
    )
    page.unroute("**/vorschau")
    expect(state).to_contain_text("Vorschau aktuell (1 Seite")
    expect(page.locator("#vorschau")).not_to_have_class("veraltet")


def test_a_draft_saved_with_errors_focuses_the_first(page: Page, server: str) -> None:
    page.goto(f"{server}/neu")
    page.get_by_label("Titel").fill("Mit Fehlern gespeichert")
    page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
    page.get_by_label("Text (Pflichtfeld)").fill("Ein Absatz.")
    page.get_by_label("Titel der Veranstaltung").fill("Fest")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("status").filter(has_text="Gespeichert.")).to_have_text(
        "Gespeichert. Die Pressemitteilung hat noch 3 Fehler; sie stehen an den Feldern."
    )
    expect(page.get_by_label("Datum der Veranstaltung")).to_be_focused()


SCROLL_UNDER_THE_BAR = """() => {
  const field = document.getElementById("f-invitation-rsvp-by");
  const bar = document.querySelector(".speichern-leiste");
  const top = field.getBoundingClientRect().top;
  window.scrollBy(0, top - (window.innerHeight - bar.offsetHeight / 2));
  document.getElementById("f-invitation-text").focus({preventScroll: true});
}"""
"""The field after „Text der Einladung“ half behind the save bar, the focus just before it."""


def test_on_a_narrow_screen_the_focused_field_stays_above_the_save_bar(
    browser: Browser, serving: tuple[str, str], server: str, screenshots: Path
) -> None:
    context = browser.new_context(locale="de-DE", viewport={"width": 400, "height": 700})
    page = context.new_page()
    try:
        page.goto(serving[1])
        page.goto(f"{server}/?jahr=2020")
        box = page.get_by_role("region", name="Pressemitteilungen 2020, die neueste zuerst")
        expect(box).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        page.goto(f"{server}/neu")
        page.get_by_label("Titel").fill("Schmaler Bildschirm")
        page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
        # the first preview in place: it came late on a busy machine and moved the field
        expect(page.locator("#vorschau-stand")).to_contain_text("1 Fehler")
        page.evaluate(SCROLL_UNDER_THE_BAR)
        page.keyboard.press("Tab")  # to that field, scrolled into view by the browser
        focused = page.locator(":focus").bounding_box()
        bar = page.locator(".speichern-leiste").bounding_box()
        assert focused is not None and bar is not None
        assert focused["y"] + focused["height"] <= bar["y"], (focused, bar)
        page.screenshot(path=screenshots / "schmal.png")
    finally:
        context.close()


def test_rows_beyond_the_bound_are_not_added(page: Page, server: str) -> None:
    """The 101st participant: said at the list. The app added it, and the save then
    refused the whole form as one with an unknown field (all typed was lost)."""
    page.goto(f"{server}/neu")
    page.get_by_label("Titel").fill("Viele Gäste")
    page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
    add = page.get_by_role("button", name="Teilnehmende hinzufügen")
    add.evaluate("button => { for (let i = 0; i < 100; i++) { button.click(); } }")
    rows = page.locator("#zeilen-f-event-participants > li")
    expect(rows).to_have_count(100)
    add.click()
    expect(rows).to_have_count(100)
    expect(page.locator("#m-f-event-participants")).to_contain_text(
        "Mehr als 100 Einträge unter „Teilnehmende“ nimmt eine Pressemitteilung nicht auf."
    )
