"""WeasyPrint is imported with its C declarations compiled by `make setup` and without
fontTools' subsetter and instancer (issue 14): no subprocess, no pycparser; the same
documents as WeasyPrint imported as upstream ships it."""

from __future__ import annotations

import marshal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import _cffi_backend  # type: ignore[import-untyped]
import cffi
import pytest

from pressetool.render import weasyprint_ffi


def run(code: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return result.stdout.split()


def render_reference(before: str = "") -> list[str]:
    """The reference release's PDF (its SHA-256), and whether fontTools' subsetter and
    instancer were loaded, from a new process that runs `before` first."""
    code = (
        before
        + """
        import hashlib, pathlib, sys
        from pressetool.documents.build import release_documents, FORMATS
        from pressetool.office import Config
        from pressetool.reading.release_reader import read_release
        from tests.readback import REFERENCE_RELEASE
        release = read_release(REFERENCE_RELEASE)
        ((path, pdf),) = release_documents(release, Config(), pathlib.Path("."), FORMATS["pdf"])
        loaded = ("fontTools.subset" in sys.modules, "fontTools.varLib.instancer" in sys.modules)
        print(hashlib.sha256(pdf).hexdigest(), *loaded)
    """
    )
    return run(code)


def test_a_start_runs_no_subprocess_and_loads_neither_pycparser_nor_the_subsetter() -> None:
    code = """
        import subprocess, sys
        started = []
        original = subprocess.Popen.__init__
        def counting(self, args, *rest, **options):
            started.append(args)
            original(self, args, *rest, **options)
        subprocess.Popen.__init__ = counting
        import pressetool.render.pdf
        from weasyprint.text.ffi import ffi
        loaded = [name for name in ("pycparser", "fontTools.subset", "fontTools.varLib")
                  if name in sys.modules]
        print(len(started), type(ffi).__name__, loaded)
    """
    assert run(code) == ["0", "CompiledFFI", "[]"]


def test_the_compiled_and_the_parsed_declarations_make_the_same_pdf_without_the_subsetter() -> None:
    """HarfBuzz subsets the fonts: fontTools' subsetter and instancer are not loaded."""
    parsed = """
        import pathlib
        import pressetool.render.weasyprint_ffi
        pressetool.render.weasyprint_ffi.COMPILED = pathlib.Path("/nonexistent")
    """
    compiled_pdf, *loaded = render_reference()
    assert loaded == ["False", "False"]
    assert render_reference(parsed) == [compiled_pdf, "False", "False"]


def test_the_deferred_parts_of_fonttools_are_the_real_ones_once_used() -> None:
    code = """
        import sys
        import pressetool.render.weasyprint_import
        from weasyprint.pdf import fonts
        from fontTools.ttLib import TTFont
        print("fontTools.subset" in sys.modules)
        subsetter = fonts.subset.Subsetter  # the first use imports the real module
        print(subsetter is sys.modules["fontTools.subset"].Subsetter)
        try:
            fonts.instantiateVariableFont(TTFont(), {"wght": 400})
        except ValueError as error:  # the real instancer's own complaint
            print(str(error).replace(" ", "_"))
    """
    assert run(code) == ["False", "True", "Missing_required_table_fvar"]


def test_a_stand_in_used_while_weasyprint_is_imported_gives_the_real_module() -> None:
    """Another thread of the web app may import fontTools' subsetter meanwhile, as the
    sign-in sheet does (`render/tagged_pdf/fonts.py`)."""
    code = """
        import sys, types
        from pressetool.render.weasyprint_import import _deferred_fonttools
        with _deferred_fonttools():
            stand_in = sys.modules["fontTools.subset"]
            from fontTools import subset
            options = subset.Options  # what the other thread uses
            print(type(stand_in).__name__, "fontTools.subset" in sys.modules)
        real = sys.modules["fontTools.subset"]
        print(type(real) is types.ModuleType, options is real.Options)
    """
    assert run(code) == ["_Deferred", "True", "True", "True"]


def weasyprint_cdef() -> cffi.FFI:
    """WeasyPrint's declarations, parsed by cffi as WeasyPrint itself does."""
    parsed = cffi.FFI()
    for csource in weasyprint_ffi.weasyprint_cdefs():
        parsed.cdef(csource)
    return parsed


def shape(ffi: Any, ctype: Any, depth: int = 0) -> Any:
    """What a C type is, by kind, size and parts (a struct's name is spelt differently:
    `struct _FcPattern` compiled, `FcPattern` parsed). A compiled opaque struct's
    `fields` aborts the interpreter (cffi); WeasyPrint never asks for them."""
    if ctype.kind in ("pointer", "array") and depth < 3:
        return (
            ctype.kind,
            ctype.length if ctype.kind == "array" else None,
            shape(ffi, ctype.item, depth + 1),
        )
    if ctype.kind == "struct":
        try:
            size = ffi.sizeof(ctype)
        except (ValueError, _cffi_backend.FFI.error):  # opaque: `typedef ... PangoFcFontMap;`
            return ctype.kind, None
        fields = [
            (name, field.offset, shape(ffi, field.type, depth + 1)) for name, field in ctype.fields
        ]
        return ctype.kind, size, fields
    if ctype.kind == "enum":
        return ctype.kind, sorted(ctype.elements.items())
    return ctype.kind, ctype.cname if ctype.kind == "primitive" else None


@pytest.mark.parametrize(
    "cdecl",
    [
        # what WeasyPrint asks for by name while it lays out
        "PangoFcFontMap *",
        "FcChar8 **",
        "FcResult *",
        "PangoLogAttr[]",
        "PangoRectangle *",
        "char[4]",
        "hb_tag_t[100]",
        "unsigned int *",
        # and what its functions take
        "PangoGlyphString *",
        "hb_subset_flags_t",
        "PangoFontDescription *",
    ],
)
def test_the_compiled_declarations_are_the_parsed_ones(cdecl: str) -> None:
    compiled = weasyprint_ffi.compiled_ffi()
    parsed = weasyprint_cdef()
    assert compiled is not None  # made by `make setup` for this WeasyPrint and cffi
    assert shape(compiled, compiled.typeof(cdecl)) == shape(parsed, parsed.typeof(cdecl))


@pytest.mark.parametrize(
    "content",
    [
        None,  # never made
        b"",
        b"not marshal",
        marshal.dumps(["a list"]),
        marshal.dumps({"fingerprint": "of another WeasyPrint", "arguments": {}}),
        b"0" * 64 + b"\n" + marshal.dumps({}),  # a payload that is not what its SHA-256 says
    ],
)
def test_without_current_compiled_declarations_weasyprint_parses_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None
) -> None:
    compiled = tmp_path / "weasyprint-ffi.marshal"
    if content is not None:
        compiled.write_bytes(content)
    monkeypatch.setattr(weasyprint_ffi, "COMPILED", compiled)
    assert weasyprint_ffi.compiled_ffi() is None
    with weasyprint_ffi.compiled_declarations():
        assert cffi.FFI().__class__ is cffi.api.FFI


def test_compiled_declarations_are_made_for_what_is_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pressetool.render.weasyprint_import  # noqa: F401 (WeasyPrint's ffi: a compiled one)

    monkeypatch.setattr(weasyprint_ffi, "COMPILED", tmp_path / "share" / "ffi.marshal")
    weasyprint_ffi.compile_declarations()
    made = weasyprint_ffi.compiled_ffi()
    assert isinstance(made, weasyprint_ffi.CompiledFFI)
    assert [path.name for path in (tmp_path / "share").iterdir()] == ["ffi.marshal"]
    for csource in weasyprint_ffi.weasyprint_cdefs():
        made.cdef(csource)  # WeasyPrint's own: taken
    with pytest.raises(RuntimeError, match="make setup"):
        made.cdef("int declared_elsewhere(int);")
    with weasyprint_ffi.compiled_declarations():
        assert isinstance(cffi.FFI(), weasyprint_ffi.CompiledFFI)
    data = bytearray((tmp_path / "share" / "ffi.marshal").read_bytes())
    data[-100] ^= 1  # one bit of the payload flipped
    (tmp_path / "share" / "ffi.marshal").write_bytes(bytes(data))
    assert weasyprint_ffi.compiled_ffi() is None


def test_what_weasyprint_loads_is_frozen_and_the_collector_runs_afterwards() -> None:
    code = """
        import gc
        import pressetool.render.weasyprint_import
        print(gc.get_freeze_count() > 10_000, gc.isenabled())
    """
    assert run(code) == ["True", "True"]
