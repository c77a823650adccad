#!/bin/sh
# Times `wirewatch digest` for one day of 50,000 items in a database of 1,000,000 (not a test).
# usage: scripts/digest/bench_digest.sh [BIN] [DB]   (BIN default .build/release/wirewatch)
set -eu
BIN=${1:-.build/release/wirewatch}
DB=${2:-/tmp/wirewatch-digest-bench/bench.sqlite}
DAY=2026-11-28
DIR=$(dirname "$DB")
mkdir -p "$DIR"
if [ ! -s "$DB" ]; then
    "$BIN" status --database "$DB" >/dev/null   # runs the migrations
    python3 scripts/digest/make_bench_db.py "$DB" --items 1000000 --days 20 --day $DAY
fi
printf 'timezone = "UTC"\ndatabase = "%s"\n[digest]\noutput_dir = "%s/out"\n' "$DB" "$DIR" > "$DIR/bench.toml"
echo "items on $DAY: $(sqlite3 "$DB" "SELECT COUNT(*) FROM item WHERE first_seen_at >= '$DAY' AND first_seen_at < date('$DAY', '+1 day')") of $(sqlite3 "$DB" 'SELECT COUNT(*) FROM item')"
for n in 1 2 3; do
    /usr/bin/time -f "run $n: %e s wall, %M KiB max RSS" "$BIN" digest --config "$DIR/bench.toml" --date $DAY --format json --output "$DIR/out/bench.json"
done
