"""Worker processes end with the command (issue 10, family 9): `kill -9` of `archive`
or `invite` leaves no worker rendering on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from tests.readback import PROJECT

COMMAND = textwrap.dedent(
    """
    import os, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from pressetool.workers import die_with_parent

    with ProcessPoolExecutor(2, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        futures = [pool.submit(time.sleep, 600) for _ in range(2)]
        time.sleep(1)
        print(" ".join(str(p) for p in pool._processes), flush=True)
        time.sleep(600)
    """
)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed child that nobody reaped yet is a zombie: it renders nothing.
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return stat.read().split(") ", 1)[1][0] != "Z"


def test_workers_die_with_a_killed_command() -> None:
    # `with` closes the pipe; `finally` ends the command (it sleeps for ten minutes)
    # also when an assertion fails before the kill.
    with subprocess.Popen(
        [sys.executable, "-c", COMMAND], cwd=PROJECT, stdout=subprocess.PIPE, text=True
    ) as command:
        try:
            assert command.stdout is not None
            workers = [int(pid) for pid in command.stdout.readline().split()]
            assert len(workers) == 2 and all(alive(pid) for pid in workers)
            command.send_signal(signal.SIGKILL)
        finally:
            command.kill()
            command.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers)
