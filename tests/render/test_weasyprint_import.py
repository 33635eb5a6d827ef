"""WeasyPrint is imported with one `ldconfig -p` instead of some fifty subprocesses
(issue 14), and `find_library` is left as it was."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
