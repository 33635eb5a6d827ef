"""German typography hints for the text of a release file (`pressetool check`).

Each rule finds a pattern in the text as written and proposes the exact
replacement; hints never stop a build. The house style (`pressetool.toml`)
decides how a time range and a phone number should look.

No hint changes an e-mail address or a web address (`hints`): `%C3%A4` in a URL is
no `3 %`, `z.B.` or `...` in a path no abbreviation or ellipsis. An address is what
the documents make a link (`compose.german.UNBREAKABLE`: `https://…`, `www.…`,
`name@domain.de`) and a domain with a path without either (`berlin.de/ba-pankow`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from pressetool.compose.german import (
    ABBREVIATION,
    EN_DASH,
    NBSP,
    NNBSP,
    UNBREAKABLE,
    range_dash,
)
from pressetool.office import HouseStyle
from pressetool.problems import Code, Problem, Severity
from pressetool.reading.fields import TEMPLATE_EXAMPLES
from pressetool.reading.scalar_source import Place
from pressetool.reading.yaml_source import Located

_CLOCK = r"\d{1,2}(?:[:.]\d{2})?"
_RANGE_START = r"(?<![Vv]on )(?<![\d:.])\b"
"""Where a time range of its own starts: not after `von` (`FROM_WITH_DASH` names
`von 10:30 – 18 Uhr` whole) nor inside a time (`30 – 18 Uhr` of `10:30 – 18 Uhr`)."""


@dataclass(frozen=True)
class Hint:
    code: Code
    start: int
    found: str
    suggestion: str
    unambiguous: bool = True
    """`check --fix` may apply it: the suggestion is what the text must say."""


Rule = Callable[[str, HouseStyle], Iterator[Hint]]


def time_range(start: str, end: str, style: HouseStyle) -> str:
    """A time range as the officer types it: the house style's dash, plain spaces, and
    each time as the documents write it (`9:00`, `09.00` → `9`; `9.30` → `9:30`)."""
    return f"{_clock(start)}{_plain_range_dash(style)}{_clock(end)} Uhr"


def _clock(written: str) -> str:
    hour, _, minute = written.replace(".", ":").partition(":")
    if not minute or int(minute) == 0:
        return str(int(hour))
    return f"{int(hour)}:{minute}"


def _plain_range_dash(style: HouseStyle) -> str:
    return range_dash(style).replace(NBSP, " ")


_OPENS_AFTER = "([{/–—-„‚»«"
"""Before a straight quote that opens (besides a space or the start of the line)."""
_CLOSES_BEFORE = ".,;:!?)]}/–—-“‘«»"
"""After a straight quote that closes (besides a space or the end of the line)."""
_QUOTE_LEVELS = ("„“", "‚‘")
"""The quotes of the first and the second level: a quote opened inside an open quote is
the inner one (`"Runder Tisch "Saubere Kieze""` → „Runder Tisch ‚Saubere Kieze‘“)."""


def _quote_directions(line: str) -> Iterator[tuple[int, bool | None, bool]]:
    """Every straight `"` of `line` with True where it opens, False where it closes, None
    where the letters around it do not tell (`a"b`, `" "`), and whether what stands
    before it would open a quote (the guess for those). A run of quotes (`""`) is judged
    by what stands before and after the whole run."""
    for run in re.finditer('"+', line):
        before = line[run.start() - 1] if run.start() else " "
        after = line[run.end()] if run.end() < len(line) else " "
        opens = before.isspace() or before in _OPENS_AFTER
        closes = after.isspace() or after in _CLOSES_BEFORE
        for at in range(run.start(), run.end()):
            yield at, (opens if opens != closes else None), opens


def _quote_pairs(line: str) -> list[tuple[int, int, str]] | None:
    """(start, end, in German quotes) of every outermost pair of straight quotes in
    `line`; None where its pairs cannot be decided: a quote whose direction is unclear,
    one that closes nothing, one left open, a third level."""
    pairs: list[tuple[int, int, str]] = []
    opened: list[int] = []
    german = list(line)
    for at, opens, _guess in _quote_directions(line):
        if opens is None or (opens and len(opened) == len(_QUOTE_LEVELS)):
            return None
        if opens:
            german[at] = _QUOTE_LEVELS[len(opened)][0]
            opened.append(at)
            continue
        if not opened:
            return None
        start = opened.pop()
        german[at] = _QUOTE_LEVELS[len(opened)][1]
        if not opened:
            pairs.append((start, at + 1, "".join(german[start : at + 1])))
    return None if opened else pairs


def straight_quotes(text: str, style: HouseStyle) -> Iterator[Hint]:
    """Pairs of `"…"` → `„…“`, a pair inside a pair → `‚…‘`, line by line. Where a line's
    pairs cannot be decided (a quote without its partner on the line: `Das „Fest" im
    Park`; `"a"b"`), each straight quote of it gets its own hint, `„` where it seems
    to open and `“` where it seems to close, for the officer to confirm (not `--fix`):
    a guess written into the file could pair the wrong quotes."""
    offset = 0
    for line in text.split("\n"):
        pairs = _quote_pairs(line)
        if pairs is not None:
            for start, end, german in pairs:
                yield Hint(Code.STRAIGHT_QUOTES, offset + start, line[start:end], german)
        else:
            for at, _opens, guess in _quote_directions(line):
                yield Hint(Code.STRAIGHT_QUOTES, offset + at, '"', "„" if guess else "“", False)
        offset += len(line) + 1


def english_quotes(text: str, style: HouseStyle) -> Iterator[Hint]:
    """“…” as Word sets them for English: German opens low („) and closes high (“)."""
    for match in re.finditer(r"“([^“”„\n]*)”", text):
        yield Hint(Code.ENGLISH_QUOTES, match.start(), match[0], f"„{match[1]}“")


def template_example(text: str, style: HouseStyle) -> Iterator[Hint]:
    """A value left as the example of the file `pressetool new` wrote (`Name des Ortes`):
    a draft may keep it, `publish` refuses it (reading.fields.TEMPLATE_EXAMPLES)."""
    value = text.strip()
    if value in TEMPLATE_EXAMPLES:
        yield Hint(Code.TEMPLATE_EXAMPLE_LEFT, text.index(value), value, "", unambiguous=False)


def hyphen_as_range_dash(text: str, style: HouseStyle) -> Iterator[Hint]:
    for match in re.finditer(rf"{_RANGE_START}({_CLOCK})\s*-\s*({_CLOCK})\s*Uhr\b", text):
        yield Hint(
            Code.HYPHEN_AS_RANGE_DASH,
            match.start(),
            match[0],
            time_range(match[1], match[2], style),
        )


def time_range_house_style(text: str, style: HouseStyle) -> Iterator[Hint]:
    for match in re.finditer(rf"{_RANGE_START}({_CLOCK})\s*{EN_DASH}\s*({_CLOCK})\s*Uhr\b", text):
        expected = time_range(match[1], match[2], style)
        if match[0] != expected:
            yield Hint(Code.TIME_RANGE_HOUSE_STYLE, match.start(), match[0], expected)


def hyphen_in_number_range(text: str, style: HouseStyle) -> Iterator[Hint]:
    """`2020 - 2025`, `3 - 4 Wochen`: a spaced hyphen between two numbers is a range's dash
    (a time range before `Uhr` is `hyphen_as_range_dash`'s; after `von` German says
    `bis`, which is not guessed here)."""
    for match in _NUMBER_RANGE.finditer(text):
        suggestion = f"{match[1]}{_plain_range_dash(style)}{match[2]}"
        # a hint only, never a fix: `3 - 1` may be a score, `5 - 3` a sum
        yield Hint(Code.HYPHEN_AS_RANGE_DASH, match.start(), match[0], suggestion, False)


_NUMBER_RANGE = re.compile(
    r"(?<![\d.,:/])(?<!\d )(?<![Vv]on )(?<!Tel\.: )(?<!Telefon )(\d+) - (\d+)"
    r"(?!\d|[.,:]\d| ?[/=]| \d)(?! ?Uhr\b)"
)
"""Two numbers and a spaced hyphen, not in a phone number (`030 9018 - 42390`, after
`Tel.:`), a file reference (`12 - 345/2020`) or a sum (`5 - 3 = 2`)."""


def missing_space_before_unit(text: str, style: HouseStyle) -> Iterator[Hint]:
    for match in re.finditer(rf"\b({_CLOCK})Uhr\b", text):
        yield Hint(Code.MISSING_SPACE_BEFORE_UNIT, match.start(), match[0], f"{match[1]} Uhr")


_WORD_BEFORE = re.compile(r"\S{1,40}$")
_WORD_AFTER = re.compile(r"\S{1,40}")


def double_space(text: str, style: HouseStyle) -> Iterator[Hint]:
    """Two spaces or more between words, shown with up to 40 characters of each word.

    The spaces are found first and the words around them looked up in a bounded
    window: a pattern like `(\\S+) {2,}(\\S+)` retries every start of a long
    word and takes quadratic time (16 s for a word of 40,000 characters).
    """
    for spaces in re.finditer(r"(?<=\S) {2,}(?=\S)", text):
        start, end = spaces.span()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        after = _WORD_AFTER.match(text, end)
        assert before is not None and after is not None  # the lookarounds saw a word
        found = text[before.start() : after.end()]
        yield Hint(Code.DOUBLE_SPACE, before.start(), found, f"{before[0]} {after[0]}")


_LIST_ITEM = re.compile(r"(?<=[^\n]\n)[ \t]*[-•*][ \t]+\S[^\n]{0,40}")
"""A line that starts as an item of a list (`- `, `• `, `* `) right below a line of
text: in the same paragraph, so joined to it. Not `1. ` (`11. März` may start a line)
nor `– ` (a dash of a sentence)."""


def list_in_paragraph(text: str, style: HouseStyle) -> Iterator[Hint]:
    """A list written line by line in a text of paragraphs: the lines of a paragraph
    are joined into one (the file format), and `- Führungen um 10 Uhr - Konzert …`
    would stand in the documents. Not for `--fix`: a blank line or a sentence?"""
    for match in _LIST_ITEM.finditer(text):
        found = match[0].strip()
        yield Hint(Code.LIST_IN_PARAGRAPH, match.start(), found, found, unambiguous=False)


def character_without_font(text: str, style: HouseStyle) -> Iterator[Hint]:
    """Characters that no installed font has (an emoji, Chinese without fonts-noto-cjk):
    the PDF would show an empty box. The hint shows them with the word they stand in or
    beside and proposes that word without them; the officer may as well have a font
    installed, so `check --fix` leaves them."""
    from pressetool.render.letters.fit import FontCheck

    absent = FontCheck().absent(text)
    if not absent:
        return
    for match in re.finditer(f"[{re.escape(absent)}]+", text):
        start, end = match.span()
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        after = _WORD_AFTER.match(text, end)
        if before is None and (after is None or not any(c.isalnum() for c in after[0])):
            # on its own (or before a full stop): with the word before, or else after it
            before = _SPACED_WORD_BEFORE.search(text, max(0, start - 80), start)
            if before is None and after is None:
                after = _SPACED_WORD_AFTER.match(text, end)
        first = before.start() if before else start
        last = after.end() if after else end
        word = (text[first:start].rstrip(" ") + text[end:last]).strip(" ")
        yield Hint(Code.CHARACTER_WITHOUT_FONT, first, text[first:last], word, unambiguous=False)


_SPACED_WORD_BEFORE = re.compile(r"\S{1,40} +$")
_SPACED_WORD_AFTER = re.compile(r" +\S{1,40}")


_WEEKDAY = r"(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?"


def pattern_rule(
    code: Code, pattern: str, replace: Callable[[re.Match[str]], str], unambiguous: bool = True
) -> Rule:
    """A rule that proposes `replace(match)` for every match of `pattern`."""
    compiled = re.compile(pattern)

    def rule(text: str, style: HouseStyle) -> Iterator[Hint]:
        for match in compiled.finditer(text):
            suggestion = replace(match)
            if suggestion != match[0]:
                yield Hint(code, match.start(), match[0], suggestion, unambiguous)

    return rule


LEKTORAT_RULES: tuple[Rule, ...] = (
    pattern_rule(
        Code.ABBREVIATION_SPACE,
        ABBREVIATION.pattern,
        lambda m: re.sub(r"\.(?=\w)", f".{NNBSP}", m[0]),  # spaced parts need no hint
    ),
    pattern_rule(Code.THREE_DOTS, r"(?<!\.)\.\.\.(?!\.)", lambda m: "…"),
    # `20 %` with a plain space needs no hint: the documents keep it on one line anyway
    # (`german.keep_together`), and the suggestion would look the same as the text.
    pattern_rule(Code.PERCENT_SPACE, r"(?<!\d)(\d+)%", lambda m: f"{m[1]}{NBSP}%"),
    pattern_rule(
        Code.WEEKDAY_RANGE,
        rf"\b({_WEEKDAY}) ?- ?({_WEEKDAY})(?!\w)",
        lambda m: f"{m[1]}{EN_DASH}{m[2]}",
    ),
    pattern_rule(
        Code.APOSTROPHE_GENITIVE,
        r"\b([A-ZÄÖÜ][a-zäöüß]+[^sßxz\W])['’]s\b",
        lambda m: f"{m[1]}s",
        unambiguous=False,  # a name may keep it (Duden allows „Andrea's Blumenladen“)
    ),
    pattern_rule(
        Code.STRAIGHT_SINGLE_QUOTES,
        r"(?<![\w'])'([^'\n]{2,})'(?![\w'])",  # not `Rock 'n' Roll`: apostrophes round a letter
        lambda m: f"‚{m[1]}‘",
    ),
    pattern_rule(Code.SPACE_BEFORE_PUNCTUATION, r"(?<=\S) +([.,;!?])(?=\s|$)", lambda m: m[1]),
    pattern_rule(Code.HYPHEN_AS_DASH, r"(?<=[^\W\d]) - (?=[^\W\d])", lambda m: f" {EN_DASH} "),
    pattern_rule(
        Code.FROM_WITH_DASH,
        rf"\b([Vv]on) ({_CLOCK}) ?[-{EN_DASH}] ?({_CLOCK}) Uhr\b",
        lambda m: f"{m[1]} {_clock(m[2])} bis {_clock(m[3])} Uhr",
    ),
    pattern_rule(
        Code.NESTED_QUOTES,
        r"„([^„“\n]*)„([^„“\n]*)““",
        lambda m: f"„{m[1]}‚{m[2]}‘“",
    ),
)


_PHONE = re.compile(
    r"^(?:\((0[0-9]{1,5})\)|(0[0-9]{1,5})(?=\s*[/ -])|(030)(?=[1-9]))"
    r"\s*[/ -]?\s*([0-9][0-9 ]*?)(?:\s*-\s*([0-9]+))?$"
)
"""A German number whose area code is clear: in brackets, followed by a separator, or
Berlin's `030` (no other area code begins so). `04012345678` could be `040` or `0401`,
so it gets no suggestion, which `check --fix` would write into the file."""


def phone_in_house_style(phone: str, style: HouseStyle) -> str | None:
    """`030/9018-42390` → `(030) 9018-42390` (Bezirksamt) or `030 9018-42390` (DIN 5008)."""
    match = _PHONE.match(phone.strip())
    if not match:
        return None
    area = match[1] or match[2] or match[3]
    number, extension = match[4].replace(" ", ""), match[5]
    local = f"{number}-{extension}" if extension else number
    return f"{area} {local}" if style is HouseStyle.DIN5008 else f"({area}) {local}"


def phone_house_style(text: str, style: HouseStyle) -> Iterator[Hint]:
    expected = phone_in_house_style(text, style)
    written = text.strip()
    if expected is not None and expected != written:
        yield Hint(Code.PHONE_HOUSE_STYLE, text.index(written), written, expected)


TEXT_RULES: tuple[Rule, ...] = (
    template_example,
    straight_quotes,
    english_quotes,
    hyphen_as_range_dash,
    hyphen_in_number_range,
    time_range_house_style,
    missing_space_before_unit,
    double_space,
    list_in_paragraph,
    *LEKTORAT_RULES,
    character_without_font,
)
PHONE_RULES: tuple[Rule, ...] = (template_example, phone_house_style)


_FEMININE_OFFICE = re.compile(r"\w(?:in|frau)$")
_MASCULINE_OFFICE = re.compile(r"\w(?:rat|meister|er|or|ent|ant|eur|mann)$")
_NEUTER_OFFICE = re.compile(r"\w(?:amt|büro|team)$")
_PARTICIPLE = re.compile(r"\w(?:end|ende|ender|endes)$")
"""`Stellvertretender`: an adjective before the office, not the office itself."""
_GENDER_ARTICLES = ((_FEMININE_OFFICE, "die"), (_NEUTER_OFFICE, "das"), (_MASCULINE_OFFICE, "der"))


def _office_word(office: str) -> str | None:
    """The noun that gives an office title its gender: the first capitalised word that
    is no participle (`Stellvertretender Bezirksbürgermeister von Pankow` →
    `Bezirksbürgermeister`, `Bezirksamt Pankow` → `Bezirksamt`)."""
    for word in office.replace(",", " ").split():
        if word[:1].isupper() and not _PARTICIPLE.search(word.lower()):
            if any(pattern.search(word) for pattern, _ in _GENDER_ARTICLES):
                return word
            return None
    return None


def article_for_office(article: str, office: str) -> str | None:
    """The article that an office title asks for, when `article` does not fit it:
    `der Bezirksstadträtin` → `die`, `die Bezirksbürgermeister` → `der`, `die Bezirksamt
    Pankow` → `das`; None when it fits or the title's gender is not plain."""
    word = _office_word(office)
    if word is None:
        return None
    wanted = next(article for pattern, article in _GENDER_ARTICLES if pattern.search(word))
    return wanted if article in ("der", "die", "das") and article != wanted else None


def office_after_article(office: str) -> str:
    """`office` as it stands after a definite article: an adjective before the office in
    its weak form, lower case (`Stellvertretender Bezirksbürgermeister` → `stellvertretende
    Bezirksbürgermeister`: „Der stellvertretende Bezirksbürgermeister …“)."""
    words = office.split(" ")
    head = _office_word(office)
    for index, word in enumerate(words):
        if word == head:
            break
        if _PARTICIPLE.search(word.lower()) and word.lower().endswith(("ender", "endes")):
            words[index] = word[:-1].lower()
    return " ".join(words)


def _issuer_hints(root: Located, file: Path) -> list[Problem]:
    issuer = root.value.get("issuer") if root.is_mapping else None
    if issuer is None or not issuer.is_mapping:
        return []
    article, office = issuer.value.get("article"), issuer.value.get("office")
    if article is None or office is None or not (article.raw and office.raw):
        return []
    written = article.raw.strip().lower()
    better = article_for_office(written, office.raw)
    after = office_after_article(office.raw)
    if better is None and after == office.raw:
        return []
    suggestion = f"{better or written} {after}"
    params = {"article": article.raw, "office": office.raw, "suggestion": suggestion}
    return [
        Problem(
            Code.ARTICLE_OFFICE,
            file,
            field="issuer.article",
            line=article.line,
            params=params,
            severity=Severity.WARNING,
        )
    ]


def comments_that_cut_a_text(root: Located, file: Path) -> list[Problem]:
    """Hinweise for a one-line text that a `#` cuts: `title: Bänke #Pankow im Park` is
    `Bänke` to YAML, the rest a comment. Only where the `#` stands before a word (a
    hashtag), not `# ` as the comments of `new`'s file are written."""
    lines = file.read_text(encoding="utf-8-sig").splitlines()
    problems = []
    for field, value in _text_values(root):
        raw = value.raw or ""
        if value.literal or "\n" in raw or not 0 < value.line <= len(lines):
            continue
        key = field.rsplit(".", 1)[-1]
        line = lines[value.line - 1]
        cut = re.match(rf"^\s*(?:- )?{re.escape(key)}:[ ]+(.*?)[ \t]+#(\S.*)$", line)
        if cut is None or cut[1] != raw:
            continue
        rest = f"#{cut[2].rstrip()}"
        whole = f"{raw} {rest}".replace('"', "'")
        params = {"found": rest, "suggestion": f'{key}: "{whole}"'}
        problems.append(
            Problem(Code.COMMENT_CUTS_TEXT, file, field, value.line, params, Severity.WARNING)
        )
    return problems


_BARE_ADDRESS = re.compile(r"(?<![\w@.-])(?:[\w-]+\.)+[A-Za-z]{2,}/[^\s<>\"„“”‘’‚»«]*")
"""A web address without `https://` and `www.`: a domain and a path (`berlin.de/kiez`)."""


def address_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every e-mail address and web address in `text`."""
    spans = [
        match.span() for match in UNBREAKABLE.finditer(text) if match.lastgroup in ("email", "url")
    ]
    return spans + [match.span() for match in _BARE_ADDRESS.finditer(text)]


def touches(hint: Hint, spans: list[tuple[int, int]]) -> bool:
    """The hint would change a character inside one of `spans` or insert one there (at an
    address's edge is outside it): `"www.berlin.de"` → `„www.berlin.de“` does not."""
    end = hint.start + len(hint.found)
    near = [(start, stop) for start, stop in spans if start < end and hint.start < stop]
    if not near:
        return False
    for first, last, _new in changes(hint.found, hint.suggestion):
        first, last = hint.start + first, hint.start + last
        for start, stop in near:
            if (start < first < stop) if first == last else (first < stop and start < last):
                return True
    return False


_DIFFED = 2_000
"""Longest middle part that `changes` compares letter by letter in alignment."""


def changes(found: str, suggestion: str) -> Iterator[tuple[int, int, str]]:
    """The stretches of `found` (start, end; an insertion has start == end) that the
    suggestion changes, each with what the suggestion has in its place. A plain space of
    the suggestion stands for any space `found` has there (`9⍽-⍽13 Uhr` → `9 – 13 Uhr`
    keeps its no-break spaces). Linear for what hints do (the same length: quotes,
    dashes; or a change between an equal start and end); `SequenceMatcher` is quadratic,
    and a quote pair around 19,000 letters took 44 s, so it sees only a short middle."""
    found_as_shown = found.translate(_SHOWN_AS_SPACE)
    head = 0
    while head < min(len(found), len(suggestion)) and found_as_shown[head] == suggestion[head]:
        head += 1
    tail = 0
    while (
        tail < min(len(found), len(suggestion)) - head
        and found_as_shown[-1 - tail] == suggestion[-1 - tail]
    ):
        tail += 1
    middle = found_as_shown[head : len(found) - tail]
    other = suggestion[head : len(suggestion) - tail]
    if len(middle) == len(other):
        for index, (old, new) in enumerate(zip(middle, other, strict=True)):
            if old != new:
                yield head + index, head + index + 1, new
    elif max(len(middle), len(other)) <= _DIFFED:
        matcher = SequenceMatcher(None, middle, other, autojunk=False)
        for operation, first, last, new_first, new_last in matcher.get_opcodes():
            if operation != "equal":
                yield head + first, head + last, other[new_first:new_last]
    else:
        yield head, len(found) - tail, other


_SHOWN_AS_SPACE = str.maketrans({NBSP: " ", NNBSP: " "})
"""The spaces that a suggestion writes as a plain one."""


def hints(text: str, style: HouseStyle, rules: tuple[Rule, ...]) -> Iterator[Hint]:
    """Every hint of `rules` for `text` but those that would change an address in it (an
    address left as the example of the template is said: `publish` refuses it) and those
    whose suggestion differs only where a plain space stands for a no-break one."""
    spans = address_spans(text)
    for rule in rules:
        for hint in rule(text, style):
            # `check --fix` changes the file where `start` says the words are
            assert text.startswith(hint.found, hint.start), (rule, hint)
            if hint.found != hint.suggestion == hint.found.translate(_SHOWN_AS_SPACE):
                continue  # it differs in its kinds of space only, which `changes` keeps
            if hint.code is Code.TEMPLATE_EXAMPLE_LEFT or not touches(hint, spans):
                yield hint


@dataclass(frozen=True)
class LocatedHint:
    field: str
    line: int
    """The file's line of the hint's text: of its first character that the file has (not
    of a line end that YAML made a space)."""
    hint: Hint
    value: str
    """The field's text as YAML reads it, which `hint.start` counts in."""
    places: tuple[Place, ...] | None
    """Where each character of `value` stands in the file (`scalar_source.places`)."""


def located_hints(root: Located, style: HouseStyle) -> Iterator[LocatedHint]:
    """Every text rule's hint for every text value of a release file."""
    for field, value in _text_values(root):
        rules = PHONE_RULES if field.rsplit(".", 1)[-1] == "phone" else TEXT_RULES
        text = value.raw or ""
        found = list(hints(text, style, rules))
        if not found:
            continue
        for hint in found:
            line = value.line_at(hint.start, hint.start + len(hint.found))
            yield LocatedHint(field, line, hint, text, value.places)


def lint_release_tree(root: Located, file: Path, style: HouseStyle) -> list[Problem]:
    """Hints for every text value of a release file, with field and line."""
    problems = _issuer_hints(root, file)
    for located in located_hints(root, style):
        hint = located.hint
        params = {"found": hint.found, "suggestion": hint.suggestion}
        problems.append(
            Problem(hint.code, file, located.field, located.line, params, Severity.WARNING)
        )
    return problems


def _text_values(node: Located) -> Iterator[tuple[str, Located]]:
    return ((field, value) for field, value in node.walk() if isinstance(value.value, str))
