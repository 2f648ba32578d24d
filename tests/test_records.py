"""Records: partial dates, spans, diagnostics."""

from __future__ import annotations

import pytest

from kzcite import InvalidDateError, PartialDate, Precision, Span
from kzcite.csl import from_csl, to_csl
from kzcite.records import Diagnostic, Reference, Severity


@pytest.mark.parametrize(
    ("date", "iso", "precision"),
    [
        (PartialDate(2022), "2022", Precision.YEAR),
        (PartialDate(2022, 6), "2022-06", Precision.MONTH),
        (PartialDate(2022, 6, 1), "2022-06-01", Precision.DAY),
        (PartialDate(2022, season=3), "2022-23", Precision.SEASON),
        (PartialDate(2021, 12, end=PartialDate(2022, 1)), "2021-12/2022-01", Precision.MONTH),
    ],
)
def test_iso_round_trip(date: PartialDate, iso: str, precision: Precision) -> None:
    assert date.isoformat() == iso
    assert date.precision is precision
    assert PartialDate.fromisoformat(iso) == date


@pytest.mark.parametrize("args", [(2022, 2, 30), (2021, 2, 29), (2022, 13), (2022, None, 5), (0,)])
def test_impossible_dates_are_refused(args: tuple[int, ...]) -> None:
    with pytest.raises(InvalidDateError):
        PartialDate(*args)


def test_season_needs_a_bare_year() -> None:
    with pytest.raises(InvalidDateError):
        PartialDate(2022, 5, season=1)


def test_season_survives_csl() -> None:
    ref = Reference("x", title="T", date=PartialDate(2019, season=1))
    assert to_csl(ref)["issued"] == {"date-parts": [[2019]], "season": 1}
    assert from_csl(to_csl(ref)).date == PartialDate(2019, season=1)


def test_diagnostic_format_names_file_line_and_column() -> None:
    d = Diagnostic("truncated-title", "cut short", Span(22, 40), Severity.WARNING, 11, "a.txt")
    assert d.format() == "a.txt:11:23: warning truncated-title: cut short"


def test_bad_span() -> None:
    with pytest.raises(ValueError):
        Span(5, 2)
