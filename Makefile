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
	# bytecode up front, as pip does for a regular install: start-up then loads it instead of compiling
	# some 500 modules (a shell with PYTHONDONTWRITEBYTECODE set would otherwise compile them at every start)
	$(PY) -m compileall -q src > /dev/null
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
