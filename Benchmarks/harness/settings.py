"""Benchmark settings from the environment (the Make variables of mk/bench.mk pass them on)."""

import os
import sys
from dataclasses import dataclass, replace

from .corpus import CorpusSpec

BENCH_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO_DIR = os.path.dirname(BENCH_DIR)


def _env_int(name, default):
    return int(os.environ.get(name, default))


@dataclass(frozen=True)
class Settings:
    binary: str
    feeds: int
    items: int
    runs: int
    seed: int
    port: int
    hosts: int
    feedparser_share: float
    python: str
    work_dir: str
    results_dir: str
    corpus_root: str

    @staticmethod
    def from_env():
        work = os.environ.get("BENCH_WORK", os.path.join(BENCH_DIR, ".work"))
        return Settings(
            binary=os.environ.get("WIREWATCH_BIN", os.path.join(REPO_DIR, ".build/release/wirewatch")),
            feeds=_env_int("BENCH_FEEDS", 1000), items=_env_int("BENCH_ITEMS", 50),
            runs=_env_int("BENCH_RUNS", 7), seed=_env_int("BENCH_SEED", 20261128),
            port=_env_int("BENCH_PORT", 18470), hosts=_env_int("BENCH_HOSTS", 64),
            feedparser_share=float(os.environ.get("BENCH_FEEDPARSER_SHARE", "0.1")),
            python=os.environ.get("BENCH_PYTHON", sys.executable), work_dir=work,
            results_dir=os.environ.get("BENCH_RESULTS", os.path.join(BENCH_DIR, ".results")),
            corpus_root=os.environ.get("BENCH_CORPUS", os.path.join(BENCH_DIR, ".corpus")))

    def with_scale(self, feeds, items, runs):
        return replace(self, feeds=feeds, items=items, runs=runs)

    @property
    def spec(self):
        return CorpusSpec(self.feeds, self.items, self.seed, self.hosts)

    @property
    def corpus_dir(self):
        return os.path.join(self.corpus_root, f"{self.feeds}x{self.items}-seed{self.seed}")

    def scratch(self, name):
        """A fresh, empty directory under the work dir for one stage."""
        import shutil
        path = os.path.join(self.work_dir, name)
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
        return path

    def peer_script(self, name):
        return os.path.join(BENCH_DIR, "peers", name)
