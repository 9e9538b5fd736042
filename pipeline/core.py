"""The Pipeline: builds stages from the registry and streams documents through them."""

from __future__ import annotations

import itertools
import time
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.config import PipelineConfig
from pipeline.doc import Document
from pipeline.registry import DEFAULT_ORDER, check_order, pipe_stage, stage_info


@dataclass
class DocumentError:
    """A document that could not be processed, and why (one line of errors.jsonl)."""

    doc_id: str
    source: str
    reason: str
    stage: str = "read"
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "stage": self.stage,
            "reason": self.reason,
            "detail": self.detail,
        }


@dataclass
class Pipeline:
    """Stages in order; ``pipe`` yields each document (or its error) in input order."""

    stages: tuple[str, ...] = DEFAULT_ORDER
    config: PipelineConfig = field(default_factory=PipelineConfig)
    timings: dict[str, float] = field(default_factory=dict, init=False)
    _built: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.stages = tuple(self.stages)
        check_order(self.stages)

    def stage(self, name: str) -> Any:
        """Build a stage on first use (models load here, not at import)."""
        if name not in self._built:
            info = stage_info(name)
            self._built[name] = info.factory(self.config.for_stage(name))
        return self._built[name]

    def pipe(
        self, docs: Iterable[Document | DocumentError], batch_size: int = 16
    ) -> Iterator[Document | DocumentError]:
        it = iter(docs)
        while batch := list(itertools.islice(it, batch_size)):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document | DocumentError]) -> list[Document | DocumentError]:
        results: list[Document | DocumentError] = list(batch)
        for name in self.stages:
            live = [(i, d) for i, d in enumerate(results) if isinstance(d, Document)]
            todo = [(i, d) for i, d in live if name not in d.stages]
            if not todo:
                continue
            stage = self.stage(name)
            t0 = time.perf_counter()
            try:
                done = list(pipe_stage(stage, [d for _, d in todo]))
                for (i, _), d in zip(todo, done, strict=True):
                    d.stages.append(name)
                    results[i] = d
            except Exception:
                # isolate the failing document(s): rerun one by one
                for i, d in todo:
                    results[i] = self._run_one(name, stage, d)
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - t0
        return results

    @staticmethod
    def _run_one(name: str, stage: Any, doc: Document) -> Document | DocumentError:
        try:
            out = stage(doc)
            out.stages.append(name)
            return out
        except Exception as exc:  # one bad document must not stop the run
            return DocumentError(
                doc.id,
                doc.source,
                f"{name} failed: {type(exc).__name__}: {exc}",
                stage=name,
                detail=traceback.format_exc(limit=3),
            )

    def process(self, texts: Iterable[str | Document]) -> Iterator[dict[str, Any]]:
        """The library API: texts in, facts records (as in facts.jsonl) out."""
        from pipeline.records import facts_record

        def as_docs() -> Iterator[Document]:
            for n, t in enumerate(texts):
                yield t if isinstance(t, Document) else Document(id=f"doc{n:05d}", raw=t)

        for item in self.pipe(as_docs()):
            if isinstance(item, DocumentError):
                raise ValueError(f"{item.doc_id}: {item.reason}")
            yield facts_record(item)
