"""What sending needs of `[mail]` before anything is built: the server and the sender."""

from __future__ import annotations

from pressetool.office import Config
from pressetool.problems import Code, Problem

_NEEDED = {
    "host": "der Name des Mailservers, über den die Pressestelle sendet",
    "sender": "die Absenderadresse der Nachrichten",
}


def check_mail_settings(config: Config, *, dry_run: bool) -> list[Problem]:
    """A problem for each setting that is missing; a dry run needs no server."""
    mail = config.mail
    given = {"host": mail.host is not None or dry_run, "sender": mail.sender is not None}
    return [
        Problem(
            Code.MAIL_NOT_CONFIGURED,
            config.file,
            f"mail.{key}",
            params={"key": key, "what": what},
        )
        for key, what in _NEEDED.items()
        if not given[key]
    ]
