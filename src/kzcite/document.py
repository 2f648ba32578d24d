"""The whole-document pipeline: text → blocks → entries → references.

Every entry of every block comes out either as a reference or, when no field at all could
be read from it, in ``unparsed`` with its raw text and a diagnostic — nothing is lost.
"""

from __future__ import annotations

import attrs

from kzcite.blocks import find_blocks, to_source
from kzcite.errors import DiagnosticError
from kzcite.inputs import html_view, looks_like_html
from kzcite.mentions import find_mentions
from kzcite.normalize import normalize as _normalize
from kzcite.parser import parse_reference, split_references
from kzcite.records import (
    Block,
    Diagnostic,
    Entry,
    ParseResult,
    Provenance,
    Reference,
    Severity,
    Span,
)

__all__ = ["parse"]


def parse(
    text: str,
    source: str | None = None,
    *,
    strict: bool = False,
    normalize: bool = True,
    registry: object | None = None,
) -> ParseResult:
    """Find the reference blocks in ``text``, parse every entry and normalize it.

    ``text`` may be plain text, Markdown or HTML (told by its content; HTML is read with a
    real parser and every span and line number then points into the markup).
    ``source`` names the document in provenance and diagnostics (a file name).
    ``registry`` is an outlet registry (:class:`kzcite.outlets.OutletRegistry`) to use
    instead of the shipped one. With ``strict=True`` any warning or error raises
    :class:`~kzcite.DiagnosticError`.

    >>> res = parse("Prose.\\n\\nAllikad:\\nERR, 01.06.2022, „Pealkiri“;\\n", source="a.txt")
    >>> [(r.outlet, r.title, r.provenance.line_start) for r in res.references]
    [('ERR', 'Pealkiri', 4)]
    """
    refs: list[Reference] = []
    unparsed: list[Entry] = []
    diagnostics: list[Diagnostic] = []
    view = html_view(text) if looks_like_html(text) else None
    visible = text if view is None else view.text
    blocks = find_blocks(visible, html=False)  # the visible text of a page is text
    mentions = tuple(m for m in find_mentions(visible) if not _inside_blocks(m.span, blocks))
    if view is not None:  # HTML: report places in the markup
        blocks = to_source(blocks, view, text)
        mentions = tuple(
            attrs.evolve(m, span=Span(*view.source_span(m.span.start, m.span.end)))
            for m in mentions
        )
    for block in blocks:
        for entry in block.entries:
            parts = split_references(entry.raw)
            for part in parts:
                ref = parse_reference(part, split=False)  # already split above
                located = tuple(
                    attrs.evolve(
                        d, line=entry.line_start, source=source, span=_shift(d.span, entry, part)
                    )
                    for d in ref.diagnostics
                )
                ref = attrs.evolve(
                    ref,
                    diagnostics=located,
                    provenance=Provenance(source, entry.line_start, entry.line_end, block.header),
                )
                if any(d.code == "ibidem" for d in located):
                    ref, located = _ibidem(ref, refs[-1] if refs else None)
                elif normalize:
                    ref = _normalize(ref, registry=registry)
                    located = ref.diagnostics
                diagnostics.extend(located)
                if any(d.code == "unparsed" for d in located):
                    unparsed.append(entry if len(parts) == 1 else attrs.evolve(entry, raw=part))
                else:
                    refs.append(ref)
    if strict:
        serious = tuple(d for d in diagnostics if d.severity is not Severity.INFO)
        if serious:
            raise DiagnosticError(serious)
    return ParseResult(
        tuple(refs), tuple(unparsed), tuple(diagnostics), tuple(blocks), source, mentions
    )


def _inside_blocks(span: Span, blocks: list[Block]) -> bool:
    return any(b.span.start <= span.start and span.end <= b.span.end for b in blocks)


def _ibidem(ref: Reference, before: Reference | None) -> tuple[Reference, tuple[Diagnostic, ...]]:
    """``Ibid., 47.``: the source of the reference before it, with its own raw text, place
    and note (the locator); with nothing before it, it stays unparsed."""
    if before is None:
        found = Diagnostic(
            "unparsed",
            "'ibid.' with no reference before it",
            Span(0, len(ref.raw)),
            Severity.ERROR,
            ref.provenance.line_start,
            ref.provenance.source,
        )
        located = (*ref.diagnostics, found)
        return attrs.evolve(ref, diagnostics=located), located
    same = attrs.evolve(
        before,
        raw=ref.raw,
        note=ref.note,
        pages=None,
        fields=(),
        diagnostics=ref.diagnostics,
        provenance=attrs.evolve(ref.provenance, changes=()),
    )
    return same, ref.diagnostics


def _shift(span: Span | None, entry: Entry, part: str) -> Span | None:
    """Diagnostic spans are relative to the part; report them relative to the entry line."""
    if span is None:
        return None
    at = entry.raw.find(part)
    return span.shift(at) if at > 0 else span
