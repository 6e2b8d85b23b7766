# Social Business Models: every command a contributor needs. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
LANGUAGES := fr de it en

.PHONY: help install browser run dev test lint format e2e bench messages compilemessages demo clean
.PHONY: audit audit-lighthouse audit-axe audit-html

help: ## List the commands
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(INSTALLED): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(INSTALLED)

install: $(INSTALLED) compilemessages ## Create .venv and install the pinned requirements

compilemessages: $(INSTALLED)
	@$(MANAGE) compile_catalogues -v0

demo: install ## Migrate the database and load the demo content (idempotent)
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo_content

run: demo ## Serve the site with demo content on http://127.0.0.1:8000 as the public sees it (DEBUG off)
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/, demo accounts in README.md)"
	DEBUG=false $(BIN)/gunicorn sbm_site.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

dev: demo ## The same with DEBUG on and auto-reload (runserver)
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install ## ruff check and format check, the apps' layering (lint-imports), Django checks, missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=sbm_site.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=sbm_site.settings.test $(MANAGE) makemigrations --check --dry-run

format: install ## Format and fix what ruff can
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

browser: ## Install what the tests need from Debian when missing: Chromium (journeys), gettext (msgfmt checks)
	@test -x /usr/bin/chromium -a -x /usr/bin/msgfmt || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium gettext; \
		else echo "Chromium and gettext are needed: run 'sudo apt-get install chromium gettext'"; exit 1; fi; }

test: lint browser ## Everything CI checks: lint, Django checks, migrations, the whole test suite with the browser journeys
	$(BIN)/pytest --create-db $(PYTEST_ARGS)

e2e: install browser ## Only the browser journeys (Chromium)
	$(BIN)/pytest --create-db tests/e2e $(PYTEST_ARGS)

SCALE ?= 1000
BENCH_ARGS ?=
bench: install ## Benchmark the public pages on a separate database (SCALE=1000 tools); writes docs/performance.md
	$(BIN)/python -m bench --scale $(SCALE) $(BENCH_ARGS)

NPM_INSTALLED := node_modules/.package-lock.json

$(NPM_INSTALLED): package.json package-lock.json
	@command -v npm >/dev/null || { echo "Node.js 20 and npm are needed for the audits"; exit 1; }
	npm ci --no-audit --no-fund
	@touch $(NPM_INSTALLED)

AUDIT := $(BIN)/python -m scripts.audit.run

audit: install browser $(NPM_INSTALLED) ## Lighthouse, axe-core and the Nu Html Checker on a demo site; fails below the thresholds (docs/quality.md)
	$(AUDIT) $(AUDIT_ARGS)

audit-lighthouse: install browser $(NPM_INSTALLED) ## Lighthouse, mobile and desktop, French and German: 95 or more in every category
	$(AUDIT) lighthouse $(AUDIT_ARGS)

audit-axe: install browser $(NPM_INSTALLED) ## axe-core on the public pages and our admin pages: no violation
	$(AUDIT) axe $(AUDIT_ARGS)

audit-html: install $(NPM_INSTALLED) ## The Nu Html Checker (Java) on the same pages: no error
	$(AUDIT) html $(AUDIT_ARGS)

messages: install ## Extract interface strings into locale/<lang>/LC_MESSAGES/django.po
	$(MANAGE) makemessages --ignore=.venv --ignore=tests $(addprefix -l ,$(LANGUAGES)) --no-obsolete

clean: ## Remove the virtualenv, the local database and collected files
	rm -rf $(VENV) db.sqlite3 static media
