# make demo   set everything up and render the reference release
# make test   set up if needed (also the test tools below), then every test and lint
# make bench  one table of every speed target (issue 14): alternating runs against
#             LibreOffice and a cold build, wall, CPU and peak memory (not a test)
# make bench-quick    the same table from fewer runs, to try it out
# make bench-bounds   time and peak memory of every hostile case, and invite at 200 and 2,000
# make bench-archive  archive of 1,000 releases from scratch, then nothing and one changed (issue 3)
# make bench-register 100 `new` from two workstations and `list` of 10,000, SQLite and PostgreSQL
# make bench-send     time `pressetool send` to 1,000 addresses against a local SMTP server
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# What pressetool needs: python3-venv for .venv, WeasyPrint's libraries
# (harfbuzz-subset: without it every PDF takes 4-5x longer), the
# Arial-metric fonts and DejaVu Sans for the scripts they lack (Armenian,
# Georgian, Arabic …: fontconfig's fallback, for WeasyPrint and the sign-in sheet).
DEBIAN_PACKAGES := python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation2 fonts-dejavu-core
# What the tests need beyond that: LibreOffice opens our DOCX files as a Word
# user's reader would, Chromium opens the archive pages, poppler reads the PDFs
# back (pdftotext, pdftoppm, pdffonts), and the PostgreSQL server (with openssl for
# its test certificates) is there for the tests of a shared number register. A
# test never skips: without these it fails.
TEST_DEBIAN_PACKAGES := libreoffice-writer-nogui chromium poppler-utils postgresql openssl
# What `make bench` compares pressetool with.
BENCH_DEBIAN_PACKAGES := libreoffice-writer-nogui
REFERENCE := releases/2020/067-voneinander-wissen-in-mitte.yaml

.PHONY: demo test lint bytecode bench bench-quick bench-archive bench-bounds bench-register bench-send setup system-packages test-packages \
	bench-packages templates

# setup compiles WeasyPrint's C declarations for the installed WeasyPrint and cffi when
# they are not current (pressetool/render/weasyprint_ffi.py): a start without pycparser
# and subprocesses.
setup: system-packages $(BIN)/.installed
	@$(BIN)/python -m pressetool.render.weasyprint_ffi

system-packages:
	@scripts/ensure-debian-packages $(DEBIAN_PACKAGES)

test-packages:
	@scripts/ensure-debian-packages $(TEST_DEBIAN_PACKAGES)

bench-packages:
	@scripts/ensure-debian-packages $(BENCH_DEBIAN_PACKAGES)

# Debian's own Python (/usr/bin/python3, from python3-venv above), built with PGO and
# LTO: a Python built from source without them (pyenv's, first on some PATHs) ran a
# cold `build` in 1.12 instead of 0.83 s on the same machine.
$(BIN)/.installed: pyproject.toml
	/usr/bin/python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	$(MAKE) -s bytecode
	touch $@

# pressetool's modules compiled ahead, as pip does for an installed package: an
# editable install under PYTHONDONTWRITEBYTECODE compiled every module at every run
# (some 25 ms of a cold `build`). The benchmarks compile first, so that they measure
# the code as it is now.
bytecode:
	$(BIN)/python -m compileall -q pressetool

demo: setup
	$(BIN)/pressetool build $(REFERENCE)

lint: setup
	$(BIN)/ruff check pressetool tests scripts
	$(BIN)/ruff format --check pressetool tests scripts
	$(BIN)/mypy

test: test-packages lint
	$(BIN)/pytest -q

bench: setup bench-packages bytecode
	$(BIN)/python scripts/bench.py

bench-quick: setup bench-packages bytecode
	$(BIN)/python scripts/bench.py --quick

templates: setup
	$(BIN)/python scripts/make_reference_docx.py templates/referenz.docx

bench-bounds: setup
	$(BIN)/python scripts/bench_bounds.py

bench-archive: setup bytecode
	$(BIN)/python scripts/bench_archive.py

bench-send: setup
	$(BIN)/python scripts/bench_send.py

bench-register: setup test-packages
	$(BIN)/python scripts/bench_register.py
