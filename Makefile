# RAVOT-EUR: `make run` serves the demo site, `make test` runs the whole suite.
# `make help` lists every target.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
INSTALLED := $(VENV)/.installed

# With SEARCH_URL and no SEARCH_ENGINE, ask the node which engine it is.
ifneq ($(SEARCH_URL),)
SEARCH_ENGINE ?= $(shell python3 ops/search_engine_of.py $(SEARCH_URL))
export SEARCH_ENGINE
endif

.DEFAULT_GOAL := help
.PHONY: help install build run test a11y lint format messages lock clean search-engine bench-search bench soak

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[dev]'
	touch $@

install: $(INSTALLED) ## Create .venv and install the project with its pinned dependencies

build: $(INSTALLED) ## Migrate, compile messages, collect static files
	ops/ensure-pdf-libs.sh
	$(BIN)/python ops/compile_messages.py
	$(BIN)/python manage.py migrate --no-input -v 0
	$(BIN)/python manage.py collectstatic --no-input -v 0

run: build ## Serve the demo site on http://127.0.0.1:$(PORT) (SQLite; SEARCH_URL=... for a search engine)
	$(BIN)/python manage.py seed_demo
	$(if $(SEARCH_URL),$(BIN)/python manage.py search_reindex)
	@echo "Serving on http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: $(INSTALLED) ## Start PostgreSQL, run the whole suite, smoke-test SQLite, stop PostgreSQL
	ops/ensure-pdf-libs.sh
	$(BIN)/python ops/compile_messages.py
	ops/run-tests.sh

a11y: $(INSTALLED) ## axe-core, the Nu HTML Checker, page weight and keyboard journeys on every page type in all four languages
	ops/ensure-pdf-libs.sh
	ops/ensure-browser.sh
	ops/ensure-a11y-checkers.sh
	$(BIN)/python ops/compile_messages.py
	A11Y_LANGUAGES=all $(BIN)/python -m pytest tests/a11y -q -p no:cacheprovider

search-engine: ## Run a single-node OpenSearch in the foreground (http://127.0.0.1:9201)
	ops/opensearch.sh run

bench-search: $(INSTALLED) ## Index 1,000 and 10,000 synthetic pages; time indexing and queries on both backends
	ops/bench-search.sh

bench: $(INSTALLED) ## Serve the site with gunicorn on PostgreSQL; wrk: requests/s, latency, queries per page
	ops/bench.sh bench

soak: $(INSTALLED) ## A few minutes of load (SOAK_SECONDS), PostgreSQL restarted: no 5xx, bounded memory
	ops/bench.sh soak

lint: $(INSTALLED) ## ruff, Django's checks, missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

format: $(INSTALLED) ## Format and fix what ruff can
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: $(INSTALLED) ## Extract interface strings into the hu, nl and fr catalogues (needs GNU gettext)
	$(BIN)/python manage.py makemessages -l hu -l nl -l fr --no-obsolete --ignore='.venv/*' --ignore='var/*' --ignore='tests/*'
	$(BIN)/python ops/compile_messages.py

lock: ## Re-pin requirements.lock from a fresh resolution of pyproject.toml
	rm -rf /tmp/ravot-lock && $(PYTHON) -m venv /tmp/ravot-lock
	/tmp/ravot-lock/bin/pip install -q '.[dev,s3]'
	/tmp/ravot-lock/bin/pip freeze --exclude ravot-eur > requirements.lock
	rm -rf /tmp/ravot-lock

clean: ## Remove the virtualenv and local data (var/)
	rm -rf $(VENV) var
