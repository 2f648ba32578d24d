"""kzcite JSON: exact, lossless round trips and strict reading."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzcite.errors import InputError
from kzcite.kzjson import read_kzjson, reference_from_dict, reference_to_dict, to_kzjson
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
from kzcite.testing import references

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def everything(ref: Reference) -> tuple[object, ...]:
    """All of a reference, including what ``==`` ignores (spans, texts of dates)."""
    dates = [ref.date, ref.access_date, *(d for _, d in ref.other_dates)]
    texts = [(d.text, d.end.text if d.end else None) for d in dates if d is not None]
    return (ref, ref.fields, ref.diagnostics, ref.provenance, texts)


@SETTINGS
@given(st.lists(references(), max_size=4))
def test_exact_round_trip(refs: list[Reference]) -> None:
    back = read_kzjson(to_kzjson(refs))
    assert [everything(r) for r in back] == [everything(r) for r in refs]


@SETTINGS
@given(references())
def test_dict_round_trip_through_json(ref: Reference) -> None:
    d = json.loads(json.dumps(reference_to_dict(ref)))
    assert everything(reference_from_dict(d)) == everything(ref)


FULL = Reference(
    raw="Eesti Päevaleht. Kressa, Kaarel, 01.06.2022, „Kasahstan liigub“;",
    kind=Kind.ARTICLE,
    title="Kasahstan liigub",
    authors=(Person("Kressa", "Kaarel"), Person(literal="ERR")),
    outlet="Eesti Päevaleht",
    outlet_id="ee.epl",
    date=PartialDate(2022, 6, 1, text="01.06.2022", end=PartialDate(2022, 6, 3, text="03.06")),
    url="https://epl.ee/a",
    language="et",
    access_date=PartialDate(2022, 7),
    other_dates=(("registered", PartialDate(2022)),),
    volume="1",
    issue="2",
    pages="3-4",
    number="5",
    place="Tallinn",
    doi="10.1/x",
    translated_title="Kazakhstan moves",
    alt_titles=("Alt",),
    urls=("https://b.ee",),
    note="rest",
    fields=(FieldInfo("title", Span(45, 61), 0.875), FieldInfo("url", None, 1.0)),
    diagnostics=(
        Diagnostic("W101", "odd", Span(0, 3), Severity.ERROR, 7, "a.txt"),
        Diagnostic("I1", "fine"),
    ),
    provenance=Provenance("a.txt", 7, 8, "Loe lähemalt:", (Change("quotes", "title", "a", "b"),)),
)


def test_full_record() -> None:
    text = to_kzjson([FULL])
    doc = json.loads(text)
    assert doc["format"] == "kzcite" and doc["version"] == 1
    d = doc["references"][0]
    assert d["date"] == {
        "year": 2022,
        "month": 6,
        "day": 1,
        "text": "01.06.2022",
        "end": {"year": 2022, "month": 6, "day": 3, "text": "03.06"},
    }
    assert d["diagnostics"][1] == {"code": "I1", "message": "fine"}
    assert d["fields"][0] == {"name": "title", "span": [45, 61], "confidence": 0.875}
    assert d["provenance"]["changes"] == [
        {"step": "quotes", "field": "title", "before": "a", "after": "b"}
    ]
    assert "Päevaleht" in text  # UTF-8 kept
    assert everything(read_kzjson(text)[0]) == everything(FULL)


def test_minimal_record_is_small() -> None:
    assert reference_to_dict(Reference("x")) == {"raw": "x", "kind": "other"}
    assert reference_from_dict({"raw": "x"}) == Reference("x")


def test_bare_array_is_accepted() -> None:
    assert read_kzjson('[{"raw": "a", "title": "T"}]') == [Reference("a", title="T")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ('{"format": "csl"}', "not a kzcite JSON document"),
        ('{"format": "kzcite", "version": 9, "references": []}', "version"),
        ('[{"raw": "a", "titel": "typo"}]', "reference 0: .*unknown key.*titel"),
        ('[{"raw": "a"}, {"raw": "b", "kind": "poem"}]', "reference 1: .*kind"),
        ('[{"raw": "a", "date": {"year": 2022, "month": 2, "day": 30}}]', "reference 0"),
        ('[{"raw": 5}]', "reference 0: reference.raw"),
        ('[{"raw": "a", "fields": [{"name": "t", "span": [3, 1], "confidence": 1}]}]', "span"),
        ('[{"raw": "a", "authors": [{"family": true}]}]', "family"),
        ('{"format": "kzcite", "version": 1, "references": {}}', "list"),
    ],
)
def test_bad_input(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_kzjson(text)
