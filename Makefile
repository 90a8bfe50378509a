# ficshelf developer commands. `make demo` and `make test` work from a clean clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: demo test check lint format bench clean install install-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,scale]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## demo: venv, install, import the sample corpus into a fresh SQLite file, serve on :8000
demo: $(VENV)/.installed
	$(BIN)/ficshelf demo --host $(HOST) --port $(PORT)

## test: the whole test suite (PostgreSQL tests run when FICSHELF_TEST_PG is set)
test: $(VENV)/.installed-dev
	$(BIN)/pytest --cov=ficshelf --cov-report=term:skip-covered

## check: lint, format check and strict type check
check: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks examples
	$(BIN)/mypy

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix src tests benchmarks examples
	$(BIN)/ruff format src tests benchmarks examples

## bench: import throughput over a generated corpus (figures go in docs/benchmarks.md)
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/import_throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage ficshelf-demo.db*
