"""The word classifier for Latin-script tokens: character n-grams → en / hi / bn.

A linear model (scikit-learn SGD, logistic loss) over hashed character 1–4-grams of
the lower-cased word. Only plain numpy arrays are stored (`models/lid/word_model.npz`,
loaded with ``allow_pickle=False``), so loading never unpickles anything and needs no
network; the hashing parameters live in `card.json` beside it.
Training hashes with scikit-learn's HashingVectorizer; tagging computes the same features
with `mmh3` (the same MurmurHash3), because importing scikit-learn costs about 2 s of
every cold start.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.config import models_dir
from pipeline.models import sha256_file

MODEL_FILE = "word_model.npz"
CARD_FILE = "card.json"
CLASSES = ("en", "hi", "bn")


@dataclass(frozen=True)
class Featuriser:
    """Hashed character n-grams; stateless, so nothing but these numbers needs saving."""

    ngram_min: int = 1
    ngram_max: int = 5
    n_features: int = 2**18

    def analyse(self, word: str) -> list[str]:
        """Character n-grams of " word " plus the whole word, so frequent words are memorised."""
        padded = f" {word.lower()} "
        grams = [
            padded[i : i + n]
            for n in range(self.ngram_min, self.ngram_max + 1)
            for i in range(len(padded) - n + 1)
        ]
        grams.append("\x00" + padded)
        return grams

    def rows(self, words: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per word, (columns, values) exactly as `vectoriser().transform` gives them:
        signed MurmurHash3 (seed 0) of each n-gram, column |hash| mod n_features, counts
        summed, then L2-normalised."""
        import mmh3

        n = self.n_features
        out = []
        for word in words:
            counts: dict[int, float] = {}
            for gram in self.analyse(word):
                h = mmh3.hash(gram, 0, signed=True)
                col = (2147483647 - (n - 1)) % n if h == -2147483648 else abs(h) % n
                counts[col] = counts.get(col, 0.0) + 1.0
            cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            vals = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
            norm = np.sqrt(np.dot(vals, vals))
            out.append((cols, vals / norm if norm else vals))
        return out

    def vectoriser(self):  # sklearn imported here, never at module import
        from sklearn.feature_extraction.text import HashingVectorizer

        return HashingVectorizer(
            analyzer=self.analyse,
            n_features=self.n_features,
            alternate_sign=False,
            norm="l2",
            dtype=np.float32,
        )


class WordModel:
    """Log-probabilities of en/hi/bn for Latin-script words, cached per lower-cased word."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray, featuriser: Featuriser) -> None:
        self.coef = np.ascontiguousarray(coef, dtype=np.float32)  # (n_features, n_classes)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.featuriser = featuriser
        self._cache: dict[str, tuple[float, float, float]] = {}

    def log_proba(self, words: list[str]) -> np.ndarray:
        """Rows of log P(en), log P(hi), log P(bn) (one-vs-rest sigmoids, normalised)."""
        d = np.empty((len(words), self.coef.shape[1]), dtype=np.float32)
        for i, (cols, vals) in enumerate(self.featuriser.rows(words)):
            d[i] = vals @ self.coef[cols] + self.intercept
        p = 1.0 / (1.0 + np.exp(-d))
        p /= p.sum(axis=1, keepdims=True)
        return np.log(np.clip(p, 1e-9, 1.0))

    def lookup(self, words: list[str]) -> list[tuple[float, float, float]]:
        """Cached scores for lower-cased words; unseen ones are scored together in one batch."""
        cache = self._cache
        new = [w for w in dict.fromkeys(words) if w not in cache]
        if new:
            for w, row in zip(new, self.log_proba(new).tolist(), strict=True):
                cache[w] = (row[0], row[1], row[2])
        return [cache[w] for w in words]

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / MODEL_FILE
        np.savez_compressed(
            path,
            coef=self.coef.astype(np.float16),
            intercept=self.intercept,
            classes=np.array(CLASSES),
        )
        return path

    @classmethod
    def load(cls, directory: Path | None = None) -> WordModel:
        directory = directory or models_dir() / "lid"
        path = directory / MODEL_FILE
        card = json.loads((directory / CARD_FILE).read_text(encoding="utf-8"))
        digest = sha256_file(path)
        if digest != card["model"]["sha256"]:
            raise ValueError(f"{path} does not match the sha256 in {CARD_FILE}; retrain it")
        with np.load(path, allow_pickle=False) as z:
            if tuple(z["classes"].tolist()) != CLASSES:
                raise ValueError(f"{path}: unexpected classes {z['classes']}")
            coef, intercept = z["coef"].astype(np.float32), z["intercept"]
        return cls(coef, intercept, Featuriser(**card["model"]["featuriser"]))


def fit(
    words: list[str], labels: list[str], weights: list[float], featuriser: Featuriser, seed: int = 0
) -> WordModel:
    """Train the linear model; deterministic for a fixed seed and input order."""
    from sklearn.linear_model import SGDClassifier

    X = featuriser.vectoriser().transform(words)
    y = np.array([CLASSES.index(lab) for lab in labels])
    clf = SGDClassifier(
        loss="log_loss", alpha=1e-6, max_iter=30, tol=None, random_state=seed, average=False
    )
    clf.fit(X, y, sample_weight=np.asarray(weights))
    return WordModel(clf.coef_.T.copy(), clf.intercept_.copy(), featuriser)
