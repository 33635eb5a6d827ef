"""Rendering: composed content → document bytes, one module per output format."""
