"""POS, lemma and named entities from our own offline stanza models.

FIRST VERSION (placeholder being replaced): no models yet, so nothing is tagged and
the documents say so; nothing pretends to tag.
"""

from __future__ import annotations

from typing import Any

from pipeline.doc import Document
from pipeline.registry import register_stage


class Tagger:
    available = False

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    def status(self) -> dict[str, Any]:
        return {"available": False, "reason": "no tagger models committed yet"}

    def __call__(self, doc: Document) -> Document:
        doc.notes["tag"] = {"tagged": False}
        return doc


@register_stage(
    "tag",
    requires={"tokens", "language"},
    assigns={"upos", "lemma", "ner"},
    reads="documents with tokens and languages",
    writes="documents whose tokens carry `upos`, `lemma` and (Bengali) `ner`",
)
def make_tagger(config: dict[str, Any]) -> Tagger:
    return Tagger(config)
