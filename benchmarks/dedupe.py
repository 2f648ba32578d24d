"""Deduplication benchmark: pairwise precision/recall, time and memory at scale.

    .venv/bin/python benchmarks/dedupe.py                 # 10k, 100k, 1M
    .venv/bin/python benchmarks/dedupe.py --sizes 2k,20k  # any sizes (k, M suffixes)

Each size runs in a fresh subprocess, so its peak memory (ru_maxrss) is its own. Data
come from ``_dedupe_data.generate`` (realistic mixed-script references, their re-citations
and hard negatives; see that module). Pairs are scored against the generator's labels:
precision and recall over all same-item pairs and over cross-script pairs alone (one
title Cyrillic, the other Latin). At sizes up to 10k two baselines run on the same data:
a Zotero-style exact normalized title key and rapidfuzz all-pairs (JabRef-style O(n²)).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import resource
import subprocess
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _dedupe_data import generate, pair_counts  # noqa: E402

from kzcite.dedupe import dedupe  # noqa: E402
from kzcite.records import Reference  # noqa: E402

_LATIN_MARKS = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f]+")
_PUNCT = re.compile(r"[\W_]+")


def _size(text: str) -> int:
    text = text.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * mult)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _union_find(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def zotero_key(title: str) -> str:
    """Zotero-style title key: lower case, Latin diacritics and punctuation removed."""
    text = unicodedata.normalize("NFD", title.lower())
    text = unicodedata.normalize("NFC", _LATIN_MARKS.sub("", text))
    return " ".join(_PUNCT.sub(" ", text).split())


def zotero_baseline(refs: Sequence[Reference]) -> list[list[int]]:
    groups: dict[str, list[int]] = {}
    singles: list[list[int]] = []
    for i, r in enumerate(refs):
        if r.title:
            groups.setdefault(zotero_key(r.title), []).append(i)
        else:
            singles.append([i])
    return list(groups.values()) + singles


def allpairs_baseline(refs: Sequence[Reference], cutoff: float = 90.0) -> list[list[int]]:
    """Every pair of lower-cased titles compared with rapidfuzz (O(n²))."""
    from rapidfuzz import fuzz, process

    titles = [(r.title or "").lower() for r in refs]
    pairs: list[tuple[int, int]] = []
    for i, t in enumerate(titles):
        if not t:
            continue
        for _, _, j in process.extract(
            t, titles[i + 1 :], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            pairs.append((i, i + 1 + j))
    return _union_find(len(refs), pairs)


def _metrics(counts: dict[str, int]) -> dict[str, float]:
    return {
        "precision": counts["correct"] / counts["predicted"] if counts["predicted"] else 1.0,
        "recall": counts["correct"] / counts["true"] if counts["true"] else 1.0,
        "cross_recall": (
            counts["correct_cross"] / counts["true_cross"] if counts["true_cross"] else 1.0
        ),
    }


def run_one(n: int, seed: int, baselines: bool) -> dict[str, object]:
    t = time.perf_counter()
    refs, labels = generate(n, seed)
    gen_s = time.perf_counter() - t
    rss_before = _rss_mb()
    wall = time.perf_counter()
    cpu = time.process_time()
    result = dedupe(refs)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    rss_peak = _rss_mb()
    counts = pair_counts([c.members for c in result.clusters], labels, refs)
    out: dict[str, object] = {
        "n": n,
        "generate_s": round(gen_s, 2),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "peak_rss_mb": round(rss_peak),
        "rss_before_mb": round(rss_before),
        "clusters": len(result.clusters),
        "links": len(result.links),
        "true_pairs": counts["true"],
        "cross_pairs": counts["true_cross"],
        **{k: round(v, 5) for k, v in _metrics(counts).items()},
    }
    if baselines:
        for name, fn in (("zotero", zotero_baseline), ("allpairs", allpairs_baseline)):
            t = time.perf_counter()
            groups = fn(refs)
            secs = time.perf_counter() - t
            m = _metrics(pair_counts(groups, labels, refs))
            out[name] = {"wall_s": round(secs, 2), **{k: round(v, 5) for k, v in m.items()}}
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="comma-separated, e.g. 10k,1M")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--baseline-max", default="10k", help="run baselines up to this size")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print JSON lines only")
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.seed, args.one <= _size(args.baseline_max))))
        return 0
    rows = []
    for size in (_size(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(size), "--seed", str(args.seed)]
        cmd += ["--baseline-max", args.baseline_max]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        if args.json:
            print(json.dumps(row), flush=True)
            continue
        print(
            f"n={row['n']:>9,}  precision={row['precision']:.4f}  recall={row['recall']:.4f}  "
            f"cross-script recall={row['cross_recall']:.4f}  wall={row['wall_s']:.1f}s  "
            f"cpu={row['cpu_s']:.1f}s  peak RSS={row['peak_rss_mb']:,} MB "
            f"(data {row['rss_before_mb']:,} MB)  generate={row['generate_s']:.1f}s",
            flush=True,
        )
        for name in ("zotero", "allpairs"):
            b = row.get(name)
            if isinstance(b, dict):
                print(
                    f"    {name:<9} precision={b['precision']:.4f}  recall={b['recall']:.4f}  "
                    f"cross-script recall={b['cross_recall']:.4f}  wall={b['wall_s']:.1f}s",
                    flush=True,
                )
    if not args.json:
        for a, b in itertools.pairwise(rows):
            doublings = math.log2(int(b["n"]) / int(a["n"]))
            if doublings > 0:
                per = (float(b["cpu_s"]) / max(float(a["cpu_s"]), 1e-9)) ** (1 / doublings)
                print(f"time per doubling {a['n']:,} -> {b['n']:,}: x{per:.2f} (cpu)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
