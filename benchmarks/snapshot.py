"""Field-by-field snapshot of the parser on every labelled line, to review a change.

Usage:
    python benchmarks/snapshot.py write BASE.json [GOLD.jsonl ...]
    python benchmarks/snapshot.py diff BASE.json [GOLD.jsonl ...]

A micro-F1 hides trades: a rule that fixes ten lines and breaks three looks like a gain of
seven. ``write`` records, for every labelled line (default: all ``tests/data/*.jsonl`` and
``../shared/eval/dev.jsonl``), each field as parsed and whether it matches gold, plus the
entry count of every block file. ``diff`` parses again and prints every line whose fields
changed, marked ``+`` (now right), ``-`` (now wrong) or ``~`` (still wrong, different), and
every block file whose count changed, so each change is reviewed line by line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kzcite import parse
from kzcite.csl import to_csl
from kzcite.evaluate import FIELDS, _same, compared_fields
from kzcite.parser import parse_reference

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = (
    (ROOT / "tests/data/blocks", ROOT / "tests/data/blocks/expected.json"),
    (ROOT.parent / "shared/eval/blocks", ROOT / "benchmarks/blocks_expected.json"),
)


def _golds(given: list[str]) -> list[Path]:
    if given:
        return [Path(g) for g in given]
    own = sorted((ROOT / "tests/data").glob("*.jsonl"))
    dev = ROOT.parent / "shared/eval/dev.jsonl"
    return own + ([dev] if dev.exists() else [])


def _line(row: dict[str, Any]) -> dict[str, Any]:
    csl = to_csl(parse_reference(row["raw"]))
    gold = row["gold"]
    pred, want = compared_fields(csl, gold)
    inferred = "outlet-inferred-from-url" in (row.get("notes") or "")
    out: dict[str, Any] = {}
    for field in FIELDS:
        g, p = want[field], pred[field]
        ok = (not g and not p) or _same(field, g, p, want["url"], inferred)
        out[field] = [p, bool(ok), g]
    return out


def take(golds: list[Path]) -> dict[str, Any]:
    lines: dict[str, Any] = {}
    for gold in golds:
        for text in gold.read_text(encoding="utf-8").splitlines():
            if text.strip():
                row = json.loads(text)
                lines[f"{gold.name}:{row['id']}"] = _line(row)
    blocks: dict[str, int] = {}
    for folder, expected_file in BLOCKS:
        if not expected_file.exists():
            continue
        for name, want in json.loads(expected_file.read_text(encoding="utf-8")).items():
            path = folder / name
            if path.exists():
                res = parse(path.read_text(encoding="utf-8"), source=name)
                got = sum(len(b.entries) for b in res.blocks)
                blocks[f"{folder.name}/{name}"] = [got, want["entries"]]
    return {"lines": lines, "blocks": blocks}


def diff(old: dict[str, Any], new: dict[str, Any]) -> int:
    gained = lost = 0
    for key, fields in new["lines"].items():
        before = old["lines"].get(key)
        if before is None:
            continue
        for field, (pred, ok, gold) in fields.items():
            was_pred, was_ok, _ = before[field]
            if pred == was_pred:
                continue
            mark = "+" if ok and not was_ok else "-" if was_ok and not ok else "~"
            gained += mark == "+"
            lost += mark == "-"
            print(f"{mark} {key} {field}: {was_pred!r} -> {pred!r}   gold {gold!r}")
    for key, (got, want) in new["blocks"].items():
        was = old["blocks"].get(key, [None])[0]
        if was != got:
            mark = "+" if got == want else "-" if was == want else "~"
            gained += mark == "+"
            lost += mark == "-"
            print(f"{mark} block {key}: {was} -> {got} entries (expected {want})")
    print(f"{gained} fields/blocks now right, {lost} now wrong")
    return 1 if lost else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=("write", "diff"))
    ap.add_argument("base", type=Path)
    ap.add_argument("gold", nargs="*")
    args = ap.parse_args()
    snap = take(_golds(args.gold))
    if args.action == "write":
        args.base.write_text(json.dumps(snap, ensure_ascii=False), encoding="utf-8")
        right = sum(ok for f in snap["lines"].values() for _, ok, _ in f.values())
        total = sum(len(f) for f in snap["lines"].values())
        print(f"{len(snap['lines'])} lines, {right}/{total} fields right; wrote {args.base}")
    else:
        sys.exit(diff(json.loads(args.base.read_text(encoding="utf-8")), snap))


if __name__ == "__main__":
    main()
