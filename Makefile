# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[web,test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/labourlens demo --serve

# System packages some tests need (PostgreSQL, Chromium); the script is idempotent.
system-deps:
	bash scripts/test-deps.sh

test: $(STAMP) system-deps
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) benchmarks/ingest.py
	$(PY) benchmarks/analyse.py
	$(PY) benchmarks/link.py
	$(PY) benchmarks/web.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
