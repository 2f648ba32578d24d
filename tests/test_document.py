"""Whole documents: the bundled seeds and the nothing-is-lost guarantee."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kzcite
from kzcite import DiagnosticError, parse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TREATY = (
    "О ратификации Договора между Республикой Казахстан и Российской Федерацией"
    " о военном сотрудничестве"
)


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def test_seed_000_gives_the_seven_references_in_order() -> None:
    res = parse(seed("000_c16310cb0e8891f0.txt"), source="000.txt")
    refs = res.references
    assert len(refs) == 7
    assert res.unparsed == ()
    assert [r.outlet for r in refs] == [
        "Әділет",
        "Сенат Парламента Республики Казахстан",
        "Сенат Парламента Республики Казахстан",
        "Eurasianet",
        "Kapital.kz",
        "Eesti Päevaleht",
        "EURACTIV",
    ]
    assert [r.date.isoformat() if r.date else None for r in refs] == [
        None,
        None,
        "2022-01-18",
        "2021-12-22",
        "2022-02-17",
        "2022-06-01",
        "2022-09-29",
    ]
    assert refs[0].title == TREATY
    assert refs[1].title == TREATY
    assert refs[2].title is not None and refs[2].title.startswith(TREATY + ". Информация")
    assert refs[2].title.endswith("1994 и 2020 годов")
    assert [(p.family, p.given) for p in refs[5].authors] == [("Kressa", "Kaarel")]
    assert refs[6].title == "By welcoming draft-dodgers Kazakhstan increases distance from Russia"
    assert [d.code for d in refs[6].diagnostics] == ["truncated-title"]
    assert refs[6].diagnostics[0].line == 11
    assert all(r.provenance.source == "000.txt" for r in refs)
    assert refs[0].provenance.line_start == 5


@pytest.mark.parametrize(
    "name",
    [
        "001_69736458c82ba731.txt",
        "002_ced4585387f2cb2a.txt",
        "003_f6b4428bf88e9a2f.txt",
        "004_d7ac13efb5320fcd.txt",
    ],
)
def test_seeds_without_a_list_give_nothing(name: str) -> None:
    res = parse(seed(name))
    assert res.references == ()
    assert res.unparsed == ()


def test_strict_turns_warnings_into_an_exception() -> None:
    with pytest.raises(DiagnosticError, match="truncated-title"):
        parse(seed("000_c16310cb0e8891f0.txt"), source="000.txt", strict=True)


def test_unparsed_entries_are_reported_with_raw_text() -> None:
    text = "Sources:\nBBC, 01.02.2020, “Title one”;\n;;;\nDW, 02.02.2020, “Title two”;\n"
    res = parse(text)
    assert len(res.references) == 2
    got = {e.raw for e in res.unparsed}
    assert got == {";;;"} or got == set()
    total = len(res.references) + len(res.unparsed)
    assert total == sum(len(b.entries) for b in res.blocks)


_scripts = st.sampled_from(
    [
        "abc Def",
        "Кириллица",
        "Қазақ тілі",
        "Päevaleht",
        "«",
        "„",
        "“",
        "”",
        ";",
        ",",
        ".",
        " ",
        "\n",
        "1.",
        "[2]",
        "http://x.ee/a",
        "01.06.2022",
        "2022",
        "//",
        " — ",
        "Loe lähemalt:",
        "Источники",
        "\t",
        "\x07",
        "By ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_scripts, max_size=40).map("".join))
def test_parse_never_raises_and_loses_nothing(text: str) -> None:
    res = parse(text)
    entries = [e for b in res.blocks for e in b.entries]
    raws = {r.raw for r in res.references} | {e.raw for e in res.unparsed}
    for entry in entries:
        # every entry is a reference or an unparsed entry (or was split into several)
        assert (
            entry.raw in raws
            or any(r.raw in entry.raw for r in res.references)
            or any(u.raw in entry.raw for u in res.unparsed)
        )


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=300))
def test_parse_reference_never_raises(text: str) -> None:
    ref = kzcite.parse_reference(text)
    assert ref.raw == text


def test_parse_names_a_linked_site_by_its_registered_name() -> None:
    # parse_reference keeps the host; the document pipeline normalizes it
    res = parse("Sources:\nhttps://www.rosbalt.ru/world/2022/03/03/1234.html\n")
    assert [r.outlet for r in res.references] == ["Росбалт"]


def test_ibid_cites_the_source_of_the_note_before_it() -> None:
    res = parse(
        "Notes\n"
        "[1] Sally N. Cummings, Kazakhstan: Power and the Elite (London: I.B. Tauris, 2005), 45.\n"
        "[2] Ibid., 47.\n"
    )
    first, second = res.references
    assert (second.title, second.outlet, second.date) == (first.title, first.outlet, first.date)
    assert (second.raw, second.note, second.provenance.line_start) == (
        "[2] Ibid., 47.",
        "Ibid., 47",
        3,
    )
    assert res.unparsed == ()


def test_ibid_with_nothing_before_it_stays_unparsed() -> None:
    res = parse("Notes\n[1] Ibid., 47.\n[2] Ibid.\n")
    assert res.references == ()
    assert [e.raw for e in res.unparsed] == ["[1] Ibid., 47.", "[2] Ibid."]


def test_tajik_sources_heading_reaches_provenance() -> None:
    res = parse(
        "Сатҳи оби Вахш дар тобистон паст шуд, хабар медиҳад агентии «Ховар».\n\n"
        "Сарчашмаҳо:\n"
        "Ховар, 14.07.2023, «Сатҳи оби дарёҳо паст шуд»;\n"
        "Asia-Plus, 16.07.2023, «Маловодье в Таджикистане»;\n",
        source="tj.txt",
    )
    assert [r.provenance.header for r in res.references] == ["Сарчашмаҳо", "Сарчашмаҳо"]
    assert [r.provenance.line_start for r in res.references] == [4, 5]
