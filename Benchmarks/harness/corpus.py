"""The deterministic benchmark corpus: feeds of German and English news items, seeded.

Feed k lives at /fKKKKK.xml on loopback host 127.0.0.(k % hosts + 1). Every item is a pure
function of (seed, feed, index), so `feed_document(..., start=s)` renders the same feed moved on
by s items: that is how the daemon benchmark makes feeds change between cycles.
"""

import datetime as dt
import json
import multiprocessing
import os
import random
import shutil
from dataclasses import dataclass

from . import feedxml, text

NAMES_A = ["Nord", "Rhein", "Alpen", "Hafen", "Elb", "Main", "Oder", "Harz", "Thames", "Harbour",
           "Coast", "Valley", "Ruhr", "Isar", "Weser", "Saale", "Moor", "Bay", "Ridge", "Lake"]
NAMES_B = ["kurier", "blatt", "echo", "post", "bote", "zeitung", "anzeiger", " Herald", " Wire",
           " Times", " Gazette", "rundschau", " Chronicle", "spiegel", "merkur", " Daily"]
SECTIONS = {"de": ["Politik", "Wirtschaft", "Regional", "Welt", "Kultur"],
            "en": ["Politics", "Business", "World", "Local", "Culture"]}
SYNDICATED_SHARE = 0.10
COPIES_PER_WIRE = 4
GENERATOR_VERSION = 2  # bump when the output changes, so cached corpora are regenerated


@dataclass(frozen=True)
class CorpusSpec:
    feeds: int
    items: int
    seed: int
    hosts: int = 64

    def key(self):
        return dict(feeds=self.feeds, items=self.items, seed=self.seed, hosts=self.hosts, version=GENERATOR_VERSION)


def feed_info(spec, k):
    """Title, language, format and URLs of feed k (the format mix is 60% RSS 2.0, 25% Atom, 15% RSS 1.0)."""
    rng = random.Random(f"{spec.seed}:feed:{k}")
    lang = "de" if rng.random() < 0.6 else "en"
    roll = rng.random()
    fmt = "rss20" if roll < 0.60 else "atom10" if roll < 0.85 else "rss10"
    name = rng.choice(NAMES_A) + rng.choice(NAMES_B)
    section = rng.choice(SECTIONS[lang])
    slug = f"f{k:05d}"
    return dict(k=k, lang=lang, format=fmt, title=f"{name} – {section} ({k})", section=section,
                site=f"https://{slug}.news.example/", url=f"https://feeds.example/{slug}.xml",
                file=f"{slug}.xml", host=k % spec.hosts + 1)


def wire_article(spec, w):
    """Agency copy w, carried by several feeds (de for w % 5 < 3, else en)."""
    lang = "de" if w % 5 < 3 else "en"
    return text.article(random.Random(f"{spec.seed}:wire:{w}"), lang)


def _syndicated(spec, rng, lang):
    """An agency article in `lang`, retitled or truncated in one copy out of two."""
    pool = max(5, int(spec.feeds * spec.items * SYNDICATED_SHARE / COPIES_PER_WIRE))
    base = rng.randrange(pool // 5) * 5
    w = base + (rng.choice((0, 1, 2)) if lang == "de" else rng.choice((3, 4)))
    art = dict(wire_article(spec, w))
    roll = rng.random()
    if roll < 0.25:
        art["title"] = ("Aktualisiert: " if lang == "de" else "Updated: ") + art["title"]
    elif roll < 0.5:
        paras = art["paragraphs"][:2]
        art["paragraphs"] = paras[:-1] + [paras[-1][:-1] + [paras[-1][-1][:-1] + " …"]]
    return art, w


def item(spec, feed, index):
    """Item `index` of `feed`: own article, or (10%) a copy of an agency article."""
    rng = random.Random(f"{spec.seed}:item:{feed['k']}:{index}")
    wire = None
    if rng.random() < SYNDICATED_SHARE:
        art, wire = _syndicated(spec, rng, feed["lang"])
    else:
        art = text.article(rng, feed["lang"])
    seconds = (index * 1697 + feed["k"] * 61) % 86400 + 86400 * (index // spec.items)
    slug = f"{index:06d}"
    return dict(title=art["title"], author=art["author"], category=feed["section"],
                link=f"{feed['site']}artikel/{slug}.html", guid=f"{feed['site']}id/{slug}",
                time=feedxml.DAY + dt.timedelta(seconds=seconds), teaser=feedxml.teaser(art),
                html=feedxml.html_body(art, art["author"].split()[-1]), wire=wire)


def feed_document(spec, k, start=0):
    """Feed k holding items start … start+items-1, newest (highest index) first."""
    feed = feed_info(spec, k)
    items = [item(spec, feed, i) for i in reversed(range(start, start + spec.items))]
    return feedxml.RENDERERS[feed["format"]](feed, items), items


def _write_feed(args):
    spec, k, out_dir = args
    doc, items = feed_document(spec, k)
    data = doc.encode("utf-8")
    with open(os.path.join(out_dir, feed_info(spec, k)["file"]), "wb") as f:
        f.write(data)
    info = feed_info(spec, k)
    return dict(file=info["file"], host=info["host"], format=info["format"], lang=info["lang"],
                items=len(items), bytes=len(data), syndicated=sum(1 for i in items if i["wire"] is not None))


def ensure(spec, root):
    """Generates the corpus under root/feeds unless root/manifest.json already matches spec."""
    manifest_path = os.path.join(root, "manifest.json")
    if os.path.exists(manifest_path):
        with open(manifest_path) as f:
            manifest = json.load(f)
        if manifest.get("spec") == spec.key():
            return manifest
    feeds_dir = os.path.join(root, "feeds")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(feeds_dir)
    jobs = [(spec, k, feeds_dir) for k in range(spec.feeds)]
    with multiprocessing.Pool(os.cpu_count() or 1) as pool:
        files = pool.map(_write_feed, jobs, chunksize=8)
    manifest = dict(spec=spec.key(), feeds_dir=feeds_dir, files=files,
                    total_bytes=sum(f["bytes"] for f in files), total_items=sum(f["items"] for f in files),
                    syndicated_items=sum(f["syndicated"] for f in files))
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1)
    return manifest
