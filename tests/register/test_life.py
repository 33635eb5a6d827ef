"""The life of a release (issue 11): `new` makes a draft, `publish` publishes it and
builds its documents, `discard` gives up a draft or records numbers given before
pressetool, `withdraw` works on published releases and renews their documents,
`correct` makes a draft Berichtigung, `list` shows the status in German and
`verify` accepts drafts and discarded numbers.

Each rule is checked by reading back the file, the register and the documents;
each wrong input by its message, exit status 1 and an unchanged office folder.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from pressetool.models import Discard, ReleaseNumber, Status
from pressetool.office import OFFICE_TIME_ZONE, load_config, today_in_office
from pressetool.reading.release_reader import read_release
from pressetool.register import allocation
from pressetool.register.allocation import new_release
from pressetool.register.database import Entry, Origin, open_register
from pressetool.register.release_files import comment_of, read_identity, set_field
from tests.builders import fill_in_body
from tests.conftest import files_below, run_main, snapshot
from tests.readback import pdf_pages
from tests.register.life import published

OUTPUT = Path("output/2020/001")
PDF = OUTPUT / "pressemitteilung-001-2020.pdf"
DOCX = OUTPUT / "pressemitteilung-001-2020.docx"
ARCHIVAL = OUTPUT / "pressemitteilung-001-2020-archiv.pdf"
HTML = OUTPUT / "pressemitteilung-001-2020.html"
TXT = OUTPUT / "pressemitteilung-001-2020.txt"


@pytest.fixture
def here(office: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(office)
    return office


def draft(title: str = "Eins", date: str = "2020-03-02") -> Path:
    """A draft made by `new` with its text written: complete, not yet published. Its
    path relative to the office folder, as the commands name it."""
    return fill_in_body(new_release(load_config(), title, date)).relative_to(Path.cwd())


def entry(number: str) -> Entry:
    parsed = ReleaseNumber.parse(number)
    assert parsed is not None
    with open_register(load_config()) as register:
        found = register.find(parsed)
    assert found is not None
    return found


def refused(
    capsys: pytest.CaptureFixture[str], folder: Path, *args: str
) -> tuple[str, dict[Path, bytes]]:
    """Run a command that must fail: its stderr, after checking exit 1, no traceback
    and that nothing in the office folder changed."""
    before = snapshot(folder)
    status, _, err = run_main(capsys, *args)
    assert status == 1, err
    assert "Traceback" not in err
    assert snapshot(folder) == before
    return err, before


def changed_lines(before: str, after: str) -> list[str]:
    """The lines of `before` that are not in `after`: comments lost would show here."""
    kept = after.splitlines()
    return [line for line in before.splitlines() if line not in kept]


# -- new: a draft ---------------------------------------------------------------------


def test_new_creates_a_draft_in_file_and_register_and_says_so(here: Path) -> None:
    path = new_release(load_config(), "Eins", "2020-03-02")
    text = path.read_text(encoding="utf-8")
    assert "\nstatus: draft\n" in text
    assert text.startswith(
        "# Pressemitteilung Nr. 001/2020 vom 02.03.2020, angelegt mit „pressetool new“ als "
        "Entwurf.\n"
    )
    assert "„pressetool publish 001/2020“" in text.splitlines()[2]
    assert "#   pressetool publish 001/2020\n" in text
    assert '#   pressetool discard 001/2020 --reason "Grund"\n' in text
    assert "Die Nummer 001/2020 bleibt ihm reserviert und wird nie ein\n# zweites Mal" in text
    assert read_identity(path).status is Status.DRAFT
    assert entry("001/2020").status is Status.DRAFT


def test_a_draft_keeps_its_number_and_the_next_new_takes_the_following(here: Path) -> None:
    draft("Eins")
    assert draft("Zwei").name.startswith("002-")
    assert [entry(n).status for n in ("001/2020", "002/2020")] == [Status.DRAFT] * 2


# -- publish ------------------------------------------------------------------------


def test_publish_sets_the_status_keeps_every_comment_and_builds_the_documents(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    before = path.read_text(encoding="utf-8")
    status, out, err = run_main(capsys, "publish", "001/2020")
    assert status == 0, err
    assert out.splitlines() == [f"Veröffentlicht: {path}", str(PDF), str(DOCX)]
    after = path.read_text(encoding="utf-8")
    assert changed_lines(before, after) == ["status: draft"]
    assert "\nstatus: published\n" in after
    assert read_release(path).status is Status.PUBLISHED
    assert entry("001/2020").status is Status.PUBLISHED
    pages = pdf_pages(PDF)
    assert "Ein Absatz." in pages[0]
    assert not [page for page in pages if "Entwurf" in page]
    document = Document(str(DOCX))
    assert "Ein Absatz." in [p.text for p in document.paragraphs]
    headers = [
        p.text
        for s in document.sections
        for h in (s.header, s.first_page_header)
        for p in h.paragraphs
    ]
    assert "Entwurf" not in " ".join(headers + [p.text for p in document.paragraphs])
    assert run_main(capsys, "verify")[0] == 0


NOTED = "status: draft   # noch prüfen!\n  # Rückfrage bei Frau Yılmaz (App. 42390)\n"
"""A status line with an officer's comments: at its end, and on a line of its own."""


def _noted(path: Path) -> Path:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("status: draft\n", NOTED), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("steps", "status_line"),
    [
        ([["publish", "001/2020"]], "status: published   # noch prüfen!"),
        (
            [["publish", "001/2020"], ["withdraw", "001/2020", "--reason", "abgesagt"]],
            "status: withdrawn   # noch prüfen!",
        ),
        ([["discard", "001/2020", "--reason", "doppelt"]], "status: discarded   # noch prüfen!"),
    ],
)
def test_publish_withdraw_and_discard_keep_the_comments_of_the_status_line(
    here: Path, capsys: pytest.CaptureFixture[str], steps: list[list[str]], status_line: str
) -> None:
    path = _noted(draft())
    before = path.read_text(encoding="utf-8")
    for step in steps:
        status, _, err = run_main(capsys, *step)
        assert status == 0, err
    after = path.read_text(encoding="utf-8")
    assert changed_lines(before, after) == ["status: draft   # noch prüfen!"]
    assert f"\n{status_line}\n  # Rückfrage bei Frau Yılmaz (App. 42390)\n" in after
    assert read_identity(path).status.value == status_line.split()[1]
    assert run_main(capsys, "verify")[0] == 0


@pytest.mark.parametrize(
    ("line", "comment"),
    [
        ("status: draft   # noch prüfen!", "   # noch prüfen!"),
        ("status: draft#kein Kommentar", ""),
        ('status: "draft # im Text"  # Kommentar', "  # Kommentar"),
        ("status: 'it''s # im Text'", ""),
        ('status: "a \\" # im Text"', ""),
        ("status: draft", ""),
        ("withdrawal:  # warum?", "  # warum?"),
    ],
)
def test_the_comment_at_the_end_of_a_line(line: str, comment: str) -> None:
    assert comment_of(line) == comment


@pytest.mark.parametrize("pasted", ["\u2028", "\u2029", "\x85", "\x0c", "\x0b"])
def test_publish_changes_only_the_status_line_of_a_file_with_pasted_line_breaks(
    here: Path, capsys: pytest.CaptureFixture[str], pasted: str
) -> None:
    """A line break pasted from Word ends no line of YAML (the reader takes it for a
    space): rewriting the status line must not make one a line the officer never wrote
    (`# alt:⏎embargo: …` became a Sperrfrist, a text lost its indentation)."""
    path = draft()
    text = path.read_text(encoding="utf-8")
    text = text.replace("Ein Absatz.", f"Ein{pasted}Absatz.")
    text = text.replace("status: draft", f"status: draft   # alt:{pasted}embargo: 2027-06-01 10:00")
    path.write_text(text, encoding="utf-8", newline="")
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    after = path.read_bytes().decode("utf-8")
    assert after == text.replace("status: draft   #", "status: published   #")
    assert read_release(path).embargo is None
    assert run_main(capsys, "verify")[0] == 0


def test_publish_removes_the_drafts_documents_from_the_internal_folder(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    status, out, err = run_main(capsys, "build", str(path), "--format", "all")
    assert status == 0, err
    status, text, err = run_main(capsys, "build", str(path), "--format", "txt")
    assert status == 0, err
    drafts = [Path(made) for made in (out + text).split()]
    assert [made.suffix for made in drafts] == [".pdf", ".docx", ".txt"]
    assert all(made.is_file() and made.parts[0] == "intern" for made in drafts)
    status, _out, err = run_main(capsys, "publish", "001/2020")
    assert status == 0, err
    assert not any(made.exists() for made in drafts)
    assert PDF.is_file() and DOCX.is_file()


def test_publish_under_embargo_removes_the_drafts_other_documents(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The published PDF and DOCX wait in the internal folder; the draft's text for the
    editor of berlin.de goes (`withdraw` would renew it as if it were published)."""
    path = draft()
    _embargo(path, "2999-12-03 10:00")
    status, out, err = run_main(capsys, "build", str(path), "--format", "txt")
    assert status == 0, err
    status, published, err = run_main(capsys, "publish", "001/2020")
    assert status == 0, err
    assert not Path(out.strip()).exists()
    assert [Path(line).suffix for line in published.splitlines()[1:3]] == [".pdf", ".docx"]
    assert all(Path(line).is_file() for line in published.splitlines()[1:3])


def test_publish_of_a_release_under_embargo_keeps_its_documents_out_of_output(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing goes public early: a PDF in output/ would be on the web server."""
    path = draft()
    _embargo(path, "2999-12-03 10:00")
    status, out, err = run_main(capsys, "publish", "001/2020")
    assert status == 0, err
    internal = Path("intern/2020/001")
    assert out.splitlines() == [
        f"Veröffentlicht: {path}",
        str(internal / PDF.name),
        str(internal / DOCX.name),
        "Öffentlich ist sie erst ab 03.12.2999, 10\u00a0Uhr (Datum oder Sperrfrist): PDF und "
        "DOCX liegen bis dahin im internen Ordner intern/, nicht in output/. Ins Archiv kommen "
        "sie mit „pressetool archive“ ab 03.12.2999, 10\u00a0Uhr.",
    ]
    assert not Path("output").exists()
    assert "Sperrfrist: 03.12.2999, 10 Uhr" in " ".join(pdf_pages(internal / PDF.name)[0].split())
    assert entry("001/2020").status is Status.PUBLISHED
    assert run_main(capsys, "withdraw", "001/2020", "--reason", "abgesagt")[0] == 0
    assert "Zurückgezogen am" in pdf_pages(internal / PDF.name)[0]


def test_publish_of_a_release_dated_ahead_keeps_its_documents_out_of_output(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = today_in_office() + dt.timedelta(days=5)
    draft(date=later.isoformat())
    status, out, _ = run_main(capsys, "publish", f"001/{later.year}")
    assert status == 0
    assert f"Öffentlich ist sie erst ab {later:%d.%m.%Y} (Datum oder Sperrfrist)" in out
    assert files_below(here / "output") == []
    assert len(files_below(here / "intern")) == 2


def test_publish_refuses_an_incomplete_draft_naming_all_that_is_missing(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = new_release(load_config(), "Eins", "2020-03-02").relative_to(here)  # no text yet
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  office: Bezirksstadtrat\n", ""), encoding="utf-8")
    err, _ = refused(capsys, here, "publish", "001/2020")
    lines = err.splitlines()
    assert lines[0] == (
        "Fehler: Nr. 001/2020 ist noch nicht fertig und wurde nicht veröffentlicht; es wurde "
        "nichts verändert. Was fehlt oder falsch ist, steht in den Zeilen hierunter. Ergänzen "
        f"Sie es in „{path}“ und rufen Sie „pressetool publish 001/2020“ noch einmal auf."
    )
    assert lines[1].startswith(f"Fehler: {path}, Zeile 14, Feld „issuer.office“: Das Pflicht")
    assert lines[2].startswith(f"Fehler: {path}, Zeile 20, Feld „body“: Das Pflichtfeld fehlt")
    assert lines[3] == "2 Fehler gefunden. Es wurde keine Datei geschrieben."  # not the heading
    assert len(lines) == 4
    assert entry("001/2020").status is Status.DRAFT
    assert not Path("output").exists()


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (
            "published",
            "Fehler: Die Pressemitteilung Nr. 001/2020 ist bereits veröffentlicht. Ihre "
            "Dokumente erneuern Sie mit „pressetool build releases/2020/001-eins.yaml“.",
        ),
        (
            "withdrawn",
            "Fehler: Die Pressemitteilung Nr. 001/2020 ist zurückgezogen und wird nicht wieder "
            "veröffentlicht. Eine berichtigte Fassung legt „pressetool correct 001/2020“ an.",
        ),
        (
            "discarded",
            "Fehler: Die Nummer 001/2020 ist verworfen (am {today}: Test): Sie wird nie "
            "veröffentlicht, zurückgezogen oder berichtigt.",
        ),
    ],
)
def test_publish_takes_only_a_draft(
    here: Path, capsys: pytest.CaptureFixture[str], prepare: str, message: str
) -> None:
    path = draft()
    if prepare != "discarded":
        published(path)
    if prepare == "withdrawn":
        assert run_main(capsys, "withdraw", "001/2020", "--reason", "Test")[0] == 0
    if prepare == "discarded":
        assert run_main(capsys, "discard", "001/2020", "--reason", "Test")[0] == 0
    today = today_in_office().strftime("%d.%m.%Y")
    err, _ = refused(capsys, here, "publish", "001/2020")
    assert message.format(today=today) in err


def test_publish_of_a_number_never_given_or_misspelt(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft()
    err, _ = refused(capsys, here, "publish", "002/2020")
    assert "Fehler: Die Nummer 002/2020 ist nie vergeben worden." in err
    err, _ = refused(capsys, here, "publish", "1-2020")
    assert "„1-2020“ ist keine Pressemitteilungsnummer" in err


def test_publish_refuses_when_file_and_register_disagree(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    path.write_text(
        set_field(path.read_text(encoding="utf-8"), "status", ["status: published"]),
        encoding="utf-8",
    )
    err, _ = refused(capsys, here, "publish", "001/2020")
    assert (
        f"Fehler: {path}, Feld „status“: Nr. 001/2020: Im Register steht „Entwurf“, in der "
        "Datei „veröffentlicht“; es wurde nichts verändert. Tragen Sie in die Datei status: "
        "draft ein"
    ) in err


def _line_of(path: Path, line: str) -> int:
    return path.read_text(encoding="utf-8").split("\n").index(line) + 1


def test_publish_of_a_berichtigung_needs_what_was_corrected(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    published(draft())
    status, out, err = run_main(capsys, "correct", "001/2020", "--date", "2020-03-04")
    assert status == 0, err
    path = Path(out.strip())
    status, out, _ = run_main(capsys, "check", str(path))
    assert status == 0
    assert (
        f"Hinweis: {path}, Zeile {_line_of(path, '  note:')}, Feld „correction_of.note“: Noch "
        "fehlt, was berichtigt wurde: Tragen Sie unter „correction_of“ bei „note:“ einen Satz "
        "ein, etwa „Die Uhrzeit war falsch; richtig ist 10 Uhr.“ Ohne ihn veröffentlicht "
        "„pressetool publish“ die Berichtigung nicht.\n"
    ) in out
    err, _ = refused(capsys, here, "publish", "002/2020")
    assert f"Fehler: {path}, Zeile " in err
    assert "Feld „correction_of.note“: Das Pflichtfeld fehlt oder ist leer." in err
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("  note:\n", "  note: Die Uhrzeit war falsch; richtig ist 10 Uhr.\n"),
        encoding="utf-8",
    )
    status, _, err = run_main(capsys, "publish", "002/2020")
    assert status == 0, err
    pages = pdf_pages(Path("output/2020/002/pressemitteilung-002-2020.pdf"))
    assert "Die Uhrzeit war falsch; richtig ist 10 Uhr." in pages[0]


# -- discard ------------------------------------------------------------------------


def test_discard_marks_a_draft_in_file_and_register_and_verify_accepts_it(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = new_release(load_config(), "Versehen", "2020-03-02").relative_to(here)  # no text
    before = path.read_text(encoding="utf-8")
    status, out, err = run_main(capsys, "discard", "001/2020", "--reason", "Doppelt angelegt")
    assert status == 0, err
    assert out == f"Verworfen: {path}\n"
    after = path.read_text(encoding="utf-8")
    assert changed_lines(before, after) == ["status: draft"]
    today = today_in_office().isoformat()
    assert after.endswith(
        f"status: discarded\ndiscard:\n  date: {today}\n  reason: Doppelt angelegt\n"
    )
    identity = read_identity(path)
    assert identity.status is Status.DISCARDED
    assert identity.discard is not None and identity.discard.reason == "Doppelt angelegt"
    registered = entry("001/2020")
    assert registered.status is Status.DISCARDED
    assert registered.discard is not None and registered.discard.reason == "Doppelt angelegt"
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")
    assert draft("Zwei").name.startswith("002-")  # the number stays taken


def test_discard_of_a_draft_whose_file_was_deleted_records_it_in_the_register(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft().unlink()
    assert run_main(capsys, "verify")[0] == 1
    status, out, _ = run_main(capsys, "discard", "001/2020", "--reason", "Datei gelöscht")
    assert (status, out) == (0, "Verworfen: Nr. 001/2020 (ohne Datei).\n")
    assert entry("001/2020").status is Status.DISCARDED
    assert run_main(capsys, "verify")[0] == 0


def test_discard_records_numbers_given_before_pressetool_and_new_goes_on_after_them(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "new", "--title", "Eins", "--date", "2020-03-02")[0] == 0
    Path("releases/2020/001-eins.yaml").unlink()
    Path("releases/register.sqlite").unlink()  # an office that starts now, mid-year
    run_main(capsys, "reindex")
    status, out, err = run_main(
        capsys, "discard", "001/2020-066/2020", "--reason", "vor Einführung von pressetool vergeben"
    )
    assert status == 0, err
    assert out.splitlines() == [
        "Verworfen: 001/2020 bis 066/2020 (66 Nummern, ohne Datei).",
        # `new` numbers in the year of its date: today's without --date
        f"Mit --date im Jahr 2020 vergibt „pressetool new“ als Nächstes 067/2020; ohne --date "
        f"die nächste Nummer von {today_in_office().year}.",
    ]
    rows = json.loads(run_main(capsys, "list", "--format", "json")[1])
    assert [row["number"] for row in rows] == [f"{n:03d}/2020" for n in range(1, 67)]
    assert {row["status"] for row in rows} == {"discarded"}
    assert {row["origin"] for row in rows} == {Origin.DISCARD.value}
    assert rows[0]["discard"] == {
        "date": today_in_office().isoformat(),
        "reason": "vor Einführung von pressetool vergeben",
    }
    assert files_below(here / "releases/2020") == []
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")
    assert draft("Neu").name.startswith("067-")
    assert run_main(capsys, "verify")[0] == 0


def test_discard_refuses_a_range_that_touches_a_given_number_or_a_file(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    published(draft("Eins"))
    draft("Zwei")
    Path("releases/2020/005-fremd.yaml").write_text(
        "number: 5\ndate: 2020-03-02\ntitle: Fremd\n", encoding="utf-8"
    )
    err, _ = refused(capsys, here, "discard", "001/2020-010/2020", "--reason", "alt")
    assert err.splitlines()[:3] == [
        "Fehler: Die Nummer 001/2020 ist schon vergeben (veröffentlicht); es wurde keine Nummer "
        "verworfen. Ohne Datei verwirft pressetool nur Nummern, die noch nicht im Register "
        "stehen, etwa die vor pressetool vergebenen. Einen Entwurf verwerfen Sie einzeln: "
        'pressetool discard NNN/JJJJ --reason "Grund".',
        "Fehler: Die Nummer 002/2020 ist schon vergeben (Entwurf); es wurde keine Nummer "
        "verworfen. Ohne Datei verwirft pressetool nur Nummern, die noch nicht im Register "
        "stehen, etwa die vor pressetool vergebenen. Einen Entwurf verwerfen Sie einzeln: "
        'pressetool discard NNN/JJJJ --reason "Grund".',
        "Fehler: Zur Nummer 005/2020 gibt es die Datei „releases/2020/005-fremd.yaml“, aber "
        "keinen Eintrag im Register; es wurde keine Nummer verworfen. Nehmen Sie die Datei mit "
        "„pressetool reindex“ ins Register auf; ist sie ein Entwurf, verwerfen Sie ihn danach "
        'einzeln: pressetool discard 005/2020 --reason "Grund".',
    ]
    err, _ = refused(capsys, here, "discard", "005/2020", "--reason", "alt")
    assert "Zur Nummer 005/2020 gibt es die Datei" in err


def test_discard_never_skips_numbers_a_typo_would_leave_missing_for_good(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft("Eins")
    err, _ = refused(capsys, here, "discard", "999/2020", "--reason", "Tippfehler")
    assert err.splitlines()[0] == (
        "Fehler: 999/2020 liegt hinter der nächsten freien Nummer 002/2020; verworfen würde "
        "sie Nummern überspringen, die dann für immer fehlten (ein Tippfehler wie 999 statt 009 "
        "ließe sich nicht zurücknehmen). Es wurde nichts verworfen. Verwerfen Sie ab 002/2020, "
        "zum Beispiel 002/2020-999/2020."
    )
    status, out, _ = run_main(capsys, "discard", "002/2020", "--reason", "nie benutzt")
    assert (status, out) == (
        0,
        "Verworfen: Nr. 002/2020 (ohne Datei).\nMit --date im Jahr 2020 vergibt „pressetool new“ "
        f"als Nächstes 003/2020; ohne --date die nächste Nummer von {today_in_office().year}.\n",
    )


def test_discard_of_this_years_numbers_names_what_new_gives_next(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year = today_in_office().year
    draft("Eins", f"{year}-01-02")
    status, out, err = run_main(capsys, "discard", f"002/{year}-004/{year}", "--reason", "alt")
    assert (status, err) == (0, "")
    assert out.splitlines()[1] == f"„pressetool new“ vergibt als Nächstes 005/{year}."
    status, out, err = run_main(capsys, "new", "--title", "Neu")
    assert (status, err) == (0, "")
    assert out.startswith(f"releases/{year}/005-neu.yaml")


def test_discard_records_a_gap_that_verify_names(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for title in ("Eins", "Zwei", "Drei"):
        draft(title)
    Path("releases/2020/002-zwei.yaml").unlink()
    with open_register(load_config()) as register, register.writing():
        register.database.execute("DELETE FROM release_numbers WHERE number = 2")
    assert "Die Nummer 002/2020 fehlt" in run_main(capsys, "verify")[1]
    assert run_main(capsys, "discard", "002/2020", "--reason", "verloren")[0] == 0
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")


@pytest.mark.parametrize(
    "argument", ["066/2020-001/2020", "001/2020-005/2021", "001/2020-", "1-5/2020", "a-b"]
)
def test_discard_refuses_a_range_that_is_no_range(
    here: Path, capsys: pytest.CaptureFixture[str], argument: str
) -> None:
    draft()
    err, _ = refused(capsys, here, "discard", argument, "--reason", "alt")
    assert f"Fehler: „{argument}“ ist kein Bereich von Nummern." in err


def test_discard_refuses_a_published_or_withdrawn_release_and_names_withdraw(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    published(draft())
    err, _ = refused(capsys, here, "discard", "001/2020", "--reason", "alt")
    assert (
        "Fehler: Nr. 001/2020 ist veröffentlicht; verwerfen lässt sich nur ein Entwurf. Eine "
        "veröffentlichte Pressemitteilung ziehen Sie zurück: pressetool withdraw 001/2020 "
        '--reason "Grund".'
    ) in err
    assert run_main(capsys, "withdraw", "001/2020", "--reason", "abgesagt")[0] == 0
    err, _ = refused(capsys, here, "discard", "001/2020", "--reason", "alt")
    assert "Fehler: Nr. 001/2020 ist veröffentlicht und schon zurückgezogen" in err


def test_discard_needs_a_reason(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft()
    err, _ = refused(capsys, here, "discard", "001/2020", "--reason", " ")
    assert "Option „--reason“: Das Pflichtfeld fehlt" in err
    err, _ = refused(capsys, here, "discard", "001/2020", "--reason", "a\x07b")
    assert "--reason" in err


def test_a_reason_the_file_could_not_hold_is_refused(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The release file takes a reason of 200 characters: a longer one was written, and
    then the file stopped `check` and `archive` (for every release)."""
    path = draft()
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    err, _ = refused(capsys, here, "withdraw", "001/2020", "--reason", "x" * 201)
    assert (
        "Option „--reason“: Der Text ist 201 Zeichen lang; hier sind höchstens 200 erlaubt. "
        "Kürzen Sie ihn." in err
    )
    assert run_main(capsys, "withdraw", "001/2020", "--reason", "x" * 200)[0] == 0
    assert run_main(capsys, "check", str(path))[0] == 0


def test_a_discarded_number_is_never_published_withdrawn_corrected_or_built(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    assert run_main(capsys, "discard", "001/2020", "--reason", "Test")[0] == 0
    for args in (
        ["publish", "001/2020"],
        ["withdraw", "001/2020", "--reason", "x"],
        ["correct", "001/2020"],
    ):
        err, _ = refused(capsys, here, *args)
        assert "Die Nummer 001/2020 ist verworfen (am " in err
    err, _ = refused(capsys, here, "build", str(path))
    assert (
        f"Fehler: {path}, Feld „status“: Diese Nummer ist verworfen (status: discarded); für "
        "eine verworfene Nummer entstehen keine Dokumente."
    ) in err


# -- withdraw -----------------------------------------------------------------------


def test_withdraw_refuses_a_draft_and_names_discard(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft()
    err, _ = refused(capsys, here, "withdraw", "001/2020", "--reason", "x")
    assert (
        "Fehler: Nr. 001/2020 ist ein Entwurf und wurde nie veröffentlicht; zurückziehen lässt "
        "sich nur eine veröffentlichte Pressemitteilung. Einen Entwurf, der keine "
        'Pressemitteilung wird, verwerfen Sie: pressetool discard 001/2020 --reason "Grund".'
    ) in err


def test_withdraw_renews_the_documents_that_exist_at_once(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    assert "Zurückgezogen" not in pdf_pages(PDF)[0]
    DOCX.unlink()  # only the PDF is out there
    status, out, err = run_main(capsys, "withdraw", "001/2020", "--reason", "Termin abgesagt")
    assert status == 0, err
    assert out.splitlines() == [
        f"Zurückgezogen: {path}",
        f"Erneuert: {PDF}",
        "Das Archiv erneuern Sie mit „pressetool archive“.",
    ]
    today = today_in_office().strftime("%d.%m.%Y")
    first_page = pdf_pages(PDF)[0]
    assert first_page.split("\n\n")[1].startswith("Zurückgezogen am")  # under the letterhead
    assert f"Zurückgezogen am {today}: Termin abgesagt" in " ".join(first_page.split())
    assert not DOCX.exists()
    assert entry("001/2020").status is Status.WITHDRAWN


def test_withdraw_renews_docx_and_the_archival_pdf_too(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft()
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    ARCHIVAL.write_bytes(PDF.read_bytes())  # as `archive` leaves one beside them
    status, out, _ = run_main(capsys, "withdraw", "001/2020", "--reason", "Termin abgesagt")
    assert status == 0
    assert out.splitlines()[1:4] == [
        f"Erneuert: {PDF}",
        f"Erneuert: {DOCX}",
        f"Erneuert: {ARCHIVAL}",
    ]
    paragraphs = [p.text for p in Document(str(DOCX)).paragraphs if p.text]
    assert paragraphs[0].startswith("Zurückgezogen am ")  # the letterhead is the header
    assert "Zurückgezogen am" in pdf_pages(ARCHIVAL)[0]


def test_withdraw_renews_the_html_fragment_and_the_text_too(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`build --format html` and `--format txt` documents, in output/ and in intern/."""
    path = draft()
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    for form in ("html", "txt"):
        assert run_main(capsys, "build", str(path), "--format", form)[0] == 0
    internal = Path("intern/2020/001")
    internal.mkdir(parents=True)
    (internal / TXT.name).write_bytes(TXT.read_bytes())  # a copy left in the internal folder
    assert "Zurückgezogen" not in HTML.read_text(encoding="utf-8")
    status, out, err = run_main(capsys, "withdraw", "001/2020", "--reason", "Termin abgesagt")
    assert status == 0, err
    assert out.splitlines()[1:6] == [
        f"Erneuert: {PDF}",
        f"Erneuert: {DOCX}",
        f"Erneuert: {HTML}",
        f"Erneuert: {TXT}",
        f"Erneuert: {internal / TXT.name}",
    ]
    today = today_in_office().strftime("%d.%m.%Y")
    notice = f"Zurückgezogen am {today}: Termin abgesagt"
    assert notice in HTML.read_text(encoding="utf-8")
    for text in (TXT, internal / TXT.name):
        assert text.read_text(encoding="utf-8").startswith(notice)


def test_withdraw_without_documents_says_how_to_make_them(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = published(draft())
    status, out, _ = run_main(capsys, "withdraw", "001/2020", "--reason", "abgesagt")
    assert status == 0
    assert out.splitlines() == [
        f"Zurückgezogen: {path}",
        f"Dokumente gab es noch keine; Sie erzeugen sie mit „pressetool build {path}“.",
        "Das Archiv erneuern Sie mit „pressetool archive“.",
    ]
    assert not Path("output").exists()


def test_withdraw_leaves_everything_when_the_documents_cannot_be_renewed(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  Ein Absatz.\n", ""), encoding="utf-8")  # spoilt by hand
    err, _ = refused(capsys, here, "withdraw", "001/2020", "--reason", "abgesagt")
    assert "Feld „body“: Das Pflichtfeld fehlt" in err
    assert entry("001/2020").status is Status.PUBLISHED


# -- correct ------------------------------------------------------------------------


def _embargo(path: Path, moment: str) -> None:
    """The skeleton's commented Sperrfrist written as `moment`."""
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^# embargo: .*$", f"embargo: {moment}", text), "utf-8")


def test_correct_makes_a_draft_dated_today_with_a_note_field_and_no_passed_embargo(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft(date="2020-03-02")
    _embargo(path, "2020-03-02 10:00")
    published(path)
    status, out, err = run_main(capsys, "correct", "001/2020")
    assert status == 0, err
    today = today_in_office()
    copy = Path(out.strip())
    assert copy.parent.name == str(today.year)
    text = copy.read_text(encoding="utf-8")
    assert f"\ndate: {today.isoformat()}\n" in text
    assert "\nstatus: draft\n" in text
    assert "embargo: 2020" not in text
    assert (
        'correction_of:\n  number: "001/2020"\n  date: 2020-03-02\n'
        "  # Was wurde berichtigt? Ein Satz, der in den Dokumenten unter „Berichtigung zur\n"
    ) in text
    assert text.endswith("  note:\n") or "  note:\n" in text
    assert f"„pressetool publish {copy.name[:3]}/{today.year}“" in text
    release = read_identity(copy)
    assert release.status is Status.DRAFT
    assert entry(f"{copy.name[:3]}/{today.year}").status is Status.DRAFT


def _corrected_ahead(capsys: pytest.CaptureFixture[str]) -> tuple[str, Path]:
    """A release ten days ahead with a Sperrfrist at 10:00, published, and the file of
    its Berichtigung: the day (ISO) and the path."""
    later = (today_in_office() + dt.timedelta(days=10)).isoformat()
    path = draft(date=later)
    _embargo(path, f"{later} 10:00")
    published(path)
    status, out, err = run_main(capsys, "correct", f"001/{later[:4]}")
    assert status == 0, err
    return later, Path(out.strip())


def test_correct_keeps_an_embargo_that_has_not_passed_and_is_never_before_the_original(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later, copy = _corrected_ahead(capsys)
    text = copy.read_text(encoding="utf-8")
    assert f"\ndate: {later}\n" in text  # not today: never before the original
    assert f"\nembargo: {later} 10:00\n" in text


def test_a_berichtigung_is_not_published_before_the_embargo_of_its_original(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later, copy = _corrected_ahead(capsys)
    text = copy.read_text(encoding="utf-8").replace(f"\nembargo: {later} 10:00\n", "\n")
    text = text.replace("  note:\n", "  note: Der Ort war falsch.\n")
    copy.write_text(text, encoding="utf-8")
    err, _ = refused(capsys, here, "publish", f"002/{later[:4]}")
    day = dt.date.fromisoformat(later).strftime("%d.%m.%Y")
    assert (
        f"Fehler: {copy}, Feld „embargo“: Die Berichtigung Nr. 002/{later[:4]} wäre ab {day} "
        f"öffentlich, die Pressemitteilung Nr. 001/{later[:4]}, die sie berichtigt, erst ab "
        f"{day}, 10\u00a0Uhr; die Berichtigung wurde nicht veröffentlicht. Tragen Sie in ihr "
        f"die Sperrfrist der Pressemitteilung ein (embargo: {later} 10:00) oder eine "
        "spätere."
    ) in err
    assert copy.read_text(encoding="utf-8") == text
    assert entry(f"002/{later[:4]}").status is Status.DRAFT
    copy.write_text(text.replace("status: draft", f"embargo: {later} 10:00\nstatus: draft"))
    status, _out, err = run_main(capsys, "publish", f"002/{later[:4]}")
    assert status == 0, err


def test_a_berichtigung_of_a_release_whose_embargo_passed_today_is_published(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The most common case: today's release, public since its Sperrfrist at 0:01, is
    corrected today. `correct` leaves the Sperrfrist out (it has passed); the correction,
    public from now on, comes after its original."""
    now = dt.datetime.now(OFFICE_TIME_ZONE)
    today = now.date().isoformat()
    passed = max(now - dt.timedelta(minutes=2), now.replace(hour=0, minute=0))  # today
    path = draft(date=today)
    _embargo(path, f"{today} {passed:%H:%M}")
    published(path)
    status, out, err = run_main(capsys, "correct", f"001/{today[:4]}")
    assert status == 0, err
    copy = Path(out.strip())
    text = copy.read_text(encoding="utf-8")
    assert "embargo:" not in text.split("status:")[0].replace("# embargo:", "")
    copy.write_text(text.replace("  note:\n", "  note: Die Summe war falsch.\n"))
    status, _out, err = run_main(capsys, "publish", f"002/{today[:4]}")
    assert (status, err) == (0, "")
    assert entry(f"002/{today[:4]}").status is Status.PUBLISHED


@pytest.mark.parametrize(("first", "second"), [("discard", "publish"), ("publish", "discard")])
def test_publish_and_discard_of_one_draft_at_once_the_second_stops(
    here: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    first: str,
    second: str,
) -> None:
    """Two colleagues at the same moment: one publishes 001/2020, the other discards it.
    Whoever comes second into the register finds the change and writes nothing."""
    path = draft()

    def published_documents() -> dict[Path, bytes]:
        found = snapshot(here / "output") if (here / "output").exists() else {}
        return {name: data for name, data in found.items() if not name.name.startswith(".")}

    commands = {"publish": ["publish", "001/2020"], "discard": ["discard", "001/2020"]}
    commands["discard"] += ["--reason", "doppelt"]
    write = allocation._write_with_register
    after_first: dict[str, object] = {}

    def meanwhile(*args: Any) -> Path:
        """The other command runs after the second one checked the status."""
        monkeypatch.setattr(allocation, "_write_with_register", write)
        assert run_main(capsys, *commands[first])[0] == 0
        after_first["file"] = path.read_text(encoding="utf-8")
        after_first["output"] = published_documents()  # the second's are staged, hidden
        return write(*args)

    monkeypatch.setattr(allocation, "_write_with_register", meanwhile)
    status, _out, err = run_main(capsys, *commands[second])
    assert status == 1
    now = {"publish": "veröffentlicht", "discard": "verworfen"}[first]
    assert err.startswith(
        "Fehler: Nr. 001/2020 wurde eben anders geändert, von einem anderen Befehl oder "
        f"Rechner: Im Register steht jetzt „{now}“. Es wurde nichts verändert."
    ), err
    assert path.read_text(encoding="utf-8") == after_first["file"]
    assert snapshot(here / "output") == after_first["output"]
    assert (
        entry("001/2020").status
        is {"publish": Status.PUBLISHED, "discard": Status.DISCARDED}[first]
    )
    assert run_main(capsys, "verify")[0] == 0


def test_build_refuses_a_draft_whose_status_line_was_deleted(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without `status: draft` the file reads as published: `build` would have put it
    into output/ without „Entwurf“. The register knows better, as for `send`."""
    path = draft()
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^status: draft\n", "", text), encoding="utf-8")
    before = snapshot(here)
    status, out, err = run_main(capsys, "build", str(path))
    assert (status, out) == (1, "")
    assert err.splitlines()[0] == (
        f"Fehler: {path}, Feld „status“: Nr. 001/2020: Im Register steht „Entwurf“, in der "
        "Datei „veröffentlicht“; bis beide übereinstimmen, erzeugt pressetool zu ihr keine "
        "Dokumente (ein Entwurf ohne seine Zeile status: draft käme sonst ohne „Entwurf“ in "
        "den öffentlichen Ordner). Tragen Sie den Stand des Registers wieder in die Datei ein "
        "(status: draft); „pressetool verify“ zeigt, was abweicht."
    )
    assert snapshot(here) == before
    path.write_text(text, encoding="utf-8")
    assert run_main(capsys, "build", str(path))[0] == 0
    assert not (here / "output").exists()  # a draft: into intern/, marked


def test_correct_refuses_a_date_before_the_original_and_a_draft(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    published(draft(date="2020-03-02"))
    err, _ = refused(capsys, here, "correct", "001/2020", "--date", "2020-03-01")
    assert (
        "Fehler: Option „--date“: Eine Berichtigung kann nicht vor der Pressemitteilung liegen, "
        "die sie berichtigt: 01.03.2020 ist vor dem 02.03.2020 von Nr. 001/2020."
    ) in err
    draft("Zwei")
    err, _ = refused(capsys, here, "correct", "002/2020")
    assert "Fehler: Nr. 002/2020 ist ein Entwurf und wurde nie veröffentlicht" in err


# -- list -----------------------------------------------------------------------------


def test_list_shows_the_status_in_german_and_a_pending_embargo(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft("Entwurf")
    published(draft("Veröffentlicht"))
    _embargo(published(draft("Gesperrt")), "2999-12-03 10:00")
    _embargo(published(draft("Frei")), "2020-03-02 10:00")
    published(draft("Zurückgezogen"))
    assert run_main(capsys, "withdraw", "005/2020", "--reason", "abgesagt")[0] == 0
    draft("Verworfen")
    assert run_main(capsys, "discard", "006/2020", "--reason", "doppelt")[0] == 0
    assert run_main(capsys, "discard", "007/2020-008/2020", "--reason", "alt")[0] == 0
    today = today_in_office().strftime("%d.%m.%Y")
    status, out, _ = run_main(capsys, "list")
    assert status == 0
    statuses = [line.split("  ")[-1].strip() for line in out.splitlines()[1:]]
    assert statuses == [
        "Entwurf",
        "veröffentlicht",
        "veröffentlicht, Sperrfrist bis 03.12.2999, 10\u00a0Uhr",
        "veröffentlicht",
        f"zurückgezogen am {today}: abgesagt",
        f"verworfen am {today}: doppelt",
        f"verworfen am {today}: alt",
        f"verworfen am {today}: alt",
    ]
    csv_rows = run_main(capsys, "list", "--format", "csv")[1].splitlines()
    assert csv_rows[3].endswith(";veröffentlicht, Sperrfrist bis 03.12.2999, 10\u00a0Uhr;;")
    rows = json.loads(run_main(capsys, "list", "--format", "json")[1])
    assert [row["status"] for row in rows] == [
        "draft",
        "published",
        "published",
        "published",
        "withdrawn",
        "discarded",
        "discarded",
        "discarded",
    ]
    assert [row["embargo"] for row in rows[:4]] == [
        None,
        None,
        "2999-12-03T10:00",
        "2020-03-02T10:00",
    ]
    assert rows[5]["discard"] == {"date": today_in_office().isoformat(), "reason": "doppelt"}
    assert rows[4]["discard"] is None and rows[4]["withdrawal"]["reason"] == "abgesagt"
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")


def test_list_names_a_berichtigung_after_its_status(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    published(draft(date="2020-03-02"))
    assert run_main(capsys, "correct", "001/2020", "--date", "2020-03-05")[0] == 0
    out = run_main(capsys, "list")[1]
    assert out.splitlines()[2].endswith("Entwurf, Berichtigung zu Nr.\u00a0001/2020")


# -- verify ---------------------------------------------------------------------------


def test_verify_accepts_drafts_and_discarded_numbers_with_and_without_file(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_release(load_config(), "Entwurf ohne Text", "2020-03-02")
    draft("Verworfen")
    assert run_main(capsys, "discard", "002/2020", "--reason", "doppelt")[0] == 0
    assert run_main(capsys, "discard", "003/2020-004/2020", "--reason", "alt")[0] == 0
    published(draft("Fünf"))
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")


def test_verify_still_names_a_status_that_differs(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    path.write_text(
        set_field(path.read_text(encoding="utf-8"), "status", ["status: discarded"]),
        encoding="utf-8",
    )
    status, out, _ = run_main(capsys, "verify")
    assert status == 1
    assert out == (
        "Abweichung: releases/2020/001-eins.yaml, Feld „status“: Nr. 001/2020: Im Register "
        "steht „Entwurf“, in der Datei schon „verworfen“. Stammt das Register aus einer "
        "älteren Sicherung, übernimmt „pressetool reindex“ den Stand der Datei. Wurde die "
        "Datei von Hand geändert, tragen Sie wieder status: draft ein und setzen Sie den "
        "Stand mit pressetool withdraw oder discard.\n1 Abweichung.\n"
    )


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "title: Eins",
            "title: Zwei",
            "Feld „title“: Nr. 001/2020 wurde mit dem Titel „Eins“ veröffentlicht; die Datei "
            "nennt jetzt den Titel „Zwei“.",
        ),
        (
            "date: 2020-03-02",
            "date: 2020-09-30",
            "Feld „date“: Nr. 001/2020 wurde mit dem Datum 02.03.2020 veröffentlicht; die Datei "
            "nennt jetzt das Datum 30.09.2020.",
        ),
    ],
)
def test_verify_names_a_published_release_changed_in_its_file(
    here: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, said: str
) -> None:
    """Published is published: a new title or date by hand, where a Berichtigung was due
    (the date also moves when the release becomes public). `reindex` takes a wanted one."""
    path = draft()
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    assert run_main(capsys, "verify")[0] == 0
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    status, out, _ = run_main(capsys, "verify")
    assert status == 1
    assert out == (
        f"Abweichung: releases/2020/001-eins.yaml, {said} Eine veröffentlichte "
        "Pressemitteilung ändert eine Berichtigung (pressetool correct 001/2020), nicht ihre "
        "Datei: Stellen Sie den alten Stand in der Datei wieder her. War die Änderung gewollt, "
        "übernimmt „pressetool reindex“ sie ins Register.\n1 Abweichung.\n"
    )
    assert run_main(capsys, "reindex")[0] == 0
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")


def test_verify_lets_a_draft_change_title_and_date(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    text = path.read_text(encoding="utf-8").replace("title: Eins", "title: Neu", 1)
    path.write_text(text.replace("date: 2020-03-02", "date: 2020-03-05", 1), encoding="utf-8")
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")


def test_reindex_takes_the_forward_step_of_a_register_from_an_older_backup(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The backup was made while 001/2020 was published; its file is withdrawn since."""
    draft()
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    register = Path("releases/register.sqlite")
    backup = register.read_bytes()
    assert run_main(capsys, "withdraw", "001/2020", "--reason", "Termin entfällt")[0] == 0
    register.write_bytes(backup)
    assert entry("001/2020").status is Status.PUBLISHED
    assert run_main(capsys, "reindex")[0] == 0
    assert entry("001/2020").status is Status.WITHDRAWN
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")


KEPT_PUBLISHED = (
    "Nr. 001/2020: Im Register steht „Entwurf“, in der Datei „veröffentlicht“. Im Register "
    "bleibt sie Entwurf, auch nach „pressetool reindex“: Veröffentlicht wird ein Entwurf nur "
    "mit pressetool publish, das ihn vorher prüft. Tragen Sie in der Datei wieder status: "
    "draft ein und veröffentlichen Sie sie mit pressetool publish 001/2020."
)
KEPT_WITHDRAWN = (
    "Nr. 001/2020: Im Register steht „Entwurf“, in der Datei „zurückgezogen“. Im Register "
    "bleibt sie Entwurf, auch nach „pressetool reindex“: Veröffentlicht wird ein Entwurf nur "
    "mit pressetool publish, das ihn vorher prüft. Tragen Sie in der Datei wieder status: "
    "draft ein, löschen Sie withdrawal mit date und reason, veröffentlichen Sie sie mit "
    "pressetool publish 001/2020 und ziehen Sie sie dann mit pressetool withdraw 001/2020 "
    '--reason "Grund" zurück. War sie nie veröffentlicht, verwerfen Sie sie stattdessen mit '
    'pressetool discard 001/2020 --reason "Grund".'
)


@pytest.mark.parametrize(
    ("since_backup", "said"),
    [
        ([], KEPT_PUBLISHED),  # no command: the file's `status` line edited by hand
        ([["publish", "001/2020"]], KEPT_PUBLISHED),
        (
            [["publish", "001/2020"], ["withdraw", "001/2020", "--reason", "Termin entfällt"]],
            KEPT_WITHDRAWN,
        ),
    ],
)
def test_reindex_keeps_a_draft_that_its_file_says_published_or_withdrawn(
    here: Path, capsys: pytest.CaptureFixture[str], since_backup: list[list[str]], said: str
) -> None:
    """Only `publish` publishes a draft, after checking it: a file that says published of a
    draft in the register (edited by hand, or the register older than its `publish`) keeps
    the draft. Everything else is rebuilt; the number is named with what to do, exit 1.
    After the advice is followed, all agrees."""
    path = draft()
    second = draft("Zwei", "2020-03-03")
    register = Path("releases/register.sqlite")
    backup = register.read_bytes()
    for command in since_backup:
        assert run_main(capsys, *command)[0] == 0
    register.write_bytes(backup)
    text = path.read_text(encoding="utf-8")
    if not since_backup:
        text = set_field(text, "status", ["status: published"])
        path.write_text(text, encoding="utf-8")
    second.write_text(
        second.read_text(encoding="utf-8").replace("title: Zwei", "title: Zwei, neu"),
        encoding="utf-8",
    )

    assert run_main(capsys, "reindex") == (
        1,
        "Register aus 2 Dateien neu aufgebaut; 0 Nummern neu aufgenommen.\n",
        f"Fehler: releases/2020/001-eins.yaml, Feld „status“: {said}\n",
    )
    assert (entry("001/2020").status, entry("001/2020").withdrawal) == (Status.DRAFT, None)
    assert entry("002/2020").title == "Zwei, neu"
    status, out, _ = run_main(capsys, "verify")
    assert (status, out) == (
        1,
        f"Abweichung: releases/2020/001-eins.yaml, Feld „status“: {said}\n1 Abweichung.\n",
    )

    kept_as_draft = set_field(text, "status", ["status: draft"])
    path.write_text(set_field(kept_as_draft, "withdrawal", []), encoding="utf-8")
    assert run_main(capsys, "publish", "001/2020")[0] == 0
    assert run_main(capsys, "verify") == (0, "Register und Dateien stimmen überein.\n", "")


def test_reindex_keeps_the_date_and_reason_of_a_discard(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft()
    assert run_main(capsys, "discard", "001/2020", "--reason", "doppelt")[0] == 0
    Path("releases/register.sqlite").unlink()
    assert run_main(capsys, "reindex")[0] == 0
    assert entry("001/2020").discard == Discard(today_in_office(), "doppelt")


def test_reindex_keeps_a_discarded_number_discarded(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    assert run_main(capsys, "discard", "001/2020", "--reason", "doppelt")[0] == 0
    path.write_text(
        set_field(path.read_text(encoding="utf-8"), "status", ["status: draft"]),
        encoding="utf-8",
    )
    assert run_main(capsys, "reindex")[0] == 0
    assert entry("001/2020").status is Status.DISCARDED


def test_new_says_when_it_built_a_lost_register_from_the_files(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft()
    (here / "releases" / "register.sqlite").unlink()
    status, out, err = run_main(capsys, "new", "--title", "Zwei", "--date", "2020-03-03")
    assert (status, out) == (0, "releases/2020/002-zwei.yaml\n")
    assert err.startswith("Hinweis: ") and "Das Nummernregister fehlte" in err
    (here / "releases" / "register.sqlite").unlink()
    status, out, _err = run_main(capsys, "reindex")
    assert (status, out) == (
        0,
        "Register aus 2 Dateien neu aufgebaut; 2 Nummern neu aufgenommen.\n"
        "Es gab kein Nummernregister; es ist neu angelegt.\n",
    )


def test_new_refuses_a_title_too_long_before_it_takes_a_number(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err, _ = refused(capsys, here, "new", "--title", "T" * 201, "--date", "2020-03-03")
    assert "Fehler: Option „--title“: Der Text ist 201 Zeichen lang; hier sind höchstens 200" in err


@pytest.mark.parametrize("suffix", [".yml", ".YAML"])
def test_a_release_file_ending_in_yml_or_in_capitals_is_found(
    here: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    """An editor saves `.yml`, Windows `.YAML`: `publish` said there was no file and sent
    the officer to the backups."""
    path = draft()
    renamed = path.rename(path.with_suffix(suffix))
    status, out, err = run_main(capsys, "publish", "001/2020")
    assert status == 0, err
    assert out.startswith(f"Veröffentlicht: {renamed}")
    assert run_main(capsys, "verify")[0] == 0


def test_a_release_file_saved_with_txt_is_named(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = draft()
    saved = path.rename(path.parent / f"{path.name}.txt")
    err, _ = refused(capsys, here, "publish", "001/2020")
    assert (
        f"Fehler: {saved}: Das ist wohl die Datei zur Nummer 001/2020, aber ihr Name endet auf "
        ".txt (der Editor hat es angehängt); pressetool liest nur Dateien, deren Name auf .yaml "
        f"endet. Benennen Sie sie um in „{path.name}“."
    ) in err
