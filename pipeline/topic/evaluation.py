"""Scores for the topic classifier: stratified cross-validation and the held-out split."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from pipeline.schema import TOPIC_LABELS


@dataclass
class Scores:
    """Accuracy, macro-F1, per-label F1 and a confusion matrix (rows gold, columns predicted)."""

    n: int
    accuracy: float
    macro_f1: float
    per_label_f1: dict[str, float]
    confusion: list[list[int]]
    labels: list[str] = field(default_factory=lambda: list(TOPIC_LABELS))
    folds: list[dict[str, float]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def score(gold: list[str], pred: list[str], ids: list[str] | None = None) -> Scores:
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

    labels = list(TOPIC_LABELS)
    per = f1_score(gold, pred, labels=labels, average=None, zero_division=0)
    present = [lab for lab in labels if lab in set(gold)]
    return Scores(
        n=len(gold),
        accuracy=float(accuracy_score(gold, pred)),
        # macro over the labels that occur in the gold data
        macro_f1=float(f1_score(gold, pred, labels=present, average="macro", zero_division=0)),
        per_label_f1={lab: float(f) for lab, f in zip(labels, per, strict=True)},
        confusion=confusion_matrix(gold, pred, labels=labels).tolist(),
        errors=[
            {"id": i, "gold": g, "pred": p}
            for i, g, p in zip(ids or [""] * len(gold), gold, pred, strict=True)
            if g != p
        ],
    )


def cross_validate(
    X: np.ndarray,  # noqa: N803
    y: list[str],
    ids: list[str],
    folds: int = 5,
    seed: int = 0,
    build: Any = None,
) -> Scores:
    """Stratified k-fold with a fixed seed; pooled predictions give the matrix, folds the spread."""
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import StratifiedKFold

    from pipeline.topic.model import build_model

    build = build or (lambda: build_model(seed=seed))
    y_arr = np.asarray(y)
    pred = np.empty(len(y), dtype=object)
    per_fold = []
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(X, y_arr):
        model = build().fit(X[train], y_arr[train])
        pred[test] = model.predict(X[test])
        per_fold.append(
            {
                "accuracy": float(accuracy_score(y_arr[test], pred[test])),
                "macro_f1": float(f1_score(y_arr[test], list(pred[test]), average="macro")),
            }
        )
    result = score(list(y), [str(p) for p in pred], ids)
    result.folds = per_fold
    return result


def ablations(
    X: np.ndarray,  # noqa: N803
    y: list[str],
    folds: int = 5,
    seed: int = 0,
) -> list[tuple[str, Scores]]:
    """Cross-validation with feature blocks dropped: how much each block carries."""
    from pipeline.topic.model import build_model

    variants = {
        "without concepts": ["concepts"],
        "without chars": ["chars"],
        "without words": ["words"],
        "concepts only": ["chars", "words"],
        "chars only": ["words", "concepts"],
    }
    out = []
    for name, dropped in variants.items():

        def build(dropped: list[str] = dropped) -> Any:
            return build_model(seed=seed).set_params(
                **{f"features__{block}": "drop" for block in dropped}
            )

        out.append((name, cross_validate(X, y, [""] * len(y), folds, seed, build)))
    return out


def format_scores(title: str, s: Scores) -> str:
    """A plain-text block: headline figures, per-label F1, confusion matrix."""
    lines = [f"{title}: n={s.n}  accuracy={s.accuracy:.3f}  macro-F1={s.macro_f1:.3f}"]
    if s.folds:
        f1s = [f["macro_f1"] for f in s.folds]
        lines.append(
            "  per-fold macro-F1: "
            + " ".join(f"{f:.3f}" for f in f1s)
            + f"  (mean {np.mean(f1s):.3f} ± {np.std(f1s):.3f})"
        )
    lines.append("  per-label F1: " + "  ".join(f"{k}={v:.2f}" for k, v in s.per_label_f1.items()))
    short = [lab[:8] for lab in s.labels]
    lines.append("  confusion matrix (rows gold, columns predicted):")
    lines.append("  " + " " * 16 + " ".join(f"{h:>8}" for h in short))
    for lab, row in zip(s.labels, s.confusion, strict=True):
        lines.append(f"  {lab:>16}" + " ".join(f"{v:>8}" for v in row))
    return "\n".join(lines)
