"""The public hypothesis strategies produce what their docstrings promise."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings

from kzcite.records import PartialDate, Person, Reference
from kzcite.testing import (
    HEADERS,
    documents,
    partial_dates,
    persons,
    reference_lines,
    references,
    texts,
    urls,
)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def normalised(text: str) -> bool:
    return (
        bool(text)
        and text == text.strip()
        and "  " not in text
        and not re.search(r"[\r\n\t\x00-\x1f\u2028\u2029]", text)
    )


@SETTINGS
@given(texts())
def test_texts_are_normalised(text: str) -> None:
    assert normalised(text)


@SETTINGS
@given(texts(specials=False, quotes=False))
def test_texts_without_specials_or_quotes(text: str) -> None:
    assert not set(text) & set("„“”\\{}\xa0")


@SETTINGS
@given(urls())
def test_urls(url: str) -> None:
    assert re.fullmatch(r"https?://[^\s{}\\\"']+", url)


@SETTINGS
@given(persons())
def test_persons(person: Person) -> None:
    if person.literal:
        assert not person.family and not person.given and normalised(person.literal)
    else:
        assert normalised(person.family)
        assert person.given == "" or normalised(person.given)


@SETTINGS
@given(persons(literals=False, initials=False))
def test_persons_options(person: Person) -> None:
    assert not person.literal
    assert not re.fullmatch(r"(\w\.[ -]?)+", person.given)


@SETTINGS
@given(partial_dates())
def test_partial_dates(date: PartialDate) -> None:
    assert 1991 <= date.year <= 2030
    if date.text:
        parts = [date.day, date.month, date.year]
        assert date.text == ".".join(f"{p:02d}" for p in parts if p is not None)
    if date.end is not None:
        assert date.end.end is None
        assert date.end.year > date.year


@SETTINGS
@given(partial_dates(min_year=2000, max_year=2000, ranges=False, with_text=False))
def test_partial_dates_options(date: PartialDate) -> None:
    assert date.year == 2000 and date.end is None and date.text == ""


@SETTINGS
@given(references())
def test_references(ref: Reference) -> None:
    for value in (ref.title, ref.outlet, ref.note, ref.translated_title, *ref.alt_titles):
        assert value is None or normalised(value)
    if ref.urls:
        assert ref.url
    assert ref.raw.endswith(";")


# The news-list shape, read back by a regex: the expected fields must be exactly what
# the line says.
LINE = re.compile(
    r"(?P<outlet>[^,]+?)(?:\. (?P<family>[^,]+), (?P<given>[^,]+?))?"
    r"(?:, (?P<d>\d\d)\.(?P<m>\d\d)\.(?P<y>\d{4}))?, „(?P<title>[^„“”]+)“;"
)


@SETTINGS
@given(reference_lines())
def test_reference_lines_say_what_they_expect(case: tuple[str, dict[str, object]]) -> None:
    line, expected = case
    match = LINE.fullmatch(line)
    assert match, line
    assert set(expected) == {"outlet", "authors", "date", "title"}
    assert match["outlet"] == expected["outlet"]
    assert match["title"] == expected["title"]
    authors = (Person(match["family"], match["given"]),) if match["family"] else ()
    assert authors == expected["authors"]
    date = PartialDate(int(match["y"]), int(match["m"]), int(match["d"])) if match["y"] else None
    assert date == expected["date"]
    assert "\n" not in line


@SETTINGS
@given(documents())
def test_documents(case: tuple[str, int]) -> None:
    text, n = case
    prose, block = re.split(r"\n\n(?=(?:" + "|".join(map(re.escape, HEADERS)) + r")\n)", text)
    assert prose.strip() and "„" not in prose
    header, *lines = block.rstrip("\n").split("\n")
    assert header in HEADERS
    assert len(lines) == n >= 1
    for line in lines[:-1]:
        assert line.endswith("“;")
    assert re.search(r"“[;.]?$", lines[-1])
