# Bitext — two commands on a fresh Debian machine with Swift:
#   make demo   installs what is missing, builds, and runs Bitext on the bundled article
#   make test   installs what is missing, builds, and runs every test
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# System libraries Bitext links against (see Package.swift) and what its tests use.
APT_PACKAGES := pkg-config libicu-dev libmd4c-dev libgumbo-dev libsqlite3-dev
BITEXT := .build/debug/bitext

.PHONY: all deps build test demo bench clean

all: build

deps:
	@missing=""; for package in $(APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: build
	@echo "== The example article, one sentence a line (bitext segment examples/article.md)"
	$(BITEXT) segment examples/article.md
	@echo "== The Persian translation, segmented with the Persian rules"
	$(BITEXT) segment examples/article.fa.md

# Benchmarks are run by hand, in a release build: see Benchmarks/README.md.
bench: deps
	$(SWIFT) build -c release --product SegmentationBenchmark
	.build/release/SegmentationBenchmark

clean:
	rm -rf .build
