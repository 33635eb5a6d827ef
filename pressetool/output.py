"""Where documents go, what they are called, and how they are written: completely or
not at all. Shared by the commands (documents, register, archive); the composer
and the renderers know no file names."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pressetool.compose.german import transliterate
from pressetool.models import ReleaseNumber
from pressetool.problems import Code, InputError, Problem, os_error_text


def release_output_dir(out: Path, number: ReleaseNumber) -> Path:
    """`{out}/{year}/{NNN}/`"""
    return out / str(number.year) / number.padded


_RELEASE_SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "pdf/a-3a": "-archiv.pdf"}


def press_release_file(out: Path, number: ReleaseNumber, form: str) -> Path:
    """`{out}/2020/067/pressemitteilung-067-2020.pdf`, `.docx`, `-archiv.pdf` (PDF/A)."""
    stem = document_stem("pressemitteilung", number)
    return release_output_dir(out, number) / f"{stem}{_RELEASE_SUFFIXES[form]}"


def document_stem(kind: str, number: ReleaseNumber) -> str:
    """`pressemitteilung-067-2020`: every document of a release is named this way."""
    return f"{kind}-{number.padded}-{number.year}"


def file_slug(text: str, max_length: int = 40, fallback: str = "ohne-namen") -> str:
    """`Dr. Jürgen Weiß` → `dr-juergen-weiss`: lower case ASCII words joined by hyphens;
    `fallback` when no letter or digit is left."""
    ascii_text = unicodedata.normalize("NFKD", transliterate(text))
    words = re.findall(r"[a-z0-9]+", ascii_text.encode("ascii", "ignore").decode())
    slug = "-".join(words)[:max_length].rstrip("-")
    return slug or fallback


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it over `path`.

    A reader of `path` sees the old complete file or the new complete file,
    never a half-written one; a crash leaves at most a hidden temporary file.
    A folder that cannot be written raises `InputError` (folder_not_writable).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_then_rename(path, data)
    except OSError as error:
        problem = Problem(
            Code.FOLDER_NOT_WRITABLE, path.parent, params={"detail": os_error_text(error)}
        )
        raise InputError([problem]) from None


def _write_then_rename(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_all(documents: Iterable[tuple[Path, bytes]]) -> list[Path]:
    """Write documents that were all rendered before the first is written.

    Several files are written at once: each write waits for the disk (or the
    file share) to confirm it, and a mailing writes hundreds of files. Each
    file is whole or absent; when one cannot be written, the others written
    by then stay and the message names the first that failed.
    """
    documents = list(documents)
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in pool.map(lambda document: write_atomically(*document), documents):
            pass
    return [path for path, _data in documents]
