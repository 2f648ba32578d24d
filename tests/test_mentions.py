"""Mentions in running text are reported apart from bibliography entries."""

from __future__ import annotations

from kzcite import parse
from kzcite.mentions import find_mentions


def test_attributions_in_several_languages() -> None:
    text = (
        "According to Reuters, talks stalled. Газета «Коммерсантъ» пишет, что сделка сорвана. "
        "ERR teatab, et valitsus kogunes."
    )
    got = [(m.kind, m.outlet) for m in find_mentions(text)]
    assert ("attribution", "Reuters") in got
    assert ("attribution", "Коммерсантъ") in got
    assert ("attribution", "ERR") in got


def test_person_quotes_are_not_sources() -> None:
    assert find_mentions("President Tokayev said the reforms would continue.") == []


def test_inline_links_carry_their_outlet_and_span() -> None:
    text = "See the map at https://www.rferl.org/a/some-story/123.html for details."
    (m,) = find_mentions(text)
    assert m.kind == "link"
    assert m.outlet == "RFE/RL"
    assert text[m.span.start : m.span.end] == "https://www.rferl.org/a/some-story/123.html"


def test_mentions_in_prose_are_not_references() -> None:
    doc = (
        "Kazakhstan's parliament approved the deal, according to Reuters. The Wall Street "
        "Journal reports that the vote was close; details at https://www.wsj.com/articles/x.\n"
    )
    res = parse(doc)
    assert res.references == ()
    assert {m.outlet for m in res.mentions} >= {"Reuters"}
