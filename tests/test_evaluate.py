"""The gold-file scorer behind ``kzcite eval`` and benchmarks/accuracy.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzcite.errors import InputError
from kzcite.evaluate import format_report, score_file, score_rows


def row(raw: str, **gold: object) -> dict[str, object]:
    base: dict[str, object] = {
        "outlet": None,
        "authors": [],
        "date": None,
        "title": None,
        "url": None,
    }
    base.update(gold)
    return {"id": raw[:10], "raw": raw, "gold": base, "notes": "[news]"}


def test_perfect_and_wrong_answers_are_counted() -> None:
    rows = [
        row("ERR, 01.06.2022, „Pealkiri“;", outlet="ERR", date="2022-06-01", title="Pealkiri"),
        row("ERR, 01.06.2022, „Pealkiri“;", outlet="Postimees", date="2022-06", title="Pealkiri"),
    ]
    rep = score_rows(rows)
    assert rep.fields["title"].prf() == (1.0, 1.0, 1.0)
    p, r, _ = rep.fields["outlet"].prf()
    assert (p, r) == (0.5, 0.5)
    assert rep.fields["date"].tp == 1 and rep.fields["date"].fp == 1
    assert rep.by_tag["news"].tp > 0
    assert "micro" in format_report(rep)


def test_bad_gold_file_names_the_line(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(row("x", title="x")) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"g\.jsonl:2"):
        score_file(str(gold))
