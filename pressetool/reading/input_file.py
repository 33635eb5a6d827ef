"""Reading a file the officer names, with German problems for a missing, locked, odd or
oversized one."""

from __future__ import annotations

import stat
from pathlib import Path

from pressetool.messages import NOT_A_FILE
from pressetool.problems import Code, InputError, Problem, os_error_text


def read_input_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes; a file larger than `limit` bytes is refused without reading it
    all, and a pipe or device (reading could block or never end) is refused unread."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            params = {"detail": NOT_A_FILE}
            raise InputError([Problem(Code.FILE_UNREADABLE, path, params=params)])
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except FileNotFoundError:
        raise InputError([Problem(Code.FILE_NOT_FOUND, path)]) from None
    except OSError as error:
        problem = Problem(Code.FILE_UNREADABLE, path, params={"detail": os_error_text(error)})
        raise InputError([problem]) from None
    if len(data) > limit:
        params = {"limit": _size(limit)}
        raise InputError([Problem(Code.FILE_TOO_LARGE, path, params=params)])
    return data


def _size(count: int) -> str:
    """`256 KB`, `20 MB`"""
    return f"{count // 2**20} MB" if count >= 2**20 else f"{count // 2**10} KB"
