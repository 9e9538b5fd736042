"""The linear UPOS tagger on small sentences we wrote ourselves."""

from __future__ import annotations

import unicodedata

from pipeline.tagging.linear import (
    ENGLISH_NOUNS,
    LATIN,
    LinearTagger,
    WordList,
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


# A tiny "spelling dictionary": common words only, no names.
WORDS = WordList(frozenset({"বাড়ি", "দোকান", "দিঘি", "বাজার", "কাজ", "করে", "সে"}), ("তে", "ে", "য়"))
# Same context and suffixes for both classes: only the dictionary tells a name from a noun.
PLACES = [
    (["সে", "বাড়িতে", "কাজ", "করে"], ["PRON", "NOUN", "NOUN", "VERB"]),
    (["সে", "দোকানে", "কাজ", "করে"], ["PRON", "NOUN", "NOUN", "VERB"]),
    (["সে", "দিল্লিতে", "কাজ", "করে"], ["PRON", "PROPN", "NOUN", "VERB"]),
    (["সে", "লন্ডনে", "কাজ", "করে"], ["PRON", "PROPN", "NOUN", "VERB"]),
]


def test_word_list_kinds():
    assert WORDS.kind("বাজার") == "in"
    assert WORDS.kind("বাজারে") == "stem:ে"  # the word less an inflection is listed
    assert WORDS.kind("রাজশাহীতে") == "out"  # a name: neither it nor its stem is listed
    for word in ("office", "১২০০০", "।", "12k"):
        assert WORDS.kind(word) == "none"  # the Bengali list says nothing about these


def test_word_list_matches_either_spelling_of_ya():
    # য় is one code point (U+09DF) in some texts and য + nukta in others
    one, two = "সম\u09df", "সম\u09af\u09bc"  # সময় (time), both spellings
    assert one != two and unicodedata.normalize("NFC", one) == unicodedata.normalize("NFC", two)
    words = WordList(frozenset({unicodedata.normalize("NFC", one)}), ())
    assert words.kind(one) == words.kind(two) == "in"


def test_word_list_from_a_hunspell_file(tmp_path):
    dic = tmp_path / "bn.dic"
    dic.write_text("3\nবাজার\nদোকান/AB\nবাড়ি\n", encoding="utf-8")
    words = WordList.from_hunspell(dic, ["ে"])
    assert words.kind("দোকানে") == "stem:ে" and words.kind("বাড়ি") == "in"
    assert words.kind("3") == "none" and "3" not in words.words  # the count line is skipped


def test_word_list_features_for_the_word_and_its_neighbours():
    f = word_features(["সে", "বাজারে", "কাজ", "করে"], 1, word_list=WORDS)
    assert f["d=stem:ে"] == f["d=stem"] == f["d-1=in"] == f["d1=in"] == 1.0
    plain = word_features(["সে", "বাজারে", "কাজ"], 1)
    assert not [k for k in plain if k.startswith(("d=", "d-1=", "d1="))]  # no list, none


def test_the_word_list_tells_an_unseen_name_from_an_unseen_noun():
    """The unseen name বারাসাতে begins and ends like the noun বাড়িতে, the unseen noun দিঘিতে
    like the name দিল্লিতে: the affixes mislead, the dictionary does not."""
    sents, tags = [w for w, _ in PLACES], [t for _, t in PLACES]
    test = [["সে", "বারাসাতে", "কাজ", "করে"], ["সে", "দিঘিতে", "কাজ", "করে"]]
    plain = LinearTagger(C=1.0).fit(sents, tags).predict(test)
    with_list = LinearTagger(C=1.0, word_list=WORDS).fit(sents, tags).predict(test)
    assert [p[1] for p in plain] == ["NOUN", "PROPN"]
    assert [p[1] for p in with_list] == ["PROPN", "NOUN"]


def test_the_word_list_is_saved_with_the_model(tmp_path):
    sents, tags = [w for w, _ in PLACES], [t for _, t in PLACES]
    tagger = LinearTagger(C=1.0, word_list=WORDS).fit(sents, tags)
    path = tmp_path / "pos.npz"
    tagger.save(path)
    again = LinearTagger.load(path)
    assert again.word_list == WORDS
    sents = [["সে", "বারাসাতে", "কাজ", "করে"], ["সে", "office", "এ", "যায়"]]
    assert again.decision(sents) == tagger.decision(sents)
    fitted().save(path)
    assert LinearTagger.load(path).word_list is None  # a model fit without a list has none
