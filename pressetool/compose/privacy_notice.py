"""The data protection notice on the sign-in sheet (information under Art. 13 DSGVO).

Each part has a German default naming the office of `[office]`; the
`[privacy_notice]` section of `pressetool.toml` replaces single parts, and an
empty text leaves a part out.
"""

from __future__ import annotations

from dataclasses import dataclass

from pressetool.office import PRIVACY_NOTICE_PARTS, Config

HEADING = "Datenschutzhinweis nach Art. 13 DSGVO"

LABELS = dict(
    zip(
        PRIVACY_NOTICE_PARTS,
        ("Verantwortlich", "Zweck", "Rechtsgrundlage", "Löschung", "Ihre Rechte", "Kontakt"),
        strict=True,
    )
)
"""The label each part of `[privacy_notice]` is printed under, in this order."""


@dataclass(frozen=True)
class NoticeItem:
    label: str
    text: str


@dataclass(frozen=True)
class PrivacyNotice:
    heading: str
    items: tuple[NoticeItem, ...]


def reachable_at(config: Config) -> str:
    """`Pressestelle, Bezirksamt Mitte von Berlin, 13341 Berlin, Tel.: …, E-Mail: …`.

    The postal address, phone and e-mail are the sender's of the letters (`[letters]`)."""
    sender = config.sender
    parts: list[str | None] = [config.office.unit, sender.return_address or config.office.name]
    parts += [f"Tel.: {sender.phone}" if sender.phone else None]
    parts += [f"E-Mail: {sender.email}" if sender.email else None]
    return ", ".join(part for part in parts if part)


def default_texts(config: Config) -> dict[str, str]:
    office = f"{config.office.name}, {config.office.unit}"
    return {
        "controller": f"{office}.",
        "purpose": "Nachweis der Teilnahme an dieser Veranstaltung und Rückfragen dazu. "
        "Die E-Mail-Adresse wird nur für Informationen zu dieser Veranstaltung genutzt.",
        "legal_basis": "Art. 6 Abs. 1 lit. e DSGVO (Wahrnehmung einer Aufgabe im öffentlichen "
        "Interesse); die Angabe der E-Mail-Adresse ist freiwillig (Einwilligung, "
        "Art. 6 Abs. 1 lit. a DSGVO, jederzeit widerruflich).",
        "deletion": "Die Liste wird drei Monate nach der Veranstaltung vernichtet, "
        "elektronische Kopien werden gelöscht.",
        "rights": "Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), "
        "Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21); Beschwerde bei der "
        "Berliner Beauftragten für Datenschutz und Informationsfreiheit (Art. 77 DSGVO).",
        "contact": f"{reachable_at(config)}; oder die behördliche Datenschutzbeauftragte bzw. "
        "der behördliche Datenschutzbeauftragte, erreichbar über dieselbe Anschrift.",
    }


def privacy_notice(config: Config) -> PrivacyNotice:
    """The notice with the office's texts where `pressetool.toml` gives them."""
    texts: dict[str, str | None] = {**default_texts(config)}
    texts.update(config.privacy_notice)
    items = tuple(
        NoticeItem(label, text) for key, label in LABELS.items() if (text := texts[key]) is not None
    )
    return PrivacyNotice(HEADING, items)
