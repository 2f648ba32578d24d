"""Accuracy of the parser on gold files, and block segmentation on whole documents.

Usage: python benchmarks/accuracy.py [--show N] [--blocks DIR] [GOLD.jsonl ...]

Default gold files: tests/data/labelled.jsonl and ../shared/eval/dev.jsonl (when present).
Prints precision/recall/F1 per field, per title language and per tag, micro-F1, and, for
every block file with an expected entry count (tests/data/blocks/expected.json,
benchmarks/blocks_expected.json for ../shared/eval/blocks), entries found vs expected.
``--blocks DIR`` checks another folder of block files against its own ``expected.json``
(a new labelled set, before its files join tests/data/blocks).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kzcite import parse
from kzcite.evaluate import format_report, score_file

ROOT = Path(__file__).resolve().parent.parent


def blocks_report(folder: Path, expected_file: Path) -> None:
    if not expected_file.exists() or not folder.exists():
        return
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    right = 0
    print(f"\nblock segmentation: {folder}")
    for name, want in sorted(expected.items()):
        path = folder / name
        if not path.exists():
            continue
        res = parse(path.read_text(encoding="utf-8"), source=name)
        got = sum(len(b.entries) for b in res.blocks)
        ok = got == want["entries"]
        right += ok
        print(f"  {'ok ' if ok else 'BAD'} {name:40} found {got:3} expected {want['entries']:3}")
    print(f"  {right}/{len(expected)} files with the right number of entries")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="*", help="gold JSONL files (default: own set and dev)")
    ap.add_argument("--show", type=int, default=0, help="print the N worst lines per file")
    ap.add_argument("--blocks", type=Path, help="a folder of block files with expected.json")
    args = ap.parse_args()
    golds = args.gold or [
        str(p)
        for p in (ROOT / "tests/data/labelled.jsonl", ROOT.parent / "shared/eval/dev.jsonl")
        if p.exists()
    ]
    for gold in golds:
        print(f"== {gold}")
        print(format_report(score_file(gold), show=args.show))
        print()
    if args.blocks is not None:
        blocks_report(args.blocks, args.blocks / "expected.json")
        return
    blocks_report(ROOT / "tests/data/blocks", ROOT / "tests/data/blocks/expected.json")
    blocks_report(ROOT.parent / "shared/eval/blocks", ROOT / "benchmarks/blocks_expected.json")


if __name__ == "__main__":
    main()
