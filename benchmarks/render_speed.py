"""How fast kzcite formats bibliographies, beside pybtex and citeproc-py.

Run: ``.venv/bin/python benchmarks/render_speed.py [--n 10000] [--style apa-7]``

Measures, on the same N synthetic references (newspaper articles with and without an
author, Russian and Kazakh titles, legal acts, web pages, books, journal articles with
DOIs, reports):

* kzcite ``render_entry`` per output format (text, html, md, latex), entries/cpu-second;
* kzcite ``render`` (the whole sorted bibliography, text);
* pybtex's ``plain`` style on the same entries converted with ``kzcite.bibtex.to_pybtex``
  (``format_entry`` plus rendering with one reused text backend). Older pybtex ``plain``
  raised ``FieldIsMissing`` on entries it considers incomplete (an article without an
  author); failures of any kind are counted and reported, and the rate counts every
  attempted entry (pybtex 0.26 formats author-less entries, starting with the title);
* citeproc-py with its bundled ``harvard-cite-them-right`` CSL style, if citeproc-py is
  installed (``pip install citeproc-py``); skipped otherwise. citeproc-py is slow, so it
  runs on at most 1,000 entries and the rate is per entry.

The target for kzcite is at least 5,000 formatted entries per second per format. Rates
are per CPU-second of the benchmark process (wall seconds are printed beside them).
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable

from kzcite.records import Diagnostic, Kind, PartialDate, Person, Reference
from kzcite.render import FORMATS, render, render_entry
from kzcite.styles import load_style

TRUNC = Diagnostic(code="truncated-title", message="cut")

_TEMPLATES = [
    Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale",
        authors=(Person("Kressa", "Kaarel"),),
        outlet="Eesti Päevaleht",
        date=PartialDate(2022, 6, 1),
        url="https://epl.delfi.ee/artikkel/97480000",
        language="et",
    ),
    Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Kazakhstan ratifies updated military coop agreement with Russia",
        outlet="Eurasianet",
        date=PartialDate(2021, 12, 22),
        url="https://eurasianet.org/kazakhstan-ratifies",
        access_date=PartialDate(2022, 1, 18),
        language="en",
    ),
    Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Договор о военном сотрудничестве РК и РФ принял сенат",
        outlet="Kapital.kz",
        date=PartialDate(2022, 2, 17),
        url="https://kapital.kz/gosudarstvo/103000/dogovor.html",
        language="ru",
    ),
    Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Қазақстан мен Ресей арасындағы әскери ынтымақтастық",
        authors=(Person("Әлиев", "Ә."),),
        outlet="Егемен Қазақстан",
        date=PartialDate(2022, 3, 15),
        url="https://egemen.kz/article/300000",
        language="kk",
    ),
    Reference(
        raw="",
        kind=Kind.LEGAL,
        title="О ратификации Договора между Республикой Казахстан и Российской Федерацией",
        outlet="Әділет",
        number="100-VII",
        date=PartialDate(2022, 2),
        url="https://adilet.zan.kz/rus/docs/Z2200000100",
        language="ru",
    ),
    Reference(
        raw="",
        kind=Kind.WEBPAGE,
        title="Kazakhstan, Parliamentary Elections, 10 January 2021",
        outlet="OSCE",
        url="https://www.osce.org/odihr/elections/kazakhstan/470000",
        access_date=PartialDate(2023, 5, 4),
        language="en",
    ),
    Reference(
        raw="",
        kind=Kind.BOOK,
        title="Central Asia in the Era of Sovereignty",
        authors=(Person("Burghart", "Daniel L."), Person("Sabonis-Helf", "Theresa")),
        outlet="Rowman & Littlefield",
        place="Lanham",
        date=PartialDate(2018),
        language="en",
    ),
    Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="Why now? Security cooperation in Central Asia",
        authors=(Person("Smith", "John Paul"), Person("Doe", "Jane")),
        outlet="Central Asian Survey",
        volume="41",
        issue="3",
        pages="445-467",
        date=PartialDate(2022),
        doi="10.1080/02634937.2022.2034567",
        language="en",
    ),
    Reference(
        raw="",
        kind=Kind.ARTICLE,
        title="By welcoming draft-dodgers Kazakhstan increases distance from",
        outlet="EURACTIV",
        date=PartialDate(2022, 9, 29),
        url="https://www.euractiv.com/section/central-asia/news/kz",
        diagnostics=(TRUNC,),
        language="en",
    ),
    Reference(
        raw="",
        kind=Kind.REPORT,
        title="Republic of Kazakhstan: Selected Issues",
        outlet="International Monetary Fund",
        number="22/114",
        date=PartialDate(2022, 5),
        url="https://www.imf.org/en/Publications/CR/2022/05/kaz",
        language="en",
    ),
]


def make_refs(n: int) -> list[Reference]:
    """``n`` distinct references cycling through the templates."""
    out = []
    for i in range(n):
        t = _TEMPLATES[i % len(_TEMPLATES)]
        authors = tuple(
            Person(f"{p.family}{i % 97}", p.given) for p in t.authors
        )  # distinct sort keys
        out.append(
            Reference(
                raw="",
                kind=t.kind,
                title=f"{t.title} {i}",
                authors=authors,
                outlet=t.outlet,
                date=t.date,
                url=t.url,
                language=t.language,
                access_date=t.access_date,
                volume=t.volume,
                issue=t.issue,
                pages=t.pages,
                number=t.number,
                place=t.place,
                doi=t.doi,
                diagnostics=t.diagnostics,
            )
        )
    return out


def _rate(fn: Callable[[], object], count: int) -> tuple[float, float]:
    """Entries per CPU-second of this process, and the wall-clock seconds taken.

    CPU time, not wall time, so that other processes on a busy machine do not halve
    the figure; on an idle machine the two agree within a few per cent.
    """
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    return count / max(used, 1e-9), elapsed


def bench_kzcite(refs: list[Reference], style_id: str) -> None:
    style = load_style(style_id)
    render_entry(refs[0], style)  # warm caches (style compile, romanizer import)
    for fmt in FORMATS:
        rate, secs = _rate(
            lambda fmt=fmt: [render_entry(r, style, format=fmt) for r in refs], len(refs)
        )
        flag = "ok" if rate >= 5000 else "BELOW TARGET"
        print(
            f"kzcite {style_id:<22} render_entry {fmt:<6} {rate:>9,.0f} entries/cpu-s"
            f"  ({secs:.2f} s) {flag}"
        )
    rate, secs = _rate(lambda: render(refs, style), len(refs))
    print(f"kzcite {style_id:<22} render (sorted) text {rate:>7,.0f} entries/cpu-s  ({secs:.2f} s)")


def bench_pybtex(refs: list[Reference]) -> None:
    from pybtex.plugin import find_plugin
    from pybtex.style.template import FieldIsMissing

    from kzcite.bibtex import to_pybtex

    data = to_pybtex(refs)
    entries = list(data.entries.values())
    style = find_plugin("pybtex.style.formatting", "plain")()
    # One backend for all entries: ``Text.render_as("text")`` looks the backend plugin
    # up through importlib.metadata on every call, which alone caps pybtex at ~200/s.
    backend = find_plugin("pybtex.backends", "text")()
    failures: dict[str, int] = {}

    def run() -> None:
        for i, entry in enumerate(entries):
            try:
                style.format_entry(str(i), entry).text.render(backend)
            except (FieldIsMissing, KeyError, AttributeError) as exc:
                name = type(exc).__name__
                failures[name] = failures.get(name, 0) + 1

    rate, secs = _rate(run, len(entries))
    failed = sum(failures.values())
    print(
        f"pybtex plain                          text   {rate:>9,.0f} entries/cpu-s"
        f"  ({secs:.2f} s); "
        f"{failed} of {len(entries)} entries failed ({failures})"
    )


def bench_citeproc(refs: list[Reference]) -> None:
    try:
        from citeproc import (
            Citation,
            CitationItem,
            CitationStylesBibliography,
            CitationStylesStyle,
            formatter,
        )
        from citeproc.source.json import CiteProcJSON
    except ImportError:
        print("citeproc-py not installed: skipped (pip install citeproc-py)")
        return
    from kzcite.csl import to_csl

    refs = refs[:1000]
    items = [to_csl(r, id=f"r{i}") for i, r in enumerate(refs)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle("harvard-cite-them-right", validate=False)

        def run() -> None:
            source = CiteProcJSON(items)
            bib = CitationStylesBibliography(style, source, formatter.plain)
            for item in items:
                bib.register(Citation([CitationItem(item["id"])]))
            bib.sort()
            [str(e) for e in bib.bibliography()]

        rate, secs = _rate(run, len(items))
    print(
        f"citeproc-py harvard-cite-them-right   text   {rate:>9,.0f} entries/cpu-s"
        f"  ({secs:.2f} s, {len(items)} entries)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--style", default="apa-7")
    args = parser.parse_args()
    refs = make_refs(args.n)
    no_author = sum(1 for r in refs if not r.authors)
    print(f"{len(refs)} references ({no_author} without an author)")
    bench_kzcite(refs, args.style)
    if args.style != "gost-r-7.0.100-2018":
        bench_kzcite(refs, "gost-r-7.0.100-2018")
    bench_pybtex(refs)
    bench_citeproc(refs)


if __name__ == "__main__":
    main()
