"""Daemon memory (issue 5): VmRSS of `wirewatch run` over many scheduler cycles.

200 locally served feeds (BENCH_DAEMON_FEEDS), intervals of one second; every second a few feeds
gain a new item (their files move on by one item), so cycles store, not only get 304s.
VmRSS is read from /proc/PID/status once a second for BENCH_DAEMON_MINUTES (default 10).
"""

import json
import os
import signal
import subprocess
import time

from .. import corpus, measure, server, tools

FEEDS = int(os.environ.get("BENCH_DAEMON_FEEDS", "200"))
MINUTES = float(os.environ.get("BENCH_DAEMON_MINUTES", "10"))
CHANGED_PER_SECOND = max(1, FEEDS // 20)
SCHEDULE = {"default_interval": "1s", "min_interval": "1s", "max_interval": "2s"}


def write_feed(spec, k, start, feeds_dir):
    """Feed k moved on by `start` items, written atomically (nginx never serves half a file)."""
    doc, _ = corpus.feed_document(spec, k, start)
    name = corpus.feed_info(spec, k)["file"]
    tmp = os.path.join(feeds_dir, "." + name)
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(doc)
    os.replace(tmp, os.path.join(feeds_dir, name))


def vm_rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return None


def prepare(settings, work):
    spec = corpus.CorpusSpec(FEEDS, settings.items, settings.seed, settings.hosts)
    feeds_dir = os.path.join(work, "feeds")
    os.makedirs(feeds_dir)
    for k in range(FEEDS):
        write_feed(spec, k, 0, feeds_dir)
    manifest = dict(files=[dict(file=corpus.feed_info(spec, k)["file"], host=corpus.feed_info(spec, k)["host"],
                                lang=corpus.feed_info(spec, k)["lang"]) for k in range(FEEDS)])
    urls = tools.feed_urls(manifest, settings.port)
    db = os.path.join(work, "daemon.sqlite")
    config = tools.wirewatch_config(os.path.join(work, "daemon.toml"), db, urls, manifest, schedule=SCHEDULE)
    check = subprocess.run([settings.binary, "check-config", "--config", config], capture_output=True, text=True)
    if check.returncode != 0:
        raise tools.Skip(f"wirewatch rejects the daemon config ({SCHEDULE}): {check.stderr.strip()[-300:]}")
    return spec, feeds_dir, config, db


def sample_loop(proc, spec, feeds_dir, seconds, log):
    """One VmRSS sample a second; between samples, CHANGED_PER_SECOND feeds gain an item."""
    samples, moved, t0 = [], [0] * FEEDS, time.time()
    while time.time() - t0 < seconds and proc.poll() is None:
        rss = vm_rss_kib(proc.pid)
        if rss is not None:
            samples.append((round(time.time() - t0, 1), rss))
        for j in range(CHANGED_PER_SECOND):
            k = (len(samples) * CHANGED_PER_SECOND + j) % FEEDS
            moved[k] += 1
            write_feed(spec, k, moved[k], feeds_dir)
        if len(samples) % 60 == 0:
            log(f"  {samples[-1][0]:.0f} s: VmRSS {samples[-1][1] / 1024:.1f} MiB")
        time.sleep(max(0.0, t0 + len(samples) - time.time()))
    return samples, sum(moved)


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


def count_runs(settings, config, db):
    """(runs, fetches) logged by the daemon, from `wirewatch runs --json --fetches`."""
    done = subprocess.run([settings.binary, "runs", "--config", config, "--database", db, "--json", "--fetches",
                           "--last", "1000000"], capture_output=True, text=True)
    try:
        runs = json.loads(done.stdout)
    except ValueError:
        return "?", "?"
    return len(runs), sum(len(r.get("fetches", [])) for r in runs)


def measure_daemon_memory(settings, log=print):
    tools.require_command(settings.binary, "run")
    work = settings.scratch("daemon-memory")
    spec, feeds_dir, config, db = prepare(settings, work)
    with server.Nginx(feeds_dir, settings.port, settings.hosts, os.path.join(work, "nginx")):
        proc = subprocess.Popen([settings.binary, "run", "--config", config, "--database", db],
                                stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "daemon.log"), "w"))
        samples, new_items = sample_loop(proc, spec, feeds_dir, MINUTES * 60, log)
        rc = stop(proc)
    write_csv(settings, samples)
    return record(samples, new_items, rc, count_runs(settings, config, db))


def write_csv(settings, samples):
    os.makedirs(settings.results_dir, exist_ok=True)
    with open(os.path.join(settings.results_dir, "daemon-memory.csv"), "w") as f:
        f.write("seconds,vmrss_kib\n" + "".join(f"{t},{kib}\n" for t, kib in samples))


def record(samples, new_items, rc, runs):
    """start: the first sample after a warm-up of min(10 s, a sixth of the run); then max and end."""
    if not samples:
        raise tools.Skip("wirewatch run exited before the first sample (see .work/daemon-memory/daemon.log)")
    warm = min(10.0, samples[-1][0] / 6)
    start_t, start_kib = next((t, kib) for t, kib in samples if t >= warm)
    mib = [kib / 1024 for _, kib in samples]
    figures = dict(start=start_kib / 1024, max=max(mib), end=mib[-1], growth=mib[-1] - start_kib / 1024)
    results = {"wirewatch run": [figures]}
    cols = [("start", f"VmRSS at {start_t:g} s MiB", False), ("max", "max MiB", False), ("end", "at end MiB", False),
            ("growth", "end − start MiB", False)]
    notes = [f"{len(samples)} samples, one a second; {new_items:,} new items published during the run; "
             f"{runs[0]} runs (cycles) with {runs[1]} fetches logged; exit status after SIGTERM: {rc}.",
             "The samples are in .results/daemon-memory.csv."]
    scale = f"{FEEDS} feeds, intervals 1–2 s, {MINUTES:g} minutes, {CHANGED_PER_SECOND} feeds changed a second"
    rec = measure.build("daemon-memory", "Daemon memory (issue 5)", scale, results, cols, {}, notes)
    rec["summary"] = [f"daemon-memory: wirewatch run VmRSS start {figures['start']:.1f} MiB (at {start_t:g} s), "
                      f"max {figures['max']:.1f} MiB, end {figures['end']:.1f} MiB after {samples[-1][0]:g} s"]
    return rec
