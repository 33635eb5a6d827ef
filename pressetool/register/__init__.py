"""The register of numbers: the database, allocation, release files as text, verify, listing."""
