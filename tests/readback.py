"""Reading documents back the way a user gets them: text of PDFs and DOCX files."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from docx import Document

PROJECT = Path(__file__).parents[1]
REFERENCE_TEXT = PROJECT / "tests/data/pressemitteilung-067-2020.txt"
REFERENCE_RELEASE = PROJECT / "releases/2020/067-voneinander-wissen-in-mitte.yaml"
LETTERHEAD = ("Bezirksamt Mitte von Berlin", "Pressestelle")


def fold(text: str) -> str:
    """Every kind of space → one plain space; a line broken after a hyphen joined again."""
    text = re.sub(r"[\s\u00a0\u202f\u2009]+", " ", text).strip()
    return re.sub(r"(?<=\w)- (?=\w)", "-", text)


def pdf_text(
    path: Path, *, page: int | None = None, layout: bool = False, raw: bool = False
) -> str:
    """`layout`: lines as they stand on the page (a table row is one line), not in reading
    order; `raw`: the text in the order it is drawn (`pdftotext -raw`)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    options = ["-layout"] if layout else ["-raw"] if raw else []
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def pdf_pages(path: Path, *, layout: bool = False, raw: bool = False) -> list[str]:
    """The text of each page."""
    return pdf_text(path, layout=layout, raw=raw).split("\f")[:-1]


def docx_paragraphs(path: Path) -> list[str]:
    """The body paragraphs' text; line breaks inside a paragraph come as \\n."""
    return [p.text for p in Document(str(path)).paragraphs if p.text.strip()]


def reference_paragraphs() -> list[str]:
    text = REFERENCE_TEXT.read_text(encoding="utf-8").replace("Gothe ,", "Gothe,")
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip())]


def soffice() -> str:
    """LibreOffice, which `make test` installs; a test without it fails, never skips."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        pytest.fail("LibreOffice (soffice) fehlt; „make test“ installiert es.")
    return program


def libreoffice_pdf(docx: Path, out_dir: Path) -> Path:
    """Open `docx` in LibreOffice and let it write a PDF, as a Word user's reader would."""
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = out_dir / f"{docx.stem}.pdf"
    assert pdf.exists(), f"LibreOffice hat {docx.name} nicht geöffnet"
    return pdf


def pdf_paragraphs(path: Path) -> list[str]:
    """The text blocks poppler finds (one per paragraph), each folded to one line."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    blocks = re.findall(r"<block.*?</block>", result.stdout, re.S)
    words = [re.findall(r"<word[^>]*>(.*?)</word>", block) for block in blocks]
    return [fold(unescape(" ".join(w))) for w in words]


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font of the PDF, as pdffonts lists them."""
    result = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    fonts = []
    for line in result.stdout.splitlines()[2:]:
        columns = line.split()
        fonts.append((columns[0], columns[-5] == "yes"))
    return fonts


def pdf_tagged_text(path: Path) -> list[tuple[str, str]]:
    """Every structure element with text, in the tree's order: (its path of
    tags, e.g. `Document/Art/P/Span`, and the text of its marked content),
    as pdfplumber reads the tags and the characters they mark."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        text_of: dict[tuple[int, int], str] = {}
        for number, page in enumerate(pdf.pages, start=1):
            for char in page.chars:
                if char.get("mcid") is not None:
                    key = (number, char["mcid"])
                    text_of[key] = text_of.get(key, "") + char["text"]
        result: list[tuple[str, str]] = []

        def walk(element: dict[str, object], path: str) -> None:
            path = f"{path}/{element['type']}" if path else str(element["type"])
            mcids = element.get("mcids") or []
            assert isinstance(mcids, list)
            if mcids:
                text = "".join(
                    text_of.get((int(str(element["page_number"])), m), "") for m in mcids
                )
                result.append((path, text))
            children = element.get("children") or []
            assert isinstance(children, list)
            for child in children:
                walk(child, path)

        for element in pdf.structure_tree:
            walk(element, "")
    return result


def feed_heading(title: str | None) -> str:
    """What a feed entry's title starts with: its status, where it has one, and its
    number (`Zurückgezogen: Nr. 068/2020`, `Nr. 067/2020`)."""
    found = re.match(r"(?:(?:Zurückgezogen|Berichtigung): )?Nr\. \d{3}/\d{4}", title or "")
    assert found is not None, title
    return found[0]
