"""Commands that make documents: read → compose → render → write (build, check, invite, lists)."""
