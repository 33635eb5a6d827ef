"""Where documents go, what they are called, and how they are written: completely or
not at all. Shared by the commands (documents, register, archive); the composer
and the renderers know no file names."""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from anyascii import anyascii

from pressetool.compose.german import transliterate
from pressetool.models import ReleaseNumber
from pressetool.problems import Code, InputError, Problem, os_error_text


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
    ascii_text = anyascii(transliterate(text)).lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    slug = "-".join(words)[:max_length].rstrip("-")
    return slug or fallback


def write_atomically(path: Path, data: bytes) -> None:
    """Write one file so that a reader sees the old or the new file whole, never half.

    A folder that cannot be written raises `InputError` (folder_not_writable).
    """
    with Staging() as staging:
        staging.stage(path, data)
        staging.commit()


def write_all(documents: Iterable[tuple[Path, bytes]]) -> list[Path]:
    """Write documents that were all rendered before the first is written."""
    with Staging() as staging:
        staging.stage_all(documents)
        return staging.commit()


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
    """

    def __init__(self) -> None:
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
            self._pool = ThreadPoolExecutor(max_workers=8)
        try:
            return list(self._pool.map(lambda document: self.stage(*document), documents))
        finally:  # staged in the order the threads finished; committed in the order given
            self._staged[before:] = sorted(self._staged[before:], key=lambda s: order[s[1]])

    def prepare(self, folder: Path) -> None:
        """Create `folder` and remove what killed runs left in it, once per folder."""
        if folder in self._prepared:
            return
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
                raise _not_writable(path.parent, error, written=done) from None
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


def _not_writable(folder: Path, error: OSError, written: list[Path] | None = None) -> InputError:
    params = {"detail": os_error_text(error)}
    problem = Problem(Code.FOLDER_NOT_WRITABLE, folder, params=params)
    return InputError([problem], written=written or ())


_ABANDONED = re.compile(r"\..+\.(\d+)-[a-z0-9_]+\.tmp")


def _write_temporary(path: Path, data: bytes) -> Path:
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
