"""CSL-JSON, the format citeproc processors, Zotero and pandoc read.

Mapping (empty fields are omitted):

* ``type``: article → ``article-journal`` when volume, issue or pages are known, else
  ``article-newspaper``; webpage → ``webpage``; legal → ``legislation``; report →
  ``report``; book → ``book``; chapter → ``chapter``; other → ``document``.
* the outlet goes to ``publisher`` for books, chapters and reports, and to
  ``container-title`` for everything else (the newspaper, site, journal, or the gazette
  or legal database that published an act).
* ``author``: ``{"family", "given"}`` or ``{"literal"}`` for an organisation.
* ``issued`` / ``accessed``: ``{"date-parts": [[y, m, d]]}`` at the known precision; a
  range has two rows.
* ``title``, ``URL``, ``DOI``, ``language`` (ISO code), ``volume``, ``issue``, ``page``,
  ``number``, ``publisher-place``, ``note``.
* What CSL has no variable for travels in CSL 1.0.2's ``custom`` object, so that
  :func:`from_csl` gets it back: ``translated-title``, ``alt-titles``, ``urls``,
  ``outlet-id``, ``other-dates``. (``original-title`` would be wrong for a bracketed
  translation: the title kzcite keeps *is* the original.)

:func:`from_csl` inverts :func:`to_csl` and reads CSL items from other tools
(name particles, ``literal``/``raw`` dates, string date parts).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from kzcite._keys import citation_key, citation_keys
from kzcite.errors import InputError, KzciteError
from kzcite.records import Kind, PartialDate, Person, Reference

__all__ = ["from_csl", "read_csl_json", "to_csl", "to_csl_json"]

_KIND_TYPES = {
    Kind.WEBPAGE: "webpage",
    Kind.LEGAL: "legislation",
    Kind.REPORT: "report",
    Kind.BOOK: "book",
    Kind.CHAPTER: "chapter",
    Kind.OTHER: "document",
}
_TYPE_KINDS = {
    "article": Kind.ARTICLE,
    "article-newspaper": Kind.ARTICLE,
    "article-journal": Kind.ARTICLE,
    "article-magazine": Kind.ARTICLE,
    "review": Kind.ARTICLE,
    "review-book": Kind.ARTICLE,
    "interview": Kind.ARTICLE,
    "webpage": Kind.WEBPAGE,
    "post": Kind.WEBPAGE,
    "post-weblog": Kind.WEBPAGE,
    "legislation": Kind.LEGAL,
    "bill": Kind.LEGAL,
    "legal_case": Kind.LEGAL,
    "regulation": Kind.LEGAL,
    "treaty": Kind.LEGAL,
    "hearing": Kind.LEGAL,
    "report": Kind.REPORT,
    "standard": Kind.REPORT,
    "book": Kind.BOOK,
    "classic": Kind.BOOK,
    "chapter": Kind.CHAPTER,
    "entry-encyclopedia": Kind.CHAPTER,
    "entry-dictionary": Kind.CHAPTER,
    "paper-conference": Kind.CHAPTER,
}
_PUBLISHER_KINDS = frozenset({Kind.BOOK, Kind.CHAPTER, Kind.REPORT})
_SIMPLE = (
    ("volume", "volume"),
    ("issue", "issue"),
    ("pages", "page"),
    ("number", "number"),
    ("place", "publisher-place"),
    ("note", "note"),
)


def _date(date: PartialDate) -> dict[str, Any]:
    rows = [date.date_parts()]
    if date.end is not None:
        rows.append(date.end.date_parts())
    out: dict[str, Any] = {"date-parts": rows}
    if date.season is not None:
        out["season"] = date.season
    return out


def _person(person: Person) -> dict[str, str]:
    if person.literal:
        return {"literal": person.literal}
    out = {}
    if person.family:
        out["family"] = person.family
    if person.given:
        out["given"] = person.given
    return out


def to_csl(ref: Reference, *, id: str | None = None) -> dict[str, Any]:
    """One CSL-JSON item; ``id`` defaults to the reference's citation key.

    >>> from kzcite.records import Kind, PartialDate, Reference
    >>> to_csl(Reference("", kind=Kind.ARTICLE, title="Kazakhstan ratifies",
    ...     outlet="Eurasianet", date=PartialDate(2021, 12, 22), language="en"))
    ... # doctest: +NORMALIZE_WHITESPACE
    {'id': 'eurasianet2021kazakhstan', 'type': 'article-newspaper',
     'title': 'Kazakhstan ratifies', 'container-title': 'Eurasianet',
     'issued': {'date-parts': [[2021, 12, 22]]}, 'language': 'en'}
    """
    kind = ref.kind
    if kind is Kind.ARTICLE:
        csl_type = (
            "article-journal" if ref.volume or ref.issue or ref.pages else "article-newspaper"
        )
    else:
        csl_type = _KIND_TYPES[kind]
    item: dict[str, Any] = {"id": citation_key(ref) if id is None else id, "type": csl_type}
    if ref.title:
        item["title"] = ref.title
    if ref.authors:
        people = [_person(p) for p in ref.authors if p.literal or p.family or p.given]
        if people:
            item["author"] = people
    if ref.outlet:
        item["publisher" if kind in _PUBLISHER_KINDS else "container-title"] = ref.outlet
    if ref.date is not None:
        item["issued"] = _date(ref.date)
    if ref.access_date is not None:
        item["accessed"] = _date(ref.access_date)
    if ref.url:
        item["URL"] = ref.url
    if ref.doi:
        item["DOI"] = ref.doi
    if ref.language:
        item["language"] = ref.language
    for attr, name in _SIMPLE:
        value = getattr(ref, attr)
        if value:
            item[name] = value
    custom: dict[str, Any] = {}
    if ref.translated_title:
        custom["translated-title"] = ref.translated_title
    if ref.alt_titles:
        custom["alt-titles"] = list(ref.alt_titles)
    if ref.urls:
        custom["urls"] = list(ref.urls)
    if ref.outlet_id:
        custom["outlet-id"] = ref.outlet_id
    if ref.other_dates:
        custom["other-dates"] = [{"label": k, **_date(d)} for k, d in ref.other_dates]
    if custom:
        item["custom"] = custom
    return item


def to_csl_json(refs: Iterable[Reference], *, indent: int | None = 2) -> str:
    """A CSL-JSON array with unique ids (the citation keys), UTF-8 kept as is."""
    refs = list(refs)
    items = [to_csl(r, id=k) for k, r in zip(citation_keys(refs), refs, strict=True)]
    return json.dumps(items, ensure_ascii=False, indent=indent)


# --------------------------------------------------------------------------- reading

_ISO_DATE = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?(?:/\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)?")


def _str(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # some tools write container-title as a list
        value = next((v for v in value if v), None)
        if value is None:
            return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(f"{name!r} must be a string, not {type(value).__name__}")
    text = str(value).strip()
    return text or None


def _row(row: Any) -> PartialDate:
    if not isinstance(row, list) or not row:
        raise InputError(f"bad date-parts row {row!r}")
    try:
        nums = [int(x) for x in row[:3] if str(x).strip() != ""]
    except (TypeError, ValueError):
        raise InputError(f"bad date-parts row {row!r}") from None
    if not nums:
        raise InputError(f"bad date-parts row {row!r}")
    nums += [0] * (3 - len(nums))
    return PartialDate(nums[0], nums[1] or None, nums[2] or None)


def _read_date(value: Any, name: str) -> PartialDate | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = {"raw": value}
    if not isinstance(value, Mapping):
        raise InputError(f"{name!r} must be a CSL date object")
    rows = value.get("date-parts")
    if rows:
        if not isinstance(rows, list):
            raise InputError(f"{name!r}: date-parts must be a list")
        start = _row(rows[0])
        season = value.get("season")
        if isinstance(season, str) and season.isdigit():
            season = int(season)
        if isinstance(season, int) and 1 <= season <= 4 and start.month is None:
            start = attrs.evolve(start, season=season)
        if len(rows) > 1:
            end = _row(rows[1])
            if end != start:
                return PartialDate(start.year, start.month, start.day, end=end)
        return start
    for key in ("raw", "literal"):
        text = value.get(key)
        if isinstance(text, str):
            match = _ISO_DATE.fullmatch(text.strip())
            if match:
                return PartialDate.fromisoformat(match.group())
    return None


def _read_person(value: Any) -> Person | None:
    if isinstance(value, str):
        return Person(literal=value.strip()) if value.strip() else None
    if not isinstance(value, Mapping):
        raise InputError(f"an author must be an object, not {type(value).__name__}")
    literal = _str(value.get("literal"), "literal")
    if literal:
        return Person(literal=literal)
    family_parts = [_str(value.get(k), k) for k in ("non-dropping-particle", "family")]
    family = " ".join(p for p in family_parts if p)
    given_parts = [_str(value.get(k), k) for k in ("given", "dropping-particle")]
    given = " ".join(p for p in given_parts if p)
    suffix = _str(value.get("suffix"), "suffix")
    if suffix:
        given = f"{given} {suffix}".strip()
    if not family and not given:
        return None
    return Person(family=family, given=given)


def _strings(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError(f"{name!r} must be a list")
    return tuple(s for v in value if (s := _str(v, name)))


def from_csl(item: Mapping[str, Any]) -> Reference:
    """A :class:`Reference` from one CSL-JSON item (inverts :func:`to_csl`).

    ``raw`` is empty: a CSL item is not a reference line. Malformed values raise
    :class:`~kzcite.errors.InputError`, impossible dates
    :class:`~kzcite.errors.InvalidDateError`.

    >>> from_csl({"type": "webpage", "title": "Договор", "container-title": "Kapital.kz",
    ...     "issued": {"date-parts": [["2022", "2"]]}}).date
    PartialDate(year=2022, month=2, day=None, text='', end=None, season=None)
    """
    if not isinstance(item, Mapping):
        raise InputError(f"a CSL item must be an object, not {type(item).__name__}")
    csl_type = item.get("type")
    kind = _TYPE_KINDS.get(csl_type, Kind.OTHER) if isinstance(csl_type, str) else Kind.OTHER
    if kind in _PUBLISHER_KINDS:
        outlet_keys = ("publisher", "container-title", "authority")
    else:
        outlet_keys = ("container-title", "publisher", "authority")
    outlet = next((v for k in outlet_keys if (v := _str(item.get(k), k))), None)
    authors_value = item.get("author") or ()
    if not isinstance(authors_value, list | tuple):
        raise InputError("'author' must be a list")
    authors = tuple(p for a in authors_value if (p := _read_person(a)) is not None)
    custom = item.get("custom") or {}
    if not isinstance(custom, Mapping):
        custom = {}
    other_dates: list[tuple[str, PartialDate]] = []
    for entry in custom.get("other-dates") or ():
        if isinstance(entry, Mapping) and isinstance(entry.get("label"), str):
            date = _read_date(entry, "other-dates")
            if date is not None:
                other_dates.append((entry["label"], date))
    return Reference(
        raw="",
        kind=kind,
        title=_str(item.get("title"), "title"),
        authors=authors,
        outlet=outlet,
        outlet_id=_str(custom.get("outlet-id"), "outlet-id"),
        date=_read_date(item.get("issued"), "issued"),
        url=_str(item.get("URL"), "URL"),
        language=_str(item.get("language"), "language"),
        access_date=_read_date(item.get("accessed"), "accessed"),
        other_dates=tuple(other_dates),
        doi=_str(item.get("DOI"), "DOI"),
        translated_title=_str(custom.get("translated-title"), "translated-title"),
        alt_titles=_strings(custom.get("alt-titles"), "alt-titles"),
        urls=_strings(custom.get("urls"), "urls"),
        volume=_str(item.get("volume"), "volume"),
        issue=_str(item.get("issue"), "issue"),
        pages=_str(item.get("page"), "page"),
        number=_str(item.get("number"), "number"),
        place=_str(item.get("publisher-place"), "publisher-place"),
        note=_str(item.get("note"), "note"),
    )


def read_csl_json(text: str) -> list[Reference]:
    """References from CSL-JSON text: an array of items or a single item.

    A kzcite JSON document (:mod:`kzcite.kzjson`) is recognised and read losslessly.
    Invalid JSON or a bad item raises :class:`~kzcite.errors.InputError` naming the item.

    >>> read_csl_json('[{"type": "book", "title": "Kazakhstan"}, 5]')
    Traceback (most recent call last):
    ...
    kzcite.errors.InputError: CSL-JSON item 1: a CSL item must be an object, not int
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc}") from None
    if isinstance(data, Mapping) and data.get("format") == "kzcite":
        from kzcite.kzjson import read_kzjson

        return read_kzjson(text)
    if isinstance(data, Mapping) and isinstance(data.get("items"), list):
        data = data["items"]
    items = data if isinstance(data, list) else [data]
    out: list[Reference] = []
    for index, item in enumerate(items):
        try:
            out.append(from_csl(item))
        except (KzciteError, ValueError, TypeError) as exc:
            raise InputError(f"CSL-JSON item {index}: {exc}") from None
    return out
