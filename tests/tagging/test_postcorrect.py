"""Closed-class post-correction, BIO handling and the CoNLL-U tag command (no stanza)."""

from __future__ import annotations

from pipeline.tagging.conllu_tag import guess_language, set_misc, tag_conllu
from pipeline.tagging.evaluate import entities
from pipeline.tagging.postcorrect import Lexicon, correct, is_number, is_punctuation
from pipeline.tagging.runtime import TaggedToken, bioes_to_bio


def test_numbers_and_punctuation_are_decided_by_characters():
    assert is_number("15000") and is_number("१५,०००") and is_number("২৫.৫") and is_number("9/10")
    assert not is_number("12k") and not is_number("২৫টাকা")
    assert is_punctuation("।") and is_punctuation(",") and not is_punctuation("₹")


def test_lexicon_learns_only_consistent_closed_classes(tmp_path):
    pairs = [("থেকে", "ADP")] * 10 + [("কাজ", "NOUN")] * 10 + [("যে", "SCONJ")] * 5
    pairs += [("যে", "PRON")] * 5
    lex = Lexicon.learn(pairs)
    assert lex.upos == {"থেকে": "ADP"}  # open class and ambiguous words are left to stanza
    lex.save(tmp_path / "lex.json")
    assert Lexicon.load(tmp_path / "lex.json") == lex


def test_correct_forces_numbers_punct_and_lexicon_words():
    words = ["বেতন", "৫০০০", "থেকে", "।"]
    upos, lemmas = correct(
        "bn",
        words,
        ["NOUN", "PRON", "NOUN", "PRON"],
        [None] * 4,
        Lexicon({"থেকে": "ADP"}),
    )
    assert upos == ["NOUN", "NUM", "ADP", "PUNCT"]
    assert lemmas == [None] * 4  # Bengali has no lemmatizer: nothing invented


def test_hindi_ke_lemma_depends_on_the_next_postposition():
    words = ["नौकरी", "के", "लिए", "कंपनी", "के", "दफ्तर"]
    upos = ["NOUN", "ADP", "ADP", "NOUN", "ADP", "NOUN"]
    _, lemmas = correct("hi", words, upos, list(words), None)
    assert lemmas[1] == "के"  # के लिए: part of a compound postposition
    assert lemmas[4] == "का"  # genitive


def test_bioes_to_bio_and_entity_spans():
    assert bioes_to_bio(["S-PER", "B-LOC", "I-LOC", "E-LOC", "O"]) == [
        "B-PER",
        "B-LOC",
        "I-LOC",
        "I-LOC",
        "O",
    ]
    assert entities(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]) == {
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    }


def test_set_misc_keeps_other_items_and_replaces_ner():
    assert set_misc("_", "B-PER") == "NER=B-PER"
    assert set_misc("SpaceAfter=No|NER=O", "I-LOC") == "SpaceAfter=No|NER=I-LOC"


def test_guess_language_by_script():
    assert guess_language(["বেতন", "টাকা"]) == "bn"
    assert guess_language(["वेतन", "BPO"]) == "hi"


class FakeTagger:
    """Stands in for StanzaTagger: tags every word X with lemma = word."""

    def __init__(self):
        self.calls = []

    def tag(self, lang, sentences):
        self.calls.append((lang, len(sentences)))
        ner = "B-PER" if lang == "bn" else None
        return [[TaggedToken("X", w if lang == "hi" else None, ner) for w in s] for s in sentences]


def test_tag_conllu_keeps_lines_and_fills_columns():
    src = [
        "# sent_id = h1\n",
        "1\tवेतन\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n",
        "2\t।\t_\t_\t_\t_\t1\tpunct\t_\t_\n",
        "\n",
        "# text = বেতন\n",
        "1\tবেতন\tgold\tNOUN\t_\t_\t0\troot\t_\tNER=O\n",
    ]
    fake = FakeTagger()
    out = list(tag_conllu(src, fake))
    assert out[0] == "# sent_id = h1"
    assert out[1].split("\t")[1:4] == ["वेतन", "वेतन", "X"]
    assert out[1].split("\t")[9] == "SpaceAfter=No"  # no NER column for Hindi
    assert out[5].split("\t")[2:4] == ["_", "X"]  # gold lemma not passed through
    assert out[5].split("\t")[9] == "NER=B-PER"
    assert sorted(fake.calls) == [("bn", 1), ("hi", 1)]  # one call per language
    assert out[-1] == "" and len(out) == 7


def test_hindi_be_forms_follow_pud_conventions():
    words = ["वह", "डॉक्टर", "है", "और", "काम", "करता", "है", "वह", "खुश", "था"]
    upos = ["PRON", "NOUN", "AUX", "CCONJ", "NOUN", "VERB", "VERB", "PRON", "ADJ", "VERB"]
    up, lem = correct("hi", words, upos, list(words), None)
    assert (up[2], lem[2]) == ("VERB", "हैना")  # after a noun: PUD's main verb
    assert (up[6], lem[6]) == ("AUX", "है")  # after a verb: auxiliary
    assert (up[9], lem[9]) == ("AUX", "था")  # after an adjective: copula


def test_lexicon_of_any_class_and_precedence():
    pairs = [("रूस", "PROPN")] * 2 + [("में", "ADP")] * 6
    any_class = Lexicon.learn(pairs, min_count=2, classes=None)
    assert any_class.upos == {"रूस": "PROPN", "में": "ADP"}
    merged = Lexicon({"में": "PART"}).updated(any_class)
    assert merged.upos["में"] == "ADP"


def test_repair_bio_after_dropping_a_latin_token():
    from pipeline.stages.tag import repair_bio

    assert repair_bio(["B-ORG", "O", "I-ORG", "I-ORG", "I-LOC"]) == [
        "B-ORG",
        "O",
        "B-ORG",
        "I-ORG",
        "B-LOC",
    ]


def test_gazetteer_fills_only_spans_the_model_left_empty():
    from pipeline.tagging.postcorrect import Gazetteer

    train = [
        [("শেখ", "B-PER"), ("হাসিনা", "I-PER"), ("ঢাকায়", "B-LOC"), ("যান", "O")],
        [("ঢাকায়", "O"), ("বৃষ্টি", "O")],
        [("ঢাকায়", "O"), ("গরম", "O")],
    ]
    gaz = Gazetteer.learn(train)
    assert gaz.entries == {"শেখ হাসিনা": "PER"}  # ঢাকায় is an entity only 1 time in 3
    words = ["শেখ", "হাসিনা", "ও", "শেখ", "হাসিনা"]
    assert gaz.apply(words, ["O", "O", "O", "B-ORG", "O"]) == [
        "B-PER",
        "I-PER",
        "O",
        "B-ORG",  # a prediction is never overridden
        "O",
    ]


# English loans written in Devanagari (pipeline.tagging.names): a small word list of our
# own stands in for the shipped one; capitalised entries are names.
ENGLISH = ["scandal", "corporation", "computer", "comet", "garden", "north", "manager"]
ENGLISH += ["Gordon", "William", "North"]


def english_words():
    from pipeline.tagging.names import EnglishWords

    return EnglishWords.from_word_list(ENGLISH + ["TV", "it's"])  # short / non-letters: left out


def test_devanagari_spelling_of_an_english_word_is_matched_by_sound():
    eng = english_words()
    assert "TV" not in eng.skeletons and "it's" not in eng.skeletons
    assert eng.matches("स्कैंडल") == ["scandal"]
    assert eng.matches("कॉर्पोरेशन") == ["corporation"]  # -tion: शन
    assert eng.matches("कंप्यूटर") == ["computer"]  # anusvara before प is m; the य glide
    assert eng.matches("कॉमेट") == ["comet"]
    assert eng.matches("कीमत") == []  # same consonants as comet, vowels no English spelling gives
    assert eng.matches("नौकरी") == []  # a Hindi word
    assert eng.matches("विलियम", names=True) == ["William"]


def test_a_word_that_also_sounds_like_a_name_is_not_called_common():
    eng = english_words()
    assert eng.is_common_word("मैनेजर") and eng.is_common_word("स्कैंडल")
    assert not eng.is_common_word("गार्डन")  # garden, but also Gordon: no decision
    assert not eng.is_common_word("विलियम")  # a name only
    assert eng.is_common_word("नार्थ")  # North is a name but also the word north


def test_hindi_unseen_english_loan_tagged_propn_becomes_noun():
    words = ["विलियम", "ने", "कंपनी", "के", "स्कैंडल", "पर", "मैनेजर", "से", "बात", "की"]
    upos = ["PROPN", "ADP", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "ADP", "NOUN", "VERB"]
    known = frozenset({"ने", "कंपनी", "के", "पर", "मैनेजर", "से", "बात", "की"})
    lex = Lexicon({}, known, "english_words.txt", english_words())
    up, _ = correct("hi", words, upos, list(words), lex)
    assert up[4] == "NOUN"  # unseen, sounds like "scandal"
    assert up[0] == "PROPN"  # a name
    assert up[6] == "PROPN"  # seen in training: the tagger's call stands
    assert correct("hi", words, upos, list(words), Lexicon({}))[0] == upos  # no word list
    bn, _ = correct("bn", ["স্ক্যান্ডাল"], ["PROPN"], [None], lex)
    assert bn == ["PROPN"]


def test_hindi_lexicon_round_trip_with_known_forms_and_word_list(tmp_path):
    english_words().save(tmp_path / "english_words.txt", notice="our test list\nsecond line")
    assert (tmp_path / "english_words.txt").read_text(encoding="utf-8").startswith("# our test")
    lex = Lexicon({"में": "ADP"}, frozenset({"में", "नौकरी"}), "english_words.txt")
    lex.save(tmp_path / "lexicon.json")
    back = Lexicon.load(tmp_path / "lexicon.json")
    assert back == lex
    assert back.english is not None and back.english.skeletons == english_words().skeletons
    assert back.is_english_loan("स्कैंडल") and not back.is_english_loan("नौकरी")


def test_shipped_hindi_lexicon_names_its_english_word_list():
    from pipeline.tagging.runtime import LEXICON_FILE, stanza_dir

    path = stanza_dir() / "hi" / LEXICON_FILE
    if not path.is_file():
        import pytest

        pytest.skip(f"no shipped Hindi lexicon at {path}")
    lex = Lexicon.load(path)
    assert lex.english is not None and len(lex.known) > 1000
    assert lex.is_english_loan("स्कॉलरशिप") and lex.is_english_loan("रिक्रूटमेंट")
    assert not lex.is_english_loan("विलियम")
