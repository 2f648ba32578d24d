"""Find and read dates in reference lines, in the many forms real lists use.

A reference may carry several dates (publication, access, registration, entry into force)
written numerically (``18.01.2022``, ``2022-01-18``), in words in a dozen languages
(``17 июня 2022 г.``, ``2015 жылғы 3 наурыздағы``, ``June 1, 2022``) or as a bare year.
:func:`find_dates` finds them all with one precompiled regular expression, checks each
against the calendar, and tells from nearby cue words what each date means, so the parser
can keep an access date out of the publication date.

>>> [(d.date.isoformat(), d.role) for d in find_dates("от 26 ноября 2012 года. "
...     "Зарегистрирован в Министерстве юстиции 26 декабря 2012 года")]
[('2012-11-26', 'published'), ('2012-12-26', 'registered')]
>>> parse_date("Feb 18, 2026 18:27").isoformat()
'2026-02-18'
>>> date_from_url("https://www.nytimes.com/2012/08/24/world/asia/x.html").isoformat()
'2012-08-24'

Month names come from Babel's CLDR data (built once, lazily, on first use) plus the forms
in ``data/months_extra.json``; cue words are in ``data/date_cues.json``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

import attrs

from kzcite._data import data_json
from kzcite.errors import InvalidDateError
from kzcite.records import PartialDate, Span

__all__ = [
    "ACCESSED",
    "IN_FORCE",
    "PUBLISHED",
    "REGISTERED",
    "DateMatch",
    "date_from_url",
    "find_dates",
    "find_invalid_dates",
    "parse_date",
]

PUBLISHED = "published"
ACCESSED = "accessed"
REGISTERED = "registered"
IN_FORCE = "in-force"

#: Languages whose CLDR month names are recognised (``uz`` is Uzbek in Latin letters).
_LOCALES = ("ru", "kk", "uk", "be", "et", "lv", "lt", "en", "fr", "de", "tr", "uz")

_MIN_YEAR = 1000  # a full date (with month) may be this old
_MIN_BARE_YEAR = 1800  # a lone four-digit number counts as a year from here ...
_MAX_YEAR = 2100  # ... up to here
_MIN_URL_YEAR = 1990


@attrs.frozen(slots=True)
class DateMatch:
    """One date expression found in a text.

    ``span`` is relative to the searched text; ``date`` is at the precision written
    (a range keeps its end in ``date.end``); ``role`` says what the date means
    (``published`` when nothing says otherwise, ``accessed``, ``registered``,
    ``in-force``); ``kind`` says how it was written (``numeric``, ``iso``, ``words``,
    ``month-year``, ``year``, ``range``); ``cue_span`` covers the words that set the role.
    """

    span: Span
    date: PartialDate
    role: str
    kind: str
    cue_span: Span | None = None


# --------------------------------------------------------------------------- tables


_KEY_FIX = str.maketrans({"ı": "i", "ё": "е", "’": "'", "ʻ": "'", "ʼ": "'"})


def _key(word: str) -> str:
    """Lookup key of a word: lower case, dotless/dotted i merged, final dots dropped."""
    return word.lower().replace("i̇", "i").translate(_KEY_FIX).rstrip(".")


_APOSTROPHES = "'’ʻʼ"


def _variants(ch: str, fold: bool) -> str:
    """The characters a key character stands for in running text."""
    if ch in _APOSTROPHES:
        return _APOSTROPHES
    out = ch + ("ё" if ch == "е" else "")
    if fold:
        out += "ІİIı" if ch == "i" else ""
        out += "".join(c.upper() for c in out if len(c.upper()) == 1)
    return "".join(dict.fromkeys(out))


def _char_pattern(ch: str, fold: bool, space: str) -> str:
    if ch == " ":
        return space
    chars = _variants(ch, fold)
    if len(chars) == 1:
        return re.escape(ch)
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def _trie_pattern(words: Iterable[str], *, fold: bool = True, space: str = r"\s+") -> str:
    """A regex matching exactly ``words`` whose alternatives branch one character at a time.

    A flat ``a|b|c`` alternation of a thousand words makes the engine try every word at
    every position; a trie tries one branch per character. ``fold`` spells case variants
    out as character classes instead of using ``re.IGNORECASE``, so that the engine can
    reject a branch on its first character without entering it.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root, fold, space)


_Trie = dict[str, "_Trie"]


def _emit(node: _Trie, fold: bool, space: str) -> str:
    alts: list[str] = []
    singles: list[str] = []
    for ch in sorted(k for k in node if k):
        sub = _emit(node[ch], fold, space)
        if sub or ch == " " or ch in _APOSTROPHES:
            alts.append(_char_pattern(ch, fold, space) + sub)
        else:
            singles.extend(_variants(ch, fold))
    one_token = not alts and len(singles) > 0
    if singles:
        if len(singles) == 1:
            alts.append(re.escape(singles[0]))
        else:
            alts.append("[" + "".join(re.escape(c) for c in dict.fromkeys(singles)) + "]")
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" not in node:
        return body
    if one_token or len(alts) > 1:
        return body + "?"
    return "(?:" + body + ")?"


def _word_list_pattern(words: Iterable[str]) -> str:
    """Alternation of year words (``г.``, ``жылғы``, ``. gada``), whole words only."""
    return (
        "(?:"
        + _trie_pattern(sorted({_key(w) + w[-1] * (w[-1] == ".") for w in words}), space=r"\s{0,2}")
        + r")(?!\w)"
    )


@attrs.frozen(slots=True)
class _Tables:
    months: dict[str, int]  # every known month word (Kazakh inflections included) -> 1..12
    weak: frozenset[str]
    main: re.Pattern[str]
    year_only: re.Pattern[str]
    cues: re.Pattern[str]  # for lower-cased text
    cues_ci: re.Pattern[str]  # for text whose lower-casing changes its length
    cue_roles: dict[str, tuple[tuple[str, str], ...]]
    window_before: int
    window_after: int


def _cldr_months() -> dict[str, int]:
    from babel import Locale  # imported here so that ``import kzcite.dates`` stays fast

    out: dict[str, int] = {}
    for code in _LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    key = _key(name)
                    if key and not key.isdigit():
                        out.setdefault(key, int(number))
    return out


_DASH = r"[-‐‑‒–—−]"
_RD = r"\s{0,2}" + _DASH + r"\s{0,2}"
_DAY_LB = r"(?<!\d)(?<!\d[.,:/-])"
_YEAR_LB = r"(?<!\w)(?<!\d[.,:/-])"
_ORD = r"(?i:-?(?:го|е|ое|st|nd|rd|th|er|re)(?!\w))?"
_DS = r"(?:\.?\s{1,3}|\.|-)"
_DECADE = (
    r"(?i:(?!\s?[-‐–’']\s?(?:е|х|ые|ых|ие|ми|ым|s)(?!\w))"
    r"(?!\s?-?(?:шы|ші|ыншы|інші)?\s?жылдар))"
)


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?!\d)"


def _year(name: str) -> str:
    return rf"(?P<{name}>[12]\d{{3}})(?!\d)"


@functools.cache
def _tables() -> _Tables:
    extra = data_json("months_extra.json")
    months = _cldr_months()
    for number, forms in extra["forms"].items():
        for form in forms:
            months.setdefault(_key(form), int(number))
    stems: dict[str, int] = {}
    for number, forms in extra["kk_stems"].items():
        for form in forms:
            stems[_key(form)] = int(number)
    suffixes = sorted({_key(s) for group in extra["kk_suffixes"].values() for s in group})
    for stem, number in stems.items():
        months.setdefault(stem, number)
        for suffix in suffixes:
            months.setdefault(stem + suffix, number)

    month_re = (
        "(?:"
        + _trie_pattern(sorted(stems))
        + "(?:"
        + _trie_pattern(suffixes)
        + ")?|"
        + _trie_pattern(sorted(k for k in months if not any(k.startswith(s) for s in stems)))
        + r")(?!\w)"
    )

    # One character-class test up front spares the engine the trie's alternatives
    # wherever no month word can start.
    first = sorted({c for k in months for c in _variants(k[0], True)})
    month_guard = "(?=[" + "".join(re.escape(c) for c in first) + "])"

    def mw(name: str) -> str:
        return rf"(?<!\w){month_guard}(?P<{name}>{month_re})(?P<{name}dot>\.)?"

    trailer_words = _word_list_pattern(extra["year_trailers"])
    trailer = r"(?:\s{0,2}" + trailer_words + ")?"
    connector = _word_list_pattern(extra["year_connectors"])
    year_end = r"(?:(?P<ysuf>[a-hA-Hа-вА-В])(?!\w)|(?=" + trailer_words + r")|(?!\w))"

    branches = {
        "dfirst": (
            rf"{_DAY_LB}{_day('d1')}{_ORD}(?:{_RD}{_day('d2')}{_ORD})?{_DS}{mw('m1')}"
            rf"(?:{_RD}{_day('d3')}{_ORD}{_DS}{mw('m2')})?,?\s{{1,3}}{_year('y1')}{trailer}"
        ),
        "numrange": (
            rf"{_DAY_LB}(?P<nr1>[0-3]?\d){_RD}(?P<nr2>[0-3]?\d)\.(?P<nrm>[01]?\d)\."
            rf"{_year('nry')}(?![.,/-]\d){trailer}"
        ),
        "num": (
            rf"{_DAY_LB}(?P<na>[0-3]?\d)(?P<ns>\.\s|[./-])(?P<nb>[0-3]?\d)(?P=ns)"
            rf"{_year('ny')}(?![.,/-]\d){trailer}"
        ),
        "iso": (
            rf"{_YEAR_LB}(?P<iy>[12]\d{{3}})(?P<is>[-./])(?P<im>[01]?\d)(?P=is)"
            r"(?P<id>[0-3]?\d)(?!\d)(?![.,/-]\d)"
        ),
        "ris": rf"{_YEAR_LB}(?P<ry>[12]\d{{3}})/(?P<rm>[01]\d)?/(?P<rd>[0-3]\d)?/",
        "yfirst": (
            rf"{_YEAR_LB}{_year('fy')}\s{{0,2}}{connector}\s{{1,3}}"
            rf"(?:{_day('fd1')}{_ORD}{_DS}{mw('fm1')}"
            rf"|{mw('fm2')}(?:\s{{1,3}}{_day('fd2')}(?:\s{{0,2}}[dD]\.)?)?)"
        ),
        "vanc": (
            rf"{_YEAR_LB}{_year('vy')}\s{{1,2}}{mw('vm')}"
            rf"(?:\s{{1,2}}{_day('vd')}(?!:\d)|(?=\s?[;:]))"
        ),
        "mfirst": (
            rf"{mw('mm1')}(?:{_RD}{mw('mm2')})?"
            rf"(?:\s{{1,3}}{_day('md1')}{_ORD}(?:{_RD}{_day('md2')}{_ORD})?)?"
            rf",?\s{{1,3}}{_year('my')}{trailer}"
        ),
        "yrange": (
            rf"{_YEAR_LB}{_year('ra')}(?:{_RD}|/){_year('rb')}(?![.,]\d)(?!\w){_DECADE}{trailer}"
        ),
        "year": rf"{_YEAR_LB}(?P<yy>[12]\d{{3}}){year_end}(?![.,]\d){_DECADE}{trailer}",
    }
    main = re.compile("|".join(f"(?P<{name}>{body})" for name, body in branches.items()))
    year_only = re.compile(branches["year"])

    cue_data = data_json("date_cues.json")
    cue_roles: dict[str, list[tuple[str, str]]] = {}
    for role, places in cue_data["roles"].items():
        for where, by_lang in places.items():
            for words in by_lang.values():
                for word in words:
                    entry = (role, where)
                    have = cue_roles.setdefault(_cue_key(word), [])
                    if entry not in have:
                        have.append(entry)
    # No IGNORECASE and no look-behind in front: the engine can then skip ahead to the
    # cues' first letters at C speed; the left word boundary is checked afterwards.
    cue_trie = "(?:" + _trie_pattern(sorted(cue_roles), fold=False) + r")(?!\w)"
    return _Tables(
        months=months,
        weak=frozenset(_key(w) for w in extra["weak"]),
        main=main,
        year_only=year_only,
        cues=re.compile(cue_trie),
        cues_ci=re.compile(cue_trie, re.IGNORECASE),
        cue_roles={k: tuple(v) for k, v in cue_roles.items()},
        window_before=int(cue_data["window"]["before"]),
        window_after=int(cue_data["window"]["after"]),
    )


_SPACES = re.compile(r"\s+")


def _cue_key(text: str) -> str:
    return _SPACES.sub(" ", _key(text))


# --------------------------------------------------------------------------- scanning

_ANY_YEAR = re.compile(r"[12]\d{3}")
_DIGITS = re.compile(r"\d+")
# Links and DOIs: their digits are never dates (date_from_url reads URL paths).
_URL = re.compile(
    r"https?://[^\s<>\"«»]+|HTTPS?://[^\s<>\"«»]+|ftp://[^\s<>\"«»]+|www\.[^\s<>\"«»]+"
    r"|//[\w-]+\.[\w.-]+/[^\s<>\"«»]*|doi:\s?[^\s<>\"«»]+|DOI:\s?[^\s<>\"«»]+"
    r"|10\.\d{4,9}/[^\s<>\"«»]+"
)
# A page, volume or number marker right before a four-digit number: "С. 2005", "№ 2005".
_NUMBER_BEFORE = re.compile(
    r"(?:(?:^|[^\w\s]|\d)\s{0,2}[СсSsPpРрБбТтT]\.|(?<!\w)(?:pp?|стр|str|lk|bet|бет|vol|том|"
    r"вып|iss|no|nr|n|issn|isbn|vyp)\.?|№|#)\s{0,2}\Z",
    re.IGNORECASE,
)
_SKIP_BEFORE_NUMBER = frozenset(" \t\r\n\u00a0.,")
_AFTER_DAY = frozenset(" \t\u00a0\n./-‐‑‒–—−")
_DAY_TO_YEAR = 48  # the farthest a year stands from the day that opens its date
_DASHES = frozenset("-‐‑‒–—−")


class _Reject(Exception):
    """Not a date after all (a year out of range, a weak month word, a page number...)."""


def _date(
    text: str,
    year: int,
    month: int | None = None,
    day: int | None = None,
    end: tuple[int, int | None, int | None] | None = None,
) -> PartialDate:
    """A PartialDate, or _Reject for an implausible year, InvalidDateError for a bad day."""
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise _Reject
    if end is None:
        return PartialDate(year, month, day, text)
    last = PartialDate(*end)
    start = PartialDate(year, month, day)
    if last.date_parts() <= start.date_parts():
        raise InvalidDateError("range ends before it starts")
    return PartialDate(year, month, day, text, last)


def _read(tables: _Tables, m: re.Match[str], branch: str) -> tuple[PartialDate, str]:
    """The date and kind of a main-pattern match; raises InvalidDateError or _Reject."""
    g = m.group
    text = g()
    months = tables.months
    if branch == "dfirst":
        year, month = int(g("y1")), months[_key(g("m1"))]
        if g("m2"):
            end = (year, months[_key(g("m2"))], int(g("d3")))
            return _date(text, year, month, int(g("d1")), end), "range"
        if g("d2"):
            return _date(text, year, month, int(g("d1")), (year, month, int(g("d2")))), "range"
        return _date(text, year, month, int(g("d1"))), "words"
    if branch == "mfirst":
        year, word = int(g("my")), g("mm1")
        month = months[_key(word)]
        if g("md1") is None:
            if _key(word) in tables.weak and not g("mm1dot"):
                raise _Reject
            if g("mm2"):
                return _date(text, year, month, None, (year, months[_key(g("mm2"))], None)), (
                    "range"
                )
            return _date(text, year, month), "month-year"
        if g("mm2"):
            raise _Reject
        if g("md2"):
            return _date(text, year, month, int(g("md1")), (year, month, int(g("md2")))), "range"
        return _date(text, year, month, int(g("md1"))), "words"
    if branch == "num" or branch == "numrange":
        if branch == "num":
            first, second, year = int(g("na")), int(g("nb")), int(g("ny"))
        else:
            first, second, year = int(g("nr1")), int(g("nrm")), int(g("nry"))
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            raise _Reject
        if 1 <= second <= 12 or not 1 <= first <= 12:
            day, month = first, second
        else:  # 06/25/2020: only the month-first reading is possible
            day, month = second, first
        if branch == "numrange":
            return _date(text, year, month, day, (year, month, int(g("nr2")))), "range"
        return _date(text, year, month, day), "numeric"
    if branch == "iso":
        return _date(text, int(g("iy")), int(g("im")), int(g("id"))), "iso"
    if branch == "ris":
        ris_month = int(g("rm")) if g("rm") else None
        ris_day = int(g("rd")) if g("rd") and ris_month else None
        return _date(text, int(g("ry")), ris_month, ris_day), "iso" if ris_month else "year"
    if branch == "yfirst":
        year = int(g("fy"))
        if g("fm1"):
            return _date(text, year, months[_key(g("fm1"))], int(g("fd1"))), "words"
        word = g("fm2")
        if g("fd2"):
            return _date(text, year, months[_key(word)], int(g("fd2"))), "words"
        if _key(word) in tables.weak and not g("fm2dot"):
            raise _Reject
        return _date(text, year, months[_key(word)]), "month-year"
    if branch == "vanc":
        year, word = int(g("vy")), g("vm")
        if g("vd"):
            return _date(text, year, months[_key(word)], int(g("vd"))), "words"
        if _key(word) in tables.weak and not g("vmdot"):
            raise _Reject
        return _date(text, year, months[_key(word)]), "month-year"
    if branch == "yrange":
        first, last = int(g("ra")), int(g("rb"))
        if not (_MIN_BARE_YEAR <= first < last <= _MAX_YEAR) or _number_before(m):
            raise _Reject
        if "/" in text[4:6] and last != first + 1:
            raise _Reject
        return PartialDate(first, None, None, text, PartialDate(last)), "range"
    # "year"
    year = int(g("yy"))
    if not _MIN_BARE_YEAR <= year <= _MAX_YEAR or _number_before(m):
        raise _Reject
    return PartialDate(year, None, None, text), "year"


def _number_before(m: re.Match[str]) -> bool:
    text, start = m.string, m.start()
    i = start - 1
    if i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or not (text[i] in ".№#" or text[i].isalpha()):
        return False
    return _NUMBER_BEFORE.search(text, max(0, start - 12), start) is not None


_YEAR_GROUPS = {
    "dfirst": "y1",
    "mfirst": "my",
    "num": "ny",
    "numrange": "nry",
    "yfirst": "fy",
    "vanc": "vy",
    "yrange": "ra",
    "iso": "iy",
    "ris": "ry",
}
_YEAR_BRANCHES = frozenset({"year", "yrange"})


def _word_before(text: str, end: int) -> int:
    """Start of the word that ends at ``end`` (``end`` itself when there is none)."""
    k = end
    stop = max(0, end - 24)
    while k > stop and text[k - 1].isalpha():
        k -= 1
    return k


def _month_before(tables: _Tables, text: str, q: int) -> int:
    """Start of a month word (or month range) written just before the number at ``q``.

    Only ``June 1, 2022``-style dates start with a word; rather than trying the pattern
    at every letter, the scanner asks, for each number, whether a month word precedes it.
    """
    j = q
    stop = max(0, q - 4)
    while j > stop and text[j - 1] in _SKIP_BEFORE_NUMBER:
        j -= 1
    if j == q:
        return -1
    k = _word_before(text, j)
    if k == j or _key(text[k:j]) not in tables.months:
        return -1
    # a month range: "June–July 2016"
    i = k
    while i > 0 and i > k - 3 and text[i - 1].isspace():
        i -= 1
    if i > 0 and text[i - 1] in _DASHES:
        i -= 1
        while i > 0 and i > k - 6 and text[i - 1].isspace():
            i -= 1
        w = _word_before(text, i)
        if w < i and _key(text[w:i]) in tables.months:
            return w
    return k


# (start, end, date, kind) of one date found by the scanner
_Found = tuple[int, int, PartialDate, str]


def _scan(text: str, years: bool) -> tuple[list[_Found], list[int], list[Span]]:
    """Dates, ends of URLs, and spans of impossible dates, left to right.

    Every date holds a number, so the scanner visits the numbers of the text (and a month
    word right before one) and tries the anchored pattern there; text without a
    four-digit number is rejected at once.
    """
    found: list[_Found] = []
    invalid: list[Span] = []
    if _ANY_YEAR.search(text) is None:
        return found, [], invalid
    tables = _tables()
    match = tables.main.match
    urls = [(u.start(), u.end()) for u in _URL.finditer(text)] if "/" in text else []
    url_ends = [e for _, e in urls]
    url_i = 0
    pos = 0
    runs = [dm.span() for dm in _DIGITS.finditer(text)]
    years_at = [s for s, e in runs if e - s == 4 and text[s] in "12"]
    size = len(text)
    for q, e in runs:
        if q < pos:
            continue
        n = e - q
        if n > 2 and (n != 4 or text[q] not in "12"):
            continue
        day_ok = True
        if n <= 2:
            # a day or month opens a date only if a year follows soon and the number
            # is followed by a separator or a word: "3 June", "3–5", "17.04.", "1st"
            y = bisect.bisect_left(years_at, e)
            if y == len(years_at) or years_at[y] - e > _DAY_TO_YEAR:
                continue
            day_ok = e < size and (text[e] in _AFTER_DAY or text[e].isalpha())
        while url_i < len(urls) and urls[url_i][1] <= q:
            url_i += 1
        if url_i < len(urls) and urls[url_i][0] <= q:
            pos = urls[url_i][1]
            continue
        starts: list[int] = []
        if q > 1 and text[q - 1] in _SKIP_BEFORE_NUMBER and not text[q - 2].isdigit():
            k = _month_before(tables, text, q)
            if k >= pos and (url_i == 0 or k >= urls[url_i - 1][1]):
                starts.append(k)
        if day_ok:
            starts.append(q)
        for start in starts:
            m = match(text, start)
            if m is None:
                continue
            branch = m.lastgroup or ""
            pos = m.end()
            try:
                date, kind = _read(tables, m, branch)
            except InvalidDateError:
                invalid.append(Span(m.start(), m.end()))
                break
            except _Reject:
                year_group = _YEAR_GROUPS.get(branch)
                ym = (
                    None
                    if year_group is None
                    else tables.year_only.match(text, m.start(year_group))
                )
                if ym is None:
                    break
                if ym.start() == m.start():  # the rest of the match may hold another date
                    pos = ym.end()
                try:
                    date, kind = _read(tables, ym, "year")
                except _Reject:
                    break
                if years:
                    found.append((ym.start(), ym.end(), date, kind))
                break
            if years or not (branch in _YEAR_BRANCHES or kind == "year"):
                found.append((m.start(), m.end(), date, kind))
            break
    return found, url_ends, invalid


_CLAUSE_BREAK = re.compile(r"[;\])]|(?<!\b\w)\.\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎЄЇ«\"“]|//|\n\s*\n")
_URL_PAREN_GAP = re.compile(r"\s{0,3}[(\[]\s{0,2}")
_URL_PAREN_CLOSE = re.compile(r"\s{0,2}[)\]]")
_CUE_GAP_LEAD = re.compile(r"[\s:.,–—-]*")


def _gap_ok(text: str, start: int, end: int, window: int) -> bool:
    if end - start > window:
        return False
    lead = _CUE_GAP_LEAD.match(text, start, end)
    begin = lead.end() if lead else start
    return _CLAUSE_BREAK.search(text, begin, end) is None


def _roles(text: str, found: list[_Found], url_ends: list[int]) -> list[DateMatch]:
    tables = _tables()
    roles: list[str | None] = [None] * len(found)
    cue_spans: list[Span | None] = [None] * len(found)
    starts = [f[0] for f in found]
    ends = [f[1] for f in found]
    low = text.lower()
    cue_iter = tables.cues.finditer(low) if len(low) == len(text) else tables.cues_ci.finditer(text)
    for cm in cue_iter:
        c0, c1 = cm.span()
        if c0 and text[c0 - 1].isalnum():
            continue
        best: tuple[int, int, str] | None = None
        for role, where in tables.cue_roles.get(_cue_key(cm.group()), ()):
            if where == "before":
                i = bisect.bisect_left(starts, c1)
                if i == len(found) or not _gap_ok(text, c1, starts[i], tables.window_before):
                    continue
                cand = (starts[i] - c1, i, role)
            else:
                i = bisect.bisect_right(ends, c0) - 1
                if i < 0 or not _gap_ok(text, ends[i], c0, tables.window_after):
                    continue
                cand = (c0 - ends[i], i, role)
            if best is None or cand[0] < best[0]:
                best = cand
        if best is not None and roles[best[1]] is None:
            roles[best[1]] = best[2]
            cue_spans[best[1]] = Span(c0, c1)
    if url_ends:
        for i, (start, end, _, _) in enumerate(found):
            if roles[i] is not None:
                continue
            j = bisect.bisect_right(url_ends, start) - 1
            if (
                j >= 0
                and _URL_PAREN_GAP.fullmatch(text, url_ends[j], start)
                and _URL_PAREN_CLOSE.match(text, end)
            ):
                roles[i] = ACCESSED
    return [
        DateMatch(Span(start, end), date, roles[i] or PUBLISHED, kind, cue_spans[i])
        for i, (start, end, date, kind) in enumerate(found)
    ]


def find_dates(text: str, *, years: bool = True) -> list[DateMatch]:
    """Every date expression in ``text``, left to right, non-overlapping, longest first.

    Impossible dates (31.02.2022) are skipped; :func:`find_invalid_dates` reports them.
    ``years=False`` leaves out bare years and year ranges. Digits inside links are
    not read (see :func:`date_from_url` for those).

    >>> [(d.date.isoformat(), d.kind, d.role) for d in find_dates(
    ...     "Вестник. 2005. № 287. С. 177-180. URL: http://x.ru/a (дата обращения: 19.09.2014)")]
    [('2005', 'year', 'published'), ('2014-09-19', 'numeric', 'accessed')]
    """
    found, url_ends, _ = _scan(text, years)
    if not found:
        return []
    return _roles(text, found, url_ends)


def find_invalid_dates(text: str) -> list[Span]:
    """Spans of date-shaped expressions that are not calendar dates (``31.02.2022``).

    >>> find_invalid_dates("от 31.02.2022 и 30 февраля 2021 г.")
    [Span(start=3, end=13), Span(start=16, end=34)]
    """
    return _scan(text, True)[2]


# --------------------------------------------------------------------------- whole texts

_ISO_FULL = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?")
_TIME_TAIL = re.compile(r"(?:,?\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$")
_TRAILING = " \t\r\n,;:"


def parse_date(text: str) -> PartialDate | None:
    """The date when the whole of ``text`` is one date expression, else ``None``.

    Surrounding brackets, trailing punctuation, a time of day and year words
    (``г.``, ``года``, ``жылы``, ``j.``) are allowed around the date.

    >>> parse_date("2015 жылғы 3 наурыздағы").isoformat()
    '2015-03-03'
    >>> parse_date("ноябрь 2018 г.").isoformat()
    '2018-11'
    >>> parse_date("С. 2005") is None
    True
    """
    s = text.strip()
    while len(s) > 1 and s[0] in "([" and s[-1] in ")]":
        s = s[1:-1].strip()
    s = s.strip(_TRAILING)
    if _ISO_FULL.fullmatch(s):
        try:
            return PartialDate.fromisoformat(s)
        except InvalidDateError:
            return None
    s = _TIME_TAIL.sub("", s).strip(_TRAILING)
    for candidate in (s, s.rstrip(".").rstrip(_TRAILING)):
        found, _, invalid = _scan(candidate, True)
        if invalid:
            return None
        if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(candidate):
            return found[0][2]
    return None


# --------------------------------------------------------------------------- URLs

_URL_HEAD = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*|^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?=/)", re.I
)
_URL_DATE = re.compile(
    r"/(?P<ay>(?:19|20)\d\d)/(?P<am>[01]?\d)/(?P<ad>[0-3]?\d)(?=[/._-]|$)"
    r"|/(?P<by>(?:19|20)\d\d)/(?P<bm>[01]\d)(?=/|$)"
    r"|(?<![\d])(?P<cy>(?:19|20)\d\d)(?P<cs>[-_])(?P<cm>[01]\d)(?P=cs)(?P<cd>[0-3]\d)(?!\d)"
    r"|(?<!\d)(?P<e8>\d{8})(?!\d)"
)


def date_from_url(url: str) -> PartialDate | None:
    """The publication date a URL's path carries, at the precision it carries it.

    Counts ``/2022/03/03/``, ``/2012/09/`` (month), ``2022-03-03`` or ``20220303`` in a
    slug and ``DDMMYYYY`` glued to a slug's start; never a bare year (``euro2014``), a
    word month (``/2012/June/``) or anything in the query string or fragment.

    >>> date_from_url("http://piraadipartei.ee/23062014-piraadipartei-jatkab").isoformat()
    '2014-06-23'
    >>> date_from_url("http://www.theatlantic.com/archive/2012/09/open-source/262646/")
    PartialDate(year=2012, month=9, day=None, text='/2012/09', end=None)
    >>> date_from_url("http://piraadipartei.ee/euro2014-programm") is None
    True
    """
    head = _URL_HEAD.match(url.strip())
    path = url.strip()[head.end() :] if head else url.strip()
    for stop in "?#":
        path = path.split(stop, 1)[0]
    for m in _URL_DATE.finditer(path):
        date = _url_match_date(m)
        if date is not None:
            return date
    return None


def _url_match_date(m: re.Match[str]) -> PartialDate | None:
    g = m.group
    text = m.group()
    try:
        if g("ay"):
            return PartialDate(int(g("ay")), int(g("am")), int(g("ad")), text=text)
        if g("by"):
            return PartialDate(int(g("by")), int(g("bm")), text=text)
        if g("cy"):
            return PartialDate(int(g("cy")), int(g("cm")), int(g("cd")), text=text)
    except InvalidDateError:
        return None
    digits = g("e8")
    whole_segment = m.start() > 0 and m.string[m.start() - 1] == "/"
    # YYYYMMDD anywhere in a slug; DDMMYYYY only glued to the start of a slug.
    readings = [(digits[:4], digits[4:6], digits[6:])]
    if whole_segment:
        readings.append((digits[4:], digits[2:4], digits[:2]))
    for y, mo, d in readings:
        if _MIN_URL_YEAR <= int(y) <= _MAX_YEAR:
            try:
                return PartialDate(int(y), int(mo), int(d), text=digits)
            except InvalidDateError:
                continue
    return None
