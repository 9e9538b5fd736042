"""facts.csv and facts.parquet: one row per fact, the document's language and topic beside it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.io.tables import COLUMNS, write_fact_tables


def _records(run: Path) -> list[dict]:
    return [json.loads(line) for line in (run / "facts.jsonl").read_text("utf-8").splitlines()]


def test_parquet_has_one_row_per_fact_with_contract_values(hand_run: Path) -> None:
    table = pq.read_table(hand_run / "facts.parquet")
    assert table.column_names == list(COLUMNS)
    rows = table.to_pylist()
    facts = [(r, f) for r in _records(hand_run) for f in r["facts"]]
    assert len(rows) == len(facts) == 16
    for row, (rec, fact) in zip(rows, facts, strict=True):
        assert row["doc_id"] == rec["doc_id"]
        assert row["language_primary"] == rec["language"]["primary"]
        assert row["topic_label"] == rec["topic"]["label"]
        assert row["topic_score"] == rec["topic"]["scores"][rec["topic"]["label"]]
        for key, value in fact.items():
            assert row[key] == value, key
        # fields of other fact types are null, never invented
        for key in ("min", "max", "currency", "period", "level", "min_years", "name"):
            if key not in fact:
                assert row[key] is None, key


def test_csv_matches_parquet(hand_run: Path) -> None:
    with (hand_run / "facts.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(COLUMNS)
    parquet = pq.read_table(hand_run / "facts.parquet").to_pylist()
    assert len(rows) == len(parquet)
    salary = next(r for r in rows if r["text"] == "১৫,০০০ থেকে ২৫,০০০ টাকা")
    assert (float(salary["min"]), float(salary["max"]), salary["currency"]) == (15000, 25000, "BDT")
    assert salary["period"] == "" and salary["level"] == ""  # null as an empty cell
    fresher = next(r for r in rows if r["type"] == "experience" and r["text"] == "फ्रेशर")
    assert fresher["fresher"] == "true"


def test_formats_choose_the_files_and_nothing_half_written(tmp_path: Path) -> None:
    rec = {
        "doc_id": "a",
        "source": "s",
        "language": {"primary": "hi", "code_mixed": False, "cmi": 0.0},
        "topic": {"label": "bpo", "scores": {"bpo": 1.0}},
        "facts": [],
    }
    write_fact_tables([rec], tmp_path, {"csv"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv"]
    assert (tmp_path / "facts.csv").read_text("utf-8").strip() == ",".join(COLUMNS)
    write_fact_tables([rec], tmp_path, {"parquet"})
    assert pq.read_table(tmp_path / "facts.parquet").num_rows == 0
    assert not list(tmp_path.glob(".*.part"))
