"""Locale-aware sort keys for bibliographies, from alphabet tables (no ICU).

A key compares first by letters (the *primary* level: the alphabet of the locale,
with the scripts in the order the style asks for, e.g. GOST's Cyrillic before
Latin), then by diacritics (*secondary*: ``e`` before ``é``), then by case.
Punctuation is ignored, except that the end of an element (``.``, ``,``, ``:``...)
sorts before a space, and a space before every letter (word-by-word order).

>>> words = ["Zebra", "Ärm", "арба", "әже", "бал", "Abel"]
>>> sorted(words, key=lambda w: sort_key(w, locale="kk", script_order=("cyrillic", "latin")))
['арба', 'әже', 'бал', 'Abel', 'Ärm', 'Zebra']
>>> sorted(["Ärm", "Zebra", "Abel"], key=lambda w: sort_key(w, locale="et"))
['Abel', 'Zebra', 'Ärm']
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping, Sequence

__all__ = ["script_of", "sort_key"]

# The alphabets, in order. A letter listed here is a letter of its own (primary
# weight); any other letter falls back to its base letter (NFD) plus a secondary
# weight for its marks. Lower case only; upper case is folded.
_LATIN = {
    "": "abcdefghijklmnopqrstuvwxyz",
    # Estonian: ... s š z ž t u v w õ ä ö ü x y (Eesti keele ortograafia).
    "et": "abcdefghijklmnopqrsšzžtuvwõäöüxy",
}
_LATIN_FOLD = {"æ": "ae", "œ": "oe", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "þ": "th"}
_CYRILLIC = {
    # Kazakh order (a superset of Russian): а ә б в г ғ д е ё ж з и й к қ л м н ң
    # о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я; Ukrainian, Belarusian and
    # Serbian letters are placed next to their neighbours.
    "": "аәбвгґғдђеёєжзѕийїјкқлљмнңњоөпрстћуўұүфхһцчџшщъыіьэюя",
    # Russian dictionaries treat ё as е (a variant, not a letter of its own).
    "ru": "аәбвгґғдђеєжзѕийїјкқлљмнңњоөпрстћуўұүфхһцчџшщъыіьэюя",
}
_CYRILLIC_VARIANTS = {"ru": {"ё": "е"}}

_BREAK = 0  # "Договора." sorts before "Договора между": an element ends there
_SPACE = 1
_BREAKS = frozenset('.,;:!?/()[]«»"“”„')
_DIGIT0 = 0x10
_BLOCK = 0x400
_FIRST_BLOCK = 0x100
_SCRIPTS = ("latin", "cyrillic", "other")


def script_of(text: str) -> str:
    """The script of the first letter of ``text``: ``latin``, ``cyrillic`` or ``other``.

    >>> script_of("«Әділет»"), script_of("1. Kressa"), script_of("…")
    ('cyrillic', 'latin', 'other')
    """
    for ch in text:
        if ch.isalpha():
            o = ord(ch)
            if 0x400 <= o <= 0x52F:
                return "cyrillic"
            if o <= 0x24F or 0x1E00 <= o <= 0x1EFF:
                return "latin"
            return "other"
    return "other"


def _lang(locale: str) -> str:
    return locale.replace("_", "-").split("-")[0].lower()


@functools.cache
def _table(locale: str, script_order: tuple[str, ...]) -> Mapping[str, tuple[str, str]]:
    """Char -> (primary weights, secondary weights) for Latin and Cyrillic letters."""
    lang = _lang(locale)
    order = [s for s in script_order if s in _SCRIPTS]
    order += [s for s in _SCRIPTS if s not in order]
    base = {s: _FIRST_BLOCK + i * _BLOCK for i, s in enumerate(order)}
    primary: dict[str, str] = {}
    for script, alphabets in (("latin", _LATIN), ("cyrillic", _CYRILLIC)):
        alphabet = alphabets.get(lang, alphabets[""])
        for i, ch in enumerate(alphabet):
            primary[ch] = chr(base[script] + 4 + i * 4)
    tail = {"latin": len(_LATIN.get(lang, _LATIN[""])), "cyrillic": 0}
    variants = _CYRILLIC_VARIANTS.get(lang, {})
    table: dict[str, tuple[str, str]] = {}
    ranges = (range(0x20, 0x250), range(0x400, 0x530), range(0x1E00, 0x1F00))
    for rng in ranges:
        for o in rng:
            ch = chr(o)
            low = ch.lower()
            if not ch.isalnum():
                continue
            if ch.isdigit():
                table[ch] = (chr(_DIGIT0 + int(unicodedata.digit(ch, 0))), "\x00")
                continue
            if low in primary:
                table[ch] = (primary[low], "\x00")
                continue
            if low in variants:
                table[ch] = (primary[variants[low]], "\x01")
                continue
            if low in _LATIN_FOLD:
                folded = _LATIN_FOLD[low]
                table[ch] = ("".join(primary[c] for c in folded), "\x02")
                continue
            decomposed = unicodedata.normalize("NFD", low)
            head, marks = decomposed[0], decomposed[1:]
            if head in primary:
                table[ch] = (primary[head], "".join(chr(0x20 + (ord(m) & 0x3FF)) for m in marks))
                continue
            script = script_of(ch)
            if script == "cyrillic":  # a Cyrillic letter the table does not list
                tail["cyrillic"] += 1
                table[ch] = (chr(base["cyrillic"] + 0x300 + o - 0x400), "\x00")
            elif script == "latin":
                table[ch] = (chr(base["latin"] + 0x300 + (o & 0xFF)), "\x00")
    return table


def sort_key(
    text: str, locale: str = "en", script_order: Sequence[str] = ("latin", "cyrillic")
) -> tuple[str, str, str, str]:
    """A key that sorts ``text`` by the alphabet of ``locale``.

    ``script_order`` puts whole scripts in order (GOST lists Cyrillic before Latin);
    letters of other scripts come after both, by code point.
    """
    table = _table(locale, tuple(script_order))
    other_base = _FIRST_BLOCK + _BLOCK * (
        list(script_order).index("other") if "other" in script_order else len(_SCRIPTS)
    )
    prim: list[str] = []
    sec: list[str] = []
    ter: list[str] = []
    gap = -1  # -1: none; _SPACE: between words; _BREAK: after punctuation ending a word
    for ch in text:
        w = table.get(ch)
        if w is None:
            if ch.isalpha():
                w = (chr(other_base + (ord(ch) % 0xF0000)), "\x00")
            elif ch.isspace() or ch in "-‐–—":
                gap = _SPACE if gap < 0 else gap
                continue
            else:
                if ch in _BREAKS and prim:
                    gap = _BREAK
                continue  # other punctuation is ignored
        if gap >= 0 and prim:
            prim.append(chr(gap))
            sec.append("\x00")
        gap = -1
        prim.append(w[0])
        sec.append(w[1] or "\x00")
        ter.append("\x01" if ch.isupper() else "\x00")
    return "".join(prim), "".join(sec), "".join(ter), text
