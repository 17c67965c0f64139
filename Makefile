# Mine Action Mapper developer commands. Every target installs what it needs.
SHELL := /bin/bash
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo demo-postgis test test-core test-qgis340 test-qgis344 test-all qt6-check publish-check \
	package install i18n qm bench clean

setup:
	@scripts/setup.sh

## Run the whole job end to end on the bundled sample programme (output/).
demo: setup
	$(PY) scripts/demo.py --output output

## The same demo on a throw-away PostgreSQL/PostGIS cluster (output-postgis/).
demo-postgis: setup
	$(PY) scripts/demo.py --postgis --output output-postgis

## The test suite on this machine's QGIS (3.22 on Debian 12).
test: setup
	$(PY) -m pytest tests -q -p no:cacheprovider --durations=20

## Core tests only (no QgsApplication needed).
test-core: setup
	$(PY) -m pytest tests/core -q -p no:cacheprovider

## The same suite on QGIS 3.40 LTR, in a Debian 13 chroot (root; ~3 min cold),
## with a throw-away PostGIS server on the host that the chroot reaches over 127.0.0.1.
test-qgis340: setup
	$(PY) tests/fixtures/postgis_server.py -- bash scripts/qgis_chroot.sh 3.40 tests -q -p no:cacheprovider --durations=20

## The same suite on QGIS 3.44 LTR, in a Debian 13 chroot with trixie-backports
## (root; ~3 min cold), with the host's throw-away PostGIS server.
test-qgis344: setup
	$(PY) tests/fixtures/postgis_server.py -- bash scripts/qgis_chroot.sh 3.44 tests -q -p no:cacheprovider --durations=20

test-all: test test-qgis340 test-qgis344

## Ready for QGIS 4 / Qt6: the migration rules on every Python file (3.22's
## PyQt5 and qgis resolve the enums), then every qgis.PyQt name imported from
## PyQt6 (.venv-checks). After merging: scripts/qt6_check.py --fix.
qt6-check: setup
	scripts/checks_venv.sh
	$(PY) scripts/qt6_check.py
	.venv-checks/bin/python scripts/qt6_imports.py

## What plugins.qgis.org runs on upload (bandit, detect-secrets, binaries,
## size, metadata), on the zip of make package.
publish-check: package
	scripts/checks_venv.sh
	.venv-checks/bin/python scripts/publish_check.py

## The zip for "Install from ZIP" (dist/mine_action_mapper-VERSION.zip). It
## compiles the committed .ts and never rewrites them (that is make i18n's job).
package: setup qm
	$(PY) scripts/package.py --output dist

## Deploy into the user's QGIS profile (QGIS_PROFILE_DIR overrides the default).
install: package
	$(PY) scripts/package.py --output dist --install

## Refresh i18n/*.ts from the code and compile the .qm files.
i18n: setup
	scripts/i18n.sh

## Compile the committed i18n/*.ts to .qm only.
qm: setup
	scripts/i18n.sh --compile

## Every benchmark, each against its peer (docs/performance.md; ~20 min).
bench: setup
	$(PY) benchmarks/bench_land_release.py small medium
	$(PY) benchmarks/bench_task_orders.py
	$(PY) benchmarks/bench_startup.py
	$(PY) benchmarks/bench_docks.py
	$(PY) benchmarks/bench_postgis.py --small
	$(PY) benchmarks/bench_statistics.py

clean:
	rm -rf dist build output output-postgis .pytest_cache
