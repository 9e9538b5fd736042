"""The classify stage with the committed model: calibrated scores, clear cases, clear errors.

The examples are written for this test (not taken from the training corpus).
"""

import json
import shutil
from pathlib import Path

import pytest

from pipeline import Document, Pipeline
from pipeline.schema import TOPIC_LABELS
from pipeline.topic.model import ModelMissingError, default_model_dir, load_model

pytestmark = pytest.mark.skipif(
    not (default_model_dir() / "model.skops").exists(),
    reason="no committed topic model; run `career-pipeline train topic`",
)

# One clear-cut case per line: {"label", "variety", "text"}.
CASES = Path(__file__).with_name("clear_cases.jsonl")
CLEAR = [tuple(json.loads(line).values()) for line in CASES.read_text("utf-8").splitlines()]

BY_VARIETY = {
    "hi": "बैंक की नौकरी में अच्छा वेतन मिलता है।",
    "bn": "হাসপাতালে নার্সের চাকরি।",
    "hi-Latn": "Teacher banne ke liye B.Ed karo.",
    "bn-Latn": "Sorkari chakri r jonno WBCS porikkha dao.",
    "en": "Software developers write code.",
    "mixed-hi": "BPO में fresher को 12k मिलते हैं।",
    "mixed-bn": "Call centre এ night shift করতে হয়।",
}


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(stages=("normalise", "tokenise", "classify"))


def _classify(pipe, texts):
    docs = list(pipe.pipe(Document(id=f"t{i}", raw=t) for i, t in enumerate(texts)))
    for d in docs:
        assert isinstance(d, Document), d.reason
    return docs


def test_scores_cover_every_label_and_sum_to_one_in_every_variety(pipe):
    for variety, doc in zip(BY_VARIETY, _classify(pipe, list(BY_VARIETY.values())), strict=True):
        scores = doc.topic["scores"]
        assert list(scores) == list(TOPIC_LABELS), variety
        assert sum(scores.values()) == pytest.approx(1.0, abs=1e-9), variety
        assert all(0.0 <= v <= 1.0 for v in scores.values()), variety
        assert doc.topic["label"] == max(scores, key=scores.get)


@pytest.mark.parametrize(("label", "variety", "text"), CLEAR, ids=[f"{c[0]}-{c[1]}" for c in CLEAR])
def test_clear_cut_examples(pipe, label, variety, text):
    (doc,) = _classify(pipe, [text])
    assert doc.topic["label"] == label, doc.topic["scores"]


def test_stage_works_one_document_at_a_time(pipe):
    doc = pipe.stage("normalise")(Document(id="x", raw=BY_VARIETY["en"]))
    doc = pipe.stage("tokenise")(doc)
    assert pipe.stage("classify")(doc).topic["label"] == "it_software"


def test_missing_model_names_the_training_command(tmp_path):
    with pytest.raises(ModelMissingError, match="career-pipeline train topic"):
        load_model(tmp_path)


def test_model_that_does_not_match_its_card_is_refused(tmp_path):
    for f in ("model.skops", "card.json"):
        shutil.copy(default_model_dir() / f, tmp_path / f)
    card = json.loads((tmp_path / "card.json").read_text(encoding="utf-8"))
    card["model"]["sha256"] = "0" * 64
    (tmp_path / "card.json").write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ValueError, match="does not match the sha256"):
        load_model(tmp_path)


def test_saved_model_holds_only_trusted_types():
    import skops.io as sio

    from pipeline.topic.model import TRUSTED_TYPES

    untrusted = sio.get_untrusted_types(file=default_model_dir() / "model.skops")
    assert set(untrusted) <= set(TRUSTED_TYPES)
