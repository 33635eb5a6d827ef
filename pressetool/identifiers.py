"""Stable identifiers: the same office and name always give the same id."""

from __future__ import annotations

import uuid


def office_uuid(office: str, name: str) -> uuid.UUID:
    """`name` (a release number, a calendar file) within `office`, as a name-based UUID."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"pressetool:{office}:{name}")
