"""The library's problems as the web app says them.

Some of the library's messages tell the officer at a terminal what to run
(`pressetool discard 004/2026 --reason …`, `Lassen Sie --date weg`) or which
field to write in the file (`Tragen Sie unter event … ein`). In the browser the
same advice names the app's buttons and the editor's fields: each such message
has a twin in `messages.py`, and every page and job that shows a library problem
passes it through `in_browser` first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pressetool.messages import Code
from pressetool.problems import Problem

IN_BROWSER = {
    Code.REGISTER_MISSING: Code.REGISTER_MISSING_IN_BROWSER,
    Code.INVITE_WITHOUT_EVENT: Code.INVITE_WITHOUT_EVENT_IN_BROWSER,
    Code.LISTS_WITHOUT_EVENT: Code.LISTS_WITHOUT_EVENT_IN_BROWSER,
    Code.PUBLISH_INCOMPLETE: Code.PUBLISH_INCOMPLETE_IN_EDITOR,
    Code.ALREADY_PUBLISHED: Code.ALREADY_PUBLISHED_IN_BROWSER,
    Code.PUBLISH_WITHDRAWN: Code.PUBLISH_WITHDRAWN_IN_BROWSER,
    Code.NUMBER_DISCARDED: Code.NUMBER_DISCARDED_IN_BROWSER,
    Code.WITHDRAW_DRAFT: Code.WITHDRAW_DRAFT_IN_BROWSER,
    Code.DISCARD_PUBLISHED: Code.DISCARD_PUBLISHED_IN_BROWSER,
    Code.CORRECT_DRAFT: Code.CORRECT_DRAFT_IN_BROWSER,
    Code.CORRECTION_BEFORE_ORIGINAL: Code.CORRECTION_BEFORE_ORIGINAL_IN_BROWSER,
    Code.STATUS_OF_FILE_DIFFERS: Code.STATUS_OF_FILE_DIFFERS_IN_BROWSER,
    Code.INVITATIONS_REFUSED: Code.INVITATIONS_REFUSED_IN_BROWSER,
}
"""A message that speaks of the command line → the same for the web app."""


def in_browser(problems: Iterable[Problem]) -> list[Problem]:
    """`problems` with the web app's wording where the library's speaks of the terminal."""
    return [
        replace(problem, code=IN_BROWSER.get(problem.code, problem.code)) for problem in problems
    ]
