"""Hypothesis strategies for kzcite records and reference-list text.

Public, so that you can property-test your own code against kzcite's records and
kzcite's parser against text whose answer is known. Needs ``hypothesis``
(``pip install kzcite[test]``).

* :func:`persons` — people in Latin (with diacritics), Cyrillic and Kazakh letters,
  with full given names, initials (``И. И.``, ``К.-Ж.``) or none, name particles
  (``van der``), and now and then an organisation as ``literal``.
* :func:`partial_dates` — valid dates at year, month or day precision, optionally ranges.
* :func:`references` — realistic, fully valid :class:`~kzcite.records.Reference` values
  with mixed-script text, quotes, LaTeX specials (``{ } \\ % # & ~ ^ $ _``,
  ``\\input{/etc/passwd}``), no-break spaces and URLs with ``%``, ``#``, ``&``, ``~``.
  Text values are whitespace-normalised (single spaces, no line breaks, stripped), the
  form kzcite's parser produces and every output format can carry.
* :func:`reference_lines` — ``(line, expected)``: a line in the news-list shape
  ``Outlet[. Family, Given], DD.MM.YYYY, „Title“;`` and the fields a correct parser
  must find (``outlet``, ``authors``, ``date``, ``title``).
* :func:`documents` — ``(text, n_entries)``: prose followed by a ``Loe lähemalt:`` /
  ``Источники:`` / ``Sources:`` block of such lines.

>>> from hypothesis import given
>>> @given(reference_lines())
... def test_shape(case):
...     line, expected = case
...     assert line.endswith(";") and expected["title"] in line
>>> test_shape()
"""

from __future__ import annotations

import calendar
from typing import Any

from hypothesis import strategies as st

from kzcite._data import data_json
from kzcite.records import (
    Change,
    Diagnostic,
    FieldInfo,
    Kind,
    PartialDate,
    Person,
    Provenance,
    Reference,
    Severity,
    Span,
)

__all__ = [
    "HEADERS",
    "documents",
    "partial_dates",
    "persons",
    "reference_lines",
    "references",
    "texts",
    "urls",
]

_LATIN = "abcdefghijklmnopqrstuvwxyz"
_LATIN_EXTRA = "äöüõšžéèêëáàâçñøåłńśźżčřěůýíóúãęąığşǵ"
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_KAZAKH = "әғқңөұүһі"
_SCRIPTS = {
    "latin": _LATIN * 3 + _LATIN_EXTRA,
    "cyrillic": _CYRILLIC,
    "kazakh": _CYRILLIC + _KAZAKH * 3,
}
_TLDS = ("kz", "ru", "ee", "com", "org", "net", "info", "рф", "қаз")
_LANGUAGES = ("ru", "kk", "et", "en", "uk", "fr", "de", "tr", "ky", "uz")
_QUOTES = ("„", "“", "”", "’", "«", "»", "'", '"')
_PUNCT = (",", ":", "—", "–", "-", "?", "!", "(", ")", "...", "/", "№", *_QUOTES)
_SPECIALS = (
    "&",
    "%",
    "$",
    "#",
    "_",
    "{",
    "}",
    "~",
    "^",
    "\\",
    "\\input{/etc/passwd}",
    "50%",
    "R&D",
    "C#",
    "{\\bf x}",
    "$x^2$",
    "a_b",
    "~/",
    "\\\\",
    "\\&",
    "--",
    "``",
)
_PARTICLES = ("van", "van der", "de", "de la", "von", "ibn", "al")
_SCRIPT_LANGUAGES = {"latin": ("en", "et"), "cyrillic": ("ru",), "kazakh": ("kk", "ru")}


def _vocab(name: str) -> list[str]:
    """A word list from ``kzcite/data/testing.json``."""
    out: list[str] = data_json("testing.json")[name]
    return out


def _real_words(script: str) -> list[str]:
    words = data_json("testing.json")["words"]
    return [w for lang in _SCRIPT_LANGUAGES[script] for w in words[lang]]


#: Block headers :func:`documents` uses.
HEADERS = ("Loe lähemalt:", "Источники:", "Sources:")

# ----------------------------------------------------------------------------- text


@st.composite
def _word(draw: st.DrawFn, script: str | None = None, capital: bool = False) -> str:
    script = script or draw(st.sampled_from(sorted(_SCRIPTS)))
    if draw(st.booleans()):
        word = draw(st.sampled_from(_real_words(script)))
        return word[0].upper() + word[1:] if capital else word
    letters = _SCRIPTS[script]
    first = draw(st.sampled_from(letters.replace("ь", "").replace("ъ", "").replace("ы", "")))
    word = first + draw(st.text(st.sampled_from(letters), max_size=10))
    return word[0].upper() + word[1:] if capital else word


def texts(
    *, specials: bool = True, quotes: bool = True, max_words: int = 12
) -> st.SearchStrategy[str]:
    """Whitespace-normalised mixed-script text: words, numbers, punctuation and (with
    ``specials``) LaTeX specials and no-break spaces; never empty.

    ``quotes=False`` leaves out „ “ ” (for titles inside „…“).
    """
    punct = _PUNCT if quotes else tuple(p for p in _PUNCT if p not in "„“”")
    token = st.one_of(
        _word(),
        _word(),
        _word(),
        _word(capital=True),
        st.integers(0, 2030).map(str),
        st.sampled_from(punct),
        *([st.sampled_from(_SPECIALS)] if specials else []),
    )

    @st.composite
    def build(draw: st.DrawFn) -> str:
        first = draw(_word(capital=True))
        rest = draw(st.lists(token, max_size=max_words - 1))
        out = " ".join([first, *rest])
        if specials and draw(st.booleans()) and rest:
            out = out.replace(" ", "\xa0", 1)
        return out

    return build()


@st.composite
def urls(draw: st.DrawFn) -> str:
    """``http(s)`` URLs with paths, queries and fragments: ``%``, ``#``, ``&``, ``~``,
    ``_`` and Cyrillic included; no whitespace, braces, backslashes or quotes."""
    scheme = draw(st.sampled_from(("https://", "http://", "https://www.")))
    host = draw(st.text(st.sampled_from(_LATIN + "0123456789-"), min_size=1, max_size=12))
    host = host.strip("-") or "x"
    tld = draw(st.sampled_from(_TLDS))
    seg = st.text(st.sampled_from(_LATIN + "0123456789-_.~" + "абвгд"), min_size=1, max_size=12)
    path = draw(st.lists(seg, max_size=4))
    url = f"{scheme}{host}.{tld}/" + "/".join(path)
    if draw(st.booleans()):
        url += "?" + "&".join(
            draw(
                st.lists(
                    st.sampled_from(
                        ("id=1", "q=%D0%B0", "a=b_c", "p=50%25", "utm_source=x", "s=~u")
                    ),
                    min_size=1,
                    max_size=3,
                )
            )
        )
    if draw(st.booleans()):
        url += "#" + draw(st.sampled_from(("para48b6", "pk10289", "top", "a%20b")))
    return url


# ----------------------------------------------------------------------------- records


@st.composite
def _initials(draw: st.DrawFn, script: str) -> str:
    letters = _SCRIPTS[script].replace("ь", "").replace("ъ", "").replace("ы", "")
    first = draw(st.sampled_from(letters)).upper()
    form = draw(st.sampled_from(("one", "two", "hyphen")))
    if form == "one":
        return f"{first}."
    second = draw(st.sampled_from(letters)).upper()
    return f"{first}. {second}." if form == "two" else f"{first}.-{second}."


@st.composite
def persons(draw: st.DrawFn, *, literals: bool = True, initials: bool = True) -> Person:
    """A :class:`~kzcite.records.Person`: ``family`` always set, ``given`` a name,
    initials or empty; with ``literals`` sometimes an organisation (``literal``)."""
    if literals and draw(st.integers(0, 9)) == 0:
        return Person(literal=draw(st.sampled_from(_vocab("organisations"))))
    script = draw(st.sampled_from(sorted(_SCRIPTS)))
    if draw(st.booleans()):
        family = draw(st.sampled_from(_vocab("family")))
    else:
        family = draw(_word(script, capital=True))
    shape = draw(st.integers(0, 9))
    if shape == 0:
        family += "-" + draw(_word(script, capital=True))
    elif shape == 1 and script == "latin":
        family = draw(st.sampled_from(_PARTICLES)) + " " + family
    given_shape = draw(st.integers(0, 5))
    if given_shape == 0:
        given = ""
    elif given_shape == 1 and initials:
        given = draw(_initials(script))
    elif given_shape == 2:
        given = draw(_word(script, capital=True))
    else:
        given = draw(st.sampled_from(_vocab("given")))
    return Person(family=family, given=given)


@st.composite
def partial_dates(
    draw: st.DrawFn,
    *,
    min_year: int = 1991,
    max_year: int = 2030,
    ranges: bool = True,
    with_text: bool = True,
) -> PartialDate:
    """A valid :class:`~kzcite.records.PartialDate` at year, month or day precision;
    with ``ranges`` sometimes a range with a later end (never a nested range); with
    ``texts`` sometimes the text it was read from (``01.06.2022``)."""
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from(("year", "month", "day", "day")))
    month = day = None
    if precision != "year":
        month = draw(st.integers(1, 12))
        if precision == "day":
            day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    text = ""
    if with_text and draw(st.booleans()):
        text = ".".join(f"{p:02d}" for p in (day, month) if p is not None) + (
            f".{year}" if month is not None else str(year)
        )
    end = None
    if ranges and draw(st.integers(0, 5)) == 0:
        end = draw(
            partial_dates(min_year=year + 1, max_year=year + 2, ranges=False, with_text=False)
        )
    return PartialDate(year, month, day, text=text, end=end)


@st.composite
def _metadata(draw: st.DrawFn, raw: str) -> dict[str, Any]:
    """Spans, diagnostics and provenance (not part of equality, but kept by kzjson)."""
    n = len(raw)
    span = st.builds(lambda a, b: Span(min(a, b), max(a, b)), st.integers(0, n), st.integers(0, n))
    fields = draw(
        st.lists(
            st.builds(
                FieldInfo,
                st.sampled_from(("title", "outlet", "date", "authors", "url")),
                st.none() | span,
                st.floats(0, 1),
            ),
            max_size=3,
        )
    )
    diagnostics = draw(
        st.lists(
            st.builds(
                Diagnostic,
                st.sampled_from(("W101", "E201", "I301")),
                texts(specials=False),
                span=st.none() | span,
                severity=st.sampled_from(Severity),
                line=st.none() | st.integers(1, 500),
                source=st.none() | st.just("news.txt"),
            ),
            max_size=2,
        )
    )
    changes = st.lists(
        st.builds(
            Change,
            st.sampled_from(("quotes", "dates", "outlets")),
            st.sampled_from(("title", "outlet", "date")),
            texts(specials=False),
            texts(specials=False),
        ),
        max_size=2,
    )
    provenance = draw(
        st.just(Provenance())
        | st.builds(
            Provenance,
            source=st.none() | st.just("seeds/000.txt"),
            line_start=st.none() | st.integers(1, 100),
            line_end=st.none() | st.integers(100, 200),
            header=st.none() | st.sampled_from(HEADERS),
            changes=changes.map(tuple),
        )
    )
    return {"fields": tuple(fields), "diagnostics": tuple(diagnostics), "provenance": provenance}


@st.composite
def _outlets(draw: st.DrawFn) -> str:
    shape = draw(st.integers(0, 4))
    if shape == 0:
        word = draw(_word("latin", capital=True))
        return f"{word}.{draw(st.sampled_from(_TLDS))}"
    if shape in (1, 2):
        return draw(st.sampled_from(_vocab("outlets")))
    return " ".join(draw(st.lists(_word(capital=True), min_size=1, max_size=4)))


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def references(draw: st.DrawFn, *, metadata: bool = True) -> Reference:
    """A realistic, valid :class:`~kzcite.records.Reference`.

    Every text value is whitespace-normalised and non-empty; ``urls`` only when ``url``
    is set; dates are valid (ranges end later). With ``metadata`` the fields that do not
    take part in equality (``fields``, ``diagnostics``, ``provenance``) are filled too.
    """
    kind = draw(st.sampled_from(Kind))
    title = draw(_optional(texts()))
    authors = tuple(draw(st.lists(persons(), max_size=3)))
    outlet = draw(_optional(_outlets()))
    date = draw(_optional(partial_dates()))
    url = draw(_optional(urls()))
    small = texts(specials=False, max_words=3)
    number = st.integers(1, 999).map(str)
    pages = st.sampled_from(("12-15", "7", "12–15", "101-120", "iv", "3, 7"))
    ref_number = st.sampled_from(("№ 123-VI", "1/2022", "35", "No. 7 & 8"))
    raw_parts = [outlet or "", *(p.display() for p in authors)]
    if date is not None:
        raw_parts.append(date.text or date.isoformat())
    if title:
        raw_parts.append(f"„{title}“")
    if url:
        raw_parts.append(url)
    raw = ", ".join(p for p in raw_parts if p) + ";"
    extra = draw(_metadata(raw)) if metadata else {}
    return Reference(
        raw=raw,
        kind=kind,
        title=title,
        authors=authors,
        outlet=outlet,
        outlet_id=draw(_optional(st.sampled_from(("kz.adilet", "ee.epl", "org.eurasianet")))),
        date=date,
        url=url,
        language=draw(_optional(st.sampled_from(_LANGUAGES))),
        access_date=draw(_optional(partial_dates(ranges=False))),
        other_dates=tuple(
            draw(
                st.lists(
                    st.tuples(
                        st.sampled_from(("registered", "in-force", "updated")),
                        partial_dates(ranges=False),
                    ),
                    max_size=2,
                )
            )
        ),
        volume=draw(_optional(number)),
        issue=draw(_optional(number)),
        pages=draw(_optional(pages)),
        number=draw(_optional(ref_number)),
        place=draw(_optional(st.sampled_from(_vocab("places")))),
        doi=draw(_optional(st.sampled_from(("10.1234/abc_def-1", "10.1080/0163-4(2022)7")))),
        translated_title=draw(_optional(texts(max_words=6))),
        alt_titles=tuple(draw(st.lists(small, max_size=2))),
        urls=tuple(draw(st.lists(urls(), max_size=2))) if url else (),
        note=draw(_optional(texts(max_words=6))),
        **extra,
    )


# ----------------------------------------------------------------------------- lines


@st.composite
def _line_outlet(draw: st.DrawFn) -> str:
    shape = draw(st.integers(0, 3))
    if shape == 0:
        word = draw(_word("latin", capital=True))
        return f"{word}.{draw(st.sampled_from(('kz', 'ru', 'ee', 'com')))}"
    if shape == 1:
        return draw(st.sampled_from(_vocab("outlets")))
    script = draw(st.sampled_from(sorted(_SCRIPTS)))
    return " ".join(draw(st.lists(_word(script, capital=True), min_size=1, max_size=4)))


@st.composite
def reference_lines(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """``(line, expected)`` for a line ``Outlet[. Family, Given][, DD.MM.YYYY], „Title“;``.

    ``expected`` holds ``outlet`` (str), ``authors`` (tuple of
    :class:`~kzcite.records.Person`), ``date`` (:class:`~kzcite.records.PartialDate` at
    day precision, or None) and ``title`` (str, without the quotes).
    """
    outlet = draw(_line_outlet())
    person = draw(_optional(persons(literals=False)))
    if person is not None and not person.given:
        person = Person(person.family, draw(_word(capital=True)))
    date = draw(
        _optional(partial_dates(ranges=False, with_text=False).filter(lambda d: d.day is not None))
    )
    title = draw(texts(specials=False, quotes=False)).replace(";", ",")
    title = title.replace("\xa0", " ")
    line = outlet
    if person is not None:
        line += f". {person.family}, {person.given}"
    if date is not None:
        assert date.month is not None and date.day is not None
        line += f", {date.day:02d}.{date.month:02d}.{date.year}"
    line += f", „{title}“;"
    expected = {
        "outlet": outlet,
        "authors": (person,) if person is not None else (),
        "date": date,
        "title": title,
    }
    return line, expected


@st.composite
def _prose(draw: st.DrawFn) -> str:
    sentences = draw(
        st.lists(texts(specials=False, quotes=False, max_words=15), min_size=1, max_size=4)
    )
    return " ".join(s.replace("\xa0", " ").rstrip(" ,:–—-") + "." for s in sentences)


@st.composite
def documents(
    draw: st.DrawFn, *, headers: tuple[str, ...] = HEADERS, max_entries: int = 8
) -> tuple[str, int]:
    """``(text, n_entries)``: 1–3 prose paragraphs, a blank line, a block header from
    ``headers`` and ``n_entries`` lines from :func:`reference_lines`, one per line (the
    last one ends with ``;``, ``.`` or nothing)."""
    paragraphs = draw(st.lists(_prose(), min_size=1, max_size=3))
    header = draw(st.sampled_from(headers))
    lines = [
        line for line, _ in draw(st.lists(reference_lines(), min_size=1, max_size=max_entries))
    ]
    ending = draw(st.sampled_from((";", ".", "")))
    lines[-1] = lines[-1][:-1] + ending
    text = "\n\n".join(paragraphs) + "\n\n" + header + "\n" + "\n".join(lines) + "\n"
    return text, len(lines)
