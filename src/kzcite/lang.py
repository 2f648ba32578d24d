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
_CYR_WORD = re.compile(r"[\u0400-\u04ff]+")

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
LATIN_LANGUAGES = ("en", "fr", "de", "et", "lv", "lt", "tr", "uz", "kk", "ru")
_CYR_LANGS = ("ru", "uk", "bg", "kk", "be", "ky")

_MIN_SCORE = 2.0
_MIN_MARGIN = 0.75


@attrs.frozen(slots=True)
class _Profiles:
    words: dict[str, tuple[tuple[int, float], ...]]
    suffixes: dict[str, tuple[tuple[int, float], ...]]
    suffix_lens: tuple[int, ...]
    chars: dict[str, tuple[tuple[int, float], ...]]
    char_set: frozenset[str]
    grams: tuple[tuple[str, tuple[tuple[int, float], ...]], ...]
    cyr_words: dict[str, tuple[int, ...]]
    cyr_suffixes: dict[str, tuple[tuple[int, float], ...]]
    cyr_suffix_lens: tuple[int, ...]


def _add(table: dict[str, dict[int, float]], key: str, idx: int, weight: float) -> None:
    row = table.setdefault(key, {})
    row[idx] = row.get(idx, 0.0) + weight


def _freeze(table: dict[str, dict[int, float]]) -> dict[str, tuple[tuple[int, float], ...]]:
    return {k: tuple(sorted(v.items())) for k, v in table.items()}


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
    return _Profiles(
        words=_freeze(words),
        suffixes=_freeze(suffixes),
        suffix_lens=tuple(sorted({len(s) for s in suffixes}, reverse=True)),
        chars=_freeze(chars),
        char_set=frozenset(chars),
        grams=tuple(_freeze(grams).items()),
        cyr_words={k: tuple(v) for k, v in cyr.items()},
        cyr_suffixes=_freeze(cyr_suffixes),
        cyr_suffix_lens=tuple(sorted({len(s) for s in cyr_suffixes}, reverse=True)),
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


def _cyr_vote(low: str) -> list[float]:
    """Scores of the Cyrillic languages from known words (2 each) and word endings."""
    scores = [0.0] * len(_CYR_LANGS)
    p = _profiles()
    for word in _CYR_WORD.findall(low):
        hit = p.cyr_words.get(word)
        if hit is not None:
            for idx in hit:
                scores[idx] += 2.0
            continue
        size = len(word)
        for n in p.cyr_suffix_lens:
            if n < size:
                found = p.cyr_suffixes.get(word[-n:])
                if found is not None:
                    for idx, weight in found:
                        scores[idx] += weight
                    break
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


def _cyrillic(low: str, chars: set[str], n_letters: int) -> str | None:
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
        return _kk_or_ru(low)
    if chars & _KK_KY:  # ң ө ү without Kazakh-only letters: Kyrgyz, or Kazakh (Өнер)
        votes = _cyr_vote(low)
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
        votes = _cyr_vote(low)
        return "kk" if votes[3] > votes[1] else "uk"  # Kazakh without its own letters: Ана тілі
    if chars & _MK:
        return "mk"
    if chars & _SR:
        return "sr"
    votes = _cyr_vote(low)
    for idx, excluded in enumerate(_CYR_EXCLUDES):
        if chars & excluded:
            votes[idx] = 0.0
    best = max(range(len(votes)), key=votes.__getitem__)
    if best != 0 and votes[best] >= 1.5 and votes[best] >= votes[0] + 1.0:
        return _CYR_LANGS[best]
    if n_letters < 4 and votes[0] == 0:
        return None
    return "ru"


def _kk_or_ru(low: str) -> str:
    """Kazakh letters win, unless a name or two in them sit in a clearly Russian text."""
    words = _CYR_WORD.findall(low)
    kk_words = sum(1 for w in words if _KK_STRONG.intersection(w) or "і" in w)
    if kk_words <= max(1, len(words) // 5):
        votes = _cyr_vote(low)
        if votes[0] >= 6 and votes[0] >= 3 * votes[3]:
            return "ru"
    return "kk"


def _latin(text: str, low: str, chars: set[str]) -> str | None:
    p = _profiles()
    scores = [0.0] * len(LATIN_LANGUAGES)
    n_words = 0
    caps = text.isupper()
    for token in _WORD.findall(text):
        if not caps and len(token) > 1 and token.isupper():
            continue  # an acronym (UN, OSCE) in a mixed-case title says nothing
        word = token.lower()
        n_words += 1
        hit = p.words.get(word)
        if hit is None and not word.isalpha():
            word = word.replace("’", "'").replace("ʼ", "'")
            hit = p.words.get(word)
            head, sep, tail = word.partition("'")
            if hit is None and sep and len(head) == 1:  # French l'état, d'une
                hit = p.words.get(head + sep)
                word = tail
        if hit is not None:
            for idx, weight in hit:
                scores[idx] += weight
            continue
        size = len(word)
        for n in p.suffix_lens:
            if n < size:
                found = p.suffixes.get(word[-n:])
                if found is not None:
                    for idx, weight in found:
                        scores[idx] += weight * 0.8
                    break
    for char in chars & p.char_set:
        count = min(low.count(char), 3)
        for idx, weight in p.chars[char]:
            scores[idx] += weight * count
    for gram, table in p.grams:
        if gram in low:
            count = min(low.count(gram), 3)
            for idx, weight in table:
                scores[idx] += weight * count
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    best, second = order[0], order[1]
    if scores[best] < _MIN_SCORE or scores[best] - scores[second] < _MIN_MARGIN:
        return None
    if n_words == 1 and scores[best] < 2 * _MIN_SCORE:
        return None
    return LATIN_LANGUAGES[best]


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
        n_cyr, n_lat = 0, len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    else:
        n_cyr = sum(map(len, _CYR.findall(low)))
        n_lat = sum(map(len, _LAT.findall(low)))
    if n_cyr + n_lat < 3:
        other = _other_script(low)
        return other
    if _OTHER.search(low) is not None:
        n_other = len(_OTHER.findall(low))
        if n_other > n_cyr + n_lat:
            return _other_script(low)
    chars = set(low)
    if n_cyr > n_lat:
        return _cyrillic(low, chars, n_cyr)
    if n_lat < 4:
        return None
    return _latin(text, low, chars)
