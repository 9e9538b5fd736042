"""Read a run's output folder into plain Python objects the report sections work from."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WORD_KINDS_EXCLUDED = {"punct", "symbol", "number", "url", "email"}
NON_LANGUAGES = {None, "", "univ", "und"}


@dataclass
class RunData:
    """Everything a run wrote that the report reads; missing files read as empty."""

    out_dir: Path
    records: list[dict[str, Any]] = field(default_factory=list)  # facts.jsonl
    documents: list[dict[str, Any]] = field(default_factory=list)  # documents.jsonl
    errors: list[dict[str, Any]] = field(default_factory=list)  # errors.jsonl
    run: dict[str, Any] = field(default_factory=dict)  # run.json

    def topic_of(self, doc_id: str) -> str:
        return self._topics.get(doc_id, "other")

    def __post_init__(self) -> None:
        self._topics = {
            r["doc_id"]: (r.get("topic") or {}).get("label", "other") for r in self.records
        }

    def facts(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """Every (record, fact) pair, in document order."""
        return [(rec, fact) for rec in self.records for fact in rec.get("facts", [])]


def load_run(out_dir: Path) -> RunData:
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FileNotFoundError(f"no run folder at {out_dir}")
    run_path = out_dir / "run.json"
    return RunData(
        out_dir=out_dir,
        records=_jsonl(out_dir / "facts.jsonl"),
        documents=_jsonl(out_dir / "documents.jsonl"),
        errors=_jsonl(out_dir / "errors.jsonl"),
        run=json.loads(run_path.read_text(encoding="utf-8")) if run_path.exists() else {},
    )


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def tokens(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [t for s in doc.get("sentences", []) for t in s.get("tokens", [])]


def is_word(tok: dict[str, Any]) -> bool:
    """A token that counts as a word of some language: no punctuation, numbers, URLs, univ."""
    return tok.get("kind") not in WORD_KINDS_EXCLUDED and tok.get("lang") not in NON_LANGUAGES


def boilerplate_chars(doc: dict[str, Any]) -> int:
    """Characters of raw inside boilerplate spans (overlaps merged)."""
    spans = sorted((b["start"], b["end"]) for b in doc.get("boilerplate", []))
    total, cur_s, cur_e = 0, None, None
    for s, e in spans:
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += cur_e - cur_s
    return total
