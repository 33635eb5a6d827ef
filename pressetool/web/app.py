"""The pages of `pressetool serve`: Flask routes that call the library as the commands do.

Decision: Flask (with waitress as the server, see `server`). The library is
synchronous and CPU-bound (WeasyPrint, PDFium), one officer uses one app, and
Flask's test client tests every page without a server; an ASGI stack
(Starlette, uvicorn) would add an event loop that every call leaves at once.

Every page reads the office's settings anew (a change of `pressetool.toml`
applies without a restart). A release is named in addresses by year and number
only (`/pm/2020/67`); its file is found by `register.release_files`. Uploaded
lists are stored under names the app chooses, and only the app's own tokens
name them afterwards: no path ever comes from the browser.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
import secrets
import shutil
import tempfile
import threading
import zipfile
from base64 import b64encode
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlencode

from flask import (
    Flask,
    Request,
    Response,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from markupsafe import Markup, escape
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers.response import Response as BaseResponse

from pressetool.compose.german import format_date_numeric
from pressetool.compose.press_release import STATUS_WORDS, register_status_text
from pressetool.messages import Code, message, published_documents
from pressetool.models import FIRST_YEAR, LAST_YEAR, Release, ReleaseNumber, Status
from pressetool.office import (
    OFFICE_TIME_ZONE,
    Config,
    load_config,
    require_office_folder,
    today_in_office,
)
from pressetool.output import document_stem, press_release_file, release_output_dir
from pressetool.problems import InputError, PressetoolError, Problem
from pressetool.reading import limits
from pressetool.reading.yaml_source import load_located_yaml
from pressetool.web import security
from pressetool.web.jobs import Job, Jobs
from pressetool.web.preview import Hint, preview
from pressetool.web.release_form import (
    ISSUER,
    MAX_ROWS,
    ROW_GROUPS,
    ROW_LABELS,
    ROW_TITLES,
    SCALARS,
    ReleaseForm,
    UnknownFormField,
    field_label,
    form_from_browser,
    form_from_tree,
)
from pressetool.web.release_text import merged_text, text_version
from pressetool.web.wording import in_browser

WEB_TEMPLATES = Path(str(files("pressetool.templates"))) / "web"
UPLOAD_MARGIN = 1024 * 1024
"""Room for a form: a request larger than a list's bound (`limits.LIST_FILE_BYTES`) and
this is refused before it is read, except by the pages of `UPLOAD_PAGES`."""
UPLOAD_PAGES = frozenset({"check_recipients", "lists"})
"""The pages that take a list. Their request is read in full up to `UPLOAD_READ_BYTES`,
the list cut at its bound while read (`_ListUpload`): an oversized list is named at its
field, and the fields typed beside it stay."""
UPLOAD_READ_BYTES = 256 * 2**20
"""256 MB: a large file chosen by mistake (a workbook with pictures, a scan), read
through in a fraction of a second; a larger request is refused unread (the 413 page)."""
UPLOAD_FORM_PARTS = 10
"""Fields of an upload form (csrf, the list, the date or blank rows), with room."""
SPOOLED_BYTES = 500 * 1024
"""An uploaded list up to this size stays in memory, a larger one goes to a temporary file."""
KEPT_VERSIONS = 200
ARTICLES = ("der", "die", "das")
STATUS_NAMES = {status: word for status, word in STATUS_WORDS.items()}
ACTIONS = {
    "veroeffentlichen": "Veröffentlichen",
    "zurueckziehen": "Zurückziehen",
    "verwerfen": "Verwerfen",
    "berichtigen": "Berichtigen",
}
ACTION_STATUS = {
    "veroeffentlichen": Status.DRAFT,
    "verwerfen": Status.DRAFT,
    "zurueckziehen": Status.PUBLISHED,
    "berichtigen": Status.PUBLISHED,
}
"""The status a release must have for the action to be offered and carried out (the
command decides the rest)."""
INVITATION_DOWNLOADS = ("druck.pdf", "kalender.ics", "briefe.zip")
LIST_DOCUMENTS = {
    "teilnehmendenliste.pdf": ("teilnehmendenliste", "pdf", "Teilnehmendenliste (PDF)"),
    "teilnehmendenliste.docx": ("teilnehmendenliste", "docx", "Teilnehmendenliste (DOCX)"),
    "anwesenheitsliste.pdf": ("anwesenheitsliste", "pdf", "Anwesenheitsliste zum Drucken (PDF)"),
    "anwesenheitsliste.docx": ("anwesenheitsliste", "docx", "Anwesenheitsliste (DOCX)"),
}
"""Each list's document: its address, (kind, format, what its link says)."""
MIME = {  # a text/ type gets `charset=utf-8` from `send_file`
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "ics": "text/calendar",
    "yaml": "text/yaml",
    "zip": "application/zip",
    "html": "text/html",
    "txt": "text/plain",
}
PASTED = {"ausschnitt": ("html", "HTML-Ausschnitt"), "text": ("txt", "Text")}
"""The texts to paste that `build --format html|txt` writes beside PDF and DOCX: each
address with (the document's format, what its link says before format and size)."""


class _ListUpload(tempfile.SpooledTemporaryFile[bytes]):
    """An uploaded file as the form parser writes it: its first `LIST_FILE_BYTES + 1`
    bytes (enough to tell that it is too large), the rest read and dropped."""

    def __init__(self) -> None:
        super().__init__(max_size=SPOOLED_BYTES)
        self.room = limits.LIST_FILE_BYTES + 1

    def write(self, data: bytes) -> int:  # type: ignore[override]
        kept = data[: self.room]
        self.room -= len(kept)
        super().write(kept)
        return len(data)


class _Request(Request):
    def _get_file_stream(
        self,
        total_content_length: int | None,
        content_type: str | None,
        filename: str | None = None,
        content_length: int | None = None,
    ) -> IO[bytes]:
        return _ListUpload()


@dataclass
class _State:
    folder: Path
    hosts: frozenset[str]
    access: str = field(default_factory=security.new_token)
    """The key to enter of this start (web/security.py)."""
    jobs: Jobs = field(default_factory=Jobs)
    uploads: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="pressetool-")))
    """Uploaded lists, each under a token; removed when the app ends."""
    lists: dict[str, tuple[Path, str]] = field(default_factory=dict)
    """token → (stored list, the name the browser gave it, for display only)."""
    versions: dict[str, str] = field(default_factory=dict)
    """The texts the editor opened, by version: the base of a conflict's two versions."""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def remember(self, version: str, text: str) -> None:
        with self.lock:
            self.versions[version] = text
            while len(self.versions) > KEPT_VERSIONS:
                del self.versions[next(iter(self.versions))]


def entry_path(app: Flask) -> str:
    """The path with this start's key to enter (`/?schluessel=…`), as `serve` opens it."""
    state: _State = app.extensions["pressetool"]
    return f"/?{urlencode({security.ACCESS_FIELD: state.access})}"


def create_app(folder: Path, *, host: str = "127.0.0.1", port: int = 8765) -> Flask:
    """The app for the office folder `folder`, answering as `host:port` only."""
    config = load_config(folder)
    require_office_folder(config)
    app = Flask(
        __name__,
        template_folder=str(WEB_TEMPLATES),
        static_folder=str(WEB_TEMPLATES / "static"),
        static_url_path="/statisch",
    )
    app.request_class = _Request
    app.secret_key = security.session_key()
    app.config.update(
        MAX_CONTENT_LENGTH=limits.LIST_FILE_BYTES + UPLOAD_MARGIN,
        SESSION_COOKIE_NAME="pressetool_sitzung",
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters["leerraum"] = visible_blanks
    app.jinja_env.globals.update(
        field_id=field_id,
        problem_text=problem_text,
        german_date=german_date,
        field_label=field_label,
        row_titles=ROW_TITLES,
        row_labels=ROW_LABELS,
    )
    state = _State(config.folder, security.own_hosts(host, port))
    app.extensions["pressetool"] = state
    _guards(app, state)
    _pages(app, state)
    _release_pages(app, state)
    _event_pages(app, state)
    return app


def state_of(app: Flask) -> _State:
    state: _State = app.extensions["pressetool"]
    return state


# -- guards ---------------------------------------------------------------------


def _guards(app: Flask, state: _State) -> None:
    @app.before_request
    def guard() -> Response | BaseResponse | None:
        if not security.host_allowed(request.host, state.hosts):
            # plain text: a page under a foreign name gets nothing of the app's
            return Response(
                "Diese Adresse gehört nicht zu pressetool. Öffnen Sie die Adresse, "
                "die „pressetool serve“ genannt hat.",
                status=403,
                mimetype="text/plain",
            )
        key = request.args.get(security.ACCESS_FIELD)
        if not (session.get("zugang") or security.token_matches(state.access, key)):
            return Response(security.NO_ACCESS, status=403, mimetype="text/plain")
        if key is not None:  # entered: on to the address without the key
            session["zugang"] = True
            session.permanent = True
            kept = [(k, v) for k, v in request.args.items(multi=True) if k != security.ACCESS_FIELD]
            return redirect(request.path + (f"?{urlencode(kept)}" if kept else ""))
        g.config = load_config(state.folder)
        if request.endpoint in UPLOAD_PAGES:
            request.max_content_length = UPLOAD_READ_BYTES
            request.max_form_parts = UPLOAD_FORM_PARTS
        if request.method not in security.SAFE_METHODS:
            if not security.origin_allowed(request.headers.get("Origin"), state.hosts):
                return _refusal(403, "Die Anfrage kam nicht von einer Seite von pressetool.")
            sent = request.form.get(security.CSRF_FIELD) or request.headers.get(
                security.CSRF_HEADER
            )
            if not security.token_matches(session.get("csrf"), sent):
                return _refusal(
                    403,
                    "Das Formular ist abgelaufen oder kam nicht von pressetool. Laden Sie die "
                    "Seite neu und versuchen Sie es noch einmal.",
                )
        return None

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.context_processor
    def shared() -> dict[str, Any]:
        if "csrf" not in session:
            session["csrf"] = security.new_token()
        config: Config | None = g.get("config")
        return {"csrf": session["csrf"], "office": config.office if config else None}

    @app.errorhandler(InputError)
    def input_error(error: InputError) -> tuple[str, int]:
        shown = _shown(error.problems, state.folder)  # a file as `releases/…`
        return render_template("fehler.html", problems=shown), 422

    @app.errorhandler(PressetoolError)
    def tool_error(error: PressetoolError) -> tuple[str, int]:
        return render_template("fehler.html", text=str(error), problems=[]), 422

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        texts = {
            404: "Diese Seite gibt es nicht.",
            405: "Diese Seite nimmt so keine Anfrage an.",
            413: "Die Datei ist zu groß: erlaubt sind höchstens "
            f"{limits.LIST_FILE_BYTES // 2**20} MB.",
        }
        code = error.code or 500
        # Werkzeug's own descriptions are English: only the app's own are shown
        own = error.description if error.description != type(error).description else None
        text = texts.get(code) or own or _UNFORESEEN.get(code, f"Die Anfrage ging nicht ({code}).")
        return render_template("fehler.html", text=text, problems=[]), code


_UNFORESEEN = {
    500: "In pressetool ist dabei ein Fehler aufgetreten, der nicht vorgesehen ist. Laden Sie "
    "die Seite neu oder gehen Sie zur Übersicht; prüfen Sie dort, ob Ihre letzte Änderung "
    "gespeichert ist. Tritt der Fehler wieder auf, melden Sie ihn Ihrer IT mit der Uhrzeit: "
    "Sie findet ihn im Protokoll von „pressetool serve“.",
}
"""The pages of an error the app did not foresee (a crash becomes 500)."""


def _refusal(status: int, text: str) -> Response:
    """A refused request as a page of the app, with its navigation."""
    return Response(render_template("fehler.html", text=text, problems=[]), status=status)


_BLANKS = re.compile(r"[^\S\n]{2,}")


def visible_blanks(text: str) -> Markup:
    """`text` of a hint with each run of blanks marked (`class="leerraum"`, kept as
    written): a browser shows two spaces as one, and „Schreiben Sie »mit zwei« statt
    »mit  zwei«“ would compare two texts that look alike."""
    parts, at = [], 0
    for blanks in _BLANKS.finditer(text):
        mark = Markup('<span class="leerraum" title="{} Leerzeichen">{}</span>')
        parts += [escape(text[at : blanks.start()]), mark.format(len(blanks[0]), blanks[0])]
        at = blanks.end()
    return Markup("").join([*parts, escape(text[at:])])


def field_id(name: str) -> str:
    """`event.hosts[2].name` → `f-event-hosts-2-name`: an id for the input of a field."""
    return "f-" + "-".join(part for part in _split(name) if part)


def problem_text(problem: Problem) -> str:
    """The sentence of a problem without its place, in the web app's words: shown at its
    field."""
    (said,) = in_browser([problem])
    return message(said.code, said.params)


def _split(name: str) -> list[str]:
    return name.replace("[", ".").replace("]", "").replace("_", "-").split(".")


# -- shown problems ---------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """A problem as a page shows it: the sentence, and where it applies."""

    text: str
    where: str
    hint: bool = False
    link: str | None = None
    """The editor at the field the problem names (`/pm/2026/1#f-body`)."""


OPTION_LABELS = {"--reason": "Grund", "--date": "Datum", "--title": "Titel", "--year": "Jahr"}
"""The command's options as the forms that call the same functions label them."""


def _shown(
    problems: Iterable[Problem], folder: Path | None = None, edited: Opened | None = None
) -> list[Shown]:
    """`edited`: the release that the editor shows; a problem of its file at a field of the
    form names the editor's field (`Feld „Text“`), not the file's line, and links to it.
    Said in the web app's words (`in_browser`)."""
    shown = []
    form = edited.form() if edited is not None else None
    for problem in in_browser(problems):
        file = problem.file
        at = None
        if edited is not None and form is not None and file is not None:
            at = form.form_name(problem.field) if _same_file(file, edited.path) else None
        in_editor = at is not None
        if file is not None and folder is not None and file.resolve().is_relative_to(folder):
            file = file.resolve().relative_to(folder)
        parts = [str(file)] if file is not None and not in_editor else []
        if problem.line is not None and not in_editor:
            parts.append(f"Zeile {problem.line}")
        if problem.field:
            label = OPTION_LABELS.get(problem.field) or field_label(problem.field)
            parts.append(f"Feld „{label}“")
        text = message(problem.code, problem.params)
        hint = problem.severity.value == "Hinweis"
        link = _field_link(edited.number, at) if edited is not None and at else None
        shown.append(Shown(text, ", ".join(parts), hint, link))
    return shown


def _same_file(file: Path, other: Path) -> bool:
    """The library names a file relative to the current folder (`releases/…`), the app
    by its full path: the same file either way."""
    return file.resolve() == other.resolve()


def _field_link(number: ReleaseNumber, name: str) -> str:
    """The editor of `number` at the part of the form `name` (`ReleaseForm.form_name`):
    its input, or for a part of several inputs (`event`) its messages."""
    is_input = name in SCALARS or "]." in name
    return f"{_editor_url(number)}#{'' if is_input else 'm-'}{field_id(name)}"


def _config() -> Config:
    config: Config = g.config
    return config


# -- overview, new release, register -----------------------------------------------


@dataclass(frozen=True)
class Row:
    number: ReleaseNumber
    date: dt.date
    title: str
    status: str
    has_file: bool
    sent: int
    """Addresses that got the release by e-mail (`send`)."""
    invitations_sent: int


def german_date(text: str) -> str:
    """`2020-03-06` (as a release file writes a date) → `06.03.2020`; other text as it is."""
    try:
        return format_date_numeric(dt.date.fromisoformat(text))
    except ValueError:
        return text


def _pages(app: Flask, state: _State) -> None:
    from pressetool.register.database import open_register
    from pressetool.register.journal import sent_counts
    from pressetool.register.listing import entry_status_text, sent_to
    from pressetool.register.release_files import file_numbers, read_identity

    @app.get("/")
    def overview() -> str:
        config = _config()
        try:
            with open_register(config) as register:
                entries = register.entries()
        except InputError as error:
            missing = any(p.code is Code.REGISTER_MISSING for p in error.problems)
            return render_template(
                "uebersicht.html",
                rows=[],
                years=[],
                year=None,
                problems=_shown(error.problems),
                register_missing=missing,
            )
        years = sorted({entry.number.year for entry in entries}, reverse=True)
        this_year = dt.datetime.now(OFFICE_TIME_ZONE).year
        year = request.args.get("jahr", type=int) or (years[0] if years else this_year)
        if not FIRST_YEAR <= year <= LAST_YEAR:  # `?jahr=-1`: no year of any release
            abort(404)
        now = dt.datetime.now(OFFICE_TIME_ZONE)
        files = file_numbers(config, year)
        sent = sent_counts(config)
        rows = []
        for entry in entries:
            if entry.number.year != year:
                continue
            path = files.get(entry.number.number)
            title, date, embargo = entry.title, entry.date, None
            if path is not None:
                try:
                    identity = read_identity(path)
                    title, date, embargo = identity.title or title, identity.date, identity.embargo
                except InputError:
                    pass
            status = entry_status_text(entry, embargo, now, config)
            release, invitations = sent_to(entry.number, sent)
            rows.append(
                Row(entry.number, date, title, status, path is not None, release, invitations)
            )
        rows.sort(key=lambda row: (row.date, row.number.number), reverse=True)
        return render_template(
            "uebersicht.html",
            rows=rows,
            years=sorted({*years, this_year}, reverse=True),
            year=year,
            problems=[],
            register_missing=False,
        )

    @app.route("/neu", methods=["GET", "POST"])
    def new() -> str | BaseResponse:
        from pressetool.register.allocation import new_release

        values = {"title": "", "date": ""}
        errors: dict[str, list[str]] = {}
        problems: list[Shown] = []
        if request.method == "POST":
            _only_fields(request.form, ("title", "date"))
            values = {key: request.form.get(key, "").strip() for key in values}
            notes: list[Problem] = []
            try:
                path = new_release(_config(), values["title"], values["date"] or None, notes)
            except InputError as error:
                for problem in error.problems:
                    name = (problem.field or "").removeprefix("--")
                    if name in values:
                        errors.setdefault(name, []).append(problem_text(problem))
                    else:
                        problems += _shown([problem])
            else:
                number = read_identity(path).number
                flash(f"Nr. {number} ist vergeben: {path.name}", "erfolg")
                for note in notes:  # a lost register built from the files
                    flash(problem_text(note), "hinweis")
                return redirect(_editor_url(number))
        status = 422 if errors or problems else 200
        page = render_template("neu.html", values=values, errors=errors, problems=problems)
        return (page, status) if status != 200 else page  # type: ignore[return-value]

    @app.get("/register")
    def register_page() -> str:
        return render_template("register.html", checked=None, archive=None)

    @app.post("/register/pruefen")
    def verify() -> str:
        from pressetool.register.verify import verify_register

        _only_fields(request.form, ())
        found = verify_register(_config())
        return render_template("register.html", checked=_shown(found, state.folder), archive=None)

    @app.post("/register/aufbauen")
    def rebuild() -> BaseResponse:
        """`pressetool reindex`: the register from the release files, without a terminal."""
        from pressetool.register.allocation import reindex_register

        _only_fields(request.form, ())
        result = reindex_register(_config())
        files = "einer Datei" if result.files == 1 else f"{result.files} Dateien"
        made = " Es gab keins; es ist neu angelegt." if result.created else ""
        built = f"Das Nummernregister ist aus {files} in releases/ aufgebaut.{made}"
        flash(built, "hinweis" if result.kept_drafts else "erfolg")  # not green over errors
        for kept in result.kept_drafts:
            flash(problem_text(kept), "fehler")
        return redirect(url_for("overview"))

    @app.post("/register/archiv")
    def archive() -> str:
        from pressetool.archive.site import build_archive

        _only_fields(request.form, ())
        result = build_archive(_config())
        notes = _shown(result.notes, state.folder)
        return render_template("register.html", checked=None, archive=result, notes=notes)

    @app.get("/register/liste.csv")
    def list_csv() -> Response:
        from pressetool.register.listing import list_releases

        year = request.args.get("jahr", type=int)
        text = list_releases(_config(), year, "csv")
        name = f"pressemitteilungen-{year}.csv" if year else "pressemitteilungen.csv"
        return _download(text.encode("utf-8"), name, "text/csv")

    @app.get("/auftrag/<job_id>")
    def job_page(job_id: str) -> str:
        return render_template("auftrag.html", job=_job(state, job_id))

    @app.get("/auftrag/<job_id>/stand")
    def job_state(job_id: str) -> str:
        return render_template("_auftrag_stand.html", job=_job(state, job_id))


def _job(state: _State, job_id: str) -> Job:
    job = state.jobs.get(job_id)
    if job is None:
        abort(404)
    return job


def _any(names: Iterable[str]) -> str:
    """The URL converter for exactly `names` (`any("druck.pdf", …)`): any other name in
    their place matches no page, and a name of a POST-only page answers GET with 405."""
    return "any(" + ", ".join(f'"{name}"' for name in names) + ")"


def _only_fields(form: Any, allowed: Iterable[str]) -> None:
    """Refuse a form with a field the page does not have (say, a path)."""
    known = {*allowed, security.CSRF_FIELD}
    unknown = [name for name in form if name not in known]
    if unknown:
        abort(400, description=f"Unbekanntes Feld im Formular: „{unknown[0]}“.")


def _download(data: bytes, name: str, mimetype: str) -> Response:
    return send_file(io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=name)


def _editor_url(number: ReleaseNumber) -> str:
    return url_for("editor", year=number.year, number=number.number)


# -- a release: editor, preview, save, actions, downloads -------------------------


@dataclass
class Opened:
    """A release file as the editor sees it."""

    number: ReleaseNumber
    path: Path
    data: bytes
    status: Status | None
    """From the file; None when the file cannot be read that far."""
    disagreements: list[Problem] = field(default_factory=list)
    """Why the register does not vouch for `status` (`_register_check`); while there is
    any, the app offers the file and nothing else of the release."""

    @property
    def text(self) -> str:
        return self.data.decode("utf-8-sig", errors="replace")

    @property
    def version(self) -> str:
        return text_version(self.data)

    def form(self) -> ReleaseForm:
        return form_from_tree(load_located_yaml(self.path, []))

    @property
    def editable(self) -> bool:
        return self.status is Status.DRAFT and not self.disagreements

    def allows(self, action: str) -> bool:
        """The action (`ACTIONS`) is offered and carried out."""
        return self.status is ACTION_STATUS[action] and not self.disagreements


@dataclass(frozen=True)
class _FileStatus:
    """The status a release file says, as the register's check takes it."""

    release_number: ReleaseNumber
    status: Status
    source: Path


def _open(year: int, number: int) -> Opened:
    from pressetool.reading.release_reader import read_status
    from pressetool.register.release_files import find_release_file

    wanted = ReleaseNumber(number, year)
    if ReleaseNumber.parse(str(wanted)) is None:
        abort(404)
    path = find_release_file(_config(), wanted)
    if path is None:
        abort(404)
    data = path.read_bytes()
    status = read_status(path) or _status_default(data)
    return Opened(wanted, path, data, status, _register_check(wanted, path, status))


def _register_check(number: ReleaseNumber, path: Path, status: Status | None) -> list[Problem]:
    """What `build` checks before it writes a release's documents (`status_disagreements`):
    a file whose status the register does not share (a draft whose `status` line was
    deleted reads as published, and would go out without „Entwurf“). A register that
    cannot be read vouches for nothing either: its problem, as `build` would stop with it.
    A file that cannot be read (`status` None) is offered as text only anyway."""
    from pressetool.register.verify import status_disagreements

    if status is None:
        return []
    stated = _FileStatus(number, status, path)
    try:
        return status_disagreements(_config(), [stated], Code.BUILD_STATUS_DIFFERS)
    except InputError as error:
        return error.problems


def _status_default(data: bytes) -> Status | None:
    """A file without `status` is published; one whose status cannot be read is None."""
    return (
        Status.PUBLISHED if b"\nstatus:" not in data and not data.startswith(b"status:") else None
    )


def _browser_form(opened: Opened) -> ReleaseForm:
    pairs = [
        (name, value)
        for name, value in request.form.items(multi=True)
        if name not in (security.CSRF_FIELD, "stand", "ueberschreiben")
    ]
    try:
        return form_from_browser(iter(pairs), opened.form())
    except UnknownFormField as error:
        abort(400, description=f"Unbekanntes Feld im Formular: „{error}“.")


@dataclass(frozen=True)
class FieldMessages:
    """Errors and hints of one part of the form."""

    errors: list[str] = field(default_factory=list)
    hints: list[tuple[int, Hint]] = field(default_factory=list)


def _by_field(
    form: ReleaseForm, problems: list[Problem], hints: list[Hint]
) -> tuple[dict[str, FieldMessages], list[Shown], list[tuple[int, Hint]]]:
    """Errors and hints by the part of the form they concern; the rest for the top, with
    the file's place in the office folder."""
    at: dict[str, FieldMessages] = {}
    elsewhere: list[Shown] = []
    for problem in problems:
        name = form.form_name(problem.field)
        if name is None:
            elsewhere += _shown([problem], _config().folder)
        else:
            at.setdefault(name, FieldMessages()).errors.append(problem_text(problem))
    loose = []
    for index, hint in enumerate(hints):
        name = form.form_name(hint.problem.field)
        if name is None:
            loose.append((index, hint))
        else:
            at.setdefault(name, FieldMessages()).hints.append((index, hint))
    return at, elsewhere, loose


def _slots(form: ReleaseForm) -> list[str]:
    """Every part of the form that shows messages."""
    names = [*SCALARS, "issuer", "event", "event.venue", *ROW_GROUPS, "invitation"]
    for group, numbers in form.row_numbers.items():
        for number in numbers:
            row = f"{group}[{number}]"
            names += [row, *(f"{row}.{key}" for key in ROW_GROUPS[group])]
    return names


def _release_pages(app: Flask, state: _State) -> None:
    @app.get("/pm/<int:year>/<int:number>")
    def editor(year: int, number: int) -> str:
        opened = _open(year, number)
        state.remember(opened.version, opened.text)
        return _editor_page(opened, opened.form(), opened.version)

    @app.post("/pm/<int:year>/<int:number>/vorschau")
    def preview_fragment(year: int, number: int) -> str:
        opened = _open(year, number)
        if opened.status is None:  # the text of a file that cannot be read, as typed
            _only_fields(request.form, ("stand", "text"))
            shown = preview(_typed_text(opened), opened.path, _config())
            at: dict[str, FieldMessages] = {}
            elsewhere = _shown(shown.problems, state.folder)
            loose, slots = list(enumerate(shown.hints)), []
        else:
            form = _browser_form(opened)
            if opened.editable:
                text = merged_text(opened.text, opened.form(), form)
            else:  # the form is disabled and sends nothing: the file as it is
                form, text = opened.form(), opened.text
            shown = preview(text, opened.path, _config())
            at, elsewhere, loose = _by_field(form, shown.problems, shown.hints)
            slots = _slots(form)
        images = [b64encode(page).decode("ascii") for page in shown.pages]
        return render_template(
            "_vorschau.html",
            images=images,
            at=at,
            elsewhere=elsewhere,
            loose=loose,
            slots=slots,
            milliseconds=round(shown.seconds * 1000),
            errors=len(shown.problems),
            hint_count=len(shown.hints),
        )

    @app.post("/pm/<int:year>/<int:number>")
    def save(year: int, number: int) -> tuple[str, int] | BaseResponse:
        opened = _open(year, number)
        form = _browser_form(opened)
        if opened.disagreements:
            raise InputError(opened.disagreements)
        if not opened.editable:
            abort(409, description="Nur ein Entwurf wird im Editor geändert.")
        sent_version = request.form.get("stand", "")
        if sent_version != opened.version:
            base = state.versions.get(sent_version)
            mine = merged_text(base, form_from_text(base, opened), form) if base else None
            return _editor_page(opened, form, opened.version, conflict=(mine, opened.text)), 409
        text = merged_text(opened.text, opened.form(), form)
        if len(text.encode("utf-8")) > limits.RELEASE_FILE_BYTES:  # no file it could read again
            return _editor_page(opened, form, opened.version, refused=_too_large()), 422
        return _written(opened, text)

    @app.post("/pm/<int:year>/<int:number>/text")
    def save_text(year: int, number: int) -> tuple[str, int] | BaseResponse:
        """The way out when a file cannot be read (a text editor put a tab in it): its text
        as typed, written back to the same file, with the save's check for a change on
        disk. Once the file reads, the editor shows the form again."""
        opened = _open(year, number)
        _only_fields(request.form, ("stand", "text"))
        text = _typed_text(opened)
        if request.form.get("stand", "") != opened.version:
            conflict = (text, opened.text)
            return _editor_page(opened, opened.form(), opened.version, conflict, typed=text), 409
        if opened.status is not None:
            abort(409, description="Die Datei lässt sich lesen; ändern Sie sie im Formular.")
        if len(text.encode("utf-8")) > limits.RELEASE_FILE_BYTES:
            refused = _too_large()
            return _editor_page(
                opened, opened.form(), opened.version, typed=text, refused=refused
            ), 422
        return _written(opened, text)

    @app.route(f"/pm/<int:year>/<int:number>/<{_any(ACTIONS)}:action>", methods=["GET", "POST"])
    def act(year: int, number: int, action: str) -> str | BaseResponse | tuple[str, int]:
        opened = _open(year, number)
        allowed = opened.allows(action)
        values = {"reason": "", "date": ""}
        problems = _shown(opened.disagreements, state.folder)
        field_errors: dict[str, list[str]] = {}  # the form's own fields: said at the field
        # the page says no and has no button; a request sent anyway changes nothing either
        refused = request.method == "POST" and not allowed
        if request.method == "POST" and allowed:
            _only_fields(request.form, values)
            values = {key: request.form.get(key, "").strip() for key in values}
            try:
                return _run_action(action, opened, values)
            except InputError as error:
                problems = _shown(error.problems, state.folder, opened)
                for problem in error.problems:
                    name = (problem.field or "").removeprefix("--")
                    if name in values:
                        field_errors.setdefault(name, []).append(problem_text(problem))
        page = render_template(
            "bestaetigen.html",
            action=action,
            label=ACTIONS[action],
            opened=opened,
            values=values,
            problems=problems,
            field_errors=field_errors,
            allowed=allowed,
            refused=refused,
            status_text=_status_text(opened),
            needed=STATUS_NAMES[ACTION_STATUS[action]],
        )
        return (page, 422) if problems or refused else page

    @app.get("/pm/<int:year>/<int:number>/datei/<kind>")
    def document(year: int, number: int, kind: str) -> Response:
        from pressetool.documents.build import FORMATS, release_documents
        from pressetool.reading.release_reader import read_release

        opened = _open(year, number)
        config = _config()
        stem = document_stem("pressemitteilung", opened.number)
        if kind == "yaml":
            return _download(opened.data, opened.path.name, MIME["yaml"])
        if kind not in ("pdf", "docx", "html", *PASTED):
            abort(404)
        if opened.disagreements:
            raise InputError(opened.disagreements)
        built = _built(opened.number, kind)
        if kind in PASTED:  # only as `build` wrote it: never made here
            if built is None or opened.status is Status.DISCARDED:
                abort(404)
            return _download(built.read_bytes(), built.name, MIME[PASTED[kind][0]])
        if built is not None and (kind == "html" or _document_note(opened, kind) == ""):
            return _download(built.read_bytes(), f"{stem}.{kind}", MIME[kind])
        if kind == "html" or _document_note(opened, kind) is None:
            abort(404)
        release = read_release(opened.path)
        ((_path, data),) = release_documents(release, config, config.output_dir, FORMATS[kind])
        return _download(data, f"{stem}.{kind}", MIME[kind])


def _document_note(opened: Opened, kind: str) -> str | None:
    """What the link to the release's PDF or DOCX (`kind`) says of the document: "" for
    the one `publish` or `build` wrote; else what `document` renders now: a draft's, marked
    `Entwurf`, or any other's (a withdrawn one's with its notice). None: there is none to
    offer (a discarded number, a file that cannot be read, one the register does not
    vouch for)."""
    if opened.status is Status.DISCARDED or opened.disagreements:
        return None
    if opened.status is Status.DRAFT:
        return " (als Entwurf erzeugt)"
    if _built(opened.number, kind) is not None:
        return ""
    return None if opened.status is None else " (jetzt erzeugt)"


def _built(number: ReleaseNumber, kind: str) -> Path | None:
    """The release's document that `publish`, `build` or `archive` wrote (`pdf`, `docx`,
    `html`: the archive's page, or one of `PASTED`): in the public folder, or, while it
    is a draft or its embargo runs, in the internal one (same layout)."""
    config = _config()
    for folder in (config.output_dir, config.internal_dir):
        path = (
            release_output_dir(folder, number) / "index.html"
            if kind == "html"
            else press_release_file(folder, number, PASTED[kind][0] if kind in PASTED else kind)
        )
        if path.is_file():
            return path
    return None


def _pasted(opened: Opened) -> list[tuple[str, str]]:
    """The links to the texts to paste that `build` wrote for `opened`, each (address,
    what it says: `Text (TXT, 2 KB)`); none of a discarded number or of a file whose
    status the register does not share."""
    if opened.status is Status.DISCARDED or opened.disagreements:
        return []
    links = []
    for kind, (form, label) in PASTED.items():
        path = _built(opened.number, kind)
        if path is not None:
            links.append((kind, f"{label} ({form.upper()}, {_size(path.stat().st_size)})"))
    return links


def _size(count: int) -> str:
    """A file's size as the links say it: `3 KB` (at least 1), `1,4 MB`."""
    if count < 2**20:
        return f"{max(1, round(count / 2**10))} KB"
    return f"{count / 2**20:.1f} MB".replace(".", ",")


def form_from_text(text: str, opened: Opened) -> ReleaseForm:
    """The form of an earlier text of `opened`'s file (read as that file)."""
    folder = Path(tempfile.mkdtemp(prefix="pressetool-stand-"))
    try:
        trial = folder / opened.path.name
        trial.write_text(text, encoding="utf-8")
        return form_from_tree(load_located_yaml(trial, []))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _typed_text(opened: Opened) -> str:
    """The editor's textarea `text` with the line ends of a file (a browser sends CR LF);
    the text of `opened`'s file when none was sent."""
    sent = request.form.get("text")
    return opened.text if sent is None else sent.replace("\r\n", "\n")


def _written(opened: Opened, text: str) -> BaseResponse:
    """`text` saved as the file of `opened`, then the editor of the file again."""
    from pressetool.output import write_atomically
    from pressetool.reading.release_reader import read_status
    from pressetool.register.allocation import describe_draft

    if text == opened.text:
        flash("Keine Änderungen: die Datei ist, wie sie war.", "hinweis")
    else:
        write_atomically(opened.path, text.encode("utf-8"), _config().output_dir)
        draft = read_status(opened.path) is Status.DRAFT  # else the editor shows no form
        if draft:
            describe_draft(_config(), opened.path)
        errors = _shown(_release_problems(opened.path), _config().folder, opened) if draft else []
        if errors:
            flash(
                f"Gespeichert. Die Pressemitteilung hat noch {len(errors)} Fehler; sie stehen "
                "an den Feldern.",
                "hinweis",
            )
            first = next((shown.link for shown in errors if shown.link), None)
            return redirect(first or _editor_url(opened.number))
        flash(f"Gespeichert: {opened.path.name}", "erfolg")
    return redirect(_editor_url(opened.number))


def _release_problems(path: Path) -> list[Problem]:
    """The errors of the release file `path`, as `check` and the preview find them."""
    from pressetool.reading.release_reader import read_release

    try:
        read_release(path)
    except InputError as error:
        return error.problems
    return []


def _reading_problems(opened: Opened) -> list[Shown]:
    """Why the file of `opened` cannot be read, each with its file and line."""
    return _shown(_release_problems(opened.path), _config().folder)


def _too_large() -> str:
    """Why a text over the bound of a release file is not saved: the file would be one
    that `check` and the archive refuse to read."""
    params = {"limit": f"{limits.RELEASE_FILE_BYTES // 2**10} KB"}
    return message(Code.RELEASE_TEXT_TOO_LARGE, params)


def _editor_page(
    opened: Opened,
    form: ReleaseForm,
    version: str,
    conflict: tuple[str | None, str] | None = None,
    *,
    typed: str | None = None,
    refused: str | None = None,
) -> str:
    """`typed`: the text of an unreadable file as the officer sent it (else the file's);
    `refused`: why it was not saved, said at its textarea (or above the form)."""
    from pressetool.register.database import open_register

    status_text = _status_text(opened)
    try:
        with open_register(_config()) as register:
            entry = register.find(opened.number)
    except InputError:
        entry = None
    if entry is not None:
        status_text = register_status_text(
            entry.status, withdrawal=entry.withdrawal, discard=entry.discard
        )
    diff = None
    if conflict is not None:
        mine, theirs = conflict
        diff = "\n".join(
            difflib.unified_diff(
                theirs.splitlines(),
                (mine or "").splitlines(),
                "auf dem Datenträger",
                "Ihre Fassung",
                lineterm="",
            )
        )
    notes = {kind: _document_note(opened, kind) for kind in ("pdf", "docx")}
    return render_template(
        "editor.html",
        opened=opened,
        form=form,
        version=version,
        status_text=status_text,
        conflict=conflict,
        diff=diff,
        articles=ARTICLES,
        issuer=ISSUER,
        actions=[(key, label) for key, label in ACTIONS.items() if opened.allows(key)],
        disagreements=_shown(opened.disagreements, _config().folder),
        notes=notes,
        text=opened.text if typed is None else typed,
        refused=refused,
        unreadable=_reading_problems(opened) if opened.status is None else [],
        has_page=_built(opened.number, "html") is not None,
        pasted=_pasted(opened),
        # as `compose.letter.invitations_refused`: the page would only say no
        invites=opened.status not in (Status.WITHDRAWN, Status.DISCARDED),
        row_groups=ROW_GROUPS,
        max_rows=MAX_ROWS,
    )


def _status_text(opened: Opened) -> str:
    """The release's status as the pages say it: `veröffentlicht`, or `unlesbar`."""
    return STATUS_NAMES[opened.status] if opened.status else "unlesbar"


def _run_action(action: str, opened: Opened, values: dict[str, str]) -> BaseResponse:
    from pressetool.register import allocation

    config = _config()
    number = str(opened.number)
    if action == "veroeffentlichen":
        written = allocation.publish_release(config, number)
        if written.public_from is None:
            where = published_documents(config.output, config.internal, None)
        else:  # naming the archive's button, not its command
            folders = {"output": config.output, "internal": config.internal}
            where = message(
                Code.PUBLISHED_LATER_IN_BROWSER, {"public_from": written.public_from, **folders}
            )
        flash(f"Nr. {number} ist veröffentlicht. {where}", "erfolg")
    elif action == "zurueckziehen":
        withdrawn = allocation.withdraw_release(config, number, values["reason"])
        flash(f"Nr. {number} ist zurückgezogen.", "erfolg")
        if withdrawn.sent_to:
            sent = {"count": withdrawn.sent_to}
            flash(message(Code.WITHDRAWN_AFTER_SENDING, sent), "hinweis")
    elif action == "verwerfen":
        allocation.discard_release(config, number, values["reason"])
        flash(f"Nr. {number} ist verworfen.", "erfolg")
    else:
        path = allocation.correct_release(config, number, values["date"] or None)
        from pressetool.register.release_files import read_identity

        correction = read_identity(path).number
        flash(f"Berichtigung zu Nr. {number} angelegt: Nr. {correction}.", "erfolg")
        return redirect(_editor_url(correction))
    return redirect(_editor_url(opened.number))


# -- invitations and lists ----------------------------------------------------------


def _event_pages(app: Flask, state: _State) -> None:
    def store_upload(name: str) -> tuple[Path, str] | None:
        """The uploaded list `name`, stored under a name of the app's; None without one.
        A list over its bound is refused (`FILE_TOO_LARGE`), said at its field."""
        upload = request.files.get(name)
        if upload is None or not upload.filename:
            return None
        data = upload.stream.read(limits.LIST_FILE_BYTES + 1)
        if len(data) > limits.LIST_FILE_BYTES:
            params = {"limit": f"{limits.LIST_FILE_BYTES // 2**20} MB"}
            raise InputError([Problem(Code.FILE_TOO_LARGE, None, params=params)])
        token = secrets.token_urlsafe(12)
        folder = state.uploads / token
        folder.mkdir(parents=True)
        stored = folder / "liste"
        stored.write_bytes(data)
        shown = Path(upload.filename.replace("\\", "/")).name[:100]
        with state.lock:
            state.lists[token] = (stored, shown)
        return stored, token

    def forget_upload(stored: tuple[Path, str] | None) -> None:
        """A list read for this request only (refused, or made into lists): it holds
        names and addresses, so it goes at once, not when the app ends."""
        if stored is None:
            return
        with state.lock:
            state.lists.pop(stored[1], None)
        shutil.rmtree(stored[0].parent, ignore_errors=True)

    def invitation_files(opened: Opened) -> dict[str, Path]:
        from pressetool.documents.invite import LETTERS_FOLDER

        folder = release_output_dir(_config().internal_dir, opened.number)
        return {
            "druck": folder / f"{document_stem('einladungen', opened.number)}.pdf",
            "kalender": folder / f"{document_stem('veranstaltung', opened.number)}.ics",
            "briefe": folder / LETTERS_FOLDER,
        }

    def refusal(opened: Opened) -> list[Shown]:
        """Why no invitations go out for `opened` (withdrawn, discarded, no event); none for
        a release that cannot be read (the check of the list names its errors)."""
        from pressetool.compose.letter import invitations_refused
        from pressetool.reading.release_reader import read_release

        try:
            release = read_release(opened.path)
        except InputError:
            return []
        refused = invitations_refused(release)
        if refused is not None:
            return _shown([refused], state.folder, opened)
        return _without_event(opened, release, Code.INVITE_WITHOUT_EVENT)

    def first_page(opened: Opened) -> str:
        """The page before a list is checked; for a withdrawn release, or one without an
        event, it says why no invitations go out, instead of offering the upload."""
        return render_template(
            "einladungen.html",
            opened=opened,
            made=invitation_files(opened),
            checked=None,
            refused=refusal(opened),
            release_problems=[],
            problems=[],
            field_errors={},
            typed_date="",
        )

    @app.get("/pm/<int:year>/<int:number>/einladungen")
    def invitations(year: int, number: int) -> str:
        return first_page(_open(year, number))

    @app.route("/pm/<int:year>/<int:number>/einladungen/pruefen", methods=["GET", "POST"])
    def check_recipients(year: int, number: int) -> tuple[str, int] | str | BaseResponse:
        from pressetool.documents.invite import letter_date_argument, letter_date_notes
        from pressetool.reading.event_inputs import read_event_inputs

        if request.method == "GET":  # the address of the checked list, opened again
            return redirect(url_for("invitations", year=year, number=number))
        opened = _open(year, number)
        _only_fields(request.form, ("datum",))
        _only_files(("liste",))
        if refusal(opened):  # before the list is stored or read
            return first_page(opened), 422
        letter_date = request.form.get("datum", "").strip()
        warnings: list[Problem] = []
        problems: list[Problem] = []
        field_errors: dict[str, str] = {}  # the form's own fields: said at the field
        checked = None
        dated = None
        try:
            dated = letter_date_argument(letter_date or None)
        except InputError as error:
            field_errors["datum"] = problem_text(error.problems[0])
        stored = None
        try:
            stored = store_upload("liste")
        except InputError as error:
            field_errors["liste"] = problem_text(error.problems[0])
        if stored is None:
            field_errors.setdefault("liste", message(Code.LIST_NOT_CHOSEN, {}))
        else:
            try:
                release, event, people = read_event_inputs(
                    opened.path,
                    stored[0],
                    require_address=True,
                    no_event_code=Code.INVITE_WITHOUT_EVENT,
                )
                warnings = list(people.warnings) if people else []
                if not field_errors:  # a wrong date first, then the letters
                    notes = letter_date_notes(release, event, dated or today_in_office())
                    checked = {
                        "token": stored[1],
                        "people": people,
                        "date": letter_date,
                        "shown_date": format_date_numeric(dated or today_in_office()),
                        "date_notes": [problem_text(note) for note in in_browser(notes)],
                    }
            except InputError as error:
                problems = error.problems
        listed = stored[0] if stored else None
        release_problems, rows = _event_problems(problems, opened, listed)
        page = render_template(
            "einladungen.html",
            opened=opened,
            made=invitation_files(opened),
            checked=checked,
            refused=[],
            release_problems=release_problems,
            problems=rows,
            problems_warnings=_row_problems(warnings, listed),
            list_name=state.lists[stored[1]][1] if stored else None,
            field_errors=field_errors,
            typed_date=letter_date,
        )
        if checked is None:  # kept only for the letters of a list that passed
            forget_upload(stored)
        return (page, 422) if problems or field_errors else page

    @app.post("/pm/<int:year>/<int:number>/einladungen/erzeugen")
    def make_invitations(year: int, number: int) -> BaseResponse:
        from pressetool.documents.invite import letter_date_argument

        opened = _open(year, number)
        _only_fields(request.form, ("liste", "datum"))
        token = request.form.get("liste", "")
        with state.lock:
            stored = state.lists.get(token)
        if stored is None:
            abort(400, description="Die Liste ist nicht mehr da. Laden Sie sie noch einmal hoch.")
        letter_date = letter_date_argument(request.form.get("datum", "").strip() or None)
        spec = {
            "kind": "invite",
            "release": str(opened.path),
            "recipients": str(stored[0]),
            "date": letter_date.isoformat() if letter_date else None,
        }
        job = state.jobs.start(
            f"Einladungen zu Nr. {opened.number}",
            spec,
            state.folder,
            {"year": year, "number": number},
        )
        return redirect(url_for("job_page", job_id=job.id))

    @app.get(f"/pm/<int:year>/<int:number>/einladungen/<{_any(INVITATION_DOWNLOADS)}:name>")
    def invitation_download(year: int, number: int, name: str) -> Response:
        opened = _open(year, number)
        made = invitation_files(opened)
        if name == "druck.pdf" and made["druck"].is_file():
            return _download(made["druck"].read_bytes(), made["druck"].name, MIME["pdf"])
        if name == "kalender.ics" and made["kalender"].is_file():
            return _download(made["kalender"].read_bytes(), made["kalender"].name, MIME["ics"])
        if name == "briefe.zip" and made["briefe"].is_dir():
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for letter in sorted(made["briefe"].iterdir()):
                    if letter.suffix in (".pdf", ".docx") and not letter.name.startswith("."):
                        archive.write(letter, letter.name)
            stem = document_stem("einladungen", opened.number)
            return _download(buffer.getvalue(), f"{stem}.zip", MIME["zip"])
        abort(404)

    @app.route("/pm/<int:year>/<int:number>/listen", methods=["GET", "POST"])
    def lists(year: int, number: int) -> str | tuple[str, int]:
        from pressetool.documents.lists import make_lists, row_count
        from pressetool.reading.release_reader import read_release

        opened = _open(year, number)
        problems: list[Problem] = []
        warnings: list[Problem] = []
        written: list[Path] = []
        blank_rows = ""
        field_errors: dict[str, str] = {}  # the form's own fields: said at the field
        stored: tuple[Path, str] | None = None
        try:
            refused = _without_event(opened, read_release(opened.path), Code.LISTS_WITHOUT_EVENT)
        except InputError:  # making the lists names the release's errors
            refused = []
        if request.method == "POST" and not refused:
            _only_fields(request.form, ("leerzeilen",))
            _only_files(("liste",))
            blank_rows = request.form.get("leerzeilen", "").strip()
            count = None
            try:
                count = row_count(blank_rows, "leerzeilen") if blank_rows else None
            except InputError as error:
                field_errors["leerzeilen"] = problem_text(error.problems[0])
            try:
                stored = store_upload("liste")
            except InputError as error:
                field_errors["liste"] = problem_text(error.problems[0])
            if not field_errors:
                try:
                    result = make_lists(
                        opened.path,
                        _config(),
                        registrations=stored[0] if stored else None,
                        blank_rows=count,
                    )
                    written, warnings = result.written, list(result.warnings)
                except InputError as error:
                    problems = error.problems
        folder = release_output_dir(_config().internal_dir, opened.number)
        existing = {
            name: label
            for name, (kind, ext, label) in LIST_DOCUMENTS.items()
            if (folder / f"{document_stem(kind, opened.number)}.{ext}").is_file()
        }
        listed = stored[0] if stored else None
        release_problems, rows = _event_problems(problems, opened, listed)
        page = render_template(
            "listen.html",
            opened=opened,
            refused=refused,
            release_problems=release_problems,
            problems=rows,
            warnings=_row_problems(warnings, listed),
            written=written,
            existing=existing,
            blank_rows=blank_rows,
            field_errors=field_errors,
        )
        forget_upload(stored)
        failed = problems or field_errors or (refused and request.method == "POST")
        return (page, 422) if failed else page

    @app.get(f"/pm/<int:year>/<int:number>/listen/<{_any(LIST_DOCUMENTS)}:name>")
    def list_download(year: int, number: int, name: str) -> Response:
        opened = _open(year, number)
        kind, ext, _label = LIST_DOCUMENTS[name]
        folder = release_output_dir(_config().internal_dir, opened.number)
        path = folder / f"{document_stem(kind, opened.number)}.{ext}"
        if not path.is_file():
            abort(404)
        return _download(path.read_bytes(), path.name, MIME[ext])


def _only_files(allowed: tuple[str, ...]) -> None:
    unknown = [name for name in request.files if name not in allowed]
    if unknown:
        abort(400, description=f"Unbekanntes Feld im Formular: „{unknown[0]}“.")


@dataclass(frozen=True)
class RowProblem:
    """A problem of an uploaded list: its row (or None for the whole file) and text."""

    row: int | None
    text: str
    hint: bool


def _row_problems(problems: Iterable[Problem], listed: Path | None) -> list[RowProblem]:
    """The problems of the uploaded list `listed` by row; any other (of the settings) with
    its place in front."""
    rows = []
    for problem in in_browser(problems):
        hint = problem.severity.value == "Hinweis"
        if problem.file is None or problem.file == listed:
            rows.append(RowProblem(problem.line, problem_text(problem), hint))
        else:
            (shown,) = _shown([problem], _config().folder)
            rows.append(RowProblem(None, f"{shown.where}: {shown.text}", hint))
    return rows


def _event_problems(
    problems: Iterable[Problem], opened: Opened, listed: Path | None
) -> tuple[list[Shown], list[RowProblem]]:
    """The problems of `opened`'s release file, at the editor's fields (`_shown`), apart
    from those of the uploaded list `listed` by row (`_row_problems`)."""
    of_release: list[Problem] = []
    others: list[Problem] = []
    for problem in problems:
        mine = problem.file is not None and _same_file(problem.file, opened.path)
        (of_release if mine else others).append(problem)
    return _shown(of_release, _config().folder, opened), _row_problems(others, listed)


def _without_event(opened: Opened, release: Release, code: Code) -> list[Shown]:
    """Why `release` (the file of `opened`) gets no invitations or lists (`code`): it
    describes no event. The editor's part `Veranstaltung` is named and linked."""
    if release.event is not None:
        return []
    return _shown([Problem(code, opened.path, field="event")], _config().folder, opened)


def cleanup(app: Flask) -> None:
    """Remove the uploaded lists (when the app ends)."""
    shutil.rmtree(state_of(app).uploads, ignore_errors=True)
