"""Find and read dates in reference lines, in the many forms real lists use.

A reference may carry several dates (publication, access, registration, entry into force)
written numerically (``18.01.2022``, ``2022-01-18``), in words in a dozen languages
(``17 июня 2022 г.``, ``2015 жылғы 3 наурыздағы``, ``June 1, 2022``) or as a bare year.
:func:`find_dates` finds them all, checks each against the calendar, and tells from
nearby cue words what each date means, so that the parser can keep an access date out of
the publication date.

Every date holds a number, so the scanner visits only the numbers of a text (and a month
word right before one) and tries one of three precompiled, anchored patterns there: for
dates that open with a day, with a year, or with a month word. All quantifiers are
bounded, so the work per number is bounded and a whole scan is linear in the text.

>>> [(d.date.isoformat(), d.role) for d in find_dates("от 26 ноября 2012 года. "
...     "Зарегистрирован в Министерстве юстиции 26 декабря 2012 года")]
[('2012-11-26', 'published'), ('2012-12-26', 'registered')]
>>> parse_date("Feb 18, 2026 18:27").isoformat()
'2026-02-18'
>>> date_from_url("https://www.nytimes.com/2012/08/24/world/asia/x.html").isoformat()
'2012-08-24'

Month names come from Babel's CLDR data (built once, lazily, on first use) plus the forms
in ``data/months_extra.json``, whose letter tables also spell the Kazakh and Georgian names
in Latin letters (``16 nauryz 2022 zhyl``, ``14 maisi 2024``); cue words are in
``data/date_cues.json``.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

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
    "DateScan",
    "date_from_url",
    "find_dates",
    "find_invalid_dates",
    "parse_date",
    "scan_dates",
]

PUBLISHED = "published"
ACCESSED = "accessed"
REGISTERED = "registered"
IN_FORCE = "in-force"

#: Languages whose CLDR month names are recognised (``uz`` is Uzbek in Latin letters).
_LOCALES = ("ru", "kk", "uk", "be", "et", "lv", "lt", "en", "fr", "de", "tr", "uz")
# neighbours whose news and papers cite Central Asia: full month names only, since their
# three-letter abbreviations ("pro", "sie", "lis") are common words
_WIDE_LOCALES = ("pl", "cs", "az", "ka", "hy", "ro", "fi", "sv", "tk")

_MIN_YEAR = 1000  # a full date (with month) may be this old
_MIN_NUMERIC_YEAR = 1700  # ... and in numbers only (12.03.1187 is a case number, not a date)
_MIN_BARE_YEAR = 1800  # a lone four-digit number counts as a year from here ...
_MAX_YEAR = 2100  # ... up to here
# two digits of a year ("от 30.03.12 г.") name the latest such year not after next year
_NEXT_YEAR = datetime.date.today().year + 1
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


_KEY_MERGES = (("ı", "i"), ("і", "i"), ("ё", "е"), ("’", "'"), ("ʻ", "'"), ("ʼ", "'"))
_KEY_FIX = str.maketrans(dict(_KEY_MERGES))


def _key(word: str) -> str:
    """Lookup key of a word: lower case, the i's of all scripts merged, final dots dropped.

    Kazakh text in Latin letters often carries a Cyrillic ``і``; merging it with ``i``
    (and ``ı``, ``İ``) lets one table entry serve every spelling.
    """
    return word.lower().replace("i̇", "i").translate(_KEY_FIX).rstrip(".")


def _keyed(text: str) -> str:
    """``text`` with :func:`_key`'s merges applied letter by letter, offsets unchanged.

    The patterns are built from keys and run on this copy, so they need neither
    case-insensitive matching nor classes for ``і``/``ı``/``ё``. (``İ`` is the one
    character whose lower case is two characters long; it becomes ``i`` first.)
    """
    low = text.replace("İ", "i").lower() if "İ" in text else text.lower()
    for old, new in _KEY_MERGES:
        if old in low:
            low = low.replace(old, new)
    return low


def _trie_pattern(
    words: Iterable[str],
    *,
    space: str = r"\s+",
) -> str:
    """A regex matching exactly ``words`` whose alternatives branch one character at a time.

    A flat ``a|b|c`` alternation of a thousand words makes the engine try every word at
    every position; a trie tries one branch per character, and as every branch opens
    with a plain character the engine rejects most of them without entering them (which
    is why the patterns run on key-form text instead of using ``re.IGNORECASE``).
    """
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root, space)


_Trie = dict[str, "_Trie"]


def _emit(node: _Trie, space: str) -> str:
    alts: list[str] = []
    singles: list[str] = []
    for ch in sorted(k for k in node if k):
        sub = _emit(node[ch], space)
        if sub or ch == " ":
            alts.append((space if ch == " " else re.escape(ch)) + sub)
        else:
            singles.append(ch)
    one_token = not alts and len(singles) > 0
    if singles:
        if len(singles) == 1:
            alts.append(re.escape(singles[0]))
        else:
            alts.append("[" + "".join(re.escape(c) for c in singles) + "]")
    terminal = "" in node
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if not terminal:
        return body
    if one_token or len(alts) > 1:
        return body + "?"
    return "(?:" + body + ")?"


def _trie_group(words: Iterable[str]) -> str:
    return "(?:" + _trie_pattern(sorted({_key(w) for w in words})) + ")"


def _word_list_pattern(words: Iterable[str]) -> str:
    """Alternation of year words (``г.``, ``жылғы``, ``. gada``), whole words only."""
    keys = sorted({_key(w) + w[-1] * (w[-1] == ".") for w in words})
    return "(?:" + _trie_pattern(keys, space=r"\s{0,2}") + r")(?!\w)"


@attrs.frozen(slots=True)
class _Lexicon:
    months: dict[str, int]  # every known month word (Kazakh inflections included) -> 1..12
    weak: frozenset[str]  # month words that alone could be ordinary words
    name_like: frozenset[str]  # month words that are also given names (Jan, May)
    trailers: tuple[str, ...]
    attributives: tuple[str, ...]  # "2024 жылғы республикалық бюджет": no date
    year_cases: tuple[str, ...]  # "2025-yildan ish yuritish …": "from 2025", no date
    connectors: tuple[str, ...]
    ordinals: tuple[str, ...]  # 1st, 1er, 1-го
    decade_endings: tuple[str, ...]  # 1980-е, 1990s
    decade_kk: tuple[str, ...]  # 1990-шы жылдары
    day_range_words: tuple[str, ...]  # "du 13 au 19 janvier", "с 13 по 19 января"
    year_words: tuple[str, ...]  # "5 октябри соли 2009": a word for "year" before the year
    number_words: frozenset[str]  # "pp. 2005", "№ 2005": no year
    number_letters: frozenset[str]  # "С. 2005" (not after a name)
    number_len: int  # the longest of number_words and number_letters
    # The last ``tail`` letters (as many as the shortest month word has) of every month
    # word: a word ending otherwise is no month, told without looking for its start.
    tail: int
    month_tails: frozenset[str]


@attrs.frozen(slots=True)
class _Patterns:
    day: re.Pattern[str]  # dates that open with a day or month number
    year: re.Pattern[str]  # dates that open with a year
    month: re.Pattern[str]  # dates that open with a month word
    year_only: re.Pattern[str]
    year_plain: re.Pattern[str]  # the year patterns without the period of months


@attrs.frozen(slots=True)
class _Cues:
    pattern: re.Pattern[str]  # runs on key-form text (see _keyed)
    roles: dict[str, tuple[tuple[str, str], ...]]
    window_before: int
    window_after: int


def _cldr_months() -> dict[str, int]:
    """CLDR month names (key form → month number), from ``data/cldr_months.json``.

    The file is derived from Babel's CLDR data by :func:`cldr_months_from_babel` and a test
    checks that it still equals Babel's answer; reading it instead of importing Babel
    saves about 70 ms at start-up, which ``kzcite convert`` on one file notices.
    """
    table: dict[str, int] = dict(data_json("cldr_months.json")["months"])
    return table


def cldr_months_from_babel() -> dict[str, int]:
    """The month table straight from Babel (used to build and check the shipped file)."""
    from babel import Locale  # imported here so that ``import kzcite.dates`` stays fast

    out: dict[str, int] = {}
    for code in _LOCALES + _WIDE_LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated") if code in _LOCALES else ("wide",):
                for number, name in months[context][width].items():
                    key = _key(name)
                    if key and not key.isdigit():
                        out.setdefault(key, int(number))
    return out


_DASH = r"[-‐‑‒–—−]"
_RD = r"\s{0,2}" + _DASH + r"\s{0,2}"
_DAY_LB = r"(?<!\d)(?<!\d[.,:/-])"
_YEAR_LB = r"(?<!\w)(?<!\d[.,:/-])"
_DS = r"(?:\.?\s{1,3}|\.|-)"


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?!\d)"


def _year(name: str) -> str:
    return rf"(?P<{name}>[12]\d{{3}})(?!\d)"


def _spellings(word: str, letters: dict[str, list[str]]) -> list[str]:
    """Every Latin spelling of ``word`` that its letter table allows, in key form.

    Letters that share a key (``ı`` and ``i``) count once.
    """
    forms = [""]
    for ch in word:
        alts = dict.fromkeys(_key(a) for a in letters[ch]) if ch in letters else (ch,)
        forms = [f + alt for f in forms for alt in alts]
    return forms


def _harmony(text: str, harmony: dict[str, str]) -> str:
    """``back``, ``front`` or ``""``: the class of the last vowel of ``text``."""
    for ch in reversed(text):
        for side, vowels in harmony.items():
            if ch in vowels:
                return side
    return ""


def _latin_months(extra: dict[str, Any], cldr: dict[str, int]) -> dict[str, int]:
    """Kazakh and Georgian month words in Latin letters (key form → month number).

    Made by the letter tables of ``months_extra.json`` from the Cyrillic Kazakh stems with
    their suffixes (each Latin stem with the suffixes in vowel harmony with it) and from
    CLDR's Georgian names with their case forms, instead of typing out every spelling.
    """
    out: dict[str, int] = {}
    kk = extra["kk_latin"]
    suffixes = extra["kk_suffixes"]["cyrl"]
    for number, forms in extra["kk_stems"].items():
        for stem in forms:
            side = _harmony(stem, kk["harmony"])
            for suffix in ("", *suffixes):
                if suffix and _harmony(suffix, kk["harmony"]) not in ("", side):
                    continue
                for word in _spellings(stem + suffix, kk["letters"]):
                    out.setdefault(word, int(number))
    ka = extra["ka_latin"]
    for name, number in cldr.items():
        if not any(ch in ka["letters"] for ch in name):
            continue
        endings = ka["inflect"].get(name[-1], ())
        forms = [name, *(name[:-1] + ending for ending in endings)]
        for form in forms:
            out.setdefault(form, number)
            for word in _spellings(form, ka["letters"]):
                out.setdefault(word, number)
    return out


def _with_latin(extra: dict[str, Any], words: list[str]) -> tuple[str, ...]:
    """``words`` and the Latin spellings of those of them that a letter table romanizes."""
    out = list(words)
    for table in (extra["kk_latin"], extra["ka_latin"]):
        for word in table["year_words"]:
            if word in words:
                out += [w for w in _spellings(word, table["letters"]) if w not in out]
    return tuple(out)


@functools.cache
def _lexicon() -> _Lexicon:
    """Month words and the other word lists, in key form (see :func:`_key`)."""
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
    for word, number in _latin_months(extra, months).items():
        months.setdefault(word, number)
    for word, number in data_json("romanized.json")["months"].items():
        months.setdefault(word, number)
    for lang in extra["inflected"].values():  # Uzbek and Kyrgyz case and possessive forms
        for number, forms in lang["stems"].items():
            for form in forms:
                months.setdefault(_key(form), int(number))
                for suffix in lang["suffixes"]:
                    months.setdefault(_key(form + suffix), int(number))
    tail = min(len(k) for k in months)
    return _Lexicon(
        months=months,
        weak=frozenset(_key(w) for w in extra["weak"]),
        name_like=frozenset(_key(w) for w in extra["name_like"]),
        trailers=_with_latin(extra, extra["year_trailers"]),
        attributives=tuple(_key(w) for w in _with_latin(extra, extra["year_attributives"])),
        year_cases=tuple(_key(w) for w in _with_latin(extra, extra["year_cases"])),
        connectors=_with_latin(extra, extra["year_connectors"]),
        ordinals=tuple(extra["day_ordinals"]),
        decade_endings=tuple(extra["decade_endings"]),
        decade_kk=tuple(extra["decade_kk"]),
        day_range_words=tuple(extra["day_range_words"]),
        year_words=tuple(extra["year_words"]),
        number_words=frozenset(w.lower() for w in extra["number_markers"]["words"]),
        number_letters=frozenset(w.lower() for w in extra["number_markers"]["letters"]),
        number_len=max(len(w) for group in extra["number_markers"].values() for w in group),
        tail=tail,
        month_tails=frozenset(k[-tail:] for k in months),
    )


@functools.cache
def _patterns() -> _Patterns:
    """The date patterns; they run on key-form text (see :func:`_keyed`)."""
    lex = _lexicon()
    shortest = min(len(k) for k in lex.months)
    longest = max(len(k) for k in lex.months)

    # A month is matched as any word of a month's length and looked up in the table
    # afterwards (see _read): a 4,700-word alternation would make the patterns large,
    # slow to build and slower to fail.
    # the 2017 Kazakh Latin alphabet writes letters with an apostrophe (qan'tar, jylg'y)
    letter = r"(?:[^\W\d_]|(?<=[agnouscyi])'(?=[^\W\d_]))"

    def mw(name: str) -> str:
        return rf"(?<!\w)(?P<{name}>{letter}{{{shortest},{longest}}})(?!\w)(?P<{name}dot>\.)?"

    ordinal = rf"(?:-?{_trie_group(lex.ordinals)}(?!\w))?"
    decade = (
        rf"(?!\s?[-‐–’']\s?{_trie_group(lex.decade_endings)}(?!\w))"
        rf"(?!\s?-?{_trie_group(lex.decade_kk)}?\s?{_trie_group(['жылдар'])})"
    )
    trailer_words = _word_list_pattern(lex.trailers)
    trailer = r"(?:\s{0,2}" + trailer_words + ")?"
    connector = _word_list_pattern(lex.connectors)
    year_word = rf"(?:{_word_list_pattern(lex.year_words)}\s{{1,3}})?" if lex.year_words else ""
    # 2000a, 2000б; 2019г.; or simply the end of the number
    year_end = r"(?:(?P<ysuf>[a-hа-в])(?!\w)|(?=" + trailer_words + r")|(?!\w))"

    # "13–19", "13.–19.", "13 au 19" or "13. bis 19." before the month: a range of days
    day_range = rf"\.?(?:{_RD}|\s{{1,2}}{_word_list_pattern(lex.day_range_words)}\s{{1,2}})"

    # Each pattern reads its opening number once, then tries the ways a date can go on.
    day_tails = {
        "dfirst": (
            rf"{ordinal}(?:{day_range}{_day('d2')}{ordinal})?{_DS}{mw('m1')}"
            rf"(?:{_RD}{_day('d3')}{ordinal}{_DS}{mw('m2')})?,?\s{{1,3}}{year_word}{_year('y1')}"
            rf"{trailer}"
        ),
        "numrange": (
            rf"{_RD}(?P<nr2>[0-3]?\d)\.(?P<nrm>[01]?\d)\.{_year('nry')}(?![.,/-]\d){trailer}"
        ),
        "num": (
            r"(?P<ns>\.\s|[./-])(?P<nb>[0-3]?\d)(?P=ns)"
            rf"{_year('ny')}(?![.,/-]\d){trailer}"
        ),
        # "12 .03. 2024", "12 . 5 . 2023": a blank before the first dot (typed or OCR)
        "numsp": rf"\s\.\s?(?P<sb>[01]?\d)\s?\.\s?{_year('sy')}(?![.,/-]\d)",
        # "от 30.03.12 г. № 399": two digits of the year, and the year word after them
        "num2": r"\.(?P<yb>[01]?\d)\.(?P<yy>\d\d)(?=\s?[гжjy]\.)",  # (key form: lower case)
    }
    year_tails = {
        # an ISO 8601 time keeps to its date: "2022-09-23T10:15", "2022-09-16T14:05Z"
        "iso": r"(?P<is>[-./])(?P<im>[01]?\d)(?P=is)(?P<id>[0-3]?\d)(?!\d)(?![.,/-]\d)"
        r"(?:t\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?(?![\w:]))?",  # key form
        "ris": r"/(?P<rm>[01]\d)?/(?P<rd>[0-3]\d)?/",
        # Lithuanian "2024 01 18": two-digit month and day after blanks
        "isosp": r"\s(?P<sm>[01]\d)\s(?P<sd>[0-3]\d)(?![\d.,/:-])",
        # "2023 жылғы қаңтар-желтоқсан": a period of months after the year word
        "mrange": rf"\s{{0,2}}{connector},?\s{{1,3}}{mw('pm1')}{_RD}{mw('pm2')}",
        "yfirst": (
            rf"\s{{0,2}}{connector},?\s{{1,3}}"
            rf"(?:{_day('fd1')}{ordinal}{_DS})?{mw('fm')}"
            rf"(?:\s{{1,3}}{_day('fd2')}{ordinal}(?:\s{{0,2}}d\.)?)?"  # "шілденің 11-і"
        ),
        # "2024, 14 марта" / "2023, 6 червня": a year, a comma, then day and month
        "ycomma": rf",\s{{1,2}}{_day('cd')}{ordinal}{_DS}{mw('cm')}(?![.,:]?\d)",
        # Mongolian "1992 оны 1 дүгээр сарын 13": the months are numbered
        "mn": (
            r"\s{1,2}оны\s{1,2}(?P<mnm>[01]?\d)(?:-?р|\s(?:дугаар|дүгээр))?\s{1,2}сарын"
            r"\s{1,2}(?P<mnd>[0-3]?\d)(?!\d)"
        ),
        "vanc": (rf"\s{{1,2}}{mw('vm')}(?:\s{{1,2}}{_day('vd')}(?!:\d)|(?=\s?[;:]))"),
        # APA: "(2019, March 5)", "(2019, March)"
        "apa": (rf",\s{{1,2}}{mw('am')}(?:\s{{1,2}}{_day('ad')}{ordinal}(?![.,:]?\d)|(?=\s?\)))"),
        "yrange": rf"(?:{_RD}|/){_year('rb')}(?![.,]\d)(?!\w){decade}{trailer}",
        # not "2023/1214", "2023/2" or "2021-1109": an act's or a series' number (a year
        # range went above)
        "year": rf"{year_end}(?![.,]\d)(?!/\d)(?!-\d{{3}}){decade}{trailer}",
    }
    month_branch = (
        rf"(?P<mfirst>{mw('mm1')}(?:{_RD}{mw('mm2')})?"
        rf"(?:\s{{1,3}}{_day('md1')}{ordinal}(?:{_RD}{_day('md2')}{ordinal})?)?"
        rf",?\s{{1,3}}{year_word}{_year('my')}{trailer})"
    )

    def union(head: str, tails: dict[str, str]) -> re.Pattern[str]:
        return re.compile(
            head + "(?:" + "|".join(f"(?P<{name}>{body})" for name, body in tails.items()) + ")"
        )

    day_head = rf"{_DAY_LB}(?P<D>[0-3]?\d)(?!\d)"
    year_head = rf"{_YEAR_LB}(?P<Y>[12]\d{{3}})(?!\d)"
    return _Patterns(
        day=union(day_head, day_tails),
        year=union(year_head, year_tails),
        month=re.compile(month_branch),
        year_only=union(year_head, {"year": year_tails["year"]}),
        year_plain=union(year_head, {k: v for k, v in year_tails.items() if k != "mrange"}),
    )


@functools.cache
def _cues() -> _Cues:
    cue_data = data_json("date_cues.json")
    cue_roles: dict[str, list[tuple[str, str]]] = {}
    romanized = {"Latn": data_json("romanized.json")["cues"]}  # "data obrashcheniya"
    for role, places in cue_data["roles"].items():
        for where, by_lang in places.items():
            more = [romanized["Latn"].get(role, {}).get(where, [])]
            for words in [*by_lang.values(), *more]:
                for word in words:
                    entry = (role, where)
                    have = cue_roles.setdefault(_cue_key(word), [])
                    if entry not in have:
                        have.append(entry)
    # No IGNORECASE and no look-behind in front: the engine can then skip ahead to the
    # cues' first letters at C speed; the left word boundary is checked afterwards.
    cue_trie = "(?:" + _trie_pattern(sorted(cue_roles)) + r")(?!\w)"
    return _Cues(
        pattern=re.compile(cue_trie),
        roles={k: tuple(v) for k, v in cue_roles.items()},
        window_before=int(cue_data["window"]["before"]),
        window_after=int(cue_data["window"]["after"]),
    )


_SPACES = re.compile(r"\s+")


def _cue_key(text: str) -> str:
    return _SPACES.sub(" ", _key(text))


# --------------------------------------------------------------------------- scanning

_ANY_YEAR = re.compile(r"[12]\d{3}")
_SHORT_YEAR = re.compile(r"(?<=\d\.)\d\d(?=\s?[гжjyГЖJY]\.)")
_SHORT_YEAR_WORDS = ("г.", "ж.", "j.", "y.", "Г.", "Ж.", "J.", "Y.")
_DIGITS = re.compile(r"\d+")
_DAY_TO_YEAR = 48  # the farthest a year stands from the day that opens its date
# Links and DOIs: their digits are never dates (date_from_url reads URL paths). Every
# alternative opens with a plain character, so the engine skips to candidates quickly.
_URL = re.compile(
    r"https?://[^\s<>\"«»]+|HTTPS?://[^\s<>\"«»]+|ftp://[^\s<>\"«»]+|www\.[^\s<>\"«»]+"
    r"|//[\w-]+\.[\w.-]+/[^\s<>\"«»]*|doi:\s?[^\s<>\"«»]+|DOI:\s?[^\s<>\"«»]+"
    r"|10\.\d{4,9}/[^\s<>\"«»]+"
)
_SKIP_BEFORE_NUMBER = frozenset(" \t\r\n\u00a0.,")
_AFTER_DAY = frozenset(" \t\u00a0\n./-‐‑‒–—−")
_DASHES = frozenset("-‐‑‒–—−")


@functools.lru_cache(maxsize=4096)
def _partial(year: int, month: int | None, day: int | None, text: str) -> PartialDate:
    """``PartialDate(year, month, day, text)``, shared between equal calls.

    A record is frozen, so one can stand for every date written alike; most dates in a
    list repeat ("2020", "2023 г."), and checking a date against the calendar costs more
    than looking it up. An impossible date raises every time (exceptions are not kept).
    """
    return PartialDate(year, month, day, text)


def _date(
    text: str,
    year: int,
    month: int | None = None,
    day: int | None = None,
    end: tuple[int, int | None, int | None] | None = None,
) -> PartialDate | None:
    """A PartialDate; None for an implausible year or a word that is no month (0),
    InvalidDateError for a day the month lacks."""
    if not _MIN_YEAR <= year <= _MAX_YEAR or month == 0 or (end is not None and end[1] == 0):
        return None
    if end is None:
        return _partial(year, month, day, text)
    last = PartialDate(*end)
    start = PartialDate(year, month, day)
    if last.date_parts() <= start.date_parts():
        raise InvalidDateError("range ends before it starts")
    return PartialDate(year, month, day, text, last)


@functools.lru_cache(maxsize=4096)
def _month_number(word: str) -> int:
    """The month a word names (see :func:`_key`); 0 for a word that names none."""
    return _lexicon().months.get(_key(word), 0)


@functools.lru_cache(maxsize=4096)
def _weak_word(word: str) -> bool:
    return _key(word) in _lexicon().weak


def _month_of(g: Callable[[str], str], name: str) -> int:
    """The month a matched word names; 0 for a word that names none."""
    return _month_number(g(name))


def _weak(g: Callable[[str], str], name: str) -> bool:
    return _weak_word(g(name)) and not g(name + "dot")


def _read(lex: _Lexicon, m: re.Match[str], text: str) -> tuple[PartialDate | None, str]:
    """The date and kind of a pattern match: (None, kind) when it is no date after all.

    Raises InvalidDateError for a day the calendar lacks. ``text`` is the matched part
    of the original text (the match itself runs on the key-form copy).
    """
    g = m.group
    branch = m.lastgroup
    if branch == "year":
        year = int(g("Y"))
        if not _MIN_BARE_YEAR <= year <= _MAX_YEAR or _number_before(lex, m):
            return None, ""
        return _partial(year, None, None, text), "year"
    if branch == "dfirst":
        year, mon, day = int(g("y1")), _month_of(g, "m1"), int(g("D"))
        if g("m2"):
            end = (year, _month_of(g, "m2"), int(g("d3")))
            return _date(text, year, mon, day, end), "range"
        if g("d2"):
            return _date(text, year, mon, day, (year, mon, int(g("d2")))), "range"
        return _date(text, year, mon, day), "words"
    if branch == "mfirst":
        year, mon = int(g("my")), _month_of(g, "mm1")
        if g("md1") is None:
            if _weak(g, "mm1") or _given_name(lex, m):
                return None, ""
            if g("mm2"):
                until = (year, _month_of(g, "mm2"), None)
                return _date(text, year, mon, None, until), "range"
            return _date(text, year, mon), "month-year"
        if g("mm2"):
            return None, ""
        if g("md2"):
            return _date(text, year, mon, int(g("md1")), (year, mon, int(g("md2")))), "range"
        return _date(text, year, mon, int(g("md1"))), "words"
    if branch == "num2":  # the latest such year not after next year: in 2026 "12" is 2012
        short = int(g("yy"))
        year = 2000 + short if short <= _NEXT_YEAR % 100 else 1900 + short
        return _date(text, year, int(g("yb")), int(g("D"))), "numeric"
    if branch in ("num", "numrange", "numsp"):
        if branch == "num":
            first, second, year = int(g("D")), int(g("nb")), int(g("ny"))
        elif branch == "numsp":
            first, second, year = int(g("D")), int(g("sb")), int(g("sy"))
        else:
            first, second, year = int(g("D")), int(g("nrm")), int(g("nry"))
        if not _MIN_NUMERIC_YEAR <= year <= _MAX_YEAR:
            return None, ""  # "RKHKo 3-23-1187": a case number, no date in 1187
        if 1 <= second <= 12 or not 1 <= first <= 12:
            day, mon = first, second
        else:  # 06/25/2020: only the month-first reading is possible
            day, mon = second, first
        if branch == "numrange":
            return _date(text, year, mon, day, (year, mon, int(g("nr2")))), "range"
        return _date(text, year, mon, day), "numeric"
    year = int(g("Y"))
    if branch == "iso":
        return _date(text, year, int(g("im")), int(g("id"))), "iso"
    if branch == "isosp":
        return _date(text, year, int(g("sm")), int(g("sd"))), "iso"
    if branch == "ris":
        ris_month = int(g("rm")) if g("rm") else None
        ris_day = int(g("rd")) if g("rd") and ris_month else None
        return _date(text, year, ris_month, ris_day), "iso" if ris_month else "year"
    if branch == "mrange":  # "2023 жылғы қаңтар-желтоқсан": a period of months
        mon, last = _month_of(g, "pm1"), _month_of(g, "pm2")
        if not mon or not last:
            return None, "retry"
        return _date(text, year, mon, None, (year, last, None)), "range"
    if branch == "yfirst":
        mon = _month_of(g, "fm")
        if g("fd1"):
            if g("fd2"):  # a day on both sides of the month
                return None, ""
            return _date(text, year, mon, int(g("fd1"))), "words"
        if g("fd2"):
            return _date(text, year, mon, int(g("fd2"))), "words"
        if _weak(g, "fm"):
            return None, ""
        return _date(text, year, mon), "month-year"
    if branch == "ycomma":
        return _date(text, year, _month_of(g, "cm"), int(g("cd"))), "words"
    if branch == "mn":
        return _date(text, year, int(g("mnm")), int(g("mnd"))), "words"
    if branch == "vanc":
        if g("vd"):
            return _date(text, year, _month_of(g, "vm"), int(g("vd"))), "words"
        if _weak(g, "vm"):
            return None, ""
        return _date(text, year, _month_of(g, "vm")), "month-year"
    if branch == "apa":
        if g("ad"):
            return _date(text, year, _month_of(g, "am"), int(g("ad"))), "words"
        if _weak(g, "am"):
            return None, ""
        return _date(text, year, _month_of(g, "am")), "month-year"
    # "yrange"
    last = int(g("rb"))
    if not (_MIN_BARE_YEAR <= year < last <= _MAX_YEAR) or _number_before(lex, m):
        return None, ""
    if "/" in text[4:6] and last != year + 1:
        return None, ""
    return PartialDate(year, None, None, text, PartialDate(last)), "range"


# the opening of a line up to a given name: a number or bullet, then a family name
# ("Šír, ", "10 Kowalski ")
_NAME_OPENING = re.compile(r"[\W\d_]{0,6}[^\W\d_][\w'’-]*,?\s{1,2}")


def _given_name(lex: _Lexicon, m: re.Match[str]) -> bool:
    """Is the month word opening ``m`` (with no day) a person's given name instead?

    ``Jan`` and ``May`` are names too: right after a family name that opens the line
    (``Šír, Jan. 2023.``, ``Kowalski Jan, 2020``) the year belongs to the reference and
    the word to the author.
    """
    s, start = m.string, m.start()
    if _key(m.group("mm1")) not in lex.name_like:
        return False
    line = s.rfind("\n", 0, start) + 1
    return start - line <= 60 and _NAME_OPENING.fullmatch(s, line, start) is not None


def _number_before(lex: _Lexicon, m: re.Match[str]) -> bool:
    """Is the number at ``m`` a page, volume or issue number (``С. 2005``, ``№ 2005``)?"""
    s, i = m.string, m.start() - 1
    if i >= 0 and s[i] in " \u00a0":
        i -= 1
    if i < 0:
        return False
    if s[i] in "№#":
        return True
    if s[i] == "/" and i == m.start() - 1 and i > 0 and not s[i - 1].isspace():
        # "№ 1-р(II)/2023": the year closes the number of a designation
        t = max(s.rfind(" ", 0, i), s.rfind("\u00a0", 0, i))  # the number's own word
        return s[t + 1 : t + 2] in ("№", "#") or (t > 0 and s[t - 1] in "№#")
    dot = s[i] == "."
    if dot:
        i -= 1
    if i < 0 or not s[i].isalpha():
        return False
    if i >= lex.number_len and s[i - lex.number_len : i + 1].isalpha():
        return False  # a word longer than any number word
    k = _word_before(s, i + 1)
    word = s[k : i + 1].lower()
    if k > 0 and s[k - 1].isalnum():
        return False
    if word in lex.number_words:
        return True
    if not (dot and len(word) == 1 and word in lex.number_letters):
        return False
    # a lone "С." counts after punctuation or a number, not after a name ("Иванов С.")
    j = k - 1
    while j >= 0 and j > k - 3 and s[j] in " \u00a0":
        j -= 1
    return j < 0 or not s[j].isalpha()


# the group holding the year, for each way a date can be written
_YEAR_GROUPS = {
    "dfirst": "y1",
    "mfirst": "my",
    "num": "ny",
    "numsp": "sy",
    "numrange": "nry",
    "yfirst": "Y",
    "mrange": "Y",
    "ycomma": "Y",
    "mn": "Y",
    "vanc": "Y",
    "apa": "Y",
    "yrange": "Y",
    "iso": "Y",
    "ris": "Y",
    "isosp": "Y",
}


def _word_before(text: str, end: int) -> int:
    """Start of the word that ends at ``end`` (``end`` itself when there is none)."""
    k = end
    stop = max(0, end - 24)
    while k > stop and text[k - 1].isalpha():
        k -= 1
    return k


def _month_before(lex: _Lexicon, s: str, q: int) -> int:
    """Start of a month word (or month range) written just before the number at ``q``.

    Only ``June 1, 2022``-style dates start with a word; rather than trying the pattern
    at every letter, the scanner asks, for each number, whether a month word precedes it.
    """
    j = q
    stop = max(0, q - 4)
    while j > stop and s[j - 1] in _SKIP_BEFORE_NUMBER:
        j -= 1
    # most words before a number end unlike any month: no need to find where they start
    if j == q or s[j - lex.tail if j > lex.tail else 0 : j] not in lex.month_tails:
        return -1
    if not s[j - 1].isalpha():
        return -1
    months = lex.months
    k = _word_before(s, j)
    if s[k:j] not in months:
        return -1
    # a month range: "June–July 2016"
    i = k
    while i > 0 and i > k - 3 and s[i - 1].isspace():
        i -= 1
    if i > 0 and s[i - 1] in _DASHES:
        i -= 1
        while i > 0 and i > k - 6 and s[i - 1].isspace():
            i -= 1
        w = _word_before(s, i)
        if w < i and s[w:i] in months:
            return w
    return k


# (start, end, date, kind) of one date found by the scanner
_Found = tuple[int, int, PartialDate, str]
# What one scan of a text yields: its dates, the spans of its URLs, the spans of its
# impossible dates, and the text in key form (see _keyed); a plain tuple, as a record
# would cost more to build than the scan of a short line costs in all.
_Scan = tuple[list[_Found], list[tuple[int, int]], list[Span], str]


def _scan(text: str, years: bool) -> _Scan:
    """Dates, spans of URLs, and spans of impossible dates, left to right.

    Every date holds a number, so the scanner visits the numbers of the text (and a month
    word right before one) and tries the pattern for that kind of start there, anchored;
    text without a four-digit number is rejected at once. The patterns run on a
    key-form copy (see :func:`_keyed`), so they need no case-insensitive matching.
    """
    year_at = _ANY_YEAR.search(text)
    first = year_at.start() if year_at is not None else -1
    # "от 30.03.12 г.": two digits of a year with the year word after them (looked for only
    # where such a word with its dot stands at all)
    shorts = (
        [m.start() for m in _SHORT_YEAR.finditer(text)]
        if any(word in text for word in _SHORT_YEAR_WORDS)
        else []
    )
    if shorts and (first == -1 or shorts[0] < first):
        first = shorts[0]
    if first == -1:
        return [], [], [], ""
    # A day opens a date only with a year close behind it, so digits farther ahead of
    # the first year than that are never visited. (Digits are the same in ``text`` and
    # its key form.)
    begin = max(0, first - _DAY_TO_YEAR - 2)
    while begin and text[begin - 1].isdigit():
        begin -= 1
    runs = [dm.span() for dm in _DIGITS.finditer(text, begin)]
    years_at = [q for q, e in runs if e - q == 4 and text[q] in "12"]
    if shorts:
        years_at = sorted(years_at + shorts)
    if not years_at:
        return [], [], [], ""
    found: list[_Found] = []
    invalid: list[Span] = []
    lex = _lexicon()
    s = _keyed(text)
    pats = _patterns()
    day_match, year_match, month_match = pats.day.match, pats.year.match, pats.month.match
    urls = [u.span() for u in _URL.finditer(s)] if "/" in s else []
    n_urls = len(urls)
    url_i = 0
    size = len(s)
    n_years = len(years_at)
    y = 0  # years_at[y] is the first year that does not start before the current number
    pos = 0
    for q, e in runs:
        if q < pos:
            continue
        n = e - q
        if n <= 2:
            # a day or month opens a date only if a year follows soon and the number
            # is followed by a separator or a word: "3 June", "3–5", "17.04.", "1st"
            while y < n_years and years_at[y] < e:
                y += 1
            if y == n_years or years_at[y] - e > _DAY_TO_YEAR:
                continue
            is_year = False
            day_ok = e < size and (s[e] in _AFTER_DAY or s[e].isalpha())
        elif n == 4 and s[q] in "12":
            is_year = day_ok = True
        else:
            continue
        if url_i < n_urls:
            while url_i < n_urls and urls[url_i][1] <= q:
                url_i += 1
            if url_i < n_urls and urls[url_i][0] <= q:
                pos = urls[url_i][1]
                continue
        m = None
        # a month word (see _month_before) can end only where a letter or a further
        # separator stands before the separator: not in "— 1995", "№ 5", ": 2020"
        if (
            q > 1
            and s[q - 1] in _SKIP_BEFORE_NUMBER
            and (s[q - 2].isalpha() or s[q - 2] in _SKIP_BEFORE_NUMBER)
        ):
            k = _month_before(lex, s, q)
            if k >= pos and (url_i == 0 or k >= urls[url_i - 1][1]):
                m = month_match(s, k)
        if m is None:
            if not day_ok:
                continue
            m = year_match(s, q) if is_year else day_match(s, q)
            if m is None:
                continue
        start = m.start()
        pos = m.end()
        try:
            date, kind = _read(lex, m, text[start:pos])
            if kind == "retry":  # "2019 жылғы наурыз – Алматы": no period of months
                m = pats.year_plain.match(s, start)
                if m is None:
                    continue
                pos = m.end()
                date, kind = _read(lex, m, text[start:pos])
        except InvalidDateError:
            invalid.append(Span(start, pos))
            continue
        if date is None:
            # not a date after all ("Там 2019", "2005-1234"): perhaps its year alone is
            year_group = _YEAR_GROUPS.get(m.lastgroup or "")
            ym = None if year_group is None else pats.year_only.match(s, m.start(year_group))
            if ym is None:
                continue
            if ym.start() == start:  # the rest of the match may hold another date
                pos = ym.end()
            date, kind = _read(lex, ym, text[ym.start() : ym.end()])
            if date is not None and years and not _attributive_year(lex, s, text, ym.end()):
                found.append((ym.start(), ym.end(), date, kind))
            continue
        if kind == "year" and _attributive_year(lex, s, text, pos):
            continue
        if years or (kind != "year" and not (kind == "range" and date.month is None)):
            found.append((start, pos, date, kind))
    return found, urls, invalid, s


def _attributive_year(lex: _Lexicon, keyed: str, text: str, end: int) -> bool:
    """``2024 жылғы республикалық бюджеттің …``: a year word of attribute followed by
    words in lower case names the year a thing belongs to, not a date (a month word after
    it would have been read with the year). One word alone (``ХАҚҚ, 2020 жылғы есеп``,
    "the 2020 report") names the item by its year: that stays a date."""
    at = end + 1 if keyed[end : end + 1] == " " else end
    if keyed.startswith(lex.year_cases, at):
        end = max(at + len(c) for c in lex.year_cases if keyed.startswith(c, at))
    elif not keyed[:end].endswith(lex.attributives):
        return False
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    if not (k > end and k < len(text) and text[k].isalpha() and text[k].islower()):
        return False
    phrase = _PHRASE_END.split(text[k : k + 80], maxsplit=1)[0]
    return len(phrase.split()) >= 2


_PHRASE_END = re.compile(r"[,.;:()\[\]«»„“”\"]")


# Where a cue's clause ends: ";", a closing bracket, a sentence end (not an initial or
# an abbreviation like "г."), a GOST "//" (not the one in "https://"), a blank line.
_CLAUSE_BREAK = re.compile(r"[;\])]|(?<!\b\w)\.\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎЄЇ«\"“]|(?<!:)//|\n\s*\n")
_URL_PAREN_GAP = re.compile(r"\s{0,3}[(\[]\s{0,2}")
_URL_PAREN_CLOSE = re.compile(r"\s{0,2}[)\]]")
_CUE_GAP_LEAD = re.compile(r"[\s:.,–—-]*")


def _gap_ok(text: str, start: int, end: int, window: int) -> bool:
    if end - start > window:
        return False
    lead = _CUE_GAP_LEAD.match(text, start, end)
    begin = lead.end() if lead else start
    return _CLAUSE_BREAK.search(text, begin, end) is None


def _roles(text: str, scan: _Scan) -> list[DateMatch]:
    """Attach to each date the role its cue words (or a URL right before it) give it."""
    cues = _cues()
    found, urls, _, keyed = scan
    roles: list[str | None] = [None] * len(found)
    cue_spans: list[Span | None] = [None] * len(found)
    starts: list[int] = []
    ends: list[int] = []
    # cue words can only matter between window.before ahead of the first date and
    # window.after behind the last one
    lo = max(0, found[0][0] - cues.window_before - 40)
    hi = found[-1][1] + cues.window_after + 40
    for cm in cues.pattern.finditer(keyed, lo, hi):
        c0, c1 = cm.span()
        if c0 and text[c0 - 1].isalnum():
            continue
        if not starts:
            starts = [f[0] for f in found]
            ends = [f[1] for f in found]
        best: tuple[int, int, str] | None = None
        for role, where in cues.roles.get(_cue_key(cm.group()), ()):
            if where == "before":
                i = bisect.bisect_left(starts, c1)
                if i == len(found) or not _gap_ok(text, c1, starts[i], cues.window_before):
                    continue
                cand = (starts[i] - c1, i, role)
            else:
                i = bisect.bisect_right(ends, c0) - 1
                if i < 0 or not _gap_ok(text, ends[i], c0, cues.window_after):
                    continue
                cand = (c0 - ends[i], i, role)
            if best is None or cand[0] < best[0]:
                best = cand
        if best is not None and roles[best[1]] is None:
            roles[best[1]] = best[2]
            cue_spans[best[1]] = Span(c0, c1)
    if urls:
        url_ends = [e for _, e in urls]
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
        DateMatch(Span(start, end), date, role or PUBLISHED, kind, cue_span)
        for (start, end, date, kind), role, cue_span in zip(found, roles, cue_spans, strict=True)
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
    scan = _scan(text, years)
    if not scan[0]:
        return []
    return _roles(text, scan)


def find_invalid_dates(text: str) -> list[Span]:
    """Spans of date-shaped expressions that are not calendar dates (``31.02.2022``).

    >>> find_invalid_dates("от 31.02.2022 и 30 февраля 2021 г.")
    [Span(start=3, end=13), Span(start=16, end=34)]
    """
    return _scan(text, True)[2]


@attrs.frozen(slots=True)
class DateScan:
    """What one scan of ``text`` finds: :func:`find_dates` and :func:`find_invalid_dates`
    at the price of one.

    ``text`` is kept so that a caller holding a scan can tell whether it still answers
    for a text (``scan.text == text``, a fast comparison) rather than scan again.

    >>> scan = scan_dates("от 31.02.2022, изм. 5 марта 2023 г.")
    >>> [d.date.isoformat() for d in scan.dates], scan.invalid
    (['2023-03-05'], (Span(start=3, end=13),))
    """

    text: str
    dates: tuple[DateMatch, ...]  # as find_dates(text, years=...) lists them
    invalid: tuple[Span, ...]  # as find_invalid_dates(text) lists them


def scan_dates(text: str, *, years: bool = True) -> DateScan:
    """The dates and the impossible dates of ``text`` from a single scan.

    For a caller that needs both, or the one after the other on a text that may not have
    changed meanwhile; ``years`` is as for :func:`find_dates` (impossible dates are
    reported either way).
    """
    scan = _scan(text, years)
    dates = tuple(_roles(text, scan)) if scan[0] else ()
    return DateScan(text, dates, tuple(scan[2]))


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
        found, _, invalid, _ = _scan(candidate, True)
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
    r"|/(?P<by>(?:19|20)\d\d)[/-](?P<bm>[01]\d)(?=/|$)"
    r"|(?<![\d])(?P<cy>(?:19|20)\d\d)(?P<cs>[-_])(?P<cm>[01]\d)(?P=cs)(?P<cd>[0-3]\d)(?!\d)"
    # "/page/202401/1305611.shtml", "/a/202305/19/WS64….html": a year-month folder (Chinese
    # and some other news sites), with the day folder after it when there is one
    r"|/(?P<fy>(?:19|20)\d\d)(?P<fm>0[1-9]|1[0-2])/(?:(?P<fd>[0-3]\d)/)?"
    r"|(?<!\d)(?P<e8>\d{8})(?!\d)"
)


_URL_YEAR_MON_DAY = re.compile(r"/((?:19|20)\d\d)/([a-z]{3,9})/([0-3]?\d)/")
_URL_WORD_DATE = re.compile(
    r"(?<=[-/_])(?:(?P<wm>[a-z]{3,9})-(?P<wd>[0-3]?\d)|(?P<wd2>[0-3]?\d)-(?P<wm2>[a-z]{3,9}))"
    r"-(?P<wy>(?:19|20)\d\d)(?=[-/._]|$)"
)


# "/news/2023/ebrd-lends-to-kazakhstan-wind-farm.html": a year folder right before the
# last segment, a slug of three or more words (not an id such as "/2023/48213")
_URL_YEAR_FOLDER = re.compile(
    r"/((?:19|20)\d\d)/(?=[^\W\d_][^\W_]*(?:-[^\W_]+){2,}(?:\.[a-z]{2,5})?/?$)"
)


def date_from_url(url: str) -> PartialDate | None:
    """The publication date a URL's path carries, at the precision it carries it.

    Counts ``/2022/03/03/``, ``/2012/09/`` or ``/2012-09/`` (month), ``/202401/`` (month)
    and ``/202305/19/``, ``2022-03-03`` or ``20220303`` in a slug and ``DDMMYYYY`` glued to
    a slug's start, and a year folder right before a final slug
    (``/news/2023/ebrd-lends-to-kazakhstan.html``), a slug's month word, day and year
    (``…-assessment-march-2-2024``); never a bare year elsewhere
    (``euro2014``, ``/2023/48213``), a word month with no day (``/2012/June/``; with one,
    ``/2015/jul/17/`` counts) or anything in the query
    string or fragment.

    >>> date_from_url("http://piraadipartei.ee/23062014-piraadipartei-jatkab").isoformat()
    '2014-06-23'
    >>> date_from_url("http://www.theatlantic.com/archive/2012/09/open-source/262646/")
    PartialDate(year=2012, month=9, day=None, text='/2012/09', end=None, season=None)
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
    ymd = _URL_YEAR_MON_DAY.search(path)
    month = _cldr_months().get(ymd.group(2)) if ymd is not None else None
    if ymd is not None and month is not None and 1 <= int(ymd.group(3)) <= 31:
        # "/world/2015/jul/17/…" (The Guardian): year, month word, day; a month word with no
        # day ("/2012/June/") names a section
        try:
            return PartialDate(int(ymd.group(1)), month, int(ymd.group(3)), text=ymd.group(0))
        except ValueError:
            pass
    for m in _URL_WORD_DATE.finditer(path):
        # "…-assessment-march-2-2024": a month word of CLDR's, its day and year in a slug
        month = _cldr_months().get(m.group("wm") or m.group("wm2") or "")
        day = int(m.group("wd") or m.group("wd2"))
        if month is not None and 1 <= day <= 31:
            try:
                return PartialDate(int(m.group("wy")), month, day, text=m.group(0))
            except ValueError:
                continue
    folder = _URL_YEAR_FOLDER.search(path)
    if folder is not None:
        return PartialDate(int(folder.group(1)), text=folder.group(0).rstrip("/"))
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
        if g("fy"):
            day = int(g("fd")) if g("fd") else None
            return PartialDate(int(g("fy")), int(g("fm")), day, text=text.strip("/"))
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
