"""The evaluation set is big enough, well-formed and kept apart from the training data."""

import json
from collections import Counter

import pytest

from pipeline.config import REPO_DIR
from pipeline.lid import trainset

LID = REPO_DIR / "corpora" / "lid"


def _jsonl(name):
    return [json.loads(x) for x in (LID / name).read_text(encoding="utf-8").splitlines() if x]


def test_sentence_set_covers_every_language_and_form():
    sents = _jsonl("eval_sentences.jsonl")
    assert len(sents) >= 500
    cells = Counter((s["lang"], s["form"]) for s in sents)
    for lang in ("hi", "bn"):
        for form in ("native", "romanised", "mixed"):
            assert cells[(lang, form)] >= 60
    assert cells[("en", "native")] >= 60
    assert len({s["id"] for s in sents}) == len(sents)


def test_word_labelled_sentences_line_up_with_their_text():
    items = _jsonl("eval_words.jsonl")
    assert len(items) >= 40
    for item in items:
        assert " ".join(w for w, _ in item["words"]) == item["text"]
        assert {lab for _, lab in item["words"]} <= {"hi", "bn", "en", "univ", "ne", "other"}


def test_evaluation_sentences_never_appear_in_training_files():
    train = {s["text"].lower() for s in trainset.read_sentences(trainset.TRAIN_SENTENCES)}
    evals = [s["text"].lower() for s in _jsonl("eval_sentences.jsonl") + _jsonl("eval_words.jsonl")]
    assert not [e for e in evals if e in train]
    assert not any("eval" in str(p) for p in trainset.source_paths().values())


def test_training_without_its_sources_fails_with_a_clear_message(tmp_path):
    with pytest.raises(trainset.MissingTrainingData, match="committed model"):
        trainset.check_sources(trainset.source_paths(tmp_path / "no-such-dir"))
