"""The five seed articles (../shared/seeds): every stated pay figure and qualification is
found with its values, and every fact's text is raw[start:end].

The seeds are third-party text, read from the shared folder and never copied here; the
tests skip when the folder is absent. Expectations are values, keyed by the seed's file
number, not its sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import seeds_dir

SEEDS = seeds_dir()
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS}")

# (min, max, currency, period) of every pay figure each seed states.
SALARIES = {
    "001": [(9000, 15000, "INR", "month")],  # the Hindi BPO/KPO article
    # The Bengali BPO-pay article: "টাকা" with no place or sign that points to Bangladesh,
    # so the project's default (INR, marked currency_inferred) applies; the first range
    # states no period, the second ("মাসিক ... পর্যন্ত") is an upper bound per month.
    "003": [(5000, 25000, "INR", None), (None, 10000, "INR", "month")],
    "004": [(15000, 15000, "INR", None), (20000, 30000, "INR", None)],
}
# (level, field) of every qualification each seed states.
QUALIFICATIONS = {
    "000": [("graduate", "science"), ("graduate", "maths")],
    "004": [
        ("higher_secondary", None),  # the requirements list
        ("higher_secondary", None),  # the education paragraph
        ("secondary", None),  # the documents list: high-school certificate
        ("higher_secondary", None),  # ... and intermediate certificate
    ],
}


@pytest.fixture(scope="module")
def seed_facts() -> dict[str, tuple[str, list[dict]]]:
    from pipeline.core import Pipeline
    from pipeline.doc import Document

    paths = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md", ".html"))
    docs = [Document(id=p.stem, raw=p.read_text(encoding="utf-8"), source=str(p)) for p in paths]
    pipeline = Pipeline(stages=("normalise", "tokenise", "detect", "extract"))
    out = {}
    for doc in pipeline.pipe(docs):
        assert isinstance(doc, Document), doc
        out[doc.id[:3]] = (doc.raw, [f.model_dump(mode="json") for f in doc.facts])
    return out


def _seed(seed_facts, number: str) -> tuple[str, list[dict]]:
    if number not in seed_facts:
        pytest.skip(f"seed {number} not found in {SEEDS}")
    return seed_facts[number]


@pytest.mark.parametrize("number", sorted(SALARIES))
def test_every_pay_figure(seed_facts, number: str) -> None:
    _, facts = _seed(seed_facts, number)
    found = [
        (f["min"], f["max"], f["currency"], f["period"]) for f in facts if f["type"] == "salary"
    ]
    assert found == SALARIES[number]


@pytest.mark.parametrize("number", sorted(QUALIFICATIONS))
def test_every_qualification(seed_facts, number: str) -> None:
    _, facts = _seed(seed_facts, number)
    found = [(f["level"], f["field"]) for f in facts if f["type"] == "qualification"]
    assert found == QUALIFICATIONS[number]


def test_taka_is_marked_inferred(seed_facts) -> None:
    _, facts = _seed(seed_facts, "003")
    assert all(f.get("currency_inferred") for f in facts if f["type"] == "salary")


def test_every_fact_points_into_the_raw_text(seed_facts) -> None:
    assert seed_facts, "no seeds were processed"
    for raw, facts in seed_facts.values():
        for f in facts:
            assert f["text"] == raw[f["start"] : f["end"]], f
            assert 0 <= f["confidence"] <= 1


def test_facts_in_document_order(seed_facts) -> None:
    for _, facts in seed_facts.values():
        starts = [f["start"] for f in facts]
        assert starts == sorted(starts)


def test_seed_folder_is_not_copied_into_the_repo() -> None:
    repo = Path(__file__).resolve().parents[2]
    for seed in SEEDS.iterdir():
        assert not (repo / "tests" / seed.name).exists()
