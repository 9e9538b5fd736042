"""`career-pipeline train lid`: build the training words, fit, score, write model + card."""

from __future__ import annotations

import hashlib
import json
import platform
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.config import models_dir
from pipeline.lid import trainset
from pipeline.lid.model import CARD_FILE, CLASSES, Featuriser, WordModel, fit
from pipeline.models import sha256_file

HELDOUT_MOD = 10  # words whose md5 ends in 0 (mod 10) are held out for the printed scores


def _heldout(word: str) -> bool:
    return int(hashlib.md5(word.encode("utf-8")).hexdigest(), 16) % HELDOUT_MOD == 0


def word_scores(model: WordModel, words: list[str], labels: list[str]) -> dict[str, Any]:
    pred = np.argmax(model.log_proba(words), axis=1) if words else np.array([])
    gold = np.array([CLASSES.index(lab) for lab in labels])
    out: dict[str, Any] = {"n": len(words), "accuracy": round(float((pred == gold).mean()), 4)}
    for k, lab in enumerate(CLASSES):
        mask = gold == k
        out[f"accuracy_{lab}"] = round(float((pred[mask] == k).mean()), 4) if mask.any() else None
    return out


def train(out_dir: Path | None = None, data_dir: Path | None = None, seed: int = 0) -> dict:
    import sklearn

    out_dir = out_dir or models_dir() / "lid"
    ts = trainset.build(data_dir)
    featuriser = Featuriser()
    # Hold out unique (word, label) pairs by a hash of the word, so no held-out spelling is seen.
    tr = [i for i, w in enumerate(ts.words) if not _heldout(w)]
    ho = sorted({(ts.words[i], ts.labels[i]) for i, w in enumerate(ts.words) if _heldout(w)})
    model_ho = fit(
        [ts.words[i] for i in tr],
        [ts.labels[i] for i in tr],
        [ts.weights[i] for i in tr],
        featuriser,
        seed,
    )
    heldout = word_scores(model_ho, [w for w, _ in ho], [lab for _, lab in ho])
    # The shipped model is refit on every word, with the same settings.
    model = fit(ts.words, ts.labels, ts.weights, featuriser, seed)
    path = model.save(out_dir)
    digest = sha256_file(path)
    card_path = out_dir / CARD_FILE
    old = json.loads(card_path.read_text(encoding="utf-8")) if card_path.is_file() else {}
    card = {
        "name": "lid",
        "task": "word-level language of Latin-script tokens: en / romanised hi / romanised bn",
        "model": {
            "file": path.name,
            "sha256": digest,
            "bytes": path.stat().st_size,
            "format": "numpy .npz (coef float16, intercept, classes), read with allow_pickle=False",
            "estimator": "sklearn SGDClassifier(loss=log_loss, alpha=1e-6, max_iter=30, tol=None)",
            "featuriser": {
                "ngram_min": featuriser.ngram_min,
                "ngram_max": featuriser.ngram_max,
                "n_features": featuriser.n_features,
            },
            "seed": seed,
        },
        "training_command": "career-pipeline train lid",
        "data": {
            "sources": ts.sources,
            "training_words": len(ts.words),
            "per_label": dict(Counter(ts.labels)),
        },
        "libraries": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
        },
        "scores": {"heldout_words": heldout},
        "evaluation": old.get("evaluation", {}),
        "attempts": old.get("attempts", []),
    }
    card_path.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card
