"""A whole run: inputs through every stage into the output folder, written atomically."""

from __future__ import annotations

import platform
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from tqdm import tqdm

from pipeline.config import REPO_DIR, PipelineConfig, models_dir
from pipeline.core import DocumentError, Pipeline
from pipeline.io.readers import DEFAULT_MAX_BYTES, read_inputs
from pipeline.io.writers import atomic_open, conllu_block, dumps_line, write_json
from pipeline.models import sha256_file
from pipeline.records import facts_record
from pipeline.schema import facts_json_schema

SAMPLE_CORPUS = REPO_DIR / "corpora" / "samples"
ALL_FORMATS = ("jsonl", "csv", "parquet")


@dataclass
class RunSummary:
    documents: int = 0
    failed: int = 0
    sentences: int = 0
    tokens: int = 0
    facts: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return self.failed == 0


def progress(items: Iterable[Any], quiet: bool, total: int | None = None) -> Iterator[Any]:
    """A progress bar on standard error, only for a terminal and when not --quiet."""
    show = not quiet and sys.stderr.isatty()
    yield from tqdm(items, total=total, disable=not show, unit="doc", file=sys.stderr)


def run(
    inputs: list[str],
    out_dir: Path,
    *,
    formats: Iterable[str] = ("jsonl",),
    quiet: bool = False,
    config: PipelineConfig | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    report: bool = True,
) -> RunSummary:
    """Run every stage over ``inputs`` and write the run's outputs into ``out_dir``."""
    inputs = inputs or [_shown_path(SAMPLE_CORPUS)]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pipe = Pipeline(config=config or PipelineConfig())
    summary = RunSummary()
    started = datetime.now(UTC).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    records: list[dict[str, Any]] = []
    with ExitStack() as stack:
        facts_fh = stack.enter_context(atomic_open(out_dir / "facts.jsonl"))
        docs_fh = stack.enter_context(atomic_open(out_dir / "documents.jsonl"))
        conllu_fh = stack.enter_context(atomic_open(out_dir / "tagged.conllu"))
        errors_fh = stack.enter_context(atomic_open(out_dir / "errors.jsonl"))
        for item in progress(pipe.pipe(read_inputs(inputs, max_bytes)), quiet):
            summary.documents += 1
            if isinstance(item, DocumentError):
                summary.failed += 1
                errors_fh.write(dumps_line(item.to_dict()))
                if not quiet:
                    print(f"error: {item.doc_id}: {item.reason}", file=sys.stderr)
                continue
            record = facts_record(item)
            records.append(record)
            summary.sentences += len(item.sentences)
            summary.tokens += sum(len(s.tokens) for s in item.sentences)
            summary.facts.update(f["type"] for f in record["facts"])
            facts_fh.write(dumps_line(record))
            docs_fh.write(dumps_line(item.to_dict()))
            conllu_fh.write(conllu_block(item))
    write_json(out_dir / "facts.schema.json", facts_json_schema())
    write_tables(records, out_dir, formats)
    write_json(
        out_dir / "run.json",
        run_info(pipe, summary, inputs, started, time.perf_counter() - t0, formats),
    )
    if report:
        from pipeline.report import write_report

        write_report(out_dir)
    return summary


def _shown_path(path: Path) -> str:
    """Relative to the working folder when inside it, so committed outputs name no machine."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def write_tables(records: list[dict[str, Any]], out_dir: Path, formats: Iterable[str]) -> None:
    """Flat one-row-per-fact tables (facts.csv, facts.parquet) for other systems."""
    formats = set(formats)
    if not formats & {"csv", "parquet"}:
        return
    from pipeline.io.tables import write_fact_tables

    write_fact_tables(records, out_dir, formats)


def model_files() -> list[dict[str, Any]]:
    root = models_dir()
    if not root.is_dir():
        return []
    files = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix not in {".md", ".json"} and not p.name.startswith("."):
            files.append(
                {
                    "path": str(p.relative_to(root)),
                    "bytes": p.stat().st_size,
                    "sha256": sha256_file(p),
                }
            )
    return files


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def run_info(
    pipe: Pipeline,
    summary: RunSummary,
    inputs: list[str],
    started: str,
    seconds: float,
    formats: Iterable[str],
) -> dict[str, Any]:
    stages_status = {}
    for name in pipe.stages:
        stage = pipe._built.get(name)
        status = getattr(stage, "status", None)
        stages_status[name] = status() if callable(status) else {"available": stage is not None}
    return {
        "started": started,
        "seconds": round(seconds, 3),
        "inputs": inputs,
        "formats": sorted(set(formats) | {"jsonl"}),
        "documents": {
            "total": summary.documents,
            "ok": summary.documents - summary.failed,
            "failed": summary.failed,
            "sentences": summary.sentences,
            "tokens": summary.tokens,
        },
        "facts": dict(summary.facts),
        "stage_seconds": {k: round(v, 4) for k, v in pipe.timings.items()},
        "stages": stages_status,
        "models": model_files(),
        "config": pipe.config.to_dict(),
        "versions": {
            "python": platform.python_version(),
            "career-pipeline": _version("career-pipeline"),
            **{
                d: _version(d)
                for d in ("stanza", "torch", "scikit-learn", "indic-nlp-library", "langdetect")
            },
        },
    }
