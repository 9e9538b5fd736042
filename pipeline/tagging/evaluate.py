"""Held-out scores, computed through `StanzaTagger.tag` (stanza + post-correction)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.tagging.conllu import LEMMA, UPOS, Sentence
from pipeline.tagging.runtime import StanzaTagger

ENTITY_TYPES = ("PER", "LOC", "ORG")


@dataclass
class TagScores:
    sentences: int
    tokens: int
    upos: float  # accuracy, %
    lemma: float | None = None  # accuracy, %
    confusions: list[str] = field(default_factory=list)  # "gold>predicted count"


def score_tags(tagger: StanzaTagger, lang: str, gold: list[Sentence]) -> TagScores:
    from collections import Counter

    pred = tagger.tag(lang, [s.forms for s in gold])
    n = ok_u = ok_l = 0
    conf: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        for row, t in zip(g.rows, p, strict=True):
            n += 1
            ok_u += row[UPOS] == t.upos
            ok_l += row[LEMMA] == t.lemma
            if row[UPOS] != t.upos:
                conf[(row[UPOS], t.upos)] += 1
    has_lemma = lang == "hi"
    return TagScores(
        sentences=len(gold),
        tokens=n,
        upos=round(100 * ok_u / n, 2),
        lemma=round(100 * ok_l / n, 2) if has_lemma else None,
        confusions=[f"{g}>{p} {c}" for (g, p), c in conf.most_common(8)],
    )


@dataclass
class NerScores:
    sentences: int
    precision: float
    recall: float
    f1: float
    by_type: dict[str, float]  # entity F1 per type
    f1_per_loc_org: float  # TIM left out: what the pipeline uses


def entities(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) spans of a BIO sequence; a stray I- starts an entity."""
    spans, start, typ = set(), None, None
    for i, t in enumerate([*tags, "O"]):
        prefix, _, ty = t.partition("-")
        if start is not None and (prefix != "I" or ty != typ):
            spans.add((start, i, typ))
            start, typ = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, typ = i, ty
    return spans


def _prf(gold: list[set], pred: list[set]) -> tuple[float, float, float]:
    tp = sum(len(g & p) for g, p in zip(gold, pred, strict=True))
    ng, np_ = sum(map(len, gold)), sum(map(len, pred))
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(100 * p, 2), round(100 * r, 2), round(100 * f, 2)


def score_ner(tagger: StanzaTagger, gold: list[list[tuple[str, str]]]) -> NerScores:
    """Exact-match entity P/R/F1 (the CoNLL measure) on BIO tags."""
    pred = tagger.tag("bn", [[w for w, _ in s] for s in gold])
    g_sp = [entities([t for _, t in s]) for s in gold]
    p_sp = [entities([t.ner or "O" for t in s]) for s in pred]
    p, r, f = _prf(g_sp, p_sp)
    by_type = {}
    for typ in sorted({e[2] for s in g_sp for e in s}):
        by_type[typ] = _prf(
            [{e for e in s if e[2] == typ} for s in g_sp],
            [{e for e in s if e[2] == typ} for s in p_sp],
        )[2]
    keep = set(ENTITY_TYPES)
    f_plo = _prf(
        [{e for e in s if e[2] in keep} for s in g_sp],
        [{e for e in s if e[2] in keep} for s in p_sp],
    )[2]
    return NerScores(len(gold), p, r, f, by_type, f_plo)
