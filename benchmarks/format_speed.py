"""Entries per second of kzcite's writers (and readers) against pybtex's own writer.

Run: ``.venv/bin/python benchmarks/format_speed.py [N]`` (default 10,000 entries).
The entries are generated from a fixed seed with the vocabulary of ``kzcite.testing``:
mixed Latin/Cyrillic/Kazakh text, authors, dates, URLs and LaTeX specials.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from typing import Any

from kzcite._data import data_json
from kzcite.bibtex import read_bibtex, to_biblatex, to_bibtex, to_pybtex
from kzcite.csl import read_csl_json, to_csl, to_csl_json
from kzcite.kzjson import read_kzjson, to_kzjson
from kzcite.records import Kind, PartialDate, Person, Reference
from kzcite.ris import read_ris, to_ris

SPECIALS = ["&", "50%", "C#", "a_b", "~", "$5", "{x}", "\\input{/etc/passwd}"]


def generate(n: int, seed: int = 1) -> list[Reference]:
    rnd = random.Random(seed)
    vocab = data_json("testing.json")
    words = [w for ws in vocab["words"].values() for w in ws]
    refs = []
    for i in range(n):
        title_words = rnd.sample(words, rnd.randint(3, 12))
        if rnd.random() < 0.2:
            title_words.append(rnd.choice(SPECIALS))
        title = " ".join(title_words)
        authors = tuple(
            Person(rnd.choice(vocab["family"]), rnd.choice(vocab["given"]))
            for _ in range(rnd.choice((0, 0, 1, 1, 2)))
        )
        year = rnd.randint(1995, 2025)
        date = rnd.choice(
            (
                None,
                PartialDate(year),
                PartialDate(year, rnd.randint(1, 12)),
                PartialDate(year, rnd.randint(1, 12), rnd.randint(1, 28)),
            )
        )
        refs.append(
            Reference(
                raw=f"line {i}",
                kind=rnd.choice(list(Kind)),
                title=title[0].upper() + title[1:],
                authors=authors,
                outlet=rnd.choice(vocab["outlets"]),
                date=date,
                url=f"https://example{i % 97}.kz/news/{i}?id={i}&p=50%25#c_{i}"
                if rnd.random() < 0.7
                else None,
                language=rnd.choice(("ru", "kk", "et", "en", None)),
                access_date=PartialDate(2024, 5, 17) if rnd.random() < 0.3 else None,
            )
        )
    return refs


def rate(name: str, n: int, fn: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    per_s = n / best
    print(f"{name:34s} {per_s:>12,.0f} entries/s   ({best * 1000:8.1f} ms)")
    return per_s


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    refs = generate(n)
    print(f"{n} generated entries; best of 3 runs each\n")
    print("writers")
    rate("kzcite to_bibtex", n, lambda: to_bibtex(refs))
    rate("kzcite to_bibtex(ascii=True)", n, lambda: to_bibtex(refs, ascii=True))
    rate("kzcite to_biblatex", n, lambda: to_biblatex(refs))
    rate("kzcite to_csl_json", n, lambda: to_csl_json(refs))
    rate("kzcite to_csl (per item, id=None)", n, lambda: [to_csl(r) for r in refs])
    rate("kzcite to_ris", n, lambda: to_ris(refs))
    rate("kzcite to_kzjson", n, lambda: to_kzjson(refs))
    data = to_pybtex(refs)
    rate("kzcite to_pybtex (build data)", n, lambda: to_pybtex(refs), repeat=1)
    rate("pybtex writer (data.to_string)", n, lambda: data.to_string("bibtex"), repeat=1)
    print("\nreaders")
    bib, csl, ris, kz = to_bibtex(refs), to_csl_json(refs), to_ris(refs), to_kzjson(refs)
    rate("read_bibtex (pybtex parser)", n, lambda: read_bibtex(bib), repeat=1)
    rate("read_csl_json", n, lambda: read_csl_json(csl))
    rate("read_ris", n, lambda: read_ris(ris))
    rate("read_kzjson", n, lambda: read_kzjson(kz))


if __name__ == "__main__":
    main()
