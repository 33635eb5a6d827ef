"""The composer's line-break rules in each format (issue 13).

`compose.german.unbreakable_spans` says which stretches of a line no line break may
divide (e-mail addresses, URLs, phone numbers, `E-Mail`); the composer has already
put no-break spaces where German typesetting wants them. Here each format keeps
those stretches whole and makes e-mail addresses and URLs links:

- HTML (PDF, the HTML fragment): a `nobr` span (`white-space: nowrap`), an e-mail
  address or URL an `<a href>` of class `nobr` (WeasyPrint tags it as a `Link`); the
  PDF's title keeps its last two words together when the last is short.
- Word: inside a stretch every space is a no-break space and every hyphen Word's
  non-breaking hyphen (`w:noBreakHyphen`, which python-docx reads back as `-`); an
  e-mail address or URL is a hyperlink (style `Hyperlink`); the title's last two
  words are joined by a no-break space when the last is short (`docx_headline`),
  which Word needs: it has no other way to keep two words on one line. The title
  paragraph's text thus holds U+00A0 there; the document's title property (core
  properties) stays the plain title.

The words never change: the text read back from every format is the composed text,
up to the kind of space between the title's last two words in Word.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from markupsafe import Markup

from pressetool.compose.german import NBSP, headline_tail, link_target, unbreakable_spans


def pieces(text: str) -> Iterator[tuple[str, str | None]]:
    """`text` in pieces: (piece, kind), kind None where a line may break as usual."""
    position = 0
    for start, end, kind in unbreakable_spans(text):
        if start > position:
            yield text[position:start], None
        yield text[start:end], kind
        position = end
    if position < len(text):
        yield text[position:], None


def html_headline(text: str) -> Markup:
    """A title as HTML: its last two words in a `nobr` span when the last is short
    (`compose.german.headline_tail`)."""
    tail = headline_tail(text)
    if tail is None:
        return html_line(text)
    end = Markup(f'<span class="nobr">{html_line(text[tail:])}</span>')
    return html_line(text[:tail]) + end


def html_line(text: str, *, nobr: bool = True) -> Markup:
    """One line as HTML: escaped, unbreakable stretches in `nobr` spans, links as `<a>`;
    without `nobr` only the links (the HTML fragment, where the editor sets the page)."""
    out = []
    for piece, kind in pieces(text):
        shown = escape(piece, quote=True)
        target = link_target(piece, kind) if kind else None
        if target:
            marked = ' class="nobr"' if nobr else ""
            out.append(f'<a{marked} href="{escape(target, quote=True)}">{shown}</a>')
        elif kind and nobr:
            out.append(f'<span class="nobr">{shown}</span>')
        else:
            out.append(shown)
    return Markup("".join(out))


def html_lines(lines: tuple[str, ...]) -> Markup:
    """Several lines of one block, joined by `<br>`."""
    return Markup("<br>\n").join(html_line(line) for line in lines)


def _text_element(text: str, parent: object) -> None:
    """`text` as `w:t` and `w:noBreakHyphen` children of the run `parent`."""
    for index, part in enumerate(text.split("\u2011")):
        if index:
            parent.append(OxmlElement("w:noBreakHyphen"))  # type: ignore[attr-defined]
        if part:
            element = OxmlElement("w:t")
            element.text = part
            element.set(qn("xml:space"), "preserve")
            parent.append(element)  # type: ignore[attr-defined]


def docx_line(paragraph: Paragraph, text: str, *, keep_from: int | None = None) -> None:
    """One line into `paragraph`: unbreakable stretches with no-break spaces and
    non-breaking hyphens, e-mail addresses and URLs as hyperlinks; from `keep_from`
    on, every space is a no-break space (a headline's tail)."""
    position = 0
    for piece, kind in pieces(text):
        start, position = position, position + len(piece)
        if not kind:
            if keep_from is not None and position > keep_from:
                cut = max(keep_from - start, 0)
                piece = piece[:cut] + piece[cut:].replace(" ", NBSP)
            paragraph.add_run(piece)
            continue
        kept = piece.replace(" ", NBSP).replace("-", "\u2011")
        run = OxmlElement("w:r")
        target = link_target(piece, kind)
        if target:
            properties = OxmlElement("w:rPr")
            style = OxmlElement("w:rStyle")
            style.set(qn("w:val"), "Hyperlink")
            properties.append(style)
            run.append(properties)
        _text_element(kept, run)
        if target:
            relation = paragraph.part.relate_to(
                target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True
            )
            link = OxmlElement("w:hyperlink")
            link.set(qn("r:id"), relation)
            link.append(run)
            paragraph._p.append(link)
        else:
            paragraph._p.append(run)


def docx_headline(paragraph: Paragraph, lines: tuple[str, ...]) -> Paragraph:
    """A title into `paragraph` as `docx_lines`, its last line's last two words joined
    by a no-break space when the last word is short (`compose.german.headline_tail`),
    as `html_headline` keeps them together in the PDF."""
    return docx_lines(paragraph, lines, headline=True)


def docx_lines(
    paragraph: Paragraph, lines: tuple[str, ...], *, headline: bool = False
) -> Paragraph:
    """`lines` into `paragraph`, joined by line breaks inside it."""
    for index, line in enumerate(lines):
        if index:
            paragraph.add_run().add_break()
        tail = headline_tail(line) if headline and index == len(lines) - 1 else None
        docx_line(paragraph, line, keep_from=tail)
    return paragraph
