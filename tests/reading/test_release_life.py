"""The fields of a release's life in its file: `status`, `discard` and
`correction_of.note` (issue 11)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pressetool.models import Discard, Status
from pressetool.problems import InputError
from pressetool.reading.release_reader import read_release, read_status
from tests.builders import write_release
from tests.readback import REFERENCE_RELEASE

CORRECTION = 'correction_of:\n  number: "060/2020"\n  date: 2020-02-20\n'


def reference_with(folder: Path, addition: str) -> Path:
    text = REFERENCE_RELEASE.read_text(encoding="utf-8") + addition
    return write_release(folder, "2020/067-x.yaml", text)


@pytest.mark.parametrize("status", list(Status))
def test_every_status_is_read(tmp_path: Path, status: Status) -> None:
    path = reference_with(tmp_path, f"status: {status.value}\n")
    assert read_release(path).status is status
    assert read_status(path) is status


def test_a_file_without_status_is_published(tmp_path: Path) -> None:
    path = reference_with(tmp_path, "")
    assert read_release(path).status is Status.PUBLISHED
    assert read_status(path) is None  # not written: read_release decides


def test_discard_is_read_with_date_and_reason(tmp_path: Path) -> None:
    path = reference_with(
        tmp_path, "status: discarded\ndiscard:\n  date: 2020-03-03\n  reason: doppelt\n"
    )
    assert read_release(path).discard == Discard(dt.date(2020, 3, 3), "doppelt")


@pytest.mark.parametrize(
    ("addition", "expected"),
    [
        (
            "discard:\n  date: 2020-03-03\n  reason: doppelt\n",
            "Feld „discard“: Hier steht, dass die Nummer verworfen wurde, aber status ist "
            "nicht discarded. Schreiben Sie status: discarded oder löschen Sie discard.",
        ),
        (
            "status: discarded\ndiscard:\n  date: 2020-03-03\n",
            "Feld „discard.reason“: Das Pflichtfeld fehlt oder ist leer.",
        ),
        (
            "status: discarded\ndiscard:\n  date: 2020-03-03\n  reason: x\n  grund: y\n",
            "Feld „discard.grund“: Das Feld gibt es nicht.",
        ),
        ("status: entwurf\n", "„entwurf“"),
    ],
)
def test_wrong_life_fields_are_named(tmp_path: Path, addition: str, expected: str) -> None:
    path = reference_with(tmp_path, addition)
    with pytest.raises(InputError) as error:
        read_release(path)
    assert expected in str(error.value)


def test_what_a_berichtigung_corrected_is_read_and_needed_to_publish(tmp_path: Path) -> None:
    without = reference_with(tmp_path, CORRECTION + "  note:\n")
    release = read_release(without)
    assert release.correction_of is not None and release.correction_of.note is None
    with pytest.raises(InputError) as error:
        read_release(without, publishing=True)
    assert "Feld „correction_of.note“: Das Pflichtfeld fehlt oder ist leer." in str(error.value)
    with_note = reference_with(tmp_path, CORRECTION + "  note: Die Uhrzeit war falsch.\n")
    corrected = read_release(with_note, publishing=True)
    assert corrected.correction_of is not None
    assert corrected.correction_of.note == "Die Uhrzeit war falsch."


def test_a_release_that_is_no_berichtigung_needs_no_note_to_publish(tmp_path: Path) -> None:
    assert read_release(reference_with(tmp_path, ""), publishing=True).correction_of is None
