"""Language of a title: script, distinctive letters, then small word/ending profiles.

Cyrillic is decided mostly by letters (Kazakh әғқңөұүһі, Ukrainian іїєґ, Belarusian ў,
Kyrgyz ңөү, …); Latin text is scored with stop words, frequent title words, word endings,
letters and letter pairs from ``kzcite/data/lang_profiles.json``. Kazakh written in Latin
letters (the 2018 and 2021 alphabets and plain transliteration) is ``kk``, transliterated
Russian is ``ru``.

>>> detect_language("ЖИЫНТЫҚ ҚАДАҒАЛАУ – БҰЛ ҚАРЖЫНЫҢ АЙҚЫНДЫЛЫҒЫ")
'kk'
>>> detect_language("Chislennost' i razmeshcheniye naseleniya v Respublike Kazakhstan")
'ru'
>>> detect_language("Lost Geographies of Power")
'en'
"""

from __future__ import annotations

import functools
import re
import unicodedata

import attrs

from kzcite._data import data_json

__all__ = ["LATIN_LANGUAGES", "detect_language"]

#: Only this many characters of a text are looked at (titles are short).
MAX_CHARS = 600

_CYR = re.compile(r"[\u0400-\u04ff]+")
_LAT = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]+")
_ASCII_LETTERS = b"abcdefghijklmnopqrstuvwxyz"
_OTHER = re.compile(
    r"[\u0370-\u03ff\u0530-\u06ff\u10a0-\u10ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼʻ‘][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")  # _WORD on ASCII text, faster

_KK_STRONG = frozenset("әғқұһ")
_KK_KY = frozenset("ңөү")
_TG = frozenset("ҷӣӯ")
_BA = frozenset("ҙҫҡ")
_UK_ONLY = frozenset("їєґ")
_KY_LONG_VOWELS = ("аа", "ээ", "оо", "өө", "уу", "үү", "ыы")
_RU_ONLY = frozenset("ыэъё")
_SR = frozenset("јљњђћџ")
_MK = frozenset("ѓќѕ")

#: Languages the Latin-script scorer knows, in profile order.
LATIN_LANGUAGES = ("en", "fr", "de", "et", "lv", "lt", "tr", "uz", "kk", "ru", "pl")
_CYR_LANGS = ("ru", "uk", "bg", "kk", "be", "ky")

_MIN_SCORE = 2.0
_MIN_MARGIN = 0.75
_SUFFIX_WEIGHT = 0.8  # an ending counts less than a whole known word


_Votes = tuple[tuple[int, float], ...]  # (language index, weight) pairs

#: Word endings by the last two letters of a word (or the one letter of a one-letter
#: ending), longest first: (length, ending, votes).
_Endings = dict[str, tuple[tuple[int, str, _Votes], ...]]


@attrs.frozen(slots=True)
class _Profiles:
    words: dict[str, _Votes]
    endings: _Endings  # weights already scaled by _SUFFIX_WEIGHT
    chars: dict[str, _Votes]
    char_set: frozenset[str]
    grams: tuple[tuple[str, _Votes], ...]
    cyr_words: dict[str, tuple[int, ...]]
    cyr_endings: _Endings


def _add(table: dict[str, dict[int, float]], key: str, idx: int, weight: float) -> None:
    row = table.setdefault(key, {})
    row[idx] = row.get(idx, 0.0) + weight


def _freeze(table: dict[str, dict[int, float]]) -> dict[str, _Votes]:
    return {k: tuple(sorted(v.items())) for k, v in table.items()}


def _endings(table: dict[str, _Votes]) -> _Endings:
    """Index word endings so a word tries only the few that share its last two letters."""
    groups: dict[str, list[tuple[int, str, _Votes]]] = {}
    for end, votes in table.items():
        groups.setdefault(end[-2:], []).append((len(end), end, votes))
    for key, group in groups.items():
        single = table.get(key[-1]) if len(key) == 2 else None
        if single is not None:  # a one-letter ending is the last resort of its two-letter keys
            group.append((1, key[-1], single))
    return {k: tuple(sorted(v, key=lambda e: -e[0])) for k, v in groups.items()}


def _ending_votes(word: str, endings: _Endings) -> _Votes | None:
    """Votes of the longest known ending shorter than ``word`` (``None`` without one)."""
    size = len(word)
    found = endings.get(word[-2:])
    if found is None:
        found = endings.get(word[-1:])
        if found is None:
            return None
    for n, end, votes in found:
        if n < size and word.endswith(end):
            return votes
    return None


@functools.cache
def _profiles() -> _Profiles:
    raw = data_json("lang_profiles.json")
    lat = raw["latin"]
    index = {code: i for i, code in enumerate(LATIN_LANGUAGES)}
    words: dict[str, dict[int, float]] = {}
    for code, items in lat["stop"].items():
        for word in items:
            _add(words, word, index[code], 2.0)
    for code, items in lat["common"].items():
        for word in items:
            _add(words, word, index[code], 1.0)
    suffixes: dict[str, dict[int, float]] = {}
    for code, table in lat["suffixes"].items():
        for end, weight in table.items():
            _add(suffixes, end, index[code], float(weight))
    chars: dict[str, dict[int, float]] = {}
    for char, table in lat["chars"].items():
        for code, weight in table.items():
            _add(chars, char, index[code], float(weight))
    grams: dict[str, dict[int, float]] = {}
    for gram, table in lat["grams"].items():
        for code, weight in table.items():
            _add(grams, gram, index[code], float(weight))
    cyr_index = {code: i for i, code in enumerate(_CYR_LANGS)}
    cyr: dict[str, list[int]] = {}
    for code, items in raw["cyrillic_words"].items():
        for word in items:
            cyr.setdefault(word, []).append(cyr_index[code])
    cyr_suffixes: dict[str, dict[int, float]] = {}
    for code, table in raw["cyrillic_suffixes"].items():
        for end, weight in table.items():
            _add(cyr_suffixes, end, cyr_index[code], float(weight))
    scaled = {
        end: tuple((idx, weight * _SUFFIX_WEIGHT) for idx, weight in votes)
        for end, votes in _freeze(suffixes).items()
    }
    return _Profiles(
        words=_freeze(words),
        endings=_endings(scaled),
        chars=_freeze(chars),
        char_set=frozenset(chars),
        grams=tuple(_freeze(grams).items()),
        cyr_words={k: tuple(v) for k, v in cyr.items()},
        cyr_endings=_endings(_freeze(cyr_suffixes)),
    )


def _other_script(text: str) -> str | None:
    """ISO code of a non-Latin, non-Cyrillic script (by its first letter)."""
    m = _OTHER.search(text)
    if m is None:
        return None
    c = ord(m.group())
    if 0x370 <= c <= 0x3FF:
        return "el"
    if 0x530 <= c <= 0x58F:
        return "hy"
    if 0x590 <= c <= 0x5FF:
        return "he"
    if 0x600 <= c <= 0x6FF:
        return "ar"
    if 0x10A0 <= c <= 0x10FF:
        return "ka"
    if 0x3040 <= c <= 0x30FF:
        return "ja"
    if 0xAC00 <= c <= 0xD7AF:
        return "ko"
    return "ja" if re.search(r"[\u3040-\u30ff]", text) else "zh"


def _cyr_vote(words: list[str]) -> list[float]:
    """Scores of the Cyrillic languages from known words (2 each) and word endings."""
    scores = [0.0] * len(_CYR_LANGS)
    p = _profiles()
    for word in words:
        hit = p.cyr_words.get(word)
        if hit is not None:
            for idx in hit:
                scores[idx] += 2.0
            continue
        votes = _ending_votes(word, p.cyr_endings)
        if votes is not None:
            for idx, weight in votes:
                scores[idx] += weight
    return scores


# letters a language lacks: a vote for it is void when they occur
_CYR_EXCLUDES: tuple[frozenset[str], ...] = (
    frozenset(),  # ru
    frozenset("ыэъё"),  # uk
    frozenset("ыэё"),  # bg
    frozenset("щ"),  # kk (without its own letters)
    frozenset("ъщи"),  # be
    frozenset("щ"),  # ky
)

#: Every letter :func:`_cyrillic` asks about: it is given the set of just these in a text.
_CYR_ASKED = _TG.union(_BA, _KK_STRONG, _KK_KY, _UK_ONLY, _SR, _MK, "ҳҗіў", *_CYR_EXCLUDES)
_CYR_MARKS = re.compile("[" + "".join(sorted(_CYR_ASKED)) + "]")
_KK_WORD = re.compile(r"[\u0400-\u04ff]*[әғқұһі][\u0400-\u04ff]*")  # a word with Kazakh letters


def _cyrillic(low: str, words: list[str], chars: set[str], n_letters: int) -> str | None:
    """Language of a Cyrillic text: ``words`` are its Cyrillic words, ``chars`` its marks."""
    if chars & _TG:
        return "tg"
    if "ҳ" in chars:
        return "tg" if not chars & {"ў"} else "uz"
    if chars & _BA:
        return "ba"
    if "җ" in chars:
        return "tt"
    strong = chars & _KK_STRONG
    if strong or ("і" in chars and chars & _KK_KY):
        if "ў" in chars and not chars & (_KK_KY | {"ә", "ұ", "һ", "і"}):
            return "uz"  # Uzbek Cyrillic: ў қ ғ ҳ
        return _kk_or_ru(low, words)
    if chars & _KK_KY:  # ң ө ү without Kazakh-only letters: Kyrgyz, or Kazakh (Өнер)
        votes = _cyr_vote(words)
        if votes[5] > votes[3] or any(v in low for v in _KY_LONG_VOWELS):
            return "ky"
        return "kk"
    if "ў" in chars:
        return "be"
    if chars & _UK_ONLY:
        return "uk"
    if "і" in chars:
        if chars & {"ы", "э"}:
            return "be"
        votes = _cyr_vote(words)
        return "kk" if votes[3] > votes[1] else "uk"  # Kazakh without its own letters: Ана тілі
    if chars & _MK:
        return "mk"
    if chars & _SR:
        return "sr"
    votes = _cyr_vote(words)
    for idx, excluded in enumerate(_CYR_EXCLUDES):
        if chars & excluded:
            votes[idx] = 0.0
    top = max(votes)
    best = votes.index(top)
    if best != 0 and top >= 1.5 and top >= votes[0] + 1.0:
        return _CYR_LANGS[best]
    if n_letters < 4 and votes[0] == 0:
        return None
    return "ru"


def _kk_or_ru(low: str, words: list[str]) -> str:
    """Kazakh letters win, unless a name or two in them sit in a clearly Russian text."""
    if len(_KK_WORD.findall(low)) <= max(1, len(words) // 5):
        votes = _cyr_vote(words)
        if votes[0] >= 6 and votes[0] >= 3 * votes[3]:
            return "ru"
    return "kk"


def _unknown_word(word: str, p: _Profiles) -> _Votes | None:
    """Votes of a word that is not in the word lists: French elision, then its ending."""
    hit = None
    if not word.isalpha():
        word = word.replace("’", "'").replace("ʼ", "'")
        hit = p.words.get(word)
        head, sep, tail = word.partition("'")
        if hit is None and sep and len(head) == 1:  # French l'état, d'une
            hit = p.words.get(head + sep)
            word = tail
    return hit if hit is not None else _ending_votes(word, p.endings)


def _latin(text: str, low: str, chars: set[str]) -> str | None:
    p = _profiles()
    scores = [0.0] * len(LATIN_LANGUAGES)
    n_words = 0
    caps = text.isupper()
    words = p.words
    for token in (_ASCII_WORD if text.isascii() else _WORD).findall(text):
        if not caps and len(token) > 1 and token.isupper():
            continue  # an acronym (UN, OSCE) in a mixed-case title says nothing
        n_words += 1
        word = token.lower()
        hit = words.get(word)
        if hit is None:
            hit = _unknown_word(word, p)
            if hit is None:
                continue
        for idx, weight in hit:
            scores[idx] += weight
    for char in sorted(chars & p.char_set):  # a fixed order: float sums meet thresholds
        count = min(low.count(char), 3)
        for idx, weight in p.chars[char]:
            scores[idx] += weight * count
    for gram, table in p.grams:
        if gram in low:
            count = min(low.count(gram), 3)
            for idx, weight in table:
                scores[idx] += weight * count
    top, second = sorted(scores, reverse=True)[:2]
    if top < _MIN_SCORE or top - second < _MIN_MARGIN:
        return None
    if n_words == 1 and top < 2 * _MIN_SCORE:
        return None
    return LATIN_LANGUAGES[scores.index(top)]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` (a title), or ``None`` when it is too short or unclear.

    Works on titles in capitals; a Cyrillic text with Kazakh letters is Kazakh even when
    it holds some Russian words.

    >>> detect_language("ПОСТУП В НАУЦІ: НОВІ ЗДОБУТКИ І ПЕРСПЕКТИВНІ ВІЗІЇ")
    'uk'
    >>> detect_language("Tauelsizdik shezhiresi"), detect_language("OK") is None
    ('kk', True)
    """
    if not text:
        return None
    text = text[:MAX_CHARS]
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    low = text.lower()
    if low.isascii():
        raw = low.encode()
        if len(raw) - len(raw.translate(None, _ASCII_LETTERS)) < 4:
            return None
        return _latin(text, low, set(low))
    cyr_words = _CYR.findall(low)
    n_cyr = sum(map(len, cyr_words))
    n_lat = sum(map(len, _LAT.findall(low)))
    if n_cyr + n_lat < 3:
        return _other_script(low)
    if _OTHER.search(low) is not None:
        n_other = len(_OTHER.findall(low))
        if n_other > n_cyr + n_lat:
            return _other_script(low)
    if n_cyr > n_lat:
        return _cyrillic(low, cyr_words, set(_CYR_MARKS.findall(low)), n_cyr)
    if n_lat < 4:
        return None
    return _latin(text, low, set(low))
