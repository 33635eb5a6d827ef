"""The public archive: the year pages, the index and the Atom feed."""
