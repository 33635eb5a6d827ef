"""The editor's form and the release file: read, changed, written back as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pressetool.models import ReleaseNumber
from pressetool.office import ReleaseDefaults
from pressetool.reading.release_reader import read_release
from pressetool.reading.yaml_source import load_located_yaml
from pressetool.register.release_files import skeleton_text
from pressetool.web.release_form import (
    LABELS,
    ROW_GROUPS,
    ROW_LABELS,
    ROW_TITLES,
    SCALARS,
    ReleaseForm,
    UnknownFormField,
    field_label,
    form_from_browser,
    form_from_tree,
)
from pressetool.web.release_text import merged_text
from tests.readback import REFERENCE_RELEASE


def form_of_file(path: Path) -> ReleaseForm:
    return form_from_tree(load_located_yaml(path, []))


def browser_pairs(form: ReleaseForm) -> dict[str, str]:
    """What a browser sends for `form` as the editor shows it."""
    sent = dict(form.values)
    for name in ("correction_of.number", "correction_of.date"):
        sent.pop(name, None)
    for group, rows in form.rows.items():
        for index, row in enumerate(rows, start=1):
            sent |= {f"{group}[{index}].{key}": value for key, value in row.items()}
    return sent


def written(tmp_path: Path, text: str, name: str = "2020/067-x.yaml") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unchanged_form_leaves_the_file_as_it_is() -> None:
    form = form_of_file(REFERENCE_RELEASE)
    sent = form_from_browser(browser_pairs(form), form)
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    assert merged_text(text, form, sent) == text


def test_the_form_shows_values_as_written() -> None:
    form = form_of_file(REFERENCE_RELEASE)
    assert form.value("event.start") == "9:00"
    assert form.value("event.venue.postcode") == "10117"
    assert form.value("issuer.article") == "der"
    assert form.rows["event.participants"][2]["name"] == "Begegnungsstätte „Mehr Mitte“"
    assert form.value("body").startswith("Am 27.6.2018 unterzeichneten")


def test_a_changed_field_changes_its_lines_only(tmp_path: Path) -> None:
    text = "# Kopf\n" + REFERENCE_RELEASE.read_text(encoding="utf-8").replace(
        "contacts:", "# Ansprechpersonen, bitte aktuell halten\ncontacts:"
    )
    path = written(tmp_path, text, "2020/067-voneinander.yaml")
    form = form_of_file(path)
    sent = browser_pairs(form) | {"title": "Neuer Titel: mit Doppelpunkt", "event.end": ""}
    after = merged_text(text, form, form_from_browser(sent, form))
    before_lines, after_lines = text.splitlines(), after.splitlines()
    changed = [line for line in after_lines if line not in before_lines]
    assert changed == ['title: "Neuer Titel: mit Doppelpunkt"', "  end:"]
    assert "# Kopf" in after_lines and "# Ansprechpersonen, bitte aktuell halten" in after_lines
    release = read_release(written(tmp_path, after, "2020/067-voneinander.yaml"))
    assert release.title == "Neuer Titel: mit Doppelpunkt"
    assert release.event is not None and release.event.end is None
    assert len(release.event.participants) == 9
    assert release.contacts[0].phone == "(030) 9018-42390"


HANDWRITTEN = """\
number: 1
date: 2026-03-02
title: Handarbeit
issuer:
  article: die
  office: Bezirksstadträtin
body: |   # der Text
  Ein Absatz.

event:
  title: Nähcafé
  date: 2026-03-11
  start: "9:00"                  # Beginn
  venue:                         # der Ort
    article: das                 # der, die oder das
    name: Nachbarschaftshaus
    street: Seydelstr. 2
    postcode: "10117"            # fünf Ziffern in Anführungszeichen
    city: Berlin
  # Gastgeber: nur das Amt
  hosts:                         # freiwillig: wer einlädt
    - {article: das, name: Bezirksamt Mitte}
  participants:                  # freiwillig: wer teilnimmt
    - {article: die, name: Stadtbibliothek}   # bestätigt
    # neu dabei
    - article: das               # mit Angaben für die Teilnehmendenliste:
      name: Nachbarschaftszentrum
      contact: Anna Schmidt      # Ansprechperson
      phone: (030) 1234-5678

status: draft
"""
"""A release file written by hand: comments beside and between the fields, a participant
over several lines."""
LIBRARY = "    - {article: die, name: Stadtbibliothek}   # bestätigt\n"
CENTRE = """\
    # neu dabei
    - article: das               # mit Angaben für die Teilnehmendenliste:
      name: Nachbarschaftszentrum
      contact: Anna Schmidt      # Ansprechperson
      phone: (030) 1234-5678
"""


def saved(tmp_path: Path, text: str, changes: dict[str, str]) -> str:
    """`text` as the editor saves it with `changes` to its form."""
    form = form_of_file(written(tmp_path, text, "2026/001-x.yaml"))
    return merged_text(text, form, form_from_browser(browser_pairs(form) | changes, form))


def participant(index: int, **cells: str) -> dict[str, str]:
    """The cells of row `index` of the participants as the browser sends them."""
    keys = ROW_GROUPS["event.participants"]
    return {f"event.participants[{index}].{key}": cells.get(key, "") for key in keys}


@pytest.mark.parametrize(
    ("changes", "old", "new"),
    [
        (
            {"event.venue.name": "Stadtteilzentrum"},
            "    name: Nachbarschaftshaus\n",
            "    name: Stadtteilzentrum\n",
        ),
        (  # the comment keeps its column
            {"event.start": "10:30", "event.venue.postcode": "13187"},
            '  start: "9:00"                  # Beginn\n',
            '  start: "10:30"                 # Beginn\n',
        ),
        (  # emptied: the key stays for a new value, with its comment
            {"event.start": ""},
            '  start: "9:00"                  # Beginn\n',
            "  start:                         # Beginn\n",
        ),
        (  # longer than the blanks before the comment
            {"event.venue.article": "der, die oder das: unklar"},
            "    article: das                 # der, die oder das\n",
            '    article: "der, die oder das: unklar"  # der, die oder das\n',
        ),
        (  # new to the event: after the field before it in the form
            {"event.end": "13:00"},
            '  start: "9:00"                  # Beginn\n',
            '  start: "9:00"                  # Beginn\n  end: "13:00"\n',
        ),
        (  # a row in brackets written anew, the comment after it kept
            {"event.participants[1].name": "Bibliothek am Luisenbad"},
            LIBRARY,
            "    - {article: die, name: Bibliothek am Luisenbad}   # bestätigt\n",
        ),
        (  # a row over several lines changed field by field
            {
                "event.participants[2].contact": "Eva Roth",
                "event.participants[2].street": "Seydelstr. 2",
                "event.participants[2].phone": "",
            },
            CENTRE,
            CENTRE.replace("Anna Schmidt      #", "Eva Roth          #")
            .replace("# Ansprechperson\n", "# Ansprechperson\n      street: Seydelstr. 2\n")
            .replace("phone: (030) 1234-5678", "phone:"),
        ),
        (  # moved up: each row with the comment above it; the comment above `hosts` stays
            participant(
                1,
                article="das",
                name="Nachbarschaftszentrum",
                contact="Anna Schmidt",
                phone="(030) 1234-5678",
            )
            | participant(2, article="die", name="Stadtbibliothek"),
            LIBRARY + CENTRE,
            CENTRE + LIBRARY,
        ),
        (  # a row removed with its comment, a new one after the last
            participant(1, article="die", name="Stadtbibliothek")
            | participant(2, article="der", name="Kiezladen"),
            LIBRARY + CENTRE,
            LIBRARY + "    - {article: der, name: Kiezladen}\n",
        ),
        (  # the whole venue emptied: its lines go, the comment after them stays
            {f"event.venue.{key}": "" for key in ("article", "name", "street", "postcode", "city")},
            HANDWRITTEN[HANDWRITTEN.index("  venue:") : HANDWRITTEN.index("  # Gastgeber")],
            "",
        ),
        (  # the comment after `|` and the blank line after the text stay
            {"body": "Ein Absatz.\n\nUnd noch einer."},
            "  Ein Absatz.\n\n",
            "  Ein Absatz.\n\n  Und noch einer.\n\n",
        ),
    ],
)
def test_saving_changes_what_changed_and_nothing_else(
    tmp_path: Path, changes: dict[str, str], old: str, new: str
) -> None:
    """Issue 15: unchanged fields stay character for character, with their comments and
    their layout; a changed value keeps the comment of its line."""
    assert HANDWRITTEN.count(old) == 1
    after = saved(tmp_path, HANDWRITTEN, changes)
    expected = HANDWRITTEN.replace(old, new)
    if "event.venue.postcode" in changes:
        expected = expected.replace('"10117"            #', '"13187"            #')
    assert after == expected
    form = form_of_file(written(tmp_path, after, "2026/001-x.yaml"))
    sent = form_from_browser(browser_pairs(form_of_file(tmp_path / "2026/001-x.yaml")), form)
    assert (form.values, form.rows) == (sent.values, sent.rows)


def test_a_field_in_a_shape_the_editor_does_not_write_is_written_anew(tmp_path: Path) -> None:
    """A list in brackets: the list is written as the editor writes it, and says what
    the officer typed; every other line of the event stays."""
    text = HANDWRITTEN.replace(
        "  hosts:                         # freiwillig: wer einlädt\n"
        "    - {article: das, name: Bezirksamt Mitte}\n",
        "  hosts: [{article: das, name: Bezirksamt Mitte}]\n",
    )
    after = saved(tmp_path, text, {"event.hosts[1].name": "Bezirksamt Mitte von Berlin"})
    assert after == text.replace(
        "  hosts: [{article: das, name: Bezirksamt Mitte}]\n",
        "  hosts:\n    - {article: das, name: Bezirksamt Mitte von Berlin}\n",
    )
    release = read_release(written(tmp_path, after, "2026/001-x.yaml"))
    assert release.event is not None
    assert [host.name for host in release.event.hosts] == ["Bezirksamt Mitte von Berlin"]


@pytest.mark.parametrize(
    "name",
    [
        "Stadtteilverein, Tiergarten",
        "Verein: Mitte",
        "„Bürger für Bürger“ {e. V.}",
        "- Anfang mit Strich",
        "#1 im Kiez",
        "yes",
        "01067",
        'Anführungszeichen "gerade"',
    ],
)
def test_a_row_reads_back_as_typed(tmp_path: Path, name: str) -> None:
    form = form_of_file(REFERENCE_RELEASE)
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    sent = browser_pairs(form) | {"event.hosts[1].name": name, "contacts[1].name": name}
    after = merged_text(text, form, form_from_browser(sent, form))
    release = read_release(written(tmp_path, after, "2020/067-zeile.yaml"))
    assert release.event is not None
    assert release.event.hosts[0].name == name
    assert release.contacts[0].name == name


def test_rows_are_written_in_the_forms_order_and_empty_rows_left_out(tmp_path: Path) -> None:
    form = form_of_file(REFERENCE_RELEASE)
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    sent = browser_pairs(form)
    sent |= {"event.hosts[1].name": "Bezirksamt Mitte", "event.hosts[2].name": "JobCenter Mitte"}
    sent |= {"event.hosts[3].article": "", "event.hosts[3].name": ""}
    browser = form_from_browser(sent, form)
    release = read_release(written(tmp_path, merged_text(text, form, browser), "2020/067-r.yaml"))
    assert release.event is not None
    assert [host.name for host in release.event.hosts] == ["Bezirksamt Mitte", "JobCenter Mitte"]


def skeleton() -> str:
    """The file that `pressetool new` writes: every optional field commented out, then
    `status` with its explanation."""
    return skeleton_text(
        Path("releases/2026/001-x.yaml"),
        ReleaseNumber(1, 2026),
        dt.date(2026, 3, 2),
        "Bänke",
        ReleaseDefaults(),
        "Bezirksamt Mitte",
    )


FILLED_IN = {
    "body": "Erster Absatz.\n\nZweiter Absatz.",
    "issuer.article": "die",
    "issuer.office": "Bezirksstadträtin",
}
"""What a draft needs to be read in full."""
INVITATION = {
    "invitation.text": "Wir laden Sie ein.\n\nBitte antworten Sie.",
    "invitation.signer": "Anna Schmidt",
}


def test_a_new_event_takes_the_place_of_the_skeletons_example(tmp_path: Path) -> None:
    """The example `# event:` … is gone, so no officer writes the event a second time
    from it; the explanation above it and every other comment stay."""
    text = skeleton()
    path = written(tmp_path, text, "2026/001-x.yaml")
    form = form_of_file(path)
    sent = (
        browser_pairs(form)
        | FILLED_IN
        | {
            "event.title": "Einweihung",
            "event.date": "2026-03-11",
            "event.start": "9:30",
            "event.venue.article": "der",
            "event.venue.name": "Schlosspark",
            "event.venue.street": "Schlossstraße 1",
            "event.venue.postcode": "13187",
            "event.venue.city": "Berlin",
            "event.participants[1].article": "das",
            "event.participants[1].name": "Gartenamt",
        }
    )
    after = merged_text(text, form, form_from_browser(sent, form))
    example = text[text.index("# event:\n") : text.index("\n\n# Freiwillig: was die")]
    event = (
        "event:\n"
        "  title: Einweihung\n"
        "  date: 2026-03-11\n"
        '  start: "9:30"\n'
        "  venue:\n"
        "    article: der\n"
        "    name: Schlosspark\n"
        "    street: Schlossstraße 1\n"
        '    postcode: "13187"\n'
        "    city: Berlin\n"
        "  participants:\n"
        "    - {article: das, name: Gartenamt}"
    )
    expected = (
        text.replace("  article:   #", "  article: die  #")
        .replace("  office:   # zum", "  office: Bezirksstadträtin  # zum")
        .replace("body: |\n", "body: |\n  Erster Absatz.\n\n  Zweiter Absatz.\n")
        .replace(example, event)
    )
    assert after == expected
    release = read_release(written(tmp_path, after, "2026/001-x.yaml"))
    assert release.event is not None and release.event.start == dt.time(9, 30)


SKELETON_EXAMPLES = [
    "# invitation:",
    "#   text: |",
    "#     Wir laden Sie herzlich zu unserer Veranstaltung ein.",
    "#   rsvp_by: 2026-03-02            # Rückmeldung bis",
    "#   signer: Vorname Nachname       # wer unterschreibt",
    "# contacts:",
    "#   - {organisation: Bezirksamt Mitte, name: Vorname Name, phone: (030) 9018-00000}",
    "# media_contact:",
    "# embargo: 2026-03-02 10:00",
]
"""The commented examples of the skeleton other than the event's."""


def test_every_new_optional_field_replaces_its_example(tmp_path: Path) -> None:
    text = skeleton()
    path = written(tmp_path, text, "2026/001-x.yaml")
    form = form_of_file(path)
    contact = {"contacts[1].organisation": "Gartenamt", "contacts[1].name": "Eva Roth"}
    media = {"media_contact[1].name": "Jan Berg", "media_contact[1].phone": "(030) 9018-1"}
    sent = browser_pairs(form) | INVITATION | contact | media | {"embargo": "2026-03-02 12:00"}
    lines = merged_text(text, form, form_from_browser(sent, form)).splitlines()
    comments = [line for line in text.splitlines() if line.startswith("#")]
    kept = [line for line in comments if line not in SKELETON_EXAMPLES]
    assert [line for line in lines if line.startswith("#")] == kept
    start = lines.index("invitation:")
    assert lines[start - 1].endswith("Entfernen Sie wieder das # und das Leerzeichen danach.")
    assert lines[start : start + 7] == [
        "invitation:",
        "  text: |",
        "    Wir laden Sie ein.",
        "",
        "    Bitte antworten Sie.",
        "  signer: Anna Schmidt",
        "",
    ]
    assert lines[lines.index("contacts:") + 1] == "  - {organisation: Gartenamt, name: Eva Roth}"
    assert lines[lines.index("media_contact:") + 1] == "  - {name: Jan Berg, phone: (030) 9018-1}"
    embargo = lines.index("embargo: 2026-03-02 12:00")
    assert lines[embargo - 1] == "# Entfernen Sie dafür das # und das Leerzeichen danach."
    assert lines[-1] == "status: draft"


def test_an_example_the_officer_changed_is_the_officers_and_stays(tmp_path: Path) -> None:
    text = skeleton().replace("# embargo: 2026-03-02 10:00", "# embargo: erst nach Rücksprache")
    path = written(tmp_path, text, "2026/001-x.yaml")
    form = form_of_file(path)
    sent = browser_pairs(form) | {"embargo": "2026-03-02 12:00"}
    lines = merged_text(text, form, form_from_browser(sent, form)).splitlines()
    assert "# embargo: erst nach Rücksprache" in lines
    assert lines.index("embargo: 2026-03-02 12:00") == lines.index("title: Bänke") + 1


def test_new_fields_go_where_the_form_has_them_in_the_reference_release(
    tmp_path: Path,
) -> None:
    """The invitation after the media contact, the Sperrfrist after title and date; a
    `status` that ends the file stays last."""
    text = REFERENCE_RELEASE.read_text(encoding="utf-8") + "status: published\n"
    path = written(tmp_path, text)
    form = form_of_file(path)
    sent = browser_pairs(form) | {"embargo": "2020-03-02 10:00"} | INVITATION
    after = merged_text(text, form, form_from_browser(sent, form))
    lines = after.splitlines()
    assert lines.index("invitation:") > lines.index("media_contact:")
    assert lines[-1] == "status: published"
    title = lines.index(f"title: {form.value('title')}")
    assert lines.index("embargo: 2020-03-02 10:00") == title + 1
    release = read_release(written(tmp_path, after))
    assert release.embargo is not None and release.invitation is not None


def test_a_field_the_form_does_not_have_is_refused() -> None:
    form = form_of_file(REFERENCE_RELEASE)
    for name in ("source", "event.hosts[1].path", "status", "number", "event.hosts[101].name"):
        with pytest.raises(UnknownFormField):
            form_from_browser({name: "/etc/passwd"}, form)


def test_problems_find_the_row_the_form_numbered() -> None:
    form = form_of_file(REFERENCE_RELEASE)
    sent = browser_pairs(form) | {"event.hosts[1].article": "", "event.hosts[1].name": ""}
    browser = form_from_browser(sent, form)
    assert browser.form_name("event.hosts[1].name") == "event.hosts[2].name"
    assert browser.form_name("event.venue.postcode") == "event.venue.postcode"
    assert browser.form_name("event.venue") == "event.venue"
    assert browser.form_name("issuer.article") == "issuer.article"
    assert browser.form_name("number") is None


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("body", "Text"),
        ("event.venue.postcode", "PLZ"),
        ("issuer", "Wer informiert"),
        ("contacts[2].name", "Ansprechperson 2: Name"),
        ("event.hosts[1].article", "Gastgeber 1: Artikel"),
        ("media_contact[3]", "Medienkontakt 3"),
        ("status", "status"),
        ("contacts[1].fax", "Ansprechperson 1: fax"),
    ],
)
def test_a_field_is_named_as_the_editor_labels_it(name: str, label: str) -> None:
    assert field_label(name) == label


def test_every_field_of_the_form_has_a_label() -> None:
    assert [name for name in SCALARS if name not in LABELS] == []
    assert [group for group in ROW_GROUPS if group not in ROW_TITLES] == []
    keys = {key for fields in ROW_GROUPS.values() for key in fields}
    assert sorted(keys - set(ROW_LABELS)) == []


def saved_as_sent(tmp_path: Path, text: str, changes: dict[str, str]) -> str:
    """`saved`, and the file it gives reads back as the form was sent."""
    form = form_of_file(written(tmp_path, text, "2026/001-x.yaml"))
    sent = form_from_browser(browser_pairs(form) | changes, form)
    after = merged_text(text, form, sent)
    back = form_of_file(written(tmp_path, after, "2026/001-x.yaml"))
    assert (back.values, back.rows) == (sent.values, sent.rows)
    return after


HEAD = "number: 1\ndate: 2026-03-02\ntitle: Bänke\n"
EVENT_WITH_COMMENTED_END = """\
event:
  title: Fest
  start: "9:00"
#  end: "13:00"                   # Ende, freiwillig
  venue:
    name: Rathaus
  hosts:
    - {article: das, name: Bezirksamt Mitte}
"""
NO_EVENT = {
    "event.title": "",
    "event.start": "",
    "event.venue.name": "",
    "event.hosts[1].article": "",
    "event.hosts[1].name": "",
}


@pytest.mark.parametrize(
    ("text", "changes", "expected"),
    [
        (  # a comment at column 0 inside the event, as the skeleton teaches to leave `end`
            HEAD + EVENT_WITH_COMMENTED_END + "status: draft\n",
            NO_EVENT,
            HEAD + "status: draft\n",
        ),
        (
            HEAD + EVENT_WITH_COMMENTED_END + "status: draft\n",
            {"contacts[1].name": "Eva Roth"},
            HEAD + EVENT_WITH_COMMENTED_END + "contacts:\n  - {name: Eva Roth}\nstatus: draft\n",
        ),
        (
            HEAD + "issuer:\n# c\n  office: Bezirksamt\n  name: Eva Roth\nstatus: draft\n",
            {"event.title": "Fest"},
            HEAD
            + "issuer:\n# c\n  office: Bezirksamt\n  name: Eva Roth\n"
            + "event:\n  title: Fest\nstatus: draft\n",
        ),
        (  # a list written at column 0
            HEAD + "contacts:\n- name: A  # Kommentar\n  phone: '1'\nstatus: draft\n",
            {"invitation.signer": "Eva Roth"},
            HEAD
            + "contacts:\n- name: A  # Kommentar\n  phone: '1'\n"
            + "invitation:\n  signer: Eva Roth\nstatus: draft\n",
        ),
        (
            HEAD + "contacts:\n- name: A\n  phone: '1'\n\n# Stand\nstatus: draft\n",
            {"contacts[1].name": "", "contacts[1].phone": ""},
            HEAD + "\n# Stand\nstatus: draft\n",
        ),
    ],
    ids=["event-emptied", "contact-added", "issuer-kept", "list-at-column-0", "list-removed"],
)
def test_a_top_level_field_is_all_of_its_yaml(
    tmp_path: Path, text: str, changes: dict[str, str], expected: str
) -> None:
    """A field's lines are where YAML has them, not the indented lines below its key: a
    comment at column 0 or a list at column 0 does not end it (it was cut in two, and
    the file unreadable or its issuer empty)."""
    assert saved_as_sent(tmp_path, text, changes) == expected


def test_a_line_break_from_word_breaks_no_line_of_the_file(tmp_path: Path) -> None:
    """U+2028 (Shift+Enter in Word) inside the text: a field added after it goes after
    the text's line, not into it."""
    text = HEAD + "body: |\n  Erste Zeile\u2028zweite Zeile\nstatus: draft\n"
    after = saved(tmp_path, text, {"contacts[1].name": "Eva Roth"})
    assert after == text.replace("status:", "contacts:\n  - {name: Eva Roth}\nstatus:")


@pytest.mark.parametrize(
    ("text", "changes", "expected"),
    [
        (
            HEAD + "status: draft\n",
            {"body": "Hallo"},
            HEAD + "body: |\n  Hallo\nstatus: draft\n",
        ),
        (
            "number: 1\ndate: 2026-03-02\nstatus: draft\n",
            {"title": "Bänke"},
            "number: 1\ntitle: Bänke\ndate: 2026-03-02\nstatus: draft\n",
        ),
        (
            "number: 1\ntitle: Bänke\nstatus: draft\n",
            {"date": "2026-03-02", "issuer.office": "Bezirksamt"},
            "number: 1\ntitle: Bänke\ndate: 2026-03-02\nissuer:\n  office: Bezirksamt\n"
            "status: draft\n",
        ),
    ],
    ids=["body", "title", "date-and-issuer"],
)
def test_a_field_the_skeleton_always_writes_is_added_where_it_is_missing(
    tmp_path: Path, text: str, changes: dict[str, str], expected: str
) -> None:
    """Such a field has no commented example to replace (a KeyError, a 500, before)."""
    assert saved_as_sent(tmp_path, text, changes) == expected


@pytest.mark.parametrize(
    ("text", "changes", "expected"),
    [
        (
            "event:\n  title: Fest\n  venue:\n    name: Rathaus\n",
            {"event.venue.name": "", "event.hosts[1].article": "das", "event.hosts[1].name": "BA"},
            "event:\n  title: Fest\n  hosts:\n    - {article: das, name: BA}\n",
        ),
        (
            "event:\n  # Ort\n  venue:\n    name: Rathaus\n",
            {"event.venue.name": "", "event.title": "Fest"},
            "event:\n  # Ort\n  title: Fest\n",
        ),
        (
            "invitation:\n  text: |\n    Wir laden ein.\n  signer: Eva Roth\n",
            {"invitation.text": "", "invitation.rsvp_by": "2026-03-01"},
            "invitation:\n  rsvp_by: 2026-03-01\n  signer: Eva Roth\n",
        ),
    ],
    ids=["host-after-removed-venue", "title-before-removed-venue", "rsvp-after-removed-text"],
)
def test_a_field_added_beside_a_field_removed(
    tmp_path: Path, text: str, changes: dict[str, str], expected: str
) -> None:
    """It goes where the removed field's lines were (the edits overlapped: a 500)."""
    after = saved_as_sent(tmp_path, HEAD + text + "status: draft\n", changes)
    assert after == HEAD + expected + "status: draft\n"


def test_a_row_whose_dash_stands_alone_moves_whole(tmp_path: Path) -> None:
    """`-` on a line of its own: the row begins there (its fields went to the next row)."""
    first = "  -\n    name: A\n    phone: '1'\n"
    text = HEAD + "contacts:\n" + first + "  - name: B\nstatus: draft\n"
    changes = {"contacts[1].name": "B", "contacts[1].phone": "", "contacts[2].phone": "1"}
    after = saved_as_sent(tmp_path, text, changes | {"contacts[2].name": "A"})
    assert after == HEAD + "contacts:\n  - name: B\n" + first + "status: draft\n"


@pytest.mark.parametrize(
    ("text", "changes", "expected"),
    [
        (  # the hosts in brackets: only they are written anew
            "event:\n  venue:\n    name: Park\n    preposition: im   # im Park\n"
            "  hosts: [{article: das, name: BA}]   # bestätigt\n",
            {"event.hosts[1].name": "Bezirksamt"},
            "event:\n  venue:\n    name: Park\n    preposition: im   # im Park\n"
            "  hosts:   # bestätigt\n    - {article: das, name: Bezirksamt}\n",
        ),
        (  # a text in quotes: the comment after it goes to the key's line, not into it
            'body: "Ein Absatz."   # der Text\n',
            {"body": "Zwei\n\nAbsätze"},
            "body: |   # der Text\n  Zwei\n\n  Absätze\n",
        ),
        (  # the venue in braces keeps its preposition
            "event:\n  venue: {name: Park, preposition: auf dem}\n",
            {"event.venue.name": "Leopoldplatz"},
            "event:\n  venue:\n    name: Leopoldplatz\n    preposition: auf dem\n",
        ),
        (  # a row in braces keeps a field the form does not have
            "contacts:\n  - {name: A, phone: 030 1, fax: 030 2}\n",
            {"contacts[1].phone": "030 3"},
            "contacts:\n  - {name: A, phone: 030 3, fax: 030 2}\n",
        ),
        (  # a list in brackets keeps its entries that are no rows, and fields of rows
            'contacts: [{name: A, fax: [1, "2"]}, Bezirksamt, {fax: "3"}]\n',
            {"contacts[2].name": "B"},
            "contacts:\n"
            '  - {name: A, fax: ["1", "2"]}\n'
            "  - {name: B}\n"
            "  - Bezirksamt\n"
            '  - {fax: "3"}\n',
        ),
        (  # the whole event in braces, with a field the editor does not have
            "event: {title: Fest, titel: Fest, venue: {name: Park, preposition: im}}\n",
            {"event.title": "Sommerfest"},
            "event:\n  title: Sommerfest\n  venue:\n    name: Park\n    preposition: im\n"
            "  titel: Fest\n",
        ),
    ],
    ids=["hosts-only", "body", "venue", "row", "list", "event"],
)
def test_a_part_written_anew_keeps_what_the_form_does_not_show(
    tmp_path: Path, text: str, changes: dict[str, str], expected: str
) -> None:
    """A part in a shape the editor does not write (brackets, braces) is written as the
    editor writes it, that part alone, and keeps the fields the form does not have
    (`venue.preposition` was lost, with the whole event rewritten around the hosts)."""
    after = saved_as_sent(tmp_path, HEAD + text + "status: draft\n", changes)
    assert after == HEAD + expected + "status: draft\n"


def test_a_field_after_a_byte_order_mark_is_written_anew_with_what_it_keeps(
    tmp_path: Path,
) -> None:
    """A U+FEFF inside the file (joined files) shifts YAML's offsets: the field is
    written anew, still with its preposition."""
    text = HEAD + "# \ufeff\nevent:\n  venue:\n    name: Park\n    preposition: im\n"
    after = saved_as_sent(tmp_path, text, {"event.venue.name": "Leopoldplatz"})
    assert after == text.replace("Park", "Leopoldplatz")


def test_of_two_equal_rows_the_changed_one_keeps_its_comment(tmp_path: Path) -> None:
    rows = "  hosts:\n    - {name: BA}   # erster\n    - {name: BA}   # zweiter\n"
    text = HEAD + "event:\n" + rows + "status: draft\n"
    after = saved_as_sent(tmp_path, text, {"event.hosts[1].article": "das"})
    assert after == text.replace("- {name: BA}   # erster", "- {article: das, name: BA}   # erster")


def test_a_control_character_is_written_escaped(tmp_path: Path) -> None:
    """A text of paragraphs with one is in quotes (a block cannot escape it) until it is
    gone; Word's line breaks are what the file keeps of them."""
    text = HEAD + "body: |\n  Text\nstatus: draft\n"
    typed = {"body": "Ein\x7f Absatz.\n\nZwei.", "contacts[1].name": "A\u202eB"}
    after = saved_as_sent(tmp_path, text, typed | {"title": "Bänke\u2028im Park"})
    contacts = 'contacts:\n  - {name: "A\\u202eB"}\n'
    assert after == HEAD.replace("Bänke", "Bänke im Park") + (
        'body: "Ein\\u007f Absatz.\\n\\nZwei."\n' + contacts + "status: draft\n"
    )
    again = saved_as_sent(tmp_path, after, {"body": "Ein Absatz.\u2029Zwei."})
    assert again == after.replace(
        'body: "Ein\\u007f Absatz.\\n\\nZwei."', "body: |\n  Ein Absatz.\n  Zwei."
    )


def test_a_value_emptied_on_the_line_below_its_key_keeps_the_keys_comment(
    tmp_path: Path,
) -> None:
    text = HEAD + 'event:\n  title: Fest\n  start:   # Beginn\n    "9:00"\nstatus: draft\n'
    after = saved_as_sent(tmp_path, text, {"event.start": ""})
    assert after == text.replace('\n    "9:00"', "")
