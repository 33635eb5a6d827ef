"""One recipient's message, built with Python's `email` package.

Every header goes through `email.headerregistry`: a name, a title or a group
with a line break, quotes or umlauts is encoded (RFC 2047) or quoted, never
written raw, so nothing from a list or a release file can add a header or
an address. Each message has exactly one `To`; the office's `bcc` copy is an
envelope recipient only (transport.py) and shows in no header.

The body is `multipart/mixed`: a `multipart/alternative` of the plain text
and the same as HTML, then the attachments. The Message-ID is derived from
the mailing and the address, so a message sent again (after `--erneut`) is
recognisable as the same one.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage

from pressetool.compose.mail import one_line
from pressetool.office import Mail
from pressetool.render.mail_body import MailBody

POLICY = email.policy.SMTP
"""The default policy with CR LF line ends, as SMTP carries a message."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str
    subtype: str


def message_id(mailing: str, address_key: str, sender: str) -> str:
    """`<pressemitteilung-067-2020.3f2a…@ba-mitte.berlin.de>`: the same for a mailing and
    an address whenever it is built."""
    digest = hashlib.sha256(f"{mailing}\n{address_key}".encode()).hexdigest()[:24]
    domain = sender.rpartition("@")[2]
    slug = "-".join(mailing.replace("/", " ").split()).casefold()
    return f"<{slug}.{digest}@{domain}>"


def build_message(
    mail: Mail,
    *,
    to: str,
    to_name: str | None,
    subject: str,
    body: MailBody,
    attachments: Sequence[Attachment],
    message_id: str,
    date: dt.datetime,
) -> EmailMessage:
    assert mail.sender is not None
    message = EmailMessage(policy=POLICY)
    message["From"] = Address(one_line(mail.sender_name or ""), addr_spec=mail.sender)
    message["To"] = Address(one_line(to_name or ""), addr_spec=to)
    if mail.reply_to:
        message["Reply-To"] = Address(addr_spec=mail.reply_to)
    message["Subject"] = one_line(subject)
    message["Date"] = email.utils.format_datetime(date)
    message["Message-ID"] = message_id
    message.set_content(body.text, cte="quoted-printable")
    message.add_alternative(body.html, subtype="html", cte="quoted-printable")
    for attachment in attachments:
        if attachment.maintype == "text":  # with its charset, or a mail program guesses ASCII
            message.add_attachment(
                attachment.data.decode("utf-8"),
                subtype=attachment.subtype,
                charset="utf-8",
                cte="quoted-printable",
                filename=attachment.filename,
            )
        else:
            message.add_attachment(
                attachment.data,
                maintype=attachment.maintype,
                subtype=attachment.subtype,
                filename=attachment.filename,
            )
    message["Content-Language"] = "de"  # after the parts: set_content drops Content-* headers
    return message


def message_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=POLICY)
