"""The figures of the overview, topics, requirement facts and data-quality sections."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from statistics import mean
from typing import Any

from pipeline.report.charts import hbar, histogram
from pipeline.report.data import RunData, boilerplate_chars, is_word, tokens
from pipeline.schema import QUALIFICATION_LEVELS, TOPIC_LABELS
from pipeline.text import script_of

LOW_CONFIDENCE = 0.6
QUALIFICATION_ORDER = QUALIFICATION_LEVELS


def overview(data: RunData) -> dict[str, Any]:
    n_sent = sum(len(d.get("sentences", [])) for d in data.documents)
    all_tokens = [t for d in data.documents for t in tokens(d)]
    words = [t for t in all_tokens if is_word(t)]
    lang_tokens = Counter(t["lang"] for t in words)
    letters: Counter[str] = Counter()
    for t in all_tokens:
        letters.update(s for s in map(script_of, t["text"]) if s != "Zyyy")
    primary = Counter((r.get("language") or {}).get("primary", "und") for r in data.records)
    cmis = [float((r.get("language") or {}).get("cmi", 0.0)) for r in data.records]
    mixed = sum(1 for r in data.records if (r.get("language") or {}).get("code_mixed"))
    n_words, n_letters = sum(lang_tokens.values()), sum(letters.values())
    return {
        "documents": len(data.records) + len(data.errors),
        "processed": len(data.records),
        "failed": len(data.errors),
        "sentences": n_sent,
        "tokens": len(all_tokens),
        "words": n_words,
        "facts": sum(len(r.get("facts", [])) for r in data.records),
        "code_mixed": mixed,
        "mean_cmi": mean(cmis) if cmis else 0.0,
        "primary": primary.most_common(),
        "lang_shares": [(k, v / n_words) for k, v in lang_tokens.most_common()],
        "script_shares": [(k, v / n_letters) for k, v in letters.most_common()],
        "primary_chart": hbar(
            [(k, v, _docs(v)) for k, v in primary.most_common()], "Documents by primary language"
        ),
        "lang_chart": hbar(
            [(k, v / n_words, f"{100 * v / n_words:.1f}%") for k, v in lang_tokens.most_common()],
            "Share of word tokens per language",
        )
        if n_words
        else "",
        "script_chart": hbar(
            [(k, v / n_letters, f"{100 * v / n_letters:.1f}%") for k, v in letters.most_common()],
            "Share of letters per script",
        )
        if n_letters
        else "",
        "cmi_chart": histogram(
            cmi_bins(cmis),
            "Code-Mixing Index per document",
            "CMI (Das & Gambäck 2014); 0 = monolingual",
        ),
    }


def _docs(n: int) -> str:
    return f"{n} doc" if n == 1 else f"{n} docs"


def cmi_bins(cmis: list[float]) -> list[tuple[str, int]]:
    """0 on its own (monolingual), then ten-point bins up to 100."""
    bins = [("0", sum(1 for c in cmis if c == 0))]
    for lo in range(0, 100, 10):
        n = sum(1 for c in cmis if lo < c <= lo + 10)
        bins.append((f"{lo}–{lo + 10}", n))
    return bins


def topics(data: RunData) -> dict[str, Any]:
    scores: dict[str, list[float]] = defaultdict(list)
    for r in data.records:
        t = r.get("topic") or {}
        label = t.get("label", "other")
        scores[label].append(float((t.get("scores") or {}).get(label, 0.0)))
    rows = [
        {"label": k, "count": len(v), "mean_confidence": mean(v)}
        for k, v in sorted(scores.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    chart = hbar(
        [
            (r["label"], r["count"], f"{_docs(r['count'])} · mean conf. {r['mean_confidence']:.2f}")
            for r in rows
        ],
        "Documents per topic label",
    )
    return {"rows": rows, "chart": chart}


def discovered_topics(data: RunData, ids: dict[str, str]) -> dict[str, Any]:
    """Unsupervised topics from ``pipeline.topic.discovery``, when that module is present.

    ``documents`` in its answer are indices into the texts; they become links to the panels.
    """
    texts = [d["text"] for d in data.documents]
    if len(texts) < 2:
        return {"available": False, "reason": "needs at least two documents"}
    try:
        from pipeline.topic.discovery import discover_topics
    except ImportError as exc:
        return {"available": False, "reason": f"topic discovery is not available ({exc})"}
    k = max(2, min(8, len(texts) // 3))
    try:
        found = discover_topics(texts, k=k, n_terms=10)
    except Exception as exc:  # a failing optional section must not sink the report
        reason = f"topic discovery failed: {type(exc).__name__}: {exc}"
        return {"available": False, "reason": reason}
    for t in found:
        docs = t.get("documents") or []
        t["docs"] = [
            {"id": data.documents[i]["id"], "anchor": ids[data.documents[i]["id"]]}
            for i in docs
            if isinstance(i, int) and 0 <= i < len(data.documents)
        ]
    return {"available": True, "k": k, "topics": found}


@dataclass(frozen=True)
class FactView:
    """One frequency table of the requirements section: which facts, and which value of each."""

    type: str
    title: str
    value: Callable[[dict[str, Any]], str | None]
    order: tuple[str, ...] = ()  # a fixed order (qualification levels); else most frequent first


FACT_VIEWS = (
    FactView(
        "qualification", "Qualifications (level)", lambda f: f.get("level"), QUALIFICATION_ORDER
    ),
    FactView("qualification", "Degrees named", lambda f: f.get("degree")),
    FactView("experience", "Experience asked", lambda f: _experience_key(f)),
    FactView("skill", "Skills", lambda f: f.get("name")),
    FactView("role", "Roles", lambda f: f.get("name")),
    FactView("document", "Documents required", lambda f: f.get("name")),
    FactView("organization", "Organisations", lambda f: f.get("normalized") or f.get("name")),
    FactView("location", "Locations", lambda f: f.get("normalized") or f.get("name")),
)


def requirement_facts(data: RunData, top: int = 25) -> list[dict[str, Any]]:
    """Frequency of each qualification, experience, skill, role and document value, by topic."""
    out = []
    for view in FACT_VIEWS:
        counts: Counter[str] = Counter()
        by_topic: dict[str, Counter[str]] = defaultdict(Counter)
        docs: dict[str, set[str]] = defaultdict(set)
        for rec, fact in data.facts():
            value = view.value(fact) if fact.get("type") == view.type else None
            if value:
                counts[value] += 1
                by_topic[value][data.topic_of(rec["doc_id"])] += 1
                docs[value].add(rec["doc_id"])
        if view.order:
            rank = {v: i for i, v in enumerate(view.order)}
            items = sorted(counts.items(), key=lambda kv: rank.get(kv[0], len(rank)))
        else:
            items = counts.most_common(top)
        topics_present = [t for t in TOPIC_LABELS if any(by_topic[v][t] for v, _ in items)]
        rows = [
            {
                "value": v,
                "count": c,
                "docs": len(docs[v]),
                "by_topic": [by_topic[v][t] for t in topics_present],
            }
            for v, c in items
        ]
        out.append(
            {
                "type": view.type,
                "title": view.title,
                "total": sum(counts.values()),
                "topics": topics_present,
                "rows": rows,
                "chart": hbar([(v, c, str(c)) for v, c in items[:15]], view.title),
            }
        )
    return out


def _experience_key(f: dict[str, Any]) -> str | None:
    if f.get("fresher"):
        return "freshers welcome"
    lo, hi = f.get("min_years"), f.get("max_years")
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None and lo != hi:
        return f"{lo:g}–{hi:g} years"
    if lo is None:
        return f"up to {hi:g} years"
    if hi is None:
        return f"{lo:g}+ years"
    return f"{lo:g} years"


def quality(data: RunData, ids: dict[str, str]) -> dict[str, Any]:
    low = [
        {"doc_id": rec["doc_id"], "anchor": ids.get(rec["doc_id"], ""), **f}
        for rec, f in data.facts()
        if float(f.get("confidence", 1.0)) < LOW_CONFIDENCE
    ]
    bp_rows, bp_total, chars_total = [], 0, 0
    for d in data.documents:
        n, bp = len(d["text"]), boilerplate_chars(d)
        bp_total += bp
        chars_total += n
        bp_rows.append(
            {
                "doc_id": d["id"],
                "anchor": ids[d["id"]],
                "chars": n,
                "boilerplate": bp,
                "share": bp / n if n else 0.0,
            }
        )
    stages = data.run.get("stages", {})
    return {
        "errors": data.errors,
        "low_confidence": low,
        "threshold": LOW_CONFIDENCE,
        "boilerplate_rows": bp_rows,
        "boilerplate_overall": bp_total / chars_total if chars_total else 0.0,
        "tagger": stages.get("tag", {"available": None, "reason": "run.json has no tagger status"}),
        "stages": stages,
        "stage_seconds": data.run.get("stage_seconds", {}),
        "versions": data.run.get("versions", {}),
        "started": data.run.get("started", ""),
        "inputs": data.run.get("inputs", []),
    }
