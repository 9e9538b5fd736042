"""What the topic model sees of a document, and the keyword-concept transformer.

The model's input is a 2-column object array: column 0 the normalised text (boilerplate
lines left out), column 1 the document's words as lemmas where the tagger ran, else their
normalised forms. Training and the classify stage both build it with ``document_view``,
so they see the same view of a text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from pipeline.doc import Document
from pipeline.topic.keywords import DEFAULT_KEYWORDS_PATH, fold, load_keyword_map

TEXT, WORDS = 0, 1


def document_view(doc: Document) -> tuple[str, str]:
    """(normalised text without boilerplate, space-joined lemmas-or-norms of its words)."""
    norm = doc.normalised
    texts: list[str] = []
    words: list[str] = []
    spans = [(b.start, b.end) for b in doc.boilerplate]
    for sent in doc.sentences:
        if sent.boilerplate or any(s <= sent.start < sent.end <= e for s, e in spans):
            continue
        if norm is not None:
            texts.append(norm.text[norm.to_norm(sent.start) : norm.to_norm(sent.end)])
        else:
            texts.append(doc.raw[sent.start : sent.end])
        for tok in sent.tokens:
            if tok.kind == "word":
                form = tok.lemma or tok.norm or tok.text
                words.extend(form.lower().split())  # a lemma is never allowed to add spaces
    if not texts:  # untokenised, or nothing but boilerplate: fall back to the whole text
        texts = [doc.norm_text]
    return "\n".join(texts), " ".join(words)


def as_model_input(views: Sequence[tuple[str, str]]) -> np.ndarray:
    out = np.empty((len(views), 2), dtype=object)
    for i, (text, words) in enumerate(views):
        out[i, TEXT], out[i, WORDS] = text, words
    return out


class ConceptCounter(TransformerMixin, BaseEstimator):
    """Cross-lingual keyword concepts in each text: log(1 + count) of each concept and,
    with ``shares``, each concept's share of all concept hits in the text.

    The shares carry "which sector does the article say most about" (the contract's rule
    for articles comparing two sectors) independently of the article's length.
    ``keywords_path`` None means the map shipped with the package. The map is read in
    ``fit`` and kept in ``patterns_``, so a saved model carries the map it was trained with.
    """

    def __init__(self, keywords_path: str | None = None, shares: bool = True) -> None:
        self.keywords_path = keywords_path
        self.shares = shares

    def fit(self, X, y=None):  # noqa: N803 (sklearn's name)
        concepts = load_keyword_map(Path(self.keywords_path or DEFAULT_KEYWORDS_PATH))
        self.concepts_ = [c.name for c in concepts]
        self.patterns_ = [c.pattern() for c in concepts]
        self.n_features_out_ = len(self.concepts_) * (2 if self.shares else 1)
        return self

    def transform(self, X):  # noqa: N803
        check_is_fitted(self, "patterns_")
        texts = [fold(str(t)) for t in _as_texts(X)]
        counts = np.zeros((len(texts), len(self.patterns_)))
        for j, pat in enumerate(self.patterns_):
            rx = re.compile(pat)
            for i, text in enumerate(texts):
                counts[i, j] = sum(1 for _ in rx.finditer(text))
        blocks = [np.log1p(counts)]
        if self.shares:
            totals = counts.sum(axis=1, keepdims=True)
            blocks.append(np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0))
        return sp.csr_matrix(np.hstack(blocks))

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "concepts_")
        names = [f"count__{name}" for name in self.concepts_]
        if self.shares:
            names += [f"share__{name}" for name in self.concepts_]
        return np.asarray(names, dtype=object)

    def matches(self, text: str) -> dict[str, list[str]]:
        """Which concepts a text raises and the surface strings that raised them (to explain)."""
        check_is_fitted(self, "patterns_")
        folded = fold(text)
        found = {}
        for name, pat in zip(self.concepts_, self.patterns_, strict=True):
            hits = [m.group() for m in re.finditer(pat, folded)]
            if hits:
                found[name] = hits
        return found


def _as_texts(X) -> list:  # noqa: N803
    if isinstance(X, np.ndarray) and X.ndim == 2:
        return list(X[:, 0])
    return list(X)
