"""The labelled lines the benchmarks time, read from the gold files (their ``raw`` fields)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared/eval/dev.jsonl"


def raw_lines(*paths: Path) -> list[str]:
    """The ``raw`` line of every record of the gold files that exist, in order."""
    lines: list[str] = []
    for path in paths:
        if path.exists():
            text = path.read_text(encoding="utf-8")
            lines += [json.loads(x)["raw"] for x in text.splitlines() if x.strip()]
    return lines


def all_labelled() -> list[str]:
    """Every labelled line of tests/data and the shared dev set (when beside the repo)."""
    return raw_lines(*sorted((ROOT / "tests/data").glob("*.jsonl")), DEV)
