# `make run`: install into .venv and run the pipeline over corpus/ into output/.
# `make test`: install into .venv (with test extras), lint, and run the whole test suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint clean

$(BIN)/zh-extract: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(BIN)/zh-extract
	$(BIN)/zh-extract run corpus -o output/corpus.jsonl --force

lint: $(BIN)/zh-extract
	$(BIN)/ruff check pipeline tests benchmarks scripts
	$(BIN)/ruff format --check pipeline tests benchmarks scripts

test: lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) output/*.jsonl .pytest_cache .hypothesis
