"""Lines per second of ``parse_reference`` + ``to_csl`` on one core, beside refextract.

Usage: python benchmarks/parse_speed.py [--seconds S] [--peer-lines N]

The lines are the labelled lines of tests/data, the dev set (when ../shared/eval is beside
the repository) and the seed list. refextract, the only installable peer, runs on the same
lines in the same run (pip install refextract; it is skipped with a note when absent).
Also times pathological 1 MB lines, which must parse in well under a second each.
"""

from __future__ import annotations

import argparse
import time

from _corpus import DEV, ROOT, raw_lines

from kzcite import parse, parse_reference, to_csl


def load_lines() -> list[str]:
    lines = raw_lines(ROOT / "tests/data/labelled.jsonl", DEV)
    seed = ROOT / "seeds/000_c16310cb0e8891f0.txt"
    lines += [x for x in seed.read_text(encoding="utf-8").splitlines()[4:] if x.strip()]
    return lines


def load_warmup() -> list[str]:
    """Other labelled lines (the probe sets), for warming up, and a BibTeX record: its
    reader imports pybtex on first use (about 20 ms, once per process, not per line)."""
    bibtex = "@misc{warm, title = {Warm-up}, year = {2020}}"
    return [*raw_lines(*sorted((ROOT / "tests/data").glob("probe*.jsonl"))), bibtex]


def rate(func: object, lines: list[str], seconds: float) -> tuple[float, int]:
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for line in lines:
            func(line)  # type: ignore[operator]
        done += len(lines)
    return done / (time.perf_counter() - start), done


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--peer-lines", type=int, default=60)
    args = ap.parse_args()
    lines = load_lines()
    print(f"{len(lines)} distinct lines")
    # warm up on other lines (tables load, patterns compile) so that the first pass over
    # the measured lines meets them as a user meets new input: every cache misses
    for line in load_warmup():
        to_csl(parse_reference(line))
    start = time.perf_counter()
    for line in lines:
        to_csl(parse_reference(line))
    first = len(lines) / (time.perf_counter() - start)
    print(f"kzcite      {first:12,.0f} lines/s  (one pass over {len(lines)} unseen lines)")
    ours, n = rate(lambda s: to_csl(parse_reference(s)), lines, args.seconds)
    print(f"kzcite      {ours:12,.0f} lines/s  (same lines again, {n} calls; warm caches)")
    try:
        from refextract import extract_references_from_string
    except ImportError:
        print("refextract  not installed (pip install refextract) - peer skipped")
    else:
        sample = lines[: max(1, args.peer_lines)]
        start = time.perf_counter()
        for line in sample:
            extract_references_from_string(line)
        peer = len(sample) / (time.perf_counter() - start)
        print(f"refextract  {peer:12,.1f} lines/s  ({len(sample)} lines)")
        print(f"ratio       {ours / peer:12,.0f}x")
    for ch in ("«", ".", "д", "„", "/", "1", " "):
        start = time.perf_counter()
        parse_reference(ch * 1_000_000)
        one = time.perf_counter() - start
        start = time.perf_counter()
        parse("Sources:\n" + ch * 1_000_000 + "\n")
        doc = time.perf_counter() - start
        print(f"1 MB of {ch!r}: parse_reference {one:.3f} s, whole-document parse {doc:.3f} s")
    # a list whose next line is 1 MB of blanks and a letter: every line-shape test sees it
    start = time.perf_counter()
    parse("References\n\n1. Smith J. Title. 2020.\n" + " " * 1_000_000 + "x}\n2020.\n")
    print(f"1 MB blank line in a list: whole-document parse {time.perf_counter() - start:.3f} s")
    # Entries at the length limit whose consumed fields leave long blank runs, the shape
    # that makes a lazy group followed by spaces quadratic.
    blank = " " * 4_500
    for case in (
        "Қазақ тілі: реформа неден бас" + blank + "талады?",
        "[Title](https://kurs" + blank + "iv.media/x) — Курсив, 10.02.2024",
        "12:30" + blank + "x",
        "2020 " * 990,
        "a" * 4_900 + "seadusx Keeleseadus 2020",
        # shapes read since 2026-12-06: a book's tail, key: value lines, a heading, a literal
        "Head First. Python. Фабула. 2023" + blank + " x",
        "title: A\n" + blank + "x",
        "# a" + blank + "b\nsource: X",
        "{}" + blank + "x",
    ):
        start = time.perf_counter()
        parse_reference(case)
        parse("Sources:\n" + case + "\n")
        took = time.perf_counter() - start
        print(f"{len(case):,} chars {case[:16]!r}…: both parses {took:.3f} s")


if __name__ == "__main__":
    main()
