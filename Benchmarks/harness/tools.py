"""What the wirewatch binary and the peer tools can do here, and the config files they read."""

import functools
import os
import re
import shutil
import subprocess

from . import corpus, server


class Skip(Exception):
    """A stage or contender that cannot run yet; the message says why."""


@functools.lru_cache(maxsize=None)
def wirewatch_help(binary, command):
    """`wirewatch COMMAND --help` (COMMAND may be "a b" for a nested one), or None when it does not exist.

    ArgumentParser answers `--help` after an unknown subcommand with the parent's help and exit 0,
    so existence is read from the parent's SUBCOMMANDS list.
    """
    if not os.access(binary, os.X_OK):
        raise Skip(f"wirewatch binary {binary} is missing (build it: swift build -c release --product wirewatch)")
    words = command.split() if command else []
    if words and words[-1] not in subcommands(binary, " ".join(words[:-1])):
        return None
    done = subprocess.run([binary] + words + ["--help"], capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else None


def subcommands(binary, parent):
    """Names listed under SUBCOMMANDS: in `wirewatch PARENT --help`."""
    text = wirewatch_help(binary, parent) or ""
    if "SUBCOMMANDS:" not in text:
        return set()
    section = text.split("SUBCOMMANDS:", 1)[1]
    return {m.group(1) for m in re.finditer(r"^  ([a-z][\w-]*)", section, re.M)}


def has_command(binary, command):
    return wirewatch_help(binary, command) is not None


def has_option(binary, command, option):
    text = wirewatch_help(binary, command) or ""
    return option in text


def wirewatch_features(binary):
    """The commands and options the stages look for, and whether this binary has them."""
    return {"parse --batch": has_option(binary, "parse", "--batch"),
            "parse --stats (parse stage without JSON output)": has_option(binary, "parse", "--stats"),
            "fetch (fetch stage without parse/store)": has_command(binary, "fetch"),
            "ingest --json": has_option(binary, "ingest", "--json"),
            "analyze (analysis stage, ingest with analysis)": has_command(binary, "analyze"),
            "digest (digest stage)": has_command(binary, "digest"),
            "debug syndication-lookup (syndication stage)": has_command(binary, "debug syndication-lookup"),
            "run (daemon-memory)": has_command(binary, "run")}


def require_command(binary, command):
    if not has_command(binary, command):
        raise Skip(f"`wirewatch {command}` does not exist yet")


def which(name):
    """Path of a peer tool, or None."""
    return shutil.which(name)


def python_has(python, module):
    return subprocess.run([python, "-c", f"import {module}"], capture_output=True).returncode == 0


def feed_urls(manifest, port, limit=None):
    files = manifest["files"][:limit] if limit else manifest["files"]
    return [server.feed_url(port, f["host"], f["file"]) for f in files]


def write_lines(path, lines):
    with open(path, "w") as f:
        f.write("".join(line + "\n" for line in lines))
    return path


def _toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wirewatch_config(path, database, urls, manifest, schedule=None, analysis=None, concurrency=64):
    """A wirewatch.toml for the benchmark: per_host 1 (politeness on), no host gap, loopback allowed."""
    lines = [f"database = {_toml_str(database)}", 'timezone = "UTC"  # the corpus day is a UTC day', "", "[fetch]", f"concurrency = {concurrency}",
             "per_host = 1", 'host_gap = "0s"', 'timeout = "120s"', "allow_private_addresses = true",
             'user_agent_contact = "https://example.org/wirewatch-benchmark"', ""]
    if schedule:
        lines += ["[schedule]"] + [f"{k} = {_toml_str(v)}" for k, v in schedule.items()] + [""]
    if analysis is not None:
        lines += ["[analysis]", f"enabled = {'true' if analysis else 'false'}", ""]
    for url, info in zip(urls, manifest["files"]):
        lines += ["[[feed]]", f"url = {_toml_str(url)}", f"tags = [{_toml_str(info['lang'])}]", ""]
    return write_lines(path, lines)


def corpus_files(manifest, limit=None):
    files = manifest["files"][:limit] if limit else manifest["files"]
    return [os.path.join(manifest["feeds_dir"], f["file"]) for f in files]


def corpus_manifest(settings):
    return corpus.ensure(settings.spec, settings.corpus_dir)
