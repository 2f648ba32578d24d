"""Stage 3: parse one entry into a :class:`~kzcite.records.Reference`.

The parser is a cascade of small named steps over a working copy of the raw text in which
every consumed part is blanked out (so spans always point into ``raw``):

1. markup, list markers and inline labels are dropped;
2. whole-entry shapes are read first (RIS flattened on one line, Markdown links,
   news cards, ``By`` bylines, ``(Outlet | Outlet)`` attributions);
3. URLs, DOIs, then dates with their roles (access, registration and entry-into-force
   dates never become the publication date);
4. the remaining text is read by shape: legal-act designations, GOST ``//`` lines,
   quoted titles (news lists, MLA/OJS exports, journals in quotes), APA/Chicago/book
   lines, and ``Title (Outlet)`` / ``Title — Outlet`` lines.

Whatever is left over goes to ``note``: nothing of the raw text is dropped silently.

>>> ref = parse_reference("Eesti Päevaleht. Kressa, Kaarel, 01.06.2022, „Kasahstan liigub“;")
>>> ref.outlet, ref.authors[0].family, ref.date.isoformat(), ref.title
('Eesti Päevaleht', 'Kressa', '2022-06-01', 'Kasahstan liigub')
"""

from __future__ import annotations

import datetime
import functools
import html
import itertools
import re
from collections.abc import Callable, Iterable
from typing import Literal

import attrs

from kzcite import dates as _dates
from kzcite import lang as _lang
from kzcite import names as _names
from kzcite import outlets as _outlets
from kzcite._data import data_json
from kzcite._dedupe_keys import fold_confusables
from kzcite._lines import (
    HREF,
    LONGEST_ENTRY,
    STRING_LITERAL,
    attributed_summary_re,
    code_record_fields,
    gazette_pattern,
    header_of,
    inline_label,
    legal_acts,
    legal_word_alternation,
    numbering,
    relative_day_line,
    views_line,
    word_alternation,
)
from kzcite._quotes import QUOTE_CHARS, Quoted, closes, find_quoted
from kzcite.errors import InvalidDateError
from kzcite.records import (
    Diagnostic,
    FieldInfo,
    Kind,
    PartialDate,
    Person,
    Severity,
    Span,
)
from kzcite.records import Reference as Reference

__all__ = ["parse_reference", "split_references"]

_WS = re.compile(r"\s+")
_YEAR = r"(?:18|19|20)\d\d"  # a four-digit year a reference can carry
_MODERN_YEAR = r"(?:19|20)\d\d"  # where 18xx would be a number, not a year
_CODE_LITERAL = re.compile(  # 'p("…"),', JS 'kenesbaev: "…",', JSON '"ref1": "…",'
    r"(\s*(?:[A-Za-z_]\w{0,20}\(|[a-z_$][\w$]{0,40}\s?:\s?|\"[\w\-]{1,40}\"\s?:\s?)?([\"']))"
    r"(.{10,}?)(\2\)?(?:,|\s\+)?\s*)"  # "'<li>…</li>' +": a JS string joined to the next
)
# "(3, 'Title', 'Family, I.', 1847, 'Family, I. Title. – М., 1847'),": a row of a table kept
# as a tuple in program source; its longest string is the reference
_TUPLE_ROW = re.compile(r"\s*\((?=\d|')(.*)\)\s*,?\s*")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_MD_ESCAPE = re.compile(r"\\(?=[\[\]*_()#!\-.])")
_WIKI_INTERNAL = re.compile(r"\[\[(?:[^\[\]|]{1,100}\|)?([^\[\]|]{1,100})\]\]")
_MD_IMAGE = re.compile(r"!\[[^\[\]]{0,300}\]\([^\s()]{1,600}\)")
_AUTOLINK = re.compile(r"<(?:https?://|www\.)[^\s<>]+>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,1000})?/?>")
_URL = re.compile(  # the lookahead rejects most positions in one step
    r"(?=[hfw/])(?:(?:https?://|ftp://|www\.)[^\s<>\"«»“”`]+"
    r"|(?<![\w/:])//[a-z0-9-]+(?:\.[a-z0-9-]+)+/[^\s<>\"«»“”]*)",
    re.I,
)
_BARE_URL = re.compile(
    r"(?<![\w@/.\-])(?:[a-z0-9][a-z0-9\-]*\.)+(?:[a-z]{2}|com|org|net|info|media|asia|news|online)"
    r"/[^\s<>\"«»“”]*[\w/]"
)
_LETTER_SLASH = re.compile(r"[a-z]/")
_DOI = re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s\"<>]+)", re.I)
_MD_LINK = re.compile(  # (a site's own page by its path: "[Title](/news/2008/04/29/….md)")
    r"\[([^\[\]]{2,300})\]\s?\((\s*(?:https?://|www\.|/(?=\w))[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)\)"
)
_RIS_TAG = re.compile(r"(?:^|\s)([A-Z][A-Z0-9])  ?- ")


@functools.cache
def _trail_locator_re() -> re.Pattern[str]:
    bracket = _alternation(_labels()["bracket_locators"])
    trail = _alternation(_labels()["trail_locators"])
    return re.compile(
        rf"\s*(?:\((?:{bracket})\.?[^()]{{0,30}}\)|"
        rf"(?:{trail})\.?\s*\d[\w:–\-]*(?:\s*\(\d+\))?)",
        re.I,
    )


_URL_TRAIL = ".,;:!?»”“\"'’)]}>"
_SPACE_PUNCT = " \t\n.,;:—–-/|·•"


@functools.cache
def _pages_re() -> re.Pattern[str]:
    marks = _alternation(_labels()["page_marks"], ignore_case=False)
    return re.compile(rf"(?:\b(?:{marks})\.\s?|\b)(\d{{1,5}}\s?[-–—]\s?\d{{1,5}})\b")


_TITLE_END = re.compile(  # (an initial's dot, "Governor A.N. Troinitskii", ends nothing)
    r"\.\s[–—-]\s|(?<=[^\W\d][^\W\d])(?<!\bvs|\bDr|\bMr|\bMs|\bSt)(?<!\bMrs)\.\s+(?=[^\W\d_])"
    r"|(?<![\s.][A-ZА-ЯЁ])(?<!\bvs|\bDr|\bMr|\bMs|\bSt)(?<!\bMrs)[.?!]\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«„“\"])"
)


@functools.cache
def _byline_re() -> re.Pattern[str]:
    words = _alternation(_labels()["bylines"])
    return re.compile(
        rf"^\s*(?:{words})\s*[:—–-]?\s+"
        r"([^,;|·]*[^,;|·\s])(?=\s*(?:[,;|·]|$))",  # greedy, ends on a letter: linear
        re.I,
    )


_DASH_OUTLET = re.compile(r"\s[—–-]\s*+([^—–\n,]{2,60}?)[\s,.;]*+$")  # possessive: blank runs
_PAREN_GENRE = re.compile(r"(?<=[^\s(),]),\s*([^(),]{2,30})(?=\)\s*[.;]?\s*$)")
_PAREN_OUTLET = re.compile(r"\(([^(),]{2,60}?)[\s,]*\)\s*$")
_ATTRIBUTION = re.compile(r"^\s*\(([^()]{2,200})\)\s*$")
# a number mark before a series', issue's or act's number: "No. 14", "nr 3", "№ 5"
_NO_MARK = r"(?:(?:No|Nr|no|nr)\.?\s?|№\s?)"
_ISSUE_NO = re.compile(r"(?=[№n])(?:№|\bN|\bno\.|\bNo\.|\bnr\.?)\s?(\d[\w\-/]*)", re.I)
_ACT_NUMBER = re.compile(
    r"(?=[№Nn])(?:№|\bN|\bNr\.?|\bn°|\bNo\.)\s?"
    r"((?:\d|[IVXLC]{1,4}-\d|[A-ZА-ЯЁ][A-ZА-ЯЁ‘']{0,4}-\d)(?:[\w\-/.]*\w)?)"  # "УП-158"
)
_NUMBER_MARKED = re.compile(r"(?:No|Nr|no|nr)\.|№")  # a series' mark: "No. 87", "№ 5"
_STATUTE_NUMBER = re.compile(r"(?<=[^\W\d_])\s(\d{1,4}/(?:19|20)\d\d)\s*$")
_LOWER_NR = re.compile(r"(?<!\w)nr\.?\s?\d")
_ACT_NUMBER_SUFFIX = re.compile(
    # "684-son", "913-XII-son", "O‘RQ-834-son"
    r"(?<![\w-])((?:[^\W\d_][\w‘’']*-)?\d[\w/]*(?:-[IVXLC]+)?)-(?:son|сон)(?:li|ли)?(?!\w)"
)
_INITIALS_TAIL = re.compile(r"(?:\b[^\W\d_]{1,2}\.\s?){1,3}$")


@functools.cache
def _labels() -> dict[str, list[str]]:
    table: dict[str, list[str]] = data_json("labels.json")
    return table


_TOKEN = re.compile(r"\w+")

# The name, organisation and language tests are pure functions of a short string, and the
# same author, outlet and title fragments recur within a line and across a list: cache them.
_parse_names = functools.lru_cache(maxsize=8192)(_names.parse_names)
_is_organisation = functools.lru_cache(maxsize=8192)(_names.is_organisation)
_detect_language = functools.lru_cache(maxsize=8192)(_lang.detect_language)


def _persons_named(text: str, *, retry: bool | None = None) -> tuple[Person, ...] | None:
    """The persons ``text`` names (``Андрей Ярошенко``), or None for anything else.

    A strict parse first; when it fails, a lenient one if ``retry`` (None: when the last
    word ends like a family name). An organisation or a known outlet names no person.
    """
    persons = _parse_names(text)
    if persons is None and (retry if retry is not None else _surname_end_re().search(text)):
        persons = _parse_names(text, strict=False)
    if not persons or _is_organisation(text) or _known_outlet(text):
        return None
    return persons


@functools.cache
def _first_tokens(key: str) -> frozenset[str]:
    """The first word of every phrase of a word list: a cheap test before the regex."""
    if key == "legal":
        words: list[str] = [x for g in legal_acts().values() for x in g]
    elif key == "gazettes":
        words = list(data_json("legal.json")["gazettes"])
    else:
        words = list(_labels()[key])
    out = set()
    for word in words:
        found = _TOKEN.findall(word.casefold())
        if found:
            out.add(found[0])
    return frozenset(out)


@functools.cache
def _compound_end_re() -> re.Pattern[str]:
    """A word of the folded text that ends in an act word (``keeleseadus``)."""
    return re.compile(rf"(?:{word_alternation(_legal_compound_re()[0])})(?!\w)")


def _may_have(w: _Work, key: str) -> bool:
    if not w.tokens.isdisjoint(_first_tokens(key)):
        return True
    if key == "legal":
        # substring tests before the pattern (it tries every letter)
        return _has_compound_core(w.folded) and _compound_end_re().search(w.folded) is not None
    return False


@functools.cache
def _compound_cores() -> tuple[str, ...]:
    """The compound endings none of whose shorter endings occurs in them (``ordnung``, not
    also ``verordnung``): one of them stands wherever any ending does."""
    words = _legal_compound_re()[0]
    return tuple(x for x in words if not any(y != x and y in x for y in words))


def _has_compound_core(text: str) -> bool:
    """Does a compound act-word ending (``…seadus``, ``…ordnung``) stand in ``text``?"""
    return any(core in text for core in _compound_cores())


@functools.cache
def _source_lead_re() -> re.Pattern[str]:
    return re.compile(rf"\s*+(?:{_alternation(_labels()['source_leads'])})\s+(?=\S)", re.I)


_PROSE_AFTER_COMMA = re.compile(r",\s+([a-zа-яёәғқңөұүһі][\w.\-]*)")
_NOT_PROSE_WORDS = frozenset(
    ("accessed", "retrieved", "viewed", "vaadatud", "дата", "обращение", "доступ", "et", "і")
)


def _prose_after_comma(text: str, pos: int) -> bool:
    """A comma and a word in lower case after a source's name go on as a sentence
    (``По данным Бюро …, численность …``); a domain (``ukrstat.gov.ua``) or an access
    cue after the comma does not."""
    for m in _PROSE_AFTER_COMMA.finditer(text, pos):
        word = m.group(1)
        if "." not in word.rstrip(".") and word.casefold() not in _NOT_PROSE_WORDS:
            return True
    return False


@functools.cache
def _source_lead_firsts() -> frozenset[str]:
    return frozenset(x.split()[0].casefold() for x in _labels()["source_leads"])


_SECOND_LABEL = re.compile(r"\s[/|]\s*([^\W\d_][^:/|]{1,30}):\s*(?=\S)")


def _source_after_credit(w: _Work, end: int) -> int:
    """``Фото: Kursiv.media / Источник: Azattyq.org``: a photo credit before the text's
    source label is a note; the source's label ends where its outlets begin."""
    label = w.text[:end].strip().rstrip(":").strip().casefold()
    if label not in _label_set("credit_labels"):
        return end
    m = _SECOND_LABEL.search(w.text, end)
    if m is None or m.group(1).strip().casefold() not in _label_set("source_labels"):
        return end
    if m.group(1).strip().casefold() in _label_set("credit_labels"):
        return end
    w.notes.append(_WS.sub(" ", w.text[: m.start()]).strip())
    return m.end()


def _source_label_end(text: str) -> int:
    """End of a leading ``Источник: Zakon.kz`` / ``Avots: …`` label (after which only
    outlets follow), or 0. A label holds no colon, so it ends at the first one; a lead
    such as ``По материалам`` needs none."""
    colon = text.find(":", 0, 80)
    if colon <= 0 or text[:colon].strip().casefold() not in _label_set("source_labels"):
        first = text.lstrip()[:20].split(" ", 1)[0].casefold()
        lead = _source_lead_re().match(text) if first in _source_lead_firsts() else None
        if lead is None or len(text) - lead.end() > 80 or _prose_after_comma(text, lead.end()):
            return 0  # "По материалам дела, обвиняемый признал вину": a sentence
        return lead.end()
    end = colon + 1
    return end + len(text[end:]) - len(text[end:].lstrip())


def _alternation(words: Iterable[str], *, ignore_case: bool = True) -> str:
    """A word list as one alternation (case-insensitive unless ``ignore_case`` is False),
    longest words first (so that ``Источники`` wins over ``Источник``), with shared
    prefixes factored out."""
    return word_alternation(sorted(words, key=len, reverse=True), ignore_case=ignore_case)


@functools.cache
def _label_set(key: str, *, fold: bool = True) -> frozenset[str]:
    """A word list of ``labels.json`` as a set, case-folded unless ``fold`` is False."""
    words = _labels()[key]
    return frozenset(x.casefold() for x in words) if fold else frozenset(words)


@functools.cache
def _label_re(key: str) -> re.Pattern[str]:
    words = sorted(_labels()[key], key=len, reverse=True)
    # the class of first letters rejects most positions in one step
    first = "".join(sorted({re.escape(w[0]) for w in words})) if all(words) else ""
    look = f"(?=[{first}])" if first else ""
    return re.compile(f"{look}(?:{word_alternation(words, ignore_case=True)})", re.I)


def _whole_words(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` begin and end at word boundaries?"""
    return not (start and text[start - 1].isalnum()) and not text[end : end + 1].isalnum()


@functools.cache
def _legal_word_re() -> re.Pattern[str]:
    # the class of first letters rejects most word starts in one step
    heads = {w[0] for group in legal_acts().values() for w in group}
    first = "".join(re.escape(x) for x in sorted(heads))
    # (not a site's name: "Zakon.kz")
    return re.compile(
        rf"(?i)(?<!\w)(?=[{first}])(?:{legal_word_alternation()})(?!\w|\.[a-z]{{2,6}}\b)"
    )


@functools.cache
def _legal_compound_re() -> tuple[tuple[str, ...], re.Pattern[str]]:
    suffixes = tuple(data_json("legal.json")["compound_suffixes"])
    alternation = "|".join(re.escape(x) for x in suffixes)
    return suffixes, re.compile(rf"(?i)(?<!\w)\w+(?:{alternation})(?!\w)")


def _legal_search(text: str, pos: int = 0) -> re.Match[str] | None:
    """The first act word, or Estonian/German compound ending in one (``Keeleseadus``).

    The compound pattern backtracks through every word, so it runs only when one of
    its endings occurs at all; at the same start an act word wins.
    """
    word = _legal_word_re().search(text, pos)
    compound_re = _legal_compound_re()[1]
    if not _has_compound_core(text[pos:].lower()):
        return word
    compound = compound_re.search(text, pos, word.start() if word else len(text))
    return (
        compound
        if compound is not None and (word is None or compound.start() < word.start())
        else word
    )


_gazette_re = gazette_pattern


@attrs.define
class _Work:
    """Mutable scratch state of one parse call (never shared)."""

    raw: str
    text: str
    title: str | None = None
    title_span: Span | None = None
    outlet: str | None = None
    outlet_span: Span | None = None
    authors: tuple[Person, ...] = ()
    authors_span: Span | None = None
    editors: tuple[Person, ...] = ()  # "; под ред. …" after the authors: added to them
    site_kind: str | None = None  # the registry's kind of the site a link was named by
    platform: tuple[str, Span] | None = None  # "YouTube: …": outlet when no channel is named
    date: PartialDate | None = None
    date_span: Span | None = None
    url: str | None = None
    url_span: Span | None = None
    urls: list[str] = attrs.Factory(list)
    doi: str | None = None
    access_date: PartialDate | None = None
    other_dates: list[tuple[str, PartialDate]] = attrs.Factory(list)
    kind: Kind | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    number: str | None = None
    place: str | None = None
    translated_title: str | None = None
    notes: list[str] = attrs.Factory(list)
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    confidence: dict[str, float] = attrs.Factory(dict)
    source_label: bool = False
    folded: str = ""  # raw.casefold(), for cheap word tests before a regex
    tokens: frozenset[str] = frozenset()
    date_matches: list[_dates.DateMatch] | None = None
    date_scan: _dates.DateScan | None = None  # the side-date scan, for its invalid dates
    legal: bool = False
    legal_match: tuple[str, re.Match[str] | None] | None = None  # text searched, act word

    def rewrite_raw(self, raw: str) -> None:
        """``raw`` decoded in place (same length): the folded text and the word set that
        gate the readers follow it, so an entity-written word still opens its reader."""
        self.raw = raw
        self.folded = raw.casefold()
        self.tokens = frozenset(_TOKEN.findall(self.folded))

    def consume(self, start: int, end: int) -> str:
        """Blank ``[start, end)`` out of the working text; return what was there."""
        text = self.text
        if start < 0:
            start = 0
        if end > len(text):
            end = len(text)
        if end < start:
            end = start
        piece = text[start:end]
        self.text = text[:start] + " " * (end - start) + text[end:]
        return piece

    def rest(self) -> str:
        # str.split() breaks at the same characters as \s: " ".join == _WS.sub(" ", …).strip()
        return " ".join(self.text.replace(_FILL, "").split()).strip(_SPACE_PUNCT)

    def set_title(self, start: int, end: int, conf: float, *, masked: bool = False) -> None:
        self._set("title", _clean, start, end, conf, masked)

    def set_outlet(self, start: int, end: int, conf: float, *, masked: bool = False) -> None:
        self._set("outlet", _clean_outlet, start, end, conf, masked)
        outlet = self.outlet
        if outlet is not None and outlet.strip("[] ").casefold() in _no_publisher_marks():
            # "М. : [б.и.], 2019", "[s.n.]": the imprint says there is no publisher
            self.notes.append(outlet)
            self.clear_outlet()
            return
        lead = _PLACE_LEAD.match(outlet) if outlet is not None and ":" in outlet else None
        if outlet is not None and lead is not None and _is_place_lead(lead):
            # "Washington, DC: The George Washington University": the place, then the publisher
            self.place = self.place or lead.group(0).rstrip(": ")
            self.outlet = outlet[lead.end() :]

    def clear_outlet(self) -> None:
        """Forget the outlet read so far (a later reader found it was none)."""
        self.outlet = self.outlet_span = None
        self.confidence.pop("outlet", None)

    def set_date(self, date: PartialDate, start: int, end: int, conf: float) -> None:
        """``date`` read at ``[start, end)`` (nothing is consumed)."""
        self.date = date
        self.date_span = Span(start, end)
        self.confidence["date"] = conf

    def set_year(self, m: re.Match[str], group: int | str, conf: float) -> None:
        """The bare year a pattern's ``group`` matched."""
        year = m.group(group)
        self.set_date(PartialDate(int(year), text=year), m.start(group), m.end(group), conf)

    def name_outlet(self, value: str, start: int, end: int, conf: float) -> None:
        """An outlet whose value is not its text as written (a name put back in the
        nominative); ``[start, end)`` is where it was read. Nothing is consumed."""
        self.outlet = value
        self.outlet_span = Span(start, end)
        self.confidence["outlet"] = conf

    def _set(
        self,
        field: str,
        clean: Callable[[str], str],
        start: int,
        end: int,
        conf: float,
        masked: bool,
    ) -> None:
        """Take ``[start, end)`` (from the masked text or from raw) as ``field``, consume it."""
        if field == "title" and start > 0 and end < len(self.raw):
            sub = self._quote_subtitle(start, end)
            if sub:
                # "«Ми не нейтральні»: інтерв’ю з послом …": the quote opens the headline and
                # the rest goes on after its colon, so the marks stay inside the title
                start, end, conf = start - 1, sub, min(conf, 0.85)
        if masked and field == "title" and self.date_span is not None:
            value = clean(self._with_date_back(start, end))
        else:
            value = clean((self.text if masked else self.raw)[start:end])
        if value:
            setattr(self, field, value)
            setattr(self, f"{field}_span", Span(start, end))
            self.confidence[field] = conf
        self.consume(start, end)

    def _quote_subtitle(self, start: int, end: int) -> int:
        """Where the headline goes on after a quotation at ``[start - 1, end + 1)``."""
        opener, closer = self.raw[start - 1], self.raw[end]
        if not closes(opener, closer):
            return 0
        if self.text[end : end + 1] != closer and self.text[end : end + 1] != " ":
            return 0
        if self.raw[: start - 1].rstrip().endswith(("–", "—", " -")):
            return 0  # press review "Finance.kz – «Title»: summary …": the summary goes apart
        return _quote_subtitle_end(self.text, start - 1, end + 1)

    def _with_date_back(self, start: int, end: int) -> str:
        """The masked ``[start, end)`` with the date put back where it sits inside it.

        ``Nález … ze dne 22. 1. 2019, sp. zn. …``, ``Населення України на 1 січня 2022 року.
        Держстат``: a date between words of a title is part of the title.
        """
        text = self.text
        ds, de = (self.date_span.start, self.date_span.end) if self.date_span else (0, 0)
        if not start < ds < de <= end:
            return text[start:end]
        gs, ge = ds, de
        while gs > start and text[gs - 1] == " ":
            gs -= 1
        while ge < end and text[ge] == " ":
            ge += 1
        if not text[start:gs].strip(_SPACE_PUNCT) or not text[ge:end].strip(_SPACE_PUNCT):
            return text[start:end]
        return text[start:gs] + self.raw[gs:ge] + text[ge:end]

    def set_authors(self, persons: tuple[Person, ...], start: int, end: int, conf: float) -> None:
        self.authors = persons
        self.authors_span = Span(start, end)
        self.confidence["authors"] = conf
        self.consume(start, end)
        mark = _BRACKET_ET_AL.match(self.raw, end) if "[" in self.raw else None
        if mark is not None and mark.group(1).casefold() in _bracket_et_al():
            # "Ибраев С. Т., Ли В. Г. [и др.] Title": the bracketed et-al closes the list
            self.consume(mark.start(1), mark.end(1))


_BRACKET_ET_AL = re.compile(r"\s*(\[[^\[\]]{2,24}\])")


@functools.cache
def _bracket_et_al() -> frozenset[str]:
    """The bracketed et-al marks of ``name_words.json`` (``[et al.]``, ``[и др.]``)."""
    words: list[str] = data_json("name_words.json")["et_al"]
    return frozenset(x.casefold() for x in words if x.startswith("["))


def _clean(value: str) -> str:
    if _FILL in value:
        value = value.replace(_FILL, "")
    if "\xad" in value:
        value = value.replace("\xad", "")  # soft hyphens of a word-processor paste
    if "(" in value or "[" in value:
        value = _EMPTY_BRACKETS.sub("", value)
    if "&" in value:
        value = html.unescape(value)
    value = " ".join(value.split())  # _WS.sub(" ", value).strip(), without a regex
    value = value.strip(" ,;:|/")
    value = value.rstrip(" —–-([")  # "… qarori (" before a link read apart
    if len(value) >= 2 and value[0] in QUOTE_CHARS and value[-1] in QUOTE_CHARS:
        inner = value[1:-1]
        if not any(q in inner for q in QUOTE_CHARS) or find_quoted(value)[:1] == [
            Quoted(0, len(value), 1, len(value) - 1, True)
        ]:
            value = inner.strip()
    if value.endswith(".") and not _INITIALS_TAIL.search(value) and not value.endswith(".."):
        stem = value[:-1]
        last = stem.rsplit(" ", 1)[-1]
        if len(last) > 3 or not last.isalpha() or last.isupper() or _title_word(last):
            value = stem
    return value.strip()


def _title_word(word: str) -> bool:
    """A capitalised three-letter word that is no abbreviation (``War``, ``Law``, ``Oil``),
    so that a dot after it ends the title's sentence."""
    return (
        len(word) == 3
        and word[0].isupper()
        and word[1:].islower()
        and word not in _title_abbreviations()
    )


@functools.cache
def _title_abbreviations() -> frozenset[str]:
    return frozenset(_labels()["title_abbreviations"])


_OUTLET_ALIAS = re.compile(r"\s*\(([^()]{2,20})\)$")


_DESIGNATED_NAME = re.compile(r"([^\W\d_]+)\s+([«„“\"][^«»„“”\"]{2,80}[»“”\"])$")


@functools.cache
def _container_kind_re() -> re.Pattern[str]:
    kinds = _alternation(_labels()["container_kinds"])
    return re.compile(rf"\s:\s+\[?(?:{kinds})\]?(?:\s|$)", re.I)


_PLACE_LEAD = re.compile(  # "Washington, DC: …", Vancouver "Treasure Island (FL): …"
    r"([^\W\d_][\w .'’\-]{1,30}?)(?:,\s?[A-Z]{2}|\s\([A-Z]{2}\))?\s?:\s+(?=\S)"
)


def _is_place_lead(lead: re.Match[str]) -> bool:
    state = lead.group(0).rstrip(": ")
    return lead.group(1) in _places() or state[-4:-2] == ", " or state[-4:][:1] == "("


_EDITED_BY_PUBLISHER = re.compile(r"^.{3,300}?,\sedited by\s[^,]{3,120},\s(?=[^\W\d_])")
_VOLUME_END = re.compile(r"(?<=[^\W\d_]),\s\d{1,4}$")
_DOMAIN_PAREN_END = re.compile(r"(?<=\w)\s\((?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}\)$")
_BARE_VOLUME_END = re.compile(r"(?<=[^\W\d_])\s\d{1,4}$")
_ISSUE_NUMBER_END = re.compile(
    r"[.,:]?\s+(?:№\s?\d[\d\-/]*(?:\s*\(\d+\))?|(?:С|с|S|P|p|Б|б|vol|Vol|Т|т)\.\s?\d[\d–-]*"
    r"|[Vv]olume(?:\s\d{1,4})?"
    r"|\d{1,5}\s?(?:lk|lpp|с|б|p|pp|S)\.?)$"  # "Tartu Ülikooli Kirjastus. 312 lk"
)


_COPYRIGHT_YEARS = re.compile(r"(?:^|\s)(?:18|19|20)\d\d(?:\s?[–—-]\s?(?:19|20)\d\d)?(?=\s|,|$)")
# "М. Наука": a place's abbreviation before the name (a place and a colon, "Stuttgart:
# ibidem-Verlag", is the imprint readers' to split into place and publisher)
_PLACE_BEFORE_PUBLISHER = re.compile(r"([^\W\d_][^\W\d_ -]*\.)\s?:?\s+(?=[^\W\d_])")


@functools.cache
def _no_publisher_marks() -> frozenset[str]:
    return frozenset(x.casefold() for x in _labels()["no_publisher_marks"])


def _clean_outlet(value: str) -> str:
    value = _clean(value)
    if "№" in value or "." in value or "olume" in value:
        # "Сарыарка. № 27", "Ведомости. С. 3", "Almaty: Gylym, vol. 1", "IJPAM: Volume 78"
        value = _ISSUE_NUMBER_END.sub("", value)
    value = value.rstrip("*")  # "Тайга.инфо*": the mark of a footnote on the outlet's status
    if value[-1:].isdigit() and ", " in value:
        value = _VOLUME_END.sub("", value)  # "*Journal of Hydrology, 539*(2)": its volume
    elif value[-1:].isdigit() and not _label_set("journal_name_words", fold=False).isdisjoint(
        value.split()
    ):
        value = _BARE_VOLUME_END.sub("", value)  # "Vision Research 44", "Palgrave Commun 5"
    if "edited by" in value:
        # MLA "A State of Nations: …, edited by Ronald Grigor Suny and Terry Martin, Oxford
        # UP": the book's publisher after its title and editors
        value = _EDITED_BY_PUBLISHER.sub("", value)
    if value.startswith("the ") and value[4:5].isupper():
        value = value[4:]  # "Data from the State Statistics Service": an article, no name's
    half, dot, other = value.partition(". ")
    if dot and half.casefold() == other.rstrip(" .").casefold():
        value = half  # Chicago "… Brookings. Brookings, March 9, 2022.": site, then owner
    if value[:1] == "©":
        # "© Microsoft 2022", "© 2007—2021 GitHub, Inc.": a copyright line names the holder
        value = _COPYRIGHT_YEARS.sub("", value[1:]).strip(" ,")
    lead = _PLACE_BEFORE_PUBLISHER.match(value)
    if lead is not None and lead.group(1) in _places() and len(value) > lead.end() + 1:
        value = value[lead.end() :]  # "М. Наука": the place, then the name
    if value[:1] == "(" and value[-1:] == ")" and "(" not in value[1:]:
        value = value[1:-1]  # "https://tass.ru/… (ТАСС)"
    if " : " in value:
        kind = _container_kind_re().search(value)
        if kind is not None and kind.start() > 1:
            value = value[: kind.start()]  # "КонсультантПлюс : справочно-правовая система"
    if value.endswith(")"):
        value = _DOMAIN_PAREN_END.sub("", value)  # "Мостовский райисполком (mosty.gov.by)"
    alias = _OUTLET_ALIAS.search(value) if value.endswith(")") else None
    if (
        alias
        and alias.start() > 2
        and all(sum(ch.isupper() for ch in tok) >= 2 for tok in alias.group(1).split())
    ):
        value = value[: alias.start()]  # "Kazakhstan Institute for Strategic Studies (KazISS)"
    elif alias and alias.start() > 1 and _is_language_mark(alias.group(1)):
        value = value[: alias.start()]  # "ERR (rus.)": the edition's language
    if " / " in value:
        name, _, platform = value.rpartition(" / ")
        if platform.strip() in _label_set("platforms", fold=False) and name.strip():
            value = name  # "Azattyq Rýhy / YouTube": the channel, not the platform
    platform, _, account = value.partition(" ")
    if (
        account[:1].isupper()
        and not account[:1].isascii()
        and platform in _label_set("platforms", fold=False)
    ):
        value = account  # "Instagram МЧС РК": the account's owner, not the platform
    if value.endswith(("'s", "’s")) and len(value) > 4 and _known_outlet(value[:-2]):
        value = value[:-2]  # "Aljazeera's [live coverage](…)": the site's (not "Barron's")
    if value[:1] == "@" and " " not in value:
        value = value[1:]  # "@tengrinews": a handle names the outlet
    if _starts_with_prefix(value):
        rest = _label_re("outlet_prefixes").sub("", value, count=1).strip(" ,.;:")
        first = rest.split(" ", 1)[0]
        # not "Журнал вычислительной математики …": a lower-case word goes on the name
        # ("сайт tengrinews.kz" aside)
        if rest and not (first[:1].islower() and "." not in first):
            value = rest
    value = value.strip(" ,.;:")
    if len(value) >= 2 and value[0] in '«„“"' and value[-1] in '»“”"':
        value = value[1:-1]
    lead = _DESIGNATED_NAME.match(value)
    if lead and lead.group(1).casefold() in _label_set("outlet_designators"):
        value = lead.group(2)[1:-1]  # "Žurnāls „Rīgas Laiks”": the quoted name alone
    body = _body_of_site(value) if " " in value else None
    if body is not None:
        return body  # "Оқу-ағарту министрлігінің ресми сайты": the ministry, as it is named
    last = value.rsplit(" ", 1)
    suffixes = _label_set("outlet_suffixes", fold=False)
    for n in (3, 2):  # "President of … official website", "«Кабар» улуттук маалымат агенттиги"
        parts = value.rsplit(" ", n)
        if len(parts) == n + 1 and " ".join(parts[1:]) in suffixes:
            last = [parts[0], " ".join(parts[1:])]
            break
    if (
        len(last) == 2
        and last[1] in _label_set("outlet_suffixes", fold=False)
        # "Xalq qəzeti": the word is part of the paper's registered name
        and not (_known_outlet(value) and not _known_outlet(last[0]))
    ):
        # "Egemen Qazaqstan gazetı", "Xalq so‘zi gazetasi": the name, not the word "newspaper"
        value = last[0].strip(" ,")
        if len(value) >= 2 and value[0] in '«„“"' and value[-1] in '»“”"':
            value = value[1:-1]
    head, _, word = value.rpartition(" ")
    if word in _label_set("quoted_outlet_suffixes", fold=False) and _wholly_quoted(head):
        value = head[1:-1]  # "“O‘zbekiston” nashriyoti": the publisher's quoted name
    for prep in _labels()["genre_date_prepositions"]:
        if value.endswith(" " + prep) and len(value) > len(prep) + 3:
            # "Кызылординские вести от 25.01.2024 «Title»": the date's preposition
            value = value[: -len(prep)].strip(" ,")
            break
    return value.strip()


def _wholly_quoted(text: str) -> bool:
    q = find_quoted(text) if len(text) >= 3 and text[0] in QUOTE_CHARS else []
    return len(q) == 1 and q[0].closed and q[0].start == 0 and q[0].end == len(text)


def _starts_with_prefix(value: str) -> bool:
    m = _label_re("outlet_prefixes").match(value)
    return m is not None and m.end() < len(value) and value[m.end()].isspace()


# ---------------------------------------------------------------------------- steps


_BARE_LABEL = re.compile(r"\s*((?:[^\W\d_]++\s){1,2}[^\W\d_]++)(?=\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«„“\"])")


@functools.cache
def _disclaimer_re() -> re.Pattern[str]:
    return re.compile(_alternation(_labels()["disclaimer_stems"]))


@functools.cache
def _licence_re() -> re.Pattern[str]:
    words = _alternation(_labels()["licence_labels"])
    return re.compile(rf"(?<!\w)(?:{words})\s*:\s*CC[\w\s.-]{{0,30}}", re.I)


@functools.cache
def _quoted_in_re() -> re.Pattern[str]:
    words = _alternation(_labels()["quoted_in"])
    return re.compile(rf"\s*([^\W\d_][^,:;“”«»\"]{{2,60}}?)\s+(?:{words})\s+(?=\S)", re.I)


_BARE_TIME = re.compile(r"[0-2]?\d[:.][0-5]\d")
_CLOCK = re.compile(r"\d[.:][0-5]\d(?![\d.:])")  # what every time of day holds: "6.00"


@functools.cache
def _time_of_day_re() -> re.Pattern[str]:
    words = _alternation(_labels()["time_words"])
    return re.compile(rf"(?<!\w)(?:{words})\s?[0-2]?\d[.:][0-5]\d(?![\d.:])", re.I)


_PAREN_NOTE = re.compile(r"\s?\(([^()]{5,160})\)")
_CAPS_LABEL = re.compile(
    r"\s*([^\W\d_]++(?:[ .-][^\W\d_]++){0,2})\s*:\s*(?=(?:https?://|www\.)\S+\s*$)"
)
_DOTTED_LABEL = re.compile(r"([^\W\d_][^.:–—|\d]{2,40}?)(?:\.\s+|\s[–—-]\s+)(?=\S)")


@functools.cache
def _genre_label_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alternation(_labels()['genre_labels'])})\s?:\s+(?=\S)", re.I)


@functools.cache
def _see_also_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alternation(_labels()['see_also'])})\s*[:,]?\s+(?=\S)", re.I)


_ROMAN_NUMBER = re.compile(r"\s*[ivxlc]{1,6}[.)]\s+(?=\S)|\s*[IVXLC]{1,6}\.\s+(?=[A-ZА-Я])")


def _arrow(text: str) -> int:
    """Arrows, emoji and symbol bullets, Wikipedia's ``↑ а б`` backlinks."""
    m = _SYMBOL_BULLET.match(text)
    if m is None:
        return 0
    back = _backlinks_re().match(text, m.end())
    return back.end() if back else m.end()


@functools.cache
def _backlinks_re() -> re.Pattern[str]:
    """``Перейти обратно:1 2`` / ``Jump up to: a b`` / ``1 2 3``: a reused note's backlinks."""
    phrases = _alternation(_labels()["backlink_phrases"])
    return re.compile(
        rf"(?:(?i:{phrases})\s*:?\s*)?(?:1(?:\s\d{{1,2}}){{1,8}}|[aа](?:\s[a-zа-яё]){{1,7}}"
        r"|(?P<n>\d{1,3}),0(?:\s(?P=n),\d{1,2}){1,8})\s+(?=\S)"  # Estonian "4,0 4,1": note 4
        rf"|(?i:{phrases})\s*:?\s*"
    )


_BARE_NUMBER = re.compile(r"\s*\d{1,3}\s+(?=[„«“‘\"]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|https?://|www\.)")


def _bare_number(text: str) -> int:
    """``1 Назарбаев Н.Ә. …``, ``3 Vgl. …``, ``2 https://…``: a number without a dot heads
    GOST 7.1 and note lists.

    Not when the number starts a date (``16 December 1986: …``).
    """
    m = _BARE_NUMBER.match(text)
    if m is None:
        return 0
    if any(d.span.start < m.end() for d in _dates.find_dates(text[: m.end() + 40], years=False)):
        return 0
    return m.end()


_SYMBOL_BULLET = re.compile(
    r"\s*(?:(?:→|->|»|›|▸|►|⇒|↑|\^|[\U0001F300-\U0001FAFF\u2600-\u27BF\u25A0-\u25FF]\uFE0F?)\s*)+"
    r"(?:(?:[a-zа-яё]\s){1,6}(?=\S))?"
)


def _roman_number(text: str) -> int:
    m = _ROMAN_NUMBER.match(text)
    return m.end() if m else 0


_EMPTY_BRACKETS = re.compile(r"[(\[][\s,.;:]*[)\]]")  # spaces before go with the join below
_ISBN = re.compile(r"(?i)\bISBN(?:-1[03])?:?\s*[\dX][\d\-\sX]{8,16}[\dX]")
_ANGLE = re.compile(r"<(?=(?:https?://|www\.))|(?<=\S)>(?=\s*$)")
_FILL = "\x00"  # pads a decoded entity to the width of its source text
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


_EMPHASIS = re.compile(  # one line break may wrap the words inside: "*… Making of\nSoviet …*"
    r"(?<![\w*])(\*\*?)(?=[^\s*])((?:[^*\n]|\n(?![^\S\n]*\n)){2,300}?)(?<=[^\s*])\1(?![\w*])"
    # "_Journey into the Whirlwind_ , 1967": underscores, never inside a word or a link
    r"|(?<![\w_/])(__?)(?=[^\s_])((?:[^_\n]|\n(?![^\S\n]*\n)){2,300}?)(?<=[^\s_])\3(?![\w_])"
)


def _emphasis_as_quotes(w: _Work) -> None:
    """Markdown ``*Title*`` / ``**Journal**`` sets a name apart as quote marks do, so the
    stars become quotes (same width: ``**`` gives a space and a quote)."""
    text, raw = w.text, w.raw
    for m in _EMPHASIS.finditer(w.raw):
        g = 1 if m.group(1) else 3  # stars or underscores
        if any(q in m.group(g + 1) for q in QUOTE_CHARS):
            continue  # "*„Title“*": the quotes inside already mark it
        pad = " " * (len(m.group(g)) - 1)
        a, b = m.start(), m.end()
        # a line break inside goes with the stars: the name is one, wrapped or not
        inner = raw[m.start(g + 1) : m.end(g + 1)].replace("\n", " ")
        raw = raw[:a] + pad + "“" + inner + "”" + pad + raw[b:]
        inner = text[m.start(g + 1) : m.end(g + 1)].replace("\n", " ")
        text = text[:a] + pad + "“" + inner + "”" + pad + text[b:]
    w.text = text
    w.rewrite_raw(raw)


_NOTE_STAR = re.compile(r"(?:(?<=[^\W\d_])|(?<=[»”\"]))\*{1,3}(?=[\s,.;:—–]|$)")
# no-break and thin spaces, tabs, and the invisible variation selectors and byte-order mark a
# paste can carry ("•\ufe0e Title")
_ODD_SPACES = "\xa0\u2007\u2009\u202f\t\ufe0e\ufe0f\ufeff"
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
_SPACE_FOLD = str.maketrans(dict.fromkeys(_ODD_SPACES, " "))


_EDITORIAL_BRACES = re.compile(r"\s*(\{?)[^{}]*?(\})\s*\.?\s*")


@functools.cache
def _translator_re() -> re.Pattern[str]:
    words = _alternation(_labels()["translator_sentences"])
    # the sentence runs to the first full stop that no initial makes ("by R. W. Davies.")
    return re.compile(
        rf"(?<=[.,”\"])\s+(?i:{words})\s*((?:[^.;]|(?<=\b\w)\.){{2,80}}?)(?<!\b\w)\.(?=\s|$)"
    )


@functools.cache
def _translator_word_re() -> re.Pattern[str]:
    """A translator named in an imprint's parts ("traduit du russe par …", "пер. с англ.")."""
    labels = _labels()
    words = _alternation([*labels["translator_sentences"], *labels["translator_words"]])
    return re.compile(rf"(?i:{words})\s")


def _translator_note(w: _Work) -> None:
    """``Title. Translated by Cynthia Klohr. Pittsburgh, 2018.``: who translated the book
    is neither its author nor its publisher; the sentence is a note."""
    m = _translator_re().search(w.text)
    if m is not None:
        w.notes.append(m.group(0).strip(_SPACE_PUNCT))
        w.consume(m.start(), m.end() - 1)


_HTML_WRAP = re.compile(r"(?<=[^>\s])[ \t]*\n(?=[ \t]*[^<\s])")


def _unbroken(m: re.Match[str]) -> str:
    return m.group(0).replace("\n", " ")


def _padded(char: str, raw: str, start: int, end: int) -> str:
    """``char`` decoded from the escape ``raw[start:end]``, padded to the escape's width so
    offsets stay valid: spaces on the side of a neighbouring space ("later &#8211; The"
    keeps a dash between words), else filler that values drop, so a word stays whole
    ("Tokayev&#039;s")."""
    n = end - start
    if raw[end : end + 1].isspace():
        return char.ljust(n)
    if start and raw[start - 1].isspace():
        return char.rjust(n)
    return char.ljust(n, _FILL)


def _strip_markup(w: _Work) -> None:
    if "\n" in w.text and w.text.lstrip()[:1] == "<" and _HTML_TAG.match(w.text.lstrip()):
        # "<p>\n  Jamali, Ahmed Bux. &ldquo;China's Silk Road Diplomacy in\n  Kazakhstan.
        # &rdquo; …</p>": in HTML a line break is a space, the source's own wrapping
        # (a break between two elements stays: "…</a>\n<span>By Daniyar Karimov</span>")
        w.text = _HTML_WRAP.sub(_unbroken, w.text)
        w.rewrite_raw(_HTML_WRAP.sub(_unbroken, w.raw))
    if _ODD_SPACE.search(w.raw):
        # "ERR.\xa0Lepik, Kadri": a no-break space (or a tab) of a paste reads as a space;
        # the record's raw text keeps it
        w.text = w.text.translate(_SPACE_FOLD)
        w.rewrite_raw(w.raw.translate(_SPACE_FOLD))
    tail = w.text.rstrip()
    if tail.endswith(("' +", '" +')):
        tail = tail[:-2].rstrip()
    if tail[-2:] == ")," or tail[-1:] == ")":
        row = _TUPLE_ROW.fullmatch(w.text) if w.text.lstrip()[:1] == "(" else None
        cells = list(STRING_LITERAL.finditer(w.text, row.start(1), row.end(1))) if row else []
        best = max(cells, key=lambda c: c.end() - c.start(), default=None)
        if best is not None and best.end() - best.start() >= 30:
            a, b = best.start() + 1, best.end() - 1
            w.text = " " * a + w.text[a:b] + " " * (len(w.text) - b)
            w.rewrite_raw(" " * a + w.raw[a:b] + " " * (len(w.raw) - b))
            tail = w.text.rstrip()
    if tail[-2:] in ('",', '")', "),", "',") or tail[-1:] in ('"', "'"):
        lit = _CODE_LITERAL.fullmatch(w.text)
        if lit is not None and lit.group(2) not in lit.group(3).replace("\\" + lit.group(2), ""):
            # '"Петров И.А. Title // Journal. – 2015.",', 'p("Bootstrap. (n.d.). …"),': a
            # reference kept as a string in a program's source
            a, b = lit.start(3), lit.end(3)
            w.text = " " * a + w.text[a:b] + " " * (len(w.text) - b)
            w.rewrite_raw(" " * a + w.raw[a:b] + " " * (len(w.raw) - b))
    if "\\u" in w.text:  # "K\\u00e4ttesaadav", "\\u2018Feints\\u2019": a program's escapes
        for m in _UNICODE_ESCAPE.finditer(w.raw):
            pad = _padded(chr(int(m.group(1), 16)), w.raw, m.start(), m.end())
            w.text = w.text[: m.start()] + pad + w.text[m.end() :]
            w.rewrite_raw(w.raw[: m.start()] + pad + w.raw[m.end() :])
    if "\\" in w.text:  # "\\[PDF, 12MB, EN\\]": Markdown escapes; the brackets stay
        w.text = _MD_ESCAPE.sub(" ", w.text)
        w.rewrite_raw(_MD_ESCAPE.sub(" ", w.raw))
    if "[[" in w.text:  # wikitext "[[Mait Raun]]", "[[Maaleht|Maalehes]]": the words shown
        for m in _WIKI_INTERNAL.finditer(w.text):
            w.consume(m.start(), m.start(1))
            w.consume(m.end(1), m.end())
    if "![" in w.text:  # "![alt text](…/image.jpg)": a picture, not the item's link
        for m in _MD_IMAGE.finditer(w.text):
            w.consume(m.start(), m.end())
    if "*" in w.text or "_" in w.text:
        _emphasis_as_quotes(w)
        if _NOTE_STAR.search(w.text):  # "«Новая газета Европа»* — …": a footnote's mark
            w.text = _NOTE_STAR.sub(lambda m: " " * len(m.group()), w.text)
            w.rewrite_raw(_NOTE_STAR.sub(lambda m: " " * len(m.group()), w.raw))
    if "<" in w.text:
        for m in _AUTOLINK.finditer(w.text):  # "<https://…>": Markdown's brackets, no tag
            w.consume(m.start(), m.start() + 1)
            w.consume(m.end() - 1, m.end())
        local = None if "http" in w.folded or "www." in w.folded else _LOCAL_ANCHOR.search(w.raw)
        if local is not None and len(local.group(2).split()) >= 3:
            # '<a href="/ru/2024/02/28/gas-limits/">Title</a>': a page of the same site,
            # linked by its title; the path is the only address the line gives
            w.url = local.group(1)
            w.url_span = Span(local.start(1), local.end(1))
        for m in _HTML_TAG.finditer(w.text):
            href = HREF.search(w.text, m.start(), m.end())
            if href is None:
                w.consume(m.start(), m.end())
                continue
            # "<a href="https://…">label</a>": the link stays for the URL reader
            w.consume(m.start(), href.start(1))
            w.consume(href.end(1), m.end())
    if "&" in w.text:
        # an entity becomes its character, padded with spaces so offsets stay valid
        decoded = w.raw
        for m in _ENTITY.finditer(w.raw):
            char = html.unescape(m.group(0))
            if len(char) <= len(m.group(0)):
                char = " " if char in ("\xa0",) else char
                pad = _padded(char, w.raw, m.start(), m.end())
                if w.text[m.start() : m.end()] == m.group(0):  # (not in a consumed tag)
                    w.text = w.text[: m.start()] + pad + w.text[m.end() :]
                decoded = decoded[: m.start()] + pad + decoded[m.end() :]
        w.rewrite_raw(decoded)  # readers that look at the raw text see '"', not '&quot;'
    if "<" in w.text or ">" in w.text:
        for bracket in _ANGLE.finditer(w.text):
            w.consume(bracket.start(), bracket.end())
    lead = len(w.text) - len(w.text.lstrip())
    if w.text[lead : lead + 1] == "*" and w.text[lead + 1 : lead + 2] not in ("", " ", "*"):
        w.consume(lead, lead + 1)  # "*Urmas Klaas: [http://… …]": a wikitext bullet, glued
    first = w.text.lstrip()[:1]  # roman numerals and symbol bullets open with no other letter
    n = (
        numbering(w.text)
        or (_roman_number(w.text) if first in "ivxlcIVXLC" else 0)
        or (_arrow(w.text) if not first.isalpha() else 0)
        or _bare_number(w.text)
    )
    if n:
        w.consume(0, n)
        n = _arrow(w.text)  # "• ^ a b": a list bullet before Wikipedia's backlinks
        if n:
            w.consume(0, n)
    if w.text.rstrip(" .").endswith("}"):
        brace = _EDITORIAL_BRACES.fullmatch(w.text)
        if brace is not None:  # "{Додатково див. Рішення …}", "…, ст.193}": the Rada's notes
            w.consume(brace.start(1), brace.end(1))
            w.consume(brace.start(2), brace.end(2))
    if _may_have(w, "see_also"):
        see = _see_also_re().match(w.text)  # "Vgl. Andrea Schmitz, …", "Cf. …"
        if see:
            w.consume(0, see.end())
    if _may_have(w, "genre_labels"):
        genre = _genre_label_re().match(w.text)  # "Press release: …", "Видео: «…»", "YouTube: …"
        if genre:
            genre_word = genre.group(0).strip(_SPACE_PUNCT)
            if genre_word in _label_set("platforms", fold=False):
                # "YouTube: «Title» | документальный фильм | 2021": the platform is the
                # outlet unless a channel is named later (a reader may set it then)
                at = w.text.find(genre_word, genre.start())
                w.platform = (genre_word, Span(at, at + len(genre_word)))
            w.consume(0, genre.end())
    source = _source_label_end(w.text)
    if source:
        source = _source_after_credit(w, source)
        w.consume(0, source)
        w.source_label = True
    lead = len(w.text) - len(w.text.lstrip())
    # after "Дані" / "Источник:" a name and its colon are the source, not a label
    label = inline_label(w.text[lead:]) if not source else None
    dotted = None if label is not None else _DOTTED_LABEL.match(w.text, lead)
    if label is not None:
        w.consume(0, lead + label[1])
    elif dotted and len(dotted.group(1).split()) >= 2 and header_of(dotted.group(1)):
        w.consume(0, dotted.end())  # "LIRE AUSSI. Title", "À lire aussi – Title"
    else:
        bare = _BARE_LABEL.match(w.text)
        if bare and header_of(bare.group(1)):
            w.consume(bare.start(1), bare.end(1))
        caps = _CAPS_LABEL.match(w.text) if ":" in w.text and "/" in w.text else None
        caps = None if source else caps
        if caps and caps.group(1).isupper() and not _known_outlet(caps.group(1)):
            w.notes.append(caps.group(1))  # "ВРЕЗКА: https://…": a page's own label, no title
            w.consume(caps.start(1), caps.end())
    if "(" in w.text and _disclaimer_re().search(w.folded):
        for m in _PAREN_NOTE.finditer(w.text):
            if _disclaimer_re().search(m.group(1).casefold()):
                w.notes.append(m.group(1))  # "«Дождь» (признан в РФ иностранным агентом)"
                w.consume(m.start(), m.end())
    if _may_have(w, "quoted_in"):
        quoted_in = _quoted_in_re().match(w.text)
        if quoted_in is not None:  # "Aleksandr Lukashenko quoted in “Title,” BelTA": no author
            w.notes.append(quoted_in.group(0).strip())
            w.consume(quoted_in.start(1), quoted_in.end())
    if _CLOCK.search(w.text) and _may_have(w, "time_words"):
        for m in _time_of_day_re().finditer(w.text):
            w.notes.append(m.group(0).strip())  # "22.6.2022 klo 6.00": the hour, no field
            w.consume(m.start(), m.end())
    if _may_have(w, "licence_labels"):
        lic = _licence_re().search(w.text)
        if lic is not None:  # "… 2021. Licence: CC BY-NC-SA 3.0 IGO.": no field
            w.notes.append(lic.group(0).strip(" ."))
            w.consume(lic.start(), lic.end())
    if _may_have(w, "paywall"):
        for m in _label_re("paywall").finditer(w.text):
            if _whole_words(w.text, m.start(), m.end()):  # not "abo" in ".../raboty/"
                w.consume(m.start(), m.end())
    if _may_have(w, "designators"):
        for m in _label_re("designators").finditer(w.text):
            w.consume(m.start(), m.end())
    if "isbn" in w.tokens:
        for m in _ISBN.finditer(w.text):
            w.notes.append(m.group(0))
            w.consume(m.start(), m.end())


def _read_ris(w: _Work) -> bool:
    if "TY " not in w.text:
        return False
    tags = list(_RIS_TAG.finditer(w.text))
    if len(tags) < 3 or not any(t.group(1) == "TY" for t in tags):
        return False
    values: dict[str, list[tuple[int, int]]] = {}
    for k, found in enumerate(tags):
        end = tags[k + 1].start() if k + 1 < len(tags) else len(w.text)
        values.setdefault(found.group(1), []).append((found.end(), end))
    kinds = {
        "BOOK": Kind.BOOK,
        "JOUR": Kind.ARTICLE,
        "NEWS": Kind.ARTICLE,
        "ELEC": Kind.WEBPAGE,
        "RPRT": Kind.REPORT,
        "CHAP": Kind.CHAPTER,
        "STAT": Kind.LEGAL,
        "BILL": Kind.LEGAL,
    }
    for tag, spans in values.items():
        s, e = spans[0]
        val = w.raw[s:e].strip()
        if tag == "TY":
            w.kind = kinds.get(val, Kind.OTHER)
        elif tag in ("TI", "T1"):
            w.set_title(s, e, 0.95)
        elif tag in ("PB",) or (tag in ("JO", "T2", "JF") and w.outlet is None):
            w.set_outlet(s, e, 0.9)
        elif tag in ("PY", "Y1", "DA"):
            year = re.match(r"\d{4}", val)
            if year and w.date is None:
                w.date = _dates.parse_date(val.replace("/", "-").strip("-")) or PartialDate(
                    int(year.group(0)), text=val
                )
                w.date_span = Span(s, e)
        elif tag in ("AU", "A1"):
            persons = tuple(
                p for p in (_names.parse_name(w.raw[a:b].strip()) for a, b in spans) if p
            )
            if persons:
                w.authors = persons
                w.authors_span = Span(spans[0][0], spans[-1][1])
        elif tag == "UR":
            w.url = val
            w.url_span = Span(s, e)
        elif tag == "CY":
            w.place = val
        elif tag == "DO":
            w.doi = val
    w.text = " " * len(w.text)
    return True


_CODE_RECORD = re.compile(r"\s*+\{.*\}\s*+[,;]?\s*+", re.S)
_CODE_PAIR = re.compile(
    r"""["']?([A-Za-z_]\w{0,20})["']?\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')"""
)


def _read_code_record(w: _Work) -> bool:
    """``{t:"Восточный треугольник…",s:"Новые Известия"},``: an item kept as an object
    literal of program source; its keys name the fields."""
    if w.raw.lstrip()[:1] != "{" or _CODE_RECORD.fullmatch(w.raw) is None:
        return False
    fields = code_record_fields()
    pairs = [
        (fields[m.group(1).casefold()], m.start(m.lastindex or 0), m.end(m.lastindex or 0))
        for m in _CODE_PAIR.finditer(w.raw)
        if m.group(1).casefold() in fields
    ]
    if len(pairs) < 2 or not any(f == "title" for f, _, _ in pairs):
        return False
    for field, s, e in pairs:
        _set_keyed(w, field, s, e, 0.9)
    w.text = " " * len(w.text)
    return True


def _set_keyed(w: _Work, field: str, s: int, e: int, conf: float) -> None:
    """The value at ``[s, e)`` of a key that names ``field`` (``code_record_keys``), taken
    unless the field is set already."""
    value = w.raw[s:e].strip()
    if not value or value in ("null", "None"):
        return
    if field == "title" and w.title is None:
        w.set_title(s, e, conf)
    elif field == "outlet" and w.outlet is None:
        w.set_outlet(s, e, conf)
    elif field == "url" and w.url is None:
        w.url, w.url_span = value, Span(s, e)
    elif field == "date" and w.date is None:
        # "2022-10-12 04:31:19+00:00": a feed's timestamp dates the item by its day
        date = _dates.parse_date(value) or _dates.parse_date(value[:10])
        if date is not None:
            w.set_date(date, s, e, conf)
    elif field == "authors" and not w.authors:
        persons = _parse_names(value, strict=False)
        if persons:
            w.set_authors(persons, s, e, conf - 0.05)
    elif field == "note":
        w.notes.append(value)


_FIELD_LINE = re.compile(  # a key opens its line ("Smith, J. (2020). Title: …" has none)
    r"^[ \t]*+(?:[-*][ \t]+)?([A-Za-z][\w ]{0,24}?)[ \t]*:[ \t]*+(.*\S)?", re.M
)
_HEADING_LINE = re.compile(r"[ \t]*+#{1,6}[ \t]++(\S(?:.*\S)?)")


def _read_field_lines(w: _Work) -> bool:
    """``- title: Parama Ukrainai`` / ``  link: https://…`` (YAML), ``# Headline`` / `` - date
    published: 2022-10-12 …`` (a feed export): an item written as lines of ``key: value``
    whose keys name its fields; a Markdown heading over them is its title."""
    fields = code_record_fields()
    found = [
        (fields[m.group(1).casefold()], m)
        for m in _FIELD_LINE.finditer(w.raw)
        if m.group(1).casefold() in fields and not (m.group(2) or "").startswith("//")
    ]
    heading = _HEADING_LINE.match(w.raw)
    titled = heading is not None or any(f == "title" for f, _ in found)
    if len(found) + (heading is not None) < (2 if titled else 3):
        return False  # (untitled: 'date: "07.05.2026",' / 'outlet: "…",' / 'url: "…",')
    if heading is not None:
        w.set_title(heading.start(1), heading.end(1), 0.85)
    for field, m in found:
        if m.group(2) is None:
            continue  # "link:" with its value on the next line
        value = m.group(2).rstrip(",;").strip("'\" ")
        s = m.start(2) + m.group(2).find(value)
        _set_keyed(w, field, s, s + len(value), 0.85)
    if w.url is None:
        link = _URL.search(w.raw)
        if link is not None:  # "# Headline\n - https://…": the item's link on a line of its own
            w.url, w.url_span = link.group(0), Span(link.start(), link.end())
    w.text = " " * len(w.text)
    return True


_WRAPPED_URL = re.compile(r"(?:https?://|www\.|doi\.org/)\S*[-/_=?&]\n(?=[a-z0-9%/_-])")


def _join_wrapped_urls(w: _Work) -> None:
    """``https://doi.org/10.1111/j.1467-`` + newline + ``9434.2006.00388.x``: a link broken
    after a hyphen or slash goes on on the next line (after a dot, a sentence may end); the
    break becomes filler."""
    joins = [m.end() - 1 for m in _WRAPPED_URL.finditer(w.raw)]
    if not joins:
        return
    raw, text = list(w.raw), list(w.text)
    for k in joins:
        raw[k] = text[k] = _FILL
    w.text = "".join(text)
    w.rewrite_raw("".join(raw))


_DOMAIN_LEAD = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b")


def _open_bracket(text: str) -> bool:
    """Is a bracket or guillemet of ``text`` still open at its end?"""
    return (
        text.count("(") > text.count(")")
        or text.count("«") > text.count("»")
        or text.count("[") > text.count("]")
        or text.count("*") % 2 == 1  # "*The Hungry Steppe: … Making of\nSoviet Kazakhstan.*"
        or text.count("“") > text.count("”")  # "“Qadimiy\nyozma manbalarni …”"
    )


_SOFT_BREAK = re.compile(r"[\w,]\n[ \t]{2,}[^\W\d_A-ZА-ЯЁ]")


def _indented_paragraph(text: str) -> bool:
    """Every line after the first is indented and one of them goes on a sentence (a word
    or comma, the break, a small letter): a wrapped record, not lines of a card."""
    rest = text.split("\n")[1:]
    return all(line[:2] in ("  ", "\t", " \t") or not line.strip() for line in rest) and (
        _SOFT_BREAK.search(text) is not None
    )


def _read_multiline(w: _Work) -> None:
    """News cards, bylines and ``(Outlet | Outlet)`` attribution lines; links broken over
    lines are joined, and a line that only goes on a wrapped one is left to the readers."""
    if "\n" not in w.text:
        return
    if _indented_paragraph(w.text):
        # "McInnes E, … Support\n      surfaces for treating …": one sentence wrapped under
        # an indent, as in an HTML source or a hanging-indent list; each break is a space
        w.text = w.text.replace("\n", " ")
        w.rewrite_raw(w.raw.replace("\n", " "))
        return
    _join_wrapped_urls(w)
    pos = 0
    lines: list[tuple[int, str]] = []
    for piece in w.text.split("\n"):
        lines.append((pos, piece))
        pos += len(piece) + 1
    card = _label_re("card_labels")
    for k, (start, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if card.fullmatch(stripped) and k + 1 < len(lines):
            w.consume(start, start + len(line))
            nstart, nline = lines[k + 1]
            w.notes.append(nline.strip())
            w.consume(nstart, nstart + len(nline))
            lines[k + 1] = (nstart, "")
            continue
        if k == 0 and len(lines) > 2 and _read_card_authors(w, start, line):
            continue  # "Алмас Кенжебеков, Ольга Логинова\nHeadline\n05.05.2025"
        if k == 0 and len(lines) > 1 and _section_date_line(w, start, line):
            continue  # "ЭКОНОМИКА · 14 мая 2025\nHeadline\nАвтор: …"
        if k == 0 and stripped.casefold() in _label_set("section_words") and len(lines) > 1:
            w.notes.append(stripped)  # "Economy\nHeadline\n<date>": the card's section
            w.consume(start, start + len(line))
            continue
        if k > 0 and any(d.role == "accessed" for d in _dates.find_dates(line)):
            continue  # "(дата обращения: 12.05.2024)" wrapped under a URL keeps its cue
        if k > 0 and _open_bracket(w.text[:start]):
            continue  # a wrapped line goes on: "(Washington, DC: Carnegie Endowment for\n…"
        if k > 0 and w.text[:start].rstrip().endswith((" –", " —", "//")):
            # "… tarixi. –\nToshkent: “Noshir”, 2019.": a GOST area goes on; the break is a
            # space for the area readers
            w.text = w.text[: start - 1] + " " + w.text[start:]
            w.rewrite_raw(w.raw[: start - 1] + " " + w.raw[start:])
            continue
        m = _byline_re().match(line)
        if m and not m.group(1)[:1].islower():  # not "Текст : электронный // …" wrapped
            who = m.group(1).strip()
            quoted = find_quoted(who) if who[-1:] in QUOTE_CHARS else []
            if quoted and quoted[-1].closed and quoted[-1].end == len(who) and w.outlet is None:
                # "Автор: Нұрлан Қабдай, «Айқын»", "Автор: «Айқын»": the paper, its name quoted
                q0 = start + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
                w.set_outlet(q0 + quoted[-1].inner_start, q0 + quoted[-1].inner_end, 0.8)
                w.consume(q0 + quoted[-1].start, q0 + quoted[-1].end)
                who = who[: quoted[-1].start].strip(_SPACE_PUNCT)
                if not who:
                    w.consume(start, start + len(line))
                    continue
            staff = _editorial_staff_re().match(who)
            if staff is not None and w.outlet is None:
                # "Автор: Редакция Orda.kz": the site's own staff, so the site is the outlet
                s0 = start + line.find(staff.group(1), m.start(1))
                w.set_outlet(s0, s0 + len(staff.group(1)), 0.8)
                w.consume(start, start + len(line))
                continue
            persons = _parse_names(who, strict=False)
            if persons and not _is_organisation(who):
                w.set_authors(persons, start + m.start(1), start + m.end(1), 0.9)
            else:
                w.notes.append(line.strip())
            sep = re.match(r"\s*·", line[m.end(1) :])  # "By Name · 3 April 2024"
            rest = line[m.end(1) :]
            paper = _QUOTED_AFTER_NAME.fullmatch(rest)
            if paper is not None and w.outlet is None:
                # "Автор: Нұрлан Қабдай, «Айқын»": the author, then the paper
                p0 = start + m.end(1)
                w.set_outlet(p0 + paper.start(1), p0 + paper.end(1), 0.8)
                w.consume(start, start + len(line))
                continue
            if _CREDIT_AFTER_NAME.match(rest):  # "Текст: Асель Нурланқызы, фото: Данияр …"
                w.notes.append(rest.strip(_SPACE_PUNCT))
                w.consume(start, start + len(line))
                continue
            w.consume(start, start + m.end(1) + (sep.end() if sep else 0))
            continue
        if k == len(lines) - 1 and _card_teaser(w, lines, k, stripped):
            # "Title\nBy Catherine Putz\nDespite opposition, … from abroad.": the card's
            # teaser under its byline
            w.notes.append(stripped)
            w.consume(start, start + len(line))
            continue
        if k > 0 and _DAY_MONTH_LINE.fullmatch(stripped):
            w.notes.append(stripped)  # "Headline\n2 июня": a day of a year the card leaves out
            w.consume(start, start + len(line))
            continue
        if k > 1 and views_line(stripped):
            w.notes.append(stripped)  # "👁 18 240", "Просмотров: 2 341": the card's views
            w.consume(start, start + len(line))
            continue
        if k > 0 and relative_day_line(stripped):
            w.notes.append(stripped)  # "Headline\nВчера, 14:20", "…\neile 18:32": no date
            w.consume(start, start + len(line))
            continue
        if k > 0 and stripped[0].islower() and not _DOMAIN_LEAD.match(stripped):
            continue  # "… құқықтық\nнегіздері // Заң журналы": a wrapped line goes on
        if 0 < k < len(lines) - 1 and not w.authors and _BARE_NAME_LINE.fullmatch(stripped):
            who = _persons_named(stripped)
            if who is not None and len(who) == 1:
                # "Title\nҚасым Жұмалиев\nАлматы: Ғылым, 1965.": a catalogue card's author
                w.set_authors(who, start + line.find(stripped), start + len(line.rstrip()), 0.8)
                w.consume(start, start + len(line))
                continue
        if k > 0 and _read_meta_line(w, start, line):
            continue
        # a name/outlet line only in a card dated on another of its lines (not the headline)
        dated_elsewhere = k > 0 and any(
            _DIGIT.search(x) for j, (_, x) in enumerate(lines) if j not in (0, k)
        )
        if dated_elsewhere and _read_name_line(w, start, line):
            continue
        label = _source_label_end(line) if k > 0 and w.outlet is None else 0
        name = line[label:].strip(_SPACE_PUNCT) if label else ""
        if name and len(name.split()) <= 8:
            # "Headline\nИсточник: ОВД-Инфо": the line under the headline names its outlet
            n0 = start + line.find(name, label)
            w.set_outlet(n0, n0 + len(name), 0.85)
            w.consume(start, start + len(line))
            continue
        m = _ATTRIBUTION.match(line)
        if m and k > 0:
            inner = m.group(1)
            first = inner.split("|")[0]
            off = start + m.start(1)
            w.set_outlet(off, off + len(first), 0.8)
            others = [p.strip() for p in inner.split("|")[1:] if p.strip()]
            if others:
                w.notes.append("also: " + " | ".join(others))
            w.consume(start, start + len(line))
    _card_headline(w, lines)
    w.text = w.text.replace("\n", " ")


_BARE_NAME_LINE = re.compile(r"[^\W\d_][\w'’‘\-]+(?:\s[^\W\d_][\w'’‘\-]+){1,2}")
_MORE_TAIL = re.compile(r"(?:\s|\.)(?:More|Read more|Подробнее|Далее|Loe edasi|Толығырақ)\s*$")


def _card_teaser(w: _Work, lines: list[tuple[int, str]], k: int, text: str) -> bool:
    """The last line of a card retells the story: under a byline (``Title / By Catherine
    Putz / Despite opposition, …``), or closed by a "More" link (``Title / Kazakhstan's
    Foreign Ministry says … More``) under a headline that is no sentence of its own."""
    more = _MORE_TAIL.search(text)
    if more is None:
        return k >= 2 and bool(w.authors) and _teaser_sentence(text)
    first = lines[0][1].strip()
    return k == 1 and _teaser_sentence(text[: more.start()] + ".") and not first.endswith(".")


def _teaser_sentence(text: str) -> bool:
    """A sentence of a story (eight words or more, closed by its stop), no metadata."""
    return (
        len(text.split()) >= 8
        and text.rstrip()[-1:] in '.?!”"»…'
        and "http" not in text
        and "//" not in text
    )


def _card_headline(w: _Work, lines: list[tuple[int, str]]) -> None:
    """``Suv tanqisligi: Xorazm fermerlari nima deydi?\nDilnoza Yo‘ldosheva\n22.06.2023``,
    ``Мнение\nЖанар Сейткали\nЧто не так с программой «Отау»\n12 сентября``: when the
    other lines of a card held only its section, byline, outlet and date, the one line left
    is the headline whole — what stands before its colon is no outlet, a quoted name in it
    no title of its own."""
    live = []
    for start, line in lines:
        text = w.text[start : start + len(line)]
        for d in _dates.find_dates(text):
            text = text[: d.span.start] + " " * (d.span.end - d.span.start) + text[d.span.end :]
        rest = text.strip(_SPACE_PUNCT)
        if rest and not (_DIGIT.search(rest) and len(rest.split()) <= 3):  # "12 сентября"
            live.append((start, line))
    if (
        len(live) != 1
        or len(lines) < 2
        or w.text[live[0][0] : live[0][0] + len(live[0][1])] != live[0][1]
    ):
        return
    start, line = live[0]
    head = line.strip()
    if not (head[:1].isalpha() or head[:1] in QUOTE_CHARS):
        return  # "(дата обращения: 12.05.2024)" under a link: no headline
    if "//" in head or "http" in head or head.endswith(","):
        return
    if _DIGIT.search(head[:4] or "0") and not _COUNT_OPENING.match(head):
        return  # "12.05.2024 …", "2. …": a date or a number, no headline's first word
    if re.search(r"\.\s[–—-]\s", w.raw):
        return  # a GOST record wrapped over lines
    if ": " in head:
        before = head.split(": ", 1)[0]
        if (
            len(before.split()) > 5
            or any(ch in before for ch in ",.;" + QUOTE_CHARS)
            or _known_outlet(before)
            or _label_re("url_labels").match(before + ":")
        ):
            return
    elif w.authors and w.outlet is None and not _known_outlet(_DASH_TAIL.split(head)[-1]):
        pass  # "Тарифы … вырастут на 15–20% – МНЭ\nСалтанат Жумашева\n<date>": a byline card
    else:
        quoted = find_quoted(head) if any(ch in head for ch in QUOTE_CHARS) else []
        if (
            len(quoted) != 1
            or not quoted[0].closed
            or quoted[0].start == 0
            or re.search(r"\s[—–-]\s|\(", head)
        ):
            return
    at = start + line.find(head)
    w.set_title(at, at + len(head), 0.8)
    w.consume(at, at + len(head))


_COUNT_OPENING = re.compile(r"\d{1,3}\s[^\W\d_]{3}")  # "50 богатейших бизнесменов …"
_DAY_MONTH_LINE = re.compile(r"\d{1,2}\s[^\W\d_]{3,12}\.?(?:,?\s[0-2]?\d:[0-5]\d)?")


@functools.cache
def _editorial_staff_re() -> re.Pattern[str]:
    """``Редакция Orda.kz``: a site's staff before its name (``editorial_staff``)."""
    return re.compile(rf"(?:{_alternation(_labels()['editorial_staff'])})\s+(\S.{{1,60}})$", re.I)


_QUOTED_AFTER_NAME = re.compile(r"\s*,\s*[«„“\"]([^«»„“”\"]{2,60})[»“”\"]\s*")
_DASH_TAIL = re.compile(r"\s[—–-]\s|\.\s")
_CREDIT_AFTER_NAME = re.compile(r"\s*,\s*(?i:фото|photo|foto|сурет|видео|video)\s*:")


def _read_card_authors(w: _Work, start: int, line: str) -> bool:
    """A card's first line naming only its authors, the headline under it."""
    name = line.strip(_SPACE_PUNCT)
    if not name or _DIGIT.search(name) or len(name.split()) > 12 or _known_outlet(name):
        return False
    if any(ch in QUOTE_CHARS for ch in name):
        return False  # "Mirziyoyev Sh. “Qadimiy": a title opens on the authors' line
    persons = _parse_names(name)
    if not persons or len(persons) > 4 or any(not p.given for p in persons):
        return False
    at = start + line.find(name)
    w.set_authors(persons, at, at + len(name), 0.8)
    w.consume(start, start + len(line))
    return True


def _section_date_line(w: _Work, start: int, line: str) -> bool:
    """``ЭКОНОМИКА · 14 мая 2025`` over a headline: the section goes to the note, the date
    stays for the date reader."""
    found = _dates.find_dates(line)
    if len(found) != 1:
        return False
    d = found[0]
    rest = (line[: d.span.start] + " " + line[d.span.end :]).strip(_SPACE_PUNCT + "·•|")
    if not rest or rest.casefold() not in _label_set("section_words"):
        return False
    w.notes.append(rest)
    for k, ch in enumerate(line):
        if not ch.isspace() and not d.span.start <= k < d.span.end:
            w.consume(start + k, start + k + 1)
    return True


def _read_name_line(w: _Work, start: int, line: str) -> bool:
    """``Headline\nMärten Kivisild\n04.03.2024`` / ``Headline\nСуспільне Новини\n04.01.2025``:
    a line of its own under a headline, above the card's date, naming only a person or an
    outlet."""
    name = line.strip(_SPACE_PUNCT)
    staff = _editorial_staff_re().match(name)
    if staff is not None and w.outlet is None:  # "Редакция Forbes Kazakhstan" under a headline
        at = start + line.find(staff.group(1))
        w.set_outlet(at, at + len(staff.group(1)), 0.8)
        w.consume(start, start + len(line))
        return True
    words = name.split()
    known = _known_outlet(name)  # "24.kg": a known name may hold digits
    if not 1 <= len(words) <= 4 or (_DIGIT.search(name) and not known):
        return False
    if any(not x[:1].isupper() for x in words) and not known:
        return False
    at = start + line.find(name)
    if known or _is_organisation(name) or (len(words) == 1 and not _persons_named(name)):
        # one word of its own ("Ärileht", "Rus.Delfi") under the headline: a site's name
        if w.outlet is not None:
            return False
        w.set_outlet(at, at + len(name), 0.8 if known else 0.6)
    else:
        persons = _persons_named(name, retry=True) if len(words) >= 2 else None
        if persons is None or w.authors:
            return False
        w.set_authors(persons, at, at + len(name), 0.8)
    w.consume(start, start + len(line))
    return True


_META_LINE = re.compile(r"^\s*(?:\d{1,2}:\d\d,?\s*)?([^|,]{0,60}?)\s*(?:[|,]\s*)?$")


def _read_meta_line(w: _Work, start: int, line: str) -> bool:
    """A later line such as ``ERR Uudised, 14.06.2023`` / ``08:45, 3 апреля 2024`` /
    ``Автор: Данияр Садыков | 22.12.2023``: metadata under a headline, never title."""
    if not line.strip() or len(line) > 120:
        return False
    last = line.rstrip(_SPACE_PUNCT)[-1:]
    if last and last in '»”“"' and not find_quoted(line):
        return False  # "2030 года»": a quoted title wrapped from the line above goes on
    found = _dates.find_dates(line)
    if not found:
        return False
    rest = line
    for d in reversed(found):
        rest = rest[: d.span.start] + " " * (d.span.end - d.span.start) + rest[d.span.end :]
    undated = rest  # the time of day is consumed with the line, the date stays
    rest = re.sub(r"\b\d{1,2}:\d\d\b", " ", rest)
    parts = [p.strip(_SPACE_PUNCT) for p in re.split(r"[|,·•]", rest) if p.strip(_SPACE_PUNCT)]
    if len(parts) > 2 or any(len(p.split()) > 5 for p in parts):
        return False
    lead = line[: found[0].span.start].strip(_SPACE_PUNCT)
    if (
        len(lead.split()) >= 3
        and not _byline_re().match(lead)
        and not (_known_outlet(lead) or _looks_like_outlet(lead))
    ):
        return False  # "50 богатейших бизнесменов Казахстана – 2022": a dated headline
    for part in parts:
        at = start + line.find(part)
        by = _byline_re().match(part)
        if by:
            persons = _parse_names(by.group(1).strip(), strict=False)
            if persons:
                w.set_authors(persons, at + by.start(1), at + by.end(1), 0.8)
        elif (
            w.outlet is None
            and (_known_outlet(part) or _looks_like_outlet(part))
            and not part.casefold().startswith(_adoption_words())
            and part.casefold() not in _label_set("date_labels")
        ):  # not "Vastu võetud 22.04.2015" under an act's name, nor "Published: May 2013"
            w.set_outlet(at, at + len(part), 0.75)
    # the date stays in the text for the date reader; the rest of the line is consumed
    for k, ch in enumerate(undated):
        if not ch.isspace():
            w.consume(start + k, start + k + 1)
    return True


_LOCAL_ANCHOR = re.compile(
    r"""<a\s[^<>]{0,300}?href\s*=\s*["'](/(?![/#]|wiki/|w/)[^"'\s<>]+)["'][^<>]{0,300}>"""
    r"""([^<>]{2,300})</a\s*>""",
    re.I,
)
_HTML_ANCHOR = re.compile(
    r"""<a\s[^<>]{0,300}?href\s*=\s*["']((?:https?:)?//[^"'\s<>]+|www\.[^"'\s<>]+)["']"""
    r"""[^<>]{0,300}>([^<>]{2,300})</a\s*>""",
    re.I,
)


def _read_html_anchor(w: _Work) -> None:
    """``<a href="https://…">Title</a>, Outlet, <date>`` (or ``— Outlet``): an HTML line's
    link text is read as a Markdown link's label is (its title, or the outlet it names)."""
    m = _HTML_ANCHOR.search(w.raw) if w.url is None and "</a" in w.folded else None
    if m is None or not re.match(r"\s*(?:,|—|–|&mdash;|&ndash;)", w.raw[m.end() :]):
        return  # "<a …>Title</a> (Outlet, <date>)": the bracket readers' shape
    w.url = m.group(1)
    w.url_span = Span(m.start(1), m.end(1))
    _link_label(w, m.start(2), m.end(2))
    w.consume(m.start(), m.end())


_HTML_HEADING = re.compile(r"<h([1-6])\b[^<>]{0,300}>([^<>]{3,400})</h\1\s*>", re.I)
_HTML_PARAGRAPH = re.compile(r"<p\b[^<>]{0,300}>([^<>]{3,2000})</p\s*>", re.I)


def _read_html_heading(w: _Work) -> None:
    """A news card in HTML or JSX (``<a href=…><h3>Title</h3><p>Teaser …</p></a>``): the
    heading is the title, the paragraphs under it retell the story."""
    m = _HTML_HEADING.search(w.raw)
    if m is None or w.title is not None:
        return
    text = w.raw[m.start(2) : m.end(2)]
    lead = len(text) - len(text.lstrip())
    inner = text.strip()
    if not inner:
        return
    w.set_title(m.start(2) + lead, m.start(2) + lead + len(inner), 0.85)
    w.consume(m.start(2), m.end(2))
    for p in _HTML_PARAGRAPH.finditer(w.raw, m.end()):
        w.notes.append(_WS.sub(" ", p.group(1)).strip())
        w.consume(p.start(1), p.end(1))


_WIKI_LINK = re.compile(r"\[((?:https?:)?//[^\s\[\]]+)\s+([^\[\]]{2,300})\]")


def _read_markdown_link(w: _Work) -> None:
    m = _MD_LINK.search(w.text)
    if m is not None and m.group(1).strip().casefold() in _label_set("section_words"):
        # "[Opinion](…/section/opinion/) … [Title](…/article/…)": a card's section link
        m = next(_MD_LINK.finditer(w.text, m.end()), m)
    if not m and ("[http" in w.text or "[//" in w.text):
        # wikitext "[http://… Label]": the link first, then its label, in single brackets
        wl = _WIKI_LINK.search(w.text)
        if wl is not None:
            w.url = wl.group(1)
            w.url_span = Span(wl.start(1), wl.end(1))
            _link_label(w, wl.start(2), wl.end(2))
            w.consume(wl.start(), wl.end())
        return
    if not m:
        return
    w.url = m.group(2).strip()
    w.url_span = Span(m.start(2), m.end(2))
    if not _URL.match(m.group(1).strip()):  # (not "[https://x](https://x)": the link itself)
        _link_label(w, m.start(1), m.end(1))
    w.consume(m.start(), m.end())
    tail = _LABELLED_TAIL.fullmatch(w.text, m.end())
    if tail is not None:  # "[Title](…) _Context: Lithuania, Russia_": the list's own tags
        w.notes.append(tail.group(1).strip())
        w.consume(m.end(), len(w.text))


_LABELLED_TAIL = re.compile(r"\s*[“_*]?\s*([^\W\d_]{3,20}:\s[^“”:]{1,80}?)\s*[”_*]?\s*")


_LABEL_HEAD = re.compile(r"\s*+([^:,\s][^:,]{1,39}?)\s*(?::\s+|,\s*|\s[—–-]\s+)(?=\S)")


def _link_label(w: _Work, start: int, end: int) -> None:
    """A link's label is its title, unless it names the link's site: ``[Global Times](…)``
    (the site), ``[Iltalehti: Title](…)`` (site and title), ``[China Daily, 2023-05-19](…)``
    (site and date)."""
    label = w.raw[start:end]
    if w.url and _names_site(label.strip(_SPACE_PUNCT), w.url):
        w.set_outlet(start, end, 0.85)
        return
    head = _LABEL_HEAD.match(label)
    if head and w.url and _head_names_site(head.group(1), w.url):
        rest = label[head.end() :]
        sep0 = label[head.end(1) :].lstrip()[:1]
        date = _dates.parse_date(rest.strip(_SPACE_PUNCT)) if sep0 == "," else None
        w.set_outlet(start + head.start(1), start + head.end(1), 0.85)
        if date is not None:
            w.set_date(date, start + head.end(), end, 0.9)
            return
        dated = _DATE_COLON.match(label, head.end()) if date is None and sep0 == "," else None
        when = _dates.parse_date(dated.group(1)) if dated else None
        if dated is not None and when is not None:
            # "[ERR (rus.), 14.02.2024: Title](…)": site, date, then the headline
            w.set_date(when, start + dated.start(1), start + dated.end(1), 0.9)
            w.set_title(start + dated.end(), end, 0.9)
            return
        sep = label[head.end(1) :].lstrip()[:1]
        if sep == "-" or (sep in ":—–" and _outlet_kind(w) in (None, *_NEWS_KINDS)):
            # a news site's headline; "[UN Women: Europe and Central Asia]" names a page;
            # "[Freedom House - Title]": a hyphen between spaces parts a site from its page
            w.set_title(start + head.end(), end, 0.9)
            return
        w.clear_outlet()
    lead_date = _LABEL_DATE_LEAD.match(label)
    if lead_date is not None and len(label) - lead_date.end() > 10:
        # "[2019/4/17 After 5 years of …](…)", "[2/25 Title](…)": a curator's date first
        when = _dates.parse_date(lead_date.group(1).replace("/", "-"))
        if when is not None and w.date is None:
            w.set_date(when, start + lead_date.start(1), start + lead_date.end(1), 0.85)
        else:
            w.notes.append(lead_date.group(1))
        w.consume(start, start + lead_date.end())
        start += lead_date.end()
        label = w.raw[start:end]
    by = _LABEL_AUTHOR_YEAR.search(label) if w.url else None
    who = _byline_persons(by.group(1).strip()) if by is not None and by.start() > 10 else None
    if by is not None and who:
        # "[Title - Darren L. Linvill, Patrick L. Warren(2020)](…)": the authors and year
        w.set_authors(who, start + by.start(1), start + by.end(1), 0.8)
        year = by.group(3)
        if w.date is None and not re.search(rf"/{year}[/-][01]\d[/-]", w.url or ""):
            # (a month in the link's path, "/2020/08/", dates it more closely)
            at = start + by.start(3)
            w.set_date(PartialDate(int(year), text=year), at, at + len(year), 0.8)
        if by.group(2):
            w.notes.append(by.group(2))
        w.consume(start + by.start(), end)
        end = start + by.start()
        label = w.raw[start:end]
    tail = _LABEL_TAIL.search(label) if w.url else None
    if tail is not None and w.url and tail.start() > 3 and _head_names_site(tail.group(1), w.url):
        # "[Война России с Украиной - BBC](https://www.bbc.com/…)": the headline, then the site
        w.set_outlet(start + tail.start(1), start + tail.end(1), 0.85)
        end = start + tail.start()
    year = _LABEL_YEAR.search(w.raw, start, end)
    if year is not None and w.date is None:
        # "[Как переехать в Грузию (2022)](…)": a list curator's year after the title
        w.set_date(
            PartialDate(int(year.group(1)), text=year.group(1)), year.start(1), year.end(1), 0.8
        )
        end = year.start()
    w.set_title(start, end, 0.9)


_LABEL_YEAR = re.compile(r"\s\(((?:19|20)\d\d)\)\s*$")
_LABEL_DATE_LEAD = re.compile(r"\s*((?:(?:19|20)\d\d/)?[01]?\d/[0-3]?\d)\s+(?=\S)")
_LABEL_AUTHOR_YEAR = re.compile(
    r"\s[-–—]\s+([^\W\d_][^()\-–—]{2,120}?)\s?\(([^\W\d_]{0,30}?)((?:19|20)\d\d)\)\s*$"
)
_LABEL_TAIL = re.compile(r"\s[-–—|]\s+([^-–—|\s][^-–—|]{1,60}?)\s*$")


_DATE_COLON = re.compile(r"\s*+([^:]{4,30}?)\s?:\s+(?=\S)")


def _head_names_site(head: str, url: str) -> bool:
    """``Investor.ge``, ``LRT English`` (lrt.lt): a label's head that names the link's
    site, whole or by its first word."""
    words = head.split()
    return _names_site(head, url) or (2 <= len(words) <= 3 and _names_site(words[0], url))


def _squashed(name: str) -> str:
    """``Duvar English`` → ``duvarenglish``: a name as a domain would spell it."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


@functools.lru_cache(maxsize=1024)
def _romanized_squashed(name: str) -> str:
    """A Cyrillic name as a web address would spell it (``Черта`` → ``cherta``)."""
    from kzcite.romanize import romanize  # iuliia loads only when a name needs it

    return _squashed(romanize(name, "wikipedia"))


def _site_name(text: str, url: str) -> bool:
    """Is ``text`` a short name (four words at most) of the site of ``url``?"""
    return len(text.split()) <= 4 and _names_site(text, url)


def _other_site(w: _Work, name: str) -> bool:
    """Whether the line links a registered site that ``name`` is not: "Ukrainian National
    Assembly – Ukrainian People's Self-Defence ..." on a Wikipedia link is one title."""
    if w.url is None or _known_outlet(name):
        return False
    site = _known_names().lookup_url(w.url)
    return site is not None and not any(_names_site(x, w.url) for x in name.split())


def _names_site(name: str, url: str) -> bool:
    """Does ``name`` name the site of ``url`` (``Global Times``: globaltimes.cn)?"""
    squashed = _squashed(name)
    if len(squashed) < 3 and not (len(squashed) == 2 and name.isupper()):
        return False  # (an acronym of two capitals, "RT": rt.com, may name its site)
    host = _outlets.domain_of(url) or ""
    registered = _outlets.registered_domain(url) or ""
    spellings = (registered.split(".", 1)[0], host.replace(".", ""), registered.replace(".", ""))
    if squashed in spellings:
        return True
    if not squashed.isascii() and _romanized_squashed(name) in spellings:
        return True  # "Черта": cherta.media
    entry = _known_names().lookup_name(name)
    site = _known_names().lookup_url(url)
    return entry is not None and site is not None and entry.id == site.id


def _read_urls(w: _Work) -> None:
    # only "d" and "D" lower-case to a "d": without them no "doi", and no lower() of the line
    low = w.text.lower() if "d" in w.text or "D" in w.text else ""
    doi = "doi" in low or "doı" in low  # _DOI needs "doi:" or "doi.org/" (re.I: i ~ ı)
    if "/" not in w.text and "www." not in w.text and not doi:
        return
    for m in _DOI.finditer(w.text) if doi else ():
        if w.doi is None:
            w.doi = m.group(1).rstrip(_URL_TRAIL)
    found = []
    for m in _URL.finditer(w.text):
        url = m.group(0)
        end = m.start() + len(url)
        while url and url[-1] in _URL_TRAIL:
            if url[-1] == ")" and url.count("(") > url.count(")") - 1 and "(" in url:
                break
            url = url[:-1]
            end -= 1
        if len(url) < 8:
            continue
        found.append((m.start(), end, url))
    # a bare link's host ends in a lower-case letter right before its "/" (not "//", "1/2")
    if not found and "." in w.text and _LETTER_SLASH.search(w.text):
        # "meduza.io/feature/2024/03/03/…": a link written without its scheme
        for m in _BARE_URL.finditer(w.text):
            url = m.group(0).rstrip(_URL_TRAIL)
            found.append((m.start(), m.start() + len(url), url))
    for start, end, url in found:
        if w.url is None:
            w.url = url
            w.url_span = Span(start, end)
            w.confidence["url"] = 0.99
        elif url != w.url:
            w.urls.append(url)
        w.consume(start, end)
        loc = _trail_locator_re().match(w.text, end)
        if loc and loc.end() > loc.start():
            w.notes.append(w.raw[loc.start() : loc.end()].strip())
            w.consume(loc.start(), loc.end())
    if _may_have(w, "url_labels"):
        for m in _label_re("url_labels").finditer(w.text):
            w.consume(m.start(), m.end())


def _read_dates(w: _Work, quoted: list[Quoted], *, first: bool = False) -> None:
    if w.date_matches is None:
        matches = _dates.find_dates(w.text)
    else:  # found before: keep those whose text is still there
        matches = [
            m
            for m in w.date_matches
            if m.role == "published"
            and w.text[m.span.start : m.span.end] == w.raw[m.span.start : m.span.end]
        ]
    candidates = []
    for m in matches:
        if _take_side_date(w, m):
            continue
        inside = any(q.inner_start <= m.span.start and m.span.end <= q.inner_end for q in quoted)
        if inside or _year_in_title(w, m) or _original_year(w, m):
            continue
        candidates.append(m)
    invalid: tuple[Span, ...] | list[Span] = ()
    scan = w.date_scan  # unchanged text since the side-date scan: its answer holds
    if scan is not None and scan.text == w.text:
        if scan.invalid and _DATEISH.search(w.text):
            invalid = scan.invalid
    elif _DATEISH.search(w.text):
        invalid = _dates.find_invalid_dates(w.text)
    for bad in invalid:
        w.diagnostics.append(
            Diagnostic("invalid-date", f"no such date: {w.raw[bad.start : bad.end]!r}", bad)
        )
    if w.date is not None:
        return
    candidates = [_with_season(w, _with_day_month(w, c)) for c in candidates]
    if first:  # an act's own date; a period in its name ("на 2020–2030 годы") is none
        pick = next((c for c in candidates if c.kind != "range"), None)
    else:
        pick = _pick_date(candidates, w.raw)
    if pick is not None:
        for other in candidates:
            if other is not pick and other.kind == "year" and other.date == pick.date:
                at = other.span.start
                prev = _WORD_BEFORE.search(w.text, max(0, at - 30), at)
                if (
                    prev
                    and other.span.end < pick.span.start
                    and (prev.group(1)[:1].islower() or _after_place(w.raw, pick.span.start))
                ):
                    # "… на начало 2024 года: стат. сборник. Бишкек, 2024", "Rocznik
                    # Statystyczny 2023, Warszawa 2023": the title's year, then the imprint's
                    continue
                _consume_date(w, other.span)
        w.set_date(pick.date, pick.span.start, pick.span.end, 0.95 if pick.kind != "year" else 0.8)
        _consume_date(w, pick.span)


_ORIGINAL_BRACKET = re.compile(rf"{_YEAR}\s?\[$")


def _original_year(w: _Work, m: _dates.DateMatch) -> bool:
    """A reprint's first year: ``2006 [1983]``, ``(Original work published 1978)``,
    ``(Алғашқы басылымы: 1913)``; the edition in hand has the other date."""
    if m.kind != "year":
        return False
    if _ORIGINAL_BRACKET.search(w.raw, max(0, m.span.start - 6), m.span.start):
        return True
    open_at = w.raw.rfind("(", max(0, m.span.start - 80), m.span.start)
    if open_at == -1 or ")" in w.raw[open_at : m.span.start]:
        return False
    # "(Almaty: Daik-Press, 2004; orig. pub. 1978)": the words in the year's own part
    open_at = max(open_at, w.raw.rfind(";", open_at, m.span.start))
    return _label_re("first_edition").search(w.raw, open_at, m.span.start) is not None


_THIS_YEAR = datetime.date.today().year
_DATEISH = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d|\b(?:3[01]|29)\s")
_DAY_MONTH = re.compile(
    r"(?:\.?\s[—–-]\s|\.\s)(\d{1,2}(?:\.?\s|-)[^\W\d_](?:[^\W\d_]|'(?=[^\W\d_])){2,12}\.?"
    r"|[^\W\d_]{3,12}\.?\s\d{1,2}(?![.,]?\s*\d))(?=[\s.,;]|$)"
)  # "– 2017. – 9 qaras'a" (the 2017 Kazakh Latin alphabet writes ш as s'), "– 14-апрель",
# "— January 11"


def _with_day_month(w: _Work, c: _dates.DateMatch) -> _dates.DateMatch:
    """GOST ``2022. — 17 марта``: a year area followed by a day-and-month area."""
    if c.kind != "year":
        return c
    m = _DAY_MONTH.match(w.raw, c.span.end)
    if m is None:
        return c
    full = _dates.parse_date(f"{m.group(1).rstrip('.')} {c.date.year}") or _dates.parse_date(
        f"{m.group(1)} {c.date.year}"
    )
    if full is None or full.year != c.date.year:
        return c
    return attrs.evolve(c, date=full, span=Span(c.span.start, m.end(1)), kind="words")


def _year_in_title(w: _Work, m: _dates.DateMatch) -> bool:
    """``2024 Kazakhstan floods: …`` / ``Kazakhstan-2050``: a year that belongs to the words."""
    if m.kind != "year":
        return False
    if m.date.year > _THIS_YEAR + 1:
        return True
    if _on_own_line(w.raw, m.span):
        return False  # "Headline\n2022 г.\nПросмотров: 1 543": a card's date line
    before = w.text[: m.span.start]
    after = w.text[m.span.end : m.span.end + 2]
    if not before.strip(_SPACE_PUNCT + "(") and after[:1] == " " and after[1:2].isalpha():
        return True
    if before[-1:] in ("-", "–") and before[-2:-1].isalpha():
        return True
    if _season_in_title(w, m, before):
        return True
    # "обучение в вузах в 2024 году", "kinnitas 2025. aasta eelarve", "населення 2001 року":
    # a year between lower-case words is part of the running title
    prev = _WORD_BEFORE.search(before, max(0, m.span.start - 30))
    if prev is None or not prev.group(1)[:1].islower():
        return False
    if prev.group(1).casefold() in _season_words() or len(prev.group(1)) > 20:
        return False
    rest = w.text[m.span.end :]
    if re.match(r"\.\s+[^\W\d_]", rest) and ". " not in before and len(before.split()) >= 2:
        return True  # "Перепис населення 2001. Державна служба …": the first sentence's year
    return not rest.strip(_SPACE_PUNCT) or bool(re.match(r"\s[^\W\d_]*[a-zа-яёәғқңөұүһіїєґ]", rest))


def _on_own_line(raw: str, span: Span) -> bool:
    """Whether ``span`` is all a wrapped record's line holds, but for punctuation."""
    if "\n" not in raw:
        return False
    start = raw.rfind("\n", 0, span.start) + 1
    end = raw.find("\n", span.end)
    line = raw[start : len(raw) if end == -1 else end]
    return start > 0 and not (line[: span.start - start] + line[span.end - start :]).strip(
        _SPACE_PUNCT
    )


_AFTER_TITLE_BRACKET = re.compile(r"\)\s*(?:[–—:-]\s*)?[^\W\d_]")


def _season_in_title(w: _Work, m: _dates.DateMatch, before: str) -> bool:
    """``Central Asia Barometer Survey Wave 12 (Fall 2022) – Uzbekistan``: a season in
    brackets between a title's words is the period it covers, not when it appeared."""
    if "(" not in before[-25:]:
        return False
    season = _WORD_BEFORE.search(before, max(0, m.span.start - 20))
    if season is None or season.group(1).casefold() not in _season_words():
        return False
    head = before[: season.start()].rstrip()
    if not head.endswith("(") or _AFTER_TITLE_BRACKET.match(w.text, m.span.end) is None:
        return False
    words = head[:-1].split()
    return len(words) >= 3 and len(words[-1]) >= 2 and not words[-1].endswith(".")


@functools.cache
def _season_words() -> dict[str, int]:
    table = data_json("labels.json")["seasons"]
    return {word.casefold(): int(n) for n, words in table.items() for word in words}


_WORD_BEFORE = re.compile(r"([^\W\d_]++)\s+$")  # possessive: a letter is never a space


def _with_season(w: _Work, c: _dates.DateMatch) -> _dates.DateMatch:
    """``Spring 2022`` / ``весна 2022`` / ``Winter 2021``: a year at season precision."""
    if c.kind != "year" or c.date.month is not None:
        return c
    m = _WORD_BEFORE.search(w.text, max(0, c.span.start - 20), c.span.start)
    if m is None:
        return c
    season = _season_words().get(m.group(1).casefold())
    if season is None:
        return c
    date = attrs.evolve(c.date, season=season, text=w.raw[m.start(1) : c.span.end])
    return attrs.evolve(c, date=date, span=Span(m.start(1), c.span.end), kind="season")


_SERIES_LEAD = re.compile(rf"((?:[^\W\d_][\w-]*\s){{1,4}}{_NO_MARK}?\d[\d/.-]{{0,9}}):\s+(?=\S)")
_SERIES_TAIL = re.compile(
    rf"[.,]\s+((?:[^\W\d_][\w-]*\s){{1,4}}{_NO_MARK}?\d[\d/.-]{{0,9}}(?:[A-Z]\s?\d{{1,4}})?)\.?\s*$"
)


_NAME_THEN_QUOTED = re.compile(r"(.{2,40}?)\.\s+[«„“\"](.{3,}?)[»“”\"]$")


def _narrowed(raw: str, value: str, span: Span | None) -> Span | None:
    """The span of ``value`` (a field shortened after it was read) inside its old ``span``,
    found however the blanks between its words were written; the old span if not found."""
    if span is None or not value:
        return span
    at = raw.find(value, span.start, span.end)
    if at != -1:
        return Span(at, at + len(value))
    words = value.split()
    if len(words) > 60:
        return span
    m = re.compile(r"\s+".join(map(re.escape, words))).search(raw, span.start, span.end)
    return Span(m.start(), m.end()) if m else span


_CHANNEL_QUOTED = re.compile(
    r"(?:[\w-]*(?i:канал)\w*|(?i:channel)|\w*арнасы)\s+[«„“\"]([^«»„“”\"]{2,60})[»“”\"]"
    r"|[«„“\"]([^«»„“”\"]{2,60})[»“”\"]\s+(?:\w*арнасы|(?i:канал\w*|channel))"
)
_HANDLE_POST = re.compile(r"([^\W\d_][^()@,]{2,60}?)\s\(@[\w.]{2,40}\)(?:,\s[^,]{2,40})?")


def _note_once(w: _Work, note: str) -> None:
    if not any(note in n for n in w.notes):
        w.notes.append(note)


def _platform_of(w: _Work) -> str | None:
    """The platform (YouTube, Telegram …) the item is on: its outlet, its label or its link."""
    platforms = _label_set("platforms")
    if w.outlet is not None:
        return w.outlet if w.outlet.casefold() in platforms else None
    if w.platform is not None:
        return w.platform[0]
    site = _known_names().lookup_url(w.url) if w.url else None
    return site.name if site is not None and site.name.casefold() in platforms else None


def _channel_named_on_platform(w: _Work) -> None:
    """``Telegram-канал «Бесполезные ребята» (@…). Пост от …`` / ``Партия Дурака. Выпуск
    112 … // YouTube`` / ``Aigerim Toleukhanova (@a.toleukhanova), Instagram post``: on a
    platform, a named channel is the outlet and a handle's owner the author."""
    folded = w.folded
    quoted_channel = "кана" in folded or "арна" in folded or "channel" in folded
    ch = _CHANNEL_QUOTED.search(w.raw) if quoted_channel else None
    title, ts = w.title, w.title_span
    if ch is None and (title is None or (". " not in title and "(@" not in title)):
        return  # none of the three shapes: the platform lookup is skipped
    platform = _platform_of(w)
    if platform is None:
        return
    if ch is not None:
        g = 1 if ch.group(1) is not None else 2
        _note_once(w, platform)
        w.set_outlet(ch.start(g), ch.end(g), 0.8)
        ts = w.title_span
        if ts is not None and ts.start <= ch.start() < ts.end:
            w.title = w.title_span = None  # "Telegram-канал «…». Пост от …": a post, no title
            w.confidence.pop("title", None)
        return
    if title is None or ts is None:
        return
    hp = _HANDLE_POST.fullmatch(title)
    who = _persons_named(hp.group(1), retry=True) if hp is not None and not w.authors else None
    if hp is not None and who is not None:
        w.set_authors(who, ts.start, ts.start + len(hp.group(1)), 0.75)
        if w.outlet is None:
            w.outlet = platform  # the platform the person posted on
        w.notes.append(title[len(hp.group(1)) :].strip(" ,"))
        w.title = w.title_span = None
        w.confidence.pop("title", None)
        return
    lead = _NAME_SENTENCE.match(title) if not w.authors else None
    name = lead.group(1).strip() if lead is not None else ""
    if lead is not None and 1 <= len(name.split()) <= 4 and not _persons_named(name):
        # "Партия Дурака. Выпуск 112: …  // YouTube": the channel, then the video's title
        _note_once(w, platform)
        at = w.raw.find(name, ts.start, ts.end)
        w.name_outlet(name, at, at + len(name), 0.75)
        w.title = title[lead.end() :]
        w.title_span = _narrowed(w.raw, w.title, ts)


def _channel_before_title(w: _Work) -> None:
    """``Редакция. «Казахстан: год после Кантара» [Видео] // YouTube-канал «Редакция»``:
    the channel's own name before the quoted title is no part of it."""
    m = _NAME_THEN_QUOTED.match(w.title or "")
    if m is None or w.outlet is None or m.group(1).casefold() != w.outlet.casefold():
        return
    w.title = m.group(2)
    w.title_span = _narrowed(w.raw, w.title, w.title_span)


_SERIES_COMMA_LEAD = re.compile(r"([^\W\d_][^,:]{3,80}?\s(?:N°|N\.|No\.?|Nr\.?|№)\s?\d+),\s+")


def _series_in_title(w: _Work) -> None:
    """``Policy Brief No. 14: Title`` / ``Title. NHC Report 2/2022`` / ``Title. CCDR Series``
    / ``Crisis Group … Report N°267, Title``: a report series (and its number) at either end
    of the title goes to the notes; a known body opening the series becomes the outlet."""
    title = w.title
    if title is not None and ". " in title:
        head, _, last = title.rpartition(". ")
        if len(head) >= 10 and len(last.split()) <= 4 and _series_sentence_re().fullmatch(last):
            w.notes.append(last)  # "Kazakhstan Country … Report. CCDR Series"
            w.title = title = head
            w.title_span = _narrowed(w.raw, title, w.title_span)
    if title is None or _DIGIT.search(title) is None:
        return
    comma_lead = _SERIES_COMMA_LEAD.match(title)
    rest_dates = _dates.find_dates(title[comma_lead.end() :]) if comma_lead is not None else []
    if (
        comma_lead is not None
        and len(title) - comma_lead.end() >= 10
        and _report_words_re().search(comma_lead.group(1))
        and not (rest_dates and rest_dates[0].span.start == 0)  # "…No. 71, January 2023"
        # "Working Paper No. 12, Harvard University": the publisher, not a title
        and not _org_like(title[comma_lead.end() :])
        and not _known_outlet(title[comma_lead.end() :])
    ):
        # "Crisis Group Europe & Central Asia Report N°267, Title": the body's series first
        series = comma_lead.group(1)
        w.notes.append(series)
        w.title = title = title[comma_lead.end() :]
        w.title_span = _narrowed(w.raw, title, w.title_span)
        words = series.split()
        for k in range(min(4, len(words) - 1), 0, -1):
            body = " ".join(words[:k])
            if w.outlet is None and _known_outlet(body):
                at = w.raw.find(body)
                w.name_outlet(body, at, at + len(body), 0.7)
                break
    lead = _SERIES_LEAD.match(title) if ":" in title[:60] else None
    if lead and re.search(rf"\s{_YEAR}(?:[/–-](?:{_YEAR}|\d\d))?$", lead.group(1)):
        lead = None  # "Human Development Report Kyrgyzstan 2021: The Future of Work": a year
    if lead and _is_series(lead.group(1)) and len(title) - lead.end() >= 10:
        w.notes.append(lead.group(1))
        w.title = title[lead.end() :]
    end = (w.title or "").rstrip(". ")
    tail = (
        _SERIES_TAIL.search(w.title or "")
        if end[-1:].isdigit() and (". " in end or ", " in end)
        else None
    )
    if tail and _is_series(tail.group(1)) and tail.start() >= 10:
        w.notes.append(tail.group(1))
        w.title = (w.title or "")[: tail.start()]
    elif w.outlet is None and ", " in (w.title or ""):
        _comma_series_tail(w)
    if w.title != title and w.title:
        w.title_span = _narrowed(w.raw, w.title, w.title_span)


_NO_MARK_LEAD = re.compile(_NO_MARK + r"\d")
_COMMA_SERIES = re.compile(
    rf",\s+((?:[^\W\d_][\w-]*\s){{0,3}}[^\W\d_][\w-]*)(?:,\s*{_NO_MARK}(\d[\d/.-]*))?\s*$"
)


def _comma_series_tail(w: _Work) -> None:
    """``Marek Zieliński, Kazakhstan: …, OSW Commentary, no. 512, 14.03.2023``: a think
    tank's series closing an unquoted title (its number after a comma) is the outlet
    where the line names no other."""
    title = w.title or ""
    last = title.rsplit(", ", 2)
    name = last[-2] if len(last) > 2 and _NO_MARK_LEAD.match(last[-1]) else last[-1]
    if not name[:1].isupper() or name.count(" ") > 3:
        return
    m = _COMMA_SERIES.search(title)
    if m is None or m.start() < 10:
        return
    name = m.group(1)
    words = name.split()
    if not all(x[:1].isupper() for x in words) or not (
        _report_words_re().search(name)
        or any(x.casefold() in _label_set("series_names") for x in words)
    ):
        return
    w.title = title[: m.start()]
    at = w.raw.find(name, w.title_span.start if w.title_span else 0)
    if at != -1:
        w.name_outlet(name, at, at + len(name), 0.6)
    if m.group(2):
        w.number = w.number or m.group(2)
    w.kind = Kind.REPORT


_SERIES_NUMBER_IMPRINT = re.compile(
    r"\.?\s*(?:No\.?|N°|Nr\.?|no\.)?\s*(?P<no>\d[\d/\-]*)[.,]\s+"
    r"(?:(?P<place>[^\W\d_][^,.:;\d]{1,40}):\s*)?(?P<pub>[^\W\d_][^,.:;\d]{2,80}?)"
    rf"(?:,\s*(?P<place2>[^\W\d_][^,.;\d]{{1,40}}?(?:,\s*[A-Z]{{2}})?))?(?:,\s*{_YEAR})?\.?\s*$"
)


def _series_then_publisher(w: _Work) -> None:
    """``Title.” Policy Research Working Paper 9741, World Bank, Washington, DC.`` /
    ``OSW Commentary No. 512. Warsaw: Centre for Eastern Studies, 2023.``: a series and its
    number, then the body that published it, which is the outlet; the series is a note."""
    span = w.outlet_span
    if w.outlet is None or span is None or w.title is None:
        return
    series = re.sub(r"\s(?:No|Nr|N°)\.?$", "", w.outlet)
    if not _report_words_re().search(series) and w.outlet == series:
        return
    m = _SERIES_NUMBER_IMPRINT.match(w.raw, span.end)
    if m is None or m.group("pub").strip() in _places():
        return
    w.notes.append(f"{series} {m.group('no')}")
    place2 = (m.group("place2") or "").strip()
    month = _dates.parse_date(f"{place2} {w.date.year if w.date else 2000}") if place2 else None
    if month is not None and month.month is not None:
        if w.date is not None and w.date.month is None:
            w.date = month  # "Policy Brief 52, OSCE Academy in Bishkek, March."
        place2 = ""  # a month is no place
    w.place = (m.group("place") or place2).strip() or w.place
    w.name_outlet(_clean_outlet(m.group("pub")), m.start("pub"), m.end("pub"), 0.75)
    w.consume(m.start(), m.end())


def _is_series(text: str) -> bool:
    """A report series with its number: a report word or a number mark in it."""
    return bool(
        _report_words_re().search(text)
        or _NUMBER_MARKED.search(text)
        or text.split()[0].casefold() in _label_set("series_names")
    )


def _later_full_date(w: _Work) -> None:
    """``Eesti Töötukassa (2023). Title. Töötukassa analüüs, 14. juuni 2023.``: a full date
    of the same year later in the line, outside the title, is the item's day."""
    d, span = w.date, w.date_span
    if d is None or d.month is not None or span is None or not w.date_matches or w.legal:
        return  # an act's gazette date is never its own
    ts = w.title_span
    for m in w.date_matches:
        inside = ts is not None and ts.start <= m.span.start < ts.end
        if (
            m.role == _dates.PUBLISHED
            and m.kind != "range"
            and m.date.year == d.year
            and m.date.day is not None
            and m.span.start >= span.end
            and not inside
        ):
            w.date = m.date
            os_ = w.outlet_span
            if w.outlet and os_ is not None and os_.start < m.span.start < os_.end:
                # "Eurasianet, June 8, 2022": the outlet read before the day ends at it
                name = w.raw[os_.start : m.span.start].strip(_SPACE_PUNCT)
                if name:
                    w.outlet = name
                    w.outlet_span = Span(os_.start, os_.start + len(name))
            return


def _date_after_title(w: _Work) -> None:
    """``Makroekonomisko norišu pārskats. 2023. gada decembris``: a date of the item's
    year closing the title sentence makes the year more precise and leaves the title."""
    d, title = w.date, w.title
    if d is None or title is None or d.month is not None or ". " not in title:
        return
    found = _dates.find_dates(title)
    last = found[-1] if found else None
    if last is None or last.date.month is None or last.date.year != d.year:
        return
    head = title[: last.span.start].rstrip()
    if title[last.span.end :].strip(_SPACE_PUNCT) or not head.endswith(".") or len(head) < 10:
        return
    w.date = last.date
    w.title = head[:-1].rstrip()
    w.notes.append(title[last.span.start :].strip())
    w.title_span = _narrowed(w.raw, w.title, w.title_span)


def _add_editors(w: _Work) -> None:
    """Editors named after the authors (``; под ред. …``) count as authors too."""
    if not w.editors:
        return
    known = {p.family.casefold() for p in w.authors}
    extra = tuple(p for p in w.editors if p.family.casefold() not in known)
    if extra:
        w.authors = w.authors + extra
        w.confidence.setdefault("authors", 0.75)


def _author_named_like_site(w: _Work) -> None:
    """``Duvar English, “Title,” <date>, https://www.duvarenglish.com/…``: the "person"
    whose name, run together, is the name of the link's site is the site."""
    if len(w.authors) != 1 or not w.url or w.authors_span is None:
        return
    span = w.authors_span
    name = w.raw[span.start : span.end].strip(_SPACE_PUNCT)
    squashed = _squashed(name)
    if len(squashed) < 5 or squashed not in w.url.casefold():
        return  # the cheap test first: the run-together name must stand in the link
    registered = _outlets.registered_domain(w.url)
    if not registered or squashed != registered.split(".", 1)[0]:
        return
    w.authors = ()
    w.authors_span = None
    w.confidence.pop("authors", None)
    w.outlet = name
    w.outlet_span = Span(span.start, span.start + len(name))
    w.confidence["outlet"] = 0.8


_ISSUE_MONTH = re.compile(r"\d\s*\(([^\W\d_]{3,12}\.?)\)\s*[:,.;]")


def _month_of_issue(w: _Work) -> None:
    """``2023. “Title.” Digest, no. 132 (June): 2–7``: the month (or season) of an issue,
    after the year of an author-date line, makes the date more precise."""
    d = w.date
    if d is None or d.month is not None or d.season is not None or w.date_span is None:
        return
    m = _ISSUE_MONTH.search(w.raw, w.date_span.end)
    if m is None:
        return
    word = m.group(1)
    season = _season_words().get(word.casefold())
    if season is not None:
        w.date = attrs.evolve(d, season=season)
        return
    full = _dates.parse_date(f"{word} {d.year}")
    if full is not None and full.year == d.year and full.month is not None and full.day is None:
        w.date = attrs.evolve(d, month=full.month)


_DAY_MONTH_END = re.compile(
    r",\s{1,2}(\d{1,2}\.?\s{1,2}[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?(?:\s{1,2}\d{1,2})?)[.,;\s]*$"
)


def _day_month_at_end(w: _Work) -> None:
    """``Saferworld (2022). Title. Briefing N°14, 12 August.``: a day and month (or a month
    alone) closing an author-date line, with no year of their own, date the item within
    its year."""
    d, span = w.date, w.date_span
    if d is None or d.month is not None or span is None or w.legal:
        return
    m = _DAY_MONTH_END.search(w.text, span.end)
    if m is None:
        # read into the notes by now: "(2022), ‘Title’, 18 May, https://…", "№ 4 (44), ноябрь"
        for note in w.notes:
            last = note.rsplit(",", 1)[-1].strip(" .")
            if _DAY_MONTH_NOTE.fullmatch(last):
                found = _dates.parse_date(f"{last} {d.year}")
                if found is not None and found.year == d.year and found.month is not None:
                    w.date = found
                    return
        return
    full = _dates.parse_date(f"{m.group(1)} {d.year}")
    # "…, 12 August." or, with no day, "Policy Brief 52, OSCE Academy, March."
    if full is not None and full.year == d.year and full.month is not None:
        w.date = full
        w.notes.append(m.group(1).rstrip("."))
        w.consume(m.start(1), m.end(1))


_DAY_MONTH_NOTE = re.compile(r"\d{1,2}\.?\s[^\W\d_]{3,12}|[^\W\d_]{3,12}(?:\s\d{1,2})?")
_URL_THEN_PAREN = re.compile(r"(?:https?://|www\.)\S+?\s{0,8}[(\[]\s{0,2}$")
_PAREN_CLOSE = re.compile(r"\s{0,2}[)\]]")


def _after_url_in_brackets(w: _Work, m: _dates.DateMatch) -> bool:
    """``https://… (25.03.2024)``: a full date in brackets right after a link (which is
    masked by now, so the date scanner did not see it) is the day the link was read."""
    start, end = m.span.start, m.span.end
    if not (
        m.date.day is not None
        and w.raw[start - 1 : start] in "([ "
        and _PAREN_CLOSE.match(w.raw, end) is not None
    ):
        return False
    if _URL_THEN_PAREN.search(w.raw, max(0, start - 400), start) is not None:
        return True
    # "vlast.kz/politika/53987-….html (12.03.2023)": a link written without its scheme
    at = w.raw.rfind(w.url, 0, start) if w.url else -1
    return at != -1 and not w.raw[at + len(w.url or "") : start].strip(" ([")


_LONE_URL_THEN = re.compile(
    r"\s*(?:(?:[\[(]?\d{1,3}[\].)]?|[-*•–])\s+)?(?:https?://|www\.)\S+\s{0,3}[,;–—-]?\s{0,3}"
)


def _lone_after_url(w: _Work, m: _dates.DateMatch) -> bool:
    """``5. https://ysia.ru/… , 12.07.2021``: a full date that is all a link-only line
    holds besides the link is the day the link was read, as in brackets."""
    start, end = m.span.start, m.span.end
    return (
        m.date.day is not None
        and not w.text[end:].strip(" .,;)]")
        and _LONE_URL_THEN.fullmatch(w.raw, 0, start) is not None
    )


def _read_side_dates(w: _Work) -> None:
    """Access, registration and entry-into-force dates, consumed before any shape reader."""
    w.date_scan = _dates.scan_dates(w.text)
    w.date_matches = list(w.date_scan.dates)
    if any(m.cue_span is not None for m in w.date_matches):
        w.date_matches = [_cue_in_quote(w, m) for m in w.date_matches]
    if w.urls or w.url is not None:
        w.date_matches = [
            attrs.evolve(m, role=_dates.ACCESSED)
            if m.role == _dates.PUBLISHED
            and (_after_url_in_brackets(w, m) or _lone_after_url(w, m))
            else m
            for m in w.date_matches
        ]
    for m in w.date_matches:
        _take_side_date(w, m)


def _cue_in_quote(w: _Work, m: _dates.DateMatch) -> _dates.DateMatch:
    """“Kyrgyzstan’s Foreign Agents Law Comes into Force,” IWPR, April 9, 2024: a cue
    inside a quoted title says nothing of a date outside it."""
    cue = m.cue_span
    if cue is None or m.role == _dates.PUBLISHED:
        return m
    for q in find_quoted(w.text):
        inside = q.closed and q.inner_start <= cue.start and cue.end <= q.inner_end
        if inside and not (q.inner_start <= m.span.start < q.inner_end):
            return attrs.evolve(m, role=_dates.PUBLISHED, cue_span=None)
    return m


def _take_side_date(w: _Work, m: _dates.DateMatch) -> bool:
    """Keep an access / registration / entry-into-force date apart; True when it was one."""
    if m.role == "accessed":
        if _state_date_in_title(w, m):
            return True
        if w.access_date is None:
            w.access_date = m.date
        _consume_with_cue(w, m)
        return True
    if m.role in ("registered", "in-force"):
        w.other_dates.append((m.role, m.date))
        _consume_clause(w, m)
        return True
    return False


def _pick_date(cands: list[_dates.DateMatch], raw: str) -> _dates.DateMatch | None:
    """Prefer day over month over year precision; among bare years the last one."""
    if not cands:
        return None
    plain = [c for c in cands if c.kind != "range"]
    if not plain:
        # "13–19 января 2022": a weekly issue's days; a span of months or years
        # ("January–December 2023", "2020–2025") is a period reported on, not when the
        # item appeared
        days = [c for c in cands if c.date.day is not None]
        return days[0] if days else None
    if len(plain) == 1:
        return plain[0]
    imprint = [c for c in plain if _after_place(raw, c.span.start)]
    if imprint:  # "… выборы 20 ноября 2022 года: … отчет. – Варшава, 2023."
        return imprint[-1]
    rank = {"day": 4, "month": 3, "season": 2, "year": 1}
    best = max(rank[c.date.precision.value] for c in plain)
    top = [c for c in plain if rank[c.date.precision.value] == best]
    if best == 1:
        parens = [c for c in top if raw[c.span.start - 1 : c.span.start] == "("]
        return parens[0] if parens else top[-1]
    first = top[0]
    if (
        len(top) > 1
        and not raw[: first.span.start].strip(_SPACE_PUNCT)
        and raw[first.span.end : first.span.end + 2].startswith(":")
    ):
        return top[1]  # "16 December 1986: Title — Outlet, <date>": the first is the title's
    return first


_PLACE_COMMA = re.compile(r"([^\W\d_]+(?:[\s\-][^\W\d_]+)?),?\s?$")


def _after_place(raw: str, start: int) -> bool:
    """A date after ``Place, ``: the imprint's date (``(Warsaw, 20 March 2023)``,
    ``Warszawa 2023``)."""
    m = _PLACE_COMMA.search(raw, max(0, start - 30), start)
    return m is not None and m.group(1) in _places()


@functools.cache
def _date_tail_re() -> re.Pattern[str]:
    words = _alternation(_labels()["date_tail_words"], ignore_case=False)
    return re.compile(
        r"-c[iıuü] il\b"
        rf"|\s*(?:{words}|\(\d{{1,2}}:\d\d\)|\d{{1,2}}:\d\d)"
        r"|,\s?\d{1,2}:\d\d(?!\d)"
        r"|,?\s+from(?=\s)"  # APA "Retrieved March 3, 2023, from https://…"
    )


@functools.cache
def _time_before_re() -> re.Pattern[str]:
    words = _alternation(_labels()["date_lead_words"], ignore_case=False)
    return re.compile(rf"(?<![\d:])\d{{1,2}}:\d\d,?\s{{1,2}}$|(?<!\w)(?:{words})\s$")


def _consume_date(w: _Work, span: Span) -> None:
    end = span.end
    tail = _date_tail_re().match(w.text, end)
    if tail:
        end = tail.end()
    start = span.start
    lead = _time_before_re().search(w.text, max(0, start - 12), start)
    if lead is not None:  # "08:45, 3 апреля 2024", "France 24, le 16/03/2022": with the date
        start = lead.start()
    if start > 0 and w.text[start - 1] == "(" and w.text[end : end + 1] == ")":
        start -= 1
        end += 1
    w.consume(start, end)


def _state_date_in_title(w: _Work, m: _dates.DateMatch) -> bool:
    """``2023 жылғы 1 қаңтардағы жағдай бойынша Қазақстан … халқының саны``: a state-as-of
    date whose cue runs on into words is the title's own phrase; it stays in the text (and
    is no access date)."""
    cue = m.cue_span
    if cue is None or cue.start < m.span.end:
        return False
    after = w.text[cue.end : cue.end + 3].lstrip()
    return after[:1].isalpha()


def _consume_with_cue(w: _Work, m: _dates.DateMatch) -> None:
    start, end = m.span.start, m.span.end
    if m.cue_span is not None:
        start, end = min(start, m.cue_span.start), max(end, m.cue_span.end)
    tail = _date_tail_re().match(w.text, end)
    if tail:
        end = tail.end()
    left = w.text.rfind("(", max(0, start - 3), start)
    left_b = w.text.rfind("[", max(0, start - 3), start)
    left = max(left, left_b)
    if left >= 0:
        close = w.text.find(")" if w.text[left] == "(" else "]", end)
        if close != -1 and close - end < 4:
            start, end = left, close + 1
    w.consume(start, end)


@functools.cache
def _clause_tail_re() -> re.Pattern[str]:
    words = _alternation(data_json("legal.json")["clause_year_words"], ignore_case=False)
    return re.compile(rf"\s*(?:{words})?\s*(?:(?:№|N)\s?[\w\-/]+)?")


def _consume_clause(w: _Work, m: _dates.DateMatch) -> None:
    """A registration / entry-into-force clause runs from its cue to the clause's end."""
    start, end = m.span.start, m.span.end
    if m.cue_span is not None:
        start, end = min(start, m.cue_span.start), max(end, m.cue_span.end)
    tail = _clause_tail_re().match(w.text, end)  # "года № 8229" after the date or the cue
    if tail:
        end = tail.end()
    # a registration note opens with its own sentence: take a preceding ". "
    dot = w.text.rfind(".", 0, start)
    if dot != -1 and not w.text[dot + 1 : start].strip():
        start = dot
    w.consume(start, end)
    w.notes.append(_WS.sub(" ", w.raw[start:end]).strip(" ."))


# ------------------------------------------------------------------ field readers


@functools.cache
def _act_dated_re() -> re.Pattern[str]:
    words = _alternation(data_json("legal.json")["dated_words"])
    return re.compile(rf"(?i)(?<!\w)(?:{words})\s+(?:[^\W\d_]+\s+){{0,2}}\d")


@functools.cache
def _act_year_after_re() -> re.Pattern[str]:
    words = _alternation(data_json("legal.json")["act_year_words"], ignore_case=False)
    return re.compile(rf"\w*[.,]?\s+{_YEAR}(?:\s+|-)(?:{words})")


@functools.cache
def _act_before_re() -> re.Pattern[str]:
    legal = data_json("legal.json")
    words = _alternation(legal["year_words_before_act"], ignore_case=False)
    marks = _alternation(legal["year_marks_before_act"], ignore_case=False)
    return re.compile(
        rf"{_MODERN_YEAR}(?:\s+|-)(?:{words})|\d{{4}}\.?\s+(?:{marks})(?!\w)"
        r"|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\s*$"
    )


@functools.cache
def _act_adopted_re() -> re.Pattern[str]:
    """``(принята … 1995 года)``: an adoption note that marks a designation."""
    words = _alternation(_adoption_words())
    # "(принята … 1995 года)", or a sentence right after the name: "Izglītības likums.
    # Pieņemts: 29.10.1998."
    return re.compile(
        rf"(?i)\((?:{words})[^()]{{0,80}}\d{{4}}|^\.\s+(?:{words})\w*:?\s[^()]{{0,40}}\d{{4}}"
    )


@functools.cache
def _source_tail_re() -> re.Pattern[str]:
    """``… . Источник: ИС «Әділет»`` at the end of a line: the database a text came from."""
    labels = _alternation(_labels()["source_labels"])
    return re.compile(rf"[.;)]\s+(?i:{labels})\s*:\s*(\S.{{1,60}}?)[\s.;]*$")


@functools.cache
def _database_name() -> str:
    """``ИС «Юрист»``, ``ИПС «Параграф»``: a database or portal word, then its quoted name."""
    marks = _alternation(_labels()["outlet_prefixes"])
    return rf"(?i:{marks})\s*([«„“\"][^«»„“”\"()]{{2,40}}[»“”\"])"


@functools.cache
def _database_paren_re() -> re.Pattern[str]:
    """``(источник: ИС «Параграф»)`` closing an act: a legal database, its name quoted."""
    labels = _alternation(_labels()["source_labels"])
    return re.compile(rf"\s*\((?:(?i:{labels})\s*:\s*)?{_database_name()}\s*\)[\s.;,]*$")


@functools.cache
def _database_area_re() -> re.Pattern[str]:
    """``– ИС «Юрист», 2023.``: an ISBD area naming the database a text was read in."""
    return re.compile(rf"\s*{_database_name()}\s*(?:,|$)")


def _dates_blanked(text: str) -> str:
    """``text`` with its dates left out (for counting the words around them)."""
    for d in reversed(_dates.find_dates(text)):
        text = text[: d.span.start] + " " + text[d.span.end :]
    return text


_GOST_ACT = re.compile(r"(.{3,}?\S)\s?:\s+(?=(?:[^\W\d_]+\.?\s+){0,3}?\S)")


@functools.cache
def _gost_laws_heading_re() -> re.Pattern[str]:
    words = _alternation(data_json("legal.json")["collection_headings"], ignore_case=False)
    return re.compile(rf"\s*[^\W\d_][^.:]{{2,40}}\.\s+(?:{words})\.\s+")


@functools.cache
def _approved_re() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{_alternation(data_json('legal.json')['approval_words'])})")


_ISBD_TAIL = re.compile(r"\.\s[–—-]\s")
# "Алматы : Атамұра, 2010", also with two or three places ("Алматы, Москва: ЕАБР",
# "Almaty; Moscow: EDB")
_IMPRINT = re.compile(
    r"\s*([^\W\d_][\w.\- ]{0,40}?(?:[,;]\s?[^\W\d_](?:[^\W\d_]|[.\- ]){0,30}?){0,2})"
    r"\s?:\s+([^,;]{2,120}?)\s*(?:,|\s;\s|$)"  # "Алматы : Социнвест ; М. : Горизонт"
)
_SECOND_PUBLISHER = re.compile(r"\s?:\s(?=[^\W\d_«„“\"])")
_IN_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’‘'](?=[^\W\d_])")


def _described_quote(w: _Work, act: re.Match[str], q: Quoted) -> bool:
    """``Hotărârea nr. 10 din 19 iunie 2023 privind controlul … Partidului Politic „ȘOR”``:
    a quote after four or more words that follow the act word, its number and its date is
    a name inside the act's description, not the act's name."""
    if q.start <= act.end():
        return False
    # the designation ends with the act's last number or date before the quote
    ends = [n.end() for n in _ACT_NUMBER.finditer(w.raw, act.end(), q.start)]
    ends += [d.span.end for d in w.date_matches or () if act.end() <= d.span.end <= q.start]
    start = max([act.end(), *ends])
    between = w.raw[start : q.start]
    if _issuer_re().match(between.lstrip()) and not _DIGIT.search(between):
        return False  # "Постановление Кабинета Министров Кыргызской Республики «Name»": who
    return len([x for x in between.split() if any(ch.isalpha() for ch in x)]) >= 4


@functools.cache
def _approval_words() -> str:
    """The words that say an act approved or adopted something (``legal.json``), as one
    alternation: ``утверждена``, ``бекітілген``, ``approved`` …"""
    return _alternation(data_json("legal.json")["approval_tails"])


@functools.cache
def _approval_around_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _approval_words()
    return re.compile(rf"(?:{words})\.?\s+$", re.I), re.compile(rf"\s+(?:{words})\b", re.I)


def _approving_act(text: str, m: re.Match[str]) -> bool:
    """``Концепция …. Утверждена постановлением Правительства РК от …``, ``… № 592
    қаулысымен бекітілген``: the act that approved the item, not the item."""
    before, after = _approval_around_re()
    return before.search(text, max(0, m.start() - 30), m.start()) is not None or (
        after.match(text, m.end()) is not None
    )


_NUMBER_ONLY = re.compile(r"[\s(,;.]*(?:№|N|No\.?)\s?(\d[\w\-/]*)[\s,;.)]*")


def _read_dated_number(w: _Work) -> bool:
    """``2010-жылдын 2-апрелиндеги № 57,`` in a list of amending acts: a day and an act's
    number, nothing else, is the designation of an act whose kind the list names."""
    ds = w.date_span
    if w.date is None or w.date.day is None or ds is None or w.title is not None:
        return False
    if w.text[: ds.start].strip(" (,;.") or ("№" not in w.raw and "N" not in w.raw):
        return False
    m = _NUMBER_ONLY.fullmatch(w.text, ds.end)
    if m is None:
        return False
    w.title = _clean(w.raw[ds.start : m.end(1)])
    w.title_span = Span(ds.start, m.end(1))
    w.confidence["title"] = 0.7
    w.number = w.number or m.group(1)
    w.kind = Kind.LEGAL
    w.consume(0, len(w.text))
    return True


def _act_evidence(w: _Work, text: str, m: re.Match[str]) -> bool:
    """Does more than the act word ``m`` say "designation": a number, a gazette, the act's
    date or year around it, an adoption note? (``подписал закон о бюджете на 2024 год``
    is news about a law, not a law.)"""
    return bool(
        _ACT_NUMBER.search(text)
        or _ACT_NUMBER_SUFFIX.search(text)
        or _LOWER_NR.search(text, m.end())  # "otsus asjas nr 2-17-1234"
        or (_may_have(w, "gazettes") and _gazette_re().search(w.raw))
        or _act_dated_re().search(w.raw, m.start())
        or _act_year_after_re().match(w.raw, m.start())
        or _act_before_re().search(w.raw[max(0, m.start() - 60) : m.start()])
        or ("(" in w.raw and _act_adopted_re().search(w.raw, m.end()))
        or _act_adopted_re().match(w.raw[m.end() : m.end() + 60])
        # "Канстытуцыя Рэспублікі Беларусь 1994 года": a capitalised act word and its year
        or (m.group()[:1].isupper() and _ACT_YEAR_NEAR.match(w.raw, m.end()) is not None)
        # "ՀՀ Սահմանադրություն (1995 թ. հուլիսի 5)": the act's full date in brackets
        or (m.group()[:1].isupper() and _act_paren_date(w.raw, m.end()))
    )


_ACT_PAREN = re.compile(r"[^\n(]{0,40}?\(([^()]{6,40})\)")


def _act_paren_date(raw: str, at: int) -> bool:
    p = _ACT_PAREN.match(raw, at)
    date = _dates.parse_date(p.group(1)) if p is not None else None
    return date is not None and date.day is not None


_ACT_YEAR_NEAR = re.compile(r"[^\n(]{0,80}?\b(?:19|20)\d\d\s*(?:года|г\.|року|р\.|gada|m\.)")


_TURKISH_NAMED_ACT = re.compile(r"\s(?:[Dd]air|[Hh]akkında|İlişkin|ilişkin)\s*$")
_ISSUER_THEN_QUOTE = re.compile(r"[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_][^\W\d_ ]*){0,5}\s*")
_PAPER_AFTER_ACT = re.compile(
    r"[\s,.]*([^\W\d_][^\W\d_-]+(?:\s[^\W\d_][^\W\d_-]+){0,3})\s*,\s*\d{1,2}\.\d{1,2}\.\d{4}[\s.]*$"
)


@functools.cache
def _end_imprint_re() -> re.Pattern[str]:
    pages = _alternation(_labels()["page_count_words"], ignore_case=False)
    return re.compile(
        r"[.,]\s*[–—-]?\s*([^\W\d_][\w‘’'-]{1,25}?)\s*([.,:])\s*"
        r"([«„“\"][^«»„“”\"]{2,60}[»“”\"]|[^\W\d_][^.,;:«»„“”\"\d]{1,50}?)[.,]?\s*"
        rf"{_YEAR}(?:-yil|\s?(?:г|ж|y|yil|жыл)\.?)?"
        # "…, 1991, 57-58 беттер.", "… 1990. 224-B.": the pages or page count after the year
        rf"(?:[.,]?\s*\d+(?:[–-]\d+)?\s?-?(?:{pages})\.?)?[\s.]*$"
    )


def _read_end_imprint(w: _Work) -> bool:
    """``Title. Toshkent. «O’qituvchi» 1982-yil.`` / ``Title. Toshkent, «O’qituvchi», 1995``:
    a known place, then a publisher and the year close a book line without ISBD dashes."""
    m = _end_imprint_re().search(w.raw)  # the year, read as the date by now, is the raw text's
    if (
        m is None
        or fold_confusables(m.group(1)) not in _places()
        or w.text[m.start() : m.end(3)] != w.raw[m.start() : m.end(3)]
        # "Bishkek: UNDP, 2022", "Томск, Изд-во ТПУ, 2010": the imprint readers' shapes
        or (m.group(2) != "." and m.group(3)[:1] not in QUOTE_CHARS)
    ):
        return False
    pub = m.group(3).strip()
    p0 = m.start(3) + (len(m.group(3)) - len(m.group(3).lstrip()))
    if pub[:1] in QUOTE_CHARS:
        p0, pub = p0 + 1, pub[1:-1]
    w.place = m.group(1)
    w.set_outlet(p0, p0 + len(pub), 0.8)
    w.kind = w.kind or Kind.BOOK
    w.notes.append(w.text[m.end(3) : m.end()].strip(_SPACE_PUNCT))  # "1990. 224-B"
    w.consume(m.start() + 1, m.end())
    return True


def _read_legal(w: _Work) -> bool:
    """Legal acts: ``Закон … от 17 июня 2022 года № 129-VII «О …»``, ``… № 112 қаулысы``,
    ``Keeleseadus. – RT I, 18.03.2011, 1``. A quoted name is the title; a bare designation
    is its own title; a gazette or ``// Source`` is the outlet."""
    if not w.legal:
        return False
    text = w.text
    found = w.legal_match  # searched before the dates were read: holds if nothing changed
    m = found[1] if found is not None and found[0] == text else _legal_search(text)
    if m is None:
        return False
    suffixed = _ACT_NUMBER_SUFFIX.search(text)  # Uzbek "684-son": number 684
    if suffixed is not None and w.number is None:
        w.number = suffixed.group(1)
    if not _act_evidence(w, text, m):  # an act number, a gazette, the act's date …
        return False
    quoted = [q for q in find_quoted(w.raw) if q.closed]
    lead = len(text) - len(text.lstrip(" ,;.-–—"))
    ds = w.date_span
    if (
        ds is not None
        and ds.start < lead
        and not w.raw[: ds.start].strip(" ,;.-–—(")
        and not w.raw[ds.end : lead].strip(_SPACE_PUNCT)
    ):
        lead = ds.start  # "1997-жылдын 21-ноябрындагы № 82 Мыйзамынын": opened by its date
    lead_quote = bool(quoted) and not w.raw[lead : quoted[0].start].strip(_SPACE_PUNCT)
    head = text[: m.start()]
    named_act = any(0 <= m.start() - q.end <= 3 for q in quoted)
    if named_act:
        lead_quote = True
    if not lead_quote and quoted and _ISSUER_THEN_QUOTE.fullmatch(w.raw, lead, quoted[0].start):
        # "Қазақстан Республикасы Президентінің «Name» 2023 жылғы 16 қазандағы № 914 Жарлығы":
        # the issuer in the genitive, the quoted name, then the designation
        lead_quote = _issuer_re().search(w.raw, lead, quoted[0].start) is not None
    bare_head = _IN_WORD_APOSTROPHE.sub("", head)  # O‘zbekiston: a letter, not a quote
    long_head = (
        len(head.strip()) > 120
        and _name_end_re().match(text, 0, m.end()) is None  # "… туралы … Заңы"
        and _TURKISH_NAMED_ACT.search(head) is None  # "… Bulunduğuna Dair Kanun"
        and not head.rstrip().endswith(" :")  # GOST "Name : Федеральный закон от … № …"
    )
    if not lead_quote and (long_head or any(ch in bare_head for ch in QUOTE_CHARS)):
        return False  # the act word is inside a title ("… Договора …"), not a designation
    w.kind = Kind.LEGAL
    site = re.match(r"\s*([^\s:]{2,30}(?:\s[^\s:]{2,30})?)\s*:\s+", text)
    if site and site.end(1) < m.start() and _known_outlet(site.group(1)):
        # "Zan.kz: <act>": the site that published the act text
        w.set_outlet(site.start(1), site.end(1), 0.8)
        w.consume(site.start(), site.end())
        text = w.text
        lead = site.end()
    end = len(text.rstrip(_SPACE_PUNCT.replace("-", "")))
    src = _source_tail_re().search(w.text, m.end(), end) if ":" in w.text[m.end() : end] else None
    if src is not None:
        # "… (с изм. от 05.07.2024). Источник: ИС «Әділет»": the database the text came from
        w.set_outlet(src.start(1), src.end(1), 0.8)
        w.consume(src.start() + 1, len(w.text))
        end = src.start() + 1
    db = None
    if w.outlet is None and "(" in w.text:
        db = _database_paren_re().search(w.text, m.end())
    if db is not None and db.start() < end:
        # "… № 9 «Name» (источник: ИС «Параграф»)", "… от 17.06.2022 г. (ИПС «Параграф»)":
        # the legal database the act was read in
        w.set_outlet(db.start(1), db.end(1), 0.8)
        w.consume(db.start(), len(w.text))
        end = db.start()
    slashes = w.raw.find("//", m.start())
    if slashes != -1 and slashes < end:
        o0 = slashes + 2 + len(w.raw[slashes + 2 :]) - len(w.raw[slashes + 2 :].lstrip())
        w.set_outlet(o0, _outlet_stop(w.raw, o0, len(w.raw), w.text), 0.85)
        w.consume(slashes, len(w.text))
        end = slashes
    gz = _gazette_re().search(w.raw, m.start(), end)
    if gz is not None:
        if w.outlet is None:
            gz_end = _gazette_end(w.raw, gz.start(), gz.end())
            w.outlet = w.raw[gz.start() : gz_end].strip()
            w.outlet_span = Span(gz.start(), gz_end)
            w.confidence["outlet"] = 0.85
        open_paren = w.raw.rfind("(", lead, gz.start())
        if open_paren != -1 and ")" in w.raw[open_paren : gz.start()]:
            open_paren = -1  # "Regulation (EU) No 833/2014 …, OJ L …": closed, no note
        gz_cut = max(open_paren, _last_full_stop(w.raw, lead, gz.start()))
        end = gz_cut if gz_cut > lead else gz.start()
        w.consume(end, len(w.text))
    pg = _PAREN_GAZETTE.search(w.raw, m.end(), end) if w.outlet is None else None
    if pg is not None:  # "… № 155 (Эркин-Тоо, 2023, № 65)": the gazette that printed it
        w.set_outlet(pg.start(1), pg.end(1), 0.75)
        w.notes.append(w.raw[pg.end(1) : pg.end()].strip(" ,()"))
        w.consume(pg.start(), end)
        end = pg.start()
    isbd = _ISBD_TAIL.search(w.raw, m.end(), end)
    if isbd is not None and not re.search(rf":|{_YEAR}", w.raw[isbd.end() : end]):
        isbd = None  # "Ustawa z dnia 6 czerwca 1997 r. – Kodeks karny": the act's name
    if isbd is not None:
        # "Кодекс … № 268-XIII. – Алматы : Юрист, 2023. – 240 с.": an act printed as a book
        for a, b in _areas(w.raw[isbd.start() + 1 : end]):
            area = w.raw[isbd.start() + 1 + a : isbd.start() + 1 + b]
            pm = _IMPRINT.match(area)
            if pm and w.outlet is None and not re.search(r"\d|URL|DOI", pm.group(1)):
                o0 = isbd.start() + 1 + a + pm.start(2)
                w.place = pm.group(1).strip()
                w.set_outlet(o0, o0 + len(pm.group(2)), 0.8)
        tail = w.text[isbd.start() + 1 : end].strip(_SPACE_PUNCT)
        if tail:
            w.notes.append(tail)
        w.consume(isbd.start() + 1, end)
        end = isbd.start() + 1
    num = None
    for nm in _ACT_NUMBER.finditer(w.raw, 0, end):
        num = nm
    if num is not None:
        w.number = num.group(1)
    law_no = re.match(r"\s*(\d+)\s+sayılı\s+", w.raw[lead:])
    if law_no:
        w.number = w.number or law_no.group(1)
        lead += law_no.end()
    inside = [
        q
        for q in quoted
        if lead <= q.start
        and q.end <= max(end, quoted[0].end if lead_quote else end)
        and not _described_quote(w, m, q)
    ]
    if inside:
        q = inside[0]
        tail = w.text[q.end : end].strip(_SPACE_PUNCT)
        paper = _PAPER_AFTER_ACT.match(w.raw, q.end, end) if tail and w.outlet is None else None
        if tail and w.outlet is None and len(tail.split()) <= 3 and _known_outlet(tail):
            # "↑ Закон … «Name». adilet.zan.kz. Дата обращения: …": the site after the name
            t0 = w.text.find(tail, q.end)
            w.set_outlet(t0, t0 + len(tail), 0.75)
        elif paper is not None and paper.group(1) not in _places():
            # "Указ … «Name», Народное слово, 12.09.2023.": the paper that printed the act
            w.set_outlet(paper.start(1), paper.end(1), 0.75)
        w.title = _clean(w.raw[q.inner_start : q.inner_end])
        w.title_span = Span(q.inner_start, q.inner_end)
        w.confidence["title"] = 0.9
        designation = _strip_masked(w, lead, end).replace(w.raw[q.start : q.end], " ")
        if designation.strip(_SPACE_PUNCT):
            w.notes.append(_WS.sub(" ", designation).strip(_SPACE_PUNCT))
        w.consume(lead, end)
        return True
    if (
        w.date_span is not None
        and w.date_span.end > end
        and not w.raw[end : w.date_span.start].strip(_SPACE_PUNCT)
    ):
        end = w.date_span.end
    raw_title = _strip_masked(w, lead, end)
    cut = _label_re("designators").search(raw_title)
    if cut:
        raw_title = raw_title[: cut.start()]
    heading = _gost_laws_heading_re().match(raw_title)
    if heading:  # GOST 7.0.100 "Российская Федерация. Законы. <Name> : федер. закон …"
        w.notes.append(heading.group(0).strip())
        raw_title = raw_title[heading.end() :]
    # "Name, 1995 m. sausio 31 d. Nr. I-779": the name before a trailing date
    named = re.match(r"(.{8,}?\w)\s*,\s*(?:vastu võetud|pieņemts|annettu|\d)", raw_title)
    if named and (
        not _legal_search(named.group(1))
        or re.search(r"(?i)\b(?:от|від|du|vom)\s*$", named.group(1))
        or _issuer_re().search(named.group(1))
    ):
        named = None  # "Ministru kabineta rīkojums Nr. 445, 2023. gada …": an issuer's act
    dot = re.match(r"(.{4,}?\w)\.\s+(?=[^\W\d_])", raw_title)
    while dot and (
        re.search(r"(?:^|[\s.])[a-zа-яёәғқңөұүһі]{1,3}$", dot.group(1))  # "и.о. Министра"
        or _NUMBER_ABBREVIATION.search(dot.group(1))  # "įstatymo Nr. IX-2206 pakeitimo …"
    ):
        # "суда г. Алматы", "обл. акимата": an abbreviation, not the end of the name
        dot = re.match(rf"(.{{{dot.end(1) + 2},}}?\w)\.\s+(?=[^\W\d_])", raw_title)
    if dot and (
        not raw_title[dot.end() : dot.end() + 1].isupper() or not _legal_search(dot.group(1))
    ):
        dot = None
    # GOST order "О медиа : Закон … от 13.12.2022 № 2849-IX", "… likums: Latvijas Republikas
    # likums": the name before a colon, the act type and designation after it
    gost = _GOST_ACT.match(raw_title) if ":" in raw_title else None
    if (
        gost
        and not (
            len(gost.group(1).split()) >= 2
            and (
                _approved_re().match(raw_title, gost.end())
                or (
                    (act := _legal_search(raw_title, gost.end())) is not None
                    # "Grozījumi Imigrācijas likumā : Saeimas 2022. gada 22. septembra likums":
                    # the issuer and the act's date may stand before the act word
                    and len(_dates_blanked(raw_title[gost.end() : act.start()]).split()) <= 3
                )
            )
        )
    ):
        gost = None
    # "Конституциясы. 1995 жылғы 30 тамыз.": a sentence holding only the date ends the name
    dated = None
    if w.date_span is not None:
        dtext = w.raw[w.date_span.start : w.date_span.end].rstrip(".")
        at = raw_title.rfind(dtext) if dtext else -1
        if at > 0 and not raw_title[at + len(dtext) :].strip(_SPACE_PUNCT):
            dated = re.match(r"(.{4,}\w)\.\s+$", raw_title[:at])
    # "Діни қызмет … туралы: Қазақстан Республикасының 2011 жылғы … № 483-IV Заңы": an
    # unquoted Turkic name ends with its postposition; the designation follows
    about = _name_end_re().match(raw_title) if gost is None else None
    if about is not None and _legal_search(raw_title, about.end()) is None:
        about = None
    cuts = [m for m in (named, dot, gost, dated, about) if m is not None]
    if cuts:
        first = min(cuts, key=lambda m: m.end(1))
        if first is not dated:  # the date is the date, no note
            w.notes.append(raw_title[first.end(1) :].strip(_SPACE_PUNCT))
        raw_title = first.group(1)
    while True:
        paren = re.search(r"\s*\(((?:[^()]|\([^()]*\))*)\)\s*$", raw_title)
        if paren is None or not re.search(r"\d|измен|ред\.|принят|RT\s|Gazete", paren.group(1)):
            break
        w.notes.append(paren.group(1))
        raw_title = raw_title[: paren.start()]
    statute = _STATUTE_NUMBER.search(raw_title)
    if statute is not None and statute.start() > 10:
        w.number = w.number or statute.group(1)  # "Laki … muuttamisesta 521/2023"
        raw_title = raw_title[: statute.start()]
    pin = _trailing_pinpoint_re().search(raw_title)
    if pin is not None and pin.start() > 20:
        w.notes.append(raw_title[pin.start() + 1 :].strip())  # "… asjas nr 3-18-1672, p 15"
        raw_title = raw_title[: pin.start()]
    w.title = _clean(raw_title)
    w.title_span = Span(lead, end)
    w.confidence["title"] = 0.8
    w.consume(lead, end)
    return True


@functools.cache
def _name_end_re() -> re.Pattern[str]:
    words = _alternation(data_json("legal.json")["name_end_words"])
    return re.compile(rf"(.{{8,300}}?\s(?:{words}))[\s:,.–—-]+(?=\S)")


_BLANK_RUN = re.compile(" +")


_PAREN_GAZETTE = re.compile(
    rf"\s*\(([^\W\d_][^(),\d]{{1,80}}?),\s*(?:\d{{1,2}}\.\d{{1,2}}\.)?{_MODERN_YEAR}(?:\s?(?:г|ж)\.)?"
    r"(?:,\s*(?:№|No\.?|Nr\.?|nr\.?)\s*\d[\w\-/]*)?(?:,\s*(?:ст|art|p|стр)\.\s*\d+)?\)[\s.;]*$"
)


@functools.cache
def _issuer_re() -> re.Pattern[str]:
    """Words naming who issued an act: a designation with one has no name of its own."""
    stems = _alternation(data_json("legal.json")["issuer_stems"])
    return re.compile(rf"(?i)(?<!\w)(?:{stems})")


def _act_word_in_body(text: str, act: re.Match[str]) -> bool:
    """``European Commission for Democracy through Law (…), Opinion …``: the act word is
    inside the name of the body that heads the line, so the line is no act."""
    comma = text.find(",")
    if comma <= act.end() or not text[: act.start()].strip(_SPACE_PUNCT):
        return False
    body = text[:comma].strip(_SPACE_PUNCT)
    if any(ch.isdigit() for ch in body):
        return False
    return _known_outlet(body) or _org_like(body)


_ARCHIVE_LOC = re.compile(
    r"(?<!\w)(?:[ФFфf]\.\s?[РR]?-?\d+\w*[.,]\s*(?:Оп|оп|Op|op)\.\s?\d+\w*[.,]\s*"
    r"(?:Д|д|D|d|Ед\.\s?хр)\.\s?\d+"
    r"|\d+-қор,\s*\d+-тізбе,\s*\d+-іс"
    r"|\d+-қ\.\s*\d+-т\.\s*\d+-іс"  # "1137-қ. 1-т. 45-іс. 12-п.": қор, тізбе, іс, парақ
    r"|[fF]\.\s?\d+\w*,\s*n\.\s?\d+,\s*s\.\s?\d+"  # Estonian "f. 1137, n. 1, s. 45"
    r"|zesp[oó]ł\s[\d/]+,\s*sygn\.)"
    r"|(?<=[A-Z])\.(?:[A-Z]{1,2}-)?\d+\.\d+\.\d+(?=[,;\s]|$)"  # "ERA.R-1.5.112": fond.list.file
)
# cheap tests before the locator's search: "п." / "p." stand in every "Оп." / "Op.", and
# the compact Estonian form is an archive's letters, a dot and three numbers
_ARCHIVE_WORDS = ("п.", "p.", "-қ", "-іс", "sygn.", "n.")
_ARCHIVE_COMPACT = re.compile(r"[A-Z]\.(?:[A-Z]{1,2}-)?\d+\.\d+\.\d")
_ARCHIVE_ALIAS = re.compile(r"\s*(?:\([^()]{2,80}\)|\[[^\[\]]{2,80}\])\s*$")


@functools.cache
def _adoption_words() -> tuple[str, ...]:
    return tuple(data_json("legal.json")["adoption_words"])


def _read_archive(w: _Work) -> bool:
    """Archive references: ``ЦГА РК. Ф. 1137. Оп. 1. Д. 45. Л. 12–15``, ``ҚР ОМА. 81-қор,
    1-тізбе, 1120-іс``, ``Title, <date> // РГАСПИ. Ф. 17 …``: the archive is the outlet, the
    fond/list/file locator no title."""
    if not any(x in w.raw for x in _ARCHIVE_WORDS) and not _ARCHIVE_COMPACT.search(w.raw):
        return False
    loc = _ARCHIVE_LOC.search(w.raw)  # in the raw text: "ERAF.1.4.1234" read as a date
    if loc is None:
        return False
    head_end = loc.start()
    slashes = w.text.rfind("//", 0, head_end)
    a_start = slashes + 2 if slashes != -1 else 0
    name = w.text[a_start:head_end].strip(_SPACE_PUNCT)
    if not name or len(name.split()) > 10:
        return False
    n0 = w.text.find(name, a_start)
    alias = _ARCHIVE_ALIAS.search(name)
    n1 = n0 + (alias.start() if alias else len(name))
    w.set_outlet(n0, n1, 0.8)
    if alias:
        w.notes.append(alias.group(0).strip(" ()"))
    locator = w.raw[loc.start() :]
    paren = re.search(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*\.?\s*$", locator)
    if paren and slashes == -1:
        # "РГАСПИ. Ф. 17 … Л. 21–22 (Протокол … от 8 мая 1936 г.)": the document held there
        p0 = loc.start() + paren.start(1)
        w.title = _clean(_strip_masked(w, p0, loc.start() + paren.end(1)))
        w.title_span = Span(p0, loc.start() + paren.end(1))
        w.confidence["title"] = 0.7
        locator = locator[: paren.start()]
    # the locator without what other readers took (its URL, an access date)
    note = _strip_masked(w, loc.start(), loc.start() + len(locator))
    w.notes.append(_WS.sub(" ", note).strip(_SPACE_PUNCT))
    inside = w.date_span is not None and loc.start() <= w.date_span.start < loc.end()
    if inside and w.title is None:
        w.date = w.date_span = None  # "ERAF.1.4.1234": numbers of the locator, no date
    w.consume(a_start, len(w.text))
    if slashes != -1:
        _title_from(w, 0, slashes)
    w.kind = Kind.OTHER
    return True


def _strip_masked(w: _Work, start: int, end: int) -> str:
    """Raw text of a range, but without the parts consumed as access/registration notes."""
    end = min(end, len(w.raw))
    keep_from, keep_to = -1, -1
    if w.date_span is not None:  # the designation's own date and its "года"/"жылғы" stay
        tail = _date_tail_re().match(w.raw, w.date_span.end)
        keep_from, keep_to = w.date_span.start, tail.end() if tail else w.date_span.end
    raw = w.raw
    out: list[str] = []  # slices of raw and blanks, left to right (not one per character)
    at = start
    for blank in _BLANK_RUN.finditer(w.text, start, end):  # consumed (or spaces already)
        a, b = blank.span()
        for x, y in ((a, min(b, keep_from)), (max(a, keep_to), b)):
            if x < y:
                out += (raw[at:x], " " * (y - x))
                at = y
    out.append(raw[at:end])
    return _WS.sub(" ", "".join(out))


def _read_gost(w: _Work) -> bool:
    text = w.text
    k = text.find(" // ")
    width = 4
    if k == -1:
        k = text.find("//")
        width = 2
        if k == -1 or (k > 0 and text[k - 1] == ":"):
            return False
    left_end = k
    right_start = k + width
    o_start = right_start + len(text[right_start:]) - len(text[right_start:].lstrip())
    stop = _outlet_stop(w.raw, o_start, len(text), w.text)
    publisher = None
    for a, b in _areas(w.raw[right_start:])[1:]:
        area = w.raw[right_start + a : right_start + b]
        pm = _IMPRINT.match(area) if ":" in area else None
        if (
            pm
            and "http" not in pm.group(2)
            and not _label_re("url_labels").match(pm.group(1).strip() + ":")
            and not pm.group(1).strip().upper().startswith(("URL", "DOI"))
            # "С. 56-64. DOI: 10.…", "Библиогр.: с. 38": no place, no publisher
            and not re.search(r"\d", pm.group(1))
            and not re.match(r"[\d(]|[^\W\d_]{1,3}\.\s?\d", pm.group(2))
        ):
            publisher = (
                right_start + a + pm.start(2),
                right_start + a + pm.end(2),
                pm.group(1).strip(),
            )
            break
    if publisher is not None:
        w.notes.append(_WS.sub(" ", w.raw[o_start:stop]).strip())
        w.place = publisher[2]
        w.set_outlet(publisher[0], publisher[1], 0.85)
        w.consume(o_start, stop)
        w.kind = Kind.CHAPTER
    else:
        w.set_outlet(o_start, stop, 0.9)
    w.kind = w.kind or Kind.ARTICLE
    _read_numbers(w, right_start, len(text))
    # left: [Authors] Title [/ responsibility]
    left_end = _read_responsibility(w, 0, left_end)
    _read_lead_authors(w, 0, left_end)
    _title_from(w, 0, left_end)
    return True


_GOST_STOP = re.compile(  # ("… станции им. Т.И. Вяземского - природного заповедника РАН")
    r"\.?\s[—–-]\s(?![a-zа-яёәғқңөұүһі])"
    rf"|(?<!\bим)\.\s+(?={_YEAR}|№|N\s?\d|[TТ]\.|Vol|[CСS]\.|\d"
    r"|(?:Paper|Working Paper|No|Issue|Nr|Bd)\.?\s?\d)"
    rf"|,\s+(?={_YEAR}|№|[TТтt]\.|[Vv]ol|[Вв]ып|[Вв]ип|[Nn]o\.|[Ii]ss|[Tt]om|[Тт]ом"
    r"|[vn]\.\s?\d|[Nn]r\.?\s?\d|[Nn][°º]\s?\d|[Nn]o\s\d"  # French "Hérodote, no 129"
    r"|(?:Report|Paper|Briefing|Brief|Working Paper)\s(?:No|Nr)\.?\s?\d"
    r"|[Hh]eft|[Bb]d\.|Sayı|\d)"
    rf"|\s\d{{1,4}},\s|\s(?={_YEAR}\b)|\s\d{{1,4}}(?:\.\d{{1,4}})?\s?\(|[;(\[]"
    rf"|\s(?=\d{{1,3}}/{_YEAR}\b)"  # "ZOiS Spotlight 12/2022": issue/year
    r"|\s(?=\d{1,4}:\s?\d)"  # Chicago "Acta Mongolica 24: 51–68": volume, then pages
    r"|\s(?=[Nn]r\.\s?\d)"  # "// Monitorul Oficial al Republicii Moldova nr. 7–17"
)


_NUMBER_THEN_COMMA = re.compile(r"\s\d{1,4},\s")
_SERIES_WORD = re.compile(r"(?:Серия|Сер\.|Seriya|Seria)$")


def _number_in_name(raw: str, start: int, m: re.Match[str]) -> bool:
    """Is the number before ``m``'s comma part of a name (a known ``France 24``, or any
    name followed by the item's full date, ``Ала-Тоо 24, 2 апреля 2024``), not a volume?"""
    name = raw[start : m.end() - 2].strip()
    if _known_outlet(name):
        return True
    after = _dates.find_dates(raw[m.end() : m.end() + 40])
    return bool(after) and after[0].span.start == 0 and after[0].date.day is not None


def _search_unquoted(
    pattern: re.Pattern[str], raw: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern``'s first match in ``raw[start:end]`` outside closed quotations (a name's
    own dash: ``Сборник трудов … «Ауэзовские чтения – 20». – Шымкент``)."""
    m = pattern.search(raw, start, end)
    if m is None or not any(c in raw[start : m.start()] for c in QUOTE_CHARS):
        return m
    quoted = [(start + q.start, start + q.end) for q in find_quoted(raw[start:end]) if q.closed]
    while m is not None:
        inside = next((b for a, b in quoted if a < m.start() < b), None)
        if inside is None:
            return m
        m = pattern.search(raw, inside, end)
    return None


def _outlet_stop(raw: str, start: int, end: int, text: str | None = None) -> int:
    """End of a journal/newspaper name that starts at ``start`` (GOST or after a title).

    With the working ``text``, the name also ends where an already consumed part (a URL,
    a date) begins.
    """
    m = _search_unquoted(_GOST_STOP, raw, start, end)
    if m and _NUMBER_THEN_COMMA.fullmatch(m.group()) and _SERIES_WORD.search(raw, start, m.start()):
        # "Известия … университета. Серия 3, Общественные науки. – 2024": the series' number
        m = _GOST_STOP.search(raw, m.end(), end)
    stop = m.start() if m else end
    if m and _NUMBER_THEN_COMMA.fullmatch(m.group()) and _number_in_name(raw, start, m):
        stop = m.end() - 2  # "France 24, 2 April 2024": the number is the channel's
    if text is not None:
        k = start
        while k < stop and (text[k] != " " or raw[k] in " \n"):  # a wrapped name goes on
            k += 1
        stop = min(stop, k)
        while stop > start and raw[stop - 1] in " .,;:":
            stop -= 1
    return stop


_RESPONSIBLE_PERSON = re.compile(
    r"[A-ZА-ЯЁ][^\W\d_]+\s[A-ZА-ЯЁ][\w'’‘\-]+(?:\s\[(?:et al\.|и др\.|jt\.)\])?"
)


@functools.cache
def _compiler_lead_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_alternation(_labels()['compiler_leads'])})\s+", re.I)


_ET_AL_END = re.compile(r"\s(?:та ін|и др|et al|jt|ja kt|ve diğ|і інш)$")


def _read_responsibility(w: _Work, start: int, end: int) -> int:
    """``Title / I. I. Family`` or ``Title/Corporate body``: persons or outlet; new end."""
    seg = w.text[start:end]
    if "/" not in seg:
        return end
    k = seg.rfind(" / ")
    width = 3
    if k == -1:
        m = re.search(r"(?<=[^\W\d_])/(?=[^\W\d_])", seg)
        if m is None or seg.count("(", 0, m.start()) > seg.count(")", 0, m.start()):
            return end
        if len(seg[m.end() :].split()) < 2 or len(seg[: m.start()].split()) < 3:
            return end
        k, width = m.start(), 1
    # the area ends at the first sentence stop that no initial or abbreviation makes
    # ("/ за ред. Т. Г. Мельника. Київ : …" ends after "Мельника")
    for stop in re.finditer(r"\.\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄ]|[–—-]\s)", seg[k + width :]):
        before = seg[k + width : k + width + stop.start()]
        if stop.start() > 3 and (
            # not after "ред." or glued "К.С.", but after "та ін." / "и др." (et al.)
            not re.search(r"(?:^|\s)(?:[^\W\d_]\.){0,3}\w{1,3}$", before)
            or _ET_AL_END.search(before)
        ):
            end = start + k + width + stop.start()
            seg = w.text[start:end]
            break
    who = seg[k + width :].strip(_SPACE_PUNCT)
    editors = _editor_persons(who.split(" ; ", 1)[0])  # "/ под ред. Б. К. Султанова"
    who = _compiler_lead_re().sub("", who)
    semi = who.find(" ; ")
    if semi != -1:
        # "/ Абдрахманов Кайрат Абдрахманович ; Евразийский национальный университет":
        # the persons, then the body responsible for the work
        body = who[semi + 3 :].strip(_SPACE_PUNCT)
        b0 = start + k + width + seg[k + width :].find(body)
        more = _editor_persons(body)
        if more:
            w.editors = more  # "/ Э. В. Эргашев ; под ред. Д. Б. Усмановой"
        elif body and w.outlet is None and _org_like(body.split(";")[0]):
            w.set_outlet(b0, b0 + len(body.split(" ; ")[0]), 0.7)
        elif body:
            w.notes.append(body)
        who = who[:semi].strip(_SPACE_PUNCT)
        end = start + k + width + seg[k + width :].find(who) + len(who)
    persons = editors or _parse_names(who)
    if (
        persons is None
        and _RESPONSIBLE_PERSON.fullmatch(who)
        and not _org_like(who)
        and not _known_outlet(who)
    ):
        persons = _parse_names(who, strict=False)  # "/ Pál Dunay [et al.]": a given name unknown
    if persons:
        if not w.authors:
            w.set_authors(persons, start + k + width, end, 0.85)
            if editors:
                w.editors = editors  # kept if the authors before the title are read later
        elif editors:
            w.editors = editors  # "Гриценко І. Title / за ред. Т. Г. Мельника": both count
            w.notes.append(who)
        else:
            w.notes.append(who)
    elif who and w.outlet is None and re.search(r"[^\W\d_]{2}", who):
        w.set_outlet(start + k + width, end, 0.7)
    elif who:
        w.notes.append(who)
    w.consume(start + k, end)
    return start + k


@functools.cache
def _editor_lead_re() -> re.Pattern[str]:
    return re.compile(rf"\s*({_alternation(_labels()['editor_leads'])})\s*", re.I)


def _editor_persons(text: str) -> tuple[Person, ...] | None:
    """The editors of ``под ред. Б. К. Султанова`` / ``ред. С. Жұмағұлов``, their surnames
    put back into the nominative after a phrase that governs the genitive (Султанов)."""
    m = _editor_lead_re().match(text)
    if m is None or m.end() >= len(text):
        return None
    persons = _parse_names(text[m.end() :].strip(_SPACE_PUNCT), strict=False)
    if not persons:
        return None
    if m.group(1).casefold() not in _label_set("editor_leads_genitive"):
        return persons
    return tuple(attrs.evolve(p, family=_surname_nominative(p.family)) for p in persons)


def _surname_nominative(family: str) -> str:
    """``Султанова`` → ``Султанов``, ``Усмановой`` → ``Усманова`` (genitive endings)."""
    return _replace_ending(family, "genitive_surname_endings", 1)


# "S.M," in "Qodirov S.M, Qodirxonov M.O.": the last initial's dot may be left out before a comma
_INITIAL = r"[^\W\d_]{1,2}\.(?:\s?-?[^\W\d_]{1,2}\.){0,2}(?:[^\W\d_a-zа-я](?=[,;]))?"
# "Xakimov Sh", "Turdiev Yu": a digraph initial (Sh, Ch, Zh, Kh, Yu) has a small second letter
# "Paydarfar, J A;": two bare initials apart, the second closed by punctuation
_BARE_INITIAL = r"[^\W\d_a-zа-я](?:[^\W\d_a-zа-я]|[hu])?(?:\s[^\W\d_a-zа-я](?=[,.;]))?(?=[,.;]|\s)"
_FAMILY = r"[^\W\d_][\w'’‘\-]++(?:\s[^\W\d_][\w'’‘\-]++)?"  # possessive: a name ends at \s or ,
_PERSON_ALT = rf"(?:{_FAMILY},?\s{{1,3}}(?:{_INITIAL}|{_BARE_INITIAL})|{_INITIAL}\s?{_FAMILY})"


_ET_AL = r",?\s(?:и\sдр\.|et\sal\.|және\sт\.б\.|jt\.?)"


_SITE_SENTENCE = re.compile(r"\s*+([^\W\d_][^.]{1,50}?)[\s.]*+$")


_IN_WORK = re.compile(r"\s*+(?:In|В)\s+([^\W\d_][^.]{1,60}?)\.?\s*+$")


def _title_in_author_place(w: _Work, org: re.Match[str], after: int) -> bool:
    """APA with no author: ``Kırgızistan'da yeni anayasa yürürlüğe girdi. (2021, 5 Mayıs). TRT
    Avaz. https://…``: a headline stands where the author would, and the site's name alone
    follows the date; or an entry's headword before ``In Wikipedia``."""
    body = org.group(1).strip()
    words = body.split()
    lower = sum(1 for x in words[1:] if x[:1].islower())
    entry = _IN_WORK.match(w.text, after)  # "Kazakhstan. (2023, May 1). In Wikipedia. URL"
    if entry is not None and not _known_outlet(body) and not _org_like(body):
        w.clear_outlet()
        w.set_title(org.start(1), org.end(1), 0.8)
        w.consume(entry.start(), entry.start(1))
        w.set_outlet(entry.start(1), entry.end(1), 0.8)
        w.kind = w.kind or Kind.WEBPAGE
        return True
    if len(words) < 4 or lower < 2 or _org_like(body) or _known_outlet(body):
        return False
    site = _SITE_SENTENCE.fullmatch(w.text, after)
    if site is None or len(site.group(1).split()) > 5 or not site.group(1)[:1].isupper():
        return False
    w.clear_outlet()
    w.set_title(org.start(1), org.end(1), 0.8)
    w.set_outlet(site.start(1), site.end(1), 0.8)
    w.kind = w.kind or Kind.ARTICLE
    return True


@functools.cache
def _name_lead_re() -> re.Pattern[str]:
    conj = _alternation(_labels()["conjunctions"], ignore_case=False)
    return re.compile(
        rf"\s*{_PERSON_ALT}(?:(?!{_ET_AL})(?:,|;|,?\s(?:{conj})(?!\w))\s?{_PERSON_ALT})*"
        rf"(?:{_ET_AL})?"
    )


@functools.cache
def _editors_re() -> re.Pattern[str]:
    marks = _alternation(_labels()["editor_marks"], ignore_case=False)
    suffixes = _alternation(_labels()["editor_suffixes"], ignore_case=False)
    return re.compile(rf"\s*\((?:{marks})\.?\)\s*,?|\s*,?\s(?:{suffixes})")


@functools.cache
def _editors_anywhere_re() -> re.Pattern[str]:
    """:func:`_editors_re` for ``sub``/``search``: a match starts where a blank run starts,
    so the long runs that consumed fields leave are not rescanned from every position."""
    return re.compile(rf"(?<!\s)(?:{_editors_re().pattern})")


_GIVEN_FIRST = re.compile(
    r"((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ][\w'’‘\-]+\s){1,2}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ][\w'’‘\-]+)(?:\.\s|\s[—–]\s|,\s)"
)


@functools.cache
def _surname_end_re() -> re.Pattern[str]:
    endings = data_json("name_words.json")["family_name_hints"]
    return re.compile(rf"(?:{_alternation(endings, ignore_case=False)})$")


def _read_lead_authors(w: _Work, start: int, end: int) -> bool:
    """Persons at the start of ``[start, end)``: ``Family I. I.``, ``I. I. Family``, …"""
    seg = w.text[start:end]
    lead = len(seg) - len(seg.lstrip(_SPACE_PUNCT))
    if _read_caps_family_list(w, start + lead, end):
        return True
    m = _name_lead_re().match(seg, lead)
    if not m:
        given_first = _GIVEN_FIRST.match(seg, lead)
        if given_first:
            persons = _persons_named(given_first.group(1))
            if persons:
                w.set_authors(
                    persons, start + given_first.start(1), start + given_first.end(1), 0.8
                )
                return True
        return _read_mononym(w, start + lead, end)
    cand = m.group(0).strip().rstrip(",;")
    persons = _parse_names(cand)
    if not persons:
        return False
    if len(w.authors) > len(persons) and {p.family for p in persons} <= {
        p.family for p in w.authors
    }:
        # "Шевчук Т. Title / Т. Шевчук, В. Кравченко": the fuller list stays
        w.consume(start + lead, start + m.end())
        return True
    w.set_authors(persons, start + lead, start + m.end(), 0.9)
    ed = _editors_re().match(w.text, start + m.end())
    if ed:
        w.consume(ed.start(), ed.end())
    return True


_CAPS_PERSON = r"[^\W\d_][^\W\d_'’\-]+(?:-[^\W\d_]+)?\s[^\W\d_][\w'’‘\-]+"
_CAPS_FAMILY_LIST = re.compile(
    rf"({_CAPS_PERSON}(?:(?:,\s|\set\s|\s&\s){_CAPS_PERSON}){{1,5}})\s?,\s"
)


def _read_caps_family_list(w: _Work, start: int, end: int) -> bool:
    """``CHUVIN Pierre, LÉTOLLE René, PEYROUSE Sébastien, 2008, Title``: French lists write
    each family name in capitals before the given name."""
    m = _CAPS_FAMILY_LIST.match(w.text, start, end)
    if m is None:
        return False
    pairs = re.split(r",\s|\set\s|\s&\s", m.group(1))
    if not all(p.split()[0].isupper() and not p.split()[1].isupper() for p in pairs):
        return False
    persons = _parse_names(m.group(1), strict=False)
    if not persons or len(persons) != len(pairs):
        return False
    w.set_authors(persons, m.start(1), m.end(1), 0.85)
    return True


@functools.cache
def _marked_number_re(key: str) -> re.Pattern[str]:
    """A number after one of the marks of ``labels.json[key]``: ``т. 5``, ``вып. 3``."""
    return re.compile(rf"(?:{_alternation(_labels()[key], ignore_case=False)})\s*(\d+)")


_MONONYM_LEAD = re.compile(r"([^\W\d_][\w-]{1,24})\.\s+(?=[^\W\d_])")


def _read_mononym(w: _Work, start: int, end: int) -> bool:
    """``Абай. Қара сөздер / … – Алматы: Жазушы, 2005.``: a heading of one name (an author
    known by one name) before a title; the fuller name of a statement of responsibility
    (``/ Абай Құнанбайұлы``) stays."""
    m = _MONONYM_LEAD.match(w.text, start, end)
    if m is None or not _names.is_mononym(m.group(1)):
        return False
    name = m.group(1)
    if any(name in (p.family, p.given) for p in w.authors):
        w.consume(m.start(1), m.end(1) + 1)
        return True
    if w.authors:
        return False
    person = Person(family=name, given="")
    full = re.search(rf"/\s*{re.escape(name)}\s([^\W\d_][\w-]+)(?=\s*[;,.]|\s*$)", w.raw)
    if full and full.group(1)[0].isupper():  # "/ Махамбет Өтемісұлы ; ауд. …"
        person = Person(family=full.group(1), given=name)
    w.set_authors((person,), m.start(1), m.end(1) + 1, 0.7)
    return True


_VOLUME_ISSUE = re.compile(r"\b(\d{1,4})\s?\((\d{1,3}(?:[-–]\d+)?)\)")


_DIGIT = re.compile(r"\d")


def _read_numbers(w: _Work, start: int, end: int) -> None:
    seg = w.raw[start:end]
    if _DIGIT.search(seg) is None:
        return  # every number pattern below needs a digit
    m = _marked_number_re("volume_marks").search(seg)
    if m:
        w.volume = m.group(1)
    m = _ISSUE_NO.search(seg) or _marked_number_re("issue_marks").search(seg)
    if m:
        w.issue = m.group(1)
    m = _VOLUME_ISSUE.search(seg) if "(" in seg else None
    if m and w.volume is None:
        w.volume, w.issue = m.group(1), w.issue or m.group(2)
    m = _VOLUME_COMMA_NO.search(seg) if w.volume is None and w.issue is not None else None
    if m and m.group(2) == w.issue:
        w.volume = m.group(1)  # Chicago "Journal of Democracy 34, no. 2"
    m = _pages_re().search(seg)
    if m:
        w.pages = m.group(1).replace(" ", "")


_VOLUME_COMMA_NO = re.compile(
    rf"(?<![\d.,/–-])(?!(?:19|20)\d\d,)(\d{{1,4}}),\s*{_NO_MARK}(\d[\w\-/]*)", re.I
)
_PAREN_TAIL = re.compile(r"[\s,]*\)[\s.;]*$")


def _is_journal_quote(w: _Work, q: Quoted) -> bool:
    """A quoted segment that names a journal/outlet rather than the title."""
    before = w.text[: q.start].rstrip()
    after = w.raw[q.end : q.end + 40]
    if before.endswith("//"):
        return True
    if before.endswith("(") and len(before.split()) >= 4 and _PAREN_TAIL.match(w.text, q.end):
        return True  # "Title («Орал өңірі», <date>)": the quoted name in the closing brackets
    n_words = len(before.split())
    if (
        n_words >= 4
        and before.endswith(",")
        and not _ends_with_family_given(before)
        and re.match(
            rf"\s*,?\s*(?:\d{{1,4}}\s?\(|\d{{1,4}},|vol|т\.|№|\(?{_YEAR}"
            r"|[Nn]r\.?\s?\d|[Nn][°º]\s?\d|[Nn]o\.\s?\d)",
            after,
        )
    ):
        return True
    if re.match(r"\s*\d{1,4}(?:\s?\(|,\s*no\.)", after) and w.raw[: q.start].rstrip().endswith(
        (".", "»", "“")
    ):
        return True
    words = before.rstrip(" ,.").casefold().split()
    return bool(words) and words[-1] in _label_set("journal_words", fold=False)


def _ends_with_family_given(before: str) -> bool:
    """``Paper Lab, Aitkulova, Dana, “Title”, 2022``: a quote after 'Family, Given,' is
    that person's title, no journal."""
    m = _TAIL_FAMILY_GIVEN.search(before)
    if m is None:
        return False
    persons = _parse_names(m.group(1))
    return persons is not None and len(persons) == 1


_TAIL_FAMILY_GIVEN = re.compile(r"(?:^|,\s)([^\W\d_][\w'’‘-]+,\s[^\W\d_][\w'’‘-]+),$")
_POSSESSIVE_END = re.compile(r"\w['’]s$|(?<!\S)[a-zа-яё]\w*$")


def _embedded(w: _Work, q: Quoted) -> bool:
    """A quotation inside a running title (``Ukraine reports “control” over …``)."""
    # "18.08.2015 • «Name» прописали инвестора": a bullet after a read date opens nothing
    before = w.text[: q.start].replace(_FILL, "").rstrip().rstrip("•·▪●◦").rstrip()
    after = w.text[q.end :].replace(_FILL, "")
    before_open = bool(before) and before[-1:].isalnum() and not _ends_with_label(before)
    ds = w.date_span
    if (
        before_open
        and ds is not None
        and w.date is not None
        and w.date.month is not None
        and ds.end <= q.start
        and not w.raw[ds.end : q.start].strip(_SPACE_PUNCT)
    ):
        # "Кызылординские вести от 25.01.2024 «Title»": a quote right after the date opens
        # the title, no quote inside one
        before_open = False
    after_text = after.lstrip()
    if not before and _byline_after_re().match(after):
        return False  # "“Title” by Mark Tauger": the byline after a whole quoted title
    after_open = bool(after_text) and (
        (after_text[:1].isalpha() and after_text[:1].islower())
        or (
            after.startswith(" ")
            and after_text[:1].isalpha()
            and len(after_text.split()) >= 2
            and before_open
        )
        or (
            after.startswith(":")
            and len(after_text.split()) >= 3
            and (
                not before
                or _POSSESSIVE_END.search(before) is not None
                or _SUBTITLE_AFTER.match(after) is not None  # "Черта: «…»: как живут …"
            )
        )  # 'Tokayev's "New Kazakhstan": reforms one year later'
    )
    if before_open and (
        after_open or not after_text.strip(_SPACE_PUNCT) or _CONTAINER_AFTER.match(after)
    ):
        return True  # "Title nach dem „Blutigen Januar“, in: Journal": the container follows
    if before_open and _PAREN_OUTLET.fullmatch(after_text.lstrip("-–— ").rstrip(" .;")):
        # "Суд в Уфе арестовал активистов «Кушташа» (Idel.Реалии)": a running title's last
        # word is lowercase, and its own outlet follows in brackets
        last = before.rsplit(None, 1)[-1]
        return len(before.split()) >= 3 and last[:1].isalpha() and last[:1].islower()
    if (
        after_open
        and _SUBTITLE_AFTER.match(after) is not None
        and not before.rstrip().endswith(("–", "—", "-"))  # "Outlet – «Title»: summary"
    ):
        return True  # "Черта: «Я не хочу возвращаться»: как живут …": one headline
    inner = w.text[q.inner_start : q.inner_end].split()
    if (
        before_open
        and q.closed
        and len(inner) <= 2
        and len(before.split()) >= 3
        and before.rsplit(None, 1)[-1][:1].islower()
        and _DASH_NAME_AFTER.match(after) is not None
    ):
        # "Киргизстан призупинив перекази через російську систему «Мир» – Телеграф, <date>": a
        # quoted name ends a running headline, its outlet follows a dash
        return True
    if (
        before_open
        and " " not in before.strip()
        and before[:1].isupper()
        and after_text[:1] == ","
        and not _known_outlet(before)
        and before.casefold() not in _label_set("outlet_designators")
        and before.casefold() not in _label_set("genre_words")
    ):
        return True  # "Stratégie « Kazakhstan-2050 », Akorda": one word and its quoted name
    return after_open and not before


_DASH_NAME_AFTER = re.compile(r"\s[—–-]\s+[^\W\d_]")
_CONTAINER_AFTER = re.compile(r"\s{0,3}[,.]?\s{0,3}(?:[Ii]n:|//)\s")
_PAGE_COUNT = re.compile(r"(?:\d{1,4}\s?(?:p|pp|S|с|б|lk)|p\.\s?\d{1,4}(?:[–-]\d{1,4})?)\.?")
_COLLECTION = re.compile(r"(?:coll\.|collection|Reihe|series|сер\.)\s", re.I)


def _read_comma_book(w: _Work, start: int, *, container: bool = False) -> bool:
    """``Title, Paris, Seuil, 1997, p. 85.`` / ``Title, Payot, 299p.`` / ``Title, Vilo, coll.
    Mémoires du Monde, 1998.``: a French book's imprint, read from the end of the line in
    comma parts: pages, year, collection, publisher and place."""
    raw = w.raw
    stop = len(raw.rstrip(" .;"))
    tail = _TRAILING_BRACKET.search(raw, start, stop + 1)
    if tail is not None:  # "(3e éd. mise à jour)"
        stop = tail.start()
    parts: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(r",\s+", raw[start:stop]):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, stop))
    pages = year = coll = place = False
    notes: list[str] = []

    def text_of(k: int) -> str:
        return raw[parts[k][0] : parts[k][1]].strip()

    while parts and _PAGE_COUNT.fullmatch(text_of(-1)):
        notes.append(text_of(-1))
        parts.pop()
        pages = True
    if parts and re.fullmatch(_YEAR, text_of(-1)):
        parts.pop()
        year = True
    if parts and _COLLECTION.match(text_of(-1)):
        notes.append(text_of(-1))
        parts.pop()
        coll = True
    if len(parts) < 2:
        return False
    pub = parts.pop()
    name = raw[pub[0] : pub[1]].strip()
    if parts and text_of(-1) in _places():
        w.place = text_of(-1)
        parts.pop()
        place = True
    if parts and _translator_word_re().match(text_of(-1)):
        notes.append(text_of(-1))
        parts.pop()
    words = name.split()
    if (
        not parts
        or not (place or coll or (pages and (year or w.date is not None)))
        or not 1 <= len(words) <= 6
        or not name[:1].isupper()
        or any(ch.isdigit() for ch in name)
        or name in _places()
    ):
        return False
    w.set_outlet(pub[0], pub[1], 0.75)
    w.kind = w.kind or Kind.BOOK
    if container:  # a chapter's book: its title is a note
        notes.append(raw[start : parts[-1][1]].strip(_SPACE_PUNCT))
    else:
        _title_from(w, start, parts[-1][1])
    if tail is not None:
        notes.append(tail.group(1))
    w.notes.extend(reversed(notes))
    w.consume(start if container else parts[-1][1], len(w.text))
    return True


# ". C.H. Beck, München 1992": a publisher (initials may open it), a comma, a place, a year
_PUBLISHER_PLACE_YEAR = re.compile(
    rf"[.!?]\s+((?:[A-Z]\.\s?){{0,3}}[^\W\d_][^,.:;()]{{0,50}}?),\s+([^\W\d_][^,\d():;]{{1,30}}?)"
    rf"\s+{_YEAR}(?=[,.;\s]|$)"
)
_COMMA_IN = re.compile(r",\s+(?=in:\s)")
_PAREN_DOMAIN = re.compile(r"\s\(((?:[\w-]+\.)+[a-z]{2,6})\)$")
_IMPRINT_BEFORE = re.compile(r"[^\W\d_][\w.\-]+\s?:\s(?:[^\W\d_][\w.\-]*\s){0,3}$")
_IMPRINT_AFTER = re.compile(rf"\s*,\s*{_YEAR}\b")


@functools.cache
def _series_before_re() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)(?:{_alternation(_labels()['series_words'])})\s?$", re.I)


def _imprint_quote(text: str, q: Quoted) -> bool:
    """``Київ : Видавничий дім "Простір", 2019``: a quoted publisher's name, no title;
    ``Вестник КарУ. Серия «История. Философия»``: a journal's series, no title."""
    if _series_before_re().search(text, max(0, q.start - 12), q.start):
        return True
    return (
        _IMPRINT_AFTER.match(text, q.end) is not None
        and _IMPRINT_BEFORE.search(text, max(0, q.start - 80), q.start) is not None
    )


@functools.cache
def _suffix_after_quote_re() -> re.Pattern[str]:
    words = _alternation(_labels()["outlet_suffixes"], ignore_case=False)
    return re.compile(rf"\s+(?:{words})(?=[\s,.;:]|$)")


def _ends_with_label(before: str) -> bool:
    """``Outlet, date`` style prefixes end in a separator; a bare word does not."""
    return before.endswith((",", ".", ":", ";", "—", "–", "-", "(", "/"))


def _read_quoted(w: _Work, quoted: list[Quoted]) -> bool:
    live = [q for q in quoted if w.text[q.inner_start : q.inner_end].strip()]
    if not live:
        return False
    if w.title is not None and w.outlet is None and len(live) == 1 and live[0].closed:
        name = w.text[live[0].inner_start : live[0].inner_end].strip()
        if 1 <= len(name.split()) <= 4 and not w.text[live[0].end :].strip(_SPACE_PUNCT):
            # "[Title](https://meduza.io/…) — «Медуза»": the link gave the title, the quoted
            # name after it is the outlet
            w.set_outlet(live[0].inner_start, live[0].inner_end, 0.8)
            w.consume(live[0].start, live[0].end)
            return True
    if len(live) == 1 and live[0].closed and w.outlet is None:
        suffix = _suffix_after_quote_re().match(w.text, live[0].end)
        if suffix is not None:
            # "«Ádilet» AQJ, 2018 jylǵy 6 jeltoqsan", "«Әділет» АҚЖ-де … жарияланды": the
            # quoted name of a paper or a legal database, no title
            w.set_outlet(live[0].inner_start, live[0].inner_end, 0.85)
            w.consume(live[0].start, suffix.end())
            return True
    kind = w.text[live[0].end : live[1].start].strip(_SPACE_PUNCT) if len(live) > 1 else ""
    if kind in _label_set("outlet_suffixes", fold=False) and w.outlet is None and live[0].closed:
        # "«Ақорда» арнасы, «Title», <date>": a quoted name and its kind word, then the title
        w.set_outlet(live[0].inner_start, live[0].inner_end, 0.8)
        w.notes.append(kind)
        w.consume(live[0].start, live[1].start)
        live = live[1:]
    if _read_publication_outlet(w, live[0]) or _dash_quoted_outlet(w, live):
        return True
    lead = w.text[: live[0].start].strip(_SPACE_PUNCT).casefold()
    if lead in _label_set("outlet_designators") and live[0].closed and len(live) == 1:
        # 'Информационная система "Әділет", 27.11.2015 г.': the quotes name a system
        w.set_outlet(live[0].inner_start, live[0].inner_end, 0.8)
        w.notes.append(w.text[: live[0].start].strip(_SPACE_PUNCT))
        w.consume(0, live[0].end)
        return True
    if _quoted_outlet_then_title(w, live):
        return True
    if _quoted_outlet_then_person(w, live[0]):
        return False  # "«Бизнес и политика». Шарипова М. Title? <date>": the plain reader's
    title_q = None
    for q in live:
        if _embedded(w, q):
            return False
        if _is_journal_quote(w, q):
            continue
        title_q = q
        break
    if title_q is None:
        return _read_quoted_journal(w, live[0])
    q = title_q
    if not q.closed:
        w.diagnostics.append(
            Diagnostic(
                "truncated-title",
                "the title's closing quote is missing; the title may be cut short",
                Span(q.start, q.end),
            )
        )
    w.set_title(q.inner_start, q.inner_end, 0.95 if q.closed else 0.7)
    w.consume(q.start, q.end)
    _read_before_title(w, 0, q.start)
    _read_after_title(w, q.end, len(w.text))
    return True


_QUOTE_COLON = re.compile(r":\s+(?=[^\W\d_])")
_SUBTITLE_END = re.compile(r"\s[—–-]\s|\.\s|\s\[|\s\(|,\s|\s?\||\s{2,}|\.?\s*$")


def _quote_subtitle_end(text: str, start: int, end: int) -> int:
    """Where a headline that opens with the quotation at ``[start, end)`` goes on after its
    colon (``«Мы не нейтральны»: посол Украины о войне — …``) ends; 0 when it does not."""
    colon = _QUOTE_COLON.match(text, end)
    if colon is None:
        return 0
    inner = text[start + 1 : end - 1].strip()
    if _known_outlet(inner) or _org_like(inner):
        return 0  # "«Казинформ»: Title": a quoted outlet before its item
    stop = _SUBTITLE_END.search(text, colon.end())
    sub_end = stop.start() if stop else len(text)
    words = text[colon.end() : sub_end].split()
    if len(words) < 2 or find_quoted(text[colon.end() : sub_end]):
        return 0  # (an apostrophe inside a word, as in "інтерв’ю", is no quote)
    return sub_end


_DOT_THEN_PERSON = re.compile(r"\.\s+")


def _quoted_outlet_then_person(w: _Work, q: Quoted) -> bool:
    """A short quoted name opening the line, a full stop, then a person and an unquoted
    title: the name is an outlet, not the title."""
    if not q.closed or w.text[: q.start].strip(_SPACE_PUNCT):
        return False
    if not 1 <= len(w.text[q.inner_start : q.inner_end].split()) <= 4:
        return False
    dot = _DOT_THEN_PERSON.match(w.text, q.end)
    if dot is None:
        return False
    person = _FAMILY_INITIAL.match(w.text, dot.end()) or _OUTLET_FAMILY_GIVEN.match(
        w.text, dot.end()
    )
    if person is None or not _persons_named(person.group(1)):
        return False
    rest = w.text[person.end() :]
    return len(rest.split()) >= 3 and not any(ch in rest for ch in QUOTE_CHARS)


_ISSUE_PAREN = re.compile(r"\s*\((?:№|N|No\.?|nr\.?)\s?\d[^()]{0,40}\)")


def _quoted_outlet_then_title(w: _Work, live: list[Quoted]) -> bool:
    """``«Известия», «Title», 26.09.2024`` / ``„Outlet“, Person, „Title“, <date>``: a short
    quoted name opening the line, then (after a comma and perhaps a person) a longer quoted
    title: the first is the outlet."""
    if len(live) < 2 or w.outlet is not None or not (live[0].closed and live[1].closed):
        return False
    first, second = live[0], live[1]
    if w.text[: first.start].strip(_SPACE_PUNCT):
        return False
    name = w.text[first.inner_start : first.inner_end].strip()
    title = w.text[second.inner_start : second.inner_end].strip()
    between = _ISSUE_PAREN.sub(" ", w.text[first.end : second.start])  # "(№ 10 от 8 марта)"
    if between.lstrip()[:1] not in (",", ":") or not 1 <= len(name.split()) <= 4:
        return False
    if len(title.split()) < 3 or len(title.split()) <= len(name.split()):
        return False
    who_text = between.strip(_SPACE_PUNCT)
    who = _persons_named(who_text, retry=True) if who_text else None
    if who_text and (who is None or len(who_text.split()) > 4):
        return False
    w.set_outlet(first.inner_start, first.inner_end, 0.8)
    w.consume(first.start, first.end)
    if who is not None:
        b0 = w.text.find(who_text, first.end)
        w.set_authors(who, b0, b0 + len(who_text), 0.75)
        w.consume(b0, b0 + len(who_text))
    w.set_title(second.inner_start, second.inner_end, 0.9)
    w.consume(second.start, second.end)
    _read_after_title(w, second.end, len(w.text))
    return True


def _read_publication_outlet(w: _Work, q: Quoted) -> bool:
    """``"Егемен Қазақстан" 05.07.2019 ж. № 126``: a quoted outlet, a date, no title."""
    if w.text[: q.start].strip(_SPACE_PUNCT) or w.date is None or not q.closed:
        return False
    inner = w.raw[q.inner_start : q.inner_end]
    if len(inner.split()) > 4:
        return False
    rest = w.text[q.end :]
    rest = _ISSUE_NO.sub(" ", rest)
    rest = re.sub(r"\(\d+\)", " ", rest)
    if len(rest.split()) > 3 or any(ch in rest for ch in QUOTE_CHARS):
        return False
    if any(word[:1].isupper() for word in re.findall(r"[^\W\d_]+", rest)):
        return False  # „Title“ (Eurasianet, 2022): a name after the quote is the outlet
    w.set_outlet(q.inner_start, q.inner_end, 0.8)
    w.consume(q.start, q.end)
    _read_numbers(w, q.end, len(w.text))
    tail = w.text[q.end :].strip(_SPACE_PUNCT)
    if tail:
        w.notes.append(tail)
        w.consume(q.end, len(w.text))
    return True


_DASH_BEFORE = re.compile(r"\s[—–-]\s*$")


def _dash_quoted_outlet(w: _Work, live: list[Quoted]) -> bool:
    """``Орал әуежайында жаңа терминал салынады — «Ақ Жайық», 05.05.2023``: a short quoted
    name after a dash that follows an unquoted headline is the outlet."""
    if len(live) != 1 or not live[0].closed or w.outlet is not None:
        return False
    q = live[0]
    dash = _DASH_BEFORE.search(w.text, 0, q.start)
    head = w.text[: dash.start()].strip(_SPACE_PUNCT) if dash else ""
    name = w.text[q.inner_start : q.inner_end].strip()
    if dash is None or len(head.split()) < 3 or not 1 <= len(name.split()) <= 3:
        return False
    if _HEADLINE_TAIL_SEP.search(head):
        return False  # "Власть.kz — Вадим Бороздин — «Title» — <date>": a card, not a headline
    if w.text[q.end :].strip(_SPACE_PUNCT + "()"):
        return False  # only the date (read and masked by now) may follow the name
    w.set_outlet(q.inner_start, q.inner_end, 0.8)
    w.consume(dash.start(), len(w.text))
    _title_from(w, 0, dash.start())
    return True


def _read_quoted_journal(w: _Work, q: Quoted) -> bool:
    """``Family I., Title, “Journal” 9(4), 2009, 507–526.``"""
    start = q.start
    before = w.text[:start]
    sentence = max(before.rfind(". "), before.rfind("]. "))
    lead = before[sentence + 1 :] if sentence != -1 else ""
    if (
        sentence != -1
        and lead.strip()
        and not lead.rstrip().endswith(",")
        and len(lead.split()) <= 5
        and not lead.strip().casefold().startswith(_generic_prefixes())
    ):
        start = sentence + 2
    if start < q.start:
        w.set_outlet(start, q.end, 0.8)
    else:
        w.set_outlet(q.inner_start, q.inner_end, 0.85)
    w.consume(start, q.end)
    opening = before.rstrip()
    if opening.endswith("("):  # "Title («Outlet», <date>)": the bracket is no part of the title
        w.consume(len(opening) - 1, len(opening))
    w.kind = w.kind or Kind.ARTICLE
    _read_numbers(w, q.end, len(w.text))
    _read_unquoted_title_block(w, 0, start)
    return True


@functools.cache
def _generic_prefixes() -> tuple[str, ...]:
    return tuple(_labels()["generic_journal_prefixes"])


@functools.cache
def _list_join_re() -> re.Pattern[str]:
    conj = _alternation(_labels()["given_first_conjunctions"], ignore_case=False)
    return re.compile(rf"\s*,\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+")


def _given_first_list(text: str) -> bool:
    """``Eugene Rumer, Richard Sokolsky, and Paul Stronski``: two to four capitalised
    two- or three-word names joined by commas and a last ``and``."""
    parts = [p for p in _list_join_re().split(text) if p]
    return 2 <= len(parts) <= 4 and all(
        2 <= len(p.split()) <= 3 and all(x[:1].isupper() and x.isalpha() for x in p.split())
        for p in parts
    )


def _split_person_tail(w: _Work, start: int, end: int) -> bool:
    """``Outlet. Family, Given`` — a person list after the first ". " of a segment."""
    seg = w.text[start:end]
    dot = seg.find(". ")
    while dot != -1:
        tail = seg[dot + 2 :].strip(_SPACE_PUNCT)
        if tail:
            persons = _parse_names(tail, strict=False)
            if persons and not _known_outlet(tail) and not _is_organisation(tail):
                t0 = start + dot + 2
                w.set_authors(persons, t0, end, 0.85)
                w.set_outlet(start, start + dot, 0.9, masked=True)
                return True
        dot = seg.find(". ", dot + 2)
    return False


_FAMILY_GIVEN_DOT = re.compile(
    r"[^\W\d_][\w'’‘\-]+,\s[^\W\d_][\w'’‘\-]+(?:\s[^\W\d_]\.)?"
    # MLA: "Chellaney, Brahma, et al." / "Lindberg, Kari and Tripti Lahiri."
    r"(?:,?\s(?:et\sal\.?|and\s[^\W\d_][\w'’‘\-]+(?:\s[^\W\d_][\w'’‘\-.]+){1,2}))?\.?"
)


_NAME_THEN_FAMILY_GIVEN = re.compile(r"([^,]{2,60}),\s([^\W\d_][\w'’‘-]+,\s[^\W\d_][\w'’‘-]+)")


# starts only where a blank run starts: the same splits, without rescanning long runs
_BEFORE_TITLE_SPLIT = re.compile(r"(?<!\s)\s*(?:[,|]|\s[—–/-]\s|:$)\s*")


_FAMILY_ET_AL = re.compile(r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’‘\-]+)\s+(?:et\s+al|и\s+др|jt)\.?[\s,]*")


def _read_before_title(w: _Work, start: int, end: int) -> None:
    seg = w.text[start:end]
    stripped = seg.strip(_SPACE_PUNCT)
    if not stripped:
        return
    s0 = start + seg.find(stripped)
    whole = _editors_anywhere_re().sub("", stripped)
    etal = _FAMILY_ET_AL.fullmatch(whole) if not w.authors else None
    if etal is not None and not _known_outlet(etal.group(1)):
        # 'Gustafson et al., "Title", Journal 39:3 (2024)': the first author and the others
        w.set_authors((Person(family=etal.group(1), given=""),), s0, s0 + len(etal.group(1)), 0.7)
        w.consume(start, end)
        return
    dash = _OUTLET_DASH_PERSON.fullmatch(whole) if " " in whole else None
    if dash and w.outlet is None and _parse_names(dash.group(1)) is None:
        who = _parse_names(dash.group(2))
        if who:  # "РСМД — Никитин А. «Title»": the outlet, a dash, then the author
            w.set_outlet(s0 + dash.start(1), s0 + dash.end(1), 0.8)
            w.set_authors(who, s0 + dash.start(2), s0 + dash.end(2), 0.8)
            w.consume(start, end)
            return
    pair = _NAME_THEN_FAMILY_GIVEN.fullmatch(whole) if w.outlet is None else None
    if pair and whole == stripped and _parse_names(pair.group(1)) is None:
        who = _persons_named(pair.group(2))
        if who is not None and len(who) == 1:
            # "Paper Lab, Aitkulova, Dana, “Title”": the outlet, then 'Family, Given'
            w.set_outlet(s0 + pair.start(1), s0 + pair.end(1), 0.75)
            w.set_authors(who, s0 + pair.start(2), s0 + pair.end(2), 0.8)
            return
    persons = _parse_names(whole)
    if (
        persons is None
        and (seg.rstrip().endswith(",") or _FAMILY_GIVEN_DOT.fullmatch(seg.strip()))
        and (
            2 <= len(whole.split()) <= 4
            or _given_first_list(whole)
            or _FAMILY_GIVEN_DOT.fullmatch(whole) is not None
        )
        and not _known_outlet(whole)
        and not _is_organisation(whole)
    ):
        persons = _parse_names(whole, strict=False)
    if persons:
        w.set_authors(persons, s0, s0 + len(stripped), 0.85)
        return
    if _read_lead_authors(w, start, end) and not w.text[start:end].strip(_SPACE_PUNCT):
        return
    if _split_person_tail(w, start, end):
        return
    seg = w.text[start:end]
    stripped = seg.strip(_SPACE_PUNCT)
    if not stripped:
        return
    # "Outlet, <date>," : the outlet is the first comma part; a later part may be a person
    parts = [p for p in _BEFORE_TITLE_SPLIT.split(stripped) if p.strip(_SPACE_PUNCT)]
    if not parts:  # only separators ("\xa0,\r\"|")
        return
    first = parts[0]
    s0 = start + seg.find(first)
    by = _NAME_IN_BRACKETS.fullmatch(first) if first.endswith(")") and not w.authors else None
    who = _persons_named(by.group(2)) if by else None
    if by and who:  # "The Wall Street Journal (Anna Whitfield), “Title”": the author in brackets
        w.set_authors(who, s0 + by.start(2), s0 + by.end(2), 0.75)
        w.consume(s0 + by.end(1), s0 + by.end())
        first = by.group(1)
    for part in parts[1:]:
        persons = _parse_names(part.strip(_SPACE_PUNCT)) if not w.authors else None
        if (
            persons is None
            and not w.authors
            and _GIVEN_FIRST.match(part.strip(_SPACE_PUNCT) + ". ")
            and _surname_end_re().search(part.strip(_SPACE_PUNCT))
        ):
            persons = _parse_names(part.strip(_SPACE_PUNCT), strict=False)
        if persons and not _known_outlet(part.strip(_SPACE_PUNCT)):
            p0 = start + seg.find(part)
            w.set_authors(persons, p0, p0 + len(part), 0.75)
    lead = _interview_lead_re().match(first)
    who = _persons_named(first[lead.end() :].strip(_SPACE_PUNCT), retry=True) if lead else None
    if lead is not None and who is not None:
        # "Maia Sandu, interview by Ion Chirtoacă, „Title”, TV8": the interviewer is an author
        w.authors = w.authors + who
        w.confidence.setdefault("authors", 0.75)
        w.consume(s0, s0 + len(first))
        return
    genre = first.casefold() in _label_set("genre_words")  # "Деректі фильм «Қаңтар» – Qazaqstan TV"
    if _BRACKET_YEAR_ONLY.fullmatch(first):
        pass  # "Kravchenko, O. (2024), ‘Title’, Kyiv Independent, …": the year, no outlet
    elif len(parts) == 1 and _title_before_journal(w, s0, first):
        pass
    elif w.outlet is None and not first.startswith("@") and not genre:  # "@KassymJomart. “Post.”"
        w.set_outlet(s0, s0 + len(first), 0.85, masked=True)
    rest = w.text[start:end].strip(_SPACE_PUNCT)
    if rest:
        w.notes.append(rest)
        w.consume(start, end)


_BRACKET_YEAR_ONLY = re.compile(rf"\(?\s*{_YEAR}[a-z]?\s*\)?")
_AFTER_JOURNAL = re.compile(r"\s*,\s*(?:\d|(?:nr|No|no|t|vol|z|č)\.?\s?\d)")


def _title_before_journal(w: _Work, s0: int, first: str) -> bool:
    """``A. Nowicka, Kazachstan po Krwawym Styczniu, „Krytyka Polityczna”, 12.01.2023``:
    after the authors, an unquoted phrase is the title and the short quoted name after it,
    followed by a date or a number, the journal (the Polish and Czech order)."""
    ts, title = w.title_span, w.title
    if (
        not w.authors
        or w.outlet is not None
        or ts is None
        or title is None
        or w.authors_span is None
        or w.authors_span.end > s0
        or len(first.split()) < 3
        or len(title.split()) > 6
        or not w.raw[s0 + len(first) : ts.start].strip().startswith(",")
    ):
        return False
    q_end = w.raw.find(title, ts.start) + len(title) + 1  # past the closing quote
    if _AFTER_JOURNAL.match(w.raw, q_end) is None or _known_outlet(first) or _org_like(first):
        return False
    w.name_outlet(title, ts.start, ts.end, 0.8)
    w.set_title(s0, s0 + len(first), 0.8)
    return True


@functools.cache
def _interview_lead_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(_labels()['interview_leads'])})\s+", re.I)


_OUTLET_DASH_PERSON = re.compile(r"([^\W\d_][^—–,]{1,40}?)\s[—–]\s([^—–]{3,60}?)[\s,.:]*")
_NAME_IN_BRACKETS = re.compile(r"(.+?)\s*\(([^\W\d_][^()\d]{3,40})\)")


@functools.cache
def _thesis_re() -> re.Pattern[str]:
    # "Pro gradu -tutkielma. Helsingin yliopisto.", "Magistritöö. Tartu Ülikool."
    sentences = _alternation(_labels()["thesis_sentences"])
    return re.compile(
        r"(?i)\s*(?:Ph\.?\s?D\.?|MA|M\.A\.|MSc|Master's|Doctoral|Bachelor's)\s"
        r"(?:diss\.|dissertation|thesis)\s*,\s*|\s*(?:дис\.|автореф\.)[^,]{0,60},\s*"
        rf"|\s*(?:{sentences})[.,]\s*"
    )


_TRANSLATION = re.compile(r"[\s,.]*\[([^\[\]]{3,200})\][\s,.]*")


_PODCAST_IN = re.compile(r"([^.()]{3,100}?)(?:\.\s|\.?\s*$)")


_NOTE_BRACKET = re.compile(r"\s*\(([^()]{3,200})\)")


def _body_in_note_bracket(w: _Work, start: int) -> bool:
    """``“Title” (Policy Paper, German Marshall Fund of the United States, June 2023), 6.``:
    a bracket after a Chicago note's title naming a genre, the body and the date: the body
    is the outlet."""
    m = _NOTE_BRACKET.match(w.text, start)
    if m is None:
        return False
    raw_inner = w.raw[m.start(1) : m.end(1)]
    parts = [p.strip() for p in raw_inner.split(",")]
    bodies = [p for p in parts if len(p.split()) >= 2 and (_org_like(p) or _known_outlet(p))]
    if len(bodies) != 1 or len(parts) < 2 or _dates.parse_date(parts[-1]) is None:
        return False
    b0 = w.raw.find(bodies[0], m.start(1), m.end(1))
    w.set_outlet(b0, b0 + len(bodies[0]), 0.8)
    others = [p for p in parts[:-1] if p != bodies[0]]
    if others:
        w.notes.append(", ".join(others))
    w.consume(m.start(), m.end())
    rest = w.text[m.end() :].strip(_SPACE_PUNCT)
    if rest:
        w.notes.append(rest)
        w.consume(m.end(), len(w.text))
    return True


_BODY_TABLE = re.compile(
    r"\s*([^\W\d_][^.:\d]{1,60}?)\.\s+([A-Z]{1,6}\d{2,}(?:[A-Z][A-Z0-9]*)?):\s+"
)
_SPEAKER_THEN_SOURCE = re.compile(r"\s*[—–-]\s+([^()]{2,80}?)\s*\(([^(),]{2,60}?)[\s,]*\)[\s.,;]*")


def _read_after_title(w: _Work, start: int, end: int) -> None:
    seg = w.text[start:end]
    tr = _TRANSLATION.match(seg) if "[" in seg else None
    if tr and _detect_language(tr.group(1)) == "en":
        # '"Title" [English translation]. Site (in Kazakh).'
        w.translated_title = tr.group(1).strip()
        w.consume(start, start + tr.end())
        start += tr.end()
    seg = w.text[start:end]
    stripped = seg.strip(_SPACE_PUNCT)
    if not stripped:
        return
    by = _byline_after_re().match(seg) if not w.authors else None
    if by is not None:
        # "“Title” by Mark B. Tauger <https://…> [EN]": the author after the quoted title
        name = _BYLINE_NAME.match(w.text, start + by.end() - 1, end)
        persons = _byline_persons(name.group(0).strip()) if name else None
        if name is not None and persons:
            w.set_authors(persons, name.start(), name.end(), 0.8)
            w.consume(start, name.end())
            seg = w.text[start:end]
    if w.outlet is not None and not w.authors:
        _tail_person(w, start)  # "Outlet: «Title» (Тимур Ахметов, <date>)", "“Title,” by Name"
        seg = w.text[start:end]
        stripped = seg.strip(_SPACE_PUNCT)
        if not stripped:
            return
    off = start + seg.find(stripped)
    tail = _SPEAKER_THEN_SOURCE.fullmatch(seg) if w.outlet is None else None
    if tail is not None and _known_outlet(tail.group(2).strip()):
        # "«Title» – Оқу-ағарту министрі (Kazinform, <date>)": who said it, then the source
        w.notes.append(tail.group(1).strip())
        w.set_outlet(start + tail.start(2), start + tail.end(2), 0.8, masked=True)
        w.consume(start, end)
        return
    # press review: "— summary" after the title is not a field
    if re.match(r"\s*[—–-]\s", seg) and w.outlet is not None:
        w.notes.append(stripped)
        w.consume(start, end)
        return
    if w.outlet is None and seg.lstrip().startswith("(") and _body_in_note_bracket(w, start):
        return
    paren = re.match(r"\s*\(([^()]{2,60}?)[\s,]*\)[\s.,;]*$", seg)
    if paren and w.outlet is None and _looks_like_outlet(paren.group(1)):
        w.set_outlet(start + paren.start(1), start + paren.end(1), 0.75, masked=True)
        w.consume(start, end)
        return
    if w.outlet is None:
        lead_in = _container_lead_re().match(w.raw, off, end)
        if lead_in:
            w.kind = Kind.CHAPTER
            w.consume(off, lead_in.end())
            off = lead_in.end()
            ed = re.match(
                r"[^()]{2,80}?\((?:Eds?|eds?|ред|Hrsg|toim|dir|coord)\.?\)[,.]?\s*", w.raw[off:end]
            )
            if ed:
                w.notes.append(ed.group(0).strip(" ,"))
                w.consume(off, off + ed.end())
                off += ed.end()
                if _read_comma_book(w, off, container=True):
                    return  # "in GRATALOUP Christian (dir.), Book, Paris, CNRS Éditions, 2014"
            podcast = _PODCAST_IN.match(w.text, off, end)
            if podcast and _label_re("media_designators").search(w.raw):
                # "[Audio podcast episode]. In The Diplomat Asia Geopolitics. The Diplomat.":
                # the podcast or channel is the container; its producer follows
                w.kind = Kind.OTHER
                w.set_outlet(off, podcast.end(1), 0.75)
                rest = w.text[podcast.end(1) : end].strip(_SPACE_PUNCT)
                if rest:
                    w.notes.append(rest)
                w.consume(off, end)
                return
            harvard = _HARVARD_IMPRINT.search(w.text, off, end)
            if harvard is not None:
                # "In: Kuutma, K. (ed.) Pärand ja kogukond. Tallinn: Publisher, pp. 77–95."
                w.notes.append(w.text[off : harvard.start() + 1].strip())
                w.place = harvard.group(1).strip()
                w.set_outlet(harvard.start(2), harvard.end(2), 0.75, masked=True)
                w.pages = w.pages or harvard.group(3)
                w.consume(off, end)
                return
            chicago = _CHICAGO_IMPRINT.search(w.text, off, end)
            if chicago is not None:
                # "In Energy Politics of the Caspian, edited by L. Petrosyan, 88–110. Newcastle
                # upon Tyne: Cambridge Scholars Publishing.": the book goes to the notes
                w.notes.append(w.text[off : chicago.start()].strip())
                w.pages = w.pages or chicago.group(1)
                w.place = chicago.group(2).strip()
                w.set_outlet(chicago.start(3), chicago.end(3), 0.75, masked=True)
                w.consume(off, end)
                return
            last = re.search(r"\)\.\s+([^.()]{3,80}?)\.?\s*$", w.text[off:end])
            if last and (
                _is_organisation(last.group(1))
                or _publisher_re().search(last.group(1))
                # "(pp. 87–109). Edward Elgar.": after the chapter's pages only a publisher
                or _PAGES_PAREN_END.search(w.text, off, off + last.start() + 1)
                or _IMPRINT.fullmatch(last.group(1))  # "(ss. 45-70). İstanbul: Doğu Kitabevi."
            ):
                w.notes.append(w.text[off : off + last.start() + 1].strip())
                o0, o1 = off + last.start(1), off + last.end(1)
                pm = _IMPRINT.fullmatch(w.text, o0, o1)
                if pm and not re.search(r"\d", pm.group(1)):  # "Ankara: Nobel Yayınları"
                    w.place = pm.group(1).strip()
                    o0 = pm.start(2)
                w.set_outlet(o0, o1, 0.75, masked=True)
                w.consume(off, end)
                return
        thesis = _thesis_re().match(w.raw, off, end)
        if thesis:
            w.notes.append(thesis.group(0).strip(" ,"))
            w.consume(off, thesis.end())
            off = thesis.end()
            w.kind = Kind.REPORT
        stop = _outlet_stop(w.raw, off, end, w.text)
        inner = find_quoted(w.raw[off:stop])
        prefix = w.raw[off : off + inner[0].start].strip().casefold() if inner else ""
        if inner and inner[0].closed and (not prefix or prefix.startswith(_generic_prefixes())):
            w.set_outlet(off + inner[0].inner_start, off + inner[0].inner_end, 0.8)
            w.consume(off, stop)
        elif stop > off:
            seg = w.raw[off:stop].strip(_SPACE_PUNCT)
            if seg in _places() and re.match(rf"[\s,.]*{_YEAR}", w.raw[stop:]):
                w.place = seg  # "Title. Almaty, 2001.": a place of publication, no publisher
                w.consume(off, stop)
                w.kind = w.kind or Kind.BOOK
            else:
                w.set_outlet(off, stop, 0.75)
        if w.outlet:
            w.kind = w.kind or Kind.ARTICLE
    _read_numbers(w, start, end)


_HARVARD_IMPRINT = re.compile(
    r"\.\s+([^\W\d_][^.:()\d]{1,40}):\s*([^.,:()]{2,80}),\s*pp?\.\s*(\d[\d–-]*)\.?\s*$"
)
_CHICAGO_IMPRINT = re.compile(
    r",\s*(\d+\s?[–-]\s?\d+)\.\s+([^\W\d_][^.:()\d]{1,40}):\s*([^.,:()]{2,80}?)[\s,.]*$"
)
_PAGES_PAREN_END = re.compile(r"\((?:pp?|сс?|ss?|S|lk|б|бб)\.\s?\d[\d\s–—-]*\)$")


def _read_unquoted_title_block(w: _Work, start: int, end: int) -> None:
    """Authors then a title, no quotes: ``Aptekar S., Title,``."""
    _read_lead_authors(w, start, end)
    _title_from(w, start, end)


_PLACE_PUBLISHER_RE = re.compile(
    r"(?:^|[.,(?!]\s*|\s[-–—]\s+)((?:[^\W\d_][\w\-]*\.?)"
    # "Washington, D.C.", "London; New York"
    r"(?:(?:,?\s(?:;\s|and\s|и\s)?|;\s)[^\W\d_][\w\-]*\.?(?:[A-Z]\.)?){0,3})"
    rf"\s?:\s+([^:;()]{{2,120}}?)\s*+(?=,?\s*+{_YEAR}|\.\s*+[-–—]|[,.]\s*+(?:lk|pp?|с|S)\.?\s*\d|\.?\s*+\)?\s*+$"
    r"|\.\s+(?:https?://|www\.|doi:|DOI:|Available at|Available from|Retrieved from|URL:)"
    # "Almaty: Sotsinvest, 320 p. (In Russian)": the page count, a language note
    r"|[,.]\s*+\d{1,4}\s?(?:p|pp|с|б|S|lk|bet|стр)\.|\.?\s*+\([Ii]n\s[A-Z]"
    r"|\.\s+(?:Vol|Т|Bd|Tom|Cilt)\.\s?\d)"  # "Almaty: Bilim. Vol. 1, 224 p."
)


@functools.cache
def _places() -> frozenset[str]:
    places = data_json("places.json")["places"]
    # "Title. М., 1999": text stripped of its punctuation still names the place
    return frozenset([*places, *(p.rstrip(".") for p in places if p.endswith("."))])


@functools.cache
def _not_places() -> frozenset[str]:
    """Words before a colon that are no place of publication (``In:``, ``Sources:``)."""
    return frozenset([*_labels()["container_leads"], *_labels()["colon_heads_not_places"]])


class _PlacePublisher:
    """``Place: Publisher`` finder that prefers known publication places."""

    @staticmethod
    def search(raw: str, start: int, end: int) -> re.Match[str] | _Shifted | None:
        fallback = None
        if raw.find(":", start, end) == -1:
            return None  # no "Place: Publisher" without its colon
        for m in _PLACE_PUBLISHER_RE.finditer(raw, start, end):
            place = m.group(1).strip()
            if not re.search(r"[^\W\d_]{2}", m.group(2)) or "http" in m.group(2):
                continue
            if m.group(2)[:1].islower() and (". " in m.group(2) or len(m.group(2).split()) > 3):
                continue  # "… in Almaty, Kazakhstan: a cross-sectional study. Journal": a subtitle
            if _label_re("url_labels").match(place + ":") or place in _not_places():
                continue
            first = re.split(r",|\s?;|\sand\s|\sи\s", place)[0].strip()
            if place in _places() or first in _places():
                return m
            # "Zerfall. München": the known place is the last word(s) of the match
            for k in range(len(place) - 1, 0, -1):
                if place[k - 1] in " ." and place[k:] in _places():
                    return _Shifted(m, m.start(1) + k)
            words = place.split()
            if fallback is None and len(words) <= 2 and place[:1].isupper():
                fallback = m
        return fallback


class _Shifted:
    """A place/publisher match whose place starts later than the regex said."""

    def __init__(self, m: re.Match[str], place_start: int) -> None:
        self._m = m
        self._start = place_start

    def start(self, group: int = 0) -> int:
        return self._start if group == 1 else self._m.start(group)

    def end(self, group: int = 0) -> int:
        return self._m.end(group)

    def group(self, group: int = 0) -> str:
        if group == 1:
            return self._m.string[self._start : self._m.end(1)]
        return self._m.group(group)


_PLACE_PUBLISHER = _PlacePublisher()


@functools.cache
def _publisher_re() -> re.Pattern[str]:
    words = data_json("labels.json")["publisher_words"]
    return re.compile(r"(?<!\w)(?:" + word_alternation(words) + r")(?!\w)")


_COMMA_PARTS = re.compile(r"[^,.]+")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``text[start:end]`` without the spaces and punctuation around it, or
    None when there is nothing else."""
    seg = text[start:end]
    stripped = seg.strip(_SPACE_PUNCT)
    if not stripped:
        return None
    s0 = start + seg.find(stripped)
    return s0, s0 + len(stripped)


def _period_only(text: str) -> bool:
    """``январь–март 2024 г.``, ``2020–2025``: a span of months or years, the period a
    title reports on (kept in the title), not a date or a place and date."""
    found = _dates.find_dates(text)
    if len(found) != 1 or found[0].kind != "range" or found[0].date.day is not None:
        return False
    span = found[0].span
    return not (text[: span.start] + text[span.end :]).strip(_SPACE_PUNCT)


_HOMEPAGE = re.compile(  # (or its front page in a language: "/en-US/", "/ru/")
    r"(?:https?://)?(?:www\.)?[^/\s.]+(?:\.[^/\s.]+)+(?:/[a-z]{2}(?:-[a-z]{2})?)?/?"
    r"(?:index\.(?:html?|php))?",
    re.I,
)


def _homepage(url: str) -> bool:
    """A site's front page: no path beyond ``/``, ``/index.html`` or a language's ``/en-US/``."""
    return _HOMEPAGE.fullmatch(url.strip()) is not None


_TITLE_BY = re.compile(
    r"(?P<t>[^\W\d_][^«»„“”\"]{5,200}?)\s+by\s+"
    # "… by Järve, Priit - Poleshchuk, Vadim": inverted names, a hyphen between persons
    r"(?P<n>[A-Z][\w'’‘.-]+(?:,?\s+(?:and\s+|-\s+)?[A-Z][\w'’‘.-]+){1,5})[\s.,;]*"
)


def _read_title_by_author(w: _Work, start: int, end: int) -> bool:
    """``Dark Shadows: Inside the Secret World of Kazakhstan by Joanna Lillis (2018)``: a
    book named by its title, then "by" and its author; the year was read as the date."""
    m = _TITLE_BY.fullmatch(w.text, start, end)
    names = m.group("n").replace(" - ", "; ") if m is not None else ""
    persons = (_persons_named(names) if "," in names else _byline_persons(names)) if m else None
    if m is None or not persons or len(m.group("t").split()) < 2:
        return False
    w.set_title(m.start("t"), m.end("t"), 0.75)
    w.set_authors(persons, m.start("n"), m.end("n"), 0.75)
    w.consume(start, end)
    return True


# what may follow a book's year: a page count ("– 624 р.") and an ISBN, nothing else
_BOOK_TAIL = re.compile(  # (possessive runs: a blank run is read once, linear on any input)
    r"[\s.,]*+(?:[–—-]\s*+(\d+)\s?(?:с|p|р|pp|стр|б|бет|lk|S|pages)\.?[\s.,]*+)?"
    r"(?:ISBN[\s:]*+[\dXx\-–]+(?:\s[\dXx\-–]+)*+[\s.]*+)?"
)


def _is_publisher(name: str) -> bool:
    found = _known_names().lookup_name(name)
    if found is not None:
        return found.kind == "publisher"
    return _publisher_re().search(name) is not None


def _read_publisher_year_tail(w: _Work, start: int, end: int) -> bool:
    """``Head First. Python. Фабула. 2023. – 624 р. ISBN …``: a publisher's sentence, the
    year, then only a page count and an ISBN — a book whose imprint names no place."""
    ds = w.date_span
    if w.date is None or w.date.month is not None or ds is None or not start < ds.start < end:
        return False
    tail = _BOOK_TAIL.fullmatch(w.text, ds.end, end)
    head = w.text[start : ds.start].rstrip()
    if tail is None or not head.endswith((".", ",")):
        return False
    head = head[:-1]
    cut = max(head.rfind(". "), head.rfind(", "), head.rfind(".\n"), head.rfind(",\n"))
    name = head[cut + 2 :].strip() if cut != -1 else ""
    bare = name.strip('«»"“”„')
    if not bare or len(bare.split()) > 5 or not _is_publisher(bare):
        return False
    o0 = start + head.find(bare, cut + 2)
    w.set_outlet(o0, o0 + len(bare), 0.75)
    if tail.group(1):
        w.notes.append(f"{tail.group(1)} p.")
    w.consume(start + cut + 1, end)
    w.kind = w.kind or Kind.BOOK
    return True


def _read_plain(w: _Work) -> None:
    """Lines without a quoted title: APA/Chicago/Harvard/books, ``Title (Outlet)``, titles."""
    span = _trimmed(w.text, 0, len(w.text))
    if span is None:
        return
    start, end = span
    genre = _PAREN_GENRE.search(w.text, start, end) if w.text[end - 1 : end] == ")" else None
    if genre is not None and _report_words_re().fullmatch(genre.group(1).strip()):
        # "Title (Carnegie Endowment for International Peace, report)": the outlet, its form
        w.notes.append(genre.group(1).strip())
        w.consume(genre.start(), genre.end(1))
        w.kind = w.kind or Kind.REPORT
    if w.outlet is None and w.title is None and not w.url and _known_outlet(w.text[start:end]):
        w.set_outlet(start, end, 0.8)  # "– Reuters;" in a list of sources: a name, no title
        return
    if w.outlet is None and _read_publisher_year_tail(w, start, end):
        span = _trimmed(w.text, start, end)
        if span is None:
            return
        start, end = span
    if not w.authors and w.title is None and _read_title_by_author(w, start, end):
        return
    if w.url is not None and w.title is None and _homepage(w.url):
        label = w.text[start:end].strip(_SPACE_PUNCT + "-–—")
        if (
            0 < len(label.split()) <= 6
            and not any(ch in label for ch in QUOTE_CHARS)
            and not _may_have(w, "homepage_words")  # "Kliimaministeeriumi kodulehekülg"
            and (
                any(_names_site(word, w.url) for word in label.split())
                or _label_re("outlet_prefixes").search(label) is not None
                or _org_like(label)
            )
        ):
            # "Библиотека AlmaU http://lib.almau.edu.kz/", "Научно-образовательный портал:
            # http://www.med-edu.ru/": a site's front page, and the name the line gives it
            at = w.text.find(label, start)
            w.set_outlet(at, at + len(label), 0.8)
            w.kind = w.kind or Kind.WEBPAGE
            return
    _read_outlet_then_person(w, start, end)
    table = _BODY_TABLE.match(w.text, start, end) if w.outlet is None else None
    if table is not None and (_known_outlet(table.group(1)) or _org_like(table.group(1))):
        # "Statistikaamet. RV0222U: Rahvastik soo, …": a statistics office's table code
        w.set_outlet(table.start(1), table.end(1), 0.8)
        w.notes.append(table.group(2))
        w.consume(table.start(), table.end())
        _title_from(w, table.end(), end)
        w.kind = w.kind or Kind.REPORT
        return
    if not w.authors and w.outlet is None and _read_org_lead(w, start, end):
        return
    if not w.authors and not _read_lead_authors(w, start, end):
        _read_family_given(w, start, end)
    if not w.authors:
        _read_corporate_author(w, start, end)
    if not w.authors and w.outlet is None:
        _read_body_sentence(w, start, end)
    text = w.text
    span = _trimmed(text, 0, len(text))
    if span is None:
        return
    start, end = span
    if _read_homepage(w, start, end):
        return
    if w.authors and _read_translated_title(w, start, end):
        return
    seg = w.text[start:end]
    for hp in re.finditer(r"\s?\(([^()]{3,80})\)", seg) if "(" in seg else ():
        if _homepage_re().search(hp.group(1)):
            w.notes.append(hp.group(1))
            w.consume(start + hp.start(), start + hp.end())
    area_end = end
    end = _read_responsibility(w, start, end)
    # editions and volume designations hold a number ("Rev. ed." aside)
    digit = _DIGIT.search(w.text, start, end) is not None
    for vd in _EDITION.finditer(w.text, start, end) if digit or "Rev" in seg else ():
        w.notes.append(vd.group(0).strip(" ,."))
        w.consume(vd.start(), vd.end())
    for vd in _vol_designation_re().finditer(w.text, start, end) if digit else ():
        w.notes.append(vd.group(0).strip())
        w.consume(vd.start(), vd.end())
    # place: publisher (book / report)
    pp = _PLACE_PUBLISHER.search(w.raw, start, end)
    if pp is None and area_end > end:
        # "Title / за ред. Т. Г. Мельника. Київ : Наукова думка, 2024": the imprint follows
        # the responsibility area
        pp = _PLACE_PUBLISHER.search(w.raw, end, area_end)
    if pp and pp.start(1) > start + 3 and w.text[pp.start(2) : pp.end(2)].strip():
        kind = w.text[pp.start(2) : pp.end(2)].strip(_SPACE_PUNCT).casefold()
        if kind in _label_set("container_kinds") and pp.group(1).strip() not in _places():
            # "Економічна правда : вебсайт. URL: …": a site and what it is, no imprint
            w.set_outlet(pp.start(1), pp.end(1), 0.8, masked=True)
            w.consume(pp.start(2), pp.end(2))
            w.kind = w.kind or Kind.ARTICLE
        else:
            w.place = pp.group(1).strip()
            _set_publisher(w, pp.start(2), pp.end(2))
            w.consume(pp.start(1), pp.end(1))
            w.kind = w.kind or Kind.BOOK
        _title_from(w, start, _title_cut(w, start, min(end, pp.start(1))))
        return
    # comma-separated publisher: "Томск, Изд-во ТПУ, 2010."
    parts = list(_COMMA_PARTS.finditer(w.text[start:end]))
    for part in parts if len(parts) > 1 else ():
        if _publisher_re().search(part.group(0)) and len(part.group(0).split()) <= 6:
            p0 = start + part.start()
            w.set_outlet(p0, start + part.end(), 0.7, masked=True)
            w.kind = w.kind or Kind.BOOK
            break
    if w.outlet is not None:
        seg = w.text[start:end].strip(_SPACE_PUNCT)
        if re.fullmatch(r"[^\W\d_][\w\-]*", seg):
            w.place = seg  # "Томск, Изд-во ТПУ, 2010": the place, not a title
            w.consume(start, end)
            return
    elif w.authors:
        text = w.text
        core = text[start:end].strip(_SPACE_PUNCT)
        start = text.find(core, start) if core else start
        if ", " in text[start:end] and _read_comma_book(w, start):
            return
        # searched in raw to the line's end: the year is consumed (blank) by now
        de = _PUBLISHER_PLACE_YEAR.search(w.raw, start) if "," in text[start:end] else None
        if de is not None and de.group(2).strip() in _places() and start + 3 < de.start() < end:
            # "Kappeler: Russland als Vielvölkerreich. Entstehung, Geschichte, Zerfall. C.H. Beck,
            # München 1992, ISBN …": the publisher, then the place and the year
            w.place = de.group(2).strip()
            w.set_outlet(de.start(1), de.end(1), 0.75)
            w.consume(de.start(2), de.end(2))
            w.kind = w.kind or Kind.BOOK
            _title_from(w, start, de.start() + 1)
            rest = w.text[de.end(2) :].strip(_SPACE_PUNCT)
            if rest:
                w.notes.append(rest)
                w.consume(de.end(2), len(w.text))
            return
        m = _TITLE_END.search(text, start, end)
        cin = _COMMA_IN.search(text, start, m.start() if m else end) if "in:" in text else None
        if cin:  # "Richter: Title, in: OST-WEST. Europäische Perspektiven 23 (2022) 2"
            _title_from(w, start, cin.start())
            _read_container(w, cin.end(), end)
            return
        if m:
            _title_from(w, start, m.start() + 1)
            _read_container(w, m.end(), end)
            return
    elif _read_trailing_outlet(w):
        return
    inn = _in_container_re().search(w.text, start, end) if w.outlet is None else None
    if inn is not None:  # "Tokajew entlässt Regierung. In: tagesschau.de. 5. Januar 2022"
        w.set_outlet(inn.start(1), inn.end(1), 0.75)
        rest = w.text[inn.end() : end].strip(_SPACE_PUNCT)
        if rest:
            w.notes.append(rest)
        w.consume(inn.start() + 1, end)
        _title_from(w, start, inn.start() + 1)
        return
    text = w.text
    seg = text[start:end]
    po = _PAREN_OUTLET.search(seg)
    sep = ";" if po and ";" in po.group(1) and "|" not in po.group(1) else "|"
    names = [x.strip() for x in po.group(1).split(sep) if x.strip()] if po else []
    if po and sep in po.group(1) and names:  # not "(5.3.2024|)"; "(Eurasianet; The Diplomat)"
        first = start + po.start(1) + po.group(1).find(names[0])
        w.set_outlet(first, first + len(names[0]), 0.75)
        w.notes.append("also: " + " | ".join(names[1:]))
        w.consume(start + po.start(), start + po.end())
        _title_from(w, start, start + po.start())
        return
    if po is not None and _is_language_mark(po.group(1)):
        w.consume(start + po.start(), start + po.end())  # "… [dostęp 2022-01-07] (pol.)."
        po = None
    named = (
        po is not None
        and not re.search(r"\d", w.text[start + po.start() : start + po.end()])
        and (_looks_like_outlet(po.group(1)) or _known_outlet(po.group(1)))  # "(taz, <date>)"
        and po.group(1) not in _places()
    )
    # "(LRT, 2024-03-12)" names an outlet; "(Москва, 28 марта 1994 года)" is a note
    if (
        po
        and re.search(r"\d", w.raw[start + po.start() : start + po.end()])
        and not named
        and not _period_only(w.raw[start + po.start() + 1 : start + po.end() - 1])
    ):
        w.notes.append(w.raw[start + po.start() + 1 : start + po.end() - 1])
        w.consume(start + po.start(), start + po.end())
        po = None
    if (
        po
        and not w.outlet
        and (named or _looks_like_outlet(po.group(1)))
        and po.group(1) not in _places()
    ):
        before = seg[: po.start()]
        comma = before.rfind(",")
        full = before[comma + 1 :].strip() if comma != -1 else ""
        if full and _acronym_of(po.group(1), full):
            # "…, European Parliamentary Research Service (EPRS), <date>": the full name
            f0 = start + comma + 1 + (len(before[comma + 1 :]) - len(before[comma + 1 :].lstrip()))
            w.set_outlet(f0, f0 + len(full), 0.75)
            w.notes.append(po.group(1))
            w.consume(start + comma, start + po.end())
            _title_from(w, start, start + comma)
            return
        w.set_outlet(start + po.start(1), start + po.end(1), 0.7)
        w.consume(start + po.start(), start + po.end())
        _title_from(w, start, start + po.start())
        return
    do = _DASH_OUTLET.search(seg)
    head = w.text[start : start + do.start()].strip(_SPACE_PUNCT) if do else ""
    cand = do.group(1).split() if do else []
    if (
        do
        and not w.outlet
        and w.date is not None
        and 1 <= len(head.split()) <= 3
        and len(cand) >= 4
        and any(x[:1].islower() for x in cand)
        and _looks_like_outlet(head)
        and head not in _places()
    ):
        # "Seznam Zprávy – Jak Kazachstán vyměnil Nazarbajeva – 17. 3. 2022": outlet first
        h0 = w.text.find(head, start)
        w.set_outlet(h0, h0 + len(head), 0.7)
        _title_from(w, start + do.start(1), start + do.end(1))
        return
    if do and do.group(1).strip() in _places() and w.text[start : start + do.start()].strip():
        # "Дулатов М. Оян, қазақ! – Уфа, 1909.": the place of a book without its publisher
        w.place = do.group(1).strip()
        w.consume(start + do.start(), start + do.end())
        _title_from(w, start, start + do.start())
        w.kind = w.kind or Kind.BOOK
        return
    if do and not w.outlet and _looks_like_outlet(do.group(1)) and not _other_site(w, do.group(1)):
        w.set_outlet(start + do.start(1), start + do.end(1), 0.7)
        w.consume(start + do.start(), start + do.end())
        left = w.text[start : start + do.start()].strip(_SPACE_PUNCT)
        if left and (len(left.split()) >= 3 or w.date is None):
            _title_from(w, start, start + do.start())
        elif left:
            w.place = left
            w.consume(start, start + do.start())
        return
    seg = w.text[start:end].strip(_SPACE_PUNCT)
    if w.outlet is not None and w.title is None and re.fullmatch(r"[^\W\d_][\w\-]*", seg):
        w.place = seg  # "Томск, Изд-во ТПУ, 2010": the place, not a title
        w.consume(start, end)
        return
    end = _comma_place_year(w, start, end)
    end = _place_tail(w, start, end)
    if w.outlet is not None and w.title is None:
        _title_from(w, start, _title_cut(w, start, end))
        return
    _title_from(w, start, end)


_COMMA_PLACE = re.compile(r",\s+([^\W\d_][\w\- ]{1,30}?)\s*$")


def _comma_place_year(w: _Work, start: int, end: int) -> int:
    """``Title, Kraków 2018, s. 112``: a known place before the year (and a page locator)
    closes a note-style book reference; returns the title's new end."""
    ds = w.date_span
    if ds is None or not start < ds.start < end or w.date is None or w.date.month is not None:
        return end
    pm = _COMMA_PLACE.search(w.text, start, ds.start)
    if pm is None or pm.group(1) not in _places():
        return end
    after = w.text[ds.end : end].strip(_SPACE_PUNCT)
    if after and not _locator_only(after):
        return end
    if after:
        w.pages = w.pages or after.split()[-1].rstrip(".")
    w.place = pm.group(1)
    w.consume(pm.start(), end)
    w.kind = w.kind or Kind.BOOK
    return pm.start()


@functools.cache
def _container_lead_re() -> re.Pattern[str]:
    """``In``, ``В кн.``, ``İçinde`` … opening the book or site an item appeared in."""
    leads = _alternation(_labels()["container_leads"], ignore_case=False)
    return re.compile(rf"(?:{leads})\s?:?\s+")


@functools.cache
def _in_container_re() -> re.Pattern[str]:
    """``. In: tagesschau.de.``: the site or book an item appeared in."""
    leads = "|".join(re.escape(x) for x in _labels()["container_leads"])
    return re.compile(
        rf"\.\s+(?:{leads}):\s*([^\s.][^.:]{{1,60}}?(?:\.[a-z]{{2,4}})?)\s*(?=[.,;]|$)"
    )


_TRANSLATED_HEAD = re.compile(r"\s*([^\[\]()]{3,300}?)\s\[([^\[\]]{3,300})\]")
_PAREN_IMPRINT = re.compile(r"\s*\(([^()]{3,150})\)")
_COMMA_CONTAINER = re.compile(r",\s+([^\[\],]{3,150}?)(?:\s\[[^\[\]]{3,150}\])?(?=,\s*\d)")
_CITY_PUBLISHER = re.compile(r"\.\s+([^\W\d_][\w\- ]{1,30}),\s+([^,]{2,80}?)\s*,")


def _read_translated_title(w: _Work, start: int, end: int) -> bool:
    """Transliterated References lists (KazNU, ENU, RSCI): ``Author. Title [Translation]``
    and then ``(Publisher, City, 2017, 520 p.)``, ``(City: Publisher, 2014)``,
    ``, Journal [Translation], 4(50), 5-12 (2018)`` or ``. City, Publisher Publ., 2019``."""
    head = _TRANSLATED_HEAD.match(w.text, start, end)
    if head is None:
        return False
    after = head.end()
    paren = _PAREN_IMPRINT.match(w.text, after, end)
    comma = _COMMA_CONTAINER.match(w.text, after, end)
    city = _CITY_PUBLISHER.match(w.text, after, end) if w.date is not None else None
    if paren is not None:
        parts = [p.strip() for p in paren.group(1).split(",") if p.strip(_SPACE_PUNCT)]
        if not parts:
            return False
        first = parts[0]
        pub = first.split(":", 1)[1].strip() if ":" in first else first
        if not pub or any(ch.isdigit() for ch in pub):
            return False
        if ":" in first:
            w.place = first.split(":", 1)[0].strip()
        elif len(parts) > 1 and not any(ch.isdigit() for ch in parts[1]):
            w.place = parts[1]
        p0 = w.text.find(pub, paren.start(1))
        w.set_outlet(p0, p0 + len(pub), 0.8, masked=True)
        w.kind = w.kind or Kind.BOOK
    elif comma is not None:
        w.set_outlet(comma.start(1), comma.end(1), 0.8, masked=True)
        w.kind = w.kind or Kind.ARTICLE
    elif city is not None and city.group(1).strip() in _places():
        w.place = city.group(1).strip()
        w.set_outlet(city.start(2), city.end(2), 0.75, masked=True)
        w.kind = w.kind or Kind.BOOK
    else:
        return False
    w.translated_title = _clean(head.group(2))
    w.set_title(head.start(1), head.end(1), 0.8, masked=True)
    rest = w.text[head.end() : end].strip(_SPACE_PUNCT)
    if rest:
        w.notes.append(_WS.sub(" ", rest))
    _read_numbers(w, head.end(), end)
    w.consume(head.start(), end)
    return True


def _place_tail(w: _Work, start: int, end: int) -> int:
    """``Title. Almaty, Kazakhstan, 2000.``: a short capitalised last sentence is a place;
    so is a known place after the title's last comma, right before the date
    (``Polityka energetyczna Kazachstanu, Warszawa 2019``)."""
    seg = w.text[start:end]
    c = seg.rstrip(_SPACE_PUNCT).rfind(", ")
    if c != -1 and w.date_span is not None and len(seg[:c].split()) >= 2:
        tail = seg[c + 2 :].strip(_SPACE_PUNCT)
        t1 = start + c + 2 + (len(seg[c + 2 :]) - len(seg[c + 2 :].lstrip())) + len(tail)
        if tail in _places() and not w.raw[t1 : w.date_span.start].strip(" ,"):
            w.place = tail
            w.consume(start + c, end)
            return start + c
    k = seg.rfind(". ")
    if k == -1:
        return end
    tail = seg[k + 2 :].strip(_SPACE_PUNCT)
    words = tail.replace(",", " ").split()
    site = w.date is None and len(words) == 1 and "." in tail and _known_outlet(tail)
    if w.date is None and not site:
        return end
    if (
        0 < len(words) <= 4
        and (site or all(x[:1].isupper() for x in words))
        and (len(seg[:k].split()) >= 3 or site)
    ):
        if _known_outlet(tail) and tail not in _places():
            # "Title (рус.). Tengrinews.kz (10 июня 2023).": the site, not a place
            if w.outlet is None:
                t0 = start + k + 2 + seg[k + 2 :].find(tail)
                w.set_outlet(t0, t0 + len(tail), 0.75, masked=True)
            w.consume(start + k + 1, end)
            return start + k + 1
        w.place = tail
        w.consume(start + k + 1, end)
        return start + k + 1
    return end


_EDITION = re.compile(
    r"(?:\.|,)\s(?:\d+(?:st|nd|rd|th)\s(?:ed|edn|edition)\.?"
    r"|\d+-е\s(?:изд|издание)\.?(?:,\s(?:доп|испр|перераб|стер|расш)\.?"  # "2-е изд., доп."
    r"(?:\s(?:и|и\sдоп\.?)\s?(?:доп|испр|перераб)\.?)?)?"
    r"|\d+\.\s?(?:Aufl|väljaanne)\.?|(?:Rev|Revised)\. ed\.)(?=[\s,.])"
)


@functools.cache
def _vol_designation_re() -> re.Pattern[str]:
    words = _alternation(_labels()["volume_designations"], ignore_case=False)
    return re.compile(rf"(?<!\w)(?:{words})\.?\s?\d+(?:[-–]\d+)?[.,]?(?=\s|$|\))")


_TITLE_CUT = re.compile(rf",\s*({_YEAR})\b|\.\s[-–—]\s")


def _period_at(raw: str, start: int, end: int) -> bool:
    """Does a span of months or years (a reported period) begin at ``start``?"""
    found = _dates.find_dates(raw[start : min(end, start + 60)])
    return (
        bool(found)
        and found[0].span.start == 0
        and _period_only(raw[start : start + found[0].span.end])
    )


def _title_cut(w: _Work, start: int, end: int) -> int:
    """ISBD titles end at ``, <year>``, `` : `` or ``. - ``.

    The year and its comma are consumed with the date, so the cut is found in ``raw``.
    """
    for m in _TITLE_CUT.finditer(w.raw, start, end):
        if m.group(1) is None or not _period_at(w.raw, m.start(1), end):
            end = m.start()  # not at "…, 2023 жылғы қаңтар-желтоқсан": the title's period
            break
    k = w.raw.find(" : ", start, end)
    if k != -1 and _form_re().search(w.raw, k, end):
        return k
    return _isbd_title_end(w, start, end)  # ": стат. сборник", ". Vol. 2", "[Translation]"


@functools.cache
def _doc_symbol_re() -> re.Pattern[str]:
    words = _alternation(data_json("legal.json")["document_symbol_words"])
    return re.compile(
        rf"(?i)^(?:{words})?\s*"
        r"(?:no\.?\s*)?[A-Z]*[\d/().:\-]+[\w/().:\-]*$|^[A-Z]{1,6}[/(][\w\-.()/]+"
        rf"(?:\s\({_MODERN_YEAR}\))?$"  # "S/RES/2231 (2015)"
    )


_ALIAS = re.compile(r"(.{3,}?)\s*\(([^()]{2,40})\)")
_ACRONYM_ALIAS = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ&-]{1,9}")
_PAREN_SYMBOL = re.compile(r"\s\(([^()\s]{3,40})\)$")
_PAREN_PLACE = re.compile(r"\s\(([^\W\d_][^(),\d]{1,30})$")


def _whole_date(text: str) -> bool:
    """Is ``text`` (a comma-separated part of a line) one date and nothing else?"""
    core = text.strip(_SPACE_PUNCT)
    found = _dates.find_dates(core) if core and core[-1:].isdigit() else []
    return (
        len(found) == 1
        and found[0].kind != "range"  # "…, January-December 2023": the period reported on
        and found[0].span.start == 0
        and found[0].span.end == len(core)
    )


_ACRONYM_HEAD = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,6}")


_COMMA_PART = re.compile(r"(?:[^,]|(?<=\d),(?=\d))+")


def _read_org_lead(w: _Work, start: int, end: int) -> bool:
    """``OSCE/ODIHR, Title, Warsaw, 2021`` / ``UN General Assembly, Resolution 68/262, Title,
    A/RES/68/262 (27 March 2014)`` / ``ECtHR, Case of X v. Y, no. 13274/08, <date>``."""
    seg = w.text[start:end]
    if "," not in seg:
        return False
    # "Body (ACR), Title (Washington, DC: ACR, October 2023), 12–14.": the imprint in
    # brackets is no comma part of the title
    imp = _PAREN_NOTE_IMPRINT.search(w.raw, start, end) if ":" in seg and "(" in seg else None
    if imp is not None:  # (searched in raw: the date in it is consumed by now)
        i0, i1 = imp.start() - start, imp.end() - start
        seg = seg[:i0] + " " * (i1 - i0) + seg[i1:]
    # "16,5 пайызға": a decimal comma parts nothing
    parts = [m for m in _COMMA_PART.finditer(seg) if m.group(0).strip(_SPACE_PUNCT)]
    if len(parts) < 2:
        return False
    head = parts[0].group(0).strip(_SPACE_PUNCT)
    second = parts[1].group(0).strip(_SPACE_PUNCT)
    alias = _ALIAS.fullmatch(head) if "(" in head else None
    if (
        alias is not None
        and (
            _ACRONYM_ALIAS.fullmatch(alias.group(2))  # "Legal Policy Research Centre (LPRC), …"
            or all(
                _doc_symbol_re().match(p.group(0).strip(_SPACE_PUNCT))
                or p.group(0).strip(_SPACE_PUNCT) in _places()
                for p in parts[1:]
            )
        )
    ):
        head = alias.group(1)  # "Body (Venice Commission), Opinion No. 1/2021, CDL-AD(…), <place>"
    place_paren = _PAREN_PLACE.search(parts[1].group(0).rstrip())  # "Title (Berlin, <date>)"
    if place_paren is not None and place_paren.group(1) not in _places():
        place_paren = None
    if place_paren is None:
        # "Annual Report 2022 (SEC.GAL/41/23)": the document's symbol in brackets
        symbol = _PAREN_SYMBOL.search(parts[1].group(0).rstrip())
        if symbol is not None and _doc_symbol_re().match(symbol.group(1)):
            place_paren = symbol
    if "(" in head or (
        "(" in second and not _doc_symbol_re().match(second) and place_paren is None
    ):
        return False  # "Body (Translation) , Title": the corporate-author reader's shape
    acronym = (
        _ACRONYM_HEAD.fullmatch(head) is not None
        and not _ACRONYM_HEAD.fullmatch(second.split(" ")[0].rstrip("."))
        and not _parse_names(f"{head}, {second.split(';')[0]}")
        and not _name_lead_re().match(f"{head}, {second}")
    )  # "GUS, Rocznik Statystyczny …, Warszawa 2023"; not "SMITH, J." or "RUSNAC, Gheorghe;"
    if len(head.split()) > 8 or not (_known_outlet(head) or _org_like(head) or acronym):
        return False
    if _parse_names(head) or ("(" in parts[1].group(0) and ":" in parts[1].group(0)):
        return False
    h0 = start + seg.find(head)
    w.set_outlet(h0, h0 + len(head), 0.8)
    if alias is not None:
        w.notes.append(alias.group(2))
        w.consume(start + parts[0].start(), start + parts[0].end())
    if imp is not None:
        w.place = imp.group(1).strip()
        if imp.group(2).strip() not in w.notes:  # the acronym the body's alias gave
            w.notes.append(imp.group(2).strip())
        w.consume(imp.start(), imp.end())
    title_parts: list[re.Match[str]] = []
    symbols = 0
    for k, part in enumerate(parts[1:], 1):
        text = part.group(0).strip(_SPACE_PUNCT)
        if title_parts and _whole_date(w.raw[start + part.start() : start + part.end()]):
            break  # "Title, 1 August 2023 – 30 November 2023, 12 December 2023": the item's date
        last_word = k == len(parts) - 1 and symbols and re.fullmatch(r"[A-Z][^\W\d_]+", text)
        if _doc_symbol_re().match(text):
            symbols += 1
        if _doc_symbol_re().match(text) or text in _places() or last_word:
            if title_parts:
                break
            w.notes.append(text)
            w.consume(start + part.start(), start + part.end())
            continue
        title_parts.append(part)
    if not title_parts:
        return True
    t0 = start + title_parts[0].start()
    t1 = start + title_parts[-1].end()
    if place_paren is not None and len(title_parts) == 1:
        t1 = start + parts[1].start() + place_paren.start()
    if imp is not None and t0 < imp.start() < t1:
        t1 = imp.start()  # the pages after the imprint go to the notes
    # a title runs over commas only while what follows is not a place or document symbol
    _title_from(w, t0, t1)
    rest = w.text[t1:end].strip(_SPACE_PUNCT)
    if rest:
        w.notes.append(rest)
        w.consume(t1, end)
    w.kind = w.kind or Kind.REPORT
    return True


_FAMILY_INITIAL = re.compile(
    r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ][\w'’‘\-]+\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ]\.(?:\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ]\.)?)\s"
)
_OUTLET_FAMILY_GIVEN = re.compile(
    r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ][\w'’‘\-]+,\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ][\w'’‘\-]+)\.\s"
)
_LEAD_OUTLET = re.compile(r"\s*([^\s,.—–][^,—–]{0,40}?)(?:,|\.\s|\s[—–]\s)")


def _read_outlet_then_person(w: _Work, start: int, end: int) -> None:
    """``МК, 22.08.2023. Андрей Ярошенко. Title`` / ``LB.ua — <date> — Соня Кошкіна. Title``."""
    m = _LEAD_OUTLET.match(w.text, start, end)
    if m is None:
        return
    after = m.end()
    gap = re.match(r"[\s,.—–]*(?:№\s?\d+\s?(?:\(\d+\))?[\s,.—–]*)?", w.text[after:end])
    p0 = after + (gap.end() if gap else 0)
    if not _known_outlet(m.group(1).strip()):
        # "Рудный Алтай. Иванова Е. Title. <date>": an unknown name, then 'Family I.'
        name = m.group(1).strip().strip('«»„“”"')  # "«Бизнес и политика». Шарипова М."
        words = name.split()
        person = (
            _FAMILY_INITIAL.match(w.text, p0, end)
            or _OUTLET_FAMILY_GIVEN.match(w.text, p0, end)
            # "Қазақ радиосы. Сәуле Бекболатқызы. Title": a person named given name first
            or _GIVEN_FIRST.match(w.text, p0, end)
        )
        if (
            person is None
            or not m.group(0).rstrip().endswith(".")
            or not 1 <= len(words) <= 3
            or not words[0][:1].isupper()
            or not all(x[:1].isupper() or x.isalpha() for x in words)
            or name in _places()
            or _parse_names(name) is not None
        ):
            return
    else:
        person = _GIVEN_FIRST.match(w.text, p0, end) or _OUTLET_FAMILY_GIVEN.match(w.text, p0, end)
    if person is None:
        return
    persons = _persons_named(person.group(1))
    if not persons:
        return
    w.set_outlet(m.start(1), m.end(1), 0.8)
    _read_numbers(w, after, p0)
    w.consume(after, p0)
    w.set_authors(persons, person.start(1), person.end(1), 0.8)


def _read_body_sentence(w: _Work, start: int, end: int) -> None:
    """``Bureau of National Statistics. Population of …``: a body, then the title."""
    seg = w.text[start:end]
    lead = len(seg) - len(seg.lstrip(_SPACE_PUNCT))
    dot = seg.find(". ", lead)
    if dot == -1 or not seg[dot + 2 :].strip(_SPACE_PUNCT):
        return
    body = seg[lead:dot]
    if not 1 <= len(body.split()) <= 10 or any(ch.isdigit() for ch in body):
        return
    if (
        _known_outlet(body)
        or (_org_like(body) and len(body.split()) >= 2)
        # "Puhka Eestis. Tartu Raekoja plats. https://www.puhkaeestis.ee/…": the site's name
        or (w.url is not None and _site_name(body, w.url))
    ):
        # masked: a date consumed inside the body ("Kaktus.media (2023, 7 июня).") stays out
        w.set_outlet(start + lead, start + dot, 0.75, masked=True)


# Possessive spaces: consumed fields leave long blank runs, which plain ``\s*`` pairs would
# split every possible way for every length of the lazy name (quadratic time).
_BODY_TRANSLATED = re.compile(r"\s*([^()]{3,160}?)\s*+(\([^()]{3,200}\))\s*+,(?:\s|$)")
_BODY_COMMA = re.compile(r"\s*([^,(]{3,120}?)\s*+(\([^()]{3,150}\))?\s*+,\s")


def _read_corporate_author(w: _Work, start: int, end: int) -> None:
    """``Agentstvo … po Statistike (Statistical Agency …) , Title …``: body as outlet."""
    if w.text.find(",", start) == -1:
        return  # both shapes end the body at a comma
    m = _BODY_TRANSLATED.match(w.text, start)
    if m is None or not _org_like(m.group(1).split(",")[0]):
        m = _BODY_COMMA.match(w.text, start)
    if not m:
        return
    name = m.group(1)
    if (
        not _org_like(name.split(",")[0])
        or len(name.split()) < 2
        or any(ch.isdigit() for ch in name)
        or len(name.split()) > 10
        or ". " in name
        or re.search(r"\s[—–-]\s", name)
    ):
        return
    w.set_outlet(m.start(1), m.end(1), 0.75)
    if m.group(2):
        w.notes.append(m.group(2).strip("()"))
    w.consume(m.start(), m.end())


@functools.cache
def _org_stems() -> tuple[str, ...]:
    return tuple(x.casefold() for x in data_json("labels.json")["org_stems"])


@functools.cache
def _estonian_org_ends() -> tuple[str, ...]:
    """The institution words Estonian compounds end in (``Maaülikool``): not a paper's
    ``teataja``, nor a court's ``kohus``, whose name before a case number is a decision."""
    ends: list[str] = data_json("name_words.json")["estonian_org_endings"]
    return tuple(x for x in ends if x not in ("teataja", "kohus"))


def _org_like(text: str) -> bool:
    """An organisation name: a word like Agency / Министерство / Keskus, and no verb-y title."""
    words = _TOKEN.findall(text.casefold())
    if not words or len(words) > 12:
        return False
    stems = _org_stems()
    found = any(word.startswith(stems) for word in words) or any(
        # Estonian compounds end in the institution word: "Maaülikool", "Sotsiaalkindlustusamet"
        len(word) >= 8 and word.endswith(_estonian_org_ends())
        for word in words
    )
    return found and _is_organisation(text)


@functools.cache
def _homepage_re() -> re.Pattern[str]:
    words = data_json("labels.json")["homepage_words"]
    return re.compile(r"(?i)(?<!\w)(?:" + word_alternation(words, ignore_case=True) + r")(?!\w)")


def _read_homepage(w: _Work, start: int, end: int) -> bool:
    """``Kliimaministeeriumi kodulehekülg. https://…``: a site, not a titled item."""
    if not w.url:
        return False
    seg = w.text[start:end]
    m = _homepage_re().search(seg)
    if m is None or len(seg.split()) > 6:
        return False
    w.notes.append(seg.strip(_SPACE_PUNCT))
    w.consume(start, end)
    w.kind = Kind.WEBPAGE
    return True


def _read_family_given(w: _Work, start: int, end: int) -> None:
    """``Family, Given.`` / ``Family, Given, Title`` at the start of a line."""
    seg = w.text[start:end]
    if "," not in seg:
        return
    m = _FAMILY_GIVEN_LEAD.match(seg)
    if m:
        persons = _parse_names(m.group(1), strict=False)
        if persons and not _is_organisation(m.group(1)):
            w.set_authors(persons, start + m.start(1), start + m.end(1), 0.8)


# "Tamm, Kadri; Lepik, Jaan-Erik. Title": one or more persons, joined by semicolons
_ONE_FAMILY_GIVEN = r"[^\W\d_][\w'’‘\-]+\s?,\s[^\W\d_][\w'’‘\-]+(?:\s[^\W\d_]\.)?"
_FAMILY_GIVEN_LEAD = re.compile(
    rf"\s*({_ONE_FAMILY_GIVEN}(?:(?:;\s|,\s(?:et|and|und|ja|и)\s){_ONE_FAMILY_GIVEN}){{0,5}})"
    r"(?:\s?[.,:]\s|(?<=\.)\s)"
)


_TRAILING_BRACKET = re.compile(r"\s[(\[]([^()\[\]]{2,200})[)\]]\s*\.?$")


@functools.cache
def _series_note_re() -> re.Pattern[str]:
    notes = _alternation(_labels()["note_words"])
    editions = _alternation(_labels()["note_edition_endings"])
    theses = _alternation(_labels()["thesis_words"])
    return re.compile(
        rf"(?i)\bno\.|\b(?:{notes})\b|^\d+$"
        rf"|\b(?:{editions})$"  # "Orientalism (25th anniversary ed.)"
        rf"|\b(?:{theses})\b"  # "[Yüksek lisans tezi]"
    )


@functools.cache
def _trailing_symbol_re() -> re.Pattern[str]:
    divisions = _alternation(data_json("legal.json")["court_divisions"], ignore_case=False)
    return re.compile(
        r",\s*(?:(?:(?:UN|U\.N\.)\s)?Doc\.?\s)?(?:[A-Z]{1,6}(?:/[\w.\-]+){2,}|nos?\.\s*\d+/\d+(?:\s*(?:,|and|&)\s*\d+/\d+)*)\s*$"
        # a neutral citation: "… v Secretary of State … [2017] UKSC 5"
        rf"|\s\[\s*(?:{_MODERN_YEAR})?\s*\]\s[A-Z]{{2,6}}(?:\s(?:{divisions}))?\s\d+\s*$"
    )


@functools.cache
def _trailing_pinpoint_re() -> re.Pattern[str]:
    words = _alternation(_labels()["pinpoint_words"], ignore_case=False)
    return re.compile(rf",\s(?:{words})\.?\s?\d{{1,4}}(?:\s?[–-]\s?\d{{1,4}})?\.?\s*$")


_MID_TRANSLATION = re.compile(r"\s\[([^\[\]]{3,200})\]\.\s+(?=\S.{10,}\])")


def _title_from(w: _Work, start: int, end: int) -> None:
    span = _trimmed(w.text, start, end)
    if span is None:
        return
    s0, e0 = span
    if w.text[s0] in QUOTE_CHARS:
        lead = find_quoted(w.text[s0:e0])
        after = w.text[s0 + lead[0].end : e0].lstrip()[:1] if lead else ""
        if lead and lead[0].start == 0 and lead[0].closed and after in ("(", "[", "."):
            # '“Transport vositalarining tuzilishi” (Design og vehicles). O’zbek va ingliz
            # tilida': the quoted title, then what the line says of it
            w.notes.append(_WS.sub(" ", w.text[s0 + lead[0].end : e0]).strip(_SPACE_PUNCT))
            w.consume(s0 + lead[0].end, e0)
            s0, e0 = s0 + lead[0].inner_start, s0 + lead[0].inner_end
    if w.raw[s0] == "[" and w.raw[e0 - 1] == "]" and "[" not in w.raw[s0 + 1 : e0 - 1]:
        w.consume(s0, s0 + 1)  # Vancouver "[Vaccine hesitancy …]": a translated title alone
        w.consume(e0 - 1, e0)
        s0, e0 = s0 + 1, e0 - 1
    mid = _MID_TRANSLATION.search(w.text, s0, e0)
    if mid is not None and mid.start() > s0 + 3 and w.translated_title is None:
        inner = mid.group(1).strip()
        if _detect_language(inner) == "en" and _detect_language(w.text[s0 : mid.start()]) != "en":
            # "Alash qozgalysy [The Alash movement]. Qazaqstan tarikhy […]. Almaty: …": the
            # chapter's title and its translation, then the book it is in
            w.translated_title = inner
            w.notes.append(_WS.sub(" ", w.text[mid.end() : e0]).strip(_SPACE_PUNCT))
            w.consume(mid.start(), e0)
            e0 = mid.start()
    # a bracketed or parenthesised translation after a transliterated title
    while True:
        tail = w.text[s0:e0].rstrip().rstrip(".").rstrip()
        tr = _TRAILING_BRACKET.search(w.text[s0:e0]) if tail.endswith((")", "]")) else None
        if tr is None or s0 + tr.start() <= s0 + 3:
            break
        inner = tr.group(1).strip()
        if not inner.strip(_SPACE_PUNCT):
            pass  # "(05.10.2022.)": a bracket the date was read from, its dot left over
        elif (
            len(inner.split()) >= 3
            and _detect_language(inner) == "en"
            and _detect_language(w.text[s0 : s0 + tr.start()]) != "en"
        ):
            w.translated_title = inner
        elif (
            _series_note_re().search(inner)
            or (w.text[s0 + tr.start() :].lstrip()[:1] == "[" and len(inner.split()) <= 3)
            or _form_re().fullmatch(inner.rstrip(".")) is not None  # "… (бюллетень)"
        ):
            w.notes.append(inner)
        else:
            break
        w.consume(s0 + tr.start(), e0)
        e0 = s0 + tr.start()
    genre = w.text.rfind(", ", s0, e0)
    if genre > s0 + 10 and _report_words_re().fullmatch(w.text[genre + 2 : e0].rstrip(" .")):
        # "The Middle Corridor: Hype, Hope and Hard Constraints, Research Paper": its genre
        w.notes.append(w.text[genre + 2 : e0].strip(_SPACE_PUNCT))
        w.consume(genre, e0)
        w.kind = w.kind or Kind.REPORT
        e0 = genre
    pin = _trailing_pinpoint_re().search(w.text, s0, e0)
    if pin is not None and pin.start() > s0 + 20:
        # "… otsus asjas nr 3-18-1672, p 15": a pinpoint into the item, not its title
        w.notes.append(w.text[pin.start() : e0].strip(_SPACE_PUNCT))
        w.consume(pin.start(), e0)
        e0 = pin.start()
    sym = _trailing_symbol_re().search(w.text, s0, e0)
    if sym is not None and sym.start() > s0 + 10:
        # "Report of the Special Rapporteur …, A/HRC/29/25/Add.2", "X v. Russia, nos. 1/08 and 2/11"
        w.notes.append(w.text[sym.start() : e0].strip(_SPACE_PUNCT))
        w.consume(sym.start(), e0)
        e0 = sym.start()
    w.set_title(s0, e0, 0.7, masked=True)


@functools.cache
def _media_label_re() -> re.Pattern[str]:
    labels = _alternation(_labels()["media_labels"], ignore_case=False)
    return re.compile(rf"[A-Z]{{2,6}}|\d+|{labels}")


def _looks_like_outlet(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 60 or text.isdigit():
        return False
    if _media_label_re().fullmatch(text):
        return (
            text.isupper() and len(text) >= 2 and text not in _label_set("media_labels", fold=False)
        )
    words = text.split()
    if len(words) > 6:
        return False
    if any(ch.isdigit() for ch in text) and "." not in text:
        return False
    return text[0].isupper() or "." in text


# ------------------------------------------------------------- shape readers (2)

_NO_DATE = (  # "(n.d.)", "(t.y.)", "(n.d.-a)"
    r"(?:n\.\s?d|б\.\s?г|s\.\s?a|o\.\s?J|b\.\s?d|б\.\s?ж|б\.\s?д|t\.\s?y)\.(?:-[a-z])?"
)
_APA_HEAD = re.compile(
    rf"\.?\s*\(\s*(?:{_YEAR}/)?({_YEAR})[a-z]?(?:\s*,\s*([^()]{{3,30}}?))?\s*\)\s*[.:,]?\s+"
    rf"|\.?\s+({_YEAR})[a-z]?[.:](?:\s+(?=\S)|(?=[«“„\"]))"  # "Ganbold, M. 2023.“Title.”"
    # Wikipedia: "Кузьменко, Олег (12 травня 2022). Title." / "Putz, Catherine (January 10, 2022)."
    rf"|\s*\(([^()]{{3,24}}?{_YEAR}|{_YEAR}-\d\d-\d\d)\)\s*[.:]?\s+"
    rf"|\s*\((?P<nd>{_NO_DATE})\)\s*[.:]\s+"  # APA "(n.d.).": no date
)
# "World Bank. 2024. Title", Estonian "Eesti Statistikaamet 2022. Title"
# (not "Valitsus kinnitas 2025. aasta …": an Estonian ordinal year before a lower-case word)
_ORG_DOT_YEAR_END = re.compile(rf"\.?\s({_YEAR})[a-z]?\.\s+(?![a-zа-яёõäöüšž])")
_ORG_DOT_HEAD = re.compile(
    rf"\s*([^\W\d_][^.()\d«»„“”\"]{{1,80}}?)(?=\.?\s{_YEAR}[a-z]?\.\s+(?![a-zа-яёõäöüšž]))"
)
_APA_YEAR = re.compile(rf"{_YEAR}|\({_NO_DATE}\)")
_PAREN_YEAR = re.compile(rf"\(\s*(?:{_YEAR}|{_NO_DATE}\))")
_ORG_HEAD = re.compile(
    # "T.C. Dışişleri Bakanlığı. (t.y.).": an initial's dot inside the body's name
    rf"\s*([^\W\d_](?:[^.()]|\.(?=\w)|(?<=\b[A-ZА-ЯЁ])\.(?=\s)){{1,160}}?)\.?\s*"
    rf"(?=\(\s*(?:{_YEAR}|{_NO_DATE}\)))"
)


_NOTE_FORM = re.compile(
    r"\s*((?:[^\W\d_][\w'’.\-]*,?\s){1,8}[^\W\d_][\w'’.\-]+),\s+(.{3,300}?)\s*"
    rf"\(([^():]{{2,60}}):\s*([^():]{{2,120}}?),\s*(?P<nd>(?:[^():;]{{1,20}}?\s)?(?P<ny>{_YEAR}))"
    r"(?:;[^()]{1,60})?\)"  # "(Almaty: Daik-Press, 2004; orig. pub. 1978)"
)


_NOTE_END = re.compile(rf",\s*(?:[^():]{{1,20}}?\s)?{_YEAR}\)")
_NOTE_SERIES = re.compile(
    rf",\s+((?:[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){{0,3}}\s)?{_NO_MARK}?\d[\d/.\-]{{0,9}})\s*$"
)


_PAREN_NOTE_IMPRINT = re.compile(
    rf"\s\(([^():,]{{2,40}}(?:,\s[A-Z]{{2}})?):\s*([^():]{{2,120}}?),\s*(?:[^():]{{1,20}}?\s)?{_YEAR}\)"
)
_NOTE_SERIES_NAME = re.compile(r",\s+((?:[A-Z][\w\-]+\s){0,3}[A-Z][\w\-]+)\s*$")


def _is_language_mark(text: str) -> bool:
    """``рус.``, ``pol.``, ``lietuvių``: the language a citation template names."""
    marks = _label_set("wiki_language_marks")
    folded = text.strip().casefold()
    return folded in marks or folded + "." in marks


_WIKI_CITE = re.compile(  # (a title ends on no initial: "Nurlanova A. Title (англ.). …")
    r"(?P<title>[^()\n]{3,300}?)(?<!\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])(?:\s?\((?P<lang>[^()\d]{2,16})\))?\.\s+"
    r"(?P<site>[^\s()](?:[^()\n.]|\.(?!\s)){1,80}?)\s\((?P<date>[^()\n]{4,40})\)\.(?=\s|$)"
)


_FAMILY_INITIALS_LEAD = re.compile(
    r"\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’‘\-]+(?:,\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’‘\-]+)?"
    r"(?:,?\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яё]?\.){1,3})\s+(?=\S)"
)


def _read_wiki_cite(w: _Work) -> bool:
    """``Title (рус.). rus.err.ee (12 января 2023). Дата обращения: …``: the web citation
    of Wikipedia's templates: title, its language mark (not always written), the site, its
    date in brackets (a whole date when no language mark tells the shape)."""
    text = w.text
    start = len(text) - len(text.lstrip())
    # the date's bracket (and the language mark's) close before a full stop
    m = _WIKI_CITE.match(w.raw, start) if ")." in w.raw else None
    if m is None and ")." in w.raw:
        return _read_undated_wiki_cite(w, start)
    if m is None or (m.group("lang") is not None and not _is_language_mark(m.group("lang"))):
        return False
    if not any(ch.isalpha() for ch in m.group("site")):
        return False  # "… Eurasia Daily Monitor 20, no. 141 (September 12, 2023).": an issue
    date = _dates.parse_date(m.group("date"))
    if date is None or (m.group("lang") is None and date.day is None):
        return False  # with no language mark only the site's full date in brackets tells
    t0, t1 = m.span("title")
    lead = _FAMILY_GIVEN_LEAD.match(w.raw, t0, t1)  # "Смирнова, Анна. Title (рус.). …"
    if lead is None:
        lead = _FAMILY_INITIALS_LEAD.match(w.raw, t0, t1)  # "Оспанов Д. Title (рус.). …"
    if lead is not None:
        persons = _persons_named(lead.group(1), retry=True)
        if persons:
            w.set_authors(persons, lead.start(1), lead.end(1), 0.8)
            t0 = lead.end()
    s0, s1 = m.span("site")
    head = w.raw[t0:t1].strip(_SPACE_PUNCT)
    if (
        w.url is not None
        and _site_name(head, w.url)
        and not _names_site(w.raw[s0:s1].strip(_SPACE_PUNCT), w.url)
    ):
        # "Kursiv Media. Title (28.03.2024). URL: https://kz.kursiv.media/…": the site first
        (t0, t1), (s0, s1) = (s0, s1), (t0, t1)
    w.set_title(t0, t1, 0.85)  # the language mark is a designator, dropped like the others
    w.set_outlet(s0, s1, 0.8)
    w.set_date(date, m.start("date"), m.end("date"), 0.9)
    w.consume(start, m.end())
    rest = w.text[m.end() :].strip(_SPACE_PUNCT)
    if rest:
        w.notes.append(rest)
        w.consume(m.end(), len(w.text))
    return True


_WIKI_CITE_UNDATED = re.compile(
    r"(?P<title>[^()\n]{3,300}?)\s?\((?P<lang>[^()\d]{2,16})\)\.\s+"
    r"(?P<site>[^\s()](?:[^()\n.]|\.(?!\s)){1,80}?)\.(?=\s|$)"
)


def _read_undated_wiki_cite(w: _Work, start: int) -> bool:
    """``Kloop: новый закон о СМИ (рус.). Kloop.kg. Дата обращения: …``: a web citation
    whose site gave no date: title, language mark, site, and the access date read apart."""
    m = _WIKI_CITE_UNDATED.match(w.raw, start)  # the mark may be read away by now
    if m is None or not _is_language_mark(m.group("lang")):
        return False
    if w.text[m.end() :].strip(_SPACE_PUNCT):
        return False  # only what other readers took (an access date, an archive) may follow
    if not any(ch.isalpha() for ch in m.group("site")) or len(m.group("site").split()) > 8:
        return False
    t0, t1 = m.span("title")
    w.set_title(t0, t1, 0.85)
    w.set_outlet(m.start("site"), m.end("site"), 0.8)
    if w.date_span is not None and t0 <= w.date_span.start < t1:
        w.date = w.date_span = None  # "Итоги … переписи населения 2021 года": the title's year
    if w.text[m.start("lang") : m.end("lang")].strip():
        w.notes.append(m.group("lang"))  # the mark, unless read already
    w.consume(start, len(w.text))
    return True


def _read_note_form(w: _Work) -> bool:
    """Chicago note: ``Sally N. Cummings, Title (London: I.B. Tauris, 2005), 45.``"""
    text = w.text  # the lazy title runs up to 300 steps: first the "(…, 2005)" it ends with
    m = _NOTE_FORM.match(text) if ":" in text and _NOTE_END.search(text) else None
    if m is None:
        return False
    who_end, title_start = m.end(1), m.start(2)
    first = m.group(1).split(", ", 1)[0]
    if first != m.group(1) and (_known_outlet(first) or _org_like(first)):
        # "Body, Title words, Series (Place: Publisher, 2023)": the lazy name group ran on
        # over the title's first words
        who_end, title_start = m.start(1) + len(first), m.start(1) + len(first) + 2
    who = w.text[m.start(1) : who_end]
    body = _known_outlet(who) or _org_like(who)
    lead = _persons_named(first) if body and first != who else None
    if lead:
        # "Gareth Lyle, Dual-Use Goods and the Eurasian Economic Union, RUSI Occasional
        # Paper (London: …)": a person, then a title whose words the name group ran over
        who_end, title_start = m.start(1) + len(first), m.start(1) + len(first) + 2
        body = False
    persons = lead or (None if body else _parse_names(who, strict=False))
    if not persons and not body and first != who:
        # "Erik Lundgren, Russia’s War and the Black Sea Region, NUPI Working Paper 912
        # (Oslo: …)": the name group ran on over the title; the person is its first part
        persons = _persons_named(first)
        who_end, title_start = m.start(1) + len(first), m.start(1) + len(first) + 2
    if not persons and not body:
        return False
    if persons:
        w.set_authors(persons, m.start(1), who_end, 0.85)
        w.set_outlet(m.start(4), m.end(4), 0.85)
    else:
        # "International Transport Forum, Title (Paris: OECD Publishing, 2023)": the body
        # that wrote it is the outlet; its publisher goes to the notes
        w.set_outlet(m.start(1), who_end, 0.85)
        w.notes.append(m.group(4).strip())
        w.consume(m.start(4), m.end(4))
    w.place = m.group(3).strip()
    full = _dates.parse_date(m.group("nd")) if m.group("nd") != m.group("ny") else None
    if full is not None and full.year == int(m.group("ny")):
        w.set_date(full, m.start("nd"), m.end("nd"), 0.9)  # "(…, March 2023)"
        w.consume(m.start("nd"), m.end("nd"))
    else:
        w.set_year(m, "ny", 0.9)
    q = find_quoted(w.raw[title_start : m.end(2)])
    if q and q[0].closed and q[0].start == 0:
        w.set_title(title_start + q[0].inner_start, title_start + q[0].inner_end, 0.85)
    else:
        series = _NOTE_SERIES.search(w.raw, title_start, m.end(2))
        if series is None:  # ", Clingendael Report (The Hague: …": a series with no number
            series = _NOTE_SERIES_NAME.search(w.raw, title_start, m.end(2))
            if series is not None and not _report_words_re().search(series.group(1)):
                series = None
        t_end = series.start() if series else m.end(2)  # ", SWP-Aktuell 12 (Berlin: …"
        if series:
            w.notes.append(series.group(1))
        w.set_title(title_start, t_end, 0.85)
    w.kind = Kind.REPORT if body else Kind.BOOK
    rest = w.text[m.end() :].strip(_SPACE_PUNCT + "()")
    if rest:
        w.notes.append(rest)
    w.consume(0, len(w.text))
    return True


@functools.cache
def _bib_book_re() -> re.Pattern[str]:
    roles = _alternation(_labels()["editor_roles"], ignore_case=False)
    editions = _alternation(_labels()["edition_qualifiers"], ignore_case=False)
    inverted = (
        r"[A-ZА-ЯЁ][\w'’‘\-]+(?:\s[A-ZА-ЯЁ][\w'’‘\-]+)?,\s+[A-ZА-ЯЁ][\w'’‘\-]+"
        r"(?:\s(?:[A-ZА-ЯЁ]\.|[A-ZА-ЯЁ][\w'’‘\-]+)){0,2}"
    )
    direct = r"[A-ZА-ЯЁ][\w'’‘\-]+\s[A-ZА-ЯЁ][\w'’‘\-]+"
    # "Tamm, Kadri; Lepik, Jaan-Erik." / "Kuusk, Liisa-Maria, and Andrus Saar."
    more = rf"(?:(?:;\s|,?\s(?:and|ja|und|&)\s)(?:{inverted}|{direct})){{0,3}}"
    return re.compile(
        rf"\s*({inverted}{more}(?:,?\s(?:et\sal|и\sдр|jt))?)(?:,\s(?:{roles})\.|\.)\s+"
        r"([^\W\d_][^«»„“”\"/]{2,250}?)\.\s+"
        rf"(?:(?:{editions}|\d{{1,2}}(?:st|nd|rd|th)|[A-Z][a-z]+)\s+ed\.,?\s+)?"
        r"(?:([A-Z][^:;()\d]{1,40}?):\s*)?"
        rf"([A-Z][^:;()\d]{{1,80}}?),\s+c?({_YEAR})\.?\s*$"
    )


_BIB_BOOK_END = re.compile(rf",\s+c?{_YEAR}\.?\s*$")  # where the book pattern can end


def _read_bib_book(w: _Work) -> bool:
    """Chicago/MLA bibliography book: ``Olcott, Martha Brill. Title. Washington: Carnegie, 2010.``

    A full given name (not initials alone) after the family name, a title sentence, then
    an optional edition, ``Place:`` and ``Publisher, Year`` closing the line.
    """
    if w.url or "." not in w.text:
        return False
    # the lazy title runs up to 250 steps: first the ", 2010." the pattern ends with
    m = _bib_book_re().match(w.text) if _BIB_BOOK_END.search(w.text) else None
    if m is None:
        return False
    head = m.group(1).split(",")[0].strip()
    if _known_outlet(head) or head in _places() or _org_like(m.group(1)):
        return False  # "Tengrinews, Astana. …": an outlet and a place, no person
    between = w.raw[m.start(2) : m.end(4)]
    if _COLLECTION.search(between) or _translator_word_re().search(between):
        return False  # "Title, Vilo, coll. Mémoires du Monde, 1998": the comma-book reader's
    persons = _parse_names(m.group(1), strict=False)
    if not persons or not all(p.family for p in persons):
        return False
    w.set_authors(persons, m.start(1), m.end(1), 0.8)
    w.set_title(m.start(2), m.end(2), 0.8)
    if m.group(3):
        w.place = m.group(3).strip()
        w.set_outlet(m.start(4), m.end(4), 0.8)
    elif m.group(4).strip() in _places():
        w.place = m.group(4).strip()  # "London, 2001.": a place, no publisher
    else:
        w.set_outlet(m.start(4), m.end(4), 0.8)
    w.set_year(m, 5, 0.85)
    w.kind = Kind.BOOK
    w.consume(0, len(w.text))
    return True


_ACM_YEAR = re.compile(rf"\.\s+{_YEAR}\.\s")
_ACM = re.compile(
    rf"\s*(?P<names>[^\W\d_][^.\d]{{2,200}}?)\.\s+(?P<y>{_YEAR})\.\s+"
    r"(?P<title>\S.{2,300}?)\.\s+(?P<journal>[^\W\d_][^.]{2,200}?)\s+\d{1,4},\s*\d{1,4}\s*"
    rf"\((?P<when>[^()]{{0,12}}{_YEAR})\)"
)


def _read_acm(w: _Work) -> bool:
    """ACM (an OJS export style): ``Given Family and Given Family. 2024. Title. Journal 3, 1
    (Mar. 2024), 22–37.`` — names given-first, the year, then the issue's month in brackets."""
    # the lazy names run up to 200 steps: first the ". 2024. " sentence after them
    m = _ACM.match(w.text) if "(" in w.text and _ACM_YEAR.search(w.text) else None
    if m is None:
        return False
    persons = _parse_names(m.group("names"), strict=False)
    if not persons or _org_like(m.group("names")):
        return False
    w.set_authors(persons, m.start("names"), m.end("names"), 0.8)
    w.set_title(m.start("title"), m.end("title"), 0.8)
    w.set_outlet(m.start("journal"), m.end("journal"), 0.8)
    found = [d for d in _dates.find_dates(m.group("when")) if d.role != "accessed"]
    at = m.start("when")
    if found:
        w.set_date(found[0].date, at + found[0].span.start, at + found[0].span.end, 0.85)
    else:
        w.set_year(m, "y", 0.85)
    w.kind = Kind.ARTICLE
    w.consume(0, len(w.text))
    return True


# A pinpoint after ibidem or op. cit.: pages, an archive's sheets (with their verso, "об."),
# an article of a law ("Ст. 4", "12-бап")
_PINPOINT_BODY = (
    r"\s*(?:p\.|pp\.|S\.|s\.|с\.|С\.|б\.|Б\.|lk\.?|lpp\.|l\.|л\.|ст\.|art\.|§)?\s*\d[\d\s–—\-]*"
    r"(?:\.?\s?(?:lpp|lk|psl|б|бет|об|ob|v|бап|-бап|-бет)\.?)?"
)
_PINPOINT = rf"(?:{_PINPOINT_BODY})?"


@functools.cache
def _unpublished_interview_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alternation(_labels()['unpublished_interview_leads'])})", re.I)


_INTERVIEW_STEMS = ("nterv", "нтерв", "еседа", "сұхбат", "communication")


def _read_interview_note(w: _Work) -> bool:
    """``Author's interview with a senior official …, Astana, November 2023``: an
    unpublished interview names no title, outlet or author; the date it took place stays."""
    if not any(x in w.folded for x in _INTERVIEW_STEMS):
        return False
    if _unpublished_interview_re().match(w.text) is None:
        return False
    _read_dates(w, [])
    w.notes.append(_WS.sub(" ", w.rest()).strip(_SPACE_PUNCT))
    w.consume(0, len(w.text))
    w.kind = Kind.OTHER
    return True


_OP_CIT_STEMS = ("cit", "соч", "прац", "еңбек", "a.a.o", "cyt")


def _read_op_cit(w: _Work) -> bool:
    if len(w.text.strip()) >= 120 or not any(x in w.folded for x in _OP_CIT_STEMS):
        return False
    m = _op_cit_re().fullmatch(w.text)
    if m is None:
        return False
    who = m.group(1).strip(" ,;")
    if (
        "." in who.rstrip(".")
        or len(who.split()) > 4
        or (len(who.split()) > 1 and _parse_names(who) is None)  # "Атлас Киргизской ССР"
    ):
        # "Р.Д.Муксинова. Архитектура народного жилища, указ. соч.", "Атлас Киргизской ССР,
        # указ. соч., с. 143.": the author (if named) and the short title before the pointer
        start = m.start(1)
        end = start + len(m.group(1).rstrip(" ,;"))
        _read_lead_authors(w, start, end)
        _title_from(w, start, end)
        w.notes.append(w.text[end:].strip(_SPACE_PUNCT))
        w.consume(end, len(w.text))
        w.kind = Kind.OTHER
        return True
    if re.fullmatch(r"[^\W\d_][\w'’‘\-]+", who):  # "Sadykov, op. cit.": the family name
        persons: tuple[Person, ...] | None = (Person(family=who, given=""),)
    else:
        persons = _parse_names(who, strict=False) if who else None
    if not persons or _is_organisation(who) or _known_outlet(who):
        return False
    at = w.text.find(who)
    w.set_authors(persons, at, at + len(who), 0.7)
    w.notes.append(w.text[at + len(who) :].strip(_SPACE_PUNCT))
    w.consume(0, len(w.text))
    w.kind = Kind.OTHER
    return True


_SHORT_QUOTED_NOTE = re.compile(
    r"\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’‘\-]+(?:\s(?:and|&|и|та|ja)\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’‘\-]+)?)"
    rf"(?:\s\(({_YEAR})\))?,\s+([«„“‘\"].{{3,160}}[»“”’\"])(?:,\s*{_PINPOINT_BODY})?[.\s]*"
)


def _read_short_quoted_note(w: _Work) -> bool:
    """``[5] Temirbekova, "Kazakhstan's Constitutional Referendum."``: a short note names
    its author's family name and the quoted title, perhaps a page, and nothing else."""
    comma = w.text.find(",", 0, 60)
    if comma == -1 or w.text[comma + 1 : comma + 3].lstrip()[:1] not in '«„“‘"':
        return False
    m = _SHORT_QUOTED_NOTE.fullmatch(w.text)
    if m is None or _known_outlet(m.group(1)) or _org_like(m.group(1)):
        return False
    families = re.split(r"\s(?:and|&|и|та|ja)\s", m.group(1))
    # "Kursiv, «Title»": an outlet's name ends like no family name; two names or a year in
    # brackets ("Kravchenko (2024), ‘Title’") say "persons" on their own
    if len(families) == 1 and not m.group(2) and not _surname_end_re().search(m.group(1)):
        return False
    quoted = find_quoted(m.group(3))
    if len(quoted) != 1 or not quoted[0].closed:
        return False
    w.set_authors(tuple(Person(family=f, given="") for f in families), m.start(1), m.end(1), 0.7)
    if m.group(2):
        w.set_year(m, 2, 0.8)
    q0 = m.start(3)
    w.set_title(q0 + quoted[0].inner_start, q0 + quoted[0].inner_end, 0.8)
    w.consume(0, len(w.text))
    w.kind = Kind.OTHER
    return True


_SHORT_NOTE = re.compile(
    r"\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’‘\-]+(?:\s(?:and|et|und|и|ja)\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’‘\-]+)?),"
    r"\s+([^\W\d_][^,;:()«»„“”\"]{1,80}?),\s+"
    r"(?:pp?\.\s?)?(\d{1,4}(?:\s?[–-]\s?\d{1,4})?)\.?\s*$"
)


def _read_short_note(w: _Work) -> bool:
    """A short Chicago note: ``Cummings, Kazakhstan, 47.`` / ``Schmitz, Kasachstan, 5.`` /
    ``Ebd., 4.`` (ibidem, which names nothing)."""
    if w.url:
        return False
    if len(w.text.strip()) < 40 and _ibid_re().fullmatch(w.text.strip(_SPACE_PUNCT)):
        w.notes.append(w.text.strip(_SPACE_PUNCT))
        w.consume(0, len(w.text))
        w.diagnostics.append(
            Diagnostic(
                "ibidem",
                "cites the source of the note before it (kzcite.parse fills its fields)",
                Span(0, len(w.raw)),
                Severity.INFO,
            )
        )
        return True
    if _read_op_cit(w) or _read_interview_note(w):
        return True
    m = _SHORT_NOTE.fullmatch(w.text) if "," in w.text else None
    if m is None or _known_outlet(m.group(1)) or _org_like(m.group(1)):
        return _read_short_quoted_note(w)
    if re.search(r"[.?!]\s", m.group(2)):
        return False  # "Smith, John. History. London, 2001.": sentences, not a short title
    if _parse_names(m.group(1) + ", " + m.group(2)) is not None:
        return False  # "Family, Given, 12": a person, not a short title
    families = re.split(r"\s(?:and|et|und|и|ja)\s", m.group(1))  # "Cooley and Heathershaw"
    persons = tuple(Person(family=f, given="") for f in families)
    w.set_authors(persons, m.start(1), m.end(1), 0.7)
    w.set_title(m.start(2), m.end(2), 0.7)
    w.pages = m.group(3)
    w.consume(0, len(w.text))
    return True


@functools.cache
def _ibid_re() -> re.Pattern[str]:
    words = _alternation(_labels()["ibid"])
    return re.compile(rf"(?i)(?:{words})[.,\s]*{_PINPOINT}")


@functools.cache
def _op_cit_re() -> re.Pattern[str]:
    """``Sadykov, op. cit., p. 310`` / ``Ермеков Д. Указ. соч.``: a person and a pointer
    to the work a note before cited."""
    words = _alternation(_labels()["op_cit"])
    return re.compile(rf"\s*(.{{2,60}}?),?\s+(?i:{words})\.?,?{_PINPOINT}[.\s]*")


_COMMA_IMPRINT = re.compile(
    rf",\s*([^\W\d_][\w\- ]{{1,30}}),\s*([^,]{{2,80}}?),\s*({_YEAR})"
    r"(?:,\s*\d+\s*(?:p|pp|с|S|lk)\.)?\s*\.?\s*$"
)


def _read_comma_imprint(w: _Work) -> bool:
    """French/Turkish style: ``Authors, Title, Paris, Seuil, 1997, 323 p.``"""
    # the pattern tries every comma of the line: fewer than its three, no match
    m = _COMMA_IMPRINT.search(w.raw) if w.raw.count(",") >= 3 else None
    if m is None or m.group(1).strip() not in _places():
        return False
    w.place = m.group(1).strip()
    w.set_outlet(m.start(2), m.end(2), 0.85)
    w.set_year(m, 3, 0.9)
    w.consume(m.start(), len(w.text))
    w.kind = Kind.BOOK
    head = w.text[: m.start()]
    commas = [k for k, ch in enumerate(head) if ch == ","]
    # the authors are the longest run of leading comma parts that reads as names
    for cut in reversed(commas):
        cand = head[:cut].strip(_SPACE_PUNCT)
        if not cand or not head[cut + 1 :].strip(_SPACE_PUNCT):
            continue
        persons = _parse_names(cand, strict=False)
        if persons and not _org_like(cand):
            lead = len(head) - len(head.lstrip(_SPACE_PUNCT))
            w.set_authors(persons, lead, cut, 0.8)
            _title_from(w, cut, m.start())
            return True
    _title_from(w, 0, m.start())
    return True


_FAMILY_GIVEN_NAME = (
    r"[^\W\d_][\w'’‘\-]+,\s[^\W\d_][\w'’‘\-]+(?:\s[^\W\d_]\.|\s[^\W\d_][\w'’‘\-]+)?"
)
_FAMILY_COMMA_GIVEN = re.compile(
    # "Koskinen, Aino & Virtanen, Pekka 2021." / "Ganbold, Munkhnaran. 2023."
    rf"\s*({_FAMILY_GIVEN_NAME}(?:\s(?:&|and|ja|und|и)\s{_FAMILY_GIVEN_NAME}){{0,3}})"
    rf"(?=\s?[(:,]|\s{_YEAR}|\.\s{_YEAR}[.\s]|\.\s\({_YEAR})"  # "Uyama, Tomohiko. (2015)."
)


@functools.cache
def _apa_role_re() -> re.Pattern[str]:
    """A social-media handle or a role after an APA author: ``[@TokayevKZ]``, ``(Host)``."""
    roles = _alternation(_labels()["apa_roles"])
    return re.compile(rf"(?:\s*(?:\[@[\w.]{{1,40}}\]|\((?:{roles})\)))+\.?(?=\s)", re.I)


_SLASHED_NAMES = re.compile(
    r"\s*([^\W\d_][\w'’‘\-]+,\s[^\W\d_][\w'’‘\-]+(?:\s?/\s?[^\W\d_][\w'’‘\-]+,\s[^\W\d_][\w'’‘\-]+)+)"
    r"(?=\s?\()"
)


def _capitalised_name(body: str) -> bool:
    """Up to three capitalised words, not counting joiners: ``Germany Trade & Invest``."""
    minor = _label_set("acronym_minor_words")
    words = [x for x in body.split() if x.casefold() not in minor]
    return 0 < len(words) <= 3 and all(x[:1].isupper() for x in words)


_CHICAGO_LIST = re.compile(
    r"\s*([^\W\d_][\w'’‘\-]+,\s[^\W\d_][\w'’‘\-]+(?:\s[^\W\d_]\.)?"
    r"(?:,\s[^\W\d_][\w'’‘\-]+(?:\s[^\W\d_]\.)?\s[^\W\d_][\w'’‘\-]+)*"
    r",?\s(?:and|&)\s[^\W\d_][\w'’‘\-]+(?:\s[^\W\d_]\.)?\s[^\W\d_][\w'’‘\-]+)\.(?=\s)"
)


def _apa_head_date(w: _Work, head: re.Match[str]) -> PartialDate | Literal[False] | None:
    """The date of an author-date head: None for ``(n.d.)``, False when the bracket holds
    no whole date (``(May 2020)`` in the day-month form is no APA head)."""
    if head.group("nd"):
        return None
    full = _dates.parse_date(head.group(4)) if head.group(4) else None
    if head.group(4) and (full is None or full.day is None):
        return False
    year = full.year if full is not None else int(head.group(1) or head.group(3))
    date = full or PartialDate(year, text=w.raw[head.start() : head.end()].strip())
    if head.group(2):
        parsed = _dates.parse_date(f"{head.group(2)} {year}")
        if parsed is not None and parsed.year == year:
            date = parsed
    return date


def _read_author_date(w: _Work) -> bool:
    """APA / Chicago author-date / Harvard: ``Authors (2020). Title. Journal, 1(2), 3–4.``"""
    text = w.text
    if _APA_YEAR.search(text) is None:
        return False  # every _APA_HEAD holds a year: skips the name parse on undated lines
    lead = len(text) - len(text.lstrip(_SPACE_PUNCT))
    m = _name_lead_re().match(text, lead)
    who_end = None
    persons: tuple[Person, ...] | None = None
    if m:
        persons = _parse_names(_editors_re().sub("", m.group(0)).strip().rstrip(",;"))
        if persons:
            who_end = m.end()
    cm = _CHICAGO_LIST.match(text, lead) if who_end is None else None
    if cm is not None and _APA_HEAD.match(text, cm.end()):
        # "Mammadli, Rauf, and Nino Beridze. 2023.": inverted first person, then the year
        names = cm.group(1)
        if not _org_like(names) and not _is_organisation(names):
            persons = _parse_names(names, strict=False)
            if persons and len(persons) >= 2:
                who_end = cm.end()
    if who_end is None:
        fg = _FAMILY_COMMA_GIVEN.match(text[lead:])
        if fg:
            persons = _parse_names(fg.group(1), strict=False)
            if persons:
                who_end = lead + fg.end()
    if who_end is None and "/" in text[lead : lead + 120]:
        sl = _SLASHED_NAMES.match(text, lead)  # German "Meier, Jonas/Schulz, Petra (2021):"
        if sl:
            parts = [_parse_names(p.strip(), strict=False) for p in sl.group(1).split("/")]
            if all(len(p or ()) == 1 for p in parts):
                persons = tuple(p[0] for p in parts if p)
                who_end = sl.end()
    org = None
    dot_org = False
    if who_end is None:
        # its lookahead needs "(" and a year, searched once rather than at each of 80 steps
        om = _ORG_HEAD.match(text, lead) if _PAREN_YEAR.search(text, lead) else None
        if om is None:
            # Chicago author-date with a body as author: "World Bank. 2024. Title. Place: …"
            om = _ORG_DOT_HEAD.match(text, lead)
            if om is None or not (_known_outlet(om.group(1)) or _org_like(om.group(1))):
                return False
            after_year = _ORG_DOT_YEAR_END.match(text, om.end())
            if after_year is None:
                return False
            sentence = text[after_year.end() : after_year.end() + 30].split(".", 1)[0]
            day = _dates.parse_date(f"{sentence} {after_year.group(1)}")
            if day is not None and day.day is not None:
                return False  # "Українська правда. 2024. 15 березня.": a paper's issue day
            dot_org = True
        body = om.group(1).strip()
        if not (
            text[om.end(1) : om.end(1) + 1] == "."
            or _known_outlet(body)
            or _org_like(body)
            or _capitalised_name(body)
        ):
            return False
        # "Eva Weber (2022): Title.": persons written given name first
        persons = _persons_named(body, retry=False) if _capitalised_name(body) else None
        org = None if persons else om
        who_end = om.end()
    ed = _editors_re().match(text, who_end)
    after = ed.end() if ed else who_end
    role = _apa_role_re().match(text, after) if org is None else None
    if role:  # "Tokayev, K. [@TokayevKZ].", "Putz, C. (Host)."
        w.consume(after, role.end())
        after = role.end()
    head = _APA_HEAD.match(text, after)
    if head is None:
        return False
    comma_head = bool(re.search(r"\)\s*,", text[head.start() : head.end()]))
    if comma_head and (org is None or re.search(r"[\d,/]", org.group(1))):
        return False  # only "OECD (2023), Title, …" has a comma after the year
    date = _apa_head_date(w, head)
    if date is False:
        return False
    if org is not None:
        w.set_outlet(org.start(1), org.end(1), 0.8)
    elif persons:
        w.set_authors(persons, lead, who_end, 0.9)
    w.consume(who_end, head.end())
    if date is None:
        w.notes.append(head.group("nd"))  # "(n.d.)": the line says it has no date
    else:
        w.set_date(date, head.start(), head.end(), 0.95)
    dm = _DAY_MONTH_SENTENCE.search(w.text, head.end()) if date and date.month is None else None
    day = _dates.parse_date(f"{dm.group(1)} {date.year}") if dm and date else None
    if dm and date and day is not None and day.year == date.year and day.day is not None:
        w.date = day  # Harvard news: "Reuters (2023) Title. 24 February. Available at: …"
        w.consume(dm.start(1), dm.end(1))
    if comma_head and org is not None:
        # OECD style: "OECD (2023), Title, Series, OECD Publishing, Paris, https://…"
        comma = w.text.find(", ", head.end())
        t0 = head.end() + len(w.text[head.end() :]) - len(w.text[head.end() :].lstrip())
        q = find_quoted(w.text[t0:])[:1] if w.text[t0 : t0 + 1] in QUOTE_CHARS else []
        if q and q[0].start == 0 and q[0].closed:
            comma = t0 + q[0].end  # "Body (2024), ‘Trade in goods, January–December’, …"
        t_end = comma if comma != -1 else len(w.text)
        rest = w.text[t_end:].strip(_SPACE_PUNCT)
        if rest:
            w.notes.append(rest)
        w.consume(t_end, len(w.text))
        _title_from(w, head.end(), t_end)
        w.kind = w.kind or Kind.REPORT
        return True
    if org is not None and _title_in_author_place(w, org, head.end()):
        return True
    last = _LAST_SENTENCE.search(w.text, head.end()) if org is not None else None
    if last and last.group(1) in _places() and "." in w.text[head.end() : last.start()]:
        # "KfW Entwicklungsbank (2022): Zentralasien. Länderinformation. Frankfurt am Main.":
        # the body is the publisher, so all before the closing place is the title
        w.place = last.group(1)
        w.consume(last.start(), len(w.text))
        _title_from(w, head.end(), last.start() + 1)
        w.kind = w.kind or Kind.REPORT
        return True
    end = _thesis_bracket(w, head.end())
    _read_title_then_container(w, head.end(), end)
    if dot_org and w.kind in (None, Kind.BOOK):
        w.kind = Kind.REPORT  # a body's own publication
    body = org.group(1).strip() if dot_org and org is not None else ""
    if body and w.outlet and w.outlet != body and w.outlet.startswith(body):
        # "OSCE. 2020. Title. Warsaw: OSCE/ODIHR.": the body's own arm published it
        w.notes.append(w.outlet)
        w.outlet = body
        w.outlet_span = Span(org.start(1), org.end(1)) if org is not None else w.outlet_span
    return True


@functools.cache
def _thesis_bracket_re() -> re.Pattern[str]:
    words = _alternation(_labels()["thesis_words"])
    return re.compile(
        rf"\s*\[([^\[\]]{{0,40}}?(?:{words})[^\[\],]{{0,30}}),\s*([^\[\]]{{3,120}})\]\.?\s*$",
        re.I,
    )


def _thesis_bracket(w: _Work, start: int) -> int:
    """APA ``Title [Doctoral dissertation, Kyrgyz National University].``: the degree goes
    to the notes, the university is the outlet; returns where the title part ends."""
    m = _thesis_bracket_re().search(w.text, start)
    if m is None:
        return len(w.text)
    w.notes.append(m.group(1).strip())
    w.set_outlet(m.start(2), m.end(2), 0.8)
    w.consume(m.start(), len(w.text))
    w.kind = w.kind or Kind.OTHER
    return m.start()


_LAST_SENTENCE = re.compile(r"\.\s+([^\W\d_][^.\d:;,]{1,40}?)\.?\s*$")


_DAY_MONTH_SENTENCE = re.compile(
    r"[.,]\s(\d{1,2}\s[^\W\d_]{3,12}|[^\W\d_]{3,12}\s\d{1,2})\.(?=\s|$)"
)


def _read_title_then_container(w: _Work, start: int, end: int) -> None:
    """``Title. Container, 12(3), 45–67.`` or ``Title. Place: Publisher.`` after the authors."""
    seg = w.text[start:end]
    slashes = seg.find(" // ")
    if slashes > 3 and seg[:slashes].strip(_SPACE_PUNCT):
        # APA head, GOST body: "Ater, T. (2017). Building PWAs with React. // CSS-Tricks. —
        # URL: …": the title ends where the container's "//" opens
        _title_from(w, start, start + slashes)
        _read_container(w, start + slashes + 4, end)
        return
    quoted = [q for q in find_quoted(seg) if not _embedded_in(seg, q)]
    if quoted and not seg[: quoted[0].start].strip(_SPACE_PUNCT):
        q = quoted[0]
        w.set_title(start + q.inner_start, start + q.inner_end, 0.9)
        w.consume(start + q.start, start + q.end)
        _read_container(w, start + q.end, end)
        return
    pp = _PLACE_PUBLISHER.search(w.raw, start, end)
    if pp is not None and not w.raw[start : pp.start(1)].strip(_SPACE_PUNCT):
        # "FAO. 2022. Kyrgyz Republic: Country Programming Framework. Bishkek: FAO.": the
        # title's own colon opens no imprint; the imprint follows the title
        pp = _PLACE_PUBLISHER.search(w.raw, pp.end(1), end)
    m = _TITLE_END.search(w.text, start, end)
    between = w.raw[m.end() : pp.start(1)] if (pp and m and m.end() < pp.start(1)) else ""
    if pp and w.text[pp.start(2) : pp.end(2)].strip() and not _other_part(between, m, w):
        w.place = pp.group(1).strip()
        _set_publisher(w, pp.start(2), pp.end(2))
        w.consume(pp.start(1), pp.end(1))
        w.kind = w.kind or Kind.BOOK
        _title_from(w, start, pp.start(1))
        return
    if m is None:
        _title_from(w, start, end)
        return
    if w.text[m.start()] in "?!":
        # "Are youth different? The Nazarbayev generation and … Kazakhstan. Problems of …":
        # a question and a long second sentence are one title before the container
        nxt = _TITLE_END.search(w.text, m.end(), end)
        words = len(w.text[m.end() : nxt.start()].split()) if nxt else 0
        journal = nxt is not None and _JOURNAL_VOLUME.match(w.text, nxt.end(), end) is not None
        if nxt and (words >= 5 or (words >= 2 and journal)) and w.text[nxt.end() : end].strip():
            m = nxt  # "…Kazakhstan? Policy transfer after 2019. Journal, 14(1), 55–78."
    _title_from(w, start, m.start() + 1)
    _read_container(w, m.end(), end)


_JOURNAL_VOLUME = re.compile(r"[^\W\d_][^.?!]{2,120}?,\s*\d{1,4}\s*\(\d")


def _acronym_of(short: str, long: str) -> bool:
    """``EDB`` / ``Eurasian Development Bank``: the initials of the long name's words."""
    letters = "".join(ch for ch in short if ch.isalpha())
    if not 2 <= len(letters) <= 8 or not letters.isupper() or " " in short.strip():
        return False
    minor = _label_set("acronym_minor_words", fold=False)
    # a hyphenated word gives one letter or one per part (OSCE: Co-operation; NATO)
    for pattern in (r"[^\W\d_]+", r"[^\W\d_]+(?:-[^\W\d_]+)*"):
        words = [x for x in re.findall(pattern, long) if x.casefold() not in minor]
        if len(words) >= 2 and "".join(x[0] for x in words).upper() == letters:
            return True
    return False


def _set_publisher(w: _Work, start: int, end: int) -> None:
    """The publisher of an imprint, unless it only abbreviates (or spells out) the corporate
    author that already stands as outlet (``Eurasian Development Bank (2022) … Almaty: EDB.``)."""
    name = _clean_outlet(w.text[start:end])
    if w.outlet and (_acronym_of(name, w.outlet) or _acronym_of(w.outlet, name)):
        w.notes.append(name)
        w.consume(start, end)
        return
    w.set_outlet(start, end, 0.8, masked=True)


def _other_part(between: str, m: re.Match[str] | None, w: _Work) -> bool:
    """Text between a title's first sentence and the imprint that is not title: a series
    number, an editor, a book, an ISBD area (``. – Vetik, R. (toim)``)."""
    if m is None or not between.strip():
        return False
    if "–" in w.raw[m.start() : m.end()] or "—" in w.raw[m.start() : m.end()]:
        return True
    between = _SQUARE_BRACKETS.sub("", between)  # "XX vek [… 20th century]": a translation
    return bool(re.search(r"\d|\((?:toim|eds?|Hrsg|ред)\.?\)|^\s*(?:In|В)\b", between))


_SQUARE_BRACKETS = re.compile(r"\[[^\[\]]*\]")


def _embedded_in(seg: str, q: Quoted) -> bool:
    after = seg[q.end :].lstrip()
    return bool(seg[: q.start].strip()) or (after[:1].isalpha() and after[:1].islower())


def _read_container(w: _Work, start: int, end: int) -> None:
    """The journal, newspaper or site after a title; a trailing ``Place: Publisher``."""
    seg = w.text[start:end]
    tr = _TRANSLATION.match(seg) if "[" in seg else None
    if tr:
        w.translated_title = tr.group(1).strip()
        w.consume(start, start + tr.end())
        start += tr.end()
    seg = w.text[start:end]
    if not seg.strip(_SPACE_PUNCT):
        return
    pp = _PLACE_PUBLISHER.search(w.raw, start, end)
    if (
        pp
        and w.text[pp.start(2) : pp.end(2)].strip()
        and not w.text[start : pp.start(1)].strip(_SPACE_PUNCT)
    ):
        w.place = pp.group(1).strip()
        _set_publisher(w, pp.start(2), pp.end(2))
        w.consume(pp.start(1), pp.end(1))
        w.kind = w.kind or Kind.BOOK
        return
    _read_after_title(w, start, end)


# "--" in MARC displays (Koha); ".– Чебоксары": a dash glued to the full stop before it
_AREA_COMMA_IMPRINT = re.compile(
    rf"\s*([^\W\d_][\w.\-]{{0,30}}(?:\s[^\W\d_][\w.\-]{{1,30}})?)\s*,\s*[«“\"]?"
    rf"([^,«»“”\"]{{2,60}}?)[»”\"]?\s*,\s*{_YEAR}"
)
_AREA_MARK = re.compile(  # ". -Bakı, «Elm», 1993": a hyphen glued to the next area too
    r"[(\[)\]]|(?<= )(?:--|[–—-])(?= )|(?<=\.)[–—](?= )|(?<=\. )[–—-](?=[^\W\d_a-zа-яə])"
)


def _areas(text: str) -> list[tuple[int, int]]:
    """ISBD areas (``. – `` separated), ignoring separators inside brackets."""
    out: list[tuple[int, int]] = []
    if (
        " – " not in text
        and " — " not in text
        and " - " not in text
        and " -- " not in text
        and ".– " not in text
        and ".— " not in text
        and ". -" not in text
        and ". –" not in text
    ):
        return [(0, len(text))] if text.strip() else out
    depth = 0
    last = 0
    # a dash inside a closed quotation is the name's own («Молодежь Казахстана – 2023»)
    quoted = [(q.start, q.end) for q in find_quoted(text) if q.closed]
    for m in _AREA_MARK.finditer(text):
        ch = m.group()
        if quoted and any(a < m.start() < b for a, b in quoted):
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            start = i - 1
            gap = 1 if text[m.end() : m.end() + 1] == " " else 0
            if text[start - 1 : start] != "." and text[m.end() + gap : m.end() + gap + 1].islower():
                continue  # "в конце XX – начале XXI в.": a dash inside a title, no area
            if start > 0 and text[start - 1] == ".":
                start -= 1
            if text[last:start].strip():
                out.append((last, start))
            last = m.end() + gap
    if text[last:].strip():
        out.append((last, len(text)))
    return out


def _area_marked(raw: str, end: int) -> bool:
    """Whether the area ending at ``end`` ends with the full stop of ``. –`` (or has one
    right after it)."""
    return raw[end - 1 : end] == "." or raw[end : end + 1] == "."


def _title_dashes(raw: str, areas: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a bare ``–`` in the first area back into it: ``Казахстан – Китай: … . – Алматы``.

    Where areas are marked ``. –``, a dash without the stop before it, followed by
    words with no year, is part of the title (a pair of names), not an area break.
    """
    while (
        len(areas) > 2
        and not _area_marked(raw, areas[0][1])
        and any(_area_marked(raw, b) for _, b in areas[1:-1])
        and not re.search(rf"{_YEAR}|/|https?:", raw[areas[1][0] : areas[1][1]])
        and not re.search(r"/|https?:", raw[areas[0][0] : areas[0][1]])
    ):
        areas = [(areas[0][0], areas[1][1]), *areas[2:]]
    return areas


def _paper_issue_areas(w: _Work, areas: list[tuple[int, int]]) -> bool:
    """``Экспресс К. – 2021. – 9 сентября. – «Title»``: a paper's name, its issue's date
    and then the quoted headline as the last area."""
    a, b = areas[-1]
    q = find_quoted(w.raw[a:b])
    name = w.raw[areas[0][0] : areas[0][1]].strip(_SPACE_PUNCT)
    if (
        len(areas) < 3
        or len(q) != 1
        or not q[0].closed
        or w.raw[a : a + q[0].start].strip(_SPACE_PUNCT)
        or w.raw[a + q[0].end : b].strip(_SPACE_PUNCT)
        or not 1 <= len(name.split()) <= 4
        or find_quoted(name)
        or w.date is None
        or w.date.day is None
    ):
        return False
    n0 = w.raw.find(name, areas[0][0])
    w.set_outlet(n0, n0 + len(name), 0.8)
    w.set_title(a + q[0].inner_start, a + q[0].inner_end, 0.85)
    w.consume(0, len(w.text))
    w.kind = Kind.ARTICLE
    return True


_JOURNAL_AREA = re.compile(
    rf"\s*([^\W\d_][^,;:\d]{{1,60}}?),?\s+({_YEAR})\b(?:/\d{{1,3}}|,\s*(?:nr|no|№|issue|вып)\.?\s*\d+)?"
    r",?\s+(?:lk|lpp|pp?|S|С|с|Б|б|psl|str)\.?\s?\d",
    re.I,
)


_VOLUME_COUNT = re.compile(
    r"(?:\d+|[^\W\d_]+)\s?(?:томдық|томах|томов|vols?)\.?|[Вв]\s\d+(?:-х)?\s(?:т\.|томах)"
    r"|\d+\s(?:vols?|Bde|köidet)\.?",
    re.I,
)


def _read_isbd(w: _Work) -> bool:
    """GOST/ISBD books: ``Author. Title : info / resp. – Place : Publisher, 2019. – 320 с.``"""
    areas = _title_dashes(w.raw, _areas(w.raw))
    if len(areas) < 2 or not any(_area_marked(w.raw, b) for _, b in areas[:-1]):
        return False
    if _paper_issue_areas(w, areas):
        return True
    first_end = areas[0][1]
    tail_text = w.raw[first_end:]
    if not re.search(rf"{_YEAR}|\b\d+\s?(?:с|б|p|lk|S|бет)\.|URL|RT\s?I", tail_text) and (
        # a colon only in a last area after a dated head is a headline's, not an imprint's
        not re.search(r":\s", tail_text)
        or (len(areas) == 2 and re.search(_YEAR, w.raw[: areas[0][1]]))
    ):
        return False
    for a, b in areas[1:]:
        area = w.raw[a:b]
        gz = _gazette_re().search(area) if _may_have(w, "gazettes") else None
        pm = _IMPRINT.match(area) if ":" in area else None
        if gz and w.outlet is None:
            w.set_outlet(a + gz.start(), a + gz.end(), 0.85)
            w.kind = Kind.LEGAL
        elif (
            pm
            and w.outlet is None
            and not area.lstrip().upper().startswith(("URL", "DOI"))
            # "Total.kz, 2 февраля 2024 г. — Как перейти: что изменится?": a headline, the
            # last area with no year, is no "Place : Publisher"
            and (b < areas[-1][1] or re.search(_YEAR, area) is not None)
        ):
            w.place = pm.group(1).strip()
            # "М. : Оникс : Мир и образование": GOST joins a second publisher with a colon
            second = _SECOND_PUBLISHER.search(pm.group(2))
            pub_end = pm.start(2) + second.start() if second else pm.end(2)
            w.set_outlet(a + pm.start(2), a + pub_end, 0.85, masked=True)
            w.kind = w.kind or Kind.BOOK
        else:
            pl = re.match(
                rf"\s*([^\W\d_][\w.\-]{{1,30}}(?:\s[^\W\d_][\w.\-]{{1,30}})?)\s*,\s*{_YEAR}",
                area,
            )
            head = area.split(",")[0].strip(_SPACE_PUNCT)
            cp = _AREA_COMMA_IMPRINT.match(area) if w.outlet is None else None
            if cp is not None and cp.group(1).strip() in _places():
                # "-Bakı, «Elm», 1993": the place, the publisher, the year, between commas
                w.place = cp.group(1).strip()
                w.set_outlet(a + cp.start(2), a + cp.end(2), 0.8)
                w.kind = w.kind or Kind.BOOK
                pl = None
            jm = _JOURNAL_AREA.match(area) if w.outlet is None else None
            db = _database_area_re().match(area) if w.outlet is None else None
            if cp is not None and w.place is not None:
                pass
            elif w.outlet is None and head and _known_outlet(head) and head not in _places():
                o0 = a + area.find(head)
                w.set_outlet(o0, o0 + len(head), 0.8)
                w.kind = Kind.BOOK if _is_publisher(head) else Kind.ARTICLE
            elif db is not None:
                w.set_outlet(a + db.start(1), a + db.end(1), 0.8)
            elif jm is not None and jm.group(1) not in _places():
                # "– Juridica 2024/3, lk 181–192": a journal, its year and issue, pages
                w.set_outlet(a + jm.start(1), a + jm.end(1), 0.8, masked=True)
                if w.date is None:
                    w.set_year(jm, 2, 0.8)
                    w.date_span = Span(a + jm.start(2), a + jm.end(2))
                w.kind = Kind.ARTICLE
            elif (
                pl
                and w.outlet is None
                and w.date is not None
                and w.date.day is not None
                and pl.group(1) not in _places()
            ):
                # "… ТАЛҚЫЛАНДЫ. – ЖЕТІСУ, 2023, 17 ҚАҢТАР": a paper and its issue's day; a
                # book's imprint never gives a day
                o0 = a + pl.start(1)
                w.set_outlet(o0, o0 + len(pl.group(1)), 0.75)
                w.kind = Kind.ARTICLE
            elif (
                pl
                and w.outlet is None
                and w.place is None
                and pl.group(1) not in _places()
                and len(pl.group(1).rstrip(".")) > 2  # "-S., 1976": an abbreviated place
            ):
                # "Сөз өнері. – Жазушы, 1983.": a name that is no place is the publisher
                o0 = a + pl.start(1)
                w.set_outlet(o0, o0 + len(pl.group(1)), 0.6)
                w.kind = w.kind or Kind.BOOK
            elif pl and w.place is None:
                w.place = pl.group(1)
        if w.text[a:b].strip(_SPACE_PUNCT):
            w.notes.append(_WS.sub(" ", w.text[a:b]).strip(_SPACE_PUNCT))
        w.consume(a, b)
    a, b = areas[0]
    b = _read_responsibility(w, a, b)
    _read_lead_authors(w, a, b)
    # "Corporate body. Title" — the first sentence names the body
    seg = w.text[a:b]
    lead = len(seg) - len(seg.lstrip(_SPACE_PUNCT))
    dot = seg.find(". ", lead)
    if not w.authors and dot != -1:
        body = seg[lead:dot]
        acronym = re.match(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,}(?:\s|$)", body) is not None  # "КИСИ при …"
        rest = seg[dot + 2 :].strip(_SPACE_PUNCT)
        volumes = _VOLUME_COUNT.fullmatch(rest) is not None  # "Қазақстан тарихы. Бес томдық"
        if (
            1 <= len(body.split()) <= 12
            and not volumes
            and (_org_like(body) or _known_outlet(body) or acronym)
        ):
            if w.outlet is None:
                w.set_outlet(a + lead, a + dot, 0.8)
            else:
                w.notes.append(body)
                w.consume(a + lead, a + dot)
    _isbd_title(w, a, b)
    w.kind = w.kind or Kind.BOOK
    return True


@functools.cache
def _form_re() -> re.Pattern[str]:
    words = {x.rstrip(".") for x in data_json("labels.json")["form_words"]}
    return re.compile(_alternation(words), re.I)


def _isbd_title(w: _Work, a: int, b: int) -> None:
    """The title of the first area, from the raw text (so years in it survive)."""
    span = _trimmed(w.text, a, b)
    if span is None:
        return
    s0 = span[0]
    tail = w.raw[s0:b].rstrip(_SPACE_PUNCT)
    e0 = s0 + len(tail)
    e0 = min(e0, _year_cut(w.raw, s0, e0))
    names = w.authors_span
    if names is not None and s0 + 3 < names.start < e0:
        e0 = names.start  # "Title\nҚасым Жұмалиев\nАлматы: …": the author's line ends it
    raw = w.raw[s0:e0]
    par = raw.find(" = ")
    if par > 2:
        # "Қара сөздер = Слова назидания": the parallel title is the title's translation
        w.notes.append(raw[par + 3 :].strip())
        e0 = s0 + par
        raw = raw[:par]
    k = raw.find(" : ")
    if k != -1 and _form_re().search(raw[k:]):
        e0 = s0 + k
        w.notes.append(raw[k + 3 :].strip())
    e0 = _isbd_title_end(w, s0, e0)
    value = _WS.sub(" ", _label_re("designators").sub(" ", w.raw[s0:e0]))
    value = _clean(value)
    quote = find_quoted(value) if value[-1:] in QUOTE_CHARS else []
    if quote and quote[-1].closed and quote[-1].end == len(value):
        lead = value[: quote[-1].start].strip()
        if lead and (_form_re().fullmatch(lead) or _series_sentence_re().fullmatch(lead)):
            w.notes.append(lead)  # "Аналитический доклад «Title»": the genre, then the title
            value = value[quote[-1].inner_start : quote[-1].inner_end].strip()
    if value:
        w.title = value
        w.title_span = Span(s0, e0)
        w.confidence["title"] = 0.8
    w.consume(s0, b)


@functools.cache
def _title_extras_re() -> re.Pattern[str]:
    vol = _alternation(_labels()["title_volume_words"], ignore_case=False)
    return re.compile(
        r"\s\[(?P<tr>[^\[\]]{2,300})\]"  # "Qazaqstan joly [Kazakhstan's way]"
        r"|(?P<form>\s?:\s)"  # ": монография. 2-е изд."
        rf"|\.\s+(?:(?:{vol})\.?\s?[\dIVXLC]+\b"  # ". Vol. V", ". Т. 4"
        # ". Бес томдық", ". В 2 т."
        r"|(?:\d+|[^\W\d_]+)\s?томдық|[Вв]\s\d+(?:-х)?\s(?:т\.|томах))"
        r"|(?P<sent>\.\s+)(?=[^\W\d_])"  # ". Статистический бюллетень", ". CCDR Series"
    )


@functools.cache
def _series_sentence_re() -> re.Pattern[str]:
    """``. CCDR Series``, ``. Доклады и рабочие документы 22/5``: a series, no title."""
    words = _alternation(_labels()["series_words"])
    phrases = _alternation(_labels()["series_phrases"])
    return re.compile(rf"(?i)[^.]{{0,40}}\b(?:{words})|(?:{phrases})\b")


def _isbd_title_end(w: _Work, start: int, end: int) -> int:
    """Where an ISBD title ends before a bracketed translation, a form word or a volume note.

    A translation in square brackets after a transliterated title is kept as such.
    """
    for m in _title_extras_re().finditer(w.raw, start, end):
        if m.start() - start < 3:
            continue
        if m.group("form") is not None:
            fm = _form_re().match(w.raw, m.end(), end)
            if fm is None or w.raw[fm.end() : fm.end() + 1].isalpha():
                continue
        elif m.group("sent") is not None:
            stop = w.raw.find(".", m.end(), end)
            sentence = w.raw[m.end() : stop if stop != -1 else end].strip()
            form = _form_re().fullmatch(sentence.rstrip("."))
            if form is None and not _series_sentence_re().match(sentence):
                continue
            w.notes.append(sentence)
        elif m.group("tr") is not None:
            inner = _WS.sub(" ", m.group("tr")).strip()
            if _label_re("designators").fullmatch(f"[{inner}]"):
                continue
            if w.translated_title is None and len(inner.split()) >= 2:
                w.translated_title = inner
            else:
                w.notes.append(inner)
        return m.start()
    return end


def _year_cut(raw: str, start: int, end: int) -> int:
    m = re.search(rf",\s*{_YEAR}\b", raw[start:end])
    return start + m.start() if m else end


@functools.cache
def _known_names() -> _outlets.OutletRegistry:
    return _outlets.OutletRegistry.default()


@functools.lru_cache(maxsize=8192)
def _shared_name(text: str) -> bool:
    """A registered name, even one several outlets share (``Delfi``)."""
    return _known_names().names_an_outlet(text)


@functools.lru_cache(maxsize=8192)
def _known_outlet(text: str) -> bool:
    """A certain registry hit (or a web domain) for ``text``."""
    text = text.strip(_SPACE_PUNCT)
    if not text or len(text) > 80:
        return False
    if re.fullmatch(r"[\w\-]+(?:\.[\w\-]+)*\.[a-zа-я]{2,6}", text, re.I):
        return True
    return _known_names().lookup_name(text) is not None


_TIME = re.compile(r"\b\d{1,2}:\d\d\b")
_ISSUE_ONLY = re.compile(r"(?:№|N|No\.?|nr\.?|Nr\.?)\s?\d[\w\-/]*\s*(?:\(\d+\))?", re.I)


_NAME_DATE_SPLIT = re.compile(r"[,|;—–]|\s-\s")


def _read_outlet_and_date(w: _Work) -> bool:
    """``Kapital.kz, 14.03.2023`` / ``17:45, 3 марта 2022 | Tengrinews``: no title at all."""
    if w.date is None and not w.url:
        return False
    rest = _TIME.sub(" ", w.text) if ":" in w.text else w.text  # a time of day has a colon
    parts = [p.strip(_SPACE_PUNCT) for p in _NAME_DATE_SPLIT.split(rest)]
    # "Egemen Qazaqstan gazetı, №45 (30771), <date>": issue numbers are no second name
    parts = [p for p in parts if p and not _ISSUE_ONLY.fullmatch(p)]
    if len(parts) != 1:
        return False
    name = parts[0]
    last = name.rsplit(" ", 1)
    if (
        len(last) == 2
        and last[1] in _labels()["genre_date_prepositions"]
        and _known_outlet(last[0])
    ):
        name = last[0]  # "Эталонный контрольный банк НПА РК от 27.11.2015 г."
    known = _known_outlet(name)
    if (len(name.split()) > 4 and not known) or not (
        known or (_looks_like_outlet(name) and w.date)
    ):
        return False
    if find_quoted(name):
        return False
    if (
        "\n" in w.raw
        and len(name.split()) >= 3
        and any(x[:1].islower() for x in name.split()[1:])
        and not _known_outlet(name)
    ):
        return False  # "Inflation slows in Kazakhstan\n12.03.2023": a card's headline
    s = w.text.find(name)
    if (
        w.date_span is not None
        and w.date_span.end <= s
        and sum(x[:1].islower() for x in name.split()[1:]) >= 2
        and not _known_outlet(name)
    ):
        return False  # "01.09.2023 Тоқаев халқына Жолдауын жариялады": a headline after a date
    head, dot, tail = name.partition(". ")
    if dot and tail[:1].isupper() and (_subject_word(head) or head in _places()):
        # "Kasahstan. Eesti Entsüklopeedia, 2023": an entry's headword, then the work
        w.set_title(s, s + len(head), 0.7)
        s += len(head) + len(dot)
        name = tail
    w.set_outlet(s, s + len(name), 0.75, masked=True)
    _read_numbers(w, s + len(name), len(w.text))
    return True


def _dated_name(w: _Work, m: re.Match[str], name: str, title_part: str) -> bool:
    """``Title, Onet, 7.10.2024, <URL>`` / ``Title. Põhjarannik, 21. november 2023``: a
    short capitalised name right before the item's full date, after a title of some words,
    is the outlet though unknown."""
    ds = w.date_span
    if ds is None or w.date is None or w.date.day is None or m.group(0).lstrip()[:1] not in ",.–—":
        return False
    gap = w.raw[m.start(1) + len(name) : ds.start]
    words = name.split()
    return (
        gap.strip() == ","
        and (len(words) <= 2 or (len(words) == 3 and name.isupper()))  # "ДАЛА МЕН ҚАЛА"
        and len(title_part.split()) >= 4
        and "|" not in title_part  # "Title | Crisis Group, Commentary, <date>": a page title
        and all(x[:1].isupper() for x in words)
        and _looks_like_outlet(name)
        and name not in _places()
        and not _parse_names(name)
    )


def _read_trailing_outlet(w: _Work) -> bool:
    """``Title, Outlet`` / ``Title. Outlet.`` / ``Title — Outlet``: a known outlet at the end."""
    text = w.text.rstrip(_SPACE_PUNCT)
    m = re.search(r"(?:,|\.|\s[—–-]|\||\()\s++([^,.()|—–]{2,80}?)\s*+\)?$", text)
    if m is None:
        m = re.search(r"(?:,|\s[—–-]|\||\()\s*+([^,()|—–]{2,80}?)\s*+\)?$", text)
        if m is None:
            return False
    name = m.group(1).strip()
    title_part = text[: m.start()].strip(_SPACE_PUNCT)
    if len(title_part.split()) < 2:
        return False
    known = _known_outlet(name) or (_org_like(name) and len(name.split()) <= 8)
    if not known and not _dated_name(w, m, name, title_part):
        return False
    w.set_outlet(m.start(1), m.start(1) + len(name), 0.8, masked=True)
    w.consume(m.start(), len(w.text))
    lead = len(w.text) - len(w.text.lstrip(_SPACE_PUNCT))
    _title_from(w, lead, m.start())
    return True


_SOURCE_SPLIT = re.compile(r"[|,;]")
_SOURCE_SLASH = re.compile(r"\s/\s")
_SOURCE_AND = re.compile(r"\s+(?:и|and|та|және|ja|und|et|un|ir)\s+")
_CYRILLIC_LETTER = re.compile(r"[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІіЇїЄєЎў]")


@functools.cache
def _source_basis_re() -> re.Pattern[str]:
    return re.compile(rf"\s(?:{_alternation(_labels()['source_basis'])})\s", re.I)


def _names_a_source(text: str) -> bool:
    """A quoted name, a known outlet or a known outlet in another case (``«Коммерсанта»``)."""
    text = text.strip()
    bare = text.strip('«»"“”„')
    return bare != text or _known_outlet(bare) or _nominative_outlet(bare) is not None


def _nominative_outlet(name: str) -> str | None:
    """A known outlet's name for an inflected one-word Cyrillic name (``Коммерсанта`` →
    ``Коммерсантъ``, ``Ведомостей`` → ``Ведомости``), or None when the name is not inflected
    or names nothing known."""
    if len(name) < 5 or not _CYRILLIC_LETTER.match(name) or _known_outlet(name):
        return None
    if " " in name:
        return _nominative_phrase(name)
    for ending, base in _ending_pairs("outlet_case_endings"):
        if name.endswith(ending):
            stem = name[: len(name) - len(ending)] + base
            found = _known_names().lookup_name(stem)
            if found is not None:
                # the registry's own spelling when it is in the same script, else the stem
                return found.name if _CYRILLIC_LETTER.match(found.name) else stem
    return None


def _nominative_phrase(name: str) -> str | None:
    """A known outlet's name for an inflected name of two to four words (``Економічної
    правди`` → ``Економічна правда``): every word's own candidates, tried together."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return None
    options: list[list[str]] = []
    for word in words:
        forms = [word]
        for ending, base in _ending_pairs("outlet_phrase_endings"):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                forms.append(word[: len(word) - len(ending)] + base)
        options.append(forms)
    for combo in itertools.islice(itertools.product(*options), 1, 200):  # not as written
        found = _known_names().lookup_name(" ".join(combo))
        if found is not None:
            return found.name if _CYRILLIC_LETTER.match(found.name) else " ".join(combo)
    return None


_PAPER_ISSUE_TAIL = re.compile(r"\s+№\s?\d[\d\-/]*(?:\s*\(\d+\))?\s*$")


def _read_source_outlets(w: _Work) -> bool:
    """After ``Источник:`` / ``Source:`` only outlets follow, never a title."""
    parts = [p for p in _SOURCE_SPLIT.split(w.text) if p.strip(_SPACE_PUNCT)]
    if not parts:
        return False
    first = parts[0].strip(_SPACE_PUNCT)
    for joint in (_SOURCE_SLASH, _SOURCE_AND) if not _known_outlet(first) else ():
        both = joint.split(first, maxsplit=1)
        if len(both) == 2 and all(_names_a_source(x) for x in both):
            # "Reuters и Bloomberg", "«Новая газета Европа» / «Вёрстка»": two sources
            first = both[0].strip()
            parts[1:1] = [both[1]]
            break
    basis = _source_basis_re().search(first) if _may_have(w, "source_basis") else None
    if basis is not None and basis.start() > 0:
        parts[1:1] = [first[basis.start() :]]  # "Kursiv Research на основе данных БНС"
        first = first[: basis.start()].strip(_SPACE_PUNCT)
    issue = _PAPER_ISSUE_TAIL.search(first)
    if issue is not None and issue.start() > 0:
        parts[1:1] = [first[issue.start() :]]  # "«Егемен Қазақстан» № 119": the paper's issue
        first = first[: issue.start()].strip(_SPACE_PUNCT)
    s = w.text.find(first)
    quoted = find_quoted(first)
    if (
        len(quoted) == 1
        and quoted[0].closed
        and quoted[0].start == 0
        and quoted[0].end == len(first)
    ):
        s += quoted[0].inner_start  # "«Новая газета Европа» / «Вёрстка»"
        first = first[quoted[0].inner_start : quoted[0].inner_end]
    nominative = _nominative_outlet(first)
    dot = first.find(". ")
    if len(parts) == 1 and dot != -1:
        # "Дереккөз: <Ministry>. <Headline>. <date>. <URL>": a body, then its own headline
        body, headline = first[:dot].strip(), first[dot + 2 :].strip(_SPACE_PUNCT)
        if (
            (_known_outlet(body) or _org_like(body))
            and len(headline.split()) >= 3
            and not _known_outlet(headline)
        ):
            w.set_outlet(s, s + dot, 0.8)
            h0 = w.text.find(headline, s + dot)
            w.set_title(h0, h0 + len(headline), 0.7, masked=True)
            return True
    # from the masked text: a link read apart (``Orda.kz (https://…) и Informburo``) stays out
    w.set_outlet(s, s + len(first), 0.85, masked=True)
    if nominative is not None:
        w.outlet = nominative  # "По материалам «Коммерсанта»": the name in its own case
    for extra in parts[1:]:
        name = extra.strip(_SPACE_PUNCT)
        who = _persons_named(name) if not w.authors and len(name.split()) in (2, 3) else None
        if who:  # "Источник: 59.ru, Ольга Глухих, 4 апреля 2023": the author after the site
            n0 = w.text.find(name, s + len(first))
            w.set_authors(who, n0, n0 + len(name), 0.75)
        else:
            w.notes.append(name)
    w.consume(0, len(w.text))
    paren = re.search(r"\s*\(([^()]{1,20})\)\s*$", w.outlet or "")
    if paren and w.outlet:
        w.notes.append(paren.group(1))
        w.outlet = w.outlet[: paren.start()].strip()
    return True


_REVIEW_ISSUE = re.compile(r"\s*\((?:№\s?\d+[^()]{0,40})?\)|\s*,?\s*(?:г\.|№\s?\d+)")


def _read_press_review(w: _Work, quoted: list[Quoted]) -> bool:
    """``«Коммерсантъ»: «Title» — summary``: outlet, title, then a summary."""
    if len(quoted) < 2 or w.text[: quoted[0].start].strip(_SPACE_PUNCT):
        return False
    a, b = quoted[0], quoted[1]
    between = w.text[a.end : b.start]
    # "«Слово Кыргызстана» (№ 19, <date>) — «Title»": the issue (its date read apart) and
    # a dash stand between the paper and the item
    issue = " ".join(m.group(0).strip(" ,") for m in _REVIEW_ISSUE.finditer(between))
    between = _REVIEW_ISSUE.sub(" ", between)
    if (
        between.strip() not in (":", "—", "–")
        or len(w.text[a.inner_start : a.inner_end].split()) > 4
    ):
        return False
    if issue.strip(_SPACE_PUNCT + "()"):
        w.notes.append(_WS.sub(" ", issue).strip())  # the paper's issue number
    w.set_outlet(a.inner_start, a.inner_end, 0.85)
    w.set_title(b.inner_start, b.inner_end, 0.9)
    w.consume(a.start, b.end)
    rest = w.text[b.end :].strip(_SPACE_PUNCT)
    if rest:
        w.notes.append(rest)
        w.consume(b.end, len(w.text))
    return True


_REVIEW_HEAD = re.compile(r"\s*+(\([^()]{1,40}\))?[\s,]*+:\s+(?=\S)")
_SUMMARY_DASH = re.compile(r"\s[—–]\s+(?=\S+\s+\S)")


def _read_press_review_headline(w: _Work) -> bool:
    """``«Коммерсантъ»: Headline — summary…`` / ``«Время» (Казахстан): Headline — …``: a
    quoted outlet, a colon, then an unquoted headline; a summary after the dash is a note."""
    if ":" not in w.text or w.title is not None:
        return False
    quoted = find_quoted(w.text)
    if not quoted or len(quoted) > 3:
        return False
    a = quoted[0]
    if not a.closed or w.text[: a.start].strip(_SPACE_PUNCT):
        return False
    name = w.text[a.inner_start : a.inner_end]
    words = name.split()
    if not _known_outlet(name) and (len(words) > 4 or sum(x[:1].islower() for x in words) > 1):
        return False  # "«Мы не можем ждать»: как …": a quoted phrase opening a headline
    head = _REVIEW_HEAD.match(w.text, a.end)
    if head is None:
        return False
    start = head.end()
    b = next((q for q in quoted[1:] if q.start == start), None)
    if b is not None and not w.text[b.end :].lstrip().startswith(":"):
        return False  # "«Outlet»: «Title» — summary": the quoted-title reader's
    dash = _SUMMARY_DASH.search(w.text, start)
    end = dash.start() if dash else len(w.text.rstrip(_SPACE_PUNCT + "…"))
    if end - start < 8 or (not w.text[start].isupper() and b is None):
        return False
    w.set_outlet(a.inner_start, a.inner_end, 0.8)
    if head.group(1):
        w.notes.append(head.group(1).strip("()"))  # a disambiguator: "(Казахстан)"
    w.set_title(start, end, 0.75)
    w.consume(a.start, end)
    rest = w.text[end:].strip(_SPACE_PUNCT)
    if rest:
        w.notes.append(rest)
        w.consume(end, len(w.text))
    return True


def _read_bibtex_line(w: _Work) -> bool:
    """A BibTeX record pasted as one entry."""
    if "@" not in w.text or not re.match(r"\s*@\w+\s*\{", w.text):
        return False
    try:
        from kzcite.bibtex import read_bibtex

        refs = read_bibtex(w.raw)
    except Exception:  # a malformed record is parsed as text instead
        return False
    if not refs:
        return False
    ref = refs[0]
    w.title, w.outlet, w.authors, w.date, w.url = (
        ref.title,
        ref.outlet,
        ref.authors,
        ref.date,
        ref.url,
    )
    w.kind, w.doi, w.volume, w.issue, w.pages = ref.kind, ref.doi, ref.volume, ref.issue, ref.pages
    for name in ("title", "outlet", "authors", "date", "url"):
        if getattr(w, name):
            w.confidence[name] = 0.95
    w.text = " " * len(w.text)
    return True


# ------------------------------------------------------------------ multi-references


@functools.cache
def _multi_split_re() -> re.Pattern[str]:
    conj = _alternation(_labels()["enumeration_conjunctions"], ignore_case=False)
    return re.compile(
        rf"(?:^|[\s,;])(?:[a-z]\)|\d{{1,2}}\))\s+|\s+(?:{conj})\s+(?:[a-z]\)|\d{{1,2}}\))\s+"
    )


def split_references(raw: str) -> list[str]:
    """Several references written on one line, as separate strings.

    >>> split_references("a) http://a.ee/x b) http://b.ee/y ja c) http://c.ee/z")
    ['http://a.ee/x', 'http://b.ee/y', 'http://c.ee/z']
    >>> split_references("ERR, 01.06.2022, „Pealkiri“;")
    ['ERR, 01.06.2022, „Pealkiri“;']
    """
    text = raw
    if (
        ";" not in text
        and ")" not in text
        and text.count("//") < 2
        and not _quote_conj_re().search(text)
    ):
        return [raw]
    n = numbering(text)
    body = text[n:]
    split = _multi_split_re()
    if not split.match(body):
        body = text[len(text) - len(text.lstrip()) :]
    # lettered parts ("a) … b) …") split only when the first mark opens the body
    marks = list(split.finditer(body)) if split.match(body) else []
    if len(marks) >= 2:
        parts = []
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else len(body)
            part = body[m.end() : end].strip(" ,;")
            if part:
                parts.append(part)
        if len(parts) >= 2:
            return parts
    groups = re.findall(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)", body) if body.count("(") > 1 else []
    if len(groups) >= 2 and re.fullmatch(r"\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)+", body):
        return [g.strip() for g in groups if g.strip()]
    # every link holds its own "//" or "www.": fewer than two of them, fewer than two links
    # (only "w" and "W" lower-case to a "w": without them the line is not lower-cased)
    www = body.lower().count("www.") if "w" in body or "W" in body else 0
    urls = _URL.findall(body) if body.count("//") + www > 1 else []
    if len(urls) >= 2 and not _URL.sub("", body).strip(" ,;.0123456789()"):
        return [u.rstrip(_URL_TRAIL) for u in urls]
    if ";" not in body and not any(q in body for q in '“”»"'):
        return [raw]  # nothing for _semi_split_re() to split at
    label = inline_label(body.lstrip())
    if label is not None:
        body = body.lstrip()[label[1] :]
    parts = [p.strip(" ;.") for p in _semi_split(body)]
    parts = [p for p in parts if p]
    if len(parts) == 2 and _URL.fullmatch(parts[1]) and not _URL.search(parts[0]):
        return [raw]  # "Forbes.kz, 11 марта 2021, «Title» ; https://forbes.kz/…": its own link
    if any(
        _in_responsibility_area(p) or _editor_lead_re().match(q)
        for p, q in itertools.pairwise(parts)
    ):
        return [raw]  # "… / Т. Бейшеналиев ; жооптуу ред. А. Э. Сооронбаев. – Бишкек …"
    if ";" not in body and not all(find_quoted(p) or _URL.search(p) for p in parts[1:]):
        # joined by a conjunction after a quote, each part holds its own quoted title or link:
        # "ERR, …, „…“ ja Postimees, …, „…“", not "— «Газпром» и QazaqGaz не договорились …"
        return [raw]
    if len(parts) >= 2 and all(
        (len(p) >= 10 and _has_anchor(p)) or _note_of_its_own(p) for p in parts
    ):
        return parts
    return [raw]


def _in_responsibility_area(part: str) -> bool:
    """Does ``part`` end inside a GOST statement of responsibility (after ``/``, before the
    next ``. –`` area), where ``;`` separates persons and bodies, not references?"""
    slash = part.rfind(" / ")
    return slash != -1 and " – " not in part[slash:] and " — " not in part[slash:]


def _title_conjunctions() -> list[str]:
    """The conjunctions that join two quoted titles: words ('&' joins names only)."""
    return [x for x in _labels()["conjunctions"] if x.isalpha()]


@functools.cache
def _quote_conj_re() -> re.Pattern[str]:
    conj = _alternation(_title_conjunctions(), ignore_case=False)
    return re.compile(rf"[“”»\"]\s+(?:{conj})\s")


@functools.cache
def _semi_split_re() -> re.Pattern[str]:
    see = _alternation(_labels()["see_also_after_semicolon"])
    conj = _alternation(_title_conjunctions())
    return re.compile(
        # not before a year: Vancouver's "Copenhagen: WHO Regional Office; 2019 [cited …]"
        rf";\s+(?!(?:19|20)\d\d\b)(?:(?:{see})\s+)?"
        rf"|(?<=[“”»\"])\s+(?:{conj})\s+(?-i:(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))",
        re.I,
    )


_ENTITY_END = re.compile(r"&#?\w{1,8}$")


def _semi_split(body: str) -> list[str]:
    """``body`` split at ``_semi_split_re`` — not at the ``;`` that ends an HTML entity
    (``2&nbsp;февраля``, ``&mdash;``) nor inside brackets."""
    parts, last = [], 0
    for m in _semi_split_re().finditer(body):
        if body[m.start()] == ";" and _ENTITY_END.search(body, max(0, m.start() - 10), m.start()):
            continue
        if body.count("(", last, m.start()) > body.count(")", last, m.start()):
            continue  # "(Almaty: Daik-Press, 2004; orig. pub. 1978)": one imprint
        parts.append(body[last : m.start()])
        last = m.end()
    parts.append(body[last:])
    return parts


_NOTE_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+")


def _note_of_its_own(part: str) -> bool:
    """``Ibid., 41–43``, ``Там же. P. 11``, ``Radnitz, Weapons of the Wealthy, 112``: a
    footnote's short parts stand on their own between semicolons, with no date or link."""
    part = _NOTE_NUMBER.sub("", part, count=1)  # "7 Там же. P. 11", "5. Radnitz, …"
    bare = part.strip(" .,")
    return bool(
        _ibid_re().fullmatch(bare) or _SHORT_NOTE.fullmatch(part) or _op_cit_re().fullmatch(part)
    )


def _has_anchor(part: str) -> bool:
    """A part that can stand as a reference of its own: it has a date, a URL or a title."""
    if _URL.search(part) or find_quoted(part):
        return True
    return bool(_dates.find_dates(part))


# ------------------------------------------------------------------------- main


MAX_ENTRY = LONGEST_ENTRY
"""Entries longer than this are running text or junk, not references: kept unparsed."""


def parse_reference(raw: str, *, language: str | None = None, split: bool = True) -> Reference:
    """Parse one entry (possibly several lines) into a :class:`Reference`.

    Never raises on any text; problems become diagnostics on the reference. Where one
    line holds several references, the first is returned (``parse`` returns them all);
    ``split=False`` parses ``raw`` as one reference (for callers that split already).
    """
    if len(raw) > MAX_ENTRY:
        return Reference(
            raw=raw,
            diagnostics=(
                Diagnostic(
                    "too-long",
                    f"{len(raw):,} characters is longer than any reference ({MAX_ENTRY:,} at most);"
                    " kept unparsed",
                    Span(0, len(raw)),
                    Severity.ERROR,
                ),
                Diagnostic(
                    "unparsed", "no reference fields read", Span(0, len(raw)), Severity.ERROR
                ),
            ),
        )
    parts = split_references(raw) if split else [raw]
    first = parts[0]
    offset = raw.find(first) if first != raw else 0
    folded = raw.casefold()
    w = _Work(raw=raw, text=raw, folded=folded, tokens=frozenset(_TOKEN.findall(folded)))
    if first != raw:
        # parse only the first reference but keep the raw text whole
        w.text = " " * offset + first + " " * (len(raw) - offset - len(first))
        w.raw = raw[:offset] + first + raw[offset + len(first) :]
        w.notes.append("also: " + " | ".join(parts[1:]))
        w.diagnostics.append(
            Diagnostic(
                "multiple-references", f"{len(parts)} references on one line", None, Severity.INFO
            )
        )
    _parse_into(w)
    _date_outside_title(w)
    _byline_in_title(w)
    _edition_in_title(w)
    _imprint_in_title(w)
    _place_year_in_title(w)
    _site_closing_title(w)
    _place_closing_outlet(w)
    _site_named_as_title(w)
    _series_closing_outlet(w)
    _adoption_in_title(w)
    if w.title is not None and ":" in w.title:
        _journal_closing_title(w)
    if w.title is not None and (_DIGIT.search(w.title[-25:]) or w.title.endswith(")")):
        _volume_closing_title(w)
    if w.title is not None and w.title.endswith(")") and w.url and w.outlet is None:
        paren = _LAST_PAREN.search(w.title)
        if paren is not None and _names_site(paren.group(1), w.url):
            # "Data Center Fabric (Juniper) [Электронный ресурс]. – … https://www.juniper.net/…":
            # the site's name in brackets after the title
            at = w.raw.find(paren.group(1), w.title_span.start if w.title_span else 0)
            _title_tail_to_note(w, _LAST_PAREN, 3)
            if at != -1:
                w.set_outlet(at, at + len(paren.group(1)), 0.75)
    if w.title is not None and w.title.endswith(")") and _may_have(w, "translator_words"):
        # "Bahoriston (Sh. Shomuhamedov tarjimasi)": who translated it, no part of the title
        paren = _LAST_PAREN.search(w.title)
        if paren is not None and _label_re("translator_words").search(paren.group(1)):
            _title_tail_to_note(w, _LAST_PAREN, 3)
    _date_closing_designation(w)
    _date_closing_phrase(w)
    _case_marks_in_title(w)
    _series_then_publisher(w)
    _acronym_spelled_out(w)
    _outlet_sentence_opens_title(w)
    if w.title is not None:
        _designation_before_quote(w)
    if w.date is not None and w.date.month is None:  # the steps that refine a bare year
        _month_of_issue(w)
        _date_after_title(w)
        _later_full_date(w)
        _day_month_at_end(w)
    if len(w.authors) == 1 and w.url:
        _author_named_like_site(w)
    if w.editors:
        _add_editors(w)
    if w.title is not None:
        _series_in_title(w)
        _channel_before_title(w)
    _channel_named_on_platform(w)
    if w.title is not None:
        _body_closing_title(w)
    _section_after_outlet(w)
    if w.outlet is not None and w.title_span is not None:
        _country_closing_title(w)
    return _finish(w, raw, language)


def _country_closing_title(w: _Work) -> None:
    """``Central Asia Barometer Survey Wave 12 (Fall 2022) – Uzbekistan``: a country after
    a dash closes the title (what the survey covers); a country publishes nothing."""
    ts, span, outlet = w.title_span, w.outlet_span, w.outlet
    if ts is None or span is None or outlet is None or span.start < ts.end:
        return
    if outlet.casefold() not in _country_names(regions=False) or _known_outlet(outlet):
        return
    if w.raw[ts.end : span.start].strip() not in ("–", "—", "-"):
        return
    w.title = _clean(w.raw[ts.start : span.end])
    w.title_span = Span(ts.start, span.end)
    w.outlet = w.outlet_span = None


_QUOTE_OPEN = re.compile('[«„“"]')
_DESIGNATION_TAIL = re.compile(r"[\s\d.,:;/–-]*(?:(?:Nr|No|№)\.?\s?[\w/.-]+)?[\s.,;]*")
_ACT_NAME_LEAD = re.compile(r"(?:О|Об|On|Про|Par|Dėl)\s|.*\sтуралы$", re.I)


def _designation_before_quote(w: _Work) -> None:
    """``Национальный доклад «Молодежь Казахстана – 2023»``, ``Valstybinio audito ataskaita
    „…“ 2022-11-30 Nr. VAE-9``: a genre designation before the item's quoted name, which is
    the title; the designation goes to the note. A quoted act name (``«О языках»``) is what
    a report is about, and a short quoted name may be a company's: both are left alone."""
    title = w.title
    opening = _QUOTE_OPEN.search(title) if title is not None else None
    if title is None or opening is None or opening.start() == 0:
        return
    stems = tuple(_label_set("title_designations"))
    if not any(word.startswith(stems) for word in title[: opening.start()].casefold().split()):
        return
    quoted = find_quoted(title)
    if len(quoted) != 1 or not quoted[0].closed or quoted[0].start == 0:
        return
    q = quoted[0]
    head = title[: q.start].strip()
    inner = title[q.inner_start : q.inner_end].strip()
    if (
        not _DESIGNATION_TAIL.fullmatch(title, q.end)
        or any(ch in head for ch in QUOTE_CHARS)
        or len([x for x in inner.split() if any(c.isalnum() for c in x)]) < 3
        or _ACT_NAME_LEAD.match(inner)
    ):
        return
    w.notes.append(head)
    w.title = inner
    w.title_span = _narrowed(w.raw, inner, w.title_span)


@functools.cache
def _title_edition_re() -> re.Pattern[str]:
    words = _alternation(_labels()["edition_qualifiers"], ignore_case=False)
    marks = _alternation(_labels()["edition_abbreviations"], ignore_case=False)
    return re.compile(
        rf"[.,]\s+(?:{words}|\d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}}-е)\s+(?:{marks})\.?\s*$"
    )


def _section_before_date(w: _Work) -> None:
    """``| Crisis Group, Commentary, 14 January 2022``: a section or genre word standing
    alone between commas before the date goes to the notes."""
    if w.date_span is None or not _may_have(w, "section_words"):
        return
    m = _SECTION_BEFORE.search(w.text, 0, w.date_span.start)
    if m is None or m.group(1).casefold() not in _label_set("section_words"):
        return
    w.notes.append(m.group(1))
    w.consume(m.start(1), m.end(1))


_SECTION_BEFORE = re.compile(r",\s([^\W\d_][\w&-]{1,20})\s*,\s*$")


def _section_after_outlet(w: _Work) -> None:
    """``Title | Crisis Group, Commentary, 14 January 2022``: a section or genre word after
    the site's name is no part of the outlet."""
    if w.outlet is None or ", " not in w.outlet:
        return
    head, tail = w.outlet.rsplit(", ", 1)
    if tail.strip(_SPACE_PUNCT).casefold() not in _label_set("section_words") or not head.strip():
        return
    w.notes.append(tail.strip(_SPACE_PUNCT))
    w.outlet = head.strip()
    w.outlet_span = _narrowed(w.raw, w.outlet, w.outlet_span)


_CAP_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _acronym_spelled_out(w: _Work) -> None:
    """``IMF. 2023. "Title." IMF Country Report No. 23/245, International Monetary Fund,
    Washington, DC.``: an outlet written as an acronym that the line later spells out is
    recorded by its full name (the publisher named in the imprint)."""
    span = w.outlet_span
    if w.outlet is None or span is None or not w.outlet.isupper() or " " in w.outlet:
        return
    letters = [ch for ch in w.outlet if ch.isalpha()]
    if not 2 <= len(letters) <= 8:
        return
    begin = span.end
    if w.title_span is not None and w.title_span.start >= span.end:
        begin = max(begin, w.title_span.end)
    minor = _label_set("acronym_minor_words", fold=False)
    words = [m for m in _CAP_WORD.finditer(w.raw, begin) if m.group().casefold() not in minor]
    n = len(letters)
    for i in range(len(words) - n + 1):
        run = words[i : i + n]
        if not all(x.group()[0].isupper() for x in run):
            continue
        gap = w.raw[run[0].start() : run[-1].end()]
        if re.search(r"[,.;:()\d]", gap) or not _acronym_of(w.outlet, gap):
            continue
        w.name_outlet(gap, run[0].start(), run[-1].end(), w.confidence.get("outlet", 0.8))
        return


@functools.cache
def _adoption_sentence_re() -> re.Pattern[str]:
    """``. 1995 жылғы 30 тамызда … қабылданған``: a sentence saying when an act was adopted."""
    words = _alternation(_adoption_words())
    return re.compile(rf"\.\s+[^.]{{0,80}}?(?:{words})[^.]{{0,80}}\.?$", re.I)


def _title_tail_to_note(w: _Work, tail: re.Pattern[str], min_start: int) -> None:
    """Move the end of the title that ``tail`` finds (after its separator character) into
    the notes, when at least ``min_start`` characters of title stay."""
    m = tail.search(w.title) if w.title is not None else None
    if w.title is None or m is None or m.start() < min_start:
        return
    _cut_title(w, m.start(), m.start() + 1)


def _cut_title(w: _Work, cut: int, note_from: int) -> None:
    """End the title at ``cut``; what follows from ``note_from`` on becomes a note."""
    assert w.title is not None
    w.notes.append(w.title[note_from:].strip(_SPACE_PUNCT))
    w.title = w.title[:cut].rstrip(_SPACE_PUNCT)
    w.title_span = _narrowed(w.raw, w.title, w.title_span)  # the span shrinks with the title


_SYMBOL_PAREN_END = re.compile(r"\s\(((?:[^()\s]|\([^()\s]*\))+)\)$")
_CASE_NUMBER_LEAD = re.compile(
    r"(?:Case|Joined Cases|Дело|Asi)\s[A-Z]?-?\d+/\d+(?:\s(?:and|и)\s[A-Z]-\d+/\d+)?\s+"
)
_ECLI = re.compile(r"\s*,?\s*ECLI:[A-Z]{2}:[A-Z]+:\d{4}:\d+[\w.]*")
_BRACKET_YEAR_END = re.compile(r"\s\[(?:18|19|20)\d\d\]$")


def _case_marks_in_title(w: _Work) -> None:
    """OSCOLA/EU: ``Case C-311/18 Party v Party [2020] ECLI:EU:C:2020:559``: the case number,
    the bracketed year and the ECLI identify the case; its title is the parties' names. A
    document symbol in brackets closing a title (``… (CDL-AD(2022)030)``) is no title."""
    title = w.title
    if title is not None and title.endswith(")"):
        symbol = _SYMBOL_PAREN_END.search(title)  # "(CDL-AD(2022)030)", "(2022/2502(RSP))"
        inner = symbol.group(1) if symbol else ""
        if symbol and symbol.start() > 10 and _DIGIT.search(inner) and re.search("[A-Z/]", inner):
            w.notes.append(inner)
            title = title[: symbol.start()].rstrip()
            w.title = title
            w.title_span = _narrowed(w.raw, title, w.title_span)
    if title is None or not (
        "[" in title or "ECLI:" in title or title.startswith(("Case", "Joined"))
    ):
        return
    for pattern in (_ECLI, _BRACKET_YEAR_END):
        m = pattern.search(title)
        if m is not None and m.start() > 8:
            w.notes.append(m.group(0).strip(" ,[]"))
            title = (title[: m.start()] + title[m.end() :]).strip()
    lead = _CASE_NUMBER_LEAD.match(title)
    if lead is not None and len(title) - lead.end() > 8:
        w.notes.append(lead.group(0).strip())
        title = title[lead.end() :]
    if title != w.title:
        w.title = title
        w.title_span = _narrowed(w.raw, title, w.title_span)


def _date_closing_designation(w: _Work) -> None:
    """A title that ends in a date's preposition (``… от``) never keeps it dangling: after a
    quoted name (``Послание … «Справедливое государство…» от 1 сентября 2022 года``) the
    name is the title, as an act's is; a genre word alone (``пост от …``) is none; any other
    designation takes its date back."""
    ts, ds, title = w.title_span, w.date_span, w.title
    if title is None or ts is None or ds is None or " " not in title:
        return
    if title.rsplit(" ", 1)[1] not in _labels()["genre_date_prepositions"]:
        return
    if w.raw[ts.end : ds.start].strip() or ds.start < ts.end:
        return
    head = title.rsplit(" ", 1)[0].rstrip()
    if " " not in head and head.islower():
        w.notes.append(title)  # "t.me/… — пост от 02.03.2024": a genre word, no title
        w.title = w.title_span = None
        return
    quoted = find_quoted(head)
    if quoted and quoted[-1].closed and quoted[-1].end == len(head) and quoted[-1].start > 0:
        # "Послание … народу Казахстана «Справедливое государство…» от <date>": the name
        w.notes.append(head[: quoted[-1].start].strip())
        w.title = _clean(head[quoted[-1].inner_start : quoted[-1].inner_end])
        w.title_span = _narrowed(w.raw, w.title, ts)
        return
    tail = _YEAR_WORD_AFTER.match(w.raw, ds.end)
    end = tail.end() if tail else ds.end
    w.title = _clean(w.raw[ts.start : end])
    w.title_span = Span(ts.start, end)


def _date_closing_phrase(w: _Work) -> None:
    """``Численность населения … на 1 января 2023 года``: a title never ends in a
    preposition, so the date after it is the title's own phrase, not when the item
    appeared; another date outside the title (a later one in brackets) may still be."""
    ts, ds, title = w.title_span, w.date_span, w.title
    if title is None or ts is None or ds is None or w.date is None or " " not in title:
        return
    if title.rsplit(" ", 1)[1] not in _labels()["title_date_prepositions"]:
        return
    if ds.start < ts.end or w.raw[ts.end : ds.start].strip():
        return
    tail = _YEAR_WORD_AFTER.match(w.raw, ds.end)
    end = tail.end() if tail else ds.end
    w.title = _clean(w.raw[ts.start : end])
    w.title_span = Span(ts.start, end)
    w.date = w.date_span = None
    others = [
        m
        for m in w.date_matches or ()
        if m.role == _dates.PUBLISHED and (m.span.start >= end or m.span.end <= ts.start)
    ]
    if others:
        w.set_date(others[0].date, others[0].span.start, others[0].span.end, 0.6)


_YEAR_WORD_AFTER = re.compile(  # an abbreviation's dot ends it: "2020 г.Астана"
    r"\s*(?:(?:года|году|року|жылғы|жылы|gada|roku|aasta|year)(?!\w)|(?:г|р|ж|m|r)\.)"
)


_JOURNAL_TAIL = re.compile(
    r",\s(?P<j>[^\W\d_][^,]{2,80}?),\s(?P<v>\d{1,4}):(?P<i>\d{1,4}),\s"
    r"(?P<p>\d{1,5}\s?[-–]\s?\d{1,5})(?:\s?,.*)?$"
)


@functools.cache
def _volume_tail_re() -> re.Pattern[str]:
    words = _alternation(_labels()["volume_words"], ignore_case=False)
    return re.compile(
        rf"(?:[,.]\s*|\s)(?:\d+(?:[,–-]\d+)*\s?-?\s?(?:{words})\.?(?:\s?\([^()]{{1,40}}\))?"
        rf"|(?:{words})\.?\s?\d+(?:-я)?)\.?$"
        r"|\s\((?:Volumes?|Vols?\.|Parts?|Тома?|Т\.)\s[^()]{1,20}\)$"
    )


def _volume_closing_title(w: _Work) -> None:
    """``Түрік сөздігі, 3-том``, ``Asarlar. 8-jild (Maqolalar)``, ``Лекциялары. Кн.2-я``,
    ``Collected Papers (Volumes I-VIII)``: the volume is no part of the title."""
    assert w.title is not None
    m = _volume_tail_re().search(w.title)
    if m is None or m.start() < 3:
        return
    cut = m.start()
    count = _VOLUME_COUNT_END.search(w.title, 0, cut)  # "Asarlar. Sakkiz jildlik. 8-jild"
    if count is not None and count.start() >= 3:
        cut = count.start()
    _cut_title(w, cut, cut)


_LAST_PAREN = re.compile(r"\s\(([^()]{3,80})\)$")
_VOLUME_COUNT_END = re.compile(
    r"\.\s+(?:[^\W\d_]+|\d+)\s?-?(?:томдық|jildlik|tomlik|томах|томов|томник)\s*$", re.I
)


def _journal_closing_title(w: _Work) -> None:
    """Taylor & Francis' citation export: ``Rottier, Peter (2003) Title, Central Asian
    Survey, 22:1, 67-81, DOI: …``; the journal, volume:issue and pages close the title."""
    assert w.title is not None
    m = _JOURNAL_TAIL.search(w.title)
    if m is None or m.start() < 10:
        return
    if w.outlet is None:
        at = w.raw.find(m.group("j"), w.title_span.start if w.title_span else 0)
        if at != -1:
            w.set_outlet(at, at + len(m.group("j")), 0.8)
    w.volume = w.volume or m.group("v")
    w.issue = w.issue or m.group("i")
    w.pages = w.pages or m.group("p")
    _cut_title(w, m.start(), m.start() + 1)
    w.kind = Kind.ARTICLE


def _adoption_in_title(w: _Work) -> None:
    """``Қазақстан Республикасының Конституциясы. 1995 жылғы 30 тамызда … қабылданған``:
    the adoption sentence after an act's name dates it but is no part of its title; nor
    is GOST's ``Концепция … : утверждена Указом …`` / ``Конституция … (новая редакция) :
    принята на референдуме``."""
    if w.legal:
        _title_tail_to_note(w, _adoption_sentence_re(), 10)
    if w.title is not None and " : " in w.title:
        _title_tail_to_note(w, _approval_tail_re(), 10)
    if w.title is not None and ". " in w.title:
        # "Концепция … до 2030 года. Утверждена постановлением Правительства РК от …"
        _title_tail_to_note(w, _approval_sentence_re(), 10)


@functools.cache
def _approval_sentence_re() -> re.Pattern[str]:
    words = _approval_words()
    return re.compile(rf"\.\s+(?:{words})\s.*$", re.I)


@functools.cache
def _approval_tail_re() -> re.Pattern[str]:
    words = _approval_words()
    notes = _alternation(data_json("legal.json")["edition_notes"])
    return re.compile(
        rf"\s(?:\((?:{notes})[^()]{{0,60}}\)\s)?:\s+"
        # "Еңбек кодексі : 2015 жылғы 23 қарашадағы № 414-V ҚРЗ": the act's own designation
        rf"(?:(?:{words})\b|от\s\d|\d{{4}}\sжылғы\s|№\s?\d).*$",
        re.I,
    )


_IMPRINT_TAIL = re.compile(
    r",\s((?:([^\W\d_][^,:;]{0,40}),\s)?([^\W\d_][^\W\d_ -]+(?:[ -][^\W\d_]+)?))\.?$"
)


_SITE_PAREN_TAIL = re.compile(r"\s\(((?:[^\W_][\w-]*\.)+[a-z]{2,6})(?:,\s[^()]{1,40})?\)$")
_SITE_TAIL = re.compile(r",\s+((?:[^\W_][\w-]*\.)+[a-z]{2,6})$")


_PLACE_COLON = re.compile(r"([^\W\d_][^\W\d_ -]+(?:[ -][^\W\d_]+)?)\s?:\s+(?=\S)")
_PLACE_TAIL = re.compile(r",\s+([^\W\d_][^\W\d_ -]+(?:[ -][^\W\d_]+)?)$")


def _body_closing_title(w: _Work) -> None:
    """``J. Stępień, Azja Centralna w polityce Chin, Instytut Europy Środkowej, …``: a body's
    name as the last comma part of a title is the item's outlet."""
    title, ts = w.title, w.title_span
    if title is None or ts is None or w.outlet is not None or ", " not in title:
        return
    head, _, body = title.rpartition(", ")
    words = body.split()
    if not 2 <= len(words) <= 6 or not body[:1].isupper() or len(head.split()) < 3:
        return
    if not _org_like(body):
        return
    at = w.raw.find(body, ts.start, ts.end)
    if at == -1:
        return
    w.name_outlet(body, at, at + len(body), 0.7)
    w.title = head
    w.title_span = _narrowed(w.raw, head, ts)


def _series_closing_outlet(w: _Work) -> None:
    """``PONARS Eurasia Policy Memo No. 581``: a report series and its number after the
    publisher's name go to the notes."""
    outlet = w.outlet
    if outlet is None or not _NUMBER_MARK_END.search(outlet):
        return
    for m in _report_words_re().finditer(outlet):
        if m.start() > 2 and _NUMBER_MARK_END.fullmatch(outlet, m.end()):
            at = w.outlet_span.start if w.outlet_span is not None else -1
            found = _SERIES_WITH_NUMBER.match(w.raw, at + m.start()) if at >= 0 else None
            if found is not None:  # the number after the outlet is the series' own
                w.notes.append(found.group(0).strip(" ."))
                w.consume(found.start(), found.end())
            else:
                w.notes.append(outlet[m.start() :])
            w.outlet = outlet[: m.start()].strip(_SPACE_PUNCT)
            if w.outlet_span is not None:
                w.outlet_span = _narrowed(w.raw, w.outlet, w.outlet_span)
            return


_NUMBER_MARK_END = re.compile(r"\s*(?:No|Nr|no|nr|№)\.?\s*\d*$")
_SERIES_WITH_NUMBER = re.compile(r"[^.;,]*?(?:No|Nr|no|nr|№)\.?\s*\d[\w/.-]*")


@functools.cache
def _site_designator_ends() -> tuple[str, ...]:
    return tuple(" " + word for word in _label_set("site_designators"))


def _body_of_site(text: str) -> str | None:
    """The body whose official site or page ``text`` names (``Түркістан облысы әкімдігінің
    ресми сайты`` → ``Түркістан облысы әкімдігі``), or None."""
    folded = text.casefold()
    if not folded.endswith(_site_designator_ends()):
        return None  # one test on the hot path of every outlet
    for word in _label_set("site_designators"):
        if folded.endswith(" " + word):
            name = text[: -len(word)].strip()
            last = name.rsplit(" ", 1)
            for end in _labels()["kk_genitive_endings"]:
                if last[-1].endswith(end) and len(last[-1]) > len(end) + 3:
                    return name[: -len(end)]  # "әкімдігінің" → "әкімдігі"
            return name
    return None


def _site_named_as_title(w: _Work) -> None:
    """``↑ Түркістан облысы әкімдігінің ресми сайты. Тексерілді, …``: a line that names only
    a body's official website cites the site: the body is the outlet, there is no title."""
    if w.outlet is not None and w.outlet_span is not None:
        body = _body_of_site(w.outlet)
        if body is not None:  # "Алматы қаласы әкімдігінің ресми Instagram парақшасы (@…)"
            w.notes.append(w.outlet)
            w.name_outlet(body, w.outlet_span.start, w.outlet_span.end, 0.7)
        return
    title, ts = w.title, w.title_span
    if title is None or ts is None:
        return
    name = _body_of_site(title)
    if name is not None:
        w.notes.append(title)
        w.name_outlet(name, ts.start, ts.end, 0.7)
        w.title = w.title_span = None
        w.confidence.pop("title", None)
        w.kind = Kind.WEBPAGE


def _place_closing_outlet(w: _Work) -> None:
    """``МНиО Кыргызской Республики, Бишкек, 2009``: a known place of publication after
    the publisher's name is the place, not part of the name; so is one before it with a
    colon (``Stuttgart: ibidem-Verlag``)."""
    outlet = w.outlet
    if outlet is None:
        return
    lead = _PLACE_COLON.match(outlet) if ": " in outlet else None
    if lead is not None and lead.group(1) in _places():
        w.place = w.place or lead.group(1)
        w.outlet = outlet = outlet[lead.end() :]
        if w.outlet_span is not None:
            w.outlet_span = _narrowed(w.raw, outlet, w.outlet_span)
    m = _PLACE_TAIL.search(outlet) if ", " in outlet else None
    if m is None or m.group(1) not in _places() or m.start() < 2:
        return
    w.place = w.place or m.group(1)
    w.outlet = outlet[: m.start()]
    if w.outlet_span is not None:
        w.outlet_span = _narrowed(w.raw, w.outlet, w.outlet_span)


def _site_closing_title(w: _Work) -> None:
    """``Kazachstan – Informacje o kraju, gov.pl``: a site's address closing a title after
    a comma is its outlet (Polish Wikipedia's web citations)."""
    title = w.title
    if title is None or w.title_span is None or "." not in title:
        return
    m = _SITE_TAIL.search(title) if w.outlet is None else None
    m = m or _SITE_PAREN_TAIL.search(title)  # "Title (newsgeorgia.ge, 01.05.2024)"
    if m is None or m.start() < 10:
        return
    at = w.raw.find(m.group(1), w.title_span.start, w.title_span.end)
    if at == -1:
        return
    if w.outlet is None:
        w.name_outlet(m.group(1), at, at + len(m.group(1)), 0.75)
    else:
        w.notes.append(m.group(0).strip(" ()"))
    w.title = title[: m.start()]
    w.title_span = _narrowed(w.raw, w.title, w.title_span)


_PLACE_YEAR_TAIL = re.compile(
    rf"\.\s+([^\W\d_][^\W\d_ -]+(?:[ -][^\W\d_]+)?)\s+{_YEAR}(?:\s*\((?:=\s*)?([^()]+)\))?\.?$"
)


def _place_year_in_title(w: _Work) -> None:
    """``Zentralasien im Wandel. Berlin 2023 (= Schriften zur Demokratie, Bd. 71)``: the
    German imprint, a place and a year (and a series in brackets), closing a title."""
    title = w.title
    m = _PLACE_YEAR_TAIL.search(title) if title is not None and ". " in title else None
    if m is None or title is None or m.group(1) not in _places() or m.start() < 5:
        return
    w.place = w.place or m.group(1)
    if m.group(2):
        w.notes.append(m.group(2).strip())
    w.title = title[: m.start()]
    w.title_span = _narrowed(w.raw, w.title, w.title_span)


def _imprint_in_title(w: _Work) -> None:
    """``PwC Eurasia (2021) Tax Guide: Uzbekistan 2021, PwC, Tashkent.``: a publisher and
    a known place of publication (or the place alone) closing a title are its imprint."""
    title = w.title
    if title is None or w.legal or ", " not in title:
        return
    m = _IMPRINT_TAIL.search(title)
    if m is None or m.group(3) not in _places() or m.start() < 10:
        return
    pub = m.group(2)
    if pub is not None and (len(pub.split()) > 4 or not pub[:1].isupper()):
        return
    w.place = m.group(3)
    if pub is not None and w.outlet is None and w.title_span is not None:
        p0 = w.raw.find(pub, w.title_span.start + m.start(2))
        if p0 != -1:
            w.name_outlet(pub, p0, p0 + len(pub), 0.7)
    else:
        w.notes.append(m.group(1))
    w.title = title[: m.start()]
    w.title_span = _narrowed(w.raw, w.title, w.title_span)


def _edition_in_title(w: _Work) -> None:
    """What closes a title without being part of it: a language mark (``(inglise keeles)``),
    an edition statement (``Rev. edn.``, ``5., täiend. vlj``), an issue (``, 2/2023``), a
    genre (``: statistikalyq jinaq``), a translator (``…, traduit par J.-C. Ray``) or a count
    of volumes (``Tarikh zerdesi [Memory of history]. 2 vols``, after which a translation in
    square brackets may close the title)."""
    if w.title is not None and w.title.endswith(")"):
        mark = _OUTLET_ALIAS.search(w.title)  # "Title (inglise keeles)": the language
        if mark is not None and mark.start() > 3 and _is_language_mark(mark.group(1)):
            w.notes.append(mark.group(1))
            w.title = w.title[: mark.start()].rstrip()
            w.title_span = _narrowed(w.raw, w.title, w.title_span)
    paren = (
        _TITLE_PAREN_END.search(w.title) if w.title is not None and w.title[-1:] == ")" else None
    )
    if paren is not None and w.title is not None and paren.start() > 3:
        inside = paren.group(1)
        gazette = _gazette_re().match(inside)
        if (len(inside.split()) <= 4 and _report_words_re().search(inside)) or gazette:
            # "Sanktsioonide vältimine … (RKK raport)", "… teadaanne (RT II, 21.07.2015, 1)"
            if gazette is not None and w.outlet is None:
                at = w.raw.find(gazette.group(0), w.title_span.start if w.title_span else 0)
                if at >= 0:  # the raw text may differ (spacing); then no span to claim
                    w.name_outlet(gazette.group(0).strip(), at, at + len(gazette.group(0)), 0.7)
            w.notes.append(inside)
            w.title = w.title[: paren.start()].rstrip()
            w.title_span = _narrowed(w.raw, w.title, w.title_span)
    lead = _ROLE_LEAD.match(w.title) if w.title is not None and w.title[:1] == "(" else None
    if lead is not None and w.title is not None:
        w.notes.append(lead.group(1))  # "Mambetova A.T. (comp.) Turkistan …": her role
        w.title = w.title[lead.end() :]
        w.title_span = _narrowed(w.raw, w.title, w.title_span)
    if w.title_span is not None:
        _title_tail_to_note(w, _title_edition_re(), 3)
        _title_tail_to_note(w, _NUMBERED_EDITION, 3)  # "…. 5., täiend. vlj", ". 2-е изд., доп"
        _title_tail_to_note(w, _PAREN_EDITION, 3)  # "Izbrannyye trudy (2-ye izd.)"
        _title_tail_to_note(w, _IN_BOOK_TAIL, 5)  # "Bacitracin Topical. In: StatPearls"
        _title_tail_to_note(w, _ISSUE_TAIL, 10)  # "Finantsstabiilsuse ülevaade, 2/2023"
        _title_tail_to_note(w, _PINPOINT_TAIL, 10)  # "Seletuskiri … juurde, lk 7"
        _title_tail_to_note(w, _FILE_TAIL, 10)  # "… tegevuskava 2022–2025 (PDF, 312 KB)"
        _title_tail_to_note(w, _REPORT_NUMBER_TAIL, 10)  # "…, Asia Report N°222"
        # "Qazaqstan sandarda: statistikalyq jinaq", "…. Maģistra darbs"
        _title_tail_to_note(w, _form_tail_re(), 10)
        if w.title is not None:
            before = w.title
            _title_tail_to_note(w, _VOLUMES_TAIL, 3)
            tr = _TRANSLATION_TAIL.search(w.title) if w.title != before else None
            if tr is not None and w.translated_title is None:
                w.translated_title = tr.group(1).strip()
                w.title = w.title[: tr.start()].rstrip()
                w.title_span = _narrowed(w.raw, w.title, w.title_span)
        if w.title is not None and "," in w.title:
            _title_tail_to_note(w, _TRANSLATOR_TAIL, 10)


_TITLE_PAREN_END = re.compile(r"\s\(([^()]{2,60})\)$")
_ROLE_LEAD = re.compile(
    r"\((eds?\.?|comps?\.?|сост\.?|ред\.?|құраст\.?|toim\.?|koost\.?|Hrsg\.?|red\.?)\),?\s+"
    r"(?:(?:19|20)\d\d[a-z]?\.\s+)?",  # "Lõokene, M. (koost) 2019. Title": the year read apart
    re.I,
)
_PINPOINT_TAIL = re.compile(  # "S", "с", "б" need their dot: ", с 1991" is no page
    r",\s(?:(?:lk|lpp|pp|p|стр|str)\.?|(?:S|С|с|б|Б)\.)\s?\d{1,4}(?:\s?[–-]\s?\d{1,4})?$"
)
_REPORT_NUMBER_TAIL = re.compile(
    r",\s(?:[A-Z][\w-]*\s){0,3}(?:Report|Briefing|Paper|Brief)\s(?:N°|No\.?|Nr\.?|№)\s?\d+$"
)
_FILE_TAIL = re.compile(
    r"\s[(\[](?:PDF|DOCX?|XLSX?|PPTX?|RTF|ODT)(?:,?\s*[\d.,]+\s*(?:[KMG]i?B|[КМ]Б|kB))?[)\]]$", re.I
)
_ISSUE_TAIL = re.compile(rf",\s\d{{1,2}}/{_YEAR}$|\s\(\d{{4}}\s?m\.\s[^()]{{2,20}}\)$")


@functools.cache
def _form_tail_re() -> re.Pattern[str]:
    """A genre statement closing a title (``: statistikalyq jinaq``, ``. Maģistra darbs``,
    ``: filosofia doktory (PhD) … dissertasia``)."""
    words = _alternation(_labels()["title_genre_tails"])
    return re.compile(rf"[.:]\s+(?:[^.:]{{0,160}}\s)?(?:{words})\.?$", re.I)


_NUMBERED_EDITION = re.compile(
    r"[.,]\s+\d{1,2}(?:\.|-е|-ое|st|nd|rd|th)?,?\s+(?:[^\W\d_]{2,12}\.,?\s+){0,2}"
    r"(?:vlj|väljaanne|trükk|trk|Aufl|Auflage|изд|издание|ed|edn|edition|wyd|басылым|бас)\.?"
    r"(?:,\s*(?:[^\W\d_]{1,12}\.?\s?){1,4})?$",
    re.I,
)
_IN_BOOK_TAIL = re.compile(r"\.\s+(?:In:|В кн\.:?|Dans)\s+[^.:]{2,120}$")
_PAREN_EDITION = re.compile(
    r"\s\(\d{1,2}(?:-?(?:е|ое|ye|oe|e)|st|nd|rd|th|\.)?\s?"
    r"(?:изд|izd|ed|edn|edition|Aufl|Auflage|vlj|väljaanne|wyd|басылым)\.?(?:,\s?[^()]{1,30})?\)$",
    re.I,
)
_VOLUMES_TAIL = re.compile(
    r"[.,]\s+(?:\d+|[^\W\d_]+)\s?(?:vols?|томдық|томах|томов|Bde|köidet)\.?$"
    r"|(?<=\s):\s+[Вв]\s\d+(?:-х)?\s(?:т|томах)\.?$",  # "Постсоветский авторитаризм : в 2 т"
    re.I,
)
_TRANSLATION_TAIL = re.compile(r"\s\[([^\[\]]{2,300})\]$")
_TRANSLATOR_TAIL = re.compile(
    r",\s+(?:traduit (?:par|de)|trad\.|translated by|trans\.|übersetzt von|пер\.)\s[^,]{2,60}$",
    re.I,
)


def _byline_in_title(w: _Work) -> None:
    """``Title, by Temur Umarov, Carnegie Politika, 21 June 2023``: the byline is no title."""
    if w.authors or w.title_span is None or w.title is None:
        return
    ts, te = w.title_span.start, w.title_span.end
    lead = _lead_byline_re().match(w.raw, ts, te)
    if lead is not None:
        # "Outlet, <date>, von Katrin Müller: Title": a byline opens the title's span
        persons = _parse_names(lead.group(1), strict=False)
        if persons and not _org_like(lead.group(1)) and not _is_organisation(lead.group(1)):
            w.set_authors(persons, lead.start(1), lead.end(1), 0.75)
            w.title = _clean(w.raw[lead.end() : te])
            w.title_span = Span(lead.end(), te)
        return
    if _paren_byline(w, ts, te):
        return
    lead = _LEAD_FAMILY_GIVEN.match(w.raw, ts, te)
    if lead is not None and lead.end() < te - 10:
        # "Horisont, 3. juuni 2021, Oidermaa, Jaan-Juhan, „Title“": 'Family, Given' opens it
        persons = _parse_names(lead.group(1))
        if persons is not None and len(persons) == 1 and not _is_organisation(lead.group(1)):
            w.set_authors(persons, lead.start(1), lead.end(1), 0.75)
            w.title = _clean(w.raw[lead.end() : te])
            w.title_span = Span(lead.end(), te)
            return
    m = _TITLE_BYLINE.search(w.raw, ts, te)
    if m is None or m.start() < ts + 10:
        return
    who = m.group(1)
    persons = _parse_names(who, strict=False)
    if not persons or _org_like(who) or _is_organisation(who):
        return
    w.set_authors(persons, m.start(1), m.end(1), 0.75)
    w.title = _clean(w.raw[ts : m.start()])
    w.title_span = Span(ts, m.start())


def _paren_byline(w: _Work, ts: int, te: int) -> bool:
    """``Outlet: Title (Маргарита Алиева, 26.09.2022)``: a closing bracket holding a
    person's name and the item's date is the byline, no part of the title."""
    if w.date_span is None or not ts < w.date_span.start:
        return False
    inside = w.date_span.end <= te
    # "Outlet: «Title» (Алесь Пілецкі, <date>)": the bracket may also follow the title
    m = _PAREN_BYLINE.search(w.raw, ts, te if inside else len(w.raw))
    if m is None or m.start() < ts + 10:
        return False
    if not inside and w.raw[te : m.start()].strip(" " + QUOTE_CHARS):
        return False
    ds, de = w.date_span.start, w.date_span.end
    if not (m.start(2) <= ds and de <= m.end(2)) or w.raw[m.start(2) : ds].strip():
        return False
    who = m.group(1).strip()
    if who == w.outlet or _gazette_re().search(who):
        return False  # "„Title“ (Võrumaa Teataja, <date>)": the outlet's bracket
    persons = _persons_named(who, retry=True)  # the bracket's shape says "a person"
    if not persons:
        return False
    w.set_authors(persons, m.start(1), m.end(1), 0.75)
    if inside:
        w.title = _clean(w.raw[ts : m.start()])
        w.title_span = Span(ts, m.start())
    return True


_LEAD_FAMILY_GIVEN = re.compile(r"\s*([^\W\d_][\w'’‘-]+,\s[^\W\d_][\w'’‘-]+)[.,:]\s+(?=\S)")
_PAREN_BYLINE = re.compile(r"\s\(([^\W\d_][^()\d,;:]{2,60}?),\s*([^()]{4,40}?)\s*\)[\s.]*$")


def _without(raw: str, ts: int, te: int, ds: int, de: int) -> str:
    """``raw[ts:te]`` without ``raw[ds:de]``, blanks collapsed."""
    return " ".join((raw[ts:ds] + " " + raw[de:te]).split())


def _year_back_in_title(w: _Work, ts: int, te: int) -> None:
    """``Global Education Monitoring Report 2023: Technology … Paris: UNESCO, 2023``: a date
    read inside the title, when the item's date is another one, goes back into the title."""
    ds = w.date_span
    for m in w.date_matches or ():
        a, b = m.span.start, m.span.end
        if not ts < a < b < te or (ds is not None and (a, b) == (ds.start, ds.end)):
            continue
        if w.raw[a:b] in (w.title or "") or ds is None or ts <= ds.start < te:
            continue
        if _without(w.raw, ts, te, a, b) == " ".join((w.title or "").split()):
            w.title = _clean(w.raw[ts:te])
            return


def _date_outside_title(w: _Work) -> None:
    """A date inside the title is the title's; another date on the line is the item's.

    ``ОБСЕ/БДИПЧ. … выборы 20 ноября 2022 года: Заключительный отчет. – Варшава, 2023.``
    An act's own date stays: the designation is its title and its date.
    """
    if w.legal or w.date_span is None or w.title_span is None or not w.date_matches:
        return
    ts, te = w.title_span.start, w.title_span.end
    ds, de = w.date_span.start, w.date_span.end
    _year_back_in_title(w, ts, te)
    if not w.raw[te:ds].strip() and w.raw[de:].lstrip().startswith(("//", "[Электрон")):
        # "Итоги выборов … 19 марта 2023 года // ЦИК РК. – 2023. – 27 марта": the date
        # closing a GOST title is the title's when the record area gives one of its own
        later = [m for m in w.date_matches if m.role == "published" and m.span.start > de]
        if later:
            te = de
            w.title_span = Span(ts, te)
            w.title = _clean(w.raw[ts:te])
    if not (ts < ds and de <= te):
        return
    cut = w.raw[ds:de] not in (w.title or "") and _without(w.raw, ts, te, ds, de) == " ".join(
        (w.title or "").split()
    )
    if w.raw[ds:de] not in (w.title or "") and not cut:
        return
    others = [
        _with_season(w, _with_day_month(w, m))
        for m in w.date_matches
        if m.role == "published" and (m.span.end <= ts or m.span.start >= te)
    ]
    pick = _pick_date(others, w.raw)
    if pick is not None:
        w.date = pick.date
        w.date_span = pick.span
        if cut:
            w.title = _clean(w.raw[ts:te])


@functools.cache
def _pointer_re() -> re.Pattern[str]:
    pointers = _alternation(_labels()["outlet_pointers"])
    return re.compile(
        rf"\s*+([^\W\d_][^\W\d]*(?:\s[^\W\d_][^\W\d]*){{0,2}}?)"
        rf"(?:\s*[—–]\s*(?:(?P<dashed>{pointers})\s+)?|\s+(?P<to>{pointers})\s+)(?=[«„“\"])",
        re.I,
    )


def _read_pointed_outlet(w: _Work) -> None:
    """``Подробнее — «Outlet»: «Title»`` / ``Подробнее читайте в материале «Курсива»: «Title»``:
    a read-more label pointing at an outlet (named in any case) before the title."""
    if "«" not in w.text and "“" not in w.text and '"' not in w.text and "„" not in w.text:
        return
    m = _pointer_re().match(w.text)
    if m is None or not header_of(m.group(1)):
        return
    if m.group("to") is None and m.group("dashed") is None:
        w.consume(0, m.end())  # the dash: the press-review reader reads «Outlet»: «Title»
        return
    quoted = find_quoted(w.text[m.end() :])
    if not quoted or not quoted[0].closed or quoted[0].start:
        return
    q = quoted[0]
    # "Детальніше – у матеріалі «Економічної правди» «Title»": the colon may be left out
    colon = re.match(r"\s*:\s*|\s+(?=[«„“\"])", w.text[m.end() + q.end :])
    if colon is None:
        return
    name = w.text[m.end() + q.inner_start : m.end() + q.inner_end]
    after = w.text[m.end() + q.end + colon.end() :].lstrip()
    known = _known_outlet(name) or _nominative_outlet(name) is not None
    if not known and (len(name.split()) > 3 or after[:1] not in '«„“"'):
        return  # "Читайте также в статье «Как выбрать ипотеку»: советы …": a title
    w.set_outlet(m.end() + q.inner_start, m.end() + q.inner_end, 0.8)
    w.outlet = _nominative_outlet(name) or w.outlet
    w.consume(0, m.end() + q.end + colon.end())


_REVIEW_NOTE = re.compile(
    r"\[(?:Review|Рецензия|Rezension) (?:of|на|von)\s[^\[\]]{3,300}\]"
    r"|(?<=[.”\"»]\s)(?:Review of|Рецензия на)\s[^.]{3,250}?,\s(?:by|edited by|под ред\.)"
    r"\s[A-ZА-ЯЁ][^.]{1,80}?\.(?=\s)"
)


def _read_review_note(w: _Work) -> None:
    """``[Review of the book …, by …]`` / ``“Title.” Review of Book, by Author. Journal``: a
    book review names the book it reviews, which is no title, author or outlet of its own."""
    m = _REVIEW_NOTE.search(w.text)
    if m is not None:
        w.notes.append(m.group(0).strip("[]. "))
        w.consume(m.start(), m.end())
        w.kind = w.kind or Kind.ARTICLE
        journal = _REVIEW_JOURNAL.match(w.text, m.end())
        if journal is not None and not find_quoted(w.text[: m.start()]):
            # MLA "Abenova, Gulnara. Review of …, by …. Slavic Review, vol. 77": no title
            w.set_outlet(journal.start(1), journal.end(1), 0.8)


_REVIEW_JOURNAL = re.compile(r"\s*+([^\W\d_][^,.]{2,100}?),\s*(?=vol\.|no\.|т\.|№|\d)")


def _read_attributed_summary(w: _Work) -> bool:
    """A press review's paragraph: ``… nepasitraukė, rašo „Lietuvos rytas“.`` / ``…,
    пишет «Коммерсантъ».`` The sentences retell the paper's story (no title of its own);
    the paper named at the end is the outlet."""
    m = attributed_summary_re().search(w.text, max(0, len(w.text.rstrip()) - 200))
    if m is None or len(w.text[: m.start()].split()) < 8 or "http" in w.text:
        return False
    name = 1 if m.group(1) is not None else 2
    w.set_outlet(m.start(name), m.end(name), 0.8)
    w.notes.append(w.text[: m.start()].strip())
    w.kind = Kind.ARTICLE
    w.consume(0, len(w.text))
    return True


def _parse_into(w: _Work) -> None:
    _strip_markup(w)
    if _may_have(w, "translator_sentences"):
        _translator_note(w)
    _read_pointed_outlet(w)
    if "eview of" in w.text or "ецензия на" in w.text or "ezension von" in w.text:
        _read_review_note(w)
    if _read_bibtex_line(w) or _read_ris(w) or _read_code_record(w):
        return
    if "\n" in w.raw and ":" in w.raw and _read_field_lines(w):
        return
    if _may_have(w, "attribution_after") and _read_attributed_summary(w):
        return
    _read_multiline(w)
    _read_markdown_link(w)
    _read_html_anchor(w)
    _read_urls(w)
    if "</h" in w.raw or "</H" in w.raw:
        _read_html_heading(w)
    if "оступ" in w.text:
        _read_access_from(w)
    _read_dateline(w)  # "Сегодня, 09:15 — Title"; after a date, again once dates are read
    colon = w.text.find(": ", 0, 90)
    if colon != -1 and w.title is None and w.text[colon + 2 : colon + 3] in '«„“"':
        _speaker_headline(w)
    _read_colon_byline(w)
    if w.source_label and not _has_title_quote(w.text):
        _read_dates(w, [])
        if not _read_genre_body(w):
            _read_source_outlets(w)
        return
    if _read_note_form(w) or _read_short_note(w) or _read_bib_book(w) or _read_acm(w):
        return
    _read_side_dates(w)
    if _read_wiki_cite(w):
        return
    if _may_have(w, "legal"):
        w.legal_match = (w.text, _legal_search(w.text))
    act = w.legal_match[1] if w.legal_match is not None else None
    legal = (
        act is not None
        and not _act_word_in_body(w.text, act)
        and not _approving_act(w.text, act)
        and _act_evidence(w, w.text, act)
    ) or (_may_have(w, "gazettes") and _gazette_re().search(w.text) is not None)
    if legal and (lead := _name_lead_re().match(w.text)) is not None:
        # "Тоқаев Қ.К. Әділетті Қазақстан: заң мен тәртіп // Егемен Қазақстан": a person's
        # work in a gazette-newspaper, not an act
        legal = not _parse_names(lead.group(0).strip(" ,;")) or (
            # "Приказ КГД МФ РК от …": the act word, then its issuer's initials
            act is not None and not w.text[lead.start() : act.start()].strip()
        )
    w.legal = legal
    if not legal and _read_author_date(w):
        _read_dates(w, [])
        return
    quoted = find_quoted(w.text)
    _read_dates(w, quoted, first=legal)
    _section_before_date(w)
    _read_dateline(w)
    if _read_archive(w) or _read_legal(w) or _read_dated_number(w):
        return
    if _read_gost(w):
        return
    if _read_gazette(w) or _read_prefixed_outlet(w):
        return
    if _read_isbd(w):
        return
    if w.outlet is None and w.date is not None and _read_end_imprint(w):
        _read_plain(w)  # the authors and the title before the imprint
        return
    _read_inline_byline(w)
    if (
        _read_genre_body(w)
        or _read_press_review_headline(w)
        or _read_outlet_dated(w)
        or _read_outlet_headline(w)
    ):
        return
    quoted = [
        q
        for q in find_quoted(w.text)
        if w.text[q.inner_start : q.inner_end].strip() and not _imprint_quote(w.raw, q)
    ]
    if quoted and (_read_press_review(w, quoted) or _read_quoted(w, quoted)):
        return
    if w.title is not None:
        rest = w.rest()
        if rest and w.outlet is None and not w.authors and "," in rest:
            _person_before_outlet(w, rest)  # "[Title](url) — James Cartwright, RUSI, <date>"
            rest = w.rest()
        after = _OUTLET_AFTER_LINK.match(w.text, w.url_span.end) if w.url_span else None
        if rest and w.outlet is None and after is not None and w.title_span is not None:
            # "[Title](https://smallwarsjournal.com/…), Small Wars Journal. Tier B. (…)": the
            # publication named after the link, before the list's own remarks
            name = after.group(1).strip()
            if _known_outlet(name) or _looks_like_outlet(name) or _names_site(name, w.url or ""):
                w.set_outlet(after.start(1), after.start(1) + len(name), 0.7)
                rest = w.rest()
        if rest and w.outlet is None and _looks_like_outlet(rest):
            s = w.text.find(rest)
            if s != -1:
                w.set_outlet(s, s + len(rest), 0.6)
        return
    if _read_link_label(w) or _read_outlet_and_date(w) or _read_comma_imprint(w):
        return
    _read_plain(w)


_OUTLET_AFTER_LINK = re.compile(
    r"[\s)]*,\s+([A-ZА-ЯЁ](?:[^,.;()\d]|\.(?=\S)|(?<=\b[A-Z])\.(?=\s)){2,60})"
    r"\s*(?:\.(?=\s|$)|[;,(]|$)"
)


@functools.cache
def _dateline_re() -> re.Pattern[str]:
    days = _alternation(_labels()["relative_days"])
    return re.compile(
        rf"[\s,|·•—–-]*+(?:(?:{days})[\s,]*+)?[0-2]?\d:[0-5]\d(?![\d:])[\s,|·•—–-]*+"
        r"(?=[^\W\d_]|[«„“\"'‘])",
        re.I,
    )


def _read_dateline(w: _Work) -> None:
    """A news list's dateline before the headline: ``03.03.2024 | 12:45 Title`` (the date
    already read), ``Сегодня, 09:15 — Title``, ``Бүгін, 11:40 · Title``: the time and a day
    word the line cannot resolve go to the notes."""
    if ":" not in w.text:
        return
    m = _dateline_re().match(w.text)
    if m is None:
        return
    w.notes.append(w.text[: m.end()].strip(" ,|·•—–-"))
    w.consume(0, m.end())


_COLON_BYLINE = re.compile(  # (what follows may be a link read by now, then its date)
    r"\s*([^\W\d_][^:\n()]{3,80}?):\s+(?=[^\W\d_]|[«„“\"'‘]|[\s,]*(?:\d|$))"
)


_ACCESS_FROM = re.compile(
    r"[.,]?\s*(?:Доступ из|Режим доступа:?)\s+(?:СПС|ИПС|ИС|справ(?:\.|очно)[\s-]*правовой "
    r"системы|информационно-правовой системы)\s*[«\"„]([^»\"“]{2,40})[»\"“]\.?"
)


def _read_access_from(w: _Work) -> None:
    """``Определение … № 1098-О. Доступ из СПС «КонсультантПлюс».``: the legal database the
    text was read in is the outlet."""
    m = _ACCESS_FROM.search(w.text)
    if m is None or w.outlet is not None:
        return
    w.set_outlet(m.start(1), m.end(1), 0.85)
    w.consume(m.start(), m.end())


def _speaker_headline(w: _Work) -> None:
    """``Тимур Сапарбаев: «Мы продаём зерно по ценам 2019 года»`` / ``Арал балықшылары:
    «Су азайса, …»``: a news headline that quotes its speaker — a person, or a group named
    by common nouns — is one title; with nothing after the quote but a date, the speaker is
    neither the author nor the outlet (``Moritz Kraus: „Title“. Frankfurter Rundschau …``
    names its author: an outlet follows the quote)."""
    m = _COLON_BYLINE.match(w.text)
    if m is None:
        return
    who = m.group(1).strip()
    quoted = find_quoted(w.text[m.end() :])
    if len(quoted) != 1 or quoted[0].start != 0 or not quoted[0].closed:
        return
    q_end = m.end() + quoted[0].end
    rest = w.text[q_end:]
    for d in _dates.find_dates(rest):
        rest = rest[: d.span.start] + " " * (d.span.end - d.span.start) + rest[d.span.end :]
    if re.sub(r"\b\d{1,2}:\d\d\b", " ", rest).strip(_SPACE_PUNCT):
        return
    words = who.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() or ch in ",.;|/" for ch in who):
        return
    if _known_outlet(who) or _is_organisation(who):
        return
    if any(x.casefold() in _label_set("outlet_designators") for x in words):
        return
    speaker = _persons_named(who) is not None or (
        words[0][:1].isupper() and any(x[:1].islower() for x in words[1:])
    )
    if not speaker or _ON_PLATFORM.search(who):
        return
    w.set_title(m.start(1), q_end, 0.75)
    w.consume(m.start(1), q_end)


def _read_colon_byline(w: _Work) -> None:
    """``Jana Richter: Title, in: Journal …``: persons named given name first before a
    colon open the line (the German citation order)."""
    if w.authors or ":" not in w.text[:100]:
        return
    m = _COLON_BYLINE.match(w.text)
    if m is None:
        return
    if w.text[m.end() :].lstrip()[:1].islower():
        return  # "Абай Құнанбайұлы: өмірі мен шығармашылығы": the title's subject
    who = m.group(1).strip()
    on = _ON_PLATFORM.search(who)  # "Мария Захарова в Telegram: «…»": a person's post
    if on is not None and on.group(1) in _label_set("platforms", fold=False):
        who = who[: on.start()]
    words = who.split()
    if not 2 <= len(words) <= 9 or any(
        not x[:1].isupper() for x in words if x.casefold() not in _label_set("conjunctions")
    ):
        return
    persons = _persons_named(who, retry=False)
    if persons is None and w.title is not None and w.url is not None:
        # "*Urmas Klaas: [http://… "Title"] Postimees, …": before a link that gave the title
        # a capitalised name names its author, whatever lists know its first word
        persons = _byline_persons(who)
    if persons is None or not all(p.given and "." not in p.given for p in persons):
        return
    w.set_authors(persons, m.start(1), m.start(1) + len(who), 0.8)
    if on is not None and on.group(1) in _label_set("platforms", fold=False):
        p0 = m.start(1) + on.start(1)
        w.set_outlet(p0, p0 + len(on.group(1)), 0.8)
        w.kind = Kind.OTHER
    w.consume(m.start(1), m.end())


_ON_PLATFORM = re.compile(r"\s(?:в|у|in|on|на)\s+(\S+)$")


def _person_before_outlet(w: _Work, rest: str) -> None:
    """What is left after a title is ``Given Family, Outlet``: the first part is the author."""
    head = rest.split(",", 1)[0].strip(_SPACE_PUNCT)
    who = _persons_named(head) if len(head.split()) in (2, 3) else None
    h = w.text.find(head) if who else -1
    if who and h != -1:
        w.set_authors(who, h, h + len(head), 0.7)


_OUTLET_LEAD = re.compile(
    r"\s*([«„“\"]?[^\s:«»„“\"—–·•][^:«»„“\"—–·•]{0,40}?[»“”\"]?)\s*(?P<sep>:\s|\s[—–/|·•]\s)"
)


@functools.cache
def _label_on_re() -> re.Pattern[str]:
    words = _alternation(_label_set("site_prepositions"))
    return re.compile(
        rf"\s*((?:[^\W\d_]+\s){{1,3}}?)(?i:{words})\s+([^\s:][^:]{{1,38}}?)\s*:\s+(?=\S)"
    )


_CARD_SEP = re.compile(r"\s[|/—–·•]\s|:\s|\.\s")


def _read_label_outlet(w: _Work) -> bool:
    """``Also on Eurasianet: Title`` / ``Читайте также на CABAR.asia: Title``: the label
    names the outlet of the headline that follows it."""
    if w.tokens.isdisjoint(_label_set("site_prepositions")) or ":" not in w.text:
        return False
    m = _label_on_re().match(w.text)
    if m is None:
        return False
    lead = m.group(1).strip()
    if not (header_of(lead) or lead.casefold() in _label_set("read_more_leads")):
        return False
    name = m.group(2).strip()
    if not (_known_outlet(name) or _looks_like_outlet(name)):
        return False
    w.set_outlet(m.start(2), m.start(2) + len(name), 0.8)
    w.consume(0, m.end())
    q = find_quoted(w.text)
    if q and q[0].closed and not w.text[: q[0].start].strip(_SPACE_PUNCT):
        w.set_title(q[0].inner_start, q[0].inner_end, 0.85)
        w.consume(q[0].start, q[0].end)
        return True
    _title_from(w, m.end(), len(w.text))
    return True


# "«Я не хочу возвращаться»: как живут в Алматы …": a quote and a lower-case subtitle are
# one headline
_SUBTITLE_AFTER = re.compile(r":\s+[a-zа-яёәғқңөұүһіїєґ]")


def _card_person(w: _Work, start: int) -> None:
    """``Vlast.kz | Айгерим Тлеужанова | <date> | Title``: a person segment after the outlet."""
    if w.authors:
        return
    lead = len(w.text) - len(w.text[start:].lstrip(_SPACE_PUNCT)) - start
    p0 = start + lead
    sep = _CARD_SEP.search(w.text, p0)
    if sep is None:
        return
    seg = w.text[p0 : sep.start()]
    if not 2 <= len(seg.split()) <= 3 or _known_outlet(seg):
        return
    persons = _persons_named(seg)
    if persons:
        w.set_authors(persons, p0, sep.start(), 0.8)


_ISSUE_AFTER_NAME = re.compile(r",\s*(?:№|[Nn]r\.?|[Nn]o\.|[Nn][°º]|[Vv]ol\.)\s?\d")


def _camel_word(name: str) -> bool:
    """``EADaily``, ``KazTAG``: one word with capitals inside it and lower-case letters;
    not a surname whose prefix takes a capital (``McFaul``, ``DeLong``)."""
    folded = name.casefold()
    return (
        name.isalpha()
        and name[0].isupper()
        and sum(ch.isupper() for ch in name[1:]) >= 1
        and sum(ch.islower() for ch in name) >= 2
        and not any(
            folded.startswith(p) and name[len(p) : len(p) + 1].isupper()
            for p in _surname_prefixes()
        )
    )


@functools.cache
def _surname_prefixes() -> tuple[str, ...]:
    data = data_json("name_words.json")
    words = [*data["surname_prefixes"], *data["particles"]]
    return tuple(x.casefold() for x in words if x.isalpha())


_HEADLINE_TAIL_SEP = re.compile(r"\s[—–|-]\s")


def _acronym_source(w: _Work, name: str, end: int) -> bool:
    """``НГС: Title of four words or more``: initials in capitals before a colon name the
    outlet, unless they are a label (``ВИДЕО``, ``UPDATE``) or a country (``США``)."""
    return (
        2 <= len(name) <= 5
        and name.isalpha()
        and name.isupper()
        and len(w.text[end:].split()) >= 4
        and not w.text[end:].lstrip()[:1].isdigit()
        and _media_label_re().fullmatch(name) is None
        and name.casefold() not in _label_set("media_labels")
        and header_of(name) is None
        and not _subject_word(name)
    )


def _subject_word(name: str) -> bool:
    """A country, a section or a genre (``Kazakhstan``, ``США``, ``Analysis``): the
    subject or kind of a headline before its colon, never its outlet."""
    folded = name.casefold()
    return (
        folded in _country_names()
        or folded in _label_set("country_abbreviations")
        or folded in _label_set("section_words")
        or folded in _label_set("genre_words")
    )


@functools.cache
def _country_names(*, regions: bool = True) -> frozenset[str]:
    """Country (and, with ``regions``, region: ``World``, ``Dunyo``) names from CLDR,
    through Babel, in the languages the parser reads, case-folded: ``Kazakhstan: …`` opens
    a title, not an outlet."""
    from babel import Locale

    names: set[str] = set()
    for code in ("en", "ru", "kk", "uk", "et", "lv", "lt", "de", "fr", "tr", "uz", "ky", "pl"):
        territories = Locale.parse(code).territories.items()
        names.update(x.casefold() for k, x in territories if regions or k.isalpha())
    return frozenset(names)


def _person_then_date(w: _Work, text: str, end: int, sep: str) -> bool:
    """``Новинарня | Олена Губар | 08.12.2023 | Title``: a person's segment and the
    item's date (masked by now) between separators mark the first segment as the outlet."""
    if sep not in "|·•" or w.date_span is None or w.date_span.start < end:
        return False
    parts = text[end:].split(sep)
    return (
        len(parts) >= 3
        and 2 <= len(parts[0].split()) <= 3
        and not parts[1].strip()
        and _persons_named(parts[0].strip()) is not None
    )


def _dated_headline_source(w: _Work, name: str, end: int) -> bool:
    """``Emerging Europe: Title (12.10.2022)`` / ``Астана ақшамы: Title, 3 маусым 2022``:
    an unknown short name before a colon is the outlet of a headline that the item's full
    date closes — unless it is a place, a genre or section word, or a person."""
    ds = w.date_span
    words = name.split()
    if (
        ds is None
        or w.date is None
        or w.date.day is None
        or ds.start < end
        or w.raw[ds.end :].strip(_SPACE_PUNCT + ")")
        or not 1 <= len(words) <= 3
        or (len(words) == 1 and not (name.isupper() or "." in name or "-" in name))  # "McFaul:"
        or not words[0][:1].isalpha()
        or words[0][:1].islower()
        or len(w.raw[end : ds.start].split()) < 4
        or _HEADLINE_TAIL_SEP.search(w.raw, end, ds.start)  # "…: subtitle – Eurasianet, <date>"
        or any(q.closed for q in find_quoted(w.text[end : ds.start]))  # the quote reader's
    ):
        return False
    src = _PAREN_SOURCE_END.search(w.raw, end)
    if re.search(r"\w['’]s\b", name) or (
        src is not None
        and any(x[:1].islower() for x in words[1:])
        and not _persons_named(src.group(1))
    ):
        # "Uzbekistan’s Karakalpak Trials: Two Years On"; "Almatyda jer silkinisi: Title
        # (Tilshi.kz, <date>)": a headline's first words, its outlet in the closing bracket
        return False
    return name not in _places() and not _subject_word(name) and not _persons_named(name)


_PAREN_SOURCE_END = re.compile(r"\(\s*([^\W\d_][^(),]{1,40}),\s*[^()]{4,30}\)[\s.;]*$")


_NAME_SENTENCE = re.compile(
    r"([^\W_][^.!?:;,«»„“”\"()]{1,40}?(?:\.[a-z]{2,6})?)(\s\((?:[\w-]+\.)+[a-z]{2,6}\))?\.\s+"
    r"(?=[^\W\d_«„“\"])"
)


def _outlet_sentence_opens_title(w: _Work) -> None:
    """``Ural56.ru. Title // 2022. 28 сентября.`` / ``Imruz News. Title. <date>``: a
    site's name as the first sentence of a dated headline with no author is its outlet."""
    title, ts, ds = w.title, w.title_span, w.date_span
    if (
        title is None
        or ts is None
        or ds is None
        or (w.outlet is not None and not w.url)
        or w.authors
        or w.legal
        or w.date is None
        or w.date.day is None
        or ds.start < ts.end
        or ". " not in title[:60]
    ):
        return
    m = _NAME_SENTENCE.match(title)
    if m is None or len(title[m.end() :].split()) < 3:
        return
    name = m.group(1).strip()
    words = name.split()
    named = w.url is not None and _names_site(name, w.url)
    if w.outlet is not None and not named:
        return  # "15min.lt. Title. <date>. https://www.15min.lt/…": the link's site again
    site = m.group(2) is not None or _DOMAIN_NAME.fullmatch(name) is not None or named
    if not site and not (
        2 <= len(words) <= 3
        and all(x[:1].isupper() for x in words)
        and name not in _places()
        and not _subject_word(name)
        and not _persons_named(name)
    ):
        return
    at = w.raw.find(name, ts.start, ts.end)
    if at == -1:
        return
    w.name_outlet(name, at, at + len(name), 0.7)
    if m.group(2):
        w.notes.append(m.group(2).strip(" ()"))
    w.title = title[m.end() :]
    w.title_span = _narrowed(w.raw, w.title, ts)


_DOMAIN_NAME = re.compile(r"[^\W_][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}")


_THE_NAME = re.compile(r"The(?:\s[A-Z][a-z]+){1,2}")
_CYRILLIC_AFTER = re.compile(r"\s*[«„“\"]?[А-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ][а-яёәғқңөұүһіїєґ]")


def _read_outlet_headline(w: _Work) -> bool:
    """``«Известия»: Title`` / ``Укрінформ: Title`` / ``Интерфакс — 11.11.2023 — Title`` /
    ``Economist.kg / <date> / Title`` / ``Vlast.kz | Person | <date> | Title``."""
    if _read_label_outlet(w):
        return True
    text = w.text
    if not any(sep in text for sep in (":", "—", "–", "/", "|", "·", "•")):
        return False  # no separator for _OUTLET_LEAD
    # its name cannot open with a blank, so \s* can only span the leading blanks: start
    # past them (no backtracking over the blanks a consumed head left; same groups)
    m = _OUTLET_LEAD.match(text, len(text) - len(text.lstrip()))
    if m is None:
        return False
    head = m.group(1)
    sep = m.group("sep").strip()
    if sep == ":" and "," in head and "(" in text and _PAREN_NOTE_IMPRINT.search(w.raw, m.end()):
        return False  # "EBRD, Transition Report 2023-24: Subtitle (London: EBRD, 2023)": a note
    who = _persons_named(head.split(",", 1)[0].strip(), retry=False) if "," in head else None
    if sep == ":" and who and all(p.given and not p.given.isupper() for p in who):
        return False  # "Marek Zieliński, Kazakhstan: a president …, OSW Commentary, …": a note
    # "Новая вкладка / 27.07.2023 / Title": the item's date alone between two separators
    # (masked by now) marks the name before them as the outlet, known or not
    date_between = (
        sep in "/|·•"
        and w.date_span is not None
        and w.date_span.start >= m.end()
        and re.match(rf"\s*{re.escape(sep)}\s", text[m.end() :]) is not None
        and w.date_span.end <= m.end() + text[m.end() :].find(sep)
    ) or _person_then_date(w, text, m.end(), sep)
    if sep in "/|" and not date_between and not _known_outlet(head):
        return False
    name = head.strip('«»„“”"')
    quoted = head[:1] in '«„“"' and head[-1:] in '»“”"' and len(name.split()) <= 3
    if quoted and sep == ":" and text[m.end() : m.end() + 1].islower():
        # "«Мы не нейтральны»: посол Украины о войне": a quotation opening the headline,
        # which goes on in lower case; after an outlet ("«Известия»: Россия …") a capital
        quoted = _known_outlet(name)
    comma = False
    if not quoted:
        # "Коммерсантъ № 201 от <date>, стр. 2:" / "Riigikogu pressiteade <date>:"
        name = re.split(r"[,№(]|\s(?:от|from|vom)\s|\s{2,}", head)[0].strip(_SPACE_PUNCT)
        comma = head[len(name) : len(name) + 1] == ","  # "Almaty aqşamy, <date> – Title"
        while (
            name
            and not comma
            and not date_between
            and " " in name
            and name.rsplit(" ", 1)[1][:1].islower()
            and not _known_outlet(name)
        ):
            name = name.rsplit(" ", 1)[0]
    span_raw = w.raw[m.start(1) : m.end()]
    dated = (
        date_between
        or (
            bool(re.search(r"\s{3,}", w.text[m.start(1) : m.end()]) or "№" in span_raw)
            and not any(ch in QUOTE_CHARS for ch in span_raw)
            and bool(name)
            # "Lietuvos aidas, <date>: Title": after a comma only the first word needs a capital
            and all(x[:1].isupper() for x in (name.split()[:1] if comma else name.split()))
        )
    )
    if not name or len(name.split()) > 4:
        return False
    colon = m.group("sep").strip() == ":"
    # "EADaily: Title — <date>": one camel-case word (capitals inside it) names a brand
    camel = w.date is not None and colon and _camel_word(name)
    # "Delfi: Title" names an outlet even though three outlets share the name (the slow
    # registry walk last, only when nothing cheaper decided)
    site = w.url is not None and _names_site(name, w.url)  # "Черта: Title — https://cherta…"
    # "The Steppe: Почему …": an English publication's name before a headline in Cyrillic
    brand = colon and _THE_NAME.fullmatch(name) is not None and _CYRILLIC_AFTER.match(text, m.end())
    if not (
        quoted
        or dated
        or camel
        or site
        or brand
        or _known_outlet(name)
        or (colon and _shared_name(name))
    ):
        full = head.strip(_SPACE_PUNCT)  # "Астана ақшамы": keep a lower-case second word
        if colon and _acronym_source(w, full, m.end()):
            pass  # "НГС: В Новосибирске закрылся …": an outlet's initials
        elif not (colon and _dated_headline_source(w, full, m.end())):
            return False
        name = full
        dom = _PAREN_DOMAIN.search(name)
        if dom is not None:  # "Мой город (mgorod.kz): Title": the site's address in brackets
            w.notes.append(dom.group(1))
            name = name[: dom.start()]
    rest = w.text[m.end() :].strip(_SPACE_PUNCT)
    if len(rest.split()) < 3:
        return False
    if quoted and _ISSUE_AFTER_NAME.search(rest):
        return False  # "„Title“ – Journal, nr 41, mai 2020": an issue number follows a journal
    later = find_quoted(rest)
    pre = rest[: later[0].start].split() if later else []
    if (
        pre
        and not (len(pre) >= 3 and pre[-1][:1].islower())
        and (len(pre) >= 2 or sep != ":" or _persons_named(" ".join(pre)))
    ):  # (not "Forbes.kz: Как «Самрук-Казына» распределит …": one word of the headline)
        # "Outlet — Person — «Title»": the quote reader knows this shape; not a quote in a
        # running headline ("Liter.kz: Токаев подписал закон «О масс-медиа»")
        return False
    n0 = w.text.find(name, m.start(1))
    cut = m.end()
    brk = _HEAD_BREAK.search(w.text, n0 + len(name), m.end(1))
    if brk is not None and not quoted:
        # "Eurasianet, <date>. Tajikistan: Title": the colon belongs to the title
        cut = brk.end()
    w.set_outlet(n0, n0 + len(name), 0.8)
    _read_numbers(w, m.start(1), cut)
    w.consume(0, cut)
    _card_person(w, cut)
    q = find_quoted(w.text)
    # "Черта: «Title»: subtitle" is one headline; "Finance.kz – «Title»: summary" a review
    subtitle = bool(q) and sep == ":" and _SUBTITLE_AFTER.match(w.text, q[0].end) is not None
    if q and q[0].closed and not subtitle and not w.text[cut : q[0].start].strip(_SPACE_PUNCT):
        w.set_title(q[0].inner_start, q[0].inner_end, 0.85)
        w.consume(q[0].start, q[0].end)
        tail = w.text[q[0].end :].strip(_SPACE_PUNCT)
        if tail:
            _tail_person(w, q[0].end)
            tail = w.text[q[0].end :].strip(_SPACE_PUNCT)
        if tail:
            w.notes.append(tail)
            w.consume(q[0].end, len(w.text))
        return True
    if w.title is not None:  # "ECFR: [Title](url) (policy brief, <date>)": the link's text
        rest = w.text[cut:].strip(_SPACE_PUNCT)
        if rest:
            w.notes.append(rest)
            w.consume(cut, len(w.text))
        return True
    end = _headline_imprint(w, cut)
    _title_from(w, cut, end)
    return True


def _headline_imprint(w: _Work, cut: int) -> int:
    """``FAO. 2022. Kyrgyz Republic: Framework 2023–2027. Bishkek: Food and Agriculture
    Organization.``: a closing ``Place: Publisher`` sentence is the imprint of the corporate
    author's report (kept in place and notes), not the title's; the title ends before it."""
    end = len(w.text)
    pp = _PLACE_PUBLISHER.search(w.raw, cut, end)
    if pp is not None and not w.raw[cut : pp.start(1)].strip(_SPACE_PUNCT):
        pp = _PLACE_PUBLISHER.search(w.raw, pp.end(1), end)  # the title's own colon
    if (
        pp is None
        or not w.raw[cut : pp.start(1)].rstrip().endswith(".")
        or pp.group(1).strip() not in _places()
        or w.raw[pp.end(2) :].strip(_SPACE_PUNCT)
    ):
        return end
    w.place = pp.group(1).strip()
    w.notes.append(_clean_outlet(w.raw[pp.start(2) : pp.end(2)]))
    w.consume(pp.start(1), end)
    w.kind = w.kind or Kind.REPORT
    return pp.start(1)


@functools.cache
def _genre_re(key: str) -> re.Pattern[str]:
    alternation = _alternation(_labels()[key])
    if key == "genre_of":
        return re.compile(rf"(?:{alternation})\s+(?=\S)", re.I)
    return re.compile(rf"\s(?:{alternation})(?=[\s,:.]|$)", re.I)


def _nominative(word: str) -> str:
    """The head noun of an institution out of the genitive: ``Министерства`` →
    ``Министерство``, ``акимата`` → ``акимат``, ``министрлігінің`` → ``министрлігі``."""
    return _replace_ending(word, "genitive_endings", 2)


@functools.cache
def _ending_pairs(key: str) -> tuple[tuple[str, str], ...]:
    """(ending, replacement) pairs of a ``labels.json`` list, first match wins."""
    pairs: list[list[str]] = data_json("labels.json")[key]
    return tuple((a, b) for a, b in pairs)


def _replace_ending(word: str, key: str, keep: int) -> str:
    """``word`` with its first ending from the ``key`` pairs replaced, when at least
    ``keep`` letters stay before it; ``word`` itself when none fits."""
    for old, new in _ending_pairs(key):
        if word.endswith(old) and len(word) > len(old) + keep:
            return word[: -len(old)] + new
    return word


_GENRE_STOP = re.compile(r"\s(?:от|№|URL:?)(?=\s)|[,(«\"“„:]|\s{2,}")


def _read_genre_body(w: _Work) -> bool:
    """``Пресс-релиз Министерства … № 45 от <date> «Title»``, ``Telegram-канал «Orda.kz»``,
    ``ҚР Энергетика министрлігінің баспасөз хабарламасы, <date>: «Title»``: a genre word and
    the institution (in the genitive) that published the item."""
    if w.outlet is not None or w.title is not None:
        return False
    text = w.text
    lead = len(text) - len(text.lstrip(_SPACE_PUNCT))
    head = _genre_re("genre_of").match(text, lead) if _may_have(w, "genre_of") else None
    after = None
    if head is None and _may_have(w, "genre_after"):
        after = _genre_re("genre_after").search(text, lead, lead + 90)
    if head is None and after is None:
        return False
    if head is not None:
        n0 = head.end()
        q = find_quoted(text[n0:])
        if q and q[0].start == 0 and q[0].closed:
            w.set_outlet(n0 + q[0].inner_start, n0 + q[0].inner_end, 0.75)
            w.consume(lead, n0 + q[0].end)
            name_end = n0 + q[0].end
        else:
            stop = _GENRE_STOP.search(text, n0)
            n1 = stop.start() if stop else len(text.rstrip())
            words = text[n0:n1].split()
            if not 1 <= len(words) <= 8:
                return False
            words[0] = _nominative(words[0])
            w.name_outlet(" ".join(words), n0, n1, 0.7)
            w.consume(lead, n1)
            name_end = n1
    else:
        assert after is not None
        words = text[lead : after.start()].split()
        if not 1 <= len(words) <= 8 or any(ch in " ".join(words) for ch in QUOTE_CHARS):
            return False
        words[-1] = _nominative(words[-1])
        w.name_outlet(" ".join(words), lead, after.start(), 0.7)
        w.consume(lead, after.end())
        name_end = after.end()
    q = find_quoted(w.text[name_end:])
    if q and q[0].closed:
        w.set_title(name_end + q[0].inner_start, name_end + q[0].inner_end, 0.8)
        w.consume(name_end + q[0].start, name_end + q[0].end)
    rest = w.text[name_end:].strip(_SPACE_PUNCT)
    if rest:
        w.notes.append(_WS.sub(" ", rest))
        w.consume(name_end, len(w.text))
    return True


@functools.cache
def _genre_dated_re() -> re.Pattern[str]:
    """``: Pressemitteilung vom`` / ``, Press release of`` right before a date."""
    genres = _alternation(_labels()["genre_labels"])
    preps = _alternation(_labels()["genre_date_prepositions"])
    return re.compile(rf"\s*[:,]\s*(?:{genres})(?:\s+(?:{preps}))?\s*$", re.I)


_DATED_JOINS = ("от", "від", "vom")  # "Северный Казахстан от <date>": joins like a comma
_DATED_HEAD = re.compile(
    r"\s*+(?P<name>(?P<q>[«„“\"][^«»„“”\"]{2,40}[»“”\"])?[^,:;«»„“”\"()]{0,50}?)"
    rf"(?:\s*+,|\s(?:{'|'.join(_DATED_JOINS)}))\s*+$"
)
_DATED_REST = re.compile(
    r"[\s,]*(?P<issue>(?:№|No\.?|nr\.?|n°)\s?\d[\w\-/]*(?:\s?\(\d+\))?)?[\s,]*"
    r"(?P<dm>\d{1,2}\s[^\W\d_]{3,12}\.?(?=[\s,.;]|$))?"
    r"(?P<page>[\s,]*(?:с|стр|б|p|S|s|lk)\.?\s?\d+)?"
    r"(?P<paren>\s*\([^()]{1,60}\))?[\s,.:;—–·|/-]*",
    re.I,
)
_LETTER = re.compile(r"[^\W\d_]")
_DATED_PERSON = re.compile(r"([^\W\d_][^\W\d_.\-]+(?:\s[^\W\d_][^\W\d_.\-]+){1,2})[,.]\s+(?=\S)")


def _read_outlet_dated(w: _Work) -> bool:
    """``Outlet, <date>. Title`` / ``«Жас Алаш» газеті, 2023, № 12 (16584), 14 ақпан`` /
    ``Правда, 26.12.1991, с. 1``: a name, a comma and the item's date head the line."""
    if w.date_span is None or w.title is not None or w.outlet is not None or w.authors:
        return False
    ds = w.date_span.start
    # the head ends in a comma or a join word: tested before the lazy name pattern
    tail = w.text[:ds].rstrip()
    head = _DATED_HEAD.fullmatch(w.text, 0, ds) if tail.endswith((",", *_DATED_JOINS)) else None
    genre = None
    if head is None and _may_have(w, "genre_labels"):
        # "Bundesministerium …: Pressemitteilung vom 13.02.2024 – Title"
        genre = _genre_dated_re().search(w.text, 0, ds)
        if genre is not None:
            head = _DATED_HEAD.fullmatch(w.text[: genre.start()] + ",")
    if head is None:
        return False
    name = head.group("name").strip(_SPACE_PUNCT)
    if not name or (not name[0].isupper() and head.group("q") is None):
        return False
    words = name.split()
    if head.group("q") is not None:
        inner = head.group("q")[1:-1].strip()
        kind_words = name[len(head.group("q")) :].split()
        if len(inner.split()) > 4 or any(x[:1].isupper() for x in kind_words):
            return False
        n0 = w.text.find(head.group("q"))
        n1 = n0 + len(head.group("q"))
        if kind_words:
            w.notes.append(" ".join(kind_words))
    else:
        minor = _label_set("acronym_minor_words")  # "Слово і Діло, <date>"
        if (
            len(words) > 4
            or not all(
                (x[:1].isupper() and _LETTER.search(x)) or (0 < i < len(words) - 1 and x in minor)
                for i, x in enumerate(words)
            )
        ) and (len(words) > 8 or not _org_like(name)):
            return False  # "Riigikohus 3-1-1-63-15, <date>": a designation
        if ". " in name or name in _places() or _INITIALS_TAIL.search(name):
            return False  # "Ведомости. Петров И., <date>", "Астана, <date> – Kazinform"
        if _parse_names(name) or _legal_search(name) is not None:
            return False
        n0 = w.text.find(name)
        n1 = n0 + len(name)
    rest = _DATED_REST.match(w.text, w.date_span.end)
    assert rest is not None  # every part is optional
    if rest.group("dm") and w.date is not None and w.date.month is None:
        full = _dates.parse_date(f"{rest.group('dm').rstrip('.')} {w.date.year}")
        if full is not None and full.year == w.date.year:  # "2023, № 12, 14 ақпан"
            w.date = full
    w.set_outlet(n0, n1, 0.75)
    if genre is not None:
        w.notes.append(genre.group(0).strip(_SPACE_PUNCT))
    _read_numbers(w, w.date_span.end, rest.end())
    if rest.group("paren"):
        w.notes.append(rest.group("paren").strip(" ()"))
    cut = rest.end()
    w.consume(0, cut)
    who = _DATED_PERSON.match(w.text, cut)
    if who:  # "МК, <date>. Андрей Ярошенко. Title", "…, 7 stycznia 2022 r., Wacław R., „Title”"
        quote_after = w.text[who.end() : who.end() + 1] in QUOTE_CHARS
        persons = _persons_named(who.group(1), retry=quote_after or None)
        if persons:
            w.set_authors(persons, who.start(1), who.end(1), 0.75)
            cut = who.end()
            w.consume(0, cut)
    if not w.text[cut:].strip(_SPACE_PUNCT):
        return True
    q = find_quoted(w.text)
    if q and not w.text[cut : q[0].start].strip(_SPACE_PUNCT):
        if not q[0].closed:
            w.diagnostics.append(
                Diagnostic(
                    "truncated-title",
                    "the title's closing quote is missing; the title may be cut short",
                    Span(q[0].start, q[0].end),
                )
            )
        w.set_title(q[0].inner_start, q[0].inner_end if q[0].closed else len(w.text), 0.8)
        w.consume(q[0].start, q[0].end)
        if q[0].closed and w.text[q[0].end :].strip(_SPACE_PUNCT):
            _tail_person(w, q[0].end)
        return True
    _title_from(w, cut, len(w.text))
    return True


_HEAD_BREAK = re.compile(r"(?<=[\w\s])\.\s+(?=[^\W\d_])")


@functools.cache
def _tail_person_re() -> re.Pattern[str]:
    words = _alternation(_labels()["tail_bylines"])
    return re.compile(
        # possessive runs: a letter or "(" follows them, and the masked text after a consumed
        # title is a long blank run
        rf"[\s,.;—–-]*+\(?\s*+(?:(?:{words})\s+)?([^\W\d_][^(),]{{3,40}}?)\s*[,)]"
        rf"|[\s,.;—–-]*+(?:{words})\s+([^\W\d_][^(),.;]{{3,40}}?)[\s.]*$",
        re.I,
    )


# a name runs to a comma, bracket or the sentence's stop; initials keep their dots
_BYLINE_NAME = re.compile(r"(?:[^\W\d_]\.\s?|[^\W\d_][\w'’‘-]++(?:\s+(?:and|&)\s+|\s+)?)+")


def _byline_persons(text: str) -> tuple[Person, ...] | None:
    """The persons of a byline: ``Mark B. Tauger``, ``France Meslé and Jacques Vallin``.
    After "by" every capitalised run of two to four words is a person's name, even where
    the name lists do not know its first word."""
    persons = _persons_named(text, retry=True)
    if persons:
        return persons
    out = []
    for chunk in re.split(r"\s(?:and|&)\s|,\s", text):
        words = chunk.split()
        if not 2 <= len(words) <= 4 or not all(x[:1].isupper() for x in words):
            return None
        out.append(Person(family=words[-1], given=" ".join(words[:-1])))
    return tuple(out) or None


@functools.cache
def _byline_after_re() -> re.Pattern[str]:
    words = _alternation(_labels()["tail_bylines"], ignore_case=False)
    return re.compile(rf"\s*,?\s*(?:{words})\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


def _tail_person(w: _Work, start: int) -> None:
    """``«Title» (Темур Умаров, 24.10.2024)``: the author after a quoted title."""
    if w.authors:
        return
    m = _tail_person_re().match(w.text, start)
    if m is None:
        return
    g = 1 if m.group(1) is not None else 2  # 2: "… by Paul Harrington" ends the line
    who = m.group(g).strip()
    persons = _persons_named(who, retry=None if len(who.split()) == 2 else False)
    if persons:
        w.set_authors(persons, m.start(g), m.start(g) + len(who), 0.75)
        if g == 2:
            w.consume(start, m.start(g))


@functools.cache
def _inline_byline_re() -> re.Pattern[str]:
    words = _alternation(_labels()["inline_bylines"], ignore_case=False)
    return re.compile(rf"(?:^|[.,;(]\s*)((?:{words})\s*:\s*)([^.,;()]{{3,60}})")


@functools.cache
def _byline_initials() -> frozenset[str]:
    """First letters of the byline words, lower-cased: the anchored, case-blind byline
    pattern can only match a line that opens with one of them."""
    return frozenset(x[0].lower() for x in _labels()["bylines"])


_TITLE_BYLINE = re.compile(
    r"(?:,|\s/)\s*[Bb]y\s+([A-Z][^.,;()/]{2,60}?)\s*$"
)  # ", by X", " / By X"


@functools.cache
def _lead_byline_re() -> re.Pattern[str]:
    """``von Katrin Müller: Title``: a byline word and a name opening a title's span."""
    words = _alternation(_labels()["bylines"])
    return re.compile(rf"\s*(?i:{words}):?\s+([^\W\d_][^.,;:()]{{2,50}}?)\s*[:—–]\s+(?=\S)")


def _read_inline_byline(w: _Work) -> None:
    """``… Автор: Олександр Пасхавер.`` inside a line."""
    if w.authors:
        return
    text = w.text  # most lines hold no byline word: they skip the scan
    m = _inline_byline_re().search(text) if ":" in text and _may_have(w, "inline_bylines") else None
    if m is None:
        # "By Aigerim Toleukhanova | April 2, 2024 | Eurasianet": a one-line byline card
        # anchored, but its \s* backtracks over every blank a consumed head left: the
        # first letter is tested first
        head = text.lstrip()[:1].lower()
        by = _byline_re().match(text) if head and head in _byline_initials() else None
        if by is None or not re.match(r"\s*[|,;]\s*\S", w.text[by.end(1) :]):
            return
        who = by.group(1).strip()
        persons = _persons_named(who)
        if persons:
            w.set_authors(persons, by.start(1), by.end(1), 0.8)
            w.consume(0, by.start(1))
        return
    persons = _parse_names(m.group(2).strip(), strict=False)
    if persons and not _org_like(m.group(2)):
        w.set_authors(persons, m.start(2), m.end(2), 0.8)
        w.consume(m.start(1), m.end(1))


def _has_title_quote(text: str) -> bool:
    """A quoted segment long enough to be a title (``МИА «Казинформ»`` is a name)."""
    return any(len(text[q.inner_start : q.inner_end].split()) > 3 for q in find_quoted(text))


@functools.cache
def _link_label_re() -> re.Pattern[str]:
    preps = _alternation(_labels()["link_prepositions"])
    words = _alternation(_labels()["link_words"])
    return re.compile(
        rf"\s*(?:[^\W\d_]+\s){{0,3}}(?:{preps})\s([^:]{{2,40}}?)\s*:\s*$|"
        rf"\s*(?:{words})[^:]{{0,40}}:\s*$",
        re.I,
    )


def _read_link_label(w: _Work) -> bool:
    """``Читать полностью на Vlast.kz: <URL>`` / ``Ссылка на исследование: <URL>``."""
    if not w.url:
        return False
    m = _link_label_re().fullmatch(w.text.rstrip(_SPACE_PUNCT) + ":")
    if m is None:
        return _read_site_name_label(w)
    named = m.group(1) and (_known_outlet(m.group(1)) or _looks_like_outlet(m.group(1)))
    if m.group(1) and not named and not w.text.rstrip(" \t—–-").endswith(":"):
        return False  # "Как изменится налог на имущество — <URL>": a headline, no label
    if named:
        w.set_outlet(m.start(1), m.end(1), 0.8)
    w.notes.append(w.rest())
    w.consume(0, len(w.text))
    return True


_SITE_NAME_LABEL = re.compile(r"\s*([^\W\d_][^:\n«»„“”\"]{1,60}?)\s*:\s*")


def _read_site_name_label(w: _Work) -> bool:
    """``Новый Калининград: <URL>`` / ``Central Asian Analytical Network: <URL>``: a name
    in capitals before a colon and a bare link names the link's site."""
    m = _SITE_NAME_LABEL.fullmatch(w.text)
    if m is None or w.date is not None:
        return False
    n0 = m.start(1)
    lead = _source_lead_re().match(w.text, n0, m.end(1))
    if lead is not None:
        n0 = lead.end()  # "Дані НБУ: <URL>": the data's source
    name = w.text[n0 : m.end(1)]
    words = name.split()
    if not 1 <= len(words) <= 5 or any(x[:1].islower() and len(x) > 3 for x in words):
        return False
    if len(words) == 1 and not (
        lead or (w.url and _names_site(name, w.url)) or _known_outlet(name)
    ):
        return False  # one word ("Источник:", "Video:") names a site only when it is the site
    if _subject_word(name) or name in _places() or _persons_named(name, retry=False):
        return False
    w.set_outlet(n0, m.end(1), 0.75)
    w.consume(0, len(w.text))
    return True


_BARE_ISSUE_NOTE = re.compile(
    rf"\s*([^\W\d_][^(),\d«»„“”\"]{{2,80}}?(?:\s\([^\W\d_]{{2,12}}\))?),\s*{_MODERN_YEAR}"
    r"(?:\s?(?:г|ж|j)\.)?"
    r",\s*(?:№|No\.?|Nr\.?|nr\.?|N)\s?\d[\w\-/]*,\s*(?:ст|art|мод|st|стр)\.\s?\d+[\s.;]*"
)


def _read_gazette(w: _Work) -> bool:
    """``(ҚР халықаралық шарттары бюллетені, 1999 ж., N 4, 82-құжат)``: where an act appeared."""
    if "№" in w.raw or ". " in w.raw or "N" in w.raw:
        off = len(w.text) - len(w.text.lstrip(" ("))
        bare = _BARE_ISSUE_NOTE.fullmatch(w.raw, off, len(w.raw.rstrip(" )")))
        if bare is not None and not _legal_search(bare.group(1)):
            # "Ведомости Олий Мажлиса …, 2019 г., № 4, ст. 112": a gazette note of its own
            # (year, issue and article), with no title
            w.set_outlet(bare.start(1), bare.end(1), 0.75)
            w.kind = Kind.LEGAL
            rest = w.text[bare.end(1) :].strip(_SPACE_PUNCT + "()")
            if rest:
                w.notes.append(_WS.sub(" ", rest))
            w.consume(0, len(w.text))
            return True
    if not _may_have(w, "gazettes") or find_quoted(w.text):
        return False  # "Егемен Қазақстан, 17.02.2022, «Title»": a newspaper, not a gazette note
    gz = _gazette_re().search(w.text)
    if gz is None or find_quoted(w.text[: gz.start()]):
        return False
    head = w.text[: gz.start()].strip(_SPACE_PUNCT + "()")
    if head and not (
        re.search(r"[.:]\s*$", w.text[: gz.start()]) and len(head.split()) >= 2 and w.title is None
    ):
        return False
    after = w.text[gz.end() :]
    if not head and not _DIGIT.search(after) and len(after.split()) >= 3:
        return False  # "Егемен Қазақстан. Вакцинация: кімдер екпе алмайды? – <URL>": a paper's item
    if head:  # "Latvijas Republikas Satversme. Latvijas Vēstnesis, Nr. 43, 01.07.1993."
        h0 = w.text.find(head)
        w.set_title(h0, h0 + len(head), 0.75)
    gz_end = _gazette_end(w.raw, gz.start(), gz.end())
    w.set_outlet(gz.start(), gz_end, 0.85)
    w.kind = Kind.LEGAL
    _read_numbers(w, gz.end(), len(w.text))
    rest = w.text[gz.end() :].strip(_SPACE_PUNCT + "()")
    if rest:
        w.notes.append(rest)
    w.consume(0, len(w.text))
    return True


_NUMBER_ABBREVIATION = re.compile(
    r"(?<!\w)(?:[Nn]r|[Nn]o|[Aa]rt|alin|pct|lit|[Ss]t|[Сс]т|пп?|[Pp]oz)$"
)


def _last_full_stop(raw: str, start: int, end: int) -> int:
    """Where the last ". " between ``start`` and ``end`` stands, skipping the dots of
    number abbreviations (``nr. 174``, ``Nr. IX-2206``, ``art. 34``); -1 if none."""
    k = raw.rfind(". ", start, end)
    while k != -1 and _NUMBER_ABBREVIATION.search(raw, start, k):
        k = raw.rfind(". ", start, k)
    return k


_GAZETTE_TAIL = re.compile(
    rf"[^,;()\d]{{0,80}}?(?=,|\s{_MODERN_YEAR}|\s*\(|$"
    # "Monitorul Oficial … nr. 7–17", "Dz. U. z 2022 r.": the issue begins
    r"|\s(?:[Nn]r\.?|№|[Nn]o\.?|N)\s?\d|\sz\s(?:dnia\s)?\d)"
)


def _gazette_end(raw: str, start: int, end: int) -> int:
    """A gazette name runs on to the next comma: ``Ведомости Верховного Совета РК,``."""
    roman = re.match(r"\s?[IVX]{1,3}\b", raw[end:])
    if roman:
        return end + roman.end()
    m = _GAZETTE_TAIL.match(raw, end)
    tail = raw[end : m.end()] if m else ""
    if tail.strip() and len(tail.split()) <= 6:
        return end + len(tail.rstrip())
    return end


def _read_prefixed_outlet(w: _Work) -> bool:
    """``Elektrondyq túrde <Outlet>, 11.02.2016 j.``: a descriptor, then an outlet."""
    if w.date is None or not _may_have(w, "outlet_prefixes"):
        return False
    lead = len(w.text) - len(w.text.lstrip(_SPACE_PUNCT))
    m = _label_re("outlet_prefixes").match(w.text, lead)
    if m is None:
        return False
    rest = w.text[m.end() :].strip(_SPACE_PUNCT)
    if not rest or len(rest.split()) > 8 or find_quoted(rest):
        return False
    r0 = w.text.find(rest, m.end())
    w.consume(m.start(), m.end())
    w.set_outlet(r0, r0 + len(rest), 0.7, masked=True)
    return True


_ALNUM = re.compile(r"[^\W_]")  # a character for which str.isalnum() holds


@functools.cache
def _locator_re() -> re.Pattern[str]:
    words = _alternation({x.rstrip(".") for x in _labels()["locators"]}, ignore_case=False)
    return re.compile(rf"(?:{words})\.?\s?\d{{1,5}}(?:\s?[-–]\s?\d{{1,5}})?\.?")


def _locator_only(title: str) -> bool:
    """``с. 3``, ``pp. 12–14``: a page locator left where a title would be."""
    return _locator_re().fullmatch(title) is not None


_BARE_DOMAIN_NOTE = re.compile(r"(?:^|,\s*)((?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6})\.?$")


def _bare_domain_url(w: _Work) -> None:
    """``…, OSW Commentary, no. 571, 4 March 2024, osw.waw.pl.``: a site's bare domain left
    over after the outlet was named otherwise is the line's link, as written (alone, a
    domain names the outlet: ``Title — news.am, 3 October 2023``)."""
    for k, note in enumerate(w.notes):
        m = _BARE_DOMAIN_NOTE.search(note)
        if m is None or m.group(1).casefold() == w.outlet.casefold():  # type: ignore[union-attr]
            continue
        at = w.raw.rfind(m.group(1))
        if at == -1 or not w.raw[:at].rstrip().endswith(","):
            return  # "Мой город (mgorod.kz): …": a domain in brackets only glosses the name
        w.url = m.group(1)
        w.url_span = Span(at, at + len(m.group(1)))
        left = note[: m.start()].strip(_SPACE_PUNCT)
        if left:
            w.notes[k] = left
        else:
            del w.notes[k]
        return


_WORDS_BEFORE_NUMBER = re.compile(r"[\s,]*(?:[^\W\d_]+\s+){0,2}")


def _refine_year(w: _Work) -> None:
    """``… 2023. … История. 2 (июн. 2023), 45–53``: the issue's month of the year already
    read, outside the title and no access date, makes the date more precise."""
    if w.date is None or w.date_span is None:
        return
    found = w.date_matches if w.date_matches is not None else _dates.find_dates(w.raw)
    for d in found:  # the side-date scan's answer: no second scan of the line
        if d.role != "published" or d.date.year != w.date.year or d.date.month is None:
            continue
        if d.date.end is not None or d.span.start == w.date_span.start:
            continue
        words = _WORDS_BEFORE_NUMBER.match(w.raw, d.span.end)
        if words and _ACT_NUMBER.match(w.raw, words.end()):
            # "Утверждена постановлением … от 28 июня 2014 года № 724", "Patvirtinta 2020 m.
            # rugsėjo 9 d. nutarimu Nr. 998": the day of the act that approved the item
            continue
        lo, hi = sorted((w.date_span.end, d.span.start))
        if ";" in w.raw[lo:hi]:
            continue  # "…, 2011 г., № 16; «Казахстанская правда» от 04.08.2011": another item
        t = w.title_span
        if t is not None and t.start <= d.span.start < t.end:
            tail = w.raw[d.span.start : t.end].rstrip(" .")
            lead = w.raw[t.start : d.span.start].rstrip()
            if (
                w.title is None
                or tail != w.raw[d.span.start : d.span.end].rstrip(" .")
                or not (lead.endswith(","))
            ):
                continue
            # "Lietuvos ekonomikos apžvalga, 2023 m. birželis": the issue's month closes the
            # title of a serial; it dates the item and is no part of its title
            w.title = _clean(lead.rstrip(","))
            w.title_span = _narrowed(w.raw, w.title, w.title_span)
        w.date, w.date_span = d.date, d.span
        return


_TITLE_THEN_DOMAIN = re.compile(r"(.{10,}?)\.\s+((?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6})")


def _database_after_act(w: _Work) -> None:
    """``… № 1045 қаулысы. «Әділет» ақпараттық-құқықтық жүйесі;``: the last sentence after
    an act's designation names the database or paper that holds it."""
    note = w.notes[-1]
    dot = note.rfind(". ")
    if dot == -1:
        return
    name = _clean_outlet(note[dot + 2 :])
    if not name or not _known_outlet(name):
        return
    at = w.raw.rfind(note[dot + 2 :].strip())
    if at == -1:
        return  # written with other spacing than the note: no span to give, the note stays
    w.name_outlet(name, at, at + len(note[dot + 2 :].strip()), 0.7)
    w.notes[-1] = note[:dot].strip(_SPACE_PUNCT)


def _finish(w: _Work, raw: str, language: str | None) -> Reference:
    rest = w.rest()
    if rest:
        w.notes.append(rest)
    if w.url is None and w.outlet is not None and w.notes:
        _bare_domain_url(w)
    if w.outlet is None and w.legal and w.notes:
        _database_after_act(w)
    if w.outlet is None and w.title is not None and "." in w.title:
        site = _TITLE_THEN_DOMAIN.fullmatch(w.title)
        at = w.raw.rfind(site.group(2)) if site else -1
        if site is not None and at != -1:
            # Wikipedia's "Title. adilet.zan.kz. Тексерілді, 1 шілде 2018.": the site last
            w.name_outlet(site.group(2), at, at + len(site.group(2)), 0.7)
            w.title = site.group(1).strip()
            w.title_span = _narrowed(w.raw, w.title, w.title_span)
    if w.title is not None and w.title.casefold() in _label_set("placeholder_titles"):
        w.notes.append(w.title)  # "Архивная копия": a template's stand-in, no title
        w.title = None
    if w.title is not None and w.outlet and w.title.casefold() in _label_set("journal_words"):
        w.notes.append(w.title)  # "Газета «Коммерсантъ» №43 от …": the word "newspaper"
        w.title = None
    if (
        w.title is not None
        and len(w.title) <= 16
        and (_ISSUE_ONLY.fullmatch(w.title) or _vol_designation_re().fullmatch(w.title))
    ):
        w.notes.append(w.title)  # "no. 2", "Т. 3": an issue or volume, no title
        w.title = None
    if w.title is not None and _BARE_TIME.fullmatch(w.title):
        w.notes.append(w.title)  # "<URL> , 12:30": the hour it was posted, no title
        w.title = None
    if w.title is not None and _ALNUM.search(w.title) is None:
        w.notes.append(w.title)
        w.title = None
    if w.title is not None and len(w.title) <= 16 and _locator_only(w.title):
        w.pages = w.pages or w.title.split()[-1].lstrip(".")  # "<URL>, с. 3": no title
        w.notes.append(w.title)
        w.title = None
    if w.outlet is not None and _ALNUM.search(w.outlet) is None:
        w.notes.append(w.outlet)
        w.outlet = None
    empty = w.title is None and w.outlet is None and w.url is None and not w.authors
    if empty and w.date is None and not any(d.code == "ibidem" for d in w.diagnostics):
        w.diagnostics.append(
            Diagnostic("unparsed", "no reference fields found", Span(0, len(raw)), Severity.ERROR)
        )
    if w.date is not None and w.date.month is None and w.date.end is None:
        _refine_year(w)
    if (
        w.date is not None
        and w.date.month is None
        and w.url
        and w.title_span is not None
        and w.date_span is not None
        and w.title_span.start <= w.date_span.start < w.title_span.end
    ):
        # "Перепись населения 2023 года: первые итоги" linked to …/2024/02/09/…: the year
        # is the title's, the link's path dates the item
        from_url = _dates.date_from_url(w.url)
        if from_url is not None and from_url.day is not None:
            w.date, w.date_span = from_url, w.url_span
            w.confidence["date"] = 0.7

    if w.date is None and w.url:
        from_url = _dates.date_from_url(w.url) or _dmy_path_date(w.url)
        if from_url is not None:
            w.date = from_url
            w.confidence["date"] = 0.7
            w.date_span = w.url_span
    if w.platform is not None and (
        w.outlet is None or w.outlet.casefold() in _label_set("genre_words")
    ):
        if w.outlet is not None:
            w.notes.append(w.outlet)  # "| документальный фильм |": the genre, no outlet
        w.outlet, w.outlet_span = w.platform
        w.confidence["outlet"] = 0.7
    if w.outlet is None and w.url:
        _outlet_from_url(w)
    kind = _settle_kind(w)
    lang = language or (_detect_language(w.title) if w.title else None)
    conf = w.confidence
    spans = (
        ("title", w.title_span),
        ("outlet", w.outlet_span),
        ("authors", w.authors_span),
        ("date", w.date_span),
        ("url", w.url_span),
    )
    fields = [FieldInfo(name, span, conf[name]) for name, span in spans if name in conf]
    # a note of brackets and commas alone (what a consumed byline leaves) says nothing
    note = "; ".join(" ".join(n.split()) for n in w.notes if _ALNUM.search(n)) or None
    if _FILL in w.raw:  # a decoded entity's filler must not reach any value
        note = note.replace(_FILL, "") if note else note
        w.url = w.url.replace(_FILL, "") if w.url else w.url
        w.doi = w.doi.replace(_FILL, "") if w.doi else w.doi
        w.urls = [u.replace(_FILL, "") for u in w.urls]
    return Reference(
        raw=raw,
        kind=kind,
        title=w.title or None,
        authors=w.authors,
        outlet=w.outlet or None,
        date=w.date,
        url=w.url,
        language=lang,
        access_date=w.access_date,
        other_dates=tuple(w.other_dates),
        volume=w.volume,
        issue=w.issue,
        pages=w.pages,
        number=w.number,
        place=w.place,
        doi=w.doi,
        translated_title=w.translated_title,
        urls=tuple(w.urls),
        note=note,
        fields=tuple(fields),
        diagnostics=tuple(w.diagnostics),
    )


_DMY_PATH = re.compile(
    rf"/([0-3]\d)/([01]\d)/({_MODERN_YEAR})/|/([0-3]\d)-([01]\d)-({_MODERN_YEAR})(?=[-_/.]|$)"
)


def _dmy_path_date(url: str) -> PartialDate | None:
    """``/politics/05/01/2022/`` (day/month/year folders, as rbc.ru writes them) or a slug
    that opens with the day (``/news/item/12-09-2023-who-europe-launches-…``)."""
    m = _DMY_PATH.search(url)
    if m is None:
        return None
    day, month, year = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
    try:
        return PartialDate(int(year), int(month), int(day), text=m.group(0))
    except InvalidDateError:
        return None


_PLATFORM_HOST = re.compile(r"\.(?:github\.io|blogspot\.com|wordpress\.com)$")


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def _names_in_words(w: _Work, names: tuple[str, ...]) -> bool:
    """One of ``names`` stands in the line outside its links, at a word start (``ERR``
    whole; a longer name may go on inflected: ``Kliimaministeeriumi``)."""
    if not names:
        return False
    words = w.raw.casefold()
    for url in (w.url, *w.urls):
        if url:
            words = words.replace(url.casefold(), " ")
    for name in names:
        key = name.casefold().strip()
        if len(key) < 2:
            continue
        at = words.find(key)
        while at != -1:
            after = at + len(key)
            whole = len(key) > 3 or after == len(words) or not _word_char(words[after])
            if (at == 0 or not _word_char(words[at - 1])) and whole:
                return True
            at = words.find(key, at + 1)
    return False


def _outlet_from_url(w: _Work) -> None:
    assert w.url is not None
    if w.url[:1] == "/" and w.url[1:2] != "/":
        return  # "/news/2008/04/29/….md": a page of the site the list is on, which is unnamed
    outlet = _outlets.normalize_outlet(w.url)
    # A site is named as the line names it: by its registered name where the words of the
    # line say it ("[UN Women Country Data Sheet](…unwomen.org…)"), else by the host the
    # link shows (the registry's name for it is normalization's business). A blog
    # platform's user site keeps the registry's name.
    host = _outlets.domain_of(w.url)
    name = outlet.name
    if (
        host
        and not _PLATFORM_HOST.search(host)
        and not _names_in_words(w, (outlet.name, *outlet.names) if outlet.registered else ())
    ):
        name = host
    if name:
        w.outlet = name
        w.site_kind = outlet.kind if outlet.registered else None
        w.confidence["outlet"] = 0.9 if outlet.registered else 0.5
        if w.kind is None and outlet.kind in ("legal-database", "court"):
            w.kind = Kind.LEGAL


_NEWS_KINDS = frozenset({"newspaper", "agency", "broadcaster", "journal", "site"})
_BODY_KINDS = frozenset({"think-tank", "international-org", "ngo", "government"})
_REPORT_PATH = re.compile(r"/(?:reports?|raportid|research-reports?|publications?)/", re.I)


@functools.cache
def _report_words_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(_labels()['report_words'])})(?!\w)", re.I)


def _is_report(w: _Work) -> bool:
    """A report: a report designator outside the title (``[Policy brief]``, ``: стат.
    сб.``, ``Report No. 233``), an international body's or think tank's PDF or reports
    folder, an international body's titled item, or a report word in the title of an
    undated-to-the-day item that no news outlet carries."""
    if w.legal or w.volume:
        return False
    words = _may_have(w, "report_words")
    if not words and w.url is None and (w.title is None or w.outlet is None):
        return False  # no report word, no link and no body's title: nothing to weigh
    body = _outlet_kind(w)
    if body in _NEWS_KINDS:
        return False
    outside = w.raw if words else ""
    for span in (w.title_span, w.url_span, w.outlet_span) if words else ():
        if span is not None:
            outside = outside[: span.start] + " " * (span.end - span.start) + outside[span.end :]
    if words and _report_words_re().search(outside):
        return True
    if body in _BODY_KINDS and w.url is not None:
        path = w.url.split("?", 1)[0].casefold()
        if path.endswith(".pdf") or _REPORT_PATH.search(path):
            return True
    if body == "international-org" and w.title is not None:
        return True
    return (
        words
        and w.title is not None
        and (w.outlet is not None or bool(w.authors))
        and (w.date is None or w.date.day is None)
        and _report_words_re().search(w.title) is not None
    )


def _outlet_kind(w: _Work) -> str | None:
    """The registry's kind of the outlet (``newspaper``, ``think-tank`` …), if it is known."""
    kind = _name_kind(w.outlet) if w.outlet else None
    if kind is None and w.site_kind is not None:
        return w.site_kind  # "rus.azattyq.org": named by its host
    if kind is None and w.url and w.outlet is None:
        entry = _known_names().lookup_url(w.url)
        kind = entry.kind if entry is not None else None
    return kind


@functools.lru_cache(maxsize=4096)
def _name_kind(name: str) -> str | None:
    entry = _known_names().lookup_name(name)
    return entry.kind if entry is not None else None


def _settle_kind(w: _Work) -> Kind:
    """The reader's kind, else a guess; a news outlet's item is no report."""
    kind = w.kind or _guess_kind(w)
    if kind in (Kind.BOOK, Kind.ARTICLE) and w.kind is not None and _is_report(w):
        kind = Kind.REPORT  # "Казахстан в цифрах : стат. сб. / Бюро …": a book-shaped report
    if kind is Kind.CHAPTER and w.issue and not w.place:
        kind = Kind.ARTICLE  # "In: Osteuropa, 73(4), S. 45–62": an issue is a journal's
    if kind is Kind.REPORT and _outlet_kind(w) in _NEWS_KINDS - {"journal"}:
        return Kind.ARTICLE
    return kind


def _guess_kind(w: _Work) -> Kind:
    if _is_report(w):
        return Kind.REPORT
    if w.place and w.outlet and not w.volume:
        return Kind.BOOK
    if w.volume or w.issue or w.pages:
        return Kind.ARTICLE
    if w.url and not w.title and w.date is None and _outlet_kind(w) not in _NEWS_KINDS:
        return Kind.WEBPAGE  # a dated link ("/2023/11/28/…") is an item a site published
    if w.title or w.outlet:
        return Kind.ARTICLE
    return Kind.OTHER
