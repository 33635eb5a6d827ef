"""Every problem code has its German sentence, and the sentence says where."""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pytest

from pressetool import messages
from pressetool.messages import MESSAGES, Code, location, message, os_error_text, yaml_problem_text

PACKAGE = Path(messages.__file__).parent


def test_every_code_has_a_sentence_and_every_sentence_a_code() -> None:
    assert set(MESSAGES) == set(Code)


@pytest.mark.parametrize("code", list(Code))
def test_every_sentence_is_german_and_ends_like_a_sentence(code: Code) -> None:
    sentence = MESSAGES[code]
    assert sentence[0].isupper() or sentence.startswith(("„", "{")), sentence
    assert sentence.rstrip("«»").endswith((".", "«", "»", "?", ")")) or "»{found}«" in sentence


def test_messages_imports_nothing_of_the_package() -> None:
    tree = ast.parse((PACKAGE / "messages.py").read_text(encoding="utf-8"))
    imported = [
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ] + [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert not [name for name in imported if name.startswith("pressetool")]


@pytest.mark.parametrize(
    ("file", "line", "field", "expected"),
    [
        (Path("a.yaml"), 3, "event.start", "a.yaml, Zeile 3, Feld „event.start“"),
        (Path("a.yaml"), None, None, "a.yaml"),
        (None, None, "title", "Feld „title“"),
        (None, None, None, ""),
    ],
)
def test_location_names_file_line_and_field(
    file: Path | None, line: int | None, field: str | None, expected: str
) -> None:
    assert location(file, line, field) == expected


def test_a_message_starts_with_where_it_applies() -> None:
    text = message(Code.BAD_TIME, {"value": "25:00"}, Path("a.yaml"), 7, "event.start")
    assert text == (
        "a.yaml, Zeile 7, Feld „event.start“: „25:00“ ist keine gültige Uhrzeit. "
        'Schreiben Sie Stunde und Minute, zum Beispiel "9:30" oder "13:00".'
    )


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (errno.ENOENT, "die Datei oder der Ordner fehlt"),
        (errno.EACCES, "keine Berechtigung"),
        (errno.ENOSPC, "der Datenträger ist voll"),
        (errno.EIO, f"Systemfehler {errno.EIO}"),
    ],
)
def test_system_errors_in_german(number: int, expected: str) -> None:
    assert os_error_text(OSError(number, "English")) == expected


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        ("could not find expected ':'", "nach einem Feldnamen fehlt der Doppelpunkt"),
        ("found character '\\t' that cannot start any token", "ein Tabulator statt Leerzeichen"),
        ("something new", "Einrückung oder Satzzeichen stimmen nicht"),
        (None, "unlesbar"),
    ],
)
def test_yaml_problems_in_german(english: str | None, expected: str) -> None:
    assert yaml_problem_text(english) == expected
