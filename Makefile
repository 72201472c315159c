# 质量提升进度看板 — `make run` serves the app, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
# Listen on this machine only unless QB_HOST says otherwise (e.g. QB_HOST=0.0.0.0 behind a firewall).
HOST ?= $(or $(QB_HOST),127.0.0.1)
# apt-get waits this long (seconds) for another apt or dpkg process to finish instead of giving up.
APT := apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3

.PHONY: run test bench setup setup-dev db system-deps run-deps lint

run: setup db run-deps
	@$(PY) -c "import socket,sys; s=socket.socket(); r=s.connect_ex(('127.0.0.1', $(PORT))); s.close(); sys.exit(r == 0)" \
	  || { echo "端口 $(PORT) 已被占用（可能看板已在运行）。换一个端口：make run PORT=8502 / Port $(PORT) is busy: make run PORT=8502"; exit 1; }
	$(PY) -m lib.serve --server.port $(PORT) --server.address $(HOST)

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

# Debian packages the tests need: Chromium and a CJK font for browser tests, a PostgreSQL server
# (any of 14-17; PG_BIN may point at one) for the throwaway test cluster, nginx for the test of the
# deployment recipe in deploy/ (run as this user under a temp prefix; the package's own service is not
# needed). Installed only when missing.
system-deps:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	command -v openssl >/dev/null 2>&1 || missing="$$missing openssl"; \
	dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing="$$missing fonts-noto-cjk"; \
	{ [ -n "$$PG_BIN" ] && [ -x "$$PG_BIN/initdb" ]; } || ls /usr/lib/postgresql/1[4-7]/bin/initdb >/dev/null 2>&1 \
	  || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo $(APT) update -qq && DEBIAN_FRONTEND=noninteractive $$sudo $(APT) install -y -qq --no-install-recommends $$missing \
	    || echo "Could not install$$missing; the tests that need them will say so."; \
	fi

# What `make run` needs beyond Python: a CJK font for the pictures of the 简报 (found, or installed like
# `make test` does when this user may; otherwise the page says what to install).
run-deps:
	@if ! fc-list :lang=zh 2>/dev/null | grep -q . && [ -z "$$QB_FONT_DIRS" ]; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo -n"; fi; \
	  echo "Installing fonts-noto-cjk for the 简报 pictures"; \
	  $$sudo $(APT) update -qq && DEBIAN_FRONTEND=noninteractive $$sudo $(APT) install -y -qq --no-install-recommends fonts-noto-cjk \
	    || { echo "apt-get not possible: installing a CJK font from the package index (requirements-fonts.txt)"; \
	         $(PY) -m pip install --quiet --no-deps -r requirements-fonts.txt; } \
	    || echo "没有中文字体：简报图片暂不可用，请安装 fonts-noto-cjk 或设置 QB_FONT_DIRS / No CJK font: install fonts-noto-cjk or set QB_FONT_DIRS"; \
	fi

# Benchmarks measure, they do not pass or fail; record the figures in BENCHMARKS.md. Run one at a
# time (they time a 2-core machine); PostgreSQL runs use a throwaway cluster and are skipped when
# PostgreSQL 15 is not installed. The province data is built once into bench/.cache/.
bench: setup-dev
	$(PY) bench/province_data.py
	$(PY) bench/ingest_bench.py --postgres
	$(PY) bench/page_bench.py
	$(PY) bench/concurrency_bench.py
	$(PY) bench/deadline_bench.py
	$(PY) bench/review_bench.py
	$(PY) bench/ledger_bench.py
	$(PY) bench/registry_bench.py
	$(PY) bench/registry_bench.py --pg

lint: setup-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
