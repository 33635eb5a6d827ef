"""The sign-in sheet drawn directly (render/lists/sign_in_pdf.py, issue 14), read back:
text as pdftotext gives it, positions as pdfplumber sees them, the tagged structure and
the metadata as pikepdf reads them, the fonts as pdffonts lists them."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest

from pressetool.compose.participant_lists import (
    SIGN_IN_COLUMNS,
    SIGN_IN_ROWS_PER_PAGE,
    ListContent,
    compose_sign_in_sheet,
)
from pressetool.compose.privacy_notice import NoticeItem
from pressetool.models import Person
from pressetool.office import Config
from pressetool.reading.release_reader import read_release
from pressetool.render.letters.fit import FontCheck
from pressetool.render.lists import sign_in_pdf
from pressetool.render.lists.layout import SIGN_IN_COLUMNS_MM
from pressetool.render.lists.pdf import SignInSheetPdf
from pressetool.render.lists.sign_in_pdf import SignInSheetWriter
from tests.builders import person
from tests.readback import REFERENCE_RELEASE, fold, pdf_pages, pdf_text
from tests.render.lists.test_documents import (
    HEADER_ROW,
    HEADING,
    NOTICE,
    REGISTERED,
    check_sign_in_pages,
    row_numbers,
)

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 297 * MM, 210 * MM
LONG_ORGANISATION = " ".join(["Nachbarschaftsheimgenossenschaft Moabit-West"] * 3)
"""Wider than the organisation column: wraps onto three lines, at spaces and hyphens."""
OVERFULL = "quartiersmanagement." * 6 + "nord-ost-und-sued-west@example.org"
"""One e-mail address of 154 characters: wider than any column can be (overfull)."""


def sheet(people: list[Person]) -> ListContent:
    release = read_release(REFERENCE_RELEASE)
    assert release.event is not None
    return compose_sign_in_sheet(release, release.event, Config(), people)


def render(content: ListContent) -> bytes:
    return SignInSheetPdf(content, Config()).render()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`registered.pdf`: the 45 names of test_documents (5 pages); `wrapped.pdf`: a long
    organisation among ordinary rows; `overfull.pdf`: an e-mail-like organisation wider
    than any column."""
    folder = tmp_path_factory.mktemp("sign-in")
    shuffled = [REGISTERED[(index * 7) % len(REGISTERED)] for index in range(len(REGISTERED))]
    people = [person(name, f"Vorname{n}", f"Einrichtung {n}") for n, name in enumerate(shuffled)]
    (folder / "registered.pdf").write_bytes(render(sheet(people)))
    others = [person(f"Name{n:02d}", "Vorname") for n in range(21)]
    wrapped = [person("Albers", "Anna", LONG_ORGANISATION), *others]
    (folder / "wrapped.pdf").write_bytes(render(sheet(wrapped)))
    (folder / "overfull.pdf").write_bytes(render(sheet([person("Berg", "Bo", OVERFULL)])))
    return folder


def words(pdf: Path, page: int = 0) -> list[dict[str, Any]]:
    with pdfplumber.open(pdf) as document:
        found: list[dict[str, Any]] = document.pages[page].extract_words()
        return found


def row_tops(pdf: Path, page: int = 0) -> dict[int, float]:
    """The top of each row number's text (the Nr. column), by number."""
    tops: dict[int, float] = {}
    for word in words(pdf, page):
        if word["x0"] < 15 * MM + 6 and word["text"].isdigit() and word["top"] > 85:
            tops.setdefault(int(word["text"]), word["top"])
    return tops


# -- text --------------------------------------------------------------------------


def test_every_page_has_heading_header_row_notice_and_number(folder: Path) -> None:
    check_sign_in_pages(folder / "registered.pdf")


def test_raw_text_reads_heading_table_notice_page_number_in_order(folder: Path) -> None:
    pages = pdf_pages(folder / "registered.pdf", raw=True)
    assert len(pages) == 5
    for number, page in enumerate(pages, start=1):
        text = fold(page)
        positions = [text.index(part) for part in (HEADING, HEADER_ROW, NOTICE[0])]
        assert positions == sorted(positions)
        assert text.endswith(f"Seite {number} von {len(pages)}")


def test_names_in_order_with_their_first_names(folder: Path) -> None:
    text = fold(pdf_text(folder / "registered.pdf", layout=True))
    positions = [text.index(f" {name} ") for name in REGISTERED]
    assert positions == sorted(positions)
    assert re.search(r" 1 Achterberg Vorname\d+ Einrichtung \d+ ", text)


def test_full_pages_hold_exactly_the_rows_of_the_design(folder: Path) -> None:
    pages = pdf_pages(folder / "registered.pdf", layout=True)
    for number, page in enumerate(pages, start=1):
        first = SIGN_IN_ROWS_PER_PAGE * (number - 1) + 1
        assert row_numbers(page) == list(range(first, first + SIGN_IN_ROWS_PER_PAGE))


# -- positions -----------------------------------------------------------------------


def test_table_stands_within_the_margins_with_the_layouts_columns(folder: Path) -> None:
    with pdfplumber.open(folder / "registered.pdf") as document:
        for page in document.pages:
            rects = page.rects
            assert min(r["x0"] for r in rects) >= 15 * MM - 0.3
            assert max(r["x1"] for r in rects) <= PAGE_WIDTH - 15 * MM + 0.3
            assert min(r["top"] for r in rects) >= 30 * MM
            assert max(r["bottom"] for r in rects) <= PAGE_HEIGHT - 32 * MM
            verticals = sorted({round((r["x0"] + r["x1"]) / 2, 2) for r in rects if r["width"] < 1})
            edges = [15 * MM + sum(SIGN_IN_COLUMNS_MM[:i]) * MM for i in range(7)]
            assert verticals == pytest.approx(edges, abs=0.05)
            assert all(r["width"] == pytest.approx(0.5) for r in rects if r["width"] < 1)


def test_rows_are_ten_mm_apart_and_the_header_row_stands_alike_on_every_page(
    folder: Path,
) -> None:
    tops = row_tops(folder / "registered.pdf")
    steps = [tops[n + 1] - tops[n] for n in range(1, SIGN_IN_ROWS_PER_PAGE)]
    assert steps == pytest.approx([10 * MM] * len(steps), abs=0.01)
    headers = []
    for page in range(5):
        nr = [w for w in words(folder / "registered.pdf", page) if w["text"] == "Nr."]
        assert len(nr) == 1
        headers.append((round(nr[0]["x0"], 2), round(nr[0]["top"], 2)))
        assert row_tops(folder / "registered.pdf", page) != {}
    assert len(set(headers)) == 1
    x, top = headers[0]
    assert x == pytest.approx(15 * MM + 0.25 + 1.5 * MM, abs=0.01)
    assert 30 * MM < top < 30 * MM + 8 * MM


def test_heading_above_and_notice_below_the_table(folder: Path) -> None:
    found = words(folder / "registered.pdf")
    office = next(w for w in found if w["text"] == "Bezirksamt")
    notice = next(w for w in found if w["text"] == "Datenschutzhinweis")
    number = next(w for w in found if w["text"] == "Seite")
    assert office["x0"] == pytest.approx(15 * MM, abs=0.01)
    venue_bottom = max(w["bottom"] for w in found if w["text"] == "Spittelmarkt,")
    assert venue_bottom < 30 * MM - 2.5 * MM
    assert notice["top"] > PAGE_HEIGHT - 32 * MM + 2 * MM
    assert number["top"] > notice["top"]
    assert number["x0"] > PAGE_WIDTH - 15 * MM - 30 * MM
    notice_words = [w for w in found if notice["top"] - 1 <= w["top"] < number["top"] - 1]
    last = max(w["x1"] for w in notice_words)
    assert last <= 15 * MM + 237 * MM + 0.01  # the notice keeps to its 237 mm


def test_a_long_organisation_wraps_its_row_taller_and_the_page_holds_fewer(
    folder: Path,
) -> None:
    pdf = folder / "wrapped.pdf"
    assert LONG_ORGANISATION in fold("".join(pdf_pages(pdf, raw=True)))
    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        verticals = sorted({(r["x0"] + r["x1"]) / 2 for r in page.rects if r["width"] < 1})
        cell = [w for w in page.extract_words() if w["text"].startswith("Nachbarschaftsheim")]
    assert len({round(w["top"]) for w in cell}) == 3  # each on a line of its own
    assert max(w["x1"] for w in cell) <= verticals[4] - 1.5 * MM
    assert min(w["x0"] for w in cell) >= verticals[3] + 1.5 * MM
    tops = row_tops(pdf)
    assert tops[2] - tops[1] > 10 * MM + 5  # three lines, centred in a taller row
    pages = pdf_pages(pdf, layout=True)
    assert row_numbers(pages[0]) == list(range(1, len(row_numbers(pages[0])) + 1))
    assert len(row_numbers(pages[0])) < SIGN_IN_ROWS_PER_PAGE
    numbers = [n for page in pages for n in row_numbers(page)]
    assert numbers == list(range(1, 22 + 17 + 1))  # 17 blank rows: the composer's default
    assert all(len(row_numbers(page)) == SIGN_IN_ROWS_PER_PAGE for page in pages[1:-1])


def test_an_overfull_cell_breaks_inside_its_column(folder: Path) -> None:
    pdf = folder / "overfull.pdf"
    assert OVERFULL in fold("".join(pdf_pages(pdf, raw=True))).replace(" ", "")
    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        verticals = sorted({(r["x0"] + r["x1"]) / 2 for r in page.rects if r["width"] < 1})
        cell = [w for w in page.extract_words() if "quartiers" in w["text"] or "@" in w["text"]]
    assert len(cell) >= 2  # broken onto more than one line
    assert min(w["x0"] for w in cell) == pytest.approx(verticals[3] + 0.25 + 1.5 * MM, abs=0.01)
    assert max(w["x1"] for w in cell) <= verticals[4] - 1.5 * MM


def test_special_characters_read_back() -> None:
    content = sheet(
        [
            person("Müller", "Anna", "Haus\u00a0am See Nord\u2011Ost"),
            person("Öztürk", "Ayşe", "Café Crème 漢字"),
        ]
    )
    text = fold(pdf_text_of(render(content)))
    assert "Haus am See Nord-Ost" in text  # the non-breaking hyphen reads as `-`
    assert "Café Crème 漢字" in text  # a character the font lacks keeps its text
    assert "Öztürk Ayşe" in text


ARMENIAN = ("Հակոբյան", "Անի")
"""A name in a script Liberation Sans lacks: DejaVu Sans has it (fonts-dejavu-core)."""


def cid_to_gid(font: pikepdf.Object) -> list[int]:
    data = font.DescendantFonts[0].CIDToGIDMap.read_bytes()
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


def to_unicode(font: pikepdf.Object) -> dict[str, int]:
    """Each character of a font's ToUnicode map, with its CID."""
    cmap = font.ToUnicode.read_bytes().decode("ascii")
    return {
        bytes.fromhex(text).decode("utf-16-be"): int(cid, 16)
        for cid, text in re.findall(r"<([0-9a-f]{4})> <([0-9a-f]+)>", cmap)
        if cid != "0000"  # the codespace range
    }


def test_a_script_liberation_sans_lacks_is_drawn_in_a_fallback_font(tmp_path: Path) -> None:
    """The Armenian name in DejaVu Sans, a third embedded subset, its glyphs real (no
    .notdef); a CJK character no installed font has stays a .notdef box of Liberation
    Sans and still reads back."""
    pdf = tmp_path / "armenian.pdf"
    surname, first_name = ARMENIAN
    people = [person(surname, first_name, "Café 漢字"), person("Müller", "Anna")]
    pdf.write_bytes(render(sheet(people)))
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert [line.split()[0][7:] for line in fonts] == [
        "LiberationSans",
        "LiberationSans-Bold",
        "DejaVuSans",
    ]
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in fonts)
    assert f" 1 Müller Anna 2 {surname} {first_name} Café 漢字 3 " in fold(
        pdf_text(pdf, layout=True)
    )
    with pikepdf.open(pdf) as opened:
        resources = opened.pages[0].Resources.Font
        regular, dejavu = resources.F1, resources.F3
        armenian = to_unicode(dejavu)
        assert set(armenian) == set(surname + first_name)
        assert 0 not in cid_to_gid(dejavu)[1:]
        assert not set(armenian) & set(to_unicode(regular))
        assert cid_to_gid(regular)[to_unicode(regular)["漢"]] == 0
        content = opened.pages[0].Contents.read_bytes().decode("ascii")
        assert re.search(r"/F3 11 Tf 1 0 0 1 [\d.]+ [\d.]+ Tm <[0-9a-f]+> Tj", content)


def pdf_text_of(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


# -- structure, metadata, fonts -----------------------------------------------------


def kinds(element: pikepdf.Object) -> list[str]:
    """The structure element kinds under `element`, depth first."""
    found = [str(element.S)]
    kids = element.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else []:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            found += kinds(kid)
    return found


def test_a_sheet_whose_text_needs_shaping_is_laid_out_by_weasyprint(tmp_path: Path) -> None:
    """An Arabic name must be joined and set right to left: WeasyPrint does that, on the
    same page (heading, header row, notice, 13 rows a page, `Seite X von Y`)."""
    arabic = "ليلى حداد"
    names = [*REGISTERED[:-1], arabic]
    people = [person(name, f"Vorname{n}", f"Einrichtung {n}") for n, name in enumerate(names)]
    pdf = tmp_path / "arabisch.pdf"
    pdf.write_bytes(render(sheet(people)))
    check_sign_in_pages(pdf)
    assert arabic in pdf_text(pdf)
    with pikepdf.open(pdf) as document:
        assert str(document.docinfo["/Producer"]).startswith("WeasyPrint")
    with pikepdf.open(io.BytesIO(render(sheet(people[:-1])))) as document:
        assert str(document.docinfo["/Producer"]) == "pressetool"


def test_structure_tree_document_heading_table_notice(folder: Path) -> None:
    with pikepdf.open(folder / "registered.pdf") as pdf:
        root = pdf.Root
        assert root.Lang == "de-DE"
        assert bool(root.MarkInfo.Marked)
        assert bool(root.ViewerPreferences.DisplayDocTitle)
        document = root.StructTreeRoot.K
        assert str(document.S) == "/Document"
        assert [str(kid.S) for kid in document.K] == ["/P", "/H1", "/P", "/Table", "/P"]
        found = kinds(document)
        rows = 65
        columns = len(SIGN_IN_COLUMNS)
        assert found.count("/TR") == 1 + rows
        assert found.count("/TH") == columns
        assert found.count("/TD") == rows * columns
        table = document.K[3]
        header = table.K[0]
        assert [str(th.A.Scope) for th in header.K] == ["/Column"] * columns
        first_page = pdf.pages[0].obj
        on_page_1 = [td for tr in list(table.K)[1:14] for td in tr.K]
        assert all(td.Pg.objgen == first_page.objgen for td in on_page_1 if "/K" in td)
        nums = root.StructTreeRoot.ParentTree.Nums
        assert [int(nums[i]) for i in range(0, len(nums), 2)] == list(range(5))
        for index, page in enumerate(pdf.pages):
            assert page.obj.StructParents == index
            parents = nums[2 * index + 1]
            content = page.Contents.read_bytes().decode("ascii")
            mcids = [int(m) for m in re.findall(r"<</MCID (\d+)>> BDC", content)]
            assert mcids == list(range(len(parents)))
            assert "/Artifact <</Type /Pagination>> BDC" in content
        # page 1: heading, notice, header row real content; later pages: artifacts
        # page 1: heading (3), header row, Nr., Name, Vorname, Einrichtung of 13 rows,
        # notice; page 2: the 13 rows' cells only
        assert len(nums[1]) == 3 + columns + 13 * 4 + 1
        assert len(nums[3]) == 13 * 4


def test_metadata_says_pdf_ua_1_with_title_and_author(folder: Path) -> None:
    with pikepdf.open(folder / "registered.pdf") as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"].startswith("Anwesenheitsliste: Voneinander wissen in Mitte")
        assert str(pdf.docinfo.Title) == meta["dc:title"]
        assert str(pdf.docinfo.Author) == "Bezirksamt Mitte von Berlin"
    info = subprocess.run(
        ["pdfinfo", str(folder / "registered.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.MULTILINE)
    assert re.search(r"^Page size:\s+841.89 x 595.276 pts", info, re.MULTILINE)


def test_fonts_are_embedded_subsets_with_unicode_maps(folder: Path) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(folder / "registered.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(fonts) == 2
    for line in fonts:
        name, *_, emb, sub, uni, _obj, _gen = line.split()
        assert re.fullmatch(r"[A-Z]{6}\+LiberationSans(-Bold)?", name)
        assert "CID TrueType" in line and "Identity-H" in line
        assert (emb, sub, uni) == ("yes", "yes", "yes")


def test_same_content_same_bytes() -> None:
    content = sheet([person("Müller", "Anna")])
    assert render(content) == render(content)


def test_only_pdf_ua_1() -> None:
    with pytest.raises(ValueError, match="pdf/ua-1"):
        SignInSheetPdf(sheet([]), Config()).render("pdf/a-3a")


def test_writer_uses_the_table_layout() -> None:
    writer = SignInSheetWriter(sheet([person("Berg", "Bo", OVERFULL)]))
    assert writer.layout.overfull == {(0, 3)}
    assert writer.edges[-1] - writer.edges[0] == pytest.approx(267 * MM)


def test_a_sheet_without_registrations_is_one_page_of_blank_rows() -> None:
    pdf = render(sheet([]))
    assert pdf.startswith(b"%PDF-1.7") and pdf.rstrip().endswith(b"%%EOF")
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        assert len(opened.pages) == 1


# -- a heading, a notice or a glyph larger than its room -------------------------------

LONG = "Nachbarschaftsfest am Leopoldplatz mit Musik, Essen und Spielen für alle " * 3
"""Some 220 characters: more than one line of the heading's 267 mm."""


def test_a_heading_larger_than_the_top_margin_moves_the_table_down(tmp_path: Path) -> None:
    content = sheet([person("Albers", "Anna")])
    heading = dataclasses.replace(content.heading, where=LONG * 2)
    pdf = tmp_path / "kopf.pdf"
    pdf.write_bytes(render(dataclasses.replace(content, title=LONG, heading=heading)))
    found = words(pdf)
    assert min(word["top"] for word in found) >= 8 * MM - 0.5  # nothing above the page
    assert "Bezirksamt Mitte von Berlin," in fold(pdf_text(pdf))
    heading_bottom = max(w["bottom"] for w in found if w["text"] == "alle")
    header_row = min(w["top"] for w in found if w["text"] == "Unterschrift")
    assert header_row > heading_bottom
    assert len(row_tops(pdf)) < SIGN_IN_ROWS_PER_PAGE  # the rows give the heading room


def test_a_notice_larger_than_the_bottom_margin_ends_the_table_earlier(tmp_path: Path) -> None:
    content = sheet([person("Albers", "Anna")])
    assert content.notice is not None
    word = "https://www.berlin.de/" + "datenschutz/" * 40  # wider than the notice's 237 mm
    items = (*content.notice.items, NoticeItem("Mehr", f"{LONG * 3} {word}"))
    notice = dataclasses.replace(content.notice, items=items)
    pdf = tmp_path / "hinweis.pdf"
    pdf.write_bytes(render(dataclasses.replace(content, notice=notice)))
    found = words(pdf)
    notice_words = [w for w in found if w["x0"] < (15 + 237) * MM]  # not `Seite 1 von 1`
    assert max(w["bottom"] for w in notice_words) <= PAGE_HEIGHT - 8 * MM + 0.5
    assert max(w["x1"] for w in notice_words) <= (15 + 237) * MM + 0.5
    last_row = max(row_tops(pdf).values())
    notice_top = min(w["top"] for w in found if w["text"].startswith("Datenschutzhinweis"))
    assert last_row < notice_top
    assert word in fold(pdf_text(pdf, raw=True)).replace(" ", "").replace("\n", "")


def test_a_fallback_glyph_wider_than_an_em_stays_in_its_column(tmp_path: Path) -> None:
    """`table_layout` counts a character Liberation Sans lacks as one em; the font that
    draws it may be wider (DejaVu Sans: U+1671 is 1.6 em): the cell is cut, not spilled."""
    name = "\u1671" * 14
    pdf = tmp_path / "breit.pdf"
    pdf.write_bytes(render(sheet([person(name, "Anna")])))
    writer = SignInSheetWriter(sheet([person(name, "Anna")]))
    name_column_right = writer.edges[2]
    with pdfplumber.open(pdf) as document:
        glyphs = [c for c in document.pages[0].chars if c["text"] == "\u1671"]
    assert len(glyphs) == 14
    assert max(c["x1"] for c in glyphs) <= name_column_right


@pytest.mark.parametrize(
    ("text", "embeddable", "undrawable"),
    [
        ("Müller", True, ""),  # Liberation Sans has it
        ("Աբ", True, ""),  # DejaVu Sans has it, a TrueType font the sheet embeds
        ("Աբ", False, "Աբ"),  # only a font the sheet cannot embed has it (a collection)
        ("Kiezladen \U0010fffd", True, "\U0010fffd"),  # no installed font has it
    ],
)
def test_what_the_sheet_has_no_font_for(
    monkeypatch: pytest.MonkeyPatch, text: str, embeddable: bool, undrawable: str
) -> None:
    if not embeddable:
        monkeypatch.setattr(sign_in_pdf, "fallback_file", lambda *_args: None)
    assert sign_in_pdf.undrawable_characters(text, FontCheck()) == undrawable


def test_a_heading_without_spaces_is_cut_inside_the_page() -> None:
    """An event title of 200 characters without a space ran past the page's edge."""
    title = "Veranstaltungstitel" * 10 + "X" * 10
    content = sheet([])
    content = dataclasses.replace(
        content,
        title=f"Anwesenheitsliste: {title}",
        heading=dataclasses.replace(content.heading, title=title),
    )
    with pdfplumber.open(io.BytesIO(render(content))) as pdf:
        page = pdf.pages[0]
        text = "".join(w["text"] for w in page.extract_words())
        assert max(w["x1"] for w in page.extract_words()) <= page.width - 15 * MM + 0.01
    assert title in text
