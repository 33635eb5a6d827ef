"""`pressetool init`: a new press office folder, with the office's one register.

An office folder holds `pressetool.toml` (every setting explained in German
comments, each with its default, so that the file reads like the defaults
until the office changes a line), `releases/` with the register, and a
`.gitignore` that keeps generated documents and the register out of version
control.

A folder that holds release files already (copied from another folder, or an
office whose register was lost) gets its register built from them, as
`reindex` builds one: their numbers are given, and `new` goes on after them. A
file that cannot be taken in (unreadable, its number in another file too, its
folder or name another number than its `number` and `date`) is left out and
named in a Hinweis; its number stays taken by its name all the same.

`init` refuses a folder that already has `pressetool.toml`, and a folder
inside another office's folder (that office's commands would find the new
`pressetool.toml` below it and a second register). It checks everything
before it writes anything; `pressetool.toml` is written last, so a folder
where `init` broke off is no office folder yet and `init` can run again.
"""

from __future__ import annotations

import contextlib
import os
import textwrap
from dataclasses import dataclass
from pathlib import Path

from pressetool.compose.privacy_notice import LABELS, default_texts
from pressetool.office import (
    CONFIG_NAME,
    SETTINGS,
    Config,
    Office,
    Sender,
    default_return_address,
    find_office_root,
)
from pressetool.output import write_atomically
from pressetool.plain_text import forbidden_character, trimmed
from pressetool.problems import Code, InputError, Problem, Severity, os_error_text
from pressetool.reading.release_folder import release_files
from pressetool.register.allocation import release_identities, take_in
from pressetool.register.database import DEFAULT_DATABASE_URL, open_register, register_path
from pressetool.register.release_files import ReleaseIdentity

RELEASES = "releases"
GITIGNORE = ".gitignore"
WIDTH = 80
"""The width of the comments in `pressetool.toml`."""


@dataclass(frozen=True)
class OfficeFolder:
    """What `init` made."""

    folder: Path
    settings: Path
    releases: Path
    register: Path
    register_kept: bool
    """A valid register lay there already (it is taken over, never made anew)."""
    gitignore: Path
    gitignore_kept: bool
    """`.gitignore` was there; its lines stay, the missing ones are added at its end."""
    gitignore_changed: bool
    """`.gitignore` was written (made, or lines added)."""
    taken_in: int | None = None
    """How many numbers the new register took in from the release files in `releases/`;
    None when there were none (or the register was kept)."""
    notes: tuple[Problem, ...] = ()
    """Hinweise: the release files the new register could not take in."""


def init_office(folder: Path, name: str | None = None) -> OfficeFolder:
    """Make `folder` (made when missing) the folder of a press office named `name`."""
    office = _office(name)
    folder = Path(os.path.abspath(folder))
    settings = folder / CONFIG_NAME
    if os.path.lexists(settings):
        raise InputError([Problem(Code.INIT_ALREADY_OFFICE, None, params={"folder": folder})])
    above = find_office_root(folder.resolve().parent)
    if above is not None:
        params = {"folder": folder, "office": above}
        raise InputError([Problem(Code.INIT_INSIDE_OFFICE, None, params=params)])
    if os.path.lexists(folder) and not folder.is_dir():
        raise InputError([Problem(Code.INIT_NOT_A_FOLDER, None, params={"folder": folder})])
    config = Config(root=folder, office=office)
    register = register_path(config)
    kept = os.path.lexists(register)
    if kept:
        open_register(config).database.close()  # a valid register, or an error saying why not
    files = [] if kept else release_files(config)
    identities, _problems = release_identities(config) if files else ([], [])
    taken = {identity.path for identity in identities}
    left_out = [path for path in files if path not in taken]
    releases = folder / RELEASES
    gitignore = folder / GITIGNORE
    had_gitignore = gitignore.is_file()
    written: list[Path] = []
    try:
        _make_folder(releases)
        if not kept:
            _make_register(config, register, identities)
            written.append(register)
        ignored = gitignore_text(config, register, gitignore)
        if ignored is not None:
            write_atomically(gitignore, ignored.encode("utf-8"), config.output_dir)
            written.append(gitignore)
        write_atomically(settings, settings_text(office).encode("utf-8"), config.output_dir)
    except InputError as error:
        raise InputError(error.problems, [*written, *error.written]) from None
    changed = gitignore in written
    notes: tuple[Problem, ...] = ()
    if left_out:
        named = {"files": ", ".join(map(str, left_out))}
        code = Code.INIT_FILES_NOT_TAKEN_IN
        notes = (Problem(code, None, params=named, severity=Severity.WARNING),)
    return OfficeFolder(
        folder,
        settings,
        releases,
        register,
        kept,
        gitignore,
        had_gitignore,
        changed,
        taken_in=len(identities) if files else None,
        notes=notes,
    )


def _make_register(config: Config, path: Path, identities: list[ReleaseIdentity]) -> None:
    """The new register, with the numbers of `identities` in it. When taking them in
    fails, the register made just now is removed again: an empty one left behind would
    be taken over by the next `init` and give those numbers a second time."""
    with open_register(config, create=True, anywhere=True) as register:
        try:
            if identities:
                take_in(register, identities)  # a new register: it holds no draft to keep
        except BaseException:
            register.database.close()
            with contextlib.suppress(OSError):
                path.unlink()
            raise


def _office(name: str | None) -> Office:
    if name is None:
        return Office()
    found = forbidden_character(name)
    if found is not None:
        params = {"character": found[1]}
        raise InputError([Problem(Code.ARGUMENT_FORBIDDEN_CHARACTER, None, "--name", None, params)])
    name = trimmed(name)
    if not name:
        raise InputError([Problem(Code.MISSING_FIELD, None, field="--name")])
    return Office(name=name)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        params = {"detail": os_error_text(error)}
        raise InputError([Problem(Code.FOLDER_NOT_WRITABLE, folder, params=params)]) from None


# -- .gitignore ------------------------------------------------------------------------------


def ignored_paths(config: Config, register: Path) -> list[str]:
    """What git leaves out: the generated documents (public and internal) and the
    register with SQLite's side files and the temporary file of its creation."""
    paths = [f"/{config.output}/", f"/{config.internal}/"]
    assert config.root is not None
    if register.is_relative_to(config.root):
        inside = register.relative_to(config.root).as_posix()
        parent, _, file = inside.rpartition("/")
        hidden = f"{parent}/.{file}" if parent else f".{file}"
        paths += [f"/{inside}", f"/{inside}-*", f"/{hidden}.*.tmp"]
    return paths


def gitignore_text(config: Config, register: Path, gitignore: Path) -> str | None:
    """The `.gitignore` to write; an existing one keeps its lines and gets the missing
    ones at its end. None when it lacks none."""
    existing = gitignore.read_text(encoding="utf-8") if gitignore.is_file() else ""
    present = {line.strip() for line in existing.splitlines()}
    missing = [path for path in ignored_paths(config, register) if path not in present]
    if not missing:
        return None
    lines = [
        "# pressetool: erzeugte Dokumente und das Nummernregister gehören nicht in die",
        "# Versionsverwaltung. Die Dokumente erzeugt pressetool jederzeit neu; das Register",
        "# sichern Sie mit einer Datensicherung (oder bauen es mit „pressetool reindex“ aus",
        "# den Dateien in releases/ neu auf).",
        *missing,
    ]
    if existing and not existing.endswith("\n"):
        existing += "\n"
    return existing + ("\n" if existing else "") + "\n".join(lines) + "\n"


# -- pressetool.toml -------------------------------------------------------------------------


def toml_string(text: str) -> str:
    """`text` as a TOML basic string (it holds no control character)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _comment(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=f"# {indent}", subsequent_indent=f"# {indent}")


def _privacy_defaults(office: Office) -> list[str]:
    """Each part of the notice with the text that applies without a setting."""
    sender = Sender(return_address=default_return_address(office.name))
    texts = default_texts(Config(office=office, sender=sender))
    lines: list[str] = []
    for key in SETTINGS["privacy_notice"]:
        lines.append(f"# {key} ({LABELS[key]}):")
        lines += _comment(texts[key], "  ")
    return lines


def _return_address_lines(office: Office, mitte: str) -> list[str]:
    """The default return address: Mitte's for Bezirksamt Mitte, else the office's name
    alone (office.Sender), with an example to complete it."""
    if office.name == Office.name:
        return [
            "# Die Voreinstellung ist die Anschrift des Bezirksamts Mitte.",
            f"# return_address = {toml_string(mitte)}",
        ]
    return [
        "# Ohne Angabe steht dort nur der Name des Amts: Tragen Sie seine Anschrift ein.",
        f"# return_address = {toml_string(office.name)}",
        f"#   Beispiel: return_address = {toml_string(office.name + ', 10115 Berlin')}",
    ]


def settings_text(office: Office) -> str:
    """`pressetool.toml` of a new office: the name set, every other setting commented out
    with its default (a line `# key = value` gives the default), and explained."""
    defaults = Config()
    sender = defaults.sender
    sections = {
        "office": [
            "# Der Briefkopf jedes Dokuments (Pressemitteilung, Einladungsbriefe, Listen).",
            "# name: das Amt, unit: die Abteilung darunter.",
            f"name = {toml_string(office.name)}",
            f"# unit = {toml_string(Office.unit)}",
            "# logo: eine SVG- oder PNG-Datei im Briefkopf der Pressemitteilung (PDF und",
            '# DOCX), ihr Pfad relativ zu diesem Ordner, zum Beispiel: logo = "templates/logo.svg"',
            "# (leer: kein Logo); logo_height: seine Höhe in mm, von 5 bis 40.",
            '# logo = ""',
            '# logo_height = "15 mm"',
        ],
        "house_style": [
            "# Die Hausschreibweise von Zeitspannen und Veranstaltungsdaten; nach ihr",
            "# schlägt „pressetool check“ auch die Schreibweise von Telefonnummern vor.",
            "#   bezirksamt: 9 – 13 Uhr, 11.3.2020, (030) 9018-42390 (Voreinstellung)",
            "#   din5008:    9–13 Uhr, 11.03.2020, 030 9018-42390",
            f'# style = "{defaults.house_style.value}"',
        ],
        "letters": [
            "# Absender der Einladungsbriefe (pressetool invite); der Briefkopf kommt aus",
            "# [office]. return_address ist die Rücksendeangabe, die kleine Zeile über der",
            "# Anschrift im Fensterumschlag, und der Kontakt im Datenschutzhinweis.",
            *_return_address_lines(office, sender.return_address or ""),
            "# Informationsblock rechts neben der Anschrift: Ansprechperson, Telefon und",
            '# E-Mail. Eine leere Angabe ("") lässt die Zeile weg; ohne Angabe fehlen',
            "# Telefon und E-Mail. Das Datum ist der Tag der Erstellung oder „invite --date“.",
            f"# contact = {toml_string(sender.contact or '')}",
            '# phone = ""',
            '#   Beispiel: phone = "(030) 9018-42390"',
            '# email = ""',
            '#   Beispiel: email = "pressestelle@ba-beispiel.berlin.de"',
            "# Geschäftszeichen und „Ihr Zeichen“ im Informationsblock (leer: keine Zeile).",
            '# reference = ""',
            '#   Beispiel: reference = "PS 12-2020"',
            '# your_reference = ""',
            "# Geschäftsangaben in der Fußzeile der ersten Briefseite (DIN 5008), je Angabe",
            "# bis zu drei Zeilen (mit \\n getrennt); leer: die Spalte fehlt.",
            '# building_address = ""',
            '#   Beispiel: building_address = "Karl-Marx-Allee 31\\n10178 Berlin"',
            '# opening_hours = ""',
            '#   Beispiel: opening_hours = "Mo–Fr 9–15 Uhr"',
            '# transport = ""',
            '#   Beispiel: transport = "U5 Strausberger Platz"',
            '# bank = ""',
            '#   Beispiel: bank = "IBAN DE12 3456 7890 1234 5678 90"',
        ],
        "privacy_notice": [
            "# Datenschutzhinweis nach Art. 13 DSGVO auf jeder Seite der Anwesenheitsliste",
            "# (pressetool lists), in sechs Teilen. Ohne Angabe gilt für jeden Teil der Text",
            "# unten; er nennt das Amt aus [office] und die Angaben aus [letters]. Eine",
            '# Angabe ersetzt einen Teil, eine leere Angabe ("") lässt ihn weg.',
            '#   Beispiel: deletion = "Die Liste wird vier Wochen nach der Veranstaltung '
            'vernichtet."',
            "#",
            *_privacy_defaults(office),
        ],
        "register": [
            "# Das Nummernregister: welche Nummer an welche Pressemitteilung ging. Eine",
            "# SQLite-Datei, der Pfad relativ zu diesem Ordner (sqlite:////voller/pfad für",
            "# einen absoluten Pfad); die Umgebungsvariable PRESSETOOL_DATABASE_URL geht vor.",
            "# Eine Pressestelle hat genau ein Register: Sichern Sie es, legen Sie es nie neu",
            "# an. Ging es verloren, baut „pressetool reindex“ es aus den Dateien in",
            "# releases/ neu auf. Ein gemeinsames Register für mehrere Arbeitsplätze:",
            "# postgresql://benutzer@server/datenbank (README, „Gemeinsames Register“);",
            "# das Passwort gehört nach ~/.pgpass, nie in diese Datei.",
            f"# database_url = {toml_string(DEFAULT_DATABASE_URL)}",
        ],
        "defaults": [
            "# Vorbelegung jeder neuen Pressemitteilung (pressetool new), mit den Feldern",
            "# wie in der Pressemitteilungs-Datei. Ohne Angabe bleiben sie leer, und",
            "# „pressetool check“ nennt, was noch fehlt.",
            "# issuer: wer informiert (article, office, portfolio, name).",
            "# issuer = {}",
            '#   Beispiel: issuer = { article = "die", office = "Bezirksstadträtin", '
            'portfolio = "Soziales und Gesundheit", name = "Vorname Nachname" }',
            "# contacts: „Nähere Informationen“ (organisation, role, name, phone, email).",
            "# contacts = []",
            '#   Beispiel: contacts = [{ organisation = "Bezirksamt", name = "Vorname '
            'Nachname", phone = "(030) 9018-00000" }]',
            "# media_contact: der Medienkontakt (Felder wie contacts).",
            "# media_contact = []",
            '#   Beispiel: media_contact = [{ role = "Pressesprecherin", name = "Vorname '
            'Nachname", email = "presse@ba-beispiel.berlin.de" }]',
        ],
        "paths": [
            "# Die Ordner der erzeugten Dokumente, relativ zu diesem Ordner. Ändern Sie sie,",
            "# dann ändern Sie die Zeilen in .gitignore mit.",
            "# output: die öffentlichen Dokumente (Pressemitteilungen) und das Archiv; nur",
            "# dieser Ordner darf auf einen Webserver.",
            f"# output = {toml_string(defaults.output)}",
            "# internal: Einladungsbriefe und Listen mit Namen und Anschriften; er darf nie",
            "# auf einen Webserver.",
            f"# internal = {toml_string(defaults.internal)}",
        ],
        "archive": [
            "# Die Adresse, unter der das Archiv im Netz steht. feed.xml braucht sie für",
            "# vollständige Verweise (ein Feedreader folgt keinen relativen); ohne Angabe",
            "# sind alle Verweise relativ.",
            '# base_url = ""',
            '#   Beispiel: base_url = "https://www.berlin.de/ba-beispiel/presse/archiv/"',
        ],
        "mail": [
            "# Der Mailserver (SMTP) für „pressetool send“ und „pressetool invite --send“;",
            "# README, Abschnitt „Versenden“. Ohne host und sender sendet pressetool nicht.",
            '# host = ""',
            '#   Beispiel: host = "mail.ba-beispiel.berlin.de"',
            "# port: 0 ist der übliche Port zu security (587, 465 oder 25).",
            "# port = 0",
            "# security: starttls, tls oder none (unverschlüsselt, nur im eigenen Netz).",
            '# security = "starttls"',
            "# user: das Benutzerkonto am Mailserver; ohne Angabe keine Anmeldung. Das",
            "# Passwort steht nie in dieser Datei: Umgebungsvariable PRESSETOOL_SMTP_PASSWORD",
            "# oder eine Datei außerhalb dieses Ordners (password_file).",
            '# user = ""',
            '# password_file = ""',
            '#   Beispiel: password_file = "~/.config/pressetool/smtp-passwort"',
            "# sender, sender_name, reply_to: Absender und Antwortadresse der Nachrichten.",
            '# sender = ""',
            '# sender_name = ""',
            '# reply_to = ""',
            "# bcc: das eigene Postfach, unsichtbar in Kopie jeder Nachricht.",
            '# bcc = ""',
            "# max_per_minute: höchstens so viele Nachrichten je Minute.",
            f"# max_per_minute = {defaults.mail.max_per_minute}",
        ],
    }
    head = [
        "# Die Einstellungen der Pressestelle. pressetool sucht diese Datei im aktuellen",
        "# Ordner und in den Ordnern darüber (wie git). Dieser Ordner ist der Ordner der",
        "# Pressestelle: Hier liegen die Pressemitteilungen (releases/) mit dem",
        "# Nummernregister und die erzeugten Dokumente. Nummern vergeben und das Archiv",
        "# schreiben kann pressetool nur in einem solchen Ordner.",
        "#",
        "# Jede Einstellung steht in ihrem Abschnitt; eine Zeile „# name = Wert“ nennt die",
        "# Voreinstellung, die ohne Angabe gilt. Um sie zu ändern, löschen Sie „# “ am",
        "# Zeilenanfang und ändern den Wert. Texte stehen in Anführungszeichen. Jeder",
        "# Befehl prüft die ganze Datei und nennt jede falsche Einstellung mit Zeile.",
    ]
    body: list[str] = []
    for section, keys in SETTINGS.items():
        # A section without its explanation yet still gets named with its keys (the
        # test of every setting's explanation fails until it has one).
        explained = sections.get(section) or [f"# Einstellungen: {', '.join(keys)}."]
        body += ["", f"[{section}]", *explained]
    return "\n".join([*head, *body]) + "\n"
