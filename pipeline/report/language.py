"""The corpus-linguistics view: word lists per language, collocations and n-grams.

Counts run over each token's normalised form, folded as the concordance folds it, so
हज़ार and हजार count as one word. Punctuation and language-neutral tokens (numbers,
symbols: ``lang`` = ``univ``) are left out.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from pipeline.report.data import RunData, is_word
from pipeline.report.fold import fold


@dataclass
class Word:
    form: str
    lang: str


def word_runs(doc: dict[str, Any]) -> list[list[Word]]:
    """Runs of adjacent words: a sentence split wherever punctuation or a number intervenes."""
    runs: list[list[Word]] = []
    for sent in doc.get("sentences", []):
        if sent.get("boilerplate"):
            continue
        run: list[Word] = []
        for tok in sent.get("tokens", []):
            if is_word(tok):
                run.append(Word(fold(tok.get("norm") or tok["text"]), tok["lang"]))
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


def frequency_lists(data: RunData, top: int = 25) -> list[dict[str, Any]]:
    """Per language: the most frequent words, with the number of documents holding each."""
    freq: dict[str, Counter[str]] = defaultdict(Counter)
    docfreq: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in data.documents:
        seen: set[tuple[str, str]] = set()
        for run in word_runs(doc):
            for w in run:
                freq[w.lang][w.form] += 1
                seen.add((w.lang, w.form))
        for lang, form in seen:
            docfreq[lang][form] += 1
    out = []
    for lang, counts in sorted(freq.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(counts.values())
        out.append(
            {
                "lang": lang,
                "tokens": total,
                "types": len(counts),
                "words": [
                    {"form": f, "count": c, "per_10k": 1e4 * c / total, "docs": docfreq[lang][f]}
                    for f, c in counts.most_common(top)
                ],
            }
        )
    return out


def collocations(data: RunData, min_count: int = 3, top: int = 30) -> list[dict[str, Any]]:
    """Adjacent word pairs ranked by Dunning's log-likelihood (G²), with PMI beside it."""
    pairs: Counter[tuple[str, str]] = Counter()
    langs: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in data.documents:
        for run in word_runs(doc):
            for w in run:
                langs[w.form][w.lang] += 1
            for a, b in zip(run, run[1:], strict=False):
                pairs[(a.form, b.form)] += 1
    # marginals over pairs: how often a word stands first / second in any pair
    first: Counter[str] = Counter()
    second: Counter[str] = Counter()
    for (a, b), c in pairs.items():
        first[a] += c
        second[b] += c
    n = sum(pairs.values())
    rows = []
    for (a, b), c12 in pairs.items():
        if c12 < min_count:
            continue
        c1, c2 = first[a], second[b]
        lang = "+".join(dict.fromkeys(langs[w].most_common(1)[0][0] for w in (a, b)))
        rows.append(
            {
                "pair": f"{a} {b}",
                "count": c12,
                "g2": log_likelihood(c12, c1, c2, n),
                "pmi": math.log2(c12 * n / (c1 * c2)),
                "lang": lang,
            }
        )
    rows.sort(key=lambda r: (-r["g2"], r["pair"]))
    return rows[:top]


def log_likelihood(c12: int, c1: int, c2: int, n: int) -> float:
    """G² of the 2×2 table: pair count c12, first-word count c1, second-word count c2, n pairs."""
    observed = (c12, c1 - c12, c2 - c12, n - c1 - c2 + c12)
    expected = (c1 * c2 / n, c1 * (n - c2) / n, (n - c1) * c2 / n, (n - c1) * (n - c2) / n)
    return 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected, strict=True) if o > 0)


def ngrams(data: RunData, n: int, min_count: int = 2, top: int = 20) -> list[dict[str, Any]]:
    """The most frequent runs of n adjacent words (within a sentence, no punctuation inside)."""
    counts: Counter[tuple[str, ...]] = Counter()
    langs: dict[tuple[str, ...], str] = {}
    for doc in data.documents:
        for run in word_runs(doc):
            for i in range(len(run) - n + 1):
                gram = tuple(w.form for w in run[i : i + n])
                counts[gram] += 1
                langs.setdefault(gram, "+".join(dict.fromkeys(w.lang for w in run[i : i + n])))
    return [
        {"gram": " ".join(g), "count": c, "lang": langs[g]}
        for g, c in counts.most_common(top)
        if c >= min_count
    ]
