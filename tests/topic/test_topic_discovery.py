"""Topic discovery on an unlabelled corpus: deterministic, k topics, words kept whole."""

import pytest

from pipeline.topic.discovery import discover_topics, stopwords

# Three small themes in three scripts, written for this test.
TEXTS = [
    "अस्पताल में नर्स की नौकरी, मरीजों की देखभाल और रात की ड्यूटी।",
    "अस्पताल में नर्स और डॉक्टर मरीजों का इलाज करते हैं।",
    "নার্স হাসপাতালে রোগীর সেবা করেন, হাসপাতালে রাতের ডিউটি।",
    "কল সেন্টারে গ্রাহকের ফোন ধরতে হয়, কল সেন্টারে শিফট।",
    "Call centre agents answer customer calls on night shifts.",
    "Customer calls in the call centre come in all night.",
    "शिक्षक स्कूल में बच्चों को पढ़ाते हैं, शिक्षक की भर्ती।",
    "স্কুলে শিক্ষক ছাত্রদের পড়ান, শিক্ষক নিয়োগ।",
    "School teachers teach pupils; teachers need a B.Ed.",
]


@pytest.fixture(scope="module")
def topics():
    return discover_topics(TEXTS, k=3, n_terms=8)


def test_returns_k_topics_with_the_agreed_fields(topics):
    assert [t["topic"] for t in topics] == [0, 1, 2]
    for t in topics:
        assert set(t) == {"topic", "terms", "weight", "documents"}
        assert 0 < len(t["terms"]) <= 8
    assert sum(t["weight"] for t in topics) == pytest.approx(1.0)
    # every document with content has exactly one dominant topic
    assert sorted(i for t in topics for i in t["documents"]) == list(range(len(TEXTS)))


def test_is_deterministic(topics):
    assert discover_topics(TEXTS, k=3, n_terms=8) == topics


def test_indic_words_keep_their_vowel_signs_and_stopwords_go(topics):
    terms = {w for t in topics for w in t["terms"]}
    assert terms & {"अस्पताल", "मरीजों", "नर्स", "शिक्षक", "হাসপাতালে", "শিক্ষক", "সেন্টারে"}
    # a broken-off consonant would show up as a one- or two-letter "word"
    assert not [w for w in terms if len(w) == 1]
    assert not terms & {"में", "की", "the", "in", "হয়"}


def test_stopwords_come_from_the_shared_lists_and_our_own():
    words = stopwords()
    assert {"है", "में", "the", "theke"} <= words
    # from ../shared/data/lexicons when present
    from pipeline.config import shared_data_dir

    if (shared_data_dir() / "lexicons" / "bengali_stopwords.txt").exists():
        assert "অথবা" in words


def test_more_topics_than_documents_still_gives_k_topics():
    out = discover_topics(TEXTS[:2], k=4, n_terms=3)
    assert len(out) == 4


def test_bad_arguments():
    with pytest.raises(ValueError):
        discover_topics(TEXTS, k=0)
    with pytest.raises(ValueError):
        discover_topics([], k=2)


def test_same_theme_in_different_scripts_shares_a_topic(topics):
    """The keyword-map pseudo-words join hospital/call-centre/teacher texts across scripts."""
    groups = sorted(sorted(t["documents"]) for t in topics)
    assert groups == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    assert not [w for t in topics for w in t["terms"] if w.startswith("[")]
