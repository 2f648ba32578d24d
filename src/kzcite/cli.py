"""The ``kzcite`` command line.

Exit codes: 0 success; 1 some entries could not be parsed or an input was skipped (the
output is still written); 2 usage error, or no input could be read; 3 ``--strict`` and a
warning was reported.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from kzcite.inputs import Document
    from kzcite.records import Diagnostic, Entry, Reference

EXIT_OK, EXIT_UNPARSED, EXIT_USAGE, EXIT_STRICT = 0, 1, 2, 3

OUTPUT_FORMATS = ("bibtex", "biblatex", "csl-json", "ris", "json", "text", "html", "md", "latex")
_BY_SUFFIX = {
    ".bib": "bibtex",
    ".json": "csl-json",
    ".ris": "ris",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".txt": "text",
    ".tex": "latex",
}

EPILOG_CONVERT = """examples:
  kzcite convert seeds/ --to bibtex
  kzcite convert article.txt --to csl-json -o refs.json
  cat list.txt | kzcite convert - --to ris
  kzcite convert library.bib --to text --style gost-r-7.0.100-2018
  kzcite convert library.bib --to html --csl my-journal.csl -o refs.html
"""


class _Args(argparse.Namespace):
    command: str


def _common_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH",
        help="files, folders (searched recursively) or - for standard input",
    )
    p.add_argument(
        "--from",
        dest="from_format",
        default=None,
        choices=("text", "markdown", "html", "bibtex", "csl-json", "kzjson", "ris"),
        help="input format (default: from extension or content)",
    )
    p.add_argument("--encoding", default=None, help="force the input encoding (e.g. cp1251)")
    p.add_argument(
        "--registry",
        default=None,
        help="your outlet registry file (CSV/JSON/TOML), extending the shipped one",
    )
    p.add_argument("--glob", default=None, help="file pattern inside folders (default: text files)")
    p.add_argument("--jobs", type=int, default=1, help="parse files in N processes")
    p.add_argument("--strict", action="store_true", help="warnings make the command fail (exit 3)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or diagnostics")
    p.add_argument(
        "--diagnostics",
        choices=("text", "json"),
        default="text",
        help="diagnostics on stderr as text lines or one JSON array",
    )


_CSL_HELP = (
    "render text/html with this CSL 1.0 style file instead of --style "
    "(needs citeproc-py: pip install 'kzcite[csl]')"
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to generate the CLI reference in the docs)."""
    from kzcite import __version__

    parser = argparse.ArgumentParser(
        prog="kzcite",
        description="Find, parse, normalize, deduplicate and render multi-script reference lists.",
        epilog="Run 'kzcite COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"kzcite {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "convert",
        help="convert reference lists and libraries to another format",
        epilog=EPILOG_CONVERT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common_inputs(p)
    p.add_argument(
        "--to",
        choices=OUTPUT_FORMATS,
        default=None,
        help="output format (default: from -o's extension, else bibtex)",
    )
    p.add_argument("-o", "--output", default=None, help="output file (written atomically)")
    p.add_argument("--style", default="apa-7", help="style id or file for text/html/md/latex")
    p.add_argument("--csl", metavar="FILE.csl", default=None, help=_CSL_HELP)
    p.add_argument("--no-dedupe", action="store_true", help="keep duplicate references")
    p.add_argument("--ascii", action="store_true", help="BibTeX with LaTeX escapes, ASCII only")
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser(
        "scan",
        help="show the blocks, entries and diagnostics found in documents",
        epilog="example:\n  kzcite scan seeds/000_c16310cb0e8891f0.txt",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common_inputs(p)
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.set_defaults(func=cmd_scan)

    p = sub.add_parser(
        "eval",
        help="score the parser on a labelled gold file (JSON lines)",
        epilog="example:\n  kzcite eval tests/data/labelled.jsonl --show 3",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("gold", help="gold file in the format of shared/eval/dev.jsonl")
    p.add_argument("--show", type=int, default=0, help="print N wrong answers per field")
    p.add_argument("--json", dest="json_out", default=None, help="write the scores as JSON")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser(
        "dedupe",
        help="merge references that cite the same source",
        epilog="examples:\n  kzcite dedupe lists/ --to csl-json --report clusters.json\n"
        "  kzcite dedupe library.bib --no-merge --report review.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common_inputs(p)
    p.add_argument("--to", choices=OUTPUT_FORMATS, default=None, help="output format")
    p.add_argument("-o", "--output", default=None, help="output file (written atomically)")
    p.add_argument("--report", default=None, help="write clusters and links as JSON here")
    p.add_argument("--threshold", type=float, default=0.9, help="merge score, 0..1 (default 0.9)")
    p.add_argument("--no-merge", action="store_true", help="report clusters, keep every record")
    p.add_argument("--style", default="apa-7", help="style for text/html/md/latex output")
    p.set_defaults(func=cmd_dedupe)

    p = sub.add_parser(
        "render",
        help="format a bibliography in a citation style",
        epilog="examples:\n  kzcite render seeds/ --style gost-r-7.0.100-2018\n"
        "  kzcite render refs.json --style apa-7 --format html -o refs.html\n"
        "  kzcite render refs.json --csl chicago-author-date.csl --format html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common_inputs(p)
    p.add_argument("--style", default="apa-7", help="style id or TOML file")
    p.add_argument("--csl", metavar="FILE.csl", default=None, help=_CSL_HELP)
    p.add_argument("--format", choices=("text", "html", "md", "latex"), default="text")
    p.add_argument("-o", "--output", default=None, help="output file (written atomically)")
    p.add_argument("--no-dedupe", action="store_true", help="keep duplicate references")
    p.set_defaults(func=cmd_render)

    p = sub.add_parser(
        "styles",
        help="list, show or check citation styles",
        epilog="examples:\n  kzcite styles list\n  kzcite styles show apa-7\n"
        "  kzcite styles check my-style.toml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("action", choices=("list", "show", "check"))
    p.add_argument("target", nargs="?", help="style id (show) or file (check)")
    p.set_defaults(func=cmd_styles)

    p = sub.add_parser(
        "outlets",
        help="look up outlets, list the registry, check a registry file",
        epilog="examples:\n  kzcite outlets lookup 'Капитал.кз'\n"
        "  kzcite outlets lookup https://www.rferl.org/a/x.html\n"
        "  kzcite outlets list --country kz\n  kzcite outlets check mine.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("action", choices=("lookup", "list", "check"))
    p.add_argument("target", nargs="*", help="names or URLs (lookup) or a registry file (check)")
    p.add_argument("--registry", default=None, help="your registry file, extending the shipped one")
    p.add_argument("--country", default=None, help="list only outlets of this country code")
    p.set_defaults(func=cmd_outlets)
    return parser


# ------------------------------------------------------------------------ helpers


class _Reporter:
    """Diagnostics and progress on stderr."""

    def __init__(self, args: argparse.Namespace, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.quiet = bool(getattr(args, "quiet", False))
        self.as_json = getattr(args, "diagnostics", "text") == "json"
        self.collected: list[dict[str, Any]] = []
        self.tty = self.stream.isatty() and not self.quiet
        self.started = time.monotonic()
        self.shown = False
        self.show_diagnostics = True
        self.held: list[str] = []

    def diagnostic(self, d: Diagnostic) -> None:
        if not self.show_diagnostics:
            if d.code in ("unparsed", "too-long"):
                self.held.append(d.format())
            return
        if self.as_json:
            self.collected.append(
                {
                    "source": d.source,
                    "line": d.line,
                    "column": d.span.start + 1 if d.span else None,
                    "severity": d.severity.value,
                    "code": d.code,
                    "message": d.message,
                }
            )
        elif not self.quiet:
            self._clear()
            print(d.format(), file=self.stream)

    def error(self, message: str) -> None:
        self._clear()
        print(f"kzcite: {message}", file=self.stream)

    def progress(self, done: int, total: int, entries: int) -> None:
        if not self.tty or total < 2:
            return
        elapsed = time.monotonic() - self.started
        if elapsed < 0.5 and done < total:
            return
        rate = entries / elapsed if elapsed else 0.0
        left = elapsed / done * (total - done) if done else 0.0
        width = 24
        fill = int(width * done / total)
        bar = "█" * fill + "·" * (width - fill)
        self.stream.write(
            f"\r{bar} {done}/{total} files, {entries} entries, {rate:,.0f}/s, {left:.0f}s left "
        )
        self.stream.flush()
        self.shown = True

    def _clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.shown = False

    def close(self) -> None:
        self._clear()
        if self.as_json:
            json.dump(self.collected, self.stream, ensure_ascii=False)
            self.stream.write("\n")


def write_output(text: str, path: str | None) -> None:
    """Write to stdout, or atomically to ``path`` (temp file in the same folder, then rename)."""
    if path is None or path == "-":
        sys.stdout.write(text)
        if text and not text.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
        return
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            if text and not text.endswith("\n"):
                fh.write("\n")
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@functools.cache
def _registry(path: str | None) -> Any:
    if path is None:
        return None
    from kzcite.outlets import OutletRegistry

    return OutletRegistry.from_file(path, base=OutletRegistry.default())


def _load_one(
    path: str, encoding: str | None, fmt: str | None, registry: str | None = None
) -> tuple[str, Any]:
    """Read and parse one input (runs in worker processes too)."""
    from kzcite.document import parse
    from kzcite.errors import KzciteError
    from kzcite.inputs import html_to_text, looks_like_html, read_document

    try:
        doc = read_document(path, encoding=encoding, fmt=fmt)
        mixed = _encoding_notes(doc)
        if doc.format in ("text", "markdown", "html"):
            # parse() reads a page itself, keeping line numbers of the file
            plain = doc.format == "html" and not looks_like_html(doc.text)
            text = html_to_text(doc.text) if plain else doc.text
            result = parse(text, source=doc.source, registry=_registry(registry))
            return "ok", (
                list(result.references),
                list(result.unparsed),
                mixed + list(result.diagnostics),
                list(result.blocks),
                [_located(text, m) for m in result.mentions],
            )
        refs = _read_library(doc.format, doc.text, doc.source)
        return "ok", (refs, [], mixed, [], [])
    except KzciteError as exc:
        return "error", str(exc)


def _encoding_notes(doc: Document) -> list[Diagnostic]:
    """A warning for each line of a UTF-8 file that had to be read in a legacy code page
    (the first ten, then one for the rest): the reader should check those lines."""
    from kzcite.records import Diagnostic as Diag

    lines = doc.fallback_lines
    out = [
        Diag(
            "mixed-encoding",
            f"not UTF-8 like the rest of the file; read as {doc.fallback_encoding}",
            line=n,
            source=doc.source,
        )
        for n in lines[:10]
    ]
    if len(lines) > 10:
        more = len(lines) - 10
        out.append(
            Diag(
                "mixed-encoding",
                f"{more} more lines not UTF-8, read as {doc.fallback_encoding}",
                line=lines[10],
                source=doc.source,
            )
        )
    return out


def _located(text: str, mention: Any) -> tuple[int, int, Any]:
    """A mention with its 1-based line and column in ``text``."""
    start = mention.span.start
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    return line, col, mention


_READERS = {
    "bibtex": ("kzcite.bibtex", "read_bibtex"),
    "csl-json": ("kzcite.csl", "read_csl_json"),
    "kzjson": ("kzcite.kzjson", "read_kzjson"),
    "ris": ("kzcite.ris", "read_ris"),
}


def _read_library(fmt: str, text: str, source: str) -> list[Reference]:
    """Read a BibTeX / CSL-JSON / RIS / kzcite JSON library; errors name the file."""
    import importlib

    from kzcite.errors import InputError

    if fmt not in _READERS:
        raise InputError(f"{source}: unknown input format {fmt!r}")
    module, name = _READERS[fmt]
    reader = getattr(importlib.import_module(module), name)
    try:
        refs: list[Reference] = reader(text)
    except InputError as exc:
        raise InputError(f"{source}: {exc}") from None
    except Exception as exc:  # pybtex raises its own error types
        raise InputError(f"{source}: not readable as {fmt}: {exc}") from None
    return refs


class _Loaded:
    def __init__(self) -> None:
        self.refs: list[Reference] = []
        self.unparsed: list[Entry] = []
        self.failed = 0
        self.read = 0
        self.blocks: list[tuple[str, list[Any]]] = []
        self.mentions: list[tuple[str, list[Any]]] = []
        self.unparsed_diagnostics: list[str] = []


def _load_all(args: argparse.Namespace, rep: _Reporter) -> _Loaded:
    from kzcite.inputs import iter_paths

    out = _Loaded()
    paths = list(iter_paths(args.inputs, pattern=args.glob))
    jobs = max(1, int(args.jobs or 1))
    results: list[tuple[str, Any]]
    if jobs > 1 and len(paths) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = []
            futures = [
                pool.submit(_load_one, p, args.encoding, args.from_format, args.registry)
                for p in paths
            ]
            for k, fut in enumerate(futures, 1):
                results.append(fut.result())
                rep.progress(k, len(paths), sum(len(r[1][0]) for r in results if r[0] == "ok"))
    else:
        results = []
        entries = 0
        for k, p in enumerate(paths, 1):
            res = _load_one(p, args.encoding, args.from_format, args.registry)
            results.append(res)
            if res[0] == "ok":
                entries += len(res[1][0])
            rep.progress(k, len(paths), entries)
    for path, (status, payload) in zip(paths, results, strict=True):
        if status == "error":
            rep.error(payload)
            out.failed += 1
            continue
        refs, unparsed, diagnostics, blocks, mentions = payload
        out.read += 1
        out.refs.extend(refs)
        out.unparsed.extend(unparsed)
        out.blocks.append((path, blocks))
        out.mentions.append((path, mentions))
        for d in diagnostics:
            rep.diagnostic(d)
    return out


def _exit_code(loaded: _Loaded, args: argparse.Namespace) -> int:
    if loaded.read == 0 and loaded.failed:
        return EXIT_USAGE
    if loaded.failed or loaded.unparsed:
        return EXIT_UNPARSED
    if getattr(args, "strict", False):
        serious = [d for r in loaded.refs for d in r.diagnostics if d.severity.value != "info"]
        if serious:
            return EXIT_STRICT
    return EXIT_OK


_WRITERS = {
    "bibtex": ("kzcite.bibtex", "to_bibtex"),
    "biblatex": ("kzcite.bibtex", "to_biblatex"),
    "csl-json": ("kzcite.csl", "to_csl_json"),
    "ris": ("kzcite.ris", "to_ris"),
    "json": ("kzcite.kzjson", "to_kzjson"),
}


def render_refs(
    refs: Sequence[Reference], fmt: str, *, style: str = "apa-7", ascii_only: bool = False
) -> str:
    """Serialise references in one of :data:`OUTPUT_FORMATS`."""
    import importlib

    if fmt == "bibtex" and ascii_only:
        from kzcite.bibtex import to_bibtex

        return to_bibtex(refs, ascii=True)
    if fmt in _WRITERS:
        module, name = _WRITERS[fmt]
        text: str = getattr(importlib.import_module(module), name)(refs)
        return text
    from kzcite.render import render

    return render(refs, style, format=fmt)


def _csl_text(refs: Sequence[Reference], fmt: str, csl: str) -> str:
    """``refs`` rendered with a CSL style file through citeproc-py (``--csl``)."""
    from kzcite.csl_style import CSL_FORMATS, render_csl
    from kzcite.errors import StyleError

    if fmt not in CSL_FORMATS:
        raise StyleError(f"--csl renders text or html, not {fmt}")
    return render_csl(refs, csl, format=fmt, locale=None)


# ----------------------------------------------------------------------- commands


def cmd_convert(args: argparse.Namespace) -> int:
    from kzcite.errors import KzciteError

    rep = _Reporter(args)
    default = "text" if args.csl else "bibtex"
    fmt = args.to or _BY_SUFFIX.get(Path(args.output or "").suffix.lower(), default)
    loaded = _load_all(args, rep)
    refs = loaded.refs
    if not args.no_dedupe and len(refs) > 1:
        refs = _dedupe(refs)
    try:
        if args.csl:
            text = _csl_text(refs, fmt, args.csl)
        else:
            text = render_refs(refs, fmt, style=args.style, ascii_only=args.ascii)
    except KzciteError as exc:
        rep.error(str(exc))
        rep.close()
        return EXIT_USAGE
    if loaded.read or not loaded.failed:
        write_output(text, args.output)
    rep.close()
    return _exit_code(loaded, args)


def _dedupe(refs: list[Reference]) -> list[Reference]:
    try:
        from kzcite.dedupe import dedupe
    except ImportError:
        return refs
    return dedupe(refs).references()


def cmd_scan(args: argparse.Namespace) -> int:
    rep = _Reporter(args)
    rep.show_diagnostics = False  # scan lists them itself, under the blocks
    loaded = _load_all(args, rep)
    loaded.unparsed_diagnostics = rep.held
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if color else text

    for path, blocks in loaded.blocks:
        print(paint("1", f"{path}: {len(blocks)} block(s)"))
        for block in blocks:
            head = block.header or f"(no heading: {block.reason})"
            print(
                f"  {paint('36', head)}  lines {block.line_start}-{block.line_end}, "
                f"{len(block.entries)} entries"
            )
            for entry in block.entries:
                print(f"    {entry.line_start:>4}  {entry.raw.replace(chr(10), ' ⏎ ')[:100]}")
    for ref in loaded.refs:
        for d in ref.diagnostics:
            print(paint("33", "  " + d.format()))
    for entry_diags in loaded.unparsed_diagnostics:
        print(paint("31", "  " + entry_diags))
    for path, mentions in loaded.mentions:
        for line, col, m in mentions:
            what = m.outlet or m.url or m.text
            print(f"  {paint('35', 'mention')} {m.kind:11} {what}  ({path}:{line}:{col})")
    rep.close()
    return _exit_code(loaded, args)


def cmd_eval(args: argparse.Namespace) -> int:
    from kzcite.errors import InputError
    from kzcite.evaluate import format_report, score_file

    try:
        report = score_file(args.gold)
    except InputError as exc:
        print(f"kzcite: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(format_report(report, show=args.show))
    if args.json_out:
        write_output(json.dumps(report.as_dict(), ensure_ascii=False, indent=2), args.json_out)
    return EXIT_OK


def cmd_dedupe(args: argparse.Namespace) -> int:
    from kzcite.csl import to_csl
    from kzcite.dedupe import dedupe

    rep = _Reporter(args)
    loaded = _load_all(args, rep)
    result = dedupe(loaded.refs, threshold=args.threshold, merge=not args.no_merge)
    refs = loaded.refs if args.no_merge else result.references()
    fmt = args.to or _BY_SUFFIX.get(Path(args.output or "").suffix.lower(), "csl-json")
    write_output(render_refs(refs, fmt, style=args.style), args.output)
    if args.report:
        report: list[dict[str, Any]] = [
            {
                "canonical": to_csl(c.canonical),
                "members": list(c.members),
                "reason": list(c.reason),
                "scores": [list(x) for x in c.scores],
            }
            for c in result.clusters
            if len(c.members) > 1
        ]
        report += [
            {"link": lk.kind, "members": [lk.a, lk.b], "score": lk.score, "reason": lk.reason}
            for lk in result.links
        ]
        write_output(json.dumps(report, ensure_ascii=False, indent=2), args.report)
    rep.close()
    return _exit_code(loaded, args)


def cmd_render(args: argparse.Namespace) -> int:
    from kzcite.errors import KzciteError

    rep = _Reporter(args)
    loaded = _load_all(args, rep)
    refs = loaded.refs if args.no_dedupe else _dedupe(loaded.refs)
    try:
        if args.csl:
            text = _csl_text(refs, args.format, args.csl)
        else:
            text = render_refs(refs, args.format, style=args.style)
    except KzciteError as exc:
        rep.error(str(exc))
        rep.close()
        return EXIT_USAGE
    write_output(text, args.output)
    rep.close()
    return _exit_code(loaded, args)


def cmd_styles(args: argparse.Namespace) -> int:
    from kzcite.errors import StyleError
    from kzcite.styles import check_style, list_styles, load_style

    if args.action == "list":
        for info in list_styles():
            print(f"{info.id:24} {info.title}  [{info.origin}]")
        return EXIT_OK
    if not args.target:
        print(f"kzcite: styles {args.action} needs a style id or file", file=sys.stderr)
        return EXIT_USAGE
    if args.action == "show":
        try:
            style = load_style(args.target)
        except StyleError as exc:
            print(f"kzcite: {exc}", file=sys.stderr)
            return EXIT_USAGE
        print(Path(style.path).read_text(encoding="utf-8"), end="")
        return EXIT_OK
    problems = check_style(args.target)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{args.target}: ok")
    return EXIT_UNPARSED if problems else EXIT_OK


def cmd_outlets(args: argparse.Namespace) -> int:
    from kzcite.errors import RegistryError
    from kzcite.outlets import OutletRegistry, normalize_outlet

    try:
        if args.action == "check":
            if not args.target:
                print("kzcite: outlets check needs a registry file", file=sys.stderr)
                return EXIT_USAGE
            reg = OutletRegistry.from_file(args.target[0], base=OutletRegistry())
            print(f"{args.target[0]}: ok, {len(reg)} outlets")
            return EXIT_OK
        registry = OutletRegistry.default()
        if args.registry:
            registry = OutletRegistry.from_file(args.registry, base=registry)
    except RegistryError as exc:
        print(f"kzcite: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.action == "list":
        for outlet in registry:
            if args.country and (outlet.country or "").lower() != args.country.lower():
                continue
            print(
                f"{outlet.id:28} {outlet.name}  [{outlet.kind}, {outlet.country}] "
                f"{' '.join(outlet.domains)}"
            )
        return EXIT_OK
    code = EXIT_OK
    for text in args.target:
        outlet = normalize_outlet(text, registry=registry)
        mark = outlet.id if outlet.registered else "(not registered)"
        print(f"{text}\t{outlet.name}\t{mark}\t{outlet.kind or ''}")
        if not outlet.registered:
            code = EXIT_UNPARSED
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kzcite`` command."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if (
        extra
        and getattr(args, "command", None) == "outlets"
        and not any(e.startswith("-") for e in extra)
    ):
        args.target = [*args.target, *extra]  # names after an option: `lookup --registry F X`
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        code: int = args.func(args)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
