"""`build --format html` and `--format txt` (issue 13): the PDF's words, to paste."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pressetool.compose.press_release import compose_press_release
from pressetool.documents.build import build_releases
from pressetool.models import Contact, Status
from pressetool.office import Config
from pressetool.reading.release_reader import read_release
from pressetool.render.press_release_text import release_html_fragment, release_plain_text
from tests.readback import REFERENCE_RELEASE, fold, reference_paragraphs


class _Blocks(HTMLParser):
    """Each block element's text, `<br>` as a space; the tags and links seen."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = []
        self.tags: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in ("h1", "p"):
            self.blocks.append("")
        elif tag == "br":
            self.blocks[-1] += " "
        elif tag == "a":
            self.links.append(dict(attrs)["href"] or "")

    def handle_data(self, data: str) -> None:
        if self.blocks:
            self.blocks[-1] += data


@pytest.mark.parametrize("form", ["html", "txt"])
def test_build_writes_the_pdfs_words(form: str, tmp_path: Path) -> None:
    (path,) = build_releases([REFERENCE_RELEASE], Config(), out=tmp_path, formats=form)
    assert path == tmp_path / "2020" / "067" / f"pressemitteilung-067-2020.{form}"
    text = path.read_text(encoding="utf-8")
    if form == "txt":
        paragraphs = [fold(p) for p in re.split(r"\n\n", text.strip())]
        assert "<" not in text and "„" in text
    else:
        parser = _Blocks()
        parser.feed(text)
        paragraphs = [fold(block) for block in parser.blocks]
        assert parser.tags[0] == "h1" and "html" not in parser.tags and "body" not in parser.tags
    assert paragraphs == [fold(p) for p in reference_paragraphs()]


def test_lines_are_not_wrapped_and_links_are_links() -> None:
    release = read_release(REFERENCE_RELEASE)
    contact = Contact("Petra Patz-Drüke", "Bezirksamt Mitte", None, "(030) 9018-42390", "p@x.de")
    body = (*release.body, "Mehr unter https://www.berlin.de/ba-mitte/.")
    release = dataclasses.replace(release, contacts=(contact,), body=body, status=Status.DRAFT)
    content = compose_press_release(release, Config())
    text = release_plain_text(content)
    assert text.startswith("Entwurf\n\n")
    lines = text.splitlines()
    assert any(
        line.startswith("Am 27.6.2018") and line.endswith("zu erschließen.") for line in lines
    )
    parser = _Blocks()
    parser.feed(release_html_fragment(content))
    assert parser.links == ["https://www.berlin.de/ba-mitte/", "mailto:p@x.de"]
    assert "span" not in parser.tags
