"""Griffe extension for the API reference: kzcite's docstrings as Markdown.

kzcite's docstrings are written for ``help()`` and doctest: Sphinx roles
(``:func:`~kzcite.parse```), ``::`` literal blocks and ``>>>`` examples. In Markdown,
``>>>`` lines would become nested block quotes and the output lines of an example
would be read as link syntax. This extension, loaded by mkdocstrings (``extensions`` in
``mkdocs.yml``), rewrites each docstring when griffe loads it: examples become fenced
``pycon`` blocks (doctest flags removed), roles become code spans, ``::`` becomes ``:``.
The source files are not touched.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|meth|mod|data|attr|exc|obj|const):`(~?)([^`]+)`")
_DOCTEST_FLAG = re.compile(r"\s*#\s*doctest:.*$")


def _role(match: re.Match[str]) -> str:
    target = match.group(2)
    if match.group(1):
        target = target.rsplit(".", 1)[-1]
    return f"`{target}`"


def to_markdown(text: str) -> str:
    """One docstring, with its doctest examples fenced and its roles as code spans.

    >>> to_markdown("See :func:`~kzcite.parse`::\\n\\n>>> 1 + 1\\n2\\n\\nDone.").splitlines()
    ['See `parse`:', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    """
    text = _ROLE.sub(_role, text)
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            block = []
            while i < len(lines) and lines[i].strip():
                row = lines[i]
                row = row[len(indent) :] if row.startswith(indent) else row.strip()
                row = _DOCTEST_FLAG.sub("", row)
                if row.strip() != "...":  # a line that only carried a doctest flag
                    block.append(row)
                i += 1
            if out and out[-1].strip():
                out.append("")
            out += [f"{indent}```pycon", *(indent + b for b in block), f"{indent}```"]
            continue
        if line.rstrip().endswith("::") and not line.rstrip().endswith(":::"):
            line = line.rstrip()[:-1]
        out.append(line)
        i += 1
    return "\n".join(out)


class MarkdownDocstrings(griffe.Extension):
    """Rewrite every docstring with :func:`to_markdown` as griffe loads it."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)
