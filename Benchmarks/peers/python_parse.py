#!/usr/bin/env python3
"""Parse peer: feedparser or fastfeedparser over a list of files in one process.

Usage: python_parse.py --parser feedparser|fastfeedparser LIST_FILE
Prints one JSON line: {"files": N, "bytes": B, "items": I, "errors": E}.
"""

import argparse
import json


def parser_for(name):
    if name == "feedparser":
        import feedparser
        return lambda data: feedparser.parse(data).entries
    import fastfeedparser
    return lambda data: fastfeedparser.parse(data).entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parser", choices=("feedparser", "fastfeedparser"), required=True)
    ap.add_argument("list_file")
    args = ap.parse_args()
    parse = parser_for(args.parser)
    with open(args.list_file) as f:
        paths = [line.strip() for line in f if line.strip()]
    total = dict(files=0, bytes=0, items=0, errors=0)
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        total["files"] += 1
        total["bytes"] += len(data)
        try:
            total["items"] += len(parse(data))
        except Exception:  # a peer's failure is counted, not fatal
            total["errors"] += 1
    print(json.dumps(total))


if __name__ == "__main__":
    main()
