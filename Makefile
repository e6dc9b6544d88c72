# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: run test install quality bench clean-out

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# (Re)install when the project definition changes; the dev extra brings the test tools.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## make run: clean seeds/ into out/ and check it against golden/
run: $(STAMP)
	$(BIN)/pagewash clean seeds seeds_html --out out
	$(BIN)/pagewash check out --golden golden

## make test: the test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

## make quality: F1 on ../shared/eval (text dumps)
quality: $(STAMP)
	$(BIN)/python benchmarks/quality.py

clean-out:
	rm -rf out
