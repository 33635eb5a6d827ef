"""The composer's line-break rules in each format (issue 13).

`compose.german.unbreakable_spans` says which stretches of a line no line break may
divide (e-mail addresses, URLs, phone numbers, time and date ranges, `E-Mail`, two
numbers joined by a hyphen); the
composer has already put no-break spaces where German typesetting wants them
(`keep_together`: `10.000 €`, `§ 5`, `Prof. Dr.`, …). Here each format keeps
those stretches whole and makes e-mail addresses and URLs links:

- HTML (PDF, the HTML fragment): a `nobr` span (`white-space: nowrap`) around the
  stretch and what is joined to it without a space (`chains`), an e-mail address or
  URL an `<a href>` (WeasyPrint tags it as a `Link`); the PDF's title keeps its last
  two words together when the last is short. What is wider than a line of the press
  release is not kept together: a URL breaks after a slash, a title's last two words
  where they must; nothing runs past the margin.
- Word: inside a stretch every space is a no-break space and every hyphen Word's
  non-breaking hyphen (`w:noBreakHyphen`, which python-docx reads back as `-`). Word
  has no non-breaking en dash: a range written without spaces (`9–13 Uhr` of DIN 5008,
  `11.–13. März`) may break after its dash there. A word joiner (U+2060) would hold it,
  but it stays in the text that is copied or read from the document, where `9–13`
  must read as written; the PDF keeps such a range whole. An e-mail address or URL
  is a hyperlink (style `Hyperlink`); a URL too wide for a line has a zero-width
  space (U+200B) after each slash of its path to break at, as the PDF has; the
  title's last two words are joined by a no-break space when the last is short
  (`docx_headline`), which Word needs: it has no other way to keep two words on one
  line. The title
  paragraph's text thus holds U+00A0 there; the document's title property (core
  properties) stays the plain title.

The words never change: the text read back from every format is the composed text,
up to the kind of space between the title's last two words in Word and the zero-width
spaces in a URL too wide for a line there (its hyperlink's target is the URL).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from markupsafe import Markup

from pressetool.compose.german import NBSP, headline_tail, link_target, unbreakable_spans

LINE_MM = 165
"""A line of the press release: A4 less the margins of `pressetool.css` (25 and 20 mm).
An e-mail address or URL wider than that at 12 pt cannot stay on one line: it may
break after a slash instead of running off the page."""
ALWAYS_FITS = 35
"""A text of at most this many characters fits a line whatever its letters (the widest,
a bold `W` at 14 pt, is 13.2 pt): it is not measured."""


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
    if tail is None or _too_wide(text[tail:], 14, bold=True):
        return html_line(text)
    end = Markup(f'<span class="nobr">{html_line(text[tail:])}</span>')
    return html_line(text[:tail]) + end


def html_line(text: str, *, nobr: bool = True) -> Markup:
    """One line as HTML: escaped, links as `<a>`, and with `nobr` every stretch that no
    line break may divide in one `nobr` span (`chains`). Without `nobr` only the links
    (the HTML fragment, where the editor sets the page)."""
    if not nobr:
        return Markup("".join(_html_piece(piece, kind, False) for piece, kind in pieces(text)))
    out = []
    for chain in chains(text):
        html = "".join(_html_piece(piece, kind, True) for piece, kind in chain)
        joined = len(chain) > 1 or (chain[0][1] is not None and not _long(*chain[0]))
        if joined and _too_wide("".join(piece for piece, _kind in chain), 12):
            joined = False  # kept together, it would run past the margin (eight numbers)
        out.append(f'<span class="nobr">{html}</span>' if joined else html)
    return Markup("".join(out))


def chains(text: str) -> list[list[tuple[str, str | None]]]:
    """`pieces` grouped: each unbreakable stretch with what is joined to it without a
    space (`Tel.:` and a no-break space before it, a comma after it, the next stretch
    after `:` and a no-break space) in one group; the text between, and a link too
    long for a line, in groups of their own. WeasyPrint finds the break before such a
    chain only when the chain is one element: of several side by side, it broke the
    line at its first space instead."""
    groups: list[list[tuple[str, str | None]]] = []
    chain: list[tuple[str, str | None]] | None = None
    for piece, kind in pieces(text):
        if kind and not _long(piece, kind):
            if chain is None:
                before = groups.pop()[0][0] if groups and groups[-1][0][1] is None else ""
                head, space, tail = before.rpartition(" ")
                if space:
                    groups.append([(head + space, None)])
                chain = [(tail, None)] if tail else []
                groups.append(chain)
            chain.append((piece, kind))
            continue
        if chain is not None and kind is None:
            joined, space, rest = piece.partition(" ")
            if joined:
                chain.append((joined, None))
            if not space:
                continue  # joined to the next stretch as well
            piece = space + rest
        chain = None
        groups.append([(piece, kind)])
    return groups


def _long(piece: str, kind: str | None) -> bool:
    """A link too wide for a line: it breaks after its slashes instead."""
    return kind is not None and link_target(piece, kind) is not None and _too_wide(piece, 12)


def _too_wide(text: str, size: float, *, bold: bool = False) -> bool:
    """`text` cannot stand on one line of the press release (kept together, it would
    run past the margin)."""
    if len(text) <= ALWAYS_FITS:
        return False
    from pressetool.render.letters.fit import text_width

    return text_width(text, size, bold=bold) > LINE_MM


def _html_piece(piece: str, kind: str | None, page: bool) -> str:
    """A piece as HTML; on a `page` (the PDF) a link too long for a line may break after
    each slash of its path (not in `https://`), or, last, anywhere."""
    target = link_target(piece, kind) if kind else None
    shown = str(escape(piece, quote=True))
    if target is None:
        return shown
    href = escape(target, quote=True)
    if page and _long(piece, kind):
        return f'<a class="lang" href="{href}">{_broken_link(piece)}</a>'
    return f'<a href="{href}">{shown}</a>'


def _broken_link(link: str) -> str:
    """A link too wide for a line, free to break after each slash of its path (not in
    `https://`) and nowhere else (not at its own hyphens: `ba-` would read as a word
    divided); a part wider than a line itself breaks where it must."""
    parts = _SLASH.split(link)
    marked = [
        f'<span class="nobr">{escape(part)}</span>'
        if part and not _too_wide(part, 12)
        else str(escape(part))
        for part in parts
    ]
    return "/<wbr>".join(marked)


_SLASH = re.compile(r"(?<!/)/(?!/)")


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


ZERO_WIDTH_SPACE = "\u200b"
"""Where Word and LibreOffice may break a line that shows nothing: after a slash of a
link too wide for a line (`_docx_stretch`)."""


def _unbroken(text: str) -> str:
    """`text` with no-break spaces and hyphens (`w:noBreakHyphen`): no line breaks it."""
    return text.replace(" ", NBSP).replace("-", "\u2011")


def _docx_stretch(piece: str, kind: str) -> str:
    """An unbreakable stretch as Word shows it: whole (`_unbroken`), or, a link too wide
    for a line, as the PDF sets it (`_broken_link`): a zero-width space after each slash
    of its path, each part between them whole where it fits a line; a part wider than a
    line keeps its plain hyphens to break at. Without them LibreOffice broke the link
    inside a word (`…gruenflaeche⏎namt/`). The hyperlink's target stays the link."""
    if not _long(piece, kind):
        return _unbroken(piece)
    parts = _SLASH.split(piece)
    return f"/{ZERO_WIDTH_SPACE}".join(
        part if _too_wide(part, 12) else _unbroken(part) for part in parts
    )


def docx_line(paragraph: Paragraph, text: str, *, keep_from: int | None = None) -> None:
    """One line into `paragraph`: unbreakable stretches with no-break spaces and
    non-breaking hyphens (`_docx_stretch`: a link too wide for a line breaks after its
    slashes), e-mail addresses and URLs as hyperlinks; from `keep_from` on, every space
    is a no-break space (a headline's tail)."""
    position = 0
    for piece, kind in pieces(text):
        start, position = position, position + len(piece)
        if not kind:
            if keep_from is not None and position > keep_from:
                cut = max(keep_from - start, 0)
                piece = piece[:cut] + piece[cut:].replace(" ", NBSP)
            paragraph.add_run(piece)
            continue
        kept = _docx_stretch(piece, kind)
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
