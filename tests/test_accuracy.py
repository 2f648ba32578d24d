"""Accuracy floors on kzcite's own labelled data (tests/data), so regressions show up.

The dev set in shared/eval is deliberately not used here: it measures, it does not teach.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kzcite import parse
from kzcite.evaluate import score_file

DATA = Path(__file__).resolve().parent / "data"


def test_labelled_lines_stay_accurate() -> None:
    report = score_file(str(DATA / "labelled.jsonl"))
    assert report.crashes == 0
    assert report.micro()[2] >= 0.94
    floors = {"outlet": 0.91, "authors": 0.94, "date": 0.95, "title": 0.93, "url": 0.97}
    for field, floor in floors.items():
        assert report.fields[field].prf()[2] >= floor, field


EXPECTED = json.loads((DATA / "blocks" / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_block_files_give_the_right_number_of_entries(name: str) -> None:
    text = (DATA / "blocks" / name).read_text(encoding="utf-8")
    res = parse(text, source=name)
    found = sum(len(b.entries) for b in res.blocks)
    assert found == EXPECTED[name]["entries"]
    heading = EXPECTED[name].get("header")
    if heading and found:  # the list under that heading is found (a lone link may come first)
        headers = [b.header.rstrip(":").casefold() for b in res.blocks if b.header]
        # (a heading's pictogram or number, "📌 Foydalanilgan manbalar", "9. Foydalanilgan
        # manbalar", is no part of its words)
        words = re.sub(r"^(?:[^\w(\[]+|\d{1,2}[.)]\s)+", "", heading.rstrip(":").casefold())
        assert words in headers


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("probe.jsonl", 0.95),
        ("probe2.jsonl", 0.96),
        ("probe3.jsonl", 0.97),
        ("probe4.jsonl", 0.97),
        ("probe5.jsonl", 0.98),
        ("probe6.jsonl", 0.98),
        ("probe7.jsonl", 0.97),
        ("probe8.jsonl", 0.96),
        ("probe9.jsonl", 0.93),
        ("probe10.jsonl", 0.93),
        ("probe11.jsonl", 0.95),
        ("probe12.jsonl", 0.95),
        ("probe13.jsonl", 0.92),
        ("probe14.jsonl", 0.95),
        ("probe15.jsonl", 0.97),
        ("probe16.jsonl", 0.89),
        ("probe17.jsonl", 0.96),
        ("probe18.jsonl", 0.94),
        ("probe19.jsonl", 0.89),
        ("probe20.jsonl", 0.86),
        ("probe21.jsonl", 0.92),
        ("probe22.jsonl", 0.96),
        ("probe23.jsonl", 0.93),
        ("probe24.jsonl", 0.93),
        ("probe25.jsonl", 0.91),
        ("probe26.jsonl", 0.90),
        ("probe27.jsonl", 0.92),
        ("probe28.jsonl", 0.95),
        ("probe29.jsonl", 0.90),
        ("probe30.jsonl", 0.96),
        ("probe31.jsonl", 0.96),
        ("probe32.jsonl", 0.94),
        ("probe33.jsonl", 0.96),
        ("probe34.jsonl", 0.88),
        # real pages and files (probe36 and probe37 written to imitate them)
        ("probe35.jsonl", 0.82),
        ("probe36.jsonl", 0.86),
        ("probe37.jsonl", 0.87),
        ("probe38.jsonl", 0.82),
        ("probe39.jsonl", 0.78),
        ("probe40.jsonl", 0.74),
        ("probe41.jsonl", 0.83),
        ("probe42.jsonl", 0.82),
        ("probe43.jsonl", 0.83),
        ("probe44.jsonl", 0.72),
        ("probe45.jsonl", 0.81),
        ("probe47.jsonl", 0.70),
        ("probe48.jsonl", 0.70),
    ],
)
def test_probe_lines_stay_accurate(name: str, floor: float) -> None:
    # written after the parser by people who had not seen its rules: generalization checks
    report = score_file(str(DATA / name))
    assert report.crashes == 0
    assert report.micro()[2] >= floor
