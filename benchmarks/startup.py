"""Start-up time of the command line, beside ``python -c pass`` in the same run.

Usage: python benchmarks/startup.py [--runs N]

Target (issue 7): ``kzcite --help`` and ``kzcite convert`` on one small file at most
0.25 s above a bare interpreter start.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_c16310cb0e8891f0.txt"


def best_of(cmd: list[str], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    py = sys.executable
    cases = {
        "python -c pass": [py, "-c", "pass"],
        "kzcite --help": [py, "-m", "kzcite", "--help"],
        "kzcite convert seed": [py, "-m", "kzcite", "convert", str(SEED), "--to", "csl-json"],
    }
    base = None
    for name, cmd in cases.items():
        best, median = best_of(cmd, args.runs)
        base = best if base is None else base
        extra = best - base
        print(f"{name:22} best {best:6.3f} s  median {median:6.3f} s  (+{extra:.3f} s)")


if __name__ == "__main__":
    main()
