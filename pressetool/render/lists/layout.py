"""The page design of the lists that the PDF and the DOCX share: column widths in mm.

Both lists are A4 landscape: the Teilnehmendenliste fills the 252 mm between the
press release's margins (25 mm left, 20 mm right), so that an organisation, a
street address and an e-mail address fit their columns whole; the sign-in sheet
the 267 mm between 15 mm margins.
"""

from __future__ import annotations

PARTICIPANT_COLUMNS_MM = (10, 62, 45, 60, 75)
"""Nr., Einrichtung, Ansprechperson, Anschrift, Telefon / E-Mail"""
SIGN_IN_COLUMNS_MM = (12, 42, 38, 65, 55, 55)
"""Nr., Name, Vorname, Einrichtung, E-Mail (freiwillig), Unterschrift"""
