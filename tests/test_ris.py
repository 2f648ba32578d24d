"""RIS writer and reader."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzcite.errors import InputError
from kzcite.records import Kind, PartialDate, Person, Reference
from kzcite.ris import read_ris, to_ris
from kzcite.testing import references

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def representable(ref: Reference) -> Reference:
    """RIS has no outlet id, extra dates, alternative titles or date ranges."""
    date = (
        ref.date if ref.date is None or ref.date.end is None else attrs.evolve(ref.date, end=None)
    )
    return attrs.evolve(ref, raw="", outlet_id=None, other_dates=(), alt_titles=(), date=date)


@SETTINGS
@given(st.lists(references(metadata=False), max_size=4))
def test_round_trip(refs: list[Reference]) -> None:
    assert read_ris(to_ris(refs)) == [representable(r) for r in refs]


@SETTINGS
@given(references(metadata=False))
def test_every_line_is_a_tag(ref: Reference) -> None:
    for line in to_ris([ref]).split("\n"):
        assert line == "" or (line[:2].isalnum() and line[2:6] == "  - ")


def test_record_shape() -> None:
    ref = Reference(
        "",
        kind=Kind.ARTICLE,
        title="Kazakhstan ratifies",
        translated_title="Казахстан ратифицирует",
        authors=(Person("Kressa", "Kaarel"), Person("Mono"), Person(literal="ERR")),
        outlet="Eurasianet",
        date=PartialDate(2021, 12),
        access_date=PartialDate(2022, 1, 5),
        url="https://eurasianet.org/a",
        urls=("https://web.archive.org/a",),
        pages="12-15",
        volume="3",
        language="en",
        number="7",
        place="Tallinn",
        note="n",
        doi="10.1/x",
    )
    lines = to_ris([ref]).split("\n")
    assert lines == [
        "TY  - JOUR",
        "ID  - kressa2021kazakhstan",
        "TI  - Kazakhstan ratifies",
        "TT  - Казахстан ратифицирует",
        "AU  - Kressa, Kaarel",
        "AU  - Mono,",
        "AU  - ERR",
        "T2  - Eurasianet",
        "PY  - 2021",
        "DA  - 2021/12//",
        "Y2  - 2022/01/05/",
        "UR  - https://eurasianet.org/a",
        "UR  - https://web.archive.org/a",
        "DO  - 10.1/x",
        "LA  - en",
        "VL  - 3",
        "SP  - 12",
        "EP  - 15",
        "M1  - 7",
        "CY  - Tallinn",
        "N1  - n",
        "ER  - ",
        "",
    ]
    assert read_ris("\n".join(lines)) == [attrs.evolve(ref, raw="")]


@pytest.mark.parametrize(
    ("kind", "ris_type", "outlet_tag"),
    [
        (Kind.ARTICLE, "NEWS", "T2"),
        (Kind.WEBPAGE, "ELEC", "T2"),
        (Kind.LEGAL, "STAT", "T2"),
        (Kind.REPORT, "RPRT", "PB"),
        (Kind.BOOK, "BOOK", "PB"),
        (Kind.CHAPTER, "CHAP", "PB"),
        (Kind.OTHER, "GEN", "T2"),
    ],
)
def test_types(kind: Kind, ris_type: str, outlet_tag: str) -> None:
    text = to_ris([Reference("", kind=kind, outlet="Әділет")])
    assert text.startswith(f"TY  - {ris_type}\n")
    assert f"\n{outlet_tag}  - Әділет\n" in text
    assert read_ris(text)[0].kind is kind


def test_partial_dates() -> None:
    text = to_ris([Reference("", date=PartialDate(2022))])
    assert "DA  - 2022///" in text and "PY  - 2022" in text
    assert read_ris(text)[0].date == PartialDate(2022)


def test_newlines_cannot_open_a_tag() -> None:
    evil = "Title\nER  - \nTY  - BOOK\r\nTI  - injected\u2028AU  - X"
    text = to_ris([Reference("", title=evil, note=evil)])
    (back,) = read_ris(text)
    assert back.title == "Title ER  -  TY  - BOOK TI  - injected AU  - X"
    assert back.authors == ()


def test_reads_foreign_files() -> None:
    text = (
        "\ufeffsome preamble\r\n"
        "TY  - JOUR\r\n"
        "T1  - First title\r\n"
        "A1  - Иванов, И. И.\r\n"
        "JO  - Вестник\r\n"
        "Y1  - 2019/03/31/\r\n"
        "SP  - 5\r\n"
        "N1  - a note that was\r\n"
        "wrapped over two lines\r\n"
        "ER  -\r\n"
        "TY  - BOOK\r\n"
        "TI  - No end record\r\n"
        "PB  - Фолиант\r\n"
        "PY  - 2001\r\n"
    )
    first, second = read_ris(text)
    assert first.title == "First title"
    assert first.authors == (Person("Иванов", "И. И."),)
    assert first.outlet == "Вестник"
    assert first.date == PartialDate(2019, 3, 31)
    assert first.pages == "5"
    assert first.note == "a note that was wrapped over two lines"
    assert second.kind is Kind.BOOK and second.outlet == "Фолиант"
    assert second.date == PartialDate(2001)


def test_invalid_dates_degrade() -> None:
    (ref,) = read_ris("TY  - GEN\nDA  - 2022/02/30/\nER  - \n")
    assert ref.date == PartialDate(2022, 2)


def test_not_ris() -> None:
    with pytest.raises(InputError):
        read_ris("just some text")
    assert read_ris("") == []
