"""Records per second for :func:`kzcite.normalize.normalize` on realistic references.

Builds 10,000 parsed-looking references (mixed Latin, Cyrillic and Kazakh titles and
outlets; no-break spaces, quotes, a little mojibake, look-alike letters, ALL-CAPS titles;
authors, dates, access dates, URLs) and normalizes them on one core, with the default
pipeline and with the repair pipeline. Target: >= 30,000 records/s for the default.

    .venv/bin/python benchmarks/normalize_speed.py [--n 10000] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import time

from kzcite.normalize import DEFAULT_NORMALIZERS, REPAIR_NORMALIZERS, normalize
from kzcite.records import Kind, PartialDate, Person, Reference

TITLES = [
    "Kasahstan liigub Venemaast eemale",
    "Токаев подписал закон о республиканском бюджете на 2024–2026 годы",
    "Қазақстан Республикасының Конституциясы",
    "Ukraine reports “confident control” over Kupiansk",
    "«Закон «О языках в Республике Казахстан»»",
    "„Eesti Päevaleht“ – lähemalt",
    "ТӘУЕЛСІЗДІКТІҢ АЛҒАШҚЫ ЖИЫРМА ЖЫЛЫ",
    "Kazakhstan's\u00a0oil output rises  to record",
    "Экономика Kaz\u0430khstan: итоги года",
    "Тенденции и динамика изменения численности населения Республики Казахстан",
    "Астана мен Алматы арасындағы жаңа жол",
    "Top-Down Nationalism in Post-Soviet Kazakhstan",
]
OUTLETS = [
    "Eesti Päevaleht",
    "Tengrinews",
    "Егемен Қазақстан",
    "«Казахстанская правда»",
    "ERR News",
    "Вестник КазНУ. Серия Юридическая",
    "Kyiv Independent",
    "Радио Азаттык",
    None,
]
FAMILIES = ["Kressa", "Иванов", "Әбілқайыр", "Smith", "Шевченко", "Байдавлетова"]
GIVEN = ["Kaarel", "И. И.", "М.", "John", "Т.\u00a0Г.", ""]
URLS = [
    "https://epl.delfi.ee/artikkel/1",
    "https://tengrinews.kz/kazakhstan_news/x-123/",
    "https://www.rosbalt.ru/world/2022/03/03/1.html",
    None,
]


def build(n: int, seed: int = 7) -> list[Reference]:
    rnd = random.Random(seed)
    refs = []
    for i in range(n):
        title = rnd.choice(TITLES)
        if i % 50 == 0:  # a little mojibake
            title = title.encode("utf-8").decode("latin-1")
        authors = tuple(
            Person(family=rnd.choice(FAMILIES), given=rnd.choice(GIVEN))
            for _ in range(rnd.randint(0, 2))
        )
        year = rnd.randint(1995, 2025)
        date = rnd.choice([None, PartialDate(year), PartialDate(year, rnd.randint(1, 12), 1)])
        access = PartialDate(2024, 5, 1) if rnd.random() < 0.3 else None
        outlet = rnd.choice(OUTLETS)
        url = rnd.choice(URLS)
        if i % 10 == 0:  # a URL-only or outlet-only line: no title, language unknown
            title = None
        raw = ", ".join(x for x in (outlet, title, url) if x)
        refs.append(
            Reference(
                raw=raw,
                kind=rnd.choice([Kind.ARTICLE, Kind.OTHER]),
                title=title,
                authors=authors,
                outlet=outlet,
                date=date,
                url=url,
                access_date=access,
                # The parser sets the language whenever there is a title.
                language=rnd.choice(["ru", "kk", "et", "en"]) if title else None,
            )
        )
    return refs


def run(refs: list[Reference], normalizers: object) -> float:
    # CPU time of this process: the rate one core gives, even on a busy machine.
    start = time.process_time()
    for ref in refs:
        normalize(ref, normalizers=normalizers)  # type: ignore[arg-type]
    return len(refs) / (time.process_time() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    refs = build(args.n)
    run(refs[:500], DEFAULT_NORMALIZERS)  # warm caches (data files, regexes)
    run(refs[:500], REPAIR_NORMALIZERS)
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run(refs, DEFAULT_NORMALIZERS)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    best_default = max(run(refs, DEFAULT_NORMALIZERS) for _ in range(5))
    best_repair = max(run(refs, REPAIR_NORMALIZERS) for _ in range(5))
    n = args.n
    print(f"normalize, default pipeline: {best_default:,.0f} records/s ({n} references, 1 core)")
    print(f"normalize, repair pipeline:  {best_repair:,.0f} records/s ({n} references, 1 core)")


if __name__ == "__main__":
    main()
