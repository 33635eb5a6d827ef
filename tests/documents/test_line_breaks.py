"""Line breaks and links in the press release as the user gets it (issue 13)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html import unescape
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from docx import Document
from docx.oxml.ns import qn

from pressetool.compose.german import NBSP, NNBSP
from pressetool.documents.build import FORMATS, release_documents
from pressetool.models import Contact
from pressetool.office import Config, HouseStyle
from pressetool.output import write_all
from pressetool.reading.release_reader import read_release
from tests.readback import REFERENCE_RELEASE, libreoffice_pdf, pdf_pages, pdf_text

EMAIL = "petra.patz-drueke@ba-mitte.berlin.de"
MM = 72 / 25.4
URL = "https://www.berlin.de/ba-mitte/politik-und-verwaltung/"


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Contacts and sentences of growing length, so that each kind of stretch comes
    to stand at the end of a line somewhere."""
    out = tmp_path_factory.mktemp("out")
    release = read_release(REFERENCE_RELEASE)
    contacts = tuple(
        Contact(f"Petra Patz-Drüke{'x' * i}", "Bezirksamt Mitte", None, "(030) 9018-42390", EMAIL)
        for i in range(0, 24, 2)
    )
    sentences = tuple(
        f"Mehr unter {URL}{'a' * i} und im Amt, Karl-Marx-Allee {i}, 10551 Berlin, "
        f"am 11. März 2020 von 9 – 13 Uhr."
        for i in range(0, 30, 3)
    )
    release = dataclasses.replace(release, contacts=contacts, body=release.body + sentences)
    write_all(release_documents(release, Config(), out, FORMATS["all"]), out)
    return out / "2020" / "067"


def test_pdf_never_breaks_inside_the_stretches(documents: Path) -> None:
    pdf = documents / "pressemitteilung-067-2020.pdf"
    lines = pdf_text(pdf, raw=True).splitlines()
    text = "\n".join(lines)
    assert text.count(EMAIL) == 12
    assert text.count("(030) 9018-42390") + text.count(f"(030){NBSP}9018-42390") == 12
    assert "10551\n" not in text and "10551 Berlin" in text.replace(NBSP, " ")
    assert "E-\n" not in text and "Tel.:\n" not in text
    for line in lines:
        assert not line.endswith(("patz-", "11.", "März", "Nr.", "–")), line
    assert text.count(URL) == 10


def test_pdf_links_are_tagged(documents: Path) -> None:
    with pikepdf.open(documents / "pressemitteilung-067-2020.pdf") as pdf:
        annotations = [a for page in pdf.pages for a in page.get("/Annots", [])]
        targets = [str(annotation.A.URI) for annotation in annotations]
        # PDF/UA-1 7.18.5: a link's alternative description is its annotation's Contents
        assert [str(a.Contents) for a in annotations] == targets
        kinds: list[str] = []
        alternatives: list[str] = []

        def walk(element: object) -> None:
            if isinstance(element, pikepdf.Array):
                for child in element:
                    walk(child)
            elif isinstance(element, pikepdf.Dictionary) and "/S" in element:
                kinds.append(str(element.S))
                if element.S == "/Link":
                    alternatives.append(str(element.get("/Alt", "")))
                walk(element.get("/K"))

        walk(pdf.Root.StructTreeRoot.K)
    assert targets.count(f"mailto:{EMAIL}") == 12
    assert sum(target.startswith(URL) for target in targets) == 10
    assert kinds.count("/Link") == 22
    # the Link element's alternative text (PDF/UA-1 7.18.1): the address as it is shown
    assert alternatives.count(EMAIL) == 12
    assert [alt for alt in alternatives if alt != EMAIL] == [
        target for target in targets if target.startswith(URL)
    ]


def test_docx_holds_no_break_characters_and_hyperlinks(documents: Path) -> None:
    document = Document(str(documents / "pressemitteilung-067-2020.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"10551{NBSP}Berlin" in text
    assert f"Tel.:{NBSP}(030){NBSP}9018-42390" in text
    assert f"E-Mail:{NBSP}{EMAIL}" in text
    assert f"11.{NBSP}März{NBSP}2020 von 9{NBSP}–{NBSP}13{NBSP}Uhr" in text
    contacts = next(p for p in document.paragraphs if EMAIL in p.text)
    xml = contacts._p.xml
    assert xml.count("<w:hyperlink") == 12
    assert "<w:noBreakHyphen/>" in xml  # inside the e-mail address and the phone number
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert f"mailto:{EMAIL}" in targets


LONG_URL = (
    "https://www.berlin.de/ba-mitte/politik-und-verwaltung/aemter/stadtentwicklungsamt/"
    "stadtplanung/artikel.123456.php"
)
COMPOUND = "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung"


@pytest.fixture(scope="module")
def too_wide(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A URL and a word wider than a line, and a contact line whose e-mail address
    comes at a line's end."""
    out = tmp_path_factory.mktemp("breit")
    release = read_release(REFERENCE_RELEASE)
    contact = Contact(
        "Dr. Petra Patz-Drüke",
        "Bezirksamt Mitte",
        "Leiterin der Pressestelle",
        "(030) 9018-42390",
        "pressestelle@ba-mitte.berlin.de",
    )
    release = dataclasses.replace(
        release,
        title=f"Das neue {COMPOUND} gilt",
        body=(*release.body, f"Anmeldung unter {LONG_URL} oder per E-Mail."),
        contacts=(contact,),
    )
    write_all(release_documents(release, Config(), out, FORMATS["pdf"]), out)
    return out / "2020" / "067" / "pressemitteilung-067-2020.pdf"


def test_nothing_runs_past_the_right_margin(too_wide: Path) -> None:
    with pdfplumber.open(too_wide) as pdf:
        right = max(char["x1"] for page in pdf.pages for char in page.chars)
        width = pdf.pages[0].width
    assert right <= width - 20 * MM + 0.1  # the right margin of pressetool.css


def test_a_url_wider_than_a_line_breaks_after_a_slash(too_wide: Path) -> None:
    lines = pdf_text(too_wide, raw=True).splitlines()
    broken = next(i for i, line in enumerate(lines) if "https://www.berlin.de/" in line)
    assert lines[broken].endswith("/")
    assert (lines[broken].split("Anmeldung unter ")[-1] + lines[broken + 1]).startswith(LONG_URL)


def test_a_contact_line_breaks_before_its_phone_number_not_after_its_first_word(
    too_wide: Path,
) -> None:
    lines = pdf_text(too_wide, raw=True).splitlines()
    start = lines.index("Nähere Informationen:") + 1
    assert (
        lines[start].replace(NBSP, " ")
        == (
            "Bezirksamt Mitte, Leiterin der Pressestelle Dr. Petra Patz-Drüke, Tel.: (030) "
            "9018-42390,"
        )
        or lines[start] == "Bezirksamt Mitte, Leiterin der Pressestelle Dr. Petra Patz-Drüke,"
    )
    assert lines[start + 1].replace(NBSP, " ").endswith("E-Mail: pressestelle@ba-mitte.berlin.de")


def test_many_contacts_go_on_where_the_text_ends(tmp_path: Path) -> None:
    """Kept whole, 30 contacts jumped to the next page and left most of a page empty."""
    release = read_release(REFERENCE_RELEASE)
    contacts = tuple(
        Contact(f"Erika Muster {i}", "Bezirksamt Mitte", None, "(030) 9018-42390", EMAIL)
        for i in range(30)
    )
    many = dataclasses.replace(release, contacts=contacts)
    (pdf,) = write_all(release_documents(many, Config(), tmp_path, FORMATS["pdf"]), tmp_path)
    pages = pdf_pages(pdf, raw=True)
    first = next(page for page in pages if "Nähere Informationen:" in page)
    assert "Stadtteilverein Tiergarten." in first.replace("\n", " ")
    assert len(pages) > 1


def test_a_phone_stretch_wider_than_a_line_breaks_rather_than_run_off_the_page(
    tmp_path: Path,
) -> None:
    numbers = " / ".join(f"9018-4239{i}" for i in range(8))
    release = read_release(REFERENCE_RELEASE)
    release = dataclasses.replace(
        release, body=(*release.body, f"Anmeldung unter Tel.: (030) {numbers} und per Post.")
    )
    (pdf,) = write_all(release_documents(release, Config(), tmp_path, FORMATS["pdf"]), tmp_path)
    with pdfplumber.open(pdf) as document:
        right = max(char["x1"] for page in document.pages for char in page.chars)
        width = document.pages[0].width
    assert right <= width - 20 * MM + 0.1


LONG_HYPHENATED_URL = (
    "https://www.berlin.de/ba-pankow/politik-und-verwaltung/aemter/"
    "strassen-und-gruenflaechenamt/gruenflaechen/artikel.1234567.php"
)


@pytest.mark.parametrize(
    "before",
    ["Mehr unter", "Mehr dazu unter der Adresse", "Mehr Informationen dazu finden Sie unter"],
)
def test_a_long_url_breaks_only_after_a_slash_not_at_its_hyphens(
    tmp_path: Path, before: str
) -> None:
    """In the PDF and, as LibreOffice sets it, in the DOCX (there a zero-width space after
    each slash; it broke `…gruenflaeche⏎namt/`); the DOCX's link goes to the address."""
    url = LONG_HYPHENATED_URL
    release = read_release(REFERENCE_RELEASE)
    release = dataclasses.replace(release, body=(*release.body, f"{before} {url} bitte."))
    pdf, docx = write_all(release_documents(release, Config(), tmp_path, FORMATS["all"]), tmp_path)
    for document in (pdf, libreoffice_pdf(docx, tmp_path / "lo")):
        lines = pdf_text(document, raw=True).replace("\u200b", "").splitlines()
        start = next(i for i, line in enumerate(lines) if before in line)
        shown = lines[start].split(f"{before} ")[-1]
        for line in lines[start + 1 :]:  # one line or more: each ends after a slash
            if len(shown) >= len(url):
                break
            assert shown.endswith("/"), (document, shown)
            shown += line
        assert shown.startswith(url), (document, shown)
    word = Document(str(docx))
    (link,) = [link for p in word.paragraphs for link in p._p.iter(qn("w:hyperlink"))]
    assert word.part.rels[link.get(qn("r:id"))].target_ref == url
    shown = "".join(t.text or "-" for t in link.iter(qn("w:t"), qn("w:noBreakHyphen")))
    assert shown == url.replace("/", "/\u200b").replace("https:/\u200b/\u200b", "https://")


def test_a_contact_of_several_lines_is_never_divided_by_a_page(tmp_path: Path) -> None:
    release = read_release(REFERENCE_RELEASE)
    contacts = tuple(
        Contact(
            "Maria Beispielhaft-Langname",
            f"Nachbarschaftszentrum Nummer {i}",
            "Koordinatorin",
            f"(030) 9018-400{i:02d}",
            f"maria.beispielhaft-langname{i}@nachbarschaftszentrum-berlin.example.org",
        )
        for i in range(30)  # each of three lines
    )
    word = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft"
    body = (release.body[0].replace("wird. Konkretes", f"wird. {word} Konkretes"),)
    many = dataclasses.replace(
        release, body=body + release.body[1:], contacts=release.contacts + contacts
    )
    (pdf,) = write_all(release_documents(many, Config(), tmp_path, FORMATS["pdf"]), tmp_path)
    pages = pdf_pages(pdf, raw=True)
    assert len(pages) > 1
    for page in pages[1:]:  # each later page begins with a contact's first line
        first = next(line for line in page.splitlines() if line.strip())
        assert first.startswith(("Nachbarschaftszentrum", "Medienkontakt")), first


KEPT = (
    "11 – 12:30 Uhr",  # a time range of the Bezirksamt: not `11 –⏎12:30 Uhr`
    "9–13 Uhr",  # of DIN 5008: not `9–⏎13 Uhr`
    "11.–13. März 2020",  # a date range
    "10.000 €",
    "20 %",
    "5 km",
    "§ 5",
    "Abs. 2",
    "Nr. 5",
    "Prof. Dr.",
    "u. a.",  # an abbreviation of two parts: not `u.⏎a.`
    "Str. 78",
)
"""What no line end may divide, as the officer writes it (plain spaces)."""
SHIFTS = 60
"""Paragraphs per stretch, each a character longer before it: some put it at the end of
a line."""


def shifted(phrase: str, shift: int) -> str:
    return f"{'Test ' * (10 + shift // 5)}{'x' * (shift % 5 + 1)} Heute {phrase} und mehr."


@pytest.fixture(scope="module", params=[HouseStyle.BEZIRKSAMT, HouseStyle.DIN5008])
def kept(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, HouseStyle]:
    """Each stretch of `KEPT` at every place of a line, an event from 11 to 12:30 Uhr and
    an issuer with two academic titles, in one house style."""
    out = tmp_path_factory.mktemp("kept")
    release = read_release(REFERENCE_RELEASE)
    assert release.event is not None
    event = dataclasses.replace(release.event, start=dt.time(11), end=dt.time(12, 30))
    issuer = dataclasses.replace(release.issuer, name="Prof. Dr. Anna Beispiel")
    body = tuple(shifted(phrase, shift) for phrase in KEPT for shift in range(SHIFTS))
    release = dataclasses.replace(release, body=body, event=event, issuer=issuer)
    style: HouseStyle = request.param
    write_all(release_documents(release, Config(house_style=style), out, FORMATS["all"]), out)
    return out / "2020" / "067", style


def whole(lines: list[str]) -> dict[str, int]:
    """How often each stretch of `KEPT` and the event's time range stand whole on a line."""
    text = [line.replace(NBSP, " ").replace(NNBSP, " ") for line in lines]
    phrases = (*KEPT, "11 bis 12:30 Uhr")
    return {phrase: sum(line.count(phrase) for line in text) for phrase in phrases}


def expected_whole(style: HouseStyle) -> dict[str, int]:
    """Each stretch in every paragraph; the issuer's `Prof. Dr.` and the event's time once
    more: `11 – 12:30 Uhr` (Bezirksamt), `von 11 bis 12:30 Uhr` (DIN 5008)."""
    din = style is HouseStyle.DIN5008
    counts = dict.fromkeys(KEPT, SHIFTS) | {"Prof. Dr.": SHIFTS + 1, "11 bis 12:30 Uhr": int(din)}
    if not din:
        counts["11 – 12:30 Uhr"] += 1
    return counts


def test_pdf_keeps_ranges_numbers_and_titles_on_one_line(kept: tuple[Path, HouseStyle]) -> None:
    folder, style = kept
    lines = pdf_text(folder / "pressemitteilung-067-2020.pdf", raw=True).splitlines()
    assert whole(lines) == expected_whole(style)


def test_docx_keeps_ranges_numbers_and_titles_on_one_line(
    kept: tuple[Path, HouseStyle], tmp_path: Path
) -> None:
    """As LibreOffice sets the Word document; the text read back is the composed text.
    Word has no non-breaking en dash: a range written without spaces (`9–13`, `11.–13.`)
    may break after it there (render/line_breaks.py)."""
    folder, style = kept
    docx = folder / "pressemitteilung-067-2020.docx"
    lines = pdf_text(libreoffice_pdf(docx, tmp_path), raw=True).splitlines()
    counted, expected = whole(lines), expected_whole(style)
    for phrase in [phrase for phrase in expected if re.search(r"–\d", phrase)]:
        del counted[phrase], expected[phrase]
    assert counted == expected
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "Heute 9–13\u00a0Uhr und" in text
    assert f"Heute 11{NBSP}–{NBSP}12:30{NBSP}Uhr und" in text
    assert f"Heute 10.000{NBSP}€ und" in text and f"Heute Prof.{NBSP}Dr. und" in text


LINKS = (
    ("Die Seite ‚www.berlin.de/kiez‘ ist neu.", "https://www.berlin.de/kiez"),
    ("Sie heißt „https://www.berlin.de/ba-mitte“.", "https://www.berlin.de/ba-mitte"),
    ("Siehe »www.berlin.de/presse«, bitte.", "https://www.berlin.de/presse"),
    (
        "Siehe https://de.wikipedia.org/wiki/Pankow_(Bezirk).",
        "https://de.wikipedia.org/wiki/Pankow_(Bezirk)",
    ),
    ("(Mehr unter www.berlin.de/ba-pankow.)", "https://www.berlin.de/ba-pankow"),
    (
        "Suche: https://www.berlin.de/suche.php?q=b%C3%A4nke&x=1!",
        "https://www.berlin.de/suche.php?q=b%C3%A4nke&x=1",
    ),
    ("Wo? www.berlin.de/wo?", "https://www.berlin.de/wo"),
)
"""A sentence and the link in it: a closing quotation mark and the sentence's last mark
end the address, a closing parenthesis belongs to it when it opened one."""


@pytest.fixture(scope="module")
def links(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("links")
    release = read_release(REFERENCE_RELEASE)
    release = dataclasses.replace(release, body=tuple(sentence for sentence, _ in LINKS))
    formats = FORMATS["all"] + FORMATS["html"]
    write_all(release_documents(release, Config(), out, formats), out)
    return out / "2020" / "067"


def test_links_end_where_the_address_ends_in_every_format(links: Path) -> None:
    expected = [target for _sentence, target in LINKS]
    with pikepdf.open(links / "pressemitteilung-067-2020.pdf") as pdf:
        pdf_targets = [str(a.A.URI) for page in pdf.pages for a in page.get("/Annots", [])]
    document = Document(str(links / "pressemitteilung-067-2020.docx"))
    docx_targets = [
        document.part.rels[link.get(qn("r:id"))].target_ref
        for paragraph in document.paragraphs
        for link in paragraph._p.iter(qn("w:hyperlink"))
    ]
    (html,) = (path for path in links.iterdir() if path.suffix == ".html")
    html_targets = [unescape(href) for href in re.findall(r'href="([^"]*)"', html.read_text())]
    assert [target for target in pdf_targets if not target.startswith("mailto:")] == expected
    assert docx_targets == expected
    assert html_targets == expected
    # the text stays as written: quotation marks and full stops outside the link
    text = " ".join(pdf_text(links / "pressemitteilung-067-2020.pdf").split())
    assert all(sentence in text for sentence, _target in LINKS)


def test_a_house_number_range_stays_whole_in_pdf_and_docx(tmp_path: Path) -> None:
    """`Seydelstr. 2-5`: LibreOffice broke the DOCX's plain hyphen (`2-⏎5`); now a
    non-breaking hyphen there, a `nobr` span in the PDF."""
    release = read_release(REFERENCE_RELEASE)
    sentences = tuple(
        f"Wir treffen uns {'sehr ' * i}gern in der Seydelstr. 2-5 und in Raum 3-12."
        for i in range(14)
    )
    release = dataclasses.replace(release, body=release.body + sentences)
    pdf, docx = write_all(release_documents(release, Config(), tmp_path, FORMATS["all"]), tmp_path)
    for document in (pdf, libreoffice_pdf(docx, tmp_path / "lo")):
        text = pdf_text(document, raw=True).replace("\u2011", "-")
        assert text.count("2-5") >= 14 and text.count("3-12") >= 14, document
        assert "2-\n" not in text and "3-\n" not in text, document
    xml = Document(str(docx)).element.xml
    assert xml.count("<w:noBreakHyphen/>") >= 28
