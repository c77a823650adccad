"""End-to-end ingest into a fresh database, then the all-304 second pass; and database size.

wirewatch ingest (analysis off, and with full analysis once `wirewatch analyze` exists) vs
`newsboat -x reload` (own cache, reload-threads 64) and peers/python_pipeline.py
(requests + fastfeedparser in a process pool + sqlite3). Throughput is the corpus's items (or
feeds) over wall time, the same work for everyone; what each actually stored is in the notes.
"""

import json
import os
import sqlite3

from .. import measure, server, timing, tools

COLUMNS = [("items_s", "items/s", True), ("feeds_s", "feeds/s", True), ("wall", "wall s", False),
           ("cpu", "CPU s", False), ("rss", "peak RSS MiB", False)]
COLUMNS_304 = [("feeds_s_304", "feeds/s", True), ("wall_304", "wall s", False), ("cpu_304", "CPU s", False)]
COLUMNS_DB = [("db_mb_100k", "MB per 100,000 items", False), ("db_mb", "database MB", False)]


def _figures(sample, manifest, suffix=""):
    if sample.rc not in (0, 1):
        print(f"    exit status {sample.rc}: {sample.extra['stderr'].strip()[-300:]}")
        return None
    feeds, items = len(manifest["files"]), manifest["total_items"]
    if suffix:
        return {f"feeds_s{suffix}": feeds / sample.wall, f"wall{suffix}": sample.wall, f"cpu{suffix}": sample.cpu}
    return dict(items_s=items / sample.wall, feeds_s=feeds / sample.wall, wall=sample.wall, cpu=sample.cpu,
                rss=sample.rss_kib / 1024)


def db_size(path):
    return sum(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))


def _fresh(path):
    for s in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + s):
            os.remove(path + s)
    return path


def _two_passes(run_pass, db, manifest, stored):
    """A round: the 200 pass into a fresh database, its size, then the 304 pass."""
    first = _figures(run_pass(), manifest)
    if not first:
        return None
    items = stored(db)
    first.update(db_mb=db_size(db) / 1e6, items_stored=items,
                 db_mb_100k=db_size(db) / 1e6 / items * 100_000 if items else None)
    second = _figures(run_pass(), manifest, "_304")
    return dict(first, **second, note=f"stored {items:,} items") if second else None


def wirewatch_contender(settings, manifest, urls, work, analysis):
    name = "ww-analysis" if analysis else "ww"
    db = os.path.join(work, name + ".sqlite")
    config = tools.wirewatch_config(os.path.join(work, name + ".toml"), db, urls, manifest,
                                    analysis=analysis if tools.has_command(settings.binary, "analyze") else None)
    argv = [settings.binary, "ingest", "--config", config, "--database", db, "--json", "--quiet"]
    last = {}

    def run_pass():
        sample, out = timing.run_capture(argv)
        last["report"] = out
        return sample

    def stored(_db):
        try:
            return int(json.loads(last["report"]).get("items_new", 0))
        except ValueError:
            return 0
    return lambda: _two_passes(run_pass, _fresh(db), manifest, stored)


def newsboat_contender(manifest, urls_file, work):
    home, cache = os.path.join(work, "newsboat-home"), os.path.join(work, "newsboat-cache.db")
    os.makedirs(home, exist_ok=True)
    config = tools.write_lines(os.path.join(work, "newsboat.conf"), ["reload-threads 64"])
    argv = [tools.which("newsboat"), "-x", "reload", "-u", urls_file, "-c", cache, "-C", config, "-q"]
    env = dict(os.environ, HOME=home)

    def stored(db):
        with sqlite3.connect(db) as c:
            return c.execute("SELECT count(*) FROM rss_item").fetchone()[0]
    return lambda: _two_passes(lambda: timing.run(argv, env=env), _fresh(cache), manifest, stored)


def python_contender(settings, manifest, urls_file, work):
    db = os.path.join(work, "python-pipeline.sqlite")
    argv = [settings.python, settings.peer_script("python_pipeline.py"), "--urls", urls_file, "--db", db]

    def stored(path):
        with sqlite3.connect(path) as c:
            return c.execute("SELECT count(*) FROM item").fetchone()[0]
    return lambda: _two_passes(lambda: timing.run(argv), _fresh(db), manifest, stored)


def contenders(settings, manifest, work):
    urls = tools.feed_urls(manifest, settings.port)
    urls_file = tools.write_lines(os.path.join(work, "urls.txt"), urls)
    c, skipped = {"wirewatch": wirewatch_contender(settings, manifest, urls, work, analysis=False)}, []
    if tools.has_command(settings.binary, "analyze"):
        c["wirewatch + analysis"] = wirewatch_contender(settings, manifest, urls, work, analysis=True)
    else:
        skipped.append(dict(contender="wirewatch + analysis", reason="`wirewatch analyze` does not exist yet"))
    if tools.which("newsboat"):
        c["newsboat"] = newsboat_contender(manifest, urls_file, work)
    else:
        skipped.append(dict(contender="newsboat", reason="not installed"))
    if tools.python_has(settings.python, "fastfeedparser") and tools.python_has(settings.python, "requests"):
        c["python pipeline"] = python_contender(settings, manifest, urls_file, work)
    else:
        skipped.append(dict(contender="python pipeline", reason="fastfeedparser/requests not installed"))
    return c, skipped


def measure_ingest(settings, log=print):
    manifest = tools.corpus_manifest(settings)
    work = settings.scratch("ingest")
    with server.Nginx(manifest["feeds_dir"], settings.port, settings.hosts, os.path.join(work, "nginx")):
        c, skipped = contenders(settings, manifest, work)
        results = timing.rounds(c, settings.runs)
    return records(manifest, results, skipped)


def records(manifest, results, skipped):
    scale = f"{len(manifest['files'])} feeds, {manifest['total_items']:,} items, {manifest['total_bytes'] / 1e6:.1f} MB"
    notes = [f"{name}: {samples[-1].get('note', '')} (corpus: {manifest['total_items']:,})"
             for name, samples in results.items()]
    first = measure.build("ingest", "End-to-end ingest into a fresh database", scale, results, COLUMNS, {}, notes, skipped)
    second = measure.build("ingest-304", "End-to-end ingest, second pass (all 304)", scale, results, COLUMNS_304, {})
    storage = measure.build("storage", "Database size after the first ingest", scale, results, COLUMNS_DB, {},
                            ["wirewatch's size is the SQLite file (+ WAL) after `ingest`; peers' are their own caches."])
    measure.goal(first, "ingest without analysis ≥ 2x the Python fastfeedparser pipeline (items/s ratio)",
                 measure.ratio(first, "python pipeline"), 2.0)
    measure.goal(first, "ingest without analysis ≥ 20x newsboat (items/s ratio)", measure.ratio(first, "newsboat"), 20.0)
    with_analysis = measure.median(first, "wirewatch + analysis", "items_s")
    newsboat = measure.median(first, "newsboat", "items_s")
    measure.goal(first, "ingest with full analysis faster than newsboat without (items/s ratio)",
                 with_analysis / newsboat if with_analysis and newsboat else None, 1.0)
    return [first, second, storage]
