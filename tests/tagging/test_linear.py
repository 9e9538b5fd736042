"""The linear UPOS tagger on small sentences we wrote ourselves."""

from __future__ import annotations

from pipeline.tagging.linear import (
    ENGLISH_NOUNS,
    LATIN,
    LinearTagger,
    with_english_nouns,
    word_features,
)

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


def test_every_latin_neighbour_reads_as_one_word():
    f = word_features(["এই", "company", "নতুনদের", "training", "দেয়"], 4)
    assert f[f"w-1={LATIN}"] == 1.0 and "w-1=training" not in f
    assert f["w-2=নতুনদের"] == 1.0
    assert word_features(["company"], 0)["latin"] == 1.0  # the word itself keeps its form
    assert word_features(["company"], 0)["w=company"] == 1.0


def test_english_noun_copies_replace_only_nouns_and_are_seeded():
    words, tags = [w for w, _ in BN], [t for _, t in BN]
    more_w, more_t = with_english_nouns(words, tags, share=1.0)
    assert len(more_w) == len(BN)  # every sentence has a noun
    for new, old, ts in zip(more_w, words, more_t, strict=True):
        for n, o, t in zip(new, old, ts, strict=True):
            assert (n in ENGLISH_NOUNS) if t == "NOUN" else n == o
    assert with_english_nouns(words, tags, 0.5) == with_english_nouns(words, tags, 0.5)
    assert with_english_nouns(words, tags, 0.0) == ([], [])


def test_a_verb_after_an_english_noun_stays_a_verb(tmp_path):
    """Code-mixed Bengali: trained with English nouns standing in, the context of an
    English word is a noun's, as it is in the all-Bengali sentence."""
    tagger = LinearTagger(C=1.0, english_nouns=0.5).fit([w for w, _ in BN], [t for _, t in BN])
    native = tagger.predict([["আমরা", "ভালো", "বেতন", "চাই", "।"]])[0]
    mixed = tagger.predict([["আমরা", "ভালো", "salary", "চাই", "।"]])[0]
    assert native[3] == mixed[3] == "VERB"
    path = tmp_path / "pos.npz"
    tagger.save(path)
    assert LinearTagger.load(path).english_nouns == 0.5
