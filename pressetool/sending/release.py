"""`pressetool send NNN/JJJJ --to VERTEILER`: the published release to the press.

Everything is checked before anything is sent: the release (found by its
number in `releases/{year}/`) is published, its date reached and its
Sperrfrist over (or `--mit-sperrfrist` given: then subject and text start
with `SPERRFRIST bis …:`); the list is read whole; `[mail]` names server and
sender. A draft, a withdrawn or a discarded release is never sent: that is
said before its file is read in full, so a draft's empty fields or a number
discarded without a file are not what the officer is told.

Each recipient gets a message of their own: the release as plain text and
HTML, its PDF attached (rendered now from the file, so that text and PDF
agree). delivery.py sends and records them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from pressetool.compose.german import format_date_numeric
from pressetool.compose.mail import (
    distribution_footer,
    embargo_lead,
    embargo_moment,
    embargo_notice,
    release_subject,
)
from pressetool.compose.press_release import compose_press_release, embargo_end
from pressetool.models import Discard, Release, ReleaseNumber, Status
from pressetool.office import OFFICE_TIME_ZONE, Config, mail_address
from pressetool.output import document_stem, release_output_dir
from pressetool.problems import Code, InputError, Problem
from pressetool.reading.distribution_list import address_key, read_distribution_list
from pressetool.reading.release_folder import release_files
from pressetool.reading.release_reader import read_release, read_status
from pressetool.register.allocation import discard_reason
from pressetool.register.journal import (
    Entry,
    State,
    journal_path,
    read_journal,
    release_mailing,
)
from pressetool.register.verify import registered_entry, status_disagreements
from pressetool.render.mail_body import release_body
from pressetool.render.press_release import ReleaseFormat, render_press_release
from pressetool.sending.delivery import Outgoing, Progress, SendResult, Waiting, send_mailing
from pressetool.sending.message import Attachment, build_message, message_id
from pressetool.sending.settings import check_mail_settings

DRY_RUN_FOLDER = "versand-pressemitteilung"
"""Below `intern/{year}/{NNN}/`: the `.eml` files of `send --dry-run`."""


@dataclass(frozen=True)
class Timing:
    """Whether the release may go out now, and the Sperrfrist notice when it runs."""

    notice: str | None


def send_release(
    config: Config,
    number_text: str,
    to: Path,
    *,
    groups: Sequence[str] = (),
    with_embargo: bool = False,
    dry_run: bool = False,
    resend: Sequence[str] = (),
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    waiting: Waiting | None = None,
) -> SendResult:
    now = now or dt.datetime.now(OFFICE_TIME_ZONE)
    problems: list[Problem] = []
    release = timing = recipients = None
    try:
        release = find_release(config, number_text)
        problems += status_disagreements(
            config, [release], Code.SEND_STATUS_DIFFERS, unregistered=Code.SEND_NOT_REGISTERED
        )
        timing = release_timing(release, config, now, with_embargo)
    except InputError as error:
        problems += error.problems
    try:
        recipients = read_distribution_list(to, groups)
    except InputError as error:
        problems += error.problems
    problems += check_mail_settings(config, dry_run=dry_run)
    if recipients is not None:
        known = {address_key(r.address) for r in recipients.recipients}
        problems += unknown_resends(to, resend, known)
    if problems or release is None or timing is None or recipients is None:
        raise InputError(problems)

    number = release.release_number
    mailing = release_mailing(number)
    content = compose_press_release(release, config)
    pdf = render_press_release(content, config, [ReleaseFormat.PDF])[ReleaseFormat.PDF]
    lead = embargo_lead(timing.notice) if timing.notice else None
    body = release_body(content, lead, distribution_footer(config))
    subject = release_subject(number, content.title, timing.notice)
    attachment = Attachment(
        f"{document_stem('pressemitteilung', number)}.pdf", pdf, "application", "pdf"
    )
    mail = config.mail
    assert mail.sender is not None
    sender = mail.sender
    by_key = {address_key(r.address): r for r in recipients.recipients}

    def message(outgoing: Outgoing) -> EmailMessage:
        recipient = by_key[outgoing.key]
        return build_message(
            mail,
            to=recipient.address,
            to_name=recipient.display_name,
            subject=subject,
            body=body,
            attachments=[attachment],
            message_id=message_id(mailing, outgoing.key, sender),
            date=now,
        )

    outgoing = [Outgoing(key, r.address, r.row, r.display_name) for key, r in by_key.items()]
    result = SendResult(mailing, number, len(outgoing), journal_path(config))
    result.warnings += recipients.warnings
    return send_mailing(
        config,
        result,
        to,
        outgoing,
        message,
        listed=recipients.listed,
        dry_run=dry_run,
        dry_run_folder=release_output_dir(config.internal_dir, number) / DRY_RUN_FOLDER,
        resend=resend_keys(resend),
        progress=progress,
        waiting=waiting,
    )


def find_release(config: Config, number_text: str) -> Release:
    """The release file of `NNN/JJJJ` in `releases/{year}/`, read and checked; a number
    that is never sent is refused first (`refuse_never_sent`)."""
    number = ReleaseNumber.parse(number_text)
    if number is None:
        raise InputError([Problem(Code.BAD_RELEASE_NUMBER, None, params={"value": number_text})])
    candidates = [
        path
        for path in release_files(config)
        if path.parent.name == str(number.year) and path.name.startswith(f"{number.padded}-")
    ]
    refuse_never_sent(config, number, candidates)
    found = [(path, read_release(path)) for path in candidates]
    matching = [(path, release) for path, release in found if release.release_number == number]
    if not matching:
        folder = config.folder / "releases" / str(number.year)
        params = {"number": str(number), "folder": folder}
        raise InputError([Problem(Code.SEND_NO_RELEASE_FILE, None, params=params)])
    if len(matching) > 1:
        files = ", ".join(str(path) for path, _release in matching)
        params = {"number": str(number), "files": files}
        raise InputError([Problem(Code.NUMBER_TWICE, None, params=params)])
    return matching[0][1]


_NEVER_SENT = {
    Status.DRAFT: Code.SEND_DRAFT,
    Status.WITHDRAWN: Code.SEND_WITHDRAWN,
    Status.DISCARDED: Code.SEND_DISCARDED,
}


def refuse_never_sent(config: Config, number: ReleaseNumber, paths: Sequence[Path]) -> None:
    """`InputError` when the register has `number` as discarded (with or without a file),
    or the `status` line of one of its `paths` says draft, withdrawn or discarded: never
    sent, whatever the rest of the file says or lacks. A withdrawn number whose file says
    published again is `status_disagreements`' business."""
    entry = registered_entry(config, number)
    why = entry.discard if entry is not None else None
    if entry is not None and entry.status is Status.DISCARDED:
        raise _never_sent(Status.DISCARDED, number, paths[0] if paths else None, why)
    for path in paths:
        status = read_status(path)
        if status is not None and status in _NEVER_SENT:
            raise _never_sent(status, number, path, why)


def _never_sent(
    status: Status, number: ReleaseNumber, path: Path | None, why: Discard | None
) -> InputError:
    params = {"number": str(number), "reason": discard_reason(why)}
    field = "status" if path is not None else None
    return InputError([Problem(_NEVER_SENT[status], path, field, params=params)])


def release_timing(
    release: Release, config: Config, now: dt.datetime, with_embargo: bool
) -> Timing:
    """`InputError` when the release may not go out yet; else its Sperrfrist notice, if
    the Sperrfrist runs and `with_embargo` allows sending. Its status was asked before
    (`refuse_never_sent`)."""
    number = str(release.release_number)
    embargo = release.embargo
    if embargo is not None and now < embargo_end(embargo):
        notice = embargo_notice(embargo, config.house_style)
        if not with_embargo:
            params = {"number": number, "embargo": embargo_moment(embargo, config.house_style)}
            raise InputError(
                [Problem(Code.SEND_BEFORE_EMBARGO, release.source, "embargo", params=params)]
            )
        return Timing(notice)
    if now.astimezone(OFFICE_TIME_ZONE).date() < release.date:
        params = {"number": number, "date": format_date_numeric(release.date)}
        raise InputError([Problem(Code.SEND_BEFORE_DATE, release.source, "date", params=params)])
    return Timing(None)


def resend_keys(resend: Sequence[str]) -> list[str]:
    """`--erneut` addresses as the journal knows them."""
    return [address_key(mail_address(text) or text.strip()) for text in resend]


def unknown_resends(
    source: Path, resend: Sequence[str], known: set[str], code: Code = Code.SEND_RESEND_UNKNOWN
) -> list[Problem]:
    """An `--erneut` address that is not a recipient: a typo, nothing to send again."""
    return [
        Problem(code, source, params={"address": text})
        for text, key in zip(resend, resend_keys(resend), strict=True)
        if key not in known
    ]


@dataclass(frozen=True)
class MailingState:
    """What the journal says of one mailing: the entries by state."""

    mailing: str
    entries: tuple[Entry, ...]

    def count(self, state: State) -> int:
        return sum(1 for entry in self.entries if entry.state is state)


def sending_state(config: Config, number_text: str) -> list[MailingState]:
    """The mailings of release `NNN/JJJJ` (the release and its invitations) as the journal
    records them; none when nothing was sent yet."""
    number = ReleaseNumber.parse(number_text)
    if number is None:
        raise InputError([Problem(Code.BAD_RELEASE_NUMBER, None, params={"value": number_text})])
    if not journal_path(config).is_file():
        return []
    with read_journal(config) as journal:
        return [
            MailingState(mailing, tuple(journal.entries(mailing).values()))
            for mailing in journal.mailings(f"Nr. {number}")
        ]
