"""Script-independent keys and blocking for :mod:`kzcite.dedupe`.

Every key folds the differences a citation picks up on its way through other people's
reference lists: quotes, case, Latin/Cyrillic look-alike letters, the script itself
(a Cyrillic title and its romanization in any common scheme meet), tracking parameters in
URLs. The tables live in ``kzcite/data/fold.json``; every regular expression here is a
plain alternation or character class, so each runs in linear time.
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

import attrs
from rapidfuzz import fuzz

from kzcite._data import data_json

__all__ = [
    "OutletKey",
    "block_keys",
    "doi_key",
    "fold_confusables",
    "month_set",
    "number_key",
    "number_set",
    "outlet_key",
    "outlets_compatible",
    "skeleton",
    "title_key",
    "url_key",
]

_CYR = re.compile(r"[\u0400-\u052f]")
_LAT = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[^\W\d_]+")
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_NONWORD = re.compile(r"[\W_]+")
_SIMPLE_URL = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9.-]+(?:/[A-Za-z0-9._~/!$&'()*+,;=:@-]*)?(?:#[^!]\S*)?$"
)
_DIGITS = re.compile(r"\d+")
_NO_STRS: frozenset[str] = frozenset()
_NO_INTS: frozenset[int] = frozenset()
_I_BEFORE_VOWEL = re.compile(r"i(?=[aeou])")
_J_BEFORE_VOWEL = re.compile(r"j(?=[aeiouy])")
_DIGRAPHS = {
    "shch": "s",
    "sch": "s",
    "tch": "c",
    "sh": "s",
    "sc": "s",
    "ch": "c",
    "zh": "z",
    "kh": "h",
    "gh": "g",
    "ts": "c",
    "tc": "c",
    "tz": "c",
    "ng": "n",
    "ou": "u",
    "ck": "k",
}
_DIGRAPH_ORDER = tuple(sorted(_DIGRAPHS.items(), key=lambda d: (-len(d[0]), d[0])))
_SKELETON_LETTERS = str.maketrans({"y": "i", "j": "i", "x": "h", "q": "k", "w": "v"})
_MONTH_LETTERS = str.maketrans({"y": "i", "j": "i", "q": "k", "w": "v"})
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_NUMBER_JUNK = re.compile(r"[\s№#.]+")


@attrs.frozen(slots=True)
class _Tables:
    fold: dict[int, str]
    to_latin: dict[int, str]
    to_cyrillic: dict[int, str]
    cyr_plain: re.Pattern[str]
    lat_plain: re.Pattern[str]
    months: re.Pattern[str]
    month_of: dict[str, int]
    tracking: frozenset[str]
    tracking_prefixes: tuple[str, ...]
    outlet_suffixes: frozenset[str]
    outlet_stopwords: frozenset[str]


def _char_class(chars: str) -> str:
    return "".join(re.escape(c) for c in sorted(set(chars)))


@functools.cache
def _tables() -> _Tables:
    data = data_json("fold.json")
    fold: dict[int, str] = {ord(k): v for k, v in data["cyrillic"].items()}
    fold.update({ord(k.upper()): v for k, v in data["cyrillic"].items() if len(k) == 1})
    fold.update({ord(k): v for k, v in data["extra"].items()})
    fold.update({ord(c): "" for c in data["drop"]})
    # ASCII and common punctuation become spaces here, so most titles skip the regex
    fold.update({ord(c): " " for c in data["spaces"]})
    fold.update({c: " " for c in range(128) if not chr(c).isalnum() and chr(c) not in data["drop"]})
    to_latin = {ord(k): v for k, v in data["to_latin"].items()}
    to_cyrillic = {ord(k): v for k, v in data["to_cyrillic"].items()}
    lookalike = "".join(data["to_latin"]) + "".join(data["to_cyrillic"])
    cyr_plain = re.compile(rf"(?![{_char_class(lookalike)}])[\u0400-\u052f]")
    lat_plain = re.compile(rf"(?![{_char_class(lookalike)}])[A-Za-z\u00c0-\u024f]")
    month_of: dict[str, int] = {}
    stems: set[str] = set()
    for table in ("months", "month_words"):
        for month, words in data[table].items():
            for word in words:
                form = _month_form(_fold(word, fold))
                month_of[form] = int(month)
                if table == "months":
                    stems.add(form)
    longs = _trie_pattern(sorted(stems))
    shorts = _trie_pattern(sorted(set(month_of) - stems))
    months = re.compile(rf"\b(?:({longs})[a-z]{{0,4}}|({shorts}))\b")
    return _Tables(
        fold=fold,
        to_latin=to_latin,
        to_cyrillic=to_cyrillic,
        cyr_plain=cyr_plain,
        lat_plain=lat_plain,
        months=months,
        month_of=month_of,
        tracking=frozenset(data["tracking_params"]),
        tracking_prefixes=tuple(data["tracking_prefixes"]),
        outlet_suffixes=frozenset(data["outlet_suffixes"]),
        outlet_stopwords=frozenset(data["outlet_stopwords"]),
    )


def fold_confusables(text: str) -> str:
    """Put Latin/Cyrillic look-alike letters into the script of the word they stand in.

    Only mixed texts are touched: a word holding letters of both scripts is folded into
    the script most of its unambiguous letters belong to, and a one-letter word into the
    text's main script.

    >>> fold_confusables("Дoгoвop o вoeннoм cотрудничестве")  # Latin o, p, c, e
    'Договор о военном сотрудничестве'
    >>> fold_confusables("Kazakhstаn")  # Cyrillic а
    'Kazakhstan'
    """
    if not (_CYR.search(text) and _LAT.search(text)):
        return text
    tables = _tables()
    cyr_text = len(tables.cyr_plain.findall(text))
    lat_text = len(tables.lat_plain.findall(text))
    text_cyrillic = cyr_text > lat_text

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if len(word) == 1:
            return word.translate(tables.to_cyrillic if text_cyrillic else tables.to_latin)
        if not (_CYR.search(word) and _LAT.search(word)):
            return word
        cyr = len(tables.cyr_plain.findall(word))
        lat = len(tables.lat_plain.findall(word))
        to_cyr = cyr > lat or (cyr == lat and text_cyrillic)
        return word.translate(tables.to_cyrillic if to_cyr else tables.to_latin)

    return _WORD.sub(fix, text)


def _fold(text: str, fold: Mapping[int, str]) -> str:
    text = text.casefold().translate(fold)
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text)).translate(fold)
        text = _NONWORD.sub(" ", text)
    return " ".join(text.split())


def title_key(title: str) -> str:
    """A script-independent, readable key for a title.

    NFKC, look-alike letters folded, case-folded, Cyrillic (Russian, Kazakh, Ukrainian)
    romanized to ASCII, diacritics stripped, quotes and punctuation dropped. Letters of
    other scripts (Georgian, Chinese, ...) are kept as they are.

    >>> title_key("«Договор о военном сотрудничестве»")
    'dogovor o voennom sotrudnichestve'
    >>> title_key("„Kasahstan liigub Venemaa mõjusfäärist“")
    'kasahstan liigub venemaa mojusfaarist'
    >>> title_key("Әділет: Қазақстан Республикасы")
    'adilet qazaqstan respublikasy'
    """
    return _fold(fold_confusables(unicodedata.normalize("NFKC", title)), _tables().fold)


def skeleton(key: str) -> str:
    """A phonetic-ish form of a :func:`title_key` where romanization schemes meet.

    Digraphs collapse (``shch``, ``sch``, ``ŝ`` → ``s``; ``kh``, ``x`` → ``h``;
    ``ts``, ``c`` → ``c``; ``j`` before a vowel, Kazakh Latin for ``ж``, → ``z``), ``y``
    and other ``j`` become ``i``, runs of ``i`` shrink to one and an ``i`` before a vowel
    vanishes, so BGN/PCGN, ISO 9, GOST, ALA-LC, Wikipedia and
    Kazakh Latin spellings of one Cyrillic title share a skeleton with the title itself.

    >>> skeleton(title_key("Договор о военном сотрудничестве"))
    'dogovor o voennom sotrudnicestve'
    >>> skeleton(title_key("Dogovor o voyennom sotrudnichestve"))
    'dogovor o voennom sotrudnicestve'
    >>> a, b = title_key("Rossijskoj Federaciej"), title_key("Rossiyskoy Federatsiyey")
    >>> skeleton(a) == skeleton(b)
    True
    """
    for digraph, letter in _DIGRAPH_ORDER:
        if digraph in key:
            key = key.replace(digraph, letter)
    if "j" in key:  # before a vowel, Kazakh Latin ж (Mäjilis); elsewhere й (Rossijskoj)
        key = _J_BEFORE_VOWEL.sub("z", key)
    key = _collapse_i(key.translate(_SKELETON_LETTERS))
    return _collapse_i(_I_BEFORE_VOWEL.sub("", key))


def _collapse_i(key: str) -> str:
    while "ii" in key:
        key = key.replace("ii", "i")
    return key


def _month_form(key: str) -> str:
    return key.translate(_MONTH_LETTERS)


def _trie_pattern(words: Sequence[str]) -> str:
    """One alternation for many words, factored by common prefixes (fast to match)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return render(trie)


def number_set(key: str) -> frozenset[str]:
    """The numbers a title key mentions (``Weekly digest #132`` → ``{'132'}``)."""
    found = _DIGITS.findall(key)
    return frozenset(n.lstrip("0") or "0" for n in found) if found else _NO_STRS


def month_set(key: str) -> frozenset[int]:
    """The months a title key names, in any of Russian, Kazakh, Estonian or English.

    >>> sorted(month_set(title_key("Инфляция в июне и июле 2022")))
    [6, 7]
    >>> sorted(month_set(title_key("Inflatsioon juunis; Inflation in June")))
    [6]
    """
    tables = _tables()
    found = {
        tables.month_of[m.group(1) or m.group(2)] for m in tables.months.finditer(_month_form(key))
    }
    return frozenset(found) if found else _NO_INTS


def url_key(url: str) -> str:
    """A canonical form of a URL, so one page cited through different links meets itself.

    Scheme, ``www.``, default ports, fragments, trailing slashes and tracking parameters
    (``utm_*``, ``fbclid``, ``gclid``, ``yclid``, ``mc_cid``, ``ref`` …) go; the host is
    lower-cased; percent-escapes are decoded; remaining parameters are sorted.

    >>> url_key("https://www.EURACTIV.com/section/news/?utm_source=tw&fbclid=abc#top")
    'euractiv.com/section/news'
    >>> url_key("http://kapital.kz:80/economic/1.html?id=5&gclid=x")
    'kapital.kz/economic/1.html?id=5'
    """
    text = url.strip()
    head = text[:12].lower()
    if "://" not in head:
        text = "http://" + text.removeprefix("//")
    if _SIMPLE_URL.match(text):  # the common case, without urllib: same result
        rest = text.split("://", 1)[1].split("#", 1)[0]
        host, slash, path = rest.partition("/")
        host = host.rstrip(".").lower().removeprefix("www.")
        while "//" in path:
            path = path.replace("//", "/")
        return host + (slash + path).rstrip("/")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text.casefold()
    host = (parts.hostname or "").rstrip(".")
    if "xn--" in host:
        with contextlib.suppress(UnicodeError):
            host = host.encode("ascii").decode("idna")
    host = host.casefold().removeprefix("www.")
    if port is not None and not (
        (port == 80 and parts.scheme in ("http", "")) or (port == 443 and parts.scheme == "https")
    ):
        host += f":{port}"
    path = unquote(parts.path)
    while "//" in path:
        path = path.replace("//", "/")
    path = path.rstrip("/")
    tables = _tables()
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in tables.tracking and not k.lower().startswith(tables.tracking_prefixes)
    ]
    out = host + quote(path, safe="/:@!$&'()*+,;=-._~%")
    if query:
        out += "?" + urlencode(sorted(query))
    if parts.fragment.startswith("!"):
        out += "#" + parts.fragment
    return out


def doi_key(doi: str) -> str:
    """A DOI without resolver prefix, lower-cased (DOIs are case-insensitive).

    >>> doi_key("https://doi.org/10.1000/XYZ.123")
    '10.1000/xyz.123'
    """
    return _DOI_PREFIX.sub("", doi.strip()).strip().lower()


def number_key(number: str) -> str:
    """A legal-act or report number without spaces, ``№`` and case: ``№ 12-VII`` → ``12-vii``."""
    key = _NUMBER_JUNK.sub("", unicodedata.normalize("NFKC", number).casefold())
    return key[2:] if key.startswith("no") and key[2:3].isdigit() else key


@attrs.frozen(slots=True)
class OutletKey:
    """How an outlet is compared: a registry id when known, else a folded name.

    ``parts`` are the name's skeleton words, or for a domain (``rus.azattyq.org``) its
    labels without ``www`` and endings (``('rus', 'azatik')``).
    """

    registry_id: str | None
    compact: str
    acronym: str
    parts: tuple[str, ...] = ()
    domain: bool = False
    plain: tuple[str, ...] = ()  # the romanized words or labels before skeletonizing


_DOMAIN = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:[/:?#]\S*)?$")


def outlet_key(name: str, registry_id: str | None = None) -> OutletKey:
    """The fallback key of an outlet name or URL: romanized, ``www.`` and endings dropped.

    >>> outlet_key("EURACTIV").compact == outlet_key("https://www.euractiv.com").compact
    True
    >>> outlet_key("Әділет").compact == outlet_key("Adilet").compact
    True
    >>> outlet_key("Radio Free Europe/Radio Liberty").acronym
    'rferl'
    >>> outlet_key("https://rus.azattyq.org/a/123.html").parts
    ('rus', 'azattik')
    """
    tables = _tables()
    text = name.strip()
    domain = _DOMAIN.match(text) is not None
    if domain:
        host = text.split("://", 1)[-1]
        for stop in "/:?#":
            host = host.split(stop, 1)[0]
        words = [title_key(w) for w in host.split(".")]
    else:
        words = title_key(text).split()
    while len(words) > 1 and words[0] in tables.outlet_stopwords:
        words = words[1:]
    while len(words) > 1 and words[-1] in tables.outlet_suffixes:
        words.pop()
    plain = [w.replace(" ", "") for w in words]
    plain = [w for w in plain if w]
    sk = [skeleton(w) for w in plain]
    acronym = "".join(w[0] for w in plain) if len(plain) > 1 and not domain else ""
    compact = sk[-1] if domain and sk else "".join(sk)
    return OutletKey(registry_id, compact, acronym, tuple(sk), domain, tuple(plain))


def _names_meet(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) >= 3 and long.startswith(short):
        return True
    if len(short) >= 5 and long.endswith(short):
        return True
    return len(short) >= 5 and fuzz.ratio(x, y) >= 80.0


def _prefixes(x: str, y: str) -> bool:
    return x.startswith(y) or y.startswith(x)


def outlets_compatible(a: OutletKey, b: OutletKey) -> bool:
    """Whether two outlets may be the same one.

    Registry ids decide when both are known; otherwise the folded names must be equal,
    one the acronym of the other, one a prefix of the other (``Senat`` and ``Senat
    Parlamenta Respubliki Kazakhstan``), nearly equal (``Tengrinews``/``Тенгриньюс``),
    or a domain's label must meet the name (``inform.kz``/``Казинформ``).

    >>> outlets_compatible(outlet_key("RFE/RL"), outlet_key("Radio Free Europe/Radio Liberty"))
    True
    >>> outlets_compatible(outlet_key("www.inform.kz"), outlet_key("Казинформ"))
    True
    >>> outlets_compatible(outlet_key("Kapital.kz"), outlet_key("Kursiv"))
    False
    """
    if a.registry_id is not None and b.registry_id is not None:
        return a.registry_id == b.registry_id
    x, y = a.compact, b.compact
    if not x or not y or _names_meet(x, y):
        return True
    if (a.acronym and a.acronym == "".join(b.plain)) or (
        b.acronym and b.acronym == "".join(a.plain)
    ):
        return True
    if a.domain or b.domain:
        dom, other = (a, b) if a.domain else (b, a)
        if other.acronym and other.acronym in dom.plain:
            return True
        for label in dom.parts:
            if len(label) < 2:
                continue
            if label in other.parts:
                return True
            if len(label) >= 3 and _names_meet(label, other.compact):
                return True
            if any(len(p) >= 4 and len(label) >= 4 and _prefixes(label, p) for p in other.parts):
                return True
    return False


def block_keys(tokens: Sequence[str], df: Mapping[str, int], width: int = 5) -> list[int]:
    """Blocking keys for one title: its rarest tokens, whole and less one token each.

    Tokens no other title has (``df`` 1: typos, rare insertions) cannot meet anything and
    are skipped. Of the rest, the ``width`` rarest (by document frequency ``df``, ties by
    spelling) make the title's top set; the keys are that set and the set less each one
    of its tokens, so two titles meet when their top sets differ by one token, as after
    a typo or a dropped word. Keys are hashes: a collision only adds a candidate pair.
    """
    shared = [t for t in set(tokens) if df.get(t, 0) > 1]
    top = sorted(sorted(shared, key=lambda t: (df[t], t))[:width])
    keys = [hash(tuple(top))] if top else []
    if len(top) >= 2:
        keys.extend(hash((*top[:i], *top[i + 1 :])) for i in range(len(top)))
    return keys
