"""Score the parser against a labelled gold file (the format of ``shared/eval/dev.jsonl``).

Field comparison follows the official scorer: text is compared after NFC, case folding,
whitespace folding and trimming of quotes and sentence punctuation; dates exactly at the
gold precision; authors as the sorted list of family names; for lines tagged
``[outlet-inferred-from-url]`` the URL's host (without ``www.``) is accepted as the outlet.
Scores are broken down per field, per title language and per tag.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from kzcite.errors import InputError

__all__ = ["FIELDS", "EvalReport", "compared_fields", "format_report", "score_file", "score_rows"]

FIELDS = ("outlet", "authors", "date", "title", "url")
_QUOTES = "«»„“”‟\"'‚‘’‹›「」"
_TAG = re.compile(r"\[([a-z0-9-]+)\]")


def _norm(value: object) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(_QUOTES + " .,;:").strip()


def _domain(url: str | None) -> str:
    m = re.match(r"(?:https?:)?(?://)?(?:www\.)?([^/:?#]+)", url or "")
    return m.group(1).lower() if m else ""


def _families(authors: Iterable[Mapping[str, Any]] | None) -> list[str] | None:
    out = sorted(
        _norm(a.get("family") or a.get("literal"))
        for a in authors or []
        if a.get("family") or a.get("literal")
    )
    return out or None


def _date_of(csl: Mapping[str, Any]) -> str | None:
    parts = (csl.get("issued") or {}).get("date-parts") or []
    if not parts or not parts[0]:
        return None
    nums = [int(x) for x in parts[0] if str(x).strip()]
    return "-".join(f"{x:04d}" if i == 0 else f"{x:02d}" for i, x in enumerate(nums))


def _outlet_of(csl: Mapping[str, Any]) -> str | None:
    for key in ("container-title", "publisher", "authority"):
        value = csl.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if value:
            return str(value)
    return None


@attrs.define
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, pred: bool, ok: bool) -> None:
        if gold and pred:
            if ok:
                self.tp += 1
            else:
                self.fp += 1
                self.fn += 1
        elif gold:
            self.fn += 1
        elif pred:
            self.fp += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@attrs.define
class EvalReport:
    """Scores of one run: per field, per language, per tag, micro-F1, crashes and speed."""

    lines: int = 0
    crashes: int = 0
    seconds: float = 0.0
    fields: dict[str, _Counts] = attrs.Factory(lambda: {f: _Counts() for f in FIELDS})
    by_lang: dict[str, _Counts] = attrs.Factory(lambda: defaultdict(_Counts))
    by_tag: dict[str, _Counts] = attrs.Factory(lambda: defaultdict(_Counts))
    wrong: dict[str, list[tuple[str, object, object]]] = attrs.Factory(
        lambda: {f: [] for f in FIELDS}
    )

    def micro(self) -> tuple[float, float, float]:
        total = _Counts(
            sum(c.tp for c in self.fields.values()),
            sum(c.fp for c in self.fields.values()),
            sum(c.fn for c in self.fields.values()),
        )
        return total.prf()

    def as_dict(self) -> dict[str, Any]:
        return {
            "lines": self.lines,
            "crashes": self.crashes,
            "lines_per_second": self.lines / self.seconds if self.seconds else None,
            "micro_f1": self.micro()[2],
            "fields": {k: dict(zip("prf", v.prf(), strict=True)) for k, v in self.fields.items()},
            "languages": {k: v.prf()[2] for k, v in sorted(self.by_lang.items())},
            "tags": {k: v.prf()[2] for k, v in sorted(self.by_tag.items())},
        }


def compared_fields(
    csl: Mapping[str, Any], gold: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The five scored fields as parsed (from CSL-JSON) and as labelled, in the forms the
    comparison takes (authors as sorted family names, dates as ISO text)."""
    pred = {
        "outlet": _outlet_of(csl),
        "authors": _families(csl.get("author")),
        "date": _date_of(csl),
        "title": csl.get("title"),
        "url": csl.get("URL"),
    }
    want = {
        "outlet": gold.get("outlet"),
        "authors": _families(gold.get("authors")),
        "date": gold.get("date"),
        "title": gold.get("title"),
        "url": gold.get("url"),
    }
    return pred, want


def score_rows(rows: Iterable[Mapping[str, Any]]) -> EvalReport:
    """Parse every row's ``raw`` and compare with its ``gold``."""
    from kzcite.csl import to_csl
    from kzcite.parser import parse_reference

    report = EvalReport()
    started = time.perf_counter()
    for row in rows:
        report.lines += 1
        try:
            csl = to_csl(parse_reference(row["raw"]))
        except Exception:  # a crash is scored as an empty answer, like the official scorer
            report.crashes += 1
            csl = {}
        gold = row["gold"]
        notes = row.get("notes") or ""
        tags = _TAG.findall(notes)
        lang = gold.get("title_lang") or "none"
        pred, want = compared_fields(csl, gold)
        for field in FIELDS:
            g, p = want[field], pred[field]
            ok = _same(field, g, p, want["url"], "outlet-inferred-from-url" in notes)
            report.fields[field].add(bool(g), bool(p), ok)
            report.by_lang[lang].add(bool(g), bool(p), ok)
            for tag in tags:
                report.by_tag[tag].add(bool(g), bool(p), ok)
            if not (ok or (not g and not p)):
                report.wrong[field].append((str(row.get("id")), g, p))
    report.seconds = time.perf_counter() - started
    return report


def _same(field: str, g: object, p: object, gold_url: object, inferred: bool) -> bool:
    if field == "outlet" and inferred and g and p:
        dom = _domain(str(gold_url or ""))
        return _norm(g) == _norm(p) or dom in (_norm(p), _norm(p).removeprefix("www."))
    if field == "url":
        return str(g or "").rstrip(".,)") == str(p or "").rstrip(".,)")
    if field in ("authors", "date"):
        return g == p
    return _norm(g) == _norm(p)


def score_file(path: str) -> EvalReport:
    """Score a JSON-lines gold file."""
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}: not JSON: {exc.msg}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    return score_rows(rows)


def format_report(report: EvalReport, *, show: int = 0) -> str:
    """A plain-text table of the scores."""
    out = [f"{'field':10} {'P':>6} {'R':>6} {'F1':>6}"]
    for field, counts in report.fields.items():
        p, r, f = counts.prf()
        out.append(f"{field:10} {p:6.3f} {r:6.3f} {f:6.3f}")
        for wrong in report.wrong[field][:show]:
            out.append("    " + json.dumps(wrong, ensure_ascii=False)[:200])
    p, r, f = report.micro()
    out.append(f"{'micro':10} {p:6.3f} {r:6.3f} {f:6.3f}")
    out.append("")
    out.append(
        "by title language: "
        + ", ".join(f"{k}={v.prf()[2]:.3f}" for k, v in sorted(report.by_lang.items()))
    )
    out.append(
        "by tag: " + ", ".join(f"{k}={v.prf()[2]:.3f}" for k, v in sorted(report.by_tag.items()))
    )
    rate = report.lines / report.seconds if report.seconds else 0.0
    out.append(f"lines={report.lines} crashes={report.crashes} rate={rate:,.0f} lines/s")
    return "\n".join(out)
