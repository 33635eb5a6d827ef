"""The press release as text to paste (issue 13): `build --format html` and `txt`.

Both are renderings of the same composed release as the PDF, with its words: the
blocks in the PDF's order, the Sperrfrist line included, a draft's `Entwurf` first.
The letterhead is left out (berlin.de's page and the e-mail's sender say who
speaks). Blocks and their lines come from `render/mail_body.py`, which the e-mail
sending uses too, so a message and a pasted text cannot differ.

- `html`: a fragment as berlin.de's editor takes it — no `<html>`, no styles: the
  title an `<h1>`, every other block a `<p>` (a notice `<strong>`), the lines of a
  block joined by `<br>`, e-mail addresses and URLs as links (`mailto:`, `https:`).
- `txt`: plain UTF-8 text for an e-mail body: a blank line between blocks, lines
  not wrapped, „…“ and the composer's no-break spaces kept.
"""

from __future__ import annotations

from html import escape

from pressetool.compose.press_release import PressReleaseContent
from pressetool.render.line_breaks import html_line
from pressetool.render.mail_body import release_html_blocks, release_text


def release_html_fragment(content: PressReleaseContent) -> str:
    parts = [f"<p><strong>{escape(content.draft_mark)}</strong></p>"] if content.draft_mark else []
    parts += release_html_blocks(
        content, lambda line: str(html_line(line, nobr=False)), with_embargo=True
    )
    return "\n".join(parts) + "\n"


def release_plain_text(content: PressReleaseContent) -> str:
    parts = [content.draft_mark] if content.draft_mark else []
    parts.append(release_text(content, with_embargo=True))
    return "\n\n".join(parts) + "\n"


def release_pasted_text(content: PressReleaseContent, *, html: bool) -> bytes:
    """The HTML fragment or the plain text, UTF-8."""
    text = release_html_fragment(content) if html else release_plain_text(content)
    return text.encode("utf-8")
