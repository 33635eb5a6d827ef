"""What keeps a local web app local: loopback only, its own Host, a CSRF token.

Any web page the officer opens in the same browser can send requests to
`127.0.0.1:8765`. Three guards stop it from using the app:

- The app listens on the loopback interface only; `serve --host` takes nothing
  else (an app reachable from the network would need accounts, not part of it).
- Every request must name the app itself in its `Host` header
  (`127.0.0.1:PORT` or `localhost:PORT`): a foreign domain that resolves to
  127.0.0.1 (DNS rebinding) carries its own name there and is refused. A
  request that states an `Origin` must come from the app too.
- Every request that changes something (POST) carries the session's CSRF
  token, in the form (`csrf`) or, from the page's scripts, in the header
  `X-CSRF-Token`; the session cookie is `SameSite=Strict` and HTTP-only.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Collection

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
