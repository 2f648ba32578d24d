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
import re
import unicodedata
from collections.abc import Sequence

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


_SEP_RUN = re.compile("[\x00\x01]+")


def _collapse(m: re.Match[str]) -> str:
    return "\x00" if "\x00" in m[0] else "\x01"


@functools.cache
def _tables(
    locale: str, script_order: tuple[str, ...]
) -> tuple[dict[int, str | None], dict[int, str | None], dict[int, str | None]]:
    """``str.translate`` tables to the primary, secondary and tertiary weights."""
    lang = _lang(locale)
    order = [s for s in script_order if s in _SCRIPTS]
    order += [s for s in _SCRIPTS if s not in order]
    base = {s: _FIRST_BLOCK + i * _BLOCK for i, s in enumerate(order)}
    letters: dict[str, str] = {}
    for script, alphabets in (("latin", _LATIN), ("cyrillic", _CYRILLIC)):
        alphabet = alphabets.get(lang, alphabets[""])
        for i, ch in enumerate(alphabet):
            letters[ch] = chr(base[script] + 4 + i * 4)
    variants = _CYRILLIC_VARIANTS.get(lang, {})
    prim: dict[int, str | None] = {}
    sec: dict[int, str | None] = {}
    ter: dict[int, str | None] = {}
    for o in range(0x3000):
        ch = chr(o)
        low = ch.lower()
        if not ch.isalnum():
            if ch.isspace() or ch in "-‐–—":
                prim[o] = chr(_SPACE)
            elif ch in _BREAKS:
                prim[o] = chr(_BREAK)
            else:
                prim[o] = None  # punctuation and symbols are ignored
            sec[o] = ter[o] = None
            continue
        ter[o] = "\x01" if ch.isupper() else "\x00"
        sec[o] = "\x00"
        if ch.isdigit():
            prim[o] = chr(_DIGIT0 + unicodedata.digit(ch, 0))
        elif low in letters:
            prim[o] = letters[low]
        elif low in variants:
            prim[o], sec[o] = letters[variants[low]], "\x01"
        elif low in _LATIN_FOLD:
            prim[o], sec[o] = "".join(letters[c] for c in _LATIN_FOLD[low]), "\x02"
        else:
            decomposed = unicodedata.normalize("NFD", low)
            head, marks = decomposed[0], decomposed[1:]
            script = script_of(ch)
            if head in letters:
                prim[o] = letters[head]
                sec[o] = "".join(chr(0x20 + (ord(m) & 0x3FF)) for m in marks) or "\x00"
            elif script == "cyrillic":  # a Cyrillic letter the table does not list
                prim[o] = chr(base["cyrillic"] + 0x300 + o - 0x400)
            elif script == "latin":
                prim[o] = chr(base["latin"] + 0x300 + (o & 0xFF))
            else:  # Greek, Armenian, Georgian, Hebrew, Arabic, ...
                prim[o] = chr(base["other"] + o)
    return prim, sec, ter


def sort_key(
    text: str, locale: str = "en", script_order: Sequence[str] = ("latin", "cyrillic")
) -> tuple[str, str, str, str]:
    """A key that sorts ``text`` by the alphabet of ``locale``.

    ``script_order`` puts whole scripts in order (GOST lists Cyrillic before Latin);
    letters of other scripts come after both, by code point.
    """
    prim, sec, ter = _tables(locale, tuple(script_order))
    primary = _SEP_RUN.sub(_collapse, text.translate(prim)).strip("\x00\x01")
    return primary, text.translate(sec), text.translate(ter), text
