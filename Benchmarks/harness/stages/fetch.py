"""Fetch throughput (issue 3): the 200 pass and the all-304 pass over the loopback hosts.

wirewatch (per_host 1, host_gap 0s, concurrency 64) vs `curl --parallel --parallel-max 64` and a
Python requests + ThreadPoolExecutor(32) fetcher. Each round starts from a fresh database / state,
runs the 200 pass, then the 304 pass with the validators the 200 pass stored.
"""

import collections
import json
import os

from .. import measure, server, timing, tools

COLUMNS_200 = [("feeds_s_200", "feeds/s", True), ("wall_200", "wall s", False), ("cpu_200", "CPU s", False),
               ("rss_200", "peak RSS MiB", False)]
COLUMNS_304 = [("feeds_s_304", "feeds/s", True), ("wall_304", "wall s", False), ("cpu_304", "CPU s", False)]


def pass_figures(sample, feeds, suffix, statuses=None):
    if sample.rc not in (0, 1):
        print(f"    exit status {sample.rc}: {sample.extra['stderr'].strip()[-300:]}")
        return None
    out = {f"feeds_s_{suffix}": feeds / sample.wall, f"wall_{suffix}": sample.wall, f"cpu_{suffix}": sample.cpu,
           f"rss_{suffix}": sample.rss_kib / 1024}
    if statuses is not None:
        out[f"status_{suffix}"] = dict(statuses)
    return out


def wirewatch_statuses(stdout):
    """HTTP status counts from a `--json` run report (feeds[].http_status)."""
    try:
        report = json.loads(stdout)
    except ValueError:
        return collections.Counter(unparsed=1)
    return collections.Counter(str(f.get("http_status") or f.get("outcome")) for f in report.get("feeds", []))


def wirewatch_contender(settings, manifest, urls, work):
    """`wirewatch fetch --state FILE` when it exists (no parsing, no database); else `ingest`."""
    binary = settings.binary
    command = "fetch" if tools.has_command(binary, "fetch") else "ingest"
    analysis = False if tools.has_command(binary, "analyze") else None  # the ingest fallback: fetch, parse, store
    config = tools.wirewatch_config(os.path.join(work, "ww.toml"), os.path.join(work, "ww.sqlite"), urls, manifest,
                                    analysis=analysis)
    quiet = ["--quiet"] if tools.has_option(binary, command, "--quiet") else []
    argv = [binary, command, "--config", config, "--json"] + quiet
    keep = "--state" if command == "fetch" else "--database"
    state = os.path.join(work, "ww-round.state" if command == "fetch" else "ww-round.sqlite")

    def run_pass(suffix):
        sample, out = timing.run_capture(argv + [keep, state])
        return pass_figures(sample, len(urls), suffix, wirewatch_statuses(out))

    def one_round():
        _fresh(state)
        first = run_pass("200")
        second = run_pass("304") if first else None
        return dict(first, **second, note=f"wirewatch {command}") if first and second else None
    note = ("wirewatch ran as `wirewatch fetch --state FILE` (no parsing, no database)." if command == "fetch" else
            "wirewatch has no fetch-only command yet, so its figures are `wirewatch ingest` with analysis off "
            "(fetch + parse + store into SQLite).")
    return one_round, note


def _fresh(db):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    return db


def curl_config(path, urls, etag_dir, mode):
    """A curl -K file: one group per URL (`next` between), bodies to /dev/null, status written out."""
    groups = []
    for i, url in enumerate(urls):
        extra = f'etag-{mode} = "{os.path.join(etag_dir, str(i))}"\n' if mode else ""
        groups.append(f'url = "{url}"\noutput = "/dev/null"\nwrite-out = "%{{http_code}}\\n"\n{extra}')
    with open(path, "w") as f:
        f.write("next\n".join(groups))
    return path


def curl_contender(urls, work):
    curl = tools.which("curl")
    etags = os.path.join(work, "curl-etags")
    os.makedirs(etags, exist_ok=True)
    plain = curl_config(os.path.join(work, "curl-200.cfg"), urls, etags, None)
    save = curl_config(os.path.join(work, "curl-save.cfg"), urls, etags, "save")
    compare = curl_config(os.path.join(work, "curl-304.cfg"), urls, etags, "compare")
    argv = [curl, "--parallel", "--parallel-max", "64", "--no-progress-meter", "-s", "-K"]
    timing.run(argv + [save])  # once, untimed: the ETags for the 304 pass

    def run_pass(cfg, suffix):
        sample, out = timing.run_capture(argv + [cfg])
        return pass_figures(sample, len(urls), suffix, collections.Counter(out.split()))

    def one_round():
        first, second = run_pass(plain, "200"), run_pass(compare, "304")
        return dict(first, **second) if first and second else None
    return one_round


def python_contender(settings, urls_file, nfeeds, work):
    script = settings.peer_script("python_fetch.py")

    def run_pass(state, suffix):
        sample, out = timing.run_capture([settings.python, script, "--urls", urls_file, "--state", state, "--threads", "32"])
        statuses = json.loads(out)["status"] if sample.rc == 0 and out.strip() else None
        return pass_figures(sample, nfeeds, suffix, statuses)

    def one_round():
        state = _fresh(os.path.join(work, "py-state.json"))
        first = run_pass(state, "200")
        second = run_pass(state, "304") if first else None
        return dict(first, **second) if first and second else None
    return one_round


def measure_fetch(settings, log=print):
    manifest = tools.corpus_manifest(settings)
    work = settings.scratch("fetch")
    urls = tools.feed_urls(manifest, settings.port)
    urls_file = tools.write_lines(os.path.join(work, "urls.txt"), urls)
    contenders, notes, skipped = {}, [], []
    with server.Nginx(manifest["feeds_dir"], settings.port, settings.hosts, os.path.join(work, "nginx")):
        contenders["wirewatch"], note = wirewatch_contender(settings, manifest, urls, work)
        notes += [note] if note else []
        if tools.which("curl"):
            contenders["curl --parallel"] = curl_contender(urls, work)
        else:
            skipped.append(dict(contender="curl", reason="not installed"))
        if tools.python_has(settings.python, "requests"):
            contenders["python requests ×32"] = python_contender(settings, urls_file, len(urls), work)
        else:
            skipped.append(dict(contender="python requests", reason="module requests not installed (make bench-tools)"))
        results = timing.rounds(contenders, settings.runs)
    return records(settings, manifest, results, notes, skipped)


def status_notes(results):
    notes = []
    for name, samples in results.items():
        for suffix in ("200", "304"):
            seen = samples[-1].get(f"status_{suffix}")
            if seen:
                notes.append(f"{name} {suffix} pass, last round's statuses: "
                             + ", ".join(f"{k}×{v}" for k, v in sorted(seen.items())))
    return notes


def records(settings, manifest, results, notes, skipped):
    hosts = min(settings.hosts, len(manifest["files"]))
    scale = (f"{len(manifest['files'])} feeds ({manifest['total_bytes'] / len(manifest['files']) / 1e3:.0f} kB each on "
             f"average) from {hosts} loopback hosts (nginx)")
    notes = notes + status_notes(results)
    first = measure.build("fetch", "Fetch, first pass: 200 (issue 3)", scale, results, COLUMNS_200, {}, notes, skipped)
    second = measure.build("fetch-304", "Fetch, second pass: all 304 (issue 3)", scale, results, COLUMNS_304, {}, [], [])
    measure.goal(first, "fetch first pass within 1.5x of curl --parallel (feeds/s ratio ≥ 0.667)",
                 measure.ratio(first, "curl --parallel"), 1 / 1.5)
    measure.goal(first, "fetch first pass ≥ 3x the Python fetcher", measure.ratio(first, "python requests ×32"), 3.0)
    measure.goal(second, "304 pass ≥ 1,000 feeds/s", measure.median(second, "wirewatch", "feeds_s_304"), 1000)
    measure.goal(second, "304 pass within 3x of curl's (feeds/s ratio ≥ 0.333)",
                 measure.ratio(second, "curl --parallel"), 1 / 3)
    return [first, second]
