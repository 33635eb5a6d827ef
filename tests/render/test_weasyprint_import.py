"""WeasyPrint is imported with one `ldconfig -p` instead of some fifty subprocesses
(issue 14), and `find_library` is left as it was."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

COUNT_SUBPROCESSES = textwrap.dedent(
    """
    import subprocess
    started = []
    original = subprocess.Popen.__init__
    def counting(self, args, *rest, **options):
        started.append(args)
        original(self, args, *rest, **options)
    subprocess.Popen.__init__ = counting
    import ctypes.util
    find_library = ctypes.util.find_library
    {imports}
    print(len(started), ctypes.util.find_library is find_library)
    """
)


def started(imports: str) -> str:
    code = COUNT_SUBPROCESSES.format(imports=imports)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout.strip()


def test_one_subprocess_instead_of_fifty() -> None:
    assert started("import weasyprint").split()[0] not in ("0", "1")  # what it saves
    assert started("import pressetool.render.pdf") == "1 True"


@pytest.mark.parametrize(
    "cdecl",
    [
        "PangoFcFontMap *",
        "PangoRectangle *",
        "PangoLogAttr[]",
        "hb_tag_t[100]",
        "hb_codepoint_t[2027]",
        "char[]",
        "char[4]",
        "unsigned int *",
        "char **",  # not a simple form: cffi's own parser
        "const char *",
    ],
)
def test_type_names_are_the_types_cffi_builds(cdecl: str) -> None:
    from cffi.cparser import Parser
    from weasyprint.text.ffi import ffi

    import pressetool.render.weasyprint_import  # noqa: F401

    assert ffi._parser.parse_type_and_quals(cdecl) == Parser.parse_type_and_quals(
        ffi._parser, cdecl
    )


def test_a_press_release_is_laid_out_without_pycparser() -> None:
    code = textwrap.dedent(
        """
        import pycparser.c_parser
        import pressetool.render.pdf
        from pressetool.documents.build import release_documents, FORMATS
        from pressetool.office import Config
        from pressetool.reading.release_reader import read_release
        from tests.readback import REFERENCE_RELEASE
        import tempfile, pathlib
        parsed = []
        original = pycparser.c_parser.CParser.parse
        def counting(self, text, *rest, **options):
            parsed.append(text)
            return original(self, text, *rest, **options)
        pycparser.c_parser.CParser.parse = counting
        out = pathlib.Path(tempfile.mkdtemp())
        release = read_release(REFERENCE_RELEASE)
        documents = release_documents(release, Config(), out, FORMATS["pdf"])
        print(len(documents), len(parsed))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.split() == ["1", "0"]


def test_what_weasyprint_loads_is_frozen_and_the_collector_runs_afterwards() -> None:
    code = textwrap.dedent(
        """
        import gc
        import pressetool.render.weasyprint_import
        print(gc.get_freeze_count() > 10_000, gc.isenabled())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.split() == ["True", "True"]
