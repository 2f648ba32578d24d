"""Find quoted segments (any of „“ «» “” "" ‚‘ ‹›) in one pass, nesting aware."""

from __future__ import annotations

import re

import attrs

_CLOSERS: dict[str, str] = {
    "„": '“”"',
    "«": "»",
    "“": '”"',
    '"': '"”“',
    "‚": "‘’",
    "‘": "’",
    "‹": "›",
    "”": "”",  # Finnish and Swedish: ”Title”
    "'": "'",  # Harvard: 'Title', Journal (never inside a word)
    "「": "」",
}
QUOTE_CHARS = '„“”«»"‚‘’‹›「」'
_QUOTE_RE = re.compile("[" + re.escape(QUOTE_CHARS + "'") + "]")  # ' only paired


@attrs.frozen(slots=True)
class Quoted:
    """A top-level quoted segment: ``start``/``end`` include the marks, ``inner`` excludes them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool


def closes(opener: str, closer: str) -> bool:
    """Does ``closer`` close a quotation that ``opener`` opened?

    >>> closes("«", "»"), closes("„", "“"), closes("«", "“")
    (True, True, False)
    """
    return closer in _CLOSERS.get(opener, "")


def _opens(text: str, i: int, ch: str) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() and ch not in "«‹„":
        return False
    if ch in '"“”':
        return not before.isalnum()
    if ch == "'":
        return not before.isalnum() and after.isalpha()  # kept only as Harvard's, below
    return True


def find_quoted(text: str) -> list[Quoted]:
    """Top-level quoted segments, left to right.

    >>> [text[q.inner_start:q.inner_end] for text in ['Закон «О языках «и» прочем», ok']
    ...  for q in find_quoted(text)]
    ['О языках «и» прочем']
    >>> find_quoted('ERR, „Title without end')[0].closed
    False
    """
    out: list[Quoted] = []
    stack: list[str] = []
    start = 0
    for found in _QUOTE_RE.finditer(text):
        i = found.start()
        ch = text[i]
        if (
            ch in "’‘'"
            and i + 1 < len(text)
            and text[i + 1].isalpha()
            and i
            and text[i - 1].isalpha()
        ):
            continue  # an apostrophe inside a word (Kazakhstan’s, O‘zbekiston), not a quote
        if stack:
            top = stack[-1]
            if ch in _CLOSERS[top]:
                # a “ inside „…“ can open a nested quote when a word follows it
                if (
                    ch in _CLOSERS
                    and ch != top
                    and _opens(text, i, ch)
                    and text[i - 1 : i].isspace()
                ):
                    stack.append(ch)
                    continue
                stack.pop()
                if not stack:
                    out.append(Quoted(start, i + 1, start + 1, i, True))
            elif ch in _CLOSERS and _opens(text, i, ch):
                stack.append(ch)
        elif ch in _CLOSERS and _opens(text, i, ch):
            stack.append(ch)
            start = i
    if stack:
        out.append(Quoted(start, len(text), start + 1, len(text), False))
    # ASCII single quotes count only as Harvard's "'Title', Journal": elsewhere they mark a
    # phrase inside a headline or a book title ("To Drop 'Foreign Agents' Bill")
    return [
        q for q in out if text[q.start] != "'" or (q.closed and text[q.end : q.end + 1] in ",.")
    ]
