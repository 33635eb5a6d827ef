"""Long work of the app in a process of its own: `python -m pressetool.web.worker JOB`.

`invite` renders on every core in forked workers; forking the app's process,
which runs a thread per request, could copy a lock that another thread holds.
So the app starts this program for it (see `jobs`), in the office folder, and
reads its progress from standard output, one JSON object per line:
`{"progress": [done, total]}`, then `{"result": {…}}` or `{"problems": […]}`.
The worker dies with the app (`workers.die_with_parent`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from pressetool.problems import InputError, PressetoolError, Problem
from pressetool.workers import die_with_parent


def problem_record(problem: Problem) -> dict[str, Any]:
    """A problem as the app shows it: its text without place (in the app's words), its
    row or line, the field, the whole message, and whether it is only a hint."""
    from pressetool.messages import message
    from pressetool.web.wording import in_browser

    (problem,) = in_browser([problem])
    return {
        "text": message(problem.code, problem.params),
        "line": problem.line,
        "field": problem.field,
        "message": problem.message,
        "severity": problem.severity.value,
    }


def _say(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def _invite(job: dict[str, Any]) -> dict[str, Any]:
    from pressetool.documents.invite import invite
    from pressetool.office import load_config

    letter_date = dt.date.fromisoformat(job["date"]) if job.get("date") else None
    result = invite(
        Path(job["release"]),
        Path(job["recipients"]),
        load_config(Path(job["folder"])),
        progress=lambda done, total: _say({"progress": [done, total]}),
        today=letter_date,
    )
    fields = dataclasses.asdict(result)
    fields["written"] = [str(path) for path in result.written]
    for key in ("letters_folder", "print_file", "calendar_file"):
        fields[key] = str(fields[key]) if fields[key] is not None else None
    fields["warnings"] = [problem_record(problem) for problem in result.warnings]
    return fields


KINDS = {"invite": _invite}


def main(argv: list[str]) -> int:
    job = json.loads(argv[0])
    die_with_parent(int(job["parent"]))
    try:
        _say({"result": KINDS[job["kind"]](job)})
    except InputError as error:
        _say({"problems": [problem_record(problem) for problem in error.problems]})
    except PressetoolError as error:
        _say({"problems": [{"text": str(error), "line": None, "field": None}]})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
