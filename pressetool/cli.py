"""The command line: parse options, call one library function, print its result.

Errors of the input (`InputError`) become German messages and exit status 1;
wrong usage exits 2 (argparse). No implementation lives here; the library
modules are imported inside each command so that `check` and `--help` stay
quick (WeasyPrint alone costs 0.4 s to import).
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pressetool.argparse_de import GermanParser, use_german
from pressetool.messages import message
from pressetool.plain_text import forbidden_character, normalised
from pressetool.problems import Code, InputError, PressetoolError, Problem, shown_path

if TYPE_CHECKING:
    from pressetool.models import ReleaseNumber
    from pressetool.sending.delivery import SendResult

Handler = Callable[[argparse.Namespace], int]


def _add_release_files(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "releases",
        nargs="+",
        type=Path,
        metavar="DATEI.yaml",
        help="eine oder mehrere Pressemitteilungs-Dateien",
    )


def _add_release_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "release", type=Path, metavar="DATEI.yaml", help="die Pressemitteilungs-Datei"
    )


def _add_out_option(
    parser: argparse.ArgumentParser,
    text: str = "Zielordner (Voreinstellung: output/ im Ordner der Pressestelle)",
) -> None:
    parser.add_argument("--out", type=Path, metavar="ORDNER", help=text)


PERSONAL_OUT_HELP = (
    "Zielordner (Voreinstellung: der interne Ordner intern/, [paths] internal in "
    "pressetool.toml); nie der öffentliche Ordner output/ oder ein Ordner darin, denn {what} "
    "enthalten Namen und Anschriften"
)
"""`--out` of `invite` and `lists`: their documents never go to the public folder."""


def _add_date_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date", metavar="JJJJ-MM-TT", help="das Datum (Voreinstellung: heute, Berliner Zeit)"
    )


def _say(problem: Problem, stream: TextIO | None = None) -> None:
    """`Fehler: …` or `Hinweis: …`, as the problem's severity says."""
    print(f"{problem.severity.value}: {problem.message}", file=stream)


def _counted(count: int, singular: str, plural: str) -> str:
    """`1 Hinweis`, `3 Hinweise`"""
    return f"{count} {singular if count == 1 else plural}"


def _cmd_init(args: argparse.Namespace) -> int:
    from pressetool.register.office_folder import init_office

    made = init_office(args.folder, args.name)
    print(f"Ordner der Pressestelle eingerichtet: {shown_path(made.folder)}")
    register = "übernommen" if made.register_kept else "angelegt, leer"
    if made.taken_in is not None:
        numbers = _counted(made.taken_in, "Nummer", "Nummern")
        register = f"angelegt und aus den Dateien in releases/ aufgebaut: {numbers} aufgenommen"
    gitignore = "angelegt" if not made.gitignore_kept else "vorhanden"
    gitignore = "ergänzt" if made.gitignore_kept and made.gitignore_changed else gitignore
    for path, what in (
        (made.settings, "die Einstellungen, jede erklärt"),
        (made.releases, "die Pressemitteilungen"),
        (made.register, f"das Nummernregister ({register})"),
        (made.gitignore, f"hält Dokumente und Register aus git heraus ({gitignore})"),
    ):
        print(f"  {shown_path(path)}{'/' if path.is_dir() else ''}: {what}")
    for note in made.notes:
        _say(note, sys.stderr)
    if args.name is None:
        print("Tragen Sie in pressetool.toml unter [office] den Namen Ihres Amts ein.")
    print(
        "Prüfen Sie in pressetool.toml die Rücksendeangabe der Briefe ([letters]) und die "
        "Vorbelegung neuer Pressemitteilungen ([defaults]). Die "
        + ("nächste" if made.taken_in else "erste")
        + " Pressemitteilung legt „pressetool new --title TITEL“ im Ordner der Pressestelle an."
    )
    return 0


def _add_init_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser(
        "init",
        help="einen Ordner für eine neue Pressestelle einrichten",
        description="Richtet den Ordner einer Pressestelle ein: pressetool.toml mit jeder "
        "Einstellung und ihrer Voreinstellung als Kommentar, releases/ mit dem Nummernregister "
        "(liegen dort schon Pressemitteilungen, aus ihnen aufgebaut wie mit „reindex“) und "
        ".gitignore, die erzeugte Dokumente und das Register aus git "
        "heraushält. Nummern vergeben, Register und Archiv gibt es nur in einem solchen "
        "Ordner. Ein Ordner, in dem oder über dem schon pressetool.toml liegt, bleibt "
        "unverändert.",
    )
    init.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=Path(),
        metavar="ORDNER",
        help="der Ordner, angelegt, wenn es ihn nicht gibt (Voreinstellung: der aktuelle)",
    )
    init.add_argument(
        "--name",
        metavar="NAME",
        help='das Amt im Briefkopf, zum Beispiel "Bezirksamt Pankow von Berlin" '
        "(Voreinstellung: Bezirksamt Mitte von Berlin)",
    )
    init.set_defaults(handler=_cmd_init)


def _cmd_build(args: argparse.Namespace) -> int:
    from pressetool.documents.build import build_releases
    from pressetool.office import load_config

    config = load_config()
    for path in build_releases(args.releases, config, out=args.out, formats=args.format):
        print(shown_path(path))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from pressetool.documents.check import check_releases, fix_releases
    from pressetool.office import load_config

    config = load_config()
    if args.fix:
        for fix in fix_releases(args.releases, config):
            print(
                f"Geändert: {fix.file}, Zeile {fix.line}, Feld „{fix.field}“: "
                f"»{fix.found}« → »{fix.suggestion}«"
            )
    warnings = check_releases(args.releases, config)
    for warning in warnings:
        _say(warning)
    files = _counted(len(args.releases), "Datei", "Dateien")
    hints = _counted(len(warnings), "Hinweis", "Hinweise")
    print(f"{files} geprüft: keine Fehler, {hints}.")
    return 0


def _cmd_new(args: argparse.Namespace) -> int:
    from pressetool.office import load_config
    from pressetool.register.allocation import new_release

    notes: list[Problem] = []
    path = new_release(load_config(), args.title, args.date, notes)
    for note in notes:
        _say(note, sys.stderr)
    print(shown_path(path))
    return 0


def _cmd_publish(args: argparse.Namespace) -> int:
    from pressetool.messages import published_documents
    from pressetool.office import load_config
    from pressetool.register.allocation import publish_release

    config = load_config()
    result = publish_release(config, args.number)
    print(f"Veröffentlicht: {shown_path(result.path)}")
    for document in result.documents:
        print(shown_path(document))
    if result.public_from is not None:
        print(published_documents(config.output, config.internal, result.public_from))
    return 0


def _cmd_discard(args: argparse.Namespace) -> int:
    from pressetool.office import load_config
    from pressetool.register.allocation import discard_release

    result = discard_release(load_config(), args.number, args.reason)
    first, last = result.numbers[0], result.numbers[-1]
    if result.path is not None:
        print(f"Verworfen: {shown_path(result.path)}")
    elif first == last:
        print(f"Verworfen: Nr. {first} (ohne Datei).")
    else:
        count = len(result.numbers)
        print(f"Verworfen: {first} bis {last} ({count} Nummern, ohne Datei).")
    if result.next_number is not None:
        print(_next_number_line(result.next_number))
    return 0


def _next_number_line(number: ReleaseNumber) -> str:
    """What `new` gives next after a discarded range: `new` numbers in the year of its
    `--date`, today's year without one."""
    from pressetool.office import today_in_office

    this_year = today_in_office().year
    if number.year == this_year:
        return f"„pressetool new“ vergibt als Nächstes {number}."
    return (
        f"Mit --date im Jahr {number.year} vergibt „pressetool new“ als Nächstes {number}; "
        f"ohne --date die nächste Nummer von {this_year}."
    )


def _cmd_list(args: argparse.Namespace) -> int:
    from pressetool.office import load_config
    from pressetool.register.listing import list_releases

    text = list_releases(load_config(), args.year, args.format)
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the terminal says
    return 0


def _cmd_withdraw(args: argparse.Namespace) -> int:
    from pressetool.office import load_config
    from pressetool.register.allocation import withdraw_release

    result = withdraw_release(load_config(), args.number, args.reason)
    path = shown_path(result.path)
    print(f"Zurückgezogen: {path}")
    for document in result.documents:
        print(f"Erneuert: {shown_path(document)}")
    if not result.documents:
        print(f"Dokumente gab es noch keine; Sie erzeugen sie mit „pressetool build {path}“.")
    print("Das Archiv erneuern Sie mit „pressetool archive“.")
    if result.sent_to:
        print(message(Code.WITHDRAWN_AFTER_SENDING, {"count": result.sent_to}))
    return 0


def _cmd_correct(args: argparse.Namespace) -> int:
    from pressetool.office import load_config
    from pressetool.register.allocation import correct_release

    print(shown_path(correct_release(load_config(), args.number, args.date)))
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from pressetool.office import load_config
    from pressetool.register.verify import verify_register

    problems = verify_register(load_config())
    for problem in problems:
        print(f"Abweichung: {problem.message}")
    summary = f"{_counted(len(problems), 'Abweichung', 'Abweichungen')}."
    print(summary if problems else "Register und Dateien stimmen überein.")
    return 1 if problems else 0


def _cmd_reindex(args: argparse.Namespace) -> int:
    from pressetool.office import load_config
    from pressetool.register.allocation import reindex_register

    result = reindex_register(load_config())
    files = _counted(result.files, "Datei", "Dateien")
    added = _counted(result.added, "Nummer", "Nummern")
    print(f"Register aus {files} neu aufgebaut; {added} neu aufgenommen.")
    if result.created:
        print("Es gab kein Nummernregister; es ist neu angelegt.")
    for kept in result.kept_drafts:
        _say(kept, sys.stderr)
    return 1 if result.kept_drafts else 0


def _cmd_archive(args: argparse.Namespace) -> int:
    from pressetool.archive.due import describe_moment, parse_moment
    from pressetool.archive.site import build_archive
    from pressetool.office import load_config

    config = load_config()
    at = parse_moment(args.at) if args.at is not None else None
    result = build_archive(config, args.out, at=at)
    style = config.house_style
    when = "" if at is None else f" zum Stand {describe_moment(at, style)}"
    print(
        f"Archiv{when} geschrieben: {shown_path(result.index)} "
        f"({_counted(result.releases, 'Pressemitteilung', 'Pressemitteilungen')}, "
        f"{len(result.rebuilt)} neu erzeugt)."
    )
    left_out = [
        _counted(count, singular, plural)
        for count, singular, plural in (
            (result.drafts, "Entwurf", "Entwürfe"),
            (result.discarded, "verworfene Nummer", "verworfene Nummern"),
            (
                result.withdrawn_early,
                "vor Datum oder Sperrfrist zurückgezogene Pressemitteilung",
                "vor Datum oder Sperrfrist zurückgezogene Pressemitteilungen",
            ),
            (result.waiting, "Pressemitteilung", "Pressemitteilungen"),
        )
        if count
    ]
    if result.waiting:
        left_out[-1] += " vor Datum oder Sperrfrist"
    if left_out:
        listed = ", ".join(left_out[:-1]) + " und " if len(left_out) > 1 else ""
        print(f"Nicht im Archiv: {listed}{left_out[-1]}.")
    if result.next_public is not None:
        moment = describe_moment(result.next_public, style)
        print(
            f"Die nächste ist ab {moment} öffentlich; "
            "führen Sie dann „pressetool archive“ wieder aus."
        )
    for note in result.notes:
        _say(note)
    return 0


def _cmd_lists(args: argparse.Namespace) -> int:
    from pressetool.documents.lists import make_lists
    from pressetool.office import load_config

    result = make_lists(
        args.release,
        load_config(),
        registrations=args.registrations,
        blank_rows=args.blank_rows,
        out=args.out,
    )
    for warning in result.warnings:
        _say(warning)
    for path in result.written:
        print(shown_path(path))
    return 0


def _cmd_invite(args: argparse.Namespace) -> int:
    from pressetool.documents.invite import invite, letter_date_argument
    from pressetool.documents.progress import terminal_progress
    from pressetool.office import load_config

    if args.dry_run and not args.send:
        print("Fehler: --dry-run gilt nur mit --send.", file=sys.stderr)
        return 2
    config = load_config()
    letter_date = letter_date_argument(args.date)
    progress = terminal_progress(sys.stderr, "Einladungen")
    sending_check = emailed = None
    if args.send:  # what sending needs is checked before a letter is written
        from pressetool.sending.invitations import emailed_rows, sending_problems

        sending_check = partial(sending_problems, config, dry_run=args.dry_run, resend=args.erneut)
        emailed = emailed_rows
    result = invite(
        args.release,
        args.recipients,
        config,
        out=args.out,
        progress=progress,
        today=letter_date,
        sending_check=sending_check,
        emailed=emailed,
    )
    for warning in result.warnings:
        _say(warning)
    letters = _counted(result.letters, "Einladung", "Einladungen")
    pages = _counted(result.pages, "Seite", "Seiten")
    if result.print_file is None:
        printing = "keiner zum Drucken (jede Zeile hat eine E-Mail-Adresse)"
    elif args.send:
        by_post = _counted(result.printed, "Brief", "Briefe")
        printing = f"{by_post} per Post zum Drucken in {shown_path(result.print_file)}"
    else:
        printing = f"alle Briefe zum Drucken in {shown_path(result.print_file)}"
    print(
        f"{letters} ({pages}) als PDF und DOCX in {shown_path(result.letters_folder)}/, "
        f"{printing}, Kalendereintrag {shown_path(result.calendar_file)}."
    )
    if result.print_file is not None:
        print(
            "Drucken Sie die Druckdatei beidseitig: Ein Brief hat mehrere Seiten, und nach "
            "jedem mit ungerader Seitenzahl steht eine leere Seite, damit jeder Brief auf "
            "einem eigenen Blatt beginnt."
            if result.duplex
            else "Drucken Sie die Druckdatei einseitig: Jeder Brief hat eine Seite, beidseitig "
            "stünde der nächste Brief auf der Rückseite."
        )
    # The letters set from another are told apart from those laid out in full, so
    # that a failing splice (every letter laid out in full, slower) shows.
    in_full = result.laid_out_in_full
    copies = result.letters - in_full
    laid_out = f"{in_full} Brief wurde" if in_full == 1 else f"{in_full} Briefe wurden"
    if copies == 0:
        print(f"{laid_out} einzeln gesetzt.")
    else:
        rest = "der übrige" if copies == 1 else f"die übrigen {copies}"
        print(
            f"{laid_out} ganz gesetzt, {rest} nach ihrem Vorbild, "
            "jeder mit eigener Anschrift und Anrede."
        )
    if not args.send:
        return 0
    from pressetool.sending.invitations import send_invitations

    try:
        sent = send_invitations(
            config,
            args.release,
            args.recipients,
            result.calendar_file,
            dry_run=args.dry_run,
            resend=args.erneut,
            today=letter_date,
            progress=terminal_progress(sys.stderr, "Versand"),
            waiting=_say_waiting,
        )
    except PressetoolError as error:
        return _nothing_sent(error, "Die Briefe sind geschrieben, per E-Mail ging nichts hinaus.")
    if sent.by_post:
        rows = ", ".join(f"Zeile {row} ({name})" for row, name in sent.by_post)
        print(f"Per Post (keine E-Mail-Adresse), {len(sent.by_post)}: {rows}.")
    return _report_sending(sent)


# -- sending (issue 16) ------------------------------------------------------------------------


def _nothing_sent(error: PressetoolError, what: str = "Es wurde nichts gesendet.") -> int:
    problems = error.problems if isinstance(error, InputError) else None
    if problems is None:
        print(f"Fehler: {error}", file=sys.stderr)
    else:
        for problem in problems:
            _say(problem, sys.stderr)
    print(what, file=sys.stderr)
    return 1


def _say_waiting(problem: Problem) -> None:
    """A wait for a further try of `send`: on its own line, under the progress bar."""
    print(f"\n{problem.message}", file=sys.stderr, flush=True)


def _report_sending(result: SendResult) -> int:
    """What was sent, skipped, failed and unclear; status 1 when anything failed or became
    unclear in this run (one unclear from an earlier run is listed, as a Hinweis)."""
    for warning in result.warnings:
        _say(warning)
    journal = shown_path(result.journal)
    if result.dry_run:
        folder = shown_path(result.written[0].parent) if result.written else None
        where = f" in {folder}/" if folder else ""
        files = _counted(result.sent, "Nachricht", "Nachrichten")
        print(f"{result.mailing}: {files} als .eml-Datei{where} geschrieben, nichts gesendet.")
    else:
        unclear = f"; bei {len(result.unclear)} ist unklar, ob sie ankam" if result.unclear else ""
        sent = f"an {result.sent} von {result.recipients} Adressen gesendet{unclear}"
        print(f"{result.mailing}: {sent}.")
    if result.skipped:
        had = "hatte" if result.skipped == 1 else "hatten"
        got = "erhielt" if result.skipped == 1 else "erhielten"
        print(
            f"{result.skipped} {had} sie schon aus einem früheren Versand und {got} keine "
            f"zweite (Versandjournal {journal})."
        )
    for problem in result.problems:
        _say(problem, sys.stderr)
    failed = result.recipients - result.sent - result.skipped - len(result.unclear)
    if failed and result.problems:
        print(
            f"{_counted(failed, 'Adresse hat', 'Adressen haben')} nichts erhalten. Wenn der "
            "Fehler behoben ist, rufen Sie denselben Befehl noch einmal auf: Er sendet nur an "
            "die, die noch nichts haben.",
            file=sys.stderr,
        )
    if result.unclear:
        print(_unclear_summary(result), file=sys.stderr)
    return 1 if result.problems else 0


def _unclear_summary(result: SendResult) -> str:
    """The addresses whose message may or may not have arrived, and what to do."""
    where = _counted(len(result.unclear), "Adresse", "Adressen")
    return (
        f"Bei {where} ist unklar, ob die Nachricht angekommen ist: "
        f"{', '.join(result.unclear)}. Von selbst sendet pressetool sie dorthin nicht noch "
        "einmal, damit niemand sie doppelt bekommt. Fragen Sie dort nach, ob sie angekommen "
        f"ist („pressetool send {result.number}“ zeigt, was das Versandjournal "
        f"{shown_path(result.journal)} dazu festhält). Fehlt sie, rufen Sie denselben Befehl "
        f"mit --erneut und der Adresse auf (etwa --erneut {result.unclear[0]}; für mehrere "
        "Adressen --erneut vor jeder)."
    )


def _cmd_send(args: argparse.Namespace) -> int:
    from pressetool.documents.progress import terminal_progress
    from pressetool.office import load_config
    from pressetool.sending.release import send_release

    if args.to is None:
        return _show_sending(args)
    try:
        result = send_release(
            load_config(),
            args.number,
            args.to,
            groups=args.gruppe,
            with_embargo=args.mit_sperrfrist,
            dry_run=args.dry_run,
            resend=args.erneut,
            progress=terminal_progress(sys.stderr, "Versand"),
            waiting=_say_waiting,
        )
    except PressetoolError as error:
        return _nothing_sent(error)
    return _report_sending(result)


_STATE_WORDS = (
    ("sent", "gesendet"),
    ("failed", "fehlgeschlagen"),
    ("submitting", "unklar"),
    ("queued", "noch offen"),
)


def _show_sending(args: argparse.Namespace) -> int:
    """`send NNN/JJJJ` without `--to`: what the journal says of the release's mailings."""
    from pressetool.office import load_config
    from pressetool.register.journal import State
    from pressetool.sending.release import sending_state

    mailings = sending_state(load_config(), args.number)
    if not mailings:
        print(f"Zur Nummer {args.number} wurde noch nichts gesendet.")
    for mailing in mailings:
        counts = [(mailing.count(State(state)), word) for state, word in _STATE_WORDS]
        print(f"{mailing.mailing}: " + ", ".join(f"{n} {word}" for n, word in counts if n) + ".")
        for entry in mailing.entries:
            if entry.state in (State.FAILED, State.SUBMITTING):
                why = entry.answer or f"{entry.address}: unklar, ob die Nachricht ankam."
                print(f"  Zeile {entry.row}: {why}")
    return 0


def _add_sending_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="nichts senden, sondern jede Nachricht als .eml-Datei in den internen Ordner "
        "schreiben (zum Prüfen, oder zum Versenden aus Outlook)",
    )
    parser.add_argument(
        "--erneut",
        action="append",
        default=[],
        metavar="ADRESSE",
        help="an diese Adresse noch einmal senden, auch wenn das Versandjournal sie als "
        "erledigt oder unklar führt (mehrfach möglich)",
    )


def _add_send_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    send = commands.add_parser(
        "send",
        help="eine veröffentlichte Pressemitteilung an den Presseverteiler senden",
        description="Sendet die veröffentlichte Pressemitteilung an jede Adresse des "
        "Presseverteilers, an jede eine eigene Nachricht (niemand sieht die anderen Adressen): "
        "Betreff „Pressemitteilung Nr. NNN/JJJJ: Titel“, der Text der Pressemitteilung, das PDF "
        "im Anhang. Der Verteiler ist eine Excel-Tabelle (.xlsx) oder CSV-Datei mit der Spalte "
        "E-Mail, dazu Name, Redaktion und Gruppe, wenn gewünscht. Den Mailserver legt [mail] in "
        "pressetool.toml fest. Wer die Pressemitteilung schon erhalten hat, erhält keine "
        "zweite: Das Versandjournal intern/versand.sqlite hält jeden Versand fest, und ein "
        "abgebrochener Versand wird mit demselben Befehl fortgesetzt. Entwürfe, zurückgezogene "
        "und verworfene Pressemitteilungen werden nie versandt; vor Ablauf der Sperrfrist nur "
        "mit --mit-sperrfrist.",
    )
    send.add_argument("number", metavar="NNN/JJJJ", help="die Nummer, zum Beispiel 067/2020")
    send.add_argument(
        "--to",
        type=Path,
        metavar="VERTEILER.xlsx|VERTEILER.csv",
        help="der Presseverteiler, eine Zeile je Adresse; ohne --to zeigt der Befehl, an wie "
        "viele Adressen die Pressemitteilung und ihre Einladungen schon gingen",
    )
    send.add_argument(
        "--gruppe",
        action="append",
        default=[],
        metavar="NAME",
        help="nur an die Zeilen dieser Gruppe (Spalte Gruppe; mehrfach möglich)",
    )
    send.add_argument(
        "--mit-sperrfrist",
        action="store_true",
        help="vor Ablauf der Sperrfrist senden; Betreff und Text beginnen dann mit "
        "„SPERRFRIST bis …:“",
    )
    _add_sending_options(send)
    send.set_defaults(handler=_cmd_send)


def _add_invite_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    invite = commands.add_parser(
        "invite",
        help="Einladungsbriefe zur Veranstaltung an eine Empfängerliste erzeugen",
        description="Erzeugt zur Veranstaltung (event) einer Pressemitteilung je Zeile der "
        "Empfängerliste einen Einladungsbrief nach DIN 5008 als PDF und DOCX in "
        "{out}/{Jahr}/{Nummer}/einladungen/, dazu alle Briefe in einer PDF-Datei zum Drucken "
        "und den Kalendereintrag (.ics). Die Liste ist eine Excel-Tabelle (.xlsx) oder CSV-Datei "
        "mit den Spalten Anrede, Titel, Vorname, Nachname, Organisation, Straße, PLZ, Ort, "
        "E-Mail. Absender, Informationsblock und Geschäftsangaben der Fußzeile legt [letters] "
        "in pressetool.toml fest. Passt eine Anschrift nicht ins Anschriftfeld (mehr als "
        "sechs Zeilen oder eine zu breite Zeile), nennt pressetool die Zeile der Liste und "
        "schreibt nichts.",
    )
    _add_release_file(invite)
    invite.add_argument(
        "--recipients",
        type=Path,
        required=True,
        metavar="LISTE.xlsx|LISTE.csv",
        help="die Empfängerliste, eine Zeile je Brief",
    )
    invite.add_argument(
        "--date",
        metavar="JJJJ-MM-TT",
        help="das Datum der Briefe (Voreinstellung: heute, Berliner Zeit)",
    )
    _add_out_option(invite, PERSONAL_OUT_HELP.format(what="die Briefe"))
    invite.add_argument(
        "--send",
        action="store_true",
        help="danach jeder Zeile mit E-Mail-Adresse ihren Brief als PDF mit dem "
        "Kalendereintrag senden (über [mail] in pressetool.toml); die übrigen nennt der Befehl "
        "„per Post“",
    )
    _add_sending_options(invite)
    invite.set_defaults(handler=_cmd_invite)


def _cmd_serve(args: argparse.Namespace) -> int:
    from pressetool.office import find_office_root
    from pressetool.web.server import serve

    folder = find_office_root(Path.cwd().resolve()) or Path.cwd()
    serve(folder, host=args.host, port=args.port, open_browser=not args.no_browser)
    return 0


def _add_serve_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser(
        "serve",
        help="im Browser arbeiten: Pressemitteilungen schreiben, prüfen, veröffentlichen",
        description="Startet pressetool als Web-App auf diesem Computer "
        "(http://127.0.0.1:8765/) und öffnet den Browser, wenn einer da ist: Übersicht, "
        "neue Pressemitteilung, Editor mit Vorschau, Veröffentlichen, Einladungen und Listen. "
        "Nur im Ordner einer Pressestelle. Die App ist nur von diesem Computer aus "
        "erreichbar, und auch dort nur mit dem Schlüssel in der Adresse, die serve beim Start "
        "nennt (…/?schluessel=…): Andere Benutzer desselben Computers kommen nicht hinein. "
        "Beenden mit Strg+C.",
    )
    serve.add_argument(
        "--port", type=int, default=8765, metavar="PORT", help="der Port (Voreinstellung: 8765)"
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ADRESSE",
        help="nur eine Adresse dieses Computers (Voreinstellung: 127.0.0.1)",
    )
    serve.add_argument("--no-browser", action="store_true", help="den Browser nicht selbst öffnen")
    serve.set_defaults(handler=_cmd_serve)


def _row_count(text: str) -> int:
    """`--blank-rows`: a whole number from 0 to `limits.BLANK_ROWS`."""
    from pressetool.documents.lists import row_count

    try:
        return row_count(text, "--blank-rows")
    except InputError as error:
        (problem,) = error.problems
        raise argparse.ArgumentTypeError(message(problem.code, problem.params)) from None


def _add_lists_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lists = commands.add_parser(
        "lists",
        help="Teilnehmendenliste und Anwesenheitsliste einer Veranstaltung erzeugen",
        description="Erzeugt zur Veranstaltung (event) einer Pressemitteilung die "
        "Teilnehmendenliste (Gastgeber und Teilnehmende) und die Anwesenheitsliste zum "
        "Unterschreiben (A4 quer, mit Datenschutzhinweis auf jeder Seite) als PDF und DOCX in "
        "{out}/{Jahr}/{Nummer}/ und nennt jede geschriebene Datei. Den Datenschutzhinweis "
        "legt [privacy_notice] in pressetool.toml fest.",
    )
    _add_release_file(lists)
    lists.add_argument(
        "--registrations",
        type=Path,
        metavar="LISTE.xlsx|LISTE.csv",
        help="die Anmeldeliste (Spalten wie die Empfängerliste der Einladungen); ihre Personen "
        "stehen nach Namen sortiert vorn auf der Anwesenheitsliste",
    )
    lists.add_argument(
        "--blank-rows",
        type=_row_count,
        metavar="ANZAHL",
        help="so viele leere Zeilen zum Eintragen von Hand (Voreinstellung: die letzte Seite "
        "voll, mindestens 10)",
    )
    _add_out_option(lists, PERSONAL_OUT_HELP.format(what="die Listen"))
    lists.set_defaults(handler=_cmd_lists)


def _add_register_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """new, list, publish, discard, withdraw, correct, verify, reindex, archive: the numbers
    and the archive."""
    new = commands.add_parser(
        "new",
        help="eine neue Pressemitteilung mit der nächsten Nummer anlegen",
        description="Vergibt die nächste Nummer des Jahres, legt "
        "releases/{Jahr}/{Nummer}-{titel}.yaml als Entwurf (status: draft) mit Erläuterungen "
        "zu jedem Feld an und nennt die Datei. Die Nummer bleibt für sie reserviert; "
        "veröffentlicht wird sie mit „pressetool publish“. Vorbelegungen (wer informiert, "
        "Medienkontakt) stehen unter [defaults] in pressetool.toml.",
    )
    new.add_argument("--title", required=True, metavar="TITEL", help="der Titel")
    _add_date_option(new)
    new.set_defaults(handler=_cmd_new)

    listing = commands.add_parser(
        "list",
        help="die vergebenen Nummern zeigen",
        description="Zeigt Nummer, Datum, Titel und Status jeder vergebenen Nummer. "
        "CSV (Semikolon, UTF-8 mit BOM) öffnet Excel direkt: pressetool list --format csv "
        "> liste.csv",
    )
    listing.add_argument("--year", type=int, metavar="JJJJ", help="nur dieses Jahr")
    listing.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="Tabelle, CSV oder JSON (Voreinstellung: table)",
    )
    listing.set_defaults(handler=_cmd_list)

    publish = commands.add_parser(
        "publish",
        help="einen Entwurf prüfen, veröffentlichen und seine Dokumente erzeugen",
        description="Prüft die Datei des Entwurfs vollständig (wie build; eine Berichtigung "
        "braucht correction_of.note), setzt in Datei und Register status: published und "
        "erzeugt PDF und DOCX in output/{Jahr}/{Nummer}/; liegen Datum oder Sperrfrist noch "
        "vor uns, im internen Ordner (intern/{Jahr}/{Nummer}/), damit nichts zu früh auf den "
        "Webserver kommt. Fehlt noch etwas, nennt der Befehl alles, was fehlt, und ändert "
        "nichts. Ins Archiv kommt sie mit „pressetool archive“, ab ihrem Datum und nach ihrer "
        "Sperrfrist.",
    )
    publish.add_argument("number", metavar="NNN/JJJJ", help="die Nummer, zum Beispiel 067/2020")
    publish.set_defaults(handler=_cmd_publish)

    discard = commands.add_parser(
        "discard",
        help="einen Entwurf oder Nummern ohne Datei verwerfen",
        description="Verwirft einen Entwurf, aus dem keine Pressemitteilung wird: status: "
        "discarded und discard: {date, reason} in Datei und Register. Die Nummer bleibt "
        "vergeben und erscheint nie öffentlich. Ein Bereich wie 001/2026-066/2026 verzeichnet "
        "Nummern ohne Datei, etwa die vor pressetool vergebenen, als verworfen; „pressetool "
        "new“ vergibt danach die nächste. Eine veröffentlichte Pressemitteilung wird nicht "
        "verworfen, sondern zurückgezogen (withdraw).",
    )
    discard.add_argument(
        "number",
        metavar="NNN/JJJJ[-NNN/JJJJ]",
        help="die Nummer, oder erste und letzte eines Bereichs ohne Dateien",
    )
    discard.add_argument("--reason", required=True, metavar="TEXT", help="der Grund")
    discard.set_defaults(handler=_cmd_discard)

    withdraw = commands.add_parser(
        "withdraw",
        help="eine veröffentlichte Pressemitteilung zurückziehen",
        description="Markiert die veröffentlichte Pressemitteilung in ihrer Datei und im "
        "Register als zurückgezogen und erneuert sofort ihre vorhandenen Dokumente in "
        "output/{Jahr}/{Nummer}/ (und im internen Ordner); sie tragen oben „Zurückgezogen am "
        "…: Grund“. Sie behält ihre "
        "Nummer. Einen Entwurf verwerfen Sie stattdessen (discard).",
    )
    withdraw.add_argument("number", metavar="NNN/JJJJ", help="die Nummer, zum Beispiel 067/2020")
    withdraw.add_argument("--reason", required=True, metavar="TEXT", help="der Grund")
    withdraw.set_defaults(handler=_cmd_withdraw)

    correct = commands.add_parser(
        "correct",
        help="eine Berichtigung zu einer Pressemitteilung anlegen",
        description="Legt eine Kopie der veröffentlichten Pressemitteilung als Entwurf mit der "
        "nächsten Nummer an, datiert heute (nie vor der berichtigten); eine abgelaufene "
        "Sperrfrist wird nicht übernommen. Unter correction_of.note steht, was berichtigt "
        "wurde. Ihre Dokumente tragen über dem Titel „Berichtigung zur Pressemitteilung Nr. … "
        "vom …“ und darunter diesen Satz.",
    )
    correct.add_argument("number", metavar="NNN/JJJJ", help="die Nummer der berichtigten")
    _add_date_option(correct)
    correct.set_defaults(handler=_cmd_correct)

    verify = commands.add_parser(
        "verify",
        help="Register und Dateien vergleichen",
        description="Nennt jede Abweichung zwischen Register und Dateien: doppelte Nummern, "
        "Lücken, Nummern ohne Datei, Dateien ohne Nummer im Register, Dateinamen, die nicht "
        "zur Nummer passen, Zurückziehungen ohne Grund und Fehler in veröffentlichten oder "
        "zurückgezogenen Pressemitteilungen (die ganze Datei wird gelesen, wie „archive“ sie "
        "liest). Entwürfe (auch unfertige) und verworfene Nummern (auch ohne Datei) sind in "
        "Ordnung. Endet mit Status 1, wenn es eine Abweichung gibt.",
    )
    verify.set_defaults(handler=_cmd_verify)

    reindex = commands.add_parser(
        "reindex",
        help="das Register aus den Dateien neu aufbauen",
        description="Nimmt jede Datei in releases/ ins Register auf, mit Titel, Datum und "
        "Zurückziehung. Nummern, die schon vergeben sind, bleiben vergeben. Einen Entwurf des "
        "Registers, den seine Datei veröffentlicht oder zurückgezogen nennt, lässt es Entwurf "
        "(veröffentlicht wird nur mit publish), nennt ihn und endet mit Status 1.",
    )
    reindex.set_defaults(handler=_cmd_reindex)

    archive = commands.add_parser(
        "archive",
        help="das Archiv (Webseiten, Atom-Feed, PDF/A) schreiben",
        description="Schreibt das öffentliche Archiv: die Dokumente jeder Pressemitteilung, "
        "die öffentlich ist (veröffentlicht oder zurückgezogen, ihr Datum erreicht und ihre "
        "Sperrfrist abgelaufen, Berliner Zeit), dazu eine Archivfassung als PDF/A, eine "
        "Seite je Pressemitteilung, eine Seite je Jahr, index.html und feed.xml (die letzten "
        "50). Entwürfe und verworfene Nummern bleiben draußen. Die Seiten funktionieren "
        "ohne Server. Der Zielordner darf nicht der interne Ordner ([paths] internal) sein.",
    )
    _add_out_option(archive)
    archive.add_argument(
        "--at",
        metavar='"JJJJ-MM-TT HH:MM"',
        help="zeigen, was zu diesem Zeitpunkt öffentlich wäre (etwa zum Prüfen einer "
        "Sperrfrist); nur mit --out in einen eigenen Ordner",
    )
    archive.set_defaults(handler=_cmd_archive)


def _cmd_register_init(args: argparse.Namespace) -> int:
    from pressetool.office import load_config
    from pressetool.register.maintenance import init_register

    report = init_register(load_config())
    result = report.result
    if result.created:
        print(f"Nummernregister eingerichtet (Schema-Version {result.version}): {report.register}")
    elif result.applied:
        steps = ", ".join(map(str, result.applied))
        print(
            f"Nummernregister auf Schema-Version {result.version} umgestellt "
            f"(Migration {steps}): {report.register}"
        )
    else:
        print(
            f"Das Nummernregister ist schon eingerichtet (Schema-Version {result.version}); "
            f"nichts verändert: {report.register}"
        )
    return 0


def _cmd_register_migrate(args: argparse.Namespace) -> int:
    from pressetool.office import load_config
    from pressetool.register.maintenance import migrate_register

    report = migrate_register(load_config(), args.to)
    numbers = _counted(report.count, "Nummer", "Nummern")
    print(f"{numbers} aus {shown_path(report.source)} nach {report.target} übertragen und geprüft.")
    print(
        "pressetool.toml nennt jetzt das gemeinsame Register; die SQLite-Datei bleibt "
        "unverändert liegen und wird nicht mehr verwendet."
    )
    return 0


def _add_shared_register_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """register init, register migrate: the register itself (issue 12)."""
    register = commands.add_parser(
        "register",
        help="das Nummernregister einrichten oder in ein gemeinsames Register übertragen",
        description="Richtet das Nummernregister ein (init) oder überträgt ein SQLite-Register "
        "in ein gemeinsames PostgreSQL-Register (migrate). Welches Register gilt, sagt "
        "[register] database_url in pressetool.toml oder PRESSETOOL_DATABASE_URL.",
    )
    actions = register.add_subparsers(title="Befehle", metavar="BEFEHL", required=True)
    init = actions.add_parser(
        "init",
        help="das Register anlegen oder auf die Schema-Version dieses pressetool bringen",
        description="Legt das Nummernregister in einer leeren Datenbank (oder als SQLite-Datei) "
        "an. Ist es schon da, bringt der Befehl es mit den fehlenden Migrationen auf die "
        "Schema-Version dieses pressetool, oder sagt, dass nichts zu tun ist, und ändert "
        "nichts. Ein Register eines neueren pressetool wird nicht verändert.",
    )
    init.set_defaults(handler=_cmd_register_init)
    migrate = actions.add_parser(
        "migrate",
        help="das SQLite-Register in ein leeres PostgreSQL-Register übertragen",
        description="Überträgt jede Nummer des SQLite-Registers (mit Zeitpunkt und Benutzer) "
        "in ein leeres PostgreSQL-Register, prüft Anzahl und Inhalt und stellt erst dann "
        "database_url in pressetool.toml um; alle Kommentare bleiben. Ein Ziel, das schon "
        "Nummern enthält, wird abgelehnt. Ein Passwort in --to kommt nicht in pressetool.toml.",
    )
    migrate.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="das Ziel, etwa postgresql://pressestelle@db.amt.example/presse?sslmode=verify-full",
    )
    migrate.set_defaults(handler=_cmd_register_migrate)


def build_parser() -> argparse.ArgumentParser:
    use_german()
    parser: argparse.ArgumentParser = GermanParser(
        prog="pressetool",
        description="Pressemitteilungen, Einladungen und Listen der Pressestelle als DOCX und PDF.",
        epilog="Hilfe zu einem Befehl: pressetool BEFEHL --help",
    )
    commands = parser.add_subparsers(title="Befehle", metavar="BEFEHL")
    _add_init_command(commands)

    build = commands.add_parser(
        "build",
        help="Pressemitteilungen als PDF und DOCX erzeugen",
        description="Erzeugt aus Pressemitteilungs-Dateien (YAML) die Dokumente in "
        "{out}/{Jahr}/{Nummer}/ und nennt jede geschriebene Datei.",
    )
    _add_release_files(build)
    _add_out_option(
        build,
        "Zielordner (Voreinstellung: output/, [paths] output in pressetool.toml, für eine "
        "Pressemitteilung, die schon öffentlich ist; der interne Ordner intern/ für einen "
        "Entwurf und eine Pressemitteilung vor ihrem Datum oder ihrer Sperrfrist)",
    )
    build.add_argument(
        "--format",
        choices=("pdf", "docx", "all", "html", "txt"),
        default="all",
        help="nur PDF, nur DOCX oder beides (Voreinstellung: all); html: HTML-Ausschnitt "
        "für den Redaktionseditor von berlin.de, txt: Text für eine E-Mail",
    )
    build.set_defaults(handler=_cmd_build)

    check = commands.add_parser(
        "check",
        help="Pressemitteilungen prüfen, ohne Dokumente zu erzeugen",
        description="Prüft Pressemitteilungs-Dateien auf Fehler und die Typografie auf "
        "Hinweise (Anführungszeichen, Striche, Leerzeichen, Hausschreibweise). "
        "Hinweise ändern nichts am Ergebnis; bei Fehlern endet der Befehl mit Status 1.",
    )
    _add_release_files(check)
    check.add_argument(
        "--fix",
        action="store_true",
        help="eindeutige Hinweise gleich in der Datei umsetzen (Kommentare und Einrückung "
        "bleiben); nennt jede Änderung, die übrigen Hinweise bleiben Hinweise",
    )
    check.set_defaults(handler=_cmd_check)
    _add_register_commands(commands)
    _add_shared_register_commands(commands)
    _add_lists_command(commands)
    _add_invite_command(commands)
    _add_serve_command(commands)
    _add_send_command(commands)
    return parser


READING_ONLY = {_cmd_check, _cmd_list, _cmd_verify}
"""Commands that write no file: their errors do not end with „Es wurde keine Datei
geschrieben.“ (`check --fix` writes)."""

TEXT_ARGUMENTS = ("title", "reason")
"""Options whose text goes into a release file; they follow the rules of `plain_text`."""


def _checked_texts(args: argparse.Namespace) -> None:
    """Control characters and invalid UTF-8 (lone surrogates) in a text option are an
    error naming the option; Word's breaks become spaces."""
    problems = []
    for name in TEXT_ARGUMENTS:
        value = getattr(args, name, None)
        if not isinstance(value, str):
            continue
        found = forbidden_character(value)
        if found is None:
            setattr(args, name, normalised(value))
        else:
            params = {"character": found[1]}
            problems.append(
                Problem(Code.ARGUMENT_FORBIDDEN_CHARACTER, None, f"--{name}", None, params)
            )
    for name, option in PATH_ARGUMENTS.items():
        path = getattr(args, name, None)
        control = _CONTROL.search(str(path)) if path is not None else None
        if control is not None:
            params = {"character": f"U+{ord(control[0]):04X}"}
            problems.append(
                Problem(Code.ARGUMENT_PATH_CONTROL_CHARACTER, None, option, None, params)
            )
    if problems:
        raise InputError(problems)


PATH_ARGUMENTS: dict[str, str | None] = {"out": "--out", "folder": None}
"""Arguments that name a folder to write into, with the option that gives it (`init`'s
folder has none): a control character there (pasted with a line, an escape sequence)
would make a folder no one can type and print it raw."""
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


FIRST_STEPS = """\
pressetool – Pressemitteilungen, Einladungen und Listen der Pressestelle.

So beginnt ein Arbeitstag:
  pressetool new --title "Titel der Pressemitteilung"   legt einen Entwurf mit Nummer an
  pressetool check releases/JJJJ/NNN-titel.yaml         prüft die Datei
  pressetool publish NNN/JJJJ                           veröffentlicht sie: PDF und DOCX

Noch kein Ordner der Pressestelle? Zuerst: pressetool init
Alle Befehle: pressetool --help · Hilfe zu einem Befehl: pressetool BEFEHL --help"""


INTERRUPTED = (
    "Abgebrochen (Strg+C). Halb geschriebene Dateien wurden entfernt; derselbe Befehl noch "
    "einmal macht die Arbeit ganz."
)
INTERRUPTED_SENDING = (
    " Welche Nachrichten schon gesendet sind, hält das Versandjournal fest: Niemand erhält "
    "etwas zweimal."
)
"""Said with exit status 130, as the shell gives a command stopped by Ctrl+C; the second
sentence where the command sends (`send`, `invite --send`)."""


PIPE_CLOSED = 141
"""The status of a command whose reader stopped reading (`pressetool list | head -1`): what
the shell reports for `cat` there (128 + SIGPIPE), so that `set -o pipefail` sees alike."""


def main(argv: Sequence[str] | None = None) -> int:
    """The command, its messages and its exit status. A closed output pipe ends it as it
    ends a Unix tool: quietly, without a traceback, status `PIPE_CLOSED`."""
    try:
        status = _run(argv)
        sys.stdout.flush()  # what is still buffered fails here, not at the exit
    except BrokenPipeError:
        import os

        # Python flushes stdout again at its exit and would complain on stderr (which may
        # be the same closed pipe): from here on stdout writes to nowhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # stdout without a file descriptor (tests)
            pass
        finally:
            os.close(devnull)
        return PIPE_CLOSED
    return status


def _run(argv: Sequence[str] | None) -> int:
    # A file name that is not valid UTF-8 must not make a message unprintable.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        print(FIRST_STEPS)
        return 0
    handler: Handler = args.handler
    try:
        _checked_texts(args)
        return handler(args)
    except InputError as error:
        for problem in error.problems:
            _say(problem, sys.stderr)
        # the heading of a refused publish says what the others are; it is not counted
        count = sum(problem.code is not Code.PUBLISH_INCOMPLETE for problem in error.problems)
        if error.written:
            names = ", ".join(str(shown_path(path)) for path in error.written)
            these = "diese Datei wurde" if len(error.written) == 1 else "diese Dateien wurden"
            print(f"{count} Fehler gefunden. Nur {these} geschrieben: {names}.", file=sys.stderr)
        elif args.handler in READING_ONLY and not getattr(args, "fix", False):
            print(f"{count} Fehler gefunden.", file=sys.stderr)
        else:
            # `invite --send` checks what sending needs with the rest (nothing went out)
            sent = " und nichts gesendet" if getattr(args, "send", False) is True else ""
            print(
                f"{count} Fehler gefunden. Es wurde keine Datei geschrieben{sent}.",
                file=sys.stderr,
            )
        return 1
    except PressetoolError as error:
        from pressetool.office import OutsideOfficeFolder

        # a command that would write says that it did not; `list` and `verify` never do
        written = isinstance(error, OutsideOfficeFolder) and handler not in READING_ONLY
        print(
            f"Fehler: {error}{' Es wurde nichts geschrieben.' if written else ''}", file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        sending = handler is _cmd_send or getattr(args, "send", False) is True
        print(INTERRUPTED + (INTERRUPTED_SENDING if sending else ""), file=sys.stderr)
        return 130
