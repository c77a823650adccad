#!/usr/bin/env python3
"""End-to-end peer: requests + fastfeedparser in a process pool, sqlite3 in the parent.

Usage: python_pipeline.py --urls FILE --db FILE [--workers N]
Workers fetch (with the stored ETag / Last-Modified, so a second run gets 304s) and parse; the
parent stores each feed in one transaction (new items inserted, changed ones updated), the way
wirewatch does. Prints one JSON line: feeds, HTTP status counts, items new and updated.
"""

import argparse
import collections
import hashlib
import json
import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor

import fastfeedparser
import requests

SCHEMA = """
CREATE TABLE IF NOT EXISTS feed (id INTEGER PRIMARY KEY, url TEXT UNIQUE NOT NULL, title TEXT,
    etag TEXT, last_modified TEXT, last_status INTEGER);
CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY, feed_id INTEGER NOT NULL REFERENCES feed(id),
    guid TEXT NOT NULL, url TEXT, title TEXT, author TEXT, published TEXT, summary TEXT, content TEXT,
    content_hash TEXT NOT NULL, UNIQUE (feed_id, guid));
"""
_session = None


def fetch_and_parse(job):
    """Worker: one conditional GET and, on 200, the parsed entries as plain tuples."""
    global _session
    url, etag, last_modified = job
    _session = _session or requests.Session()
    headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
    try:
        r = _session.get(url, headers=headers, timeout=60)
    except requests.RequestException as e:
        return url, "error", etag, last_modified, None, [], str(e)
    if r.status_code != 200:
        return url, r.status_code, etag, last_modified, None, [], None
    try:
        parsed = fastfeedparser.parse(r.content)
    except Exception as e:  # a bad feed is recorded, not fatal
        return url, "parse-error", etag, last_modified, None, [], str(e)
    entries = [entry_row(e) for e in parsed.entries]
    return (url, 200, r.headers.get("ETag"), r.headers.get("Last-Modified"),
            parsed.feed.get("title"), entries, None)


def entry_row(e):
    content = (e.get("content") or [{}])[0].get("value", "") if isinstance(e.get("content"), list) else ""
    row = (e.get("id") or e.get("link") or e.get("title") or "", e.get("link"), e.get("title"),
           e.get("author"), e.get("published") or e.get("updated"), e.get("description"), content)
    digest = hashlib.sha256("\x1f".join(str(x) for x in row).encode()).hexdigest()
    return row + (digest,)


def store(db, url, status, etag, last_modified, title, entries):
    """One transaction per feed; returns (new, updated)."""
    new = updated = 0
    with db:
        db.execute("UPDATE feed SET etag = ?, last_modified = ?, last_status = ?, title = COALESCE(?, title) "
                   "WHERE url = ?", (etag, last_modified, str(status), title, url))
        if not entries:
            return 0, 0
        feed_id = db.execute("SELECT id FROM feed WHERE url = ?", (url,)).fetchone()[0]
        known = dict(db.execute("SELECT guid, content_hash FROM item WHERE feed_id = ?", (feed_id,)))
        for row in entries:
            if row[0] not in known:
                db.execute("INSERT INTO item (feed_id, guid, url, title, author, published, summary, content, "
                           "content_hash) VALUES (?,?,?,?,?,?,?,?,?)", (feed_id,) + row)
                new += 1
            elif known[row[0]] != row[-1]:
                db.execute("UPDATE item SET url=?, title=?, author=?, published=?, summary=?, content=?, "
                           "content_hash=? WHERE feed_id=? AND guid=?", row[1:] + (feed_id, row[0]))
                updated += 1
    return new, updated


def open_db(path, urls):
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(SCHEMA)
    with db:
        db.executemany("INSERT OR IGNORE INTO feed (url) VALUES (?)", [(u,) for u in urls])
    return db


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--urls", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    args = ap.parse_args()
    with open(args.urls) as f:
        urls = [line.strip() for line in f if line.strip()]
    db = open_db(args.db, urls)
    validators = {u: (e, m) for u, e, m in db.execute("SELECT url, etag, last_modified FROM feed")}
    jobs = [(u,) + validators.get(u, (None, None)) for u in urls]
    status, new, updated = collections.Counter(), 0, 0
    with ProcessPoolExecutor(args.workers) as pool:
        for url, code, etag, lm, title, entries, _err in pool.map(fetch_and_parse, jobs, chunksize=4):
            status[str(code)] += 1
            n, u = store(db, url, code, etag, lm, title, entries)
            new, updated = new + n, updated + u
    db.close()
    print(json.dumps(dict(feeds=len(urls), status=status, items_new=new, items_updated=updated)))


if __name__ == "__main__":
    main()
