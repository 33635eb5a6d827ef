"""Letters set from one laid-out letter read exactly like letters laid out on their own."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest

from pressetool.compose.letter import Invitations, Letter, compose_invitations
from pressetool.documents.invite import join_pdfs
from pressetool.models import Invitation
from pressetool.office import Config
from pressetool.problems import Code
from pressetool.reading.event_inputs import read_event_inputs
from pressetool.reading.release_reader import read_release
from pressetool.render.letters import pdf as letter_pdf
from pressetool.render.letters.fit import address_fits, text_width
from pressetool.render.letters.geometry import LETTER
from pressetool.render.letters.pdf import InvitationLettersPdf, LetterPdf, render_letter_pdfs
from pressetool.render.letters.pdf_stamp import Sheets, Stamper, Swap, TaggedPdf
from tests.builders import invitations_for, long_release, office_template, person, write_list
from tests.readback import REFERENCE_RELEASE, pdf_tagged_text, pdf_text

LONG_NAME = "Prof. Dr.;Maria-Theresia Alexandra Friederike;Müller-Lüdenscheidt-Wolkenstein"
RECIPIENTS = [
    # The first of each group is laid out in full: three address lines.
    "Herr;;Max;Schmidt;;Wattstr. 16;13355;Berlin;",
    # More lines than the first letter, and fewer.
    "Frau;Dr.;Petra;Müller;Kreativhaus e.V.;Fehrbelliner Str. 92;10119;Berlin;",
    ";;;;JobCenter Mitte;Seydelstr. 2-5;10117;Berlin;",
    # An organisation too long for one line of the address field.
    "Frau;;Ute;Weiß;Arbeitsgemeinschaft der Nachbarschaftseinrichtungen und "
    "Stadtteilzentren in Berlin-Mitte e. V.;Torstr. 1;10119;Berlin;",
    # Salutations of two lines: a second group with its own full letter.
    f"divers;{LONG_NAME};;Alt-Moabit 1;10557;Berlin;",
    f"divers;{LONG_NAME}-Hohenstein;;Alt-Moabit 2;10557;Berlin;",
    "divers;;Kim;Schmidt;;Seydelstr. 2;10117;Berlin;",
    # Letters that no other name uses.
    "Herr;;Łukasz;Nguyễn-Żółć;;Długa 3;10117;Berlin;",
]


def mailing(
    folder: Path, release: Path, config: Config, rows: list[str] = RECIPIENTS
) -> Invitations:
    recipients = write_list(folder / "liste.csv", rows, encoding="utf-8")
    found, event, people = read_event_inputs(
        release, recipients, require_address=True, no_event_code=Code.INVITE_WITHOUT_EVENT
    )
    assert people is not None
    return compose_invitations(
        found,
        event,
        people.people,
        config,
        dt.date(2020, 3, 2),
        "termin.ics",
        address_fits=address_fits,
    )


def laid_out_alone(invitations: Invitations, letter: Letter, config: Config) -> LetterPdf:
    one = replace(invitations, letters=(letter,))
    return InvitationLettersPdf(one, config).render_letters()[0].pdf


def drawn(path: Path) -> list[list[tuple[float, float, str, float, str]]]:
    """Every character of every page: position, text, size and font (without subset tag)."""
    with pdfplumber.open(path) as pdf:
        return [
            sorted(
                (
                    round(c["x0"], 2),
                    round(c["top"], 2),
                    c["text"],
                    round(c["size"], 2),
                    c["fontname"].partition("+")[2],
                )
                for c in page.chars
            )
            for page in pdf.pages
        ]


def assert_like_laid_out_alone(
    invitations: Invitations, pdfs: list[LetterPdf], config: Config, folder: Path
) -> None:
    assert len(pdfs) == len(invitations.letters)
    for letter, pdf in zip(invitations.letters, pdfs, strict=True):
        alone = laid_out_alone(invitations, letter, config)
        ours, theirs = folder / f"{letter.row}.pdf", folder / f"{letter.row}-allein.pdf"
        ours.write_bytes(pdf.data)
        theirs.write_bytes(alone.data)
        assert pdf.pages == alone.pages
        assert pdf_tagged_text(ours) == pdf_tagged_text(theirs), letter.address
        assert drawn(ours) == drawn(theirs), letter.address
        assert looks(ours) == looks(theirs), letter.address
        assert pikepdf.open(ours).check_pdf_syntax() == []
        assert text_outside_pages(ours) == []
        assert marks_without_tags(ours) == []
        own = {f"{name}-{letter.row}" for name in ("brief", "anschrift", "anrede")}
        assert named_destinations(ours) <= own


def assert_print_file_looks_like_the_letters(
    invitations: Invitations, pdfs: list[LetterPdf], folder: Path
) -> None:
    """The print file (letters set from another taken from its sheets, the others from
    their files) has every letter's pages in order, each as the letter's file paints it."""
    print_file = folder / "druck.pdf"
    print_file.write_bytes(join_pdfs([pdf.sheets or pdf.data for pdf in pdfs]))
    letters = [folder / f"{letter.row}.pdf" for letter in invitations.letters]
    assert drawn(print_file) == [page for letter in letters for page in drawn(letter)]
    assert looks(print_file) == [page for letter in letters for page in looks(letter)]


def named_destinations(path: Path) -> set[str]:
    with pikepdf.open(path) as pdf:
        names = pdf.Root.get("/Names")
        if names is None or "/Dests" not in names:
            return set()
        return {str(key) for key, _value in pikepdf.NameTree(names.Dests).items()}


def marks_without_tags(path: Path) -> list[str]:
    """MCIDs of the page content, the parent tree and the structure tree that
    do not match: each marked line must belong to exactly one element."""
    problems = []
    with pikepdf.open(path) as pdf:
        tree = pikepdf.NumberTree(pdf.Root.StructTreeRoot.ParentTree)
        for number, page in enumerate(pdf.pages, start=1):
            drawn = {
                int(item.operands[1].MCID)
                for item in pikepdf.parse_content_stream(page)
                if str(item.operator) == "BDC" and "/MCID" in item.operands[1]
            }
            row = tree[int(page.StructParents)]
            mapped = {mcid for mcid in range(len(row)) if row[mcid] is not None}
            if drawn != mapped:
                problems.append(f"Seite {number}: {sorted(drawn ^ mapped)}")
    return problems


def looks(path: Path) -> list[bytes]:
    """Each page as poppler paints it (PNG, 50 dpi)."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", "50", "-png", path, f"{folder}/seite"], check=True)
        return [page.read_bytes() for page in sorted(Path(folder).glob("seite*.png"))]


def text_outside_pages(path: Path) -> list[tuple[int, int]]:
    """Streams that draw text but are no page's content: what a copy of another
    letter could leave behind (say, the first recipient's address)."""
    with pikepdf.open(path) as pdf:
        contents = {page.obj.Contents.objgen for page in pdf.pages}
        found = []
        for stream in pdf.objects:
            if not isinstance(stream, pikepdf.Stream) or stream.objgen in contents:
                continue
            if "/Length1" in stream or "/Type" in stream:
                continue  # a font program, metadata, object or cross-reference stream
            operators = {str(i.operator) for i in pikepdf.parse_content_stream(stream)}
            if operators & {"Tj", "TJ", "'", '"'}:
                found.append(stream.objgen)
        return found


@pytest.mark.parametrize(("text", "pages"), [("short", 1), ("long", 2)])
def test_letters_read_like_letters_laid_out_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, pages: int
) -> None:
    release = REFERENCE_RELEASE if text == "short" else long_release(tmp_path)
    invitations = mailing(tmp_path, release, Config())
    stamped: list[tuple[bytes, Sheets | None]] = []
    original = Stamper.stamp

    def counted_stamp(self: Stamper, swaps: list[Swap]) -> tuple[bytes, Sheets | None]:
        stamped.append(original(self, swaps))
        return stamped[-1]

    monkeypatch.setattr(Stamper, "stamp", counted_stamp)
    pdfs = render_letter_pdfs(invitations, Config(), for_print=True)
    # Two groups (one- and two-line salutations), each with one letter laid out in full.
    assert len(stamped) == len(RECIPIENTS) - 2
    assert [pdf.laid_out_in_full for pdf in pdfs].count(True) == 2
    assert pdfs[0].laid_out_in_full
    assert {pdf.pages for pdf in pdfs} == {pages}
    assert_like_laid_out_alone(invitations, pdfs, Config(), tmp_path)
    # For the print file, the letters set from one letter come from its sheets.
    assert [pdf.sheets is None for pdf in pdfs].count(False) == len(RECIPIENTS)
    assert_print_file_looks_like_the_letters(invitations, pdfs, tmp_path)


def test_a_name_in_letters_that_the_font_lacks(tmp_path: Path) -> None:
    """Han characters are not in Liberation Sans: WeasyPrint draws them as
    missing glyphs under a font encoding of its own, which pdfplumber cannot
    read; poppler reads the letter and paints it as the one laid out alone."""
    recipients = [RECIPIENTS[0], "Herr;;Wei;张伟;;Wattstr. 1;13355;Berlin;"]
    invitations = mailing(tmp_path, REFERENCE_RELEASE, Config(), recipients)
    pdfs = render_letter_pdfs(invitations, Config())
    ours, theirs = tmp_path / "brief.pdf", tmp_path / "allein.pdf"
    ours.write_bytes(pdfs[1].data)
    theirs.write_bytes(laid_out_alone(invitations, invitations.letters[1], Config()).data)
    assert "Herrn Wei 张伟" in pdf_text(ours)
    assert pdf_text(ours, layout=True) == pdf_text(theirs, layout=True)
    assert looks(ours) == looks(theirs)


def test_the_salutation_sets_the_groups(tmp_path: Path) -> None:
    invitations = mailing(tmp_path, REFERENCE_RELEASE, Config())
    parts = letter_pdf.RecipientPartsPdf(invitations, Config()).render_parts()
    heights = [parts.heights(letter) for letter in invitations.letters]
    one_line, two_lines = heights[0], heights[4]
    assert heights == [one_line] * 4 + [two_lines] * 2 + [one_line] * 2
    assert one_line[0] == two_lines[0]  # the address field keeps its height
    assert two_lines[1] > one_line[1]


def office_with(folder: Path, name: str, addition: str, before: str | None = None) -> Config:
    """An office whose templates/ holds the shipped `name` with `addition`
    (appended, or put before `before`)."""
    office = folder / "amt"
    office_template(office, name, addition, before)
    return Config(root=office)


@pytest.mark.parametrize(
    "stylesheet",
    [
        # Drawn otherwise on their own than in the letter.
        ".empfaengerteile p { letter-spacing: 0.5pt; }",
        # Lines whose marks paint more than text (an underline as long as the text).
        ".anrede { text-decoration: underline; }",
        # Parts that are not drawn at all.
        ".anrede { display: none; }",
    ],
)
def test_parts_that_cannot_be_swapped_lay_out_every_letter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stylesheet: str
) -> None:
    config = office_with(tmp_path, "brief.css", f"\n{stylesheet}\n")
    invitations = mailing(tmp_path, REFERENCE_RELEASE, config)

    def no_stamp(self: Stamper, swaps: list[Swap]) -> bytes:
        raise AssertionError("no letter may be set from another")

    monkeypatch.setattr(Stamper, "stamp", no_stamp)
    pdfs = render_letter_pdfs(invitations, config)
    assert all(pdf.laid_out_in_full for pdf in pdfs)
    assert_like_laid_out_alone(invitations, pdfs, config, tmp_path)


def test_the_recipients_parts_of_a_mailing_are_laid_out_on_one_page(tmp_path: Path) -> None:
    invitations = mailing(tmp_path, REFERENCE_RELEASE, Config())
    parts = letter_pdf.RecipientPartsPdf(invitations, Config()).render_parts()
    assert len(parts.pdf.pdf.pages) == 1
    assert {page for page, _area in parts.areas.values()} == {0}
    assert len(parts.areas) == 2 * len(RECIPIENTS)


def test_without_print_sheets_no_letter_has_any(tmp_path: Path) -> None:
    """Sending by e-mail needs the letters' files only."""
    invitations = mailing(tmp_path, REFERENCE_RELEASE, Config(), RECIPIENTS[:3])
    pdfs = render_letter_pdfs(invitations, Config())
    assert [pdf.laid_out_in_full for pdf in pdfs] == [True, False, False]
    assert [pdf.sheets for pdf in pdfs] == [None, None, None]


def test_an_office_stylesheet_of_old_keeps_the_address_lines(tmp_path: Path) -> None:
    """An office's own brief.css, copied before the address's lines became line breaks
    in its text, sets `.anschrift` `nowrap`: the address keeps its lines."""
    config = office_with(tmp_path, "brief.css", ".anschrift { white-space: nowrap; }\n")
    invitations = mailing(tmp_path, REFERENCE_RELEASE, config, RECIPIENTS[:3])
    pdfs = render_letter_pdfs(invitations, config)
    assert [pdf.laid_out_in_full for pdf in pdfs] == [True, False, False]
    for letter, pdf in zip(invitations.letters, pdfs, strict=True):
        ours = tmp_path / f"{letter.row}.pdf"
        ours.write_bytes(pdf.data)
        lines = pdf_text(ours).splitlines()
        assert all(line in lines for line in letter.address), letter.address
    assert_like_laid_out_alone(invitations, pdfs, config, tmp_path)


def test_an_office_letter_that_names_the_recipient_elsewhere(tmp_path: Path) -> None:
    """Each letter that differs beyond its parts is laid out as its own."""
    config = office_with(
        tmp_path, "_brief.html", "<p>Ihr Zeichen: {{ letter.row }}-{{ letter.name }}</p>\n", "<h1"
    )
    invitations = mailing(tmp_path, REFERENCE_RELEASE, config, RECIPIENTS[:3])
    pdfs = render_letter_pdfs(invitations, config)
    for letter, pdf in zip(invitations.letters, pdfs, strict=True):
        ours = tmp_path / f"{letter.row}.pdf"
        ours.write_bytes(pdf.data)
        assert f"Ihr Zeichen: {letter.row}-{letter.name}" in pdf_text(ours)
    assert_like_laid_out_alone(invitations, pdfs, config, tmp_path)


def failing(error: Exception) -> Callable[..., Any]:
    def fail(*_args: object, **_kwargs: object) -> Any:
        raise error

    return fail


# Where the splice may fail in a way it does not expect, and what that lays out in full.
SPLICE_FAILURES = {
    # The parts' document: a WeasyPrint whose anchors have another shape.
    "anchors": (letter_pdf, "_area", ValueError("not enough values to unpack")),
    "parts": (letter_pdf.RecipientPartsPdf, "render_parts", TypeError("'Page' object")),
    # Reading a part's lines (every letter), the group's letter, or one copy.
    "part lines": (TaggedPdf, "text_in_area", IndexError("list index out of range")),
    "group letter": (letter_pdf._SetFromTemplate, "__init__", pikepdf.PdfError("damaged")),
    "copies": (Stamper, "stamp", KeyError("/StructParents")),
}


@pytest.mark.parametrize("where", SPLICE_FAILURES)
def test_any_failure_of_the_splice_lays_the_letters_out_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """Not only `StampError`: whatever the splice raises, the letters come out
    right, laid out in full."""
    # Two groups (one- and two-line salutations) of two letters each.
    invitations = mailing(
        tmp_path, REFERENCE_RELEASE, Config(), [*RECIPIENTS[:2], *RECIPIENTS[4:6]]
    )
    owner, name, error = SPLICE_FAILURES[where]
    monkeypatch.setattr(owner, name, failing(error))
    pdfs = render_letter_pdfs(invitations, Config())
    assert [pdf.laid_out_in_full for pdf in pdfs] == [True] * 4
    assert_like_laid_out_alone(invitations, pdfs, Config(), tmp_path)


def test_a_failing_copy_lays_out_that_letter_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One group; its first letter is laid out in full, the others are copies.
    invitations = mailing(tmp_path, REFERENCE_RELEASE, Config(), RECIPIENTS[:4])
    original = Stamper.stamp
    calls: list[int] = []

    def stamp_but_the_second_copy(self: Stamper, swaps: list[Swap]) -> tuple[bytes, Sheets | None]:
        calls.append(len(calls))
        if len(calls) == 2:
            raise AttributeError("'NoneType' object has no attribute 'objgen'")
        return original(self, swaps)

    monkeypatch.setattr(Stamper, "stamp", stamp_but_the_second_copy)
    pdfs = render_letter_pdfs(invitations, Config(), for_print=True)
    assert [pdf.laid_out_in_full for pdf in pdfs] == [True, False, True, False]
    assert [pdf.sheets is None for pdf in pdfs] == [False, False, True, False]
    assert_like_laid_out_alone(invitations, pdfs, Config(), tmp_path)
    assert_print_file_looks_like_the_letters(invitations, pdfs, tmp_path)


def tightest_line(word: str) -> str:
    """`word` repeated and padded with `i` until one more would not fit the address zone."""
    size, limit = LETTER.address_font_size, LETTER.address.width
    line = word
    while text_width(f"{line} {word}", size) <= limit:
        line += f" {word}"
    while text_width(line + "i", size) <= limit:
        line += "i"
    return line


@pytest.mark.parametrize("word", ["Wattstraße", "Tt.Yy"])
def test_an_address_line_that_just_fits_stays_one_line(tmp_path: Path, word: str) -> None:
    """The address keeps its line breaks, and wraps where a line is too long: a line that
    the check lets pass (measured without kerning, which only narrows) never wraps."""
    line = tightest_line(word)
    assert LETTER.address.width - text_width(line, LETTER.address_font_size) < 0.05
    rows = [RECIPIENTS[0], f"Herr;;Max;Schmidt;{line};Wattstr. 16;13355;Berlin;"]
    invitations = mailing(tmp_path, REFERENCE_RELEASE, Config(), rows)
    pdfs = render_letter_pdfs(invitations, Config())
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(pdfs[1].data)
    assert line in pdf_text(letter).splitlines()


def test_a_word_wider_than_the_line_breaks_inside_the_page(tmp_path: Path) -> None:
    """A compound of 120 letters in the letter's text and an event title of 200 without a
    space ran past the page's edge (their ends cut off); the DOCX kept them whole."""
    release = read_release(REFERENCE_RELEASE)
    assert release.event is not None
    word = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalts" * 2
    release = replace(
        release,
        event=replace(release.event, title="Veranstaltungstitel" * 10 + "X" * 10),
        invitation=Invitation(text=(f"Wir laden Sie ein: {word} und mehr.",)),
    )
    invitations = invitations_for(release, person())
    (letter,) = render_letter_pdfs(invitations, Config())
    with pdfplumber.open(io.BytesIO(letter.data)) as pdf:
        for page in pdf.pages:
            right = max(word["x1"] for word in page.extract_words())
            assert right <= page.width - 20 * 72 / 25.4, right
    (tmp_path / "brief.pdf").write_bytes(letter.data)
    text = pdf_text(tmp_path / "brief.pdf").replace("\n", "")
    assert word in text and "Veranstaltungstitel" * 10 + "X" * 10 in text
