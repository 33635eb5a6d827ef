"""`pressetool archive`: documents, PDF/A copies, pages that Chromium opens, the feed,
and rebuilding only what is out of date."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from lxml import etree, html
from pypdf import PdfReader
from pypdf.generic import BooleanObject, DictionaryObject, StreamObject

from pressetool.archive import pages as archive_pages
from pressetool.archive import site as archive_site
from pressetool.archive.site import build_archive
from pressetool.models import ReleaseNumber
from pressetool.office import load_config
from pressetool.problems import InputError
from pressetool.render import templates
from tests.builders import office_folder, office_template, write_release
from tests.conftest import files_below, run_pressetool
from tests.readback import REFERENCE_RELEASE, feed_heading, fold, pdf_text

ATOM = "{http://www.w3.org/2005/Atom}"
WITHDRAWN = """status: withdrawn
withdrawal:
  date: 2020-03-05
  reason: Die Veranstaltung fällt aus.
"""
CORRECTION = """correction_of:
  number: "067/2020"
  date: 2020-03-02
"""


def make_office(folder: Path) -> Path:
    """067/2020 (the reference), 068/2020 withdrawn, 001/2021 correcting 067/2020."""
    office_folder(folder)
    reference = REFERENCE_RELEASE.read_text(encoding="utf-8")
    releases = {
        "2020/067-voneinander-wissen-in-mitte.yaml": reference,
        "2020/068-abgesagt.yaml": reference.replace("number: 67", "number: 68") + WITHDRAWN,
        "2021/001-berichtigung.yaml": reference.replace("number: 67", "number: 1").replace(
            "date: 2020-03-02", "date: 2021-01-04"
        )
        + CORRECTION,
    }
    for name, text in releases.items():
        write_release(folder, name, text)
    return folder


def archive(office: Path) -> archive_site.ArchiveResult:
    return build_archive(load_config(office), workers=1)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    office = make_office(tmp_path_factory.mktemp("archiv") / "pressestelle")
    result = archive(office)
    assert result.releases == 3
    return office / "output"


def test_archive_writes_documents_pages_and_feed(built: Path) -> None:
    names = [path.relative_to(built).as_posix() for path in files_below(built)]
    assert names == [
        ".pressetool-archiv.json",
        "2020/067/index.html",
        "2020/067/pressemitteilung-067-2020-archiv.pdf",
        "2020/067/pressemitteilung-067-2020.docx",
        "2020/067/pressemitteilung-067-2020.pdf",
        "2020/068/index.html",
        "2020/068/pressemitteilung-068-2020-archiv.pdf",
        "2020/068/pressemitteilung-068-2020.docx",
        "2020/068/pressemitteilung-068-2020.pdf",
        "2020/index.html",
        "2021/001/index.html",
        "2021/001/pressemitteilung-001-2021-archiv.pdf",
        "2021/001/pressemitteilung-001-2021.docx",
        "2021/001/pressemitteilung-001-2021.pdf",
        "2021/index.html",
        "feed.xml",
        "index.html",
    ]


def test_the_archival_copy_is_tagged_pdf_a_3a(built: Path) -> None:
    path = built / "2020/067/pressemitteilung-067-2020-archiv.pdf"
    reader = PdfReader(path)
    catalog = reader.trailer["/Root"]
    assert isinstance(catalog, DictionaryObject)
    metadata, mark_info = catalog["/Metadata"], catalog["/MarkInfo"]
    assert isinstance(metadata, StreamObject) and isinstance(mark_info, DictionaryObject)
    xmp = metadata.get_data().decode()
    assert re.search(r'pdfaid:part="3"', xmp) and re.search(r'pdfaid:conformance="A"', xmp)
    assert mark_info["/Marked"] == BooleanObject(True)  # bool() of a BooleanObject is always True
    assert "/StructTreeRoot" in catalog
    assert str(catalog["/Lang"]) == "de-DE"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"^Tagged:\s+yes$", info.stdout, re.MULTILINE)
    assert fold(pdf_text(path)) == fold(pdf_text(path.with_name("pressemitteilung-067-2020.pdf")))


@pytest.mark.parametrize(
    ("document", "first_lines"),
    [
        (
            "2020/068/pressemitteilung-068-2020.pdf",
            [
                "Zurückgezogen am 05.03.2020: Die Veranstaltung fällt aus.",
                "Veranstaltung „Voneinander",
            ],
        ),
        (
            "2020/068/pressemitteilung-068-2020-archiv.pdf",
            [
                "Zurückgezogen am 05.03.2020: Die Veranstaltung fällt aus.",
                "Veranstaltung „Voneinander",
            ],
        ),
        (
            "2021/001/pressemitteilung-001-2021.pdf",
            [
                "Berichtigung zur Pressemitteilung Nr. 067/2020 vom 02.03.2020",
                "Veranstaltung „Voneinander",
            ],
        ),
    ],
)
def test_withdrawal_and_correction_stand_above_the_title(
    built: Path, document: str, first_lines: list[str]
) -> None:
    lines = [fold(line) for line in pdf_text(built / document).splitlines() if line.strip()]
    start = lines.index(first_lines[0])
    assert lines[start + 1].startswith(first_lines[1])


def chromium_dom(page: Path, profile: Path) -> str:
    """The page as headless Chromium has rendered it."""
    result = subprocess.run(
        [
            "/usr/bin/chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


def test_chromium_renders_every_page_and_every_link_resolves(built: Path, tmp_path: Path) -> None:
    pages = [built / "index.html"]
    seen = set()
    while pages:
        page = pages.pop()
        seen.add(page)
        dom = html.fromstring(chromium_dom(page, tmp_path / f"profil-{len(seen)}"))
        assert dom.get("lang") == "de"
        assert len(dom.xpath("//h1")) == 1
        if page.parent.name.isdigit() and len(page.parent.name) == 3:  # a release's page
            assert dom.xpath("//article//h1") and dom.xpath("//nav[@aria-label]")
            # type and size in the link, which a screen reader's list of links shows
            shown = [a.text_content() for a in dom.xpath("//section//a")]
            assert [re.sub(r", \d+\xa0kB$", "", text) for text in shown] == [
                "PDF",
                "DOCX",
                "PDF/A (Archiv)",
            ]
        else:
            assert dom.xpath("//table//th[@scope='col']") and dom.xpath("//table//th[@scope='row']")
        crumbs = dom.xpath("//nav[@aria-label='Brotkrumen']/ol/li")  # a list, where it is
        assert not crumbs if page == built / "index.html" else crumbs[-1].get("aria-current")
        if len(page.parent.name) == 4:  # a year's page: its table scrolls on its own
            (region,) = dom.xpath("//div[@role='region'][@tabindex='0'][table]")
            assert dom.xpath(f"//caption[@id='{region.get('aria-labelledby')}']")
        for href in dom.xpath("//a/@href | //link/@href"):
            target = (page.parent / unquote(urlparse(href).path)).resolve()
            assert not urlparse(href).scheme, f"{page.name}: {href} ist kein relativer Verweis"
            assert target.is_file(), f"{page.relative_to(built)}: {href} führt ins Leere"
            if target.suffix == ".html" and target not in seen:
                pages.append(target)
    assert {p.relative_to(built).as_posix() for p in seen} == {
        "index.html",
        "2020/index.html",
        "2021/index.html",
        "2020/067/index.html",
        "2020/068/index.html",
        "2021/001/index.html",
    }


def test_the_year_page_shows_number_date_title_status(built: Path) -> None:
    page = html.parse(str(built / "2020/index.html")).getroot()
    rows = [
        [fold(cell.text_content()) for cell in row.xpath("th|td")]
        for row in page.xpath("//tbody/tr")
    ]
    title = (
        "Veranstaltung „Voneinander wissen in Mitte – JobCenter und "
        "Nachbarschaftseinrichtungen lernen sich kennen“"
    )
    assert rows == [
        [
            "068/2020",
            "02.03.2020",
            title,
            "Zurückgezogen am 05.03.2020: Die Veranstaltung fällt aus.",
            "PDF, DOCX, PDF/A (Archiv)",
        ],
        [
            "067/2020",
            "02.03.2020",
            title,
            "veröffentlicht, berichtigt durch Nr. 001/2021",
            "PDF, DOCX, PDF/A (Archiv)",
        ],
    ]
    (link,) = page.xpath("//tr[@id='nr-067']//a[contains(., '001/2021')]")
    assert link.get("href") == "../2021/001/index.html"
    titles = page.xpath("//tbody/tr/td[2]/a/@href")
    assert titles == ["068/index.html", "067/index.html"]


def test_the_feed_is_atom_with_id_updated_title_link(built: Path) -> None:
    feed = etree.parse(str(built / "feed.xml")).getroot()
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author/" + ATOM + "name"):
        assert feed.findtext(ATOM + name), name
    entries = feed.findall(f"{ATOM}entry")
    assert [feed_heading(e.findtext(f"{ATOM}title")) for e in entries] == [
        "Berichtigung: Nr. 001/2021",
        "Zurückgezogen: Nr. 068/2020",
        "Nr. 067/2020",
    ]
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == 3 and all(i.startswith("urn:uuid:") for i in ids)
    for entry in entries:
        updated = dt.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert updated.tzinfo is not None
        page, pdf = entry.findall(f"{ATOM}link")
        assert (page.get("rel"), page.get("type")) == ("alternate", "text/html")
        assert (pdf.get("rel"), pdf.get("type")) == ("enclosure", "application/pdf")
        for link in (page, pdf):
            assert (built / link.get("href")).is_file()
        assert int(pdf.get("length")) == (built / pdf.get("href")).stat().st_size
    assert entries[1].findtext(f"{ATOM}updated") == "2020-03-05T00:00:00+01:00"


def test_the_feed_holds_only_the_latest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    office = make_office(tmp_path / "pressestelle")
    monkeypatch.setattr(archive_pages, "FEED_ENTRIES", 2)
    archive(office)
    feed = etree.parse(str(office / "output/feed.xml")).getroot()
    titles = [feed_heading(e.findtext(f"{ATOM}title")) for e in feed.findall(f"{ATOM}entry")]
    assert titles == ["Berichtigung: Nr. 001/2021", "Zurückgezogen: Nr. 068/2020"]


def test_only_what_is_out_of_date_is_rendered_again(tmp_path: Path) -> None:
    office = make_office(tmp_path / "pressestelle")
    assert len(archive(office).rebuilt) == 3
    pages = {p: p.read_bytes() for p in (office / "output").rglob("*.html")}
    assert archive(office).rebuilt == ()
    assert {p: p.read_bytes() for p in (office / "output").rglob("*.html")} == pages

    changed = office / "releases/2020/068-abgesagt.yaml"
    changed.write_text(changed.read_text(encoding="utf-8").replace("fällt aus", "entfällt"))
    assert archive(office).rebuilt == (ReleaseNumber(68, 2020),)
    assert "entfällt" in pdf_text(office / "output/2020/068/pressemitteilung-068-2020.pdf")

    (office / "output/2021/001/pressemitteilung-001-2021.docx").unlink()
    assert archive(office).rebuilt == (ReleaseNumber(1, 2021),)

    office_template(office, "pressetool.css", "\n/* Hausfarbe */\n")
    assert len(archive(office).rebuilt) == 3


def test_with_nothing_changed_nothing_is_rendered_or_written_and_a_missing_page_is_put_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = make_office(tmp_path / "pressestelle")
    archive(office)
    output = office / "output"
    pages = {p: p.read_bytes() for p in [*output.rglob("*.html"), output / "feed.xml"]}
    written = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in output.rglob("*")}
    assert output / ".pressetool-archiv.json" in written

    def no_rendering(config: object) -> None:
        raise AssertionError("rendered again")

    with monkeypatch.context() as patch:
        patch.setattr(templates, "jinja_environment", no_rendering)
        assert archive(office).rebuilt == ()
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in output.rglob("*")} == written
    year_page = output / "2020" / "index.html"
    year_page.unlink()
    assert archive(office).rebuilt == ()
    assert {p: p.read_bytes() for p in pages} == pages


def test_a_wrong_release_stops_the_archive_before_anything_is_written(tmp_path: Path) -> None:
    office = make_office(tmp_path / "pressestelle")
    broken = office / "releases/2020/068-abgesagt.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("article: der", "article: dem"))
    result = run_pressetool("archive", cwd=office)
    assert result.status == 1
    assert "068-abgesagt.yaml, Zeile 6, Feld „issuer.article“: „dem“ ist kein Artikel." in (
        result.stderr
    )
    assert files_below(office / "output") == []


def test_two_files_with_one_number_stop_the_archive(tmp_path: Path) -> None:
    office = make_office(tmp_path / "pressestelle")
    shutil.copy(
        office / "releases/2020/067-voneinander-wissen-in-mitte.yaml",
        office / "releases/2020/067-kopie.yaml",
    )
    with pytest.raises(InputError, match="Die Nummer 067/2020 steht in mehreren Dateien"):
        archive(office)
    assert files_below(office / "output") == []


def test_many_releases_rendered_in_workers_as_in_one_process(tmp_path: Path) -> None:
    """From `PARALLEL_FROM` stale releases on, forked workers render: every file alike."""
    reference = REFERENCE_RELEASE.read_text(encoding="utf-8")
    outs = {}
    for workers in (1, 2):
        office = office_folder(tmp_path / f"amt-{workers}")
        for number in range(1, archive_site.PARALLEL_FROM + 2):
            text = reference.replace("number: 67", f"number: {number}")
            write_release(office, f"2020/{number:03d}-meldung.yaml", text)
        result = build_archive(load_config(office), workers=workers)
        assert result.releases == archive_site.PARALLEL_FROM + 1
        outs[workers] = office / "output"
    names = [path.relative_to(outs[1]) for path in files_below(outs[1])]
    assert names == [path.relative_to(outs[2]) for path in files_below(outs[2])]
    assert sum(name.suffix == ".docx" for name in names) == archive_site.PARALLEL_FROM + 1
    for name in names:
        assert contents(outs[1] / name) == contents(outs[2] / name), name


def contents(path: Path) -> object:
    """A file's bytes; a DOCX's parts (its zip entries carry the time of writing)."""
    if path.suffix != ".docx":
        return path.read_bytes()
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}
