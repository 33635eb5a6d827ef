"""The live preview: the editor's text → errors, typography hints and page images.

The text the editor would save is written to a private folder under the same
year folder and file name as the real file (so the reader's checks of number
against file name and year against folder apply), read with the reader of
`build` and `check`, linted with the hints of `check`, and, when it reads
without errors, composed and rendered as `build` renders its PDF. The PDF's
pages become PNG images through PDFium (pypdfium2), in this process: no
program is started per keystroke. WeasyPrint and PDFium are not made for
threads, so one preview renders at a time.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from pressetool.documents.build import FORMATS, release_documents
from pressetool.documents.typography import lint_release_tree, located_hints
from pressetool.messages import Code
from pressetool.models import Release
from pressetool.office import Config
from pressetool.problems import InputError, Problem
from pressetool.reading.release_reader import read_release
from pressetool.reading.yaml_source import Located, load_located_yaml

SCALE = 1.35
"""Image pixels per PDF point: an A4 page 803 pixels wide, sharp beside the form."""

_LOCK = threading.Lock()


@dataclass(frozen=True)
class Hint:
    """A typography hint of `check` and how its button applies it."""

    problem: Problem
    found: str
    suggestion: str
    occurrence: int
    """`found` is the n-th (from 0) occurrence of its text in the field's value."""
    sets_value: bool = False
    """The button sets the field to `suggestion` (the article) instead of replacing."""


@dataclass(frozen=True)
class Preview:
    problems: list[Problem]
    """The errors the reader found; no pages then."""
    hints: list[Hint]
    pages: list[bytes]
    """PNG per page."""
    seconds: float


def preview(text: str, path: Path, config: Config) -> Preview:
    """The preview of `text` as the release file `path` (which is not written)."""
    started = time.perf_counter()
    with _LOCK:
        folder = Path(tempfile.mkdtemp(prefix="pressetool-vorschau-"))
        try:
            trial = folder / path.parent.name / path.name
            trial.parent.mkdir()
            trial.write_text(text, encoding="utf-8")
            release: Release | None = None
            problems: list[Problem] = []
            try:
                release = read_release(trial)
            except InputError as error:  # said of the release's own file, not of the trial
                problems = [
                    replace(problem, file=path) if problem.file == trial else problem
                    for problem in error.problems
                ]
            hints = _hints(trial, config)
            pages = _pages(release, config, folder) if release is not None else []
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return Preview(problems, hints, pages, time.perf_counter() - started)


def _hints(trial: Path, config: Config) -> list[Hint]:
    """`check`'s hints, each with where its words stand in its field's value."""
    tree = load_located_yaml(trial, [])
    if tree is None:
        return []
    located = list(located_hints(tree, config.house_style))
    hints = []
    for problem in lint_release_tree(tree, trial, config.house_style):
        params = problem.params
        found, suggestion = str(params.get("found", "")), str(params.get("suggestion", ""))
        if problem.code is Code.ARTICLE_OFFICE:
            hints.append(Hint(problem, str(params["article"]), suggestion.split()[0], 0, True))
            continue
        match = next(
            (
                item
                for item in located
                if (item.field, item.line, item.hint.found, item.hint.suggestion)
                == (problem.field, problem.line, found, suggestion)
            ),
            None,
        )
        occurrence = 0
        if match is not None:
            located.remove(match)
            value = _value_at(tree, match.field)
            occurrence = (value or "").count(found, 0, match.hint.start)
        hints.append(Hint(problem, found, suggestion, occurrence))
    return hints


def _value_at(root: Located, field: str) -> str | None:
    """The source text of `event.participants[3].name` in the tree."""
    node: Located | None = root
    for key, index in re.findall(r"([a-z_]+)(?:\[(\d+)\])?", field):
        if node is None or not node.is_mapping:
            return None
        node = node.value.get(key)
        if index and node is not None:
            items = node.value if node.is_list else []
            node = items[int(index) - 1] if 0 < int(index) <= len(items) else None
    return node.raw if node is not None else None


def _pages(release: Release, config: Config, folder: Path) -> list[bytes]:
    (_path, pdf), *_ = release_documents(release, config, folder, FORMATS["pdf"])
    return page_images(pdf)


def page_images(pdf: bytes, scale: float = SCALE) -> list[bytes]:
    """Each page of `pdf` as a PNG."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for page in document:
            image = page.render(scale=scale).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, "PNG", compress_level=1)
            images.append(buffer.getvalue())
            page.close()
        return images
    finally:
        document.close()
