"""Reading a file the officer names, with German problems for a missing or locked one."""

from __future__ import annotations

from pathlib import Path

from pressetool.problems import Code, InputError, Problem, os_error_text


def read_input_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(Code.FILE_NOT_FOUND, path)]) from None
    except OSError as error:
        problem = Problem(Code.FILE_UNREADABLE, path, params={"detail": os_error_text(error)})
        raise InputError([problem]) from None
