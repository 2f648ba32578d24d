"""Tests for kzcite.styles: finding, loading, inheriting and checking style files."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
from typing import Any

import pytest

from kzcite import styles as styles_mod
from kzcite.errors import StyleError
from kzcite.records import Kind, PartialDate, Person, Reference
from kzcite.render import render_entry
from kzcite.styles import check_style, list_styles, load_style, style_dirs

BUILT_IN = {
    "apa-7",
    "chicago-17-nb",
    "chicago-17-ad",
    "mla-9",
    "harvard-ctr",
    "gost-r-7.0.100-2018",
    "iso-690",
}
REF = Reference(
    raw="",
    kind=Kind.BOOK,
    title="Title",
    authors=(Person("Kressa", "Kaarel"),),
    outlet="Pub",
    date=PartialDate(2020),
)
MINIMAL = """
[style]
id = "{id}"
title = "Minimal"

[templates]
other = [{{ var = "author", suffix = ". " }}, {{ var = "title", font = "italic" }}]
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_built_in_styles_are_listed_with_their_public_ids() -> None:
    infos = {i.id: i for i in list_styles()}
    assert set(infos) >= BUILT_IN
    assert infos["gost-r-7.0.100-2018"].mode == "numeric"
    assert infos["apa-7"].origin == "bundled" and infos["apa-7"].locale == "en-US"
    assert infos["chicago-17-nb"].mode == "note"


@pytest.mark.parametrize("style_id", sorted(BUILT_IN))
def test_built_in_styles_check_clean_and_load(style_id: str) -> None:
    info = {i.id: i for i in list_styles()}[style_id]
    assert check_style(info.path) == []
    style = load_style(style_id)
    assert style.id == style_id
    assert set(style.templates) == {
        "article",
        "webpage",
        "legal",
        "report",
        "book",
        "chapter",
        "other",
    }


def test_bundled_folder_is_found_from_a_source_checkout() -> None:
    folder = styles_mod._bundled_dir()
    assert folder is not None and (folder / "apa-7.toml").is_file()


def test_load_by_path_and_cache() -> None:
    path = {i.id: i.path for i in list_styles()}["mla-9"]
    assert load_style(path).id == "mla-9"
    assert load_style("apa-7") is load_style("apa-7")  # cached per file and mtime
    style = load_style("apa-7")
    assert load_style(style) is style


def test_inheritance_merges_tables_and_replaces_templates(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "apa-keep.toml",
        """
[style]
id = "apa-keep"
inherits = "apa-7"
title = "APA, Cyrillic kept"

[non_latin]
policy = "keep"

[templates]
book = [{ var = "title" }]
""",
    )
    style = load_style(path)
    assert style.id == "apa-keep" and style.title == "APA, Cyrillic kept"
    assert style.non_latin_policy == "keep"
    assert style.translation == "brackets"  # inherited
    assert render_entry(REF, style) == "Title"
    article = Reference(
        raw="", kind=Kind.ARTICLE, title="Мир", outlet="Правда", date=PartialDate(2020, 1, 2)
    )
    assert render_entry(article, style) == "Мир. (2020, January 2). Правда."


def test_user_folder_env_var_and_precedence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_dir = tmp_path / "env"
    env_dir.mkdir()
    _write(env_dir, "house.toml", MINIMAL.format(id="house"))
    monkeypatch.setenv("KZCITE_STYLES", str(env_dir))
    assert render_entry(REF, "house") == "Kressa, Kaarel. Title"
    assert any(i.id == "house" and i.origin == "env" for i in list_styles())
    # an argument folder comes before the environment, and both before the bundled styles
    user_dir = tmp_path / "user"
    user_dir.mkdir()
    _write(user_dir, "apa-7.toml", MINIMAL.format(id="apa-7"))
    infos = {i.id: i for i in list_styles([user_dir])}
    assert infos["apa-7"].origin == "user"
    assert load_style("apa-7", paths=[user_dir]).title == "Minimal"
    assert load_style("apa-7").title == "APA 7th edition"
    assert [origin for _, origin in style_dirs([user_dir])][:2] == ["user", "env"]


class _FakeEntryPoint:
    def __init__(self, name: str, value: Any) -> None:
        self.name = name
        self._value = value

    def load(self) -> Any:
        if isinstance(self._value, Exception):
            raise self._value
        return self._value


def test_entry_point_styles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plug = tmp_path / "plug"
    plug.mkdir()
    _write(plug, "plug.toml", MINIMAL.format(id="plug-style"))
    fakes = [
        _FakeEntryPoint("broken", ImportError("no such module")),
        _FakeEntryPoint("folder", str(plug)),
        _FakeEntryPoint("factory", lambda: plug),
    ]

    def entry_points(group: str) -> list[_FakeEntryPoint]:
        assert group == "kzcite.styles"
        return fakes

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    infos = {i.id: i for i in list_styles()}
    assert infos["plug-style"].origin == "entry-point:folder"
    assert load_style(str(plug / "plug.toml")).id == "plug-style"


BAD = [
    ("not toml", "[style\nid = 'x'", "not valid TOML"),
    ("unknown table", MINIMAL.format(id="x") + "\n[colors]\na = 1\n", "[colors]: unknown table"),
    (
        "unknown part key",
        MINIMAL.format(id="x").replace('font = "italic"', 'fnot = "italic"'),
        "[templates].other[1]: unknown key 'fnot'",
    ),
    (
        "bad font",
        MINIMAL.format(id="x").replace('"italic"', '"itallic"'),
        "[templates].other[1].font: unknown font 'itallic'",
    ),
    (
        "unknown variable",
        MINIMAL.format(id="x").replace('var = "title"', 'var = "headline"'),
        "[templates].other[1].var: unknown variable 'headline'",
    ),
    (
        "undefined term",
        MINIMAL.format(id="x").replace('{ var = "title", font = "italic" }', '{ term = "nope" }'),
        "[templates].other[1].term: term 'nope' is not defined",
    ),
    (
        "bad condition",
        MINIMAL.format(id="x").replace('suffix = ". " }', 'suffix = ". ", if = "kind=poem" }'),
        "[templates].other[0].if: condition 'kind=poem': unknown kind 'poem'",
    ),
    (
        "no fallback template",
        MINIMAL.format(id="x").replace("other =", "book ="),
        "[templates].other: missing",
    ),
    (
        "bad name key",
        MINIMAL.format(id="x") + '\n[names]\norder = "sideways"\n',
        "[names].order: 'sideways' is not one of",
    ),
    (
        "bad date token",
        MINIMAL.format(id="x") + '\n[dates.issued]\nday = "{weekday}"\n',
        "[dates.issued].day: unknown date token {weekday}",
    ),
    (
        "bad month list",
        MINIMAL.format(id="x") + '\n[terms]\nmonths = ["Jan"]\n',
        "[terms].months: expected a list of 12 month names",
    ),
    (
        "romanize without scheme",
        MINIMAL.format(id="x") + '\n[non_latin]\npolicy = "romanize"\n',
        "[non_latin].scheme: policy 'romanize' needs a romanization scheme id",
    ),
    (
        "bad id",
        MINIMAL.format(id="Bad Id"),
        "[style].id: an id of lowercase letters",
    ),
    (
        "unknown parent",
        MINIMAL.format(id="x").replace('title = "Minimal"', 'inherits = "nope"'),
        "[style].inherits: unknown parent style 'nope'",
    ),
    (
        "style not a table",
        'style = 3\n[templates]\nother = ["title"]\n',
        "[style]: must be a table",
    ),
    (
        "templates not a list",
        '[style]\nid = "x"\n[templates]\nother = "title"\n',
        "[templates].other: expected a list of parts, got str",
    ),
    (
        "part not a table",
        '[style]\nid = "x"\n[templates]\nother = [3]\n',
        "[templates].other[0]: a part must be a table or a variable name, got 3",
    ),
    (
        "two heads",
        '[style]\nid = "x"\n[templates]\nother = [{ var = "title", text = "x" }]\n',
        "[templates].other[0]: a part needs exactly one of",
    ),
    (
        "wrong type",
        MINIMAL.format(id="x") + "\n[punctuation]\nin_quote = 1\n",
        "[punctuation].in_quote: expected bool, got int 1",
    ),
]


@pytest.mark.parametrize(("name", "text", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_styles_name_file_and_key(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = _write(tmp_path, "bad.toml", text)
    problems = check_style(path)
    assert problems, name
    assert any(message in p for p in problems), problems
    assert all(str(path) in p for p in problems)
    with pytest.raises(StyleError) as err:
        load_style(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_check_collects_every_problem(tmp_path: Path) -> None:
    text = MINIMAL.format(id="x").replace('"italic"', '"itallic"') + "\n[names]\nand = 3\n"
    problems = check_style(_write(tmp_path, "two.toml", text))
    assert len(problems) == 2


def test_inheritance_cycle_is_reported(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", '[style]\nid = "cyc-a"\ninherits = "cyc-b"\n')
    b = _write(tmp_path, "b.toml", '[style]\nid = "cyc-b"\ninherits = "cyc-a"\n')
    problems = check_style(b, paths=[tmp_path])
    assert any("inheritance cycle" in p for p in problems), problems


def test_unknown_id_lists_known_ids() -> None:
    with pytest.raises(StyleError, match=r"unknown style 'apa-6' \(known: .*apa-7"):
        load_style("apa-6")
    with pytest.raises(StyleError, match="no such style file"):
        load_style("/nonexistent/style.toml")


def test_a_style_may_inherit_from_a_sibling_file(tmp_path: Path) -> None:
    _write(tmp_path, "base.toml", MINIMAL.format(id="house-base"))
    child = _write(
        tmp_path,
        "child.toml",
        '[style]\nid = "house-child"\ninherits = "house-base"\n'
        '[templates]\nbook = [{ var = "title", case = "upper" }]\n',
    )
    assert check_style(child) == []
    style = load_style(child)
    assert render_entry(REF, style) == "TITLE"
    assert render_entry(Reference(raw="", title="x", authors=REF.authors), style) == (
        "Kressa, Kaarel. x"
    )


def test_check_style_accepts_an_id() -> None:
    assert check_style("gost-r-7.0.100-2018") == []
    assert check_style("no-such-style")[0].startswith("unknown style 'no-such-style'")


def test_entry_point_may_name_a_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    pkg = tmp_path / "kzstyles_plugin_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    _write(pkg, "house.toml", MINIMAL.format(id="pkg-house"))
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("kzstyles_plugin_pkg")
    monkeypatch.setattr(
        importlib.metadata, "entry_points", lambda group: [_FakeEntryPoint("pkg", module)]
    )
    infos = {i.id: i for i in list_styles()}
    assert infos["pkg-house"].origin == "entry-point:pkg"
    assert render_entry(REF, "pkg-house") == "Kressa, Kaarel. Title"
