"""Invitation letters: the laid-out letter in PDF and DOCX, and the recipients spliced in."""
