"""The typed records every stage passes along.

All records are frozen, slotted attrs classes: stages return new records instead of
mutating old ones, so a record can be shared between threads, cached and hashed.
"""

from __future__ import annotations

import calendar
import enum

import attrs

from kzcite.errors import InvalidDateError

__all__ = [
    "Block",
    "Change",
    "Diagnostic",
    "Entry",
    "FieldInfo",
    "Kind",
    "Mention",
    "ParseResult",
    "PartialDate",
    "Person",
    "Precision",
    "Provenance",
    "Reference",
    "Severity",
    "Span",
]


@attrs.frozen(slots=True, order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into the text a record came from."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def shift(self, offset: int) -> Span:
        """The same span, moved by ``offset`` characters (for nesting texts)."""
        return Span(self.start + offset, self.end + offset)


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen(slots=True)
class Diagnostic:
    """A problem found in one entry; never fatal unless ``strict=True``.

    ``span`` is relative to the entry's raw text; ``line`` is the 1-based line of the
    source document where the entry starts, when known.
    """

    code: str
    message: str
    span: Span | None = None
    severity: Severity = Severity.WARNING
    line: int | None = None
    source: str | None = None

    def format(self) -> str:
        """``file:line:col: severity code: message``, the form compilers use."""
        where = self.source or "<text>"
        if self.line is not None:
            where += f":{self.line}"
            if self.span is not None:
                where += f":{self.span.start + 1}"
        return f"{where}: {self.severity.value} {self.code}: {self.message}"


class Precision(enum.StrEnum):
    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    DAY = "day"


SEASONS = ("spring", "summer", "autumn", "winter")
"""Season numbers 1–4 as CSL counts them; EDTF writes them as months 21–24."""


def _check_date(year: int, month: int | None, day: int | None, season: int | None = None) -> None:
    if not 1 <= year <= 9999:
        raise InvalidDateError(f"year {year} out of range")
    if season is not None and (month is not None or not 1 <= season <= 4):
        raise InvalidDateError(f"season {season} needs a year alone and a value 1-4")
    if month is None:
        if day is not None:
            raise InvalidDateError("a day needs a month")
        return
    if not 1 <= month <= 12:
        raise InvalidDateError(f"month {month} out of range")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise InvalidDateError(f"{year:04d}-{month:02d} has no day {day}")


@attrs.frozen(slots=True)
class PartialDate:
    """A calendar date known to year, month or day precision.

    Impossible dates are refused rather than silently moved:

    >>> PartialDate(2022, 6).isoformat()
    '2022-06'
    >>> PartialDate(2022, season=1).isoformat()  # EDTF: spring 2022
    '2022-21'
    >>> PartialDate(2022, 2, 31)
    Traceback (most recent call last):
    ...
    kzcite.errors.InvalidDateError: 2022-02 has no day 31
    """

    year: int
    month: int | None = None
    day: int | None = None
    text: str = attrs.field(default="", eq=False)
    end: PartialDate | None = None
    season: int | None = None

    def __attrs_post_init__(self) -> None:
        _check_date(self.year, self.month, self.day, self.season)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        if self.season is not None:
            return Precision.SEASON
        return Precision.YEAR

    def date_parts(self) -> list[int]:
        """CSL ``date-parts`` row at the known precision."""
        parts = [self.year]
        if self.month is not None:
            parts.append(self.month)
            if self.day is not None:
                parts.append(self.day)
        return parts

    def isoformat(self) -> str:
        """ISO 8601 / EDTF text; a range is ``start/end``."""
        out = f"{self.year:04d}"
        if self.season is not None:
            out += f"-{20 + self.season}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        if self.end is not None:
            out += "/" + self.end.isoformat()
        return out

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Read what :meth:`isoformat` writes.

        >>> PartialDate.fromisoformat("2021-12/2022-01").end
        PartialDate(year=2022, month=1, day=None, text='2022-01', end=None, season=None)
        """
        head, _, tail = text.strip().partition("/")
        bits = head.split("-")
        try:
            nums = [int(b) for b in bits]
        except ValueError:
            raise InvalidDateError(f"not an ISO date: {text!r}") from None
        if not 1 <= len(nums) <= 3:
            raise InvalidDateError(f"not an ISO date: {text!r}")
        nums += [0] * (3 - len(nums))
        end = cls.fromisoformat(tail) if tail else None
        if 21 <= nums[1] <= 24 and not nums[2]:
            return cls(nums[0], text=head, end=end, season=nums[1] - 20)
        return cls(nums[0], nums[1] or None, nums[2] or None, text=head, end=end)


@attrs.frozen(slots=True)
class Person:
    """A person's name. Organisations are outlets, never persons."""

    family: str = ""
    given: str = ""
    literal: str = ""

    def display(self) -> str:
        """``Family, Given`` (or the literal name)."""
        if self.literal:
            return self.literal
        return f"{self.family}, {self.given}" if self.given else self.family


class Kind(enum.StrEnum):
    ARTICLE = "article"
    WEBPAGE = "webpage"
    LEGAL = "legal"
    REPORT = "report"
    BOOK = "book"
    CHAPTER = "chapter"
    OTHER = "other"


@attrs.frozen(slots=True)
class FieldInfo:
    """Where a field's value came from in the raw text, and how sure the parser is."""

    name: str
    span: Span | None
    confidence: float


@attrs.frozen(slots=True)
class Change:
    """One normalization step's edit of one field: kept so nothing is changed silently."""

    step: str
    field: str
    before: str
    after: str


@attrs.frozen(slots=True)
class Provenance:
    """Where a reference came from: the source name, its lines and its block header."""

    source: str | None = None
    line_start: int | None = None
    line_end: int | None = None
    header: str | None = None
    changes: tuple[Change, ...] = ()


@attrs.frozen(slots=True)
class Reference:
    """One parsed (and possibly normalized) reference.

    ``raw`` is the entry exactly as found; ``note`` keeps whatever the parser could not
    place, so nothing of the raw text is lost.
    """

    raw: str
    kind: Kind = Kind.OTHER
    title: str | None = None
    authors: tuple[Person, ...] = ()
    outlet: str | None = None
    outlet_id: str | None = None
    date: PartialDate | None = None
    url: str | None = None
    language: str | None = None
    access_date: PartialDate | None = None
    other_dates: tuple[tuple[str, PartialDate], ...] = ()
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    number: str | None = None
    place: str | None = None
    doi: str | None = None
    translated_title: str | None = None
    alt_titles: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    note: str | None = None
    fields: tuple[FieldInfo, ...] = attrs.field(default=(), eq=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), eq=False)
    provenance: Provenance = attrs.field(factory=Provenance, eq=False)

    def field_info(self, name: str) -> FieldInfo | None:
        """The span and confidence recorded for field ``name``."""
        for info in self.fields:
            if info.name == name:
                return info
        return None

    @property
    def is_empty(self) -> bool:
        """True when no bibliographic field was found at all."""
        return not (self.title or self.outlet or self.url or self.authors or self.date)


@attrs.frozen(slots=True)
class Entry:
    """One entry of a block: raw text plus where it stands in the document."""

    raw: str
    span: Span
    line_start: int
    line_end: int


@attrs.frozen(slots=True)
class Block:
    """A reference list found in a document: its header (if any) and its entries.

    ``reason`` says how it was found: under a ``header``, a sources ``lead-in``, an inline
    ``label``, a ``table`` row, the ``footnotes`` rule of a printed page, or by the
    ``shape`` of its lines."""

    header: str | None
    span: Span
    line_start: int
    line_end: int
    entries: tuple[Entry, ...]
    reason: str = "header"


@attrs.frozen(slots=True)
class Mention:
    """A source named in running text: ``kind`` is ``"link"`` or ``"attribution"``."""

    kind: str
    text: str
    span: Span
    outlet: str | None = None
    url: str | None = None


@attrs.frozen(slots=True)
class ParseResult:
    """What :func:`kzcite.parse` found in a document.

    Every entry of every block is either in ``references`` or in ``unparsed``.
    """

    references: tuple[Reference, ...]
    unparsed: tuple[Entry, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    blocks: tuple[Block, ...] = ()
    source: str | None = None
    mentions: tuple[Mention, ...] = ()
