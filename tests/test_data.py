"""The data files under ``kzcite/data``: well-formed, and no list repeats an entry."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

from kzcite._data import data_json, data_text

_FILES = sorted(
    p.name for p in resources.files("kzcite").joinpath("data").iterdir() if p.name.endswith(".json")
)


def _string_lists(value: Any, path: str) -> Iterator[tuple[str, list[str]]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _string_lists(item, f"{path}/{key}")
    elif isinstance(value, list):
        if value and all(isinstance(item, str) for item in value):
            yield path, value
        else:
            for k, item in enumerate(value):
                yield from _string_lists(item, f"{path}[{k}]")


@pytest.mark.parametrize("name", _FILES)
def test_no_data_list_repeats_an_entry(name: str) -> None:
    # a repeated word is harmless to a matcher but hides which copy an edit should change
    repeats = {
        path: sorted({item for item in items if items.count(item) > 1})
        for path, items in _string_lists(data_json(name), name)
        if len(set(items)) < len(items)
    }
    assert repeats == {}


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    assert not repeated, f"keys given twice (the last silently wins): {repeated}"
    return dict(pairs)


@pytest.mark.parametrize("name", _FILES)
def test_no_data_object_repeats_a_key(name: str) -> None:
    json.loads(data_text(name), object_pairs_hook=_no_repeated_keys)


def test_the_data_directory_holds_the_files_the_stages_read() -> None:
    assert {"labels.json", "headers.json", "cldr_months.json", "legal.json"} <= set(_FILES)
