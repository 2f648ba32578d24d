"""Tests for kzcite.dedupe and its keys (kzcite._dedupe_keys)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import attrs
import iuliia
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzcite._dedupe_keys import (
    doi_key,
    fold_confusables,
    month_set,
    number_key,
    number_set,
    outlet_key,
    outlets_compatible,
    skeleton,
)
from kzcite.dedupe import Cluster, DedupeResult, Link, dedupe, title_key, url_key
from kzcite.records import Kind, PartialDate, Person, Reference

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from _dedupe_data import generate, pair_counts


def ref(title: str | None = None, **kw: object) -> Reference:
    raw = str(kw.pop("raw", "")) or ", ".join(
        str(v) for v in (kw.get("outlet"), kw.get("date"), title, kw.get("url")) if v
    )
    return Reference(raw=raw, title=title, **kw)  # type: ignore[arg-type]


def partition(result: DedupeResult) -> list[tuple[int, ...]]:
    return [c.members for c in result.clusters]


# ------------------------------------------------------------------------------- keys

TREATY = "Договор о военном сотрудничестве между Республикой Казахстан и Российской Федерацией"


@pytest.mark.parametrize(
    "scheme",
    [
        iuliia.WIKIPEDIA,
        iuliia.BGN_PCGN,
        iuliia.GOST_779,
        iuliia.ALA_LC,
        iuliia.ALA_LC_ALT,
        iuliia.SCIENTIFIC,
        iuliia.MOSMETRO,
        iuliia.ICAO_DOC_9303,
        iuliia.GOST_7034,
        iuliia.ISO_9_1954,
    ],
    ids=lambda s: s.name,
)
def test_romanizations_share_the_skeleton_of_the_cyrillic_title(scheme: iuliia.Schema) -> None:
    assert skeleton(title_key(scheme.translate(TREATY))) == skeleton(title_key(TREATY))


def test_title_key_folds_quotes_case_and_lookalikes() -> None:
    plain = title_key("Договор о военном сотрудничестве")
    assert plain == "dogovor o voennom sotrudnichestve"
    assert title_key("«ДОГОВОР о военном сотрудничестве»") == plain
    assert title_key("„Дoгoвop o вoeннoм cотрудничестве“") == plain  # Latin o, p, e, c
    assert title_key("Kazakhstаn ratifies") == "kazakhstan ratifies"  # Cyrillic а


def test_title_key_kazakh_and_estonian_letters() -> None:
    assert title_key("Әділет: Қазақстан Республикасы") == "adilet qazaqstan respublikasy"
    assert skeleton(title_key("Qazaqstan")) == skeleton(title_key("Қазақстан"))
    assert title_key("Kasahstan liigub Venemaa mõjusfäärist") == (
        "kasahstan liigub venemaa mojusfaarist"
    )


def test_title_key_keeps_other_scripts_and_survives_junk() -> None:
    assert title_key("საქართველო 2022") == "საქართველო 2022"
    assert title_key("") == ""
    assert title_key("«»—…") == ""
    long_line = "„" * 200_000 + "ы." * 200_000 + "a" * 200_000
    assert title_key(long_line).startswith("y y y")


@pytest.mark.parametrize(
    "junk", ["a." * 300_000, "http://" + "a." * 200_000 + " x", "ы." * 300_000, "„" * 600_000]
)
def test_keys_take_linear_time_on_junk(junk: str) -> None:
    # a quadratic regex would take minutes here; these must stay well under a second
    assert isinstance(url_key(junk), str)
    assert isinstance(outlet_key(junk).compact, str)
    assert isinstance(month_set(title_key(junk)), frozenset)
    assert isinstance(number_set(junk), frozenset)


def test_fold_confusables_leaves_single_script_text_alone() -> None:
    assert fold_confusables("COOP in Астана") == "COOP in Астана"
    assert fold_confusables("Мoskva") == "Мoskva".translate(str.maketrans("М", "M"))


def test_url_key() -> None:
    base = "euractiv.com/section/central-asia/news/kazakhstan"
    for url in (
        "https://www.euractiv.com/section/central-asia/news/kazakhstan/",
        "http://EURACTIV.com/section/central-asia/news/kazakhstan?utm_source=twitter",
        "https://euractiv.com:443/section/central-asia/news/kazakhstan#comments",
        "euractiv.com/section/central-asia/news/kazakhstan?fbclid=IwAR0&gclid=1&yclid=2",
        "https://www.euractiv.com/section//central-asia/news/kazakhstan?mc_cid=9&ref=tg",
    ):
        assert url_key(url) == base, url
    assert url_key("https://kapital.kz/a?b=2&a=1&utm_medium=x") == "kapital.kz/a?a=1&b=2"
    assert url_key("https://kapital.kz:8080/a") == "kapital.kz:8080/a"
    assert url_key("https://a.kz/%D0%BF%D1%83%D1%82%D1%8C") == url_key("https://a.kz/путь")
    assert url_key("https://a.kz/#!/news/1") == "a.kz#!/news/1"
    assert url_key("https://a.kz/x?id=5") != url_key("https://a.kz/x?id=6")
    assert url_key("http://[::1") == "http://[::1"  # malformed: kept, never raises


def test_outlet_keys_meet_aliases_but_not_other_outlets() -> None:
    def same(a: str, b: str) -> bool:
        return outlets_compatible(outlet_key(a), outlet_key(b))

    assert same("EURACTIV", "euractiv.com")
    assert same("Әділет", "Adilet")
    assert same("Әділет", "adilet.zan.kz")
    assert same("RFE/RL", "Radio Free Europe/Radio Liberty")
    assert same("The Wall Street Journal", "wsj.com")
    assert same("www.inform.kz", "Казинформ")
    assert same("Сенат", "Сенат Парламента Республики Казахстан")
    assert same("The Astana Times", "astanatimes.com")
    assert not same("Kapital.kz", "Kursiv")
    assert not same("Әділет", "Сенат Парламента Республики Казахстан")
    assert not same("The Astana Times", "The Moscow Times")
    assert not same("astanatimes.com", "The Moscow Times")
    assert not outlets_compatible(outlet_key("X", "reg-a"), outlet_key("X", "reg-b"))


def test_numbers_months_identifiers() -> None:
    assert number_set(title_key("Weekly digest #0132, part 2")) == {"132", "2"}
    assert month_set(title_key("Inflation in June 2022")) == {6}
    assert month_set(title_key("Инфляция в июле 2022 года")) == {7}
    assert month_set(title_key("Inflatsioon detsembris")) == {12}
    assert month_set(title_key("Маусымдағы инфляция")) == {6}
    assert month_set(title_key("Kazakhstan and Russia")) == set()
    assert doi_key("doi: 10.1000/ABC") == doi_key("https://dx.doi.org/10.1000/abc")
    assert number_key("№ 12-VII ЗРК") == number_key("No12-vii зрк")


# ---------------------------------------------------------------------- the partition


def test_empty_and_single_inputs() -> None:
    assert dedupe([]) == DedupeResult((), ())
    one = ref("Something")
    result = dedupe([one])
    assert result.clusters == (Cluster(one, (0,), (), ()),)
    assert result.references() == [one]
    with pytest.raises(ValueError):
        dedupe([one], threshold=0)


def test_variants_of_one_article_merge() -> None:
    title = "Договор о военном сотрудничестве РК и РФ принял сенат"
    refs = [
        ref(title, outlet="Kapital.kz", date=PartialDate(2022, 2, 17)),
        ref("Other article entirely", outlet="Kapital.kz", date=PartialDate(2022, 2, 17)),
        ref("«ДОГОВОР О ВОЕННОМ СОТРУДНИЧЕСТВЕ РК И РФ ПРИНЯЛ СЕНАТ»", outlet="kapital.kz"),
        ref("Договор о военном сотрудничестве РК и РФ принял", outlet="Kapital.kz"),  # dropped
        ref("Договор о военом сотрудничестве РК и РФ принял сенат", date=PartialDate(2022, 2)),
        ref(
            "Dogovor o voyennom sotrudnichestve RK i RF prinyal senat",
            outlet="KAPITAL.KZ",
            date=PartialDate(2022, 2, 17, text="17 February 2022"),
        ),
        ref("Дoгoвop о военном сотрудничестве PK и PФ принял сенат", outlet="Kapital.kz"),
    ]
    result = dedupe(refs)
    assert partition(result) == [(0, 2, 3, 4, 5, 6), (1,)]
    merged = result.clusters[0].canonical
    assert merged.title == title
    assert merged.date == PartialDate(2022, 2, 17)
    assert merged.alt_titles == ("Dogovor o voyennom sotrudnichestve RK i RF prinyal senat",)
    assert merged.raw == refs[0].raw
    assert merged.outlet == "Kapital.kz"


def test_url_with_tracking_parameters_is_the_same_page() -> None:
    refs = [
        ref("Kazakhstan ratifies deal", url="https://eurasianet.org/kazakhstan-ratifies"),
        ref("Казахстан ратифицировал", url="http://www.eurasianet.org/kazakhstan-ratifies/?utm_source=fb"),
        ref(None, outlet="Eurasianet", url="https://eurasianet.org/kazakhstan-ratifies#top"),
        ref("Kazakhstan ratifies deal", url="https://eurasianet.org/"),  # a front page
    ]  # fmt: skip
    result = dedupe(refs)
    assert partition(result) == [(0, 1, 2, 3)]
    assert result.clusters[0].reason == ("title~1.00", "url")
    merged = result.clusters[0].canonical
    assert merged.url == "https://eurasianet.org/kazakhstan-ratifies"
    assert merged.urls == ("https://eurasianet.org/",)
    front = dedupe([refs[3], ref("Another story", url="https://eurasianet.org")])
    assert partition(front) == [(0,), (1,)]


def test_identical_records_and_doi() -> None:
    a = ref("Energy security in Central Asia", doi="10.1/x", raw="A")
    b = ref("Energy security in Central Asia (preprint)", doi="https://doi.org/10.1/X", raw="B")
    c = ref("A completely different title", doi="10.1/x", raw="C")
    result = dedupe([a, a, b, c])
    assert partition(result) == [(0, 1, 2), (3,)]
    assert result.clusters[0].reason == ("doi", "identical")
    assert result.clusters[0].scores == ((0, 1, 1.0), (0, 2, 1.0))
    assert [(x.kind, x.a, x.b, x.reason) for x in result.links] == [
        ("possible", 0, 3, "doi+title-conflict"),
        ("possible", 2, 3, "doi+title-conflict"),
    ]


# ------------------------------------------------------------------------------ vetoes


def test_dates_veto() -> None:
    t = "Tokayev signs the military cooperation treaty with Russia"
    near = dedupe([ref(t, date=PartialDate(2022, 2, 17)), ref(t, date=PartialDate(2022, 2, 18))])
    assert partition(near) == [(0, 1)]
    far = dedupe([ref(t, date=PartialDate(2022, 2, 17)), ref(t, date=PartialDate(2022, 2, 20))])
    assert partition(far) == [(0,), (1,)]
    years = dedupe([ref(t, date=PartialDate(2019)), ref(t, date=PartialDate(2022))])
    assert partition(years) == [(0,), (1,)]
    loose = dedupe([ref(t, date=PartialDate(2022)), ref(t, date=PartialDate(2022, 2, 18))])
    assert partition(loose) == [(0, 1)]


def test_periodic_titles_stay_apart() -> None:
    digest = [ref(f"Weekly digest #{n}", outlet="Vlast.kz") for n in (132, 133, 132)]
    assert partition(dedupe(digest)) == [(0, 2), (1,)]
    months = [
        ref("Inflation in June 2022", outlet="Kapital.kz"),
        ref("Inflation in July 2022", outlet="Kapital.kz"),
        ref("Инфляция в июне 2022", outlet="Kapital.kz"),
        ref("Инфляция в июле 2022", outlet="Kapital.kz"),
    ]
    assert partition(dedupe(months)) == [(0,), (1,), (2,), (3,)]


def test_volume_issue_and_legal_number_vetoes() -> None:
    t = "Central Asia security review of the year"
    assert partition(dedupe([ref(t, volume="3"), ref(t, volume="4")])) == [(0,), (1,)]
    assert partition(dedupe([ref(t, issue="1"), ref(t, issue="1")])) == [(0, 1)]
    law = "О ратификации Договора между Республикой Казахстан и Российской Федерацией"
    d = PartialDate(2022, 2, 25)
    acts = [
        ref(law, number="№ 105-VII", date=d, kind=Kind.LEGAL),
        ref(law, number="№ 106-VII", date=d, kind=Kind.LEGAL),
        ref("Закон РК о ратификации Договора с Российской Федерацией", number="№105-vii", date=d),
    ]
    result = dedupe(acts)
    assert partition(result) == [(0, 2), (1,)]
    assert "legal-number" in result.clusters[0].reason


def test_same_title_at_two_outlets_is_a_same_work_link() -> None:
    law = "О ратификации Договора между Республикой Казахстан и Российской Федерацией о военном сотрудничестве"  # noqa: E501
    refs = [ref(law, outlet="Әділет"), ref(law, outlet="Сенат Парламента Республики Казахстан")]
    result = dedupe(refs)
    assert partition(result) == [(0,), (1,)]
    assert result.links == (Link("same-work", 0, 1, 1.0, "same-work"),)
    merged = dedupe(refs, link_same_work=False)
    assert partition(merged) == [(0, 1)]
    assert merged.links == ()


def test_a_record_without_date_does_not_bridge_two_years() -> None:
    t = "Annual report on press freedom in Kazakhstan"
    refs = [
        ref(t, outlet="Adil Soz", date=PartialDate(2021, 3, 1)),
        ref(t, outlet="Adil Soz"),
        ref(t, outlet="Adil Soz", date=PartialDate(2023, 3, 1)),
    ]
    result = dedupe(refs)
    assert partition(result) == [(0,), (1,), (2,)]
    assert {(link.a, link.b) for link in result.links} == {(0, 1), (1, 2)}
    assert all(link.kind == "possible" for link in result.links)


def test_grey_zone_becomes_a_possible_link() -> None:
    refs = [
        ref("Kazakhstan increases its distance from Russia"),
        ref("Kazakhstan slowly increases its distance from Russia again"),
    ]
    result = dedupe(refs)
    assert partition(result) == [(0,), (1,)]
    assert len(result.links) == 1 and result.links[0].kind == "possible"
    assert 0.75 <= result.links[0].score < 0.9
    assert partition(dedupe(refs, threshold=0.8)) == [(0, 1)]


# ----------------------------------------------------------------------------- merging


def test_merge_keeps_the_fullest_original_and_unions() -> None:
    refs = [
        ref(
            "Kasahstan liigub Venemaa mõjusfäärist eemale",
            outlet="EPL",
            authors=(Person("Kressa", "K."),),
            url="https://epl.delfi.ee/a/1?utm_source=x",
            date=PartialDate(2022),
            note="first",
        ),
        ref(
            "Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale",
            outlet="EPL",
            authors=(Person("Kressa", "Kaarel"), Person("Tamm", "Mari")),
            url="https://epl.delfi.ee/a/1",
            urls=("https://web.archive.org/web/2022/https://epl.delfi.ee/a/1",),
            date=PartialDate(2022, 6, 1),
            language="et",
            note="second",
        ),
    ]
    result = dedupe(refs)
    assert partition(result) == [(0, 1)]
    m = result.clusters[0].canonical
    assert m.title == "Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale"
    assert m.authors == (Person("Kressa", "Kaarel"), Person("Tamm", "Mari"))
    assert m.date == PartialDate(2022, 6, 1)
    assert m.url == "https://epl.delfi.ee/a/1"
    assert m.urls == ("https://web.archive.org/web/2022/https://epl.delfi.ee/a/1",)
    assert m.language == "et"
    assert sorted(m.note.split("; ")) == ["first", "second"]  # type: ignore[union-attr]
    assert m.raw == refs[0].raw
    changed = {c.field for c in m.provenance.changes if c.step == "dedupe"}
    assert {"title", "date", "url", "authors", "urls"} <= changed
    assert dedupe(refs, merge=False).clusters[0].canonical is refs[0]


def test_cyrillic_title_beats_its_romanization_and_authors_meet_across_scripts() -> None:
    refs = [
        ref("Obzor rynka nefti za iyun' 2016", authors=(Person("Kressa", "Kaarel"),)),
        ref("Обзор рынка нефти за июнь 2016", authors=(Person("Кресса", "Каарел"),)),
    ]
    m = dedupe(refs).clusters[0].canonical
    assert m.title == "Обзор рынка нефти за июнь 2016"
    assert m.alt_titles == ("Obzor rynka nefti za iyun' 2016",)
    assert len(m.authors) == 1


def test_registry_outlets_are_used_when_kzcite_outlets_exists(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    @attrs.frozen
    class Outlet:
        name: str
        id: str | None
        kind: str = "media"

        @property
        def registered(self) -> bool:
            return self.id is not None

    aliases = {"epl": "epl", "eesti päevaleht": "epl", "epl.delfi.ee": "epl", "err": "err"}

    def normalize_outlet(text: str) -> Outlet:
        found = aliases.get(text.strip().casefold())
        return Outlet("Eesti Päevaleht" if found == "epl" else text, found)

    module = types.ModuleType("kzcite.outlets")
    module.normalize_outlet = normalize_outlet  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kzcite.outlets", module)
    t = "Kasahstan liigub Venemaa mõjusfäärist delikaatselt eemale"
    refs = [ref(t, outlet="EPL"), ref(t, outlet="epl.delfi.ee"), ref(t, outlet="ERR")]
    result = dedupe(refs)
    assert partition(result) == [(0, 1), (2,)]
    assert result.clusters[0].canonical.outlet == "Eesti Päevaleht"
    assert result.clusters[0].canonical.outlet_id == "epl"
    assert [link.kind for link in result.links] == ["same-work", "same-work"]


# -------------------------------------------------------------------------- properties

POOL, POOL_LABELS = generate(300, seed=7)


def _content_partition(refs: list[Reference], result: DedupeResult) -> set[frozenset[int]]:
    """The partition as sets of pool positions (by content), independent of input order."""
    index = {r: i for i, r in enumerate(POOL)}
    return {frozenset(index[refs[m]] for m in c.members) for c in result.clusters}


records = st.lists(st.sampled_from(POOL), min_size=0, max_size=40)


@settings(max_examples=40, deadline=None)
@given(records, st.randoms(use_true_random=False))
def test_order_does_not_matter(refs: list[Reference], rnd: object) -> None:
    shuffled = list(refs)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = dedupe(refs), dedupe(shuffled)
    assert _content_partition(refs, a) == _content_partition(shuffled, b)

    def canon(result: DedupeResult) -> set[Reference]:
        return {attrs.evolve(c.canonical, raw="") for c in result.clusters}

    assert canon(a) == canon(b)


@settings(max_examples=40, deadline=None)
@given(records)
def test_result_is_a_partition_in_order(refs: list[Reference]) -> None:
    result = dedupe(refs)
    members = [m for c in result.clusters for m in c.members]
    assert sorted(members) == list(range(len(refs)))
    assert all(list(c.members) == sorted(c.members) for c in result.clusters)
    firsts = [c.members[0] for c in result.clusters]
    assert firsts == sorted(firsts)
    for c in result.clusters:
        assert all(i in c.members and j in c.members and i < j for i, j, _ in c.scores)
    for link in result.links:
        assert link.a < link.b
        assert link.kind in ("same-work", "possible")


@settings(max_examples=40, deadline=None)
@given(records)
def test_deduping_the_output_changes_nothing(refs: list[Reference]) -> None:
    once = dedupe(refs).references()
    twice = dedupe(once)
    assert all(len(c.members) == 1 for c in twice.clusters)
    assert twice.references() == once


# ------------------------------------------------------------------ quality on a sample


def test_precision_and_recall_on_generated_references() -> None:
    refs, labels = generate(2000, seed=3)
    result = dedupe(refs)
    counts = pair_counts([c.members for c in result.clusters], labels, refs)
    assert counts["true"] > 1500 and counts["true_cross"] > 400
    precision = counts["correct"] / counts["predicted"]
    recall = counts["correct"] / counts["true"]
    cross = counts["correct_cross"] / counts["true_cross"]
    assert precision >= 0.99, counts
    assert recall >= 0.97, counts
    assert cross >= 0.97, counts
