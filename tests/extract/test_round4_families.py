"""Families of phrasing found missing on the round-4 development articles, pinned with
sentences written for this file (none is taken from the corpus).

Salary: romanised fraction words ("sare tin lakh", "dhaai lakh"); bounds glued to the
figure with a hyphen ("6 LPA-r upore"); "won't be less than" with its verb ("কম হবে না",
"se kam nahi hogi") is a minimum; earning verbs in the past before the figure ("হাতে পেতাম
৯,২০০ টাকা", "milte the"); listing lines "<job>: <figure>"; money spent "in rent" / "on
food" is not pay even next to "pays"; "X tak jaata hai" (pay reaching a figure); "basic" as
a pay word; a deduction note in brackets after the figure; a bare "28k" in an English
article about Bangladesh is taka. Roles: jobs of hotels, railways, factories, shops and
hospitals in four scripts.
"""

from __future__ import annotations

import pytest


def pay(facts_of, text, **kw):
    return [
        (f["min"], f["max"], f["currency"], f["period"], f["text"])
        for f in facts_of(text, "salary", **kw)
    ]


def names(facts_of, text, type_="role", **kw):
    return [(f["name"], f["text"]) for f in facts_of(text, type_, **kw)]


# --- romanised fractions -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fresher der starting CTC sare tin lakh.",
            [(350000, 350000, "INR", "year", "sare tin lakh")],
        ),
        (
            "Analyst ka package saade char lakh hota hai.",
            [(450000, 450000, "INR", "year", "saade char lakh")],
        ),
        (
            "Helper ki salary sarhe 11 hazaar milti hai.",
            [(11500, 11500, "INR", None, "sarhe 11 hazaar")],
        ),
        ("Package dhaai lakh ka hai.", [(250000, 250000, "INR", "year", "dhaai lakh")]),
        ("Starting CTC adai lakh.", [(250000, 250000, "INR", "year", "adai lakh")]),
        ("Beton shoya lakh taka bochore.", [(125000, 125000, "INR", "year", "shoya lakh taka")]),
    ],
)
def test_romanised_fractions(facts_of, text, expected) -> None:
    assert pay(facts_of, text, language="bn") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "saare" is also "all": with no number after it, it reads as nothing
        ("Saare candidates ko 15 hazaar milte hain.", [(15000, 15000, "INR", None, "15 hazaar")]),
        ("Sare office e ek-i niyom.", []),
    ],
)
def test_fraction_word_alone_is_not_a_number(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


# --- bounds glued with a hyphen, and "won't be less than" --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2 bochor experience thakle 6 LPA-r upore offer ase.",
            [(600000, None, "INR", "year", "6 LPA-r upore")],
        ),
        (
            "Senior der beton 40 hajar-er upore.",
            [(40000, None, "INR", None, "40 hajar-er upore")],
        ),
        (
            "Team leader ko 5 LPA-se zyada milta hai.",
            [(500000, None, "INR", "year", "5 LPA-se zyada")],
        ),
    ],
)
def test_hyphen_glued_bounds(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "অপারেটরদের বেতন ১৫ হাজার টাকার কম হবে না।",
            [(15000, None, "INR", None, "১৫ হাজার টাকার কম হবে না")],
        ),
        (
            "Supervisor der beton 22 hajar takar kom hobe na.",
            [(22000, None, "INR", None, "22 hajar takar kom hobe na")],
        ),
        (
            "इस पद का वेतन 25,000 रुपये से कम नहीं होगा।",
            [(25000, None, "INR", None, "25,000 रुपये से कम नहीं होगा")],
        ),
        (
            "Freshers ki salary 14 hazaar se kam nahi hogi.",
            [(14000, None, "INR", None, "14 hazaar se kam nahi hogi")],
        ),
        # a plain "less than" stays a maximum
        (
            "Helper ki salary 9 hazaar se kam hoti hai.",
            [(None, 9000, "INR", None, "9 hazaar se kam")],
        ),
        (
            "এখানে বেতন ১০ হাজার টাকার কম।",
            [(None, 10000, "INR", None, "১০ হাজার টাকার কম")],
        ),
    ],
)
def test_not_less_than_with_its_verb(facts_of, text, expected) -> None:
    assert pay(facts_of, text, language="bn") == expected


# --- earning verbs in the past before the figure -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("প্রথম চাকরিতে হাতে পেতাম ৮,৫০০ টাকা।", [(8500, 8500, "INR", None, "৮,৫০০ টাকা")]),
        ("তখন পেলাম ১১,০০০ টাকা, ওভারটাইম বাদে।", [(11000, 11000, "INR", None, "১১,০০০ টাকা")]),
        ("Ami prothome petam 9,500 taka.", [(9500, 9500, "INR", None, "9,500 taka")]),
        ("Pehle milte the ₹12,000, ab zyada hai.", [(12000, 12000, "INR", None, "₹12,000")]),
        ("In my first job I was paid ₹14,000.", [(14000, 14000, "INR", None, "₹14,000")]),
    ],
)
def test_past_earning_before_the_figure(facts_of, text, expected) -> None:
    assert pay(facts_of, text, language="bn") == expected


@pytest.mark.parametrize(
    "text",
    [
        "আগে বাসা ভাড়া দিতাম ৫,০০০ টাকা।",
        "I used to get 2 days off a month.",
        "Pehle coaching ki fees ₹8,000 thi.",
    ],
)
def test_past_spending_is_not_pay(facts_of, text) -> None:
    assert pay(facts_of, text, language="bn") == []


# --- listing lines "<job>: <figure>" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "👉 Data Entry Operator: ₹12,000 – ₹15,000, chai-nashta free",
            [(12000, 15000, "INR", None, "₹12,000 – ₹15,000")],
        ),
        ("- Security guards: around 18k", [(18000, 18000, "INR", None, "18k")]),
        ("• Merchandiser: ৳35,000 or more.", [(35000, None, "BDT", None, "৳35,000 or more")]),
        ("• টেলিকলার: ₹১১,৫০০", [(11500, 11500, "INR", None, "₹১১,৫০০")]),
        ("Housekeeping staff (hotel): करीब ₹13,000", [(13000, 13000, "INR", None, "₹13,000")]),
    ],
)
def test_listing_line_job_then_figure(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Application fee: ₹500",
        "Hostel rent: ₹4,000",
        "Driver: 2 posts",
        "Security guard: 12 ghante ki shift, 30 din",
        "Last date: 15 March",
        "Deposit: ৳5,000",
    ],
)
def test_listing_line_traps(facts_of, text) -> None:
    assert pay(facts_of, text) == []


# --- money spent on something named after it ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A fresher pays ₹6,000 a month in rent.",
        "Most interns pay more than Tk 8,000 a month on hostel fees.",
        "He pays ₹3,000 a month for the PG.",
        "Many pay ₹2,500 a month towards the EMI.",
    ],
)
def test_money_spent_on_a_named_cost(facts_of, text) -> None:
    assert pay(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company pays ₹18,000 a month.", [(18000, 18000, "INR", "month", "₹18,000")]),
        (
            "The bank pays Tk 30,000 a month in salary.",
            [(30000, 30000, "BDT", "month", "Tk 30,000")],
        ),
    ],
)
def test_money_paid_as_wage_stays_pay(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


# --- pay reaching a figure ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("रात की शिफ्ट में यह बीस हजार तक जाता है।", [(None, 20000, "INR", None, "बीस हजार तक")]),
        (
            "Night shift mein yeh 25 hazaar tak jaata hai.",
            [(None, 25000, "INR", None, "25 hazaar tak")],
        ),
        (
            "Incentive joD ke yeh 30 hazaar tak pahunch jaati hai.",
            [(None, 30000, "INR", None, "30 hazaar tak")],
        ),
    ],
)
def test_pay_reaching_a_figure(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kharcha 5 hazaar tak jaata hai.",
        "Training 3 mahine tak jaati hai.",
        "किराया आठ हजार तक जाता है।",
    ],
)
def test_costs_reaching_a_figure_are_not_pay(facts_of, text) -> None:
    assert pay(facts_of, text) == []


# --- "basic" as a pay word; a bracketed deduction note ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lecturer-দের basic ৫৬,১০০ টাকা।", [(56100, 56100, "INR", None, "৫৬,১০০ টাকা")]),
        (
            "Assistant professor ka basic ₹57,700 hai.",
            [(57700, 57700, "INR", None, "₹57,700")],
        ),
        (
            "Guard: 12 ghante, ₹15,500/month (PF + ESI katne se pehle)",
            [(15500, 15500, "INR", "month", "₹15,500")],
        ),
    ],
)
def test_basic_and_bracketed_deduction_notes(facts_of, text, expected) -> None:
    assert pay(facts_of, text, language="bn") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Basic computer course ki fees ₹3,000 hai.",
        "স্কুটির কিস্তি মাসে ৩,২০০ টাকা, তেলের দাম লিটারে ১০৫ টাকা।",
        "বাইকের ইএমআই মাসে ২,৮০০ টাকা, পেট্রোলের খরচ আলাদা।",
    ],
)
def test_basic_and_costs_traps(facts_of, text) -> None:
    assert pay(facts_of, text, language="bn") == []


# --- a bare "28k" takes the currency the article points to ----------------------------------


def test_bare_thousands_in_an_article_about_bangladesh(facts_of) -> None:
    text = (
        "Dhaka jobs this year.\n"
        "- Bank officers: Tk 45,000 a month in Bangladesh.\n"
        "- Customer service executives: around 26k."
    )
    assert pay(facts_of, text, language="en")[-1] == (26000, 26000, "BDT", None, "26k")


def test_bare_thousands_in_an_article_about_india(facts_of) -> None:
    text = "Pune jobs this year.\n- Customer service executives: around 26k."
    assert pay(facts_of, text, language="en") == [(26000, 26000, "INR", None, "26k")]


# --- roles: hotels, railways, factories, shops, hospitals ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hotel mein Housekeeping Attendant chahiye.",
            [("housekeeping", "Housekeeping Attendant")],
        ),
        ("होटल में हाउसकीपिंग स्टाफ की भर्ती।", [("housekeeping", "हाउसकीपिंग स्टाफ")]),
        ("রেলে স্টেশন মাস্টার পদে নিয়োগ।", [("station_master", "স্টেশন মাস্টার")]),
        ("Railway needs Station Masters this year.", [("station_master", "Station Masters")]),
        ("कारखाने में हेल्पर की जरूरत है।", [("helper", "हेल्पर")]),
        ("কারখানায় হেলপার নেওয়া হবে।", [("helper", "হেলপার")]),
        ("Warehouse e Forklift Driver lagbe.", [("forklift_driver", "Forklift Driver")]),
        ("মলে সেলস অ্যাসোসিয়েট নিয়োগ।", [("sales_associate", "সেলস অ্যাসোসিয়েট")]),
        (
            "Hospital needs General Duty Assistants.",
            [("general_duty_assistant", "General Duty Assistants")],
        ),
        (
            "হাসপাতালে জেনারেল ডিউটি অ্যাসিস্ট্যান্ট দরকার।",
            [("general_duty_assistant", "জেনারেল ডিউটি অ্যাসিস্ট্যান্ট")],
        ),
        ("NGO survey ke liye Data Collector chahiye.", [("data_collector", "Data Collector")]),
        ("Bank hiring Management Trainees.", [("management_trainee", "Management Trainees")]),
        ("Branch e Teller post khali.", [("teller", "Teller")]),
        ("ATM van ke liye Gunman chahiye.", [("gunman", "Gunman")]),
    ],
)
def test_new_role_vocabulary(facts_of, text, expected) -> None:
    assert names(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ye app bahut helpful hai.",
        "Helpline number 1800 par call karein.",
        "Station se office 2 km hai.",
    ],
)
def test_new_role_vocabulary_traps(facts_of, text) -> None:
    assert names(facts_of, text) == []


# --- skills: languages asked of voice staff, the skill of talking, riding, CRM tools -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Skills: Tally, MS Excel, customer calls, Tamil and English",
            [
                ("tally", "Tally"),
                ("ms_excel", "MS Excel"),
                ("tamil", "Tamil"),
                ("english", "English"),
            ],
        ),
        (
            "Voice process (English + Telugu) ke liye freshers.",
            [("english", "English"), ("telugu", "Telugu")],
        ),
        ("A clear English accent matters in this job.", [("english", "English")]),
        ("রিসেপশনে কথা বলার দক্ষতা দরকার।", [("communication", "কথা বলার দক্ষতা")]),
        (
            "Counter par baat karne ka tarika accha hona chahiye.",
            [("communication", "baat karne ka tarika")],
        ),
        (
            "Field e kaj, motorcycle chalate jante hobe.",
            [("motorcycle_riding", "motorcycle chalate")],
        ),
        ("মাঠকর্মীদের মোটরসাইকেল চালাতে জানতে হবে।", [("motorcycle_riding", "মোটরসাইকেল চালাতে")]),
        ("Smartphone চালাতে জানা দরকার।", [("smartphone", "Smartphone")]),
        ("Experience with CRM tools is a plus.", [("crm", "CRM tools")]),
    ],
)
def test_new_skill_families(facts_of, text, expected) -> None:
    assert names(facts_of, text, "skill") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Log every call in the CRM before you leave.",
        "Company ek smartphone degi.",
        "Tamil Nadu mein 200 posts hain.",
        "Kannada film industry ki khabar.",
    ],
)
def test_new_skill_traps(facts_of, text) -> None:
    assert names(facts_of, text, "skill") == []


# --- documents: a driving licence and an RC in a papers list, salary slips, arms licence ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Documents: Aadhaar, DL aur RC ki copy saath laayein.",
            [
                ("aadhaar_card", "Aadhaar"),
                ("driving_licence", "DL"),
                ("vehicle_registration", "RC"),
            ],
        ),
        (
            "Interview par pichhle 3 mahine ki salary slip saath laayein.",
            [("salary_slip", "salary slip")],
        ),
        ("আবেদনের সঙ্গে শেষ তিন মাসের স্যালারি স্লিপ জমা দিন।", [("salary_slip", "স্যালারি স্লিপ")]),
        ("Gunman ke liye arms licence zaroori hai.", [("arms_licence", "arms licence")]),
    ],
)
def test_new_document_families(facts_of, text, expected) -> None:
    assert names(facts_of, text, "document") == expected


@pytest.mark.parametrize(
    "text",
    [
        "RC Sharma ne yeh kitab likhi.",
        "Salary slip ka format HR se milega, usme basic aur HRA hota hai.",
    ],
)
def test_new_document_traps(facts_of, text) -> None:
    assert names(facts_of, text, "document") == []


# --- organizations and places: recruiting boards, portals, job hubs ----------------------


def places(facts_of, text, **kw):
    return [
        (f["type"], f["normalized"], f["text"])
        for f in facts_of(text, **kw)
        if f["type"] in ("organization", "location")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Railway Recruitment Boards (RRBs) have opened posts.",
            [
                ("organization", "Railway Recruitment Board", "Railway Recruitment Boards"),
                ("organization", "Railway Recruitment Board", "RRBs"),
            ],
        ),
        (
            "BPSC ne teacher ki bharti nikali.",
            [("organization", "Bihar Public Service Commission", "BPSC")],
        ),
        (
            "राष्ट्रीय स्वास्थ्य मिशन में नर्स की भर्ती।",
            [("organization", "National Health Mission", "राष्ट्रीय स्वास्थ्य मिशन")],
        ),
        (
            "Naukri.com aur Apna app par apply karein.",
            [("organization", "Naukri.com", "Naukri.com"), ("organization", "Apna", "Apna app")],
        ),
        ("Office Koramangala mein hai.", [("location", "Koramangala", "Koramangala")]),
        ("কারখানাটি সুনামগঞ্জ জেলায়।", [("location", "Sunamganj", "সুনামগঞ্জ")]),
    ],
)
def test_new_places_and_organizations(facts_of, text, expected) -> None:
    assert places(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Indeed, most freshers start small.",
        "Apna kaam khud karo.",
        "Naukri chahiye toh CV taiyaar rakho.",
        "Share your profile on LinkedIn.",
    ],
)
def test_new_places_and_organizations_traps(facts_of, text) -> None:
    assert places(facts_of, text) == []
