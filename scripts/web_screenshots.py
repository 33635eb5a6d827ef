"""The two screenshots of README's „Im Browser arbeiten“: `pressetool serve` on the
reference release in a fresh office folder, shown by Debian's Chromium.

    .venv/bin/python scripts/web_screenshots.py [ORDNER]   (Voreinstellung: docs/bilder)
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from pressetool.office import load_config
from pressetool.register.allocation import reindex_register

PROJECT = Path(__file__).resolve().parent.parent
REFERENCE = PROJECT / "releases/2020/067-voneinander-wissen-in-mitte.yaml"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARGS += ["--disable-component-update", "--disable-sync", "--no-first-run"]


def main(target: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="screenshots-")) / "pressestelle"
    (folder / "releases/2020").mkdir(parents=True)
    shutil.copy(PROJECT / "pressetool.toml", folder / "pressetool.toml")
    shutil.copy(REFERENCE, folder / "releases/2020" / REFERENCE.name)
    reindex_register(load_config(folder))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "pressetool", "serve", "--port", str(port), "--no-browser"],
        cwd=folder,
        stdout=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        assert server.stdout is not None
        entry = server.stdout.readline().split()[-1]  # „pressetool läuft auf …?schluessel=…“
        time.sleep(2)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900}, locale="de-DE")
            page.goto(entry)
            page.goto(f"{url}/neu")
            page.get_by_label("Titel").fill("Neue Bänke im Schlosspark")
            page.get_by_label("Datum").fill("2026-03-02")
            page.get_by_role("button", name="Nummer vergeben und bearbeiten").click()
            page.get_by_label("Text (Pflichtfeld)").fill(
                'Der Schlosspark bekommt "neue" Bänke, aufgestellt von 9-13 Uhr.\n\n'
                "Sie stehen ab März bereit."
            )
            expect(page.locator("#vorschau img.vorschau-seite")).to_have_count(1)
            expect(page.locator("#m-f-body .hinweis")).to_have_count(2)
            page.get_by_label("Text (Pflichtfeld)").scroll_into_view_if_needed()
            page.evaluate("window.scrollTo(0, document.querySelector('#f-body').offsetTop - 420)")
            target.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=target / "editor.png")
            page.get_by_role("button", name="Speichern").click()
            page.goto(f"{url}/?jahr=2026")
            page.get_by_role("link", name="Neue Pressemitteilung").first.focus()
            page.screenshot(path=target / "uebersicht.png")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder.parent, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else PROJECT / "docs/bilder")
