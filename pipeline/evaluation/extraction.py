"""Score extracted facts against the annotated corpus (corpora/annotated/).

Matching rules, per document and per fact type (each gold fact matched at most once,
chosen to match as many facts as possible):

- the predicted and gold facts have the same ``type`` and their raw spans overlap;
- salary: ``min``, ``max`` (compared as floats), ``currency`` and ``period`` all equal;
- qualification: ``level`` equal (``degree`` agreement is reported on the side);
- experience: ``min_years``, ``max_years`` and ``fresher`` equal;
- skill, role, document: ``name`` equal;
- organization, location: ``normalized`` (``name`` where there is none) equal ignoring
  case, or ``name`` equal ignoring case.

A matched pair is a true positive, an unmatched prediction a false positive, an unmatched
gold fact a false negative. A predicted fact whose ``text`` is not ``raw[start:end]`` is
counted under "wrong offsets" (it should never happen) and still takes part in matching.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.schema import FACT_TYPES


@dataclass
class Counts:
    """True positives, false positives and false negatives; undefined ratios are 0."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Article:
    id: str
    variety: str
    text: str
    facts: list[dict[str, Any]]
    round: int = 1  # corpus round; round-2 articles were written after the first test run


@dataclass
class Miss:
    """One unmatched fact, for reading errors on the train split."""

    doc_id: str
    kind: str  # "false_positive" | "false_negative"
    fact: dict[str, Any]


@dataclass
class Report:
    articles: int
    by_type: dict[str, Counts]
    by_variety: dict[str, dict[str, Counts]]
    wrong_offsets: list[dict[str, Any]] = field(default_factory=list)
    failed_documents: list[str] = field(default_factory=list)  # "id: reason"
    misses: list[Miss] = field(default_factory=list)
    degree_agreement: Counts = field(default_factory=Counts)  # tp: equal, fp: differ

    @property
    def overall(self) -> Counts:
        return _total(self.by_type.values())

    def variety_overall(self, variety: str) -> Counts:
        return _total(self.by_variety[variety].values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "overall": self.overall.to_dict(),
            "by_type": {t: c.to_dict() for t, c in self.by_type.items()},
            "by_variety": {
                v: {
                    "overall": self.variety_overall(v).to_dict(),
                    **{t: c.to_dict() for t, c in types.items()},
                }
                for v, types in self.by_variety.items()
            },
            "wrong_offsets": len(self.wrong_offsets),
            "wrong_offset_facts": self.wrong_offsets,
            "failed_documents": self.failed_documents,
            "qualification_degree": {
                "equal": self.degree_agreement.tp,
                "different": self.degree_agreement.fp,
            },
        }


def _total(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total


def load_gold(path: str | Path, round_no: int | None = None) -> list[Article]:
    """Read one split (train.jsonl or test.jsonl) of the annotated corpus, optionally only
    the articles of one round (a record without ``round`` is round 1). Other extra fields
    are ignored."""
    articles = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                art = Article(
                    row["id"], row["variety"], row["text"], row["facts"], row.get("round", 1)
                )
                if round_no is None or art.round == round_no:
                    articles.append(art)
    return articles


def predict(articles: Iterable[Article], pipeline: Any = None) -> dict[str, list[dict[str, Any]]]:
    """Run the full pipeline over the gold texts; a failed document predicts nothing.

    Failed documents are listed under the key ``"__failed__"`` as ``{"id": ...}`` rows.
    """
    from pipeline.core import DocumentError, Pipeline
    from pipeline.doc import Document

    pipe = pipeline or Pipeline()
    out: dict[str, list[dict[str, Any]]] = {}
    failed: list[dict[str, Any]] = []
    docs = (Document(id=a.id, raw=a.text) for a in articles)
    for item in pipe.pipe(docs):
        if isinstance(item, DocumentError):
            failed.append({"id": item.doc_id, "reason": item.reason})
            out[item.doc_id] = []
        else:
            out[item.id] = [_as_dict(f) for f in item.facts]
    if failed:
        out["__failed__"] = failed
    return out


def _as_dict(fact: Any) -> dict[str, Any]:
    return fact.model_dump(mode="json") if hasattr(fact, "model_dump") else dict(fact)


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def _fold(value: Any) -> str | None:
    return str(value).strip().casefold() if value not in (None, "") else None


def values_agree(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The type-specific part of the matching rules (see the module docstring)."""
    ftype = gold["type"]
    if ftype == "salary":
        return (
            _same_number(gold.get("min"), pred.get("min"))
            and _same_number(gold.get("max"), pred.get("max"))
            and _fold(gold.get("currency")) == _fold(pred.get("currency"))
            and gold.get("period") == pred.get("period")
        )
    if ftype == "qualification":
        return gold.get("level") == pred.get("level")
    if ftype == "experience":
        return (
            _same_number(gold.get("min_years"), pred.get("min_years"))
            and _same_number(gold.get("max_years"), pred.get("max_years"))
            and bool(gold.get("fresher")) == bool(pred.get("fresher"))
        )
    if ftype in ("skill", "role", "document"):
        return gold.get("name") == pred.get("name")
    # organization, location
    gold_key = _fold(gold.get("normalized")) or _fold(gold.get("name"))
    pred_key = _fold(pred.get("normalized")) or _fold(pred.get("name"))
    same_name = _fold(gold.get("name")) is not None and _fold(gold.get("name")) == _fold(
        pred.get("name")
    )
    return (gold_key is not None and gold_key == pred_key) or same_name


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    try:
        return min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"]))
    except (KeyError, TypeError, ValueError):
        return 0


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of compatible facts, as many as possible.

    Facts of different types never match, so callers may pass all facts of a document.
    Among equally many pairs, those with larger span overlap win.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not gold or not pred:
        return []
    cost = np.zeros((len(gold), len(pred)))
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g["type"] != p.get("type"):
                continue
            ov = _overlap(g, p)
            if ov > 0 and values_agree(g, p):
                union = max(g["end"], p["end"]) - min(g["start"], p["start"])
                # every pair is worth more than any overlap bonus, so the count comes first
                cost[i, j] = -(1.0 + ov / union)
    rows, cols = linear_sum_assignment(cost)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if cost[i, j] < 0]


def offsets_ok(fact: dict[str, Any], raw: str) -> bool:
    try:
        start, end = int(fact["start"]), int(fact["end"])
    except (KeyError, TypeError, ValueError):
        return False
    return 0 <= start <= end <= len(raw) and raw[start:end] == fact.get("text")


def evaluate(
    gold_path: str | Path | list[Article],
    predictions: Mapping[str, list[Any]] | None = None,
    pipeline: Any = None,
) -> Report:
    """Score predictions (doc id -> facts) against a gold split; None runs the pipeline."""
    articles = gold_path if isinstance(gold_path, list) else load_gold(gold_path)
    if predictions is None:
        predictions = predict(articles, pipeline)
    failed = [
        f"{row['id']}: {row.get('reason', '')}"
        for row in predictions.get("__failed__", [])  # type: ignore[union-attr]
    ]
    report = Report(
        articles=len(articles),
        by_type={t: Counts() for t in FACT_TYPES},
        by_variety={},
        failed_documents=failed,
    )
    for art in articles:
        pred = [_as_dict(f) for f in predictions.get(art.id, [])]
        per_type = report.by_variety.setdefault(art.variety, {t: Counts() for t in FACT_TYPES})
        for p in pred:
            if not offsets_ok(p, art.text):
                report.wrong_offsets.append({"doc_id": art.id, **p})
        pairs = match(art.facts, pred)
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        for i, j in pairs:
            g = art.facts[i]
            _count(report, per_type, g["type"], "tp")
            if g["type"] == "qualification" and g.get("degree"):
                same = _fold(g.get("degree")) == _fold(pred[j].get("degree"))
                report.degree_agreement.tp += same
                report.degree_agreement.fp += not same
        for i, g in enumerate(art.facts):
            if i not in matched_gold:
                _count(report, per_type, g["type"], "fn")
                report.misses.append(Miss(art.id, "false_negative", g))
        for j, p in enumerate(pred):
            if j not in matched_pred:
                _count(report, per_type, str(p.get("type")), "fp")
                report.misses.append(Miss(art.id, "false_positive", p))
    return report


def _count(report: Report, per_type: dict[str, Counts], ftype: str, what: str) -> None:
    for table in (report.by_type, per_type):
        counts = table.setdefault(ftype, Counts())  # an unknown predicted type still counts
        setattr(counts, what, getattr(counts, what) + 1)


def format_table(rows: dict[str, Counts], title: str) -> str:
    """A plain-text table: one row per fact type plus the overall row."""
    lines = [title, f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'predicted':>11}"]
    for name, c in [*rows.items(), ("overall", _total(rows.values()))]:
        if name != "overall" and c.support == 0 and c.predicted == 0:
            lines.append(f"{name:<14}{'-':>7}{'-':>7}{'-':>7}{0:>9}{0:>11}")
            continue
        lines.append(
            f"{name:<14}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.support:>9}{c.predicted:>11}"
        )
    return "\n".join(lines)


def format_report(report: Report, label: str = "") -> str:
    parts = [format_table(report.by_type, f"Extraction on {label} ({report.articles} articles)")]
    summary = ["", "Per variety (all fact types):"]
    summary.append(f"{'variety':<14}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'predicted':>11}")
    for variety in sorted(report.by_variety):
        c = report.variety_overall(variety)
        summary.append(
            f"{variety:<14}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.support:>9}{c.predicted:>11}"
        )
    parts.append("\n".join(summary))
    for variety in sorted(report.by_variety):
        parts.append("\n" + format_table(report.by_variety[variety], f"Variety {variety}:"))
    deg = report.degree_agreement
    parts.append(
        f"\nQualification degree agreement on matched facts: {deg.tp}/{deg.tp + deg.fp}"
        f"\nFacts with wrong offsets: {len(report.wrong_offsets)}"
        f"\nDocuments that failed: {len(report.failed_documents)}"
    )
    parts.extend(f"  {line}" for line in report.failed_documents[:5])
    return "\n".join(parts)


def format_misses(report: Report) -> str:
    lines = []
    for m in report.misses:
        f = m.fact
        fields = {k: v for k, v in f.items() if k not in ("text", "start", "end", "type")}
        lines.append(
            f"{m.doc_id}\t{m.kind}\t{f.get('type')}\t{f.get('text')!r}"
            f"@{f.get('start')}\t{json.dumps(fields, ensure_ascii=False)}"
        )
    return "\n".join(lines)
