"""WeasyPrint's C declarations, compiled once by `make setup` instead of parsed at every start.

WeasyPrint declares Pango, HarfBuzz and fontconfig to cffi in its "in-line ABI mode"
(`weasyprint/text/ffi.py`: `ffi = cffi.FFI()`, `ffi.cdef(…)`): every start imports
pycparser and parses some 16 kB of C declarations, about 0.1 s of a cold `build`'s
0.8 s. It then opens each library under several names, and cffi hands every name that
is not a path to `ctypes.util.find_library`, which on Linux runs `ldconfig -p` and,
for a name that is not there (`libharfbuzz-vector-0`, a macOS or Windows name), `gcc`
and `ld`: 54 subprocesses.

cffi's "out-of-line ABI mode" does the parsing once: `python -m
pressetool.render.weasyprint_ffi` (run by every `make setup`; it does nothing when the
file is current) compiles WeasyPrint's own declarations with cffi (`emit_python_code`)
and keeps what cffi would load, with a fingerprint of what it was made from
(WeasyPrint's version and `text/ffi.py`, cffi, Python) and its own SHA-256, in
`share/pressetool/weasyprint-ffi.marshal` of the environment (`.venv/`). While
WeasyPrint is imported, `compiled_declarations` has `cffi.FFI()` answer with that
compiled FFI when the fingerprint still matches: no pycparser, and its `dlopen` passes
a name straight to the dynamic loader (no `find_library`, no subprocess; WeasyPrint
tries the Linux soname among its names, so it finds the same libraries). When the file
is missing, damaged or was made from another WeasyPrint or cffi (an upgrade without
`make setup`), WeasyPrint parses its declarations as upstream ships it, only slower.

The note for upstream: WeasyPrint could ship its declarations compiled this way (cffi's
`set_source(name, None)` at build time), or at least try the Linux soname first.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import _cffi_backend  # type: ignore[import-untyped]
import cffi

COMPILED = Path(sys.prefix) / "share" / "pressetool" / "weasyprint-ffi.marshal"
MODULE_NAME = "_pressetool_weasyprint_ffi"


FORMAT = "1"
"""The version of what `compile_declarations` keeps: another one is made anew."""


class CompiledFFI(_cffi_backend.FFI):  # type: ignore[misc]
    """The FFI cffi makes from compiled declarations. WeasyPrint's `cdef` calls hand it
    the declarations it was compiled from; anything else is refused, not ignored."""

    sources: frozenset[str] = frozenset()
    """The SHA-256 of each declaration compiled in."""

    def cdef(self, csource: str, **options: Any) -> None:
        if _digest(csource.encode()) not in self.sources:
            raise RuntimeError(f"{COMPILED} fehlt eine Deklaration: make setup")


def _weasyprint_file(*parts: str) -> bytes:
    """A file of WeasyPrint's package, read without importing WeasyPrint."""
    spec = importlib.util.find_spec("weasyprint")
    if spec is None or not spec.submodule_search_locations:
        return b""
    try:
        return Path(next(iter(spec.submodule_search_locations)), *parts).read_bytes()
    except OSError:
        return b""


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint() -> str:
    """What the compiled declarations depend on: WeasyPrint (its version, in
    `__init__.py`, and its declarations), cffi, Python and this module's `FORMAT`."""
    made_from = hashlib.sha256(_weasyprint_file("__init__.py"))
    made_from.update(_weasyprint_file("text", "ffi.py"))
    made_from.update(f"{cffi.__version__} {sys.implementation.cache_tag} {FORMAT}".encode())
    return made_from.hexdigest()


def compiled_ffi() -> CompiledFFI | None:
    """The compiled FFI, or None when there is none for this WeasyPrint, cffi and Python
    (or the file is damaged: its payload carries its own SHA-256)."""
    try:
        digest, payload = COMPILED.read_bytes().split(b"\n", 1)
        compiled = marshal.loads(payload) if digest.decode() == _digest(payload) else None
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(compiled, dict) or compiled.get("fingerprint") != fingerprint():
        return None
    ffi = CompiledFFI(MODULE_NAME, **compiled["arguments"])
    ffi.sources = frozenset(compiled["sources"])
    return ffi


@contextmanager
def compiled_declarations() -> Iterator[None]:
    """While WeasyPrint is imported: its `cffi.FFI()` is the compiled FFI, if current."""
    compiled = compiled_ffi()
    if compiled is None:
        yield
        return
    original = cffi.FFI
    cffi.FFI = lambda: compiled
    try:
        yield
    finally:
        cffi.FFI = original


def weasyprint_cdefs() -> list[str]:
    """The C declarations WeasyPrint's `text/ffi.py` hands to `ffi.cdef`, read from its
    source (its `ffi` may already be a compiled one)."""
    tree = ast.parse(_weasyprint_file("text", "ffi.py"))
    return [
        ast.literal_eval(node.args[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "cdef"
    ]


def compile_declarations() -> None:
    """Compile WeasyPrint's declarations as cffi's out-of-line ABI mode does and keep
    the arguments its generated module would pass to `_cffi_backend.FFI`."""
    ffi = cffi.FFI()
    sources = weasyprint_cdefs()
    for csource in sources:
        ffi.cdef(csource)
    ffi.set_source(MODULE_NAME, None)
    with tempfile.TemporaryDirectory() as folder:
        module = Path(folder) / f"{MODULE_NAME}.py"
        with contextlib.redirect_stdout(None):  # cffi says "generating …"
            ffi.emit_python_code(str(module))
        call = _ffi_call(ast.parse(module.read_text(encoding="utf-8")))
    arguments = {keyword.arg: ast.literal_eval(keyword.value) for keyword in call.keywords}
    COMPILED.parent.mkdir(parents=True, exist_ok=True)
    written = COMPILED.with_name(f".{COMPILED.name}.{os.getpid()}")
    payload = marshal.dumps(
        {
            "fingerprint": fingerprint(),
            "sources": [_digest(csource.encode()) for csource in sources],
            "arguments": arguments,
        }
    )
    written.write_bytes(_digest(payload).encode() + b"\n" + payload)
    written.replace(COMPILED)


def _ffi_call(module: ast.Module) -> ast.Call:
    """The generated module's one statement `ffi = _cffi_backend.FFI(name, **arguments)`."""
    for statement in module.body:
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call):
            return statement.value
    raise RuntimeError("cffi hat kein FFI erzeugt")


if __name__ == "__main__" and compiled_ffi() is None:  # `make setup`: made when not current
    compile_declarations()
