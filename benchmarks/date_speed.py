"""Microseconds per call of the date scanner on real reference lines, one core.

Usage: python benchmarks/date_speed.py [--rounds N] [--profile]

The lines are those of tests/data/*.jsonl and, when ../shared/eval sits beside the
repository, the dev set. Times :func:`find_dates`, :func:`find_invalid_dates`,
``years=False``, the pair the parser runs on some lines (dates, then invalid dates) and
:func:`scan_dates`, which answers both from one scan; best of ``--rounds`` passes so
that a noisy neighbour does not skew the figure. ``find_dates (first pass)`` is one pass
with the scanner's small caches (dates and month words already read) emptied first.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable

from _corpus import all_labelled

import kzcite.dates
from kzcite.dates import find_dates, find_invalid_dates, parse_date, scan_dates


def per_call(func: Callable[[str], object], lines: list[str], rounds: int) -> float:
    """Best microseconds per line over ``rounds`` passes."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for line in lines:
            func(line)
        best = min(best, time.perf_counter() - start)
    return best / len(lines) * 1e6


def _pair(line: str) -> object:
    return find_dates(line), find_invalid_dates(line)


def first_pass(lines: list[str]) -> float:
    """Microseconds per line of one pass, the bounded caches of kzcite.dates emptied."""
    for value in vars(kzcite.dates).values():
        params = getattr(value, "cache_parameters", None)
        if params is not None and params()["maxsize"] is not None:
            value.cache_clear()
    start = time.perf_counter()
    for line in lines:
        find_dates(line)
    return (time.perf_counter() - start) / len(lines) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    lines = all_labelled()
    find_dates("1 June 2020")  # build the tables and patterns outside the timing
    print(f"{len(lines)} lines")
    print(f"{'find_dates (first pass)':34s} {first_pass(lines):7.2f} µs/line")
    cases: list[tuple[str, Callable[[str], object]]] = [
        ("find_dates", find_dates),
        ("find_dates(years=False)", lambda s: find_dates(s, years=False)),
        ("find_invalid_dates", find_invalid_dates),
        ("find_dates + find_invalid_dates", _pair),
        ("scan_dates (both from one scan)", scan_dates),
        ("parse_date", parse_date),
    ]
    for name, func in cases:
        print(f"{name:34s} {per_call(func, lines, args.rounds):7.2f} µs/line")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(20):
            for line in lines:
                find_dates(line)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
