"""Reading: files the press office writes become validated, typed objects."""
