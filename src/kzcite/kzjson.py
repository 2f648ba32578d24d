"""kzcite's own JSON: every field of every :class:`~kzcite.records.Reference`, lossless.

Unlike CSL-JSON it keeps what only kzcite knows — the raw line, field spans and
confidences, diagnostics, provenance and the normalization changes, the original text of
each date — so a parse can be saved, reviewed and loaded again without loss::

    {"format": "kzcite", "version": 1, "references": [{"raw": "...", "kind": "article", ...}]}

Empty values (``None``, ``()``, ``""`` defaults) are omitted. :func:`read_kzjson` also
takes a bare array of reference objects. Unknown keys are an error, not silently dropped.

>>> from kzcite.records import PartialDate, Reference
>>> ref = Reference("Kapital.kz, 17.02.2022", outlet="Kapital.kz",
...     date=PartialDate(2022, 2, 17, text="17.02.2022"))
>>> reference_to_dict(ref)  # doctest: +NORMALIZE_WHITESPACE
{'raw': 'Kapital.kz, 17.02.2022', 'kind': 'other', 'outlet': 'Kapital.kz',
 'date': {'year': 2022, 'month': 2, 'day': 17, 'text': '17.02.2022'}}
>>> read_kzjson(to_kzjson([ref]))[0].date.text
'17.02.2022'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from kzcite.errors import InputError, KzciteError
from kzcite.records import (
    Change,
    Diagnostic,
    FieldInfo,
    Kind,
    PartialDate,
    Person,
    Provenance,
    Reference,
    Severity,
    Span,
)

__all__ = ["read_kzjson", "reference_from_dict", "reference_to_dict", "to_kzjson"]

FORMAT = "kzcite"
VERSION = 1

_STRINGS = (
    "title",
    "outlet",
    "outlet_id",
    "url",
    "language",
    "volume",
    "issue",
    "pages",
    "number",
    "place",
    "doi",
    "translated_title",
    "note",
)


# --------------------------------------------------------------------------- writing


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _date(date: PartialDate) -> dict[str, Any]:
    out: dict[str, Any] = {"year": date.year}
    if date.month is not None:
        out["month"] = date.month
    if date.day is not None:
        out["day"] = date.day
    if date.season is not None:
        out["season"] = date.season
    if date.text:
        out["text"] = date.text
    if date.end is not None:
        out["end"] = _date(date.end)
    return out


def _person(person: Person) -> dict[str, str]:
    return {
        k: v
        for k, v in (
            ("family", person.family),
            ("given", person.given),
            ("literal", person.literal),
        )
        if v
    }


def _diagnostic(diag: Diagnostic) -> dict[str, Any]:
    out: dict[str, Any] = {"code": diag.code, "message": diag.message}
    if diag.span is not None:
        out["span"] = _span(diag.span)
    if diag.severity is not Severity.WARNING:
        out["severity"] = diag.severity.value
    if diag.line is not None:
        out["line"] = diag.line
    if diag.source is not None:
        out["source"] = diag.source
    return out


def _provenance(prov: Provenance) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("source", "line_start", "line_end", "header"):
        value = getattr(prov, name)
        if value is not None:
            out[name] = value
    if prov.changes:
        out["changes"] = [
            {"step": c.step, "field": c.field, "before": c.before, "after": c.after}
            for c in prov.changes
        ]
    return out


def reference_to_dict(ref: Reference) -> dict[str, Any]:
    """A JSON-ready dict of every field of ``ref`` (empty ones left out)."""
    out: dict[str, Any] = {"raw": ref.raw, "kind": ref.kind.value}
    if ref.title is not None:
        out["title"] = ref.title
    if ref.authors:
        out["authors"] = [_person(p) for p in ref.authors]
    for name in _STRINGS[1:]:
        value = getattr(ref, name)
        if value is not None:
            out[name] = value
    if ref.date is not None:
        out["date"] = _date(ref.date)
    if ref.access_date is not None:
        out["access_date"] = _date(ref.access_date)
    if ref.other_dates:
        out["other_dates"] = [{"label": k, "date": _date(d)} for k, d in ref.other_dates]
    if ref.alt_titles:
        out["alt_titles"] = list(ref.alt_titles)
    if ref.urls:
        out["urls"] = list(ref.urls)
    if ref.fields:
        out["fields"] = [
            {"name": f.name, "span": _span(f.span), "confidence": f.confidence} for f in ref.fields
        ]
    if ref.diagnostics:
        out["diagnostics"] = [_diagnostic(d) for d in ref.diagnostics]
    provenance = _provenance(ref.provenance)
    if provenance:
        out["provenance"] = provenance
    return out


def to_kzjson(refs: Iterable[Reference], *, indent: int | None = 2) -> str:
    """``refs`` as a kzcite JSON document (UTF-8 kept as is)."""
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "references": [reference_to_dict(r) for r in refs],
    }
    return json.dumps(doc, ensure_ascii=False, indent=indent)


# --------------------------------------------------------------------------- reading


def _expect(value: Any, types: type | tuple[type, ...], what: str) -> Any:
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in _tuple(types)):
        raise InputError(f"{what}: expected {_names(types)}, got {type(value).__name__}")
    return value


def _tuple(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def _names(types: type | tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in _tuple(types))


def _keys(d: Mapping[str, Any], allowed: Iterable[str], what: str) -> None:
    extra = set(d) - set(allowed)
    if extra:
        raise InputError(f"{what}: unknown key(s) {', '.join(sorted(extra))}")


def _opt_str(d: Mapping[str, Any], key: str, what: str) -> str | None:
    value = d.get(key)
    return None if value is None else _expect(value, str, f"{what}.{key}")


def _opt_int(d: Mapping[str, Any], key: str, what: str) -> int | None:
    value = d.get(key)
    return None if value is None else _expect(value, int, f"{what}.{key}")


def _read_span(value: Any, what: str) -> Span | None:
    if value is None:
        return None
    _expect(value, list, what)
    if len(value) != 2:
        raise InputError(f"{what}: a span is [start, end]")
    start, end = (_expect(v, int, what) for v in value)
    try:
        return Span(start, end)
    except ValueError as exc:
        raise InputError(f"{what}: {exc}") from None


def _read_date(value: Any, what: str) -> PartialDate:
    _expect(value, dict, what)
    _keys(value, ("year", "month", "day", "season", "text", "end"), what)
    end = value.get("end")
    return PartialDate(
        _expect(value.get("year"), int, f"{what}.year"),
        _opt_int(value, "month", what),
        _opt_int(value, "day", what),
        text=_opt_str(value, "text", what) or "",
        end=None if end is None else _read_date(end, f"{what}.end"),
        season=_opt_int(value, "season", what),
    )


def _read_person(value: Any, what: str) -> Person:
    _expect(value, dict, what)
    _keys(value, ("family", "given", "literal"), what)
    return Person(
        family=_opt_str(value, "family", what) or "",
        given=_opt_str(value, "given", what) or "",
        literal=_opt_str(value, "literal", what) or "",
    )


def _read_list(d: Mapping[str, Any], key: str, what: str) -> list[Any]:
    value = d.get(key)
    if value is None:
        return []
    out: list[Any] = _expect(value, list, f"{what}.{key}")
    return out


def _read_field(value: Any, what: str) -> FieldInfo:
    _expect(value, dict, what)
    _keys(value, ("name", "span", "confidence"), what)
    confidence = _expect(value.get("confidence"), (int, float), f"{what}.confidence")
    return FieldInfo(
        _expect(value.get("name"), str, f"{what}.name"),
        _read_span(value.get("span"), f"{what}.span"),
        float(confidence),
    )


def _read_diagnostic(value: Any, what: str) -> Diagnostic:
    _expect(value, dict, what)
    _keys(value, ("code", "message", "span", "severity", "line", "source"), what)
    severity = value.get("severity", Severity.WARNING.value)
    try:
        sev = Severity(severity)
    except ValueError:
        raise InputError(f"{what}.severity: unknown severity {severity!r}") from None
    return Diagnostic(
        _expect(value.get("code"), str, f"{what}.code"),
        _expect(value.get("message"), str, f"{what}.message"),
        span=_read_span(value.get("span"), f"{what}.span"),
        severity=sev,
        line=_opt_int(value, "line", what),
        source=_opt_str(value, "source", what),
    )


def _read_provenance(value: Any, what: str) -> Provenance:
    _expect(value, dict, what)
    _keys(value, ("source", "line_start", "line_end", "header", "changes"), what)
    changes = []
    for i, c in enumerate(_read_list(value, "changes", what)):
        cw = f"{what}.changes[{i}]"
        _expect(c, dict, cw)
        _keys(c, ("step", "field", "before", "after"), cw)
        changes.append(
            Change(
                *(_expect(c.get(k), str, f"{cw}.{k}") for k in ("step", "field", "before", "after"))
            )
        )
    return Provenance(
        source=_opt_str(value, "source", what),
        line_start=_opt_int(value, "line_start", what),
        line_end=_opt_int(value, "line_end", what),
        header=_opt_str(value, "header", what),
        changes=tuple(changes),
    )


_REFERENCE_KEYS = frozenset(
    {
        "raw",
        "kind",
        "authors",
        "date",
        "access_date",
        "other_dates",
        "alt_titles",
        "urls",
        "fields",
        "diagnostics",
        "provenance",
        *_STRINGS,
    }
)


def reference_from_dict(d: Mapping[str, Any]) -> Reference:
    """The :class:`Reference` that :func:`reference_to_dict` made ``d`` from.

    Malformed input raises :class:`~kzcite.errors.InputError` (or
    :class:`~kzcite.errors.InvalidDateError` for impossible dates).
    """
    what = "reference"
    _expect(d, dict, what)
    _keys(d, _REFERENCE_KEYS, what)
    kind_value = d.get("kind", Kind.OTHER.value)
    try:
        kind = Kind(kind_value)
    except ValueError:
        raise InputError(f"{what}.kind: unknown kind {kind_value!r}") from None
    other_dates = []
    for i, item in enumerate(_read_list(d, "other_dates", what)):
        iw = f"{what}.other_dates[{i}]"
        _expect(item, dict, iw)
        _keys(item, ("label", "date"), iw)
        other_dates.append(
            (_expect(item.get("label"), str, f"{iw}.label"), _read_date(item.get("date"), iw))
        )
    date, access = d.get("date"), d.get("access_date")
    strings = {name: _opt_str(d, name, what) for name in _STRINGS}
    return Reference(
        raw=_expect(d.get("raw", ""), str, f"{what}.raw"),
        kind=kind,
        authors=tuple(
            _read_person(p, f"{what}.authors[{i}]")
            for i, p in enumerate(_read_list(d, "authors", what))
        ),
        date=None if date is None else _read_date(date, f"{what}.date"),
        access_date=None if access is None else _read_date(access, f"{what}.access_date"),
        other_dates=tuple(other_dates),
        alt_titles=tuple(
            _expect(t, str, f"{what}.alt_titles") for t in _read_list(d, "alt_titles", what)
        ),
        urls=tuple(_expect(u, str, f"{what}.urls") for u in _read_list(d, "urls", what)),
        fields=tuple(
            _read_field(f, f"{what}.fields[{i}]")
            for i, f in enumerate(_read_list(d, "fields", what))
        ),
        diagnostics=tuple(
            _read_diagnostic(x, f"{what}.diagnostics[{i}]")
            for i, x in enumerate(_read_list(d, "diagnostics", what))
        ),
        provenance=(
            _read_provenance(d["provenance"], f"{what}.provenance")
            if d.get("provenance") is not None
            else Provenance()
        ),
        **strings,
    )


def read_kzjson(text: str) -> list[Reference]:
    """References from a kzcite JSON document (or a bare array of reference objects).

    Errors name the reference's index: ``InputError: reference 3: reference.kind: …``.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc}") from None
    if isinstance(data, dict):
        if data.get("format") != FORMAT:
            raise InputError('not a kzcite JSON document (no "format": "kzcite")')
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
            raise InputError(f"unsupported kzcite JSON version {version!r}")
        data = data.get("references")
    if not isinstance(data, list):
        raise InputError("kzcite JSON: expected a list of references")
    out = []
    for index, item in enumerate(data):
        try:
            out.append(reference_from_dict(item))
        except KzciteError as exc:
            raise InputError(f"reference {index}: {exc}") from None
    return out
