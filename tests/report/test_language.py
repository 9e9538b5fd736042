"""Word lists, collocations and n-grams of the language view."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from pipeline.report.data import RunData, load_run
from pipeline.report.language import collocations, frequency_lists, log_likelihood, ngrams


def _doc(words: list[tuple[str, str]], boilerplate: bool = False) -> dict:
    toks, pos = [], 0
    for text, lang in words:
        kind = "punct" if lang == "punct" else "word"
        toks.append(
            {
                "text": text,
                "start": pos,
                "end": pos + len(text),
                "norm": text,
                "kind": kind,
                "lang": None if kind == "punct" else lang,
            }
        )
        pos += len(text) + 1
    sentence = {"start": 0, "end": pos, "boilerplate": boilerplate, "tokens": toks}
    return {"id": "x", "text": " ".join(w for w, _ in words), "sentences": [sentence]}


def test_log_likelihood_matches_hand_computation() -> None:
    # 2x2 table: pair 10, first word 20, second word 15, 1000 pairs
    obs = [10, 10, 5, 975]
    exp = [20 * 15 / 1000, 20 * 985 / 1000, 980 * 15 / 1000, 980 * 985 / 1000]
    expected = 2 * sum(o * math.log(o / e) for o, e in zip(obs, exp, strict=True))
    assert log_likelihood(10, 20, 15, 1000) == pytest.approx(expected)


def test_collocations_rank_a_fixed_pair_first_and_skip_punctuation() -> None:
    hi = "hi"
    docs = []
    for filler in ("अच्छी", "नई", "पुरानी", "बड़ी"):
        docs.append(
            _doc(
                [
                    ("कॉल", hi),
                    ("सेंटर", hi),
                    ("में", hi),
                    (filler, hi),
                    ("नौकरी", hi),
                    ("।", "punct"),
                    ("BPO", "en"),
                    ("job", "en"),
                ]
            )
        )
    docs.append(_doc([("सेंटर", hi), ("कॉल", hi)], boilerplate=True))  # skipped
    data = RunData(Path("."), documents=docs)
    top = collocations(data, min_count=3)
    assert top[0]["pair"] in {"कॉल सेंटर", "सेंटर में", "bpo job"}
    pairs = {r["pair"] for r in top}
    assert "नौकरी bpo" not in pairs  # a danda separates them
    assert {r["pair"]: r["lang"] for r in top}["bpo job"] == "en"
    assert ngrams(data, 3)[0] == {"gram": "कॉल सेंटर में", "count": 4, "lang": "hi"}


def test_frequency_lists_per_language(hand_run: Path) -> None:
    lists = {f["lang"]: f for f in frequency_lists(load_run(hand_run))}
    hi = {w["form"]: w for w in lists["hi"]["words"]}
    assert hi["सैलरी"]["count"] == 3 and hi["सैलरी"]["docs"] == 2
    assert all(w["form"] not in {"।", "12,000"} for f in lists.values() for w in f["words"])
