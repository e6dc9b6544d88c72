# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: run test explore install quality bench flow-bench clean-out

# Prefect on this machine (../shared/PREFECT_NOTES.md), unless set by the user: a project-local
# PREFECT_HOME, a startup limit a cold temporary server can meet, no telemetry, quiet logs.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1
export PREFECT_LOGGING_LEVEL ?= WARNING

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# (Re)install when the project definition changes; the dev extra brings the test tools.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## make run: the clean-corpus flow over seeds/ into corpus/ (embedded Prefect), checked against
## golden/ in the flow; then the per-article export and the check users run on it
run: $(STAMP)
	$(BIN)/pagewash run --source seeds --source seeds_html --corpus corpus --golden golden
	$(BIN)/pagewash export corpus --out out
	$(BIN)/pagewash check out --golden golden

## make test: the test suite (property tests on fixed examples: the same on every run)
test: $(STAMP)
	$(BIN)/python -m pytest -q

## make explore: the property tests on fresh random examples (a search for counter-examples)
explore: $(STAMP)
	PAGEWASH_HYPOTHESIS=explore $(BIN)/python -m pytest -q $$(grep -l "from hypothesis" tests/test_*.py)

## make quality: F1 on ../shared/eval (text dumps)
quality: $(STAMP)
	$(BIN)/python benchmarks/quality.py

## make flow-bench: in-process vs flow pages/s and peak memory (10,000 and 50,000 dumps)
flow-bench: $(STAMP)
	$(BIN)/python benchmarks/flow_bench.py

clean-out:
	rm -rf out corpus
