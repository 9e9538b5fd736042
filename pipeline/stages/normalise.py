"""Normalisation: a normalised view of the raw text plus an offset map back to it.

FIRST VERSION (placeholder being replaced): NFC only.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from pipeline.doc import Document, Edit, Normalised
from pipeline.registry import register_stage


class Normaliser:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        edits = []
        for i, ch in enumerate(doc.raw):
            n = unicodedata.normalize("NFC", ch)
            if n != ch:
                edits.append(Edit(i, i + 1, n, "nfc"))
        doc.normalised = Normalised(doc.raw, edits)
        return doc


@register_stage(
    "normalise",
    assigns={"normalised", "boilerplate"},
    reads="documents (JSONL with id and text)",
    writes="documents with `normalised` (edits mapping back to raw) and `boilerplate` spans",
)
def make_normaliser(config: dict[str, Any]) -> Normaliser:
    return Normaliser(config)
