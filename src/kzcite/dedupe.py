"""Find the same source however it was written, across scripts, at a million records.

A reference list merged from hundreds of articles cites one article many ways: other
quotes, case, a typo, a dropped word, another date format, an outlet alias
(``EURACTIV``/``euractiv.com``), its title romanized (``Dogovor o voennom
sotrudnichestve…`` for ``Договор о военном сотрудничестве…``), Latin letters hiding in a
Cyrillic word, a URL with tracking parameters. :func:`dedupe` groups such records into
clusters and merges each cluster into one canonical record.

How it stays near-linear: records are compared only when they share a blocking key —
canonical URL, DOI, legal-act number and date, outlet and day, the title's skeleton
(:func:`~kzcite._dedupe_keys.skeleton`: romanized, so ``voennom``/``voyennom`` meet), or
the title's rarest shared skeleton tokens, whole or less one token (so a typo or a
dropped word still meets). Over-full blocks are walked as sorted windows; lists of up to
200 records compare every pair. Candidate pairs are scored with rapidfuzz on skeletons.

How it keeps look-alikes apart: a pair is vetoed when day-precise dates are more than a
day apart (month-precise: a month; years: a year), when the numbers or month names in
the titles disagree (``Weekly digest #132``/``#133``, ``Inflation in June 2022``/``in
July 2022``), when volumes, issues or legal-act numbers differ, when both cite different
pages of one site, or when both outlets are known and differ. A title with a word
replaced by another (not misspelt) scores lower. The same title at two outlets (the same
ratification act at Әділет and at the Senate) is not merged but linked as
``same-work``. Vetoes hold for whole clusters: a record without a date cannot bridge two
records with different dates, and a record that matches two items a veto keeps apart,
equally well, joins neither (it gets ``possible`` links).

What a merge keeps: the canonical record takes the most precise date, the fullest title
in its original script (a Cyrillic title beats its romanization, which goes to
``alt_titles``; look-alike letters are folded), the registry's outlet when
:mod:`kzcite.outlets` is available, the union of authors, URLs (``urls``) and
identifiers, distinct notes joined, and the first member's ``raw``, ``fields`` and
provenance, whose ``changes`` record every field the merge changed. Every member stays
reachable: :attr:`Cluster.members` are positions in the input, so each member's raw
text and provenance is ``refs[i]``; we chose this over copying raw texts into the
canonical record, which would grow without bound for popular sources.

Outlets are compared through ``kzcite.outlets.normalize_outlet`` (registry ids) when
that module exists, else by a folded name (romanized, ``www.`` and domain endings
dropped, acronyms and domain labels matched).
"""

from __future__ import annotations

import contextlib
import datetime
import gc
import importlib
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
from rapidfuzz import fuzz

from kzcite._dedupe_keys import (
    OutletKey,
    block_keys,
    doi_key,
    fold_confusables,
    month_set,
    number_key,
    number_set,
    outlet_key,
    outlets_compatible,
    skeleton,
    title_key,
    url_key,
)
from kzcite.errors import KzciteError
from kzcite.records import Change, Kind, PartialDate, Person, Reference

__all__ = ["Cluster", "DedupeResult", "Link", "dedupe", "title_key", "url_key"]

_BLOCK_CAP = 12  # a block with more records is walked as a sorted window instead
_WINDOW = 3
_ALL_PAIRS = 200  # up to this many records, every pair is scored
_GREY = 0.15  # scores in [threshold - _GREY, threshold) become "possible" links
_SAME_WORK = 0.97
_SHORT_TITLE = 3  # titles with fewer skeleton tokens need more than a title to merge


@attrs.frozen(slots=True)
class Cluster:
    """Records that are one source.

    ``members`` are 0-based input positions (sorted); ``reason`` names the keys that
    matched (``"url"``, ``"doi"``, ``"legal-number"``, ``"outlet+date+title"``,
    ``"title~0.97"``, ``"identical"``); ``scores`` is the pairwise evidence that joined
    them, as ``(i, j, score)`` with input positions ``i < j``.
    """

    canonical: Reference
    members: tuple[int, ...]
    reason: tuple[str, ...] = ()
    scores: tuple[tuple[int, int, float], ...] = ()


@attrs.frozen(slots=True)
class Link:
    """A relation between two records in different clusters, for a person to review.

    ``kind`` is ``"same-work"`` (the same title at two outlets: one work, two items) or
    ``"possible"`` (a score in the grey zone below the threshold, or a match a veto
    blocked at cluster level).
    """

    kind: str
    a: int
    b: int
    score: float
    reason: str


@attrs.frozen(slots=True)
class DedupeResult:
    """A partition of the input into clusters (singletons included), plus links."""

    clusters: tuple[Cluster, ...]
    links: tuple[Link, ...] = ()

    def references(self) -> list[Reference]:
        """The canonical records, one per cluster, in cluster order."""
        return [c.canonical for c in self.clusters]


# A veto profile: (outlet id, year, month index, day ordinal, title numbers, title months,
# volume, issue, legal number, URL keys).
_Profile = tuple[
    int | None,
    int | None,
    int | None,
    int | None,
    frozenset[str],
    frozenset[int],
    str | None,
    str | None,
    str | None,
    tuple[str, ...],
]


def _host(key: str) -> str:
    return key.partition("/")[0].partition("?")[0]


class _Vetoes:
    """Why two records cannot be the same item; outlet comparisons are cached."""

    def __init__(self, outlets: list[OutletKey]) -> None:
        self.outlets = outlets
        self.cache: dict[tuple[int, int], bool] = {}

    def outlets_clash(self, x: int | None, y: int | None) -> bool:
        if x is None or y is None or x == y:
            return False
        key = (x, y) if x < y else (y, x)
        ok = self.cache.get(key)
        if ok is None:
            ok = self.cache[key] = outlets_compatible(self.outlets[x], self.outlets[y])
        return not ok

    def __call__(self, p: _Profile, q: _Profile, outlets: bool = True) -> str | None:
        if p is q:
            return None
        if p[1] is not None and q[1] is not None and abs(p[1] - q[1]) > 1:
            return "date"
        if p[2] is not None and q[2] is not None and abs(p[2] - q[2]) > 1:
            return "date"
        if p[3] is not None and q[3] is not None and abs(p[3] - q[3]) > 1:
            return "date"
        if p[4] != q[4] and p[4] and q[4] and not (p[4] <= q[4] or q[4] <= p[4]):
            return "title-number"
        if p[5] != q[5] and p[5] and q[5] and not (p[5] <= q[5] or q[5] <= p[5]):
            return "title-month"
        for k, name in ((6, "volume"), (7, "issue"), (8, "legal-number")):
            if p[k] is not None and q[k] is not None and p[k] != q[k]:
                return name
        if p[9] and q[9] and not any(k in q[9] for k in p[9]):
            hosts = {_host(k) for k in p[9]}
            if any(_host(k) in hosts for k in q[9]):
                return "url"  # two pages of one site
        if outlets and self.outlets_clash(p[0], q[0]):
            return "outlet"
        return None


def _date_parts(date: PartialDate | None) -> tuple[int | None, int | None, int | None]:
    if date is None:
        return None, None, None
    month = date.year * 12 + date.month - 1 if date.month is not None else None
    day = None
    if date.month is not None and date.day is not None:
        day = datetime.date(date.year, date.month, date.day).toordinal()
    return date.year, month, day


def _registry() -> Callable[[str], Any] | None:
    """``kzcite.outlets.normalize_outlet`` when that module exists."""
    try:
        module = importlib.import_module("kzcite.outlets")
    except ImportError:
        return None
    found = getattr(module, "normalize_outlet", None)
    return found if callable(found) else None


@attrs.frozen(slots=True)
class _OutletInfo:
    key: OutletKey
    name: str | None  # the registry's name, when the outlet is registered
    registry_id: str | None


def _outlet_info(
    text: str, outlet_id: str | None, normalize: Callable[[str], Any] | None
) -> _OutletInfo:
    name: str | None = None
    reg_id = outlet_id
    if normalize is not None:
        found: Any = None
        with contextlib.suppress(KzciteError, ValueError):
            found = normalize(text)
        if found is not None and getattr(found, "registered", False):
            reg_id = reg_id or getattr(found, "id", None) or None
            name = getattr(found, "name", None) or None
    return _OutletInfo(outlet_key(text, reg_id), name, reg_id)


@attrs.frozen(slots=True)
class _Features:
    """What scoring needs of the unique records, in parallel lists."""

    skels: list[tuple[str, ...]]  # title skeletons (title first, then alt titles)
    urls: list[tuple[str, ...]]
    dois: list[str | None]
    legal: list[tuple[str, str] | None]
    profiles: list[_Profile]
    outlet_infos: list[_OutletInfo | None]
    vetoes: _Vetoes


def _features(refs: Sequence[Reference]) -> _Features:
    normalize = _registry()
    outlet_ids: dict[tuple[str, str | None], int] = {}
    infos: list[_OutletInfo] = []
    number_cache: dict[str, str] = {}
    skels: list[tuple[str, ...]] = []
    urls: list[tuple[str, ...]] = []
    dois: list[str | None] = []
    legal: list[tuple[str, str] | None] = []
    profiles: list[_Profile] = []
    outlet_infos: list[_OutletInfo | None] = []
    empty_ints: frozenset[int] = frozenset()
    empty_strs: frozenset[str] = frozenset()
    for ref in refs:
        keys = []
        tk = title_key(ref.title) if ref.title else ""
        if tk:
            keys.append(tk)
        keys.extend(title_key(t) for t in ref.alt_titles)
        keys = [k for k in keys if k]
        sk = tuple(dict.fromkeys(skeleton(k) for k in keys))
        skels.append(sk)
        main_key = keys[0] if keys else ""
        nums = number_set(main_key) if main_key else empty_strs
        months = month_set(main_key) if main_key else empty_ints
        ukeys: set[str] = set()
        first_host = None
        for u in (ref.url, *ref.urls):
            if u:
                k = url_key(u)
                first_host = first_host or _host(k)
                if "/" in k or "?" in k:  # a site's front page identifies no item
                    ukeys.add(k)
        url_set = tuple(sorted(ukeys))
        urls.append(url_set)
        dois.append(doi_key(ref.doi) if ref.doi else None)
        num = None
        if ref.number:
            num = number_cache.get(ref.number)
            if num is None:
                num = number_cache[ref.number] = number_key(ref.number)
        legal.append((num, ref.date.isoformat()) if num and ref.date is not None else None)
        outlet_text = ref.outlet or ref.outlet_id or first_host
        oid = None
        if outlet_text:
            ck = (outlet_text, ref.outlet_id)
            oid = outlet_ids.get(ck)
            if oid is None:
                oid = outlet_ids[ck] = len(infos)
                infos.append(_outlet_info(outlet_text, ref.outlet_id, normalize))
        outlet_infos.append(
            infos[oid] if oid is not None and (ref.outlet or ref.outlet_id) else None
        )
        year, month, day = _date_parts(ref.date)
        prof: _Profile = (
            oid,
            year,
            month,
            day,
            nums,
            months,
            ref.volume.strip().casefold() if ref.volume else None,
            ref.issue.strip().casefold() if ref.issue else None,
            num,
            url_set,
        )
        profiles.append(prof)
    vetoes = _Vetoes([info.key for info in infos])
    return _Features(skels, urls, dois, legal, profiles, outlet_infos, vetoes)


def _tokens(sk: tuple[str, ...]) -> set[str]:
    return {t for s in sk for t in s.split() if len(t) > 1 or t.isdigit()}


def _candidates(f: _Features) -> set[int]:
    """Candidate pairs ``a * n + b`` (a < b) from blocking keys.

    Memory matters at a million records: keys go to a flat array first, a small counting
    sketch marks the keys seen twice, and only those reach the dict of blocks.
    """
    n = len(f.skels)
    pairs: set[int] = set()
    if n <= _ALL_PAIRS:  # a short list: token statistics say little, compare everything
        pairs.update(a * n + b for a in range(n) for b in range(a + 1, n))
        return pairs
    df: Counter[str] = Counter()
    for sk in f.skels:
        df.update(_tokens(sk))
    keys = array("q")
    ends = array("q")
    size = 1 << max(16, (n * 40).bit_length())
    mask = size - 1
    sketch = bytearray(size)
    for i in range(n):
        ks = block_keys(list(_tokens(f.skels[i])), df)
        ks.extend(hash(("s", s)) for s in f.skels[i])
        ks.extend(hash(("u", u)) for u in f.urls[i])
        if f.dois[i]:
            ks.append(hash(("d", f.dois[i])))
        if f.legal[i] is not None:
            ks.append(hash(("l", f.legal[i])))
        prof = f.profiles[i]
        if prof[0] is not None and prof[3] is not None and f.skels[i]:
            ks.append(hash(("od", prof[0], prof[3])))  # one outlet, one day
        for k in ks:
            j = k & mask
            if sketch[j] < 2:
                sketch[j] += 1
        keys.extend(ks)
        ends.append(len(keys))
    del df
    buckets: dict[int, int | list[int]] = {}
    start = 0
    for i in range(n):
        end = ends[i]
        for x in range(start, end):
            k = keys[x]
            if sketch[k & mask] < 2:
                continue
            cur = buckets.get(k)
            if cur is None:
                buckets[k] = i
            elif isinstance(cur, int):
                if cur != i:
                    buckets[k] = [cur, i]
            elif cur[-1] != i:
                cur.append(i)
        start = end
    del keys, ends, sketch
    for members in buckets.values():
        if isinstance(members, int):
            continue
        if len(members) <= _BLOCK_CAP:
            for x, a in enumerate(members):
                for b in members[x + 1 :]:
                    pairs.add(a * n + b if a < b else b * n + a)
        else:
            ordered = sorted(members, key=lambda i: (f.skels[i][:1], i))
            for x, a in enumerate(ordered):
                for b in ordered[x + 1 : x + 1 + _WINDOW]:
                    pairs.add(a * n + b if a < b else b * n + a)
    return pairs


def _title_sim(xs: tuple[str, ...], ys: tuple[str, ...], good: float) -> float:
    best = 0.0
    for x in xs:
        for y in ys:
            if x == y:
                return 1.0
            s = fuzz.ratio(x, y) / 100.0
            if s < good:
                s = max(s, fuzz.token_sort_ratio(x, y) / 100.0)
            best = max(best, s)
    return best


# An edge: (score, a, b, reason, outlet veto waived)
_Edge = tuple[float, int, int, str, bool]


def _score_pairs(
    f: _Features, pairs: Iterable[int], n: int, threshold: float, link_same_work: bool
) -> tuple[list[_Edge], list[_Edge]]:
    """Merge edges (score >= threshold) and link edges (same-work or grey zone)."""
    low = threshold - _GREY
    edges: list[_Edge] = []
    links: list[_Edge] = []
    profiles = f.profiles
    veto = f.vetoes
    for pair in pairs:
        a, b = divmod(pair, n)
        pa, pb = profiles[a], profiles[b]
        if veto(pa, pb, outlets=False) is not None:
            continue
        sa, sb = f.skels[a], f.skels[b]
        t = _title_sim(sa, sb, threshold) if sa and sb else None
        ident = ""
        if f.urls[a] and any(k in f.urls[b] for k in f.urls[a]):
            ident = "url"
        elif f.dois[a] is not None and f.dois[a] == f.dois[b]:
            ident = "doi"
        elif f.legal[a] is not None and f.legal[a] == f.legal[b]:
            ident = "legal-number"
        waive = False
        if veto.outlets_clash(pa[0], pb[0]):
            if ident == "url" and (t is None or t >= 0.5):
                waive = True  # one page: the outlet names are aliases
            else:
                if t is not None and t >= _SAME_WORK:
                    if link_same_work:
                        links.append((t, a, b, "same-work", False))
                    else:
                        edges.append((t, a, b, f"same-work~{t:.2f}", True))
                continue
        if ident:
            if t is not None and t < 0.5:  # one identifier, two titles: for a person
                score, reason = min(threshold, 1.0) - 0.05, ident + "+title-conflict"
            else:
                score, reason = 1.0, ident
        elif t is None:
            continue
        else:
            score = t
            outlet_eq = pa[0] is not None and pb[0] is not None
            day_eq = pa[3] is not None and pa[3] == pb[3]
            month_eq = pa[2] is not None and pa[2] == pb[2]
            exact = t == 1.0 and outlet_eq and day_eq
            reason = "outlet+date+title" if exact else f"title~{t:.2f}"
            if t < 1.0 and min(sa[0].count(" "), sb[0].count(" ")) + 1 < _SHORT_TITLE:
                score -= 0.1
            if low <= t < 1.0:
                swapped = _swapped_words(sa[0], sb[0])
                if swapped:  # a word replaced by another, not misspelt: another title
                    score -= 0.1 * swapped
                    reason += f"-swap{swapped}"
            if outlet_eq:
                score += (1.0 - score) * 0.25
            if day_eq:
                score += (1.0 - score) * 0.25
            elif month_eq:
                score += (1.0 - score) * 0.1
        if score >= threshold:
            edges.append((score, a, b, reason, waive))
        elif score >= low:
            links.append((score, a, b, reason, False))
    return edges, links


def _swapped_words(x: str, y: str) -> int:
    """How many words of ``x`` were replaced in ``y`` by a word that is no typo of them.

    A typo or a romanization leaves a close spelling on the other side; a dropped word
    leaves nothing. ``Putin launches …`` / ``Putin publishes …`` swapped a word.
    """
    a = {w for w in x.split() if len(w) > 3}
    b = {w for w in y.split() if len(w) > 3}
    only_a, only_b = a - b, b - a
    if not only_a or not only_b:
        return 0
    lone_a = [w for w in only_a if not any(fuzz.ratio(w, v) >= 70.0 for v in only_b)]
    if not lone_a:
        return 0
    lone_b = [v for v in only_b if not any(fuzz.ratio(w, v) >= 70.0 for w in only_a)]
    return min(len(lone_a), len(lone_b))


class _Clusters:
    """Union-find whose merges respect vetoes between every pair of members."""

    def __init__(self, profiles: list[_Profile], vetoes: _Vetoes) -> None:
        self.parent = list(range(len(profiles)))
        self.profiles: dict[int, set[_Profile]] = {}
        self.base = profiles
        self.veto = vetoes

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def _profile(self, root: int) -> set[_Profile]:
        got = self.profiles.get(root)
        return got if got is not None else {self.base[root]}

    def union(self, a: int, b: int, waive_outlet: bool) -> str | None:
        """Join the clusters of ``a`` and ``b``; the veto that forbids it, if any."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        pa, pb = self._profile(ra), self._profile(rb)
        for p in pa:
            for q in pb:
                why = self.veto(p, q, outlets=False)
                if why is not None:
                    return why
        if not waive_outlet:
            # a cluster's outlet names are aliases of one outlet: it clashes with another
            # cluster only when no name of one meets a name of the other
            oa = {p[0] for p in pa if p[0] is not None}
            ob = {q[0] for q in pb if q[0] is not None}
            if oa and ob and all(self.veto.outlets_clash(x, y) for x in oa for y in ob):
                return "outlet"
        if ra > rb:
            ra, rb = rb, ra
            pa, pb = pb, pa
        self.parent[rb] = ra
        self.profiles.pop(rb, None)
        self.profiles[ra] = pa | pb
        return None


def _content_order(refs: Sequence[Reference]) -> list[int]:
    """Positions of ``refs`` sorted by content, so no decision depends on input order."""
    keys = [
        (
            r.raw,
            r.title or "",
            r.outlet or "",
            r.url or "",
            r.date.isoformat() if r.date is not None else "",
        )
        for r in refs
    ]
    order = sorted(range(len(refs)), key=keys.__getitem__)
    out: list[int] = []
    x = 0
    while x < len(order):
        y = x + 1
        k = keys[order[x]]
        while y < len(order) and keys[order[y]] == k:
            y += 1
        group = order[x:y]
        if len(group) > 1:
            group.sort(key=lambda i: repr(refs[i]))
        out.extend(group)
        x = y
    return out


def dedupe(
    refs: Sequence[Reference],
    *,
    threshold: float = 0.9,
    merge: bool = True,
    link_same_work: bool = True,
) -> DedupeResult:
    """Group records that cite the same source and merge each group into one record.

    ``threshold`` is the score (0..1) a pair needs to be merged; scores up to 0.15
    below it become ``possible`` links. With ``merge=False`` each cluster's canonical
    record is its first member unchanged. With ``link_same_work=False`` the same title
    at two outlets is merged instead of linked as ``same-work``. The result does not
    depend on the order of ``refs``.

    >>> from kzcite.records import PartialDate, Reference
    >>> a = Reference("Kapital.kz, 17.02.2022, «Договор о военном сотрудничестве ...»",
    ...     title="Договор о военном сотрудничестве РК и РФ принял сенат", outlet="Kapital.kz",
    ...     date=PartialDate(2022, 2, 17))
    >>> b = Reference("kapital.kz 2022: Dogovor o voyennom sotrudnichestve RK i RF prinyal senat",
    ...     title="Dogovor o voyennom sotrudnichestve RK i RF prinyal senat", outlet="kapital.kz",
    ...     date=PartialDate(2022))
    >>> result = dedupe([a, b])
    >>> [c.members for c in result.clusters]
    [(0, 1)]
    >>> merged = result.references()[0]
    >>> merged.title, merged.date.isoformat()
    ('Договор о военном сотрудничестве РК и РФ принял сенат', '2022-02-17')
    >>> merged.alt_titles
    ('Dogovor o voyennom sotrudnichestve RK i RF prinyal senat',)
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], not {threshold}")
    # Millions of small objects make the cyclic garbage collector rescan the heap over
    # and over (a third of the run time); nothing built here forms cycles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _dedupe(refs, threshold, merge, link_same_work)
    finally:
        if collecting:
            gc.enable()


def _dedupe(
    refs: Sequence[Reference], threshold: float, merge: bool, link_same_work: bool
) -> DedupeResult:
    total = len(refs)
    # 1. identical records become one unique record, in content order
    first_pos: dict[Reference, int] = {}
    dup_of: list[int] = [0] * total
    for i, r in enumerate(refs):
        dup_of[i] = first_pos.setdefault(r, i)
    reps = list(first_pos.values())
    del first_pos
    order = _content_order([refs[i] for i in reps])
    uniq_pos = [reps[k] for k in order]  # unique id -> first input position
    uniq_of_pos = {p: u for u, p in enumerate(uniq_pos)}
    uniq = [refs[p] for p in uniq_pos]
    n = len(uniq)
    # 2. keys, 3. blocking, 4. scoring
    feats = _features(uniq)
    pairs = _candidates(feats)
    edges, link_edges = _score_pairs(feats, pairs, n, threshold, link_same_work)
    del pairs
    # 5. clustering, strongest evidence first
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    clusters = _Clusters(feats.profiles, feats.vetoes)
    accepted: list[_Edge] = []
    near: dict[int, list[tuple[float, int]]] = {}
    for score, a, b, _, _ in edges:
        near.setdefault(a, []).append((score, b))
        near.setdefault(b, []).append((score, a))
    for edge in edges:
        why = _ambiguous(edge, near, feats)
        if why is None:
            why = clusters.union(edge[1], edge[2], edge[4])
        if why is None:
            accepted.append(edge)
        else:
            link_edges.append((edge[0], edge[1], edge[2], f"{edge[3]}; blocked by {why}", False))
    # the features are no longer needed, but for the outlets the merge names
    outlet_infos = feats.outlet_infos
    del feats, edges, near
    clusters.base = []
    # 6. groups of input positions
    uid = [uniq_of_pos[dup_of[i]] for i in range(total)]  # input position -> unique id
    del uniq_of_pos
    groups: dict[int, list[int]] = {}
    for i in range(total):
        root = clusters.find(uid[i])
        groups.setdefault(root, []).append(i)
    evidence: dict[int, list[tuple[int, int, float]]] = {}
    reasons: dict[int, set[str]] = {}
    for score, a, b, reason, _ in accepted:
        root = clusters.find(a)
        pa, pb = uniq_pos[a], uniq_pos[b]
        evidence.setdefault(root, []).append((min(pa, pb), max(pa, pb), round(score, 4)))
        reasons.setdefault(root, set()).add(reason)
    for i in range(total):
        if dup_of[i] != i:
            root = clusters.find(uid[i])
            evidence.setdefault(root, []).append((dup_of[i], i, 1.0))
            reasons.setdefault(root, set()).add("identical")
    out: list[Cluster] = []
    for root, members in sorted(groups.items(), key=lambda kv: kv[1][0]):
        if len(members) == 1 or not merge:
            canonical = refs[members[0]]
        else:
            canonical = _merge(refs, members, uid, outlet_infos)
        out.append(
            Cluster(
                canonical=canonical,
                members=tuple(members),
                reason=tuple(sorted(reasons.get(root, ()))),
                scores=tuple(sorted(evidence.get(root, ()))),
            )
        )
    return DedupeResult(tuple(out), _links(link_edges, clusters, uniq_pos))


def _ambiguous(edge: _Edge, near: dict[int, list[tuple[float, int]]], f: _Features) -> str | None:
    """Whether one end of ``edge`` matches, as well, a record the other end excludes.

    A record without a date that matches the same title in 2021 and in 2023 belongs to
    one of them, but nothing says which: it is left alone and linked as ``possible``.
    """
    score, a, b = edge[0], edge[1], edge[2]
    profiles, veto = f.profiles, f.vetoes
    for x, y in ((a, b), (b, a)):
        # an outlet tells two items apart only for a record that names no outlet
        no_outlet = profiles[x][0] is None
        for s, c in near[x]:
            if c == y or s < score - 0.02:
                continue
            if veto(profiles[c], profiles[y], outlets=False) is not None or (
                no_outlet and veto.outlets_clash(profiles[c][0], profiles[y][0])
            ):
                return "ambiguous"
    return None


def _links(edges: list[_Edge], clusters: _Clusters, uniq_pos: list[int]) -> tuple[Link, ...]:
    best: dict[tuple[str, int, int], Link] = {}
    for score, a, b, reason, _ in edges:
        if clusters.find(a) == clusters.find(b):
            continue
        kind = "same-work" if reason == "same-work" else "possible"
        pa, pb = sorted((uniq_pos[a], uniq_pos[b]))
        link = Link(kind, pa, pb, round(score, 4), reason)
        key = (kind, pa, pb)
        old = best.get(key)
        if old is None or (link.score, link.reason) > (old.score, old.reason):
            best[key] = link
    return tuple(best[k] for k in sorted(best, key=lambda k: (k[1], k[2], k[0])))


# ---------------------------------------------------------------------------- merging


def _most_common(values: Iterable[str]) -> str | None:
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


_CYRILLIC = re.compile(r"[\u0400-\u052f]")


def _has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def _pick_title(titles: list[str], keys: list[str]) -> str | None:
    """The fullest title in its original script (Cyrillic before its romanization)."""
    if not titles:
        return None
    freq = Counter(keys)

    def score(x: int) -> tuple[int, int, int, int, int, str]:
        t = titles[x]
        return (
            int(_has_cyrillic(t)),
            keys[x].count(" "),
            int(not t.isupper()),
            freq[keys[x]],
            len(t),
            t,
        )

    return titles[max(range(len(titles)), key=score)]


def _person_key(p: Person) -> tuple[str, str]:
    if p.literal and not p.family:
        return (skeleton(title_key(p.literal)), "")
    given = title_key(p.given)
    return (skeleton(title_key(p.family)), given[:1])


def _merge_people(groups: Iterable[tuple[Person, ...]]) -> tuple[Person, ...]:
    out: dict[tuple[str, str], Person] = {}
    for people in groups:
        for p in people:
            k = _person_key(p)
            old = out.get(k)
            if old is None or len(p.given) > len(old.given):
                out[k] = p
    return tuple(out.values())


def _pick_date(dates: list[PartialDate]) -> PartialDate | None:
    if not dates:
        return None
    freq = Counter(d.isoformat() for d in dates)
    prec = {"year": 0, "month": 1, "day": 2}

    def score(d: PartialDate) -> tuple[int, int, str]:
        iso = d.isoformat()
        return (prec[d.precision.value], freq[iso], iso)

    return max(dates, key=score)


def _pick_url(urls: list[tuple[str, str]]) -> tuple[str | None, tuple[str, ...]]:
    """The most cited page (its cleanest link) and one link for each other page."""
    if not urls:
        return None, ()
    by_key: dict[str, list[str]] = {}
    for u, k in urls:
        by_key.setdefault(k, []).append(u)

    def best(us: list[str]) -> str:
        return min(us, key=lambda u: (not u.startswith("https://"), len(u), u))

    main_key = min(by_key, key=lambda k: (-len(by_key[k]), k))
    main = best(by_key[main_key])
    rest = tuple(sorted(best(v) for k, v in by_key.items() if k != main_key))
    return main, rest


def _merge(
    refs: Sequence[Reference],
    members: list[int],
    uid: list[int],
    outlet_infos: list[_OutletInfo | None],
) -> Reference:
    """One record for a cluster; see the module docstring for what it keeps."""
    first = refs[members[0]]
    ordered = sorted(members, key=lambda i: (uid[i], i))
    rs = [refs[i] for i in ordered]
    titled = [i for i in ordered if refs[i].title]
    titles = [refs[i].title or "" for i in titled]
    keys = [skeleton(title_key(refs[i].title or "")) for i in titled]
    chosen = _pick_title(titles, keys)
    title = fold_confusables(chosen) if chosen is not None else None
    alts: dict[str, str] = {}
    main_key = skeleton(title_key(title)) if title else ""
    main_cyr = _has_cyrillic(title) if title else False
    for t, k in zip(titles, keys, strict=True):  # romanized (or original) variants
        if k and _has_cyrillic(fold_confusables(t)) != main_cyr:
            alts.setdefault(k, fold_confusables(t))
    for r in rs:
        for t in r.alt_titles:
            k = skeleton(title_key(t))
            if k and (k != main_key or _has_cyrillic(t) != main_cyr):
                alts.setdefault(k, t)
    source = next((r for r in rs if r.title == chosen), rs[0])
    outlet = None
    outlet_id = _most_common(r.outlet_id for r in rs if r.outlet_id)
    for i in ordered:
        info = outlet_infos[uid[i]]
        if info is not None and info.name:
            outlet, outlet_id = info.name, outlet_id or info.registry_id
            break
    outlet_names = [r.outlet for r in rs if r.outlet]
    if outlet is None and outlet_names:
        counts = Counter(outlet_names)
        outlet = min(counts, key=lambda o: ("." in o, o.isupper(), -counts[o], o))
    url, other_urls = _pick_url([(u, url_key(u)) for r in rs for u in (r.url, *r.urls) if u])
    kinds = [r.kind.value for r in rs if r.kind is not Kind.OTHER]
    kind = Kind(_most_common(kinds) or Kind.OTHER.value)
    access = [r.access_date for r in rs if r.access_date is not None]
    other_dates = tuple(
        sorted(
            {(k, d) for r in rs for k, d in r.other_dates},
            key=lambda kd: (kd[0], kd[1].isoformat()),
        )
    )
    notes = list(dict.fromkeys(r.note for r in rs if r.note))
    merged = attrs.evolve(
        first,
        kind=kind,
        title=title,
        authors=_merge_people(r.authors for r in rs),
        outlet=outlet,
        outlet_id=outlet_id,
        date=_pick_date([r.date for r in rs if r.date is not None]),
        url=url,
        language=source.language or _most_common(r.language for r in rs if r.language),
        access_date=max(access, key=lambda d: d.isoformat()) if access else None,
        other_dates=other_dates,
        volume=_most_common(r.volume for r in rs if r.volume),
        issue=_most_common(r.issue for r in rs if r.issue),
        pages=_most_common(r.pages for r in rs if r.pages),
        number=_most_common(r.number for r in rs if r.number),
        place=_most_common(r.place for r in rs if r.place),
        doi=_most_common(r.doi for r in rs if r.doi),
        translated_title=_most_common(r.translated_title for r in rs if r.translated_title),
        alt_titles=tuple(alts.values()),
        urls=other_urls,
        note="; ".join(notes) if notes else None,
    )
    changes = [
        Change("dedupe", name, _text(getattr(first, name)), _text(getattr(merged, name)))
        for name in ("title", "outlet", "date", "url", "authors", "alt_titles", "urls")
        if getattr(first, name) != getattr(merged, name)
    ]
    if changes:
        prov = first.provenance
        merged = attrs.evolve(
            merged, provenance=attrs.evolve(prov, changes=(*prov.changes, *changes))
        )
    return merged


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, tuple):
        return "; ".join(p.display() if isinstance(p, Person) else str(p) for p in value)
    return str(value)
