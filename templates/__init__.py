"""Jinja2 templates, stylesheet and the reference DOCX (shipped with the package)."""
