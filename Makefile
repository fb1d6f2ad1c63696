# ERGraph's verbs. `make run` and `make test` set up a fresh machine themselves.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED ?= $(abspath ../shared)
PYTHON ?= python3
RELEASE_BIN = .build/release/ergraph
APT_PACKAGES = libgraphviz-dev graphviz fonts-noto-core fonts-dejavu-core libxml2-utils pkg-config chromium
PIP_PACKAGES = networkx python-igraph pytest

.PHONY: run test test-swift test-python build deps deps-system deps-python clean

run: deps-system build
	$(RELEASE_BIN) extract seeds -o graphs

build:
	swift build -c release --product ergraph

test: deps
	$(MAKE) test-swift
	$(MAKE) test-python

test-swift:
	swift test --parallel

test-python: build
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(RELEASE_BIN) extract seeds -o "$$tmp/seeds" --format graphml,json && \
	  for f in seeds/*.txt; do stem=$$(basename "$$f" .txt); \
	    $(RELEASE_BIN) extract "$$f" -o "$$tmp/seeds" --format graphml || exit 1; done && \
	  ERGRAPH_BIN=$(abspath $(RELEASE_BIN)) ERGRAPH_GRAPHML_DIR="$$tmp/seeds" ERGRAPH_SHARED=$(SHARED) \
	    $(PYTHON) -m pytest -q Tests/Interop Tests/EndToEnd

deps: deps-system deps-python

# Installs only what is missing, with sudo when not root.
deps-system:
	@missing=""; \
	pkg-config --exists libgvc 2>/dev/null || missing="$$missing libgraphviz-dev pkg-config"; \
	command -v dot >/dev/null || missing="$$missing graphviz"; \
	command -v xmllint >/dev/null || missing="$$missing libxml2-utils"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	fc-list 2>/dev/null | grep -qi "NotoSansArabic\|Noto Sans Arabic" || missing="$$missing fonts-noto-core"; \
	fc-list 2>/dev/null | grep -qi "DejaVuSans" || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

deps-python:
	@$(PYTHON) -c "import networkx, igraph, pytest" 2>/dev/null || \
	  $(PYTHON) -m pip install -q $(PIP_PACKAGES)

clean:
	rm -rf .build
