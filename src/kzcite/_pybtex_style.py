"""kzcite styles as pybtex formatting styles (for Sphinx via sphinxcontrib-bibtex).

pybtex finds formatting styles through the entry-point group
``pybtex.style.formatting``; each class here formats pybtex entries through one
built-in kzcite style and hands pybtex rich text back (``<em>`` for italics, links for
URLs), so every pybtex backend (HTML, LaTeX, Markdown, plain text, docutils) escapes
and prints it. In ``conf.py``: ``bibtex_default_style = "kzcite-apa-7"``.

>>> from pybtex.database import parse_string
>>> bib = parse_string('''@article{k, author = {Kressa, Kaarel}, title = {Title},
...   journal = {Eesti Päevaleht}, year = 2022, month = jun, day = 1}''', "bibtex")
>>> style = Apa7Style()
>>> entry = next(iter(style.format_entries(bib.entries.values())))
>>> entry.text.render_as("text")
'Kressa, K. (2022, June 1). Title. Eesti Päevaleht.'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pybtex.richtext import HRef, String, Tag, Text
from pybtex.style import FormattedEntry
from pybtex.style.formatting import BaseStyle

from kzcite import bibtex as _bibtex
from kzcite.records import Reference
from kzcite.render import entry_runs, sort_references
from kzcite.styles import Style, load_style

__all__ = [
    "Apa7Style",
    "Chicago17AdStyle",
    "Chicago17NbStyle",
    "GostR701002018Style",
    "HarvardCtrStyle",
    "Iso690Style",
    "KzciteStyle",
    "Mla9Style",
    "reference_from_entry",
]


def reference_from_entry(entry: Any) -> Reference:
    """A kzcite :class:`~kzcite.records.Reference` from a pybtex ``Entry``."""
    return _bibtex.reference_from_entry(entry)


def rich_text(ref: Reference, style: Style) -> Text:
    """The bibliography entry of ``ref`` as pybtex rich text."""
    parts: list[Any] = []
    for text, italic, bold, href in entry_runs(ref, style):
        node: Any = HRef(href, text) if href else String(text)
        if italic:
            node = Tag("em", node)
        if bold:
            node = Tag("strong", node)
        parts.append(node)
    return Text(*parts)


class KzciteStyle(BaseStyle):  # type: ignore[misc]
    """A pybtex formatting style that formats entries with a kzcite style.

    ``style_id`` picks the kzcite style; pass ``kzcite_style=`` (an id or a path) to
    use another one. Entries are sorted as the kzcite style sorts them; labels come
    from pybtex's label style (numbers by default).
    """

    style_id = "apa-7"

    def __init__(self, *args: Any, kzcite_style: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kzcite_style = load_style(kzcite_style or self.style_id)
        if kwargs.get("sorting_style") is None and len(args) < 3:
            # pybtex binds ``self.sort`` to its sorting plugin; without an explicit
            # one, sort as the kzcite style does (GOST: Cyrillic first, ...).
            self.sort = self.sort_entries

    def sort_entries(self, entries: Iterable[Any]) -> list[Any]:
        """``entries`` in the order the kzcite style lists them."""
        pairs = [(reference_from_entry(e), e) for e in entries]
        by_id = {id(r): e for r, e in pairs}
        return [by_id[id(r)] for r in sort_references([r for r, _ in pairs], self.kzcite_style)]

    def format_entries(
        self, entries: Iterable[Any], bib_data: Any = None
    ) -> Iterator[FormattedEntry]:
        sorted_entries = self.sort(entries)
        labels = self.format_labels(sorted_entries)
        for label, entry in zip(labels, sorted_entries, strict=True):
            yield self.format_entry(label, entry, bib_data=bib_data)

    def format_entry(self, label: str, entry: Any, bib_data: Any = None) -> FormattedEntry:
        ref = reference_from_entry(entry)
        return FormattedEntry(entry.key, rich_text(ref, self.kzcite_style), label)


class Apa7Style(KzciteStyle):
    style_id = "apa-7"


class Chicago17NbStyle(KzciteStyle):
    style_id = "chicago-17-nb"


class Chicago17AdStyle(KzciteStyle):
    style_id = "chicago-17-ad"


class Mla9Style(KzciteStyle):
    style_id = "mla-9"


class HarvardCtrStyle(KzciteStyle):
    style_id = "harvard-ctr"


class GostR701002018Style(KzciteStyle):
    style_id = "gost-r-7.0.100-2018"


class Iso690Style(KzciteStyle):
    style_id = "iso-690"
