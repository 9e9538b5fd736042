"""Topic classification.

FIRST VERSION (placeholder being replaced): uniform scores.
"""

from __future__ import annotations

from typing import Any

from pipeline.doc import Document
from pipeline.registry import register_stage
from pipeline.schema import TOPIC_LABELS


class TopicClassifier:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        scores = {label: 1 / len(TOPIC_LABELS) for label in TOPIC_LABELS}
        doc.topic = {"label": "other", "scores": scores}
        return doc


@register_stage(
    "classify",
    requires={"tokens"},
    assigns={"topic"},
    reads="tokenised documents",
    writes="documents with `topic` (label and a score per label summing to 1)",
)
def make_classifier(config: dict[str, Any]) -> TopicClassifier:
    return TopicClassifier(config)
