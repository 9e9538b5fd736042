"""Recall on the many ways job ads state requirements, with the near misses that must
stay silent: English, romanised Hinglish and Banglish, Devanagari and Bengali script.

Every sentence here is our own; none comes from the annotated corpus.
"""

from __future__ import annotations

import pytest


def levels(facts_of, text):
    return [(f["level"], f["text"]) for f in facts_of(text, "qualification")]


def years(facts_of, text):
    return [
        (f["min_years"], f["max_years"], f["fresher"], f["text"])
        for f in facts_of(text, "experience")
    ]


def names(facts_of, text, type_):
    return [(f["name"], f["text"]) for f in facts_of(text, type_)]


# --- qualification --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Candidates should be a graduate in any stream.", [("graduate", "graduate")]),
        ("Any graduate can apply for this post.", [("graduate", "graduate")]),
        ("Graduation pass hona chahiye.", [("graduate", "Graduation")]),
        ("Graduation korte hobe, tahole apply korte parben.", [("graduate", "Graduation")]),
        ("Snatak pass hona chahiye, tabhi form bharein.", [("graduate", "Snatak")]),
        ("অনার্স পাস প্রার্থীরা আবেদন করবেন।", [("graduate", "অনার্স")]),
        ("Post-graduate candidates are preferred.", [("postgraduate", "Post-graduate")]),
        ("12th pass candidates apply karein.", [("higher_secondary", "12th pass")]),
        ("12 पास होना चाहिए।", [("higher_secondary", "12 पास")]),
        ("Plus two pass is enough for this job.", [("higher_secondary", "Plus two")]),
        ("Intermediate pass hona zaroori hai.", [("higher_secondary", "Intermediate")]),
        ("inter pass ho to bhi chalega.", [("higher_secondary", "inter pass")]),
        ("Class XII pass candidates can apply.", [("higher_secondary", "Class XII")]),
        ("Minimum Class 10 pass required.", [("secondary", "Class 10")]),
        ("HS pass holei cholbe.", [("higher_secondary", "HS")]),
        ("ucchomadhyamik pass korte hobe.", [("higher_secondary", "ucchomadhyamik")]),
        ("SSLC or PUC pass is fine.", [("secondary", "SSLC"), ("higher_secondary", "PUC")]),
        (
            "Madhyamik/Uchha Madhyamik pass korte hobe.",
            [("secondary", "Madhyamik"), ("higher_secondary", "Uchha Madhyamik")],
        ),
        (
            "dasvi pass ya barvi pass chahiye.",
            [("secondary", "dasvi"), ("higher_secondary", "barvi")],
        ),
        (
            "দাখিল বা আলিম পাস হলেও চলবে।",
            [("secondary", "দাখিল"), ("higher_secondary", "আলিম পাস")],
        ),
        (
            "UG degree is a must, PG degree preferred.",
            [("graduate", "UG degree"), ("postgraduate", "PG degree")],
        ),
    ],
)
def test_qualification_phrasings(facts_of, text, expected) -> None:
    assert levels(facts_of, text) == expected


def test_degree_names_spelt_out(facts_of) -> None:
    facts = facts_of("Bachelor of Commerce or Master of Business Administration.", "qualification")
    assert [(f["level"], f["degree"], f["field"]) for f in facts] == [
        ("graduate", "B.Com", "commerce"),
        ("postgraduate", "MBA", "management"),
    ]


def test_commerce_degrees_in_hinglish(facts_of) -> None:
    facts = facts_of("BCom ya MCom wale apply kar sakte hain.", "qualification")
    assert [(f["level"], f["degree"]) for f in facts] == [
        ("graduate", "B.Com"),
        ("postgraduate", "M.Com"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She is a high school teacher in Patna.",
        "हाई स्कूल शिक्षक बनने का सपना था।",
    ],
)
def test_a_school_named_before_teacher_is_no_requirement(facts_of, text) -> None:
    assert levels(facts_of, text) == []


# --- experience -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Kam se kam 2 saal ka experience hona chahiye.", 2, None),
        ("6 mahine ka anubhav ho to accha hai.", 0.5, 0.5),
        ("1-2 yrs exp in voice process.", 1, 2),
        ("Experience: 0-1 year.", 0, 1),
        ("Minimum 3 years of experience in sales.", 3, None),
        ("At least two years of experience is needed.", 2, None),
        ("Two to three years of experience in accounts.", 2, 3),
        ("2 bochorer obhiggota thakte hobe.", 2, 2),
        ("Teen saal ka experience chahiye.", 3, 3),
        ("Dedh saal ka experience ho.", 1.5, 1.5),
        ("Experience 1 se 3 saal ka hona chahiye.", 1, 3),
        ("six months experience in data entry.", 0.5, 0.5),
        ("ছয় মাসের অভিজ্ঞতা থাকলে ভালো।", 0.5, 0.5),
        ("डेढ़ साल का अनुभव हो।", 1.5, 1.5),
    ],
)
def test_experience_phrasings(facts_of, text, lo, hi) -> None:
    assert [(f[0], f[1], f[2]) for f in years(facts_of, text)] == [(lo, hi, False)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("No experience necessary.", "No experience necessary"),
        ("Experience is not mandatory for this role.", "Experience is not mandatory"),
        ("Experience ki zarurat nahi hai.", "Experience ki zarurat nahi"),
        ("Anubhav zaruri nahi hai.", "Anubhav zaruri nahi"),
        ("Bina experience ke bhi job milti hai.", "Bina experience"),
        ("Fresh graduates can apply.", "Fresh graduates"),
        ("naye log bhi apply kar sakte hain.", "naye log"),
        ("Fresher ra apply korte parben.", "Fresher"),
        ("অভিজ্ঞতা লাগবে না।", "অভিজ্ঞতা লাগবে না"),
        ("obhiggota lagbe na, sobai apply korun.", "obhiggota lagbe na"),
    ],
)
def test_freshers_welcome(facts_of, text, phrase) -> None:
    assert years(facts_of, text) == [(None, None, True, phrase)]


@pytest.mark.parametrize(
    "text",
    [
        "Bachche ki umar 2 saal hai aur mujhe experience nahi chahiye.",
        "Company 10 saal purani hai aur experience wale chahiye.",
        "Course 6 mahine ka hai, isse experience milta hai.",
        "Piano experience is a plus.",
    ],
)
def test_ages_courses_and_company_ages_are_not_experience(facts_of, text) -> None:
    assert years(facts_of, text) == []


def test_age_beside_a_no_experience_phrase(facts_of) -> None:
    assert years(facts_of, "Umar 18 se 25 saal, experience zaruri nahi.") == [
        (None, None, True, "experience zaruri nahi")
    ]


def test_training_length_is_not_experience(facts_of) -> None:
    found = years(facts_of, "Training 3 mahine ki hogi, experience 2 saal chahiye.")
    assert found == [(2, 2, False, "2 saal")]


# --- roles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chat support executive ki requirement hai.",
            [("customer_support", "Chat support executive")],
        ),
        (
            "Process associate ke pad ke liye interview.",
            [("call_centre_agent", "Process associate")],
        ),
        (
            "Data entry operator and computer operator posts are open.",
            [("data_entry", "Data entry operator"), ("computer_operator", "computer operator")],
        ),
        ("Accounts assistant ki zarurat hai.", [("accountant", "Accounts assistant")]),
        (
            "Sales executive aur relationship manager ke liye walk-in.",
            [
                ("sales_executive", "Sales executive"),
                ("relationship_manager", "relationship manager"),
            ],
        ),
        ("Software testers ki bharti.", [("software_tester", "Software testers")]),
        (
            "Telecallers and nurses are needed.",
            [("telecaller", "Telecallers"), ("nurse", "nurses")],
        ),
        ("शिक्षकों की भर्ती होगी।", [("teacher", "शिक्षकों")]),
        (
            "कंप्यूटर ऑपरेटर और डेटा एंट्री ऑपरेटर की भर्ती।",
            [("computer_operator", "कंप्यूटर ऑपरेटर"), ("data_entry", "डेटा एंट्री ऑपरेटर")],
        ),
        ("হিসাব সহকারী পদে নিয়োগ।", [("accountant", "হিসাব সহকারী")]),
        ("রিলেশনশিপ ম্যানেজার পদে আবেদন করুন।", [("relationship_manager", "রিলেশনশিপ ম্যানেজার")]),
    ],
)
def test_roles_named_as_work(facts_of, text, expected) -> None:
    assert names(facts_of, text, "role") == expected


def test_a_helpline_is_not_a_job(facts_of) -> None:
    assert names(facts_of, "ग्राहक सेवा नंबर पर शिकायत करें।", "role") == []


# --- organisations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EXL, WNS, Startek and Sutherland have openings.",
            ["EXL", "WNS", "Startek", "Sutherland"],
        ),
        (
            "Bangladesh Bank, Robi, Banglalink and bKash are recruiting.",
            ["Bangladesh Bank", "Robi Axiata", "Banglalink", "bKash"],
        ),
        (
            "Indian Railways, Apollo Hospitals, Fortis and AIIMS are recruiting.",
            ["Indian Railways", "Apollo Hospitals", "Fortis Healthcare", "AIIMS"],
        ),
        ("Kotak Mahindra Bank and Yes Bank have jobs.", ["Kotak Mahindra Bank", "Yes Bank"]),
    ],
)
def test_known_employers(facts_of, text, expected) -> None:
    assert [f["normalized"] for f in facts_of(text, "organization")] == expected


def test_robi_only_as_a_name(facts_of) -> None:
    assert facts_of("robibar office chhuti thake.", "organization") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sundarban Technologies Pvt. Ltd. is hiring freshers.",
            "Sundarban Technologies Pvt. Ltd.",
        ),
        ("Lotus Hospital in Patna needs nurses.", "Lotus Hospital"),
        ("Join Greenfield Infotech as a developer.", "Greenfield Infotech"),
    ],
)
def test_unknown_employer_by_its_corporate_word(facts_of, text, name) -> None:
    facts = facts_of(text, "organization")
    assert [(f["name"], f["normalized"], f["confidence"]) for f in facts] == [(name, None, 0.6)]


@pytest.mark.parametrize(
    "text",
    [
        "Private Bank jobs pay well.",
        "Leading IT Services companies hire graduates.",
        "Many MNC Banks are hiring.",
        "Railway Group D ki bharti aayi hai.",
    ],
)
def test_generic_corporate_words_are_no_employer(facts_of, text) -> None:
    assert facts_of(text, "organization") == []


def test_tags_on_romanised_text_are_ignored(extractor, make_document) -> None:
    doc = make_document("Merchandiser hote hole English jante hobe.", language="bn")
    for tok in doc.sentences[0].tokens:
        tok.ner = "B-LOC"
    assert [f.type for f in extractor(doc).facts if f.type == "location"] == []


# --- salary: Bengali hundreds and a period in the next sentence -----------------------------


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("দৈনিক মজুরি সাড়ে তিনশো টাকা দেওয়া হয়।", 350, "day"),
        ("মাসে দুই হাজার পাঁচশো টাকা ভাতা পাওয়া যায়।", 2500, "month"),
        ("প্রতিদিন আড়াইশো টাকা মজুরি মেলে, এটাই আয়।", 250, "day"),
    ],
)
def test_bengali_hundreds(facts_of, text, value, period) -> None:
    (f,) = facts_of(text, "salary")
    assert (f["min"], f["max"], f["period"]) == (value, value, period)


def test_negation_after_a_sum_is_not_nine(facts_of) -> None:
    found = facts_of("শুরুতে বেতন পাঁচশো টাকা নয়, পনেরো হাজার টাকা।", "salary")
    assert [f["min"] for f in found] == [500, 15000]


@pytest.mark.parametrize(
    "text",
    [
        "Starting salary 15,000 rupees hai. Yeh har mahine milti hai.",
        "The starting salary is ₹18,000. It is paid every month.",
    ],
)
def test_period_not_carried_from_the_next_sentence(facts_of, text) -> None:
    # the corpus convention: the period is the one the figure's own sentence states
    (f,) = facts_of(text, "salary")
    assert f["period"] is None and "period_carried" not in f


@pytest.mark.parametrize(
    "text",
    [
        "Salary 20,000 rupees. The training lasts a month.",  # no pay word: a duration
        "Salary 20,000 rupees milti hai.\n\nHar mahine naye log judte hain.",  # new paragraph
        "Salary 20,000 rupees. Har mahine 5,000 rupees ka bonus milta hai.",  # its own figure
    ],
)
def test_period_not_carried(facts_of, text) -> None:
    first = facts_of(text, "salary")[0]
    assert first["min"] == 20000 and first["period"] is None


# --- more phrasings: glued units, "or" ranges, spelt-out levels, new pay words -------------


@pytest.mark.parametrize(
    ("text", "lo", "hi", "phrase"),
    [
        ("Candidates need 2yrs exp in BPO.", 2, 2, "2yrs"),
        ("Experience 2 ya 3 saal ka hona chahiye.", 2, 3, "2 ya 3 saal"),
        ("Between 2 and 4 years of experience is required.", 2, 4, "2 and 4 years"),
        ("অভিজ্ঞতা ২ বা ৩ বছরের হলে ভালো।", 2, 3, "২ বা ৩ বছরের"),
    ],
)
def test_experience_ranges_and_glued_units(facts_of, text, lo, hi, phrase) -> None:
    assert years(facts_of, text) == [(lo, hi, False, phrase)]


def test_two_children_are_not_a_range_of_years(facts_of) -> None:
    assert years(facts_of, "2 बच्चों और 3 साल के अनुभव वाले लोग।") == [(3, 3, False, "3 साल")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Any degree holder can apply.", [("graduate", "Any degree")]),
        ("हायर सेकेंडरी पास होना चाहिए।", [("higher_secondary", "हायर सेकेंडरी")]),
        ("ক্লাস টুয়েলভ পাস হলেই চলবে।", [("higher_secondary", "ক্লাস টুয়েলভ")]),
        ("baarahvi pass chahiye.", [("higher_secondary", "baarahvi")]),
    ],
)
def test_more_level_spellings(facts_of, text, expected) -> None:
    assert levels(facts_of, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yahan 15 hazaar ki kamayi ho jaati hai.", 15000),
        ("In-hand salary 14k hoti hai.", 14000),
        ("सैलेरी 18 हजार रुपये है।", 18000),
    ],
)
def test_more_pay_words(facts_of, text, value) -> None:
    (f,) = facts_of(text, "salary")
    assert (f["min"], f["max"]) == (value, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stenographer aur MTS ke pad.",
            [("stenographer", "Stenographer"), ("office_assistant", "MTS")],
        ),
        ("आंगनवाड़ी कार्यकर्ता की भर्ती निकली है।", [("anganwadi_worker", "आंगनवाड़ी कार्यकर्ता")]),
        ("গ্রামীণ ডাক সেবক পদে নিয়োগ।", [("postman", "গ্রামীণ ডাক সেবক")]),
    ],
)
def test_government_roles(facts_of, text, expected) -> None:
    assert names(facts_of, text, "role") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tutors for Class 10 science are in demand.",
        "12वीं के बच्चों को पढ़ाने का काम है।",
        "Class 8 porjonto bachhader porale bhalo aay hoy.",
    ],
)
def test_a_class_being_taught_is_no_requirement(facts_of, text) -> None:
    assert levels(facts_of, text) == []


def test_a_requirement_after_for_still_counts(facts_of) -> None:
    assert levels(facts_of, "Suitable for Class 12 pass candidates.") == [
        ("higher_secondary", "Class 12")
    ]


def test_a_package_next_door_is_no_period(facts_of) -> None:
    # "মাস শেষে" (at month's end) is itself a monthly period since round 11, so the pay
    # sentence here names no period of its own
    text = "বেশিরভাগ কল ইন্টারনেট প্যাকেজ নিয়ে। শুরুতে বেতন আসে ১৮ হাজার টাকা।"
    (f,) = facts_of(text, "salary")
    assert (f["min"], f["period"]) == (18000, None)


def test_a_hindi_verb_is_not_uber(facts_of) -> None:
    assert facts_of("चोट से उबर रहे मरीजों की मदद करना।", "organization") == []


def test_a_bengali_verb_of_purpose_before_the_degree(facts_of) -> None:
    text = "কলেজে পড়াতে স্নাতক বা স্নাতকোত্তর ডিগ্রি দরকার।"
    assert [lvl for lvl, _ in levels(facts_of, text)] == ["graduate", "postgraduate"]


@pytest.mark.parametrize(
    ("text", "lo", "phrase"),
    [
        ("3 साल या उससे ज्यादा का अनुभव चाहिए।", 3, "3 साल या उससे ज्यादा"),
        ("2 saal ya usse zyada experience ho.", 2, "2 saal ya usse zyada"),
        ("২ বছর বা তার বেশি অভিজ্ঞতা থাকতে হবে।", 2, "২ বছর বা তার বেশি"),
    ],
)
def test_or_more_after_the_years(facts_of, text, lo, phrase) -> None:
    (f,) = facts_of(text, "experience")
    assert (f["min_years"], f["max_years"], f["text"]) == (lo, None, phrase)


@pytest.mark.parametrize(
    ("text", "lo", "hi", "period"),
    [
        ("The package is ₹3L to ₹5L per annum.", 300000, 500000, "year"),
        ("CTC 4.5L per annum.", 450000, 450000, "year"),
        ("Tankhwah ₹ 14,500 prati maah.", 14500, 14500, "month"),
        ("Beton proti mase 9000 taka, Kolkata office-e.", 9000, 9000, "month"),
    ],
)
def test_lakh_as_l_and_romanised_periods(facts_of, text, lo, hi, period) -> None:
    (f,) = facts_of(text, "salary")
    assert (f["min"], f["max"], f["period"]) == (lo, hi, period)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Candidates with a year of experience can apply.", 1),
        ("Half a year of experience in sales is enough.", 0.5),
        ("Experience of about a year in a BPO is preferred.", 1),
    ],
)
def test_an_article_counts_as_one(facts_of, text, value) -> None:
    assert [(f[0], f[1]) for f in years(facts_of, text)] == [(value, value)]


@pytest.mark.parametrize(
    "text",
    [
        "A year later he got experience in sales.",
        "The company pays a month in advance, so experience matters less.",
    ],
)
def test_an_article_away_from_the_experience_word(facts_of, text) -> None:
    assert years(facts_of, text) == []
