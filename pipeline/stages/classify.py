"""Topic classification with the committed scikit-learn model (models/topic/).

The model sees the same view of a document as in training (``document_view``): the
normalised text without boilerplate, and lemmas where the tagger ran. Scores are calibrated
probabilities over every contract label and sum to 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pipeline.doc import Document
from pipeline.registry import register_stage


class TopicClassifier:
    def __init__(self, config: dict[str, Any]) -> None:
        from pipeline.topic.model import load_model

        self.config = config
        model_dir = config.get("model_dir")
        self.model = load_model(Path(model_dir) if model_dir else None)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        from pipeline.topic.features import as_model_input, document_view
        from pipeline.topic.model import scores_of

        batch = list(docs)
        if not batch:
            return
        X = as_model_input([document_view(d) for d in batch])  # noqa: N806
        for doc, scores in zip(batch, scores_of(self.model, X), strict=True):
            doc.topic = {"label": max(scores, key=scores.__getitem__), "scores": scores}
            yield doc

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))


@register_stage(
    "classify",
    requires={"tokens"},
    uses={"lemma"},
    assigns={"topic"},
    reads="tokenised documents (tagged first when run alone, for lemmas)",
    writes="documents with `topic` (label and a score per label summing to 1)",
)
def make_classifier(config: dict[str, Any]) -> TopicClassifier:
    return TopicClassifier(config)
