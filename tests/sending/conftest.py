"""An office folder that sends through the test's own SMTP server, a published release and
a press distribution list."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from pressetool.office import Config, load_config
from tests.builders import office_folder, write_csv
from tests.readback import REFERENCE_RELEASE
from tests.sending.smtp_server import Handler, smtp_server

SENDER = "pressestelle@ba-mitte.berlin.de"
RELEASE_NAME = "2020/067-voneinander-wissen-in-mitte.yaml"
LIST_HEADER = ("E-Mail", "Name", "Redaktion", "Gruppe")
PRESS = [
    ("redaktion@tagesspiegel.de", "Anna Schmidt", "Tagesspiegel", "Lokales"),
    ("berlin@dpa.com", "", "dpa Landesdienst", "Agenturen"),
    ("mueller@freie-presse.de", "Jürgen Müller", "", "Lokales, Freie"),
    ("kiez@rbb-online.de", "Kim Yılmaz", "rbb24", ""),
]
"""The rows of the distribution list (after its header)."""
ADDRESSES = [row[0] for row in PRESS]


def mail_section(port: int, extra: str = "", security: str = "none") -> str:
    return (
        f'\n[mail]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "{security}"\n'
        f'sender = "{SENDER}"\nsender_name = "Bezirksamt Mitte, Pressestelle"\n'
        f'reply_to = "presse@ba-mitte.berlin.de"\nmax_per_minute = 6000\n{extra}'
    )


def sending_office(folder: Path, port: int, extra: str = "", security: str = "none") -> Path:
    """An office folder with `[mail]` for the server at `port` and the reference release."""
    office_folder(folder)
    settings = folder / "pressetool.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8") + mail_section(port, extra, security),
        encoding="utf-8",
    )
    target = folder / "releases" / RELEASE_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(REFERENCE_RELEASE, target)
    return folder


def distribution_list(path: Path, rows: Sequence[Sequence[str]] = PRESS) -> Path:
    return write_csv(path, [LIST_HEADER, *rows], encoding="utf-8")


def edit_release(office: Path, addition: str = "", old: str = "", new: str = "") -> Path:
    """The office's release with `addition` at its end, or `old` replaced by `new`."""
    path = office / "releases" / RELEASE_NAME
    text = path.read_text(encoding="utf-8")
    path.write_text((text.replace(old, new) if old else text) + addition, encoding="utf-8")
    return path


@pytest.fixture
def server() -> Iterator[tuple[Handler, int]]:
    with smtp_server() as running:
        yield running


@pytest.fixture
def handler(server: tuple[Handler, int]) -> Handler:
    return server[0]


@pytest.fixture
def sending(tmp_path: Path, server: tuple[Handler, int], monkeypatch: pytest.MonkeyPatch) -> Path:
    """The office folder (the current folder) sending to `server`."""
    office = sending_office(tmp_path / "pressestelle", server[1])
    monkeypatch.chdir(office)
    return office


@pytest.fixture
def press_list(sending: Path) -> Path:
    return distribution_list(sending / "verteiler.csv")


@pytest.fixture
def config(sending: Path) -> Config:
    return load_config(sending)
