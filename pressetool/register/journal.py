"""The send journal: who got which mailing, so that nobody gets it twice.

One SQLite file in the internal folder, `intern/versand.sqlite` (addresses are
personal data: never in `output/`). A file rather than a table of the number
register: it works the same beside a SQLite and a shared PostgreSQL register. It
lives beside the register because `list` and the web app show from it how many
addresses got each release (`sent_counts`). Each row is one (mailing, address):

- `queued`: to be sent (a run starts by queueing everyone not yet `sent`);
- `submitting`: the message was handed to the server whole and the final `.`
  of SMTP's DATA is being sent, the server's answer not yet recorded;
- `sent`, with the server's answer; `failed`, with the reason in German.

Each row also names the list it came from (`list_file`, the list's full path). A
`failed` address that is no longer in its list when the list is sent from again
was corrected or struck out there: the journal forgets it, so that `send NNN/JJJJ`
shows only failures that still stand (a failure is something not delivered: nothing
can go twice by forgetting it). A list saved under another name is another list;
rows recorded before lists were named keep their failures.

Every change is committed (synced to the disk) before the next step, so a
run that is killed or loses its connection leaves each address in a state
that says what happened. `queued` was certainly not delivered: a server
delivers nothing before the final `.` (RFC 5321), so it is sent on the next
run, like `failed`. `submitting` is the one moment nobody can know (the
server may have taken the message and the answer was lost): such an address
is reported and not sent again unless asked for by `--erneut`, so that no
one gets a message twice.

Only one run sends from an office folder at a time: a run holds a lock
(`.versand.lock` beside the journal, `flock`), and a second one stops with a
message instead of sending alongside.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pressetool.models import ReleaseNumber
from pressetool.office import Config
from pressetool.problems import Code, InputError, PressetoolError, Problem, os_error_text

JOURNAL_NAME = "versand.sqlite"
LOCK_NAME = ".versand.lock"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (
    mailing TEXT NOT NULL,
    address_key TEXT NOT NULL,
    address TEXT NOT NULL,
    row INTEGER,
    name TEXT,
    state TEXT NOT NULL CHECK (state IN ('queued', 'submitting', 'sent', 'failed')),
    answer TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    changed TEXT NOT NULL,
    list_file TEXT,
    PRIMARY KEY (mailing, address_key)
)
"""


class State(StrEnum):
    QUEUED = "queued"
    SUBMITTING = "submitting"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class Entry:
    mailing: str
    address: str
    row: int | None
    name: str | None
    state: State
    answer: str | None
    attempts: int
    changed: str


@dataclass(frozen=True)
class Queued:
    """A recipient as the journal records it."""

    key: str
    address: str
    row: int | None
    name: str | None


def journal_path(config: Config) -> Path:
    return config.internal_dir / JOURNAL_NAME


def release_mailing(number: ReleaseNumber) -> str:
    """The journal's name of the press release's mailing: `Pressemitteilung Nr. 067/2020`."""
    return f"Pressemitteilung Nr. {number}"


def invitation_mailing(number: ReleaseNumber) -> str:
    """The journal's name of the invitations by e-mail: `Einladung zu Nr. 067/2020`."""
    return f"Einladung zu Nr. {number}"


def sent_counts(config: Config) -> dict[str, int]:
    """How many addresses got each mailing (`sent`: the server said so; one whose answer
    was lost counts not), by its name; empty when nothing was sent yet. Read without the
    lock (a run that sends meanwhile counts as far as it got) and without creating the
    journal; a damaged journal counts nothing here (`send` says what is wrong with it)."""
    path = journal_path(config)
    if not path.is_file():
        return {}
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        ) as db:
            rows = db.execute(
                "SELECT mailing, COUNT(*) FROM deliveries WHERE state = :sent GROUP BY mailing",
                {"sent": State.SENT.value},
            ).fetchall()
    except sqlite3.DatabaseError:
        return {}
    return {str(mailing): int(count) for mailing, count in rows}


class JournalBusy(PressetoolError):
    """Another run sends from this office folder."""


@contextmanager
def open_journal(config: Config) -> Iterator[Journal]:
    """The office's journal, held by this run alone until the block ends."""
    path = journal_path(config)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = os.open(path.parent / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        params = {"detail": os_error_text(error)}
        raise InputError([Problem(Code.FOLDER_NOT_WRITABLE, path.parent, params=params)]) from None
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError([Problem(Code.SEND_BUSY, None, params={"journal": path})]) from None
        journal = Journal(path)
        try:
            yield journal
        finally:
            journal.close()
    finally:
        os.close(lock)  # releases the lock


@contextmanager
def read_journal(config: Config) -> Iterator[Journal]:
    """The office's journal to read only, while a run may be sending: without the lock,
    as far as that run got (`send NNN/JJJJ` without `--to`)."""
    journal = Journal(journal_path(config), read_only=True)
    try:
        yield journal
    finally:
        journal.close()


class Journal:
    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        try:
            if read_only:
                uri = f"{path.absolute().as_uri()}?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, isolation_level=None)
                return
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(deliveries)")}
            if "list_file" not in columns:  # a journal of an earlier pressetool
                self._db.execute("ALTER TABLE deliveries ADD COLUMN list_file TEXT")
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from None

    def _damaged(self, error: Exception) -> InputError:
        text = str(error)
        if "not a database" in text or isinstance(error, ValueError):
            detail = "die Datei ist kein Versandjournal von pressetool"
        elif "readonly" in text:
            detail = "keine Schreibberechtigung"
        else:
            detail = f"Datenbankfehler: {text}"
        params = {"detail": detail}
        return InputError([Problem(Code.SEND_JOURNAL_DAMAGED, self.path, params=params)])

    def close(self) -> None:
        self._db.close()

    def entries(self, mailing: str) -> dict[str, Entry]:
        """Every address of `mailing` the journal knows, by `address_key`."""
        try:
            rows = self._db.execute(
                "SELECT address_key, address, row, name, state, answer, attempts, changed "
                "FROM deliveries WHERE mailing = :mailing",
                {"mailing": mailing},
            ).fetchall()
            return {
                key: Entry(mailing, address, row, name, State(state), answer, attempts, changed)
                for key, address, row, name, state, answer, attempts, changed in rows
            }
        except (sqlite3.DatabaseError, ValueError) as error:
            raise self._damaged(error) from None

    def mailings(self, like: str) -> list[str]:
        """The mailings whose name ends with `like` (`Nr. 067/2020`), as first recorded."""
        try:
            rows = self._db.execute(
                "SELECT mailing FROM deliveries WHERE mailing LIKE '%' || :like "
                "GROUP BY mailing ORDER BY MIN(rowid)",
                {"like": like},
            ).fetchall()
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from None
        return [mailing for (mailing,) in rows]

    def queue(self, mailing: str, recipients: Iterable[Queued], list_file: Path) -> None:
        """Mark `recipients` of `list_file` to be sent, in one transaction."""
        rows = [
            {
                "mailing": mailing,
                "key": r.key,
                "address": r.address,
                "row": r.row,
                "name": r.name,
                "changed": _now(),
                "list": _list_name(list_file),
            }
            for r in recipients
        ]
        with self._transaction():
            self._db.executemany(
                "INSERT INTO deliveries "
                "(mailing, address_key, address, row, name, state, changed, list_file) "
                "VALUES (:mailing, :key, :address, :row, :name, 'queued', :changed, :list) "
                "ON CONFLICT (mailing, address_key) DO UPDATE SET state = 'queued', "
                "address = excluded.address, row = excluded.row, name = excluded.name, "
                "changed = excluded.changed, list_file = excluded.list_file",
                rows,
            )

    def forget_failed(self, mailing: str, list_file: Path, listed: Collection[str]) -> None:
        """Forget the failed addresses of `mailing` from `list_file` that the list no
        longer has (`listed`: the keys of every address in it, of every group)."""
        with self._transaction():
            failed = self._db.execute(
                "SELECT address_key FROM deliveries WHERE mailing = :mailing "
                "AND list_file = :list AND state = :failed",
                {"mailing": mailing, "list": _list_name(list_file), "failed": State.FAILED.value},
            ).fetchall()
            gone = [{"mailing": mailing, "key": key} for (key,) in failed if key not in listed]
            self._db.executemany(
                "DELETE FROM deliveries WHERE mailing = :mailing AND address_key = :key", gone
            )

    def submitting(self, mailing: str, key: str) -> None:
        """The message is with the server; only its final `.` is still to be sent."""
        self._set(mailing, key, State.SUBMITTING, None, tries=1)

    def put_off(self, mailing: str, key: str, answer: str) -> None:
        """The server put the message off (4xx), even after its final `.`: it has not
        got it, so it is to be sent again, by this run's next try or the next run."""
        self._set(mailing, key, State.QUEUED, answer)

    def sent(self, mailing: str, key: str, answer: str) -> None:
        self._set(mailing, key, State.SENT, answer)

    def failed(self, mailing: str, key: str, reason: str, tries: int = 0) -> None:
        """Not sent, for `reason`; `tries` refused before the message was handed over."""
        self._set(mailing, key, State.FAILED, reason, tries=tries)

    def _set(
        self, mailing: str, key: str, state: State, answer: str | None, tries: int = 0
    ) -> None:
        with self._transaction():
            self._db.execute(
                "UPDATE deliveries SET state = :state, answer = :answer, changed = :changed, "
                "attempts = attempts + :count WHERE mailing = :mailing AND address_key = :key",
                {
                    "state": state.value,
                    "answer": answer,
                    "changed": _now(),
                    "count": tries,
                    "mailing": mailing,
                    "key": key,
                },
            )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            raise self._damaged(error) from None


def _list_name(list_file: Path) -> str:
    return str(list_file.resolve())


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
