"""report.html from a run's output folder.

FIRST VERSION (placeholder being replaced by the full report): counts, language mix, facts.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path

from pipeline.io.writers import read_jsonl_file, write_text


def write_report(out_dir: Path) -> Path:
    out_dir = Path(out_dir)
    records = read_jsonl_file(out_dir / "facts.jsonl")
    errors = read_jsonl_file(out_dir / "errors.jsonl")
    langs = Counter(r["language"]["primary"] for r in records)
    rows = []
    for r in records:
        facts = "".join(
            f"<li>{html.escape(f['type'])}: {html.escape(f['text'])}</li>" for f in r["facts"]
        )
        rows.append(f"<h3>{html.escape(r['doc_id'])}</h3><ul>{facts}</ul>")
    page = (
        "<!doctype html><meta charset='utf-8'><title>career-pipeline report</title>"
        f"<h1>career-pipeline report</h1><p>{len(records)} documents, {len(errors)} errors</p>"
        f"<pre>{html.escape(json.dumps(dict(langs), ensure_ascii=False))}</pre>" + "".join(rows)
    )
    path = out_dir / "report.html"
    write_text(path, page)
    return path
