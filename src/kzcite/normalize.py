r"""Normalization: an ordered pipeline of small steps over a :class:`Reference`.

Each step (a :class:`Normalizer`) declares the fields it may change. The pipeline checks
that promise: a step that changes an undeclared field, or raises, is undone (the
reference stays as it was before that step) and a ``normalizer-failed`` diagnostic is
added. Every change a step makes is recorded in ``ref.provenance.changes`` as a
:class:`~kzcite.records.Change`, so nothing is changed silently. Steps may add
diagnostics; normalizing twice changes nothing.

The default steps (:data:`DEFAULT_NORMALIZERS`) keep values as the line writes them:

``text``
    repairs damage on title, translated title, alternative titles, outlet, place and
    authors with the fixers that do not change what a careful reader would record:
    ``mojibake``, ``nfc``, ``whitespace`` and (not on names) ``strip_quotes``.
``dates``
    reports a publication date after the access date, in the far future, or a range that
    ends before it starts (``suspicious-date``); values are kept.
``outlet``
    looks the outlet (or, when no outlet is written, the URL) up in the outlet registry
    and sets ``outlet_id``; the outlet stays as written, and becomes the registry's name
    only when the line names none (no outlet, or only the host its link shows).
``language``
    fills a missing ``language`` from the title (:func:`kzcite.lang.detect_language`).
``kind``
    fills ``kind`` from the outlet's kind when the parser left it ``other``.

:data:`REPAIR_NORMALIZERS` adds the steps that change letters (look-alike letters of the
other script, Kazakh stand-in letters, spaced hyphens, ALL-CAPS titles): useful for
matching and display, not for reporting what a source wrote.

>>> from kzcite.records import Reference
>>> ref = normalize(Reference(raw="x", title="  «Договор\u00a0о  союзе» "))
>>> ref.title
'Договор о союзе'
>>> ref.provenance.changes[0]
Change(step='text', field='title', before='  «Договор\xa0о  союзе» ', after='Договор о союзе')
"""

from __future__ import annotations

import datetime
import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, cast

import attrs

from kzcite import outlets as _outlets
from kzcite._data import data_json
from kzcite.fixes import fix_caps, fix_text
from kzcite.outlets import Outlet, OutletRegistry
from kzcite.records import Change, Diagnostic, Kind, PartialDate, Person, Reference, Severity

__all__ = [
    "DEFAULT_NORMALIZERS",
    "REPAIR_NORMALIZERS",
    "Normalizer",
    "date_normalizer",
    "date_season",
    "edtf",
    "kind_normalizer",
    "normalize",
    "outlet_normalizer",
]


@attrs.frozen(slots=True)
class Normalizer:
    """One named step: a pure function over a reference that touches only ``fields``."""

    name: str
    fields: tuple[str, ...]
    func: Callable[[Reference], Reference]


# Fields a step may always touch: it adds diagnostics; the pipeline owns provenance.
_FREE = ("diagnostics", "provenance", "fields")
_FIELDS = tuple(a.name for a in attrs.fields(Reference) if a.name not in _FREE)


def _show(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, Kind):
        return value.value
    if isinstance(value, tuple):
        return "; ".join(_show(v) for v in value)
    if isinstance(value, Person):
        return value.display()
    return str(value)


_INIT = tuple(a.name for a in attrs.fields(Reference))
_INDEX = {name: i for i, name in enumerate(_INIT)}
_GET_ALL = operator.attrgetter(*_INIT)
_GET_COMPARED = operator.attrgetter(*_FIELDS)


def _replace(ref: Reference, changes: dict[str, Any]) -> Reference:
    """``attrs.evolve`` for :class:`Reference`, several times faster (hot path)."""
    values = list(_GET_ALL(ref))
    for name, value in changes.items():
        values[_INDEX[name]] = value
    return Reference(*values)


def _add_diagnostic(ref: Reference, diag: Diagnostic) -> Reference:
    if any(d.code == diag.code and d.message == diag.message for d in ref.diagnostics):
        return ref
    return _replace(ref, {"diagnostics": (*ref.diagnostics, diag)})


def _run(ref: Reference, step: Normalizer, changes: list[Change]) -> Reference:
    """Run one step; append its changes to ``changes`` (provenance is written at the end)."""
    try:
        out = step.func(ref)
    except Exception as exc:  # a failing step must not lose the reference
        return _add_diagnostic(
            ref,
            Diagnostic(
                "normalizer-failed",
                f"normalizer {step.name!r} raised {type(exc).__name__}: {exc}",
                severity=Severity.WARNING,
            ),
        )
    if out is ref:
        return ref
    if not isinstance(out, Reference):
        return _add_diagnostic(
            ref,
            Diagnostic(
                "normalizer-failed",
                f"normalizer {step.name!r} returned {type(out).__name__}, not a Reference",
            ),
        )
    mine: list[Change] = []
    for name, before, after in zip(_FIELDS, _GET_COMPARED(ref), _GET_COMPARED(out), strict=True):
        if before is after or before == after:
            continue
        if name not in step.fields:
            return _add_diagnostic(
                ref,
                Diagnostic(
                    "normalizer-failed",
                    f"normalizer {step.name!r} changed undeclared field {name!r}; undone",
                ),
            )
        mine.append(Change(step.name, name, _show(before), _show(after)))
    changes.extend(mine)
    if out.provenance is not ref.provenance:  # the pipeline owns provenance
        out = _replace(out, {"provenance": ref.provenance})
    return out


def normalize(
    ref: Reference,
    *,
    normalizers: Sequence[Normalizer] | None = None,
    registry: object | None = None,
) -> Reference:
    """Run the normalizers (default :data:`DEFAULT_NORMALIZERS`) over ``ref`` in order.

    ``registry`` is the outlet registry the ``outlet`` and ``kind`` steps look outlets up
    in (default: the registry shipped with kzcite).
    """
    steps: Sequence[Normalizer] = DEFAULT_NORMALIZERS if normalizers is None else normalizers
    if registry is not None:
        steps = [_with_registry(s, registry) for s in steps]
    changes: list[Change] = []
    for step in steps:
        ref = _run(ref, step, changes)
    if changes:
        prov = ref.provenance
        ref = _replace(ref, {"provenance": attrs.evolve(prov, changes=(*prov.changes, *changes))})
    return ref


# ---------------------------------------------------------------------------- text

_TITLE_FIXERS = ("mojibake", "nfc", "whitespace", "strip_quotes")
_NAME_FIXERS = ("mojibake", "nfc", "whitespace")
_REPAIR_FIXERS = ("confusables", "kazakh_letters", "dashes")


# Anything the safe fixers could act on: Latin-1 supplement characters (mojibake, NBSP,
# soft hyphen), zero-width characters, odd or doubled white space.
_SUSPECT = re.compile("[\u0080-\u00ff\u200b-\u200d\u2060\ufeff\u180e]|[^\\S ]|  |^ | $")
_QUOTES = frozenset("«»„“”‟\"'‚‘’‹›「」『』")


def _clean(value: str) -> bool:
    """True when the safe fixers have nothing to do (a cheap check for the hot path)."""
    if _SUSPECT.search(value) or (value and (value[0] in _QUOTES or value[-1] in _QUOTES)):
        return False
    return value.isascii() or unicodedata.is_normalized("NFC", value)


def _fix_opt(value: str | None, fixers: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    if fixers is _TITLE_FIXERS and _clean(value):
        return value
    fixed = fix_text(value, fixers=fixers)
    if fixed == value:
        return value
    return fixed or None


def _fix_person(p: Person, fixers: tuple[str, ...]) -> Person:
    if fixers is _NAME_FIXERS and _clean(p.family) and _clean(p.given) and _clean(p.literal):
        return p
    family = fix_text(p.family, fixers=fixers)
    given = fix_text(p.given, fixers=fixers)
    literal = fix_text(p.literal, fixers=fixers)
    if family == p.family and given == p.given and literal == p.literal:
        return p
    return Person(family=family, given=given, literal=literal)


def _text_step(
    title_fixers: tuple[str, ...], name_fixers: tuple[str, ...]
) -> Callable[[Reference], Reference]:
    def step(ref: Reference) -> Reference:
        changes: dict[str, Any] = {}
        for name in ("title", "translated_title", "outlet"):
            value = getattr(ref, name)
            fixed = _fix_opt(value, title_fixers)
            if fixed is not value:
                changes[name] = fixed
        place = _fix_opt(ref.place, name_fixers)
        if place is not ref.place:
            changes["place"] = place
        if ref.alt_titles:
            alts = tuple(a for a in (_fix_opt(t, title_fixers) for t in ref.alt_titles) if a)
            if alts != ref.alt_titles:
                changes["alt_titles"] = alts
        if ref.authors:
            authors = tuple(_fix_person(p, name_fixers) for p in ref.authors)
            if any(a is not b for a, b in zip(authors, ref.authors, strict=True)):
                changes["authors"] = authors
        return _replace(ref, changes) if changes else ref

    return step


_TEXT_FIELDS = ("title", "translated_title", "alt_titles", "outlet", "place", "authors")


def _caps_step(ref: Reference) -> Reference:
    if ref.title is None or not ref.title.isupper():
        return ref
    fixed = fix_caps(ref.title, lang=ref.language)
    if fixed == ref.title:
        return ref
    return _replace(ref, {"title": fixed})


# --------------------------------------------------------------------------- dates


def _start(d: PartialDate) -> tuple[int, int, int]:
    return (d.year, d.month or 1, d.day or 1)


def _after(a: PartialDate, b: PartialDate) -> bool:
    """True when ``a`` is certainly later than ``b`` at their common precision."""
    pa, pb = a.date_parts(), b.date_parts()
    k = min(len(pa), len(pb))
    return pa[:k] > pb[:k]


def date_normalizer(today: datetime.date | None = None) -> Normalizer:
    """The ``dates`` step; ``today`` (default: the current date) bounds the future."""

    def step(ref: Reference) -> Reference:
        d = ref.date
        if d is None:
            return ref
        now = today or datetime.date.today()
        problems = []
        access = ref.access_date
        if access is not None and _after(d, access):
            problems.append(f"date {d.isoformat()} is after the access date {access.isoformat()}")
        if _start(d) > (now.year + 1, now.month, now.day):
            problems.append(f"date {d.isoformat()} is more than a year in the future")
        if d.end is not None and _after(d, d.end):
            problems.append(f"date range {d.isoformat()} ends before it starts")
        info = ref.field_info("date")
        span = info.span if info is not None else None
        for message in problems:
            ref = _add_diagnostic(ref, Diagnostic("suspicious-date", message, span=span))
        return ref

    return Normalizer("dates", (), step)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


@functools.cache
def _seasons() -> dict[str, int]:
    data: dict[str, Any] = data_json("seasons.json")
    return {k: int(v) for k, v in data.items() if not k.startswith("_")}


def date_season(date: PartialDate) -> int | None:
    """The EDTF season code (21 spring … 24 winter) a year-precision date was written with.

    :class:`~kzcite.records.PartialDate` keeps the written text, so a season survives
    normalization without being turned into an invented month.

    >>> date_season(PartialDate(2021, text="осень 2021")), date_season(PartialDate(2021))
    (23, None)
    """
    if date.season is not None:
        return 20 + date.season
    if date.month is not None or not date.text:
        return None
    seasons = _seasons()
    for word in _LETTER_RUN.findall(date.text.casefold()):
        code = seasons.get(word)
        if code is not None:
            return code
    return None


def edtf(date: PartialDate) -> str:
    """EDTF text for ``date``: ISO 8601 at its precision, a season as ``YYYY-21``…``24``,
    a range as ``start/end``.

    >>> edtf(PartialDate(2021, text="Spring 2021", end=PartialDate(2022, text="winter 2022")))
    '2021-21/2022-24'
    >>> edtf(PartialDate(2022, 3, 8))
    '2022-03-08'
    """
    season = date_season(date)
    if season is not None:
        head = f"{date.year:04d}-{season}"
    else:
        head = attrs.evolve(date, end=None).isoformat()
    return head if date.end is None else f"{head}/{edtf(date.end)}"


# -------------------------------------------------------------------------- outlet


@functools.lru_cache(maxsize=8192)
def _lookup_shipped(text: str) -> Outlet | None:
    # The shipped registry never changes, so its answers can be kept (the ``outlet``
    # and ``kind`` steps ask about the same text one after the other).
    outlet = _outlets.normalize_outlet(text)
    return outlet if outlet.registered else None


def _lookup(text: str, registry: object | None) -> Outlet | None:
    """``registry`` is an :class:`~kzcite.outlets.OutletRegistry` (typed ``object`` in the
    public signatures so that they do not import the registry module's types)."""
    if registry is None:
        return _lookup_shipped(text)
    outlet = _outlets.normalize_outlet(text, registry=cast(OutletRegistry, registry))
    return outlet if outlet.registered else None


def _registered_outlet(ref: Reference, registry: object | None) -> Outlet | None:
    if ref.outlet:
        found = _lookup(ref.outlet, registry)
        if found is not None or not ref.url:
            return found
        # An outlet the registry does not know: the URL may still name the site, but
        # only trust it when the written outlet is the site's name or domain.
        by_url = _lookup(ref.url, registry)
        if by_url is not None and ref.outlet.casefold() in _names_of(by_url):
            return by_url
        return None
    if ref.url:
        return _lookup(ref.url, registry)
    return None


def _is_host_of(outlet: str, url: str | None) -> bool:
    """The outlet is only the host its link shows (the parser's name for an unnamed site)."""
    return url is not None and outlet.casefold() == (_outlets.domain_of(url) or "")


def _names_of(outlet: Outlet) -> set[str]:
    return {x.casefold() for x in (outlet.name, *outlet.names, *outlet.domains)}


def outlet_normalizer(registry: object | None = None) -> Normalizer:
    """The ``outlet`` step over ``registry`` (None: kzcite's own registry)."""

    def step(ref: Reference) -> Reference:
        if ref.outlet_id is not None and ref.outlet is not None:
            return ref
        found = _registered_outlet(ref, registry)
        if found is None:
            return ref
        changes: dict[str, Any] = {}
        if ref.outlet_id is None and found.id:
            changes["outlet_id"] = str(found.id)
        if found.name and (ref.outlet is None or _is_host_of(ref.outlet, ref.url)):
            changes["outlet"] = str(found.name)
        return _replace(ref, changes) if changes else ref

    return Normalizer("outlet", ("outlet", "outlet_id"), step)


@functools.cache
def _kind_map() -> dict[str, Kind]:
    data: dict[str, str] = data_json("normalize_kinds.json")
    return {k.casefold(): Kind(v) for k, v in data.items() if not k.startswith("_")}


def kind_normalizer(registry: object | None = None) -> Normalizer:
    """The ``kind`` step: ``other`` becomes the kind the outlet's registry kind implies."""

    def step(ref: Reference) -> Reference:
        if ref.kind is not Kind.OTHER or not (ref.outlet or ref.url):
            return ref
        found = _registered_outlet(ref, registry)
        if found is None or not getattr(found, "kind", None):
            return ref
        kind = _kind_map().get(str(found.kind).casefold())
        return ref if kind is None else _replace(ref, {"kind": kind})

    return Normalizer("kind", ("kind",), step)


def _with_registry(step: Normalizer, registry: object) -> Normalizer:
    if step.name == "outlet":
        return outlet_normalizer(registry)
    if step.name == "kind":
        return kind_normalizer(registry)
    return step


# ------------------------------------------------------------------------ language


def _language_step(ref: Reference) -> Reference:
    if ref.language is not None or not ref.title:
        return ref
    from kzcite.lang import detect_language  # on first use: startup stays light

    lang = detect_language(ref.title)
    if not isinstance(lang, str) or not lang:
        return ref
    return _replace(ref, {"language": lang})


# ------------------------------------------------------------------------ defaults

DEFAULT_NORMALIZERS: tuple[Normalizer, ...] = (
    Normalizer("text", _TEXT_FIELDS, _text_step(_TITLE_FIXERS, _NAME_FIXERS)),
    date_normalizer(),
    outlet_normalizer(),
    Normalizer("language", ("language",), _language_step),
    kind_normalizer(),
)
"""The default pipeline: ``text``, ``dates``, ``outlet``, ``language``, ``kind``."""

REPAIR_NORMALIZERS: tuple[Normalizer, ...] = (
    *DEFAULT_NORMALIZERS[:1],
    Normalizer("scripts", _TEXT_FIELDS, _text_step(_REPAIR_FIXERS, _REPAIR_FIXERS[:2])),
    Normalizer("caps", ("title",), _caps_step),
    *DEFAULT_NORMALIZERS[1:],
)
""":data:`DEFAULT_NORMALIZERS` plus ``scripts`` (look-alike and Kazakh letters, spaced
hyphens) and ``caps`` (ALL-CAPS titles to sentence case) after ``text``."""
