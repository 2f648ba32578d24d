"""The documentation cannot rot: every example in ``docs/`` and ``README.md`` runs.

* ```` ```python ```` blocks with ``>>>`` prompts run as doctests (``ELLIPSIS`` and
  ``NORMALIZE_WHITESPACE`` on); blocks without prompts are executed. The blocks of one
  page share one namespace and run in page order, as a reader would type them.
* ```` ```console ```` blocks: each ``$ kzcite …`` line runs in-process through
  :func:`kzcite.cli.main`; the lines after it, up to the next ``$``, are its expected
  standard output (``...`` matches anything; add ``2>&1`` to the command to include
  standard error). ``$ echo $?`` followed by a number checks the previous exit code;
  otherwise a command must exit 0 or 1 (2 means the example itself is wrong).
* ```` ```sh ```` / ```` ```bash ```` blocks: every line that starts with ``kzcite `` runs
  (output not checked, exit code 0 or 1).
* A block right after a ``<!-- file: NAME -->`` line is saved as NAME (in the scratch
  folder below) instead of being run, so that a page can show an input file and then
  the commands that read it.
* Commands whose input files do not exist, that read standard input, pipe or redirect,
  or that need the network are skipped with the reason — except console commands
  followed by ``$ echo $?``, which show a failure on purpose and always run.

Everything runs in a scratch folder per page in which the repository's top-level
entries (``seeds/``, ``tests/``, ``styles/`` …) are symlinked, so ``-o refs.json``
never writes into the repository.

The generated pages (``docs/reference/cli.md``, ``docs/styles-gallery.md``) must equal
what their generators produce, and ``docs/reference/api.md`` must mention every name in
``kzcite.__all__``.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import kzcite

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted([*DOCS.rglob("*.md"), ROOT / "README.md"])

_FILE_MARK = re.compile(r"^\s*<!--\s*file:\s*(\S+)\s*-->\s*$")
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)[^\n]*$")
_PYTHON = frozenset({"python", "py", "pycon"})
_SHELL = frozenset({"sh", "bash", "shell", "console"})
_DOCTEST_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
_SHELL_OPERATORS = frozenset({"|", "||", "&&", ";", ">", ">>", "<", "&"})


@attrs.frozen
class Block:
    """One fenced code block of a page; ``line`` is the 1-based line of its first line."""

    page: Path
    lang: str
    line: int
    text: str
    filename: str | None = None  # set by a ``<!-- file: NAME -->`` line just above


@attrs.frozen
class Command:
    """One ``kzcite`` command of a shell block, with what the page says it prints."""

    block: Block
    line: int
    argv: tuple[str, ...]
    expected: str | None = None  # console blocks: the shown output
    exit_code: int | None = None  # console blocks: a following ``echo $?``
    with_stderr: bool = False
    skip: str | None = None


def _rel(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


def code_blocks(page: Path) -> list[Block]:
    """Every fenced code block of a Markdown page, in order."""
    blocks: list[Block] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        indent, fence, lang = m.group("indent"), m.group("fence"), m.group("lang").lower()
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            line = lines[j]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            j += 1
        mark = _FILE_MARK.match(lines[i - 1]) if i else None
        name = mark.group(1) if mark else None
        blocks.append(Block(page, lang, i + 2, "\n".join(body) + "\n", name))
        i = j + 1
    return blocks


def _split_command(text: str) -> tuple[tuple[str, ...], bool, str | None]:
    """``(argv after 'kzcite', with_stderr, skip reason)`` for one command line."""
    try:
        tokens = shlex.split(text, comments=True)
    except ValueError as exc:
        return (), False, f"cannot split the command line: {exc}"
    with_stderr = False
    kept: list[str] = []
    for tok in tokens:
        if tok == "2>&1":
            with_stderr = True
        elif tok == "2>/dev/null":
            continue
        elif tok in _SHELL_OPERATORS or tok.startswith((">", "2>", "<")):
            return (), False, f"uses the shell operator {tok!r} (not run in-process)"
        else:
            kept.append(tok)
    return tuple(kept[1:]), with_stderr, None


_SEPARATOR = re.compile(r"\s*(\|\||&&|;|\|)\s*")
_KZCITE = re.compile(r"^(?:\S*/)?kzcite\s")


def _segments(line: str) -> list[tuple[str, bool]]:
    """The ``kzcite`` commands of one shell line (``a && kzcite …``, ``cat x | kzcite …``),
    each as ``("kzcite …", read from a pipe?)``; ``.venv/bin/kzcite`` counts as ``kzcite``."""
    parts = _SEPARATOR.split(line.split(" #", 1)[0].strip())
    out = []
    for i in range(0, len(parts), 2):
        segment = parts[i].strip()
        if _KZCITE.match(segment + " "):
            piped = i > 0 and parts[i - 1] == "|"
            out.append(("kzcite " + segment.split(None, 1)[1] if " " in segment else "", piped))
    return [(seg, piped) for seg, piped in out if seg]


def shell_commands(block: Block) -> list[Command]:
    """The ``kzcite`` commands of a shell or console block."""
    lines = block.text.splitlines()
    out: list[Command] = []
    if block.lang != "console":
        for k, line in enumerate(lines):
            for segment, piped in _segments(line):
                argv, err, skip = _split_command(segment)
                if piped:
                    skip = "reads standard input from a pipe"
                out.append(Command(block, block.line + k, argv, None, None, err, skip))
        return out
    k = 0
    while k < len(lines):
        line = lines[k]
        if not line.startswith("$ "):
            k += 1
            continue
        cmd = line[2:].strip()
        start = k
        k += 1
        shown: list[str] = []
        while k < len(lines) and not lines[k].startswith("$ "):
            shown.append(lines[k])
            k += 1
        if not cmd.startswith("kzcite "):
            continue
        exit_code = None
        if k < len(lines) and lines[k].strip() == "$ echo $?":
            value = lines[k + 1].strip() if k + 1 < len(lines) else ""
            exit_code = int(value) if value.isdigit() else None
            k += 2
        argv, err, skip = _split_command(cmd)
        expected = "\n".join(shown).strip("\n")
        out.append(
            Command(
                block,
                block.line + start,
                argv,
                expected + "\n" if expected else None,
                exit_code,
                err,
                skip,
            )
        )
    return out


# ----------------------------------------------------------------------- page state


class PageRun:
    """A page's scratch folder and Python namespace; blocks run in page order."""

    def __init__(self, page: Path, folder: Path) -> None:
        self.page = page
        self.folder = folder
        self.globs: dict[str, Any] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
        self.done = 0  # steps of the page already run
        for entry in ROOT.iterdir():
            if entry.name in (".git", ".venv") or entry.name.startswith(".pytest"):
                continue
            (folder / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())

    @contextlib.contextmanager
    def inside(self) -> Iterator[None]:
        old = os.getcwd()
        os.chdir(self.folder)
        try:
            yield
        finally:
            os.chdir(old)


Step = Block | Command


def page_steps(page: Path) -> list[Step]:
    """The runnable steps of a page: Python blocks and ``kzcite`` commands, in order."""
    steps: list[Step] = []
    for block in code_blocks(page):
        if block.filename is not None or block.lang in _PYTHON:
            steps.append(block)
        elif block.lang in _SHELL:
            steps.extend(shell_commands(block))
    return steps


def _step_id(step: Step) -> str:
    if isinstance(step, Block) and step.filename is not None:
        return f"{_rel(step.page)}:{step.line}:file {step.filename}"
    if isinstance(step, Block):
        return f"{_rel(step.page)}:{step.line}:python"
    return f"{_rel(step.block.page)}:{step.line}:kzcite {' '.join(step.argv)}"[:120]


STEPS = [(page, k) for page in PAGES for k in range(len(page_steps(page)))]


@pytest.fixture(scope="module")
def runs() -> dict[Path, PageRun]:
    """The pages' scratch folders and namespaces, shared by the steps of each page."""
    return {}


def _page_run(runs: dict[Path, PageRun], page: Path, factory: pytest.TempPathFactory) -> PageRun:
    if page not in runs:
        runs[page] = PageRun(page, factory.mktemp(page.stem))
    return runs[page]


def run_python(run: PageRun, block: Block) -> str | None:
    """Run a Python block in the page's namespace; the failure text, or None.

    A block marked ``<!-- file: NAME -->`` is not run but saved as NAME in the page's
    scratch folder, for the commands after it to read.
    """
    where = f"{_rel(block.page)}:{block.line}"
    if block.filename is not None:
        target = run.folder / block.filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(block.text, encoding="utf-8")
        return None
    if ">>>" in block.text:
        parser = doctest.DocTestParser()
        test = parser.get_doctest(block.text, run.globs, where, str(block.page), block.line - 1)
        report = io.StringIO()
        runner = doctest.DocTestRunner(optionflags=_DOCTEST_FLAGS)
        with run.inside():
            result = runner.run(test, out=report.write, clear_globs=False)
        run.globs.update(test.globs)  # DocTest works on a copy of the namespace
        return report.getvalue() if result.failed else None
    # padded so that a traceback shows the line number in the page
    code = compile("\n" * (block.line - 1) + block.text, str(block.page), "exec")
    with run.inside(), contextlib.redirect_stdout(io.StringIO()):
        exec(code, run.globs)
    return None


def _missing_input(argv: tuple[str, ...], folder: Path) -> str | None:
    """Why the command cannot run here (stdin, network, missing file), or None."""
    from kzcite.cli import build_parser

    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit:
        return None  # --help, --version and usage errors run (and are checked) as is
    paths: list[str] = []
    paths += list(getattr(args, "inputs", None) or [])
    if getattr(args, "gold", None):
        paths.append(args.gold)
    if getattr(args, "action", None) == "check":
        target = args.target
        paths += target if isinstance(target, list) else [target] if target else []
    if getattr(args, "registry", None):
        paths.append(args.registry)
    style = getattr(args, "style", None)
    if style and (style.endswith(".toml") or "/" in style):
        paths.append(style)
    for p in paths:
        if p == "-":
            return "reads standard input"
        if re.match(r"[a-z]+://", p):
            return f"needs the network ({p})"
        if not (folder / p).exists():
            return f"needs the file {p!r}, which the repository does not have"
    return None


def run_command(run: PageRun, cmd: Command) -> tuple[int, str, str]:
    from kzcite.cli import main

    out, err = io.StringIO(), io.StringIO()
    with run.inside(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(cmd.argv))
        except SystemExit as exc:  # --help / --version / argparse usage errors
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def _check_command(run: PageRun, cmd: Command) -> str | None:
    """Run a command; the failure text, or None."""
    code, out, err = run_command(run, cmd)
    shown = f"kzcite {' '.join(cmd.argv)}"
    if cmd.exit_code is not None:
        if code != cmd.exit_code:
            return f"{shown}: exit code {code}, the page says {cmd.exit_code}\n{err}"
    elif code not in (0, 1):
        return f"{shown}: exit code {code}\nstderr:\n{err}"
    if cmd.expected is not None:
        got = (err + out) if cmd.with_stderr else out
        checker = doctest.OutputChecker()
        if not checker.check_output(cmd.expected, got, _DOCTEST_FLAGS):
            example = doctest.Example(shown, cmd.expected)
            return checker.output_difference(example, got, _DOCTEST_FLAGS)
    return None


def _run_step(run: PageRun, step: Step) -> str | None:
    if isinstance(step, Block):
        return run_python(run, step)
    if _skip_reason(step, run.folder) is None:
        return _check_command(run, step)
    return None


def _skip_reason(cmd: Command, folder: Path) -> str | None:
    """Why a command is not run. A command whose page states its exit code with
    ``echo $?`` shows a failure on purpose (a missing file, exit 2) and always runs."""
    if cmd.skip is not None:
        return cmd.skip
    if cmd.exit_code is not None:
        return None
    return _missing_input(cmd.argv, folder)


@pytest.mark.parametrize(
    ("page", "index"),
    STEPS,
    ids=[_step_id(page_steps(p)[k]) for p, k in STEPS],
)
def test_example(
    page: Path, index: int, runs: dict[Path, PageRun], tmp_path_factory: pytest.TempPathFactory
) -> None:
    steps = page_steps(page)
    run = _page_run(runs, page, tmp_path_factory)
    # earlier steps of the page first (when this one is selected alone, e.g. with -k)
    while run.done < index:
        with contextlib.suppress(Exception):
            _run_step(run, steps[run.done])
        run.done += 1
    step = steps[index]
    run.done = index + 1
    if isinstance(step, Command):
        reason = _skip_reason(step, run.folder)
        if reason is not None:
            pytest.skip(f"{_step_id(step)}: {reason}")
    failure = _run_step(run, step)
    if failure is not None:
        pytest.fail(f"{_step_id(step)}\n{failure}", pytrace=False)


def test_examples_were_found() -> None:
    """The collector itself works: the README and the guides have runnable examples."""
    readme = page_steps(ROOT / "README.md")
    assert any(isinstance(s, Block) and ">>>" in s.text for s in readme)
    assert any(isinstance(s, Command) and s.argv[:1] == ("convert",) for s in readme)
    started = page_steps(DOCS / "getting-started.md")
    assert sum(isinstance(s, Command) for s in started) >= 3
    assert sum(isinstance(s, Block) for s in started) >= 2


def test_console_parsing() -> None:
    block = Block(ROOT / "x.md", "console", 1, "$ kzcite scan a.txt 2>&1\nout\n$ echo $?\n1\n")
    (cmd,) = shell_commands(block)
    assert cmd.argv == ("scan", "a.txt")
    assert cmd.with_stderr and cmd.expected == "out\n" and cmd.exit_code == 1
    (head,) = shell_commands(Block(ROOT / "x.md", "sh", 1, "kzcite scan seeds/ | head\n"))
    assert head.argv == ("scan", "seeds/") and head.skip is None  # output piped: still runs
    (redirected,) = shell_commands(Block(ROOT / "x.md", "sh", 1, "kzcite scan a > out\n"))
    assert redirected.skip is not None and ">" in redirected.skip
    line = "pip install . && .venv/bin/kzcite convert seeds/ --to bibtex  # BibTeX\n"
    (chained,) = shell_commands(Block(ROOT / "x.md", "sh", 1, line))
    assert chained.argv == ("convert", "seeds/", "--to", "bibtex") and chained.skip is None
    (stdin,) = shell_commands(Block(ROOT / "x.md", "sh", 1, "cat a.txt | kzcite convert -\n"))
    assert stdin.argv == ("convert", "-") and stdin.skip == "reads standard input from a pipe"


# ------------------------------------------------------------------- generated pages


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"docs_{name}", DOCS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("generator", "function", "page"),
    [
        ("gen_cli", "cli_markdown", "reference/cli.md"),
        ("gen_gallery", "gallery_markdown", "styles-gallery.md"),
    ],
)
def test_generated_page_is_current(generator: str, function: str, page: str) -> None:
    expected = getattr(_load(generator), function)()
    current = (DOCS / page).read_text(encoding="utf-8")
    assert current == expected, f"docs/{page} is stale: run  python docs/{generator}.py"


def test_cli_page_lists_every_command_and_option() -> None:
    import argparse

    from kzcite.cli import build_parser

    page = (DOCS / "reference/cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                assert f"## `kzcite {name}`" in page
                for opt in sub._actions:
                    for flag in opt.option_strings:
                        assert f"{flag}" in page, (name, flag)


def test_gallery_shows_every_bundled_style() -> None:
    from kzcite.styles import list_styles

    page = (DOCS / "styles-gallery.md").read_text(encoding="utf-8")
    for info in list_styles():
        if info.origin == "bundled":
            assert f"\n## {info.id}\n" in page


def test_api_reference_names_every_public_name() -> None:
    page = (DOCS / "reference/api.md").read_text(encoding="utf-8")
    missing = [
        name
        for name in kzcite.__all__
        if not re.search(rf"(?<![\w.])(?:kzcite\.)?{re.escape(name)}(?!\w)", page)
    ]
    assert not missing, f"docs/reference/api.md does not mention: {missing}"


# ---------------------------------------------------------------------- site links


def _nav_pages() -> set[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return set(re.findall(r"([\w./-]+\.md)\s*$", text, flags=re.M))


def test_every_page_is_in_the_nav() -> None:
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    nav = _nav_pages()
    assert pages - nav == set(), "pages missing from mkdocs.yml nav"
    assert nav - pages == set(), "nav entries without a page"


_LINK = re.compile(r"\]\((?![a-z]+:|#)([^)\s]+?)(?:#[^)]*)?\)")


def test_relative_links_resolve() -> None:
    broken = []
    for page in DOCS.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"```.*?```", "", text, flags=re.S)  # links inside code are text
        for target in _LINK.findall(text):
            if not (page.parent / target).resolve().exists():
                broken.append(f"{_rel(page)} -> {target}")
    assert not broken


def test_docstring_extension_fences_examples() -> None:
    """The mkdocstrings extension that turns docstrings into Markdown (its doctest)."""
    module = _load("griffe_docstrings") if importlib.util.find_spec("griffe") else None
    if module is None:
        pytest.skip("griffe (mkdocstrings) is not installed")
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner()
    for test in finder.find(module.to_markdown, "to_markdown", globs=vars(module)):
        runner.run(test)
    assert runner.failures == 0 and runner.tries > 0
    text = module.to_markdown(
        ":class:`~kzcite.records.Reference` x\n>>> f()  # doctest: +SKIP\n1\n"
    )
    assert text == "`Reference` x\n\n```pycon\n>>> f()\n1\n```"
