"""Tests for kzcite.normalize: recording, rollback, the default steps, idempotence."""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kzcite.outlets
from kzcite.normalize import (
    DEFAULT_NORMALIZERS,
    REPAIR_NORMALIZERS,
    Normalizer,
    date_normalizer,
    normalize,
    outlet_normalizer,
)
from kzcite.records import (
    Change,
    Diagnostic,
    FieldInfo,
    Kind,
    PartialDate,
    Person,
    Provenance,
    Reference,
    Span,
)

try:
    from kzcite.testing import references
except ImportError:  # pragma: no cover - the shared strategies are not there yet

    @st.composite
    def references(draw: st.DrawFn) -> Reference:  # type: ignore[misc]
        text = st.text(st.sampled_from(list("Qazaqstan Қазақ«»„“\u00a0 ")), max_size=20)
        return Reference(
            raw=draw(text),
            title=draw(st.none() | text),
            outlet=draw(st.none() | text),
            authors=tuple(draw(st.lists(st.builds(Person, family=text, given=text), max_size=2))),
        )


NOW = datetime.date(2026, 11, 24)


def _codes(ref: Reference) -> list[str]:
    return [d.code for d in ref.diagnostics]


# ---------------------------------------------------------------------------- text


def test_text_step_fixes_and_records() -> None:
    ref = Reference(
        raw="raw",
        title="  „Kasahstan\u00a0liigub“ ",
        outlet="«Ð•Ð³ÐµÐ¼ÐµÐ½ ÒšÐ°Ð·Ð°Ò›Ñ\u0081Ñ‚Ð°Ð½»",
        authors=(Person(family="Äîãîâîðîâ", given="И.\u00a0И."),),
        language="et",
    )
    out = normalize(ref, normalizers=DEFAULT_NORMALIZERS[:1])
    assert out.title == "Kasahstan liigub"
    assert out.outlet == "Егемен Қазақстан"
    assert out.authors == (Person(family="Договоров", given="И. И."),)
    assert out.raw == "raw"
    fields = [(c.step, c.field) for c in out.provenance.changes]
    assert fields == [("text", "title"), ("text", "authors"), ("text", "outlet")]
    title_change = out.provenance.changes[0]
    assert title_change == Change("text", "title", ref.title or "", "Kasahstan liigub")
    assert out.provenance.changes[1].after == "Договоров, И. И."


def test_text_keeps_as_written() -> None:
    # Look-alike letters, spaced hyphens and capitals are what the line wrote: kept.
    ref = Reference(raw="r", title="ТӘУЕЛСІЗДІК - ЖОЛ", outlet='"Ádіlet"', language="kk")
    out = normalize(ref, normalizers=DEFAULT_NORMALIZERS[:1])
    assert out.title == "ТӘУЕЛСІЗДІК - ЖОЛ"
    assert out.outlet == "Ádіlet"


def test_empty_title_becomes_none() -> None:
    out = normalize(Reference(raw="r", title="«»", language="ru"))
    assert out.title is None
    assert out.provenance.changes == (Change("text", "title", "«»", ""),)


def test_unchanged_reference_is_returned_as_is() -> None:
    ref = Reference(raw="r", title="Clean title", language="en")
    assert normalize(ref, normalizers=DEFAULT_NORMALIZERS[:2]) is ref


def test_repair_normalizers() -> None:
    ref = Reference(
        raw="r",
        title="ЭКОНОМИКА РЕСПУБЛИКИ КАЗАХСТАН - ИТОГИ",
        outlet="Kaz\u0430khstan Today",
        language="ru",
    )
    out = normalize(ref, normalizers=REPAIR_NORMALIZERS)
    assert out.title == "Экономика Республики Казахстан – итоги"
    assert out.outlet == "Kazakhstan Today"
    steps = {c.step for c in out.provenance.changes}
    assert {"scripts", "caps"} <= steps


# ------------------------------------------------------------------- rollback/record


def _bad_step(ref: Reference) -> Reference:
    return attrs.evolve(ref, title="changed", outlet="also changed")


def _raising_step(ref: Reference) -> Reference:
    raise RuntimeError("boom")


def _upper_title(ref: Reference) -> Reference:
    return attrs.evolve(ref, title=(ref.title or "").upper())


def test_undeclared_field_change_is_undone() -> None:
    ref = Reference(raw="r", title="t", outlet="o")
    steps = [Normalizer("bad", ("title",), _bad_step), Normalizer("up", ("title",), _upper_title)]
    out = normalize(ref, normalizers=steps)
    assert out.outlet == "o"
    assert out.title == "T"  # the next step still ran
    assert _codes(out) == ["normalizer-failed"]
    assert "outlet" in out.diagnostics[0].message and "'bad'" in out.diagnostics[0].message
    assert out.provenance.changes == (Change("up", "title", "t", "T"),)


def test_raising_step_is_undone() -> None:
    ref = Reference(raw="r", title="t")
    out = normalize(ref, normalizers=[Normalizer("boom", ("title",), _raising_step)])
    assert out == ref
    assert _codes(out) == ["normalizer-failed"]
    assert "RuntimeError: boom" in out.diagnostics[0].message
    assert out.provenance.changes == ()


def test_step_returning_garbage_is_undone() -> None:
    ref = Reference(raw="r", title="t")
    out = normalize(ref, normalizers=[Normalizer("none", ("title",), lambda r: None)])  # type: ignore[arg-type,return-value]
    assert out.title == "t"
    assert _codes(out) == ["normalizer-failed"]


def test_step_cannot_rewrite_provenance() -> None:
    prov = Provenance(source="a.txt", line_start=3, changes=(Change("x", "title", "a", "b"),))
    ref = Reference(raw="r", title="t", provenance=prov)

    def sneaky(r: Reference) -> Reference:
        return attrs.evolve(r, title="T", provenance=Provenance())

    out = normalize(ref, normalizers=[Normalizer("sneaky", ("title",), sneaky)])
    assert out.provenance.source == "a.txt"
    assert out.provenance.changes == (*prov.changes, Change("sneaky", "title", "t", "T"))


# --------------------------------------------------------------------------- dates


def test_date_after_access_date_is_reported_and_kept() -> None:
    date = PartialDate(2023, 5, 2)
    ref = Reference(
        raw="r",
        date=date,
        access_date=PartialDate(2023, 4, 1),
        fields=(FieldInfo("date", Span(3, 13), 0.9),),
    )
    out = normalize(ref, normalizers=[date_normalizer(NOW)])
    assert out.date == date
    assert _codes(out) == ["suspicious-date"]
    assert out.diagnostics[0].span == Span(3, 13)
    assert out.provenance.changes == ()
    # Same month at month precision is not "after".
    same = attrs.evolve(ref, date=PartialDate(2023, 4))
    assert normalize(same, normalizers=[date_normalizer(NOW)]).diagnostics == ()


def test_far_future_and_backwards_range() -> None:
    step = [date_normalizer(NOW)]
    assert _codes(normalize(Reference(raw="r", date=PartialDate(2031)), normalizers=step)) == [
        "suspicious-date"
    ]
    assert (
        normalize(Reference(raw="r", date=PartialDate(2027, 3)), normalizers=step).diagnostics == ()
    )
    backwards = PartialDate(2022, 5, end=PartialDate(2021))
    out = normalize(Reference(raw="r", date=backwards), normalizers=step)
    assert _codes(out) == ["suspicious-date"]
    assert out.date == backwards  # represented, not flattened or invented


def test_season_and_range_dates_are_kept() -> None:
    season = PartialDate(2021, text="Spring 2021")
    rng = PartialDate(2021, 12, end=PartialDate(2022, 1))
    for d in (season, rng):
        out = normalize(Reference(raw="r", date=d), normalizers=[date_normalizer(NOW)])
        assert out.date == d and out.date.text == d.text and out.diagnostics == ()


# ------------------------------------------------------------------------- outlets


@attrs.frozen
class FakeOutlet:
    name: str
    id: str | None
    kind: str = "newspaper"
    country: str | None = "kz"
    language: str | None = "ru"
    domains: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def registered(self) -> bool:
        return self.id is not None


@pytest.fixture
def fake_outlets(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    seen: list[Any] = []
    known = {
        "тенгри": FakeOutlet("Tengrinews", "kz.tengrinews", domains=("tengrinews.kz",)),
        "tengrinews.kz": FakeOutlet("Tengrinews", "kz.tengrinews", domains=("tengrinews.kz",)),
        "rosbalt.ru": FakeOutlet("Росбалт", "ru.rosbalt", kind="agency", domains=("rosbalt.ru",)),
        "adilet.zan.kz": FakeOutlet(
            "Әділет", "kz.adilet", kind="legal-database", domains=("adilet.zan.kz",)
        ),
    }

    def normalize_outlet(text: str, registry: object | None = None) -> FakeOutlet:
        seen.append(registry)
        key = text.casefold()
        for k, v in known.items():
            if k in key:
                return v
        return FakeOutlet(text, None)

    monkeypatch.setattr(kzcite.outlets, "normalize_outlet", normalize_outlet)
    module = importlib.import_module("kzcite.normalize")  # the module, not the function
    module._lookup_shipped.cache_clear()  # answers of the real registry
    yield seen
    module._lookup_shipped.cache_clear()


def test_outlet_kept_as_written_and_id_set(fake_outlets: list[Any]) -> None:
    ref = Reference(raw="r", outlet="Тенгри ньюс", url="https://tengrinews.kz/x", language="ru")
    out = normalize(ref)
    assert out.outlet == "Тенгри ньюс"
    assert out.outlet_id == "kz.tengrinews"
    assert out.kind is Kind.ARTICLE
    assert Change("outlet", "outlet_id", "", "kz.tengrinews") in out.provenance.changes
    assert Change("kind", "kind", "other", "article") in out.provenance.changes


def test_outlet_filled_from_url_only_when_absent(fake_outlets: list[Any]) -> None:
    out = normalize(Reference(raw="r", url="https://www.rosbalt.ru/a/1", language="ru"))
    assert (out.outlet, out.outlet_id, out.kind) == ("Росбалт", "ru.rosbalt", Kind.ARTICLE)
    legal = normalize(Reference(raw="r", url="https://adilet.zan.kz/rus/docs/Z123", language="ru"))
    assert legal.kind is Kind.LEGAL
    # A written outlet the registry does not know is not replaced by the URL's site.
    other = Reference(raw="r", outlet="Вестник КазНУ", url="https://rosbalt.ru/x", language="ru")
    out2 = normalize(other)
    assert (out2.outlet, out2.outlet_id, out2.kind) == ("Вестник КазНУ", None, Kind.OTHER)


def test_parser_kind_is_not_overridden(fake_outlets: list[Any]) -> None:
    ref = Reference(raw="r", outlet="Тенгри", kind=Kind.REPORT, language="ru")
    assert normalize(ref).kind is Kind.REPORT


def test_registry_is_passed_on(fake_outlets: list[Any]) -> None:
    registry = object()
    normalize(Reference(raw="r", outlet="Тенгри", language="ru"), registry=registry)
    assert fake_outlets and all(r is registry for r in fake_outlets)
    fake_outlets.clear()
    normalize(Reference(raw="r", outlet="Тенгри", language="ru"), normalizers=[outlet_normalizer()])
    assert fake_outlets == [None]


def test_a_host_named_outlet_becomes_the_registered_name(fake_outlets: list[Any]) -> None:
    # the parser names an unnamed site by the host its link shows; normalization names it
    ref = Reference(raw="r", outlet="rosbalt.ru", url="https://www.rosbalt.ru/a/1")
    out = normalize(ref)
    assert (out.outlet, out.outlet_id) == ("Росбалт", "ru.rosbalt")
    assert Change("outlet", "outlet", "rosbalt.ru", "Росбалт") in out.provenance.changes


# ------------------------------------------------------------------------ language


def test_language_filled_from_title() -> None:
    lang = pytest.importorskip("kzcite.lang")
    title = "Тәуелсіздіктің алғашқы жиырма жылы және Қазақстанның тарихы"
    expected = lang.detect_language(title)
    out = normalize(Reference(raw="r", title=title), normalizers=DEFAULT_NORMALIZERS[3:4])
    assert out.language == expected == "kk"
    given_lang = Reference(raw="r", title=title, language="ru")
    assert normalize(given_lang, normalizers=DEFAULT_NORMALIZERS[3:4]) is given_lang


# ---------------------------------------------------------------------- properties


def _state(ref: Reference) -> tuple[Any, ...]:
    return (ref, ref.diagnostics, ref.provenance)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(references())
def test_normalize_is_idempotent(ref: Reference) -> None:
    once = normalize(ref)
    twice = normalize(once)
    assert _state(twice) == _state(once)
    assert once.raw == ref.raw
    assert not any(d.code == "normalizer-failed" for d in once.diagnostics)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(references())
def test_repair_is_idempotent_and_changes_are_recorded(ref: Reference) -> None:
    once = normalize(ref, normalizers=REPAIR_NORMALIZERS)
    twice = normalize(once, normalizers=REPAIR_NORMALIZERS)
    assert _state(twice) == _state(once)
    new = once.provenance.changes[len(ref.provenance.changes) :]
    for change in new:
        assert isinstance(change, Change) and change.before != change.after
    changed = {c.field for c in new}
    for name in ("title", "outlet", "authors", "kind", "language"):
        if getattr(once, name) != getattr(ref, name):
            assert name in changed


def test_diagnostic_type() -> None:
    out = normalize(Reference(raw="r", title="t"), normalizers=[Normalizer("x", (), _raising_step)])
    assert isinstance(out.diagnostics[0], Diagnostic)


# ------------------------------------------------------------------- seasons, EDTF


def test_seasons_and_edtf() -> None:
    from kzcite.normalize import date_season, edtf

    assert date_season(PartialDate(2021, text="Spring 2021")) == 21
    assert date_season(PartialDate(2021, text="көктем 2021")) == 21
    assert date_season(PartialDate(2020, text="sügis 2020")) == 23
    assert date_season(PartialDate(2021, text="2021")) is None
    assert date_season(PartialDate(2021, 3, text="весна 2021")) is None  # month known
    assert edtf(PartialDate(2021, text="зима 2021")) == "2021-24"
    assert edtf(PartialDate(2021, 12, end=PartialDate(2022, 1))) == "2021-12/2022-01"
    assert edtf(PartialDate(2021, text="осень 2021", end=PartialDate(2022, text="весна 2022"))) == (
        "2021-23/2022-21"
    )
