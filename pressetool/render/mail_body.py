"""The body of a message: plain text, and the same as HTML for the alternative part.

The press release's text is its composed blocks (compose/press_release.py),
one paragraph each, the lines of a block (contacts) on lines of their own:
what the PDF says, without the letterhead (the sender says it) and the
Sperrfrist line (a message still under Sperrfrist starts with its own line,
compose/mail.py). Below it, after the signature separator `-- `, the footer.
The HTML says the same with the title as heading; every text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pressetool.compose.press_release import Block, BlockKind, PressReleaseContent

SIGNATURE_SEPARATOR = "-- "
_LEFT_OUT = {BlockKind.EMBARGO}
_EMPHASISED = {BlockKind.WITHDRAWAL, BlockKind.CORRECTION}


@dataclass(frozen=True)
class MailBody:
    text: str
    html: str


def release_text(content: PressReleaseContent, *, with_embargo: bool = False) -> str:
    """The release as plain text: its blocks, a blank line between two; the Sperrfrist
    line only `with_embargo` (`build --format txt`, where no message leads it)."""
    return "\n\n".join(block.text for block in _blocks(content, with_embargo))


def release_body(content: PressReleaseContent, lead: str | None, footer: Sequence[str]) -> MailBody:
    """The release's message: `lead` (the Sperrfrist line) first, then the release, then
    `footer` after the signature separator."""
    parts = [lead] if lead else []
    parts.append(release_text(content))
    text = "\n\n".join(parts)
    if footer:
        text += f"\n\n{SIGNATURE_SEPARATOR}\n" + "\n".join(footer)
    body = [f"<p><strong>{_escaped(lead)}</strong></p>"] if lead else []
    for block in _blocks(content):
        body.append(_html_block(block))
    if footer:
        body.append("<hr>")
        body.append("<p><small>" + "<br>".join(map(_escaped, footer)) + "</small></p>")
    return MailBody(text + "\n", _document(content.title, body))


def paragraphs_body(title: str, paragraphs: Sequence[str]) -> MailBody:
    """A cover message: its paragraphs, a line break inside one kept."""
    text = "\n\n".join(paragraphs) + "\n"
    body = ["<p>" + "<br>".join(map(_escaped, p.split("\n"))) + "</p>" for p in paragraphs]
    return MailBody(text, _document(title, body))


def _blocks(content: PressReleaseContent, with_embargo: bool = False) -> list[Block]:
    left_out = set() if with_embargo else _LEFT_OUT
    return [block for block in content.blocks if block.kind not in left_out]


def release_html_blocks(
    content: PressReleaseContent, line: Callable[[str], str], *, with_embargo: bool = False
) -> list[str]:
    """The release's blocks as HTML elements, each line made HTML by `line` (escaped,
    and for `build --format html` with its links)."""
    return [_html_block(block, line) for block in _blocks(content, with_embargo)]


def _html_block(block: Block, line: Callable[[str], str] | None = None) -> str:
    lines = "<br>".join(map(line or _escaped, block.lines))
    if block.kind is BlockKind.TITLE:
        return f"<h1>{lines}</h1>"
    if block.kind in _EMPHASISED or block.kind is BlockKind.EMBARGO:
        return f"<p><strong>{lines}</strong></p>"
    return f"<p>{lines}</p>"


def _escaped(text: str) -> str:
    return html.escape(text, quote=True)


def _document(title: str, body: Sequence[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_escaped(title)}</title>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n"
        "</html>\n"
    )
