#!/bin/sh
# Release throughput of the analysis pipeline on one core, without building the whole package:
# builds the Analysis target in release, links scripts/analysis/bench-analysis.swift against its
# objects, and runs it on N generated 3 KB items.  Usage: scripts/analysis/bench.sh [N]
set -eu
N=${1:-2000}
SWIFT=${SWIFT:-swift}
cd "$(dirname "$0")/../.."
# A build folder of its own: `make release` builds .build/release for a static Swift runtime, whose
# objects do not link into this dynamic test program.
SCRATCH=.build-analysis-bench
$SWIFT build -c release --target Analysis --scratch-path $SCRATCH >/dev/null
python3 scripts/analysis/bench-input.py -n "$N" > /tmp/analysis-bench.jsonl
swiftc -O -I $SCRATCH/release/Modules -I Sources/CStemmer scripts/analysis/bench-analysis.swift \
    $SCRATCH/release/Analysis.build/*.o $SCRATCH/release/FeedModel.build/*.o -lstemmer -o /tmp/analysis-bench
taskset -c 0 /tmp/analysis-bench /tmp/analysis-bench.jsonl 3 2>/dev/null || /tmp/analysis-bench /tmp/analysis-bench.jsonl 3
