"""Start-up time of the command line, beside ``python -c pass`` in the same run.

Usage: python benchmarks/startup.py [--runs N]

Target (issue 7): ``kzcite --help`` and ``kzcite convert`` on one small file at most
0.25 s above a bare interpreter start.

Timed as an installed user meets it: with compiled bytecode. ``pip install`` writes
bytecode for a regular install, but this machine sets PYTHONDONTWRITEBYTECODE, under which
every start compiles the package's sources again (about 0.08 s more); so the runs here clear
that variable and keep their bytecode in a temporary folder (``PYTHONPYCACHEPREFIX``), after
one untimed warm-up run. ``--source`` times the compiling start instead.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_c16310cb0e8891f0.txt"


def best_of(cmd: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    def once() -> float:
        start = time.perf_counter()
        subprocess.run(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env
        )
        return time.perf_counter() - start

    once()  # writes the bytecode (when it is kept)
    times = [once() for _ in range(runs)]
    return min(times), statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--source", action="store_true", help="compile the sources on every start")
    args = ap.parse_args()
    env = dict(os.environ)
    cache = tempfile.TemporaryDirectory()
    if args.source:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache.name
    py = sys.executable
    cases = {
        "python -c pass": [py, "-c", "pass"],
        "kzcite --help": [py, "-m", "kzcite", "--help"],
        "kzcite convert seed": [py, "-m", "kzcite", "convert", str(SEED), "--to", "csl-json"],
    }
    base = None
    for name, cmd in cases.items():
        best, median = best_of(cmd, args.runs, env)
        base = best if base is None else base
        extra = best - base
        print(f"{name:22} best {best:6.3f} s  median {median:6.3f} s  (+{extra:.3f} s)")
    cache.cleanup()


if __name__ == "__main__":
    main()
