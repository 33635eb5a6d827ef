"""A release → the content of its press release document, per spec/press-release-text.md.

The result is a list of typed blocks; renderers map each kind to a style
and never change the wording. Every line is set by German line-break rules
(`german.keep_together`): no-break spaces where a line must not break; what must
stay whole (e-mail addresses, URLs, phone numbers, a title's last two words) each
renderer finds with `german.unbreakable_spans` and `german.headline_tail`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from pressetool.compose.event import compose_event, event_paragraph
from pressetool.compose.german import (
    NBSP,
    contact_line,
    format_date_numeric,
    format_time_with_unit,
    issuer_line,
    keep_together,
)
from pressetool.compose.typeset import typeset
from pressetool.models import (
    Discard,
    Embargo,
    Letterhead,
    Release,
    ReleaseNumber,
    Status,
    Withdrawal,
)
from pressetool.office import OFFICE_TIME_ZONE, Config, HouseStyle, office_moment

DRAFT_MARK = "Entwurf"
"""What every page of a draft's documents says, prominently; a published release never."""


class BlockKind(Enum):
    WITHDRAWAL = "withdrawal"
    EMBARGO = "embargo"
    CORRECTION = "correction"
    CORRECTION_NOTE = "correction-note"
    TITLE = "title"
    NUMBER_LINE = "number-line"
    ISSUER = "issuer"
    PARAGRAPH = "paragraph"
    CONTACTS = "contacts"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    lines: tuple[str, ...]
    """One line for most blocks; a heading and one line per contact for CONTACTS."""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class PressReleaseContent:
    title: str
    """The document title (PDF metadata, DOCX core properties)."""
    author: str
    letterhead: Letterhead
    blocks: tuple[Block, ...]
    draft_mark: str | None = None
    """`Entwurf` on every page of a draft (a header), None for any other release."""
    running_head: str = ""
    """`Pressemitteilung Nr. 067/2020`: the header of page 2 and later, where the
    renderer adds ` – Seite 2 von 2`."""


RUNNING_HEAD_PAGE = f"{NBSP}– Seite"
"""What follows the running head before the page number: ` – Seite 2 von 2`."""


def logo_text(office: str) -> str:
    """The logo's alternative text: `Logo: Bezirksamt Mitte von Berlin`."""
    return f"Logo: {office}"


def number_line(number: ReleaseNumber, day: dt.date) -> str:
    """`Pressemitteilung Nr. 067/2020 vom 02.03.2020`"""
    numbered = str(number)
    return f"Pressemitteilung Nr.{NBSP}{numbered} vom {format_date_numeric(day)}"


def embargo_line(embargo: Embargo, style: HouseStyle, lead: str = "Sperrfrist:") -> str:
    """`Sperrfrist: 02.03.2026, 10 Uhr` (`lead` `Sperrfrist bis`: as `list` says it)"""
    line = f"{lead} {format_date_numeric(embargo.date)}"
    if embargo.time is not None:
        line += f", {format_time_with_unit(embargo.time, None, style)}"
    return line


def withdrawal_line(withdrawal: Withdrawal | None) -> str:
    """`Zurückgezogen am 05.03.2020: {reason}`; without date and reason a plain notice."""
    if withdrawal is None:
        return "Zurückgezogen: Diese Pressemitteilung gilt nicht mehr."
    reason = withdrawal.reason
    if not reason.rstrip("“‘»«)").endswith((".", "!", "?", "…")):
        reason += "."  # a reason is a sentence: `… ein neuer Termin folgt.`
    return f"Zurückgezogen am {format_date_numeric(withdrawal.date)}: {reason}"


def compose_press_release(release: Release, config: Config) -> PressReleaseContent:
    release = typeset(release)
    blocks: list[Block] = []

    def add(kind: BlockKind, *lines: str) -> None:
        if kind is not BlockKind.CORRECTION_NOTE:  # the note quotes as it was written
            lines = tuple(map(keep_together, lines))
        blocks.append(Block(kind, lines))

    if release.status is Status.WITHDRAWN:
        add(BlockKind.WITHDRAWAL, withdrawal_line(release.withdrawal))
    if release.embargo:
        add(BlockKind.EMBARGO, embargo_line(release.embargo, config.house_style))
    if release.correction_of:
        correction = release.correction_of
        original = number_line(correction.original, correction.original_date)
        add(BlockKind.CORRECTION, f"Berichtigung zur {original}")
        if correction.note:
            add(BlockKind.CORRECTION_NOTE, correction.note)
    add(BlockKind.TITLE, release.title)
    add(BlockKind.NUMBER_LINE, number_line(release.release_number, release.date))
    add(BlockKind.ISSUER, issuer_line(release.issuer))
    for paragraph in release.body:
        add(BlockKind.PARAGRAPH, paragraph)
    if release.event:
        add(BlockKind.PARAGRAPH, event_paragraph(compose_event(release.event, config.house_style)))
    if release.contacts:
        add(BlockKind.CONTACTS, "Nähere Informationen:", *map(contact_line, release.contacts))
    if release.media_contact:
        add(BlockKind.CONTACTS, "Medienkontakt:", *map(contact_line, release.media_contact))
    return PressReleaseContent(
        title=release.title,
        author=config.office.name,
        letterhead=Letterhead(config.office.name, config.office.unit),
        blocks=tuple(blocks),
        draft_mark=DRAFT_MARK if release.status is Status.DRAFT else None,
        running_head=f"Pressemitteilung Nr.{NBSP}{release.release_number}",
    )


def status_text(
    status: Status, withdrawal: Withdrawal | None, correction_of: ReleaseNumber | None
) -> str:
    """`veröffentlicht`, `Zurückgezogen am 05.03.2020: Grund`, `Berichtigung zu Nr. 067/2020`."""
    if status is Status.WITHDRAWN:
        return withdrawal_line(withdrawal)
    if correction_of:
        return f"Berichtigung zu Nr.{NBSP}{correction_of!s}"
    return "veröffentlicht"


STATUS_WORDS = {
    Status.DRAFT: "Entwurf",
    Status.PUBLISHED: "veröffentlicht",
    Status.WITHDRAWN: "zurückgezogen",
    Status.DISCARDED: "verworfen",
}
"""The status in German, as `list` shows it."""


def embargo_end(embargo: Embargo) -> dt.datetime:
    """The moment a Sperrfrist ends, in Berlin: its time, or 00:00 of its date."""
    return office_moment(embargo.date, embargo.time or dt.time())


def public_from(release: Release) -> dt.datetime:
    """When a published release becomes public, in Berlin: the start of its date, or
    the end of its Sperrfrist when that is later."""
    start = office_moment(release.date, dt.time())
    return max(start, embargo_end(release.embargo)) if release.embargo else start


def withdrawn_before_public(release: Release) -> bool:
    """Withdrawn on a day before it became public (its date or Sperrfrist ahead): it was
    never public, and never is. Withdrawn on the day itself, it is listed as withdrawn
    from then on: the file keeps the withdrawal's date, not its hour."""
    withdrawal = release.withdrawal
    if release.status is not Status.WITHDRAWN or withdrawal is None:
        return False
    return withdrawal.date < public_from(release).date()


def moment_text(moment: dt.datetime, style: HouseStyle) -> str:
    """`03.12.2026, 10 Uhr`, or `03.12.2026` at midnight (Berlin)."""
    local = moment.astimezone(OFFICE_TIME_ZONE)
    day = format_date_numeric(local.date())
    if local.time() == dt.time():
        return day
    return f"{day}, {format_time_with_unit(local.time().replace(tzinfo=None), None, style)}"


def register_status_text(
    status: Status,
    *,
    withdrawal: Withdrawal | None = None,
    discard: Discard | None = None,
    correction_of: ReleaseNumber | None = None,
    embargo: Embargo | None = None,
    now: dt.datetime | None = None,
    style: HouseStyle = HouseStyle.BEZIRKSAMT,
) -> str:
    """The status column of `list`: `Entwurf`, `veröffentlicht, Sperrfrist bis
    03.12.2026, 10 Uhr` (while the Sperrfrist has not passed at `now`),
    `zurückgezogen am 05.03.2020: Grund`, `verworfen am 05.11.2026: Grund`; a
    Berichtigung adds `Berichtigung zu Nr. 067/2020`."""
    parts = [STATUS_WORDS[status]]
    why = withdrawal if status is Status.WITHDRAWN else discard
    if status in (Status.WITHDRAWN, Status.DISCARDED) and why is not None:
        parts[0] += f" am {format_date_numeric(why.date)}: {why.reason}"
    pending = embargo is not None and now is not None and now < embargo_end(embargo)
    if status is Status.PUBLISHED and embargo is not None and pending:
        parts.append(embargo_line(embargo, style, "Sperrfrist bis"))
    if correction_of is not None:
        parts.append(f"Berichtigung zu Nr.{NBSP}{correction_of!s}")
    return ", ".join(parts)
