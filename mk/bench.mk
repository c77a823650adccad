## Benchmarks (never part of `make test`); see Benchmarks/README.md.
##   make bench                  every measure at full scale (1,000 feeds × 50 items, 7 runs) → Benchmarks/results.md
##   make bench-quick            100 feeds, 5 runs, checked against Benchmarks/baseline.json (exit 1 on a >25% drop)
##   make bench-baseline         rewrite Benchmarks/baseline.json from a quick run
##   make bench-daemon-memory    VmRSS of `wirewatch run` over DURATION minutes (default 10)
##   make bench-check            which peer tools and wirewatch features are present
##   make bench-parse | bench-fetch | bench-ingest | bench-later | bench-corpus | bench-serve
## Scale: BENCH_FEEDS, BENCH_ITEMS, BENCH_RUNS, BENCH_SEED, BENCH_PORT (e.g. make bench BENCH_RUNS=3);
## BENCH_WIREWATCH=path measures that binary instead of building the release one.
BENCH_VENV := Benchmarks/.venv
BENCH_PY := $(BENCH_VENV)/bin/python Benchmarks/bench.py
BENCH_RELEASE_BIN := $(CURDIR)/.build/release/wirewatch
BENCH_WIREWATCH ?= $(BENCH_RELEASE_BIN)
DURATION ?= 10
# Set per recipe, not exported: the tests read WIREWATCH_BIN too.
BENCH_RUN := WIREWATCH_BIN=$(BENCH_WIREWATCH) $(BENCH_PY)

.PHONY: bench bench-check bench-tools bench-release bench-quick bench-baseline bench-daemon-memory \
	bench-parse bench-fetch bench-ingest bench-later bench-corpus bench-serve

bench-tools:
	Benchmarks/install-tools.sh

## The release binary is built unless BENCH_WIREWATCH names another one.
bench-release:
	@if [ "$(BENCH_WIREWATCH)" = "$(BENCH_RELEASE_BIN)" ]; then $(SWIFT) build -c release $(RELEASE_FLAGS) --product wirewatch; \
	else echo "bench: measuring $(BENCH_WIREWATCH)"; fi

bench: bench-tools bench-release
	$(BENCH_RUN) all

bench-quick: bench-tools bench-release
	$(BENCH_RUN) quick

bench-baseline: bench-tools bench-release
	$(BENCH_RUN) quick --write-baseline

bench-daemon-memory: bench-tools bench-release
	BENCH_DAEMON_MINUTES=$(DURATION) $(BENCH_RUN) daemon-memory

bench-parse bench-fetch bench-ingest bench-later: bench-tools bench-release
	$(BENCH_RUN) $(patsubst bench-%,%,$@)

bench-check: bench-tools
	$(BENCH_RUN) check

bench-corpus: bench-tools
	$(BENCH_PY) corpus

bench-serve: bench-tools
	$(BENCH_PY) serve
