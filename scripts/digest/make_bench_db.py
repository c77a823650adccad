#!/usr/bin/env python3
"""Fills a wirewatch database with a synthetic corpus for the digest benchmark.

The schema must exist already (create it with `wirewatch status --database DB`, which runs the
migrations). Items are spread evenly over DAYS days ending at the end of DAY (UTC), ITEMS in
total, so the last day holds ITEMS/DAYS items. Each item gets an analysis row, ~5 entity
mentions (Zipf-distributed over 20,000 entities), 3 keyphrases and sometimes a quote. The FTS
triggers are dropped during the load and put back afterwards (the full-text index is not
filled: the digest does not read it).

usage: make_bench_db.py DB [--items 1000000] [--days 20] [--day 2026-11-28] [--feeds 200]
"""
import argparse
import datetime as dt
import random
import sqlite3
import time

WORDS = ("Regierung Bundestag Handel Energie Klima Wahl Gipfel Streik Bahn Polizei Gericht Schule "
         "Haushalt Inflation Zinsen Export Krieg Frieden Hilfe Hochwasser Sturm Markt Firma Bank").split()


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("--items", type=int, default=1_000_000)
    p.add_argument("--days", type=int, default=20)
    p.add_argument("--day", default="2026-11-28")
    p.add_argument("--feeds", type=int, default=200)
    p.add_argument("--entities", type=int, default=20_000)
    return p.parse_args()


def ts(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.000")


def zipf_table(n, rng, size=200_000):
    weights = [1 / (k + 1) for k in range(n)]
    return rng.choices(range(1, n + 1), weights=weights, k=size)


def load(db, a):
    rng = random.Random(42)
    end = dt.datetime.fromisoformat(a.day).replace(tzinfo=dt.timezone.utc).timestamp() + 86400
    start = end - a.days * 86400
    step = (end - start) / a.items
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name LIKE 'item_fts_%'").fetchall()
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER {name}")
    now = ts(end)
    db.executemany("INSERT INTO feed (url, title, created_at, position, error_count, last_error, enabled, disabled_reason) VALUES (?,?,?,?,?,?,?,?)",
                   [(f"https://feed{n}.example/rss", f"Feed {n}", now, n, 3 if n % 50 == 0 else 0,
                     "HTTP 503" if n % 50 == 0 else None, 0 if n % 97 == 0 else 1,
                     "gone (410)" if n % 97 == 0 else None) for n in range(a.feeds)])
    feed_ids = [r[0] for r in db.execute("SELECT id FROM feed ORDER BY id")]
    db.executemany("INSERT INTO entity (id, canonical_key, name, kind, first_seen_at) VALUES (?,?,?,?,?)",
                   [(n, f"{'PER LOC ORG'.split()[n % 3]}:e{n}", f"Entity {n}", "PER LOC ORG".split()[n % 3], now)
                    for n in range(1, a.entities + 1)])
    zipf = zipf_table(a.entities, rng)
    batch = 20_000
    for lo in range(0, a.items, batch):
        items, analyses, mentions, phrases, quotes = [], [], [], [], []
        for n in range(lo, min(lo + batch, a.items)):
            iid = n + 1
            seen = ts(start + n * step)
            items.append((iid, feed_ids[n % len(feed_ids)], f"k{n}", f"https://feed.example/{n}", f"Item {n} {rng.choice(WORDS)}", seen, seen, f"h{n}"))
            analyses.append((iid, seen, "de" if n % 5 else "en", f"{rng.choice(WORDS)} im Land. " * 8))
            for e in set(rng.choice(zipf) for _ in range(5)):
                mentions.append((iid, e, rng.randint(1, 4)))
            for w in set(rng.sample(WORDS, 3)):
                phrases.append((iid, w.lower(), w, rng.random(), 0))
            if n % 4 == 0:
                quotes.append((iid, "Wir werden das gemeinsam schaffen, sagte die Sprecherin am Abend in der Hauptstadt.", rng.choice(zipf)))
        db.executemany("INSERT INTO item (id, feed_id, identity_key, url, title, first_seen_at, last_changed_at, content_hash) VALUES (?,?,?,?,?,?,?,?)", items)
        db.executemany("INSERT INTO item_analysis (item_id, pipeline_version, analysed_at, language, language_confidence, clean_text) VALUES (?,1,?,?,0.9,?)", analyses)
        db.executemany("INSERT INTO mention (item_id, entity_id, count, first_offset) VALUES (?,?,?,0)", mentions)
        db.executemany("INSERT INTO keyphrase (item_id, key, phrase, score, rank) VALUES (?,?,?,?,?)", phrases)
        db.executemany("INSERT INTO quote (item_id, text, start, end, kind, speaker, speaker_entity_id) VALUES (?,?,0,80,'direct','Sprecherin ' || ?,NULL)", quotes)
    day_start = end - 86400
    for r in range(96):
        started = day_start + r * 900
        run = db.execute("INSERT INTO run (kind, started_at, finished_at, status, feeds_ok) VALUES ('daemon',?,?,'ok',?)", (ts(started), ts(started + 60), a.feeds)).lastrowid
        db.executemany("INSERT INTO fetch (run_id, feed_id, started_at, outcome, bytes) VALUES (?,?,?,?,?)",
                       [(run, f, ts(started), "http_error" if f % 50 == 1 else "not_modified", 2000) for f in feed_ids])
    for _, sql in triggers:
        db.execute(sql)


def main():
    a = parse()
    db = sqlite3.connect(a.db)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    t = time.time()
    with db:
        load(db, a)
    db.execute("ANALYZE")
    db.close()
    print(f"loaded {a.items} items over {a.days} days into {a.db} in {time.time() - t:.1f} s")


if __name__ == "__main__":
    main()
