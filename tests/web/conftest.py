"""An office folder with the reference release in its register, the app for it, and a
client that sends what a page of the app sends (its Host, its CSRF token)."""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pressetool.office import load_config
from pressetool.register.allocation import reindex_register
from pressetool.web.app import cleanup, create_app, entry_path
from tests.builders import office_folder
from tests.readback import REFERENCE_RELEASE

PORT = 8765
BASE_URL = f"http://127.0.0.1:{PORT}"


def reference_office(folder: Path) -> Path:
    """An office folder holding Nr. 067/2020 in file and register."""
    office = office_folder(folder)
    target = office / "releases" / "2020" / REFERENCE_RELEASE.name
    target.parent.mkdir(parents=True)
    shutil.copy(REFERENCE_RELEASE, target)
    reindex_register(load_config(office))
    return office


@pytest.fixture
def web_office(tmp_path: Path) -> Path:
    return reference_office(tmp_path / "pressestelle")


@pytest.fixture
def app(web_office: Path) -> Iterator[Flask]:
    app = create_app(web_office, port=PORT)
    yield app
    cleanup(app)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A browser that came in through the address `serve` names (with its key)."""
    client = app.test_client()
    for base_url in (BASE_URL, f"http://localhost:{PORT}"):  # each name its own cookie
        assert client.get(entry_path(app), base_url=base_url).status_code == 302
    return client


def csrf_token(client: FlaskClient) -> str:
    """The token a page of the app carries in its forms."""
    page = client.get("/neu", base_url=BASE_URL)
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found is not None
    return found[1]


def form_of(page: str) -> dict[str, str]:
    """The editor's fields and their values as the page shows them (inputs, textareas,
    selected options), as a browser would send the form."""
    page = re.sub(r"<template.*?</template>", "", page, flags=re.S)
    fields = dict(
        re.findall(r'<input type="(?:text|hidden)"[^>]*?name="([^"]+)" value="([^"]*)"', page)
    )
    for name, text in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        fields[name] = text
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r"<option selected>([^<]*)</option>", options)
        fields[name] = chosen[1] if chosen else ""
    return {name: html.unescape(value) for name, value in fields.items()}
