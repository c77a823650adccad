"""Parse throughput (issue 4): wirewatch vs xmllint --stream, sfeed, fastfeedparser, feedparser.

Every contender is one process over the files (sfeed reads one stream, so it gets the files
concatenated). feedparser runs on a subset (BENCH_FEEDPARSER_SHARE, default 10%): a rate on a
subset is still a rate, and the notes say so.
"""

import json
import os
import re

from .. import measure, timing, tools

COLUMNS = [("mb_s", "MB/s", True), ("items_s", "items/s", True), ("wall", "wall s", False),
           ("cpu", "CPU s", False), ("rss_mib", "peak RSS MiB", False)]


def figures(sample, nbytes, nitems, note=""):
    if sample.rc != 0:
        print(f"    exit status {sample.rc}: {sample.extra['stderr'].strip()[-300:]}")
        return None
    return dict(mb_s=nbytes / 1e6 / sample.wall, items_s=nitems / sample.wall, wall=sample.wall, cpu=sample.cpu,
                rss_mib=sample.rss_kib / 1024, note=note)


def wirewatch_argv(binary, files, work):
    """`parse --stats` when the binary has it (totals only); else --batch JSON to /dev/null."""
    if tools.has_option(binary, "parse", "--stats"):
        if tools.has_option(binary, "parse", "--files-from"):
            listing = tools.write_lines(os.path.join(work, "wirewatch.list"), files)
            return [binary, "parse", "--stats", "--files-from", listing], "parse --stats --files-from LIST"
        return [binary, "parse", "--stats"] + files, "parse --stats FILES…"
    return [binary, "parse", "--batch", "--format", "json"] + files, "parse --batch --format json > /dev/null (includes JSON output)"


def stats_line(text):
    """{"items": …, "bytes": …, "seconds": …} from `parse stats: files N items I bytes B failures F seconds S`."""
    m = re.search(r"items (\d+) bytes (\d+) failures (\d+) seconds ([\d.]+)", text)
    return dict(items=int(m[1]), bytes=int(m[2]), failures=int(m[3]), seconds=float(m[4])) if m else None


def contenders(settings, manifest, work, log):
    files = tools.corpus_files(manifest)
    nbytes, nitems = manifest["total_bytes"], manifest["total_items"]
    argv, how = wirewatch_argv(settings.binary, files, work)
    c, notes, skipped = {}, [f"wirewatch ran as `wirewatch {how}`."], []
    c["wirewatch"] = lambda: figures(timing.run(argv), nbytes, nitems, how)
    if tools.which("xmllint"):
        x = [tools.which("xmllint"), "--stream", "--noout"] + files
        c["xmllint --stream"] = lambda: figures(timing.run(x), nbytes, nitems)
    else:
        skipped.append(dict(contender="xmllint", reason="not installed"))
    _add_sfeed(c, skipped, files, work, nbytes, nitems)
    _add_python(c, skipped, notes, settings, manifest, work)
    return c, notes, skipped


def _add_sfeed(c, skipped, files, work, nbytes, nitems):
    if not tools.which("sfeed"):
        skipped.append(dict(contender="sfeed", reason="not installed"))
        return
    concat = os.path.join(work, "all-feeds.xml")
    with open(concat, "wb") as out:
        for path in files:
            with open(path, "rb") as f:
                out.write(f.read())

    def run_sfeed():
        with open(concat, "rb") as stdin:
            return figures(timing.run([tools.which("sfeed")], stdin=stdin), nbytes, nitems)
    c["sfeed"] = run_sfeed


def _add_python(c, skipped, notes, settings, manifest, work):
    script = settings.peer_script("python_parse.py")
    for parser, share in (("fastfeedparser", 1.0), ("feedparser", settings.feedparser_share)):
        if not tools.python_has(settings.python, parser):
            skipped.append(dict(contender=parser, reason=f"python module {parser} not installed (make bench-tools)"))
            continue
        count = max(1, int(len(manifest["files"]) * share))
        subset = manifest["files"][:count]
        listing = tools.write_lines(os.path.join(work, f"{parser}.list"), tools.corpus_files(manifest, count))
        nbytes, nitems = sum(f["bytes"] for f in subset), sum(f["items"] for f in subset)
        if share < 1.0:
            notes.append(f"{parser} parsed the first {count} files ({share:.0%}, {nbytes / 1e6:.1f} MB); its rates are "
                         f"from that subset (its time for the whole corpus would be about {1 / share:.0f}× as long).")
        argv = [settings.python, script, "--parser", parser, listing]
        c[parser] = lambda argv=argv, nb=nbytes, ni=nitems: figures(timing.run(argv), nb, ni)


def check_counts(settings, manifest, work, log):
    """One untimed pass that counts what wirewatch and sfeed parsed, to catch a broken contender."""
    notes = []
    argv, how = wirewatch_argv(settings.binary, tools.corpus_files(manifest), work)
    sample, out = timing.run_capture(argv)
    stats = stats_line(out)
    if stats:
        items = stats["items"]
        notes.append(f"wirewatch's own clock (parsing only, no process start or file reads): "
                     f"{stats['bytes'] / 1e6 / stats['seconds']:.1f} MB/s, {stats['failures']} failures.")
    else:
        items = sum(len(json.loads(line)["result"].get("entries", [])) for line in out.splitlines() if line.strip())
    notes.append(f"wirewatch parsed {items:,} items of {manifest['total_items']:,} in the corpus.")
    if tools.which("sfeed"):
        with open(os.path.join(work, "all-feeds.xml"), "rb") as stdin:
            _, out = timing.run_capture([tools.which("sfeed")], stdin=stdin)
        notes.append(f"sfeed printed {len(out.splitlines()):,} items.")
    return notes


def measure_parse(settings, log=print):
    manifest = tools.corpus_manifest(settings)
    work = settings.scratch("parse")
    c, notes, skipped = contenders(settings, manifest, work, log)
    notes += check_counts(settings, manifest, work, log)
    results = timing.rounds(c, settings.runs)
    scale = f"{len(manifest['files'])} files, {manifest['total_bytes'] / 1e6:.1f} MB, {manifest['total_items']:,} items"
    record = measure.build("parse", "Parsing (issue 4)", scale, results, COLUMNS, {}, notes, skipped)
    goals(record)
    return record


def goals(record):
    measure.goal(record, "parsing ≥ 70% of xmllint --stream speed (MB/s ratio)",
                 measure.ratio(record, "xmllint --stream"), 0.70)
    measure.goal(record, "parsing within 1.5x of sfeed (MB/s ratio ≥ 0.667)", measure.ratio(record, "sfeed"), 1 / 1.5)
