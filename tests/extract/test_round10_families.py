"""Families of salary, qualification and experience phrasing found wrong on the round-10
development articles, pinned with sentences written for this file (none is taken from the
corpus).

Salary:
- a pay matrix or a pay scale names pay ("पे मैट्रिक्स लेवल-6 (₹35,400–₹1,12,400)",
  "9,300-22,490 taka scale e").
- pay that arrives at a single figure ("তা ১২,০০০ টাকায় পৌঁছয়", "25 हजार रुपये पर पहुंच जाती").
- what a week brings "at its end" is weekly pay ("সপ্তাহ শেষে", "हफ्ते के अंत में").
- a figure net of a cost ("after platform fees", "ফি বাদ দিয়ে") is pay; the cost is no
  distractor of it.
- a cost in a clause set against a daily or monthly figure ("..., lekin petrol apna") does
  not stop it.
- "a good month brings in $1,800": "brings in" earns.
- a count of new jobs, openings or agents is no pay ("নতুন ৩,০০০ job", "২,০০০ নতুন agent").

Qualification:
- students an employer wants or lets apply are candidates ("We want BCA and M.Sc students",
  "B.Sc ছাত্রছাত্রীরাও আবেদন করতে পারবেন").
- "without a degree" in Hindi and Bengali order ("bina degree ke", "डिग्री के बिना",
  "degree ছাড়াই"; "degree ছাড়াও" only when someone is hired later in the clause).

Experience:
- "no problem without experience" ("অভিজ্ঞতা না থাকলেও সমস্যা নেই", "अनुभव न हो तो भी कोई
  दिक्कत नहीं"); a plain "Experience nahi chahiye" (not "mujhe ...", a wish).
- a post denied to freshers ("Fresher-দের জন্য এই পদ নয়") gives no fresher fact.
- years "of" described work ("3 years of postdoctoral work", "5 years of government service").
- "after" a count of years in a sentence with a pay figure ("After three years, ₹9 lakh a
  year", "3-4 saal baad 10 LPA tak"), unless a training, course or age word is there.

Documents:
- a label before a colon ("Documents: ...", "Bring: ...") gives the papers context to its
  whole line, and a paper that needs no context to the others of its sentence ("PAN card
  and three recent photographs"); "photo ID" is an identity paper, no photograph.
- "Aadhar", "résumé", "shikkhagoto sonod" are forms of known papers.
"""

from __future__ import annotations

import pytest

from tests.extract.views import fresher, levels, sal, years

# -- salary ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("पे मैट्रिक्स लेवल-6 (₹35,400–₹1,12,400) लागू होगा।", "₹35,400–₹1,12,400", 35400, 112400),
        (
            "Pore sthayi pode 9,300-22,490 taka scale e niyog hobe.",
            "9,300-22,490 taka",
            9300,
            22490,
        ),
        (
            "Confirmed staff move to the ₹25,500-₹81,100 pay matrix.",
            "₹25,500-₹81,100",
            25500,
            81100,
        ),
        ("স্থায়ী হলে ১১,০০০-২৬,৫৯০ টাকা স্কেলে নিয়োগ।", "১১,০০০-২৬,৫৯০ টাকা", 11000, 26590),
    ],
)
def test_pay_matrix_and_scale_name_pay(facts_of, text, span, low, high):
    assert [(t, mn, mx) for t, mn, mx, _ in sal(facts_of, text, language="hi")] == [
        (span, low, high)
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("দুই বছর কাজ করলে তা ১২,০০০ টাকায় পৌঁছয়।", "১২,০০০ টাকা", 12000),
        ("দক্ষ হলে মাইনে আঠারো হাজার টাকায় পৌঁছে যায়।", "আঠারো হাজার টাকা", 18000),
        ("दो साल में यह 25 हजार रुपये पर पहुंच जाती है।", "25 हजार रुपये", 25000),
    ],
)
def test_pay_arriving_at_a_figure(facts_of, text, span, value):
    assert [(t, mn, mx) for t, mn, mx, _ in sal(facts_of, text, language="bn")] == [
        (span, value, value)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("সপ্তাহ শেষে প্রায় ৪ হাজার টাকা হাতে আসে।", "bn"),
        ("Soptah sheshe 4 hajar taka hate ashe.", "bn-Latn"),
        ("हफ्ते के अंत में 4 हजार रुपये हाथ में आते हैं।", "hi"),
    ],
)
def test_week_end_is_a_weekly_period(facts_of, text, lang):
    assert [(mx, p) for _, _, mx, p in sal(facts_of, text, language=lang)] == [(4000, "week")]


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        (
            "She charges $20 an hour, and a busy month brings in around $1,800 after "
            "platform fees of 15%.",
            "$1,800",
            "month",
        ),
        ("A good month gives her $1,800 after fees.", "$1,800", "month"),
        (
            "Achhe din 800 rupaye roz tak ho jaate hain, lekin bike ki EMI apni jeb se.",
            "800 rupaye",
            "day",
        ),
        ("Drivers make ₹1,100 a day, but fuel is on them.", "₹1,100", "day"),
    ],
)
def test_pay_net_of_a_cost_or_set_against_it(facts_of, text, span, period):
    got = [(t, p) for t, _, _, p in sal(facts_of, text, language="en")]
    assert (span, period) in got


@pytest.mark.parametrize(
    "text",
    [
        "Rent is ₹9,000 a month, but the area is safe.",
        "कोर्स की फीस 20 हजार रुपये है, लेकिन नौकरी में बाद में फायदा है।",
    ],
)
def test_a_cost_stays_out(facts_of, text):
    assert sal(facts_of, text, language="hi") == []


@pytest.mark.parametrize(
    "text",
    [
        "ঢাকায় নতুন ৩,০০০ job, salary কত?",
        "এ বছর প্রায় ২,০০০ নতুন agent নেওয়া হবে।",
        "The sector will add 5,000 new openings this year.",
        "Is saal 4,000 naye log liye jayenge.",
    ],
)
def test_counts_of_new_jobs_are_no_pay(facts_of, text):
    assert sal(facts_of, text, language="bn") == []


# -- qualification ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We want BCA and M.Sc students who can code," said the recruiter.',
            [("graduate", "BCA"), ("postgraduate", "M.Sc")],
        ),
        ("Final-year B.Com students can apply.", [("graduate", "B.Com")]),
        ("Company ko B.Tech students chahiye jo Java jaante hon.", [("graduate", "B.Tech")]),
        ("B.Sc ছাত্রছাত্রীরাও আবেদন করতে পারবেন।", [("graduate", "B.Sc")]),
    ],
)
def test_students_sought_by_an_employer_are_candidates(facts_of, text, expected):
    assert levels(facts_of, text, language="en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "He teaches Class 10 students.",
        "12वीं के छात्र को पढ़ाना होगा।",
        "B.Ed college students protested.",
    ],
)
def test_pupils_still_are_no_requirement(facts_of, text):
    assert levels(facts_of, text, language="en") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Kai startups bina degree ke bhi hire karte hain.", "bina degree ke"),
        ("यहां डिग्री के बिना भी काम मिल जाता है।", "डिग्री के बिना"),
        ("এই কাজে degree ছাড়াই নেওয়া হয়।", "degree ছাড়াই"),
        ("অনেক কোম্পানি এখন degree ছাড়াও skill দেখে নিয়োগ করে।", "degree ছাড়াও"),
        ("Anek company ekhon degree chharao kaj dey.", "degree chharao"),
    ],
)
def test_without_a_degree_in_native_order(facts_of, text, span):
    assert levels(facts_of, text, language="bn") == [("none_required", span)]


def test_degree_besides_something_else_is_no_waiver(facts_of):
    text = "degree ছাড়াও ২ বছরের অভিজ্ঞতা লাগবে।"
    assert all(level != "none_required" for level, _ in levels(facts_of, text, language="bn"))


# -- experience ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("অভিজ্ঞতা না থাকলেও সমস্যা নেই, কাজ শিখিয়ে দেওয়া হবে।", "অভিজ্ঞতা না থাকলেও সমস্যা নেই"),
        ("Obhiggota na thakleo kono somossa nei.", "Obhiggota na thakleo kono somossa nei"),
        ("अनुभव न हो तो भी कोई दिक्कत नहीं।", "अनुभव न हो तो भी कोई दिक्कत नहीं"),
        (
            "Experience nahi hai to bhi koi problem nahi.",
            "Experience nahi hai to bhi koi problem nahi",
        ),
        ("Experience nahi chahiye, training company degi.", "Experience nahi chahiye"),
    ],
)
def test_no_problem_without_experience(facts_of, text, span):
    assert fresher(facts_of, text, language="bn") == [span]


def test_a_wish_for_no_experience_is_no_fact(facts_of):
    assert fresher(facts_of, "Mujhe experience nahi chahiye, bas job chahiye.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fresher-দের জন্য এই পদ নয়, অন্তত ৩ বছরের অভিজ্ঞতা চাই।",
        "Freshers ke liye yeh job nahi hai.",
        "ফ্রেশারদের জন্য এই চাকরি নয়।",
    ],
)
def test_a_post_denied_to_freshers(facts_of, text):
    assert fresher(facts_of, text, language="bn") == []


def test_a_post_for_freshers_still_welcomes_them(facts_of):
    assert fresher(facts_of, "ফ্রেশারদের জন্য এই চাকরি ভালো।", language="bn") == ["ফ্রেশারদের"]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "Scientist posts ask for a PhD and at least 3 years of postdoctoral work.",
            "at least 3 years",
            3,
            None,
        ),
        ("Officers need 5 years of government service.", "5 years", 5, 5),
        ("Seniors should have 4 years of clinical practice.", "4 years", 4, 4),
    ],
)
def test_years_of_described_work(facts_of, text, span, low, high):
    assert years(facts_of, text, language="en") == [(span, low, high)]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("After three years, ₹9 lakh a year is normal.", "three years", 3, 3),
        ("After about 3 years, analysts draw ₹60,000 a month.", "3 years", 3, 3),
        ("3-4 saal baad team lead roles mein 10 LPA tak mil jata hai.", "3-4 saal", 3, 4),
        ("এক বছর পর কাজ ভালো হলে ২২ হাজার টাকা।", "এক বছর", 1, 1),
        ("दो साल बाद वेतन 30 हजार रुपये हो जाता है।", "दो साल", 2, 2),
    ],
)
def test_years_after_which_a_pay_is_reached(facts_of, text, span, low, high):
    assert years(facts_of, text, language="en") == [(span, low, high)]


@pytest.mark.parametrize(
    "text",
    [
        "After two years the office moved to Pune.",
        "Training 12 mahine ki hai, stipend ₹9,000 jo chhah mahine baad ₹10,000 ho jayega.",
        "২০২৫ সালের পর এই নিয়ম বদলেছে।",
    ],
)
def test_years_after_without_pay_or_in_training_are_no_experience(facts_of, text):
    assert years(facts_of, text, language="en") == []


# -- documents -------------------------------------------------------------------------


def docs(facts_of, text, **kw):
    return [(f["text"], f["name"]) for f in facts_of(text, "document", **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bring: updated CV, original certificates, PAN card, and three recent photographs.",
            ("photographs", "passport_photo"),
        ),
        ("Documents: Aadhar, voter card, 2 photo", ("photo", "passport_photo")),
        ("Documents: Aadhar, voter card, 2 photo", ("Aadhar", "aadhaar_card")),
        ("कागज़: आधार कार्ड, पैन कार्ड और 2 फोटो", ("फोटो", "passport_photo")),
        ("Keep your résumé updated and send it to HR.", ("résumé", "resume")),
        (
            "Abedoner sathe NID, shikkhagoto sonod ar chobi dite hobe.",
            ("shikkhagoto sonod", "certificate"),
        ),
    ],
)
def test_papers_in_a_labelled_line_or_a_list(facts_of, text, expected):
    assert expected in docs(facts_of, text, language="en")


@pytest.mark.parametrize(
    "text",
    [
        "The photo of the new office went viral.",
        "इस फोटो में टीम के लोग हैं।",
        "Bring your CV and a photo ID (Aadhaar or PAN).",
    ],
)
def test_photos_that_are_no_paper(facts_of, text):
    assert all(name != "passport_photo" for _, name in docs(facts_of, text, language="en"))
