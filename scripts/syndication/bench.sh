#!/bin/sh
# Cost of checking and inserting one new item (Store.syndicate) with N fingerprints already stored.
# Builds Storage and Syndication in release, links scripts/syndication/bench-syndication.swift
# against their objects, creates the schema through the Store, bulk-fills N items, fingerprints and
# lookup keys with the sqlite3 shell (setup only), then times 1,000 syndicate calls.
# Usage: scripts/syndication/bench.sh [N] [OPS]   (default 1000000 and 1000)
set -eu
N=${1:-1000000}
OPS=${2:-1000}
KEYS=22   # lookup keys per item: 16 LSH bands, 4 sentence anchors, body hash, URL hash
SWIFT=${SWIFT:-swift}
DB=${DB:-/tmp/syndication-bench-$N.sqlite}
cd "$(dirname "$0")/../.."
# The release objects are built as the Makefile builds them (the Swift runtime and Foundation linked
# statically), so that this link and `make release` share one build.
$SWIFT build -c release --static-swift-stdlib --target Storage >/dev/null
$SWIFT build -c release --static-swift-stdlib --target Syndication >/dev/null
R=.build/release
# The objects of today's sources only: a build folder keeps the object of a source file since deleted.
objects() {
    find "Sources/$1" -name '*.swift' | while read -r f; do echo "$R/$1.build/$(basename "$f").o"; done
    [ ! -f "$R/$1.build/resource_bundle_accessor.swift.o" ] || echo "$R/$1.build/resource_bundle_accessor.swift.o"
}
swiftc -O -static-stdlib -I $R/Modules -I Sources/CStemmer -I Sources/CSQLiteConfig -I .build/checkouts/GRDB.swift/Sources/GRDBSQLite \
    scripts/syndication/bench-syndication.swift \
    $(objects Storage) $(objects Syndication) $(objects Analysis) $(objects FeedModel) $R/GRDB.build/*.o \
    -lstemmer -lsqlite3 -o /tmp/syndication-bench
if [ ! -f "$DB" ]; then
    # Schema and one feed through the Store; the bench binary does nothing else with 0 operations.
    /tmp/syndication-bench "$DB" 0 2>/dev/null || true
    sqlite3 "$DB" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N)
INSERT INTO item (id, feed_id, identity_key, url, title, published_at, first_seen_at, last_changed_at, content_hash)
SELECT i, 1, 'seed-' || i, 'https://bench.example/seed/' || i, 'Seed ' || i,
       strftime('%Y-%m-%d %H:%M:%f', '2025-01-01', '+' || (i * 30) || ' seconds'),
       strftime('%Y-%m-%d %H:%M:%f', '2025-01-01', '+' || (i * 30) || ' seconds'),
       strftime('%Y-%m-%d %H:%M:%f', '2025-01-01', '+' || (i * 30) || ' seconds'), 'h' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N)
INSERT INTO item_fingerprint (item_id, canonical_url, title_key, body_hash, simhash, minhash, shingle_count, sentence_hashes)
SELECT i, 'https://bench.example/seed/' || i, 'seed ' || i, random(), random(), randomblob(256), 200, randomblob(96) FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $N),
               k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < $KEYS)
INSERT OR IGNORE INTO fingerprint_key (key, item_id) SELECT random(), i FROM n, k;
COMMIT;
SQL
fi
echo "stored fingerprints: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM item_fingerprint'), keys: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM fingerprint_key'), database: $(du -m "$DB" | cut -f1) MiB"
taskset -c 0 /tmp/syndication-bench "$DB" "$OPS" 2>/dev/null || /tmp/syndication-bench "$DB" "$OPS"
