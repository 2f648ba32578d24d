"""Access to the package's data files (``kzcite/data``), read once and cached.

The caches hold immutable values derived from files shipped in the package, so they are
not mutable state: every call sees the same answer.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


def data_text(name: str) -> str:
    """The text of ``kzcite/data/<name>``."""
    return resources.files("kzcite").joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def data_json(name: str) -> Any:
    """``kzcite/data/<name>`` parsed as JSON (cached; treat the result as read-only)."""
    return json.loads(data_text(name))
