"""Bounds on what the office's files may hold: far above any real release or list,
low enough that no file can make pressetool slow, hungry or crash.

A real press release is 2–6 KB with a body of 2,000–5,000 characters, up to
20 participants and a title under 120 characters; a mailing goes to a few
hundred people. Every bound is checked by the reader, so `check` and
`build`, `invite`, `lists` and `archive` agree: what `check` accepts, every
document renders. Each message names the bound.
"""

from __future__ import annotations

RELEASE_FILE_BYTES = 256 * 1024
"""A release file: 256 KB (the longest real one is about 10 KB)."""

LIST_FILE_BYTES = 20 * 1024 * 1024
"""A recipient or registration list as stored (CSV, or XLSX compressed): 20 MB."""

LIST_UNPACKED_BYTES = 100 * 1024 * 1024
"""An XLSX unpacked: 100 MB. A zip bomb of 1 MB unpacks to gigabytes."""

LIST_ROWS = 10_000
"""Rows of a recipient or registration list that hold something."""

LIST_ALL_ROWS = 100_000
"""Rows of a list counting the empty ones (formatted in Excel without a value, `;;;;` in
a CSV), which do not count towards `LIST_ROWS`: reading each costs time, so their number
is bound too, far above a sheet formatted some thousand rows below its list."""

LIST_COLUMNS = 200
"""Cells of a row of a list (it has ten columns): each header is compared with the known
ones, so a row of millions of `;` took minutes."""

LINE_CHARACTERS = 200
"""A one-line text: a title, a name, an address part, a phone number. DOCX document
properties hold 255 characters, and `Einladung: ` comes before an event title."""

TEXT_CHARACTERS = 20_000
"""A text of paragraphs: the body, the invitation text (about eight pages)."""

PARAGRAPHS = 200
"""Paragraphs of such a text (a real body has under 20): each costs the PDF some 14 ms,
so 6,000 short ones within the characters above took minutes."""

WORD_CHARACTERS = 1_000
"""A stretch without a space in such a text (the longest German word has some 80 letters,
a long web address a few hundred): WeasyPrint's time to break one grows with the square
of its length, 16 s for 19,000 letters."""

ITEMS = 100
"""Entries of one list in a release file: hosts, participants, contacts."""

YAML_DEPTH = 8
"""Nesting of a release file; the deepest real field (`event.participants[1].name`) is 4."""

BLANK_ROWS = 1_000
"""Blank rows of a sign-in sheet for people who come unregistered (`--blank-rows`): some
77 pages; the default fills the last page, at least 10."""
