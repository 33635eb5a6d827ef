from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.builders import office_folder
from tests.readback import PROJECT


@dataclass
class Result:
    status: int
    stdout: str
    stderr: str


def run_pressetool(*args: str | Path, cwd: Path | None = None) -> Result:
    """Run the real command in a new process, as a press officer would."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "pressetool", *map(str, args)],
        cwd=cwd or PROJECT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    return Result(result.returncode, result.stdout, result.stderr)


@pytest.fixture(autouse=True, scope="session")
def own_state_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The web app keeps its session key in the user's state folder: the tests' own."""
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("zustand"))


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A fresh press office folder: the project's pressetool.toml and a releases/ folder."""
    return office_folder(tmp_path / "pressestelle")


def files_below(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def snapshot(folder: Path) -> dict[Path, bytes]:
    """Every file below `folder` with its bytes: what a command must leave unchanged."""
    return {path: path.read_bytes() for path in files_below(folder)}


def everything(folder: Path) -> dict[str, object]:
    """Every path below `folder` (also folders and links) with what it holds."""
    seen: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            seen[str(path)] = ("link", str(path.readlink()))
        elif path.is_dir():
            seen[str(path)] = "folder"
        else:
            seen[str(path)] = path.read_bytes()
    return seen


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command in this process (quicker than `run_pressetool` where many cases run):
    exit status, standard output, standard error."""
    from pressetool.cli import main

    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def dead_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def killed_run_left(folder: Path, *names: str, pid: int | None = None) -> list[Path]:
    """What a killed run of process `pid` (one that has ended) left in `folder`: a hidden
    temporary file for each document `names` (`Staging`), which holds it whole."""
    pid = dead_pid() if pid is None else pid
    left = [folder / f".{name}.{pid}-k1ll.tmp" for name in names]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF-1.7 Frau Petra M\xc3\xbcller, Fehrbelliner Str. 92")
    return left
