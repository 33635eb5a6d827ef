"""The templates' Jinja environment keeps compiled templates between runs, and its
cache never fails a command (render/templates.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import pytest

from pressetool.render.templates import _QuietBytecodeCache


def environment(folder: Path, cache: jinja2.BytecodeCache) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), bytecode_cache=cache)


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "gruss.html").write_text("Guten Tag, {{ name }}!", encoding="utf-8")
    return folder


def test_a_template_compiled_once_is_read_from_the_cache(templates: Path, tmp_path: Path) -> None:
    cache = _QuietBytecodeCache(str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    environment(templates, cache).get_template("gruss.html")
    kept = list((tmp_path / "cache").iterdir())
    assert len(kept) == 1
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def counting(self: jinja2.Environment, *args: Any, **options: Any) -> Any:
        compiled.append("x")
        return original(self, *args, **options)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jinja2.Environment, "compile", counting)
        template = environment(templates, cache).get_template("gruss.html")
    assert template.render(name="Frau Patz") == "Guten Tag, Frau Patz!"
    assert compiled == []
    (templates / "gruss.html").write_text("Hallo, {{ name }}!", encoding="utf-8")
    changed = environment(templates, cache).get_template("gruss.html")
    assert changed.render(name="Frau Patz") == "Hallo, Frau Patz!"


def test_a_damaged_cache_file_is_compiled_anew(templates: Path, tmp_path: Path) -> None:
    (tmp_path / "cache").mkdir()
    cache = _QuietBytecodeCache(str(tmp_path / "cache"))
    environment(templates, cache).get_template("gruss.html")
    for kept in (tmp_path / "cache").iterdir():
        kept.write_bytes(kept.read_bytes()[:20])
    template = environment(templates, cache).get_template("gruss.html")
    assert template.render(name="Herr Gothe") == "Guten Tag, Herr Gothe!"


def test_a_cache_that_cannot_be_written_is_no_cache(templates: Path, tmp_path: Path) -> None:
    cache = _QuietBytecodeCache(str(tmp_path / "fehlt"))  # the folder does not exist
    template = environment(templates, cache).get_template("gruss.html")
    assert template.render(name="Herr Gothe") == "Guten Tag, Herr Gothe!"
    assert not (tmp_path / "fehlt").exists()
