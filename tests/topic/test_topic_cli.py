"""`train topic`, `evaluate topic` and `topics` through the CLI, on small inputs."""

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import _register, app
from pipeline.topic.corpus import TRAIN_PATH, load_corpus
from pipeline.topic.model import load_model

_register()
runner = CliRunner()


def _small_corpus(path, per_label=6):
    """The first few training articles of each label: enough to exercise the commands."""
    kept, count = [], {}
    for e in load_corpus(TRAIN_PATH):
        if count.get(e.label, 0) < per_label:
            count[e.label] = count.get(e.label, 0) + 1
            kept.append({"id": e.id, "label": e.label, "variety": e.variety, "text": e.text})
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in kept), "utf-8")
    return kept


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("topic")
    corpus = tmp / "train.jsonl"
    _small_corpus(corpus)
    out = tmp / "model"
    args = ["train", "topic", "--corpus", str(corpus), "--out", str(out), "--folds", "2"]
    return tmp, corpus, out, runner.invoke(app, [*args, "--no-tag"])


def test_train_writes_model_card_and_readme_and_prints_the_card_scores(trained):
    _, _, out, result = trained
    assert result.exit_code == 0, result.output
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    cv = card["scores"]["cross_validation"]
    assert f"macro-F1={cv['macro_f1']:.3f}" in result.output
    assert card["data"]["n"] == 54 and len(card["attempts"]) == 1
    assert card["data"]["preprocessing_stages"] == ["normalise", "tokenise"]
    assert len(cv["confusion"]) == 9 and sum(map(sum, cv["confusion"])) == 54
    assert "career-pipeline train topic" in (out / "README.md").read_text(encoding="utf-8")
    assert set(load_model(out).classes_) == set(card["labels"])


def test_evaluate_scores_a_heldout_file_and_records_it_in_the_card(trained):
    tmp, corpus, out, _ = trained
    heldout = tmp / "heldout.jsonl"
    heldout.write_text("".join(corpus.read_text("utf-8").splitlines(True)[::9]), "utf-8")
    args = ["evaluate", "topic", "--corpus", str(corpus), "--folds", "2", "--no-tag"]
    args += ["--heldout", str(heldout), "--model-dir", str(out), "--record"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "cross-validation (2 folds, seed 0): n=54" in result.output
    assert "held-out (heldout.jsonl, committed model): n=6" in result.output
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    assert sum(map(sum, card["scores"]["heldout"]["confusion"])) == 6
    assert "## Held-out split" in (out / "README.md").read_text(encoding="utf-8")


def test_evaluate_says_when_there_is_no_heldout_file(trained):
    tmp, corpus, out, _ = trained
    args = ["evaluate", "topic", "--corpus", str(corpus), "--folds", "2", "--no-tag"]
    result = runner.invoke(app, [*args, "--heldout", str(tmp / "none.jsonl")])
    assert result.exit_code == 0, result.output
    assert "confusion matrix" in result.output and "not found; skipped" in result.output


def test_topics_prints_k_topics(tmp_path):
    texts = [
        "अस्पताल में नर्स की नौकरी", "হাসপাতালে নার্সের চাকরি", "nurse jobs in a hospital",
        "बैंक में क्लर्क की भर्ती", "ব্যাংকে ক্লার্ক নিয়োগ", "bank clerk recruitment",
    ]  # fmt: skip
    for i, t in enumerate(texts):
        (tmp_path / f"d{i}.txt").write_text(t, encoding="utf-8")
    result = runner.invoke(app, ["topics", str(tmp_path), "--k", "2", "--terms", "6"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert [line.split(" ")[1] for line in lines] == ["0", "1"]
    assert "अस्पताल" in result.output and "ক্লার্ক" in result.output
    assert result.output.count("3 docs") == 2  # one topic per theme, across scripts
