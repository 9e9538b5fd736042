"""The annotated extraction corpus is valid, matches its sources and is big enough."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.config import REPO_DIR
from pipeline.schema import parse_fact

CORPUS = REPO_DIR / "corpora" / "annotated"
VARIETIES = {"hi", "bn", "hi-Latn", "bn-Latn", "en", "mixed-hi", "mixed-bn"}
# words that mark a figure as a fee, price, revenue or count rather than pay
DISTRACTOR_WORDS = re.compile(
    r"fee|fees|फीस|शुल्क|ফি|price|कीमत|দাম|dam|revenue|राजस्व|turnover|রপ্তানি|export|"
    r"deposit|करोड़|কোটি|koti|crore|helpline|हेल्पलाइन|হেল্পলাইন|प्रतिशत|percent|%"
)


def _load(split: str) -> list[dict]:
    path = CORPUS / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _build_module():
    spec = importlib.util.spec_from_file_location("annotated_build", CORPUS / "build.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict]]:
    return {"train": _load("train"), "test": _load("test")}


def test_every_gold_fact_points_at_its_text_and_fits_the_contract(splits) -> None:
    rounds = {1, *_build_module().ROUND_DIRS.values()}
    for articles in splits.values():
        for art in articles:
            assert set(art) - {"round"} == {"id", "variety", "text", "facts"}
            assert art.get("round", 1) in rounds
            assert art["variety"] in VARIETIES
            for f in art["facts"]:
                assert art["text"][f["start"] : f["end"]] == f["text"], (art["id"], f)
                assert "sentence" not in f and "confidence" not in f
                parse_fact({**f, "sentence": 0, "confidence": 1.0})  # raises when invalid


def test_sizes_and_split(splits) -> None:
    train, test = splits["train"], splits["test"]
    assert len(train) + len(test) >= 60
    assert len(test) >= 20
    assert not {a["id"] for a in train} & {a["id"] for a in test}
    # stratified: every variety is in both splits
    assert {a["variety"] for a in test} == VARIETIES == {a["variety"] for a in train}
    # the test split alone can measure the three targeted fact types
    kinds = Counter(f["type"] for a in test for f in a["facts"])
    assert kinds["salary"] >= 20 and kinds["qualification"] >= 20 and kinds["experience"] >= 10


def test_articles_without_salary_and_with_distractor_figures_are_present(splits) -> None:
    articles = splits["train"] + splits["test"]
    no_salary = [a for a in articles if not any(f["type"] == "salary" for f in a["facts"])]
    assert len(no_salary) >= 5
    # figures outside every salary span, next to a fee/price/revenue/count word
    distractors = 0
    for art in articles:
        spans = [(f["start"], f["end"]) for f in art["facts"] if f["type"] == "salary"]
        for m in re.finditer(r"[\d০-৯०-९][\d০-৯०-९,.]*", art["text"]):
            if any(s <= m.start() < e for s, e in spans):
                continue
            window = art["text"][max(0, m.start() - 40) : m.end() + 40]
            distractors += bool(DISTRACTOR_WORDS.search(window))
    assert distractors >= 30


def test_every_script_style_of_amount_is_covered(splits) -> None:
    texts = [f["text"] for a in splits["train"] + splits["test"] for f in a["facts"]
             if f["type"] == "salary"]  # fmt: skip
    assert any(re.search("[०-९]", t) for t in texts)  # Devanagari digits
    assert any(re.search("[০-৯]", t) for t in texts)  # Bengali digits
    assert any(re.search(r"\d,\d\d,\d{3}", t) for t in texts)  # Indian grouping
    assert any("LPA" in t for t in texts) and any(re.search(r"\dk\b", t) for t in texts)
    assert any(re.search("हजार|হাজার|hazaar|hajar", t) and not re.search(r"\d", t) for t in texts)


def test_the_jsonl_files_are_what_build_py_makes_from_the_sources(splits, tmp_path) -> None:
    build = _build_module()
    assert build.main(["--out", str(tmp_path)]) == 0
    for split in ("train", "test"):
        rebuilt = (tmp_path / f"{split}.jsonl").read_text(encoding="utf-8")
        assert rebuilt == (CORPUS / f"{split}.jsonl").read_text(encoding="utf-8"), split


def test_build_rejects_a_fact_that_is_not_in_the_text_or_cuts_a_word() -> None:
    build = _build_module()
    text = "डाटा एंट्री ऑपरेटर को 9000 रूपए मिलते हैं। ग्रेजुएट और स्नातकोत्तर दोनों"
    with pytest.raises(build.CorpusError, match="not found"):
        build.build_fact(text, {"type": "role", "text": "टेलीकॉलर", "name": "telecaller"})
    with pytest.raises(build.CorpusError, match="cuts a word"):
        build.build_fact(text, {"type": "qualification", "text": "स्नातक", "level": "graduate"})
    with pytest.raises(build.CorpusError, match="lacks 'period'"):
        build.build_fact(text, {"type": "salary", "text": "9000 रूपए", "min": 9000, "max": 9000,
                                "currency": "INR"})  # fmt: skip
    ok = build.build_fact(text, {"type": "salary", "text": "9000 रूपए", "min": 9000, "max": 9000,
                                 "currency": "INR", "period": None})  # fmt: skip
    assert text[ok["start"] : ok["end"]] == "9000 रूपए" and ok["min"] == 9000.0


def test_corpus_readme_describes_the_split_sizes(splits) -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert f"{len(splits['train'])} articles" in readme
    assert f"{len(splits['test'])} articles" in readme


def test_sources_are_ours(splits) -> None:
    """Guard against pasting seed text: no 40-character run of a seed appears in the corpus."""
    from pipeline.config import seeds_dir

    seeds = sorted(Path(seeds_dir()).glob("*")) if Path(seeds_dir()).exists() else []
    if not seeds:
        pytest.skip(f"no seed articles at {seeds_dir()}")
    corpus = "\n".join(a["text"] for a in splits["train"] + splits["test"])
    for seed in seeds:
        text = seed.read_text(encoding="utf-8", errors="replace")
        for i in range(0, max(len(text) - 40, 0), 20):
            chunk = text[i : i + 40]
            if chunk.strip() and len(set(chunk)) > 10:
                assert chunk not in corpus, (seed.name, chunk)


def test_later_rounds_go_to_test_until_tuned_on_and_leave_the_round_one_split_alone(
    splits,
) -> None:
    build = _build_module()
    for art in splits["train"] + splits["test"]:
        rnd = art.get("round", 1)
        if rnd != 1:
            tuned = rnd in build.DEVELOPMENT_ROUNDS
            assert (art in splits["train"]) == tuned, (art["id"], rnd)
    later = [a for a in splits["train"] + splits["test"] if a.get("round", 1) != 1]
    per_round = Counter(a["round"] for a in later)
    assert per_round[2] >= 18 and per_round[3] >= 21, per_round
    for rnd in per_round:
        per_variety = Counter(a["variety"] for a in later if a["round"] == rnd)
        assert all(per_variety[v] >= 2 for v in build.VARIETIES), (rnd, per_variety)
    # the round-1 split is what the hashed split gives on round 1 alone
    round1 = [a for a in splits["train"] + splits["test"] if "round" not in a]
    train1, test1 = build.split(round1)
    assert {a["id"] for a in train1} == {a["id"] for a in splits["train"] if "round" not in a}
    assert {a["id"] for a in test1} == {a["id"] for a in splits["test"] if "round" not in a}


@pytest.mark.parametrize("rnd", [2, 3, 4])
def test_later_rounds_salaries_include_open_bounds_native_digits_and_both_currencies(
    splits, rnd
) -> None:
    articles = splits["train"] + splits["test"]
    salaries = [f for a in articles if a.get("round") == rnd for f in a["facts"]
                if f["type"] == "salary"]  # fmt: skip
    assert any(f["min"] is None for f in salaries) and any(f["max"] is None for f in salaries)
    assert {f["currency"] for f in salaries} >= {"INR", "BDT"}
    assert {f["period"] for f in salaries} >= {None, "day", "week", "month", "year"}
    assert any(re.search("[০-৯]", f["text"]) for f in salaries)
    assert any(re.search("[०-९]", f["text"]) for f in salaries)
