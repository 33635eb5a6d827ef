"""A release → the content of its press release document, per spec/press-release-text.md.

The result is a list of typed blocks; renderers map each kind to a style
and never change the wording.
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
)
from pressetool.models import Embargo, Letterhead, Release, ReleaseNumber, Status, Withdrawal
from pressetool.office import Config, HouseStyle


class BlockKind(Enum):
    WITHDRAWAL = "withdrawal"
    EMBARGO = "embargo"
    CORRECTION = "correction"
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


def number_line(number: ReleaseNumber, day: dt.date) -> str:
    """`Pressemitteilung Nr. 067/2020 vom 02.03.2020`"""
    numbered = str(number)
    return f"Pressemitteilung Nr.{NBSP}{numbered} vom {format_date_numeric(day)}"


def embargo_line(embargo: Embargo, style: HouseStyle) -> str:
    """`Sperrfrist: 02.03.2026, 10 Uhr`"""
    line = f"Sperrfrist: {format_date_numeric(embargo.date)}"
    if embargo.time is not None:
        line += f", {format_time_with_unit(embargo.time, None, style)}"
    return line


def withdrawal_line(withdrawal: Withdrawal | None) -> str:
    """`Zurückgezogen am 05.03.2020: {reason}`; without date and reason a plain notice."""
    if withdrawal is None:
        return "Zurückgezogen: Diese Pressemitteilung gilt nicht mehr."
    return f"Zurückgezogen am {format_date_numeric(withdrawal.date)}: {withdrawal.reason}"


def compose_press_release(release: Release, config: Config) -> PressReleaseContent:
    blocks: list[Block] = []

    def add(kind: BlockKind, *lines: str) -> None:
        blocks.append(Block(kind, lines))

    if release.status is Status.WITHDRAWN:
        add(BlockKind.WITHDRAWAL, withdrawal_line(release.withdrawal))
    if release.embargo:
        add(BlockKind.EMBARGO, embargo_line(release.embargo, config.house_style))
    if release.correction_of:
        correction = release.correction_of
        original = number_line(correction.original, correction.original_date)
        add(BlockKind.CORRECTION, f"Berichtigung zur {original}")
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
