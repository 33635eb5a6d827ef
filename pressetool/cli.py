"""The command line: parse options, call one library function, print its result.

Errors of the input (`InputError`) become German messages and exit status 1;
wrong usage exits 2 (argparse). No implementation lives here; the library
modules are imported inside each command so that `check` and `--help` stay
quick (WeasyPrint alone costs 0.4 s to import).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pressetool.argparse_de import use_german
from pressetool.errors import InputError, PressetoolError

Handler = Callable[[argparse.Namespace], int]


def _cmd_build(args: argparse.Namespace) -> int:
    from pressetool.build import build_releases
    from pressetool.config import load_config

    config = load_config()
    for path in build_releases(args.releases, config, out=args.out, formats=args.format):
        print(path)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from pressetool.check import check_releases
    from pressetool.config import load_config

    warnings = check_releases(args.releases, load_config())
    for warning in warnings:
        print(f"Hinweis: {warning.message}")
    count = len(args.releases)
    files = "Datei" if count == 1 else "Dateien"
    hints = f"{len(warnings)} Hinweis" + ("" if len(warnings) == 1 else "e")
    print(f"{count} {files} geprüft: keine Fehler, {hints} zur Typografie.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    use_german()
    parser = argparse.ArgumentParser(
        prog="pressetool",
        description="Pressemitteilungen, Einladungen und Listen der Pressestelle als DOCX und PDF.",
        epilog="Hilfe zu einem Befehl: pressetool BEFEHL --help",
    )
    commands = parser.add_subparsers(title="Befehle", metavar="BEFEHL", required=True)

    build = commands.add_parser(
        "build",
        help="Pressemitteilungen als PDF und DOCX erzeugen",
        description="Erzeugt aus Pressemitteilungs-Dateien (YAML) die Dokumente in "
        "{out}/{Jahr}/{Nummer}/ und nennt jede geschriebene Datei.",
    )
    build.add_argument(
        "releases",
        nargs="+",
        type=Path,
        metavar="DATEI.yaml",
        help="eine oder mehrere Pressemitteilungs-Dateien",
    )
    build.add_argument(
        "--out",
        type=Path,
        metavar="ORDNER",
        help="Zielordner (Voreinstellung: output/ im Ordner der Pressestelle)",
    )
    build.add_argument(
        "--format",
        choices=("pdf", "docx", "all"),
        default="all",
        help="nur PDF, nur DOCX oder beides (Voreinstellung: all)",
    )
    build.set_defaults(handler=_cmd_build)

    check = commands.add_parser(
        "check",
        help="Pressemitteilungen prüfen, ohne Dokumente zu erzeugen",
        description="Prüft Pressemitteilungs-Dateien auf Fehler und die Typografie auf "
        "Hinweise (Anführungszeichen, Striche, Leerzeichen, Hausschreibweise). "
        "Hinweise ändern nichts am Ergebnis; bei Fehlern endet der Befehl mit Status 1.",
    )
    check.add_argument(
        "releases",
        nargs="+",
        type=Path,
        metavar="DATEI.yaml",
        help="eine oder mehrere Pressemitteilungs-Dateien",
    )
    check.set_defaults(handler=_cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except InputError as error:
        for problem in error.problems:
            print(f"Fehler: {problem.message}", file=sys.stderr)
        count = len(error.problems)
        print(
            f"{count} Fehler gefunden. Es wurde keine Datei geschrieben.",
            file=sys.stderr,
        )
        return 1
    except PressetoolError as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return 1
