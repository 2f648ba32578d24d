"""Text fixers: pure ``str -> str`` repairs that can say what they changed.

Each fixer repairs one kind of damage that reference lists pick up on their way through
word processors, web pages and old encodings. Every fixer is idempotent, never raises,
and returns its input unchanged (the same object) when there is nothing to repair, after
a cheap check for the characters that could trigger it.

>>> fix_text("  «Договор\u00a0о  союзе»  ")
'Договор о союзе'
>>> explain("Ð”Ð¾Ð³Ð¾Ð²Ð¾Ñ€")[1][0].name
'mojibake'

Fixers, in the order :func:`fix_text` applies them (:data:`FIXERS`):

``mojibake``
    Cyrillic (or other) text whose bytes were decoded with the wrong code page: UTF-8
    read as cp1252/Latin-1 (``Ð”Ð¾Ð³Ð¾Ð²Ð¾Ñ€``), cp1251 or KOI8-R read as Latin-1
    (``Äîãîâîð``). Repaired only when the result is clearly better.
``nfc``
    Unicode NFC composition.
``whitespace``
    Zero-width characters and soft hyphens removed; any run of spaces (NBSP, thin and
    other Unicode spaces, tabs, newlines) becomes one space; ends stripped.
``dashes``
    A hyphen (or two or three) with spaces on both sides, between words, becomes a
    spaced en dash `` – `` (the ISO/Chicago convention for a dash written with spaces);
    an em dash written with spaces is correct and stays. Hyphens inside words and number
    ranges (``1991-2011``) stay; Unicode hyphens U+2010/U+2011 become ``-``.
``confusables``
    A word written mostly in one script that contains Latin/Cyrillic look-alike letters
    of the other gets them replaced (``Kazаkhstan`` with a Cyrillic ``а``). A word whose
    odd letters have no look-alike is legitimately mixed and stays.
``kazakh_letters``
    In a word that is otherwise Cyrillic, the stand-ins people type for Kazakh letters
    (Latin ``i``, ``ə`` U+0259, ``ɵ``/``θ``, ``ö``, ``ü``, ``ŋ``, ``ğ``, ``h``) become
    the Kazakh letters. ``y``/``Y`` are left alone: they may stand for ``у`` or ``ү``.
``strip_quotes``
    A matching pair of quotes around the whole string is removed (repeatedly), nested
    inner quotes stay.
``caps``
    An all-capitals title becomes sentence case, keeping acronyms, Roman numerals and
    the proper nouns listed in ``data/caps.json``. Conservative: only strings with no
    lower-case letter and at least two words of four or more letters are touched.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from kzcite._data import data_json

__all__ = [
    "FIXERS",
    "Fix",
    "explain",
    "fix_caps",
    "fix_confusables",
    "fix_dashes",
    "fix_kazakh_letters",
    "fix_mojibake",
    "fix_nfc",
    "fix_text",
    "fix_whitespace",
    "strip_quotes",
]


@attrs.frozen(slots=True)
class Fix:
    """One fixer that changed the text: its name and the text before and after it."""

    name: str
    before: str
    after: str


# --------------------------------------------------------------------------- mojibake

# Characters cp1252 puts at bytes 0x80-0x9F (the rest of 0x80-0xFF is Latin-1).
_CP1252_SPECIALS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CP1252_BYTE = {ch: ch.encode("cp1252")[0] for ch in _CP1252_SPECIALS}
# A UTF-8 continuation byte (0x80-0xBF) as it looks after cp1252/Latin-1 decoding.
_CONT = "[\u0080-\u00bf" + "".join(ch for ch, b in _CP1252_BYTE.items() if b < 0xC0) + "]"
_UTF8_SEQ = re.compile(
    "[\u00c2-\u00df]" + _CONT + "|[\u00e0-\u00ef]" + _CONT + "{2}|[\u00f0-\u00f4]" + _CONT + "{3}"
)
# Where a repaired character may land: Latin-1/Latin Extended, Greek, Cyrillic,
# general punctuation, currency and letter-like symbols. Anything else (Armenian,
# Hebrew, private use, controls) means the "mojibake" was probably real text.
_GOOD_RANGES = (
    (0x0080, 0x024F),  # C1 controls only as a step of doubly encoded text
    (0x0370, 0x052F),
    (0x2010, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x218F),
)

# cp1251/KOI8-R/KZ-1048 text read as Latin-1 or cp1252: every Russian letter lands in
# U+00C0-U+00FF; ё Ё і І ї Ї є Є ґ Ґ and the Kazakh letters of KZ-1048 land on a few
# other Latin-1 and cp1252 characters.
_SB_CHARS = (
    "\u00a1\u00a2\u00a3\u00a5\u00a8\u00aa\u00af\u00b2\u00b3\u00b4\u00b8\u00ba"
    "\u00bc\u00bd\u00be\u00bf\u008d\u009d\u008e\u009eŽž"
    + "".join(chr(c) for c in range(0xC0, 0x100))
)
_SB_WORD = re.compile("[A-Za-z" + _SB_CHARS + "]+")
_SB_SET = frozenset(_SB_CHARS)
_SB_TRIGGER = re.compile("[\u00c0-\u00ff]{2}")
_CYR_VOWELS = frozenset("аеёиоуыэюяіїєәөұүАЕЁИОУЫЭЮЯІЇЄӘӨҰҮ")
# Russian letters from most to least frequent: tells a right code page from a wrong one;
# Kazakh letters count for KZ-1048, Serbian/Macedonian ones (what cp1251 makes of the
# Kazakh bytes) against.
_RU_FREQ = {c: 33 - i for i, c in enumerate("оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё")}
_RU_FREQ.update(dict.fromkeys("әғқңөұүһієґ", 20))
_RU_FREQ.update(dict.fromkeys("ђѓљњќћџјѕў", -40))


def _letter_score(word: str) -> int:
    score = 0
    prev = ""
    # Ukrainian has no ы э ъ ё: a word with them and є ї ґ is Kazakh (ғ ү ө) misread.
    ukrainian_ok = not any(c in "ыэъёЫЭЪЁ" for c in word)
    for c in word:
        low = c.lower()
        if low in "єїґ" and not ukrainian_ok:
            score -= 20
        elif low == "ї":  # Ukrainian ї follows a vowel or starts a word (країна, їжак)
            score += 20 if not prev or prev in _CYR_VOWELS else -20
        else:
            score += _RU_FREQ.get(low, 0)
        prev = low
    return score


def _to_byte(ch: str) -> int | None:
    b = _CP1252_BYTE.get(ch)
    if b is not None:
        return b
    o = ord(ch)
    return o if o < 0x100 else None


def _decode_utf8_seq(m: re.Match[str]) -> str:
    seq = m.group(0)
    raw = bytes(b for b in (_to_byte(c) for c in seq) if b is not None)
    if len(raw) != len(seq):
        return seq
    try:
        out = raw.decode("utf-8")
    except UnicodeDecodeError:
        return seq
    o = ord(out)
    if any(lo <= o <= hi for lo, hi in _GOOD_RANGES):
        return out
    return seq


def _case_ok(word: str) -> bool:
    return word.islower() or word.isupper() or word.istitle()


def _fix_single_byte(s: str) -> str:
    suspects = [m for m in _SB_WORD.finditer(s) if all(c in _SB_SET for c in m.group(0))]
    long_words = [len(m.group(0)) for m in suspects if len(m.group(0)) >= 2]
    if not long_words or sum(long_words) < 4 or max(long_words) < 3:
        return s
    best: list[str] | None = None
    best_score = -1
    raws = [bytes(_to_byte(c) or 0 for c in m.group(0)) for m in suspects]
    for codec in ("cp1251", "koi8_r", "kz1048"):
        decoded = []
        for raw in raws:
            try:
                decoded.append(raw.decode(codec))
            except UnicodeDecodeError:
                break
        else:
            if not all(
                all(c.isalpha() for c in w)
                and (_case_ok(w))
                and (len(w) <= 2 or any(c in _CYR_VOWELS for c in w))
                for w in decoded
            ):
                continue
            score = sum(_letter_score(w) for w in decoded)
            if score > best_score:
                best, best_score = decoded, score
    if best is None:
        return s
    out = []
    pos = 0
    for m, rep in zip(suspects, best, strict=True):
        out.append(s[pos : m.start()])
        out.append(rep)
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)


def fix_mojibake(s: str) -> str:
    """Repair text decoded with the wrong code page (UTF-8, cp1251 or KOI8-R as Latin-1).

    >>> fix_mojibake("Ð”Ð¾Ð³Ð¾Ð²Ð¾Ñ€ Ð¾ Ð´Ñ€ÑƒÐ¶Ð±Ðµ")
    'Договор о дружбе'
    >>> fix_mojibake("Äîãîâîð î äðóæáå")
    'Договор о дружбе'
    >>> fix_mojibake("Päevaleht: Türkiye lähemalt, Société")
    'Päevaleht: Türkiye lähemalt, Société'
    """
    if s.isascii():
        return s
    out = s
    while True:  # badness falls strictly at every round, so this ends
        better = _fix_mojibake_once(out)
        if better is out:
            return s if out == s else out
        out = better


def _fix_mojibake_once(s: str) -> str:
    candidates = []
    if _UTF8_SEQ.search(s):
        candidates.append(_UTF8_SEQ.sub(_decode_utf8_seq, s))
    if _SB_TRIGGER.search(s):
        candidates.append(_fix_single_byte(s))
        if candidates[0] is not candidates[-1] and _SB_TRIGGER.search(candidates[0]):
            candidates.append(_fix_single_byte(candidates[0]))
    candidates = [c for c in candidates if c != s]
    if not candidates:
        return s
    best, best_bad = s, _badness(s)
    for cand in candidates:
        bad = _badness(cand)
        if bad < best_bad:
            best, best_bad = cand, bad
    return best


_LATIN1 = re.compile("[\u0080-\u00ff]")


def _badness(s: str) -> int:
    """How much of ``s`` looks like mojibake: Latin-1 supplement and C1 characters."""
    return len(_LATIN1.findall(s))


# ------------------------------------------------------------------------ nfc, spaces


def fix_nfc(s: str) -> str:
    """Compose to Unicode NFC (``и`` + combining breve becomes ``й``)."""
    if s.isascii() or unicodedata.is_normalized("NFC", s):
        return s
    return unicodedata.normalize("NFC", s)


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"))
_ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")


def fix_whitespace(s: str) -> str:
    """Remove zero-width characters and soft hyphens; collapse and strip spaces.

    >>> fix_whitespace(" Ақ\u00a0жол\u2009 газеті\u00ad ")
    'Ақ жол газеті'
    """
    t = s
    if not t.isascii() and _ZW_RE.search(t):
        t = t.translate(_ZERO_WIDTH)
    t = " ".join(t.split())
    return s if t == s else t


# ----------------------------------------------------------------------------- dashes

_SPACED_HYPHEN = re.compile(r"(?<=\S)[ \t]+-{1,3}[ \t]+(?=\S)")
_UNI_HYPHEN = str.maketrans({"\u2010": "-", "\u2011": "-"})


def fix_dashes(s: str) -> str:
    """A spaced hyphen between words becomes a spaced en dash; word hyphens stay.

    >>> fix_dashes("Kazakhstan - the land of steppes, 1991-2011")
    'Kazakhstan – the land of steppes, 1991-2011'
    """
    t = s
    if "\u2010" in t or "\u2011" in t:
        t = t.translate(_UNI_HYPHEN)
    if " -" in t or "\t-" in t:
        t = _SPACED_HYPHEN.sub(" – ", t)
    return s if t == s else t


# ------------------------------------------------------------------ scripts, confusables


def _is_latin(c: str) -> bool:
    o = ord(c)
    return (
        (0x41 <= o <= 0x5A)
        or (0x61 <= o <= 0x7A)
        or (0xC0 <= o <= 0x24F and o not in (0xD7, 0xF7))
        or (0x250 <= o <= 0x2AF)
        or (0x1E00 <= o <= 0x1EFF)
    )


def _is_cyrillic(c: str) -> bool:
    return 0x400 <= ord(c) <= 0x52F


_LAT = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0250-\u02af\u1e00-\u1eff"
_CYR = "\u0400-\u052f"
_MIXED = re.compile(f"[{_LAT}][{_CYR}]|[{_CYR}][{_LAT}]")
_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _confusables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    data: dict[str, Any] = data_json("confusables.json")
    kk = {k: v for k, v in data["kazakh_in_cyrillic"].items() if not k.startswith("_")}
    return dict(data["latin_to_cyrillic"]), dict(data["cyrillic_to_latin"]), kk


def _fix_mixed_word(m: re.Match[str]) -> str:
    word = m.group(0)
    n_lat = n_cyr = 0
    for c in word:
        if _is_latin(c):
            n_lat += 1
        elif _is_cyrillic(c):
            n_cyr += 1
    if not n_lat or not n_cyr:
        return word
    to_cyr, to_lat, _ = _confusables()
    lat_ok = all(c in to_lat for c in word if _is_cyrillic(c))  # can become all Latin
    cyr_ok = all(c in to_cyr for c in word if _is_latin(c))  # can become all Cyrillic
    if n_lat > n_cyr and lat_ok:
        return "".join(to_lat.get(c, c) if _is_cyrillic(c) else c for c in word)
    if n_cyr > n_lat and cyr_ok:
        return "".join(to_cyr.get(c, c) if _is_latin(c) else c for c in word)
    return word


def fix_confusables(s: str) -> str:
    """Replace look-alike letters of the other script inside a one-script word.

    >>> fix_confusables("Kaz\u0430khstan") == "Kazakhstan"
    True
    >>> fix_confusables("T\u0435нге") == "\u0422енге"
    True
    """
    if s.isascii() or not _MIXED.search(s):
        return s
    t = _WORD.sub(_fix_mixed_word, s)
    return s if t == s else t


_KK_TRIGGER = re.compile("[iIhəƏɵƟθΘöÖüÜäÄŋŊğĞ]")


def _fix_kk_word(m: re.Match[str]) -> str:
    word = m.group(0)
    _, _, kk = _confusables()
    n_cyr = n_other = 0
    for c in word:
        if _is_cyrillic(c):
            n_cyr += 1
        elif c not in kk:
            n_other += 1
    if not n_cyr or n_other or n_cyr < len(word) - n_cyr:
        return word
    return "".join(kk.get(c, c) for c in word)


def fix_kazakh_letters(s: str) -> str:
    """Put Kazakh letters back where Latin or IPA stand-ins were typed in Cyrillic words.

    >>> fix_kazakh_letters("Қазақстан тарихы: мəдениет жəне тiл")
    'Қазақстан тарихы: мәдениет және тіл'
    """
    if s.isascii() or not _KK_TRIGGER.search(s):
        return s
    t = _WORD.sub(_fix_kk_word, s)
    return s if t == s else t


# ------------------------------------------------------------------------------ quotes

# Opening quote -> the closing quotes that may pair with it.
_PAIRS: dict[str, str] = {
    "«": "»",
    "»": "«",
    "„": "“”",
    "‚": "‘’",
    "“": "”",
    "‘": "’",
    "”": "”",
    "’": "’",
    '"': '"',
    "'": "'",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    "‟": "”",
}
_APOSTROPHES = "'’"


def _encloses(s: str, open_q: str, close_q: str) -> bool:
    """True when ``s[0]`` (``open_q``) pairs with ``s[-1]`` (``close_q``)."""
    inner = s[1:-1]
    n = len(inner)
    if open_q != close_q:
        depth = 0
        for c in inner:
            if c == open_q:
                depth += 1
            elif c == close_q:
                depth -= 1
                if depth < 0:
                    return False
        return depth == 0
    # The same character opens and closes: tell them apart by what is around them.
    expect_open = True
    for i, c in enumerate(inner):
        if c != open_q:
            continue
        before = inner[i - 1] if i else " "
        after = inner[i + 1] if i + 1 < n else " "
        if c in _APOSTROPHES and before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if expect_open:
            if not (before.isspace() or before in "([{/-–—"):
                return False
        elif not (after.isspace() or after in ".,;:!?)]}/-–—…"):
            return False
        expect_open = not expect_open
    return expect_open


def strip_quotes(s: str) -> str:
    """Remove a pair of quotes around the whole string; inner quotes stay.

    >>> strip_quotes("«Закон «О языках»»")
    'Закон «О языках»'
    >>> strip_quotes("„Title“")
    'Title'
    >>> strip_quotes("“Reality speaks for itself”: Zelenskyy visits Kupiansk")
    '“Reality speaks for itself”: Zelenskyy visits Kupiansk'
    """
    t = s
    while len(t) >= 2:
        closers = _PAIRS.get(t[0])
        if closers is None or t[-1] not in closers or not _encloses(t, t[0], t[-1]):
            break
        t = t[1:-1].strip()
    return s if t == s else t


# -------------------------------------------------------------------------------- caps

_VOWELS = frozenset("aeiouyAEIOUYаеёиоуыэюяіїєәөұүАЕЁИОУЫЭЮЯІЇЄӘӨҰҮäöüõÄÖÜÕ")
_ROMAN = re.compile("^(?=.)[XХ]{0,3}(?:[IІ][XХ]|[IІ][VV]|[VV]?[IІ]{0,3})$")
_SENTENCE_END = re.compile(r"([.!?…]\s+|^[\s(\[«„“\"'‘‚‹]*)([^\W\d_])")
_TURKIC_LOWER = str.maketrans({"I": "ı", "İ": "i"})


@functools.cache
def _caps_data() -> tuple[frozenset[str], frozenset[str], dict[str, str], re.Pattern[str] | None]:
    data: dict[str, Any] = data_json("caps.json")
    langs = frozenset(data["languages"])
    acronyms = frozenset(a.upper() for a in data["acronyms"])
    proper = {p.casefold(): p for p in data["proper"]}
    phrases = sorted(data["phrases"], key=len, reverse=True)
    phrase_map = {p.casefold(): p for p in phrases}
    proper.update({f"\0{k}": v for k, v in phrase_map.items()})
    pattern = (
        re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)", re.IGNORECASE
        )
        if phrases
        else None
    )
    return langs, acronyms, proper, pattern


def _keep_upper(word: str, acronyms: frozenset[str]) -> bool:
    if word in acronyms or (_ROMAN.match(word) and (len(word) > 1 or word.isascii())):
        return True
    return 2 <= len(word) <= 5 and not any(c in _VOWELS for c in word)


def fix_caps(s: str, lang: str | None = None) -> str:
    """Turn an ALL-CAPITALS title into sentence case, keeping acronyms and known names.

    >>> fix_caps("ЭКОНОМИКА РЕСПУБЛИКИ КАЗАХСТАН И ЕАЭС В XXI ВЕКЕ")
    'Экономика Республики Казахстан и ЕАЭС в XXI веке'
    >>> fix_caps("Mixed Case Title Stays")
    'Mixed Case Title Stays'
    """
    if not s.isupper():
        return s
    langs, acronyms, proper, phrase_re = _caps_data()
    if lang is not None and lang.split("-")[0].lower() not in langs:
        return s
    words = _WORD.findall(s)
    if sum(1 for w in words if len(w) >= 4 and not _keep_upper(w, acronyms)) < 2:
        return s
    turkic = lang is not None and lang.split("-")[0].lower() in ("tr", "az")

    def word_case(m: re.Match[str]) -> str:
        w = m.group(0)
        if _keep_upper(w, acronyms) or (len(w) == 1 and m.string[m.end() : m.end() + 1] == "."):
            return w  # an acronym, a numeral or an initial ("А. Байтұрсынұлы")
        low = w.translate(_TURKIC_LOWER).lower() if turkic else w.lower()
        return proper.get(low.casefold(), low)

    t = _WORD.sub(word_case, s)
    if phrase_re is not None:
        t = phrase_re.sub(lambda m: proper.get("\0" + m.group(0).casefold(), m.group(0)), t)
    t = _SENTENCE_END.sub(lambda m: m.group(1) + m.group(2).upper(), t)
    return s if t == s else t


# ---------------------------------------------------------------------------- pipeline

_FIXER_FUNCS: dict[str, Callable[[str], str]] = {
    "mojibake": fix_mojibake,
    "nfc": fix_nfc,
    "whitespace": fix_whitespace,
    "dashes": fix_dashes,
    "confusables": fix_confusables,
    "kazakh_letters": fix_kazakh_letters,
    "strip_quotes": strip_quotes,
    "caps": fix_caps,
}

FIXERS: tuple[str, ...] = tuple(_FIXER_FUNCS)
"""Names of all fixers, in the order :func:`fix_text` applies them."""


def _resolve(fixers: Sequence[str] | None) -> tuple[tuple[str, Callable[[str], str]], ...]:
    if fixers is None:
        return _ALL
    try:
        return _resolve_cached(tuple(fixers))
    except KeyError as exc:
        raise ValueError(
            f"unknown fixer {exc.args[0]!r}; known fixers: {', '.join(FIXERS)}"
        ) from None


@functools.lru_cache(maxsize=64)
def _resolve_cached(names: tuple[str, ...]) -> tuple[tuple[str, Callable[[str], str]], ...]:
    for n in names:
        if n not in _FIXER_FUNCS:
            raise KeyError(n)
    # Always run in the canonical order, whatever order the caller listed them in.
    return tuple((n, _FIXER_FUNCS[n]) for n in FIXERS if n in names)


_ALL = tuple(_FIXER_FUNCS.items())


_MAX_PASSES = 3


def fix_text(text: str, *, fixers: Sequence[str] | None = None) -> str:
    """Apply the named fixers (default: all of :data:`FIXERS`) in their canonical order.

    One fixer can enable another that ran before it (NFC composes ``A`` + ring into ``Å``,
    which then reads as mojibake), so the sequence repeats until nothing changes (at most
    three passes): the result is idempotent.
    """
    return explain(text, fixers=fixers)[0]


def explain(text: str, *, fixers: Sequence[str] | None = None) -> tuple[str, tuple[Fix, ...]]:
    """Like :func:`fix_text`, and also return one :class:`Fix` per fixer that changed it.

    >>> text, fixes = explain("  ‹Title›  ")
    >>> text, [(f.name, f.after) for f in fixes]
    ('Title', [('whitespace', '‹Title›'), ('strip_quotes', 'Title')])
    """
    applied: list[Fix] = []
    for _ in range(_MAX_PASSES):
        start = text
        for name, func in _resolve(fixers):
            after = func(text)
            if after != text:
                applied.append(Fix(name, text, after))
                text = after
        if text == start:
            break
    return text, tuple(applied)
