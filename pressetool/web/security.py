"""What keeps a local web app local: a key to enter, loopback only, its own Host, a
CSRF token.

Every program on the computer reaches `127.0.0.1:8765`, those of other users of a
shared computer (a terminal server) too. So the app answers only a browser that came
in through the address `pressetool serve` prints and opens, which carries a key made
anew on every start (`/?schluessel=…`): that request marks the browser's session as
entered and is sent on to the address without the key (so that it does not stay in
the address bar or the history). The session cookie keeps it, signed with the user's
own key, for 31 days and across restarts of the app; a request without it gets a 403
in plain text. `serve` opens the browser through a page in the user's own state folder
(`oeffnen.html`, readable by the user alone), not with the key on the browser's
command line, which every user of the computer can read in the process list.

Any web page the officer opens in the same browser can send requests to
`127.0.0.1:8765`, with the session's cookie. Three guards stop it from using the app:

- The app listens on the loopback interface only; `serve --host` takes nothing
  else (an app reachable from the network would need accounts, not part of it).
- Every request must name the app itself in its `Host` header
  (`127.0.0.1:PORT` or `localhost:PORT`): a foreign domain that resolves to
  127.0.0.1 (DNS rebinding) carries its own name there and is refused. A
  request that states an `Origin` must come from the app too.
- Every request that changes something (POST) carries the session's CSRF
  token, in the form (`csrf`) or, from the page's scripts, in the header
  `X-CSRF-Token`; the session cookie is `SameSite=Strict` and HTTP-only.

The cookie is signed with a key kept for the user (`session_key`), so that a page
left open in the browser still saves after `pressetool serve` was started anew.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import os
import secrets
from collections.abc import Collection
from pathlib import Path

ACCESS_FIELD = "schluessel"
"""The query parameter of the key to enter (see above)."""
NO_ACCESS = (
    "pressetool öffnet nur, wer mit der Adresse kommt, die „pressetool serve“ beim Start "
    "nennt (sie endet auf ?schluessel=…). Öffnen Sie diese Adresse; der Browser merkt sich "
    "den Zugang dann für 31 Tage."
)
CSRF_FIELD = "csrf"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def is_loopback(host: str) -> bool:
    """`127.0.0.1`, `::1`, `localhost`: an address only this computer reaches."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def own_hosts(host: str, port: int) -> frozenset[str]:
    """The `Host` headers of requests to the app itself."""
    names = {host, "localhost", "127.0.0.1"}
    return frozenset(f"[{name}]:{port}" if ":" in name else f"{name}:{port}" for name in names)


def host_allowed(host_header: str, allowed: Collection[str]) -> bool:
    return host_header.lower() in allowed


def origin_allowed(origin: str | None, allowed: Collection[str]) -> bool:
    """No `Origin` (a form the browser sends without one, a test client) or the app's own."""
    if origin is None:
        return True
    scheme, _, rest = origin.partition("://")
    return scheme == "http" and rest.lower() in allowed


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_matches(expected: str | None, sent: str | None) -> bool:
    """The token sent (form field or header) is the session's."""
    if not expected or not sent:
        return False
    return hmac.compare_digest(sent.encode(), expected.encode())


KEY_BYTES = 32


def _state_folder() -> Path:
    """`$XDG_STATE_HOME/pressetool` (else `~/.local/state/pressetool`)."""
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "pressetool"


def _write_private(path: Path, content: bytes) -> None:
    """`content` as `path`, readable by the user alone, put in place whole."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    made = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    descriptor = os.open(made, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(content)
    os.replace(made, path)


def opening_page(url: str) -> str:
    """What `serve` opens in the browser: `url` (with its key) as a page in the user's
    state folder that leads there; `url` itself where that page cannot be written."""
    page = _state_folder() / "oeffnen.html"
    content = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={url}"><title>pressetool</title></head>'
        f'<body><a href="{url}">pressetool öffnen</a></body></html>'
    )
    try:
        _write_private(page, content.encode())
    except OSError:
        return url
    return page.as_uri()


def session_key() -> bytes:
    """The key that signs the session cookie, the same on every start for this user:
    `$XDG_STATE_HOME/pressetool/sitzung.key` (else `~/.local/state/…`), readable by the
    user alone, made on first use. Where it can be neither read nor made (no home), a
    key for this run: a restart then asks open pages to be loaded anew, as before."""
    path = _state_folder() / "sitzung.key"
    try:
        key = path.read_bytes()
        if len(key) == KEY_BYTES:
            return key
    except OSError:
        pass
    key = secrets.token_bytes(KEY_BYTES)
    with contextlib.suppress(OSError):
        _write_private(path, key)
    return key
