"""Experience: years and months, ranges, open bounds, freshers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("2-3 साल का अनुभव चाहिए।", 2, 3),
        ("कम से कम 2 साल का अनुभव जरूरी है।", 2, None),
        ("पाँच साल के अनुभव के बाद वेतन बढ़ता है।", 5, 5),
        ("६ महीने का अनुभव हो।", 0.5, 0.5),
        ("১ থেকে ২ বছরের অভিজ্ঞতা লাগবে।", 1, 2),
        ("অন্তত ২ বছরের অভিজ্ঞতা চাই।", 2, None),
        ("পাঁচ বছরের অভিজ্ঞতায় বেতন বাড়ে।", 5, 5),
        ("অভিজ্ঞতা ০ থেকে ১ বছর।", 0, 1),
        ("2+ years of experience is required.", 2, None),
        ("Experience: 1-2 years in a call centre.", 1, 2),
        ("Up to 5 years of experience.", None, 5),
        ("6 months to 1 year experience chahiye.", 0.5, 1),
        ("Ontoto 1 bochhorer obhiggota lagbe.", 1, None),
    ],
)
def test_years(facts_of, text, lo, hi) -> None:
    facts = facts_of(text, "experience")
    assert [(f["min_years"], f["max_years"], f["fresher"]) for f in facts] == [(lo, hi, False)]


@pytest.mark.parametrize(
    "text",
    [
        "फ्रेशर भी आवेदन कर सकते हैं।",
        "Freshers can apply.",
        "ফ্রেশাররাও আবেদন করতে পারবেন।",
        "कोई अनुभव की जरूरत नहीं, नए लोग भी आएं।",
        "কোনো অভিজ্ঞতা লাগে না।",
    ],
)
def test_freshers(facts_of, text) -> None:
    facts = facts_of(text, "experience")
    assert facts and all(f["fresher"] and f["min_years"] is None for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        "उम्र 18 से 25 साल के बीच हो।",
        "বয়স ২১ থেকে ৩০ বছরের মধ্যে হতে হবে।",
        "यह कोर्स 3 साल का है।",
        "कंपनी 20 साल पुरानी है।",
    ],
)
def test_not_experience(facts_of, text) -> None:
    assert facts_of(text, "experience") == []


def test_bound_after_the_unit(facts_of) -> None:
    (f,) = facts_of("अनुभव 3 साल से अधिक होना चाहिए।", "experience")
    assert (f["min_years"], f["max_years"], f["text"]) == (3, None, "3 साल से अधिक")


def test_bengali_more_than(facts_of) -> None:
    (f,) = facts_of("২ বছরের বেশি অভিজ্ঞতা থাকলে ভালো।", "experience")
    assert (f["min_years"], f["max_years"]) == (2, None)


def test_course_length_is_not_experience(facts_of) -> None:
    facts = facts_of("इस कोर्स की अवधि 2 साल है और अनुभव जरूरी नहीं।", "experience")
    assert [(f["min_years"], f["fresher"]) for f in facts] == [(None, True)]
