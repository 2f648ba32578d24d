"""Citation keys: stable, readable, ASCII, unique within one output file.

A key is ``<name><year><word>``: the first author's family name (else the first
significant word of the outlet, else of the title), the publication year when known, and
the first significant word of the title, all romanized to lower-case ASCII. Cyrillic is
romanized with iuliia's Wikipedia scheme after folding the Kazakh letters (ә→a, қ→q, …);
Latin diacritics are stripped. Keys depend only on the entry and its position, so the
same list always gets the same keys.

>>> from kzcite.records import PartialDate, Person, Reference
>>> citation_key(Reference("", title="Kasahstan liigub Venemaa mõjusfäärist",
...     authors=(Person("Kressa", "Kaarel"),), date=PartialDate(2022, 6, 1)))
'kressa2022kasahstan'
>>> citation_key(Reference("", outlet="Әділет", title="О ратификации Договора"))
'adiletratifikatsii'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

import iuliia

from kzcite._data import data_json
from kzcite.records import Reference

__all__ = ["citation_key", "citation_keys", "romanize_word"]

_WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NOT_KEYCHAR = re.compile(r"[^a-z0-9]+")
_PART_MAX = 20


@functools.cache
def _tables() -> tuple[dict[int, str], frozenset[str]]:
    data = data_json("formats.json")
    fold = {ord(k): v for k, v in data["key_fold"].items()}
    return fold, frozenset(data["key_stopwords"])


_WORD_MAX = 40


@functools.lru_cache(maxsize=8192)
def romanize_word(word: str) -> str:
    """``word`` as lower-case ASCII letters and digits (may be empty).

    Cached: outlets and family names repeat across a library, and iuliia is slow.

    >>> romanize_word("Қазақстан"), romanize_word("Päevaleht"), romanize_word("Ельцин")
    ('qazaqstan', 'paevaleht', 'yeltsin')
    """
    fold, _ = _tables()
    text = word[:_WORD_MAX].lower().translate(fold)
    if _CYRILLIC.search(text):
        text = iuliia.WIKIPEDIA.translate(text).lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_KEYCHAR.sub("", text)[:_PART_MAX]


def _words(text: str | None) -> Iterator[str]:
    """Romanized significant words of ``text``: no stop words, digits or single letters."""
    if not text:
        return
    _, stop = _tables()
    for match in _WORD.finditer(unicodedata.normalize("NFC", text[:2000])):
        word = match.group()
        if word.lower() in stop or word.isdigit():
            continue
        roman = romanize_word(word)
        if len(roman) > 1 and not roman.isdigit():
            yield roman


def _name_part(ref: Reference) -> tuple[str, bool]:
    """The name part of the key, and whether it was taken from the title."""
    for person in ref.authors:
        if person.family:
            name = ""
            for match in _WORD.finditer(person.family[:200]):
                name += romanize_word(match.group())
                if len(name) >= _PART_MAX:
                    break
            name = name[:_PART_MAX]
        else:
            name = next(_words(person.literal), "")
        if name:
            return name, False
        break
    outlet = next(_words(ref.outlet), "")
    if outlet:
        return outlet, False
    return next(_words(ref.title), ""), True


def citation_key(ref: Reference) -> str:
    """The base key of ``ref`` (before making it unique within a list); never empty."""
    name, from_title = _name_part(ref)
    words = _words(ref.title)
    if from_title:
        next(words, None)
    word = next(words, "")
    year = str(ref.date.year) if ref.date is not None else ""
    return name + year + word or "ref"


def _suffixes() -> Iterator[str]:
    """``a``, ``b``, …, ``z``, ``aa``, ``ab``, …"""
    letters = "abcdefghijklmnopqrstuvwxyz"
    width = 1
    while True:
        for n in range(26**width):
            out = ""
            for _ in range(width):
                n, r = divmod(n, 26)
                out = letters[r] + out
            yield out
        width += 1


def citation_keys(refs: Iterable[Reference]) -> list[str]:
    """Unique keys for ``refs`` in order; a repeated key gets ``a``, ``b``, … appended.

    >>> from kzcite.records import Reference
    >>> citation_keys([Reference("", outlet="Eurasianet", title="Kazakhstan ratifies")] * 3)
    ['eurasianetkazakhstan', 'eurasianetkazakhstana', 'eurasianetkazakhstanb']
    """
    used: set[str] = set()
    pending: dict[str, Iterator[str]] = {}
    out: list[str] = []
    for ref in refs:
        key = base = citation_key(ref)
        if key in used:
            suffixes = pending.setdefault(base, _suffixes())
            while key in used:
                key = base + next(suffixes)
        used.add(key)
        out.append(key)
    return out
