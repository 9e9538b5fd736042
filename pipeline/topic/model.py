"""The topic classifier as one scikit-learn object, and how it is saved and loaded.

Saved with skops (no pickle): ``load_model`` accepts only the types listed in
``TRUSTED_TYPES`` and refuses a file whose sha256 differs from the one in card.json.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from pipeline.config import models_dir
from pipeline.models import sha256_file
from pipeline.schema import TOPIC_LABELS

MODEL_FILE = "model.skops"
CARD_FILE = "card.json"

#: The types in the saved model that skops does not trust by default (it trusts scikit-learn's
#: public estimators and numpy itself). Loading passes exactly this list; a file holding any
#: other such type is refused, and `save_model` refuses to write one.
TRUSTED_TYPES = [
    "pipeline.topic.features.ConceptCounter",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
]


def default_model_dir() -> Path:
    return models_dir() / "topic"


def build_model(seed: int = 0, C: float = 0.5) -> Any:  # noqa: N803 (sklearn's name)
    """Character n-grams + lemma n-grams + keyword concepts → calibrated linear SVM."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline
    from sklearn.svm import LinearSVC

    from pipeline.topic.features import TEXT, WORDS, ConceptCounter

    features = ColumnTransformer(
        [
            # script-independent: works the same on Devanagari, Bengali and Latin text
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
                ),
                TEXT,
            ),
            (
                "words",
                TfidfVectorizer(
                    token_pattern=r"\S+", ngram_range=(1, 2), min_df=2, sublinear_tf=True
                ),
                WORDS,
            ),
            ("concepts", ConceptCounter(), TEXT),
        ],
        transformer_weights={"chars": 1.0, "words": 0.6, "concepts": 0.5},
    )
    classifier = CalibratedClassifierCV(
        LinearSVC(C=C, class_weight="balanced", random_state=seed), method="sigmoid", cv=3
    )
    return Pipeline([("features", features), ("classifier", classifier)])


def save_model(model: Any, model_dir: Path) -> Path:
    import skops.io as sio

    model_dir.mkdir(parents=True, exist_ok=True)
    path = model_dir / MODEL_FILE
    tmp = path.with_suffix(".tmp")
    # the vocabularies are stored as verbose JSON: deflate shrinks the file about tenfold
    sio.dump(model, tmp, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    unknown = set(sio.get_untrusted_types(file=tmp)) - set(TRUSTED_TYPES)
    if unknown:
        tmp.unlink()
        raise ValueError(f"model holds types not in TRUSTED_TYPES: {sorted(unknown)}")
    tmp.replace(path)
    return path


class ModelMissingError(FileNotFoundError):
    pass


def load_model(model_dir: Path | None = None) -> Any:
    """Load our own committed model; refuse a missing file or one that does not match its card."""
    import skops.io as sio

    model_dir = model_dir or default_model_dir()
    path = model_dir / MODEL_FILE
    card_path = model_dir / CARD_FILE
    if not path.exists() or not card_path.exists():
        raise ModelMissingError(
            f"no topic model at {path} (or its {CARD_FILE}); build it with "
            "`career-pipeline train topic`"
        )
    card = json.loads(card_path.read_text(encoding="utf-8"))
    expected = card.get("model", {}).get("sha256")
    if expected != sha256_file(path):
        raise ValueError(
            f"{path} does not match the sha256 in {card_path}; rebuild it with "
            "`career-pipeline train topic`"
        )
    model = sio.load(path, trusted=TRUSTED_TYPES)
    missing = set(TOPIC_LABELS) - set(model.classes_)
    if missing:
        raise ValueError(f"topic model lacks labels {sorted(missing)}")
    return model


def scores_of(model: Any, X: Any) -> list[dict[str, float]]:
    """One {label: probability} per row, over every contract label in contract order."""
    proba = model.predict_proba(X)
    index = {label: i for i, label in enumerate(model.classes_)}
    out = []
    for row in proba:
        scores = {lab: float(row[index[lab]]) if lab in index else 0.0 for lab in TOPIC_LABELS}
        total = sum(scores.values())
        out.append({k: v / total for k, v in scores.items()})
    return out
