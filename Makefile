# ERGraph's verbs. `make run` and `make test` set up a fresh machine themselves: they install
# only what is missing, with apt-get (through sudo when not root) and pip.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED ?= $(abspath ../shared)
PYTHON ?= python3
RELEASE_BIN = .build/release/ergraph
PIP_PACKAGES = networkx python-igraph pytest

.PHONY: run test test-swift test-python build bench deps-run deps-test clean

# The seeds' graph, its org chart, one attendance diagram per event, and their HTML pages.
run: deps-run build
	rm -rf graphs/attendance
	$(RELEASE_BIN) extract seeds -o graphs --format dot,graphml,svg,png,json,html
	$(RELEASE_BIN) render graphs/graph.json -o graphs --name org-chart --view org-chart --labels both --format dot,graphml,svg,png,html
	$(RELEASE_BIN) render graphs/graph.json -o graphs --view attendance --format dot,svg,png,html

build: deps-run
	swift build -c release --product ergraph

test: deps-test
	$(MAKE) test-swift
	$(MAKE) test-python

test-swift:
	swift test --parallel

# Python clients read what the release binary writes: NetworkX, igraph, xmllint, the scorer.
test-python: build
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(RELEASE_BIN) extract seeds -o "$$tmp/seeds" --format graphml,json && \
	  for f in seeds/*.txt; do $(RELEASE_BIN) extract "$$f" -o "$$tmp/seeds" --format graphml || exit 1; done && \
	  ERGRAPH_BIN=$(abspath $(RELEASE_BIN)) ERGRAPH_GRAPHML_DIR="$$tmp/seeds" ERGRAPH_SHARED=$(SHARED) \
	    $(PYTHON) -m pytest -q Tests/Interop Tests/EndToEnd

# Throughput, linearity, and export beside peer tools (NetworkX, the dot program), as ratios.
bench: build
	@$(PYTHON) -c "import networkx" 2>/dev/null || $(PYTHON) -m pip install -q networkx
	$(PYTHON) bench/run.py $(RELEASE_BIN)

# What running ERGraph needs: libgraphviz (with its plugins) and fonts that draw Arabic.
deps-run:
	@missing=""; \
	pkg-config --exists libgvc 2>/dev/null || missing="$$missing libgraphviz-dev pkg-config"; \
	command -v dot >/dev/null || missing="$$missing graphviz"; \
	fc-list 2>/dev/null | grep -qi "NotoSansArabic\|Noto Sans Arabic" || missing="$$missing fonts-noto-core"; \
	fc-list 2>/dev/null | grep -qi "DejaVuSans" || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# What the tests need besides: xmllint (schema checks), chromium (HTML pages), Python clients.
deps-test: deps-run
	@missing=""; \
	command -v xmllint >/dev/null || missing="$$missing libxml2-utils"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@$(PYTHON) -c "import networkx, igraph, pytest" 2>/dev/null || $(PYTHON) -m pip install -q $(PIP_PACKAGES)

clean:
	rm -rf .build
