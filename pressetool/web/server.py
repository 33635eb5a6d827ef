"""`pressetool serve`: the app on this computer's loopback address, served by waitress.

waitress is a plain WSGI server without dependencies, meant for production use,
with a thread per request (the preview renders while the officer types); Flask's
own server is for development only.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

from pressetool.problems import PressetoolError, os_error_text
from pressetool.web.security import is_loopback, opening_page

DEFAULT_PORT = 8765


class NotLoopback(PressetoolError):
    pass


def address(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def can_open_browser() -> bool:
    """A browser can be opened: a desktop session (not a server over ssh, not CI)."""
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def serve(
    folder: Path,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    open_browser: bool = True,
    say: Callable[[str], None] = print,
) -> None:
    """Serve the app for `folder` until Ctrl+C. Only a loopback address is taken."""
    if not is_loopback(host):
        raise NotLoopback(
            f"pressetool serve ist nur auf diesem Computer erreichbar (127.0.0.1), nicht unter "
            f"„{host}“: im Netz bräuchte die App Anmeldung und Benutzerkonten, die es noch "
            "nicht gibt. Lassen Sie --host weg; wer an einem anderen Computer arbeitet, startet "
            "pressetool dort."
        )
    from waitress.server import create_server

    from pressetool.web.app import cleanup, create_app, entry_path

    app = create_app(folder, host=host, port=port)
    try:
        server = create_server(app, host=host, port=port, threads=4, ident="pressetool")
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            why = "ist schon belegt: Dort läuft schon ein Programm, vielleicht pressetool selbst"
        else:
            why = f"lässt sich nicht öffnen ({os_error_text(error)})"
        raise PressetoolError(
            f"Port {port} {why}. Wählen Sie einen anderen mit --port, zum Beispiel --port 8766."
        ) from None
    url = address(host, getattr(server, "effective_port", port)).removesuffix("/")
    entry = url + entry_path(app)
    say(f"pressetool läuft auf {entry}")
    say(
        "Öffnen Sie diese Adresse im Browser (mit dem Schlüssel: ohne ihn öffnet pressetool "
        "nicht). Beenden mit Strg+C."
    )
    # `kill` (SIGTERM, a service stopped) ends like Strg+C: the uploaded lists are removed
    signal.signal(signal.SIGTERM, _stop)
    if open_browser and can_open_browser():
        threading.Timer(0.5, webbrowser.open, args=(opening_page(entry),)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        say("pressetool beendet.")
    finally:
        server.close()
        cleanup(app)


def _stop(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt
