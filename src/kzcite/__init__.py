"""kzcite: find, parse, normalize, deduplicate and render multi-script reference lists."""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

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
    Mention,
    ParseResult,
    PartialDate,
    Person,
    Precision,
    Provenance,
    Reference,
    Severity,
    Span,
)

if TYPE_CHECKING:
    from kzcite.bibtex import read_bibtex, to_biblatex, to_bibtex, to_pybtex
    from kzcite.blocks import find_blocks, split_entries
    from kzcite.csl import from_csl, read_csl_json, to_csl, to_csl_json
    from kzcite.dedupe import Cluster, DedupeResult, Link, dedupe
    from kzcite.document import parse
    from kzcite.fixes import explain, fix_text
    from kzcite.kzjson import read_kzjson, to_kzjson
    from kzcite.mentions import find_mentions
    from kzcite.normalize import normalize
    from kzcite.outlets import Outlet, OutletRegistry, normalize_outlet
    from kzcite.parser import parse_reference, split_references
    from kzcite.render import render, render_citation, render_entry, render_note
    from kzcite.ris import read_ris, to_ris
    from kzcite.romanize import SCHEMES, romanize
    from kzcite.styles import check_style, list_styles, load_style

_LAZY: dict[str, str] = {
    "dedupe": "kzcite.dedupe",
    "normalize": "kzcite.normalize",
    "render": "kzcite.render",
    "romanize": "kzcite.romanize",
    "find_mentions": "kzcite.mentions",
    "Cluster": "kzcite.dedupe",
    "DedupeResult": "kzcite.dedupe",
    "Link": "kzcite.dedupe",
    "Outlet": "kzcite.outlets",
    "OutletRegistry": "kzcite.outlets",
    "SCHEMES": "kzcite.romanize",
    "check_style": "kzcite.styles",
    "explain": "kzcite.fixes",
    "find_blocks": "kzcite.blocks",
    "fix_text": "kzcite.fixes",
    "from_csl": "kzcite.csl",
    "list_styles": "kzcite.styles",
    "load_style": "kzcite.styles",
    "normalize_outlet": "kzcite.outlets",
    "parse": "kzcite.document",
    "parse_reference": "kzcite.parser",
    "read_bibtex": "kzcite.bibtex",
    "read_csl_json": "kzcite.csl",
    "read_kzjson": "kzcite.kzjson",
    "read_ris": "kzcite.ris",
    "render_citation": "kzcite.render",
    "render_entry": "kzcite.render",
    "render_note": "kzcite.render",
    "split_entries": "kzcite.blocks",
    "split_references": "kzcite.parser",
    "to_biblatex": "kzcite.bibtex",
    "to_bibtex": "kzcite.bibtex",
    "to_csl": "kzcite.csl",
    "to_csl_json": "kzcite.csl",
    "to_kzjson": "kzcite.kzjson",
    "to_pybtex": "kzcite.bibtex",
    "to_ris": "kzcite.ris",
}


def __getattr__(name: str) -> Any:
    """Import the heavier stages on first use, so ``kzcite --help`` starts fast."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kzcite' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


class _Package(types.ModuleType):
    """Keeps ``kzcite.normalize`` (and the like) the function when its submodule loads.

    Importing ``kzcite.normalize`` makes Python bind the submodule on the package, which
    would hide the public function of the same name from the lazy ``__getattr__``. The
    submodule stays reachable through ``sys.modules`` and ``from kzcite.normalize import``.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SAME_NAME and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


_SAME_NAME = frozenset({"dedupe", "normalize", "render", "romanize"})
sys.modules[__name__].__class__ = _Package


__version__ = "0.1.0"

__all__ = [
    "SCHEMES",
    "Block",
    "Change",
    "Cluster",
    "DedupeResult",
    "Diagnostic",
    "DiagnosticError",
    "Entry",
    "FieldInfo",
    "InputError",
    "InvalidDateError",
    "Kind",
    "KzciteError",
    "Link",
    "Mention",
    "Outlet",
    "OutletRegistry",
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
    "check_style",
    "dedupe",
    "explain",
    "find_blocks",
    "find_mentions",
    "fix_text",
    "from_csl",
    "list_styles",
    "load_style",
    "normalize",
    "normalize_outlet",
    "parse",
    "parse_reference",
    "read_bibtex",
    "read_csl_json",
    "read_kzjson",
    "read_ris",
    "render",
    "render_citation",
    "render_entry",
    "render_note",
    "romanize",
    "split_entries",
    "split_references",
    "to_biblatex",
    "to_bibtex",
    "to_csl",
    "to_csl_json",
    "to_kzjson",
    "to_pybtex",
    "to_ris",
]
