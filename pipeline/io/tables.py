"""Flat fact tables: one row per fact, with its document's language and topic.

Other systems (spreadsheets, pandas, Spark) load these without knowing the nested
facts contract; ``facts.jsonl`` stays the authoritative form.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline.io.writers import atomic_open

# Column name -> arrow type. Type-specific fields are null where a fact type lacks them.
COLUMNS: dict[str, pa.DataType] = {
    "doc_id": pa.string(),
    "source": pa.string(),
    "language_primary": pa.string(),
    "code_mixed": pa.bool_(),
    "cmi": pa.float64(),
    "topic_label": pa.string(),
    "topic_score": pa.float64(),
    "type": pa.string(),
    "text": pa.string(),
    "start": pa.int64(),
    "end": pa.int64(),
    "sentence": pa.int64(),
    "confidence": pa.float64(),
    "min": pa.float64(),
    "max": pa.float64(),
    "currency": pa.string(),
    "period": pa.string(),
    "role": pa.string(),
    "level": pa.string(),
    "degree": pa.string(),
    "field": pa.string(),
    "min_years": pa.float64(),
    "max_years": pa.float64(),
    "fresher": pa.bool_(),
    "name": pa.string(),
    "normalized": pa.string(),
}
_DOC_COLUMNS = (
    "doc_id",
    "source",
    "language_primary",
    "code_mixed",
    "cmi",
    "topic_label",
    "topic_score",
)


def fact_rows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One flat dict per fact, every column present (None where not applicable)."""
    rows = []
    for rec in records:
        lang = rec.get("language") or {}
        topic = rec.get("topic") or {}
        label = topic.get("label")
        doc = {
            "doc_id": rec.get("doc_id"),
            "source": rec.get("source"),
            "language_primary": lang.get("primary"),
            "code_mixed": lang.get("code_mixed"),
            "cmi": lang.get("cmi"),
            "topic_label": label,
            "topic_score": (topic.get("scores") or {}).get(label),
        }
        for fact in rec.get("facts", []):
            row = dict.fromkeys(COLUMNS)
            row.update(doc)
            for col in COLUMNS:
                if col not in _DOC_COLUMNS and col in fact:
                    row[col] = fact[col]
            rows.append(row)
    return rows


def fact_table(records: Iterable[dict[str, Any]]) -> pa.Table:
    rows = fact_rows(records)
    schema = pa.schema([(name, typ) for name, typ in COLUMNS.items()])
    return pa.Table.from_pylist(rows, schema=schema)


def write_fact_tables(records: list[dict[str, Any]], out_dir: Path, formats: set[str]) -> None:
    """Write ``facts.csv`` and/or ``facts.parquet`` (as ``formats`` asks) into ``out_dir``."""
    out_dir = Path(out_dir)
    if "csv" in formats:
        with atomic_open(out_dir / "facts.csv") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(COLUMNS), lineterminator="\n")
            writer.writeheader()
            for row in fact_rows(records):
                writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    if "parquet" in formats:
        import pyarrow.parquet as pq

        with atomic_open(out_dir / "facts.parquet", "wb") as fh:
            pq.write_table(fact_table(records), fh)


def _csv_cell(value: Any) -> Any:
    # empty cell for null; booleans as true/false like the JSON
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
