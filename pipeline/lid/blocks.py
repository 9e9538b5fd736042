"""The contract's `language` block: primary, shares, code_mixed, cmi, scripts.

Rules (documented in models/lid/README.md):
- `shares` are over language-bearing tokens: every token except `univ` (numbers,
  punctuation, symbols, URLs) and `ne` (named entities, which belong to no language).
- `cmi` is Das & Gambäck (2014): 100 × (1 − max_i w_i / (n − u)), where u counts the
  `univ` and `ne` tokens; 0 when n = u.
- `code_mixed` is true when the second language holds at least `min_share` of the
  language-bearing tokens, has at least `min_tokens` of them, and appears in at least
  `min_places` separate stretches. Two loan words ("BPO", "salary") in a Hindi sentence
  are not code-mixing; a sentence that switches for whole phrases is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.text import script_of

NOT_LANGUAGE = frozenset({"univ", "ne"})
_ORDER = ("hi", "bn", "en", "other")  # deterministic tie-break


@dataclass(frozen=True)
class MixingRule:
    min_share: float = 0.10
    min_tokens: int = 3
    min_places: int = 2


def cmi(labels: Sequence[str]) -> float:
    """Code-Mixing Index of one token sequence (Das & Gambäck 2014)."""
    counts = Counter(lab for lab in labels if lab not in NOT_LANGUAGE)
    bearing = sum(counts.values())
    if bearing == 0:
        return 0.0
    return round(100.0 * (1.0 - max(counts.values()) / bearing), 2)


def _rank(counts: Counter[str]) -> list[str]:
    return sorted(counts, key=lambda k: (-counts[k], _ORDER.index(k) if k in _ORDER else 99, k))


def is_code_mixed(labels: Sequence[str], rule: MixingRule = MixingRule()) -> bool:
    seq = [lab for lab in labels if lab not in NOT_LANGUAGE]
    counts = Counter(seq)
    if len(counts) < 2:
        return False
    second = _rank(counts)[1]
    n2 = counts[second]
    places = sum(1 for i, lab in enumerate(seq) if lab == second and (i == 0 or seq[i - 1] != lab))
    return n2 / len(seq) >= rule.min_share and n2 >= rule.min_tokens and places >= rule.min_places


def script_shares(texts: Iterable[str]) -> dict[str, float]:
    letters: Counter[str] = Counter()
    for text in texts:
        for ch in text:
            sc = script_of(ch)
            if sc != "Zyyy":
                letters[sc] += 1
    total = sum(letters.values())
    return {k: round(v / total, 4) for k, v in sorted(letters.items())} if total else {}


def language_block(
    labels: Sequence[str], texts: Iterable[str], rule: MixingRule = MixingRule()
) -> dict[str, Any]:
    counts = Counter(lab for lab in labels if lab not in NOT_LANGUAGE)
    bearing = sum(counts.values())
    ranked = _rank(counts)
    return {
        "primary": ranked[0] if ranked else "und",
        "shares": {k: round(counts[k] / bearing, 4) for k in ranked},
        "code_mixed": is_code_mixed(labels, rule),
        "cmi": cmi(labels),
        "scripts": script_shares(texts),
    }
