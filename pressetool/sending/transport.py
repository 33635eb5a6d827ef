"""The office's mail server over SMTP (smtplib): connect, log in, hand over one message.

A message goes to one recipient (and the office's `bcc` copy) at a time.
DATA is sent in two steps so that the journal can tell what the server may
have: first the message, then, after `before_end` has recorded it, the final
`.` that makes the server take it. A connection lost before that `.` means
the server has nothing (`Disconnected`, safe to send again); lost after it,
nobody can know (`Uncertain`).

Whatever fails is told in German: a failure of the connection or the login
is a `ServerError` carrying its `Problem` (the run stops); a refusal of one
recipient or message is `Refused`, with the server's code and answer, which
the caller records for that row.
"""

from __future__ import annotations

import base64
import os
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from pressetool.office import MAIL_PASSWORD_VARIABLE, Config, Mail, MailSecurity
from pressetool.problems import Code, InputError, PressetoolError, Problem, os_error_text

TIMEOUT = 60.0
"""Seconds to wait for the server at any step."""


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipient: str
    copy: str | None
    """The office's own mailbox (`bcc`): an envelope recipient only, in no header."""
    data: bytes
    """The message, lines ended by CR LF."""


@dataclass(frozen=True)
class Submission:
    answer: str
    """The server's answer to the final `.`, e.g. `250 OK: queued as 4F2A`."""
    copy_refused: str | None = None
    """The server's answer when it refused the `bcc` copy (the recipient got it)."""


class ServerError(PressetoolError):
    """The server cannot be used at all: unreachable, TLS, login, sender."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class Refused(Exception):
    """The server refused one message; 4xx is temporary (try later), 5xx for good."""

    def __init__(self, code: int, answer: str, stage: str) -> None:
        super().__init__(answer)
        self.code = code
        self.answer = answer
        self.stage = stage
        """`sender`, `recipient` or `message`."""

    @property
    def temporary(self) -> bool:
        return 400 <= self.code < 500


class Disconnected(Exception):
    """The connection was lost before the final `.`: the server has nothing."""


class Uncertain(Exception):
    """The connection was lost after the final `.`: the server may have taken it."""


def server_answer(code: int, text: bytes | str) -> str:
    """`550 5.1.1 User unknown`: the code and the server's words on one line."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(f"{code} {text}".split())


def mail_password(config: Config) -> str | None:
    """The password for `[mail] user`: `PRESSETOOL_SMTP_PASSWORD`, else the first line of
    `password_file`; None without `user`. `InputError` when there is none."""
    mail = config.mail
    if mail.user is None:
        return None
    password = os.environ.get(MAIL_PASSWORD_VARIABLE)
    if password:
        return password
    if mail.password_file is None:
        params = {"user": mail.user}
        raise InputError([Problem(Code.MAIL_NO_PASSWORD, config.file, "mail.user", None, params)])
    try:
        text = mail.password_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        detail = os_error_text(error) if isinstance(error, OSError) else "nicht in UTF-8"
        params = {"detail": detail}
        file = mail.password_file
        raise InputError(
            [Problem(Code.MAIL_PASSWORD_FILE_UNREADABLE, file, params=params)]
        ) from None
    password = text.split("\n", 1)[0].rstrip("\r")
    if not password:
        params = {"user": mail.user}
        raise InputError([Problem(Code.MAIL_NO_PASSWORD, config.file, "mail.user", None, params)])
    return password


class SmtpServer:
    """One connection to the office's mail server, made anew by `connect` when lost."""

    def __init__(self, config: Config, password: str | None, timeout: float = TIMEOUT) -> None:
        self.config = config
        self.mail: Mail = config.mail
        assert self.mail.host is not None
        self.host: str = self.mail.host
        self.port = self.mail.server_port
        self.password = password
        self.timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    def _problem(self, code: Code, **params: object) -> ServerError:
        return ServerError(Problem(code, self.config.file, params=params))

    def connect(self) -> None:
        """Connect, encrypt as `security` says and log in; `ServerError` saying why not."""
        self.close()
        where = {"host": self.host, "port": self.port}
        try:
            self._smtp = self._open()
        except ServerError:
            self.close()
            raise
        except smtplib.SMTPAuthenticationError as error:
            self.close()
            answer = server_answer(error.smtp_code, error.smtp_error)
            raise self._problem(
                Code.MAIL_AUTH_FAILED, host=self.host, user=self.mail.user, answer=answer
            ) from None
        except socket.gaierror:
            self.close()
            raise self._problem(Code.MAIL_UNKNOWN_HOST, host=self.host) from None
        except ssl.SSLCertVerificationError as error:
            self.close()
            detail = error.verify_message or "Zertifikat nicht vertrauenswürdig"
            raise self._problem(Code.MAIL_TLS_CERTIFICATE, host=self.host, detail=detail) from None
        except ssl.SSLError as error:
            self.close()
            detail = _TLS_REASONS.get(error.reason or "", error.reason or "TLS-Fehler")
            raise self._problem(Code.MAIL_TLS_FAILED, **where, detail=detail) from None
        except smtplib.SMTPResponseException as error:
            self.close()
            detail = f"Antwort des Servers: {server_answer(error.smtp_code, error.smtp_error)}"
            raise self._problem(Code.MAIL_UNREACHABLE, **where, detail=detail) from None
        except (smtplib.SMTPException, OSError) as error:
            self.close()
            raise self._problem(Code.MAIL_UNREACHABLE, **where, detail=_why(error)) from None

    def _open(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if self.mail.security is MailSecurity.TLS:
            smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        self._smtp = smtp  # closed by `connect` whatever fails below
        smtp.ehlo()
        if self.mail.security is MailSecurity.STARTTLS:
            if not smtp.has_extn("starttls"):
                raise self._problem(Code.MAIL_NO_STARTTLS, host=self.host)
            smtp.starttls(context=context)
            smtp.ehlo()
        if self.mail.user is not None:
            if not smtp.has_extn("auth"):
                raise self._problem(Code.MAIL_NO_AUTH, host=self.host)
            self._login(smtp, self.mail.user, self.password or "")
        return smtp

    def _login(self, smtp: smtplib.SMTP, user: str, password: str) -> None:
        """`smtplib`'s login, which sends ASCII only: a password like `Geheim-ß€` (common
        in an office) stopped it with a traceback. Such a login goes as UTF-8 with PLAIN
        (RFC 4616 says UTF-8) or LOGIN, the two that mail servers offer besides CRAM-MD5."""
        try:  # an environment variable of bytes that are no UTF-8 (Latin-1 `ß`)
            (user + password).encode("utf-8")
        except UnicodeEncodeError:
            raise self._problem(Code.MAIL_PASSWORD_NOT_UTF8, host=self.host) from None
        if user.isascii() and password.isascii():
            smtp.login(user, password)
            return
        offered = smtp.esmtp_features.get("auth", "").upper().split()

        def encoded(*parts: str) -> str:
            return base64.b64encode("\0".join(parts).encode()).decode("ascii")

        if "PLAIN" in offered:
            code, answer = smtp.docmd("AUTH", f"PLAIN {encoded('', user, password)}")
        elif "LOGIN" in offered:
            code, answer = smtp.docmd("AUTH", f"LOGIN {encoded(user)}")
            if code == 334:
                code, answer = smtp.docmd(encoded(password))
        else:
            raise self._problem(Code.MAIL_AUTH_NOT_ASCII, host=self.host, user=user)
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, answer)

    @property
    def connected(self) -> bool:
        """Connected, as far as known: a refusal with 421 or a lost connection closes."""
        return self._smtp is not None

    def abort(self) -> None:
        """Drop the connection without a word: it may stand in the middle of a message,
        where `QUIT` would be a line of its text and its answer would never come."""
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    def submit(self, envelope: Envelope, before_end: Callable[[], None]) -> Submission:
        """Hand over one message; `before_end` is called once the server has all of it but
        the final `.`. Raises `Refused`, `Disconnected` or `Uncertain`."""
        smtp = self._smtp
        if smtp is None:
            raise Disconnected("keine Verbindung")
        try:
            code, text = smtp.mail(envelope.sender)
            if code != 250:
                self._reset(code)
                raise Refused(code, server_answer(code, text), "sender")
            code, text = smtp.rcpt(envelope.recipient)
            if code not in (250, 251):
                self._reset(code)
                raise Refused(code, server_answer(code, text), "recipient")
            copy_refused = None
            if envelope.copy is not None:
                code, text = smtp.rcpt(envelope.copy)
                if code not in (250, 251):
                    copy_refused = server_answer(code, text)
            code, text = smtp.docmd("DATA")
            if code != 354:
                self._reset(code)
                raise Refused(code, server_answer(code, text), "message")
            smtp.send(_dot_stuffed(envelope.data))
        except (smtplib.SMTPServerDisconnected, OSError) as error:
            self.close()
            raise Disconnected(_why(error)) from None
        before_end()
        try:
            smtp.send(b".\r\n")
            code, text = smtp.getreply()
        except (smtplib.SMTPServerDisconnected, OSError) as error:
            self.close()
            raise Uncertain(_why(error)) from None
        if code != 250:
            if code == 421:
                self.close()
            raise Refused(code, server_answer(code, text), "message")
        return Submission(server_answer(code, text), copy_refused)

    def _reset(self, code: int) -> None:
        """After a refusal: a fresh transaction, or a fresh connection after 421."""
        if code == 421 or self._smtp is None:
            self.close()
            return
        try:
            self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()


_TLS_REASONS = {
    "WRONG_VERSION_NUMBER": "der Server spricht an diesem Port kein TLS",
    "UNSUPPORTED_PROTOCOL": "der Server kennt nur veraltete TLS-Versionen",
    "TLSV1_ALERT_PROTOCOL_VERSION": "der Server kennt nur veraltete TLS-Versionen",
}

_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)


def _dot_stuffed(data: bytes) -> bytes:
    """The message as DATA carries it: a line starting with `.` gets a second one."""
    data = _LEADING_DOT.sub(b"..", data)
    return data if data.endswith(b"\r\n") else data + b"\r\n"


def _why(error: BaseException) -> str:
    """What went wrong with the connection, in German."""
    if isinstance(error, ConnectionRefusedError):
        return "Verbindung abgelehnt, dort läuft kein Mailserver"
    if isinstance(error, TimeoutError | socket.timeout):
        return "keine Antwort"
    if isinstance(error, smtplib.SMTPServerDisconnected | ConnectionResetError | BrokenPipeError):
        return "Verbindung vom Server getrennt"
    if isinstance(error, OSError) and error.errno:
        return os_error_text(error)
    return "Verbindungsfehler"
