"""The outlet registry: who published an item, recognised from a name or a URL.

A reference names its outlet in many ways: ``Капитал.кз``, ``Kapital.kz``, ``kapital.kz``,
``«Егемен Қазақстан»``, ``Egemen Qazaqstan``, ``ERR-i``, or only a URL
(``https://majandus24.postimees.ee/…``).  :func:`normalize_outlet` maps all of them to one
canonical :class:`Outlet` from the shipped registry (``kzcite/data/outlets.csv``), and leaves
unknown outlets as they were written (cleaned) instead of guessing.

Matching is exact on precomputed keys, never fuzzy:

1. an *exact key*: NFKC, Latin/Cyrillic look-alikes folded inside mixed-script words,
   casefold, a leading "The" dropped, everything but letters and digits removed;
2. a *skeleton key*: the exact key romanized (Russian, Kazakh, Ukrainian, Belarusian,
   Kyrgyz, Tajik letters), diacritics stripped and spelling variants of transliteration folded
   (``kh``/``h``, ``y``/``j``/``i``, ``q``/``k``, doubled letters), so ``Izvestiya`` meets
   ``Известия`` and ``Qazaqstan`` meets ``Қазақстан``.

A key that two registered outlets share is ambiguous and matches nothing (``Delfi`` alone
could be Estonian, Latvian or Lithuanian Delfi); names of three characters or fewer match
only case-sensitively (``AP``, ``FT``, ``РГ``).  URLs are matched by host: the exact host,
then its parent domains down to the registered domain, never further (``stat.gov.kz`` does
not fall back to ``gov.kz``); registry domains may carry a path prefix
(``bbc.com/russian``, ``osce.org/odihr``).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

if TYPE_CHECKING:
    import tldextract

from kzcite._data import data_json, data_text
from kzcite.errors import RegistryError

__all__ = [
    "Outlet",
    "OutletRegistry",
    "domain_of",
    "normalize_outlet",
    "registered_domain",
]


@attrs.frozen(slots=True)
class Outlet:
    """A publisher of items: registered (``id`` set) or as written in the text."""

    name: str
    id: str | None = None
    kind: str | None = None
    country: str | None = None
    language: str | None = None
    domains: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def registered(self) -> bool:
        """True when the outlet comes from a registry (has an ``id``)."""
        return self.id is not None


# --------------------------------------------------------------------------------------
# rules (data file)


@functools.cache
def _rules() -> dict[str, Any]:
    rules: dict[str, Any] = data_json("outlet_rules.json")
    return rules


@functools.cache
def _kinds() -> frozenset[str]:
    return frozenset(_rules()["kinds"])


@functools.cache
def _hosting_platforms() -> frozenset[str]:
    return frozenset(_rules()["hosting_platforms"])


@functools.cache
def _descriptor_re() -> re.Pattern[str]:
    words = sorted(_rules()["descriptors"], key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    # A descriptor is a whole leading phrase followed by space or an opening quote.
    return re.compile(rf"(?:{alternation})(?=[\s«\"„“”'‘’‹]|$)", re.IGNORECASE)


@functools.cache
def _trailing_descriptors() -> frozenset[str]:
    return frozenset(_rules()["trailing_descriptors"])


@functools.cache
def _abbr_case_re() -> re.Pattern[str]:
    endings = sorted(_rules()["abbreviation_case_endings"], key=len, reverse=True)
    alternation = "|".join(re.escape(e) for e in endings)
    # ERR-i, NATO-s, EPL-ile: an all-capitals abbreviation, a hyphen, an Estonian ending.
    return re.compile(rf"(?P<abbr>[A-ZÄÖÜÕŠŽ0-9]{{2,}})[-‐‑–](?:{alternation})")


@functools.cache
def _keep_final_dot() -> frozenset[str]:
    return frozenset(_rules()["keep_final_dot"])


# --------------------------------------------------------------------------------------
# cleaning and keys

_QUOTES: Final = "\"'«»„“”‘’‚‹›「」『』`´"
_EDGE_STRIP: Final = _QUOTES + " \t\r\n\u00a0\u2009\u202f*•·–—-‐‑"
_TRAIL_PUNCT: Final = ".,;:!?/\\|"
_WS_RE: Final = re.compile(r"\s+")
_NON_ALNUM_RE: Final = re.compile(r"[\W_]+")
_THE_RE: Final = re.compile(r"the\s+", re.IGNORECASE)
_PAREN_TAIL_RE: Final = re.compile(r"[(\[][^()\[\]]*[)\]]$")
_INITIALISM_RE: Final = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+")
_HAS_CYR_RE: Final = re.compile(r"[\u0400-\u04ff]")
_HAS_LAT_RE: Final = re.compile(r"[A-Za-z\u00c0-\u024f]")
_TOKEN_RE: Final = re.compile(r"\S+")
_DELETE_CYRILLIC: Final = dict.fromkeys(range(0x400, 0x500))
_DELETE_LATIN: Final = dict.fromkeys([*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250)])
_COMBINING_RE: Final = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)

_CYR_LOOKALIKES: Final = "АВЕКМНОРСТХУІЈЅаеорсухіјѕһԁӏ"
_LAT_LOOKALIKES: Final = "ABEKMHOPCTXYIJSaeopcyxijshdl"
_TO_LATIN: Final = str.maketrans(_CYR_LOOKALIKES, _LAT_LOOKALIKES)
_TO_CYRILLIC: Final = str.maketrans(_LAT_LOOKALIKES[:-2], _CYR_LOOKALIKES[:-2])

_CYR_ROMAN: Final = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh, Kyrgyz, Tajik, Bashkir, Tatar, Mongolian
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "і": "i", "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j", "ҙ": "z", "ҫ": "s", "ӑ": "a",
    "ӗ": "e", "ӳ": "u", "ҡ": "k", "ӊ": "n",
    # Ukrainian, Belarusian, Serbian, Macedonian
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u", "ј": "j", "љ": "lj", "њ": "nj", "ђ": "dj",
    "ћ": "c", "џ": "dz", "ѓ": "g", "ќ": "k", "ѕ": "dz",
}  # fmt: skip
_SPECIAL_LATIN: Final = {
    "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "ə": "a",
    "ŋ": "n", "ð": "d", "ß": "ss",
    # Kazakh Latin (2018): ý is у
    "ý": "u",
}  # fmt: skip
_ROMAN_TABLE: Final = str.maketrans({**_CYR_ROMAN, **_SPECIAL_LATIN})
# Transliteration variants folded in order (shch before sh, …); y/j/q/w by one table.
_DIGRAPHS: Final = (
    ("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("sh", "s"), ("ch", "c"), ("ts", "c"),
)  # fmt: skip
_LETTER_FOLD: Final = str.maketrans("yjqw", "iikv")
_DOUBLE_RE: Final = re.compile(r"(.)\1")
_MIN_SKELETON: Final = 4
_SHORT: Final = 3
_MAX_NAME: Final = 400  # longer texts are not outlet names; skip the key work


def _fold_lookalikes(text: str) -> str:
    """Within each mixed-script word, map look-alike letters to the word's majority script."""
    if not (_HAS_CYR_RE.search(text) and _HAS_LAT_RE.search(text)):
        return text

    def fold(match: re.Match[str]) -> str:
        word = match.group(0)
        cyr = len(word) - len(word.translate(_DELETE_CYRILLIC))
        lat = len(word) - len(word.translate(_DELETE_LATIN))
        if not cyr or not lat:
            return word
        return word.translate(_TO_LATIN if lat >= cyr else _TO_CYRILLIC)

    return _TOKEN_RE.sub(fold, text)


def _exact_key(text: str) -> str:
    text = _fold_lookalikes(unicodedata.normalize("NFKC", text)).casefold()
    text = text.strip(_EDGE_STRIP)
    the = _THE_RE.match(text)
    if the is not None and len(text) > the.end():
        text = text[the.end() :]
    return _NON_ALNUM_RE.sub("", text).replace("ё", "е")


def _short_key(text: str) -> str:
    """Case-sensitive key for abbreviations of up to three characters (AP, FT, РГ)."""
    return _NON_ALNUM_RE.sub("", _fold_lookalikes(unicodedata.normalize("NFKC", text)))


def _strip_marks(text: str) -> str:
    return _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text))


def _skeleton(exact_key: str) -> str:
    """Romanized, transliteration-insensitive form of an exact key."""
    text = exact_key.translate(_ROMAN_TABLE)
    if not text.isascii():
        text = _strip_marks(text).translate(_ROMAN_TABLE)
    for digraph, letter in _DIGRAPHS:
        if digraph in text:
            text = text.replace(digraph, letter)
    text = text.translate(_LETTER_FOLD)
    if _DOUBLE_RE.search(text) is None:
        return text
    for char in set(text):
        double = char + char
        while double in text:
            text = text.replace(double, char)
    return text


def _keeps_final_dot(text: str) -> bool:
    """Whether a final dot belongs to the last word (``U.S.``, ``Inc.``), not the sentence."""
    last = text.rsplit(" ", 1)[-1]
    if len(last) == 1:
        return last.isalpha()
    return _INITIALISM_RE.fullmatch(last) is not None or last.casefold() in _keep_final_dot()


def _clean_name(text: str) -> str:
    """The name as written: whitespace collapsed, surrounding quotes and punctuation gone."""
    text = _WS_RE.sub(" ", text).strip(_EDGE_STRIP)
    stripped = text.rstrip(_TRAIL_PUNCT + _EDGE_STRIP)
    if len(stripped) < len(text):
        if stripped and text[len(stripped)] == "." and _keeps_final_dot(stripped):
            stripped += "."
        text = stripped
    if text.count("«") > text.count("»"):
        text += "»"
    elif text.count("»") > text.count("«"):
        text = "«" + text
    return text


def _name_variants(cleaned: str) -> Iterator[str]:
    """Cheaper-to-trust readings of a name, tried after the name itself misses."""
    descriptor = _descriptor_re().match(cleaned)
    if descriptor is not None:
        rest = cleaned[descriptor.end() :].strip(_EDGE_STRIP)
        if rest:
            yield rest
    words = cleaned.rsplit(None, 3)
    for count in (3, 2, 1):
        if len(words) > count and " ".join(words[-count:]).casefold() in _trailing_descriptors():
            rest = " ".join(words[:-count]).strip(_EDGE_STRIP)
            if rest:
                yield rest
            break
    paren = _PAREN_TAIL_RE.search(cleaned)
    if paren is not None and paren.start() > 0:
        yield cleaned[: paren.start()].rstrip()
    abbr = _abbr_case_re().fullmatch(cleaned)
    if abbr is not None:
        yield abbr.group("abbr")


# --------------------------------------------------------------------------------------
# URLs and domains

_SCHEME_RE: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,20}://|//")
_HOST_END_RE: Final = re.compile(r"[/?#\\\s]")
_HOST_OK_RE: Final = re.compile(r"[\w.\-]+")
_PORT_RE: Final = re.compile(r":\d*$")
_TLD_RE: Final = re.compile(r"(?:[^\W\d_]{2,63}|xn--[a-z0-9\-]{1,59})")
_IPV4_RE: Final = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_LABEL_RE: Final = re.compile(r"[a-z0-9\u00a1-\uffff\-]{1,63}")
_PATH_OK_RE: Final = re.compile(r"(?:/[^\s/?#]+)+")
_LANG_SEGMENT_RE: Final = re.compile(r"/[a-z]{2}(?:-[a-z]{2,4})?(?=/|$)")
_PATH_END_RE: Final = re.compile(r"[?#\s]")
_HOST_TRAIL: Final = ".,;:)]}>»\"'’”"


@functools.lru_cache(maxsize=4096)
def _split_url(text: str) -> tuple[str, str] | None:
    """``(host, path)`` of a URL or bare host; host lower-case, without ``www.``.

    Cached: reading one link's outlet splits it two or three times (lookup, domain)."""
    text = text.strip().strip("<>\"'«»“”")
    scheme = _SCHEME_RE.match(text)
    rest = text[scheme.end() :] if scheme is not None else text
    end = _HOST_END_RE.search(rest)
    host, tail = (rest[: end.start()], rest[end.start() :]) if end else (rest, "")
    host = host.rsplit("@", 1)[-1]
    if len(host) > 260 or host.startswith("["):
        return None
    host = _PORT_RE.sub("", host).rstrip(_HOST_TRAIL).lower()
    if host.startswith("www."):
        host = host[4:]
    if not host or len(host) > 253 or "." not in host or _HOST_OK_RE.fullmatch(host) is None:
        return None
    if "xn--" in host:
        host = _decode_idna(host)
    labels = host.split(".")
    if any(not label for label in labels):
        return None
    if _IPV4_RE.fullmatch(host) is None and _TLD_RE.fullmatch(labels[-1]) is None:
        return None
    path = ""
    if tail.startswith("/"):
        path = _PATH_END_RE.split(tail, maxsplit=1)[0].rstrip("/").lower()
    return host, path


def _decode_idna(host: str) -> str:
    out = []
    for label in host.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):
                label = label.encode("ascii").decode("idna")
        out.append(label)
    return ".".join(out)


def domain_of(url: str) -> str | None:
    """The host of a URL or bare domain: lower-case, without ``www.``, port or user.

    >>> domain_of("https://www.Rosbalt.ru:443/news/1.html")
    'rosbalt.ru'
    >>> domain_of("//majandus24.postimees.ee/123")
    'majandus24.postimees.ee'
    >>> domain_of("http://xn--d1abbgf6aiiy.xn--p1ai/")
    'президент.рф'
    >>> domain_of("Forbes Kazakhstan") is None
    True
    """
    split = _split_url(url)
    return split[0] if split is not None else None


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    # Offline: the public-suffix snapshot bundled with tldextract, no cache directory.
    # Imported here: tldextract pulls in requests, which costs start-up time.
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@functools.lru_cache(maxsize=8192)
def _registered_host(host: str) -> str:
    if _IPV4_RE.fullmatch(host):
        return host
    parts = _extractor()(host)
    top = getattr(parts, "top_domain_under_public_suffix", None)
    if top is None:  # tldextract < 5.3
        top = parts.registered_domain
    if top:
        return str(top)
    return host  # a public suffix itself (gov.kz), a single label, or no known suffix


def registered_domain(url_or_host: str) -> str | None:
    """The registered domain (public suffix + one label) of a URL or host, offline.

    >>> registered_domain("https://majandus24.postimees.ee/x")
    'postimees.ee'
    >>> registered_domain("bbc.co.uk")
    'bbc.co.uk'
    >>> registered_domain("https://www.gov.kz/memleket/entities/mfa")
    'gov.kz'
    """
    host = domain_of(url_or_host)
    return _registered_host(host) if host is not None else None


def _site_domain(host: str) -> str:
    """The registered domain, or ``user.platform`` on a known hosting platform."""
    registered = _registered_host(host)
    if registered in _hosting_platforms() and host != registered:
        user = host[: -len(registered) - 1].rsplit(".", 1)[-1]
        return f"{user}.{registered}"
    return registered


def _looks_like_url(text: str) -> bool:
    stripped = text.strip()
    return bool(_SCHEME_RE.match(stripped)) or stripped.lower().startswith("www.")


# --------------------------------------------------------------------------------------
# registry


_set: Final = object.__setattr__


class _Ambiguous:
    __slots__ = ()


_AMBIGUOUS: Final = _Ambiguous()
_Index = dict[str, Outlet | _Ambiguous]

_ID_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:\-]{0,99}")
_COUNTRY_RE: Final = re.compile(r"[A-Z]{2}|intl")
_LANGUAGE_RE: Final = re.compile(r"[a-z]{2,3}")
_IGNORED: Final = frozenset({"comment", "comments", "note", "notes"})
_FIELDS: Final = ("id", "name", "names", "aliases", "domains", "country", "kind", "language")


def _normalize_domain(raw: str) -> str | None:
    """A registry domain entry as stored (``host`` or ``host/path``), or None if invalid."""
    text = raw.strip()
    scheme = _SCHEME_RE.match(text)
    if scheme is not None:
        text = text[scheme.end() :]
    text = text.rstrip("/").lower()
    if text.startswith("www."):
        text = text[4:]
    host, _, path = text.partition("/")
    if "xn--" in host:
        host = _decode_idna(host)
    labels = host.split(".")
    if len(labels) < 2 or len(host) > 253:
        return None
    for label in labels:
        if _LABEL_RE.fullmatch(label) is None or label[0] == "-" or label[-1] == "-":
            return None
    if _TLD_RE.fullmatch(labels[-1]) is None:
        return None
    if path and _PATH_OK_RE.fullmatch("/" + path) is None:
        return None
    return f"{host}/{path}" if path else host


def _split_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split("|") if part.strip()]
    if isinstance(value, list | tuple):
        out: list[str] = []
        for item in value:
            if not isinstance(item, str):
                raise ValueError(f"expected text, got {type(item).__name__}")
            out.extend(_split_list(item))
        return out
    raise ValueError(f"expected text or a list, got {type(value).__name__}")


def _optional_text(row: Mapping[str, object], field: str) -> str | None:
    value = row.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{field}: expected text, got {type(value).__name__}")
    return value.strip() or None


def _row_to_outlet(row: Mapping[str, object]) -> Outlet:
    """Validate one registry row; ValueError says what is wrong."""
    unknown = sorted(
        key for key in row if key not in _FIELDS and key not in _IGNORED and key[:1] != "_"
    )
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(map(repr, unknown))}")
    outlet_id = _optional_text(row, "id")
    if outlet_id is None or _ID_RE.fullmatch(outlet_id) is None:
        raise ValueError(f"bad or missing id {row.get('id')!r}")
    name = _optional_text(row, "name")
    if name is None:
        raise ValueError("missing name")
    kind = _optional_text(row, "kind")
    if kind is not None and kind not in _kinds():
        raise ValueError(f"unknown kind {kind!r} (one of {', '.join(sorted(_kinds()))})")
    country = _optional_text(row, "country")
    if country is not None:
        country = country if country == "intl" else country.upper()
        if _COUNTRY_RE.fullmatch(country) is None:
            raise ValueError(f"bad country {country!r} (ISO 3166 alpha-2 or 'intl')")
    language = _optional_text(row, "language")
    if language is not None:
        language = language.lower()
        if _LANGUAGE_RE.fullmatch(language) is None:
            raise ValueError(f"bad language {language!r} (ISO 639-1)")
    domains: list[str] = []
    for raw in _split_list(row.get("domains")):
        domain = _normalize_domain(raw)
        if domain is None:
            raise ValueError(f"bad domain {raw!r}")
        if domain not in domains:
            domains.append(domain)
    names: list[str] = []
    for other in [*_split_list(row.get("names")), *_split_list(row.get("aliases"))]:
        if other != name and other not in names:
            names.append(other)
    return Outlet(
        name=name,
        id=outlet_id,
        kind=kind,
        country=country,
        language=language,
        domains=tuple(domains),
        names=tuple(names),
    )


def _parse_rows(text: str, fmt: str) -> list[tuple[str, Mapping[str, object]]]:
    """``(where, row)`` pairs from CSV, JSON or TOML text; ``where`` names the row."""
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
        if "id" not in header or "name" not in header:
            raise ValueError("the CSV header must have at least 'id' and 'name' columns")
        out: list[tuple[str, Mapping[str, object]]] = []
        for number, row in enumerate(reader, start=1):
            where = f"row {number} (line {reader.line_num})"
            if None in row:
                raise RegistryError(f"{where}: more cells than header columns")
            out.append((where, {k: v for k, v in row.items() if v is not None}))
        return out
    data: object = json.loads(text) if fmt == "json" else tomllib.loads(text)
    if isinstance(data, dict):
        for key in ("outlets", "outlet"):
            if key in data:
                data = data[key]
                break
    if not isinstance(data, list):
        raise ValueError("expected a list of outlets (or a table with an 'outlets' list)")
    rows: list[tuple[str, Mapping[str, object]]] = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise RegistryError(f"row {number}: expected a table/object")
        rows.append((f"row {number}", item))
    return rows


def _outlets_from_text(text: str, fmt: str, source: str) -> list[Outlet]:
    try:
        rows = _parse_rows(text, fmt)
    except RegistryError as exc:
        raise RegistryError(f"{source}: {exc}") from None
    except (ValueError, csv.Error) as exc:
        raise RegistryError(f"{source}: {exc}") from None
    outlets: list[Outlet] = []
    seen_ids: dict[str, str] = {}
    seen_domains: dict[str, str] = {}
    for where, row in rows:
        try:
            outlet = _row_to_outlet(row)
        except ValueError as exc:
            raise RegistryError(f"{source}: {where}: {exc}") from None
        assert outlet.id is not None
        if outlet.id in seen_ids:
            raise RegistryError(
                f"{source}: {where}: id {outlet.id!r} already used in {seen_ids[outlet.id]}"
            )
        seen_ids[outlet.id] = where
        for domain in outlet.domains:
            if domain in seen_domains:
                raise RegistryError(
                    f"{source}: {where}: domain {domain!r} already claimed in "
                    f"{seen_domains[domain]}"
                )
            seen_domains[domain] = where
        outlets.append(outlet)
    return outlets


class OutletRegistry:
    """An immutable set of outlets with indexes for name and URL lookups.

    Build one from :class:`Outlet` values, or use :meth:`default` (the shipped registry)
    and :meth:`from_file` (a user file layered over a base registry).
    """

    __slots__ = ("_by_id", "_exact", "_hosts", "_layers", "_outlets", "_short", "_skeleton")
    _by_id: dict[str, Outlet]
    _exact: _Index
    _hosts: dict[str, tuple[tuple[str, Outlet], ...]]
    _layers: tuple[int, ...]
    _outlets: tuple[Outlet, ...]
    _short: _Index
    _skeleton: _Index

    def __init__(self, outlets: Iterable[Outlet] = ()) -> None:
        items = tuple(outlets)
        self._init(items, (0,) * len(items))

    def _init(self, outlets: tuple[Outlet, ...], layers: tuple[int, ...]) -> None:
        by_id: dict[str, Outlet] = {}
        for outlet in outlets:
            if outlet.id is None:
                raise RegistryError(f"outlet {outlet.name!r} has no id")
            if outlet.id in by_id:
                raise RegistryError(f"duplicate outlet id {outlet.id!r}")
            by_id[outlet.id] = outlet
        _set(self, "_outlets", outlets)
        _set(self, "_layers", layers)
        _set(self, "_by_id", by_id)
        exact: dict[str, dict[str, int]] = {}
        skeleton: dict[str, dict[str, int]] = {}
        short: dict[str, dict[str, int]] = {}
        hosts: dict[str, dict[str, tuple[int, str]]] = {}
        for outlet, layer in zip(outlets, layers, strict=True):
            assert outlet.id is not None
            texts = [outlet.name, *outlet.names]
            for domain in outlet.domains:
                host, _, path = domain.partition("/")
                claims = hosts.setdefault(host, {})
                previous = claims.get("/" + path if path else "")
                if previous is not None and previous[0] == layer and previous[1] != outlet.id:
                    raise RegistryError(
                        f"domain {domain!r} claimed by both {previous[1]!r} and {outlet.id!r}"
                    )
                if previous is None or previous[0] <= layer:
                    claims["/" + path if path else ""] = (layer, outlet.id)
                if not path:
                    texts.append(domain)
            for text in texts:
                key = _exact_key(text)
                if not key:
                    continue
                if len(key) <= _SHORT:
                    skey = _short_key(text)
                    if skey:
                        _claim(short, skey, outlet.id, layer)
                    continue
                _claim(exact, key, outlet.id, layer)
                sk = _skeleton(key)
                if len(sk) >= _MIN_SKELETON:
                    _claim(skeleton, sk, outlet.id, layer)
        _set(self, "_exact", _resolve(exact, by_id))
        _set(self, "_skeleton", _resolve(skeleton, by_id))
        _set(self, "_short", _resolve(short, by_id))
        hosts_index: dict[str, tuple[tuple[str, Outlet], ...]] = {
            host: tuple(
                sorted(
                    ((path, by_id[claim[1]]) for path, claim in claims.items()),
                    key=lambda item: -len(item[0]),
                )
            )
            for host, claims in hosts.items()
        }
        _set(self, "_hosts", hosts_index)

    # -- construction ------------------------------------------------------------------

    @classmethod
    def default(cls) -> OutletRegistry:
        """The registry shipped with kzcite (built once, then shared)."""
        return _default_registry()

    @classmethod
    def from_file(cls, path: str | Path, *, base: OutletRegistry | None = None) -> OutletRegistry:
        """``base`` (default: :meth:`default`) extended by the rows of a CSV/JSON/TOML file.

        A row whose id exists in ``base`` replaces that outlet; a domain or name a user row
        claims wins over the base.  Rows have the fields ``id, name, names, aliases, domains,
        country, kind, language``; lists are ``|``-separated text or (JSON/TOML) arrays.
        A malformed file raises :class:`~kzcite.errors.RegistryError` naming file and row.
        """
        file = Path(path)
        fmt = file.suffix.lower().lstrip(".")
        if fmt not in ("csv", "json", "toml"):
            raise RegistryError(f"{file}: unknown registry format (use .csv, .json or .toml)")
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise RegistryError(f"{file}: cannot read: {exc}") from None
        user = _outlets_from_text(text, fmt, str(file))
        base = cls.default() if base is None else base
        return base._extended(user)

    def _extended(self, user: Sequence[Outlet]) -> OutletRegistry:
        replaced = {o.id for o in user}
        claimed = {d for o in user for d in o.domains}
        layer = (max(self._layers) + 1) if self._layers else 1
        outlets: list[Outlet] = []
        layers: list[int] = []
        for outlet, old_layer in zip(self._outlets, self._layers, strict=True):
            if outlet.id in replaced:
                continue
            if claimed.intersection(outlet.domains):
                kept = tuple(d for d in outlet.domains if d not in claimed)
                outlet = attrs.evolve(outlet, domains=kept)
            outlets.append(outlet)
            layers.append(old_layer)
        outlets.extend(user)
        layers.extend([layer] * len(user))
        new = OutletRegistry.__new__(OutletRegistry)
        new._init(tuple(outlets), tuple(layers))
        return new

    # -- lookups ---------------------------------------------------------------------------

    def get(self, outlet_id: str) -> Outlet | None:
        """The outlet with this registry id."""
        return self._by_id.get(outlet_id)

    def lookup_name(self, text: str) -> Outlet | None:
        """The registered outlet a name certainly denotes, else None.

        >>> reg = OutletRegistry.default()
        >>> reg.lookup_name("«Капитал.кз»").name
        'Kapital.kz'
        >>> reg.lookup_name("Delfi") is None  # Estonian, Latvian or Lithuanian?
        True
        """
        cleaned = _clean_name(text)
        if not cleaned or len(cleaned) > _MAX_NAME:
            return None
        found = self._match(cleaned)
        if found is not None:
            return found if isinstance(found, Outlet) else None
        for variant in _name_variants(cleaned):
            found = self._match(variant)
            if found is not None:
                return found if isinstance(found, Outlet) else None
        return None

    def names_an_outlet(self, text: str) -> bool:
        """Whether ``text`` is a registered name, even one several outlets share.

        >>> OutletRegistry.default().names_an_outlet("Delfi")
        True
        """
        cleaned = _clean_name(text)
        if not cleaned or len(cleaned) > _MAX_NAME:
            return False
        return any(self._match(v) is not None for v in (cleaned, *_name_variants(cleaned)))

    def _match(self, text: str) -> Outlet | _Ambiguous | None:
        key = _exact_key(text)
        if not key:
            return None
        if len(key) <= _SHORT:
            return self._short.get(_short_key(text))
        found = self._exact.get(key)
        if found is not None:
            return found
        sk = _skeleton(key)
        if len(sk) < _MIN_SKELETON:
            return None
        return self._skeleton.get(sk)

    def lookup_url(self, url_or_domain: str) -> Outlet | None:
        """The registered outlet of a URL or domain: exact host, then parents.

        The walk stops at the registered domain (or ``user.platform`` on hosting
        platforms), so a registry entry for ``gov.kz`` never claims ``stat.gov.kz`` unless
        listed.

        >>> reg = OutletRegistry.default()
        >>> reg.lookup_url("https://majandus24.postimees.ee/7001/x").name
        'Postimees'
        >>> reg.lookup_url("epl.delfi.ee").name
        'Eesti Päevaleht'
        """
        split = _split_url(url_or_domain)
        if split is None:
            return None
        host, path = split
        stop: str | None = None  # computed only when the exact host misses (needs the PSL)
        paths = [path] if path else []
        if path:
            lang = _LANG_SEGMENT_RE.match(path)
            if lang is not None and len(path) > lang.end():
                paths.append(path[lang.end() :])
        level = host
        while True:
            claims = self._hosts.get(level)
            if claims is not None:
                for prefix, outlet in claims:
                    if not prefix:
                        return outlet
                    for candidate in paths:
                        if candidate == prefix or candidate.startswith(prefix + "/"):
                            return outlet
            if stop is None:
                stop = _site_domain(host)
            if level == stop or "." not in level or len(level) <= len(stop):
                return None
            level = level.split(".", 1)[1]

    def lookup(self, text_or_url: str) -> Outlet | None:
        """:meth:`lookup_url` for URLs and domains, :meth:`lookup_name` for names.

        >>> reg = OutletRegistry.default()
        >>> [reg.lookup(x).id for x in ("EURACTIV", "Euractiv", "euractiv.com")]
        ['euractiv', 'euractiv', 'euractiv']
        """
        if _looks_like_url(text_or_url):
            return self.lookup_url(text_or_url)
        stripped = text_or_url.strip()
        if stripped and " " not in stripped:
            found = self.lookup_url(stripped)
            if found is not None:
                return found
        return self.lookup_name(text_or_url)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"OutletRegistry is immutable (cannot set {name!r})")

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self._outlets)

    def __len__(self) -> int:
        return len(self._outlets)

    def __contains__(self, outlet_id: object) -> bool:
        return outlet_id in self._by_id

    def __repr__(self) -> str:
        return f"<OutletRegistry: {len(self._outlets)} outlets>"


def _claim(index: dict[str, dict[str, int]], key: str, outlet_id: str, layer: int) -> None:
    claims = index.setdefault(key, {})
    claims[outlet_id] = max(layer, claims.get(outlet_id, layer))


def _resolve(index: dict[str, dict[str, int]], by_id: Mapping[str, Outlet]) -> _Index:
    resolved: _Index = {}
    for key, claims in index.items():
        top = max(claims.values())
        winners = [outlet_id for outlet_id, layer in claims.items() if layer == top]
        resolved[key] = by_id[winners[0]] if len(winners) == 1 else _AMBIGUOUS
    return resolved


@functools.cache
def _default_registry() -> OutletRegistry:
    outlets = _outlets_from_text(data_text("outlets.csv"), "csv", "kzcite/data/outlets.csv")
    return OutletRegistry(outlets)


def normalize_outlet(text_or_url: str, registry: OutletRegistry | None = None) -> Outlet:
    """The canonical outlet for a name or URL; unknown ones come back unregistered.

    An unknown name keeps its spelling (quotes, trailing punctuation and extra spaces
    removed).  An unknown URL (with a scheme, ``//`` or ``www.``) is named by its
    registered domain, except on hosting platforms (``github.io``, ``blogspot.com``,
    ``livejournal.com``…) where the user's subdomain is the site.  A bare domain-like
    text (``edu.e-history.Kz``) that the registry does not know keeps its spelling.

    >>> normalize_outlet("https://www.rosbalt.ru/main/2020/01/01/1.html").name
    'Росбалт'
    >>> normalize_outlet("Adilet").name
    'Әділет'
    >>> normalize_outlet("https://kodu.ut.ee/~user/paper.pdf").name
    'ut.ee'
    >>> normalize_outlet("https://boamaod.github.io/post").name
    'boamaod.github.io'
    >>> normalize_outlet(" «Asian Journal of Things». ").name
    'Asian Journal of Things'
    """
    reg = OutletRegistry.default() if registry is None else registry
    found = reg.lookup(text_or_url)
    if (
        found is not None
        and not _looks_like_url(text_or_url)
        and reg.lookup_name(found.name) is None
    ):
        # an outlet whose name several outlets share ("Delfi" of Estonia, Latvia and
        # Lithuania) would not come back to itself from that name: found by a name of
        # its own ("Delfi Estonia"), it keeps that name (so normalizing is idempotent)
        return attrs.evolve(found, name=_clean_name(text_or_url))
    if found is not None:
        return found
    if _looks_like_url(text_or_url):
        host = domain_of(text_or_url)
        if host is not None:
            site = _site_domain(host)
            return Outlet(name=site, domains=(site,))
    cleaned = _clean_name(text_or_url)
    stripped = cleaned.strip()
    if stripped and " " not in stripped:
        host = domain_of(stripped)
        if host is not None:
            return Outlet(name=cleaned, domains=(host,))
    return Outlet(name=cleaned)
