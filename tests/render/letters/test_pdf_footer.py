"""The business details in the footer are the same in every letter: letters set from one
laid-out letter still read exactly like letters laid out on their own, and the footer
stands on each letter's first page only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressetool.office import Config, Sender
from pressetool.render.letters.pdf import render_letter_pdfs
from pressetool.render.letters.pdf_stamp import Sheets, Stamper, Swap
from tests.builders import long_release
from tests.readback import REFERENCE_RELEASE, pdf_pages
from tests.render.letters.test_pdf import RECIPIENTS, assert_like_laid_out_alone, mailing

AUTHORITY = Config(
    sender=Sender(
        reference="Presse 1-2020/067",
        your_reference="Ihr Schreiben vom 1.3.2020",
        building_address="Karl-Marx-Allee 31\n10178 Berlin",
        opening_hours="Mo, Di, Fr 9–12 Uhr\nDo 15–18 Uhr",
        transport="U5 Schillingstraße",
        bank="Berliner Sparkasse\nIBAN DE12 1005 0000 0190 0000 00\nBIC BELADEBEXXX",
    )
)


@pytest.mark.parametrize(("text", "pages"), [("short", 1), ("long", 2)])
def test_letters_with_a_footer_read_like_letters_laid_out_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, pages: int
) -> None:
    release = REFERENCE_RELEASE if text == "short" else long_release(tmp_path)
    rows = [RECIPIENTS[0], RECIPIENTS[1], RECIPIENTS[2]]
    invitations = mailing(tmp_path, release, AUTHORITY, rows)
    stamped: list[tuple[bytes, Sheets | None]] = []
    original = Stamper.stamp

    def counted_stamp(self: Stamper, swaps: list[Swap]) -> tuple[bytes, Sheets | None]:
        stamped.append(original(self, swaps))
        return stamped[-1]

    monkeypatch.setattr(Stamper, "stamp", counted_stamp)
    pdfs = render_letter_pdfs(invitations, AUTHORITY)
    assert len(stamped) == 2  # the footer does not keep letters from being set from one
    assert {pdf.pages for pdf in pdfs} == {pages}
    assert_like_laid_out_alone(invitations, pdfs, AUTHORITY, tmp_path)
    for letter in invitations.letters:
        texts = pdf_pages(tmp_path / f"{letter.row}.pdf")  # written by the comparison
        assert "Karl-Marx-Allee 31" in texts[0]
        assert "IBAN DE12 1005 0000 0190 0000 00" in texts[0]
        for later in texts[1:]:
            assert "Hausanschrift" not in later
            assert re.search(r"Seite 2 von 2", later)
