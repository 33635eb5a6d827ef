"""Work that takes longer than a request: started, watched, its result kept.

A job runs `worker` in a process of its own; a thread of the app reads the
worker's lines and keeps the latest progress, so that the page can show a
progress bar by asking for it (`/auftrag/<id>`). Jobs are kept in memory while
the app runs: they are the officer's own, in one browser.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Job:
    id: str
    title: str
    """What the page says while it runs: `Einladungen für Nr. 067/2020`."""
    done: int = 0
    total: int = 0
    finished: bool = False
    result: dict[str, Any] | None = None
    problems: list[dict[str, Any]] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)
    """What the page needs afterwards (the release's number)."""


class Jobs:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def start(self, title: str, spec: dict[str, Any], folder: Path, context: dict[str, Any]) -> Job:
        """Run `worker` with `spec` in `folder`; the job, at once."""
        job = Job(secrets.token_urlsafe(12), title, context=context)
        with self._lock:
            self._jobs[job.id] = job
        spec = {**spec, "folder": str(folder), "parent": os.getpid()}
        process = subprocess.Popen(
            [sys.executable, "-m", "pressetool.web.worker", json.dumps(spec)],
            cwd=folder,
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        threading.Thread(target=self._follow, args=(job, process), daemon=True).start()
        return job

    def _follow(self, job: Job, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        with process:
            for line in process.stdout:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                with self._lock:
                    if "progress" in record:
                        job.done, job.total = record["progress"]
                    elif "result" in record:
                        job.result = record["result"]
                    elif "problems" in record:
                        job.problems = record["problems"]
        with self._lock:
            if job.result is None and not job.problems:
                text = f"Die Arbeit brach ab (Status {process.returncode})."
                job.problems = [{"text": text, "line": None, "field": None}]
            job.finished = True
