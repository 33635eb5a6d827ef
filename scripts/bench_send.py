"""Benchmark (not a test): `pressetool send` to COUNT recipients against a local SMTP server.

Starts an SMTP server on 127.0.0.1 (aiosmtpd, as the tests do) that keeps
nothing but a count, makes an office folder with the reference release and a
distribution list of COUNT addresses, and times in one process:

- the first `send` (every message built, handed over and recorded in the
  journal, two synced commits each), with `max_per_minute` set so high that the
  pace never waits: the time is pressetool's own;
- the same `send` again (everyone already has it: nothing sent);
- `send --dry-run` into a fresh folder (every message built and written as .eml).

At an office's real pace (`max_per_minute = 30`) 1,000 messages take 33 minutes
whatever pressetool does; this measures what pressetool adds to that.

    python scripts/bench_send.py [COUNT]      (COUNT defaults to 1000)
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

PROJECT = Path(__file__).resolve().parents[1]
REFERENCE = PROJECT / "releases/2020/067-voneinander-wissen-in-mitte.yaml"


class CountingHandler:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def office(folder: Path, port: int, count: int) -> Path:
    (folder / "releases/2020").mkdir(parents=True)
    shutil.copy(REFERENCE, folder / "releases/2020" / REFERENCE.name)
    settings = (PROJECT / "pressetool.toml").read_text(encoding="utf-8")
    settings += (
        f'\n[mail]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
        'sender = "pressestelle@ba-mitte.berlin.de"\nmax_per_minute = 100000\n'
    )
    (folder / "pressetool.toml").write_text(settings, encoding="utf-8")
    rows = ["E-Mail;Name;Redaktion"]
    rows += [f"redaktion{i}@zeitung{i % 97}.de;Name {i};Zeitung {i % 97}" for i in range(count)]
    path = folder / "verteiler.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def timed(what: str, count: int, run: Any) -> None:
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(
        f"{what:<34} {seconds:7.2f} s  {1000 * seconds / count:6.1f} ms je Adresse  "
        f"(gesendet/geschrieben {result.sent}, übersprungen {result.skipped})"
    )


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from pressetool.office import load_config
    from pressetool.sending.release import send_release

    handler = CountingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary) / "pressestelle"
            press_list = office(folder, port, count)
            os.chdir(folder)
            config = load_config(folder)
            print(f"pressetool send an {count} Adressen, Mailserver auf 127.0.0.1")
            timed("send (alle neu)", count, lambda: send_release(config, "067/2020", press_list))
            assert handler.count == count, handler.count
            timed(
                "send (alle schon erhalten)",
                count,
                lambda: send_release(config, "067/2020", press_list),
            )
            shutil.rmtree(folder / "intern")
            timed(
                "send --dry-run (.eml-Dateien)",
                count,
                lambda: send_release(config, "067/2020", press_list, dry_run=True),
            )
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
