"""argparse in German.

argparse looks its own words (`usage:`, `options`, its error messages) up
through gettext at the moment it needs them; pointing its lookup at this
table makes `--help` and usage errors German without a .mo catalogue.
"""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Sequence
from typing import Any

GERMAN = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
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


class GermanParser(argparse.ArgumentParser):
    """argparse's parser that says what a mistyped word may have meant: the command or
    choice close to it (`bild` → `build`), and for an unknown option the closest option
    of the command it was given to, with that command's usage (`check --fx` → `--fix`)."""

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        names = [str(choice) for choice in choices]
        message = f"„{value}“ ist nicht möglich (möglich: {', '.join(names)})."
        raise argparse.ArgumentError(action, message + _meant(str(value), names))

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras and not hasattr(parsed, _UNKNOWN_IN):
            setattr(parsed, _UNKNOWN_IN, self)  # the innermost command's parser comes first
        return parsed, extras

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        parsed, extras = self.parse_known_args(args, namespace)
        if not extras:
            return parsed
        parser: argparse.ArgumentParser = getattr(parsed, _UNKNOWN_IN)
        options = [name for action in parser._actions for name in action.option_strings]
        unknown = " ".join(extras)
        hint = next((_meant(word, options) for word in extras if _meant(word, options)), "")
        parser.error(german("unrecognized arguments: %s") % unknown + ("." + hint if hint else ""))


_UNKNOWN_IN = "_unbekannt_in"


def _meant(word: str, names: list[str]) -> str:
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    return f" Meinten Sie „{close[0]}“?" if close else ""
