"""`pressetool check`: validate release files and collect typography hints."""

from __future__ import annotations

from pathlib import Path

from pressetool.documents.typography import lint_release_tree
from pressetool.office import Config
from pressetool.problems import Problem
from pressetool.reading.release_reader import read_releases
from pressetool.reading.yaml_source import load_located_yaml


def check_releases(paths: list[Path], config: Config) -> list[Problem]:
    """Raise `InputError` with every error of every file; else return the hints."""
    read_releases(paths)
    hints: list[Problem] = []
    for path in paths:
        tree = load_located_yaml(path, [])
        assert tree is not None  # read_releases has parsed it already
        hints.extend(lint_release_tree(tree, path, config.house_style))
    return hints
