"""The latency of the live preview of `pressetool serve`: edit → new preview image.

Times what the app does for one change in the editor, warm (after a first
preview has loaded fonts and templates): the form as the browser sends it is
merged into the release file's text, read, linted and rendered to PDF, and its
pages are rasterised to PNG, through the app's own route (`/vorschau`), so the
time includes Flask and the fragment's HTML. Each run changes the body, so no
result is reused. The reference release, in a fresh office folder.

    .venv/bin/python scripts/bench_preview.py [RUNS]

Target: under 300 ms (median) on the project's machine.
"""

from __future__ import annotations

import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pressetool.office import load_config
from pressetool.register.allocation import reindex_register
from pressetool.web.app import cleanup, create_app, entry_path

PROJECT = Path(__file__).resolve().parent.parent
REFERENCE = PROJECT / "releases/2020/067-voneinander-wissen-in-mitte.yaml"
BASE_URL = "http://127.0.0.1:8765"
TARGET_MS = 300


def main(runs: int = 20) -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    try:
        (folder / "releases/2020").mkdir(parents=True)
        shutil.copy(PROJECT / "pressetool.toml", folder / "pressetool.toml")
        # A draft of the reference release: the editor changes drafts only.
        text = REFERENCE.read_text(encoding="utf-8") + "status: draft\n"
        (folder / "releases/2020" / REFERENCE.name).write_text(text, encoding="utf-8")
        reindex_register(load_config(folder))
        app = create_app(folder, port=8765)
        client = app.test_client()
        client.get(entry_path(app), base_url=BASE_URL)  # in through the address with the key
        page = client.get("/pm/2020/67", base_url=BASE_URL).text
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token is not None
        page = re.sub(r"<template.*?</template>", "", page, flags=re.S)
        form = dict(re.findall(r'<input type="text"[^>]*?name="([^"]+)" value="([^"]*)"', page))
        body = re.search(r'<textarea[^>]*name="body"[^>]*>(.*?)</textarea>', page, re.S)
        assert body is not None
        selects = re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S)
        for name, options in selects:
            chosen = re.search(r"<option selected>([^<]*)</option>", options)
            form[name] = chosen[1] if chosen else ""
        form["csrf"] = token[1]

        def preview(change: int) -> float:
            sent = form | {"body": f"{body[1]}\n\nÄnderung Nummer {change}."}
            started = time.perf_counter()
            answer = client.post("/pm/2020/67/vorschau", data=sent, base_url=BASE_URL)
            seconds = time.perf_counter() - started
            errors = re.findall(r"Fehler: [^<]*", answer.text)
            assert "data:image/png;base64," in answer.text, errors
            return seconds

        cold = preview(0)
        warm = sorted(preview(run) for run in range(1, runs + 1))
        median = statistics.median(warm) * 1000
        print(f"Vorschau der Referenz-Pressemitteilung ({runs} Änderungen, warm):")
        print(f"  erste (kalt)  {cold * 1000:6.0f} ms")
        print(f"  Median        {median:6.0f} ms")
        print(f"  schnellste    {warm[0] * 1000:6.0f} ms")
        print(f"  langsamste    {warm[-1] * 1000:6.0f} ms")
        verdict = "erreicht" if median < TARGET_MS else "VERFEHLT"
        print(f"  Ziel unter {TARGET_MS} ms: {verdict}")
        cleanup(app)
        return 0 if median < TARGET_MS else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
