"""The extraction scorer on small hand-made gold/prediction pairs."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.evaluation.extraction import (
    Article,
    Counts,
    evaluate,
    format_report,
    load_gold,
    match,
    values_agree,
)

HI = "फ्रेशर को 8500 रूपए से लेकर 14000 रूपए प्रति माह मिलते हैं। 12वीं पास चाहिए।"
BN = "কলকাতায় বেতন মাসে ১২,০০০ থেকে ১৮,০০০ টাকা, অন্তত ২ বছরের অভিজ্ঞতা চাই।"


def fact(text: str, raw: str, ftype: str, **fields: object) -> dict:
    start = raw.index(text)
    return {"type": ftype, "text": text, "start": start, "end": start + len(text), **fields}


def hi_salary(**changes: object) -> dict:
    base = fact(
        "8500 रूपए से लेकर 14000 रूपए", HI, "salary",
        min=8500, max=14000, currency="INR", period="month",
    )  # fmt: skip
    return {**base, **changes}


def gold_articles() -> list[Article]:
    return [
        Article(
            "hi-x",
            "hi",
            HI,
            [
                fact("फ्रेशर", HI, "experience", min_years=None, max_years=None, fresher=True),
                hi_salary(),
                fact("12वीं", HI, "qualification", level="higher_secondary"),
            ],
        ),
        Article(
            "bn-x",
            "bn",
            BN,
            [
                fact(
                    "১২,০০০ থেকে ১৮,০০০ টাকা",
                    BN,
                    "salary",
                    min=12000,
                    max=18000,
                    currency="INR",
                    period="month",
                ),  # fmt: skip
                fact("অন্তত ২ বছরের", BN, "experience", min_years=2, max_years=None),
                fact("কলকাতায়", BN, "location", name="কলকাতা", normalized="Kolkata"),
            ],
        ),
    ]


def test_perfect_match_scores_one_everywhere() -> None:
    gold = gold_articles()
    report = evaluate(gold, {a.id: [dict(f) for f in a.facts] for a in gold})
    assert report.overall.f1 == 1.0
    assert report.by_type["salary"].tp == 2
    assert report.variety_overall("bn").f1 == 1.0
    assert report.wrong_offsets == []


def test_predicted_numbers_may_be_int_or_float_and_spans_need_only_overlap() -> None:
    gold = gold_articles()[:1]
    # a narrower span ("14000 रूपए" only) with float values still matches
    values = {"min": 8500.0, "max": 14000.0, "currency": "INR", "period": "month"}
    narrow = fact("14000 रूपए", HI, "salary", **values)
    report = evaluate(gold, {"hi-x": [narrow]})
    assert report.by_type["salary"] == Counts(tp=1, fp=0, fn=0)


def test_wrong_period_is_both_a_false_positive_and_a_false_negative() -> None:
    gold = gold_articles()[:1]
    report = evaluate(gold, {"hi-x": [hi_salary(period="year")]})
    assert report.by_type["salary"] == Counts(tp=0, fp=1, fn=1)
    assert report.by_type["salary"].f1 == 0.0


def test_right_values_on_a_span_that_does_not_overlap_do_not_match() -> None:
    gold = gold_articles()[:1]
    elsewhere = hi_salary(start=0, end=6, text=HI[0:6])  # the "फ्रेशर" span
    report = evaluate(gold, {"hi-x": [elsewhere]})
    assert report.by_type["salary"] == Counts(tp=0, fp=1, fn=1)
    assert report.wrong_offsets == []


def test_a_double_prediction_matches_the_gold_fact_once() -> None:
    gold = gold_articles()[:1]
    report = evaluate(gold, {"hi-x": [hi_salary(), hi_salary()]})
    salary = report.by_type["salary"]
    assert (salary.tp, salary.fp, salary.fn) == (1, 1, 0)
    assert salary.precision == 0.5 and salary.recall == 1.0


def test_no_predictions_and_no_gold() -> None:
    empty = [Article("e", "en", "Five habits of people who get promoted.", [])]
    report = evaluate(empty, {})
    assert report.overall == Counts()
    assert report.overall.f1 == 0.0
    report = evaluate(gold_articles(), {})
    assert report.overall.recall == 0.0 and report.overall.fn == 6


def test_wrong_offsets_are_counted() -> None:
    gold = gold_articles()[:1]
    shifted = hi_salary(start=hi_salary()["start"] + 1, end=hi_salary()["end"] + 1)
    report = evaluate(gold, {"hi-x": [shifted]})
    assert len(report.wrong_offsets) == 1
    assert "wrong offsets: 1" in format_report(report, "t")


def test_matching_finds_the_assignment_that_matches_most() -> None:
    # a wide prediction overlaps both gold figures, a narrow one only the first: pairing the
    # wide one with the first gold fact (as a greedy matcher would) would leave one unmatched
    raw = "वेतन 15,000 रुपये (15,000 रुपये) महीना"
    values = {"min": 15000, "max": 15000, "currency": "INR", "period": "month"}
    g1 = {"type": "salary", "text": "15,000 रुपये", "start": 5, "end": 17, **values}
    g2 = {"type": "salary", "text": "15,000 रुपये", "start": 19, "end": 31, **values}
    assert raw[g1["start"] : g1["end"]] == raw[g2["start"] : g2["end"]] == g1["text"]
    wide = {"type": "salary", "text": raw[5:31], "start": 5, "end": 31, **values}
    narrow = {**g1}
    assert sorted(match([g1, g2], [wide, narrow])) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("gold", "pred", "agree"),
    [
        ({"type": "qualification", "level": "graduate"},
         {"level": "graduate", "degree": "B.A."}, True),
        ({"type": "qualification", "level": "graduate"}, {"level": "postgraduate"}, False),
        ({"type": "experience", "min_years": 2, "max_years": None, "fresher": False},
         {"min_years": 2.0, "max_years": None}, True),
        ({"type": "experience", "min_years": None, "max_years": None, "fresher": True},
         {"min_years": None, "max_years": None, "fresher": False}, False),
        ({"type": "role", "name": "data_entry"}, {"name": "data_entry"}, True),
        ({"type": "location", "name": "ঢাকা", "normalized": "Dhaka"},
         {"name": "ঢাকায়", "normalized": "dhaka"}, True),
        ({"type": "organization", "name": "Infosys", "normalized": None},
         {"name": "INFOSYS"}, True),
        ({"type": "salary", "min": None, "max": 450000, "currency": "INR", "period": "year"},
         {"min": 450000, "max": 450000, "currency": "INR", "period": "year"}, False),
        ({"type": "salary", "min": 5, "max": 8, "currency": "USD", "period": "hour"},
         {"min": 5, "max": 8, "currency": "BDT", "period": "hour"}, False),
    ],
)  # fmt: skip
def test_values_agree(gold: dict, pred: dict, agree: bool) -> None:
    assert values_agree(gold, {"type": gold["type"], **pred}) is agree


def test_cli_scores_a_split_with_the_pipeline(tmp_path) -> None:
    from pipeline.cli.app import _register, app
    from pipeline.registry import prerequisites

    _register()
    with (tmp_path / "test.jsonl").open("w", encoding="utf-8") as fh:
        for art in gold_articles():
            row = {"id": art.id, "variety": art.variety, "text": art.text, "facts": art.facts}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    assert len(load_gold(tmp_path / "test.jsonl")) == 2
    stages = ",".join([*prerequisites("extract"), "extract"])
    out_json = tmp_path / "scores.json"
    result = CliRunner().invoke(
        app,
        ["evaluate", "extraction", "--data", str(tmp_path), "--stages", stages,
         "--json", str(out_json)],
    )  # fmt: skip
    assert result.exit_code in (0, 1), result.output
    assert "salary" in result.output and "Variety bn" in result.output
    scores = json.loads(out_json.read_text(encoding="utf-8"))
    assert scores["by_type"]["salary"]["support"] == 2
    assert scores["wrong_offsets"] == (1 if result.exit_code else 0)


def test_cli_rejects_an_unknown_split(tmp_path) -> None:
    from pipeline.cli.app import _register, app

    _register()
    result = CliRunner().invoke(app, ["evaluate", "extraction", "--split", "dev"])
    assert result.exit_code == 2


def test_load_gold_keeps_one_round_and_ignores_unknown_fields(tmp_path) -> None:
    rows = [
        {"id": "hi-a", "variety": "hi", "text": "वेतन 9000 रूपए", "facts": []},
        {"id": "r2-bn-a", "variety": "bn", "text": "বেতন ৫,০০০ টাকা", "facts": [], "round": 2,
         "note": "an extra field"},
    ]  # fmt: skip
    path = tmp_path / "test.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert [a.id for a in load_gold(path)] == ["hi-a", "r2-bn-a"]
    assert [a.id for a in load_gold(path, round_no=2)] == ["r2-bn-a"]
    assert [a.id for a in load_gold(path, round_no=1)] == ["hi-a"]


def test_cli_round_option_scores_only_that_round(tmp_path) -> None:
    from pipeline.cli.app import _register, app

    _register()
    rows = [
        {"id": "hi-a", "variety": "hi", "text": "वेतन 9000 रूपए", "facts": []},
        {"id": "r2-bn-a", "variety": "bn", "text": "বেতন ৫,০০০ টাকা", "facts": [], "round": 2},
    ]  # fmt: skip
    path = tmp_path / "test.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    out_json = tmp_path / "scores.json"
    result = CliRunner().invoke(
        app,
        ["evaluate", "extraction", "--data", str(tmp_path), "--stages", "normalise",
         "--round", "2", "--json", str(out_json)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    scores = json.loads(out_json.read_text(encoding="utf-8"))
    assert scores["round"] == 2 and scores["articles"] == 1
    assert list(scores["by_variety"]) == ["bn"]
