"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives, and can be told
to refuse, put off, cut off or hold a message, to ask for a login and to speak STARTTLS."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER = "pressestelle"
PASSWORD = "Geheim-123"
UMLAUT_PASSWORD = "Geheim-ß€"
"""Also taken: a password beyond ASCII, sent as UTF-8."""


@dataclass(frozen=True)
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        """The message as a mail program reads it."""
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Handler:
    """What the server does; the tests change it between runs."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    """Address → the answer to its RCPT, every time (`550 …`)."""
    put_off: dict[str, list[str]] = field(default_factory=dict)
    """Address → answers to its next RCPTs (`451 …`), one each, then accepted."""
    sender_answers: list[str] = field(default_factory=list)
    """Answers to the next MAILs (`451 …`, `550 …`), one each, then accepted."""
    put_off_message: dict[str, list[str]] = field(default_factory=dict)
    """Address → answers after its message's final `.` (`451 …`), one each, then kept."""
    close_after: int | None = None
    """Close the connection after this many messages received (once)."""
    lose_answer_for: str | None = None
    """Keep this recipient's message, then close the connection without answering."""
    lose_answers_from: int | None = None
    """From the message with this number on (1: the first received), keep each message,
    then close the connection without answering."""
    hold_rcpt_for: str | None = None
    """Wait at this recipient's RCPT until `release` is set."""
    release: threading.Event = field(default_factory=threading.Event)
    held: threading.Event = field(default_factory=threading.Event)
    controller: Controller | None = None

    def stop(self) -> None:
        """Stop the server now (once): a server gone in the middle of a run."""
        controller, self.controller = self.controller, None
        if controller is not None:
            controller.stop()

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.sender_answers:
            return self.sender_answers.pop(0)
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address == self.hold_rcpt_for:
            self.held.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
            self.hold_rcpt_for = None
        answers = self.put_off.get(address)
        if answers:
            return answers.pop(0)
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        data = envelope.original_content
        for address in envelope.rcpt_tos:
            answers = self.put_off_message.get(address)
            if answers:
                return answers.pop(0)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), data))
        if self.lose_answer_for in envelope.rcpt_tos:
            self.lose_answer_for = None
            server.transport.close()
            return "250 OK"
        if self.lose_answers_from is not None and len(self.received) >= self.lose_answers_from:
            server.transport.close()
            return "250 OK"
        if self.close_after is not None and len(self.received) >= self.close_after:
            self.close_after = None
            asyncio.get_running_loop().call_soon(server.transport.close)
        return "250 2.0.0 OK: queued"

    def to(self, address: str) -> list[Received]:
        """The messages received for `address`."""
        return [r for r in self.received if address in r.recipients]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) in {
        (USER.encode(), password.encode()) for password in (PASSWORD, UMLAUT_PASSWORD)
    }
    return AuthResult(success=ok, handled=False)


@contextmanager
def smtp_server(
    *, login: bool = False, tls: ssl.SSLContext | None = None, port: int | None = None
) -> Iterator[tuple[Handler, int]]:
    """A running server and its port (a free one, or `port`); `login`: AUTH with
    `USER`/`PASSWORD` required; `tls`: STARTTLS offered with this context. A test may stop
    it early (`handler.stop()`)."""
    handler = Handler()
    port = port or free_port()
    options: dict[str, Any] = {}
    if login:
        # Required only with TLS: aiosmtpd warns of a login required in the clear.
        options |= {
            "authenticator": _authenticator,
            "auth_required": tls is not None,
            "auth_require_tls": tls is not None,
        }
    if tls is not None:
        options["tls_context"] = tls
    controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
    handler.controller = controller
    controller.start()
    try:
        yield handler, port
    finally:
        handler.release.set()
        handler.stop()


def wait_for(condition: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "waited in vain"
        time.sleep(0.01)


def certificate(folder: Path, host: str = "localhost") -> tuple[Path, ssl.SSLContext]:
    """A self-signed certificate for `host` (as the file a client may trust) and the
    server's TLS context with it."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file = folder / "server.pem"
    key_file = folder / "server.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return cert_file, context
