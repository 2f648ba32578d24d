"""Formatted bibliographies, in-text citations and notes from declarative styles.

A style (see :mod:`kzcite.styles`) is a list of template parts per kind of reference;
rendering walks the parts, builds a list of formatted segments (plain, italic, bold,
link), collapses clashing punctuation (``Title?.`` -> ``Title?``) and then writes the
segments out as plain text, HTML, Markdown or LaTeX. Every piece of reference text is
escaped for the output format, so a hostile title cannot inject markup.

>>> from kzcite.records import Kind, PartialDate, Person, Reference
>>> ref = Reference(raw="", kind=Kind.ARTICLE, title="Kasahstan liigub eemale",
...     authors=(Person("Kressa", "Kaarel"),), outlet="Eesti Päevaleht",
...     date=PartialDate(2022, 6, 1), url="https://epl.delfi.ee/a/1")
>>> print(render_entry(ref, "apa-7"))
Kressa, K. (2022, June 1). Kasahstan liigub eemale. Eesti Päevaleht. https://epl.delfi.ee/a/1
>>> print(render_entry(ref, "apa-7", format="md"))
Kressa, K. (2022, June 1). Kasahstan liigub eemale. *Eesti Päevaleht*. <https://epl.delfi.ee/a/1>
>>> render_citation([ref], "apa-7")
'(Kressa, 2022)'
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from kzcite._collate import script_of, sort_key
from kzcite.errors import StyleError, UnknownSchemeError
from kzcite.records import PartialDate, Person, Reference
from kzcite.styles import Cond, NameFormat, Part, Style, load_style

__all__ = [
    "FORMATS",
    "entry_runs",
    "render",
    "render_citation",
    "render_entry",
    "render_note",
    "sort_references",
]

FORMATS = ("text", "html", "md", "latex")

_ITALIC = 1
_BOLD = 2
_QOPEN = 4
_QCLOSE = 8
_ISSUED = 16  # a segment printing the publication date (sort keys, 2022a suffixes)
_FONT_FLAGS = {"": 0, "italic": _ITALIC, "bold": _BOLD}

# Control characters become spaces; bidi overrides (text-spoofing) are dropped.
_CLEAN = str.maketrans(
    {
        **{c: " " for c in range(0x20)},
        0x7F: None,
        **{c: None for c in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))},
    }
)
_NONLATIN_RE = re.compile(r"[\u0370-\u1DFF\u1F00-\u1FFF\u2C00-\U0010FFFF]")
_SAFE_SCHEME_RE = re.compile(r"(?i)(?:https?|ftps?)://")
_SCHEME_RE = re.compile(r"(?i)^(?:https?://)?(?:www\.)?")
_DOI_PREFIX_RE = re.compile(r"(?i)^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)")
_WORD_RE = re.compile(r"\S+")
# Function words a shortened title does not end on (CMOS 14.32, MLA 6.x).
_SHORT_DROP = frozenset(
    {
        *("the", "a", "an", "of", "in", "on", "and", "or", "for", "to", "with", "at", "by"),
        *("from", "as", "и", "в", "во", "на", "о", "об", "по", "с", "со", "за", "для", "от"),
        *("к", "из", "мен", "және"),
    }
)
# APA 6.17 / CMOS 8.159: words kept lower case in headline-style titles.
_MINOR_WORDS = frozenset(
    {
        *("a", "an", "the", "and", "as", "but", "for", "if", "nor", "or", "so", "yet"),
        *("at", "by", "in", "of", "off", "on", "per", "to", "up", "via"),
    }
)
_TITLE_WORD_RE = re.compile(r"(?<![\w'’\u0300-\u036f])\w[\w'’\u0300-\u036f]*")
_SHORT_STOP_RE = re.compile(r"[:.?!;]\s")
_PAGE_RANGE_RE = re.compile(r"(?<=\w)\s*[-‐‑–—]+\s*(?=\w)")
# Markdown specials that can start markup anywhere in a line; ``(`` ``)`` ``!`` only
# matter after ``]``, which is escaped, and ``&`` only when it spells an entity.
_MD_SPECIAL_RE = re.compile(r"([\\`*_\[\]<>#|~$])|&(?=#?[A-Za-z0-9]+;)")
_MD_LINE_START_RE = re.compile(r"^(?:[-+=]|\d+(?=[.)]))")
_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "#": r"\#",
    "&": r"\&",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "$": r"\$",
    "_": r"\_",
}
_LATEX_RE = re.compile(r"[\\{}%#&~^$_]")
_URL_UNSAFE_RE = re.compile(r"[\s<>\"'{}\\^`|]")


def _clean(value: str | None) -> str:
    """Field text with whitespace runs collapsed and control characters removed."""
    if not value:
        return ""
    return " ".join(value.translate(_CLEAN).split())


def _is_nonlatin(text: str) -> bool:
    return _NONLATIN_RE.search(text) is not None


@functools.cache
def _romanizer() -> Callable[..., str] | None:
    try:
        from kzcite.romanize import romanize  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return romanize  # type: ignore[no-any-return,unused-ignore]


@functools.lru_cache(maxsize=8192)
def _romanize(text: str, scheme: str, lang: str | None) -> str:
    """Romanized ``text``; the text itself when kzcite.romanize is missing or fails.

    Cached (bounded): a bibliography repeats outlets and names, and every entry is
    rendered twice when a list is sorted by its entries.
    """
    fn = _romanizer()
    if fn is None:
        return text
    try:
        return str(fn(text, scheme, lang=lang))
    except (UnknownSchemeError, ValueError):
        return text


# --------------------------------------------------------------------------- output


class _Out:
    """Segments ``[text, flags, href, affix]`` with punctuation collapsing on append."""

    __slots__ = ("in_quote", "root", "segs")

    def __init__(self, in_quote: bool, root: bool = True) -> None:
        self.segs: list[list[Any]] = []
        self.in_quote = in_quote
        self.root = root

    def add(self, text: str, flags: int = 0, href: str | None = None, affix: bool = False) -> None:
        if not text:
            return
        segs = self.segs
        if not segs:
            if affix and self.root:
                text = text.lstrip(" ,;:.")
                if not text:
                    return
            segs.append([text, flags, href, affix])
            return
        c = text[0]
        if affix and c in ".,;: ":
            if c != " " and segs[-1][0].endswith(" ") and segs[-1][2] is None:
                segs[-1][0] = segs[-1][0].rstrip(" ")
                if not segs[-1][0]:
                    segs.pop()
                    if not segs:
                        self.add(text, flags, href, affix)
                        return
            last = segs[-1]
            p = last[0][-1]
            if c == " " and p == " ":
                text = text.lstrip(" ")
            elif last[1] & _QCLOSE and self.in_quote and c in ".,":
                before = segs[-2][0][-1:] if len(segs) > 1 else ""
                if before not in (".", "?", "!", "…"):
                    segs.insert(len(segs) - 1, [c, last[1] & ~_QCLOSE, None, True])
                text = text[1:]
            elif (c == "." and p in ".?!…") or (c in ",;:" and p in "?!") or c == p:
                text = text[1:]
            elif c in ".;" and p in ",;:" and last[3]:  # "Publisher, " + ". " -> "Publisher. "
                last[0] = last[0][:-1]
                if not last[0]:
                    segs.pop()
            if text.startswith(" ") and segs[-1][0].endswith(" "):
                text = text.lstrip(" ")
            if not text:
                return
        segs.append([text, flags, href, affix])

    def extend(self, other: _Out) -> None:
        for text, flags, href, affix in other.segs:
            self.add(text, flags, href, affix)


def _runs(segs: list[list[Any]]) -> list[tuple[str, int, str | None]]:
    """Merge neighbouring segments of the same font (links stay on their own)."""
    out: list[tuple[str, int, str | None]] = []
    for text, flags, href, _affix in segs:
        f = flags & (_ITALIC | _BOLD)
        if out and href is None and out[-1][2] is None and out[-1][1] == f:
            out[-1] = (out[-1][0] + text, f, None)
        else:
            out.append((text, f, href))
    if out and out[-1][2] is None:
        out[-1] = (out[-1][0].rstrip(), out[-1][1], None)
    return out


def _safe_href(href: str) -> str | None:
    return href if _SAFE_SCHEME_RE.match(href) else None


def _url_quote(href: str) -> str:
    return _URL_UNSAFE_RE.sub(lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), href)


def _md_escape(text: str) -> str:
    return _MD_SPECIAL_RE.sub(lambda m: "\\" + m[0], text)


def _latex_escape(text: str) -> str:
    return _LATEX_RE.sub(lambda m: _LATEX_SPECIAL[m[0]], text)


def _wrap(body: str, flags: int, fmt: str) -> str:
    if not body.strip():
        return body
    lead = body[: len(body) - len(body.lstrip())]
    trail = body[len(body.rstrip()) :]
    core = body.strip()
    if flags & _ITALIC:
        core = {"html": "<i>{}</i>", "md": "*{}*", "latex": r"\emph{{{}}}"}[fmt].format(core)
    if flags & _BOLD:
        core = {"html": "<b>{}</b>", "md": "**{}**", "latex": r"\textbf{{{}}}"}[fmt].format(core)
    return lead + core + trail


def _serialize(segs: list[list[Any]], fmt: str) -> str:
    runs = _runs(segs)
    if fmt == "text":
        return "".join(r[0] for r in runs)
    parts: list[str] = []
    for text, flags, href in runs:
        link = _safe_href(href) if href else None
        if fmt == "html":
            body = html.escape(text, quote=False)
            if link:
                body = f'<a href="{html.escape(_url_quote(link), quote=True)}">{body}</a>'
        elif fmt == "md":
            if link and text == link:
                body = f"<{_url_quote(link)}>"
            elif link:
                body = f"[{_md_escape(text)}](<{_url_quote(link)}>)"
            else:
                body = _md_escape(text)
        else:  # latex
            if link:
                url = _url_quote(link).replace("%", r"\%").replace("#", r"\#")
                if text == link:
                    body = rf"\url{{{url}}}"
                else:
                    body = rf"\href{{{url}}}{{{_latex_escape(text)}}}"
            else:
                body = _latex_escape(text)
        parts.append(_wrap(body, flags, fmt) if not link else body)
    out = "".join(parts)
    if fmt == "md":  # a list marker or heading at the start would become markup
        m = _MD_LINE_START_RE.match(out)
        if m:
            end = m.end()
            out = out[:end] + "\\" + out[end:] if out[end : end + 1] in ".)" else "\\" + out
    return out


# --------------------------------------------------------------------------- context


class _Ctx:
    __slots__ = ("number", "out", "ref", "style", "suppressed", "truncated")

    def __init__(self, ref: Reference, style: Style, number: int = 0) -> None:
        self.ref = ref
        self.style = style
        self.number = number
        self.suppressed: set[str] = set()
        self.truncated = any(d.code == "truncated-title" for d in ref.diagnostics)


def _nl(ctx: _Ctx, text: str, field: str) -> str:
    """Apply the style's non-Latin policy to ``text`` of ``field``."""
    style = ctx.style
    policy = style.non_latin_policy
    if policy in ("keep", "translate") or field not in style.non_latin_fields:
        return text
    if not _is_nonlatin(text):
        return text
    roman = _romanize(text, style.non_latin_scheme, ctx.ref.language)
    if policy == "romanize+original" and roman != text:
        return style.combine.format(romanized=roman, original=text)
    return roman


def _initials(given: str, initialize_with: str) -> str:
    dot = initialize_with.rstrip()
    space = initialize_with[len(dot) :]
    words = []
    for word in given.split():
        pieces = [p for p in word.split("-") if p]
        letters = []
        for piece in pieces:
            first = next((ch for ch in piece if ch.isalpha()), "")
            if first:
                letters.append(first.upper() + dot)
        if letters:
            words.append("-".join(letters))
    return space.join(words) if space else "".join(words)


def _person(ctx: _Ctx, person: Person, nf: NameFormat, first: bool) -> str:
    if person.literal:
        return _nl(ctx, _clean(person.literal), "author")
    family = _nl(ctx, _clean(person.family), "author")
    given = _nl(ctx, _clean(person.given), "author")
    if nf.family_case == "upper":
        family = family.upper()
    if nf.display == "family" or not given:
        return family or given
    if nf.initials:
        given = _initials(given, nf.initialize_with) or given
    order = nf.order if first else nf.others_order
    if order == "family":
        return f"{family}{nf.sort_separator}{given}"
    return f"{given} {family}"


def _names(ctx: _Ctx, persons: Sequence[Person], nf: NameFormat) -> str:
    n = len(persons)
    if nf.et_al_min and n >= nf.et_al_min:
        shown = [_person(ctx, p, nf, i == 0) for i, p in enumerate(persons[: nf.et_al_use_first])]
        if nf.et_al_use_last:
            last = _person(ctx, persons[-1], nf, False)
            # APA 9.8: the first 19, an ellipsis of spaced periods, then the last
            return nf.delimiter.join(shown) + nf.delimiter + ". . . " + last
        return nf.delimiter.join(shown) + nf.et_al_delimiter + nf.et_al
    names = [_person(ctx, p, nf, i == 0) for i, p in enumerate(persons)]
    if n == 1:
        return names[0]
    if not nf.and_:
        return nf.delimiter.join(names)
    dbl = nf.delimiter_before_last
    comma = (
        dbl == "always"
        or (dbl == "contextual" and n >= 3)
        or (dbl == "after-inverted" and (n >= 3 or nf.order == "family"))
    )
    last_join = (nf.delimiter.rstrip() if comma else "") + f" {nf.and_} "
    return nf.delimiter.join(names[:-1]) + last_join + names[-1]


def _date(ctx: _Ctx, d: PartialDate, form: str) -> str:
    df = ctx.style.date_form(form)
    months = ctx.style.months
    if d.month is None:
        return df.year.format(year=d.year)
    m = d.month - 1
    values = {
        "year": d.year,
        "month": months["months"][m],
        "month_short": months["months_short"][m],
        "month_gen": months["months_gen"][m],
        "month_gen_short": months["months_gen_short"][m],
        "mm": f"{d.month:02d}",
        "m": d.month,
        "dd": f"{d.day:02d}" if d.day else "",
        "d": d.day or "",
    }
    return (df.day if d.day is not None else df.month).format_map(values)


def _short_title(title: str) -> str:
    m = _SHORT_STOP_RE.search(title)
    if m:  # a question or exclamation ends the short title with its mark
        title = title[: m.start() + (title[m.start()] in "?!")]
    words = _WORD_RE.findall(title)[:4]
    while len(words) > 1 and words[-1].casefold() in _SHORT_DROP:
        words.pop()
    return " ".join(words).rstrip(",;:")


def _case(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    if case == "capitalize-first" and text:
        return text[0].upper() + text[1:]
    if case == "title":
        return _TITLE_WORD_RE.sub(_title_word, text)
    return text


def _title_word(m: re.Match[str]) -> str:
    word = m[0]
    if m.start() and word.casefold() in _MINOR_WORDS:
        return word
    return word[0].upper() + word[1:]


# --------------------------------------------------------------------------- walking


def _check(ctx: _Ctx, cond: Cond) -> bool:
    if cond.any_of:
        return any(_check(ctx, alt) for alt in cond.any_of)
    ref = ctx.ref
    name = cond.name
    if cond.op:
        if name == "authors":
            n, v = len(ref.authors), int(cond.value)
            res = {
                "<": n < v,
                ">": n > v,
                "<=": n <= v,
                ">=": n >= v,
                "=": n == v,
            }[cond.op]
        elif name == "date":
            res = ref.date is not None and ref.date.precision.value == cond.value
        elif name == "kind":
            res = ref.kind.value == cond.value
        elif name == "lang":
            res = (ref.language or "") == cond.value
        elif name == "script":
            res = script_of(ref.title or ref.outlet or "") == cond.value
        else:  # mode
            res = ctx.style.mode == cond.value
    elif name in ("author", "authors"):
        res = bool(ref.authors)
    elif name == "truncated":
        res = ctx.truncated
    elif name == "nonlatin":
        res = _is_nonlatin(ref.title or "")
    else:
        res = bool(getattr(ref, name))
    return res != cond.negate


def _var(ctx: _Ctx, part: Part, flags: int) -> list[tuple[str, int, str | None]]:
    """The segments a variable prints (empty when it has no value)."""
    ref = ctx.ref
    style = ctx.style
    var = part.var
    text = ""
    if var == "author":
        if ref.authors:
            text = _names(ctx, ref.authors, style.name_format(part.form))
    elif var == "title":
        raw = _clean(ref.title)
        if not raw:
            return []
        translated = _clean(ref.translated_title)
        if style.non_latin_policy == "translate" and translated and _is_nonlatin(raw):
            title, translated = translated, ""
        else:
            title = _nl(ctx, raw, "title")
        if part.form == "short":
            title = _short_title(title)
            translated = ""
        elif ctx.truncated and not title.endswith(("…", "...")):
            title += style.ellipsis
        title = _case(title, part.case)
        segs: list[tuple[str, int, str | None]] = []
        if part.quotes:
            segs.append((style.quote_open, flags | _QOPEN, None))
            segs.append((title, flags, None))
            segs.append((style.quote_close, flags | _QCLOSE, None))
        else:
            segs.append((title, flags, None))
        if (
            translated
            and style.translation == "brackets"
            and part.form != "plain"
            and translated != title
        ):
            segs.append((f" [{translated}]", flags & ~_ITALIC, None))
        return segs
    elif var == "outlet":
        text = _nl(ctx, _clean(ref.outlet), "outlet")
    elif var in ("date", "access_date"):
        d = ref.date if var == "date" else ref.access_date
        if d is not None:
            text = _date(ctx, d, part.form or ("issued" if var == "date" else "access"))
            if var == "date":
                flags |= _ISSUED
    elif var == "year":
        if ref.date is not None:
            text = str(ref.date.year)
            flags |= _ISSUED
    elif var == "url":
        url = _clean(ref.url).replace(" ", "%20")
        if not url:
            return []
        shown = _SCHEME_RE.sub("", url) if part.form == "bare" else url
        return [(shown, flags, url)]
    elif var == "doi":
        doi = _DOI_PREFIX_RE.sub("", _clean(ref.doi)).replace(" ", "")
        if not doi:
            return []
        if part.form == "plain":
            text = doi
        else:
            link = f"https://doi.org/{doi}"
            return [(link, flags, link)]
    elif var == "pages":
        pages = _clean(ref.pages)
        text = _PAGE_RANGE_RE.sub(style.page_range, pages)
        if text and part.form == "label":
            many = text != pages or style.page_range in text or "," in text
            label = style.terms.get("pages_label" if many else "page_label", "")
            text = label + text
    elif var == "place":
        text = _nl(ctx, _clean(ref.place), "place")
    elif var == "number":
        text = _clean(ref.number)
        if text and text in (ref.title or ""):  # "… от 8 сентября 2017 года № 554"
            return []
    elif var == "citation_number":
        text = str(ctx.number) if ctx.number else ""
    else:
        text = _clean(getattr(ref, var))
    if not text:
        return []
    text = _case(text, part.case)
    if part.quotes:
        return [
            (style.quote_open, flags | _QOPEN, None),
            (text, flags, None),
            (style.quote_close, flags | _QCLOSE, None),
        ]
    return [(text, flags, None)]


def _walk(ctx: _Ctx, parts: Sequence[Part], out: _Out, delimiter: str, flags: int) -> bool:
    """Render ``parts`` into ``out``; True when at least one variable printed."""
    printed = False
    any_out = False
    for part in parts:
        if part.conds and not all(_check(ctx, c) for c in part.conds):
            continue
        pflags = flags | _FONT_FLAGS[part.font]
        if part.var:
            if part.var in ctx.suppressed:
                continue
            segs = _var(ctx, part, pflags)
            if segs:
                if any_out and delimiter:
                    out.add(delimiter, flags, None, True)
                out.add(part.prefix, flags, None, True)
                for text, f, href in segs:
                    out.add(text, f, href)
                out.add(part.suffix, flags, None, True)
                printed = any_out = True
                continue
            for sub in part.substitute:
                tmp = _Out(out.in_quote, root=False)
                before = set(ctx.suppressed)
                used = _collect_vars(sub)
                got = _walk(ctx, (sub,), tmp, "", flags)
                if tmp.segs and (got or not used):
                    ctx.suppressed = before | used
                    if any_out and delimiter:
                        out.add(delimiter, flags, None, True)
                    out.add(part.prefix, flags, None, True)
                    out.extend(tmp)
                    out.add(part.suffix, flags, None, True)
                    printed = any_out = True
                    break
            continue
        if part.is_group:
            tmp = _Out(out.in_quote, root=False)
            has_vars = bool(_collect_vars(part))
            got = _walk(ctx, part.group, tmp, part.delimiter, pflags)
            if tmp.segs and (got or not has_vars):
                if any_out and delimiter:
                    out.add(delimiter, flags, None, True)
                out.add(part.prefix, flags, None, True)
                out.extend(tmp)
                out.add(part.suffix, flags, None, True)
                any_out = True
                printed = printed or got
            continue
        text = part.text or ctx.style.terms.get(part.term, "")
        if text:
            if any_out and delimiter:
                out.add(delimiter, flags, None, True)
            out.add(part.prefix, flags, None, True)
            quoted = part.quotes
            if quoted:
                out.add(ctx.style.quote_open, pflags | _QOPEN)
            out.add(_case(text, part.case), pflags, None, not quoted)
            if quoted:
                out.add(ctx.style.quote_close, pflags | _QCLOSE)
            out.add(part.suffix, flags, None, True)
            any_out = True
    return printed


def _collect_vars(part: Part) -> frozenset[str]:
    return part.vars


def _style(style: str | Style) -> Style:
    return style if isinstance(style, Style) else load_style(style)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")


def _entry_segs(ref: Reference, style: Style, parts: Sequence[Part], number: int = 0) -> _Out:
    ctx = _Ctx(ref, style, number)
    out = _Out(style.in_quote)
    _walk(ctx, parts, out, "", 0)
    return out


# --------------------------------------------------------------------------- public


def render_entry(
    ref: Reference, style: str | Style = "apa-7", *, format: str = "text", number: int = 0
) -> str:
    """One bibliography entry of ``ref`` in ``style`` (no list markup around it).

    ``number`` is the entry's number for numeric styles that print it in the entry.
    """
    _check_format(format)
    st = _style(style)
    out = _entry_segs(ref, st, st.template(ref.kind.value), number)
    return _serialize(out.segs, format)


def render_note(
    ref: Reference, style: str | Style = "chicago-17-nb", *, format: str = "text"
) -> str:
    """The full note (footnote) form of ``ref``, without a note number.

    Styles without a ``[notes]`` table (all but ``chicago-17-nb`` among the built-in
    ones) give their bibliography entry, which is what their manuals put in a note.
    """
    _check_format(format)
    st = _style(style)
    parts = st.note_template(ref.kind.value) or st.template(ref.kind.value)
    return _serialize(_entry_segs(ref, st, parts).segs, format)


def _articles_stripped(text: str, articles: tuple[str, ...]) -> str:
    text = text.lstrip(" \"'“”„«»‘’([")
    if articles:
        head, _, rest = text.partition(" ")
        if rest and head.casefold() in articles:
            return rest
    return text


def _sort_segs(
    refs: list[Reference], style: Style, locale: str | None
) -> list[tuple[Reference, list[list[Any]] | None]]:
    """``refs`` sorted, each with its rendered segments when sorting needed them."""
    if style.sort_order == "input":
        return [(r, None) for r in refs]
    loc = locale or style.locale
    scripts = style.script_order
    articles = style.ignore_articles
    keyed = []
    for i, ref in enumerate(refs):
        key: list[Any] = []
        segs = None
        for k in style.sort_keys:
            if k == "entry":
                segs = _entry_segs(ref, style, style.template(ref.kind.value)).segs
                plain = _sort_text(segs, ref)
                key.append(sort_key(_articles_stripped(plain, articles), loc, scripts))
            elif k == "author":
                names = " ".join(p.family or p.literal for p in ref.authors) or ref.title or ""
                key.append(sort_key(names, loc, scripts))
            elif k == "title":
                key.append(sort_key(_articles_stripped(ref.title or "", articles), loc, scripts))
            else:
                key.append(ref.date.isoformat() if ref.date else "")
        key.append(i)
        keyed.append((key, ref, segs))
    keyed.sort(key=lambda kr: kr[0])
    return [(r, segs) for _, r, segs in keyed]


def _sort_text(segs: list[list[Any]], ref: Reference) -> str:
    """The entry's text with its publication date in ISO form, so that one author's
    works sort by date (2022-03 before 2022-06), not by month name."""
    iso = ref.date.isoformat() if ref.date is not None else ""
    return "".join(iso if seg[1] & _ISSUED else seg[0] for seg in segs)


def _letters(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa: the suffix of the n-th work of one author-year."""
    return (_letters(n // 26 - 1) if n >= 26 else "") + chr(97 + n % 26)


def _year_suffixes(ordered: Sequence[Reference], style: Style) -> dict[int, str]:
    """Positions in ``ordered`` -> ``a``/``b``/... for works an author-date citation
    cannot tell apart (same citation text, same year): APA 8.19, CMOS 15.19."""
    if style.mode != "author-date" or not any(
        {"year", "date"} & _collect_vars(p) for p in style.cite_template
    ):
        return {}
    rough: dict[tuple[int, str], list[int]] = {}
    for i, ref in enumerate(ordered):
        if ref.date is not None:
            first = ref.authors[0].family if ref.authors else (ref.outlet or ref.title or "")
            rough.setdefault((ref.date.year, first.casefold()), []).append(i)
    out: dict[int, str] = {}
    for idxs in rough.values():
        if len(idxs) < 2:
            continue
        exact: dict[str, list[int]] = {}
        for i in idxs:
            ctx = _Ctx(ordered[i], style)
            ctx.suppressed.update(("year", "date"))
            one = _Out(style.in_quote)
            _walk(ctx, style.cite_template, one, "", 0)
            exact.setdefault(_serialize(one.segs, "text").casefold(), []).append(i)
        for group in exact.values():
            if len(group) > 1:
                out.update((i, _letters(n)) for n, i in enumerate(group))
    return out


def _add_suffix(segs: list[list[Any]], ref: Reference, suffix: str) -> list[list[Any]]:
    if not suffix or ref.date is None:
        return segs
    year = str(ref.date.year)
    return [
        [seg[0].replace(year, year + suffix, 1), *seg[1:]] if seg[1] & _ISSUED else seg
        for seg in segs
    ]


def _sort(refs: list[Reference], style: Style, locale: str | None) -> list[Reference]:
    return [r for r, _ in _sort_segs(refs, style, locale)]


def _numbers_in_entries(style: Style) -> bool:
    return any(
        "citation_number" in _collect_vars(part)
        for parts in style.templates.values()
        for part in parts
    )


def sort_references(
    refs: Iterable[Reference], style: str | Style = "apa-7", *, locale: str | None = None
) -> list[Reference]:
    """``refs`` in the order the style's bibliography lists them (stable)."""
    return _sort(list(refs), _style(style), locale)


def entry_runs(
    ref: Reference, style: str | Style = "apa-7", *, note: bool = False, number: int = 0
) -> list[tuple[str, bool, bool, str | None]]:
    """The entry as ``(text, italic, bold, href)`` runs, for other output back ends.

    ``href`` is set on link runs, to http(s)/ftp URLs only, with characters that could
    end an attribute or a tag percent-encoded; text is not escaped.
    """
    st = _style(style)
    parts = (note and st.note_template(ref.kind.value)) or st.template(ref.kind.value)
    runs = _runs(_entry_segs(ref, st, parts, number).segs)
    return [
        (text, bool(flags & _ITALIC), bool(flags & _BOLD), _href(href))
        for text, flags, href in runs
    ]


def _href(href: str | None) -> str | None:
    link = _safe_href(href) if href else None
    return _url_quote(link) if link else None


def render(
    refs: Iterable[Reference],
    style: str | Style = "apa-7",
    *,
    format: str = "text",
    locale: str | None = None,
) -> str:
    """A whole bibliography of ``refs``, sorted as the style says.

    ``locale`` overrides the style's locale for sorting (e.g. ``"et"`` puts ``Õ``
    after ``W``, ``"kk"`` orders Kazakh letters). HTML is an
    ``<ol class="bibliography">``, Markdown a list, LaTeX a ``thebibliography``.
    """
    _check_format(format)
    st = _style(style)
    numbered_entries = _numbers_in_entries(st)
    pairs = _sort_segs(list(refs), st, locale)
    suffixes = _year_suffixes([r for r, _ in pairs], st)
    entries = []
    for i, (r, segs) in enumerate(pairs, 1):
        if segs is None or numbered_entries:
            segs = _entry_segs(r, st, st.template(r.kind.value), i).segs
        entries.append(_serialize(_add_suffix(segs, r, suffixes.get(i - 1, "")), format))
    if format == "html":
        body = "".join(f"  <li>{e}</li>\n" for e in entries)
        return f'<ol class="bibliography">\n{body}</ol>\n'
    if format == "latex":
        body = "".join(f"\\bibitem{{kz{i}}} {e}\n" for i, e in enumerate(entries, 1))
        return f"\\begin{{thebibliography}}{{{len(entries)}}}\n{body}\\end{{thebibliography}}\n"
    if format == "md":
        if st.numbered:
            return "".join(f"{i}. {e}\n" for i, e in enumerate(entries, 1))
        return "".join(f"- {e}\n" for e in entries)
    if st.numbered:
        return "".join(st.number_format.format(n=i) + e + "\n" for i, e in enumerate(entries, 1))
    return "".join(e + "\n" for e in entries)


def render_citation(
    refs: Iterable[Reference],
    style: str | Style = "apa-7",
    *,
    format: str = "text",
    bibliography: Sequence[Reference] | None = None,
) -> str:
    """The in-text citation of ``refs`` together: ``(Kressa, 2022; Smith, 2020)``, ``[1, 3]``.

    Numeric styles number a reference by its place in ``bibliography`` sorted as the
    style sorts it (as :func:`render` prints it); without one, by its place in ``refs``.
    Author-date styles add ``a``, ``b``... to the year of works the citation could not
    tell apart, within ``bibliography`` (or within ``refs`` when none is given).
    """
    _check_format(format)
    st = _style(style)
    refs = list(refs)
    numbers: dict[int, int] = {}
    ordered = _sort(list(bibliography if bibliography is not None else refs), st, None)
    by_eq: dict[Reference, int] = {r: i for i, r in reversed(list(enumerate(ordered, 1)))}
    by_id = {id(r): i for i, r in enumerate(ordered, 1)}
    suffixes = _year_suffixes(ordered, st)
    if st.mode == "numeric" and bibliography is not None:
        numbers = by_id
    if not st.cite_template:
        raise StyleError(f"{st.path}: [citation].template: the style has no in-text form")
    out = _Out(st.in_quote)
    out.add(st.cite_prefix, 0, None, False)
    first = True
    for pos, ref in enumerate(refs, 1):
        number = pos
        if numbers:
            number = numbers.get(id(ref)) or by_eq.get(ref, 0)
        one = _Out(st.in_quote, root=False)
        _walk(_Ctx(ref, st, number), st.cite_template, one, "", 0)
        if not one.segs:
            continue
        place = by_id.get(id(ref)) or by_eq.get(ref, 0)
        one.segs = _add_suffix(one.segs, ref, suffixes.get(place - 1, "") if place else "")
        if not first:
            out.add(st.cite_delimiter, 0, None, True)
        out.extend(one)
        first = False
    out.add(st.cite_suffix, 0, None, True)
    return _serialize(out.segs, format)
