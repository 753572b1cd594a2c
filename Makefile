# Linimasa: `make site` builds the published timeline, `make test` runs every test.
# Both work on a fresh clone with only Python 3.11: they create .venv and install what they need.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INBOX  ?= inbox
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: site serve test test-fast browser-deps lint format bench eval fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## site: ingest new articles from inbox/, extract events into timeline/, build site/
site: $(STAMP)
	-$(BIN)/timeline ingest $(INBOX)
	$(BIN)/timeline extract
	$(BIN)/mkdocs build --strict --quiet
	@echo "site built in site/ (open site/index.html, or run 'make serve')"

## serve: live preview; editing an event file or an article refreshes the page
serve: $(STAMP)
	$(BIN)/mkdocs serve --livereload

## browser-deps: Debian's chromium for the browser tests (never a downloaded browser), and
## TimelineJS3 from npm to load timeline.json in (its test skips when npm is not there)
TIMELINEJS := $(VENV)/timelinejs
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@test -f $(TIMELINEJS)/package/dist/js/timeline.js || { mkdir -p $(TIMELINEJS) && cd $(TIMELINEJS) \
	  && npm pack --silent @knight-lab/timelinejs@3.9.11 >/dev/null 2>&1 && tar xzf knight-lab-timelinejs-3.9.11.tgz; } \
	  || echo "TimelineJS3 not fetched (no npm?): its browser test will skip"

## test: every test, browser tests included
test: $(STAMP) browser-deps
	$(BIN)/ruff check builder tests
	$(BIN)/python -m pytest -q

## test-fast: everything but the browser
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not browser"

lint: $(STAMP)
	$(BIN)/ruff check builder tests
	$(BIN)/ruff format --check builder tests

format: $(STAMP)
	$(BIN)/ruff format builder tests
	$(BIN)/ruff check --fix builder tests

## eval: quality figures (tagger, ingest, events) on the gold files
eval: $(STAMP)
	$(BIN)/python -m tests.bench.evaluate

## bench: speed and memory figures (not part of make test); Zensical is installed for (5)
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet zensical
	$(BIN)/python -m tests.bench.run

## fuzz: the property-based tests with thousands of examples each (instead of 60), and the
## kill tests at every file operation of extract and render (instead of two); a few minutes
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -m "not browser" \
	  -k "properties or fuzz or crash" --hypothesis-show-statistics

clean:
	rm -rf site .pytest_cache .ruff_cache
