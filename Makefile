# Fazhi — two commands: `make run` (set up and serve the demo) and `make test` (the whole suite).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test test-fast bench lint format install clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# The job worker (Huey, embedded SQLite queue) runs beside the web server; Ctrl-C stops both. Pages are served as in
# production (Chinese error pages, no debug pages) over plain http on this machine; `make run DEBUG=1` for developers.
DEBUG ?= 0
ALLOWED_HOSTS ?= *
RUNENV := DEBUG=$(DEBUG) SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 ALLOWED_HOSTS="$(ALLOWED_HOSTS)"
run: $(STAMP)
	$(RUNENV) $(BIN)/fazhi migrate --noinput -v0
	$(RUNENV) $(BIN)/fazhi demo
	@echo "平台地址 / Platform: http://$(HOST):$(PORT)/  — 登录 demo / demo-fazhi（后台任务进程已启动 / job worker running）"
	@$(RUNENV) $(BIN)/fazhi run_huey --quiet & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(RUNENV) $(BIN)/fazhi runserver --insecure $(HOST):$(PORT)

test: $(STAMP)
	$(BIN)/ruff check fazhi
	DB_CONN_MAX_AGE=0 $(BIN)/pytest -n 2 --dist loadfile --durations=10

test-fast: $(STAMP)
	$(BIN)/pytest -m "not browser"

# scale.py first: it builds the province dataset (PostgreSQL) that load.py and imports.py measure against.
BENCHES := scale load imports indicators intake intake_devset jobs report
bench: $(STAMP)
	@for f in $(BENCHES); do echo "## bench/$$f.py"; $(BIN)/python bench/$$f.py || exit 1; done

lint: $(STAMP)
	$(BIN)/ruff check fazhi
	$(BIN)/ruff format --check fazhi

format: $(STAMP)
	$(BIN)/ruff format fazhi
	$(BIN)/ruff check --fix fazhi

clean:
	rm -rf $(VENV) var
