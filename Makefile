# Bitext — two commands on a fresh Debian machine with Swift:
#   make demo   installs what is missing, builds, and runs Bitext on the bundled article
#   make test   installs what is missing, builds, and runs every test
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# System libraries Bitext links against (see Package.swift) and what its tests use.
APT_PACKAGES := pkg-config libicu-dev libmd4c-dev libgumbo-dev libsqlite3-dev
# What the interoperability tests (../shared/tools/interop-check) and the browser test
# (headless Chromium through selenium, Tests/Browser) run.
TEST_APT_PACKAGES := libxml2-utils gettext tidy python3 python3-pip chromium chromium-driver
PIP_PACKAGES := translate-toolkit lxml html5lib selenium
DEMO := .build/demo
BITEXT := .build/debug/bitext

.PHONY: all deps test-deps build test demo bench clean

all: build

deps:
	@missing=""; for package in $(APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi

test-deps: deps
	@missing=""; for package in $(TEST_APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi
	@python3 -c "import translate, lxml, html5lib, selenium" 2>/dev/null || python3 -m pip install --quiet $(PIP_PACKAGES)

build: deps
	$(SWIFT) build

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: build
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	@echo "== 1. How Bitext splits the example article (first blocks of: bitext segment examples/article.md)"
	@$(BITEXT) segment examples/article.md | head -n 12
	@echo "== 2. Extract it for a translator into Persian (XLIFF 2.1)"
	$(BITEXT) extract examples/article.md --to fa --store $(DEMO)/bitext.sqlite -o $(DEMO)/article.en-fa.xlf
	@echo "== 3. Import the translator's file (the bundled Persian translation)"
	$(BITEXT) import examples/article.en-fa.xlf --store $(DEMO)/bitext.sqlite
	$(BITEXT) status --store $(DEMO)/bitext.sqlite
	@echo "== 4. Export the Persian article"
	$(BITEXT) export examples/article.md --to fa --store $(DEMO)/bitext.sqlite -o $(DEMO)/article.fa.md
	@echo "== 5. Bilingual editions, aligned by sentence"
	$(BITEXT) export examples/article.md --to fa --as bilingual-html --store $(DEMO)/bitext.sqlite -o $(DEMO)/article.en-fa.html
	$(BITEXT) export examples/article.md --to fa --as bilingual-text --store $(DEMO)/bitext.sqlite -o $(DEMO)/article.en-fa.txt
	@echo
	@echo "Written:"
	@echo "  $(DEMO)/article.en-fa.xlf   the article for translators (XLIFF 2.1)"
	@echo "  $(DEMO)/article.fa.md       the Persian article"
	@echo "  $(DEMO)/article.en-fa.html  the bilingual edition (open it in a browser)"
	@echo "  $(DEMO)/article.en-fa.txt   the bilingual plain text"

# Benchmarks are run by hand, in a release build: see Benchmarks/README.md.
bench: deps
	$(SWIFT) build -c release --product SegmentationBenchmark
	.build/release/SegmentationBenchmark

clean:
	rm -rf .build
