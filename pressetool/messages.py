"""Every message a press officer reads, in German, keyed by problem code.

A message names the file, the line and the field (as written in the file),
says what is wrong and what to write instead.
"""

from __future__ import annotations

from pressetool.errors import Problem

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
    "withdrawn_without_reason": "Die Pressemitteilung ist als zurückgezogen markiert "
    "(status: withdrawn), aber Datum und Grund fehlen. Tragen Sie unter withdrawal "
    "date und reason ein.",
    # typography (warnings of `pressetool check`)
    "straight_quotes": "Gerade Anführungszeichen in „{found}“. Schreiben Sie „{suggestion}“.",
    "hyphen_as_range_dash": "Bindestrich statt Streckenstrich in „{found}“. Schreiben Sie "
    "„{suggestion}“.",
    "missing_space_before_unit": "„{found}“: Zwischen Zahl und „Uhr“ gehört ein Leerzeichen. "
    "Schreiben Sie „{suggestion}“.",
    "double_space": "Doppelte Leerzeichen in „{found}“. Schreiben Sie „{suggestion}“.",
    "time_range_house_style": "„{found}“ entspricht nicht der Hausschreibweise. Schreiben Sie "
    "„{suggestion}“.",
    "phone_house_style": "Die Telefonnummer „{found}“ entspricht nicht der Hausschreibweise. "
    "Schreiben Sie „{suggestion}“.",
    # office configuration
    "config_not_toml": "Die Datei ist kein gültiges TOML: {detail}.",
    "config_bad_value": "„{value}“ ist hier nicht möglich. Schreiben Sie {choices}.",
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
