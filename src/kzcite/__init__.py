"""kzcite: find, parse, normalize, deduplicate and render multi-script reference lists."""

from __future__ import annotations

from kzcite.blocks import find_blocks, split_entries
from kzcite.csl import to_csl, to_csl_json
from kzcite.bibtex import to_bibtex, to_biblatex, to_pybtex
from kzcite.document import parse
from kzcite.parser import parse_reference, split_references
from kzcite.errors import (
    DiagnosticError,
    InputError,
    InvalidDateError,
    KzciteError,
    RegistryError,
    StyleError,
    UnknownSchemeError,
)
from kzcite.records import (
    Block,
    Change,
    Diagnostic,
    Entry,
    FieldInfo,
    Kind,
    ParseResult,
    PartialDate,
    Person,
    Precision,
    Provenance,
    Reference,
    Severity,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "find_blocks",
    "parse",
    "parse_reference",
    "split_entries",
    "split_references",
    "to_bibtex",
    "to_biblatex",
    "to_csl",
    "to_csl_json",
    "to_pybtex",
    "Block",
    "Change",
    "Diagnostic",
    "DiagnosticError",
    "Entry",
    "FieldInfo",
    "InputError",
    "InvalidDateError",
    "Kind",
    "KzciteError",
    "ParseResult",
    "PartialDate",
    "Person",
    "Precision",
    "Provenance",
    "Reference",
    "RegistryError",
    "Severity",
    "Span",
    "StyleError",
    "UnknownSchemeError",
    "__version__",
]
