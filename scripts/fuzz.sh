#!/bin/sh
# Fuzzes the feed parser with libFuzzer + AddressSanitizer (leaks included) for a bounded time.
#   scripts/fuzz.sh [SECONDS]     default 600
# Seeds: the parser's fixtures, ../shared/oracles (real feeds and feedparser's test cases) when present.
# Crashes, leaks and hangs are written to Fuzz/crashes/; keep each as a regression fixture.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-600}
scratch=.build-fuzz
rm -f "$scratch/feedparser-fuzz"
# Objects of files since deleted would be linked too: build these two modules from scratch.
rm -rf "$scratch/debug/FeedParsing.build" "$scratch/debug/FeedModel.build"
swift build --scratch-path "$scratch" --target FeedParsing -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
objects=$(find "$scratch/debug/FeedParsing.build" "$scratch/debug/FeedModel.build" -name '*.o')
swiftc -sanitize=fuzzer,address -parse-as-library -I "$scratch/debug/Modules" -I Sources/CLibXML2 \
    -Xcc -I/usr/include/libxml2 Fuzz/FeedParserFuzz.swift $objects -lxml2 -o "$scratch/feedparser-fuzz" 2>&1 \
    | grep -v "Cannot export local symbol" || true
[ -x "$scratch/feedparser-fuzz" ] || { echo "fuzz: the fuzz target did not build" >&2; exit 2; }

corpus="$scratch/corpus"
mkdir -p "$corpus" Fuzz/crashes
cp Tests/FeedParsingTests/Fixtures/* "$corpus/" 2>/dev/null || true
cp samples/feeds/*.xml "$corpus/"
if [ -d ../shared/oracles/realfeeds ]; then cp ../shared/oracles/realfeeds/*.xml "$corpus/" 2>/dev/null || true; fi
if [ -f ../shared/oracles/feedparser/cases_pypi_6.0.14.jsonl ]; then
    python3 - "$corpus" <<'PY'
import base64, json, sys, hashlib
out = sys.argv[1]
for line in open("../shared/oracles/feedparser/cases_pypi_6.0.14.jsonl"):
    case = json.loads(line)
    data = base64.b64decode(case["data_b64"])
    open(f"{out}/fp-{hashlib.sha1(data).hexdigest()[:16]}", "wb").write(data)
PY
fi
echo "fuzzing the feed parser for $seconds s with $(ls "$corpus" | wc -l) seeds"
ASAN_OPTIONS=detect_leaks=1 "$scratch/feedparser-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=262144 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 "$corpus" 2>&1 | tail -25
