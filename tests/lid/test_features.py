"""Tagging-time features (mmh3) are the ones the model was trained on (scikit-learn)."""

from __future__ import annotations

import numpy as np

from pipeline.lid.model import Featuriser

WORDS = [
    "salary", "mein", "naukri", "chahiye", "bhalo", "chakri", "theke", "porjonto", "BPO",
    "12k", "LPA", "₹15,000", "नौकरी", "চাকরি", "x", "", "a" * 40, "ZWJ\u200dword", "😀ok",
    "Kolkata-র", "résumé", "don't", "\x00", "ab cd",
]  # fmt: skip


def test_rows_equal_sklearns_hashing_vectorizer():
    feat = Featuriser()
    expected = feat.vectoriser().transform(WORDS).tocsr()
    for i, (cols, vals) in enumerate(feat.rows(WORDS)):
        row = expected.getrow(i)
        got = dict(zip(cols.tolist(), vals.tolist(), strict=True))
        want = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
        assert got.keys() == want.keys(), WORDS[i]
        assert np.allclose([got[k] for k in want], list(want.values()), atol=1e-6), WORDS[i]
