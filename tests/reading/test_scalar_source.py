"""Where each character of a YAML text value stands in the file, in every way YAML writes
a text: the line of each word, and which characters are written as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressetool.reading.scalar_source import Place, ScalarSource, Written, places
from pressetool.reading.yaml_source import Located, located_text


def located(yaml_text: str, field: str = "a") -> Located:
    root = located_text(yaml_text, Path("001-test.yaml"), [])
    assert root is not None
    node: Located = root
    for key in field.split("."):
        node = node.value[int(key)] if node.is_list else node.value[key]
    return node


def placed(value: Located) -> tuple[Place, ...]:
    assert value.source is not None and value.raw is not None
    found = places(value.source, value.raw)
    assert found is not None
    return found


def lines_of_words(value: Located) -> list[tuple[str, int]]:
    """Each word of the value with the line its first letter stands on."""
    assert value.source is not None and value.raw is not None
    where = placed(value)
    words, at = [], 0
    for word in value.raw.split():
        at = value.raw.index(word, at)
        words.append((word, value.source.line_of(where[at].start)))
        at += len(word)
    return words


@pytest.mark.parametrize(
    ("yaml_text", "field", "expected"),
    [
        ("a: eins zwei\n", "a", [("eins", 1), ("zwei", 1)]),
        ("a:\n  eins zwei\n", "a", [("eins", 2), ("zwei", 2)]),
        ("a: eins\n  zwei\n\n  drei\n", "a", [("eins", 1), ("zwei", 2), ("drei", 4)]),
        ("a: 'eins ''x''\n  zwei'\n", "a", [("eins", 1), ("'x'", 1), ("zwei", 2)]),
        ('a: "eins \\"x\\"\n\n  zwei"\n', "a", [("eins", 1), ('"x"', 1), ("zwei", 3)]),
        ('a: "eins\\\n    zwei drei"\n', "a", [("einszwei", 1), ("drei", 2)]),
        ("a: |\n  eins\n  zwei\n\n  drei\n", "a", [("eins", 2), ("zwei", 3), ("drei", 5)]),
        ("a: |-\n  eins\n  zwei\n", "a", [("eins", 2), ("zwei", 3)]),
        ("a: |+\n  eins\n\n\nb: x\n", "a", [("eins", 2)]),
        ("a: |2\n    eins\n  zwei\n", "a", [("eins", 2), ("zwei", 3)]),
        ("a: >\n  eins\n  zwei\n\n  drei\n", "a", [("eins", 2), ("zwei", 3), ("drei", 5)]),
        ("a: >-\n  eins\n  zwei\n", "a", [("eins", 2), ("zwei", 3)]),
        (
            "a: >+ # Kommentar\n  eins\n   zwei\n  drei\n",
            "a",
            [("eins", 2), ("zwei", 3), ("drei", 4)],
        ),
        ("a: >\n\n  eins\n  zwei\n", "a", [("eins", 3), ("zwei", 4)]),
        ("a: >1-\n  eins\n zwei\n", "a", [("eins", 2), ("zwei", 3)]),
        ("a: >\r\n  eins\r\n  zwei\r\n", "a", [("eins", 2), ("zwei", 3)]),
        ("a: eins\r  zwei\r", "a", [("eins", 1), ("zwei", 2)]),
        ("l:\n  - k: >\n      eins\n      zwei\n", "l.0.k", [("eins", 3), ("zwei", 4)]),
        ("l:\n- k: |2\n     eins\n    zwei\n", "l.0.k", [("eins", 3), ("zwei", 4)]),
        ("l:\n  - {k: eins\n      zwei, m: x}\n", "l.0.k", [("eins", 2), ("zwei", 3)]),
    ],
    ids=[
        "plain",
        "plain below its key",
        "plain over lines",
        "single quotes",
        "double quotes",
        "escaped line end",
        "literal",
        "literal strip",
        "literal keep",
        "literal indentation indicator",
        "folded",
        "folded strip",
        "folded keep, comment, more indented",
        "first line empty",
        "indicator and strip",
        "CR LF",
        "CR",
        "in a list",
        "indicator in a list at the key's column",
        "in brackets",
    ],
)
def test_each_word_is_found_on_its_line(
    yaml_text: str, field: str, expected: list[tuple[str, int]]
) -> None:
    assert lines_of_words(located(yaml_text, field)) == expected


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("a: >\n  x\n  y\n", [("x", "x", Written.AS_IS), (" ", "\n", Written.LINE_BREAK)]),
        ("a: |\n  x\n  y\n", [("x", "x", Written.AS_IS), ("\n", "\n", Written.LINE_BREAK)]),
        ("a: x  \r\n   y\n", [("x", "x", Written.AS_IS), (" ", "\r\n", Written.LINE_BREAK)]),
        ("a: x  \n\n   y\n", [("y", "y", Written.AS_IS), ("\n", "\n", Written.LINE_BREAK)]),
        ("a: 'x''y'\n", [("x", "x", Written.AS_IS), ("'", "''", Written.ESCAPED)]),
        (
            'a: "x\\u00e4\\_y"\n',
            [("ä", "\\u00e4", Written.ESCAPED), ("\xa0", "\\_", Written.ESCAPED)],
        ),
    ],
    ids=["folded", "literal", "plain", "blank line", "single quotes", "double quotes"],
)
def test_how_each_character_is_written(
    yaml_text: str, expected: list[tuple[str, str, Written]]
) -> None:
    """A line end that YAML makes a space or a line break of is that line end (a blank
    line's for its line break); an escape is the whole escape."""
    value = located(yaml_text)
    assert value.raw is not None and value.source is not None
    text = value.source.text
    written = {
        (char, text[place.start : place.end], place.written)
        for char, place in zip(value.raw, placed(value), strict=True)
    }
    assert set(expected) <= written


def test_a_value_the_text_does_not_give_has_no_places() -> None:
    value = located("a: >\n  eins\n  zwei\n")
    assert value.source is not None
    assert places(value.source, "eins zwei\n") is not None
    assert places(value.source, "eins\nzwei\n") is None
    assert places(ScalarSource('a: "x\\q"\n', 3, 1, '"', -1), "x") is None


written_text = st.text(
    st.sampled_from(list("ab äß„“-.,:#'\"\\ \t\n")),
    max_size=60,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=written_text,
    style=st.sampled_from([None, "'", '"', "|", ">"]),
    width=st.integers(min_value=4, max_value=30),
    indent=st.sampled_from([2, 4]),
    line_end=st.sampled_from(["\n", "\r\n"]),
)
def test_every_text_as_yaml_writes_it_has_its_places(
    text: str, style: str | None, width: int, indent: int, line_end: str
) -> None:
    """Whatever YAML writes (wrapped at `width`, with any line end), each character of the
    value has its place, and one written as it is stands there itself."""
    written = yaml.safe_dump(
        {"a": {"b": text}}, default_style=style, width=width, indent=indent, allow_unicode=True
    ).replace("\n", line_end)
    value = located(written, "a.b")
    assert value.raw is not None
    for char, place in zip(value.raw, placed(value), strict=True):
        if place.written is Written.AS_IS:
            assert written[place.start : place.end] == char
        elif place.written is Written.LINE_BREAK:
            assert char in " \n" and written[place.start] in " \t\r\n"
        else:
            assert written[place.start] in "\\'"
