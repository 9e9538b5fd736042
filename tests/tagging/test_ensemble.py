"""Bengali NER averages two stanza models' CRF scores (pipeline.tagging.ensemble)."""

from __future__ import annotations

import pytest

from pipeline.tagging.ensemble import ScoreAverage
from pipeline.tagging.runtime import PARTNERS, StanzaTagger

SENTENCES = [
    "করিম ঢাকার একটি ব্যাংকে কাজ করেন ।".split(),
    "রহিমা আহমেদ চট্টগ্রাম বন্দরে যোগ দিয়েছেন ।".split(),
    "কলকাতার সল্টলেকে টাটা কনসালটেন্সি সার্ভিসেস নতুন অফিস খুলেছে ।".split(),
]
tagger = StanzaTagger()
needs_models = pytest.mark.skipif(
    not tagger.available("bn"), reason="models/stanza/bn not present (career-pipeline train ner)"
)


def test_the_partner_is_not_a_stanza_processor(tmp_path):
    ms = StanzaTagger(tmp_path).models("bn")
    assert set(PARTNERS) <= set(ms.files) and not set(PARTNERS) & set(ms.stanza_files)
    assert ms.partner_files == [tmp_path / "bn" / "ner_2.pt"]
    assert str(tmp_path / "bn" / "ner_2.pt") in ms.missing()


@needs_models
def test_with_no_partner_it_gives_exactly_stanzas_tags():
    """Guards the copy of stanza's Trainer.predict against a change in stanza."""
    from stanza.models.ner.trainer import Trainer

    t = StanzaTagger()
    trainer = t.pipeline("bn").processors["ner"].trainers[0]
    alone = ScoreAverage(trainer)
    seen = []

    def both(batch, unsort=True):
        ours, stanzas = alone.predict(batch, unsort), Trainer.predict(trainer, batch, unsort)
        seen.append(ours == stanzas)
        return stanzas

    trainer.predict = both
    t.tag("bn", SENTENCES)
    assert seen and all(seen)


@needs_models
def test_the_tagger_averages_both_models():
    t = StanzaTagger()
    trainer = t.pipeline("bn").processors["ner"].trainers[0]
    average = trainer.predict.__self__
    assert isinstance(average, ScoreAverage) and len(average.partners) == 1
    tags = t.tag("bn", SENTENCES)
    assert [x.ner for x in tags[0]][:2] == ["B-PER", "B-LOC"]
    assert all(x.ner == "O" or x.ner[:2] in ("B-", "I-") for s in tags for x in s)


@needs_models
def test_a_partner_with_another_vocabulary_is_refused():
    trainer = StanzaTagger().pipeline("bn").processors["ner"].trainers[0]

    class Other:
        vocab = {"word": type("V", (), {"_id2unit": ["<PAD>", "x"]})()}

    with pytest.raises(ValueError, match="vocabulary"):
        ScoreAverage(trainer, [Other()])
