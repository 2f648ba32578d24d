"""Line-level features shared by block finding and entry splitting.

A reference list is recognised either by its heading (a word list kept as data) or by
the shape of its lines: numbering, URLs, dates, quoted titles, ``//`` and the like.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from kzcite._data import data_json

LONGEST_ENTRY = 5000
"""A line longer than this is running text or junk: never scored as a reference."""

_MARKUP_LEFT = re.compile(r"[\s#>*_|]*")
_MARKUP_RIGHT = frozenset("#*_|:.-–—")
_NUMBERING = re.compile(
    r"""^\s*(?:
        \[\^?\w{1,6}\]:?            # [1]  [^2]:  [12]
      | \(\d{1,3}\)                 # (1)
      | \d{1,3}(?:\.\d{1,3}){1,3}(?=\s)          # 1.1  1.2.3 (no trailing dot)
      | \d{1,3}(?:\.\d{1,3}){0,3}[.)](?!\d)       # 1.  1.1.  1) (not "01.09.2023")
      | [a-zа-я]\)                  # a)  б)
      | [⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?=\s)     # ⁷ (a footnote's superscript number)
      | (?P<glued>[1-9]\d{0,2})(?=[A-ZА-ЯЁ][a-zа-яё]+\s[A-ZА-ЯЁ][a-zа-яё])  # 9Aijan Sharshenova
      | [•·▪►‣◦\-–—*+](?=\s)        # bullets
    )\s*""",
    re.VERBOSE,
)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|(?<![\w/])//[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*", re.I
)
_DATE_NUM = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b|\b(?:19|20)\d\d[-.]\d\d[-.]\d\d\b")
_YEAR = re.compile(r"(?<![\d/.-])(?:18|19|20)\d\d(?![\d/])")
_QUOTED = re.compile(r"[«„“\"”‚‘‹][^«„“\"”»‚‘‹›\n]{3,}[»“”\"‘›]")
_PRESS_REVIEW = re.compile(r"\s*[«„“\"][^«»„“”\"\n]{2,40}[»“”\"]\s*(?::|[—–-])\s*[«„“\"]")
_GOST = re.compile(
    r"\s//\s|\s[—–-]\s(?:С|Т|№|Вып|Б)\.?\s|\[Электронный ресурс\]|URL:"
    # the imprint and extent areas of a book: ". – Алматы, 2004." / ". – М.: Наука, 2004",
    # "– 132 с." / "– 186 б."
    r"|\.\s[—–-]\s[^\W\d_][\w.-]{0,30}(?:\s[^\W\d_][\w.-]{0,30}){0,2}\s?[:,]\s"
    r"[^\n]{0,60}?\b(?:18|19|20)\d\d(?:[.,;]|$)"
    r"|\.\s[—–-]\s\d{1,4}\s?(?:с|б|бет|p|pp|S)\.",
    re.I,
)
_SENTENCE_END = re.compile(r"[a-zа-яёәғқңөұүһі)][.!?](?:\s+|$)")
_WORD = re.compile(r"\w+")
_AUTHOR_DATE = re.compile(
    r"^\s*(?:\S+\s)?[^\W\d_][\w'’\-]+,\s(?:[^\W\d_]\.\s?){1,3}.{0,120}?\((?:18|19|20)\d\d[a-z]?[,)]"
)
# "Meier, Jonas/Schulz, Petra (2021): …", "KfW Entwicklungsbank (2022). …": a head of at
# most eight words, then the year (or date) in brackets and the title; see _name_year
_HEAD_YEAR = re.compile(
    r"^\s*(?:\S{1,4}\s+)?([^\W\d_][^().!?:;]{0,80}?)\s"
    r"\((?:\d{1,2}\.\d{1,2}\.)?(?:18|19|20)\d\d[a-z]?\)[:.]\s"
)
# "Cameron, Sarah. 2018. Title", "Beisembayeva, Aigerim, and Dana Zhakupova. 2021. “Title”",
# "Kozybaev M.K. (1998) Title": a name, then the year as a sentence or in brackets
_CHICAGO_HEAD = re.compile(
    r"\s*(?:\S{1,4}\s+)?[^\W\d_][\w'’\-]+(?:,\s[^\W\d_][\w'’\-]+(?:\s[^\W\d_]\.)?"
    r"(?:,?\s(?:and|&|и|ja)\s[^.]{3,60}?)?\.\s(?:18|19|20)\d\d[a-z]?\.\s"
    r"|\s(?:[^\W\d_]{1,2}\.\s?){1,3}(?:,\s[^()]{3,80}?)?\s?\((?:18|19|20)\d\d[a-z]?\)\s"
    # Estonian "Ajtmatov, Tšingiz 1982. Title", "Saar, Liina; Tamm, Andres (toim) 2019. …"
    r"|,\s[A-ZА-ЯЁŠŽÕÄÖÜ][\w'’\-]+(?:;\s[A-ZА-ЯЁŠŽÕÄÖÜ][\w'’\-]+,\s[A-ZА-ЯЁŠŽÕÄÖÜ][\w'’\-]+){0,3}"
    r"(?:\s\((?:toim|koost|eds?|Hrsg)\.?\))?\s(?:18|19|20)\d\d[a-z]?\.\s)"
)
# "Zhumabekov, A., and …", "ZHUMABEKOV, A.; …": a family name and initials, then more names
_INVERTED_INITIALS = re.compile(r"\s*[^\W\d_][\w'’\-]+,\s(?:[^\W\d_]\.\s?){1,3}[,;]")
# "… Ithaca, NY: Cornell University Press.", "Almaty: Sanat, 320 p. (In Kazakh)": an imprint
_IMPRINT_END = re.compile(
    r"\.\s[^\W\d_][\w.\-]{1,20}(?:[ ,]{1,2}[^\W\d_][\w.\-]{1,20}){0,2}\s?:\s[^\W\d_][^:]{1,80}"
    r"(?:,\s(?:18|19|20)\d\d|,\s\d{1,4}\s?(?:p|pp|с|б|S)\.|\.)\s*(?:\([^()]{2,20}\))?\.?\s*$"
)
_VOLUME_ISSUE = re.compile(r"\b\d{1,4}\s?\(\d{1,3}(?:[–-]\d{1,3})?\)|\b\d{1,5}\s?[–-]\s?\d{1,5}\b")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,2000}>")
_SENTENCE_BREAK = re.compile(r"[^\W\d_][.!?]\s+[^\W\d_a-zа-яё]|[^\W\d_]{2}[.!?]\s*$")
_ISSUE_MARK = re.compile(r"(?:№|\bN|\bNo\.|\bвып\.|\bт\.|\bvol\.)\s?\d", re.I)
_INVERTED_NAME = re.compile(  # MLA "Kamp, Marianne. “Title.”", German "Happel, Jörn: Title"
    r"[A-ZА-ЯЁ][\w'’‘\-]+,\s[A-ZА-ЯЁ][\w'’‘\-]+(?:\s[A-ZА-ЯЁ][\w'’‘.\-]*){0,2}"
    r"(?:/[A-ZА-ЯЁ][\w'’‘\-]+,\s[A-ZА-ЯЁ][\w'’‘\-]+)*(?:\.|:)\s+[«„“\"*_]?[^\W\d_]"
)
_YEAR_END = re.compile(r"[\s,(](?:1[89]|20)\d\d\)?\.?\s*$")
_POINTER = re.compile(r"\s(?:👉|➡️?|→|►|⇒|>>)")
_PAGE_MARK = re.compile(
    r"(?<!\w)(?:(?:pp?|S|С|с|Б|б)\.|(?:lk|lpp)\.?)\s?\d{1,5}(?:\s?[–-]\s?\d{1,5})?\b"
    r"|\b\d{1,5}\s?(?:с|б|p|pp|S|lk|бет)\.(?=\s|$)"  # a count of pages: "– 187 с."
)
_TABLE_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
_ATTRIBUTION = re.compile(r"^\s*\(([^()|]{2,60}(?:\|[^()|]{2,60})+)\)\s*$")


@functools.cache
def _header_words() -> dict[str, str]:
    table: dict[str, str] = {}
    for lang, words in data_json("headers.json").items():
        if lang.startswith("_"):
            continue
        for word in words:
            table[_header_key(word)] = word
    for word in data_json("labels.json")["popular_lists"]:
        table.setdefault(_header_key(word), word)
    return table


def is_popular_list(head: str) -> bool:
    """A most-read box's heading (``Самое читаемое``), a list only when its items are dated."""
    return _header_key(head) in _popular_keys()


@functools.cache
def _popular_keys() -> frozenset[str]:
    return frozenset(_header_key(x) for x in data_json("labels.json")["popular_lists"])


# Uzbek o‘/g‘ and the tutuq are typed with ʻ ʼ (letters to \w) as often as with ‘ ’ ' (not);
# a dotted capital İ casefolds to i + a combining dot: both would split one word in two.
_KEY_FOLD = str.maketrans({"\u02bb": " ", "\u02bc": " ", "\u0307": None})


def _header_key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold().translate(_KEY_FOLD)))


@attrs.frozen(slots=True)
class Line:
    """One physical line of a document with its offset and number (1-based)."""

    text: str
    start: int
    number: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Physical lines with offsets; ``\\r\\n`` and ``\\r`` count as line ends."""
    lines: list[Line] = []
    pos = 0
    for number, piece in enumerate(text.splitlines(keepends=True), start=1):
        body = piece.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        lines.append(Line(body, pos, number))
        pos += len(piece)
    return lines


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset(_header_key(x) for x in data_json("labels.json")["block_stops"])


@functools.cache
def _stop_leads() -> tuple[str, ...]:
    return tuple(x.casefold() for x in data_json("labels.json")["block_stop_leads"])


@functools.cache
def _share_words() -> frozenset[str]:
    return frozenset(_header_key(x) for x in data_json("labels.json")["share_targets"])


@functools.cache
def _phrase_re(key: str) -> re.Pattern[str]:
    """The phrases of a ``labels.json`` list, as whole words of a header key."""
    words = [_header_key(x) for x in data_json("labels.json")[key]]
    return re.compile(rf"(?<!\w)(?:{word_alternation(words)})(?!\w)")


@functools.cache
def _share_row_words() -> frozenset[str]:
    return _share_words() | _stop_words()


@functools.cache
def _share_verbs() -> frozenset[str]:
    return frozenset(_header_key(x) for x in data_json("labels.json")["share_verbs"])


_COPYRIGHT = re.compile(r"^[\s*_]*(?:©|\(c\)\s|copyright\b)", re.I)
_RULE = re.compile(r"^\s*([-*_=])(?:\s*\1){2,}\s*$")


@functools.cache
def _views_re() -> re.Pattern[str]:
    words = word_alternation(data_json("labels.json")["view_labels"], ignore_case=True)
    return re.compile(
        rf"\s*(?:👁️?\s*|(?:{words})\s*:?\s*)?(?:\d{{1,3}}(?:[\s\u00a0]\d{{3}})+|\d{{1,7}})\s*",
        re.I,
    )


def views_line(line: str) -> bool:
    """A news card's count of views under its date (``👁 18 240``, ``Просмотров: 2 341``).

    >>> views_line("Просмотров: 2 341"), views_line("2 июня")
    (True, False)
    """
    return _views_re().fullmatch(line) is not None


_COUNT_TAIL = re.compile(r"[(\[]\d{1,6}[)\]]\s*$")
_MD_TARGET = re.compile(r"\]\([^()\s]*\)")


def is_block_stop(line: str) -> bool:
    """Page furniture that ends a list: ``Теги: …``, ``Share``, ``Diesen Artikel teilen``,
    ``© 2024 …``, a row of share buttons (``Поделиться Telegram | Facebook | X``), a
    Markdown rule ``---``."""
    head = line.split(":", 1)[0] if ":" in line[:30] else line
    if len(head) <= 40:
        head = _COUNT_TAIL.sub("", head)  # "Комментарии (12)"
    stops = _stop_words()
    if len(head) <= 30 and _header_key(head) in stops:
        return True
    if _COPYRIGHT.match(line) or _RULE.match(line):
        return True
    if line.lstrip().casefold().startswith(_stop_leads()):
        return True  # "Статья поступила в редакцию 03.04.2023", "Received: 14 February 2023"
    line = _MD_TARGET.sub("]", line)  # "[Telegram](https://t.me/share/url?url=…)": its label
    if len(line) > 200:
        return False
    words = _header_key(line).split()
    if not words:
        return False
    if len(words) <= 4 and {words[0], words[-1]} & _share_verbs():
        return True  # "Diesen Artikel teilen", "Share this story"
    if len(words) <= 8 and _phrase_re("follow_imperatives").search(" ".join(words)):
        return True  # "Kazinform-ның Telegram арнасына жазылыңыз"
    if len(words) <= 16 and _phrase_re("rights_reserved").search(" ".join(words)):
        return True  # "BAQ.KZ – ақпараттық агенттік. Барлық құқықтар қорғалған."
    share = _share_row_words()
    if line.count("|") >= 1 and all(
        (_header_key(part).split() or [""])[-1] in share for part in line.split("|")
    ):
        return True  # "Exclusive.kz в Telegram | Facebook": where the site can be followed
    k = 0
    while k < len(words):
        if " ".join(words[k : k + 2]) in share:
            k += 2
        elif words[k] in share:
            k += 1
        else:
            return False
    return True


def _strip_edges(text: str) -> str:
    """``text`` without Markdown / list markup and spaces at its ends."""
    left = _MARKUP_LEFT.match(text)
    start = left.end() if left else 0
    end = len(text)
    while end > start and (text[end - 1] in _MARKUP_RIGHT or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+")


@functools.cache
def _edit_link_re() -> re.Pattern[str]:
    words = data_json("labels.json")["wiki_edit_links"]
    return re.compile(rf"\s*\[?(?:{word_alternation(words, ignore_case=True)})\]?\s*$", re.I)


def header_of(line: str) -> str | None:
    """The heading a line consists of (``'Loe lähemalt:'`` → ``'Loe lähemalt'``), or None."""
    if len(line) > 200:
        return None
    core = _strip_edges(_HTML_TAG.sub("", line) if "<" in line else line)
    if not core or len(core) > 60:
        return None
    found = _header_words().get(_header_key(core))
    if found is None and (core[:1].isdigit() or core[:1] in "IVX" or " " in core):
        # "5. KASUTATUD ALLIKAD", "IX. Литература": a section's number before the heading;
        # "Булактар түзөтүү", "Viited [muuda]": a wiki's edit link after it
        bare = _edit_link_re().sub("", _SECTION_NUMBER.sub("", core, count=1)).strip()
        if bare and bare != core:
            found = _header_words().get(_header_key(bare))
    if found is None and len(core) <= 40 and _LATIN_ONLY.fullmatch(core):
        found = _header_skeletons().get(_skeleton(core))
    return found


def qualified_header(line: str) -> str | None:
    """``**Bibliography of English-language Sources on the Kazakh Famine:**``: a heading
    word, then what the list is about after a connecting word; the line is set apart as a
    heading (a closing colon, Markdown or HTML heading marks) so prose does not count.

    >>> qualified_header("**Literature on the January events:**")
    'Literature on the January events'
    >>> qualified_header("Sources of funding were not disclosed.")
    """
    if len(line) > 200:
        return None
    core = _strip_edges(_HTML_TAG.sub("", line) if "<" in line else line)
    if not core or len(core) > 120:
        return None
    words = _header_key(core).split()
    if len(words) < 3 or not (
        line.rstrip().endswith((":", ":**", ":*", ":</b>", ":</strong>"))
        or _HEADING_MARK.match(line)
    ):
        return None
    table = _header_words()
    connectors = _header_connectors()
    for n in (1, 2, 3):
        if n < len(words) and words[n] in connectors and " ".join(words[:n]) in table:
            return core.rstrip(":").strip()
    return None


_HEADING_MARK = re.compile(r"\s*(?:#{1,6}\s|<h[1-6][\s>]|\*\*|__)")


@functools.cache
def _header_connectors() -> frozenset[str]:
    return frozenset(data_json("labels.json")["header_connectors"])


_LATIN_ONLY = re.compile(r"[^\W\d_\u0400-\u04ff]+(?:[\s'’‘ʻ.\-]+[^\W\d_\u0400-\u04ff]+){0,3}")


_KK_ACUTE_U = str.maketrans("ýÝ", "uU")  # the 2018 Kazakh Latin ý is у, no i


@functools.lru_cache(maxsize=4096)
def _skeleton(text: str) -> str:
    from kzcite._dedupe_keys import skeleton, title_key  # rapidfuzz loads only when needed

    return skeleton(title_key(text.translate(_KK_ACUTE_U)))


@functools.cache
def _header_skeletons() -> dict[str, str]:
    """Headings by a script-independent key: a Kazakh heading typed in any of its Latin
    alphabets (``Oqı otyryńyz``, ``Oqi otyryñyz``) or a Russian one transliterated
    (``Chitayte takzhe``) is the heading. Keys shorter than five letters are left out."""
    table: dict[str, str] = {}
    for word in _header_words().values():
        key = _skeleton(word)
        if len(key.replace(" ", "")) >= 5:
            table.setdefault(key, word)
    return table


@functools.cache
def _lead_ins() -> tuple[str, ...]:
    return tuple(_header_key(x) for x in data_json("labels.json")["source_lead_ins"])


def source_lead_in(line: str) -> str | None:
    """A short lead-in that announces a text's sources, ending in a colon
    (``При подготовке материала использованы данные:``, ``Sources used:``), or None.

    >>> source_lead_in("This article draws on reporting by:")
    'This article draws on reporting by'
    >>> source_lead_in("Sources close to the ministry said the plan includes three steps.")
    """
    if len(line) > 120 or not line.rstrip().endswith(":"):
        return None
    core = _strip_edges(_HTML_TAG.sub("", line) if "<" in line else line)
    key = _header_key(core)
    if not core or len(key.split()) > 10:
        return None
    for lead in _lead_ins():
        if key == lead or key.startswith(lead + " "):
            return core
    return None


def inline_label(line: str) -> tuple[str, int] | None:
    """A heading used as a label in front of an entry: ``READ MORE: https://…``.

    Returns the heading and the offset where the entry text starts.
    """
    colon = line.find(":", 0, 60)
    if line.startswith("//", colon + 1):
        colon = -1  # the colon of "https://", no label's
    if colon == -1:
        colon = line.find("\u055d", 0, 60)  # Armenian "Կարդացեք նաև՝ …" (its colon-like comma)
    bar = line.find(" | ", 0, 60)
    if bar > 0 and (colon <= 0 or bar < colon):
        colon = bar + 1  # "LOE LISAKS | Title": a label before a bar
    if colon <= 0:
        arrow = _POINTER.search(line, 0, 60)  # "Толығырақ 👉 https://…"
        if arrow is None:
            return None
        colon = arrow.end() - 1
    rest = line[colon + 1 :]
    if not rest.strip() or rest.startswith("//"):
        return None
    head = header_of(line[:colon])
    if head is None:
        return None
    return head, colon + 1 + (len(rest) - len(rest.lstrip()))


def numbering(line: str) -> int:
    """Length of a leading list marker (``[1]``, ``1.``, ``•``), 0 when there is none."""
    m = _NUMBERING.match(line)
    if m is None:
        return 0
    # "1.Национальный" (glued) is numbering, "2022." or "1.5%" is not
    marker = m.group(0).strip()
    glued = m.group("glued") is not None  # a note's number run into its author's name
    if (
        marker[:1] in "0123456789"
        and not marker.endswith((".", ")"))
        and "." not in marker
        and not glued
    ):
        return 0
    return m.end()


def has_url(line: str) -> bool:
    return _URL.search(line) is not None


_DATED_NUMBER = re.compile(r"(?:19|20)\d\d\b[^№\n]{0,40}№\s?\d[\w\-/]*[\s,;.)]*$")
_CODE_ROW_START = re.compile(r"\s*(?:\(\d+,\s*)?['\"]")
_CODE_ROW_END = re.compile(r"['\"]\)?(?:,|\s\+)\s*$")
STRING_LITERAL = re.compile(r"'((?:[^'\\]|\\.){10,})'|\"((?:[^\"\\]|\\.){10,})\"")


_CODE_RECORD_KEY = re.compile(r"""["']?([A-Za-z_]\w{0,20})["']?\s*:\s*["']""")


@functools.cache
def code_record_fields() -> dict[str, str]:
    """``{"t": "title", "source": "outlet", …}``: a key of an item kept as an object
    literal of program source, and the field it holds (``labels.json``)."""
    keys: dict[str, list[str]] = data_json("labels.json")["code_record_keys"]
    return {key: field for field, words in keys.items() for key in words}


def is_code_record(line: str) -> bool:
    """``{t:"Title",s:"Outlet"},``: an item's title and another field as an object literal.

    >>> is_code_record('{t:"Восточный треугольник",s:"Новые Известия"},')
    True
    """
    stripped = line.strip()
    if not stripped.startswith("{") or not stripped.rstrip(",;").endswith("}"):
        return False
    fields = code_record_fields()
    held = {fields.get(m.group(1).casefold()) for m in _CODE_RECORD_KEY.finditer(stripped)}
    return "title" in held and len(held - {None}) >= 2


def is_code_row(line: str) -> bool:
    """A reference kept as a string (or a row of strings) in program source."""
    return _CODE_ROW_START.match(line) is not None and _CODE_ROW_END.search(line) is not None


def code_string(line: str) -> str:
    """The reference a line of program source keeps as a string, else the line itself:
    ``(4, 'Title', 'Акишин С. Ю.', 2018, 'Акишин С. Ю. Title. — …'),`` and ``"Title…",``
    are judged as their longest string.

    >>> code_string("(4, 'Палеолог', 'Матасова Т.', 2017, 'Матасова Т. Палеолог. М., 2017'),")
    'Матасова Т. Палеолог. М., 2017'
    """
    if not is_code_row(line):
        return line
    strings = [m.group(1) or m.group(2) or "" for m in STRING_LITERAL.finditer(line)]
    return max(strings, key=len, default="") or line


HREF = re.compile(r"""\bhref\s*=\s*["']?((?:https?://|www\.)[^"'\s<>]+)""", re.I)


def _tag_link(m: re.Match[str]) -> str:
    if m[0][1:5].lower() == "http":
        return m[0]
    href = HREF.search(m[0]) if "href" in m[0] else None
    return f" {href.group(1)} " if href else " "


def reference_score(line: str) -> int:
    """How much a line looks like a bibliographic entry (0 = not at all)."""
    if len(line) > LONGEST_ENTRY:
        return 0
    if "<" in line:  # tags out, but an autolink "<https://…>" and a link's address stay
        line = _HTML_TAG.sub(_tag_link, line)
        if not line.strip():
            return 0
    line = code_string(line)
    score = 0
    inverted = _INVERTED_NAME.match(line)
    if has_author_head(line) or (inverted and (_YEAR_END.search(line) or _YEAR.search(line))):
        score += 2  # MLA/Chicago "Olcott, Martha Brill. The Kazakhs. … Press, 1995."
    if _IMPRINT_END.search(line):
        score += 1
    if _VOLUME_ISSUE.search(line):
        score += 1
    if _URL.search(line):
        score += 3
    if numbering(line):
        score += 1
    if _DATE_NUM.search(line):
        score += 2
    elif _YEAR.search(line):
        score += 1
    if _QUOTED.search(line):
        score += 1
        if _PRESS_REVIEW.match(line):
            score += 2  # "«Кутбилим»: «Title»", "«Супер-Инфо» — «Title»": paper, then item
    if _GOST.search(line):
        score += 2
    if line.rstrip().endswith(";"):
        score += 1
    if len(_SENTENCE_BREAK.findall(line)) < 2 and _legal_act().search(line):
        score += 3
    if _ISSUE_MARK.search(line):
        score += 1
        if len(line) < 80 and _DATED_NUMBER.search(line):
            score += 1  # "1997-жылдын 21-июлундагы № 57,": an act's date and number
    if _PAGE_MARK.search(line):
        score += 1
    if gazette_pattern().search(line):
        score += 2
    return score


@functools.cache
def _byline_lead() -> re.Pattern[str]:
    words = "|".join(
        re.escape(w) for w in sorted(data_json("labels.json")["bylines"], key=len)[::-1]
    )
    return re.compile(rf"\s*((?i:{words}))\s*(:?)\s+[«„“\"]?[^\W\d_]")  # "Автор: «Айқын»"


@functools.cache
def _named_bylines() -> frozenset[str]:
    return frozenset(w.casefold() for w in data_json("labels.json")["bylines_named"])


_NAME_RUN = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}\s*(?:[|,;—–]|$)")


@functools.cache
def _relative_line_re() -> re.Pattern[str]:
    days = sorted(data_json("labels.json")["relative_days"], key=len, reverse=True)
    return re.compile(
        rf"\s*(?:{word_alternation(days, ignore_case=True)})(?:[\s,|·•—–-]+[0-2]?\d:[0-5]\d)?\s*",
        re.I,
    )


def relative_day_line(line: str) -> bool:
    """A card's dateline that names no date (``Вчера, 14:20``, ``Кеше, 16:05``).

    >>> relative_day_line("Бүгін, 09:30"), relative_day_line("Бүгін Астанада жаңбыр")
    (True, False)
    """
    return _relative_line_re().fullmatch(line) is not None


def is_byline(line: str) -> bool:
    """A byline of its own (``By Dana Omirbek``, ``Муаллиф: Фарангис Раҳимзода``): a byline
    word of ``labels.json`` and a name in capitals after it — not ``Текст : электронный``,
    and a word that is also an ordinary one (``Текст Закона о языках``, Latvian ``Par
    Latvijas valsti``) only with its colon or before a short name all in capitals.

    >>> is_byline("Par Jean Dupont"), is_byline("Par Latvijas valsti, LSM, 2020")
    (True, False)
    """
    m = _byline_lead().match(line)
    if m is None or not line[m.end() - 1].isupper():
        return False
    if m.group(2) or m.group(1).casefold() not in _named_bylines():
        return True
    name = _NAME_RUN.match(line, m.end() - 1)
    return name is not None and all(w[:1].isupper() for w in name.group(0).rstrip("|,;—– ").split())


def has_author_head(line: str) -> bool:
    """Does ``line`` open with authors and a year (APA, Chicago author-date, Scopus)?"""
    if _AUTHOR_DATE.search(line) or _name_year(line) or _CHICAGO_HEAD.match(line):
        return True
    # "Zhumabekov, A., and D. Seitkali. “Title”…", "ZHUMABEKOV, A.; SEITKALI, D. Title…"
    return _INVERTED_INITIALS.match(line) is not None and _YEAR.search(line) is not None


def _name_year(line: str) -> bool:
    """An author-year head without initials: every word of the name before ``(2021):``
    is capitalised or a linking word (``Germany Trade & Invest``, ``Meier, Jonas/Schulz,
    Petra``), so a sentence (``Inflation fell sharply (2022). …``) is not one."""
    m = _HEAD_YEAR.match(line)
    if m is None:
        return False
    words = m.group(1).replace("/", " / ").replace(",", " ").split()
    links = _head_links()
    return len(words) <= 8 and all(w[:1].isupper() or w in links for w in words)


@functools.cache
def _head_links() -> frozenset[str]:
    return frozenset(data_json("labels.json")["author_head_links"])


@functools.cache
def _letter_ignoring_case(char: str) -> re.Pattern[str]:
    return re.compile(re.escape(char), re.I)


def word_alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """``"|".join(map(re.escape, words))`` with shared prefixes factored out.

    It matches the same text with the same word first (words that part at a character
    can never both match there, and a word that ends stays after the longer words that
    go on), but the regex engine no longer tries every word at every position.

    >>> word_alternation(["закона", "закон", "seadus", "заң"])
    'за(?:кон(?:а|)|ң)|seadus'
    """
    ordered = list(words)
    parts: list[str] = []
    run: list[str] = []  # words since the last one that ended here

    def flush() -> bool:
        groups: dict[str, list[str]] = {}
        for word in run:
            head = word[0].lower() if ignore_case and len(word[0].lower()) == 1 else word[0]
            groups.setdefault(head, []).append(word[1:])
        heads = list(groups)
        for k, a in enumerate(heads):
            if ignore_case and any(_letter_ignoring_case(a).fullmatch(b) for b in heads[k + 1 :]):
                return False  # two heads the engine takes for one letter (i/ı): keep flat
        for head, rests in groups.items():
            if len(rests) == 1:
                parts.append(re.escape(head + rests[0]))
                continue
            common = rests[0]  # the letters all of them share: no branch to try there
            for rest in rests[1:]:
                while not rest.startswith(common):
                    common = common[:-1]
            inner = word_alternation([x[len(common) :] for x in rests], ignore_case=ignore_case)
            parts.append(f"{re.escape(head + common)}(?:{inner})")
        run.clear()
        return True

    for word in ordered:
        if word:
            run.append(word)
            continue
        if not flush():
            return "|".join(re.escape(x) for x in ordered)
        parts.append("")
    if not flush():
        return "|".join(re.escape(x) for x in ordered)
    return "|".join(parts)


@functools.cache
def gazette_pattern() -> re.Pattern[str]:
    """Names of official gazettes (``Riigi Teataja``, ``СЗ РФ`` …) from ``data/legal.json``."""
    names = data_json("legal.json")["gazettes"]
    # "RT 1992, 26, 349": Riigi Teataja before its parts (I, II, III) began in 1996
    old_rt = r"|(?<!\w)RT(?=\s(?:19|20)\d\d,\s\d{1,3},\s\d)"
    return re.compile(word_alternation(sorted(names, key=len, reverse=True)) + old_rt)


@functools.cache
def attributed_summary_re() -> re.Pattern[str]:
    """The end of a press review's paragraph that names its paper: ``…, rašo „Lietuvos
    rytas“.``, ``…, пишет «Коммерсантъ».``, ``…, dep habarlaıdy Almaty-akshamy.kz.`` (the
    paper's name in group 1 when quoted, in group 2 when not)."""
    verbs = word_alternation(
        sorted(data_json("labels.json")["attribution_after"], key=len, reverse=True),
        ignore_case=True,
    )
    return re.compile(
        rf",\s+(?i:{verbs})\s+(?:[„«“\"]([^„«“”»\"]{{2,40}})[“”»\"]"
        r"|([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.\-]{1,40}(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.\-]{1,30}){0,2}))\s*\.?\s*$"
    )


@functools.cache
def legal_acts() -> dict[str, list[str]]:
    """The act words of ``data/legal.json`` by language, with the Russian and Ukrainian ones
    romanized (``ru-Latn``: ``ukaz``, ``postanovlenie``; ``data/romanized.json``)."""
    acts: dict[str, list[str]] = dict(data_json("legal.json")["acts"])
    acts["ru-Latn"] = list(data_json("romanized.json")["acts"])
    return acts


@functools.cache
def legal_word_alternation() -> str:
    """The act words of ``data/legal.json`` (закон, қаулысы, seadus …) as one alternation
    for a case-insensitive pattern."""
    words: set[str] = set()
    for group in legal_acts().values():
        words.update(group)
    ordered = sorted(words, key=lambda w: len(re.escape(w)), reverse=True)
    return word_alternation(ordered, ignore_case=True)


@functools.cache
def _legal_act() -> re.Pattern[str]:
    """A legal-act designation: an act word near a date or a number (``от … года № 12``).

    A bare year (``… 2024 года``) counts only after a capitalised act word (``Закон``):
    ``решение по ставке будет объявлено 12 апреля 2024 года`` is news, not a citation.
    """
    words: set[str] = set()
    for group in legal_acts().values():
        words.update(w[:1].upper() + w[1:] for w in group)
    caps = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(
        rf"(?i:\b(?:{legal_word_alternation()})\b(?!\.[a-z]{{2,6}}\b))[^\n]{{0,80}}?"
        r"(?:(?i:\bот)\s+\d{1,2}[\s.]|\b\d{4}\s+(?i:жыл)|№\s*\d)"
        rf"|\b(?:{caps})\b[^\n]{{0,80}}?\b(?:19|20)\d\d\s*(?i:года|г\.)"
        # a line that names an act and ends with its date, however long the name between:
        # "Соглашение между … бассейна реки Сырдарья от 17 марта 1998 года"
        rf"|^\s*(?:\S{{1,4}}\s+)?(?:{caps})\b[^\n]{{0,400}}?\s(?i:от|від)\s+\d{{1,2}}"
        r"(?:\s+[^\W\d_]+\s+|\.\d{1,2}\.)(?:19|20)\d\d(?:\s*(?i:года|року|г\.|р\.))?"
        r"(?:\s*№\s*[\w/-]+)?\s*[.;]?\s*$"
    )


_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|www\.)[^\s()]*\)")


def _flatten_inline_links(line: str) -> str:
    """``line`` with Markdown links inside running text reduced to their labels.

    A link that opens the line (after a list marker) is the entry itself and stays.
    """
    if "](" not in line:
        return line
    first = _MD_LINK.search(line)
    if first is None or not line[numbering(line) : first.start()].strip(" \t*_>"):
        return line
    return _MD_LINK.sub(r"\1", line)


def is_prose(line: str) -> bool:
    """A running-text line: a long sentence or several, with few reference features.

    Links inside the sentences (``… [according to Reuters](https://…) …``) are mentions:
    the line is judged without them.

    >>> is_prose("Analysts said the counterattacks likely benefited from the loss of access "
    ...          "to satellite terminals on the front line.")
    True
    >>> is_prose("Eurasianet, 22.12.2021, „Kazakhstan ratifies updated military agreement“;")
    False
    """
    if len(line) > LONGEST_ENTRY:
        return True
    line = code_string(line)
    flat = _flatten_inline_links(line)
    if flat != line:
        # several words of running text around the links, ending as a sentence does
        outside = len(_WORD.findall(_MD_LINK.sub(" ", line)))
        # "… see the [study](…)": a link right after a word, with no comma or colon between
        embedded = any(re.search(r"[^\W\d_] $", line[: m.start()]) for m in _MD_LINK.finditer(line))
        if (
            (outside >= 8 or (outside >= 4 and embedded))
            and reference_score(flat) <= 1
            and flat.rstrip().endswith((".", "!", "?"))
        ):
            return True
    line = flat
    text = _URL.sub(" ", line).strip()
    score = reference_score(line)
    if score >= 4 or (score >= 2 and numbering(line)):
        return False
    if score >= 3 and (has_author_head(line) or _INVERTED_NAME.match(line)):
        return False  # "Zhiltsov, S. S., … (2003). *Geopolitika …* [Geopolitics …]. Publisher."
    words = len(_WORD.findall(text))
    if len(text) < 120:
        return score == 0 and words >= 14 and text.endswith((".", "!", "?"))
    sentences = len(_SENTENCE_END.findall(text))
    return sentences >= 2 or words >= 35 or (score == 0 and text.endswith("."))


def table_cells(line: str) -> list[str] | None:
    """Cells of a markdown table row, or None."""
    m = _TABLE_ROW.match(line)
    if m is None:
        return None
    return [c.strip() for c in m.group(1).split("|")]


def is_attribution(line: str) -> bool:
    """A line like ``(ERR | Postimees)`` naming the outlets of the line above."""
    return _ATTRIBUTION.match(line) is not None
