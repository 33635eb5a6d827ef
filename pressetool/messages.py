"""Every message a press officer reads, in German, keyed by problem code.

A message names the file, the line and the field (as written in the file),
says what is wrong and what to write instead.
"""

from __future__ import annotations

from pressetool.problems import Problem

MESSAGES: dict[str, str] = {
    # files
    "file_not_found": "Die Datei gibt es nicht. Prüfen Sie Ordner und Dateinamen.",
    "file_unreadable": "Die Datei lässt sich nicht lesen ({detail}).",
    "not_utf8": "Die Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie im Editor "
    "mit der Kodierung „UTF-8“.",
    "not_yaml": "Die Datei ist kein gültiges YAML: {detail}.",
    "empty_file": "Die Datei ist leer. Tragen Sie die Felder der Pressemitteilung ein "
    "(number, date, title, issuer, body).",
    "not_a_mapping": "Die Datei muss aus Feldern der Form „name: Wert“ bestehen.",
    # fields
    "unknown_field_suggestion": "Das Feld gibt es nicht. Meinten Sie „{suggestion}“?",
    "unknown_field": "Das Feld gibt es nicht. Erlaubt sind hier: {allowed}.",
    "duplicate_field": "Das Feld steht zweimal da. Löschen Sie eines der beiden.",
    "missing_field": "Das Pflichtfeld fehlt oder ist leer. Tragen Sie einen Wert ein.",
    "expected_text": "Hier gehört ein Text hin, keine Liste und keine Unterfelder.",
    "expected_mapping": "Hier gehören Unterfelder hin (eingerückt, in der Form „name: Wert“).",
    "expected_list": "Hier gehört eine Liste hin: jeder Eintrag in einer eigenen Zeile "
    "mit „- “ davor.",
    "bad_article": "„{value}“ ist kein Artikel. Schreiben Sie der, die oder das.",
    "bad_date": "„{value}“ ist kein gültiges Datum. Schreiben Sie ein Datum, das es gibt, "
    "als JJJJ-MM-TT, zum Beispiel 2020-03-02.",
    "bad_datetime": "„{value}“ ist kein gültiger Zeitpunkt. Schreiben Sie JJJJ-MM-TT SS:MM, "
    "zum Beispiel 2020-03-02 10:00.",
    "bad_time": "„{value}“ ist keine gültige Uhrzeit. Schreiben Sie Stunde und Minute, "
    'zum Beispiel "9:30" oder "13:00".',
    "end_before_start": "Das Ende ({end:%H:%M}) liegt nicht nach dem Beginn ({start:%H:%M}). "
    "Prüfen Sie start und end.",
    "bad_postcode": "„{value}“ ist keine Postleitzahl. Schreiben Sie fünf Ziffern in "
    'Anführungszeichen, zum Beispiel "10117" oder "01067".',
    "bad_number": "„{value}“ ist keine Nummer. Schreiben Sie eine ganze Zahl ab 1, "
    "zum Beispiel 67.",
    "bad_release_number": "„{value}“ ist keine Pressemitteilungsnummer. Schreiben Sie "
    "Nummer/Jahr, zum Beispiel 067/2020.",
    "bad_choice": "„{value}“ ist hier nicht möglich. Schreiben Sie {choices}.",
    "number_mismatch": "Die Nummer {number} passt nicht zum Dateinamen „{filename}“, der mit "
    "{file_number} beginnt. Korrigieren Sie die Nummer oder den Dateinamen.",
    "year_mismatch": "Das Datum liegt im Jahr {year}, die Datei aber im Ordner {folder}. "
    "Korrigieren Sie das Datum oder legen Sie die Datei in den Ordner {year}.",
    "withdrawal_without_status": "Hier steht eine Zurückziehung, aber status ist nicht "
    "withdrawn. Schreiben Sie status: withdrawn oder löschen Sie withdrawal.",
    "withdrawn_without_reason": "Die Pressemitteilung ist als zurückgezogen markiert "
    "(status: withdrawn), aber Datum und Grund fehlen. Tragen Sie unter withdrawal "
    "date und reason ein.",
    # typography (warnings of `pressetool check`)
    "straight_quotes": "Gerade Anführungszeichen. Schreiben Sie »{suggestion}« statt »{found}«",
    "hyphen_as_range_dash": "Bindestrich statt Streckenstrich (–). Schreiben Sie »{suggestion}« "
    "statt »{found}«",
    "missing_space_before_unit": "Vor „Uhr“ fehlt ein Leerzeichen. Schreiben Sie »{suggestion}« "
    "statt »{found}«",
    "double_space": "Doppeltes Leerzeichen. Schreiben Sie »{suggestion}« statt »{found}«",
    "time_range_house_style": "Zeitspanne nicht in der Hausschreibweise. Schreiben Sie "
    "»{suggestion}« statt »{found}«",
    "phone_house_style": "Telefonnummer nicht in der Hausschreibweise. Schreiben Sie "
    "»{suggestion}« statt »{found}«",
    # office configuration
    "config_not_toml": "Die Datei ist kein gültiges TOML. Prüfen Sie die Zeile: Texte stehen "
    'in Anführungszeichen (name = "…"), Abschnitte in eckigen Klammern ([office]).',
    "config_bad_value": "„{value}“ ist hier nicht möglich. Schreiben Sie {choices}.",
    "config_expected_text": 'Hier gehört ein Text in Anführungszeichen hin, zum Beispiel "…".',
    # number register and archive (new, list, withdraw, correct, verify, reindex, archive)
    "register_missing": "Das Nummernregister gibt es noch nicht. Legen Sie die erste "
    "Pressemitteilung mit „pressetool new“ an, oder bauen Sie das Register mit "
    "„pressetool reindex“ aus den Dateien in releases/ neu auf.",
    "register_not_pressetool": "Die Datei ist kein Nummernregister von pressetool; sie wurde "
    "nicht verändert. Prüfen Sie database_url unter [register] in pressetool.toml, oder "
    "verschieben Sie die Datei und bauen Sie das Register mit „pressetool reindex“ neu auf.",
    "register_not_writable": "Das Nummernregister lässt sich nicht schreiben. "
    "Prüfen Sie, ob Sie im Ordner „{folder}“ schreiben dürfen; es wurde nichts verändert.",
    "register_busy": "Das Nummernregister ist gerade von einem anderen Vorgang belegt. "
    "Versuchen Sie es gleich noch einmal; es wurde nichts verändert.",
    "postgresql_later": "„{value}“: Ein PostgreSQL-Register kann pressetool noch nicht "
    "verwenden. Schreiben Sie eine SQLite-Datei, zum Beispiel "
    "sqlite:///releases/register.sqlite.",
    "bad_database_url": "„{value}“ ist keine Datenbank-Adresse, die pressetool kennt. "
    "Schreiben Sie sqlite:///releases/register.sqlite (Pfad im Ordner der Pressestelle) "
    "oder sqlite:////voller/pfad/register.sqlite.",
    "number_never_given": "Die Nummer {number} ist nie vergeben worden. "
    "„pressetool list“ zeigt die vergebenen Nummern.",
    "already_withdrawn": "Die Pressemitteilung Nr. {number} ist bereits zurückgezogen "
    "(am {date}: {reason}).",
    "release_file_missing": "Zur Nummer {number} gibt es keine Datei in „{folder}“. Stellen "
    "Sie die Datei wieder her; „pressetool verify“ zeigt alle Abweichungen.",
    "folder_not_writable": "In den Ordner lässt sich nicht schreiben ({detail}). Prüfen Sie "
    "die Schreibrechte; es wurde nichts verändert.",
    "number_twice": "Die Nummer {number} steht in mehreren Dateien: {files}. Geben Sie jeder "
    "Datei eine eigene Nummer (die nächste freie nennt „pressetool new“).",
    "file_name_mismatch": "Der Dateiname passt nicht zur Nummer {number}. Die Datei gehört in "
    "den Ordner releases/{year}/ und ihr Name beginnt mit „{prefix}-“.",
    "registered_without_file": "Die Nummer {number} ist im Register vergeben, aber keine "
    "Datei trägt sie. Stellen Sie die Datei wieder her; die Nummer wird nicht neu vergeben.",
    "file_not_registered": "Die Nummer {number} steht nicht im Register. Nehmen Sie sie mit "
    "„pressetool reindex“ auf.",
    "status_differs": "Nr. {number}: Im Register steht der Status „{register}“, in der Datei "
    "„{file}“. Ziehen Sie sie mit „pressetool withdraw“ zurück oder tragen Sie den Status "
    "aus dem Register in die Datei ein.",
    "registered_withdrawn_without_reason": "Nr. {number} ist im Register zurückgezogen, aber "
    "ohne Datum und Grund. Tragen Sie in der Datei unter withdrawal date und reason ein und "
    "führen Sie „pressetool reindex“ aus.",
    "number_gap": "Die Nummer {number} fehlt: weder das Register noch eine Datei kennt sie. "
    "Stellen Sie die Datei wieder her oder vermerken Sie die Lücke.",
    "number_gap_run": "Die Nummern {first} bis {last} fehlen: weder das Register noch eine Datei "
    "kennt sie. Stellen Sie die Dateien wieder her oder vermerken Sie die Lücke.",
    # recipient and registration lists (CSV, XLSX)
    "list_not_a_table": "Die Datei ist weder eine Excel-Tabelle (.xlsx) noch eine CSV-Datei. "
    "Speichern Sie die Liste in Excel als „Excel-Arbeitsmappe (*.xlsx)“ oder "
    "„CSV (Trennzeichen-getrennt)“.",
    "list_empty": "Die Liste ist leer. Tragen Sie in Zeile 1 die Spaltenüberschriften "
    "Anrede, Titel, Vorname, Nachname, Organisation, Straße, PLZ, Ort, E-Mail ein und "
    "darunter eine Zeile je Person.",
    "list_no_people": "Die Liste hat Spaltenüberschriften, aber keine Zeile mit einer Person. "
    "Tragen Sie unter den Überschriften eine Zeile je Person ein.",
    "list_missing_column": "Die Spalte „{column}“ fehlt. Ergänzen Sie in der Kopfzeile eine "
    "Spalte mit der Überschrift „{column}“.",
    "list_missing_column_suggestion": "Die Spalte „{column}“ fehlt. Heißt sie „{found}“? "
    "Schreiben Sie die Überschrift „{column}“.",
    "list_duplicate_column": "Die Spalte „{column}“ steht zweimal in der Kopfzeile. "
    "Löschen Sie eine der beiden.",
    "list_no_name": "Die Zeile nennt weder einen Nachnamen noch eine Organisation. Tragen Sie "
    "in der Spalte „Nachname“ oder „Organisation“ etwas ein, oder löschen Sie die Zeile.",
    "list_missing_value": "In der Spalte „{column}“ fehlt der Wert; ohne ihn lässt sich der "
    "Brief nicht adressieren. Tragen Sie ihn ein.",
    "list_bad_postcode": "Spalte „{column}“: „{value}“ ist keine Postleitzahl. Schreiben Sie "
    "fünf Ziffern, zum Beispiel 10117 oder 01067 (in Excel als Text formatiert, damit die "
    "führende Null bleibt).",
    "list_bad_salutation": "Spalte „{column}“: „{value}“ ist keine Anrede. Schreiben Sie Frau, "
    "Herr, divers oder lassen Sie das Feld leer.",
    "list_postcode_repaired": "Spalte „{column}“: Excel hat die Postleitzahl als Zahl {value} "
    "gespeichert; verwendet wird {repaired}. Formatieren Sie die Spalte in Excel als Text.",
    # invitation letters (`pressetool invite`)
    "invite_without_event": "Die Pressemitteilung beschreibt keine Veranstaltung, daher gibt es "
    "nichts, wozu eingeladen werden kann. Tragen Sie unter event Titel (title), Datum (date), "
    "Beginn (start) und Ort (venue) ein.",
    # participant lists and sign-in sheets (`pressetool lists`)
    "lists_without_event": "Die Pressemitteilung beschreibt keine Veranstaltung, daher gibt es "
    "keine Teilnehmenden- und keine Anwesenheitsliste. Tragen Sie unter event Titel (title), "
    "Datum (date), Beginn (start) und Ort (venue) ein.",
    "config_expected_table": "Hier gehört ein Abschnitt hin: eine Zeile [{section}] und darunter "
    'Einträge der Form name = "Text".',
}


def location(problem: Problem) -> str:
    """`releases/2020/067-….yaml, Zeile 12, Feld „event.start“`"""
    parts = [str(problem.file)] if problem.file else []
    if problem.line is not None:
        parts.append(f"Zeile {problem.line}")
    if problem.field:
        parts.append(f"Feld „{problem.field}“")
    return ", ".join(parts)


def message_for(problem: Problem) -> str:
    text = MESSAGES[problem.code].format(**problem.params)
    where = location(problem)
    return f"{where}: {text}" if where else text
