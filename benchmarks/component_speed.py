"""Microseconds per uncached call of the parser's name, organisation and language tests.

Usage: python benchmarks/component_speed.py [--repeat N]

The parser wraps :func:`kzcite.names.parse_names`, :func:`kzcite.names.is_organisation`
and :func:`kzcite.lang.detect_language` in lru_caches, so on unseen lines what counts is
the cost of a cache miss. This parses the lines of tests/data/*.jsonl and the dev set
(when ../shared/eval is beside the repository), records the distinct arguments the parser
passes to those three functions, and times the bare functions on them (word tables
loaded, no result caches). The spy replaces the parser's cached wrappers
(``parser._detect_language`` and kin) for the gathering pass only.

Also times outlet registry lookups (names, aliases, links and unknown names).

Budget: parse_reference is to reach 20,000 lines/s (50 µs a line), and a new line
usually costs one call of each, so every microsecond here is 2 % of it.
"""

from __future__ import annotations

import argparse
import functools
import time
from collections.abc import Callable
from typing import Any

from _corpus import all_labelled

from kzcite import lang, names, parser
from kzcite.outlets import OutletRegistry

Call = tuple[tuple[Any, ...], tuple[tuple[str, Any], ...]]


def gather(lines: list[str]) -> dict[str, list[Call]]:
    """The distinct calls the parser makes to each tested function on ``lines``."""
    seen: dict[str, dict[Call, None]] = {"detect_language": {}, "parse_names": {}, "is_org": {}}

    def spy(key: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def record(*args: Any, **kwargs: Any) -> Any:
            seen[key][(args, tuple(sorted(kwargs.items())))] = None
            return func(*args, **kwargs)

        return record

    saved = (parser._detect_language, parser._parse_names, parser._is_organisation)
    parser._detect_language = spy("detect_language", lang.detect_language)  # type: ignore[assignment]
    parser._parse_names = spy("parse_names", names.parse_names)  # type: ignore[assignment]
    parser._is_organisation = spy("is_org", names.is_organisation)  # type: ignore[assignment]
    try:
        for line in lines:
            parser.parse_reference(line)
    finally:
        parser._detect_language, parser._parse_names, parser._is_organisation = saved
    return {k: list(v) for k, v in seen.items()}


def per_call(func: Callable[..., Any], calls: list[Call], repeat: int) -> float:
    """Best-of-``repeat`` microseconds per call over ``calls``."""
    bound = [functools.partial(func, *a, **dict(kw)) for a, kw in calls]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for f in bound:
            f()
        best = min(best, time.perf_counter() - start)
    return best / len(bound) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    lines = all_labelled()
    calls = gather(lines)
    print(f"{len(lines)} lines parsed")
    for key, func in (
        ("detect_language", lang.detect_language),
        ("parse_names", names.parse_names),
        ("is_org", names.is_organisation),
    ):
        us = per_call(func, calls[key], args.repeat)
        print(f"{key:16} {us:7.2f} µs/call  ({len(calls[key])} distinct calls)")
    # the outlet registry: every registered name and alias, a link per domain, unknown names
    reg = OutletRegistry.default()
    texts: list[str] = []
    for outlet in reg:
        texts.extend([outlet.name, *outlet.names[:2]])
        texts.extend(f"https://www.{d}/news/1.html" for d in outlet.domains[:1])
    texts.extend(f"Unknown Review number {i}" for i in range(1000))
    us = per_call(reg.lookup, [((t,), ()) for t in texts], args.repeat)
    print(f"{'outlet lookup':16} {us:7.2f} µs/call  ({len(texts)} names and links)")


if __name__ == "__main__":
    main()
