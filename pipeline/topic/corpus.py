"""The labelled topic corpora (corpora/topics/*.jsonl) and turning texts into model input."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.config import REPO_DIR
from pipeline.schema import TOPIC_LABELS

CORPUS_DIR = REPO_DIR / "corpora" / "topics"
TRAIN_PATH = CORPUS_DIR / "train.jsonl"
HELDOUT_PATH = CORPUS_DIR / "heldout.jsonl"
VARIETIES = ("hi", "bn", "hi-Latn", "bn-Latn", "en", "mixed-hi", "mixed-bn")

#: The stages that run before `classify` in a full run; training sees texts the same way.
PREPARE_STAGES = ("normalise", "tokenise", "detect", "tag")
#: Without the tagger (faster; the words block then sees normalised forms, not lemmas).
UNTAGGED_STAGES = ("normalise", "tokenise")


@dataclass(frozen=True)
class Example:
    id: str
    label: str
    variety: str
    text: str


def load_corpus(path: Path) -> list[Example]:
    """Read and check a topic corpus file (format in corpora/topics/README.md)."""
    examples: list[Example] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            d = json.loads(line)
            where = f"{path}:{n}"
            if d.get("label") not in TOPIC_LABELS:
                raise ValueError(f"{where}: unknown label {d.get('label')!r}")
            if d.get("variety") not in VARIETIES:
                raise ValueError(f"{where}: unknown variety {d.get('variety')!r}")
            if not str(d.get("text", "")).strip():
                raise ValueError(f"{where}: empty text")
            if d["id"] in seen:
                raise ValueError(f"{where}: duplicate id {d['id']!r}")
            seen.add(d["id"])
            examples.append(Example(str(d["id"]), d["label"], d["variety"], d["text"]))
    return examples


def prepare(
    texts: Sequence[str],
    stages: Sequence[str] = PREPARE_STAGES,
    report: dict[str, int] | None = None,
) -> np.ndarray:
    """Run the pipeline's earlier stages over raw texts and build the model's input.

    ``report``, when given, receives how many texts came out with lemmas (tagged).
    """
    from pipeline.core import DocumentError, Pipeline
    from pipeline.doc import Document
    from pipeline.topic.features import as_model_input, document_view

    pipe = Pipeline(stages=tuple(stages))
    docs = (Document(id=f"t{i:05d}", raw=t) for i, t in enumerate(texts))
    views = []
    for item in pipe.pipe(docs, batch_size=32):
        if isinstance(item, DocumentError):
            raise ValueError(f"could not prepare text {item.doc_id}: {item.reason}")
        views.append(document_view(item))
        if report is not None:
            tagged = any(t.lemma for t in item.tokens)
            report["lemmatised"] = report.get("lemmatised", 0) + int(tagged)
    return as_model_input(views)
