# Two commands for a fresh machine: `make all` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: all test setup generate check lint validate-examples web docs browser bench clean \
	screenshots

all: setup generate validate-examples docs

test: setup check lint docs browser
	$(BIN)/pytest

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,generate]'
	touch $(STAMP)

setup: $(STAMP)

# Regenerate every artifact derived from the schema (models, JSON Schema, forms, reference pages).
generate: setup
	$(BIN)/cm-model generate

# Fail when a committed generated file differs from what the schema generates.
check: setup
	$(BIN)/cm-model generate --check

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/linkml-lint --config .linkmllint.yaml schema/cm_model.yaml

validate-examples: setup
	$(BIN)/cm-model validate examples/valid
	@for f in examples/invalid/*.json; do \
	  $(BIN)/cm-model validate "$$f" > /dev/null 2>&1; rc=$$?; \
	  if [ $$rc -ne 1 ]; then echo "expected $$f to be invalid (exit 1), got $$rc"; exit 1; fi; \
	done; echo "examples/invalid: every file fails as expected"

# Front-end assets (mermaid, the browser validator's bundle) come from npm, never a CDN.
web:
	@if [ -f web/package.json ]; then npm ci --prefix web --no-audit --no-fund --loglevel=error; fi

docs: setup web
	node web/build.mjs
	$(BIN)/mkdocs build --strict

# The handbook as one versioned archive, ready to publish: dist/cm-model-handbook-<version>.zip
# (site, forms, examples). Reproducible: mkdocs and the archive take their dates from the last
# commit (SOURCE_DATE_EPOCH). Publish it under any address: SITE_URL=https://… make site-dist
# (see docs/*/about/publishing.md).
.PHONY: site-dist
site-dist: setup web
	node web/build.mjs
	export SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || echo 315532800); \
	  $(BIN)/mkdocs build --strict --clean && \
	  $(BIN)/python -m cm_model.handbook.dist --site site --out dist

# The handbook's browser tests drive Debian's Chromium (no browser download).
browser:
	@command -v chromium > /dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; fi; }

# Pictures of the forms as LibreOffice Calc shows them (docs/<lang>/forms/*.png): run after the
# forms change. Not part of `make test`: the pixels depend on the fonts and LibreOffice version.
SHOT_PACKAGES := libreoffice-calc xvfb xdotool imagemagick fonts-crosextra-carlito
SHOT_PROGRAMS := soffice Xvfb xdotool import

screenshots: setup
	@missing=0; for p in $(SHOT_PROGRAMS); do command -v $$p > /dev/null || missing=1; done; \
	fc-list 2> /dev/null | grep -qi carlito || missing=1; \
	if [ $$missing = 1 ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq --no-install-recommends $(SHOT_PACKAGES); \
	fi
	$(BIN)/python -m cm_model.forms.screenshots

bench: setup
	$(BIN)/python benchmarks/bench_validate.py
	$(BIN)/python benchmarks/bench_metrics.py
	$(BIN)/python benchmarks/bench_triggers.py
	$(BIN)/python benchmarks/bench_fhir.py
	$(BIN)/python benchmarks/bench_baseline.py

clean:
	rm -rf site benchmarks/out .pytest_cache
