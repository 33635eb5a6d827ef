"""Issue 11: the archive publishes exactly what is due, never early, never personal data.

The scenario office (`scenario.py`) holds a draft, a discarded number, a release
under a future embargo, one dated in the future, a withdrawn one, a correction and
its original. Every test reads the written pages and the feed back.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree, html

from pressetool.archive import due
from pressetool.archive.site import ArchiveResult, build_archive
from pressetool.compose.press_release import BlockKind, compose_press_release, public_from
from pressetool.messages import Code
from pressetool.models import ReleaseNumber, Status
from pressetool.office import OFFICE_TIME_ZONE, load_config
from pressetool.problems import InputError
from pressetool.reading.release_reader import read_release
from pressetool.register.allocation import reindex_register
from tests.archive.scenario import Scenario, make_scenario, reference_as
from tests.builders import link_into_public, link_out_of_public, office_folder, write_release
from tests.conftest import everything, files_below, run_main, run_pressetool
from tests.readback import PROJECT, REFERENCE_RELEASE, feed_heading, fold, pdf_text

ATOM = "{http://www.w3.org/2005/Atom}"
TODAY = dt.date(2026, 11, 30)
NOON = dt.datetime(2026, 11, 30, 13, 0, tzinfo=OFFICE_TIME_ZONE)
"""The moment of the scenario's `archive` run: the Monday of issue 11."""
BASE_URL = "https://www.berlin.de/ba-mitte/presse/archiv"


def public_folders(out: Path) -> set[str]:
    """`2020/067`, … : the release folders that hold documents."""
    return {p.parent.relative_to(out).as_posix() for p in out.glob("*/*/pressemitteilung-*")}


def labels(numbers: list[ReleaseNumber]) -> set[str]:
    return {f"{n.year}/{n.padded}" for n in numbers}


def archive_at(scenario: Scenario, moment: dt.datetime, out: Path | None = None) -> ArchiveResult:
    config = load_config(scenario.office)
    target = out or scenario.office / "vorschau"
    return build_archive(config, target, workers=1, at=moment)


def feed_entries(out: Path) -> list[etree._Element]:
    feed: etree._Element = etree.parse(str(out / "feed.xml")).getroot()
    return list(feed.findall(f"{ATOM}entry"))


def year_rows(out: Path, year: int) -> list[list[str]]:
    page = html.parse(str(out / str(year) / "index.html")).getroot()
    return [
        [fold(cell.text_content()) for cell in row.xpath("th|td")]
        for row in page.xpath("//tbody/tr")
    ]


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Scenario, ArchiveResult]]:
    """The scenario office after `archive` on 30.11.2026 at 13:00."""
    scenario = make_scenario(tmp_path_factory.mktemp("woche") / "pressestelle", TODAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(due, "now_in_office", lambda: NOON)
        result = build_archive(load_config(scenario.office), workers=1)
    yield scenario, result


# -- what is public ----------------------------------------------------------------------


def test_archive_lists_and_builds_exactly_the_due_releases(
    week: tuple[Scenario, ArchiveResult],
) -> None:
    scenario, result = week
    out = scenario.office / "output"
    assert (result.releases, result.drafts, result.discarded, result.waiting) == (4, 1, 1, 2)
    assert result.next_public == scenario.embargo_ends
    assert public_folders(out) == labels(scenario.always_public)
    index = html.parse(str(out / "index.html")).getroot()
    assert index.xpath("//tbody/tr/th/a/text()") == ["2026", "2021", "2020"]
    assert [row[0] for row in year_rows(out, 2026)] == ["005/2026"]
    titles = [feed_heading(e.findtext(f"{ATOM}title"))[-12:] for e in feed_entries(out)]
    assert titles == ["Nr. 005/2026", "Nr. 001/2021", "Nr. 068/2020", "Nr. 067/2020"]


NOT_PUBLIC = [
    "Neue Spielplätze",
    "spielplaetze",
    "Ein Entwurf",
    "entwurf",
    "Testnummer",
    "testnummer",
    "nächste Woche",
    "spaeter",
    "001/2026",
    "002/2026",
    "003/2026",
    "004/2026",
    "2026/001",
    "2026/003",
]


def test_the_public_folder_holds_not_a_word_of_what_is_not_public(
    week: tuple[Scenario, ArchiveResult],
) -> None:
    """Not in a page, not in the feed, not in the manifest (which lies in the same folder)."""
    scenario, _ = week
    for path in files_below(scenario.office / "output"):
        if path.suffix in (".html", ".xml", ".json"):
            text = path.read_text(encoding="utf-8")
            found = [word for word in NOT_PUBLIC if word in text]
            assert not found, f"{path.name}: {found}"


def test_a_release_becomes_public_at_its_embargo_and_at_its_date(tmp_path: Path) -> None:
    scenario = make_scenario(tmp_path / "pressestelle", TODAY)
    out = scenario.office / "vorschau"
    minute = dt.timedelta(minutes=1)
    later = dt.datetime.combine(scenario.later_date, dt.time(), OFFICE_TIME_ZONE)
    runs = [
        (scenario.embargo_ends - minute, [], 4),
        (scenario.embargo_ends, [scenario.embargoed], 1),
        (later - minute, [scenario.embargoed], 0),
        (later, [scenario.embargoed, scenario.later], 1),
    ]
    for moment, also_public, rebuilt in runs:
        result = archive_at(scenario, moment)
        assert public_folders(out) == labels(scenario.always_public + also_public), moment
        assert len(result.rebuilt) == rebuilt, moment
    # by date, then number, newest first: 004 (5 days on), 005 and 003 (both today)
    assert [row[0] for row in year_rows(out, 2026)] == ["004/2026", "005/2026", "003/2026"]

    # Back to today: what an earlier run put there for a later moment is taken away again.
    archive_at(scenario, NOON)
    assert public_folders(out) == labels(scenario.always_public)
    assert not (out / "2026/003").exists() and not (out / "2026/004").exists()
    assert [row[0] for row in year_rows(out, 2026)] == ["005/2026"]


def test_a_correction_waits_for_the_embargo_of_its_original(tmp_path: Path) -> None:
    """A Berichtigung of 003 (under embargo) whose own Sperrfrist was removed by hand."""
    scenario = make_scenario(tmp_path / "pressestelle", TODAY)
    correction = reference_as(6, TODAY, "Neue Spielplätze, berichtigt") + (
        f'correction_of:\n  number: "003/{TODAY.year}"\n  date: {TODAY.isoformat()}\n'
    )
    write_release(scenario.office, f"{TODAY.year}/006-berichtigung.yaml", correction)
    out = scenario.office / "vorschau"
    before = archive_at(scenario, scenario.embargo_ends - dt.timedelta(minutes=1))
    assert (before.waiting, public_folders(out)) == (3, labels(scenario.always_public))
    assert before.next_public == scenario.embargo_ends
    archive_at(scenario, scenario.embargo_ends)
    six = ReleaseNumber(6, TODAY.year)
    assert public_folders(out) == labels([*scenario.always_public, scenario.embargoed, six])


def test_an_embargo_without_a_time_starts_at_midnight_in_berlin(tmp_path: Path) -> None:
    office = office_folder(tmp_path / "pressestelle")
    text = reference_as(7, dt.date(2026, 12, 1)) + "embargo: 2026-12-03\n"
    write_release(office, "2026/007-mitternacht.yaml", text)
    config = load_config(office)
    midnight = dt.datetime(2026, 12, 3, tzinfo=OFFICE_TIME_ZONE)
    for moment, public in [(midnight - dt.timedelta(seconds=1), 0), (midnight, 1)]:
        result = build_archive(config, office / "vorschau", workers=1, at=moment)
        assert result.releases == public
    # 03.12.2026 00:00 in Berlin is 02.12.2026 23:00 UTC
    utc = dt.datetime(2026, 12, 2, 23, 0, tzinfo=dt.UTC)
    assert public_from(read_release(office / "releases/2026/007-mitternacht.yaml")) == utc


@pytest.mark.parametrize(
    ("date", "embargo", "expected"),
    [
        ("2026-12-01", None, "2026-12-01T00:00:00+01:00"),
        ("2026-12-01", "2026-12-03", "2026-12-03T00:00:00+01:00"),
        ("2026-12-01", "2026-12-03 10:00", "2026-12-03T10:00:00+01:00"),
        ("2026-07-01", "2026-07-03 10:00", "2026-07-03T10:00:00+02:00"),
        ("2026-12-05", "2026-12-03 10:00", "2026-12-05T00:00:00+01:00"),
        # the clock shows 2:00 to 2:59 twice when summer time ends: the second, winter time
        ("2026-10-24", "2026-10-25 01:59", "2026-10-25T01:59:00+02:00"),
        ("2026-10-24", "2026-10-25 02:30", "2026-10-25T02:30:00+01:00"),
        ("2026-10-24", "2026-10-25 03:00", "2026-10-25T03:00:00+01:00"),
    ],
)
def test_public_from_is_the_later_of_date_and_embargo(
    tmp_path: Path, date: str, embargo: str | None, expected: str
) -> None:
    day = dt.date.fromisoformat(date)
    text = reference_as(7, day) + (f"embargo: {embargo}\n" if embargo else "")
    path = write_release(tmp_path, f"{day.year}/007-x.yaml", text)
    assert public_from(read_release(path)).isoformat() == expected


SECOND_TWO_THIRTY = dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)
"""25.10.2026, 2:30 the second time, in winter time; the first was an hour before."""


@pytest.mark.parametrize(
    ("minutes", "public"),
    [(-61, 0), (-60, 0), (-45, 0), (-30, 0), (-1, 0), (0, 1)],
    ids=["before both", "first 2:30", "first 2:45", "second 2:00", "second 2:29", "second 2:30"],
)
def test_an_embargo_in_the_hour_shown_twice_ends_at_its_second(
    tmp_path: Path, minutes: int, public: int
) -> None:
    """Nothing is public before its time under either reading of `embargo: … 02:30`."""
    office = office_folder(tmp_path / "pressestelle")
    text = reference_as(7, dt.date(2026, 10, 24)) + "embargo: 2026-10-25 02:30\n"
    write_release(office, "2026/007-umstellung.yaml", text)
    moment = SECOND_TWO_THIRTY + dt.timedelta(minutes=minutes)
    result = build_archive(load_config(office), office / "vorschau", workers=1, at=moment)
    assert result.releases == public
    assert result.next_public == (None if public else SECOND_TWO_THIRTY)


@pytest.mark.parametrize(
    ("at", "public"),
    [("2026-10-25 02:29", "0 Pressemitteilungen"), ("2026-10-25 02:30", "1 Pressemitteilung")],
)
def test_at_between_the_two_readings_of_the_embargo_shows_the_release_waiting(
    tmp_path: Path, at: str, public: str
) -> None:
    """`--at` reads its time as the Sperrfrist is read: 2:29 is the second 2:29, after
    the first 2:30 and before the second; the Sperrfrist as written shows it public."""
    office = office_folder(tmp_path / "pressestelle")
    text = reference_as(7, dt.date(2026, 10, 24)) + "embargo: 2026-10-25 02:30\n"
    write_release(office, "2026/007-umstellung.yaml", text)
    assert run_pressetool("reindex", cwd=office).status == 0
    result = run_pressetool("archive", "--at", at, "--out", "vorschau", cwd=office)
    assert result.status == 0, result.stderr
    shown = at[-5:].lstrip("0")
    assert result.stdout.startswith(
        f"Archiv zum Stand 25.10.2026, {shown}\u00a0Uhr geschrieben: vorschau/index.html "
        f"({public}, "
    )
    line = len(text.splitlines())
    assert (
        f"Hinweis: releases/2026/007-umstellung.yaml, Zeile {line}, Feld „embargo“: Die "
        "Uhrzeit 2:30 Uhr gibt es am 25.10.2026 zweimal: In dieser Nacht endet die "
        "Sommerzeit, um 3 Uhr werden die Uhren auf 2 Uhr zurückgestellt. pressetool nimmt "
        "das zweite Mal, 2:30 Uhr Winterzeit, eine Stunde nach dem ersten: So wird die "
        "Pressemitteilung in keinem Fall zu früh öffentlich. Soll die Sperrfrist früher "
        "enden, tragen Sie eine Uhrzeit vor 2 Uhr ein."
    ) in result.stdout.splitlines()
    assert (office / "vorschau/2026/007").exists() == (public == "1 Pressemitteilung")


# -- drafts and discarded numbers ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("number: 9\ndate: 2026-11-30\nstatus: draft\nbody: |\n\n", Status.DRAFT),
        ('status: "draft"   # noch nicht fertig\ntitle: "Unfertig\n', Status.DRAFT),
        ("status: 'discarded'\r\nnumber: 9\r\n", Status.DISCARDED),
        ("\ufeffstatus: draft\nbody: [\n", Status.DRAFT),
        ("{number: 9, date: 2026-11-30, status: draft}\n", Status.DRAFT),
        ("number: 9\ndate: 2026-11-30\nstatus:\n  discarded\ntitle:\n", Status.DISCARDED),
    ],
    ids=["skeleton", "broken-yaml", "crlf-quoted", "bom", "flow-mapping", "next-line"],
)
def test_a_draft_or_discarded_number_never_stops_the_archive(
    tmp_path: Path, text: str, status: Status
) -> None:
    """However unfinished: `status` is found without reading the rest (broken YAML
    included), or by YAML when it is written in a form the status line does not catch."""
    office = office_folder(tmp_path / "pressestelle")
    write_release(office, "2026/009-unfertig.yaml", text)
    result = build_archive(load_config(office), workers=1)
    assert (result.releases, result.drafts, result.discarded) == (
        0,
        int(status is Status.DRAFT),
        int(status is Status.DISCARDED),
    )
    page = html.parse(str(office / "output/index.html")).getroot()
    assert "Noch keine Pressemitteilungen." in page.text_content()
    assert not list((office / "output").glob("2026*"))


@pytest.mark.parametrize(
    ("text", "peeked"),
    [
        (b"status: draft\n", Status.DRAFT),
        (b"status:discarded # verworfen\n", Status.DISCARDED),
        (b'"status": "draft"\r\n', Status.DRAFT),
        (b"status: published\n", None),
        (b"status: withdrawn\n", None),
        (b"title: x\n", None),
        (b"  status: draft\n", None),  # not top level
        (b"# status: draft\n", None),  # a comment
        (b"body: |\n  status: draft\n", None),  # text of the body
    ],
)
def test_the_status_line_is_found_in_the_bytes(text: bytes, peeked: Status | None) -> None:
    assert due.peeked_status(text) is peeked


def test_a_published_release_with_a_mistake_stops_the_archive_before_its_time(
    tmp_path: Path,
) -> None:
    """Published means checked: the mistake shows today, not on the morning of the embargo."""
    scenario = make_scenario(tmp_path / "pressestelle", TODAY)
    path = scenario.office / "releases/2026/003-neue-spielplaetze.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("article: der", "article: dem"))
    with pytest.raises(InputError, match="„dem“ ist kein Artikel"):
        archive_at(scenario, NOON)
    assert files_below(scenario.office / "vorschau") == []


# -- the pages of a release ----------------------------------------------------------------


def article_texts(page: Path) -> list[str]:
    dom = html.parse(str(page)).getroot()
    return [
        fold(e.text_content()) for e in dom.xpath("//article/*[not(@class='hinweis berichtigt')]")
    ]


def test_a_release_page_has_the_wording_of_the_pdf(week: tuple[Scenario, ArchiveResult]) -> None:
    scenario, _ = week
    out = scenario.office / "output"
    release = read_release(scenario.office / "releases/2021/001-berichtigung.yaml")
    expected = []
    blocks = compose_press_release(release, load_config(scenario.office)).blocks
    # the title first: the notices the PDF prints above it follow the heading
    for block in sorted(blocks, key=lambda block: block.kind.value != "title"):
        if block.kind.value == "contacts":
            expected += [fold(block.lines[0]), fold(" ".join(block.lines[1:]))]
        else:
            expected.append(fold(block.text))
    texts = article_texts(out / "2021/001/index.html")
    assert texts == expected
    pdf = fold(pdf_text(out / "2021/001/pressemitteilung-001-2021.pdf"))
    assert all(text in pdf for text in texts)

    dom = html.parse(str(out / "2021/001/index.html")).getroot()
    assert dom.get("lang") == "de"
    assert [fold(h.text_content()) for h in dom.xpath("//h1|//h2")] == [
        fold(release.title),
        "Nähere Informationen:",
        "Medienkontakt:",
        "Dokumente",
    ]
    links = dom.xpath("//section[@class='dokumente']//a")
    folder = out / "2021/001"
    assert [(a.text, a.get("href")) for a in links] == [
        (f"{label}, {round((folder / name).stat().st_size / 1024)}\xa0kB", name)
        for label, name in (
            ("PDF", "pressemitteilung-001-2021.pdf"),
            ("DOCX", "pressemitteilung-001-2021.docx"),
            ("PDF/A (Archiv)", "pressemitteilung-001-2021-archiv.pdf"),
        )
    ]
    (to_original,) = dom.xpath("//article/p[@class='berichtigung']/a")
    assert to_original.get("href") == "../../2020/067/index.html"


def test_a_withdrawn_release_says_so_on_its_page_and_in_its_row(
    week: tuple[Scenario, ArchiveResult],
) -> None:
    scenario, _ = week
    out = scenario.office / "output"
    dom = html.parse(str(out / "2020/068/index.html")).getroot()
    assert dom.findtext(".//title").startswith("Zurückgezogen: ")
    notice = "Zurückgezogen am 05.03.2020: Die Veranstaltung fällt aus."
    assert article_texts(out / "2020/068/index.html")[1] == notice  # right after the title
    assert year_rows(out, 2020)[0][:4] == [
        "068/2020",
        "02.03.2020",
        fold(dom.findtext(".//h1")),
        notice,
    ]
    summary = feed_entries(out)[2].findtext(f"{ATOM}summary")
    assert summary.startswith(notice + " – Am 27.6.2018")
    correction = feed_entries(out)[1]
    assert feed_heading(correction.findtext(f"{ATOM}title")) == "Berichtigung: Nr. 001/2021"
    assert correction.findtext(f"{ATOM}summary").startswith(
        "Berichtigung zur Pressemitteilung Nr.\u00a0067/2020 vom 02.03.2020 – Am 27.6.2018"
    )


def test_the_original_names_its_correction_once_it_is_public(tmp_path: Path) -> None:
    """The original's file does not change when a correction appears, yet its row and page
    name it from the first run after the correction is public; the original is not
    rendered again."""
    scenario = make_scenario(tmp_path / "pressestelle", TODAY)
    out = scenario.office / "vorschau"
    before = dt.datetime(2021, 1, 3, 12, tzinfo=OFFICE_TIME_ZONE)
    archive_at(scenario, before)
    assert year_rows(out, 2020)[1][3] == "veröffentlicht"
    assert "berichtigt" not in (out / "2020/067/index.html").read_text(encoding="utf-8")
    assert not (out / "2021").exists()

    result = archive_at(scenario, dt.datetime(2021, 1, 4, tzinfo=OFFICE_TIME_ZONE))
    assert result.rebuilt == (ReleaseNumber(1, 2021),)
    assert year_rows(out, 2020)[1][3] == "veröffentlicht, berichtigt durch Nr. 001/2021"
    dom = html.parse(str(out / "2020/067/index.html")).getroot()
    (notice,) = dom.xpath("//p[@class='hinweis berichtigt']")
    assert fold(notice.text_content()) == "Berichtigt durch Nr. 001/2021 vom 04.01.2021"
    assert notice.find("a").get("href") == "../../2021/001/index.html"


# -- the feed --------------------------------------------------------------------------------


def first_paragraph() -> str:
    """The first paragraph of the body, as the documents write it."""
    content = compose_press_release(read_release(REFERENCE_RELEASE), load_config(PROJECT))
    return fold(next(b.text for b in content.blocks if b.kind is BlockKind.PARAGRAPH))


def test_the_feed_has_the_first_paragraph_and_relative_links_without_base_url(
    week: tuple[Scenario, ArchiveResult],
) -> None:
    scenario, result = week
    out = scenario.office / "output"
    for entry in feed_entries(out):
        assert fold(entry.findtext(f"{ATOM}summary")).endswith(first_paragraph())
        for link in entry.findall(f"{ATOM}link"):
            assert (out / link.get("href")).is_file()
    # the scenario's office has no register
    codes = [Code.ARCHIVE_REGISTER_LOST, Code.ARCHIVE_FEED_NEEDS_BASE_URL]
    assert [note.code for note in result.notes] == codes


@pytest.mark.parametrize(
    ("office", "example"),
    [
        ("Bezirksamt Mitte von Berlin", "https://www.berlin.de/ba-mitte/presse/archiv/"),
        (
            "Bezirksamt Treptow-Köpenick von Berlin",
            "https://www.berlin.de/ba-treptow-koepenick/presse/archiv/",
        ),
        ("Bezirksamt Neukölln", "https://www.berlin.de/ba-neukoelln/presse/archiv/"),
        ("Senatsverwaltung für Kultur", "https://www.example.de/presse/archiv/"),
    ],
)
def test_the_feed_hinweis_gives_the_address_of_the_offices_own_pages(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    office: str,
    example: str,
) -> None:
    folder = office_folder(tmp_path / "pressestelle")
    (folder / "pressetool.toml").write_text(f'[office]\nname = "{office}"\n', encoding="utf-8")
    write_release(folder, "2020/067-x.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    monkeypatch.chdir(folder)
    assert run_main(capsys, "reindex")[0] == 0
    status, out, err = run_main(capsys, "archive")
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == (
        "Hinweis: Der Feed feed.xml verweist nur relativ auf die Pressemitteilungen; ein "
        "Feedreader braucht vollständige Adressen. Tragen Sie in pressetool.toml unter "
        "[archive] die Adresse ein, unter der das Archiv im Netz steht, etwa "
        f'base_url = "{example}".'
    )


def test_with_base_url_every_feed_link_is_absolute(tmp_path: Path) -> None:
    office = office_folder(tmp_path / "pressestelle")
    with (office / "pressetool.toml").open("a", encoding="utf-8") as settings:
        settings.write(f'\n[archive]\nbase_url = "{BASE_URL}"\n')
    write_release(office, "2020/067-x.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    reindex_register(load_config(office))
    result = build_archive(load_config(office), workers=1)
    assert result.notes == ()
    out = office / "output"
    feed = etree.parse(str(out / "feed.xml")).getroot()
    hrefs = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert hrefs == [
        f"{BASE_URL}/feed.xml",
        f"{BASE_URL}/index.html",
        f"{BASE_URL}/2020/067/index.html",
        f"{BASE_URL}/2020/067/pressemitteilung-067-2020.pdf",
    ]
    assert all((out / href.removeprefix(BASE_URL + "/")).is_file() for href in hrefs)
    (entry,) = feed.findall(f"{ATOM}entry")
    assert fold(entry.findtext(f"{ATOM}summary")) == first_paragraph()


def test_a_base_url_that_is_no_web_address_is_named(tmp_path: Path) -> None:
    office = office_folder(tmp_path / "pressestelle")
    with (office / "pressetool.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[archive]\nbase_url = "www.berlin.de/archiv"\n')
    result = build_archive(load_config(office), workers=1)
    assert [note.code for note in result.notes] == [Code.ARCHIVE_BASE_URL_NOT_WEB]


# -- personal data -------------------------------------------------------------------------


def internal_folder(office: Path) -> dict[str, tuple[bytes, int]]:
    """An invitation letter and a sign-in sheet where `invite` and `lists` put them."""
    folder = office / "intern/2026/003"
    (folder / "einladungen").mkdir(parents=True, exist_ok=True)
    (folder / "einladungen/einladung-003-2026-002-mueller.pdf").write_bytes(
        b"Frau Dr. Petra Muller"
    )
    (folder / "anwesenheitsliste-003-2026.pdf").write_bytes(b"Anwesenheitsliste")
    return snapshot(office / "intern")


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in files_below(folder)
    }


@pytest.mark.parametrize(
    ("out", "code", "settings"),
    [
        ("intern/x", "ist der interne Ordner „intern“ oder liegt darin ([paths] internal", ""),
        ("intern", "ist der interne Ordner „intern“ oder liegt darin ([paths] internal", ""),
        ("intern/../intern/2026", "ist der interne Ordner", ""),
        (".", "enthält den internen Ordner „intern“ ([paths] internal", ""),
        ("privat/archiv", "ist der interne Ordner „privat“", '[paths]\ninternal = "privat"\n'),
        (".", "enthält den Ordner „releases“", '[paths]\ninternal = "../woanders"\n'),
        ("releases/2026", "liegt im Ordner „releases“ mit Entwürfen, Texten unter Sperrfrist", ""),
        ("releases", "enthält den Ordner „releases“", ""),
    ],
)
def test_the_archive_never_goes_into_the_internal_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    out: str,
    code: str,
    settings: str,
) -> None:
    office = office_folder(tmp_path / "pressestelle")
    with (office / "pressetool.toml").open("a", encoding="utf-8") as toml:
        toml.write("\n" + settings)
    write_release(office, "2020/067-x.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    before = internal_folder(office)
    (office / "privat").mkdir()
    monkeypatch.chdir(office)
    status, stdout, stderr = run_main(capsys, "archive", "--out", out)
    assert status == 1 and stdout == ""
    assert f"Option „--out“: Der Zielordner „{out}“ " in stderr and code in stderr
    assert "Es wurde keine Datei geschrieben." in stderr
    assert snapshot(office / "intern") == before
    assert files_below(office / "privat") == [] and not (office / "output").exists()
    assert [p.name for p in files_below(office / "releases")] == ["067-x.yaml"]


@pytest.mark.parametrize(
    ("link", "target", "made", "said"),
    [
        ("output/2026", "../intern/2026", None, link_out_of_public("output/2026", "intern/2026")),
        (
            "output/liste.pdf",
            "../intern/2026/003/anwesenheitsliste-003-2026.pdf",
            None,
            link_out_of_public(
                "output/liste.pdf", "intern/2026/003/anwesenheitsliste-003-2026.pdf"
            ),
        ),
        (
            "intern/2027",
            "../output/2027",
            "output/2027",
            link_into_public("intern/2027", "output/2027"),
        ),
        (
            "releases/2030",
            "../output/2030",
            "output/2030",
            link_into_public("releases/2030", "output/2030"),
        ),
        ("intern/2027", "..", None, link_into_public("intern/2027", ".")),
    ],
    ids=[
        "folder out of output",
        "file out of output",
        "intern into output",
        "releases into output",
        "intern to the folder that holds output",
    ],
)
def test_the_archive_refuses_a_link_across_the_public_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    link: str,
    target: str,
    made: str | None,
    said: str,
) -> None:
    """The web server follows a link in output/ whether or not the archive writes through
    it; `archive` exited 0 with output/2026 → intern/2026."""
    office = office_folder(tmp_path / "pressestelle")
    write_release(office, "2020/067-x.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    before = internal_folder(office)
    if made is not None:
        (office / made).mkdir(parents=True)
    (office / link).parent.mkdir(parents=True, exist_ok=True)
    (office / link).symlink_to(target)
    public = everything(office / "output")
    monkeypatch.chdir(office)
    status, stdout, stderr = run_main(capsys, "archive")
    assert (status, stdout) == (1, "")
    assert stderr.splitlines() == [
        f"Fehler: {said}",
        "1 Fehler gefunden. Es wurde keine Datei geschrieben.",
    ]
    assert snapshot(office / "intern") == before
    assert everything(office / "output") == public


def test_archive_outside_an_office_folder_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_release(tmp_path, "2020/067-x.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    status, stdout, stderr = run_main(capsys, "archive")
    assert (status, stdout) == (1, "")
    assert "pressetool init" in stderr
    assert [p.name for p in files_below(tmp_path)] == ["067-x.yaml"]


def test_archive_leaves_the_internal_folder_alone(week: tuple[Scenario, ArchiveResult]) -> None:
    scenario, _ = week
    office = scenario.office
    before = internal_folder(office)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(due, "now_in_office", lambda: NOON)
        build_archive(load_config(office), workers=1)
    assert snapshot(office / "intern") == before
    names = [p.name for p in files_below(office / "output")]
    assert not [n for n in names if "einladung" in n or "liste" in n]


def test_a_document_of_a_release_not_due_yet_is_named_not_listed(tmp_path: Path) -> None:
    """`build` may have put it into the public folder; the archive says so and leaves it."""
    scenario = make_scenario(tmp_path / "pressestelle", TODAY)
    early = scenario.office / "output/2026/003/pressemitteilung-003-2026.pdf"
    early.parent.mkdir(parents=True)
    early.write_bytes(b"%PDF-")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(due, "now_in_office", lambda: NOON)
        result = build_archive(load_config(scenario.office), workers=1)
    (note,) = [n for n in result.notes if n.code is Code.ARCHIVE_DOCUMENT_BEFORE_ITS_TIME]
    assert "gehört zu Nr. 003/2026, die erst ab 03.12.2026, 10\u00a0Uhr öffentlich ist" in (
        note.message
    )
    assert early.read_bytes() == b"%PDF-"
    assert "003/2026" not in (scenario.office / "output/2026/index.html").read_text("utf-8")


# -- the command ---------------------------------------------------------------------------


def test_archive_today_publishes_what_is_due_now(tmp_path: Path) -> None:
    """The real command and the real clock: the scenario around today."""
    scenario = make_scenario(tmp_path / "pressestelle", dt.datetime.now(OFFICE_TIME_ZONE).date())
    result = run_pressetool("archive", cwd=scenario.office)
    assert result.status == 0, result.stderr
    embargo = due.describe_moment(scenario.embargo_ends, load_config(scenario.office).house_style)
    assert result.stdout.splitlines()[:3] == [
        "Archiv geschrieben: output/index.html (4 Pressemitteilungen, 4 neu erzeugt).",
        "Nicht im Archiv: 1 Entwurf, 1 verworfene Nummer und 2 Pressemitteilungen vor Datum "
        "oder Sperrfrist.",
        f"Die nächste ist ab {embargo} öffentlich; führen Sie dann „pressetool archive“ "
        "wieder aus.",
    ]
    assert result.stdout.count("Hinweis: Der Feed feed.xml verweist nur relativ") == 1
    assert public_folders(scenario.office / "output") == labels(scenario.always_public)


def test_archive_at_shows_the_archive_of_that_moment(tmp_path: Path) -> None:
    scenario = make_scenario(tmp_path / "pressestelle", TODAY)
    result = run_pressetool(
        "archive", "--at", "2026-12-03 10:00", "--out", "vorschau", cwd=scenario.office
    )
    assert result.status == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "Archiv zum Stand 03.12.2026, 10\u00a0Uhr geschrieben: vorschau/index.html "
        "(5 Pressemitteilungen, 5 neu erzeugt).",
        "Nicht im Archiv: 1 Entwurf, 1 verworfene Nummer und 1 Pressemitteilung vor Datum "
        "oder Sperrfrist.",
    ]
    out = scenario.office / "vorschau"
    assert public_folders(out) == labels([*scenario.always_public, scenario.embargoed])
    titles = [e.findtext(f"{ATOM}title") for e in feed_entries(out)]
    assert "Nr. 003/2026: Neue Spielplätze für Mitte" in titles
    assert not (scenario.office / "output").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--at", "morgen", "--out", "vorschau"],
            "Option „--at“: „morgen“ ist kein Zeitpunkt. Schreiben Sie Datum und Uhrzeit "
            '(Berliner Zeit) in Anführungszeichen, zum Beispiel --at "2026-12-03 10:00".',
        ),
        (["--at", "2026-12-03 25:00", "--out", "vorschau"], "ist kein Zeitpunkt"),
        (["--at", "2026-02-30", "--out", "vorschau"], "ist kein Zeitpunkt"),
        (
            ["--at", "2026-12-03 10:00"],
            "Option „--at“: Mit --at entsteht das Archiv eines anderen Zeitpunkts; das gehört "
            "nicht in den öffentlichen Ordner „output“, nicht darunter und nicht in einen "
            "Ordner, der ihn enthält.",
        ),
        # the office folder holds `output/`: the web server may show it too
        (["--at", "2026-12-03", "--out", "."], "nicht in den öffentlichen Ordner"),
        (["--at", "2026-12-03", "--out", "output"], "nicht in den öffentlichen Ordner"),
        (["--at", "2026-12-03", "--out", "output/vorschau"], "nicht in den öffentlichen Ordner"),
    ],
)
def test_a_wrong_at_writes_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    office = office_folder(tmp_path / "pressestelle")
    write_release(office, "2020/067-x.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    monkeypatch.chdir(office)
    status, stdout, stderr = run_main(capsys, "archive", *arguments)
    assert (status, stdout) == (1, "")
    assert message in stderr
    assert [p for p in files_below(office) if "releases" not in p.parts] == [
        office / "pressetool.toml"
    ]


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2026-12-03 10:00", "2026-12-03T10:00:00+01:00"),
        ("2026-12-03T10:00", "2026-12-03T10:00:00+01:00"),
        ("3.12.2026 10 Uhr", "2026-12-03T10:00:00+01:00"),
        ("2026-12-03", "2026-12-03T00:00:00+01:00"),
        ("  2026-07-01 9:30 ", "2026-07-01T09:30:00+02:00"),
        # as a Sperrfrist: shown twice, the second (winter time); skipped, the later
        ("2026-10-25 02:30", "2026-10-25T02:30:00+01:00"),
        ("2026-03-29 02:30", "2026-03-29T03:30:00+02:00"),
    ],
)
def test_at_is_a_moment_in_berlin(text: str, moment: str) -> None:
    assert due.parse_moment(text).isoformat() == moment


def test_a_draft_edited_by_hand_to_published_stays_out_until_the_register_agrees(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Deleting the line `status: draft` makes the file say published (the format's
    default); the register still says draft, so the archive leaves it out and says why."""
    office = office_folder(tmp_path / "pressestelle")
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    path = write_release(office, "2020/067-test.yaml", text + "status: draft\n")
    monkeypatch.chdir(office)
    assert run_main(capsys, "reindex")[0] == 0
    path.write_text(text, encoding="utf-8")
    status, out, err = run_main(capsys, "archive")
    assert status == 0, err
    assert (
        "Feld „status“: Nr. 067/2020: Im Register steht „Entwurf“, in der Datei "
        "„veröffentlicht“; bis beide übereinstimmen, kommt sie nicht ins Archiv." in out + err
    )
    assert not (office / "output/2020").exists()
    assert "Voneinander" not in (office / "output/index.html").read_text(encoding="utf-8")
    path.write_text(text + "status: draft\n", encoding="utf-8")
    assert run_main(capsys, "publish", "067/2020")[0] == 0
    assert run_main(capsys, "archive")[0] == 0
    assert (office / "output/2020/067/pressemitteilung-067-2020.pdf").is_file()


def test_a_file_the_register_does_not_know_stays_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A published release copied to begin the next one still says `status: published`:
    its half-written text must not reach the web server because the register never gave
    its number."""
    office = office_folder(tmp_path / "pressestelle")
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    write_release(office, "2020/067-test.yaml", text)
    monkeypatch.chdir(office)
    assert run_main(capsys, "reindex")[0] == 0
    copy = text.replace("number: 67", "number: 80").replace("title: ", "title: Kopie ", 1)
    write_release(office, "2020/080-kopie.yaml", copy)
    status, out, err = run_main(capsys, "archive")
    assert status == 0, err
    assert (
        "Feld „number“: Nr. 080/2020 steht nicht im Register; bis sie dort steht, kommt sie "
        "nicht ins Archiv" in out + err
    )
    assert "„pressetool reindex“ auf." in out + err
    assert (office / "output/2020/067/pressemitteilung-067-2020.pdf").is_file()
    assert not (office / "output/2020/080").exists()
    pages = [p for p in files_below(office / "output") if p.suffix in (".html", ".xml", ".json")]
    public = "".join(p.read_text(encoding="utf-8") for p in pages)
    assert "Kopie" not in public and "080/2020" not in public and "080-kopie" not in public
    assert run_main(capsys, "reindex")[0] == 0
    assert run_main(capsys, "archive")[0] == 0
    assert (office / "output/2020/080/pressemitteilung-080-2020.pdf").is_file()


def test_a_release_withdrawn_before_its_embargo_never_becomes_public(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Withdrawn the day before its Sperrfrist, it was never public: not at the Sperrfrist
    either, not even as withdrawn (its title and text would be). Withdrawn on the day of
    its Sperrfrist it is listed as withdrawn: the file has the day, not the hour."""
    office = office_folder(tmp_path / "pressestelle")
    day = dt.date(2026, 12, 3)
    for number, withdrawn in ((5, "2026-12-02"), (6, "2026-12-03")):
        text = reference_as(number, day, f"Meldung {number}") + "embargo: 2026-12-03 10:00\n"
        text += f"status: withdrawn\nwithdrawal: {{date: {withdrawn}, reason: Abgesagt.}}\n"
        write_release(office, f"2026/{number:03d}-meldung.yaml", text)
    monkeypatch.chdir(office)
    status, out, err = run_main(capsys, "archive", "--at", "2026-12-04", "--out", "vorschau")
    assert status == 0, err
    assert public_folders(office / "vorschau") == {"2026/006"}
    pages = "".join(p.read_text(encoding="utf-8") for p in (office / "vorschau").rglob("*.*ml"))
    assert "Meldung 6" in pages and "Meldung 5" not in pages
    assert "Nicht im Archiv: 1 vor Datum oder Sperrfrist zurückgezogene Pressemitteilung." in out
    status, out, err = run_main(capsys, "build", "releases/2026/005-meldung.yaml", "--out", ".")
    assert status == 1
    assert "Nr. 005/2026 ist vor Datum oder Sperrfrist zurückgezogen und wird nie" in err


def test_documents_of_a_draft_in_the_public_folder_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A draft's documents copied into the public folder by hand (or by a version that
    let `build --out output` write them), and those of a draft whose `status` line was
    lost: the archive lists neither, and names their files."""
    office = office_folder(tmp_path / "pressestelle")
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    draft = write_release(office, "2020/067-test.yaml", text + "status: draft\n")
    lost = write_release(
        office, "2020/068-test.yaml", text.replace("number: 67", "number: 68") + "status: draft\n"
    )
    monkeypatch.chdir(office)
    assert run_main(capsys, "reindex")[0] == 0
    assert run_main(capsys, "build", str(draft), str(lost), "--out", "entwurf")[0] == 0
    shutil.copytree(office / "entwurf", office / "output")
    lost.write_text(text.replace("number: 67", "number: 68"), encoding="utf-8")
    status, out, err = run_main(capsys, "archive")
    assert status == 0, err
    said = " ".join((out + err).split())
    for number in ("067", "068"):
        for name in (f"pressemitteilung-{number}-2020.pdf", f"pressemitteilung-{number}-2020.docx"):
            assert (
                f"„output/2020/{number}/{name}“ gehört zu Nr. {number}/2020, einem Entwurf, "
                "liegt aber im öffentlichen Ordner"
            ) in said, said
    index = (office / "output/index.html").read_text(encoding="utf-8")
    assert "067/2020" not in index and "068/2020" not in index


def test_a_release_whose_file_is_gone_leaves_the_archive_with_a_hint(tmp_path: Path) -> None:
    office = office_folder(tmp_path / "pressestelle")
    path = write_release(office, "2020/067-x.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    config = load_config(office)
    build_archive(config, workers=1)
    path.unlink()
    result = build_archive(config, workers=1)
    gone = [note for note in result.notes if note.code is Code.ARCHIVE_FILE_GONE]
    assert [note.message for note in gone] == [
        "Nr. 067/2020 ist nicht mehr im Archiv: Ihre Datei fehlt in releases/2020/. "
        "War das ein Versehen, stellen Sie die Datei wieder her und schreiben Sie das Archiv "
        "noch einmal; eine veröffentlichte Pressemitteilung nimmt man zurück, statt ihre Datei "
        "zu löschen."
    ]
    assert not (office / "output" / "2020" / "067").exists()


UNREADABLE_HIDDEN = (
    "Hinweis: releases/2020/{name}: Die Datei lässt sich nicht lesen. Nr. 067/2020 ist im "
    "Register {what}; die Datei bleibt draußen aus dem Archiv. Berichtigen Sie sie, damit "
    "pressetool sie wieder lesen kann."
)


@pytest.mark.parametrize(
    ("status", "what"),
    [("draft", "ein Entwurf"), ("discarded", "eine verworfene Nummer")],
)
@pytest.mark.parametrize(
    "broken",
    [
        # the `status` line deleted and an unclosed quote
        lambda text: text.replace("title: ", 'title: "', 1),
        # a typo in the status line, which neither the peek nor YAML take for a status
        lambda text: text + "status: Draft\n",
        # over the bound of a release file (300 KB pasted into the web app's form)
        lambda text: text + "# " + "x" * 300_000 + "\n",
    ],
    ids=["unclosed-quote", "Draft", "too-large"],
)
def test_an_unreadable_file_the_register_knows_as_draft_or_discarded_is_left_out(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    status: str,
    what: str,
    broken: object,
) -> None:
    """Issue 11: `archive` never fails because of a draft. Without its `status` line a
    file that cannot be read is a draft (or discarded number) by the register."""
    office = office_folder(tmp_path / "pressestelle")
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    write_release(office, "2020/068-x.yaml", text.replace("number: 67", "number: 68"))
    path = write_release(office, "2020/067-test.yaml", text + f"status: {status}\n")
    if status == "discarded":
        path.write_text(text + "status: discarded\ndiscard:\n  date: 2020-03-03\n  reason: x\n")
    monkeypatch.chdir(office)
    assert run_main(capsys, "reindex")[0] == 0
    assert callable(broken)
    path.write_text(broken(text), encoding="utf-8")
    status_code, out, err = run_main(capsys, "archive")
    assert (status_code, err) == (0, "")
    assert UNREADABLE_HIDDEN.format(name="067-test.yaml", what=what) in out.splitlines()
    left_out = "1 Entwurf" if status == "draft" else "1 verworfene Nummer"
    assert f"Nicht im Archiv: {left_out}." in out.splitlines()
    assert public_folders(office / "output") == {"2020/068"}


@pytest.mark.parametrize("registered", ["published", None])
def test_an_unreadable_file_the_register_knows_as_published_or_not_at_all_stops_the_archive(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    registered: str | None,
) -> None:
    office = office_folder(tmp_path / "pressestelle")
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    path = write_release(office, "2020/067-test.yaml", text)
    write_release(office, "2020/068-x.yaml", text.replace("number: 67", "number: 68"))
    monkeypatch.chdir(office)
    if registered is None:
        path.unlink()
    assert run_main(capsys, "reindex")[0] == 0
    write_release(office, "2020/067-test.yaml", text.replace("title: ", 'title: "', 1))
    status, out, err = run_main(capsys, "archive")
    assert (status, out) == (1, "")
    assert "releases/2020/067-test.yaml, Zeile 4: Das Anführungszeichen am Anfang" in err
    assert err.endswith("1 Fehler gefunden. Es wurde keine Datei geschrieben.\n")
    assert not (office / "output").exists()


REGISTER_LOST = (
    "Hinweis: Das Nummernregister releases/register.sqlite fehlt, aber in releases/ liegen "
    "Pressemitteilungen. Ohne Register gilt im Archiv der Status, der in den Dateien steht: "
    "Eine Datei, der die Zeile status: draft fehlt, gilt als veröffentlicht. Holen Sie das "
    "Register aus der Datensicherung zurück; gibt es keine, bauen Sie es mit „pressetool "
    "reindex“ aus den Dateien neu auf."
)


def test_without_its_register_the_archive_trusts_the_files_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lost register (`verify` calls it lost): the files' statuses count, as the format
    says, but not without a word; once rebuilt, the Hinweis is gone."""
    office = office_folder(tmp_path / "pressestelle")
    text = REFERENCE_RELEASE.read_text(encoding="utf-8")
    write_release(office, "2020/067-test.yaml", text)
    monkeypatch.chdir(office)
    status, out, err = run_main(capsys, "archive")
    assert (status, err) == (0, "")
    assert REGISTER_LOST in out.splitlines()
    assert public_folders(office / "output") == {"2020/067"}
    assert run_main(capsys, "reindex")[0] == 0
    status, out, err = run_main(capsys, "archive")
    assert (status, err) == (0, "")
    assert "Nummernregister" not in out


def test_an_office_without_release_files_needs_no_register_for_its_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    office = office_folder(tmp_path / "pressestelle")
    monkeypatch.chdir(office)
    status, out, err = run_main(capsys, "archive")
    assert (status, err) == (0, "")
    assert "Nummernregister" not in out


@pytest.mark.parametrize(
    ("base_url", "what", "example"),
    [
        (
            "https://www.berlin.de/ba-mitte/presse archiv/",
            "ein Leerzeichen",
            "https://www.berlin.de/ba-mitte/presse/",
        ),
        ("https://x.de/?q=1", "„?“ mit einer Abfrage", "https://x.de/"),
        ("https://x.de/archiv/#neu", "„#“ mit einem Sprungziel", "https://x.de/archiv/"),
    ],
)
def test_a_base_url_with_a_space_a_query_or_a_fragment_is_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    base_url: str,
    what: str,
    example: str,
) -> None:
    """The feed puts each path after `base_url`: `https://x.de/?q=1/2020/067/index.html`
    leads nowhere. The example is the address up to its flaw."""
    office = office_folder(tmp_path / "pressestelle")
    with (office / "pressetool.toml").open("a", encoding="utf-8") as settings:
        settings.write(f'\n[archive]\nbase_url = "{base_url}"\n')
    write_release(office, "2020/067-x.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    monkeypatch.chdir(office)
    assert run_main(capsys, "reindex")[0] == 0
    status, out, err = run_main(capsys, "archive")
    assert (status, err) == (0, "")
    assert out.splitlines()[1:] == [
        f"Hinweis: {office.resolve() / 'pressetool.toml'}, Feld „archive.base_url“: "
        f"„{base_url}“ enthält {what}; die Verweise in feed.xml setzen ihren Pfad dahinter "
        "und führen so ins Leere. Schreiben Sie nur die Adresse des Archivs, ohne "
        f'Leerzeichen, ? und #, etwa base_url = "{example}".'
    ]


def test_a_sperrfrist_before_the_date_is_named_when_the_release_is_rendered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    office = office_folder(tmp_path / "pressestelle")
    text = REFERENCE_RELEASE.read_text(encoding="utf-8") + "embargo: 2020-03-01 10:00\n"
    write_release(office, "2020/067-x.yaml", text)
    monkeypatch.chdir(office)
    assert run_main(capsys, "reindex")[0] == 0
    status, out, err = run_main(capsys, "archive")
    assert (status, err) == (0, "")
    line = len(text.splitlines())
    assert (
        f"Hinweis: releases/2020/067-x.yaml, Zeile {line}, Feld „embargo“: Die Sperrfrist "
        "(01.03.2020, 10:00 Uhr) liegt vor dem Datum der Pressemitteilung (02.03.2020) und hat "
        "so keine Wirkung: Öffentlich ist sie ohnehin erst ab ihrem Datum. Löschen Sie embargo "
        "oder tragen Sie eine spätere Sperrfrist ein."
    ) in out.splitlines()
    assert public_folders(office / "output") == {"2020/067"}


def test_a_release_file_that_is_a_pipe_or_too_large_stops_the_archive_with_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reading a pipe would never end, a file of gigabytes would fill the memory: named
    like in `verify`, nothing written."""
    import os

    office = office_folder(tmp_path / "pressestelle")
    write_release(office, "2020/067-test.yaml", REFERENCE_RELEASE.read_text(encoding="utf-8"))
    monkeypatch.chdir(office)
    pipe = office / "releases/2020/068-rohr.yaml"
    os.mkfifo(pipe)
    status, out, err = run_main(capsys, "archive")
    assert (status, out) == (1, "")
    assert "releases/2020/068-rohr.yaml: Die Datei lässt sich nicht lesen (das ist keine " in err
    assert not (office / "output").exists()
    pipe.unlink()
    big = office / "releases/2020/068-gross.yaml"
    with big.open("wb") as file:
        file.truncate(2 * 2**30)  # sparse: nothing of it is on the disk
    status, out, err = run_main(capsys, "archive")
    assert (status, out) == (1, "")
    assert (
        "releases/2020/068-gross.yaml: Die Datei ist zu groß: erlaubt sind höchstens 256 KB" in err
    )
    assert not (office / "output").exists()


def test_a_release_file_that_links_outside_the_office_folder_is_archived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    office = office_folder(tmp_path / "pressestelle")
    elsewhere = tmp_path / "anderswo" / "067.yaml"
    elsewhere.parent.mkdir()
    elsewhere.write_text(REFERENCE_RELEASE.read_text(encoding="utf-8"), encoding="utf-8")
    (office / "releases/2020").mkdir(parents=True)
    (office / "releases/2020/067-link.yaml").symlink_to(elsewhere)
    monkeypatch.chdir(office)
    status, _out, err = run_main(capsys, "archive")
    assert status == 0, err
    assert (office / "output/2020/067/pressemitteilung-067-2020.pdf").is_file()
    assert run_main(capsys, "archive")[0] == 0  # and again, from its manifest


def entry_times(out: Path) -> dict[str, tuple[str, str, str]]:
    """Number → (published, updated, summary) of each entry of the feed."""
    return {
        feed_heading(e.findtext(f"{ATOM}title"))[-12:]: (
            str(e.findtext(f"{ATOM}published")),
            str(e.findtext(f"{ATOM}updated")),
            str(e.findtext(f"{ATOM}summary")),
        )
        for e in feed_entries(out)
    }


def test_a_feed_entry_is_updated_when_its_readers_see_a_change(tmp_path: Path) -> None:
    """Withdrawn on the day it became public, the entry kept `updated` at that day's
    midnight: feed readers never saw the withdrawal. Rendered again without a change
    (a comment edited), it keeps its time; new in an archive that was there, it is
    updated when the archive shows it; a Berichtigung updates its original's entry."""
    office = office_folder(tmp_path / "pressestelle")
    day = dt.date(2026, 12, 1)
    one = write_release(office, "2026/001-eins.yaml", reference_as(1, day, "Eins"))
    config = load_config(office)
    out = office / "vorschau"

    def at(hour: int, day: int = 1) -> dt.datetime:
        return dt.datetime(2026, 12, day, hour, tzinfo=OFFICE_TIME_ZONE)

    build_archive(config, out, workers=1, at=at(12))
    first = "2026-12-01T00:00:00+01:00"
    assert entry_times(out)["Nr. 001/2026"][:2] == (first, first)

    one.write_text(one.read_text(encoding="utf-8") + "# nur ein Kommentar\n", encoding="utf-8")
    result = build_archive(config, out, workers=1, at=at(13))
    assert entry_times(out)["Nr. 001/2026"][:2] == (first, first)
    assert not [n for n in result.notes if n.code is Code.ARCHIVE_PUBLISHED_EDITED]

    text = one.read_text(encoding="utf-8")
    one.write_text(text.replace("body: |\n", "body: |\n  Ein neuer Satz.\n", 1), "utf-8")
    result = build_archive(config, out, workers=1, at=at(14))
    assert entry_times(out)["Nr. 001/2026"][1] == "2026-12-01T14:00:00+01:00"
    [edited] = [n for n in result.notes if n.code is Code.ARCHIVE_PUBLISHED_EDITED]
    assert edited.message.endswith(
        "Nr. 001/2026 war schon öffentlich, und ihre Datei wurde seitdem geändert (Titel, Datum "
        "oder Text); das Archiv zeigt nun die geänderte Fassung, ohne dass Leser sehen, was "
        "anders ist. Eine veröffentlichte Pressemitteilung ändert eine Berichtigung: "
        "„pressetool correct 001/2026“."
    )

    withdrawn = "status: withdrawn\nwithdrawal: {date: 2026-12-01, reason: Irrtum.}\n"
    one.write_text(one.read_text(encoding="utf-8") + withdrawn, encoding="utf-8")
    build_archive(config, out, workers=1, at=at(15))
    published, updated, summary = entry_times(out)["Nr. 001/2026"]
    assert (published, updated) == (first, "2026-12-01T15:00:00+01:00")
    assert summary.startswith("Zurückgezogen am 01.12.2026: Irrtum.")

    late = reference_as(2, dt.date(2026, 11, 25), "Spät veröffentlicht")
    write_release(office, "2026/002-spaet.yaml", late)
    fix = reference_as(3, dt.date(2026, 12, 2), "Berichtigung") + (
        "correction_of: {number: 1/2026, date: 2026-12-01, note: Die Uhrzeit war falsch.}\n"
    )
    write_release(office, "2026/003-berichtigung.yaml", fix)
    build_archive(config, out, workers=1, at=at(9, day=2))
    times = entry_times(out)
    assert times["Nr. 002/2026"][:2] == (
        "2026-11-25T00:00:00+01:00",
        "2026-12-02T09:00:00+01:00",
    )
    published, updated, summary = times["Nr. 001/2026"]
    assert updated == "2026-12-02T09:00:00+01:00"
    assert summary.startswith("Berichtigt durch Nr. 003/2026 – Zurückgezogen am")


def test_the_manifest_names_no_file_and_an_older_one_is_carried_on(tmp_path: Path) -> None:
    """The manifest lies in the public folder: a file's name keeps the title its draft
    had when `new` made it (`004-geheimer-entwurf-ruecktritt.yaml`)."""
    office = office_folder(tmp_path / "pressestelle")
    name = "2020/067-geheimer-arbeitstitel.yaml"
    write_release(office, name, REFERENCE_RELEASE.read_text(encoding="utf-8"))
    config = load_config(office)
    build_archive(config, workers=1)
    manifest = office / "output/.pressetool-archiv.json"
    text = manifest.read_text(encoding="utf-8")
    assert "geheimer" not in text and "releases/" not in text
    [key] = json.loads(text)
    older = text.replace(key, f"releases/{name}")  # as an earlier pressetool wrote it
    manifest.write_text(older, encoding="utf-8")
    result = build_archive(config, workers=1)
    assert (result.releases, result.rebuilt) == (1, ())
    assert "geheimer" not in manifest.read_text(encoding="utf-8")
