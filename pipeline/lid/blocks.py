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

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.text import script_of

NOT_LANGUAGE = frozenset({"univ", "ne"})
_ORDER_INDEX = {"hi": 0, "bn": 1, "en": 2, "other": 3}  # deterministic tie-break


@dataclass(frozen=True)
class MixingRule:
    min_share: float = 0.10
    min_tokens: int = 3
    min_places: int = 2


def _count(seq: Sequence[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    get = counts.get
    for lab in seq:
        counts[lab] = get(lab, 0) + 1
    return counts


def _bearing(labels: Sequence[str]) -> list[str]:
    return [lab for lab in labels if lab not in NOT_LANGUAGE]


def _cmi(counts: dict[str, int], bearing: int) -> float:
    return round(100.0 * (1.0 - max(counts.values()) / bearing), 2) if bearing else 0.0


def _rank(counts: dict[str, int]) -> list[str]:
    if len(counts) < 2:
        return list(counts)
    return sorted(counts, key=lambda k: (-counts[k], _ORDER_INDEX.get(k, 99), k))


def _mixed(seq: list[str], counts: dict[str, int], ranked: list[str], rule: MixingRule) -> bool:
    if len(ranked) < 2:
        return False
    second = ranked[1]
    n2 = counts[second]
    places = sum(1 for i, lab in enumerate(seq) if lab == second and (i == 0 or seq[i - 1] != lab))
    return n2 / len(seq) >= rule.min_share and n2 >= rule.min_tokens and places >= rule.min_places


def cmi(labels: Sequence[str]) -> float:
    """Code-Mixing Index of one token sequence (Das & Gambäck 2014)."""
    seq = _bearing(labels)
    return _cmi(_count(seq), len(seq))


def is_code_mixed(labels: Sequence[str], rule: MixingRule = MixingRule()) -> bool:
    seq = _bearing(labels)
    counts = _count(seq)
    return _mixed(seq, counts, _rank(counts), rule)


def is_letter(ch: str) -> bool:
    """Letters and vowel signs count; dandas, digits and punctuation do not."""
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


def letter_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        if is_letter(ch):
            sc = script_of(ch)
            counts[sc] = counts.get(sc, 0) + 1
    return counts


def script_shares(letters: Iterable[Iterable[tuple[str, int]]]) -> dict[str, float]:
    """Share of letters per script (Deva, Beng, Latn, Other), from per-token letter counts."""
    total: dict[str, int] = {}
    get = total.get
    for token in letters:
        for sc, n in token:
            total[sc] = get(sc, 0) + n
    if len(total) == 1:
        return {sc: 1.0 for sc in total}
    all_letters = sum(total.values())
    return {k: round(v / all_letters, 4) for k, v in sorted(total.items())} if all_letters else {}


def language_block(
    labels: Sequence[str],
    letters: Iterable[Iterable[tuple[str, int]]],
    rule: MixingRule = MixingRule(),
) -> dict[str, Any]:
    """The block for one sentence or document; ``letters`` are per-token (script, count) pairs."""
    seq = _bearing(labels)
    counts = _count(seq)
    ranked = _rank(counts)
    n = len(seq)
    return {
        "primary": ranked[0] if ranked else "und",
        "shares": {k: round(counts[k] / n, 4) for k in ranked}
        if len(ranked) > 1
        else {k: 1.0 for k in ranked},
        "code_mixed": _mixed(seq, counts, ranked, rule),
        "cmi": _cmi(counts, len(seq)),
        "scripts": script_shares(letters),
    }
