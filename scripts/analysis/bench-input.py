#!/usr/bin/env python3
"""Generate news-like analysis inputs for benchmarking `AnalysisPipeline.analyze`.

Reads the sample feeds (samples/feeds/*.xml), strips their HTML, and assembles N items of about
--size bytes each (default 3 KB) from shuffled paragraphs of items in the same language, with
the furniture the cleaner expects (byline, photo credit, dateline, author code). Deterministic
for a given --seed. Prints one JSON object a line whose keys decode as `AnalysisInput`:
  {"id": …, "title": …, "text": …, "declaredLanguage": …, "author": …}

Usage: scripts/analysis/bench-input.py [-n 10000] [--size 3000] [--seed 1] [--feeds samples/feeds] > items.jsonl
"""
import argparse
import glob
import html
import json
import os
import random
import re
import xml.etree.ElementTree as ET

TAG = re.compile(r"<[^>]+>")
BLOCK = re.compile(r"</(p|div|h[1-6]|li|figcaption|blockquote)>|<br\s*/?>", re.I)
NS_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def text_of(fragment):
    """HTML → plain text with paragraphs separated by blank lines."""
    fragment = BLOCK.sub("\n\n", fragment or "")
    plain = html.unescape(TAG.sub("", fragment))
    paragraphs = [" ".join(p.split()) for p in plain.split("\n\n")]
    return [p for p in paragraphs if p]


def feed_items(path):
    """(language, title, paragraphs) of every item of an RSS/RDF/Atom file."""
    root = ET.parse(path).getroot()
    lang = (root.findtext(".//language") or root.findtext(".//{http://purl.org/dc/elements/1.1/}language")
            or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "und")[:2]
    for item in root.iter():
        if not item.tag.endswith("item") and not item.tag.endswith("entry"):
            continue
        title = next((c.text for c in item if c.tag.endswith("title")), "") or ""
        body = item.findtext(NS_CONTENT) or next(
            (c.text for c in item if c.tag.endswith(("content", "description", "summary")) and c.text), "")
        paragraphs = text_of(body)
        if paragraphs:
            yield lang, title.strip(), paragraphs


def make_item(rng, number, lang, pool, size):
    title, _ = rng.choice(pool)
    german = lang == "de"
    place = rng.choice(["Berlin", "Peking", "Kiew", "Hamburg"] if german else ["LONDON", "WASHINGTON", "PARIS"])
    dash = "–" if german else "—"
    author = rng.choice(["Bona Hyun", "Jannis Ahlers", "Clara Weidner"] if german else ["Martin Haynes", "Ciarán Doherty"])
    parts = [title, ("Von: " if german else "By ") + author]
    body = []
    while sum(len(p) for p in body) < size:
        body.extend(rng.choice(pool)[1])
    body[0] = f"{place} {dash} {body[0]}"
    body[min(1, len(body) - 1)] += " © Kay Nietfeld/dpa" if german else ""
    body[-1] += " (dpa)" if german else " (Reuters)"
    text = "\n\n".join(parts + body)
    return {"id": f"bench-{number}", "title": title, "text": text[: size + 400],
            "declaredLanguage": lang, "author": None}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("--size", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--feeds", default=os.path.join(here, "..", "..", "samples", "feeds"))
    args = ap.parse_args()
    pools = {}
    for path in sorted(glob.glob(os.path.join(args.feeds, "*.xml"))):
        for lang, title, paragraphs in feed_items(path):
            pools.setdefault(lang, []).append((title, paragraphs))
    rng = random.Random(args.seed)
    langs = sorted(pools)
    for number in range(args.n):
        lang = langs[number % len(langs)] if rng.random() < 0.5 else (
            "de" if "de" in pools else langs[0])
        print(json.dumps(make_item(rng, number, lang, pools[lang], args.size), ensure_ascii=False))


if __name__ == "__main__":
    main()
