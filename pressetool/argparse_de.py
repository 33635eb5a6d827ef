"""argparse in German.

argparse looks its own words (`usage:`, `options`, its error messages) up
through gettext at the moment it needs them; pointing its lookup at this
table makes `--help` and usage errors German without a .mo catalogue.
"""

from __future__ import annotations

import argparse

GERMAN = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "„%(value)s“ ist nicht möglich "
    "(möglich: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "expected one argument": "hier fehlt ein Wert",
    "expected at most one argument": "höchstens ein Wert",
    "expected at least one argument": "mindestens ein Wert",
    "invalid %(type)s value: %(value)r": "„%(value)s“ ist kein gültiger Wert",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s ist mehrdeutig: "
    "%(matches)s",
    "not allowed with argument %s": "nicht zusammen mit %s",
    "one of the arguments %s is required": "eine dieser Angaben ist nötig: %s",
}


def german(message: str) -> str:
    return GERMAN.get(message, message)


def german_plural(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return "%s Werte erwartet"
    return german(singular if count == 1 else plural)


def use_german() -> None:
    argparse._ = german  # type: ignore[attr-defined]
    argparse.ngettext = german_plural  # type: ignore[attr-defined]
