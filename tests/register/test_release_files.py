"""Release files as text: the lines of a top-level field, as edits take them."""

from __future__ import annotations

import pytest

from pressetool.register.release_files import remove_field, set_field, top_level_blocks

TEXT = """\
# Kopf
number: 1
issuer:
# ohne Einrückung, mitten im Feld
  office: Bezirksamt
  # eingerückt, nach dem Feld

# zwischen den Feldern
contacts:
- name: A
  phone: '1'
body: |
  Zeile

  Absatz\u2028mit Umbruch aus Word

status: draft
"""


def test_a_fields_lines_are_where_yaml_has_it() -> None:
    assert top_level_blocks(TEXT) == {
        "number": (1, 2),
        "issuer": (2, 6),
        "contacts": (8, 11),
        "body": (11, 15),
        "status": (16, 17),
    }


@pytest.mark.parametrize(
    ("edited", "expected"),
    [
        (
            remove_field(TEXT, "issuer"),
            TEXT.replace(TEXT[TEXT.index("issuer:") : TEXT.index("\n# zwischen")], ""),
        ),
        (
            set_field(TEXT, "contacts", ["contacts:", "  - {name: B}"]),
            TEXT.replace("contacts:\n- name: A\n  phone: '1'\n", "contacts:\n  - {name: B}\n"),
        ),
    ],
)
def test_an_edit_takes_the_whole_field(edited: str, expected: str) -> None:
    assert edited == expected


def test_a_text_yaml_does_not_read_is_taken_by_its_lines() -> None:
    text = "title: x\nissuer:\n  office: A\n\tname: B\nstatus: draft\n"
    assert top_level_blocks(text) == {"title": (0, 1), "issuer": (1, 4), "status": (4, 5)}
