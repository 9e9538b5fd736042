"""The linear UPOS tagger on small sentences we wrote ourselves."""

from __future__ import annotations

from pipeline.tagging.linear import LinearTagger, word_features

BN = [
    (["আমি", "কলকাতায়", "চাকরি", "করি", "।"], ["PRON", "PROPN", "NOUN", "VERB", "PUNCT"]),
    (["সে", "ঢাকায়", "কাজ", "করে", "।"], ["PRON", "PROPN", "NOUN", "VERB", "PUNCT"]),
    (["তুমি", "হাওড়ায়", "বেতন", "পাও", "।"], ["PRON", "PROPN", "NOUN", "VERB", "PUNCT"]),
    (["আমরা", "ভালো", "চাকরি", "চাই", "।"], ["PRON", "ADJ", "NOUN", "VERB", "PUNCT"]),
]


def fitted() -> LinearTagger:
    return LinearTagger(C=1.0).fit([w for w, _ in BN], [t for _, t in BN])


def test_features_see_affixes_and_neighbours():
    f = word_features(["সে", "শিলিগুড়িতে", "থাকে"], 1)
    assert f["s2=তে"] == 1.0 and f["w-1=সে"] == 1.0 and f["w1=থাকে"] == 1.0
    assert "w-2=<s>" in f  # sentence edges are features too


def test_learns_the_training_sentences():
    tagger = fitted()
    assert tagger.predict([w for w, _ in BN]) == [t for _, t in BN]


def test_unseen_place_name_tagged_from_its_context():
    # "দুর্গাপুরে" was never seen: its neighbours are those of the place names above
    tags = fitted().predict([["সে", "দুর্গাপুরে", "কাজ", "করে", "।"]])[0]
    assert tags[1] == "PROPN" and tags[4] == "PUNCT"


def test_save_and_load_give_the_same_tags_and_margins(tmp_path):
    tagger = fitted()
    path = tmp_path / "pos.npz"
    tagger.save(path)
    again = LinearTagger.load(path)
    sents = [["আমরা", "ঢাকায়", "চাকরি", "চাই"], [], ["नौकरी"]]
    assert again.decision(sents) == tagger.decision(sents)
    assert again.predict([[]]) == [[]]
