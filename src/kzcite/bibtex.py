r"""BibTeX and BibLaTeX: a small, fast writer of our own and a reader through pybtex.

Why our own writer: pybtex's writer is slow (about 2,800 entries/s) and escapes URLs
lossily; ours writes about ten times as many and round-trips every value through
:func:`read_bibtex` exactly.

Writing rules (both dialects):

* Text is UTF-8 as is. Only what LaTeX or BibTeX would misread is escaped:
  ``{ } \ % # & ~ ^ $ _`` become ``\textbraceleft{}``, ``\textbraceright{}``,
  ``\textbackslash{}``, ``\%``, ``\#``, ``\&``, ``\textasciitilde{}``,
  ``\textasciicircum{}``, ``\$``, ``\_``. Braces are written as commands, never as
  ``\{``, because BibTeX counts braces even after a backslash; every value we write is
  therefore brace-balanced, and an untrusted title such as ``\input{/etc/passwd}`` is
  printed, never executed. A no-break space is ``~``, U+202F is ``\,``, U+2009 is
  ``\thinspace{}``; line breaks and control characters become spaces.
* ``ascii=True`` (legacy 8-bit BibTeX): Latin letters with diacritics become accent
  commands (``{\"a}``, ``{\v{s}}``, ``{\~o}``, ``{\ss}``, ``{\l}``), typographic dashes,
  quotes and guillemets become text commands (``\textendash{}``, ``\guillemotleft{}`` —
  these need ``\usepackage[T1]{fontenc}``). Cyrillic, Kazakh and other non-Latin text is
  **kept as UTF-8**: LaTeX's Cyrillic commands need the T2A encoding and would make the
  file unreadable, so such a file still needs a UTF-8 aware toolchain (biber, bibtexu, or
  BibTeX with ``inputenc``) for those fields.
* The title is wrapped in one extra pair of braces so that BibTeX styles do not
  lower-case it: news titles come in many languages and their capitalisation is as the
  outlet wrote it.
* ``url`` and ``doi`` are verbatim (``%``, ``#``, ``_`` and ``~`` stay as they are, which
  hyperref and biblatex expect); whitespace inside them is written ``%20`` and, only if
  their braces do not balance, braces are percent-encoded.
* Names are ``Family, Given`` joined with `` and ``; an organisation (``Person.literal``)
  is ``{Literal Name}``; a comma or a word ``and`` inside a name part is protected by
  braces (``Foo{,} Bar``, ``A {and} B``).
* BibTeX dates: ``year``, ``month`` as the macro ``jan`` … ``dec`` (standard styles
  print it, and pybtex reads it back as the English month name), and ``date`` in ISO
  8601/EDTF (``2022-06-01``, ``2021-12/2022-01``) which BibLaTeX reads and which keeps the
  precision and ranges exactly. ``urldate`` is the access date. BibLaTeX gets ``date``
  only.

Entry types — BibTeX: ``@article`` (outlet in ``journal``), ``@misc`` for web pages
(``type = {Web page}``), legal acts (``type = {Law}``) and other items (outlet in
``howpublished``), ``@techreport`` (``institution``), ``@book`` and ``@incollection``
(``publisher``). BibLaTeX: ``@article`` (``journaltitle``), ``@online``
(``organization``), ``@legislation`` (biblatex's data-model type for laws; standard
styles print it with the ``@misc`` driver; outlet in ``howpublished``), ``@report``
(``institution``), ``@book``, ``@incollection``, ``@misc``; ``langid`` carries the babel
language name and ``titleaddon`` the bracketed translation of the title.

Reading goes through pybtex's BibTeX parser; :func:`latex_decode` turns the
LaTeX that pybtex hands back into plain Unicode (our escapes, accent commands, ``~``,
grouping braces, formatting commands such as ``\emph{…}``). TeX ligatures (``--``,
````` `` ````` …) are left as written, so a title with a literal ``--`` round-trips.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import pybtex.database
import pybtex.database.input.bibtex
from pybtex.exceptions import PybtexError

from kzcite._data import data_json
from kzcite._keys import citation_keys
from kzcite.errors import InputError, InvalidDateError
from kzcite.records import Kind, PartialDate, Person, Reference

__all__ = [
    "latex_decode",
    "latex_escape",
    "read_bibtex",
    "reference_from_entry",
    "to_biblatex",
    "to_bibtex",
    "to_pybtex",
]

# --------------------------------------------------------------------------- escaping

_CONTROL = {c: " " for c in [*range(0x20), 0x7F, 0x85, 0x2028, 0x2029]}
_NEEDS_ESCAPE = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029\\\\{}%#&$_~^\xa0\u202f\u2009]")
# Applied in this order, after backslashes and braces are set aside (see _escape_text).
_PLAIN_ESCAPES = (
    ("%", r"\%"),
    ("#", r"\#"),
    ("&", r"\&"),
    ("$", r"\$"),
    ("_", r"\_"),
    ("~", r"\textasciitilde{}"),
    ("^", r"\textasciicircum{}"),
    ("\xa0", "~"),
    ("\u202f", r"\,"),
    ("\u2009", r"\thinspace{}"),
)

# Symbols written as commands with ascii=True (and read back in any case).
_ASCII_SYMBOLS: dict[str, str] = {
    "ß": r"{\ss}",
    "ø": r"{\o}",
    "Ø": r"{\O}",
    "æ": r"{\ae}",
    "Æ": r"{\AE}",
    "œ": r"{\oe}",
    "Œ": r"{\OE}",
    "ł": r"{\l}",
    "Ł": r"{\L}",
    "ı": r"{\i}",
    "ȷ": r"{\j}",
    "–": r"\textendash{}",
    "—": r"\textemdash{}",
    "“": r"\textquotedblleft{}",
    "”": r"\textquotedblright{}",
    "‘": r"\textquoteleft{}",
    "’": r"\textquoteright{}",
    "„": r"\quotedblbase{}",
    "‚": r"\quotesinglbase{}",
    "«": r"\guillemotleft{}",
    "»": r"\guillemotright{}",
    "…": r"\textellipsis{}",
    "§": r"\S{}",
    "°": r"\textdegree{}",
    "€": r"\texteuro{}",
    "№": r"\textnumero{}",
}
_LATIN_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")

# Combining mark -> LaTeX accent command.
_MARK_TO_ACCENT = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0302": "^",
    "\u0303": "~",
    "\u0304": "=",
    "\u0306": "u",
    "\u0307": ".",
    "\u0308": '"',
    "\u030a": "r",
    "\u030b": "H",
    "\u030c": "v",
    "\u0323": "d",
    "\u0327": "c",
    "\u0328": "k",
    "\u0331": "b",
}
_ACCENT_TO_MARK = {v: k for k, v in _MARK_TO_ACCENT.items()}
_ACCENT_ALONE = {
    '"': "¨",
    "'": "´",
    "`": "`",
    "^": "^",
    "~": "~",
    "=": "¯",
    ".": "˙",
    "u": "˘",
    "v": "ˇ",
    "H": "˝",
    "c": "¸",
    "k": "˛",
    "r": "˚",
}


def _accented(char: str) -> str:
    """``{\\"a}`` for ``ä``: a Latin letter with marks as nested accent commands."""
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0]
    marks = decomposed[1:]
    if not (marks and base.isascii() and base.isalpha()):
        return char
    inner = base
    for mark in marks:
        accent = _MARK_TO_ACCENT.get(mark)
        if accent is None:
            return char
        if accent.isalpha() or len(inner) > 1:
            inner = f"\\{accent}{{{inner}}}"
        else:
            inner = f"\\{accent}{inner}"
    return "{" + inner + "}"


def _escape_text(text: str) -> str:
    """The UTF-8 escaping: a chain of C-speed replacements, so any input is linear."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    # Control characters go first, which frees \x00-\x02 to hold \ { } meanwhile.
    text = text.translate(_CONTROL).replace("\\", "\x00").replace("{", "\x01").replace("}", "\x02")
    for char, latex in _PLAIN_ESCAPES:
        if char in text:
            text = text.replace(char, latex)
    return (
        text.replace("\x00", r"\textbackslash{}")
        .replace("\x01", r"\textbraceleft{}")
        .replace("\x02", r"\textbraceright{}")
    )


def latex_escape(text: str, *, ascii: bool = False) -> str:
    r"""``text`` as the body of a BibTeX field that LaTeX prints literally.

    >>> print(latex_escape(r"50% of \input{x} & more_"))
    50\% of \textbackslash{}input\textbraceleft{}x\textbraceright{} \& more\_
    >>> print(latex_escape("Tõnu Šarõ — Қазақ", ascii=True))
    T{\~o}nu {\v{S}}ar{\~o} \textemdash{} Қазақ
    """
    text = _escape_text(text)
    if not ascii or text.isascii():
        return text
    for char, latex in _ASCII_SYMBOLS.items():
        if char in text:
            text = text.replace(char, latex)
    return _LATIN_ACCENTED.sub(lambda m: _accented(m.group()), text)


_WS = re.compile(r"\s")
_PERCENT_WS = {
    c: "".join(f"%{b:02X}" for b in chr(c).encode()) for c in range(0x3000 + 1) if chr(c).isspace()
}


def _verbatim(value: str) -> str:
    """A URL or DOI for a verbatim field: whitespace %-encoded, braces kept if balanced."""
    if _WS.search(value):
        value = value.translate(_PERCENT_WS)
    opening = value.count("{")
    if opening != value.count("}"):
        value = value.replace("{", "%7B").replace("}", "%7D")
    elif opening:
        depth = 0
        for c in value:
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth < 0:
                    break
        if depth != 0:
            value = value.replace("{", "%7B").replace("}", "%7D")
    return value


_AND = re.compile(r"(?<!\S)and(?!\S)", re.IGNORECASE)


def _protect(part: str) -> str:
    """Hide commas and ``and`` words from BibTeX's name splitting."""
    if "," in part:
        part = part.replace(",", "{,}")
    if "nd" in part or "ND" in part or "Nd" in part or "nD" in part:
        part = _AND.sub(r"{\g<0>}", part)
    return part


def _name(person: Person, ascii: bool) -> str:
    if person.literal:
        return "{" + latex_escape(person.literal, ascii=ascii) + "}"
    family = person.family or person.given
    out = _protect(latex_escape(family, ascii=ascii))
    if person.family and person.given:
        out += ", " + _protect(latex_escape(person.given, ascii=ascii))
    elif out.startswith("{") and _group_end(out) == len(out):
        out += "{}"  # one brace group alone ({\"A}) is read back as an organisation
    return out


def _names(people: Iterable[Person], ascii: bool) -> list[str]:
    return [_name(p, ascii) for p in people if p.literal or p.family or p.given]


# --------------------------------------------------------------------------- writing

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

_BIBTEX_TYPES: dict[Kind, tuple[str, str, str | None]] = {
    Kind.ARTICLE: ("article", "journal", None),
    Kind.WEBPAGE: ("misc", "howpublished", "Web page"),
    Kind.LEGAL: ("misc", "howpublished", "Law"),
    Kind.REPORT: ("techreport", "institution", None),
    Kind.BOOK: ("book", "publisher", None),
    Kind.CHAPTER: ("incollection", "publisher", None),
    Kind.OTHER: ("misc", "howpublished", None),
}
_BIBLATEX_TYPES: dict[Kind, tuple[str, str, str | None]] = {
    Kind.ARTICLE: ("article", "journaltitle", None),
    Kind.WEBPAGE: ("online", "organization", None),
    Kind.LEGAL: ("legislation", "howpublished", None),
    Kind.REPORT: ("report", "institution", None),
    Kind.BOOK: ("book", "publisher", None),
    Kind.CHAPTER: ("incollection", "publisher", None),
    Kind.OTHER: ("misc", "howpublished", None),
}


@functools.cache
def _babel() -> tuple[dict[str, str], dict[str, str]]:
    """ISO code -> babel name, and every known language name -> ISO code."""
    data = data_json("formats.json")
    to_babel: dict[str, str] = data["babel"]
    names = {v: k for k, v in to_babel.items()}
    names.update(data["language_names"])
    return to_babel, names


def _fields(ref: Reference, biblatex: bool, ascii: bool) -> tuple[str, list[tuple[str, str]]]:
    """Entry type and ``(field, value)`` pairs; values are already LaTeX, except
    that ``month`` holds a macro name (written without braces)."""
    table = _BIBLATEX_TYPES if biblatex else _BIBTEX_TYPES
    entry_type, outlet_field, type_value = table[ref.kind]
    fields: list[tuple[str, str]] = []
    add = fields.append
    if ref.title:
        add(("title", "{" + latex_escape(ref.title, ascii=ascii) + "}"))
    if ref.translated_title:
        add(("titleaddon", "[" + latex_escape(ref.translated_title, ascii=ascii) + "]"))
    if ref.outlet:
        add((outlet_field, latex_escape(ref.outlet, ascii=ascii)))
    if type_value:
        add(("type", type_value))
    if ref.place:
        add(("location" if biblatex else "address", latex_escape(ref.place, ascii=ascii)))
    date = ref.date
    if date is not None:
        if not biblatex:
            add(("year", str(date.year)))
            if date.month is not None:
                add(("month", _MONTHS[date.month - 1]))
        add(("date", date.isoformat()))
    if ref.volume:
        add(("volume", latex_escape(ref.volume, ascii=ascii)))
    if ref.kind is Kind.ARTICLE:
        if ref.issue:
            add(("number", latex_escape(ref.issue, ascii=ascii)))
        if ref.number:
            add(("eid", latex_escape(ref.number, ascii=ascii)))
    else:
        if ref.number:
            add(("number", latex_escape(ref.number, ascii=ascii)))
        if ref.issue:
            add(("issue", latex_escape(ref.issue, ascii=ascii)))
    if ref.pages:
        add(("pages", latex_escape(ref.pages, ascii=ascii)))
    if ref.doi:
        add(("doi", _verbatim(ref.doi)))
    if ref.url:
        add(("url", _verbatim(ref.url)))
    if ref.access_date is not None:
        add(("urldate", ref.access_date.isoformat()))
    if ref.language:
        to_babel, _ = _babel()
        babel = to_babel.get(ref.language)
        if biblatex:
            if babel:
                add(("langid", babel))
            else:
                add(("language", latex_escape(ref.language, ascii=ascii)))
        else:
            add(("language", babel or latex_escape(ref.language, ascii=ascii)))
    if ref.note:
        add(("note", latex_escape(ref.note, ascii=ascii)))
    return entry_type, fields


def _write(refs: Iterable[Reference], biblatex: bool, ascii: bool) -> str:
    refs = list(refs)
    chunks: list[str] = []
    for key, ref in zip(citation_keys(refs), refs, strict=True):
        entry_type, fields = _fields(ref, biblatex, ascii)
        lines = [f"@{entry_type}{{{key},"]
        names = _names(ref.authors, ascii)
        if names:
            lines.append("  author = {" + " and ".join(names) + "},")
        for name, value in fields:
            if name == "month":
                lines.append(f"  month = {value},")
            else:
                lines.append(f"  {name} = {{{value}}},")
        lines.append("}\n")
        chunks.append("\n".join(lines))
    return "\n".join(chunks)


def to_bibtex(refs: Iterable[Reference], *, ascii: bool = False) -> str:
    r"""Classic BibTeX for ``refs``, one entry each, with unique readable keys.

    >>> from kzcite.records import PartialDate, Person, Reference, Kind
    >>> print(to_bibtex([Reference("", kind=Kind.ARTICLE, title="Tax & 5% growth",
    ...     authors=(Person("Kressa", "Kaarel"),), outlet="Eesti Päevaleht",
    ...     date=PartialDate(2022, 6, 1), url="https://epl.ee/a?b=1#c")]))
    @article{kressa2022tax,
      author = {Kressa, Kaarel},
      title = {{Tax \& 5\% growth}},
      journal = {Eesti Päevaleht},
      year = {2022},
      month = jun,
      date = {2022-06-01},
      url = {https://epl.ee/a?b=1#c},
    }
    <BLANKLINE>
    """
    return _write(refs, biblatex=False, ascii=ascii)


def to_biblatex(refs: Iterable[Reference]) -> str:
    """BibLaTeX (biber) entries for ``refs``: ``@online``, ``@legislation``, ISO dates."""
    return _write(refs, biblatex=True, ascii=False)


def to_pybtex(refs: Iterable[Reference]) -> pybtex.database.BibliographyData:
    """``refs`` as pybtex data (the same fields :func:`to_bibtex` writes), for
    pybtex's own styles and writers."""
    refs = list(refs)
    data = pybtex.database.BibliographyData()
    for key, ref in zip(citation_keys(refs), refs, strict=True):
        entry_type, fields = _fields(ref, biblatex=False, ascii=False)
        values = [
            (name, _MONTH_NAMES[_MONTHS.index(value)] if name == "month" else value)
            for name, value in fields
        ]
        persons = {"author": [pybtex.database.Person(n) for n in _names(ref.authors, False)]}
        entry = pybtex.database.Entry(entry_type, fields=values, persons=persons)
        data.add_entry(key, entry)
    return data


# --------------------------------------------------------------------------- decoding

_SYMBOL_COMMANDS: dict[str, str] = {
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textunderscore": "_",
    "textdollar": "$",
    "textquotedbl": '"',
    "textbar": "|",
    "textless": "<",
    "textgreater": ">",
    "thinspace": "\u2009",
    "nobreakspace": "\xa0",
    "guillemetleft": "«",
    "guillemetright": "»",
    "ldots": "…",
    "dots": "…",
    "textsection": "§",
    "textcopyright": "©",
    "copyright": "©",
    "textregistered": "®",
    "texttimes": "×",
    "textbullet": "•",
    "textperiodcentered": "·",
    "pounds": "£",
    "textsterling": "£",
    "P": "¶",
    "textexclamdown": "¡",
    "textquestiondown": "¿",
    "aa": "å",
    "AA": "Å",
    "dh": "ð",
    "DH": "Ð",
    "th": "þ",
    "TH": "Þ",
    "dj": "đ",
    "DJ": "Đ",
    "ng": "ŋ",
    "NG": "Ŋ",
    "relax": "",
    "noindent": "",
    "par": " ",
    "newline": " ",
    "linebreak": " ",
    "quad": " ",
    "qquad": " ",
    "space": " ",
    "enspace": "\u2002",
    "emspace": "\u2003",
    **{latex.strip("{}").lstrip("\\"): char for char, latex in _ASCII_SYMBOLS.items()},
}
_CONTROL_SYMBOLS = {
    ",": "\u202f",
    " ": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "-": "",
    "/": "",
    "@": "",
    "\\": " ",
    "\n": " ",
}
_SPECIAL = re.compile(r"\{+|\}+|[\\~$]")
_ANY_SPECIAL = re.compile(r"[\\{}~$]")
_COMMAND_WORD = re.compile(r"[A-Za-z]+")
_SPACE_RUN = re.compile(r"[ \t\n]*")


def _apply_accent(accent: str, arg: str) -> str:
    """``arg`` with ``accent`` on its first character (``\\"{a}`` -> ``ä``)."""
    if not arg:
        return _ACCENT_ALONE.get(accent, "")
    base = {"ı": "i", "ȷ": "j"}.get(arg[0], arg[0])
    return unicodedata.normalize("NFC", base + _ACCENT_TO_MARK[accent]) + arg[1:]


class _Decoder:
    """A single left-to-right pass over a field value, linear in its length.

    Accents wait on a stack for their argument: the next character or symbol
    (``\\"a``, ``\\'\\i``), or a whole ``{…}`` group (``\\v{s}``, ``\\^{\\d{e}}``). Nothing
    recurses, so any nesting depth is safe.
    """

    __slots__ = ("out", "stack")

    def __init__(self) -> None:
        self.out: list[str] = []
        # ("next", accent, 0): waits for the next piece; ("group", accent, start): an
        # accent's {argument} whose text starts at out[start]; ("brace", "", n): n plain
        # groups.
        self.stack: list[tuple[str, str, int]] = []

    def emit(self, piece: str) -> None:
        stack = self.stack
        while stack and stack[-1][0] == "next":
            if not piece:
                return
            piece = _apply_accent(stack.pop()[1], piece[0]) + piece[1:]
        self.out.append(piece)

    def waiting(self) -> bool:
        return bool(self.stack) and self.stack[-1][0] == "next"

    def open_groups(self, k: int) -> None:
        """``k`` opening braces; the first may be an accent's argument."""
        stack = self.stack
        if stack and stack[-1][0] == "next":
            stack[-1] = ("group", stack[-1][1], len(self.out))
            k -= 1
        if k:
            if stack and stack[-1][0] == "brace":
                stack[-1] = ("brace", "", stack[-1][2] + k)
            else:
                stack.append(("brace", "", k))

    def close_groups(self, k: int) -> None:
        """``k`` closing braces; unbalanced ones are dropped."""
        stack = self.stack
        while k:
            while stack and stack[-1][0] == "next":  # an accent with an empty argument
                self.out.append(_ACCENT_ALONE.get(stack.pop()[1], ""))
            if not stack:
                return
            kind, accent, start = stack[-1]
            if kind == "brace":
                d = min(k, start)
                k -= d
                if d == start:
                    stack.pop()
                else:
                    stack[-1] = ("brace", "", start - d)
                continue
            stack.pop()
            k -= 1
            arg = "".join(self.out[start:])
            del self.out[start:]
            self.emit(_apply_accent(accent, arg))

    def finish(self) -> str:
        stack = self.stack
        while stack:  # unclosed groups end with the text
            if stack[-1][0] == "brace":
                stack.pop()
            else:
                self.close_groups(1)
        return "".join(self.out)


def _decode(text: str) -> str:
    dec = _Decoder()
    n = len(text)
    i = 0
    while i < n:
        match = _SPECIAL.search(text, i)
        start = n if match is None else match.start()
        if start > i:
            run = text[i:start]
            if dec.waiting():
                run = run.lstrip(" \t\n")
            if run:
                dec.emit(run)
        if match is None:
            break
        c = text[start]
        i = match.end()
        if c == "{":
            dec.open_groups(i - start)
        elif c == "}":
            dec.close_groups(i - start)
        elif c == "~":
            dec.emit("\xa0")
        elif c == "$":
            pass
        elif i >= n:
            dec.emit("\\")
        else:
            word = _COMMAND_WORD.match(text, i)
            if word is None:
                c = text[i]
                i += 1
                if c in _ACCENT_TO_MARK:
                    dec.stack.append(("next", c, 0))
                    i = _SPACE_RUN.match(text, i).end()  # type: ignore[union-attr]
                else:
                    dec.emit(_CONTROL_SYMBOLS.get(c, c))
                continue
            name = word.group()
            i = word.end()
            if name in _ACCENT_TO_MARK:
                dec.stack.append(("next", name, 0))
                i = _SPACE_RUN.match(text, i).end()  # type: ignore[union-attr]
                continue
            symbol = _SYMBOL_COMMANDS.get(name)
            if symbol is not None:
                if text.startswith("{}", i):
                    i += 2
                else:
                    i = _SPACE_RUN.match(text, i).end()  # type: ignore[union-attr]
                dec.emit(symbol)
            elif not (text.startswith("{", i) or text.startswith(" {", i)):
                # An unknown command word is kept as a word; one taking an argument
                # (\\emph{x}, \\url{x}) is dropped and its argument kept.
                dec.emit(name)
    return dec.finish()


def latex_decode(text: str) -> str:
    r"""Plain Unicode for a BibTeX field value (what :func:`latex_escape` inverts).

    >>> latex_decode(r"{T{\~o}nu} \& {\v{S}}ar\'{\i}")
    'Tõnu & Šarí'
    >>> latex_decode(r"\textbackslash{}input\textbraceleft{}x\textbraceright{}")
    '\\input{x}'
    >>> latex_decode(r"\emph{Kazakhstan} 50\%~off")
    'Kazakhstan 50%\xa0off'
    """
    if _ANY_SPECIAL.search(text) is None:
        return text
    return _decode(text)


# --------------------------------------------------------------------------- reading

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NUMBERS = {
    **{m: i for i, m in enumerate(_MONTHS, 1)},
    **{m.lower(): i for i, m in enumerate(_MONTH_NAMES, 1)},
    **{str(i): i for i in range(1, 13)},
    **{f"{i:02d}": i for i in range(1, 13)},
}
_TYPE_KINDS = {
    "article": Kind.ARTICLE,
    "online": Kind.WEBPAGE,
    "www": Kind.WEBPAGE,
    "electronic": Kind.WEBPAGE,
    "webpage": Kind.WEBPAGE,
    "legislation": Kind.LEGAL,
    "legal": Kind.LEGAL,
    "law": Kind.LEGAL,
    "jurisdiction": Kind.LEGAL,
    "report": Kind.REPORT,
    "techreport": Kind.REPORT,
    "book": Kind.BOOK,
    "mvbook": Kind.BOOK,
    "booklet": Kind.BOOK,
    "inbook": Kind.CHAPTER,
    "incollection": Kind.CHAPTER,
    "inproceedings": Kind.CHAPTER,
    "bookinbook": Kind.CHAPTER,
}
_MISC_TYPE_KINDS = {
    "web page": Kind.WEBPAGE,
    "webpage": Kind.WEBPAGE,
    "website": Kind.WEBPAGE,
    "online": Kind.WEBPAGE,
    "law": Kind.LEGAL,
    "legislation": Kind.LEGAL,
    "statute": Kind.LEGAL,
}
_OUTLET_FIELDS = (
    "journaltitle",
    "journal",
    "institution",
    "publisher",
    "organization",
    "howpublished",
    "school",
)
_YEAR = re.compile(r"\d{4}")
_URL_COMMAND = re.compile(r"\\url\{([^{}]*)\}")


def _date_from_iso(value: str | None) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.fromisoformat(value)
    except InvalidDateError:
        return None


def _date_from_parts(fields: Mapping[str, str]) -> PartialDate | None:
    year_match = _YEAR.search(fields.get("year", ""))
    if year_match is None:
        return None
    year = int(year_match.group())
    month = _MONTH_NUMBERS.get(latex_decode(fields.get("month", "")).strip().lower().rstrip("."))
    day_text = fields.get("day", "").strip()
    day = int(day_text) if day_text.isdigit() else None
    for args in ((year, month, day), (year, month, None), (year, None, None)):
        try:
            return PartialDate(*args)
        except InvalidDateError:
            continue
    return None


def _language(value: str) -> str:
    _, names = _babel()
    key = value.strip().lower()
    return names.get(key, key)


def _person(person: Any) -> Person:
    first = [*person.first_names, *person.middle_names]
    last = [*person.prelast_names, *person.last_names]
    lineage = list(person.lineage_names)
    if not first and not lineage and len(last) == 1:
        token = last[0]
        if token.startswith("{") and token.endswith("}") and _group_end(token) == len(token):
            return Person(literal=latex_decode(token[1:-1]))
    given = " ".join(first + lineage)
    return Person(family=latex_decode(" ".join(last)), given=latex_decode(given))


def _group_end(token: str) -> int:
    """Index just after the brace group that opens ``token``."""
    depth = 0
    for i, c in enumerate(token):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def _text(fields: Mapping[str, str], name: str) -> str | None:
    value = fields.get(name)
    if value is None:
        return None
    return latex_decode(value).strip() or None


def reference_from_entry(entry: Any) -> Reference:
    """A :class:`Reference` from one ``pybtex.database.Entry`` (decoded from LaTeX)."""
    fields: Mapping[str, str] = entry.fields
    entry_type = entry.type.lower()
    kind = _TYPE_KINDS.get(entry_type, Kind.OTHER)
    type_field = (_text(fields, "type") or "").lower()
    if entry_type == "misc":
        kind = _MISC_TYPE_KINDS.get(type_field, Kind.OTHER)
    outlet = next((v for f in _OUTLET_FIELDS if (v := _text(fields, f))), None)
    url = fields.get("url", "").strip() or None
    if url is None:
        for name in ("howpublished", "note"):
            found = _URL_COMMAND.search(fields.get(name, ""))
            if found:
                url = found.group(1)
                if outlet and outlet.strip() == url:
                    outlet = None
                break
    translated = _text(fields, "titleaddon")
    if translated and translated.startswith("[") and translated.endswith("]"):
        translated = translated[1:-1]
    language_value = fields.get("langid") or fields.get("language")
    if kind is Kind.ARTICLE:
        issue, number = _text(fields, "number"), _text(fields, "eid")
    else:
        issue, number = _text(fields, "issue"), _text(fields, "number")
    authors = tuple(_person(p) for p in entry.persons.get("author", ()))
    return Reference(
        raw="",
        kind=kind,
        title=_text(fields, "title"),
        authors=tuple(p for p in authors if p.family or p.given or p.literal),
        outlet=outlet,
        date=_date_from_iso(fields.get("date")) or _date_from_parts(fields),
        url=url,
        language=_language(latex_decode(language_value)) if language_value else None,
        access_date=_date_from_iso(fields.get("urldate")),
        volume=_text(fields, "volume"),
        issue=issue,
        pages=_text(fields, "pages"),
        number=number,
        place=_text(fields, "location") or _text(fields, "address"),
        doi=fields.get("doi", "").strip() or None,
        translated_title=translated or None,
        note=_text(fields, "note"),
    )


def read_bibtex(text: str) -> list[Reference]:
    """References from a BibTeX/BibLaTeX file, in file order (parsed by pybtex).

    Field values are decoded from LaTeX to Unicode (see :func:`latex_decode`); ``raw``
    is empty because a .bib entry is not a reference line. A file pybtex cannot parse
    (syntax error, repeated key, undefined macro) raises :class:`~kzcite.errors.InputError`.

    >>> [r.title for r in read_bibtex("@misc{a, title = {{A \\\\& B}}}")]
    ['A & B']
    """
    try:
        # the parser class directly: parse_string's plugin lookup scans every installed
        # package's entry points (milliseconds per call)
        data = pybtex.database.input.bibtex.Parser().parse_string(text)
    except PybtexError as exc:
        raise InputError(f"not readable as BibTeX: {exc}") from None
    return [reference_from_entry(entry) for entry in data.entries.values()]
