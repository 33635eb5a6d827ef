"""Composing: every German language rule, turning release objects into wording."""
