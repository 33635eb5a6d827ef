"""The sender of letters: the `[letters]` section of `pressetool.toml`.

Without the section (or without a key) the Bezirksamt Mitte defaults apply;
an empty text leaves its line out of the letters. The letterhead itself is
`[office]`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from pressetool.config import Config, text_settings

SECTION = "letters"


@dataclass(frozen=True)
class Sender:
    return_address: str | None = "Bezirksamt Mitte von Berlin, 13341 Berlin"
    """Rücksendeangabe: the small line above the recipient's address."""
    contact: str | None = "Pressestelle"
    """Ansprechperson in the information block."""
    phone: str | None = None
    email: str | None = None


def sender_from_config(config: Config) -> Sender:
    return Sender(**text_settings(config, SECTION, tuple(f.name for f in fields(Sender))))
