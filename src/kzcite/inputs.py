"""Reading inputs: files, folders and stdin, in any common encoding and format.

Text is decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or — when UTF-8 fails —
the legacy Cyrillic code pages (cp1251, KOI8-R) as charset-normalizer detects them.
A binary or undecodable file raises :class:`~kzcite.InputError` naming the file.
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

from kzcite.errors import InputError

__all__ = ["Document", "decode", "detect_format", "html_to_text", "iter_paths", "read_document"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".bib", ".json", ".ris", ".csl")
FORMATS = ("text", "markdown", "html", "bibtex", "csl-json", "kzjson", "ris")


@attrs.frozen(slots=True)
class Document:
    """One input: its name (path or ``<stdin>``), decoded text, format and encoding."""

    source: str
    text: str
    format: str
    encoding: str


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding used)``."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"{source}: cannot decode as {encoding}: {exc}") from None
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: broken UTF-16: {exc}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary file (NUL bytes), skipped")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    from charset_normalizer import from_bytes

    best = from_bytes(
        data, cp_isolation=["cp1251", "koi8_r", "cp1252", "iso8859_5", "utf_8"]
    ).best()
    if best is None:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise InputError(f"{source}:{line}: not valid text in any known encoding, skipped")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise InputError(f"{source}: binary or undecodable file, skipped")
    return text, best.encoding


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
    text, used = decode(data, source, encoding)
    return Document(source, text, fmt or detect_format(source, text), used)


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


class _TextExtractor(html.parser.HTMLParser):
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
            "footer",
            "header",
            "blockquote",
            "dt",
            "dd",
            "table",
            "figcaption",
        }
    )
    _SKIP = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: list[tuple[int, str | None]] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.out.append("\n")
        if tag == "li":
            self.out.append("• ")
        if tag == "a":
            self.href.append((len(self.out), dict(attrs_).get("href")))

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.out.append("\n")
        if tag == "a" and self.href:
            at, href = self.href.pop()
            if href and href.startswith(("http://", "https://")) and "".join(self.out[at:]).strip():
                self.out.insert(at, "[")
                self.out.append(f"]({href})")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data.replace("\n", " "))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element per line, links as ``text (url)``.

    >>> html_to_text('<p>Read more</p><ul><li><a href="https://err.ee/1">Pealkiri</a></li></ul>')
    'Read more\\n• [Pealkiri](https://err.ee/1)'
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.out))
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln).strip()
