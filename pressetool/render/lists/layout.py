"""The page design of the lists that the PDF and the DOCX share: column widths in mm.

The Teilnehmendenliste fills the 165 mm text width of an A4 portrait page, the
sign-in sheet the 267 mm of an A4 landscape page (15 mm margins left and right).
"""

from __future__ import annotations

PARTICIPANT_COLUMNS_MM = (9, 52, 36, 32, 36)
"""Nr., Einrichtung, Ansprechperson, Anschrift, Telefon / E-Mail"""
SIGN_IN_COLUMNS_MM = (12, 42, 38, 65, 55, 55)
"""Nr., Name, Vorname, Einrichtung, E-Mail (freiwillig), Unterschrift"""
