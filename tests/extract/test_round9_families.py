"""Families of salary, qualification and experience phrasing found wrong on the round-9
development articles, pinned with sentences written for this file (none is taken from the
corpus).

Salary:
- pay that "crosses" or "passes" a figure sets only the floor ("cross ₹12 LPA", "exceed Rs
  40,000", "तीस हजार के पार", "22 hazaar ke paar", "৫০ হাজার টাকা পেরিয়ে যায়"); pay that
  "touches" it sets only the ceiling ("চল্লিশ হাজার ছুঁয়ে যায়", "30 hajar chhuye jay").
- a money figure that goes on about the pay of the sentence just before it, in the same
  paragraph, is pay ("বেতন মাসে নয় হাজার টাকা। কলেজে পড়ালে তিরিশ হাজারের কাছাকাছি।"), unless
  its sentence names a cost, it is of another size, or it stands in a new paragraph.
- a digits-only sum with a month word right after it is monthly pay when the sentence names
  no cost ("25,000 mahina ghar baithe"); a rent stays out.
- a sum written as a compound adjective of a job ("a twelve-thousand-rupee job", "15 हजार
  रुपये की नौकरी"), English number words joined by hyphens to their multiplier.
- "साल भर में", "saal bhar mein" (over the whole year) is a yearly period.
- money demanded in advance ("agrim", "एडवांस") and money for something bought ("laptop
  khud kharidna pada") are not pay.
- a piece rate "for each" unit ("proti form er jonno", "প্রতি পাতার জন্য", "har form ke
  liye") is pay with no period.

Qualification:
- a level restated in brackets right after it is one fact ("Class 10 (Madhyamik)",
  "স্নাতক (অনার্স)", "B.Com (Honours)").
- those sitting an exam now ("porikkharthi", "परीक्षार्थी", "examinees") are pupils, not a
  requirement, and so is each level coordinated before them ("SSC ba HSC porikkharthi").

Experience:
- "no experience needed" with the genitive and "kono" ("obhiggotar kono dorkar nei",
  "Experience er kono dorkar nei"); "prior experience not needed" ("pehle se koi experience
  nahi chahiye"); fresh candidates and applicants in three scripts.
- "with" and a count of years spent somewhere ("with two years in retail", "with 4 to 6 years
  on the job").
- the years it takes to reach a higher post ("Supervisor बनने में तीन साल लगते हैं", "টিম লিডার
  হতে দুই থেকে তিন বছর লাগে", "It takes about four years to become a manager").
- a present tenure at a workplace ("company mein 3 saal se hoon", "इस कंपनी में 4 साल से हूं").
"""

from __future__ import annotations

import pytest

from tests.extract.views import fresher, levels, sal, years

# -- salary ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Senior analysts often cross ₹12 LPA.", "cross ₹12 LPA", 1200000, None),
        ("Shift leads can exceed Rs 40,000 a month.", "exceed Rs 40,000", 40000, None),
        ("अनुभव के साथ वेतन तीस हजार के पार चला जाता है।", "तीस हजार के पार", 30000, None),
        ("Do saal baad salary 22 hazaar ke paar jaati hai.", "22 hazaar ke paar", 22000, None),
        ("অভিজ্ঞদের বেতন ৫০ হাজার টাকা পেরিয়ে যায়।", "৫০ হাজার টাকা পেরিয়ে যায়", 50000, None),
        ("বড় শহরে এই বেতন চল্লিশ হাজার ছুঁয়ে যায়।", "চল্লিশ হাজার ছুঁয়ে যায়", None, 40000),
        ("Overtime dhorle beton 30 hajar chhuye jay.", "30 hajar chhuye jay", None, 30000),
    ],
)
def test_crossing_sets_floor_and_touching_sets_ceiling(facts_of, text, span, low, high):
    assert [(t, mn, mx) for t, mn, mx, _ in sal(facts_of, text, language="bn")] == [
        (span, low, high)
    ]


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        (
            "প্রাইমারি স্কুলে বেতন মাসে নয় হাজার টাকা। কলেজে পড়ালে তিরিশ হাজারের কাছাকাছি।",
            ("তিরিশ হাজার", 30000, 30000, None),
        ),
        (
            "Junior chefs get ₹15,000 a month. Head chefs, around ₹45,000.",
            ("₹45,000", 45000, 45000, None),
        ),
        (
            "Receptionist ko 14 hazaar milte hain. Hotel bada ho to 20 hazaar tak.",
            ("20 hazaar tak", None, 20000, None),
        ),
        (
            "अकाउंटेंट की तनख्वाह 18 हजार रुपये है। बाद में यह पच्चीस हजार के पार चली जाती है।",
            ("पच्चीस हजार के पार", 25000, None, None),
        ),
    ],
)
def test_figure_carrying_on_from_the_pay_sentence_before(facts_of, text, carried):
    assert sal(facts_of, text, language="bn")[-1] == carried


@pytest.mark.parametrize(
    "text",
    [
        "Salary 20 hazaar milti hai. Kamre ka kiraya 6 hazaar.",  # a cost
        "Salary ₹18,000 milti hai.\n\nBike ₹60,000 ki hai.",  # a new paragraph
        "Salary 25 hazaar milti hai. Joining par ₹20,000 ka laptop khud kharidna pada.",
        "বেতন ২০ হাজার টাকা। শহরের জনসংখ্যা ১.২ লাখ ছাড়িয়ে যায়।",  # another size
    ],
)
def test_second_sentence_that_is_no_pay_stays_out(facts_of, text):
    assert len(sal(facts_of, text, language="bn")) == 1


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Ad mein likha tha 25,000 mahina ghar baithe.", "25,000", 25000),
        ("विज्ञापन में 40,000 महीना लिखा था।", "40,000", 40000),
        ("বিজ্ঞাপনে লেখা ছিল ৩০,০০০ মাসে।", "৩০,০০০", 30000),
    ],
)
def test_bare_sum_with_a_month_word_is_monthly_pay(facts_of, text, span, value):
    assert sal(facts_of, text, language="bn") == [(span, value, value, "month")]


def test_bare_rent_with_a_month_word_stays_out(facts_of):
    assert sal(facts_of, "Kiraya 8,000 mahina hai.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A twelve-thousand-rupee job is not enough.", "twelve-thousand-rupee", 12000),
        ("A 20,000-rupee job is better than nothing.", "20,000-rupee", 20000),
        ("उसने 15 हजार रुपये की नौकरी छोड़ दी।", "15 हजार रुपये", 15000),
    ],
)
def test_sum_naming_its_job(facts_of, text, span, value):
    assert sal(facts_of, text) == [(span, value, value, None)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("मासिक वेतन ₹25,000 है, यानी साल भर में ₹3,00,000।", "₹3,00,000", 300000),
        ("Saal bhar mein 2.4 lakh kama lete hain.", "2.4 lakh", 240000),
    ],
)
def test_over_the_whole_year_is_yearly(facts_of, text, span, value):
    assert (span, value, value, "year") in sal(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Agent ke agrim 500 taka din, tarpor kaj.",
        "Agent agrim 1,500 taka mase ney.",
        "एजेंट हर महीने ₹2,000 एडवांस लेता है।",
        "এজেন্ট মাসে ২,০০০ টাকা অগ্রিম নেয়।",
        "Joining ke waqt ₹4,500 ka kit khud kharidna pada.",
    ],
)
def test_advances_and_purchases_are_no_pay(facts_of, text):
    assert sal(facts_of, text, language="bn") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Data entry: proti form er jonno 12 taka.", "12 taka", 12),
        ("Typing er kaj: প্রতি পাতার জন্য ১০ টাকা।", "১০ টাকা", 10),
        ("Form bharna: har form ke liye 10 rupaye.", "10 rupaye", 10),
    ],
)
def test_piece_rate_for_each_unit(facts_of, text, span, value):
    assert sal(facts_of, text, language="bn") == [(span, value, value, None)]


# -- qualification ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Class 10 (Madhyamik) pass hote hobe.", [("secondary", "Class 10 (Madhyamik)")]),
        ("স্নাতক (অনার্স) ডিগ্রি থাকতে হবে।", [("graduate", "স্নাতক (অনার্স)")]),
        ("B.Com (Honours) required.", [("graduate", "B.Com (Honours)")]),
        ("योग्यता: 12वीं (इंटरमीडिएट) उत्तीर्ण।", [("higher_secondary", "12वीं (इंटरमीडिएट)")]),
    ],
)
def test_level_restated_in_brackets_is_one_fact(facts_of, text, expected):
    assert levels(facts_of, text, language="bn") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Amra SSC ba HSC porikkharthi der porai.",
        "HSC or SSC examinees can join our coaching.",
        "10वीं या 12वीं के परीक्षार्थी को पढ़ाना है।",
        "এইচএসসি পরীক্ষার্থীদের পড়ানোর জন্য শিক্ষক চাই।",
    ],
)
def test_examinees_are_pupils_not_a_requirement(facts_of, text):
    assert levels(facts_of, text, language="bn") == []


def test_coordinated_levels_passed_stay_requirements(facts_of):
    assert levels(facts_of, "SSC ba HSC pass hote hobe.", language="bn") == [
        ("secondary", "SSC"),
        ("higher_secondary", "HSC"),
    ]


# -- experience ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Experience er kono dorkar nei.", "Experience er kono dorkar nei"),
        ("Obhiggotar kono proyojon nei.", "Obhiggotar kono proyojon nei"),
        ("Fresh applicants are welcome to apply.", "Fresh applicants"),
        ("फ्रेश उम्मीदवार भी आवेदन कर सकते हैं।", "फ्रेश उम्मीदवार"),
        ("ফ্রেশ প্রার্থীরাও আবেদন করতে পারবেন।", "ফ্রেশ প্রার্থীরাও"),
        (
            "Is kaam mein pehle se koi experience nahi chahiye.",
            "pehle se koi experience nahi chahiye",
        ),
        ("इस नौकरी में पहले से अनुभव नहीं चाहिए।", "पहले से अनुभव नहीं चाहिए"),
    ],
)
def test_more_fresher_welcomes(facts_of, text, span):
    assert fresher(facts_of, text, language="bn") == [span]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We want someone with two years in retail.", ("two years", 2, 2)),
        ("Mechanics with 4 to 6 years on the job earn more.", ("4 to 6 years", 4, 6)),
        ("Supervisor बनने में तीन साल लगते हैं।", ("तीन साल", 3, 3)),
        ("Team leader hote sadharonoto dui bochor lage.", ("dui bochor", 2, 2)),
        ("টিম লিডার হতে দুই থেকে তিন বছর লাগে।", ("দুই থেকে তিন বছর", 2, 3)),
        ("It takes about four years to become a manager.", ("four years", 4, 4)),
        ("Main ek call centre company mein 3 saal se hoon.", ("3 saal", 3, 3)),
        ("मैं इस कंपनी में 4 साल से हूं।", ("4 साल", 4, 4)),
    ],
)
def test_years_of_work_without_an_experience_word(facts_of, text, expected):
    assert years(facts_of, text, language="bn") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Company mein 5 saal se bharti nahi hui.",  # a halt in hiring
        "डिग्री पूरी करने में 3 साल लगते हैं।",  # study, no higher post
        "Nurse बनने में 4 साल लगते हैं।",  # training for a first job
    ],
)
def test_years_that_are_no_work_stay_out(facts_of, text):
    assert years(facts_of, text, language="bn") == []
