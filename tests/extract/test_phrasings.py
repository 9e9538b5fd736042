"""More ways articles state pay, qualification and experience, and the near misses that
must stay silent: Hindi, Bengali, romanised Hinglish/Banglish, English and code-mixed.

Every sentence here is our own; none comes from the annotated corpus. Incentives count
as pay (variable pay the worker earns), fees, prices, loans and budgets do not.
"""

from __future__ import annotations

import pytest


def pay(facts_of, text):
    return [
        (f["min"], f["max"], f["currency"], f["period"], f["text"])
        for f in facts_of(text, "salary")
    ]


def quals(facts_of, text):
    return [
        (f["level"], f.get("degree"), f.get("field"), f["text"])
        for f in facts_of(text, "qualification")
    ]


def exp(facts_of, text):
    return [
        (f["min_years"], f["max_years"], f["fresher"], f["text"])
        for f in facts_of(text, "experience")
    ]


# --- salary -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure is away from the pay word, or "in hand" stands for it
        ("शुरुआत में हाथ में लगभग 14 हजार आते हैं।", [(14000, 14000, "INR", None, "14 हजार")]),
        ("Haath mein 11 hazaar aate hain.", [(11000, 11000, "INR", None, "11 hazaar")]),
        ("mase hate pabe prai 12 hajar.", [(12000, 12000, "INR", "month", "12 hajar")]),
        ("হাতে পাবেন প্রায় ১৫ হাজার টাকা।", [(15000, 15000, "INR", None, "১৫ হাজার টাকা")]),
        (
            "In-hand salary 16,500 rupees per month.",
            [(16500, 16500, "INR", "month", "16,500 rupees")],
        ),
        # signs, slashes and shorthand
        ("They pay a stipend of ₹8,000 during training.", [(8000, 8000, "INR", None, "₹8,000")]),
        (
            "The package is ₹2.4–3 LPA for freshers.",
            [(240000, 300000, "INR", "year", "₹2.4–3 LPA")],
        ),
        ("Salary 18-22k per month milegi.", [(18000, 22000, "INR", "month", "18-22k")]),
        ("Salary: ₹ 15,000/- per month.", [(15000, 15000, "INR", "month", "₹ 15,000/-")]),
        ("Salary Rs 12000/- pm.", [(12000, 12000, "INR", "month", "Rs 12000/-")]),
        ("वेतन 15 हजार/माह मिलेगा।", [(15000, 15000, "INR", "month", "15 हजार")]),
        ("मासिक 20,000 रुपये वेतन।", [(20000, 20000, "INR", "month", "20,000 रुपये")]),
        ("Pay: INR 25,000 pm.", [(25000, 25000, "INR", "month", "INR 25,000")]),
        ("বেতন ৳২০,০০০।", [(20000, 20000, "BDT", None, "৳২০,০০০")]),
        (
            "মাসে 20 হাজার টাকার মতো বেতন পাবেন।",
            [(20000, 20000, "INR", "month", "20 হাজার টাকার")],
        ),
        (
            "বেতন ১৮ থেকে ২২ হাজার টাকা।",
            [(18000, 22000, "INR", None, "১৮ থেকে ২২ হাজার টাকা")],
        ),
        ("CTC 4 lakh per annum.", [(400000, 400000, "INR", "year", "4 lakh per annum")]),
        ("Starting mein 10-12 hazar milte hain.", [(10000, 12000, "INR", None, "10-12 hazar")]),
        # "X থেকে শুরু" / "X se start": the starting figure, read as one figure
        (
            "ফ্রেশারদের বেতন ১২,০০০ টাকা থেকে শুরু।",
            [(12000, 12000, "INR", None, "১২,০০০ টাকা")],
        ),
        ("Fresher ko 15k se start hota hai salary.", [(15000, 15000, "INR", None, "15k")]),
        (
            "वेतन शुरू में 12 हजार, बाद में 18 हजार तक।",
            [(12000, 12000, "INR", None, "12 हजार"), (None, 18000, "INR", None, "18 हजार तक")],
        ),
        # incentives are pay
        (
            "Incentive up to 5000 per month extra milta hai.",
            [(None, 5000, "INR", "month", "up to 5000")],
        ),
        ("हर sale पर ₹500 का इंसेंटिव मिलता है।", [(500, 500, "INR", None, "₹500")]),
        # pay and a fee in one sentence: only the pay
        (
            "The salary is 15,000 to 20,000 rupees per month, and the course fee is 5,000 rupees.",
            [(15000, 20000, "INR", "month", "15,000 to 20,000 rupees")],
        ),
    ],
)
def test_pay_phrasings(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Salary negotiable.",
        "Course fee is Rs 15,000.",
        "The course costs 15,000 rupees.",
        "Rs 500 application fee lagegi.",
        "EMI of ₹3,000 per month on the loan.",
        "Company turnover 500 crore hai.",
        "Investment of 2 lakh needed to start.",
        "Exam fee ₹750 hai.",
        "Cost of living in Pune is about 15,000 a month.",
        "Is sector mein ek lakh log kaam karte hain.",
        "2 lakh vacancies aayi hain.",
        "Call 9876543210 for details.",
        "Office pin code 110001.",
        "In 2024 hiring badhi.",
        "Bonus budget of 10 lakh for the team.",
        "Loan haath mein aane mein 2 mahine lagte hain.",
        "পরীক্ষার ফি ৫০০ টাকা।",
        "कोर्स की फीस 15 हजार रुपये है।",
    ],
)
def test_not_pay(facts_of, text) -> None:
    assert pay(facts_of, text) == []


# --- qualification ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graduate in any discipline can apply.", [("graduate", None, None, "Graduate")]),
        ("Min. 12th pass required.", [("higher_secondary", None, None, "12th pass")]),
        (
            "10th/12th pass candidates apply.",
            [("secondary", None, None, "10th"), ("higher_secondary", None, None, "12th pass")],
        ),
        (
            "10वीं या 12वीं पास होना चाहिए।",
            [("secondary", None, None, "10वीं"), ("higher_secondary", None, None, "12वीं")],
        ),
        ("ग्रेजुएट होना जरूरी है।", [("graduate", None, None, "ग्रेजुएट")]),
        ("पोस्ट ग्रेजुएट को प्राथमिकता।", [("postgraduate", None, None, "पोस्ट ग्रेजुएट")]),
        (
            "BA/B.Com/B.Sc pass candidates.",
            [
                ("graduate", "B.A.", "arts", "BA"),
                ("graduate", "B.Com", "commerce", "B.Com"),
                ("graduate", "B.Sc", "science", "B.Sc"),
            ],
        ),
        ("M.A. in English is required.", [("postgraduate", "M.A.", "arts", "M.A.")]),
        ("B.Ed ज़रूरी है।", [("graduate", "B.Ed", "education", "B.Ed")]),
        ("নূন্যতম এইচএসসি পাস।", [("higher_secondary", "HSC", None, "এইচএসসি")]),
        (
            "স্নাতক/স্নাতকোত্তর পাস প্রার্থী।",
            [("graduate", None, None, "স্নাতক"), ("postgraduate", None, None, "স্নাতকোত্তর")],
        ),
        (
            "ডিপ্লোমা ইন নার্সিং থাকতে হবে।",
            [("diploma", None, "nursing", "ডিপ্লোমা ইন নার্সিং")],
        ),
        (
            "डिप्लोमा इन इंजीनियरिंग ज़रूरी है।",
            [("diploma", None, "engineering", "डिप्लोमा इन इंजीनियरिंग")],
        ),
        ("ITI pass candidates can apply.", [("diploma", "ITI", None, "ITI")]),
        ("PhD holders are preferred.", [("doctorate", "PhD", None, "PhD")]),
        ("12th ke baad bhi apply kar sakte hain.", [("higher_secondary", None, None, "12th")]),
        ("Matric pass chahiye.", [("secondary", None, None, "Matric")]),
        (
            "B.Tech in computer science.",
            [("graduate", "B.Tech", "computer_science", "B.Tech in computer science")],
        ),
        (
            "Qualified CA or CMA preferred.",
            [
                ("postgraduate", "CA", "commerce", "Qualified CA"),
                ("postgraduate", "CMA", "commerce", "CMA"),
            ],
        ),
        ("एमबीए किया हो।", [("postgraduate", "MBA", "management", "एमबीए")]),
        ("বিএ পাস হলেই চলবে।", [("graduate", "B.A.", "arts", "বিএ")]),
        ("No degree required.", [("none_required", None, None, "No degree required")]),
        (
            "पढ़ाई की कोई शर्त नहीं है।",
            [("none_required", None, None, "पढ़ाई की कोई शर्त नहीं है")],
        ),
        # a CA firm is an employer, not a qualification
        ("CA firm mein articleship karte hain.", []),
    ],
)
def test_qualification_phrasings(facts_of, text, expected) -> None:
    assert quals(facts_of, text) == expected


# --- experience -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 से 3 वर्ष का अनुभव।", [(1, 3, False, "1 से 3 वर्ष")]),
        ("3 साल से ज्यादा का अनुभव चाहिए।", [(3, None, False, "3 साल से ज्यादा")]),
        ("५ वर्षों का अनुभव।", [(5, 5, False, "५ वर्षों")]),
        ("অন্তত ২ বছরের অভিজ্ঞতা।", [(2, None, False, "অন্তত ২ বছরের")]),
        ("২-৩ বছরের অভিজ্ঞতা থাকতে হবে।", [(2, 3, False, "২-৩ বছরের")]),
        ("6 months to 1 year experience.", [(0.5, 1, False, "6 months to 1 year")]),
        ("Experience minimum 1 yr.", [(1, None, False, "minimum 1 yr")]),
        ("At least 6 months of experience.", [(0.5, None, False, "At least 6 months")]),
        ("Experience: 2+ years.", [(2, None, False, "2+ years")]),
        ("Experience required: 0-1 year.", [(0, 1, False, "0-1 year")]),
        ("6 mahine ka experience chahiye.", [(0.5, 0.5, False, "6 mahine")]),
        ("2 bochhorer abhigyota chai.", [(2, 2, False, "2 bochhorer")]),
        ("Freshers and experienced both can apply.", [(None, None, True, "Freshers")]),
        (
            "No prior experience required.",
            [(None, None, True, "No prior experience required")],
        ),
        ("Anubhav zaroori nahi hai.", [(None, None, True, "Anubhav zaroori nahi")]),
        ("Abhigyota lagbe na.", [(None, None, True, "Abhigyota lagbe na")]),
        ("Experience na hole o cholbe.", [(None, None, True, "Experience na hole o cholbe")]),
        ("অভিজ্ঞতা না থাকলেও চলবে।", [(None, None, True, "অভিজ্ঞতা না থাকলেও চলবে")]),
        ("अनुभव न हो तो भी चलेगा।", [(None, None, True, "अनुभव न हो तो भी चलेगा")]),
        (
            "Anubhav nahi hai to bhi chalega.",
            [(None, None, True, "Anubhav nahi hai to bhi chalega")],
        ),
        # ages of companies and founding years are not experience
        ("He has 10 years in the industry and founded the company in 2010.", []),
        ("The company is 5 years old.", []),
    ],
)
def test_experience_phrasings(facts_of, text, expected) -> None:
    assert exp(facts_of, text) == expected


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # the corpus convention: the period is the one the figure's OWN sentence gives, so
        # a raise stated in the next sentence without a period word keeps none
        (
            "শুরুতে বেতন মাসে বিশ হাজার টাকা। তিন বছর পরে বেতন বেড়ে হয় ত্রিশ হাজার টাকা।",
            ["month", None],
        ),
        (
            "Shuru mein salary 12,000 rupaye mahina hoti hai. Do saal baad salary 18,000 "
            "rupaye ho jaati hai.",
            ["month", None],
        ),
        (
            "Fresher ko mase 12 hajar taka dey. Senior der beton 20 hajar theke 25 hajar.",
            ["month", None],
        ),
        ("Salary ₹20,000 a month. Managers draw a salary of ₹80,000.", ["month", None]),
        ("Salary 15,000 per month.\n\nSalary ₹25,000.", ["month", None]),
    ],
)
def test_period_not_taken_from_the_figure_before(facts_of, text, periods) -> None:
    assert [f["period"] for f in facts_of(text, "salary")] == periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fee in another clause does not hide a wage that is plainly earned
        (
            "Coaching ki fees 20 hazaar hai, naukri mein 15 hazaar milte hain.",
            [(15000, 15000, "INR", None, "15 hazaar")],
        ),
        (
            "The form costs ₹200 and the salary is ₹14,000.",
            [(14000, 14000, "INR", None, "₹14,000")],
        ),
    ],
)
def test_pay_beside_a_fee(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # money handed to students, customers or firms is not a wage
        "Fees 10 hazaar hai, scholarship 5 hazaar milti hai.",
        "मेधावी छात्रों को 10 हजार रुपये की छात्रवृत्ति मिलती है।",
        "জেতা দলকে ৫০ হাজার টাকা পুরস্কার দেওয়া হয়।",
        "Phone par 2,000 rupaye ka discount milta hai.",
        "Government subsidy of 2 lakh milti hai startups ko.",
        "Registration ke liye 300 rupaye lagte hain.",
        "Loan ki EMI 4,000 rupaye mahina hai.",
        "কোর্সের খরচ ২০ হাজার টাকা।",
        "He bought a phone for 15,000 rupees.",
        "Rent 8,000 per month hai Gurgaon mein.",
    ],
)
def test_money_that_is_not_a_wage(facts_of, text) -> None:
    assert pay(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polytechnic diploma holders can apply.", [("diploma", "Polytechnic diploma")]),
        ("बी.टेक या बीई होना चाहिए।", [("graduate", "बी.टेक"), ("graduate", "बीई")]),
        (
            "Graduates and postgraduates both can apply.",
            [("graduate", "Graduates"), ("postgraduate", "postgraduates")],
        ),
        ("পড়াশোনার কোনো শর্ত নেই।", [("none_required", "পড়াশোনার কোনো শর্ত নেই")]),
        ("Padhai ki koi shart nahi hai.", [("none_required", "Padhai ki koi shart nahi")]),
        ("No minimum qualification.", [("none_required", "No minimum qualification")]),
        (
            # a level restated in brackets is one fact (corpus convention, round 9)
            "Higher Secondary (10+2) pass.",
            [("higher_secondary", "Higher Secondary (10+2)")],
        ),
        ("HSC বা সমমান পাস।", [("higher_secondary", "HSC")]),
        ("দ্বাদশ শ্রেণি পাস।", [("higher_secondary", "দ্বাদশ শ্রেণি")]),
        ("MSc in Statistics.", [("postgraduate", "MSc in Statistics")]),
        # a school level that names a class being taught is no requirement
        ("Polytechnic ke students ko padhana hai.", []),
    ],
)
def test_more_qualification_phrasings(facts_of, text, expected) -> None:
    assert [(f["level"], f["text"]) for f in facts_of(text, "qualification")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("नए लोगों को भी मौका मिलता है।", [(None, None, True, "नए लोगों को भी")]),
        ("Naye logon ko bhi mauka milta hai.", [(None, None, True, "Naye logon ko bhi")]),
        ("tin bochorer obhiggota chai.", [(3, 3, False, "tin bochorer")]),
        ("Up to 2 years of experience.", [(None, 2, False, "Up to 2 years")]),
        ("৫ বছরের বেশি অভিজ্ঞতা।", [(5, None, False, "৫ বছরের বেশি")]),
        ("Prior experience not mandatory.", [(None, None, True, "Prior experience not mandatory")]),
        # a course, an age, a firm's age, a training period: not experience
        ("Course 3 saal ka hai.", []),
        ("Umar 18 se 30 saal.", []),
        ("Company 20 saal purani hai.", []),
        ("The training lasts 6 months.", []),
        ("नए लोगों से मिलना अच्छा लगता है।", []),
    ],
)
def test_more_experience_phrasings(facts_of, text, expected) -> None:
    assert exp(facts_of, text) == expected
