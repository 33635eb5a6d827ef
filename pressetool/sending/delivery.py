"""A mailing: one message per recipient, each recorded in the journal, at the server's pace.

`send_mailing` is what `send` and `invite --send` share. It opens the journal
(this run alone), leaves out who already has the mailing (`sent`) and whose
delivery is unclear (`submitting`, see journal.py) unless `--erneut` names
them, connects, queues the rest and sends one message at a time, no faster
than `[mail] max_per_minute`.

- A server that puts a message off (4xx) or a connection lost before the
  message was complete is tried again, `len(RETRY_DELAYS)` more times with
  growing waits; then the row is reported and stays to be sent next run.
- A refusal for good (5xx) is recorded and reported for its row; the others
  go on.
- A message handed over whole whose answer is lost is unclear: an error of its row in
  this run, which is not a success (cli.py ends a run with a failure or an unclear
  delivery with status 1); in each later run a Hinweis and the summary's list (that
  run's status is not held at 1 by it, so that a scheduled run can succeed once the
  office has asked). It is never sent again unless `--erneut` names it.
- When the server cannot be reached again, refuses the sender, or keeps putting
  off every message (4xx to the sender, 421), the run stops: who got it is in the
  journal, the rest stays queued for the next run. A message put off even after
  its final `.` is queued again, not left unclear: the server said it has not
  got it.

`--dry-run` builds the same messages and writes each as an `.eml` file into
the internal folder instead (with `X-Unsent: 1`, so Outlook opens it as a
message to send); it neither connects nor changes the journal.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from pressetool.models import ReleaseNumber
from pressetool.office import Config
from pressetool.output import Staging, file_slug
from pressetool.problems import Code, Problem, Severity
from pressetool.register.journal import Journal, Queued, State, open_journal
from pressetool.sending.message import message_bytes
from pressetool.sending.transport import (
    Disconnected,
    Envelope,
    Refused,
    ServerError,
    SmtpServer,
    Uncertain,
    mail_password,
)

RETRY_DELAYS = (5.0, 30.0, 120.0)
"""Seconds to wait before each further try of a message put off or cut off."""


def wait_before_retry(seconds: float) -> None:
    time.sleep(seconds)


Progress = Callable[[int, int], None]
Waiting = Callable[[Problem], None]
"""Told before each wait for a further try (`MAIL_WAIT_…`): a run that waits minutes
says so, instead of looking hung."""


@dataclass(frozen=True)
class Outgoing:
    """One recipient of a mailing."""

    key: str
    """The address as the journal knows it (`distribution_list.address_key`)."""
    address: str
    row: int
    name: str | None


@dataclass
class SendResult:
    mailing: str
    """`Pressemitteilung Nr. 067/2020`, `Einladung zu Nr. 067/2020`: what the journal
    records and the summary names."""
    number: ReleaseNumber
    """The release's number: `pressetool send NNN/JJJJ` shows what the journal knows."""
    recipients: int
    """Addresses in the list (of the groups picked), each counted once."""
    journal: Path
    dry_run: bool = False
    sent: int = 0
    """Messages the server took (in a dry run: `.eml` files written)."""
    skipped: int = 0
    """Addresses that had the mailing from an earlier run."""
    unclear: list[str] = field(default_factory=list)
    """The addresses whose delivery is unclear (handed over whole, the answer lost), in
    this run or an earlier one: not sent again unless `--erneut` names them."""
    not_sent: int = 0
    """Addresses still to be sent after the run stopped (server unreachable)."""
    problems: list[Problem] = field(default_factory=list)
    """What failed or is unclear: a row each, or the reason the run stopped."""
    warnings: list[Problem] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    """The `.eml` files of a dry run."""
    by_post: list[tuple[int, str]] = field(default_factory=list)
    """Invitations: the rows without an e-mail address (row, name), to go by post."""


class Pace:
    """At most `per_minute` messages a minute, evenly spaced."""

    def __init__(
        self,
        per_minute: int,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 60.0 / per_minute
        self.clock = clock
        self.sleep = sleep
        self.next: float | None = None

    def wait(self) -> None:
        now = self.clock()
        if self.next is not None and now < self.next:
            self.sleep(self.next - now)
            now = self.next
        self.next = now + self.interval


def send_mailing(
    config: Config,
    result: SendResult,
    source: Path,
    recipients: Sequence[Outgoing],
    message: Callable[[Outgoing], EmailMessage],
    *,
    listed: Collection[str],
    dry_run: bool,
    dry_run_folder: Path,
    resend: Sequence[str] = (),
    progress: Progress | None = None,
    waiting: Waiting | None = None,
) -> SendResult:
    """Send `result.mailing` to `recipients` (read from `source`, which problems name with
    the row), each message built by `message` just before it is sent; `result` gathers
    what happened. `listed`: the keys of every address in `source` (of every group); the
    journal forgets the failures of `source` that are no longer in it
    (register/journal.py)."""
    mailing = result.mailing
    result.recipients, result.dry_run = len(recipients), dry_run
    again = set(resend)
    with open_journal(config) as journal:
        if not dry_run:
            journal.forget_failed(mailing, source, listed)
        known = journal.entries(mailing)
        todo: list[Outgoing] = []
        for recipient in recipients:
            entry = known.get(recipient.key)
            if recipient.key in again or entry is None:
                todo.append(recipient)
            elif entry.state is State.SENT:
                result.skipped += 1
            elif entry.state is State.SUBMITTING:  # from an earlier run, which said so
                result.unclear.append(recipient.address)
                result.warnings.append(_unclear(source, recipient, Severity.WARNING))
            else:
                todo.append(recipient)
        if dry_run:
            result.written = _write_drafts(dry_run_folder, todo, message, config.output_dir)
            result.sent = len(result.written)
            return result
        if todo:
            _deliver(config, mailing, source, todo, message, journal, result, progress, waiting)
    return result


def _unclear(source: Path, recipient: Outgoing, severity: Severity = Severity.ERROR) -> Problem:
    params = {"address": recipient.address}
    return Problem(
        Code.MAIL_DELIVERY_UNCERTAIN, source, line=recipient.row, params=params, severity=severity
    )


def _deliver(
    config: Config,
    mailing: str,
    source: Path,
    todo: list[Outgoing],
    message: Callable[[Outgoing], EmailMessage],
    journal: Journal,
    result: SendResult,
    progress: Progress | None,
    waiting: Waiting | None = None,
) -> None:
    mail = config.mail
    assert mail.sender is not None
    server = SmtpServer(config, mail_password(config))
    server.connect()  # ServerError: nothing sent, nothing recorded
    try:
        journal.queue(mailing, (Queued(r.key, r.address, r.row, r.name) for r in todo), source)
        pace = Pace(mail.max_per_minute)
        copy_refused = False
        for done, recipient in enumerate(todo):
            if progress is not None:
                progress(done, len(todo))
            data = message_bytes(message(recipient))
            envelope = Envelope(mail.sender, recipient.address, mail.bcc, data)
            outcome = _send_one(
                server, journal, mailing, source, recipient, envelope, pace, waiting
            )
            if outcome.stop:
                assert outcome.problem is not None
                result.problems.append(outcome.problem)
                result.not_sent = len(todo) - done
                break
            if outcome.sent:
                result.sent += 1
            elif outcome.unclear:
                result.unclear.append(recipient.address)
            if outcome.problem is not None:
                result.problems.append(outcome.problem)
            if outcome.copy_refused is not None and not copy_refused:
                copy_refused = True
                params = {"address": mail.bcc, "answer": outcome.copy_refused}
                result.warnings.append(
                    Problem(Code.MAIL_BCC_REJECTED, config.file, "mail.bcc", None, params, _NOTE)
                )
        else:
            if progress is not None:
                progress(len(todo), len(todo))
    except KeyboardInterrupt:  # Ctrl+C: the journal keeps what was sent (cli.py says so)
        server.abort()
        raise
    finally:
        server.close()


_NOTE = Severity.WARNING


@dataclass(frozen=True)
class _Outcome:
    sent: bool = False
    unclear: bool = False
    """Handed over whole, the answer lost: not sent again (journal.py)."""
    stop: bool = False
    """The run cannot go on: the server is gone or refuses the sender (`problem` says)."""
    problem: Problem | None = None
    copy_refused: str | None = None
    """The server's answer when it refused the office's `bcc` copy."""


def _stop(problem: Problem) -> _Outcome:
    return _Outcome(stop=True, problem=problem)


def _send_one(
    server: SmtpServer,
    journal: Journal,
    mailing: str,
    source: Path,
    recipient: Outgoing,
    envelope: Envelope,
    pace: Pace,
    waiting: Waiting | None = None,
) -> _Outcome:
    """Send one message, trying again what the server puts off or the connection cuts."""

    def problem(code: Code, **params: object) -> Problem:
        params["address"] = recipient.address
        return Problem(code, source, line=recipient.row, params=params)

    def wait(tries: int, code: Code, **params: object) -> None:
        seconds = RETRY_DELAYS[tries - 1]
        if waiting is not None:
            said = {"address": recipient.address, "host": server.host, **params}
            waiting(Problem(code, None, params={**said, "seconds": f"{seconds:g}"}))
        wait_before_retry(seconds)

    tries = 0
    while True:
        tries += 1
        if not server.connected:
            try:
                server.connect()
            except ServerError as error:
                # not there (yet) again, or its name not found while the network is
                # away: waited for as a lost connection; a login refused is not
                away = error.problem.code in (Code.MAIL_UNREACHABLE, Code.MAIL_UNKNOWN_HOST)
                if not away or tries > len(RETRY_DELAYS):
                    return _stop(_lost(server, error.problem))
                wait(tries, Code.MAIL_WAIT_CONNECTION)
                continue
        pace.wait()
        try:
            submission = server.submit(
                envelope, before_end=lambda: journal.submitting(mailing, recipient.key)
            )
        except Refused as refusal:
            # The sender refused, or the whole service put off (421): no fault of this
            # row, which stays queued; the run stops rather than try every row in turn.
            of_server = refusal.stage == "sender" or refusal.code == 421
            if of_server and not refusal.temporary:
                params = {"sender": envelope.sender, "answer": refusal.answer}
                return _stop(Problem(Code.MAIL_SENDER_REFUSED, server.config.file, params=params))
            if refusal.temporary:
                journal.put_off(mailing, recipient.key, refusal.answer)
            if refusal.temporary and tries <= len(RETRY_DELAYS):
                wait(tries, Code.MAIL_WAIT_PUT_OFF, answer=refusal.answer)
                continue
            if of_server:
                said = {"host": server.host, "answer": refusal.answer, "attempts": str(tries)}
                return _stop(Problem(Code.MAIL_SERVER_PUT_OFF, server.config.file, params=said))
            if refusal.temporary:
                found = problem(
                    Code.MAIL_RECIPIENT_TEMPORARY, answer=refusal.answer, attempts=tries
                )
            elif refusal.stage == "recipient":
                found = problem(Code.MAIL_RECIPIENT_REJECTED, answer=refusal.answer)
            else:
                found = problem(Code.MAIL_MESSAGE_REJECTED, answer=refusal.answer)
            reason = Problem(found.code, None, params=found.params).message  # without the row
            journal.failed(mailing, recipient.key, reason, tries=1)
            return _Outcome(problem=found)
        except Disconnected as lost:
            if tries > len(RETRY_DELAYS):
                return _stop(_lost(server, detail=str(lost)))
            wait(tries, Code.MAIL_WAIT_CONNECTION)
            continue
        except Uncertain:
            return _Outcome(unclear=True, problem=_unclear(source, recipient))
        journal.sent(mailing, recipient.key, submission.answer)
        return _Outcome(sent=True, copy_refused=submission.copy_refused)


def _lost(server: SmtpServer, problem: Problem | None = None, detail: str = "") -> Problem:
    """The connection is gone for good. A login refused on reconnecting, or the like, is
    said as itself; an unreachable server as a lost connection."""
    if problem is not None and problem.code is not Code.MAIL_UNREACHABLE:
        return problem
    if problem is not None:
        detail = str(problem.params.get("detail", ""))
    params = {"host": server.host, "detail": detail}
    return Problem(Code.MAIL_CONNECTION_LOST, server.config.file, params=params)


def _write_drafts(
    folder: Path,
    todo: Sequence[Outgoing],
    message: Callable[[Outgoing], EmailMessage],
    public: Path,
) -> list[Path]:
    """Each message as `{row}-{address}.eml` in `folder`; the `.eml` files of an earlier
    dry run there are removed. `public`: the public folder (`output.Staging`)."""
    with Staging(public) as staging:
        for recipient in todo:
            draft = message(recipient)
            draft["X-Unsent"] = "1"
            name = f"{recipient.row:04d}-{file_slug(recipient.address, 60)}.eml"
            staging.stage(folder / name, message_bytes(draft))
        written = staging.commit()
    keep = set(written)
    for old in folder.glob("*.eml") if folder.is_dir() else ():
        if old not in keep:
            old.unlink(missing_ok=True)
    return written
