"""Families of salary, qualification and experience phrasing found wrong on the round-8
development articles, pinned with sentences written for this file (none is taken from the
corpus).

Salary:
- romanised ছাড়িয়ে যায় ("18,000 chhariye jay") is an open floor like the Bengali form.
- a sum "for" which someone works ("১৩ হাজার টাকায় পড়াচ্ছি", "12 hazaar mein kaam karta
  hoon") is pay; a sum for which something is bought stays a price.
- colloquial verbs of taking earnings out ("তোলা যায়", "তুলি", "nikal lete hain"), the
  plain future "পাবে" and what "remains" in hand after deductions ("रहता है") are earning
  verbs; "পুরো মাস" (a whole month of work) is a month.
- "টাকা" follows the country named in its own sentence or paragraph when that differs from
  the rest of the document (a Kolkata reply in a Dhaka thread).
- fines, increments and bribes are not pay; a wage "proposed" or "demanded" in a pay
  dispute is.
- a count noun after an open bound, perhaps after the word naming what is counted ("65
  हज़ार से ज़्यादा teacher posts"), is a count, not money.
- a worker's "rate" by the hour is pay ("rate ghontay 6 dollar").
- "coaching institutes" and "coaching centre" name a workplace, not a fee.

Qualification:
- a level as the owner of a paper also with a Bengali-script link ("HS এর marksheet") or
  the Hindi "अंकसूची".
- a level followed by "for" and then, in its clause, another qualification is the post or
  course aimed at ("high school के लिए graduation के साथ B.Ed").
- a degree as a course someone may take, study or buy ("Should I do an MBA?", "a part-time
  MBA", "an MBA ... costs Rs 8 lakh", "MBA korbo?", "B.Pharm final year e achi") is no
  requirement; nor is a level naming the institute ("ITI campus") or "bed" in "150-bed".
- "no education needed" in more words: "Degree ज़रूरी नहीं", "No formal schooling is
  required", "kono degree lagena", "Padhai ki koi condition nahi", "koi padhai-likhai nahi
  poochta", and one denial over experience and degree ("কোনো experience বা degree লাগে না",
  which is also a fresher welcome); "MBA degree zaruri nahi" names the MBA as not required.

Types scored as indicative: para-teachers ("পার্শ্বশিক্ষক", "पैरा टीचर") are teachers and
"TL" a team leader; places and employers the gazetteer lacked (Bankura, Kapurthala, Alambagh,
Malviya Nagar, Vijay Nagar, Howrah Maidan; bKash Limited, Daraz Express with "DEX", Rail Coach
Factory with "RCF"), the longer name winning over the shorter one inside it.

Experience:
- a tenure written after the years ("আট বছর ধরে ... হিসেবে", "4 साल से ... काम कर रही हूं",
  "have been a nurse for 6 years") where the sentence names work or a job; searching for a
  job or a halt in hiring is no tenure.
- "<workers> with N years" is those workers' experience.
- papers covering months ("last three months' payslips") and training ("train them for
  three months") are no experience.
- an English noun with a native "without" ("experience ছাড়াই", "experience के बिना") is a
  fresher welcome.
"""

from __future__ import annotations

import pytest

from tests.extract.views import fresher, levels, named, sal, years

# -- salary ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low"),
    [
        ("Tokhon mase salary 18,000 chhariye jay.", "18,000 chhariye jay", 18000),
        ("Senior hole beton 30 hajar chariye jay.", "30 hajar chariye jay", 30000),
        ("Incentive dhorle income 22k chhariye jae.", "22k chhariye jae", 22000),
    ],
)
def test_romanised_passed_floor(facts_of, text, span, low):
    assert [(t, mn, mx) for t, mn, mx, _ in sal(facts_of, text, language="bn")] == [
        (span, low, None)
    ]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("পাঁচ বছর ধরে মাসে ১১ হাজার টাকায় পড়াচ্ছি।", 11000),
        ("Ekhon mase 9 hajar takay kaj kori.", 9000),
        ("Main 12 hazaar mein kaam karta hoon.", 12000),
        ("मैं 8000 रुपये में नौकरी कर रही हूं।", 8000),
    ],
)
def test_sum_worked_for_is_pay(facts_of, text, low):
    assert [mn for _, mn, _, _ in sal(facts_of, text, language="bn")] == [low]


@pytest.mark.parametrize(
    "text",
    [
        "১২ হাজার টাকায় একটা ফোন কিনেছি।",
        "Bike ta 60 hajar takay kinechi.",
        "यह फोन 12 हजार में मिलता है।",
    ],
)
def test_sum_paid_for_goods_stays_a_price(facts_of, text):
    assert sal(facts_of, text, language="bn") == []


@pytest.mark.parametrize(
    ("text", "low", "high", "period"),
    [
        ("পুরো মাস খাটলে তিরিশ হাজারের বেশি তোলা যায়।", 30000, None, "month"),
        ("ভালো মাসে ৩০ হাজার টাকা তুলি।", 30000, 30000, "month"),
        ("Puro mash khatle 20 hajar tola jay.", 20000, 20000, "month"),
        ("Ek mahine mein 22 hazaar nikal lete hain delivery wale.", 22000, 22000, "month"),
    ],
)
def test_colloquial_taking_out_of_earnings(facts_of, text, low, high, period):
    assert [(mn, mx, p) for _, mn, mx, p in sal(facts_of, text, language="bn")] == [
        (low, high, period)
    ]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("PF আর tax কেটে মাসে ২১,০০০ থেকে ২২,০০০ টাকা হাতে পাবে।", 21000, 22000),
        ("PF kete mase 18 hajar taka hate pabe.", 18000, 18000),
        ("कटौती के बाद इन-हैंड करीब 52 हजार रहता है।", 52000, 52000),
        ("After PF and tax, 18 hazaar haath mein rehta hai.", 18000, 18000),
    ],
)
def test_in_hand_after_deductions(facts_of, text, low, high):
    assert [(mn, mx) for _, mn, mx, _ in sal(facts_of, text, language="bn")] == [(low, high)]


def test_taka_follows_the_place_of_its_own_paragraph(facts_of):
    text = (
        "ঢাকায় রাইডাররা মাসে ২০ হাজার টাকা পান। ঢাকার বাজার বড়।\n\n"
        "উত্তর (কলকাতা): এখানে সপ্তাহে ৪,০০০ থেকে ৪,৫০০ টাকা পেমেন্ট আসে।"
    )
    got = [f["currency"] for f in facts_of(text, "salary", language="bn")]
    assert got == ["BDT", "INR"]


def test_taka_follows_the_place_of_its_own_sentence(facts_of):
    text = (
        "Kolkata-য় নার্সরা মাসে ১৮ হাজার টাকা পান। Kolkata-র হাসপাতালে চাহিদা বেশি। "
        "ঢাকার ক্লিনিকে মাসে ২২ হাজার টাকা দেয়।"
    )
    got = [f["currency"] for f in facts_of(text, "salary", language="bn")]
    assert got == ["INR", "BDT"]


@pytest.mark.parametrize(
    "text",
    [
        "Factories that fail to pay the wage face fines of up to Tk 50,000.",
        "सैलरी देर से देने पर कंपनी पर ₹2,000 का फाइन लगेगा।",
        "Probation ke baad ₹1,200 ka increment milta hai.",
        "एक साल बाद ₹1,500 का increment मिलता है।",
        "The clerk demanded ₹5,000 as a bribe.",
    ],
)
def test_fines_increments_and_bribes_are_not_pay(facts_of, text):
    assert sal(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Owners proposed Tk 11,000, while the union demanded Tk 20,000.",
            [("Tk 11,000", 11000, 11000, None), ("Tk 20,000", 20000, 20000, None)],
        ),
        ("Workers are seeking a wage of ₹18,000.", [("₹18,000", 18000, 18000, None)]),
    ],
)
def test_proposed_and_demanded_wages(facts_of, text, want):
    assert sal(facts_of, text, language="en") == want


@pytest.mark.parametrize(
    "text",
    [
        "BPSC TRE: 70 हज़ार से ज़्यादा teacher posts, जानिए salary",
        "वेतन अच्छा है, इसलिए 10,000 से अधिक पद भरने को लोग उत्सुक हैं।",
        "ভালো বেতনের ৫ হাজারের বেশি নার্সের পদ খালি।",
        "Ebar bhalo salary-r 12 hajar er beshi constable post e niyog.",
    ],
)
def test_count_after_an_open_bound(facts_of, text):
    assert sal(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Or rate ghontay 7 dollar, kintu kaj niyomito na.", "7 dollar"),
        ("My hourly rate is $12.", "$12"),
        ("আমার রেট ঘণ্টায় ১০ ডলার।", "১০ ডলার"),
    ],
)
def test_hourly_rate_is_pay(facts_of, text, span):
    assert [(t, p) for t, _, _, p in sal(facts_of, text, language="bn")] == [(span, "hour")]


def test_a_price_rate_by_the_hour_is_not_pay(facts_of):
    assert sal(facts_of, "Parking rate ₹20 per hour.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Coaching institutes में अच्छे teachers को per lecture ₹1,100 तक मिल जाते हैं।",
            [("₹1,100 तक", None, 1100, None)],
        ),
        (
            "कोचिंग सेंटर में पढ़ाकर 15 हजार रुपये महीना मिलते हैं।",
            [("15 हजार रुपये", 15000, 15000, "month")],
        ),
    ],
)
def test_coaching_workplace_is_no_fee(facts_of, text, want):
    assert sal(facts_of, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Coaching classes: ₹2,000 per month.",
        "Coaching centre: ₹2,000 per month fees.",
    ],
)
def test_coaching_fees_stay_out(facts_of, text):
    assert sal(facts_of, text) == []


# -- qualification ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "আবেদনের সঙ্গে HS এর marksheet ও ছবি আনুন।",
        "মাধ্যমিক এর admit card সঙ্গে রাখুন।",
        "आवेदन के साथ 10वीं की अंकसूची की प्रति लगाएं।",
        "12th ki marks sheet le aana.",
    ],
)
def test_owner_of_a_paper(facts_of, text):
    assert levels(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "प्राइमरी के लिए 12वीं, और हाई स्कूल के लिए graduation के साथ B.Ed जरूरी है।",
            [("higher_secondary", "12वीं"), ("graduate", "graduation"), ("graduate", "B.Ed")],
        ),
        ("MBA ke liye graduation zaruri hai.", [("graduate", "graduation")]),
        ("উচ্চ মাধ্যমিক স্তরের জন্য স্নাতকোত্তর ডিগ্রি চাই।", [("postgraduate", "স্নাতকোত্তর")]),
        ("HS-এর জন্য স্নাতক লাগবে।", [("graduate", "স্নাতক")]),
    ],
)
def test_level_aimed_at_is_no_requirement(facts_of, text, want):
    assert levels(facts_of, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("10वीं पास के लिए ITI जरूरी है।", [("secondary", "10वीं"), ("diploma", "ITI")]),
        ("Commerce graduates ke liye kaunsa better?", [("graduate", "Commerce graduates")]),
    ],
)
def test_passed_level_or_nothing_asked_keeps_the_level(facts_of, text, want):
    assert levels(facts_of, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Should I do an MBA, or look for a better job first?",
        "She is pursuing a part-time MBA on weekends.",
        "An MBA from a good college costs Rs 10 lakh.",
        "A full-time M.Com will cost you two years.",
        "MBA करूं या नौकरी?",
        "Ami ki MBA korbo naki chakri?",
    ],
)
def test_degree_as_a_course_to_take(facts_of, text):
    assert levels(facts_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ami B.Pharm final year e achi, medical rep hote chai.",
        "I am in the 2nd year of B.Com.",
        "Kankarbagh का 150-bed hospital नए स्टाफ रखेगा।",
        "रांची के ITI campus में training मिलेगी।",
        "বিএড কলেজে ভর্তি শুরু হয়েছে।",
    ],
)
def test_student_year_bed_and_institutes(facts_of, text):
    assert levels(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("4) Degree ज़रूरी नहीं, skills ज़रूरी हैं।", "Degree ज़रूरी नहीं"),
        ("No formal schooling is required for helpers.", "No formal schooling is required"),
        ("Madhyamik na holeo cholbe, kono degree lagena.", "kono degree lagena"),
        ("Padhai ki koi condition nahi.", "Padhai ki koi condition nahi"),
        ("Yahan koi padhai-likhai nahi poochta.", "koi padhai-likhai nahi poochta"),
        ("Join করতে NID লাগে; কোনো experience বা degree লাগে না।", "degree লাগে না"),
        ("Koi experience ya degree nahi chahiye.", "degree nahi chahiye"),
    ],
)
def test_more_ways_to_say_no_degree(facts_of, text, span):
    assert levels(facts_of, text) == [("none_required", span)]


@pytest.mark.parametrize(
    "text",
    [
        "MBA degree zaruri nahi hai.",
        "B.Ed ডিগ্রি লাগবে না।",
    ],
)
def test_a_named_degree_not_needed(facts_of, text):
    assert levels(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Candidates must have an MBA.", [("postgraduate", "MBA")]),
        ("Apply with BEd and two years of teaching.", [("graduate", "BEd")]),
        ("B.Ed करना ज़रूरी है।", [("graduate", "B.Ed")]),
    ],
)
def test_a_required_degree_stays(facts_of, text, want):
    assert levels(facts_of, text) == want


# -- experience ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "n"),
    [
        ("আমি সাত বছর ধরে পার্শ্বশিক্ষক হিসেবে পড়াচ্ছি।", "সাত বছর", 7),
        ("Ami 5 bochor dhore nurse er kaj korchi.", "5 bochor", 5),
        ("উত্তর (Rupa Das, 4 বছর ধরে Salt Lake এ software developer):", "4 বছর", 4),
        ("मैं 4 साल से नर्स का काम कर रही हूं।", "4 साल", 4),
        ("Main 3 saal se telecaller hoon.", "3 saal", 3),
        ("I have been a nurse for 6 years.", "6 years", 6),
    ],
)
def test_tenure_after_the_years(facts_of, text, span, n):
    assert years(facts_of, text, language="bn") == [(span, n, n)]


@pytest.mark.parametrize(
    "text",
    [
        "৩ বছর ধরে নিয়োগ বন্ধ ছিল।",
        "Main 3 saal se naukri dhoondh raha hoon.",
        "5 साल से भर्ती नहीं हुई, अब नौकरी के मौके हैं।",
        "The course runs for 2 years and you can work after.",
    ],
)
def test_no_tenure_without_work(facts_of, text):
    assert years(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Accountants with two years or more earn well.", [("two years or more", 2, None)]),
        ("Nurses with 3+ years get more.", [("3+ years", 3, None)]),
        ("Telecallers with 1 year get 15k.", [("1 year", 1, 1)]),
    ],
)
def test_workers_with_years(facts_of, text, want):
    assert years(facts_of, text, language="en") == want


def test_with_years_needs_a_job(facts_of):
    assert years(facts_of, "A nurse with three kids needs leave.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bring your last three months' payslips if experienced.",
        "अनुभवी उम्मीदवार पिछले 6 महीने की सैलरी स्लिप लाएं।",
        "অভিজ্ঞ প্রার্থীরা গত ৩ মাসের ব্যাংক স্টেটমেন্ট আনবেন।",
    ],
)
def test_papers_covering_months_are_no_experience(facts_of, text):
    assert years(facts_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Factories hire people with no prior experience and train them for three months.",
        "Operators are trained for six months on the machines.",
    ],
)
def test_training_length_is_no_experience(facts_of, text):
    assert years(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Join করতে NID লাগে; কোনো experience বা degree লাগে না।", "কোনো experience"),
        ("Koi experience ya degree nahi chahiye.", "Koi experience"),
        ("कोई अनुभव या डिग्री नहीं चाहिए।", "कोई अनुभव"),
    ],
)
def test_one_denial_over_experience_and_degree(facts_of, text, span):
    assert fresher(facts_of, text) == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("এই পদে experience ছাড়াই apply করা যায়।", "experience ছাড়াই"),
        ("Experience ছাড়া-ও অনেকে join করেছে।", "Experience ছাড়া"),
        ("यहां experience के बिना भी apply कर सकते हैं।", "experience के बिना"),
        ("Is job mein experience ke bina bhi chalega.", "experience ke bina"),
    ],
)
def test_english_noun_with_native_without(facts_of, text, span):
    assert fresher(facts_of, text) == [span]


# -- places, employers, roles (indicative types) ---------------------------------------


def places(facts_of, text, **kw):
    return [
        (f["type"], f["text"], f["normalized"])
        for f in facts_of(text, **kw)
        if f["type"] in ("location", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("বাঁকুড়ার স্কুলে পার্শ্বশিক্ষকদের নিয়োগ।", [("পার্শ্বশিক্ষকদের", "teacher")]),
        ("गांव के स्कूल में पैरा टीचर की भर्ती।", [("पैरा टीचर", "teacher")]),
        ("Floor par har TL ke neeche 12 agents hote hain.", [("TL", "team_leader")]),
    ],
)
def test_para_teachers_and_team_leads(facts_of, text, want):
    assert [w for w in named(facts_of, text, "role") if w[1] != "call_centre_agent"] == want


def test_tl_only_in_capitals(facts_of):
    assert named(facts_of, "Bottle ka tl khatam ho gaya.", "role") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Naya office Howrah Maidan ke paas hai.",
            [("location", "Howrah Maidan", "Howrah Maidan")],
        ),
        ("বাঁকুড়ায় নতুন স্কুল খুলছে।", [("location", "বাঁকুড়ায়", "Bankura")]),
        (
            "आलमबाग और मालवीय नगर में दफ्तर हैं।",
            [("location", "आलमबाग", "Alambagh"), ("location", "मालवीय नगर", "Malviya Nagar")],
        ),
        ("Vijay Nagar mein walk-in hai.", [("location", "Vijay Nagar", "Vijay Nagar")]),
        (
            "Rail Coach Factory Kapurthala (RCF) ne apprentices maange.",
            [
                ("organization", "Rail Coach Factory Kapurthala", "Rail Coach Factory Kapurthala"),
                ("organization", "RCF", "Rail Coach Factory Kapurthala"),
            ],
        ),
        (
            "Daraz Express (DEX) rider nicche.",
            [
                ("organization", "Daraz Express", "Daraz Express"),
                ("organization", "DEX", "Daraz Express"),
            ],
        ),
        ("বিকাশ লিমিটেড নতুন কর্মী নেবে।", [("organization", "বিকাশ লিমিটেড", "bKash Limited")]),
    ],
)
def test_more_places_and_employers(facts_of, text, want):
    assert places(facts_of, text) == want


def test_bikash_alone_is_a_word(facts_of):
    assert places(facts_of, "দেশের বিকাশ নিয়ে আলোচনা হলো।") == []
