# CrisisDesk: `make run` and `make test` work on a fresh machine with only Python installed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= crisisdesk.duckdb
PUBLISHED_SEED ?= 2023-12-30

.PHONY: run test lint bench clean lock install

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[models,test]"
	touch $(STAMP)

run: $(STAMP)
	rm -f $(DB)
	$(BIN)/crisisdesk ingest examples --db $(DB)
	$(BIN)/crisisdesk events --db $(DB) --format table --limit 25

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest_throughput.py

lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^crisisdesk' > constraints.txt

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache
