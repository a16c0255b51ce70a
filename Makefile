# Two entry points (see README): `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/eventwire: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

.PHONY: demo test lint clean
demo: $(BIN)/eventwire
	$(BIN)/eventwire demo --db demo.duckdb

test: $(BIN)/eventwire
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(BIN)/eventwire
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) demo.duckdb .pytest_cache
