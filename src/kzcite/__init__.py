"""kzcite: find, parse, normalize, deduplicate and render multi-script reference lists."""

from __future__ import annotations

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
