"""Worker processes that end with the command that started them.

`archive` and `invite` render on every core in worker processes. When the
command is killed (`kill -9`, a closed terminal, a stopped service), Linux
kills its workers too, instead of leaving them rendering for minutes.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Initializer of a worker process: ask the kernel for SIGKILL when the parent dies.

    `parent` is the command's process id, passed when the pool is made: a parent that
    died before this ran is noticed too. Elsewhere than on Linux this does nothing.
    """
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)
