"""pressetool: Pressemitteilungen, Einladungen und Listen als DOCX und PDF."""

__version__ = "0.1.0"
