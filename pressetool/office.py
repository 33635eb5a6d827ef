"""The press office: its folder, its settings in `pressetool.toml`, its clock.

The office folder is found the way git finds a repository: walking up from
the current directory to the first folder holding `pressetool.toml`. Without
one the built-in defaults (Bezirksamt Mitte) apply to the documents; the
number register and the archive belong to an office and need its folder
(`require_office_folder`), which `pressetool init` makes.

`pressetool.toml` is read once into a typed `Config`, and every section is
checked then: a typo in `[letters]` stops `build` as well as `invite`, with
every wrong setting of the file named at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from pressetool.messages import message
from pressetool.models import CONTACT_FIELDS, ISSUER_FIELDS
from pressetool.plain_text import forbidden_character, normalised, trimmed
from pressetool.problems import (
    Code,
    InputError,
    PressetoolError,
    Problem,
    Severity,
    unknown_field,
)

if TYPE_CHECKING:
    import uuid

CONFIG_NAME = "pressetool.toml"
RELEASES_FOLDER = "releases"
"""The release files and the register, below the office folder: never public."""
OFFICE_TIME_ZONE = ZoneInfo("Europe/Berlin")
PRIVACY_NOTICE_PARTS = ("controller", "purpose", "legal_basis", "deletion", "rights", "contact")
"""The keys of `[privacy_notice]`, in the order the notice prints them."""


class HouseStyle(Enum):
    """How times, event dates and phone numbers are written.

    `bezirksamt` (default) reproduces the Bezirksamt Mitte releases: `9 – 13 Uhr`,
    event date `11.3.2020`, phone numbers as written, checked against
    `(030) 9018-42390`. `din5008` writes `9–13 Uhr`, `11.03.2020` and expects
    phone numbers as `030 9018-42390`.
    """

    BEZIRKSAMT = "bezirksamt"
    DIN5008 = "din5008"


@dataclass(frozen=True)
class Office:
    """`[office]`: the letterhead of every document."""

    name: str = "Bezirksamt Mitte von Berlin"
    unit: str = "Pressestelle"
    logo: Path | None = None
    """`logo`: an SVG or PNG file (relative to the office folder) in the press release's
    letterhead; checked when the settings are read."""
    logo_height: float = 15.0
    """`logo_height = "15 mm"`: the logo's height in millimetres (its width follows)."""


LOGO_HEIGHTS = (5.0, 40.0)
"""The logo's smallest and largest height in mm."""


@dataclass(frozen=True)
class Sender:
    """The sender of letters: `[letters]`.

    Without the section (or without a key) the Bezirksamt Mitte defaults apply;
    an empty text leaves its line out of the letters. An office of another name
    without `return_address` returns to its name alone, never to Mitte's address
    (`return_address_notes` says what to write).
    """

    return_address: str | None = "Bezirksamt Mitte von Berlin, 13341 Berlin"
    """Rücksendeangabe: the small line above the recipient's address."""
    contact: str | None = "Pressestelle"
    """Ansprechperson in the information block."""
    phone: str | None = None
    email: str | None = None
    reference: str | None = None
    """Geschäftszeichen in the information block."""
    your_reference: str | None = None
    """Ihr Zeichen in the information block."""
    building_address: str | None = None
    """Hausanschrift: the first of the business details (Geschäftsangaben) in the footer.
    This and the next three may have several lines (`\\n`)."""
    opening_hours: str | None = None
    """Sprechzeiten"""
    transport: str | None = None
    """Verkehrsverbindungen"""
    bank: str | None = None
    """Bankverbindung"""


SENDER_LINES = ("building_address", "opening_hours", "transport", "bank")
"""The keys of `[letters]` whose text keeps its line breaks: the footer's business details."""


@dataclass(frozen=True)
class ReleaseDefaults:
    """`[defaults]`: what `pressetool new` fills in, as the release file's fields."""

    issuer: Mapping[str, str] = field(default_factory=dict)
    contacts: tuple[Mapping[str, str], ...] = ()
    media_contact: tuple[Mapping[str, str], ...] = ()


class MailSecurity(Enum):
    """How pressetool talks to the mail server: STARTTLS (port 587), TLS from the first
    byte (port 465) or unencrypted (port 25, only inside a trusted network)."""

    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"


MAIL_PORTS = {MailSecurity.STARTTLS: 587, MailSecurity.TLS: 465, MailSecurity.NONE: 25}
MAIL_PASSWORD_VARIABLE = "PRESSETOOL_SMTP_PASSWORD"


@dataclass(frozen=True)
class Mail:
    """`[mail]`: the office's mail server (SMTP) for `pressetool send` and `invite --send`.

    The password is never a setting: it comes from `PRESSETOOL_SMTP_PASSWORD` or from
    the file `password_file`, which must lie outside the office folder (a folder that
    is shared, copied or put under version control must not carry it)."""

    host: str | None = None
    port: int | None = None
    """None: the port of `security` (`MAIL_PORTS`)."""
    security: MailSecurity = MailSecurity.STARTTLS
    user: str | None = None
    """None: the server is used without logging in."""
    password_file: Path | None = None
    sender: str | None = None
    sender_name: str | None = None
    reply_to: str | None = None
    bcc: str | None = None
    """The office's own mailbox: an invisible copy of every message sent."""
    max_per_minute: int = 30

    @property
    def server_port(self) -> int:
        return self.port or MAIL_PORTS[self.security]


MAIL_TEXTS: tuple[str, ...] = ("host", "security", "user", "password_file", "sender")
MAIL_TEXTS += ("sender_name", "reply_to", "bcc")
MAIL_NUMBERS = {"port": (0, 65535), "max_per_minute": (1, 100_000)}
"""The bounds of the numbers of `[mail]`; port 0 is the port of `security`."""
MAIL_SETTINGS = (*MAIL_TEXTS, *MAIL_NUMBERS)
"""The keys of `[mail]`; `password` is refused with its own message."""


def mail_address(text: str) -> str | None:
    """`text` as an address a mail server takes (domain in IDNA, no DNS look-up), or None
    when it is none: no `@`, a space, an umlaut before the `@`, two dots in a row …"""
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        return None
    address: str = checked.ascii_email or checked.normalized
    return address


def invisible_character(text: str) -> tuple[int, str] | None:
    """The first invisible character of `text` (a zero-width space or joiner, a soft
    hyphen, a control character) as its position from 1 and `U+200B`: copied in from a
    web page or Word, it makes an address look right and fail."""
    for position, character in enumerate(text, 1):
        if unicodedata.category(character) in ("Cf", "Cc"):
            return position, f"U+{ord(character):04X}"
    return None


def address_problem(text: str, code: Code, column: str) -> tuple[Code, dict[str, object]]:
    """What to say of `text` in `column`, an address that `mail_address` refused: `code`,
    or that it holds an invisible character, named with its place."""
    params: dict[str, object] = {"column": column, "value": text}
    invisible = invisible_character(text)
    if invisible is None:
        return code, params
    position, character = invisible
    return Code.ADDRESS_INVISIBLE_CHARACTER, params | {
        "position": position,
        "character": character,
    }


@dataclass(frozen=True)
class Config:
    root: Path | None = None
    office: Office = field(default_factory=Office)
    house_style: HouseStyle = HouseStyle.BEZIRKSAMT
    sender: Sender = field(default_factory=Sender)
    privacy_notice: Mapping[str, str | None] = field(default_factory=dict)
    """The parts of the notice that `[privacy_notice]` gives (None: leave the part out)."""
    defaults: ReleaseDefaults = field(default_factory=ReleaseDefaults)
    database_url: str | None = None
    """`[register] database_url`; `PRESSETOOL_DATABASE_URL` overrides it."""
    internal: str = "intern"
    """`[paths] internal`: the folder, relative to the office folder, for documents with
    personal data (invitation letters, lists); never published."""
    output: str = "output"
    """`[paths] output`: the folder of public documents and the archive."""
    base_url: str | None = None
    """`[archive] base_url`: where the archive is published, for absolute feed links."""
    mail: Mail = field(default_factory=Mail)
    """`[mail]`: the mail server for sending (issue 16)."""

    @property
    def templates_dir(self) -> Path | None:
        """The office's own `templates/`, which overrides the shipped templates."""
        if self.root is None:
            return None
        folder = self.root / "templates"
        return folder if folder.is_dir() else None

    @property
    def folder(self) -> Path:
        """The office folder; without `pressetool.toml`, the current folder."""
        return self.root or Path.cwd()

    @property
    def file(self) -> Path | None:
        """`pressetool.toml`, named in messages about a setting."""
        return self.root / CONFIG_NAME if self.root else None

    @property
    def output_dir(self) -> Path:
        """Public documents: press releases and the archive, for a web server."""
        return self.folder / self.output

    @property
    def internal_dir(self) -> Path:
        """Documents with personal data (letters, lists): never on a web server."""
        return self.folder / self.internal


SETTINGS: Mapping[str, tuple[str, ...]] = {
    "office": ("name", "unit", "logo", "logo_height"),
    "house_style": ("style",),
    "letters": tuple(f.name for f in fields(Sender)),
    "privacy_notice": PRIVACY_NOTICE_PARTS,
    "register": ("database_url",),
    "defaults": ("issuer", "contacts", "media_contact"),
    "paths": ("output", "internal"),
    "archive": ("base_url",),
    "mail": MAIL_SETTINGS,
}
"""Every section of `pressetool.toml` and its keys, in the order `pressetool init` writes
and explains them."""


def find_office_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


class OutsideOfficeFolder(PressetoolError):
    """A command of the register or the archive ran where no `pressetool.toml` is found.

    Not an `InputError`: a command that collects input errors (`verify`) must not
    take it for one more disagreement and go on; it stops every such command."""


def require_office_folder(config: Config) -> Path:
    """The office folder, or `OutsideOfficeFolder` (its message names `pressetool init`).

    Every command that reads or writes the register (it is called where the
    register is opened) and `archive` call this before they read or write
    anything: outside an office folder no register is ever created, so an office
    never gets a second one that gives its numbers again.
    """
    if config.root is None:
        folder = Path.cwd()
        raise OutsideOfficeFolder(message(Code.NO_OFFICE_FOLDER, {"folder": folder}))
    return config.root


def load_config(start: Path | None = None) -> Config:
    """The office's settings, found from `start` (the current folder)."""
    root = find_office_root((start or Path.cwd()).resolve())
    if root is None:
        return Config()
    return config_from_settings(root, _parse_toml(root / CONFIG_NAME))


def config_from_settings(root: Path, settings: Mapping[str, Any]) -> Config:
    """Every section checked; every wrong setting of the file in one `InputError`."""
    reader = _SettingsReader(root / CONFIG_NAME, settings)
    office = reader.texts("office", SETTINGS["office"])
    logo = reader.logo(root, office.get("logo"))
    logo_height = reader.logo_height(office.get("logo_height"))
    style = reader.house_style()
    sender = reader.texts("letters", SETTINGS["letters"], lines=SENDER_LINES)
    name = office.get("name") or Office.name
    sender.setdefault("return_address", default_return_address(name))
    notice = reader.texts("privacy_notice", SETTINGS["privacy_notice"])
    register = reader.texts("register", SETTINGS["register"])
    paths = reader.texts("paths", SETTINGS["paths"])
    output = paths.get("output") or Config.output
    internal = paths.get("internal") or Config.internal
    reader.separate_folders(root, output, internal, internal_given="internal" in paths)
    archive = reader.texts("archive", SETTINGS["archive"])
    defaults = reader.defaults()
    mail = reader.mail(root)
    reader.reject_unknown_sections()
    if reader.problems:
        raise InputError(_with_lines(reader.problems, root / CONFIG_NAME))
    return Config(
        root=root,
        office=Office(
            name,
            office.get("unit") or Office.unit,
            logo=logo,
            logo_height=logo_height,
        ),
        house_style=style,
        sender=Sender(**sender),
        privacy_notice=notice,
        defaults=defaults,
        database_url=register.get("database_url"),
        output=output,
        internal=internal,
        base_url=archive.get("base_url"),
        mail=mail,
    )


_SECTION = re.compile(r"^\s*\[\s*([A-Za-z_][\w-]*)\s*\]\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*=")


def _with_lines(problems: list[Problem], path: Path) -> list[Problem]:
    """The problems of `pressetool.toml` with the line of their setting (`house_style.
    style` → the line `style = …` under `[house_style]`), as the file promises: its
    reader gives names, not lines. A setting not found by its name keeps none."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return problems
    found: dict[str, int] = {}
    section = ""
    for number, line in enumerate(lines, start=1):
        if heading := _SECTION.match(line):
            section = heading[1]
            found.setdefault(section, number)
        elif key := _KEY.match(line):
            found.setdefault(f"{section}.{key[1]}" if section else key[1], number)
    return [
        dataclasses.replace(problem, line=found.get(problem.field or ""))
        if problem.file == path and problem.line is None and problem.field
        else problem
        for problem in problems
    ]


def _parse_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text)
    except UnicodeDecodeError:
        raise InputError([Problem(Code.NOT_UTF8, path)]) from None
    except RecursionError:
        # tomllib reads nested lists and tables recursively: a thousand `[` end it. The
        # line named is the one that opens the most.
        opened = [line.count("[") + line.count("{") for line in text.split("\n")]
        deepest = opened.index(max(opened)) + 1
        raise InputError([Problem(Code.CONFIG_TOO_DEEP, path, line=deepest)]) from None
    except tomllib.TOMLDecodeError as error:
        # tomllib's own words are English; only its line is worth passing on.
        match = re.search(r"at line (\d+)", str(error))
        line = int(match[1]) if match else None
        raise InputError([Problem(Code.CONFIG_NOT_TOML, path, line=line)]) from None


class _SettingsReader:
    """Reads the sections of `pressetool.toml`, collecting every problem."""

    SECTIONS = tuple(SETTINGS)

    def __init__(self, file: Path, settings: Mapping[str, Any]) -> None:
        self.file = file
        self.settings = settings
        self.problems: list[Problem] = []

    def reject_unknown_sections(self) -> None:
        self.problems.extend(
            unknown_field(self.file, key, key, self.SECTIONS)
            for key in self.settings
            if key not in self.SECTIONS
        )

    def table(self, section: str) -> Mapping[str, Any]:
        table = self.settings.get(section, {})
        if isinstance(table, dict):
            return table
        params = {"section": section}
        self.problems.append(Problem(Code.CONFIG_EXPECTED_TABLE, self.file, section, None, params))
        return {}

    def texts(
        self,
        section: str,
        keys: tuple[str, ...],
        table: Mapping[str, Any] | None = None,
        lines: tuple[str, ...] = (),
    ) -> dict[str, str | None]:
        """The texts given in `[section]` (or `table`, a part of it), by key; an empty
        text is None. Keys not given are absent (the caller's default applies). The
        texts of the keys in `lines` keep their line breaks (each line stripped)."""
        values: dict[str, str | None] = {}
        for key, value in (self.table(section) if table is None else table).items():
            name = f"{section}.{key}"
            if key not in keys:
                self.problems.append(unknown_field(self.file, name, key, keys))
            elif not isinstance(value, str):
                self.problems.append(Problem(Code.CONFIG_EXPECTED_TEXT, self.file, name))
            elif (found := forbidden_character(value)) is not None:
                params = {"position": found[0] + 1, "character": found[1]}
                self.problems.append(
                    Problem(Code.FORBIDDEN_CHARACTER, self.file, name, None, params)
                )
            elif key in lines:
                kept = (trimmed(line) for line in normalised(value, paragraphs=True).split("\n"))
                values[key] = "\n".join(line for line in kept if line) or None
            else:
                values[key] = trimmed(value) or None
        return values

    def separate_folders(
        self, root: Path, output: str, internal: str, internal_given: bool
    ) -> None:
        """`[paths]`: the output folder goes on a web server, so it must not be, hold or
        lie in the internal folder (letters, lists, releases before their time), nor hold
        `releases/` (drafts and the register). Two settings naming one folder are blamed
        on the one written: `output = "intern"` on output."""
        public, private = (root / output).resolve(), (root / internal).resolve()
        params = {
            "output": output,
            "internal": internal,
            "releases": RELEASES_FOLDER,
            "other_output": "output" if internal != "output" else "web",
            "other_internal": "intern" if output != "intern" else "privat",
        }
        if (root / RELEASES_FOLDER).resolve().is_relative_to(public):
            code, name = Code.CONFIG_OUTPUT_CONTAINS_RELEASES, "paths.output"
        elif private.is_relative_to(public) and (private != public or internal_given):
            code, name = Code.CONFIG_INTERNAL_IN_OUTPUT, "paths.internal"
        elif public.is_relative_to(private):
            code, name = Code.CONFIG_OUTPUT_IN_INTERNAL, "paths.output"
        else:
            return
        self.problems.append(Problem(code, self.file, name, None, params))

    def logo(self, root: Path, value: str | None) -> Path | None:
        """`[office] logo`: an SVG or PNG file that exists, relative to the office folder."""
        if value is None:
            return None
        path = root / value
        if not _image_file(path):
            params = {"value": value}
            self.problems.append(
                Problem(Code.LOGO_UNUSABLE, self.file, "office.logo", None, params)
            )
            return None
        return path

    def logo_height(self, value: str | None) -> float:
        """`[office] logo_height = "15 mm"` (`15`, `12,5 mm`): between 5 and 40 mm."""
        if value is None:
            return Office.logo_height
        match = re.fullmatch(r"([0-9]{1,2}(?:[.,][0-9]+)?)\s*(?:mm)?", value)
        height = float(match[1].replace(",", ".")) if match else 0.0
        if not LOGO_HEIGHTS[0] <= height <= LOGO_HEIGHTS[1]:
            params = {"value": value, "low": "5", "high": "40"}
            problem = Problem(Code.BAD_LOGO_HEIGHT, self.file, "office.logo_height", None, params)
            self.problems.append(problem)
            return Office.logo_height
        return height

    def house_style(self) -> HouseStyle:
        text = self.texts("house_style", SETTINGS["house_style"]).get("style")
        if text is None:
            return HouseStyle.BEZIRKSAMT
        try:
            return HouseStyle(text)
        except ValueError:
            params = {"value": text, "choices": " oder ".join(s.value for s in HouseStyle)}
            name = "house_style.style"
            self.problems.append(Problem(Code.CONFIG_BAD_VALUE, self.file, name, None, params))
            return HouseStyle.BEZIRKSAMT

    def mail(self, root: Path) -> Mail:
        """`[mail]`; a password in the file is refused (it belongs in the environment or
        in a file outside the office folder)."""
        table = dict(self.table("mail"))
        if "password" in table:
            del table["password"]
            problem = Problem(Code.MAIL_PASSWORD_IN_SETTINGS, self.file, "mail.password")
            self.problems.append(problem)
        numbers = {key: table.pop(key) for key in MAIL_NUMBERS if key in table}
        texts = self.texts("mail", MAIL_SETTINGS, table)
        for key, value in numbers.items():
            low, high = MAIL_NUMBERS[key]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                params = {"value": value, "low": low, "high": high}
                name = f"mail.{key}"
                self.problems.append(Problem(Code.MAIL_BAD_NUMBER, self.file, name, None, params))
                numbers[key] = None
        security = MailSecurity.STARTTLS
        if (text := texts.get("security")) is not None:
            try:
                security = MailSecurity(text)
            except ValueError:
                choices = " oder ".join(f'"{s.value}"' for s in MailSecurity)
                params = {"value": text, "choices": choices}
                name = "mail.security"
                self.problems.append(Problem(Code.CONFIG_BAD_VALUE, self.file, name, None, params))
        for key in ("sender", "reply_to", "bcc"):
            if (text := texts.get(key)) is not None and (address := mail_address(text)):
                texts[key] = address
            elif text is not None:
                params = {"value": text}
                name = f"mail.{key}"
                self.problems.append(Problem(Code.MAIL_BAD_ADDRESS, self.file, name, None, params))
        password_file = None
        if (text := texts.get("password_file")) is not None:
            password_file = (root / os.path.expanduser(text)).resolve()
            if password_file.is_relative_to(root.resolve()):
                params = {"folder": root}
                name = "mail.password_file"
                problem = Problem(Code.MAIL_PASSWORD_FILE_INSIDE, self.file, name, None, params)
                self.problems.append(problem)
        max_per_minute = numbers.get("max_per_minute")
        return Mail(
            host=texts.get("host"),
            port=numbers.get("port") or None,
            security=security,
            user=texts.get("user"),
            password_file=password_file,
            sender=texts.get("sender"),
            sender_name=texts.get("sender_name"),
            reply_to=texts.get("reply_to"),
            bcc=texts.get("bcc"),
            max_per_minute=max_per_minute if max_per_minute is not None else Mail.max_per_minute,
        )

    def defaults(self) -> ReleaseDefaults:
        table = self.table("defaults")
        parts = SETTINGS["defaults"]
        self.problems.extend(
            unknown_field(self.file, f"defaults.{key}", key, parts)
            for key in table
            if key not in parts
        )
        return ReleaseDefaults(
            issuer=self._fields("defaults.issuer", table.get("issuer", {}), ISSUER_FIELDS),
            contacts=self._contacts(table, "contacts"),
            media_contact=self._contacts(table, "media_contact"),
        )

    def _contacts(self, table: Mapping[str, Any], key: str) -> tuple[dict[str, str], ...]:
        items = table.get(key, [])
        if not isinstance(items, list):
            self.problems.append(Problem(Code.EXPECTED_LIST, self.file, field=f"defaults.{key}"))
            return ()
        return tuple(
            self._fields(f"defaults.{key}[{i}]", item, CONTACT_FIELDS)
            for i, item in enumerate(items, start=1)
        )

    def _fields(self, name: str, value: object, allowed: tuple[str, ...]) -> dict[str, str]:
        if not isinstance(value, Mapping):
            self.problems.append(Problem(Code.EXPECTED_MAPPING, self.file, field=name))
            return {}
        self.problems.extend(
            unknown_field(self.file, f"{name}.{key}", key, allowed)
            for key in value
            if key not in allowed
        )
        return {key: str(value[key]) for key in allowed if key in value}


def default_return_address(office_name: str) -> str | None:
    """`[letters] return_address` when it is not written: the Bezirksamt Mitte's address
    for Bezirksamt Mitte, the office's name alone for any other (see `Sender`)."""
    return Sender.return_address if office_name == Office.name else office_name


_IMAGE_STARTS = {".png": (b"\x89PNG\r\n\x1a\n",), ".svg": (b"<svg", b"<?xml", b"<!--")}
"""How the files that `[office] logo` takes begin (an SVG perhaps after a BOM or spaces)."""


_PNG_HEADER = re.compile(rb"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR(?!\x00{4})....(?!\x00{4})", re.S)
_PNG_END = b"IEND\xaeB`\x82"
LOGO_BYTES = 5 * 2**20
"""A logo larger than this is no letterhead's (and is not read whole)."""


def _image_file(path: Path) -> bool:
    """`path` is a PNG or SVG file by its name and its bytes: a document renamed to
    `.png`, or a PNG cut short (a download broken off), stopped `build` with a traceback
    from python-docx, which reads the PNG's chunks: a PNG must start with its header
    (a width and height not 0) and end with its end chunk."""
    starts = _IMAGE_STARTS.get(path.suffix.lower())
    try:
        with path.open("rb") as file:
            data = file.read(LOGO_BYTES + 1)
    except OSError:  # missing, a folder, a name too long, not readable
        return False
    if starts is None or len(data) > LOGO_BYTES:
        return False
    if path.suffix.lower() == ".png":
        return bool(_PNG_HEADER.match(data)) and data.endswith(_PNG_END)
    return data[:512].removeprefix(b"\xef\xbb\xbf").lstrip().startswith(starts)


def return_address_notes(config: Config) -> list[Problem]:
    """A Hinweis for the documents that print `[letters] return_address` (the letters'
    Rücksendeangabe, the sign-in sheet's privacy notice) when it is the office's name
    without an address."""
    name = config.office.name
    if config.sender.return_address != name:
        return []
    code, params = Code.RETURN_ADDRESS_NAME_ONLY, {"name": name}
    place = (config.file, "letters.return_address", None)
    return [Problem(code, *place, params, Severity.WARNING)]


_BASE_URL_FLAWS = (
    (re.compile(r"\s"), "ein Leerzeichen"),
    (re.compile(r"\?"), "„?“ mit einer Abfrage"),
    (re.compile(r"#"), "„#“ mit einem Sprungziel"),
)
"""What `[archive] base_url` must not hold, as the Hinweis names it."""


def base_url_notes(config: Config) -> list[Problem]:
    """A Hinweis for `[archive] base_url` with a space, a query (`?q=1`) or a fragment
    (`#neu`): the feed puts each page's path after it (`https://x.de/?q=1/2020/067/…`),
    so every link in `feed.xml` would lead nowhere. A Hinweis, not an error: the
    archive's pages link relatively and are right all the same."""
    url = config.base_url
    for pattern, what in _BASE_URL_FLAWS:
        if url and pattern.search(url):
            example = re.split(r"[\s?#]", url, maxsplit=1)[0].rstrip("/") + "/"
            params = {"value": url, "what": what, "example": example}
            code = Code.ARCHIVE_BASE_URL_NOT_A_FOLDER
            return [Problem(code, config.file, "archive.base_url", None, params, Severity.WARNING)]
    return []


def today_in_office() -> dt.date:
    """Today in Berlin, whatever the computer's clock zone."""
    return dt.datetime.now(OFFICE_TIME_ZONE).date()


def _clock_offsets(day: dt.date, time: dt.time) -> tuple[dt.timedelta, dt.timedelta]:
    """The offsets from UTC of `time` on `day` on the Berlin clock, read as before and as
    after a change of the clock (Python's `fold` 0 and 1): the same at any other hour;
    summer time's and winter time's (2 and 1 hours) in the hour the clock shows twice
    (02:00–02:59 on the last Sunday of October), the other way round in the hour it
    skips (02:00–02:59 on the last Sunday of March)."""
    moment = dt.datetime.combine(day, time, OFFICE_TIME_ZONE)
    before, after = moment.utcoffset(), moment.replace(fold=1).utcoffset()
    assert before is not None and after is not None  # a zone always has an offset
    return before, after


def skipped_in_berlin(day: dt.date, time: dt.time) -> bool:
    """Whether Berlin's clocks skip `time` on `day` (2:30 on the last Sunday of March)."""
    before, after = _clock_offsets(day, time)
    return before < after


def twice_in_berlin(day: dt.date, time: dt.time) -> bool:
    """Whether Berlin's clocks show `time` twice on `day` (2:30 on the last Sunday of
    October)."""
    before, after = _clock_offsets(day, time)
    return before > after


def office_moment(day: dt.date, time: dt.time) -> dt.datetime:
    """`day` at `time` on the Berlin clock: when a Sperrfrist ends, when a release is
    public, what `archive --at` names. A time the clock shows twice is the later of the
    two, in winter time: then nothing is public before its time, however the officer
    meant it. It carries its offset (+01:00) instead of the zone, because Python
    compares two times of one zone by their clock readings alone: the second 2:30 would
    be earlier than the first 2:45. A time the clock skips is the later reading too:
    2:30 is 3:30 summer time."""
    before, after = _clock_offsets(day, time)
    moment = dt.datetime.combine(day, time, OFFICE_TIME_ZONE)
    if before > after:
        return moment.replace(tzinfo=dt.timezone(after))
    if before < after:
        return moment.astimezone(dt.UTC).astimezone(OFFICE_TIME_ZONE)
    return moment


def office_uuid(office: str, name: str) -> uuid.UUID:
    """`name` (a release number, a calendar file) within `office`, as a name-based UUID:
    the same office and name always give the same id. (`uuid` is imported here: with
    `platform` and `ctypes` it would cost every command 4 ms.)"""
    import uuid

    return uuid.uuid5(uuid.NAMESPACE_URL, f"pressetool:{office}:{name}")
