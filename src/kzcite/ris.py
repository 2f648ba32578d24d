"""RIS, the tagged format of EndNote, Zotero, Mendeley and library catalogues.

Tags written: ``TY`` (article → ``JOUR`` when volume, issue or pages are known, else
``NEWS``; webpage ``ELEC``; legal ``STAT``; report ``RPRT``; book ``BOOK``; chapter
``CHAP``; other ``GEN``), ``ID`` (citation key), ``TI``, ``TT`` (translated title),
``AU`` (``Family, Given``; an organisation without a comma, a family name alone as
``Family,``), ``T2`` (the outlet; ``PB`` for books, chapters and reports), ``PY``
(year), ``DA`` (``YYYY/MM/DD/`` at the known precision: ``2022/06//``, ``2022///``),
``Y2`` (access date, same form), ``UR`` (one per URL), ``DO``, ``LA``, ``VL``, ``IS``,
``SP``/``EP`` (a page range ``a-b`` is split, anything else stays whole in ``SP``),
``M1`` (number), ``CY`` (place), ``N1`` (note), ``ER``.

A value can never open a new tag: every line break inside a value is written as a space.
RIS has no date ranges, so a range keeps only its start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kzcite._keys import citation_keys
from kzcite.errors import InputError, InvalidDateError
from kzcite.records import Kind, PartialDate, Person, Reference

__all__ = ["read_ris", "to_ris"]

_TYPES = {
    Kind.WEBPAGE: "ELEC",
    Kind.LEGAL: "STAT",
    Kind.REPORT: "RPRT",
    Kind.BOOK: "BOOK",
    Kind.CHAPTER: "CHAP",
    Kind.OTHER: "GEN",
}
_KINDS = {
    "JOUR": Kind.ARTICLE,
    "NEWS": Kind.ARTICLE,
    "MGZN": Kind.ARTICLE,
    "EJOUR": Kind.ARTICLE,
    "JFULL": Kind.ARTICLE,
    "ABST": Kind.ARTICLE,
    "INPR": Kind.ARTICLE,
    "ELEC": Kind.WEBPAGE,
    "BLOG": Kind.WEBPAGE,
    "WEB": Kind.WEBPAGE,
    "ICOMM": Kind.WEBPAGE,
    "STAT": Kind.LEGAL,
    "BILL": Kind.LEGAL,
    "CASE": Kind.LEGAL,
    "LEGAL": Kind.LEGAL,
    "GOVDOC": Kind.LEGAL,
    "HEAR": Kind.LEGAL,
    "RPRT": Kind.REPORT,
    "STAND": Kind.REPORT,
    "BOOK": Kind.BOOK,
    "EBOOK": Kind.BOOK,
    "EDBOOK": Kind.BOOK,
    "CHAP": Kind.CHAPTER,
    "ECHAP": Kind.CHAPTER,
    "CONF": Kind.CHAPTER,
    "CPAPER": Kind.CHAPTER,
}
_PUBLISHER_KINDS = frozenset({Kind.BOOK, Kind.CHAPTER, Kind.REPORT})
_EDGE_SPACE = re.compile(r"^\s|\s$|\s-|-\s")
_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")


def _clean(value: str) -> str:
    return _BREAKS.sub(" ", value) if _BREAKS.search(value) else value


def _ris_date(date: PartialDate) -> str:
    month = f"{date.month:02d}" if date.month is not None else ""
    day = f"{date.day:02d}" if date.day is not None else ""
    return f"{date.year:04d}/{month}/{day}/"


def _author(person: Person) -> str | None:
    if person.literal:
        return person.literal
    if person.family and person.given:
        return f"{person.family}, {person.given}"
    if person.family or person.given:
        return f"{person.family or person.given},"
    return None


def to_ris(refs: Iterable[Reference]) -> str:
    """RIS records for ``refs`` (``\\n`` line ends; keys as ``ID``).

    >>> from kzcite.records import PartialDate, Person, Reference, Kind
    >>> ris = to_ris([Reference("", kind=Kind.ARTICLE, title="Kasahstan liigub",
    ...     authors=(Person("Kressa", "Kaarel"),), outlet="Eesti Päevaleht",
    ...     date=PartialDate(2022, 6), language="et")])
    >>> print(ris.replace(" \\n", "\\n"), end="")
    TY  - NEWS
    ID  - kressa2022kasahstan
    TI  - Kasahstan liigub
    AU  - Kressa, Kaarel
    T2  - Eesti Päevaleht
    PY  - 2022
    DA  - 2022/06//
    LA  - et
    ER  -
    """
    refs = list(refs)
    lines: list[str] = []
    add = lines.append

    def tag(name: str, value: str | None) -> None:
        if value:
            add(f"{name}  - {_clean(value)}")

    for key, ref in zip(citation_keys(refs), refs, strict=True):
        kind = ref.kind
        if kind is Kind.ARTICLE:
            ris_type = "JOUR" if ref.volume or ref.issue or ref.pages else "NEWS"
        else:
            ris_type = _TYPES[kind]
        add(f"TY  - {ris_type}")
        add(f"ID  - {key}")
        tag("TI", ref.title)
        tag("TT", ref.translated_title)
        for person in ref.authors:
            tag("AU", _author(person))
        tag("PB" if kind in _PUBLISHER_KINDS else "T2", ref.outlet)
        if ref.date is not None:
            add(f"PY  - {ref.date.year:04d}")
            add(f"DA  - {_ris_date(ref.date)}")
        if ref.access_date is not None:
            add(f"Y2  - {_ris_date(ref.access_date)}")
        tag("UR", ref.url)
        for url in ref.urls:
            tag("UR", url)
        tag("DO", ref.doi)
        tag("LA", ref.language)
        tag("VL", ref.volume)
        tag("IS", ref.issue)
        if ref.pages:
            start, dash, end = ref.pages.partition("-")
            if dash and start and end and "-" not in end and not _EDGE_SPACE.search(ref.pages):
                tag("SP", start)
                tag("EP", end)
            else:
                tag("SP", ref.pages)
        tag("M1", ref.number)
        tag("CY", ref.place)
        tag("N1", ref.note)
        add("ER  - ")
        add("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- reading

_LINE = re.compile(r"([A-Z][A-Z0-9]) {1,2}- ?(.*)")
_RIS_DATE = re.compile(r"(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?")


def _parse_date(text: str | None) -> PartialDate | None:
    if not text:
        return None
    match = _RIS_DATE.match(text.strip())
    if match is None:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    for args in ((year, month, day), (year, month, None), (year, None, None)):
        try:
            return PartialDate(*args)
        except InvalidDateError:
            continue
    return None


def _person(value: str) -> Person | None:
    value = value.strip()
    if not value:
        return None
    if "," not in value:
        return Person(literal=value)
    family, _, given = value.partition(",")
    family, given = family.strip(), given.strip().rstrip(",").strip()
    if not family:
        return Person(literal=given) if given else None
    return Person(family=family, given=given)


def _record(tags: list[tuple[str, str]]) -> Reference:
    first: dict[str, str] = {}
    many: dict[str, list[str]] = {}
    for name, value in tags:
        first.setdefault(name, value)
        many.setdefault(name, []).append(value)

    def get(*names: str) -> str | None:
        for name in names:
            value = first.get(name, "").strip()
            if value:
                return value
        return None

    kind = _KINDS.get(first.get("TY", "").strip().upper(), Kind.OTHER)
    if kind in _PUBLISHER_KINDS:
        outlet = get("PB", "T2", "JO", "JF", "JA", "T3")
    else:
        outlet = get("T2", "JO", "JF", "JA", "T3", "PB")
    authors = [p for tag in ("AU", "A1") for v in many.get(tag, ()) if (p := _person(v))]
    start, end = get("SP"), get("EP")
    pages = f"{start}-{end}" if start and end else start or end
    urls = [u.strip() for u in many.get("UR", ()) if u.strip()]
    urls += [u.strip() for u in many.get("L2", ()) if u.strip() and u.strip() not in urls]
    return Reference(
        raw="",
        kind=kind,
        title=get("TI", "T1", "CT", "BT"),
        authors=tuple(authors),
        outlet=outlet,
        date=_parse_date(get("DA", "PY", "Y1")),
        url=urls[0] if urls else None,
        language=get("LA"),
        access_date=_parse_date(get("Y2")),
        volume=get("VL"),
        issue=get("IS"),
        pages=pages,
        number=get("M1"),
        place=get("CY"),
        doi=get("DO"),
        translated_title=get("TT"),
        urls=tuple(urls[1:]),
        note=get("N1"),
    )


def read_ris(text: str) -> list[Reference]:
    """References from a RIS file, one per ``TY`` … ``ER`` record.

    Lines that carry no tag continue the previous value (some writers wrap long
    values). Text before the first ``TY`` is ignored; a record without ``ER`` at the end
    of the file still counts. A file with no record raises
    :class:`~kzcite.errors.InputError` unless it is blank.
    """
    refs: list[Reference] = []
    tags: list[tuple[str, str]] | None = None
    for line in text.lstrip("\ufeff").splitlines():
        match = _LINE.match(line)
        if match is None:
            if tags and line.strip():
                name, value = tags[-1]
                tags[-1] = (name, f"{value} {line.strip()}".strip())
            continue
        name, value = match.group(1), (match.group(2) or "").strip()
        if name == "TY":
            if tags:
                refs.append(_record(tags))
            tags = [(name, value)]
        elif name == "ER":
            if tags is not None:
                refs.append(_record(tags))
            tags = None
        elif tags is not None:
            tags.append((name, value))
    if tags:
        refs.append(_record(tags))
    if not refs and text.strip():
        raise InputError("not a RIS file: no TY … ER record found")
    return refs
