"""The five common YAML mistakes are named where they start, in words a press officer
understands, with the line as it stands and as it should stand (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_main
from tests.readback import REFERENCE_RELEASE

REFERENCE = REFERENCE_RELEASE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "body: |\n  Am 27.6.2018",
            "body: |\nAm 27.6.2018",
            "Zeile 11: Der Text unter „body: |“ muss eingerückt sein, jede Zeile mit zwei "
            "Leerzeichen mehr als „body“. Schreiben Sie »  Am 27.6.2018 unterzeichneten das "
            "Bezirksamt Mitte, das Jo…« statt »Am 27.6.2018 unterzeichneten das Bezirksamt "
            "Mitte, das JobC…«.",
        ),
        (
            "    city: Berlin",
            "    city:Berlin",
            "Zeile 36: Nach dem Doppelpunkt hinter dem Feldnamen fehlt ein Leerzeichen. Schreiben "
            "Sie »    city: Berlin« statt »    city:Berlin«.",
        ),
        (
            "  name: Ephraim Gothe",
            '  name: "Ephraim Gothe',
            "Zeile 9: Das Anführungszeichen am Anfang des Werts wird in dieser Zeile nicht "
            'geschlossen. Schreiben Sie »  name: "Ephraim Gothe"« statt »  name: "Ephraim Gothe«.',
        ),
        (
            "  office: Bezirksstadtrat",
            "\toffice: Bezirksstadtrat",
            "Zeile 7: Die Zeile ist mit einem Tabulator (→) eingerückt; pressetool braucht "
            "Leerzeichen. Schreiben Sie »  office: Bezirksstadtrat« statt »→office: "
            "Bezirksstadtrat«.",
        ),
        (
            "  name: Ephraim Gothe",
            "   name: Ephraim Gothe",
            "Zeile 9: Die Zeile ist weiter eingerückt als die Zeile darüber, die schon einen Wert "
            "hat. Schreiben Sie »  name: Ephraim Gothe« statt »   name: Ephraim Gothe«.",
        ),
    ],
    ids=["body not indented", "no space after colon", "unclosed quote", "tab", "indented too far"],
)
def test_common_yaml_mistakes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    assert old in REFERENCE
    path = tmp_path / "067-test.yaml"
    path.write_text(REFERENCE.replace(old, new, 1), encoding="utf-8")
    status, _out, err = run_main(capsys, "check", str(path))
    assert status == 1
    assert err.splitlines()[0].startswith(f"Fehler: {path}, {message}")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  office: Bezirksstadtrat",
            "\u00a0\u00a0office: Bezirksstadtrat",
            "Zeile 7: Die Zeile ist mit einem geschützten oder schmalen Leerzeichen eingerückt "
            "(°, etwa aus Word kopiert); pressetool braucht gewöhnliche Leerzeichen. Schreiben Sie "
            "»  office: Bezirksstadtrat« statt »°°office: Bezirksstadtrat«.",
        ),
        (
            "event:",
            "# event:",
            "Zeile 26: Die Zeile ist noch auskommentiert, die Felder darunter nicht: Entfernen Sie "
            "auch hier das # und das Leerzeichen danach. Schreiben Sie »event:« statt »# event:«.",
        ),
        (
            "    - {article: das, name: JobCenter Mitte}",
            "    -{article: das, name: JobCenter Mitte}",
            "Zeile 38: Nach dem Strich, mit dem ein Eintrag der Liste beginnt, fehlt ein "
            "Leerzeichen. Schreiben Sie »    - {article: das, name: JobCenter Mitte}« statt "
            "»    -{article: das, name: JobCenter Mitte}«.",
        ),
        (
            "  Kundinnen und Kunden des Jobcenters",
            " Kundinnen und Kunden des Jobcenters",
            "Zeile 14: Der Text unter „body: |“ muss eingerückt sein, jede Zeile mit zwei "
            "Leerzeichen mehr als „body“. Schreiben Sie »  Kundinnen und Kunden des Jobcenters "
            "als Orte der generati…« statt » Kundinnen und Kunden des Jobcenters als Orte der "
            "generatio…«.",
        ),
        (
            '  start: "9:00"',
            '  start: "9:00     # Beginn',
            "Zeile 29: Das Anführungszeichen am Anfang des Werts wird in dieser Zeile nicht "
            'geschlossen. Schreiben Sie »  start: "9:00"« statt »  start: "9:00«.',
        ),
        (
            "  name: Ephraim Gothe",
            '  name: "Ephraim" Gothe  # der Name',
            "Zeile 9: Nach dem schließenden Anführungszeichen geht der Text weiter; gerade "
            "Anführungszeichen am Anfang eines Werts gehören nicht zum Text. Schreiben Sie "
            "deutsche Anführungszeichen: »  name: „Ephraim“ Gothe« statt »  name: "
            '"Ephraim" Gothe«.',
        ),
        (
            "  office: Bezirksstadtrat",
            "  office Bezirksstadtrat",
            "Zeile 7: Nach dem Feldnamen fehlt der Doppelpunkt. Schreiben Sie »  office: "
            "Bezirksstadtrat« statt »  office Bezirksstadtrat«.",
        ),
        (
            "  office: Bezirksstadtrat",
            " office: Bezirksstadtrat",
            "Zeile 7: Die Zeile ist weniger eingerückt als die Felder, zu denen sie gehört. "
            "Schreiben Sie »  office: Bezirksstadtrat« statt » office: Bezirksstadtrat«.",
        ),
        (
            "  article: der",
            "article: der",
            "Zeile 6: Die Zeile ist weniger eingerückt als die Felder, zu denen sie gehört. "
            "Schreiben Sie »  article: der« statt »article: der«.",
        ),
        (
            "    - {article: das, name: JobCenter Mitte}",
            "    - {article: das, name: JobCenter Mitte, Standort Spittelmarkt}",
            "Zeile 38, Feld „event.hosts[1].Standort Spittelmarkt“: Ein Komma in {…} trennt "
            "Felder: Der Text nach dem Komma gilt als eigenes Feld. Setzen Sie den ganzen Wert in "
            'Anführungszeichen: name: "JobCenter Mitte, Standort Spittelmarkt".',
        ),
        (
            "title: Voneinander wissen in Mitte",
            'title: Einladung: "Voneinander wissen" in Mitte',
            "Zeile 27, Feld „event.title“: Im Text steht ein Doppelpunkt mit einem Leerzeichen "
            "dahinter; YAML liest das als Beginn eines weiteren Felds. Setzen Sie den Text in "
            'gerade Anführungszeichen: Schreiben Sie »  title: "Einladung: \\"Voneinander '
            'wissen\\" in Mitte – JobC…« statt »  title: Einladung: "Voneinander wissen" in '
            "Mitte – JobCent…«.",
        ),
        (
            "number: 67",
            "number: 67\nsubtitle: Ein Termin: bald",
            "Zeile 3, Feld „subtitle“: Im Text steht ein Doppelpunkt",
        ),
        (
            "    city: Berlin",
            "    city: Berlin: Mitte",
            "Zeile 36, Feld „event.venue.city“: Im Text steht ein Doppelpunkt",
        ),
        (
            "  name: Ephraim Gothe",
            '  name: "Ephraim "Eff" Gothe"',
            "Zeile 9: Nach dem schließenden Anführungszeichen geht der Text weiter; gerade "
            "Anführungszeichen am Anfang eines Werts gehören nicht zum Text. Schreiben Sie "
            'deutsche Anführungszeichen: »  name: Ephraim „Eff“ Gothe« statt »  name: "Ephraim '
            '"Eff" Gothe"«.',
        ),
        (
            "  name: Ephraim Gothe",
            "  name: 'Ephraim's Gothe'",
            "Zeile 9: Nach dem schließenden Anführungszeichen geht der Text weiter; gerade "
            "Anführungszeichen am Anfang eines Werts gehören nicht zum Text. Schreiben Sie "
            "deutsche Anführungszeichen: »  name: Ephraim’s Gothe« statt »  name: 'Ephraim's "
            "Gothe'«.",
        ),
        (
            "event:\n  title:",
            "# Veranstaltung\n event:\n   title:",
            "Zeile 27: Die Zeile ist ein Leerzeichen zu weit eingerückt, wohl weil nur das # "
            "entfernt wurde, nicht das Leerzeichen danach. Entfernen Sie es hier und in den Zeilen "
            "darunter: Schreiben Sie »event:« statt » event:«.",
        ),
        (
            "  name: Ephraim Gothe",
            "  name: @Ephraim Gothe",
            "Zeile 9: Der Text beginnt mit einem Zeichen, das YAML selbst gebraucht (etwa @, %, [ "
            "oder - am Anfang); so liest es den Text nicht. Setzen Sie ihn in gerade "
            'Anführungszeichen: Schreiben Sie »  name: "@Ephraim Gothe"« statt »  name: @Ephraim '
            "Gothe«.",
        ),
        (
            "body: |\n  Am 27.6.2018",
            "body: | Am 27.6.2018",
            "Zeile 10: Nach „body: |“ beginnt der Text erst in der nächsten Zeile. Lassen Sie "
            "„body: |“ allein in der Zeile und schreiben Sie den Text darunter, zwei Leerzeichen "
            "eingerückt: »  Am 27.6.2018 unterzeichneten das Bezirksamt Mitte, das Jo…« statt "
            "»body: | Am 27.6.2018 unterzeichneten das Bezirksamt Mitte, …«.",
        ),
        (
            "  name: Ephraim Gothe\n",
            "  name: Ephraim\n  Gothe von Hier\n",
            "Zeile 10: Die Zeile setzt wohl den Text der Zeile darüber fort; so liest YAML sie "
            "als eigenes Feld. Schreiben Sie den Text in eine Zeile: »  name: Ephraim Gothe von "
            "Hier« statt »  Gothe von Hier«.",
        ),
        (
            "contacts:",
            "# contacts:",
            "Zeile 50: Die Zeile ist noch auskommentiert, die Felder darunter nicht: Entfernen Sie "
            "auch hier das # und das Leerzeichen danach. Schreiben Sie »contacts:« statt "
            "»# contacts:«.",
        ),
        (
            "    - {article: das, name: Kreativhaus}",
            "    - {article: das, name: Kreativhaus, Mitte}",
            "Zeile 41, Feld „event.participants[1].Mitte“: Ein Komma in {…} trennt Felder: Der "
            "Text nach dem Komma gilt als eigenes Feld. Setzen Sie den ganzen Wert in "
            'Anführungszeichen: name: "Kreativhaus, Mitte".',
        ),
        (
            "    - {article: das, name: Kreativhaus}",
            "    - {article: das, name: Kreativhaus, nmae}",
            "Zeile 41, Feld „event.participants[1].nmae“: Das Feld gibt es nicht. Meinten Sie "
            "„name“?",
        ),
        (
            "    - {article: das, name: Kreativhaus}",
            "    - {article: das, name: Kreativhaus: Treff Mitte}",
            "Zeile 41: Im Text steht ein Doppelpunkt mit einem Leerzeichen dahinter; YAML liest "
            "das als Beginn eines weiteren Felds. Setzen Sie den Text in gerade "
            'Anführungszeichen: Schreiben Sie »name: "Kreativhaus: Treff Mitte"« statt »name: '
            "Kreativhaus: Treff Mitte«.",
        ),
    ],
    ids=[
        "no-break space",
        "parent left commented",
        "no space after dash",
        "body line less indented",
        "unclosed quote before a comment",
        "text after quote",
        "missing colon",
        "one field less indented",
        "field below its parent not indented",
        "comma in a flow mapping",
        "colon in a title",
        "colon in a top-level field",
        "colon in a nested field",
        "quotes inside quotes",
        "apostrophe inside single quotes",
        "only the hash removed",
        "a sign of YAML at the start",
        "text after the block's bar",
        "a text continued on the next line",
        "parent of a list left commented",
        "comma in a flow mapping, one word after it",
        "misspelt field in a flow mapping",
        "colon in a flow mapping",
    ],
)
def test_more_mistakes_of_a_newcomer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    test_common_yaml_mistakes(tmp_path, capsys, old, new, message)


def test_a_complex_key_is_named_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "067-test.yaml"
    path.write_text(REFERENCE.replace("title:", "? [title]\n:", 1), encoding="utf-8")
    status, _out, err = run_main(capsys, "check", str(path))
    assert status == 1
    assert "ScalarNode" not in err
    assert "Zeile 4: Hier muss ein Feldname stehen, gefolgt von einem Doppelpunkt" in err


def test_a_mistake_it_does_not_know_keeps_the_general_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "067-test.yaml"
    broken = REFERENCE.replace("date: 2020-03-02", "date: {a: [2020-03-02}", 1)
    path.write_text(broken, encoding="utf-8")
    status, _out, err = run_main(capsys, "check", str(path))
    assert status == 1
    assert "Die Datei ist kein gültiges YAML" in err
