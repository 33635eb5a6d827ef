"""The participant list and the sign-in sheet in PDF and DOCX."""
