"""Where documents go and how they are written: completely or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pressetool.models import ReleaseNumber
from pressetool.problems import InputError, Problem, os_error_text


def release_output_dir(out: Path, number: ReleaseNumber) -> Path:
    """`{out}/{year}/{NNN}/`"""
    return out / str(number.year) / number.padded


def document_stem(kind: str, number: ReleaseNumber) -> str:
    """`pressemitteilung-067-2020`: every document of a release is named this way."""
    return f"{kind}-{number.padded}-{number.year}"


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
            "folder_not_writable", path.parent, params={"detail": os_error_text(error)}
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
