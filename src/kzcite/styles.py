"""Declarative citation styles: one TOML file per style, found by id or by path.

A style file has these tables (every one optional except ``[style]`` and
``[templates]``, which may also come from the style it ``inherits``):

``[style]``
    ``id``, ``title``, ``version``, ``locale``, ``inherits`` (another style id),
    ``description``, ``manual``.
``[names]``
    How a list of persons is written: ``order`` / ``others_order`` (``"family"`` or
    ``"given"``), ``initials``, ``initialize_with``, ``sort_separator``, ``delimiter``,
    ``and``, ``delimiter_before_last`` (``always`` | ``never`` | ``contextual`` |
    ``after-inverted``),
    ``et_al_min``, ``et_al_use_first``, ``et_al_use_last``, ``et_al``,
    ``et_al_delimiter``, ``family_case`` (``""`` | ``"upper"``), ``display``
    (``full`` | ``family``). Sub-tables (``[names.short]``) are named forms that
    override some of these keys; a template picks one with ``form = "short"``.
``[dates]``
    Named date forms (``[dates.issued]``, ``[dates.access]``, ...), each with a pattern
    per precision: ``day``, ``month``, ``year``. Patterns use ``{year}``, ``{month}``,
    ``{month_short}``, ``{month_gen}``, ``{month_gen_short}``, ``{mm}``, ``{m}``,
    ``{dd}``, ``{d}``.
``[terms]``
    Locale words: ``et_al``, ``no_date``, ``accessed``, ... and the month lists
    ``months``, ``months_short``, ``months_gen``, ``months_gen_short`` (12 strings each).
``[punctuation]``
    ``quote_open``, ``quote_close``, ``in_quote`` (American periods-inside-quotes),
    ``page_range``, ``ellipsis``.
``[sort]``
    ``order`` (``alphabetical`` | ``input``), ``keys`` (``entry``, ``author``,
    ``title``, ``date``), ``script_order`` (e.g. ``["cyrillic", "latin"]``),
    ``ignore_articles``.
``[citation]``
    In-text form: ``mode`` (``author-date`` | ``numeric`` | ``note``), ``prefix``,
    ``suffix``, ``delimiter``, ``template`` (a list of parts).
``[bibliography]``
    ``numbered`` and ``number_format`` (``"{n}. "``).
``[non_latin]``
    ``policy`` (``keep`` | ``romanize`` | ``romanize+original`` | ``translate``),
    ``scheme``, ``fields``, ``translation`` (``brackets`` | ``none``), ``combine``.
``[templates]`` and ``[notes]``
    One list of parts per kind (``article``, ``webpage``, ``legal``, ``report``,
    ``book``, ``chapter``, ``other``); ``other`` is the fallback.

A *part* is an inline table with exactly one of ``var``, ``text``, ``term`` or
``group`` and optional ``prefix``, ``suffix``, ``font`` (``italic`` | ``bold`` |
``normal``), ``quotes``, ``form``, ``case`` (``upper`` | ``lower`` |
``capitalize-first`` | ``title``: English headline case, minor words kept
lower), ``delimiter`` (groups), ``substitute`` (parts tried when the
variable is empty; variables they use are not repeated later), and ``if`` (a condition
or a list of conditions that must all hold: ``"url"``, ``"!author"``,
``"authors<4"``, ``"kind=article"``, ``"lang=ru"``, ``"script=cyrillic"``,
``"date=day"`` (the date's precision), ``"truncated"``, ``"nonlatin"``;
``"volume|issue"`` holds when either does).
A group is dropped when it has variables and none of them printed.
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
import re
import string
import tomllib
import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from kzcite.errors import StyleError

__all__ = [
    "KINDS",
    "VARIABLES",
    "DateForm",
    "NameFormat",
    "Part",
    "Style",
    "StyleInfo",
    "check_style",
    "list_styles",
    "load_style",
    "style_dirs",
]

ENV_VAR = "KZCITE_STYLES"
ENTRY_POINT_GROUP = "kzcite.styles"

KINDS = ("article", "webpage", "legal", "report", "book", "chapter", "other")

#: Variables a template part may print.
VARIABLES = frozenset(
    {
        "author",
        "title",
        "outlet",
        "date",
        "year",
        "access_date",
        "url",
        "doi",
        "volume",
        "issue",
        "pages",
        "number",
        "place",
        "translated_title",
        "note",
        "language",
        "citation_number",
    }
)

#: Names a condition may test for presence.
_PRESENCE = frozenset(
    {
        "author",
        "authors",
        "title",
        "outlet",
        "date",
        "access_date",
        "url",
        "doi",
        "volume",
        "issue",
        "pages",
        "number",
        "place",
        "translated_title",
        "note",
        "language",
        "truncated",
        "nonlatin",
    }
)

_SECTIONS = frozenset(
    {
        "style",
        "names",
        "dates",
        "terms",
        "punctuation",
        "sort",
        "citation",
        "bibliography",
        "non_latin",
        "templates",
        "notes",
    }
)
_STYLE_KEYS = frozenset(
    {"id", "title", "version", "locale", "inherits", "description", "manual", "url"}
)
_NAME_KEYS: Mapping[str, type | tuple[type, ...]] = {
    "order": str,
    "others_order": str,
    "initials": bool,
    "initialize_with": str,
    "sort_separator": str,
    "delimiter": str,
    "and": str,
    "delimiter_before_last": str,
    "et_al_min": int,
    "et_al_use_first": int,
    "et_al_use_last": bool,
    "et_al": str,
    "et_al_delimiter": str,
    "family_case": str,
    "display": str,
}
_NAME_CHOICES = {
    "order": ("family", "given"),
    "others_order": ("family", "given"),
    "delimiter_before_last": ("always", "never", "contextual", "after-inverted"),
    "family_case": ("", "upper"),
    "display": ("full", "family"),
}
_DATE_KEYS = frozenset({"day", "month", "year"})
_DATE_TOKENS = frozenset(
    {"year", "month", "month_short", "month_gen", "month_gen_short", "mm", "m", "dd", "d"}
)
_MONTH_TERMS = ("months", "months_short", "months_gen", "months_gen_short")
_PUNCT_KEYS: Mapping[str, type] = {
    "quote_open": str,
    "quote_close": str,
    "in_quote": bool,
    "page_range": str,
    "ellipsis": str,
}
_SORT_KEYS = frozenset({"order", "keys", "script_order", "ignore_articles"})
_SORT_FIELDS = frozenset({"entry", "author", "title", "date"})
_SCRIPTS = frozenset({"cyrillic", "latin", "other"})
_CITATION_KEYS = frozenset({"mode", "prefix", "suffix", "delimiter", "template"})
_MODES = ("author-date", "numeric", "note")
_BIB_KEYS = frozenset({"numbered", "number_format"})
_NON_LATIN_KEYS = frozenset({"policy", "scheme", "fields", "translation", "combine"})
_POLICIES = ("keep", "romanize", "romanize+original", "translate")
_PART_KEYS = frozenset(
    {
        "var",
        "text",
        "term",
        "group",
        "prefix",
        "suffix",
        "font",
        "quotes",
        "form",
        "case",
        "delimiter",
        "substitute",
        "if",
    }
)
_FONTS = ("", "normal", "italic", "bold")
_CASES = ("", "upper", "lower", "capitalize-first", "title")
_COND_RE = re.compile(r"(!?)([a-z_]+)(?:(<=|>=|<|>|=)([A-Za-z0-9_+-]+))?")


# --------------------------------------------------------------------------- records


@attrs.frozen(slots=True)
class Cond:
    """One compiled template condition (see the module docstring for the syntax)."""

    name: str
    negate: bool = False
    op: str = ""
    value: str = ""
    #: alternatives of an ``a|b`` condition (true when any of them is)
    any_of: tuple[Cond, ...] = ()


@attrs.frozen(slots=True)
class Part:
    """One compiled template part."""

    var: str = ""
    text: str = ""
    term: str = ""
    group: tuple[Part, ...] = ()
    is_group: bool = False
    prefix: str = ""
    suffix: str = ""
    font: str = ""
    quotes: bool = False
    form: str = ""
    case: str = ""
    delimiter: str = ""
    substitute: tuple[Part, ...] = ()
    conds: tuple[Cond, ...] = ()
    #: every variable this part or its group/substitute parts may print
    vars: frozenset[str] = frozenset()


@attrs.frozen(slots=True)
class NameFormat:
    """How a list of persons is written (one form of ``[names]``)."""

    order: str = "family"
    others_order: str = "family"
    initials: bool = False
    initialize_with: str = ". "
    sort_separator: str = ", "
    delimiter: str = ", "
    and_: str = ""
    delimiter_before_last: str = "contextual"
    et_al_min: int = 0
    et_al_use_first: int = 1
    et_al_use_last: bool = False
    et_al: str = "et al."
    et_al_delimiter: str = " "
    family_case: str = ""
    display: str = "full"


@attrs.frozen(slots=True)
class DateForm:
    """Patterns of one date form, one per precision."""

    day: str = "{year}-{mm}-{dd}"
    month: str = "{year}-{mm}"
    year: str = "{year}"


@attrs.frozen(slots=True)
class StyleInfo:
    """A style found on the search path: what ``list_styles`` returns."""

    id: str
    title: str
    path: str
    origin: str
    locale: str = ""
    mode: str = ""


@attrs.frozen(slots=True, eq=False)
class Style:
    """A loaded, validated and compiled style (inheritance already merged)."""

    id: str
    title: str
    version: str
    locale: str
    path: str
    names: Mapping[str, NameFormat]
    dates: Mapping[str, DateForm]
    terms: Mapping[str, str]
    months: Mapping[str, tuple[str, ...]]
    quote_open: str
    quote_close: str
    in_quote: bool
    page_range: str
    ellipsis: str
    sort_order: str
    sort_keys: tuple[str, ...]
    script_order: tuple[str, ...]
    ignore_articles: tuple[str, ...]
    mode: str
    cite_prefix: str
    cite_suffix: str
    cite_delimiter: str
    cite_template: tuple[Part, ...]
    numbered: bool
    number_format: str
    non_latin_policy: str
    non_latin_scheme: str
    non_latin_fields: frozenset[str]
    translation: str
    combine: str
    templates: Mapping[str, tuple[Part, ...]]
    notes: Mapping[str, tuple[Part, ...]]
    raw: Mapping[str, Any] = attrs.field(repr=False)

    def template(self, kind: str) -> tuple[Part, ...]:
        """The bibliography template for ``kind`` (falling back to ``other``)."""
        return self.templates.get(kind) or self.templates["other"]

    def note_template(self, kind: str) -> tuple[Part, ...] | None:
        """The note template for ``kind``, or None when the style has no note form."""
        if not self.notes:
            return None
        return self.notes.get(kind) or self.notes.get("other")

    def name_format(self, form: str) -> NameFormat:
        return self.names.get(form or "default") or self.names["default"]

    def date_form(self, form: str) -> DateForm:
        return self.dates.get(form or "issued") or self.dates["issued"]


# --------------------------------------------------------------------------- checking


class _Problems:
    """Collects problems as ``file: [table].key: message`` lines."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.items: list[str] = []

    def add(self, key: str, message: str) -> None:
        self.items.append(f"{self.where}: {key}: {message}")


def _type_name(t: type | tuple[type, ...]) -> str:
    if isinstance(t, tuple):
        return " or ".join(x.__name__ for x in t)
    return t.__name__


def _check_type(p: _Problems, key: str, value: Any, t: type | tuple[type, ...]) -> bool:
    ok = isinstance(value, t) and not (t is int and isinstance(value, bool))
    if not ok:
        p.add(key, f"expected {_type_name(t)}, got {type(value).__name__} {value!r}")
    return ok


def _compile_cond(p: _Problems, key: str, text: Any) -> Cond | None:
    if not isinstance(text, str):
        p.add(key, f"a condition must be a string, got {text!r}")
        return None
    if "|" in text:
        alts = [_compile_cond(p, key, alt) for alt in text.split("|")]
        if any(a is None for a in alts):
            return None
        return Cond(name="|", any_of=tuple(a for a in alts if a is not None))
    m = _COND_RE.fullmatch(text.strip())
    if m is None:
        p.add(key, f"cannot read condition {text!r}")
        return None
    neg, name, op, value = m.group(1) == "!", m.group(2), m.group(3) or "", m.group(4) or ""
    if op:
        if name == "authors":
            if not value.isdigit():
                p.add(key, f"condition {text!r}: authors compares with a number")
                return None
        elif name == "date":
            if op != "=" or value not in ("day", "month", "year"):
                p.add(key, f"condition {text!r}: date compares '=' with day, month or year")
                return None
        elif name in ("kind", "lang", "script", "mode"):
            if op != "=":
                p.add(key, f"condition {text!r}: {name} only supports '='")
                return None
            if name == "kind" and value not in KINDS:
                p.add(key, f"condition {text!r}: unknown kind {value!r}")
                return None
            if name == "script" and value not in _SCRIPTS:
                p.add(key, f"condition {text!r}: unknown script {value!r}")
                return None
        else:
            p.add(key, f"condition {text!r}: {name!r} cannot be compared")
            return None
    elif name not in _PRESENCE:
        p.add(key, f"condition {text!r}: unknown field {name!r}")
        return None
    return Cond(name=name, negate=neg, op=op, value=value)


def _compile_parts(
    p: _Problems, key: str, value: Any, terms: Mapping[str, str], names: Mapping[str, Any]
) -> tuple[Part, ...]:
    if not isinstance(value, list):
        p.add(key, f"expected a list of parts, got {type(value).__name__}")
        return ()
    out = []
    for i, item in enumerate(value):
        part = _compile_part(p, f"{key}[{i}]", item, terms, names)
        if part is not None:
            out.append(part)
    return tuple(out)


def _compile_part(
    p: _Problems, key: str, item: Any, terms: Mapping[str, str], names: Mapping[str, Any]
) -> Part | None:
    if isinstance(item, str):  # shorthand: "title" is {var = "title"}
        item = {"var": item}
    if not isinstance(item, dict):
        p.add(key, f"a part must be a table or a variable name, got {item!r}")
        return None
    unknown = sorted(set(item) - _PART_KEYS)
    if unknown:
        p.add(key, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_PART_KEYS))})")
        return None
    heads = [k for k in ("var", "text", "term", "group") if k in item]
    if len(heads) != 1:
        p.add(key, "a part needs exactly one of 'var', 'text', 'term', 'group'")
        return None
    ok = True
    for k in ("var", "text", "term", "prefix", "suffix", "font", "form", "case", "delimiter"):
        if k in item and not _check_type(p, f"{key}.{k}", item[k], str):
            ok = False
    if "quotes" in item and not _check_type(p, f"{key}.quotes", item["quotes"], bool):
        ok = False
    if not ok:
        return None
    var = item.get("var", "")
    if var and var not in VARIABLES:
        p.add(f"{key}.var", f"unknown variable {var!r}")
        return None
    term = item.get("term", "")
    if term and term not in terms:
        p.add(f"{key}.term", f"term {term!r} is not defined in [terms]")
        return None
    font = item.get("font", "")
    if font not in _FONTS:
        p.add(f"{key}.font", f"unknown font {font!r} (use {', '.join(f for f in _FONTS if f)})")
        return None
    case = item.get("case", "")
    if case not in _CASES:
        p.add(f"{key}.case", f"unknown case {case!r}")
        return None
    form = item.get("form", "")
    if form and var == "author" and form not in names:
        p.add(f"{key}.form", f"name form {form!r} is not defined in [names]")
        return None
    if form and var == "title" and form not in ("short", "plain"):
        p.add(f"{key}.form", f"title form {form!r} is unknown (short, plain)")
        return None
    if form and var == "url" and form not in ("bare", "full"):
        p.add(f"{key}.form", f"url form {form!r} is unknown (bare, full)")
        return None
    if form and var == "pages" and form != "label":
        p.add(f"{key}.form", f"pages form {form!r} is unknown (label)")
        return None
    if form and var == "doi" and form not in ("url", "plain"):
        p.add(f"{key}.form", f"doi form {form!r} is unknown (url, plain)")
        return None
    conds: list[Cond] = []
    if "if" in item:
        raw = item["if"]
        for j, c in enumerate(raw if isinstance(raw, list) else [raw]):
            cond = _compile_cond(p, f"{key}.if" + (f"[{j}]" if isinstance(raw, list) else ""), c)
            if cond is None:
                return None
            conds.append(cond)
    group: tuple[Part, ...] = ()
    if "group" in item:
        group = _compile_parts(p, f"{key}.group", item["group"], terms, names)
    substitute: tuple[Part, ...] = ()
    if "substitute" in item:
        if not var:
            p.add(f"{key}.substitute", "only a 'var' part can have a substitute")
            return None
        substitute = _compile_parts(p, f"{key}.substitute", item["substitute"], terms, names)
    return Part(
        var=var,
        text=item.get("text", ""),
        term=term,
        group=group,
        is_group="group" in item,
        prefix=item.get("prefix", ""),
        suffix=item.get("suffix", ""),
        font="" if font == "normal" else font,
        quotes=item.get("quotes", False),
        form=form,
        case=case,
        delimiter=item.get("delimiter", ""),
        substitute=substitute,
        conds=tuple(conds),
        vars=frozenset({var} - {""} | {v for sub in (*group, *substitute) for v in sub.vars}),
    )


def _name_format(p: _Problems, key: str, table: Mapping[str, Any], base: NameFormat) -> NameFormat:
    changes: dict[str, Any] = {}
    for k, v in table.items():
        if isinstance(v, dict):
            continue
        if k not in _NAME_KEYS:
            p.add(f"{key}.{k}", f"unknown key (known: {', '.join(sorted(_NAME_KEYS))})")
            continue
        if not _check_type(p, f"{key}.{k}", v, _NAME_KEYS[k]):
            continue
        if k in _NAME_CHOICES and v not in _NAME_CHOICES[k]:
            p.add(f"{key}.{k}", f"{v!r} is not one of {', '.join(map(repr, _NAME_CHOICES[k]))}")
            continue
        if k in ("et_al_min", "et_al_use_first") and v < 0:
            p.add(f"{key}.{k}", "must not be negative")
            continue
        changes["and_" if k == "and" else k] = v
    return attrs.evolve(base, **changes)


def _check_pattern(p: _Problems, key: str, pattern: Any) -> bool:
    if not _check_type(p, key, pattern, str):
        return False
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None]
    except ValueError as exc:
        p.add(key, f"bad pattern {pattern!r}: {exc}")
        return False
    for f in fields:
        if f not in _DATE_TOKENS:
            p.add(key, f"unknown date token {{{f}}} (known: {', '.join(sorted(_DATE_TOKENS))})")
            return False
    return True


def _merge(base: Mapping[str, Any], child: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge two style tables; lists (templates) are replaced, not merged."""
    out = dict(base)
    for k, v in child.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def _read_toml(path: Path | Traversable, where: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise StyleError(f"{where}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StyleError(f"{where}: cannot read: {exc}") from None
    return data


def _resolve_inheritance(
    data: dict[str, Any], where: str, p: _Problems, seen: tuple[str, ...], dirs: tuple[str, ...]
) -> dict[str, Any]:
    meta = data.get("style")
    if not isinstance(meta, dict):
        return data
    parent = meta.get("inherits")
    if parent is None:
        return data
    if not isinstance(parent, str):
        p.add("[style].inherits", f"expected a style id, got {parent!r}")
        return data
    if parent in seen:
        p.add("[style].inherits", f"inheritance cycle: {' -> '.join((*seen, parent))}")
        return data
    try:
        ppath, _origin = _find(parent, dirs)
    except StyleError:
        p.add("[style].inherits", f"unknown parent style {parent!r}")
        return data
    pdata = _read_toml(ppath, str(ppath))
    pdata = _resolve_inheritance(pdata, where, p, (*seen, parent), dirs)
    merged = _merge(pdata, data)
    # a child's templates replace its parent's kind by kind (merge handled above),
    # but the id/title of the child always win and `inherits` is consumed.
    pmeta = pdata.get("style")
    merged["style"] = {**(pmeta if isinstance(pmeta, dict) else {}), **meta}
    merged["style"].pop("inherits", None)
    return merged


def _compile(data: Mapping[str, Any], where: str, p: _Problems) -> Style | None:
    for k in data:
        if k not in _SECTIONS:
            p.add(f"[{k}]", f"unknown table (known: {', '.join(sorted(_SECTIONS))})")
    for k in _SECTIONS:
        if k in data and not isinstance(data[k], dict):
            p.add(f"[{k}]", "must be a table")
    if p.items:
        return None

    meta = data.get("style", {})
    if not meta:
        p.add("[style]", "missing")
    for k, v in meta.items():
        if k not in _STYLE_KEYS:
            p.add(f"[style].{k}", f"unknown key (known: {', '.join(sorted(_STYLE_KEYS))})")
        elif not isinstance(v, str):
            p.add(f"[style].{k}", f"expected str, got {v!r}")
    sid = meta.get("id")
    if not isinstance(sid, str) or not re.fullmatch(r"[a-z0-9][a-z0-9.+-]*", sid or ""):
        p.add("[style].id", f"an id of lowercase letters, digits, '.', '+', '-' is needed: {sid!r}")

    terms_raw = data.get("terms", {})
    terms: dict[str, str] = {}
    months: dict[str, tuple[str, ...]] = {}
    for k, v in terms_raw.items():
        if k in _MONTH_TERMS:
            if not (isinstance(v, list) and len(v) == 12 and all(isinstance(x, str) for x in v)):
                p.add(f"[terms].{k}", "expected a list of 12 month names")
            else:
                months[k] = tuple(v)
        elif isinstance(v, str):
            terms[k] = v
        else:
            p.add(f"[terms].{k}", f"expected str, got {type(v).__name__}")
    for k in _MONTH_TERMS:
        months.setdefault(k, months.get("months", tuple(str(i) for i in range(1, 13))))
    terms.setdefault("et_al", "et al.")

    names_raw = data.get("names", {})
    default = _name_format(p, "[names]", names_raw, NameFormat(et_al=terms["et_al"]))
    names: dict[str, NameFormat] = {"default": default}
    for k, v in names_raw.items():
        if isinstance(v, dict):
            names[k] = _name_format(p, f"[names.{k}]", v, default)

    dates: dict[str, DateForm] = {"issued": DateForm()}
    for k, v in data.get("dates", {}).items():
        if not isinstance(v, dict):
            p.add(f"[dates].{k}", "expected a table with day/month/year patterns")
            continue
        bad = sorted(set(v) - _DATE_KEYS)
        if bad:
            p.add(f"[dates.{k}].{bad[0]}", "unknown key (known: day, month, year)")
            continue
        if all(_check_pattern(p, f"[dates.{k}].{pk}", pv) for pk, pv in v.items()):
            base = dates.get(k, DateForm())
            dates[k] = attrs.evolve(base, **v)
    dates.setdefault("access", dates["issued"])

    punct = data.get("punctuation", {})
    for k, v in punct.items():
        if k not in _PUNCT_KEYS:
            p.add(f"[punctuation].{k}", f"unknown key (known: {', '.join(sorted(_PUNCT_KEYS))})")
        else:
            _check_type(p, f"[punctuation].{k}", v, _PUNCT_KEYS[k])

    sort = data.get("sort", {})
    for k in sort:
        if k not in _SORT_KEYS:
            p.add(f"[sort].{k}", f"unknown key (known: {', '.join(sorted(_SORT_KEYS))})")
    order = sort.get("order", "alphabetical")
    if order not in ("alphabetical", "input"):
        p.add("[sort].order", f"{order!r} is not 'alphabetical' or 'input'")
    keys = sort.get("keys", ["entry"])
    if not (isinstance(keys, list) and all(k in _SORT_FIELDS for k in keys)):
        p.add("[sort].keys", f"expected a list of {', '.join(sorted(_SORT_FIELDS))}: {keys!r}")
        keys = ["entry"]
    scripts = sort.get("script_order", ["latin", "cyrillic"])
    if not (isinstance(scripts, list) and all(s in _SCRIPTS for s in scripts)):
        p.add("[sort].script_order", f"expected a list of cyrillic/latin/other: {scripts!r}")
        scripts = ["latin", "cyrillic"]
    articles = sort.get("ignore_articles", [])
    if not (isinstance(articles, list) and all(isinstance(a, str) for a in articles)):
        p.add("[sort].ignore_articles", "expected a list of words")
        articles = []

    cit = data.get("citation", {})
    for k in cit:
        if k not in _CITATION_KEYS:
            p.add(f"[citation].{k}", f"unknown key (known: {', '.join(sorted(_CITATION_KEYS))})")
    mode = cit.get("mode", "author-date")
    if mode not in _MODES:
        p.add("[citation].mode", f"{mode!r} is not one of {', '.join(_MODES)}")
    for k in ("prefix", "suffix", "delimiter"):
        if k in cit:
            _check_type(p, f"[citation].{k}", cit[k], str)
    cite_template = _compile_parts(p, "[citation].template", cit.get("template", []), terms, names)

    bib = data.get("bibliography", {})
    for k in bib:
        if k not in _BIB_KEYS:
            p.add(f"[bibliography].{k}", "unknown key (known: numbered, number_format)")
    if "numbered" in bib:
        _check_type(p, "[bibliography].numbered", bib["numbered"], bool)
    number_format = bib.get("number_format", "{n}. ")
    if not isinstance(number_format, str) or "{n}" not in number_format:
        p.add("[bibliography].number_format", "expected a string containing {n}")
        number_format = "{n}. "

    nl = data.get("non_latin", {})
    for k in nl:
        if k not in _NON_LATIN_KEYS:
            p.add(f"[non_latin].{k}", f"unknown key (known: {', '.join(sorted(_NON_LATIN_KEYS))})")
    policy = nl.get("policy", "keep")
    if policy not in _POLICIES:
        p.add("[non_latin].policy", f"{policy!r} is not one of {', '.join(_POLICIES)}")
    scheme = nl.get("scheme", "")
    if policy in ("romanize", "romanize+original") and not (isinstance(scheme, str) and scheme):
        p.add("[non_latin].scheme", f"policy {policy!r} needs a romanization scheme id")
    fields = nl.get("fields", ["title", "outlet", "author"])
    if not (isinstance(fields, list) and set(fields) <= {"title", "outlet", "author", "place"}):
        p.add("[non_latin].fields", "expected a list of title/outlet/author/place")
        fields = ["title"]
    translation = nl.get("translation", "none")
    if translation not in ("brackets", "none"):
        p.add("[non_latin].translation", f"{translation!r} is not 'brackets' or 'none'")
    combine = nl.get("combine", "{romanized} ({original})")
    if not (isinstance(combine, str) and "{romanized}" in combine and "{original}" in combine):
        p.add("[non_latin].combine", "expected a pattern with {romanized} and {original}")
        combine = "{romanized} ({original})"

    templates: dict[str, tuple[Part, ...]] = {}
    notes: dict[str, tuple[Part, ...]] = {}
    for section, target in (("templates", templates), ("notes", notes)):
        for kind, parts in data.get(section, {}).items():
            if kind not in KINDS:
                p.add(f"[{section}].{kind}", f"unknown kind (known: {', '.join(KINDS)})")
                continue
            target[kind] = _compile_parts(p, f"[{section}].{kind}", parts, terms, names)
        if target and "other" not in target:
            p.add(f"[{section}].other", "missing: the fallback template for other kinds")
    if not templates and "templates" not in data:
        p.add("[templates]", "missing")
    if p.items:
        return None
    return Style(
        id=sid,
        title=meta.get("title", sid),
        version=meta.get("version", ""),
        locale=meta.get("locale", "en"),
        path=where,
        names=types.MappingProxyType(names),
        dates=types.MappingProxyType(dates),
        terms=types.MappingProxyType(terms),
        months=types.MappingProxyType(months),
        quote_open=punct.get("quote_open", "“"),
        quote_close=punct.get("quote_close", "”"),
        in_quote=punct.get("in_quote", False),
        page_range=punct.get("page_range", "–"),
        ellipsis=punct.get("ellipsis", "…"),
        sort_order=order,
        sort_keys=tuple(keys),
        script_order=tuple(scripts),
        ignore_articles=tuple(a.casefold() for a in articles),
        mode=mode,
        cite_prefix=cit.get("prefix", "("),
        cite_suffix=cit.get("suffix", ")"),
        cite_delimiter=cit.get("delimiter", "; "),
        cite_template=cite_template,
        numbered=bib.get("numbered", mode == "numeric"),
        number_format=number_format,
        non_latin_policy=policy,
        non_latin_scheme=scheme if isinstance(scheme, str) else "",
        non_latin_fields=frozenset(fields),
        translation=translation,
        combine=combine,
        templates=types.MappingProxyType(templates),
        notes=types.MappingProxyType(notes),
        raw=types.MappingProxyType(dict(data)),
    )


# --------------------------------------------------------------------------- finding


def _bundled_dir() -> Path | Traversable | None:
    """The styles shipped with kzcite: in the wheel, or the checkout's ``styles/``."""
    try:
        folder = resources.files("kzcite") / "styles"
        if folder.is_dir():
            return folder
    except (ModuleNotFoundError, OSError):  # pragma: no cover - defensive
        pass
    here = Path(__file__).resolve().parent
    for up in (here.parent.parent, here.parent):  # src/kzcite -> repo root
        cand = up / "styles"
        if cand.is_dir():
            return cand
    return None  # pragma: no cover - broken install


def _entry_point_dirs() -> Iterator[tuple[Path | Traversable, str]]:
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj: Any = ep.load()
            if callable(obj) and not isinstance(obj, type):
                obj = obj()
            if isinstance(obj, types.ModuleType):
                obj = resources.files(obj.__name__)
            if isinstance(obj, str | os.PathLike):
                obj = Path(obj)
        except Exception:  # a broken plugin must not break kzcite
            continue
        if isinstance(obj, Path | Traversable):
            yield obj, f"entry-point:{ep.name}"


def style_dirs(
    paths: Iterable[str | os.PathLike[str]] = (),
) -> list[tuple[Path | Traversable, str]]:
    """Folders searched for styles, first match wins: ``paths``, ``$KZCITE_STYLES``,
    entry points of group ``kzcite.styles``, then the styles bundled with kzcite."""
    out: list[tuple[Path | Traversable, str]] = [(Path(p), "user") for p in paths]
    env = os.environ.get(ENV_VAR, "")
    out += [(Path(p), "env") for p in env.split(os.pathsep) if p]
    out += list(_entry_point_dirs())
    bundled = _bundled_dir()
    if bundled is not None:
        out.append((bundled, "bundled"))
    return out


def _toml_files(folder: Path | Traversable) -> Iterator[Path | Traversable]:
    try:
        if folder.is_file() and folder.name.endswith(".toml"):
            yield folder
            return
        if not folder.is_dir():
            return
        yield from sorted(
            (f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file()),
            key=lambda f: f.name,
        )
    except OSError:
        return


def _style_id_of(f: Path | Traversable) -> str | None:
    try:
        data = tomllib.loads(f.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
        return None
    meta = data.get("style")
    sid = meta.get("id") if isinstance(meta, dict) else None
    return sid if isinstance(sid, str) else None


def _find(id_or_path: str, dirs: tuple[str, ...]) -> tuple[Path | Traversable, str]:
    path = Path(id_or_path)
    if id_or_path.endswith(".toml") or os.sep in id_or_path or "/" in id_or_path:
        if path.is_file():
            return path, "path"
        raise StyleError(f"{id_or_path}: no such style file")
    for folder, origin in style_dirs(dirs):
        for f in _toml_files(folder):  # fast path: file named after the id
            if f.name == f"{id_or_path}.toml" and _style_id_of(f) == id_or_path:
                return f, origin
        for f in _toml_files(folder):
            if f.name != f"{id_or_path}.toml" and _style_id_of(f) == id_or_path:
                return f, origin
    known = ", ".join(sorted({i.id for i in list_styles(dirs)}))
    raise StyleError(f"unknown style {id_or_path!r} (known: {known})")


def list_styles(paths: Iterable[str | os.PathLike[str]] = ()) -> list[StyleInfo]:
    """Every style on the search path (see :func:`style_dirs`), first of each id only.

    >>> "apa-7" in [s.id for s in list_styles()]
    True
    """
    seen: dict[str, StyleInfo] = {}
    for folder, origin in style_dirs(paths):
        for f in _toml_files(folder):
            try:
                data = tomllib.loads(f.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
            meta = data.get("style")
            if not isinstance(meta, dict) or not isinstance(meta.get("id"), str):
                continue
            sid = meta["id"]
            if sid in seen:
                continue
            cit = data.get("citation")
            seen[sid] = StyleInfo(
                id=sid,
                title=str(meta.get("title", sid)),
                path=str(f),
                origin=origin,
                locale=str(meta.get("locale", "")),
                mode=str(cit.get("mode", "")) if isinstance(cit, dict) else "",
            )
    return sorted(seen.values(), key=lambda s: s.id)


def _mtime(path: Path | Traversable) -> int:
    try:
        return os.stat(str(path)).st_mtime_ns
    except OSError:
        return 0


@functools.cache
def _load_cached(where: str, mtime: int, dirs: tuple[str, ...], env: str) -> Style:
    del mtime, env  # cache keys only: a changed file or search path is a new entry
    return _load_path(Path(where) if Path(where).is_file() else _locate(where), where, dirs)


def _locate(where: str) -> Path | Traversable:  # pragma: no cover - Traversable-only installs
    for folder, _origin in style_dirs():
        for f in _toml_files(folder):
            if str(f) == where:
                return f
    raise StyleError(f"{where}: no such style file")


def _own_id(data: Mapping[str, Any]) -> str:
    meta = data.get("style")
    return str(meta.get("id")) if isinstance(meta, dict) else ""


def _with_sibling(where: str, dirs: tuple[str, ...]) -> tuple[str, ...]:
    """Search paths for a style's parent: its own folder first (a user's style may
    inherit from another one beside it), then ``dirs``."""
    folder = os.path.dirname(os.path.abspath(where))
    return dirs if folder in dirs else (folder, *dirs)


def _load_path(path: Path | Traversable, where: str, dirs: tuple[str, ...]) -> Style:
    p = _Problems(where)
    data = _read_toml(path, where)
    data = _resolve_inheritance(data, where, p, (_own_id(data),), _with_sibling(where, dirs))
    style = None if p.items else _compile(data, where, p)
    if style is None:
        raise StyleError("; ".join(p.items))
    return style


def load_style(
    id_or_path: str | os.PathLike[str] | Style, *, paths: Sequence[str | os.PathLike[str]] = ()
) -> Style:
    """Load a style by id (searching :func:`style_dirs`) or by file path.

    Loads are cached per file and modification time, so passing an id to every
    ``render_entry`` call is cheap.

    >>> load_style("apa-7").mode
    'author-date'
    """
    if isinstance(id_or_path, Style):
        return id_or_path
    dirs = tuple(str(p) for p in paths)
    found, _origin = _find_cached(os.fspath(id_or_path), dirs, os.environ.get(ENV_VAR, ""))
    return _load_cached(str(found), _mtime(found), dirs, os.environ.get(ENV_VAR, ""))


@functools.lru_cache(maxsize=256)
def _find_cached(
    id_or_path: str, dirs: tuple[str, ...], env: str
) -> tuple[Path | Traversable, str]:
    del env
    return _find(id_or_path, dirs)


def check_style(
    path: str | os.PathLike[str], *, paths: Sequence[str | os.PathLike[str]] = ()
) -> list[str]:
    """Every problem of the style file at ``path`` or with id ``path`` (empty when valid).

    Each problem names the file and the offending key, e.g.
    ``my.toml: [templates].article[2].font: unknown font 'itallic' ...``.
    """
    where = os.fspath(path)
    if not Path(where).is_file() and not where.endswith(".toml") and "/" not in where:
        try:  # a style id: check the file it names
            where = str(_find(where, tuple(str(x) for x in paths))[0])
        except StyleError as exc:
            return [str(exc)]
    p = _Problems(where)
    try:
        data = _read_toml(Path(where), where)
    except StyleError as exc:
        return [str(exc)]
    dirs = _with_sibling(where, tuple(str(x) for x in paths))
    data = _resolve_inheritance(data, where, p, (_own_id(data),), dirs)
    if not p.items:
        _compile(data, where, p)
    return p.items
