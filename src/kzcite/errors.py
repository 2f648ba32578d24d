"""One exception hierarchy, rooted at :class:`KzciteError`.

Per-entry problems are :class:`~kzcite.records.Diagnostic` values, not exceptions; these
classes are for whole-input failures and for ``strict=True``.
"""

from __future__ import annotations

__all__ = [
    "DiagnosticError",
    "InputError",
    "InvalidDateError",
    "KzciteError",
    "RegistryError",
    "StyleError",
    "UnknownSchemeError",
]


class KzciteError(Exception):
    """Base class of every error kzcite raises on purpose."""


class InputError(KzciteError):
    """An input could not be read (missing, binary, undecodable, unknown format)."""


class InvalidDateError(KzciteError, ValueError):
    """A date that does not exist in the calendar (31.02.2022) or is malformed."""


class RegistryError(KzciteError):
    """An outlet registry file is malformed."""


class StyleError(KzciteError):
    """A style file is malformed or unknown."""


class UnknownSchemeError(KzciteError, ValueError):
    """A romanization scheme id kzcite does not know."""


class DiagnosticError(KzciteError):
    """Raised under ``strict=True`` when an entry produced a warning or error."""

    def __init__(self, diagnostics: tuple[object, ...]) -> None:
        self.diagnostics = diagnostics
        first = diagnostics[0] if diagnostics else None
        text = getattr(first, "format", lambda: str(first))()
        more = f" (and {len(diagnostics) - 1} more)" if len(diagnostics) > 1 else ""
        super().__init__(f"{text}{more}")
