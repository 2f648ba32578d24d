"""Mentions: inline links and "according to Reuters" / "Коммерсант пишет" attributions.

They are reported with their spans, apart from bibliography entries: a mention in running
text names a source without citing an item of it.

>>> [(m.kind, m.outlet) for m in find_mentions("Издание The Wall Street Journal пишет, что …")]
[('attribution', 'The Wall Street Journal')]
"""

from __future__ import annotations

import functools
import re

import attrs

from kzcite._data import data_json
from kzcite.records import Mention, Span

__all__ = ["Mention", "find_mentions"]


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"«»“”()\[\]]+[^\s<>\"«»“”()\[\].,;:!?']", re.I)
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((https?://[^\s()]+)\)")
_NAME = (
    r"((?:The\s|Издание\s|Газета\s|газета\s|издание\s|агентство\s|Агентство\s)?"
    r"[«„“\"]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w&'’\-]*(?:\.[\w\-]+)*"
    r"(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ&][\w&'’\-]*(?:\.[\w\-]+)*){0,4}[»“”\"]?)"
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    labels = data_json("labels.json")
    before = "|".join(
        re.escape(x) for x in sorted(labels["attribution_before"], key=len, reverse=True)
    )
    after = "|".join(
        re.escape(x) for x in sorted(labels["attribution_after"], key=len, reverse=True)
    )
    return (
        re.compile(rf"(?i:(?<!\w)(?:{before}))\s+{_NAME}"),
        re.compile(rf"{_NAME},?\s+(?i:(?:{after}))(?!\w)"),
    )


def _clean_name(name: str) -> str:
    name = re.sub(r"^(?:Издание|Газета|газета|издание|агентство|Агентство)\s+", "", name)
    return name.strip("«»„“”\"' ")


def find_mentions(text: str) -> list[Mention]:
    """Every inline link and attribution in ``text``, in order, without overlaps."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _MD_LINK.finditer(text):
        found.append(Mention("link", m.group(1), Span(m.start(), m.end()), url=m.group(2)))
        taken.append((m.start(), m.end()))
    for m in _URL.finditer(text):
        if free(m.start(), m.end()):
            found.append(Mention("link", m.group(0), Span(m.start(), m.end()), url=m.group(0)))
            taken.append((m.start(), m.end()))
    before, after = _patterns()
    for pattern in (before, after):
        for m in pattern.finditer(text):
            if not free(m.start(1), m.end(1)):
                continue
            name = _clean_name(m.group(1))
            if len(name) < 2 or name.casefold() in _STOP:
                continue
            marked = m.group(1) != name.strip() and not m.group(1).startswith(("«", "„", "“", '"'))
            if pattern is after and not (marked or _registered(name)):
                continue  # "President Tokayev said": a person, not a source
            found.append(Mention("attribution", m.group(0), Span(m.start(), m.end()), outlet=name))
            taken.append((m.start(), m.end()))
    found = [
        attrs.evolve(m, outlet=_outlet_of(m.url)) if m.kind == "link" and m.url else m
        for m in found
    ]
    found.sort(key=lambda m: m.span.start)
    return found


_STOP = frozenset({"он", "она", "они", "it", "he", "she", "they", "the", "this", "we", "i"})


def _registered(name: str) -> bool:
    from kzcite.outlets import OutletRegistry

    return OutletRegistry.default().lookup_name(name) is not None


def _outlet_of(url: str) -> str | None:
    from kzcite.outlets import normalize_outlet

    return normalize_outlet(url).name or None
