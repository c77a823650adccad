#!/usr/bin/env python3
"""Fetch peer: requests + ThreadPoolExecutor, one Session per thread, bodies read and dropped.

Usage: python_fetch.py --urls FILE --state STATE.json [--threads 32]
With a STATE file from an earlier run it sends If-None-Match / If-Modified-Since (the 304 pass),
and it writes the validators it received back to STATE. Prints one JSON line with status counts.
"""

import argparse
import collections
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor

import requests

local = threading.local()


def session():
    if not hasattr(local, "session"):
        local.session = requests.Session()
    return local.session


def fetch(url, validators):
    headers = {}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    try:
        r = session().get(url, headers=headers, timeout=60)
        size = len(r.content)
        return url, r.status_code, size, dict(etag=r.headers.get("ETag"), last_modified=r.headers.get("Last-Modified"))
    except requests.RequestException:
        return url, "error", 0, validators


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--urls", required=True)
    ap.add_argument("--state", required=True)
    ap.add_argument("--threads", type=int, default=32)
    args = ap.parse_args()
    with open(args.urls) as f:
        urls = [line.strip() for line in f if line.strip()]
    state = json.load(open(args.state)) if os.path.exists(args.state) else {}
    counts, total = collections.Counter(), 0
    with ThreadPoolExecutor(args.threads) as pool:
        for url, status, size, validators in pool.map(lambda u: fetch(u, state.get(u, {})), urls):
            counts[str(status)] += 1
            total += size
            state[url] = validators
    with open(args.state, "w") as f:
        json.dump(state, f)
    print(json.dumps(dict(feeds=len(urls), bytes=total, status=counts)))


if __name__ == "__main__":
    main()
