"""`pressetool invite … --send`: each recipient with an e-mail address gets their letter.

After `invite` has made the letters, every row of the recipient list with an
address in `E-Mail` gets a message of its own: a short cover note (salutation,
what, when and where, as the letter says it; compose/mail.py), their own
letter as PDF and the event's calendar file (`.ics`). Rows without an address
are returned as `by_post`: their letters are printed and posted.

A withdrawn or discarded release sends no invitations; a draft does (the
invitation goes out before the release is published). The addresses are
checked before anything is sent, as `send` checks its list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

from pressetool.compose.letter import Invitations, compose_invitations, invitations_refused
from pressetool.compose.mail import invitation_mails
from pressetool.models import Person, Release
from pressetool.office import (
    OFFICE_TIME_ZONE,
    Config,
    address_problem,
    mail_address,
    today_in_office,
)
from pressetool.output import document_stem, release_output_dir
from pressetool.problems import Code, InputError, Problem, Severity
from pressetool.reading.distribution_list import address_key
from pressetool.reading.event_inputs import read_event_inputs
from pressetool.reading.people_list import PeopleList
from pressetool.register.journal import invitation_mailing, journal_path
from pressetool.register.verify import status_disagreements
from pressetool.render.mail_body import paragraphs_body
from pressetool.sending.delivery import Outgoing, Progress, SendResult, Waiting, send_mailing
from pressetool.sending.message import Attachment, build_message, message_id
from pressetool.sending.release import resend_keys, unknown_resends
from pressetool.sending.settings import check_mail_settings

DRY_RUN_FOLDER = "versand-einladungen"
"""Below `intern/{year}/{NNN}/`: the `.eml` files of `invite --send --dry-run`."""


def person_name(person: Person) -> str | None:
    """`Dr. Petra Müller`, else the organisation: what `To` shows beside the address."""
    name = " ".join(p for p in (person.title, person.first_name, person.last_name) if p)
    return name or person.organisation


def send_invitations(
    config: Config,
    release_path: Path,
    recipients_path: Path,
    calendar_file: Path,
    *,
    dry_run: bool = False,
    resend: Sequence[str] = (),
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    waiting: Waiting | None = None,
) -> SendResult:
    release, event, people_list = read_event_inputs(
        release_path,
        recipients_path,
        require_address=True,
        no_event_code=Code.INVITE_WITHOUT_EVENT,
    )
    assert people_list is not None
    number = release.release_number
    refused = invitations_refused(release)
    problems = [refused] if refused is not None else []
    problems += sending_problems(config, release, people_list, dry_run=dry_run, resend=resend)
    if problems:
        raise InputError(problems)
    chosen, by_post, _found, warnings = _recipients(recipients_path, people_list.people)

    calendar_name = calendar_file.name
    calendar = calendar_file.read_bytes()
    people = tuple(person for person, _address in chosen.values())
    letter_date = today or today_in_office()
    from pressetool.render.letters.fit import address_fits

    invitations = compose_invitations(
        release,
        event,
        people,
        config,
        letter_date,
        calendar_name,
        address_fits=address_fits,
        by_email=True,
    )
    mails = invitation_mails(invitations, calendar_name)
    letters = LetterPdfs(invitations, config)
    mailing = invitation_mailing(number)
    mail = config.mail
    assert mail.sender is not None
    sender = mail.sender
    date = now or dt.datetime.now(OFFICE_TIME_ZONE)
    letter_name = f"{document_stem('einladung', number)}.pdf"

    def message(outgoing: Outgoing) -> EmailMessage:
        person, address = chosen[outgoing.key]
        text = mails[person.row]
        pdf = letters.pdf(person.row)
        return build_message(
            mail,
            to=address,
            to_name=outgoing.name,
            subject=text.subject,
            body=paragraphs_body(text.subject, text.paragraphs),
            attachments=[
                Attachment(letter_name, pdf, "application", "pdf"),
                Attachment(calendar_name, calendar, "text", "calendar"),
            ],
            message_id=message_id(mailing, outgoing.key, sender),
            date=date,
        )

    outgoing = [
        Outgoing(key, address, person.row, person_name(person))
        for key, (person, address) in chosen.items()
    ]
    result = SendResult(mailing, number, len(outgoing), journal_path(config), by_post=by_post)
    result.warnings += warnings
    if not outgoing:
        return result
    return send_mailing(
        config,
        result,
        recipients_path,
        outgoing,
        message,
        listed=chosen.keys(),
        dry_run=dry_run,
        dry_run_folder=release_output_dir(config.internal_dir, number) / DRY_RUN_FOLDER,
        resend=resend_keys(resend),
        progress=progress,
        waiting=waiting,
    )


def sending_problems(
    config: Config,
    release: Release,
    people: PeopleList,
    *,
    dry_run: bool = False,
    resend: Sequence[str] = (),
) -> list[Problem]:
    """What keeps the invitations from going out by e-mail, but for a release that sends
    none at all (`invitations_refused`): a status the register does not share, `[mail]`,
    an address that no mail server takes (in any row of the list), an `--erneut` address
    not on the list. `invite --send` asks this before it writes a letter."""
    problems = status_disagreements(config, [release], Code.INVITE_STATUS_DIFFERS)
    problems += check_mail_settings(config, dry_run=dry_run)
    chosen, _by_post, found, _warnings = _recipients(people.source, people.people)
    unknown = unknown_resends(people.source, resend, set(chosen), Code.INVITE_RESEND_UNKNOWN)
    return problems + found + unknown


def emailed_rows(people: PeopleList) -> frozenset[int]:
    """The rows whose letter goes by e-mail (one row per address); every other row's
    letter is printed and posted."""
    chosen, _by_post, _found, _warnings = _recipients(people.source, people.people)
    return frozenset(person.row for person, _address in chosen.values())


def _recipients(
    source: Path, people: Sequence[Person]
) -> tuple[dict[str, tuple[Person, str]], list[tuple[int, str]], list[Problem], list[Problem]]:
    """The rows to send to, by address (each once), with their checked address; the rows
    to post; the problems and the notes of the list."""
    chosen: dict[str, tuple[Person, str]] = {}
    by_post: list[tuple[int, str]] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []

    def problem(
        code: Code, row: int, severity: Severity = Severity.ERROR, **params: object
    ) -> None:
        found = Problem(code, source, line=row, params=params, severity=severity)
        (problems if severity is Severity.ERROR else warnings).append(found)

    for person in people:
        if person.email is None:
            by_post.append((person.row, person_name(person) or ""))
            continue
        address = mail_address(person.email)
        if address is None:
            code, params = address_problem(person.email, Code.INVITE_LIST_BAD_ADDRESS, "E-Mail")
            problems.append(Problem(code, source, line=person.row, params=params))
            continue
        key = address_key(address)
        if key in chosen:
            earlier = chosen[key][0]
            if person_name(earlier) == person_name(person):  # the same row twice
                params = {"address": address, "first": earlier.row}
                problem(Code.SEND_LIST_DUPLICATE, person.row, _NOTE, **params)
                continue
            # a shared address (info@ of an association): the second person by post
            by_post.append((person.row, person_name(person) or ""))
            params = {"address": address, "first": earlier.row, "name": person_name(person)}
            problem(Code.SEND_LIST_SHARED_ADDRESS, person.row, _NOTE, **params)
            continue
        chosen[key] = (person, address)
    return chosen, by_post, problems, warnings


_NOTE = Severity.WARNING


class LetterPdfs:
    """The letters sent by e-mail, rendered a chunk at a time as the messages need them
    (render/letters/pdf.py): who already has the invitation costs nothing, and memory
    holds one chunk however long the list is."""

    CHUNK = 50

    def __init__(self, invitations: Invitations, config: Config) -> None:
        self.invitations = invitations
        self.config = config
        self.index = {letter.row: i for i, letter in enumerate(invitations.letters)}
        self.ready: dict[int, bytes] = {}

    def pdf(self, row: int) -> bytes:
        if row not in self.ready:
            from pressetool.render.letters.pdf import render_letter_pdfs

            start = self.index[row]
            chunk = self.invitations.letters[start : start + self.CHUNK]
            chunk = tuple(letter for letter in chunk if letter.row not in self.ready)
            pdfs = render_letter_pdfs(replace(self.invitations, letters=chunk), self.config)
            self.ready.update(
                (letter.row, pdf.data) for letter, pdf in zip(chunk, pdfs, strict=True)
            )
        return self.ready.pop(row)
