"""Reading inputs: files, folders and stdin, in any common encoding and format.

Text is decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or — when UTF-8 fails —
the legacy Cyrillic code pages (cp1251, KOI8-R) as charset-normalizer detects them. A
file that is UTF-8 but for some lines (pasted from an old page) keeps its UTF-8 lines as
they are and reads only the broken lines in the legacy code page; :class:`Document` names
those lines. A binary or undecodable file raises :class:`~kzcite.InputError` naming the file.
"""

from __future__ import annotations

import codecs
import html
import html.parser
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from kzcite._lines import is_code_row
from kzcite.errors import InputError

__all__ = [
    "Document",
    "TextView",
    "decode",
    "detect_format",
    "html_to_text",
    "html_view",
    "iter_paths",
    "looks_like_html",
    "read_document",
]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".bib", ".json", ".ris", ".csl")
FORMATS = ("text", "markdown", "html", "bibtex", "csl-json", "kzjson", "ris")


@attrs.frozen(slots=True)
class Document:
    """One input: its name (path or ``<stdin>``), decoded text, format and encoding."""

    source: str
    text: str
    format: str
    encoding: str
    fallback_lines: tuple[int, ...] = ()
    """1-based lines of a UTF-8 file that were not UTF-8, read in ``fallback_encoding``."""
    fallback_encoding: str | None = None


_LEGACY = ["cp1251", "koi8_r", "cp1252", "iso8859_5"]

# kz1048 (Windows Kazakh) is cp1251 with Kazakh letters where cp1251 has Serbian and
# Macedonian ones (Қ for Ќ, ң for ѕ …); the detector cannot tell them apart, and Russian
# text reads the same in both
_SERBIAN_ONLY = frozenset("ЌЋЈЅќћјѕ")


def _kazakh_code_page(data: bytes, encoding: str) -> str:
    """``kz1048`` for a cp1251 guess whose text would hold Serbian-only letters."""
    if encoding.replace("_", "").lower() != "cp1251":
        return encoding
    text = data.decode("cp1251", errors="replace")
    return "kz1048" if not _SERBIAN_ONLY.isdisjoint(text) else encoding


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding used)``."""
    text, used, _ = _decode(data, source, encoding)
    return text, used


_Mixed = tuple[str, tuple[int, ...]]  # the code page of a UTF-8 file's broken lines, and they


def _decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str, _Mixed]:
    """:func:`decode`, plus the lines of a mostly-UTF-8 file read in another code page."""
    if encoding:
        try:
            return data.decode(encoding), encoding, ("", ())
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"{source}: cannot decode as {encoding}: {exc}") from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", ("", ())
        except UnicodeDecodeError:
            mixed = _mixed_utf8(data[3:])
        if mixed is not None:
            return mixed[0], "utf-8-sig", mixed[1]
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", ("", ())
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", ("", ())
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: broken UTF-16: {exc}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file (NUL bytes), skipped")
    try:
        return data.decode("utf-8"), "utf-8", ("", ())
    except UnicodeDecodeError as exc:
        utf8_error = exc
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return mixed[0], "utf-8", mixed[1]
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=[*_LEGACY, "utf_8"]).best()
    if best is None:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise InputError(f"{source}:{line}: not valid text in any known encoding, skipped")
    used = _kazakh_code_page(data, best.encoding)
    text = str(best) if used == best.encoding else data.decode(used, errors="replace")
    if _control_ratio(text) > 0.05:
        raise InputError(f"{source}: binary or undecodable file, skipped")
    return text, used, ("", ())


def _mixed_utf8(data: bytes) -> tuple[str, _Mixed] | None:
    """A UTF-8 file with some lines in a legacy code page: each line read in its own.

    Only when some line holds valid non-ASCII UTF-8 — a cp1251 or KOI8-R file almost never
    does — so a whole legacy file still goes to the code-page detector.
    """
    lines = data.splitlines(keepends=True)
    good: dict[int, str] = {}
    for k, line in enumerate(lines):
        try:
            good[k] = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            if k == len(lines) - 1 and exc.reason == "unexpected end of data":
                good[k] = line.decode("utf-8", errors="replace")  # a file cut mid-letter
    if not any(not text.isascii() for text in good.values()):
        return None
    bad = [k for k in range(len(lines)) if k not in good]
    legacy = ""
    if bad:
        from charset_normalizer import from_bytes

        best = from_bytes(b"".join(lines[k] for k in bad), cp_isolation=_LEGACY).best()
        legacy = best.encoding if best is not None else "cp1251"
        legacy = _kazakh_code_page(b"".join(lines[k] for k in bad), legacy)
    pieces = [good.get(k) or lines[k].decode(legacy, errors="replace") for k in range(len(lines))]
    numbers = []  # lines as the parser counts them (str.splitlines also breaks at U+2028 …)
    n = 1
    for k, piece in enumerate(pieces):
        if k not in good:
            numbers.append(n)
        n += len(piece.splitlines())
    return "".join(pieces), (legacy, tuple(numbers))


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / min(len(text), 20000)


def detect_format(source: str, text: str) -> str:
    """The input format from the file extension, else from the content."""
    suffix = Path(source).suffix.lower()
    by_suffix = {
        ".bib": "bibtex",
        ".ris": "ris",
        ".html": "html",
        ".htm": "html",
        ".md": "markdown",
        ".markdown": "markdown",
        ".txt": "text",
    }
    if suffix in by_suffix:
        return by_suffix[suffix]
    head = text.lstrip()[:2000]
    if suffix in (".json", ".csl") or head[:1] in "[{":
        if '"kzcite"' in head or '"raw"' in head:
            return "kzjson"
        if head[:1] in "[{":
            return "csl-json"
    if re.match(r"@\w+\s*[{(]", head):
        return "bibtex"
    if re.match(r"TY  - ", head):
        return "ris"
    if re.search(r"<(?:html|body|p|div|ul|ol|li|a)\b", head, re.I):
        return "html"
    return "text"


def read_document(path: str, *, encoding: str | None = None, fmt: str | None = None) -> Document:
    """Read one file (or ``-`` for stdin) into a :class:`Document`."""
    if path == "-":
        data = sys.stdin.buffer.read()
        source = "<stdin>"
    else:
        source = path
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a folder") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    text, used, (legacy, lines) = _decode(data, source, encoding)
    fmt = fmt or detect_format(source, text)
    return Document(source, text, fmt, used, lines, legacy or None)


def iter_paths(paths: list[str], *, pattern: str | None = None) -> Iterator[str]:
    """Expand folders (recursively) into files; ``-`` and plain files pass through."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = sorted(
                p
                for p in Path(path).rglob(pattern or "*")
                if p.is_file()
                and (pattern is not None or p.suffix.lower() in TEXT_SUFFIXES)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            for p in found:
                yield str(p)
        else:
            yield path


_GAP = "\f"
"""Marks the end of a list or section in the extracted text; it becomes blank lines."""

_GAP_LINES = 3
"""Blank lines a gap becomes: as many as end any block in plain text (see blocks.py)."""


class _TextExtractor(html.parser.HTMLParser):
    """Visible text of a page, each piece with the source offset it came from."""

    _BLOCK = frozenset(
        {
            "p",
            "div",
            "li",
            "br",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "section",
            "article",
            "aside",
            "main",
            "footer",
            "header",
            "blockquote",
            "dt",
            "dd",
            "dl",
            "table",
            "figcaption",
        }
    )
    # the end of a list or of a section of the page ends any reference block in it
    _CONTAINER = frozenset(
        {"ul", "ol", "dl", "table", "section", "article", "aside", "main", "footer", "header"}
    )
    _SKIP = frozenset({"script", "style", "noscript", "template", "title", "nav", "select"})
    _VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area"})

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[str, int]] = []
        self.skip: list[str] = []
        self.href: list[tuple[int, str | None]] = []
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", markup))]
        self.size = len(markup)
        self.markup = markup

    def _here(self) -> int:
        line, col = self.getpos()
        return min(self.line_starts[line - 1] + col, self.size)

    def _emit(self, text: str) -> None:
        self.pieces.append((text, self._here()))

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag not in self._VOID:
                self.skip.append(tag)
            return
        if tag in self._SKIP or dict(attrs_).get("role") == "navigation":
            if tag not in self._VOID:
                self.skip.append(tag)
            return
        if tag in self._BLOCK:
            self._emit("\n")
        if tag == "li":
            self._emit("• ")
        if tag == "a":
            self.href.append((len(self.pieces), dict(attrs_).get("href")))

    def handle_startendtag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        if not self.skip and tag in self._BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag in self._BLOCK:
            self._emit(_GAP if tag in self._CONTAINER else "\n")
        if tag == "a" and self.href:
            at, href = self.href.pop()
            if href and href.startswith(("http://", "https://")):
                self._link(at, href)

    def _link(self, at: int, href: str) -> None:
        """Wrap the label of a link as ``[label](href)``: its first line when the link
        holds block elements (a card with a headline and a teaser)."""
        first = last = None
        for k in range(at, len(self.pieces)):
            piece = self.pieces[k][0]
            if piece in ("\n", _GAP):
                if first is not None:
                    break
            elif piece.strip():
                first = k if first is None else first
                last = k
        if first is None or last is None:
            return
        text, at_last = self.pieces[last]
        self.pieces.insert(last + 1, (f"]({href})", at_last + len(text)))
        self.pieces.insert(first, ("[", self.pieces[first][1]))

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pieces and self.pieces[-1][0].endswith(")") and data[:1].isalnum():
            self._emit(" ")  # "[Title](url)19 января" → "[Title](url) 19 января"
        at = self._here()
        end = self.markup.find("<", at)
        raw = self.markup[at : end if end != -1 else self.size]
        parts = self._decoded_parts(raw, at)
        if "".join(text for text, _ in parts) != data:  # not the text as written: no map
            parts = [(data, at)]
        for text, where in parts:
            self.pieces.append((text.replace("\n", " "), where))

    @staticmethod
    def _decoded_parts(raw: str, at: int) -> list[tuple[str, int]]:
        """``raw`` decoded as the parser decodes it, in pieces that each start at their
        own source offset: a character reference is one piece at the ``&``."""
        parts: list[tuple[str, int]] = []
        last = 0
        for m in _CHARREF.finditer(raw):
            if m.start() > last:
                parts.append((raw[last : m.start()], at + last))
            parts.append((html.unescape(m.group()), at + m.start()))
            last = m.end()
        if last < len(raw):
            parts.append((raw[last:], at + last))
        return parts


@attrs.frozen(slots=True)
class TextView:
    """Text extracted from a markup source, with the source offset of every character.

    ``offsets`` has one item more than ``text``: the source offset where the text ends.
    """

    text: str
    offsets: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets ``[start, end)`` for text offsets ``[start, end)``."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def looks_like_html(text: str) -> bool:
    """A page or fragment of HTML: begins with a tag and has block elements.

    Markdown or plain text with a stray ``<br>`` or ``<h2>`` is not.
    """
    head = _TEMPLATE_LEAD.sub("", text.lstrip()[:5000]).lstrip()
    if not head.startswith("<"):
        return False
    if ("className=" in head or "{/*" in head) and _string_rows(text) >= 3:
        # JSX whose list is an array of strings: program source, read line by line
        return False
    if _PAGE_TAG.match(head):
        return True
    if len(_BLOCK_TAG.findall(head)) < 2:
        return False
    # a Markdown file that opens with an HTML banner (<p align="center">…) goes on in
    # Markdown: headings and list items outside tags outnumber the lines of markup
    lines = [x.strip() for x in text.lstrip()[:20000].splitlines() if x.strip()]
    markdown = sum(1 for x in lines if _MARKDOWN_LINE.match(x))
    tagged = sum(1 for x in lines if x.startswith("<"))
    return markdown <= tagged // 4


def _string_rows(text: str) -> int:
    return sum(1 for line in text[:200_000].splitlines() if is_code_row(line))


# a page template's own lines before its markup: Blade "@extends('layouts.app')",
# Jinja/Django "{% extends 'base.html' %}"
_TEMPLATE_LEAD = re.compile(r"\A(?:[ \t]*(?:@[a-z]+\b[^\n]*|\{%[^\n]*%\})?\n)+")
_PAGE_TAG = re.compile(r"<(?:!doctype|html|head|body)\b", re.I)
_CHARREF = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_BLOCK_TAG = re.compile(r"<(?:html|body|p|div|ul|ol|li|h[1-6]|article|section|table)\b", re.I)
_MARKDOWN_LINE = re.compile(r"#{1,6}\s|[*+-]\s|\d{1,3}[.)]\s|\[\^?\w+\]:|>\s")


def html_view(markup: str) -> TextView:
    """Visible text of an HTML page with each character's source offset.

    One block element per line; links to web addresses as ``[text](url)``; list items with a
    ``•`` bullet; ``<nav>`` and scripts left out. The end of a list or of a page section
    becomes three blank lines, so a reference list never runs on into what follows it.
    """
    parser = _TextExtractor(markup)
    parser.feed(markup)
    parser.close()
    chars: list[str] = []
    offs: list[int] = []
    for piece, at in parser.pieces:
        chars.extend(piece)
        offs.extend(at + i for i in range(len(piece)))
    lines: list[tuple[str, list[int]]] = []
    line_chars: list[str] = []
    line_offs: list[int] = []
    for ch, at in zip([*chars, "\n"], [*offs, len(markup)], strict=True):
        if ch != "\n":
            line_chars.append(" " if ch in "\t\u00a0\r" else ch)
            line_offs.append(at)
            continue
        _collapse(line_chars, line_offs, lines)
        line_chars, line_offs = [], []
    out: list[str] = []
    out_offs: list[int] = []
    gap = False
    for text, where in lines:
        if text == _GAP:
            gap = bool(out)
            continue
        if out:
            sep = "\n" * (_GAP_LINES + 1 if gap else 1)
            out.append(sep)
            out_offs.extend([where[0]] * len(sep))
        gap = False
        out.append(text)
        out_offs.extend(where)
    return TextView("".join(out), (*out_offs, len(markup)))


def _collapse(chars: list[str], offs: list[int], lines: list[tuple[str, list[int]]]) -> None:
    """Add one physical line with runs of spaces made one and its edges trimmed."""
    text: list[str] = []
    where: list[int] = []

    def flush() -> None:
        while text and text[-1] == " ":
            text.pop()
            where.pop()
        if text:
            lines.append(("".join(text), list(where)))
        text.clear()
        where.clear()

    for ch, at in zip(chars, offs, strict=True):
        if ch == _GAP:
            flush()
            lines.append((_GAP, [at]))
        elif ch != " " or (text and text[-1] != " "):
            text.append(ch)
            where.append(at)
    flush()


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element per line, links as ``[text](url)``.

    >>> html_to_text('<p>Read more</p><ul><li><a href="https://err.ee/1">Pealkiri</a></li></ul>')
    'Read more\\n• [Pealkiri](https://err.ee/1)'
    """
    return html_view(markup).text
