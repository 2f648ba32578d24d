"""Render a bibliography with any CSL 1.0 style file, through citeproc-py.

kzcite's own TOML styles (:mod:`kzcite.render`) cover the styles our users ask for most
and know our fields (romanization, translated titles, legal acts). Many users already
have a ``.csl`` file (from the Zotero style repository, a journal or a university), so
:func:`render_csl` renders :func:`kzcite.csl.to_csl` items with it through
`citeproc-py <https://github.com/citeproc-py/citeproc-py>`_, an optional extra::

    pip install 'kzcite[csl]'

Known limits (citeproc-py 0.6–0.11):

* Speed: about 600 entries/s (kzcite's own renderer is more than ten times faster);
  parsing the style and its locale costs about 20 ms per call.
* Locales: citeproc-py bundles the CSL locale files (``en-US``, ``en-GB``, ``ru-RU``,
  ``uk-UA``, ``et-EE``, ``de-DE``, ``tr-TR``, ``mn-MN`` and about 55 more, see
  :func:`csl_locales`). There is **no Kazakh** (``kk``), Kyrgyz, Uzbek or Tajik locale: such a
  locale raises :class:`~kzcite.errors.StyleError` unless the style itself defines
  ``<locale xml:lang="kk">`` terms (then missing terms fall back to ``en-US``, as CSL says).
* Sorting compares code points, not a locale's collation: Kazakh letters (``Ә``, ``Қ``,
  ``Ү``...) sort after ``Я``, Estonian ``Ä`` comes before ``Õ`` (Estonian: ``Õ Ä Ö Ü``),
  and all Latin before all Cyrillic. Use kzcite's own styles (``kzcite render --style``)
  when order matters.
* Fields ignored: the ``custom`` object (translated title, alternative titles, further
  URLs, outlet id, other dates) has no CSL variable; ``language`` only keeps a style's
  title case off non-English titles (as CSL says), it does not switch the locale per
  entry; names and titles are never romanized.
* Output: ``text`` or ``html`` (``<div class="csl-bib-body">`` with one
  ``<div class="csl-entry">`` per entry, the markup citeproc-js writes). Numbers of
  numeric styles come from the style itself (``citation-number``).
"""

from __future__ import annotations

import html
import importlib
import types
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kzcite.csl import to_csl
from kzcite.errors import StyleError
from kzcite.records import Reference

__all__ = ["CSL_FORMATS", "csl_locales", "render_csl"]

CSL_FORMATS = ("text", "html")
INSTALL_HINT = "pip install 'kzcite[csl]'"
_CSL_NS = "http://purl.org/net/xbiblio/csl"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# HTML output: citeproc-py's own HTML formatter escapes terms but not every variable, so
# we render with private-use marker characters for the tags, escape the whole text once
# and then turn the markers into tags. Marker characters are removed from the input.
_TAGS = {
    "Italic": ("i", ""),
    "Oblique": ("i", ""),
    "Bold": ("b", ""),
    "Light": ("span", ' style="font-weight:lighter;"'),
    "Underline": ("span", ' style="text-decoration:underline;"'),
    "Superscript": ("sup", ""),
    "Subscript": ("sub", ""),
    "SmallCaps": ("span", ' style="font-variant:small-caps;"'),
}
_MARK_BASE = 0xE000
_MARKS: dict[int, str] = {}
_WRAPPERS: dict[str, Any] = {}
for _i, (_name, (_tag, _attrs)) in enumerate(_TAGS.items()):
    _open, _close = chr(_MARK_BASE + 2 * _i), chr(_MARK_BASE + 2 * _i + 1)
    _MARKS[ord(_open)] = f"<{_tag}{_attrs}>"
    _MARKS[ord(_close)] = f"</{_tag}>"
    _WRAPPERS[_name] = lambda text, o=_open, c=_close: f"{o}{text}{c}"
_STRIP_MARKS: dict[int, None] = dict.fromkeys(_MARKS)
_HTML_FORMATTER = types.SimpleNamespace(preformat=lambda text: text, **_WRAPPERS)


def _import_citeproc() -> Any:
    """The ``citeproc`` package with its submodules we use loaded (untyped, so ``Any``)."""
    try:
        citeproc = importlib.import_module("citeproc")
        for name in ("citeproc.source.json", "citeproc.formatter.plain", "lxml.etree"):
            importlib.import_module(name)
    except ImportError:
        raise StyleError(
            f"CSL styles need the optional package citeproc-py: {INSTALL_HINT}"
        ) from None
    return citeproc


def csl_locales() -> tuple[str, ...]:
    """The locales citeproc-py bundles (``"en-US"``, ``"ru-RU"``...), sorted.

    Raises :class:`~kzcite.errors.StyleError` when citeproc-py is not installed.
    """
    citeproc = _import_citeproc()
    return tuple(sorted(citeproc.LANGUAGE_NAMES))


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value.translate(_STRIP_MARKS)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def _items(refs: Iterable[Reference], known: frozenset[str]) -> list[dict[str, Any]]:
    """CSL-JSON items with ids ``1``, ``2``... and only the variables citeproc-py knows."""
    items = []
    for i, ref in enumerate(refs, 1):
        item = to_csl(ref, id=str(i))
        kept = {"id": item["id"], "type": item["type"]}
        kept.update((k, _clean(v)) for k, v in item.items() if k.replace("-", "_") in known)
        items.append(kept)
    return items


def _load_style(citeproc: Any, path: Path, locale: str | None) -> Any:
    etree = importlib.import_module("lxml.etree")
    if not path.is_file():
        raise StyleError(f"{path}: no such CSL style file")
    try:
        style = citeproc.CitationStylesStyle(str(path), locale=locale, validate=False)
    except etree.XMLSyntaxError as exc:
        raise StyleError(f"{path}: not a CSL style (not well-formed XML: {exc})") from None
    except (OSError, ValueError) as exc:
        raise StyleError(f"{path}: cannot read the CSL style: {exc}") from None
    except AttributeError:  # parsed, but the root is not a CSL <style>
        raise StyleError(
            f"{path}: not a CSL style (no <style> root in the CSL namespace)"
        ) from None
    root = style.root
    if root.tag != f"{{{_CSL_NS}}}style":
        raise StyleError(f"{path}: not a CSL style (root element {root.tag!r})")
    if not style.has_bibliography():
        raise StyleError(f"{path}: the CSL style has no <bibliography> to render")
    if locale is None:  # citeproc-py took the style's default-locale
        locale = root.get("default-locale") or "en-US"
    language = locale.split("-")[0]
    in_style = {el.get(_XML_LANG) for el in root.iterfind(f"{{{_CSL_NS}}}locale")}
    if not (
        locale in citeproc.LANGUAGE_NAMES
        or language in citeproc.PRIMARY_DIALECTS
        or locale in in_style
        or language in in_style
    ):
        raise StyleError(
            f"citeproc-py has no locale {locale!r} and {path} defines none: use one it "
            f"bundles (ru-RU, en-US, et-EE...; see kzcite.csl_style.csl_locales()) or "
            f'add <locale xml:lang="{locale}"> terms to the style'
        )
    return style


def _schema_errors(citeproc: Any, path: Path) -> str:
    """citeproc-py's RelaxNG verdict on the style, for error messages only."""
    etree = importlib.import_module("lxml.etree")
    try:
        schema = etree.RelaxNG(etree.parse(citeproc.SCHEMA_PATH))
        ok = schema.validate(etree.parse(str(path)))
    except (etree.LxmlError, OSError):  # pragma: no cover - the schema ships with it
        return ""
    if ok:
        return ""
    error = schema.error_log.last_error
    return f" (schema: line {error.line}: {error.message})" if error else ""


def render_csl(
    refs: Iterable[Reference],
    csl_path: str | Path,
    *,
    format: str = "text",
    locale: str | None = "en-US",
) -> str:
    """A bibliography of ``refs`` in the CSL 1.0 style file ``csl_path``, one entry a line.

    ``format`` is ``"text"`` or ``"html"``; ``locale`` picks the CSL locale for terms
    and dates (``"ru-RU"``, ``"et-EE"``...; ``None``: the style's ``default-locale``).
    Entries are sorted as the style's ``<bibliography><sort>`` says, else kept in order.
    Needs citeproc-py (``pip install 'kzcite[csl]'``); without it, and for a missing,
    malformed or unusable style file, raises :class:`~kzcite.errors.StyleError`.
    """
    if format not in CSL_FORMATS:
        raise ValueError(f"unknown format {format!r} for CSL styles (use text or html)")
    citeproc = _import_citeproc()

    path = Path(csl_path)
    style = _load_style(citeproc, path, locale)
    items = _items(refs, frozenset(citeproc.source.VARIABLES))
    if not items:
        return '<div class="csl-bib-body">\n</div>\n' if format == "html" else ""
    formatter = _HTML_FORMATTER if format == "html" else citeproc.formatter.plain
    try:
        bib = citeproc.CitationStylesBibliography(
            style, citeproc.source.json.CiteProcJSON(items), formatter
        )
        for item in items:
            bib.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
        bib.sort()
        entries = [str(entry) for entry in bib.bibliography()]
    except Exception as exc:  # citeproc-py fails with any exception on a bad style
        raise StyleError(
            f"{path}: citeproc-py could not render with this style: "
            f"{type(exc).__name__}: {exc}{_schema_errors(citeproc, path)}"
        ) from exc
    if format == "html":
        body = "".join(
            f'  <div class="csl-entry">{html.escape(e, quote=False).translate(_MARKS)}</div>\n'
            for e in entries
        )
        return f'<div class="csl-bib-body">\n{body}</div>\n'
    return "".join(f"{e}\n" for e in entries)
