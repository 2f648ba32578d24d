"""CSL-JSON: mapping, round trips through JSON text, foreign items, errors."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzcite.csl import from_csl, read_csl_json, to_csl, to_csl_json
from kzcite.errors import InputError, InvalidDateError
from kzcite.kzjson import to_kzjson
from kzcite.records import Kind, PartialDate, Person, Reference
from kzcite.testing import references

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(references(metadata=False))
def test_round_trip_through_json_text(ref: Reference) -> None:
    item = json.loads(json.dumps(to_csl(ref)))
    assert from_csl(item) == attrs.evolve(ref, raw="")


@SETTINGS
@given(st.lists(references(metadata=False), max_size=4))
def test_document_round_trip_and_unique_ids(refs: list[Reference]) -> None:
    text = to_csl_json(refs)
    items = json.loads(text)
    assert len({i["id"] for i in items}) == len(refs)
    assert read_csl_json(text) == [attrs.evolve(r, raw="") for r in refs]


@SETTINGS
@given(references(metadata=False))
def test_no_empty_fields(ref: Reference) -> None:
    for key, value in to_csl(ref).items():
        assert value not in (None, "", [], {}), key


def test_news_article_mapping() -> None:
    ref = Reference(
        "Eesti Päevaleht. Kressa, Kaarel, 01.06.2022, „Kasahstan liigub“;",
        kind=Kind.ARTICLE,
        title="Kasahstan liigub",
        authors=(Person("Kressa", "Kaarel"), Person(literal="ERR")),
        outlet="Eesti Päevaleht",
        date=PartialDate(2022, 6, 1),
        url="https://epl.delfi.ee/a",
        language="et",
        access_date=PartialDate(2022, 6),
        doi="10.1/x",
    )
    assert to_csl(ref, id="k1") == {
        "id": "k1",
        "type": "article-newspaper",
        "title": "Kasahstan liigub",
        "author": [{"family": "Kressa", "given": "Kaarel"}, {"literal": "ERR"}],
        "container-title": "Eesti Päevaleht",
        "issued": {"date-parts": [[2022, 6, 1]]},
        "accessed": {"date-parts": [[2022, 6]]},
        "URL": "https://epl.delfi.ee/a",
        "DOI": "10.1/x",
        "language": "et",
    }
    assert to_csl(ref)["id"] == "kressa2022kasahstan"


@pytest.mark.parametrize(
    ("kind", "extra", "csl_type", "outlet_key"),
    [
        (Kind.ARTICLE, {}, "article-newspaper", "container-title"),
        (Kind.ARTICLE, {"volume": "12"}, "article-journal", "container-title"),
        (Kind.ARTICLE, {"pages": "3-7"}, "article-journal", "container-title"),
        (Kind.WEBPAGE, {}, "webpage", "container-title"),
        (Kind.LEGAL, {}, "legislation", "container-title"),
        (Kind.REPORT, {}, "report", "publisher"),
        (Kind.BOOK, {}, "book", "publisher"),
        (Kind.CHAPTER, {}, "chapter", "publisher"),
        (Kind.OTHER, {}, "document", "container-title"),
    ],
)
def test_types_and_outlet_slot(
    kind: Kind, extra: dict[str, str], csl_type: str, outlet_key: str
) -> None:
    item = to_csl(Reference("", kind=kind, outlet="Әділет", **extra))
    assert item["type"] == csl_type
    assert item[outlet_key] == "Әділет"
    assert {"container-title", "publisher", "authority"} & set(item) == {outlet_key}
    assert from_csl(item).kind is kind


def test_ranges_are_two_rows() -> None:
    ref = Reference("", date=PartialDate(2021, 12, end=PartialDate(2022, 1)))
    assert to_csl(ref)["issued"] == {"date-parts": [[2021, 12], [2022, 1]]}
    assert from_csl(to_csl(ref)).date == ref.date


def test_kzcite_only_fields_travel_in_custom() -> None:
    ref = Reference(
        "",
        title="Договор",
        translated_title="Treaty",
        alt_titles=("Шарт",),
        url="https://a.kz",
        urls=("https://b.kz",),
        outlet_id="kz.adilet",
        other_dates=(("in-force", PartialDate(2022, 3, 1)),),
    )
    item = to_csl(ref)
    assert item["custom"] == {
        "translated-title": "Treaty",
        "alt-titles": ["Шарт"],
        "urls": ["https://b.kz"],
        "outlet-id": "kz.adilet",
        "other-dates": [{"label": "in-force", "date-parts": [[2022, 3, 1]]}],
    }
    assert from_csl(item) == ref


def test_foreign_items() -> None:
    item = {
        "id": "x",
        "type": "article-journal",
        "title": " Central Asian Survey ",
        "container-title": ["Central Asian Survey"],
        "author": [
            {"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"},
            {"family": "King", "given": "Martin", "suffix": "Jr."},
            {"given": "Madonna"},
            "Eurasian Development Bank",
        ],
        "issued": {"date-parts": [["2022", "06", ""]]},
        "accessed": {"raw": "2022-07-01"},
        "volume": 41,
        "page": "1-20",
    }
    ref = from_csl(item)
    assert ref.title == "Central Asian Survey"
    assert ref.outlet == "Central Asian Survey"
    assert ref.authors == (
        Person("van der Berg", "Jan"),
        Person("King", "Martin Jr."),
        Person(given="Madonna"),
        Person(literal="Eurasian Development Bank"),
    )
    assert ref.date == PartialDate(2022, 6)
    assert ref.access_date == PartialDate(2022, 7, 1)
    assert ref.volume == "41" and ref.pages == "1-20"
    assert ref.kind is Kind.ARTICLE
    assert from_csl({"type": "motion_picture"}).kind is Kind.OTHER
    assert from_csl({"type": "legislation", "authority": "Сенат"}).outlet == "Сенат"


def test_read_single_object_and_items_wrapper() -> None:
    assert read_csl_json('{"type": "book", "title": "A"}')[0].title == "A"
    assert read_csl_json('{"items": [{"type": "book", "title": "B"}]}')[0].title == "B"
    assert read_csl_json("[]") == []


def test_reads_kzcite_json_too() -> None:
    ref = Reference("raw line", title="T", date=PartialDate(2022, 1, 2, text="02.01.2022"))
    assert read_csl_json(to_kzjson([ref])) == [ref]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not valid JSON"),
        ('[{"title": "ok"}, {"issued": {"date-parts": [[2022, 2, 31]]}}]', "item 1"),
        ('[{"title": "ok"}, {"title": "ok"}, {"author": 5}]', "item 2"),
        ('[{"title": {"a": 1}}]', "item 0"),
        ('[{"issued": {"date-parts": [["x"]]}}]', "item 0"),
        ("[3]", "item 0"),
    ],
)
def test_bad_items_name_their_index(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_csl_json(text)


def test_from_csl_raises_on_impossible_dates() -> None:
    with pytest.raises(InvalidDateError):
        from_csl({"issued": {"date-parts": [[2022, 2, 30]]}})


def test_json_keeps_utf8() -> None:
    text = to_csl_json([Reference("", title="Қазақстан „x“")], indent=None)
    assert "Қазақстан „x“" in text and "\n" not in text
