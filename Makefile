# wirewatch: `./dev demo` and `./dev test` install what is missing and call the targets below.
SWIFT ?= swift
BIN := .build/debug/wirewatch
SAMPLE_CONFIG := samples/wirewatch.toml
## Release builds link the Swift runtime and Foundation statically: a self-contained binary that
## starts in about two thirds of the time (no symbol lookups across a dozen Swift libraries). A
## plain `swift build -c release` without it rebuilds everything, so use these targets. Only the
## wirewatch product: GRDB's dynamic-library product cannot link against a static runtime, and
## a plain release build of all products failed here on it once targets had been built on their own.
RELEASE_FLAGS ?= --static-swift-stdlib

.PHONY: build release demo test clean

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product wirewatch

## Ingest the bundled sample feeds into the default database, then show what was stored.
demo: build
	$(BIN) ingest --config $(SAMPLE_CONFIG) || test $$? -eq 1
	$(BIN) status --config $(SAMPLE_CONFIG)
	$(BIN) items --config $(SAMPLE_CONFIG) --limit 15

## Every test (unit, storage, loopback HTTP end to end, CLI).
test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build

-include mk/*.mk
