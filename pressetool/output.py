"""Where documents go, what they are called, and how they are written: completely or
not at all. Shared by the commands (documents, register, archive); the composer
and the renderers know no file names.

`anyascii`, `tempfile` and `concurrent.futures` are imported where they are used:
`archive` with nothing to do writes nothing and names no file, and their 18 ms were
a tenth of its run (issue 14)."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pressetool.compose.german import transliterate
from pressetool.models import Release, ReleaseNumber
from pressetool.problems import Code, InputError, Problem, os_error_text, shown_path

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor


def release_output_dir(out: Path, number: ReleaseNumber) -> Path:
    """`{out}/{year}/{NNN}/`"""
    return out / str(number.year) / number.padded


_RELEASE_SUFFIXES = {
    "pdf": ".pdf",
    "docx": ".docx",
    "pdf/a-3a": "-archiv.pdf",
    "html": ".html",
    "txt": ".txt",
}


def press_release_file(out: Path, number: ReleaseNumber, form: str) -> Path:
    """`{out}/2020/067/pressemitteilung-067-2020.pdf`, `.docx`, `-archiv.pdf` (PDF/A)."""
    stem = document_stem("pressemitteilung", number)
    return release_output_dir(out, number) / f"{stem}{_RELEASE_SUFFIXES[form]}"


def document_stem(kind: str, number: ReleaseNumber) -> str:
    """`pressemitteilung-067-2020`: every document of a release is named this way."""
    return f"{kind}-{number.padded}-{number.year}"


def file_slug(text: str, max_length: int = 40, fallback: str = "ohne-namen") -> str:
    """`Dr. Jürgen Weiß` → `dr-juergen-weiss`, `Yılmaz` → `yilmaz`, `Łukasz` → `lukasz`:
    lower case ASCII words joined by hyphens; `fallback` when no letter or digit is left.
    German letters as German writes them without umlauts (ä → ae, ß → ss), every other
    letter by anyascii's table (ı → i, ł → l, ø → o, đ → d, 北京 → beijing)."""
    from anyascii import anyascii

    ascii_text = anyascii(transliterate(text)).lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    slug = "-".join(words)[:max_length].rstrip("-")
    return slug or fallback


def write_atomically(path: Path, data: bytes, public: Path) -> None:
    """Write one file so that a reader sees the old or the new file whole, never half;
    `public` as for `Staging`.

    A folder that cannot be written raises `InputError` (folder_not_writable).
    """
    with Staging(public) as staging:
        staging.stage(path, data)
        staging.commit()


def write_all(documents: Iterable[tuple[Path, bytes]], public: Path) -> list[Path]:
    """Write documents that were all rendered before the first is written; `public` as
    for `Staging`."""
    with Staging(public) as staging:
        staging.stage_all(documents)
        return staging.commit()


# -- the boundary of the public folder ---------------------------------------------------


def refuse_link_across(folder: Path, public: Path) -> None:
    """Refuse to write into `folder` when a symbolic link on its way crosses the boundary
    of the public folder `public` (`[paths] output`, or the out folder of `archive`),
    which goes on a web server. Every file pressetool writes with `Staging` (documents,
    letters, lists, release files, `pressetool.toml`) passes through here
    (`Staging.prepare`), so no command needs a check of its own; only `publish`, which
    also removes a draft's documents from the internal folder, asks it for that folder.

    `pressetool.toml` and `--out` are checked after resolving, but a link below them
    was followed unseen: `intern/2026` → `../output/2026` put drafts, releases under
    Sperrfrist, letters and lists on the web server, and `output/2026` →
    `../intern/2026` showed the internal folder there. What is refused:

    - a link outside the public folder that leads into it (`intern/2026` →
      `output/2026`): what was meant to be private would be public;
    - a link inside the public folder that leads out of it (`output/2026` →
      `intern/2026`): the web server would show whatever lies there, and a public
      document written through it would not be on the web server either.

    A folder is on the side its name says: below `public` as named (`output/2026`) it
    must resolve below `public` resolved, anywhere else it must not. So a public folder
    that is itself a link (`output` → the web server's `/var/www/presse`) is
    fine, and so is a link that stays on its side (`intern` → a network drive). The
    rule looks at folders, not at what goes into them, so that no writer has to say
    whether its documents are private: a public release written with `build --out`
    into a link to output/ is refused too (written into output/ by its name, it is not).
    The message names the link and asks to delete it, not to move files: the folder it
    points to may be the officer's own. Nothing is written: this is asked before the
    first folder is made. `archive` also looks for such links where nothing is written
    (`links_across`)."""
    public_named, public_real = _absolute(public), public.resolve()
    link = None  # the last link on the way so far
    for step in _steps(folder):
        link = step if step.is_symlink() else link
        inside = step.is_relative_to(public_named)
        # every step, not only the links: `intern/2026` → `..` stays outside, but the
        # `intern/2026/output/067` below it is the public `output/067`
        if link is not None and inside != step.resolve().is_relative_to(public_real):
            raise InputError([_link_across(link, public_named, leaves=inside)])


def links_across(public: Path, private: Iterable[Path]) -> list[Problem]:
    """Every link below `public` that leads out of it, and every link below the
    `private` folders that leads into it, as `refuse_link_across` says them. `archive`
    asks before it writes: a link the web server follows leaks whether or not
    pressetool writes through it. No link is followed, so each folder is looked at once
    (a few milliseconds for thousands of files)."""
    public_named, public_real = _absolute(public), public.resolve()
    problems = [
        _link_across(link, public_named, leaves=True)
        for link in _links_below(public_named)
        if not link.resolve().is_relative_to(public_real)
    ]
    problems += [
        _link_across(link, public_named, leaves=False)
        for folder in private
        for link in _links_below(_absolute(folder))
        # into it, or to a folder that holds it (`intern/2026` → `..`)
        if link.resolve().is_relative_to(public_real) or public_real.is_relative_to(link.resolve())
    ]
    return problems


def _links_below(folder: Path) -> Iterator[Path]:
    """Every symbolic link below `folder` (files and folders), none followed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:  # not there (yet), or not a folder: nothing below it
        return
    for entry in entries:
        if entry.is_symlink():
            yield Path(entry.path)
        elif entry.is_dir(follow_symlinks=False):
            yield from _links_below(Path(entry.path))


def _link_across(link: Path, public: Path, *, leaves: bool) -> Problem:
    code = Code.LINK_OUT_OF_PUBLIC if leaves else Code.LINK_INTO_PUBLIC
    params = {
        "link": str(shown_path(link)),
        "target": str(shown_path(link.resolve())),
        "public": str(shown_path(public)),
    }
    return Problem(code, None, params=params)


def _steps(folder: Path) -> list[Path]:
    """Every folder on the way to `folder` and itself, from the root down, by name."""
    named = _absolute(folder)
    return [*reversed(named.parents), named]


def _absolute(path: Path) -> Path:
    """`path` from the root, `..` taken away by name, no link followed."""
    return Path(os.path.abspath(path))


class Staging:
    """Files written in two steps, so that a command shows all its files or none.

    `stage` writes a file at once as a hidden temporary file beside its place,
    synced to the disk (a mailing need not be held in memory, and several
    files are staged at once: each write waits for the disk or the file share
    to confirm it). `commit` then moves every staged file into place, which
    takes a rename each. Until then nothing is visible; on any failure before
    it (the `with` block ends with an exception) every staged file is removed.

    A run that is killed leaves hidden `.NAME.PID-XXXX.tmp` files, which can
    hold complete letters with names and addresses: every later run that
    writes into the same folder removes those whose process is gone.

    `public`: the folder that goes on a web server (`config.output_dir`; the out
    folder for `archive`). No folder is written through a link across its boundary
    (`refuse_link_across`); every writer names it, so none can forget it.
    """

    def __init__(self, public: Path) -> None:
        self._public = public
        self._staged: list[tuple[Path, Path]] = []
        self._prepared: set[Path] = set()
        self._made: list[Path] = []
        """Folders this staging created: removed again, when empty, if nothing is committed
        (an empty `output/2026/041/` would tell the web server that a number is taken)."""
        self._pool: ThreadPoolExecutor | None = None
        """The threads of `stage_all`, started once: `archive` and `invite` stage a few
        files at a time, and eight new threads per call cost some 2 ms each (issue 14)."""

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        if kind is not None:
            self.discard()

    def stage(self, path: Path, data: bytes) -> Path:
        """Stage `data` for `path`; the temporary file that holds it until `commit`."""
        self.prepare(path.parent)
        try:
            temporary = _write_temporary(path, data)
        except OSError as error:
            raise _not_writable(path.parent, error) from None
        self._staged.append((temporary, path))
        return temporary

    def stage_all(self, documents: Iterable[tuple[Path, bytes]]) -> list[Path]:
        """Stage several files at once; their temporary files, in the order given."""
        documents = list(documents)
        for folder in {path.parent for path, _data in documents}:
            self.prepare(folder)
        order = {path: index for index, (path, _data) in enumerate(documents)}
        before = len(self._staged)
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=8)
        try:
            return list(self._pool.map(lambda document: self.stage(*document), documents))
        finally:  # staged in the order the threads finished; committed in the order given
            self._staged[before:] = sorted(self._staged[before:], key=lambda s: order[s[1]])

    def prepare(self, folder: Path) -> None:
        """Create `folder` and remove what killed runs left in it, once per folder."""
        if folder in self._prepared:
            return
        refuse_link_across(folder, self._public)
        missing = list(itertools.takewhile(lambda f: not f.exists(), [folder, *folder.parents]))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._made += missing
            remove_abandoned(folder)
        except OSError as error:
            raise _not_writable(folder, error) from None
        self._prepared.add(folder)

    def commit(self) -> list[Path]:
        """Move every staged file into place; the files' paths in the order staged."""
        done: list[Path] = []
        for temporary, path in self._staged:
            try:
                os.replace(temporary, path)
            except OSError as error:
                self._staged = self._staged[len(done) :]
                self.discard()
                raise _not_replaced(path, error, written=done) from None
            done.append(path)
        self._staged = []
        return done

    def discard(self) -> None:
        for temporary, _path in self._staged:
            temporary.unlink(missing_ok=True)
        self._staged = []
        for folder in sorted(self._made, key=lambda made: len(made.parts), reverse=True):
            with contextlib.suppress(OSError):  # not empty: another file is there
                folder.rmdir()
        self._made = []


def in_place(path: Path, data: bytes) -> bool:
    """Whether the file at `path` holds `data` already: then it need not be staged."""
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _not_writable(folder: Path, error: OSError, written: list[Path] | None = None) -> InputError:
    """Why `folder` could not be written. A link on its way that leads nowhere (its
    folder was moved or deleted) is named as such: the system says only „file exists“
    (errno 17), which read as a matter of permissions."""
    broken = _broken_link(folder)
    if broken is not None:
        params = {"link": str(shown_path(broken)), "target": str(shown_path(broken.resolve()))}
        problem = Problem(Code.LINK_BROKEN, None, params=params)
    else:
        problem = Problem(Code.FOLDER_NOT_WRITABLE, folder, params={"detail": os_error_text(error)})
    return InputError([problem], written=written or ())


def _not_replaced(path: Path, error: OSError, written: list[Path]) -> InputError:
    """Why the file `path` could not take its new content (staged beside it in its folder,
    so the folder was writable): open in a program that locks it, immutable, a folder in
    its place. The files moved into place before it are named as written."""
    if _broken_link(path.parent) is not None:
        return _not_writable(path.parent, error, written)
    problem = Problem(Code.FILE_NOT_REPLACED, path, params={"detail": os_error_text(error)})
    return InputError([problem], written=written)


def _broken_link(folder: Path) -> Path | None:
    """The first link on the way to `folder` whose target is not there, if any."""
    return next((step for step in _steps(folder) if step.is_symlink() and not step.exists()), None)


_ABANDONED = re.compile(r"\..+\.(\d+)-[a-z0-9_]+\.tmp")


def _write_temporary(path: Path, data: bytes) -> Path:
    import tempfile

    handle, name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp"
    )
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def remove_abandoned_of_release(target: Path, release: Release) -> None:
    """What killed runs left in the release's folder below `target` and in the folders in
    it (`remove_abandoned`), removed when `invite` or `lists` starts, also when it then
    fails on its list: a killed `invite` leaves complete letters with names and
    addresses, which must not wait for a run that succeeds. A folder that is not there or
    cannot be read is passed over; writing into it says why."""
    folder = release_output_dir(target, release.release_number)
    try:
        folders = [folder, *(entry for entry in folder.iterdir() if entry.is_dir())]
    except OSError:
        return
    for place in folders:
        with contextlib.suppress(OSError):
            remove_abandoned(place)


def remove_abandoned(folder: Path) -> None:
    """Remove the temporary files that killed runs of pressetool left in `folder`."""
    for candidate in folder.glob(".*.tmp"):
        match = _ABANDONED.fullmatch(candidate.name)
        if match and not _running(int(match[1])):
            candidate.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
