"""Small pure functions for German wording: numbers, dates, times, articles, lists.

Dates and month and weekday names come from Babel (`de_DE`). Where German
typesetting wants a no-break space (between a number and `Uhr` or another unit,
inside `Nr. 067`, `§ 5` and `Seydelstr. 2`, between `Prof. Dr.`, in a time range and in
phone numbers; the tables `_UNITS`, `_BEFORE_NUMBER`, `_TITLES`; a narrow one inside
`z. B.`, `ABBREVIATIONS`) these functions put one;
text extracted from the documents compares equal after folding spaces.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from pressetool.models import MIDNIGHT, Article, Contact, Issuer, Organisation
from pressetool.office import HouseStyle

NBSP = "\u00a0"
EN_DASH = "\u2013"
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = (
    *("Januar", "Februar", "März", "April", "Mai", "Juni"),
    *("Juli", "August", "September", "Oktober", "November", "Dezember"),
)
"""The German names, written here: Babel's locale data cost a twentieth of a cold
`build` (its import and first lookup) for twelve months and seven days."""

_DATIVE_ARTICLE = {Article.DER: "dem", Article.DAS: "dem", Article.DIE: "der"}
_IN_WITH_ARTICLE = {Article.DER: "im", Article.DAS: "im", Article.DIE: "in der"}


def format_date_numeric(day: dt.date) -> str:
    """`02.03.2020`: the release date, in every house style."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def format_event_date(day: dt.date, style: HouseStyle) -> str:
    """`11.3.2020` (Bezirksamt) or `11.03.2020` (DIN 5008)."""
    if style is HouseStyle.DIN5008:
        return format_date_numeric(day)
    return f"{day.day}.{day.month}.{day.year}"


def format_date_with_weekday(day: dt.date) -> str:
    """`Mittwoch, 11. März 2020`."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day}. {MONTHS[day.month - 1]} {day.year}"


def format_clock(time: dt.time) -> str:
    """`9` on the full hour, else `9:30`."""
    return str(time.hour) if time.minute == 0 else f"{time.hour}:{time.minute:02d}"


def range_dash(style: HouseStyle) -> str:
    """The dash of a range: `–` (DIN 5008) or ` – ` with no-break spaces (Bezirksamt)."""
    return EN_DASH if style is HouseStyle.DIN5008 else f"{NBSP}{EN_DASH}{NBSP}"


def _format_end(end: dt.time) -> str:
    """An end's clock: at midnight `24` (`20 – 24 Uhr`)."""
    return "24" if end == MIDNIGHT else format_clock(end)


def format_time_with_unit(start: dt.time, end: dt.time | None, style: HouseStyle) -> str:
    """`9 – 13 Uhr` (Bezirksamt), `9–13 Uhr` (DIN 5008), or `9 Uhr` without an end; an
    end at midnight is `24 Uhr` (`20 – 24 Uhr`)."""
    if end is None:
        return f"{format_clock(start)}{NBSP}Uhr"
    return f"{format_clock(start)}{range_dash(style)}{_format_end(end)}{NBSP}Uhr"


def format_time_phrase(start: dt.time, end: dt.time | None, style: HouseStyle) -> str:
    """`um 9 Uhr` without an end; with one `von 9 – 13 Uhr` (Bezirksamt: the reference
    release Nr. 067/2020 reads so) or `von 10:30 bis 18 Uhr` (DIN 5008 and Duden: `von`
    asks for `bis`, as `pressetool check` says of the body), no-break spaces as
    `keep_together` puts them."""
    if end is None:
        return f"um {format_time_with_unit(start, None, style)}"
    if style is HouseStyle.DIN5008:
        return f"von {format_clock(start)}{NBSP}bis{NBSP}{_format_end(end)}{NBSP}Uhr"
    return f"von {format_time_with_unit(start, end, style)}"


def join_german_list(items: list[str] | tuple[str, ...]) -> str:
    """`A`, `A und B`, `A, B und C`."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} und {items[-1]}"


def without_article(name: str, article: Article) -> str:
    """`Die Tafel e.V.` with the article `die` → `Tafel e.V.`: the sentence puts the
    article itself (`neben der Tafel e.V.`), so the name's own would stand twice."""
    first, _space, rest = name.partition(" ")
    return rest if rest and first.casefold() == article.value else name


def nominative_phrase(organisation: Organisation) -> str:
    """`das Kreativhaus`, `das Deutsche Theater` (of the name `Deutsches Theater`)"""
    name = without_article(organisation.name, organisation.article)
    return f"{organisation.article.value} {_declined(name, dative=False)}"


def dative_phrase(organisation: Organisation) -> str:
    """`dem JobCenter Mitte`, `der Begegnungsstätte …`, `dem Deutschen Roten Kreuz`"""
    name = without_article(organisation.name, organisation.article)
    return f"{_DATIVE_ARTICLE[organisation.article]} {dative_name(name)}"


_ADJECTIVE_STEMS = frozenset(
    {
        *("Alt", "Neu", "Rot", "Grün", "Blau", "Weiß", "Schwarz", "Frei", "Jung", "Groß"),
        *("Klein", "Gut", "Hoh", "Ober", "Unter", "Inner", "Äußer", "Erst", "Zweit", "Dritt"),
        *("Vereint", "Offen", "Bunt", "Sozial", "Modern"),
    }
)
"""The common short adjectives of names; longer ones are known by their ending
(`_is_adjective_stem`)."""
_STRONG_ENDINGS = ("er", "es")
"""`Deutscher Bühnenverein`, `Deutsches Theater`: a name as it stands without article."""


_NOT_PARTICIPLES = ("send", "wend", "nend", "dend")
"""Stems in -end of nouns: `Absender`, `Zeitenwende`, `Wochenende`, `Dividende`."""


def _is_adjective_stem(stem: str) -> bool:
    """`Deutsch`, `Historisch`, `Freiwillig`, `Städtisch`, `Regierend`, `Alt`: an
    adjective's or a present participle's stem. The endings are strict enough that a
    noun's stem is none: `Fisch` (Fischer), `Geig` (Geiger), `Send` (Sender), `Kalend`,
    `Wochenend`, `Dividend`."""
    if not stem[:1].isupper():
        return False
    return (
        stem in _ADJECTIVE_STEMS
        or stem.casefold().endswith("deutsch")
        or (stem.endswith(("isch", "lich")) and len(stem) >= 6)
        or (stem.endswith("ig") and not stem.endswith("eig") and len(stem) >= 4)
        or (stem.endswith("end") and len(stem) >= 7 and not stem.endswith(_NOT_PARTICIPLES))
    )


def _adjective_stem(word: str) -> str | None:
    """The stem of `word` if it is an adjective with an ending (-e, -er, -es). A word in
    -iger is a place's name (`Leipziger Platz`, `Danziger Straße`), which never changes,
    as `Berliner` does not: `Freiwillige` is read, `Freiwilliger` is left."""
    for ending in (*_STRONG_ENDINGS, "e"):
        stem = word[: -len(ending)]
        if ending in _STRONG_ENDINGS and stem.endswith("ig"):
            continue
        if word.endswith(ending) and _is_adjective_stem(stem):
            return stem
    return None


def _declined(name: str, *, dative: bool) -> str:
    """`name` after the definite article: the adjectives at its start in the weak form
    that follows it, nominative `Deutsche` or dative `Deutschen`, whether the name was
    written with it or on its own (`Deutsches Theater` → `das Deutsche Theater`, `im
    Deutschen Theater`); only before a further capitalised word, so that a name's noun
    stays as written. A name in quotes, or any other, is left alone."""
    parts = re.split(r"(\s+)", name)  # words and the spaces between them, kept as written
    words = parts[::2]
    for index, word in enumerate(words[:-1]):
        stem = _adjective_stem(word)
        if stem is None or not words[index + 1][:1].isupper():
            break
        if dative:
            words[index] = f"{stem}en"
        elif word.endswith(_STRONG_ENDINGS):
            words[index] = f"{stem}e"
    parts[::2] = words
    return "".join(parts)


def dative_name(name: str) -> str:
    """`name` after `dem`/`der` (and `im`): `Deutsche Rote Kreuz` → `Deutschen Roten
    Kreuz`, `Alte Feuerwache` → `Alten Feuerwache`, `Deutsches Theater` → `Deutschen
    Theater`, `Regierende Bürgermeister` → `Regierenden Bürgermeister`."""
    return _declined(name, dative=True)


def quoted(text: str) -> str:
    """`„Fest im ‚Kiez‘“`: `text` in German quotes, its own quotes as half quotes; a text
    already in quotes is not quoted twice."""
    if text.startswith("„") and text.endswith("“") and text.count("„") == 1:
        text = text[1:-1]
    return "„" + text.replace("„", "‚").replace("“", "‘") + "“"


def sentence(text: str) -> str:
    """`text` with its full stop: none more after an abbreviation that ends it (`e.V.`)."""
    return text if text.endswith(".") else f"{text}."


def in_with_article(article: Article) -> str:
    """`im` for der and das, `in der` for die."""
    return _IN_WITH_ARTICLE[article]


def capitalise_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def issuer_office(issuer: Issuer) -> str:
    """`Bezirksstadtrat für Stadtentwicklung, Soziales und Gesundheit`"""
    return f"{issuer.office} für {issuer.portfolio}" if issuer.portfolio else issuer.office


def issuer_line(issuer: Issuer) -> str:
    """`Der Bezirksstadtrat für …, Ephraim Gothe, informiert:`"""
    line = f"{capitalise_first(issuer.article.value)} {issuer_office(issuer)}"
    if issuer.name:
        line += f", {issuer.name},"
    return f"{line} informiert:"


def phone_with_no_break_spaces(phone: str) -> str:
    return NBSP.join(phone.split())


def contact_line(contact: Contact) -> str:
    """`{organisation}, {role} {name}, Tel.: {phone}, E-Mail: {email}`; absent parts left out."""
    person = f"{contact.role} {contact.name}" if contact.role else contact.name
    parts = [contact.organisation, person] if contact.organisation else [person]
    if contact.phone:
        parts.append(f"Tel.: {phone_with_no_break_spaces(contact.phone)}")
    if contact.email:
        parts.append(f"E-Mail: {contact.email}")
    return ", ".join(parts)


_HOUSE_TITLE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?P<prof>prof(?:essor(?:in)?)?)|dr)(?:\.|(?![^\W\d_]))"
)
"""`Prof.` and `Dr.` however typed (`dr`, `DR.`, `Professorin`), each a word or the
beginning of one (`Dr.-Ing.`): not `Drs.`, not `Prokurist`."""


def house_title(title: str | None) -> str | None:
    """An academic title as letters and lists write it, in salutation and address alike:
    `Prof.` and `Dr.` however typed, each followed by a space before a letter, the rest
    as written. `dr.` → `Dr.`, `Dr` → `Dr.`, `prof. dr. med.` → `Prof. Dr. med.`,
    `Prof.Dr` → `Prof. Dr.`, `Professorin` → `Prof.`; `Dr.-Ing.`, `Dipl.-Ing.` and `h.c.`
    as they are."""
    if title is None:
        return None

    def written(match: re.Match[str]) -> str:
        word = "Prof." if match["prof"] else "Dr."
        return f"{word} " if match.string[match.end() : match.end() + 1].isalpha() else word

    return _HOUSE_TITLE.sub(written, title)


_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def transliterate(text: str) -> str:
    """`Jürgen Weiß` → `juergen weiss`: lower case, ä ö ü ß as ae oe ue ss (DIN 5007-2)."""
    return text.casefold().translate(_TRANSLITERATION)


def german_sort_key(text: str) -> tuple[str, str]:
    """Order of German name lists (DIN 5007-2), the same in every locale: case and
    accents do not count, ä ö ü ß count as ae oe ue ss; equal keys by the text itself."""
    folded = unicodedata.normalize("NFKD", transliterate(text))
    return "".join(c for c in folded if not unicodedata.combining(c)), text


_PARTICLES = re.compile(
    r"^((?:(?:von|vom|van|de|der|den|del|della|di|da|du|des|dos|das|la|le|zu|zum|zur|ten|ter"
    r"|und|d')\s+)+)(?=\S)",
    re.IGNORECASE,
)


def name_index_key(last_name: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """Where a last name stands in a German name index (DIN 5007-2): by the name itself,
    the particles after it: `von Bülow-Straßmann` under B, as `Bülow-Straßmann, von`."""
    match = _PARTICLES.match(last_name)
    particles = match[1].strip() if match else ""
    return german_sort_key(last_name[len(match[0]) :] if match else last_name), german_sort_key(
        particles
    )


# Line breaks (issue 13): what German typesetting keeps on one line. `keep_together`
# puts no-break spaces into a text; `unbreakable_spans` finds the stretches in which
# no line may break at all (an e-mail address, a URL, a phone number after `Tel.:`,
# a time or date range, `E-Mail`, numbers joined by a hyphen), so that each renderer keeps
# them whole in its own way (PDF: a span that does not wrap, or a link; Word: no-break
# spaces and non-breaking hyphens; render/line_breaks.py).

_MONTH = "|".join(MONTHS)
_UNITS = (
    *("€", "EUR", "Euro", "Cent", "%", "Prozent", "‰"),
    *("km", "m²", "m³", "m", "cm", "mm", "ha", "kg", "t", "°C", "Mio\\.", "Mrd\\."),
)
"""What a number is never parted from by a line end: `10.000 €`, `20 %`, `5 km`, `10 m²`
(the longer first: `m²` before `m`). `Uhr` has its own rule (a time range before it)."""
_BEFORE_NUMBER = ("§§", "§", "Abs\\.", "Art\\.", "Nr\\.")
"""What is never parted from the number after it: `§ 5`, `Abs. 2`, `Art. 3`, `Nr. 067/2020`."""
_STREET = r"(?i:str\.|straße)"
"""A street's name ends so (`Seydelstr.`, `Str.`, `Karl-Marx-Straße`): its house number stays
with it (`Seydelstr. 2-5`). Other streets (`Platz`, `Weg`) are too many to know."""
NNBSP = "\u202f"
"""The narrow no-break space between the parts of an abbreviation: `z. B.`"""
ABBREVIATIONS = ("z.B.", "u.a.", "d.h.", "o.ä.", "u.U.", "v.a.", "z.T.", "i.d.R.", "s.o.", "s.u.")
"""Abbreviations of several parts: no line divides them (`keep_together`), and `pressetool
check` names one written without spaces (`z.B.`)."""
ABBREVIATION = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        "[ \u00a0\u202f]?".join(re.escape(f"{part}.") for part in abbreviation.split(".")[:-1])
        for abbreviation in ABBREVIATIONS
    )
    + r")(?!\w)"
)
"""One of `ABBREVIATIONS`, its parts spaced or not: `z.B.`, `z. B.`, `z.\u202fB.`, `i.d. R.`"""
_TITLES = ("Prof\\.", "Dr\\.", "PD", "Dipl\\.-Ing\\.")
_AFTER_TITLE = (*_TITLES, "med\\.", "phil\\.", "jur\\.", "rer\\.", "nat\\.", "h\\.[ \\u00a0]?c\\.")
"""Academic titles kept together when they follow each other: `Prof. Dr.`, `Dr. med.`,
`Dr. rer. nat.`, `Dr. h. c.`, and the last of them with the name's first word
(`Dr. Manuel van den Berg`): a line that ends with `Dr.` reads as a sentence's end."""
_NO_BREAK_SPACES = (
    re.compile(r"(?<![\d.])(\d{5}) (?=[A-ZÄÖÜ])"),  # `10551 Berlin`
    re.compile(rf"(?<!\S)(\d{{1,2}}\.) (?=(?:{_MONTH})\b)"),  # `11. März`
    re.compile(rf"(?<!\S)((?:{_MONTH})) (?=\d{{4}}\b)"),  # `März 2020`
    re.compile(rf"(?<!\w)({'|'.join(_BEFORE_NUMBER)}) (?=\d)"),  # `Nr. 067/2020`, `(§ 5`
    re.compile(rf"({_STREET}) (?=\d)"),  # `Seydelstr. 2-5`
    re.compile(rf"(\d) (?=(?:{'|'.join(_UNITS)})(?![\w²³]))"),  # `10.000 €`, `5 km`
    re.compile(rf"(?<!\S)({'|'.join(_AFTER_TITLE)}) (?=(?:{'|'.join(_AFTER_TITLE)})(?!\w))"),
    re.compile(r"(?<!\S)(h\.) (?=c\.(?!\w))"),  # `h. c.`
    re.compile(rf"(?<!\S)((?:{'|'.join(_AFTER_TITLE)})) (?=[A-ZÄÖÜ])"),  # `Dr. Müller`
    re.compile(r"(\d) (?=(?:–|-|bis) ?\d{1,2}(?::\d\d)?[ \u00a0]Uhr\b)"),  # `9 – 13 Uhr`
    re.compile(r"(\d[ \u00a0](?:–|-|bis)) (?=\d{1,2}(?::\d\d)?[ \u00a0]Uhr\b)"),
    re.compile(r"(\d(?::\d\d)?) (?=Uhr\b)"),  # `13 Uhr`
    re.compile(r"(Tel\.:|Telefon:|Fax:|E-Mail:) (?=\S)"),  # `Tel.: (030) …`
    re.compile(r"(\S) (?=e\. ?V\.(?!\w))"),  # `Tafel e.V.`, `Tafel e. V.`
    re.compile(r"(?<!\S)(e\.) (?=V\.(?!\w))"),  # `e. V.`
)
_PHONE = r"\+?\(?\d[\d()/\u2011\- \u00a0]*\d"
_URL_CHARACTER = r"[^\s<>\"„“”‘’‚»«()]"
_URL = (
    rf"(?:https?://|www\.)(?:{_URL_CHARACTER}|\({_URL_CHARACTER}*\))+"
    r"(?<![.,:;!?'])"
)
"""A web address: from `https://`, `http://` or `www.` up to a space, a quotation mark
(„ “ ” ‚ ‘ ’ » « or `"`) or a closing parenthesis that no opening one inside the address
pairs (`Pankow_(Bezirk)` keeps its own), less a final `.`, `,`, `:`, `;`, `!`, `?` or
`'`: these end the sentence, not the address."""
_SPACE = "[ \u00a0]"
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?"
_DAY = r"\d{1,2}\.(?:\d{1,2}\.(?:\d{4})?)?"
_TIME_RANGE = rf"(?<![\w.:,]){_CLOCK}{_SPACE}?[–-]{_SPACE}?{_CLOCK}{_SPACE}Uhr\b"
"""`9 – 13 Uhr`, `9–13 Uhr`, `9:30-12:30 Uhr`: the whole range and its `Uhr`."""
_DATE_RANGE = (
    rf"(?<![\w.:,]){_DAY}{_SPACE}?[–-]{_SPACE}?{_DAY}"
    rf"(?:{_SPACE}(?:{_MONTH})(?:{_SPACE}\d{{4}})?)?(?![\w.])"
)
"""`11.–13. März 2020`, `11.3.–13.3.2020`, `11. – 13.03.`: the whole range."""
UNBREAKABLE = re.compile(
    r"(?P<email>(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-]))"
    rf"|(?P<url>{_URL})"
    rf"|(?<=Tel\.:\u00a0)(?P<phone>{_PHONE})"
    rf"|(?<=Telefon:\u00a0)(?P<phone2>{_PHONE})"
    rf"|(?P<range>{_TIME_RANGE}|{_DATE_RANGE})"
    r"|(?P<word>\bE-Mail\b)"
    r"|(?P<numbers>(?<![\w\u2011-])\d+[a-z]?-\d+[a-z]?(?![\w\u2011-]))"
)
"""What no line break may divide; each match's `lastgroup` says its kind. `numbers`: two
numbers joined by a hyphen (`Seydelstr. 2-5`, `Raum 3-12`), which Word divided there."""
SHORT_LAST_WORD = 12
"""A headline's last word of at most this many letters is kept with the word before it
(`headline_tail`), so that no headline ends with one word on its own line."""


def keep_together(text: str) -> str:
    """`text` with no-break spaces where German typesetting wants them: PLZ and Ort,
    day, month and year of a date, `Nr.`, `§`, `Abs.`, `Art.` and a street (`Str.`)
    and their number, a number and its unit (`_UNITS`: `10.000 €`, `20 %`, `5 km`),
    the parts of an abbreviation (`ABBREVIATIONS`: `z. B.`, `i. d. R.`, a narrow
    no-break space as the Lektorat wants it; `e. V.` as before), academic titles that
    follow each other and the name after them (`Prof. Dr. Ada`), a time range and
    `Uhr`, `Tel.:`/`E-Mail:` and what follows, inside a phone number after `Tel.:` and
    inside a time or date range. Only
    where the text has a plain space: the officer's file keeps what was written."""
    for pattern in _NO_BREAK_SPACES:
        text = pattern.sub(rf"\1{NBSP}", text)
    text = ABBREVIATION.sub(lambda m: m[0].replace(" ", NNBSP), text)
    return UNBREAKABLE.sub(
        lambda m: m[0].replace(" ", NBSP) if m.lastgroup in _SPACED_KINDS else m[0], text
    )


_SPACED_KINDS = ("phone", "phone2", "range")
"""The stretches whose spaces are all no-break spaces in the composed text."""


def headline_tail(text: str) -> int | None:
    """Where the end of a headline starts that no line break may divide: its last two
    words when the last is short (at most `SHORT_LAST_WORD` letters), so that its last
    line never holds one word alone; None for a headline of one word or a long last
    word. A position, not a no-break space: each format keeps the tail together in
    its own way (HTML a `nobr` span, Word a no-break space, render/line_breaks.py),
    and the composed title stays as written (the document properties, the archive)."""
    head, space, last = text.rpartition(" ")
    if not space or not head.strip() or len(re.sub(r"\W", "", last)) > SHORT_LAST_WORD:
        return None
    return head.rfind(" ") + 1


def unbreakable_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every stretch of `text` that no line break may divide;
    kind is `email`, `url`, `phone`, `range` (a time or date range), `word` or `numbers`."""
    spans = []
    for match in UNBREAKABLE.finditer(text):
        kind = "phone" if match.lastgroup == "phone2" else str(match.lastgroup)
        spans.append((match.start(), match.end(), kind))
    return spans


def link_target(text: str, kind: str) -> str | None:
    """`mailto:…` for an e-mail address, `https://…` for a URL, None for anything else."""
    if kind == "email":
        return f"mailto:{text}"
    if kind == "url":
        return text if text.startswith(("http://", "https://")) else f"https://{text}"
    return None
