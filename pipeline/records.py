"""Build the contract's facts record from a processed document."""

from __future__ import annotations

from typing import Any

from pipeline.doc import Document
from pipeline.schema import SCHEMA_VERSION, TOPIC_LABELS

EMPTY_LANGUAGE = {"primary": "und", "shares": {}, "code_mixed": False, "cmi": 0.0, "scripts": {}}


def facts_record(doc: Document) -> dict[str, Any]:
    """One line of facts.jsonl, exactly the contract (../shared/spec/facts.md)."""
    topic = doc.topic or {
        "label": "other",
        "scores": {label: 1.0 if label == "other" else 0.0 for label in TOPIC_LABELS},
    }
    return {
        "schema_version": SCHEMA_VERSION,
        "doc_id": doc.id,
        "source": doc.source,
        "language": doc.language or dict(EMPTY_LANGUAGE),
        "topic": topic,
        "facts": [f.model_dump(mode="json", exclude_none=False) for f in doc.facts],
    }
