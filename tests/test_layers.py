"""Data flows one way: the imports of every module follow the layers.

    cli → documents | register | archive | sending
        → reading | compose | render → models | problems | office

`output` (file names, atomic writes) serves the three commands; `render` may
use `compose`'s content types; `reading` and `compose` know nothing of each
other. Imports inside functions count too. `web` (pressetool serve, which `cli`
starts) stands where `cli` does and calls the commands' functions; it also reads
release files and lists with `reading` (the form shows what a file says, an upload is
checked before anything is written), `compose`'s German status words and `output`'s
file names.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import pressetool

PACKAGE = Path(pressetool.__file__).parent
BASE = {"models", "problems", "messages", "office", "plain_text"}

ALLOWED: dict[str, set[str]] = {
    "messages": set(),
    "plain_text": set(),
    "models": set(),
    "problems": {"messages"},
    "office": {"messages", "problems", "models", "plain_text"},
    "reading": BASE,
    "compose": BASE,
    "render": BASE | {"compose"},
    "output": BASE | {"compose"},
    "workers": set(),
    # `build` asks the register whether a file's status is the one it was given
    "documents": BASE | {"reading", "compose", "render", "output", "workers", "register"},
    "register": BASE | {"reading", "compose", "render", "output", "workers"},
    # the register says whether a release may go out (`verify.status_disagreements`);
    # the send journal lives beside it (`register/journal.py`)
    "archive": BASE | {"reading", "compose", "render", "output", "workers", "register"},
    "sending": BASE | {"reading", "compose", "render", "output", "workers", "register"},
    "argparse_de": set(),
    "cli": BASE | {"documents", "register", "archive", "sending", "web", "argparse_de"},
    "web": BASE | {"documents", "register", "archive", "reading", "compose", "output", "workers"},
    "__main__": {"cli"},
    "__init__": set(),
}


def part(module: str) -> str:
    """`pressetool.render.letters.pdf` → `render`: the layer a module belongs to."""
    return module.split(".")[1] if "." in module else "__init__"


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "templates" not in p.parts)


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(relative.parts).removesuffix(".__init__")


def imported(path: Path) -> set[str]:
    """Every `pressetool.…` module that `path` imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name == "pressetool" or name.startswith("pressetool.")}


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_layers(path: Path) -> None:
    own = part(module_name(path))
    assert own in ALLOWED, f"{own}: a new part of the package needs its place in ALLOWED"
    wrong = {
        name
        for name in imported(path)
        if part(name) != own and part(name) not in ALLOWED[own] and name != "pressetool"
    }
    assert not wrong, f"{own} must not import {sorted(wrong)}"


def test_the_layer_check_sees_a_wrong_import(tmp_path: Path) -> None:
    """The check itself: compose importing output is found."""
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from pressetool.output import write_all\n")
    assert imported(module) == {"pressetool.output"}
    assert "output" not in ALLOWED["compose"]
