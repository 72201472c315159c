# 质量提升进度看板 — `make run` serves the app, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test bench setup setup-dev db system-deps lint

run: setup db
	$(PY) -m lib.serve --server.port $(PORT)

test: setup-dev system-deps
	$(PY) -m ruff check .
	$(PY) -m pytest

setup: $(VENV)/.runtime-installed

setup-dev: $(VENV)/.dev-installed

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime-installed $@

# Create or upgrade the database, load the region's units, and demo data when it is empty.
db: setup
	$(PY) -m lib.cli init
	$(PY) -m lib.cli demo

# Debian packages the tests need: Chromium and a CJK font for browser tests, PostgreSQL 15
# for the throwaway test cluster. Installed only when missing.
system-deps:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing="$$missing fonts-noto-cjk"; \
	[ -x /usr/lib/postgresql/15/bin/initdb ] || missing="$$missing postgresql-15"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing \
	    || echo "Could not install$$missing; the tests that need them will say so."; \
	fi

# Benchmarks measure, they do not pass or fail; record the figures in BENCHMARKS.md. Run one at a
# time (they time a 2-core machine); PostgreSQL runs use a throwaway cluster and are skipped when
# PostgreSQL 15 is not installed. The province data is built once into bench/.cache/.
bench: setup-dev
	$(PY) bench/province_data.py
	$(PY) bench/ingest_bench.py --postgres
	$(PY) bench/page_bench.py
	$(PY) bench/concurrency_bench.py

lint: setup-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
