"""kzcite.csl_style: any CSL 1.0 style through citeproc-py (the ``kzcite[csl]`` extra).

Tests that need citeproc-py skip when it is missing (``pip install 'kzcite[csl]'``); the
"not installed" error path is tested either way by hiding the package.
``tests/data/csl/mini-author-date.csl`` is a small author-date style written for these
tests; ``harvard-cite-them-right`` is the style citeproc-py bundles.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzcite.cli import main
from kzcite.csl import to_csl_json
from kzcite.errors import StyleError
from kzcite.records import Kind, PartialDate, Person, Reference

HAVE_CITEPROC = importlib.util.find_spec("citeproc") is not None
needs_citeproc = pytest.mark.skipif(
    not HAVE_CITEPROC, reason="citeproc-py not installed: pip install 'kzcite[csl]'"
)

MINI = Path(__file__).resolve().parent / "data" / "csl" / "mini-author-date.csl"

REFS = [
    Reference(
        "",
        kind=Kind.ARTICLE,
        title="Қазақстан & Ресей <b>келісімі</b>",
        outlet="Kapital.kz",
        authors=(Person("Иванов", "Иван Петрович"),),
        date=PartialDate(2022, 2, 3),
        url="https://kapital.kz/x?a=1&b=%20#frag",
        access_date=PartialDate(2023, 1, 5),
        translated_title="Kazakhstan & Russia agreement",
    ),
    Reference("", kind=Kind.LEGAL, title="Закон о языках", outlet="Әділет"),
    Reference(
        "",
        kind=Kind.BOOK,
        title="Eesti õigus",
        authors=(Person("Tamm", "Jüri"), Person("Õun", "Mari")),
        outlet="Tartu Ülikooli Kirjastus",
        date=PartialDate(2019),
        language="et",
    ),
]


def _style_variant(tmp_path: Path, old: str, new: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "variant.csl"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@needs_citeproc
def test_text_entries_in_style_order() -> None:
    from kzcite.csl_style import render_csl

    assert render_csl(REFS, MINI) == (
        "Tamm, J., and M. Õun. (2019). Eesti õigus. Tartu Ülikooli Kirjastus.\n"
        "Иванов, И. П. (2022). Қазақстан & Ресей <b>келісімі</b>. Kapital.kz. "
        "https://kapital.kz/x?a=1&b=%20#frag (accessed 01/05/2023).\n"
        "Әділет. (n.d.). Закон о языках.\n"
    )


@needs_citeproc
def test_html_escapes_every_variable_and_marks_up_italics() -> None:
    from kzcite.csl_style import render_csl

    out = render_csl(REFS, MINI, format="html")
    lines = out.splitlines()
    assert lines[0] == '<div class="csl-bib-body">'
    assert lines[-1] == "</div>"
    assert lines[2] == (
        '  <div class="csl-entry">Иванов, И. П. (2022). '
        "<i>Қазақстан &amp; Ресей &lt;b&gt;келісімі&lt;/b&gt;</i>. Kapital.kz. "
        "https://kapital.kz/x?a=1&amp;b=%20#frag (accessed 01/05/2023).</div>"
    )
    assert "<b>" not in out


@needs_citeproc
@pytest.mark.parametrize(
    ("locale", "accessed", "no_date", "and_"),
    [
        ("ru-RU", "(просмотрено 05.01.2023)", "(б. д.)", "и M. Õun"),
        ("et-EE", "(vaadatud 05.01.2023)", "(s.a.)", "ja M. Õun"),
        ("ru", "(просмотрено 05.01.2023)", "(б. д.)", "и M. Õun"),
    ],
)
def test_locale_terms_and_dates(locale: str, accessed: str, no_date: str, and_: str) -> None:
    from kzcite.csl_style import render_csl

    out = render_csl(REFS, MINI, locale=locale)
    assert accessed in out
    assert no_date in out
    assert and_ in out


@needs_citeproc
def test_locale_none_takes_the_styles_default_locale(tmp_path: Path) -> None:
    from kzcite.csl_style import render_csl

    path = _style_variant(tmp_path, 'default-locale="en-US"', 'default-locale="ru-RU"')
    assert "(б. д.)" in render_csl(REFS, path, locale=None)
    assert "(n.d.)" in render_csl(REFS, path, locale="en-US")


@needs_citeproc
@pytest.mark.parametrize("locale", ["kk-KZ", "kk", "xx"])
def test_a_locale_nobody_has_is_an_error(locale: str) -> None:
    from kzcite.csl_style import csl_locales, render_csl

    assert "ru-RU" in csl_locales()
    assert not any(code.startswith("kk") for code in csl_locales())
    with pytest.raises(StyleError, match=rf"no locale '{locale}'.*mini-author-date\.csl"):
        render_csl(REFS, MINI, locale=locale)


@needs_citeproc
def test_kazakh_terms_defined_in_the_style_are_used(tmp_path: Path) -> None:
    from kzcite.csl_style import render_csl

    kk = (
        '<locale xml:lang="kk"><terms><term name="accessed">қаралды</term>'
        '<term name="no date" form="short">күні жоқ</term></terms></locale>\n'
        '  <macro name="author">'
    )
    path = _style_variant(tmp_path, '<macro name="author">', kk)
    out = render_csl(REFS, path, locale="kk-KZ")
    assert "(қаралды 01/05/2023)" in out  # missing terms and date forms fall back to en-US
    assert "Әділет. (күні жоқ). Закон о языках." in out


@needs_citeproc
def test_custom_fields_are_dropped_without_warnings() -> None:
    from kzcite.csl_style import render_csl

    ref = Reference(
        "",
        title="Title",
        outlet="Outlet",
        alt_titles=("Alt",),
        urls=("https://b.example",),
        outlet_id="outlet",
        other_dates=(("updated", PartialDate(2020, 1, 2)),),
        translated_title="Translated",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = render_csl([ref], MINI)
    assert out == "Outlet. (n.d.). Title.\n"


@needs_citeproc
def test_bundled_harvard_style() -> None:
    import citeproc

    from kzcite.csl_style import render_csl

    harvard = Path(citeproc.__file__).parent / "data" / "styles" / "harvard-cite-them-right.csl"
    if not harvard.is_file():
        pytest.skip("this citeproc-py version does not bundle harvard-cite-them-right")
    out = render_csl(REFS, harvard)
    assert "Tamm, J. and Õun, M. (2019) Eesti õigus. Tartu Ülikooli Kirjastus.\n" in out
    assert "Available at: https://kapital.kz/x?a=1&b=%20#frag (Accessed: January 5, 2023)" in out


@needs_citeproc
def test_empty_input() -> None:
    from kzcite.csl_style import render_csl

    assert render_csl([], MINI) == ""
    assert render_csl([], MINI, format="html") == '<div class="csl-bib-body">\n</div>\n'


@needs_citeproc
def test_unknown_format() -> None:
    from kzcite.csl_style import render_csl

    with pytest.raises(ValueError, match="md"):
        render_csl(REFS, MINI, format="md")


BAD_STYLES = {
    "truncated.csl": ('<style xmlns="http://purl.org/net/xbiblio/csl"><info/>', "well-formed"),
    "page.csl": ("<html><body/></html>", "no <style> root"),
    "nobib.csl": (
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<info><title>x</title></info><citation><layout><text variable="title"/></layout>'
        "</citation></style>",
        "no <bibliography>",
    ),
    "badmacro.csl": (
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<info><title>x</title></info><citation><layout><text variable="title"/></layout>'
        '</citation><bibliography><layout><text macro="nosuch"/></layout></bibliography>'
        "</style>",
        "could not render",
    ),
}


@needs_citeproc
@pytest.mark.parametrize("name", sorted(BAD_STYLES))
def test_bad_style_file_is_a_style_error_naming_it(tmp_path: Path, name: str) -> None:
    from kzcite.csl_style import render_csl

    text, message = BAD_STYLES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StyleError) as info:
        render_csl(REFS, path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


@needs_citeproc
def test_missing_style_file(tmp_path: Path) -> None:
    from kzcite.csl_style import render_csl

    with pytest.raises(StyleError, match="no such CSL style file"):
        render_csl(REFS, tmp_path / "nope.csl")


def test_without_citeproc_the_error_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kzcite.csl_style import render_csl

    monkeypatch.setitem(sys.modules, "citeproc", None)  # import citeproc -> ImportError
    with pytest.raises(StyleError, match=r"citeproc-py: pip install 'kzcite\[csl\]'"):
        render_csl(REFS, MINI)


# ------------------------------------------------------------------------------- CLI


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def refs_json(tmp_path: Path) -> str:
    path = tmp_path / "refs.json"
    path.write_text(to_csl_json(REFS), encoding="utf-8")
    return str(path)


@needs_citeproc
def test_cli_render_with_csl(capsys: pytest.CaptureFixture[str], refs_json: str) -> None:
    code, out, err = _run(capsys, "render", refs_json, "--csl", str(MINI), "--no-dedupe")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        "Tamm, J., and M. Õun. (2019). Eesti õigus. Tartu Ülikooli Kirjastus."
    )
    code, out, _ = _run(capsys, "render", refs_json, "--csl", str(MINI), "--format", "html")
    assert code == 0
    assert out.count('<div class="csl-entry">') == 3


@needs_citeproc
def test_cli_convert_with_csl(capsys: pytest.CaptureFixture[str], refs_json: str) -> None:
    code, out, _ = _run(capsys, "convert", refs_json, "--to", "text", "--csl", str(MINI))
    assert code == 0
    assert "Әділет. (n.d.). Закон о языках." in out.splitlines()
    code, out, _ = _run(capsys, "convert", refs_json, "--csl", str(MINI))  # text by default
    assert code == 0
    assert len(out.splitlines()) == 3


@needs_citeproc
def test_cli_csl_errors_exit_2(
    capsys: pytest.CaptureFixture[str], refs_json: str, tmp_path: Path
) -> None:
    code, out, err = _run(capsys, "render", refs_json, "--csl", str(MINI), "--format", "md")
    assert (code, out) == (2, "")
    assert "--csl renders text or html, not md" in err
    code, _, err = _run(capsys, "convert", refs_json, "--to", "bibtex", "--csl", str(MINI))
    assert code == 2
    bad = tmp_path / "bad.csl"
    bad.write_text("<html/>", encoding="utf-8")
    code, out, err = _run(capsys, "render", refs_json, "--csl", str(bad))
    assert (code, out) == (2, "")
    assert f"kzcite: {bad}: not a CSL style" in err


def test_cli_without_citeproc_exits_2(
    capsys: pytest.CaptureFixture[str], refs_json: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "citeproc", None)
    code, out, err = _run(capsys, "render", refs_json, "--csl", str(MINI))
    assert (code, out) == (2, "")
    assert "pip install 'kzcite[csl]'" in err


# ------------------------------------------------------------------------- properties

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_TAG = re.compile(r"</?(?:i|b|sup|sub|span(?: style=\"[^\"]*\")?)>")


@needs_citeproc
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_TEXT, family=_TEXT, outlet=_TEXT)
def test_never_raises_and_html_is_escaped(title: str, family: str, outlet: str) -> None:
    from kzcite.csl_style import render_csl

    ref = Reference(
        "", kind=Kind.WEBPAGE, title=title, outlet=outlet, authors=(Person(family, "A"),)
    )
    text = render_csl([ref], MINI)
    assert text.endswith("\n")
    out = render_csl([ref], MINI, format="html")
    body = out.removeprefix('<div class="csl-bib-body">\n').removesuffix("</div>\n")
    inner = _TAG.sub("", body.replace('<div class="csl-entry">', "").replace("</div>", ""))
    assert "<" not in inner
    assert ">" not in inner
    assert json.dumps(out)  # plain str, serialisable


@needs_citeproc
def test_title_case_only_for_english_titles(tmp_path: Path) -> None:
    from kzcite.csl_style import render_csl

    path = _style_variant(
        tmp_path,
        '<text variable="title" font-style="italic"/>',
        '<text variable="title" text-case="title"/>',
    )
    refs = [
        Reference("", title="закон о языках и медиа", outlet="O", language="ru"),
        Reference("", title="eesti õigus ja kord", outlet="P", language="et"),
        Reference("", title="the law of media", outlet="Q", language="en"),
    ]
    assert render_csl(refs, path).splitlines() == [
        "O. (n.d.). закон о языках и медиа.",
        "P. (n.d.). eesti õigus ja kord.",
        "Q. (n.d.). The Law of Media.",
    ]
