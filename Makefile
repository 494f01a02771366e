# Amanat: two commands matter — `make run` and `make test`. Everything else is a step of those.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev
export AMANAT_DATA_DIR ?= $(CURDIR)/var

.PHONY: run test lint test-sqlite test-postgres test-browser bench fuzz messages lock clean sandbox-tools
FUZZ_SECONDS ?= 120

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# One virtualenv with the pinned, hash-checked development lock (a superset of the runtime lock).
$(STAMP): requirements-dev.lock pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q --require-hashes -r requirements-dev.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

# bubblewrap, ffmpeg, exiftool, libseccomp: attachments are cleaned in a sandbox, or refused.
sandbox-tools:
	bash scripts/install-sandbox-tools.sh

messages: $(STAMP)
	$(BIN)/python -m amanat.core.i18n_build

run: $(STAMP) messages sandbox-tools
	$(BIN)/amanat dev

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	AMANAT_SECRET_KEY=lint-only-not-a-secret-0123456789abcdef $(BIN)/mypy amanat
	$(BIN)/lint-imports

test-sqlite: $(STAMP) messages sandbox-tools
	$(BIN)/pytest -q -m "not browser"

test-postgres: $(STAMP) messages sandbox-tools
	bash scripts/with-postgres.sh $(BIN)/pytest -q -m "not browser"

test-browser: $(STAMP) messages sandbox-tools
	bash scripts/install-chromium.sh
	$(BIN)/pytest -q -m browser

test: lint test-sqlite test-postgres test-browser

bench: $(STAMP) messages sandbox-tools
	bash scripts/with-postgres.sh $(BIN)/python -m bench.run

# Coverage-guided fuzzing of attachment parsing (atheris); findings land in ./crash-* files.
fuzz: $(STAMP) sandbox-tools
	$(BIN)/python -m fuzz.seeds fuzz/corpus
	$(BIN)/python fuzz/fuzz_attachments.py -max_total_time=$(FUZZ_SECONDS) -max_len=200000 \
		-rss_limit_mb=2048 fuzz/corpus

# Regenerate the hash-pinned locks after changing pyproject.toml (needs pip-tools, not in the lock).
lock:
	pip-compile -q --generate-hashes --strip-extras --no-emit-find-links --no-emit-index-url -o requirements.lock pyproject.toml
	pip-compile -q --generate-hashes --strip-extras --extra dev --no-emit-find-links --no-emit-index-url -o requirements-dev.lock pyproject.toml

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache
