#!/usr/bin/env python3
"""How often the language identified for an item of a real feed agrees with the language the feed
declares (<language>, dc:language or xml:lang), for feeds declaring German or English.

Usage:  langid-realfeeds.py WIREWATCH REALFEEDS_DIR
Parses every *.xml of REALFEEDS_DIR with `WIREWATCH parse --format json --batch`, runs each item's
title and text (tags removed, at most 3,000 characters) through `WIREWATCH analyze` with the
declared language, and prints `langid realfeeds: de 241 of 242 agree` lines and the disagreements.
A disagreement is not always an error (an English feed may carry a German post), but most are.
"""
import collections
import glob
import html
import json
import os
import re
import subprocess
import sys

LANG = re.compile(r'<(?:dc:)?language>\s*([A-Za-z-]+)|xml:lang="([A-Za-z-]+)"')


def declared(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        m = LANG.search(f.read(5000))
    return m and (m.group(1) or m.group(2)).lower()[:2]


def main():
    wirewatch, folder = sys.argv[1], sys.argv[2]
    paths = sorted(glob.glob(os.path.join(folder, "*.xml")))
    parsed = subprocess.run([wirewatch, "parse", "--format", "json", "--batch", *paths],
                            capture_output=True, text=True).stdout
    items = []
    for line in parsed.splitlines():
        record = json.loads(line)
        language = declared(record["path"])
        if language not in ("de", "en"):
            continue
        for entry in (record.get("result") or {}).get("entries") or []:
            body = entry.get("summary") or entry.get("content") or ""
            if isinstance(body, dict):
                body = body.get("value", "")
            text = (entry.get("title") or "") + "\n" + re.sub(r"<[^>]+>", " ", html.unescape(str(body)))
            items.append((language, text[:3000]))
    lines = "".join(json.dumps({"id": str(i), "text": t, "lang": l}) + "\n" for i, (l, t) in enumerate(items))
    analysed = subprocess.run([wirewatch, "analyze", "--compact"], input=lines, capture_output=True, text=True).stdout
    agree, total, disagreements = collections.Counter(), collections.Counter(), []
    for (language, text), line in zip(items, analysed.splitlines()):
        found = json.loads(line)["lang"]
        total[language] += 1
        if found == language:
            agree[language] += 1
        else:
            disagreements.append(f"langid realfeeds: declared {language}, read as {found}: {text[:70]!r}")
    for language in sorted(total):
        print(f"langid realfeeds: {language} {agree[language]} of {total[language]} agree with the declared language")
    print("\n".join(disagreements))


if __name__ == "__main__":
    main()
