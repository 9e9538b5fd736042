"""Organization/location facts from the Bengali NER tags: kept only with evidence of a name.

Our own sentences; the tags (`ner`, `upos`) are set by hand the way the tag stage writes
them, including the mistakes the Bengali NER model makes on career text.
"""

from __future__ import annotations

from typing import Any

import pytest


def tagged_facts(extractor, make_document, text: str, tags: dict[str, tuple[str, str]]):
    """Organization/location facts of `text` whose tokens get (ner, upos) from `tags`."""
    doc = make_document(text, language="bn")
    for sent in doc.sentences:
        for tok in sent.tokens:
            tok.ner, tok.upos = tags.get(tok.text, ("O", "NOUN"))
    facts: list[dict[str, Any]] = [f.model_dump() for f in extractor(doc).facts]
    for f in facts:
        assert f["text"] == text[f["start"] : f["end"]]
    return [
        (f["type"], f["text"], f["normalized"], f["confidence"])
        for f in facts
        if f["type"] in ("organization", "location")
    ]


def test_a_proper_noun_span_is_kept_with_low_confidence(extractor, make_document) -> None:
    got = tagged_facts(
        extractor,
        make_document,
        "রহিম সুন্দরবন ব্যাংকে কাজ করেন, ঢাকায়।",
        {
            "রহিম": ("B-PER", "PROPN"),
            "সুন্দরবন": ("B-ORG", "PROPN"),
            "ব্যাংকে": ("I-ORG", "NOUN"),  # ব্যাংক + -এ, not the accusative -কে
            "ঢাকায়।": ("B-LOC", "PROPN"),
        },
    )
    assert got == [
        ("organization", "সুন্দরবন ব্যাংকে", None, 0.5),
        ("location", "ঢাকায়", "Dhaka", 0.85),  # the gazetteer wins over the tag
    ]


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # common nouns the model calls places: no word is a proper noun
        ("দেশের যে কোনো জেলা থেকে আবেদন করা যাবে।", {"দেশের": "B-LOC"}),
        ("গ্রাহকের প্রশ্নের উত্তর দিতে হয়।", {"গ্রাহকের": "B-LOC"}),
        ("ডেটা এন্ট্রি শিখে নিন।", {"ডেটা": "B-LOC", "এন্ট্রি": "I-LOC"}),
        ("সরকারি হাসপাতালে নার্স নেওয়া হবে।", {"সরকারি": "B-ORG", "হাসপাতালে": "I-ORG"}),
        ("বীমা কোম্পানিতে এজেন্ট দরকার।", {"বীমা": "B-ORG", "কোম্পানিতে": "I-ORG"}),
    ],
)
def test_common_words_tagged_as_entities_are_dropped(extractor, make_document, text, tags):
    full = {word: (tag, "NOUN") for word, tag in tags.items()}
    assert tagged_facts(extractor, make_document, text, full) == []


def test_people_and_plural_endings_are_not_places(extractor, make_document) -> None:
    tags = {"আবেদনকারীকে": ("B-LOC", "PROPN"), "কর্মীদের": ("B-ORG", "PROPN")}
    text = "আবেদনকারীকে স্নাতক হতে হবে, কর্মীদের বেতন মাসে দেওয়া হয়।"
    assert tagged_facts(extractor, make_document, text, tags) == []


def test_amounts_tagged_as_places_are_dropped(extractor, make_document) -> None:
    tags = {"৩৫,০০০": ("B-LOC", "NUM")}
    assert tagged_facts(extractor, make_document, "বেতন ৩৫,০০০ টাকা মাসে।", tags) == []


def test_a_verb_the_model_ran_into_is_trimmed(extractor, make_document) -> None:
    tags = {
        "মেঘনা": ("B-ORG", "PROPN"),
        "সফটওয়্যার": ("I-ORG", "NOUN"),
        "খুঁজছে": ("I-ORG", "VERB"),
    }
    text = "মেঘনা সফটওয়্যার খুঁজছে জুনিয়র ডেভেলপার।"
    got = tagged_facts(extractor, make_document, text, tags)
    assert got == [("organization", "মেঘনা সফটওয়্যার", None, 0.5)]


def test_a_place_in_the_genitive_is_kept(extractor, make_document) -> None:
    tags = {"ফরিদাবাদের": ("B-LOC", "PROPN")}
    got = tagged_facts(extractor, make_document, "ফরিদাবাদের কারখানায় লোক লাগবে।", tags)
    assert got == [("location", "ফরিদাবাদের", None, 0.5)]


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        (
            "মেঘনা পেট্রোলিয়াম লিমিটেড হিসাবরক্ষক নেবে।",
            {"মেঘনা": "B-ORG", "পেট্রোলিয়াম": "I-ORG", "লিমিটেড": "I-ORG"},
            "মেঘনা পেট্রোলিয়াম লিমিটেড",
        ),
        # tagged as a place, but a name ending in হাসপাতাল is an employer
        (
            "আনোয়ার খান মডার্ন হাসপাতালে নার্স নেওয়া হচ্ছে।",
            {"আনোয়ার": "B-LOC", "খান": "I-LOC", "মডার্ন": "I-LOC", "হাসপাতালে": "I-LOC"},
            "আনোয়ার খান মডার্ন হাসপাতালে",
        ),
        # a generic first word is left out of the name
        (
            "বেসরকারি পদ্মা ব্যাংকের শাখায় চাকরি।",
            {"বেসরকারি": "B-ORG", "পদ্মা": "I-ORG", "ব্যাংকের": "I-ORG"},
            "পদ্মা ব্যাংকের",
        ),
    ],
)
def test_an_employer_named_by_its_corporate_word(extractor, make_document, text, tags, expected):
    full = {word: (tag, "NOUN") for word, tag in tags.items()}
    got = tagged_facts(extractor, make_document, text, full)
    assert got == [("organization", expected, None, 0.5)]


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        # generic words and a corporate word only: no name
        ("বড় কর্পোরেট হাসপাতালে নার্স লাগবে।", {"বড়": "B-ORG", "কর্পোরেট": "I-ORG", "হাসপাতালে": "I-ORG"}),
        # a conjunction inside: two phrases, not one name
        (
            "শান্তিপুর ও রানাঘাট কলেজে শিক্ষক নিয়োগ।",
            {"শান্তিপুর": "B-ORG", "ও": "I-ORG", "রানাঘাট": "I-ORG", "কলেজে": "I-ORG"},
        ),
        # a plural ending: "software companies", not one company
        ("সফটওয়্যার কোম্পানিগুলোতে চাকরি বাড়ছে।", {"সফটওয়্যার": "B-LOC", "কোম্পানিগুলোতে": "I-LOC"}),
    ],
)
def test_descriptions_of_employers_are_not_names(extractor, make_document, text, tags) -> None:
    full = {word: (tag, "CCONJ" if word == "ও" else "NOUN") for word, tag in tags.items()}
    assert tagged_facts(extractor, make_document, text, full) == []
