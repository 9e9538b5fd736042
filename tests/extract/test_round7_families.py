"""Families of salary, qualification and experience phrasing found wrong on the round-7
development articles, pinned with sentences written for this file (none is taken from the
corpus).

- romanised মাসে / দিনে / বছরে written as two words ("mash e 20 hajar") is a pay period.
- a floor denied a word or two later ("15k er beshi dey na", "से ज्यादा नहीं देतीं") is a
  ceiling; a floor that is itself negated ("se kam nahi") stays a floor.
- a bound may carry the Bengali emphatic "-ও" ("৮০ হাজার টাকার উপরেও").
- class-number forms of class 8 and class 5 ("Class 8 pash", "कक्षा 8", "ক্লাস এইট") are
  below_secondary.
- a level naming a pupil or a batch being taught, with a Bengali case ending after the noun
  ("class 10-এর ছাত্রকে পড়ালে", "Madhyamik batch") gives no fact; "10 पास छात्र" still does.
- "fresh B.Com holders", "fresh engineering graduates", "ফ্রেশ গ্র্যাজুয়েটরাও" welcome
  freshers.
- an asker's own lack of experience in a first-person question ("क्या मुझे बिना अनुभव के
  नौकरी मिलेगी?") is no requirement; a fresher noun in a question still is.

Types scored as indicative: the Indian states and the North East region the gazetteer
lacked, neighbourhoods of Kolkata, Dhaka and Mumbai ("Kalyan" only in Latin script:
"कल्याण" is also "welfare"); the role machine_operator; "HR round" is an interview stage,
not a job; papers kept "ready" are papers to bring.
"""

from __future__ import annotations

import pytest

from tests.extract.views import fresher, levels, named, sal

# -- salary ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Dokane kaj korle mash e 14 hajar er moto hoy.", "month"),
        ("Notun cook der mas e 16 hajar taka dey.", "month"),
        ("Rajmistri der din e 700 taka dey.", "day"),
        ("Senior engineer ra bochor e 9 lakh taka pay.", "year"),
    ],
)
def test_romanised_period_in_two_words(facts_of, text, period):
    got = sal(facts_of, text, language="bn")
    assert [p for *_, p in got] == [period]


@pytest.mark.parametrize(
    ("text", "span", "high"),
    [
        ("Choto dokan gulo 12k er beshi dey na.", "12k er beshi", 12000),
        ("Gramer school e 10 hajar takar beshi pawa jay na.", "10 hajar takar beshi", 10000),
        ("ছোট কারখানাগুলো ১৪ হাজার টাকার বেশি কেউ দেয় না।", "১৪ হাজার টাকার বেশি", 14000),
        ("Naye ladkon ko 11 hazaar se zyada nahi milta.", "11 hazaar se zyada", 11000),
        ("छोटी दुकानें 13 हजार रुपये से ज्यादा नहीं देतीं।", "13 हजार रुपये से ज्यादा", 13000),
    ],
)
def test_denied_floor_is_a_ceiling(facts_of, text, span, high):
    assert sal(facts_of, text, language="bn") == [(span, None, high, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Salary 18 hazaar se kam nahi milegi.",
        "বেতন ১৮ হাজার টাকার কম হবে না।",
    ],
)
def test_negated_ceiling_stays_a_floor(facts_of, text):
    got = sal(facts_of, text)
    assert [(mn, mx) for _, mn, mx, _ in got] == [(18000, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Bade shehron mein 25 hazaar se zyada milte hain, chhote mein nahi.",
        "Yahan salary 25k se upar milti hai na?",  # a tag question, no denial
    ],
)
def test_floor_not_denied(facts_of, text):
    got = sal(facts_of, text)
    assert [(mn, mx) for _, mn, mx, _ in got] == [(25000, None)]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("অভিজ্ঞ হলে ৬০ হাজার টাকার উপরেও পাওয়া যায়।", "৬০ হাজার টাকার উপরেও", 60000, None),
        ("ভালো designer-দের বেতন ৪৫ হাজারের বেশিও হয়।", "৪৫ হাজারের বেশিও", 45000, None),
        ("Senior hole 70 hajar takar uporeo pawa jay.", "70 hajar takar uporeo", 70000, None),
        ("নতুনদের বেতন ২০ হাজার টাকা পর্যন্তও ওঠে।", "২০ হাজার টাকা পর্যন্তও", None, 20000),
    ],
)
def test_emphatic_bound(facts_of, text, span, low, high):
    assert sal(facts_of, text, language="bn") == [(span, low, high, None)]


# -- qualification ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Godown e helper lagbe, class 8 pash holei hobe.", "class 8"),
        ("Is kaam ke liye Class 8th pass kaafi hai.", "Class 8th"),
        ("इस पद के लिए कक्षा 8 पास होना जरूरी है।", "कक्षा 8"),
        ("ন্যূনতম যোগ্যতা ক্লাস এইট পাস।", "ক্লাস এইট"),
        ("Applicants must have passed Class VIII.", "Class VIII"),
        ("Peon ke liye class 5 pass bhi chalega.", "class 5"),
    ],
)
def test_class_number_below_secondary(facts_of, text, span):
    assert levels(facts_of, text) == [("below_secondary", span)]


@pytest.mark.parametrize(
    "text",
    [
        "পাড়ার class 10-এর ছাত্রীকে অঙ্ক পড়িয়ে মাসে দুই হাজার টাকা পাই।",
        "ক্লাস টেনের ছাত্রছাত্রীদের জন্য সন্ধ্যার ব্যাচ চলে।",
        "Class 10 er chhatro der porale bhalo income hoy.",
        "12वीं के छात्र को घर पर पढ़ाने के 5000 रुपये मिलते हैं।",
        "Madhyamik batch-e ekhon 20 jon.",
        "I tutor Class 12 kids in maths every evening.",
        "मैं 8वीं तक के बच्चों को पढ़ाती हूं।",
    ],
)
def test_pupils_and_batches_are_no_requirement(facts_of, text):
    assert levels(facts_of, text, language="bn") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("10 पास छात्र भी आवेदन कर सकते हैं।", "10 पास"),
        ("8th pass students can apply for the helper post.", "8th pass"),
    ],
)
def test_a_passed_level_before_pupils_is_still_a_requirement(facts_of, text, span):
    assert [t for _, t in levels(facts_of, text)] == [span]


# -- experience ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Private hospitals often hire fresh GNM holders as staff nurses.", "fresh GNM holders"),
        (
            "Fresh engineering graduates can apply for the trainee post.",
            "Fresh engineering graduates",
        ),
        ("The bank takes fresh diploma holders every July.", "fresh diploma holders"),
        ("Yahan fresh B.Com passouts ko bhi rakhte hain.", "fresh B.Com passouts"),
        ("ये कंपनियां फ्रेश ग्रेजुएट्स को भी मौका देती हैं।", "फ्रेश ग्रेजुएट्स"),
        ("ফ্রেশ গ্র্যাজুয়েটরাও আবেদন করতে পারেন।", "ফ্রেশ গ্র্যাজুয়েটরাও"),
        ("Clinics hire freshly graduated pharmacists too.", "freshly graduated"),
    ],
)
def test_fresh_graduates_and_holders(facts_of, text, span):
    assert fresher(facts_of, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Fresh food and fresh fruit are served in the canteen.",
        "Start fresh with a new résumé.",
    ],
)
def test_fresh_alone_is_no_fresher(facts_of, text):
    assert fresher(facts_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "क्या मुझे बिना अनुभव के ड्राइवर की नौकरी मिलेगी?",
        "Kya mujhe bina experience ke BPO mein job mil sakti hai?",
        "Can I get a hotel job without experience?",
        "আমি কি অভিজ্ঞতা ছাড়া চাকরি পাব?",
        "Ami ki kono obhiggota chara chakri pabo?",
    ],
)
def test_an_askers_own_lack_of_experience_is_no_fact(facts_of, text):
    assert fresher(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kolkata te fresher der salary koto?", ["fresher"]),
        ("Do call centres hire without experience?", ["without experience"]),
        (
            "क्या मुझे नौकरी मिलेगी? हां, यहां बिना अनुभव के भी रखते हैं।",
            ["बिना अनुभव"],
        ),
    ],
)
def test_other_questions_and_answers_keep_their_facts(facts_of, text, want):
    assert fresher(facts_of, text) == want


# -- places, roles, papers (indicative types) ------------------------------------------


def places(facts_of, text, **kw):
    return [
        (f["text"], f["normalized"])
        for f in facts_of(text, **kw)
        if f["type"] in ("location", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hiring drives are planned in Manipur, Mizoram and Sikkim.",
            [("Manipur", "Manipur"), ("Mizoram", "Mizoram"), ("Sikkim", "Sikkim")],
        ),
        ("मेघालय और गोवा में नई भर्तियां।", [("मेघालय", "Meghalaya"), ("गोवा", "Goa")]),
        ("Telcos are adding towers across the North East.", [("North East", "North East India")]),
        ("উত্তর-পূর্ব ভারতে নতুন শাখা খুলবে।", [("উত্তর-পূর্ব ভারতে", "North East India")]),
        (
            "Behala আর Tollygunge-এ tuition-এর চাহিদা বেশি।",
            [("Behala", "Behala"), ("Tollygunge-এ", "Tollygunge")],
        ),
        ("Ekta ghor Badda te 8,000 taka.", [("Badda", "Badda")]),
        (
            "Warehouse jobs in Kalyan and Dombivli.",
            [("Kalyan", "Kalyan"), ("Dombivli", "Dombivli")],
        ),
    ],
)
def test_more_states_regions_and_neighbourhoods(facts_of, text, want):
    assert places(facts_of, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The new depot is north-east of the town.",
        "समाज कल्याण विभाग ने योजना शुरू की।",
        "সমাজ কল্যাণ দপ্তর থেকে জানানো হয়েছে।",
    ],
)
def test_direction_and_welfare_are_no_places(facts_of, text):
    assert places(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Factory te machine operator nichhe.", [("machine operator", "machine_operator")]),
        ("মেশিন অপারেটরদের দিনে ৬০০ টাকা দেয়।", [("মেশিন অপারেটরদের", "machine_operator")]),
        ("Plant mein CNC operator chahiye.", [("CNC operator", "machine_operator")]),
        ("सिलाई मशीन ऑपरेटर की भर्ती।", [("सिलाई मशीन ऑपरेटर", "sewing_operator")]),
    ],
)
def test_machine_operator(facts_of, text, want):
    assert named(facts_of, text, "role") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Interview has three rounds: aptitude, technical and HR round.", []),
        ("শেষে এইচআর রাউন্ডে বেতন নিয়ে কথা হয়।", []),
        ("आखिर में HR राउंड होता है।", []),
        ("We need an HR executive for the plant.", [("HR executive", "hr")]),
        ("PO interview ki taiyari kaise karein?", [("PO", "probationary_officer")]),
    ],
)
def test_a_job_before_round_is_an_interview_stage(facts_of, text, want):
    assert named(facts_of, text, "role") == want


def test_papers_kept_ready(facts_of):
    got = named(facts_of, "Keep two passport-size photographs ready.", "document")
    assert got == [("passport-size photographs", "passport_photo")]
