"""Fact extraction.

FIRST VERSION (placeholder being replaced): finds nothing.
"""

from __future__ import annotations

from typing import Any

from pipeline.doc import Document
from pipeline.registry import register_stage


class FactExtractor:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        return doc


@register_stage(
    "extract",
    requires={"tokens", "language"},
    assigns={"facts"},
    reads="documents with tokens and languages (tags used where present)",
    writes="documents with `facts` (the contract's fact objects, raw offsets)",
)
def make_extractor(config: dict[str, Any]) -> FactExtractor:
    return FactExtractor(config)
