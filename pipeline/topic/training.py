"""`career-pipeline train topic`: cross-validate, fit on the whole corpus, save model and card."""

from __future__ import annotations

import json
import platform
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.config import REPO_DIR
from pipeline.topic.corpus import PREPARE_STAGES, TRAIN_PATH, load_corpus, prepare
from pipeline.topic.evaluation import Scores, cross_validate, format_scores
from pipeline.topic.keywords import DEFAULT_KEYWORDS_PATH
from pipeline.topic.model import (
    CARD_FILE,
    MODEL_FILE,
    TRUSTED_TYPES,
    build_model,
    default_model_dir,
    save_model,
    sha256,
)

TRAIN_COMMAND = "career-pipeline train topic"


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_DIR))
    except ValueError:
        return str(path)


def _versions() -> dict[str, str]:
    import numpy
    import scipy
    import sklearn
    import skops

    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "skops": skops.__version__,
    }


def train(
    corpus: Path = TRAIN_PATH,
    model_dir: Path | None = None,
    folds: int = 5,
    seed: int = 0,
    note: str = "",
    stages: Sequence[str] = PREPARE_STAGES,
) -> tuple[dict[str, Any], Scores]:
    model_dir = model_dir or default_model_dir()
    examples = load_corpus(corpus)
    prep: dict[str, int] = {}
    X = prepare([e.text for e in examples], stages, prep)  # noqa: N806
    y = [e.label for e in examples]
    ids = [e.id for e in examples]

    cv = cross_validate(X, y, ids, folds=folds, seed=seed)
    model = build_model(seed=seed).fit(X, y)
    path = save_model(model, model_dir)

    card_path = model_dir / CARD_FILE
    attempts = []
    if card_path.exists():
        attempts = json.loads(card_path.read_text(encoding="utf-8")).get("attempts", [])
    params = {k: repr(v) for k, v in model.get_params(deep=True).items() if "__" in k}
    attempt = {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "note": note,
        "data_sha256": sha256(corpus),
        "n": len(examples),
        "cv_macro_f1": round(cv.macro_f1, 4),
        "cv_accuracy": round(cv.accuracy, 4),
        "stages": list(stages),
    }
    card = {
        "name": "topic",
        "task": "career-article topic, one of the contract's 9 labels, calibrated scores",
        "labels": list(model.classes_),
        "model": {
            "file": MODEL_FILE,
            "sha256": sha256(path),
            "format": "skops (no pickle); loaded with an explicit trusted-types list",
            "trusted_types": TRUSTED_TYPES,
            "estimator": "ColumnTransformer(char_wb 2-5 tf-idf on normalised text, word 1-2 "
            "tf-idf on lemmas/norms, keyword concepts) → CalibratedClassifierCV(LinearSVC, "
            "sigmoid, cv=3)",
            "params": params,
        },
        "data": {
            "train": _rel(corpus),
            "sha256": sha256(corpus),
            "n": len(examples),
            "labels": dict(sorted(Counter(y).items())),
            "varieties": dict(sorted(Counter(e.variety for e in examples).items())),
            "keyword_map": _rel(DEFAULT_KEYWORDS_PATH),
            "keyword_map_sha256": sha256(DEFAULT_KEYWORDS_PATH),
            "licence": "MIT; articles written for this project (no third-party text)",
            "preprocessing_stages": list(stages),
            "lemmatised_articles": prep.get("lemmatised", 0),
        },
        "licence": "MIT",
        "training_command": TRAIN_COMMAND,
        "evaluation_command": "career-pipeline evaluate topic",
        "versions": _versions(),
        "scores": {
            "cross_validation": {
                "folds": folds,
                "seed": seed,
                "stratified": True,
                "accuracy": round(cv.accuracy, 4),
                "macro_f1": round(cv.macro_f1, 4),
                "per_fold": cv.folds,
                "per_label_f1": {k: round(v, 4) for k, v in cv.per_label_f1.items()},
                "confusion": cv.confusion,
                "confusion_labels": cv.labels,
                "errors": cv.errors,
            }
        },
        "attempts": [*attempts, attempt],
    }
    card_path.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (model_dir / "README.md").write_text(render_readme(card, cv), encoding="utf-8")
    return card, cv


def render_readme(card: dict[str, Any], cv: Scores) -> str:
    data = card["data"]
    attempts = "\n".join(
        f"| {a['date']} | {a['n']} | {a['cv_macro_f1']:.3f} | {a['cv_accuracy']:.3f} "
        f"| {a['note']} |"
        for a in card["attempts"]
    )
    cv_card = card["scores"]["cross_validation"]
    return f"""# Topic classifier (`models/topic/`)

Assigns each document one of the contract's topic labels ({", ".join(card["labels"])})
with calibrated scores that sum to 1. Used by the `classify` stage.

- **Model:** `{card["model"]["file"]}` — {card["model"]["estimator"]}.
- **Format:** {card["model"]["format"]}. It is our own file; `pipeline.topic.model.load_model`
  checks its sha256 against `card.json` before loading.
- **Input view:** the normalised text without boilerplate lines (character n-grams and the
  cross-lingual keyword map `{data["keyword_map"]}`), and the words as lemmas where the
  tagger ran, else normalised forms. Training ran the stages
  {", ".join(data["preprocessing_stages"])} over each article ({data["lemmatised_articles"]} of
  {data["n"]} came out with lemmas), as a full run does before `classify`.
- **Data:** `{data["train"]}` ({data["n"]} articles we wrote; sha256 `{data["sha256"][:16]}…`),
  labels {data["labels"]}, varieties {data["varieties"]}. Licence: {data["licence"]}.
- **Rebuild:** `{card["training_command"]}`; **evaluate:** `{card["evaluation_command"]}`
  (also scores `corpora/topics/heldout.jsonl`, written separately, when it exists).
- **Versions:** {card["versions"]}.

## Scores (stratified {cv_card["folds"]}-fold cross-validation, seed {cv_card["seed"]})

```
{format_scores("cross-validation", cv)}
```

Cross-validation is on our own training corpus, which one person wrote: expect lower
figures on text written by someone else (see the held-out figures from `evaluate topic`).

## Attempts

| date | n | CV macro-F1 | CV accuracy | note |
|---|---|---|---|---|
{attempts}
"""


def evaluate_heldout(
    path: Path, model_dir: Path | None = None, stages: Sequence[str] = PREPARE_STAGES
) -> Scores:
    """Score the committed model on a split it never saw (never used for tuning)."""
    from pipeline.topic.evaluation import score
    from pipeline.topic.model import load_model

    model = load_model(model_dir)
    examples = load_corpus(path)
    pred = model.predict(prepare([e.text for e in examples], stages))
    return score([e.label for e in examples], [str(p) for p in pred], [e.id for e in examples])
