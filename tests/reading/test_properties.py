"""Property-based tests over the readers (issue 10): whatever the office's files hold,
the reader answers with a release or with German problems, never with a crash, and
every text it accepts comes out whole in the PDF and the DOCX.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pdfplumber
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressetool.documents.build import build_releases
from pressetool.office import Config
from pressetool.problems import InputError
from pressetool.reading.people_list import read_people_list
from pressetool.reading.release_reader import read_release
from tests.builders import european_text
from tests.readback import REFERENCE_RELEASE, docx_paragraphs

REFERENCE = yaml.safe_load(REFERENCE_RELEASE.read_text(encoding="utf-8"))
QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RENDERED = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])

any_text = st.text(st.characters(codec="utf-8"), max_size=300)
"""Any text at all: control characters, surrogates excluded by the codec, everything else."""


def written(data: dict[str, object] | bytes) -> Path:
    folder = Path(tempfile.mkdtemp()) / "releases" / "2020"
    folder.mkdir(parents=True)
    path = folder / "067-test.yaml"
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def reads_or_says_why(path: Path) -> None:
    try:
        read_release(path)
    except InputError as error:
        assert error.problems
        assert all(problem.message for problem in error.problems)


@QUICK
@given(field=st.sampled_from(["title", "body", "date", "number"]), value=any_text)
def test_any_value_of_a_field_is_read_or_explained(field: str, value: str) -> None:
    reads_or_says_why(written({**REFERENCE, field: value}))


@QUICK
@given(name=any_text, venue=any_text, participant=any_text)
def test_any_nested_text_is_read_or_explained(name: str, venue: str, participant: str) -> None:
    event = dict(REFERENCE["event"])
    event["venue"] = {**event["venue"], "name": venue}
    event["participants"] = [{"article": "das", "name": participant}]
    reads_or_says_why(
        written({**REFERENCE, "issuer": {**REFERENCE["issuer"], "name": name}, "event": event})
    )


@QUICK
@given(data=st.binary(max_size=2000))
def test_any_bytes_are_read_or_explained(data: bytes) -> None:
    reads_or_says_why(written(data))


@QUICK
@given(
    rows=st.lists(st.lists(any_text, max_size=10), max_size=20),
    separator=st.sampled_from([";", ",", "\t"]),
)
def test_any_list_is_read_or_explained(rows: list[list[str]], separator: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator).writerows(
        [["Anrede", "Vorname", "Nachname", "Organisation", "Straße", "PLZ", "Ort"], *rows]
    )
    path = Path(tempfile.mkdtemp()) / "liste.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")
    try:
        read_people_list(path, require_address=True)
    except InputError as error:
        assert all(problem.message for problem in error.problems)


def squeezed(text: str) -> str:
    """Text without any space or line break: how a wrapped line compares to its source."""
    return "".join(text.split()).replace("\u00ad", "")


@RENDERED
@given(title=european_text, name=european_text)
def test_every_accepted_text_comes_out_whole_in_pdf_and_docx(title: str, name: str) -> None:
    path = written({**REFERENCE, "title": title, "issuer": {**REFERENCE["issuer"], "name": name}})
    release = read_release(path)
    out = Path(tempfile.mkdtemp())
    written_files = build_releases([path], Config(), out=out)
    pdf = next(p for p in written_files if p.suffix == ".pdf")
    docx = next(p for p in written_files if p.suffix == ".docx")
    with pdfplumber.open(pdf) as document:  # poppler drops a hyphen that ends a line
        pdf_words = squeezed(
            "".join(char["text"] for page in document.pages for char in page.chars)
        )
    docx_words = squeezed("".join(docx_paragraphs(docx)))
    for text in (release.title, name.strip()):
        assert squeezed(text) in docx_words
        assert squeezed(text) in pdf_words
