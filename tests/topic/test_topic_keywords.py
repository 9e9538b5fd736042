"""The cross-lingual keyword map: it loads, validates, and joins scripts in one concept."""

import pytest
import yaml

from pipeline.schema import TOPIC_LABELS
from pipeline.topic.features import ConceptCounter
from pipeline.topic.keywords import (
    DEFAULT_KEYWORDS_PATH,
    KeywordMapError,
    fold,
    load_keyword_map,
    validate,
)


@pytest.fixture(scope="module")
def counter():
    return ConceptCounter().fit(["x"])


def test_shipped_map_loads_and_every_label_but_other_has_concepts():
    concepts = load_keyword_map(DEFAULT_KEYWORDS_PATH)
    assert len(concepts) >= 30
    hints = {c.hint for c in concepts}
    assert hints == set(TOPIC_LABELS)
    for c in concepts:
        assert {"en", "hi", "bn"} <= set(c.terms), f"{c.name} lacks a language"


@pytest.mark.parametrize(
    "text",
    ["कॉल सेंटर में नौकरी", "কল সেন্টারে কাজ করি", "a call centre in Pune", "call center jobs"],
)
def test_call_centre_meets_in_one_concept_across_scripts(counter, text):
    assert "call_centre" in counter.matches(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("सरकारी बैंकों में भर्ती", "bank"),  # inflected Hindi: prefix term
        ("ব্যাংকে চাকরি", "bank"),  # inflected Bengali
        ("डाक्टर और नर्स", "medical_staff"),  # candra-o spelling folded: डॉक्टर/डाक्टर
        ("ज़रूरत नहीं, बस डॉक्टर चाहिए", "medical_staff"),
        ("Sarkari naukri ki taiyari", "government"),
        ("shikkhok hote chai", "teacher"),
    ],
)
def test_inflections_and_spelling_variants_match(counter, text, concept):
    assert concept in counter.matches(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("मुझे मालूम नहीं कि माल कब आएगा", "retail_sales"),  # माल (goods) is not मॉल (mall)
        ("ingredients for dinner", "tech_stack"),  # "git" only as a whole word
        ("The emigration office", "loans_credit"),  # "emi" only as a whole word
    ],
)
def test_whole_word_terms_do_not_match_inside_other_words(counter, text, concept):
    assert concept not in counter.matches(text)


def test_fold_is_idempotent_and_script_aware():
    for s in ["ज़रूरत", "কল সেন্টার", "Call Centre", "डॉक्टर"]:
        assert fold(fold(s)) == fold(s)
    assert fold("ज़रूरत") == fold("जरूरत")


def _map(**concept):
    return {"version": 1, "concepts": {"x": concept}}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"concepts": {}}, "version"),
        (_map(hint="sales", terms={"en": ["shop"]}), "not a topic label"),
        (_map(hint="other", terms={"hi": ["shop"]}), "not in Deva"),
        (_map(hint="other", terms={"bn": ["दुकान"]}), "not in Beng"),
        (_map(hint="other", terms={"xx": ["shop"]}), "unknown language key"),
        (_map(hint="other", terms={"en": []}), "non-empty list"),
        (_map(hint="other"), "exactly `hint` and `terms`"),
    ],
)
def test_validation_rejects_bad_maps(data, message):
    with pytest.raises(KeywordMapError, match=message):
        validate(data)


def test_validation_rejects_a_term_in_two_concepts():
    data = yaml.safe_load(DEFAULT_KEYWORDS_PATH.read_text(encoding="utf-8"))
    data["concepts"]["teacher"]["terms"]["en"].append("call centre*")
    with pytest.raises(KeywordMapError, match="also in"):
        validate(data)
