"""Reading inputs: encodings, formats, folders, HTML."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kzcite.errors import InputError
from kzcite.inputs import (
    decode,
    detect_format,
    html_to_text,
    html_view,
    iter_paths,
    looks_like_html,
    read_document,
)

RU = 'Источники:\nТАСС, 12.03.2021, "Казахстан и Россия подписали соглашение о сотрудничестве";\n'


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "koi8_r"])
def test_cyrillic_encodings_are_detected(encoding: str) -> None:
    text, used = decode(RU.encode(encoding), "x.txt")
    assert text == RU
    assert used.replace("-", "_").lower() in {encoding.replace("-", "_"), "utf_8", "utf8"}


KK = "Дереккөз:\nЕгемен Қазақстан, 2022 жылғы 17 маусым, «Қазақ тілі туралы заң өзгерді»;\n"


def test_kazakh_windows_code_page_is_detected() -> None:
    """Қ, ғ, ұ and ө have no place in cp1251: an old Kazakh file is kz1048."""
    text, used = decode((KK * 3).encode("kz1048"), "x.txt")
    assert text == KK * 3
    assert used == "kz1048"


def test_kazakh_line_in_a_utf8_file_reads_in_kz1048(tmp_path: Path) -> None:
    lines = ["Дереккөз:", "Tengrinews, 12.03.2022, «Заголовок»", KK.splitlines()[1]]
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        b"\n".join(x.encode("kz1048" if k == 2 else "utf-8") for k, x in enumerate(lines))
    )
    doc = read_document(str(path))
    assert doc.text.splitlines() == lines
    assert doc.fallback_encoding == "kz1048"


def test_utf16_with_bom() -> None:
    data = codecs.BOM_UTF16_LE + RU.encode("utf-16-le")
    assert decode(data, "x.txt")[0] == RU


MIXED_LINES = [
    "Источники:",
    "Tengrinews, 12.03.2022, «Заголовок»",
    "Azattyq, 01.02.2022, «Заголовок другой статьи»",
    "Курсив, 05.04.2022, «Третий заголовок»",
]


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_utf8_file_with_a_cp1251_line_keeps_both(bom: bytes, tmp_path: Path) -> None:
    """A line pasted from an old cp1251 page must not turn the UTF-8 lines to mojibake."""
    data = bom + b"\n".join(
        line.encode("cp1251" if k == 2 else "utf-8") for k, line in enumerate(MIXED_LINES)
    )
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    doc = read_document(str(path))
    assert doc.text.splitlines() == MIXED_LINES
    assert doc.fallback_lines == (3,)
    assert doc.fallback_encoding == "cp1251"
    assert doc.encoding == ("utf-8-sig" if bom else "utf-8")


def test_whole_cp1251_file_names_no_fallback_lines(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("\n".join(MIXED_LINES).encode("cp1251"))
    doc = read_document(str(path))
    assert doc.text.splitlines() == MIXED_LINES
    assert doc.fallback_lines == ()
    assert doc.encoding.replace("_", "") == "cp1251"


def test_forced_encoding_error_names_the_file() -> None:
    with pytest.raises(InputError, match=r"x\.txt"):
        decode("ü".encode("latin-1"), "x.txt", "utf-8")


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02\x03" * 10, "blob.bin")


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("a.bib", "", "bibtex"),
        ("a.ris", "", "ris"),
        ("a.md", "", "markdown"),
        ("a.html", "", "html"),
        ("a", "@article{x, title={T}}", "bibtex"),
        ("a", "TY  - JOUR\nER  - ", "ris"),
        ("a.json", '[{"title": "T"}]', "csl-json"),
        ("a", "<html><body><p>x</p></body></html>", "html"),
        ("a", "plain words", "text"),
    ],
)
def test_format_detection(name: str, text: str, fmt: str) -> None:
    assert detect_format(name, text) == fmt


def test_html_links_become_markdown_links() -> None:
    page = '<h2>Read more</h2><ul><li><a href="https://err.ee/1">Pealkiri</a></li></ul><script>x=1</script>'
    assert html_to_text(page) == "Read more\n• [Pealkiri](https://err.ee/1)"


def test_folders_are_walked_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("a", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("h", encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in iter_paths([str(tmp_path)])]
    assert got == ["b.txt", "sub/a.md"]


def test_missing_file() -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document("/nonexistent/x.txt")


def test_html_view_maps_text_back_to_the_markup() -> None:
    page = '<div><p>Intro &amp; more</p>\n<ul><li><a href="https://err.ee/1">Pealkiri</a></li></ul><p>Next</p></div>'
    view = html_view(page)
    assert view.text == "Intro & more\n• [Pealkiri](https://err.ee/1)\n\n\n\nNext"
    at = view.text.index("Pealkiri")
    assert page[view.offsets[at] : view.offsets[at] + 8] == "Pealkiri"
    assert len(view.offsets) == len(view.text) + 1


def test_link_around_a_card_wraps_its_headline() -> None:
    page = '<div><a href="https://err.ee/2"><div>Pealkiri</div><p>Teaser.</p></a></div>'
    assert html_to_text(page) == "[Pealkiri](https://err.ee/2)\nTeaser."


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<html><body><p>x</p><p>y</p></body></html>", True),
        ('  <div class="c"><ul><li>a</li></ul></div>', True),
        ("Prose first.\n<h2>Viited</h2>\n[1] http://x.ee<br>", False),
        ("<b>bold</b> words", False),
    ],
)
def test_looks_like_html(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


def test_markdown_with_an_html_banner_stays_markdown() -> None:
    from kzcite import parse
    from kzcite.inputs import looks_like_html

    text = (
        '<p align="center">\n  <img src="logo.png">\n  <h1>Project</h1>\n</p>\n\n'
        "Some intro text.\n\n## References\n\n"
        "1. Smith, J. (2020). Title of the work. Journal of Things, 12(3), 45–67.\n"
        "2. Doe, A. (2019). Another title here. Other Journal, 3(1), 1–9.\n"
    )
    assert not looks_like_html(text)
    assert len(parse(text).references) == 2


def test_html_spans_after_a_link_glued_to_text_point_at_the_source() -> None:
    from kzcite.inputs import html_view

    src = '<p><a href="https://a.kz/x">Title</a>19 января 2024</p>'
    view = html_view(src)
    i = view.text.find("19")
    a, b = view.source_span(i, i + 2)
    assert src[a:b] == "19"


def test_html_spans_after_character_references_point_at_the_source() -> None:
    from kzcite.inputs import html_view

    src = "<p>Tokayev&#8217;s reforms &ndash; &laquo;Title&raquo; 19 января 2024 &amp; more</p>"
    view = html_view(src)
    assert view.text.strip() == "Tokayev’s reforms – «Title» 19 января 2024 & more"
    for word in ("Title", "19", "more", "’", "–"):
        i = view.text.find(word)
        a, b = view.source_span(i, i + len(word))
        assert src[a:b] == word if word.isalnum() else src[a:b].startswith("&")


def test_mixed_encoding_lines_are_counted_as_the_parser_counts_them() -> None:
    """A U+2028 inside an earlier UTF-8 line is a line break for the parser too."""
    from kzcite.inputs import _decode

    data = (
        "Источники:\u2028x\nTengrinews, «Заголовок»\n".encode()
        + "Курсив, «Другой»\n".encode("cp1251")
        + "Ещё, «Третий»\n".encode()
    )
    text, _, (legacy, lines) = _decode(data, "m.txt")
    assert legacy == "cp1251"
    assert lines == (4,)
    assert "Курсив" in text.splitlines()[3]


def test_utf8_cut_mid_letter_is_no_legacy_line() -> None:
    data = "Заголовок статьи\nКурсив".encode()[:-1]
    text, used = decode(data, "cut.txt")
    assert used == "utf-8"
    assert text.startswith("Заголовок статьи\nКурси")
