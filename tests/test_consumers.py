"""Real consumers of our output: biber + LuaLaTeX/XeLaTeX read ``to_biblatex``, and
``pandoc --citeproc`` reads ``to_csl_json``.

These tests run the programs for real and skip, saying what to install, when they are
missing. On Debian/Ubuntu::

    apt-get install pandoc                       # about 30 MB, for the CSL-JSON test
    apt-get install --no-install-recommends \\
        biber texlive-luatex texlive-bibtex-extra texlive-latex-recommended \\
        fonts-dejavu-core poppler-utils          # about 135 MB, for the BibLaTeX test

(``texlive-latex-recommended`` brings ``fontspec``; ``poppler-utils`` brings
``pdftotext``, used when present to check the PDF's text as well.) Each test takes about
three seconds.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kzcite.bibtex import to_biblatex
from kzcite.csl import to_csl_json
from kzcite.records import Kind, PartialDate, Person, Reference

MINI_CSL = Path(__file__).resolve().parent / "data" / "csl" / "mini-author-date.csl"
TIMEOUT = 60  # seconds per program run: a hang fails the test instead of blocking CI

SPECIAL_TITLE = r"Braces {x} & 100% $cash$ #1 snake_case ^up ~tilde \backslash"
SPECIAL_URL = "https://example.org/a%20b?q=1&r=2#sec_3~x"
REFS = [
    Reference(
        "",
        kind=Kind.ARTICLE,
        title="В Казахстане приняли закон о СМИ",
        outlet="Kapital.kz",
        authors=(Person("Иванов", "Иван Петрович"),),
        date=PartialDate(2024, 6, 19),
        url="https://kapital.kz/gosudarstvo/12345/zakon-o-smi.html",
        language="ru",
    ),
    Reference(
        "",
        kind=Kind.ARTICLE,
        title="Қазақстан мен Өзбекстан арасындағы шекара: үңгір, ғылым, Һ",
        outlet="Egemen Qazaqstan",
        authors=(Person("Әбішев", "Нұрлан"),),
        date=PartialDate(2023, 3),
        language="kk",
    ),
    Reference(
        "",
        kind=Kind.ARTICLE,
        title="Kas Eesti õigus jõuab üle mõõdukate ülesannete?",
        outlet="Postimees",
        authors=(Person("Kressa", "Kaarel"), Person("Šõrin", "Jüri")),
        date=PartialDate(2021, 12, 22),
        url="https://www.postimees.ee/7415/kas-eesti?utm_source=x%20y#comments",
        language="et",
    ),
    Reference(
        "",
        kind=Kind.LEGAL,
        title="О средствах массовой информации",
        outlet="Әділет",
        number="№ 451-I",
        date=PartialDate(1999, 7, 23),
        url="https://adilet.zan.kz/rus/docs/Z990000451_",
        language="ru",
    ),
    Reference(
        "",
        kind=Kind.WEBPAGE,
        title=SPECIAL_TITLE,
        outlet="Example Org",
        url=SPECIAL_URL,
        access_date=PartialDate(2024, 1, 2),
        language="en",
    ),
    Reference(
        "",
        kind=Kind.REPORT,
        title="Central Asia media freedom 2023–2024",
        authors=(Person(literal="Freedom House"),),
        outlet="Freedom House",
        date=PartialDate(2024),
        doi="10.1234/abc_def%2F1",
        language="en",
    ),
]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT,
        check=False,
    )


def _squash(text: str) -> str:
    """Text without whitespace or line-end hyphens, so line breaking does not matter."""
    return re.sub(r"-\n|\s+", "", text)


# ----------------------------------------------------------------- biber + LaTeX


def _kazakh_font() -> Path | None:
    """A font file with Kazakh (and so Russian) letters, DejaVu Serif when there is one."""
    if shutil.which("fc-list") is None:
        return None
    found = subprocess.run(
        ["fc-list", ":lang=kk", "file"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    ).stdout
    files = sorted(Path(line.strip().rstrip(":")) for line in found.splitlines() if line.strip())
    files = [f for f in files if f.suffix.lower() in {".ttf", ".otf"}]
    for preferred in ("DejaVuSerif.ttf", "DejaVuSans.ttf", "NotoSerif-Regular.ttf"):
        for f in files:
            if f.name == preferred:
                return f
    plain = [f for f in files if not re.search(r"bold|italic|oblique|mono", f.name, re.I)]
    return (plain or files or [None])[0]


def _latex_setup() -> tuple[str, Path]:
    """The LaTeX engine and font to use, or skip saying what to install."""
    hint = (
        "apt-get install --no-install-recommends biber texlive-luatex "
        "texlive-bibtex-extra texlive-latex-recommended fonts-dejavu-core"
    )
    if shutil.which("biber") is None:
        pytest.skip(f"biber not installed: {hint}")
    engine = shutil.which("lualatex") or shutil.which("xelatex")
    if engine is None:
        pytest.skip(f"neither lualatex nor xelatex installed: {hint}")
    kpsewhich = shutil.which("kpsewhich")
    for package in ("biblatex.sty", "fontspec.sty"):
        if kpsewhich is None or not _run([kpsewhich, package], Path.cwd()).stdout.strip():
            pytest.skip(f"LaTeX package {package} not installed: {hint}")
    font = _kazakh_font()
    if font is None:
        pytest.skip(f"no font with Kazakh letters found by fc-list: {hint}")
    return engine, font


LATEX_DOC = r"""\documentclass{article}
\usepackage{fontspec}
\setmainfont{%(font)s}[Path=%(path)s/]
\usepackage[backend=biber,style=authoryear]{biblatex}
\addbibresource{refs.bib}
\tracinglostchars=1
\begin{document}
\nocite{*}
\printbibliography
\end{document}
"""


def test_biblatex_compiles_with_biber_and_lualatex(tmp_path: Path) -> None:
    engine, font = _latex_setup()
    (tmp_path / "refs.bib").write_text(to_biblatex(REFS), encoding="utf-8")
    (tmp_path / "doc.tex").write_text(
        LATEX_DOC % {"font": font.name, "path": font.parent.as_posix()}, encoding="utf-8"
    )
    latex = [engine, "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]

    first = _run(latex, tmp_path)
    assert first.returncode == 0, first.stdout[-3000:]
    biber = _run(["biber", "doc"], tmp_path)
    if "control file version" in biber.stdout:  # biber and biblatex from different releases
        pytest.skip(f"biber does not match the installed biblatex: {biber.stdout[-300:]}")
    assert biber.returncode == 0, biber.stdout[-3000:]
    assert not re.search(r"^(ERROR|WARN) ", biber.stdout, re.M), biber.stdout
    for _ in range(2):  # authoryear settles its labels on the second run after biber
        again = _run(latex, tmp_path)
        assert again.returncode == 0, again.stdout[-3000:]

    log = (tmp_path / "doc.log").read_text(encoding="utf-8", errors="replace")
    assert "Missing character" not in log  # every Cyrillic/Kazakh/Estonian letter typeset
    assert "undefined references" not in log
    assert (tmp_path / "doc.pdf").stat().st_size > 1000

    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    keys = [item["id"] for item in json.loads(to_csl_json(REFS))]
    for key in keys:
        assert f"\\entry{{{key}}}" in bbl
    assert len(re.findall(r"\\entry\{", bbl)) == len(REFS)
    for ref in REFS:
        if ref.url:
            assert f"\\verb {ref.url}\n" in bbl  # URLs reach biblatex verbatim, % and # kept
    assert "{Әбішев}" in bbl
    assert "{Қазақстан мен Өзбекстан арасындағы шекара: үңгір, ғылым, Һ}" in bbl

    if shutil.which("pdftotext"):
        text = _squash(_run(["pdftotext", "-enc", "UTF-8", "doc.pdf", "-"], tmp_path).stdout)
        for ref in REFS:
            assert ref.title is not None
            assert _squash(ref.title) in text, ref.title
        assert "Šõrin" in text
        assert "Әбішев,Нұрлан" in text


# ------------------------------------------------------------------- pandoc


def _pandoc() -> str:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        pytest.skip("pandoc not installed: apt-get install pandoc (2.11 or later)")
    version = _run([pandoc, "--version"], Path.cwd()).stdout.split()
    numbers = tuple(int(n) for n in re.findall(r"\d+", version[1])[:2]) if len(version) > 1 else ()
    if numbers < (2, 11):
        pytest.skip(f"pandoc {version[1:2]} has no --citeproc: install pandoc 2.11 or later")
    return pandoc


def _cite_all_doc(tmp_path: Path) -> tuple[Path, list[str]]:
    (tmp_path / "refs.json").write_text(to_csl_json(REFS), encoding="utf-8")
    keys = [item["id"] for item in json.loads(to_csl_json(REFS))]
    doc = tmp_path / "doc.md"
    cites = "; ".join(f"@{key}" for key in keys)
    doc.write_text(f"Sources [{cites}].\n\n# References\n", encoding="utf-8")
    return doc, keys


def test_pandoc_citeproc_reads_csl_json(tmp_path: Path) -> None:
    pandoc = _pandoc()
    doc, keys = _cite_all_doc(tmp_path)
    args = [pandoc, "--citeproc", "--bibliography=refs.json", "--wrap=none", doc.name]
    args += ["--csl", str(MINI_CSL), "-t", "plain"]
    done = _run(args, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr  # e.g. "Citeproc: citation ... not found"
    out = done.stdout
    body = out.split("References", 1)[1]
    entries = [line for line in body.splitlines() if line.strip()]
    assert len(entries) == len(keys)
    for ref in REFS:
        assert ref.title is not None
        assert ref.title in body, ref.title  # the minimal style keeps titles' case
        if ref.url:
            assert ref.url in body
    assert "Әбішев, Н. (2023). Қазақстан мен Өзбекстан" in body
    assert "Kressa, K., and J. Šõrin. (2021)." in body
    assert "Freedom House. (2024). Central Asia media freedom 2023–2024." in body
    assert "(Иванов, 2024; Әбішев, 2023;" in out


def test_pandoc_default_style_and_csl_json_round_trip(tmp_path: Path) -> None:
    pandoc = _pandoc()
    doc, keys = _cite_all_doc(tmp_path)
    # pandoc reads our CSL-JSON and writes it back: every key and title survives
    done = _run([pandoc, "refs.json", "-f", "csljson", "-t", "csljson"], tmp_path)
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)
    assert sorted(item["id"] for item in items) == sorted(keys)
    titles = {item["id"]: item["title"] for item in items}
    assert titles[keys[4]] == SPECIAL_TITLE
    assert titles[keys[1]] == REFS[1].title
    # and its default style (Chicago author-date) renders every entry
    args = [pandoc, "--citeproc", "--bibliography=refs.json", "--wrap=none", doc.name]
    done = _run([*args, "-t", "plain"], tmp_path)
    assert done.returncode == 0, done.stderr
    body = done.stdout.split("References", 1)[1].casefold()  # Chicago title-cases English
    for ref in REFS:
        assert ref.title is not None
        assert ref.title.casefold() in body, ref.title
