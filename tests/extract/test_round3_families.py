"""Families of phrasing found missing on the round-3 development articles, pinned with
sentences written for this file (none is taken from the corpus).

Salary: piece rates (per order, per gig) carry no period and are pay when the figure has a
currency; goods priced by weight are not pay; a freelancer's hourly charge is pay; money
spent or owed ("lagta hai", "জমা দিতে হয়") and sales of goods are not; "in a good month"
is a month; a period may open the figure's clause from afar ("Har mahine ... 3,000
rupaye"); a pay word in the figure's own clause outweighs a distractor in another clause;
earning verbs in the imperative, the progressive, and before the figure; "billion" is a
multiplier; romanised number-word spellings. Experience: more "no experience" phrasings,
"newcomers too", years in brackets after a job name in a listing. Roles and documents:
new jobs and papers in four scripts, and a list's lead-in line as the papers context.
"""

from __future__ import annotations

import pytest


def pay(facts_of, text, **kw):
    return [
        (f["min"], f["max"], f["currency"], f["period"], f["text"])
        for f in facts_of(text, "salary", **kw)
    ]


def exp(facts_of, text):
    return [
        (f["min_years"], f["max_years"], f["fresher"], f["text"])
        for f in facts_of(text, "experience")
    ]


def names(facts_of, text, type_):
    return [(f["name"], f["text"]) for f in facts_of(text, type_)]


# --- piece rates: no period, and pay when the figure is money -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Har parcel pe ₹12 extra milta hai.", [(12, 12, "INR", None, "₹12")]),
        ("प्रति डिलीवरी ₹28 का भुगतान, हफ्ते के आखिर में।", [(28, 28, "INR", None, "₹28")]),
        ("ছুটির দিনে প্রতি পার্সেলে ১০ টাকা বেশি পাওয়া যায়।", [(10, 10, "INR", None, "১০ টাকা")]),
        ("Content writers earn ₹400 an article.", [(400, 400, "INR", None, "₹400")]),
        ("Logo designers on the app work for $15 a logo.", [(15, 15, "USD", None, "$15")]),
        (
            "Mahine ke 12,000 rupaye fixed milte hain aur har delivery par ₹20 alag se.",
            [(12000, 12000, "INR", "month", "12,000 rupaye"), (20, 20, "INR", None, "₹20")],
        ),
    ],
)
def test_piece_rates_have_no_period(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "आलू ₹40 प्रति किलो मिलता है।",
        "Chawal ₹55 per kg milta hai.",
        "Petrol ₹104 per litre hai, toh roz ₹180 ka petrol lagta hai.",
        "বাজারে চাল ৬০ টাকা কেজি, প্রতি কেজি ৬০ টাকা দিতে হয়।",
    ],
)
def test_prices_by_measure_are_not_pay(facts_of, text) -> None:
    assert pay(facts_of, text) == []


# --- charging by the hour ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home tutors charge ₹400 an hour.", [(400, 400, "INR", "hour", "₹400")]),
        ("As a freelancer I charge $20 to $30 per hour.", [(20, 30, "USD", "hour", "$20 to $30")]),
        ("Translators charge about Tk 800 per hour.", [(800, 800, "BDT", "hour", "Tk 800")]),
    ],
)
def test_an_hourly_charge_is_pay(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The institute charges ₹2,000 per month.",
        "The agency charges clients $50 per hour for design work.",
        "Mall parking charges ₹20 per hour.",
    ],
)
def test_other_charges_stay_prices(facts_of, text) -> None:
    assert pay(facts_of, text) == []


# --- money spent, owed or sold -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Roz ₹150 ka petrol lagta hai.",
        "ভর্তির সময় ৫,০০০ টাকা জমা দিতে হয়।",
        "Form ke liye ₹500 dene padte hain.",
        "খাওয়াদাওয়ায় মাসে ৩,০০০ টাকা লাগে।",
        "Interview ke waqt ₹1,000 jama karne honge, yeh fraud hai.",
        "Ek dine 30-40 hajar takar maal bikri hoy.",
        "दुकान में रोज 50 हजार रुपये की बिक्री होती है।",
        "The shop sells goods worth ₹2 lakh a day.",
        "The sector earned over $1 billion from exports last year.",
        "Rental scooter milega ₹1,500 per week mein.",
        "Nayi bike ₹80,000 ki aati hai.",
        "Har mahine ghar 5,000 rupaye bhejta hoon.",
        "প্রতি মাসে ২,০০০ টাকা সঞ্চয় করি।",
        "Ami protimashe barite 5 hajar taka pathai.",
        "Mai har mahine 2,000 rupaye SIP mein daalta hoon.",
        "Registration ke liye ₹1,499 pay karne honge.",
    ],
)
def test_money_spent_owed_or_sold_is_not_pay(facts_of, text) -> None:
    assert pay(facts_of, text) == []


def test_a_genitive_before_an_earning_verb_stays_pay(facts_of) -> None:
    assert pay(facts_of, "Salary 15 hazaar ki milti hai.") == [
        (15000, 15000, "INR", None, "15 hazaar")
    ]


def test_a_wage_beside_a_cost_stays(facts_of) -> None:
    text = "Salary 20,000 milti hai, kharcha 8,000 lagta hai."
    assert pay(facts_of, text) == [(20000, 20000, "INR", None, "20,000")]


# --- periods -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a good month I make ₹60,000.", [(60000, 60000, "INR", "month", "₹60,000")]),
        (
            "In a slow month she takes home about ₹20,000.",
            [(20000, 20000, "INR", "month", "₹20,000")],
        ),
        ("In a busy week we take home $300.", [(300, 300, "USD", "week", "$300")]),
        (
            "Har mahine sales target pura karne par 3,000 se 5,000 rupaye incentive milta hai.",
            [(3000, 5000, "INR", "month", "3,000 se 5,000 rupaye")],
        ),
        (
            "প্রতি মাসে টার্গেট পূরণ করলে আলাদা করে ২,০০০ টাকা ইনসেনটিভ পাওয়া যায়।",
            [(2000, 2000, "INR", "month", "২,০০০ টাকা")],
        ),
        (
            "हर महीने बिक्री का लक्ष्य पूरा होने पर 1,500 रुपये इंसेंटिव मिलता है।",
            [(1500, 1500, "INR", "month", "1,500 रुपये")],
        ),
    ],
)
def test_period_phrases(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Salary 18K/m hai.", "month"),
        ("Tankhwah 20 hazaar maheena.", "month"),
        ("Beton maase 14 hajar taka.", "month"),
        ("বেতন মাসপ্রতি ১৫ হাজার টাকা।", "month"),
        ("CTC ₹3.6 lakh per anum.", "year"),
        ("Ek saal mein 3 lakh tak kama lete hain.", "year"),
        ("Din ke 700 rupaye milte hain.", "day"),
        ("দিনপ্রতি ৬০০ টাকা মজুরি।", "day"),
        ("Ghonta proti 100 taka pai.", "hour"),
        ("Rs 50 per day milte hain.", "day"),
        # a count of periods is time passing, not the pay period
        ("3 saal mein salary 40 hazaar ho jaati hai.", None),
        ("Payment 15 din ke andar ₹5,000 milega.", None),
        ("দুই বছরে বেতন ৩০ হাজার টাকা হয়।", None),
    ],
)
def test_period_spellings_and_elapsed_counts(facts_of, text, period) -> None:
    assert [f["period"] for f in facts_of(text, "salary")] == [period]


# --- a pay word in the figure's clause outweighs a distractor in another clause ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hate ashe mase 22 hajar, karon PF kete ney.",
            [(22000, 22000, "INR", "month", "22 hajar")],
        ),
        (
            "हाथ में महीने के 19 हजार आते हैं, क्योंकि PF कटता है।",
            [(19000, 19000, "INR", "month", "19 हजार")],
        ),
        (
            "In-hand ₹24,000 a month, as PF and ESI are deducted.",
            [(24000, 24000, "INR", "month", "₹24,000")],
        ),
    ],
)
def test_pay_word_in_own_clause(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


def test_rent_in_its_own_clause_stays_out(facts_of) -> None:
    text = "Beton mase 18 hajar, kintu ghor bhara 5 hajar."
    assert pay(facts_of, text) == [(18000, 18000, "INR", "month", "18 hajar")]


# --- earning verbs: imperative, progressive, before the figure --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("घर बैठे ₹500-₹800 रोज़ कमाएं", [(500, 800, "INR", "day", "₹500-₹800")]),
        ("Har order par ₹30 kamao.", [(30, 30, "INR", None, "₹30")]),
        (
            "Part-time riders हफ्ते में ₹4,000 कमा रहे हैं।",
            [(4000, 4000, "INR", "week", "₹4,000")],
        ),
        ("শুরুতে নার্সরা পান ১৮ হাজার টাকা।", [(18000, 18000, "INR", None, "১৮ হাজার টাকা")]),
        (
            "Onek junior developer pan 25 theke 30 hajar.",
            [(25000, 30000, "INR", None, "25 theke 30 hajar")],
        ),
        ("Freelancers often work for $10 an article.", [(10, 10, "USD", None, "$10")]),
    ],
)
def test_earning_verbs(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


# --- number words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fresher ko athaarah hazaar mahina milta hai.",
            [(18000, 18000, "INR", "month", "athaarah hazaar")],
        ),
        (
            "Shuru mein pachchees hazaar milte hain.",
            [(25000, 25000, "INR", None, "pachchees hazaar")],
        ),
        (
            "Salary ikkees se chhabbees hazaar tak hai.",
            [(21000, 26000, "INR", None, "ikkees se chhabbees hazaar tak")],
        ),
    ],
)
def test_romanised_number_words(facts_of, text, expected) -> None:
    got = pay(facts_of, text)
    assert [g[:4] for g in got] == [e[:4] for e in expected]


# --- experience --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No prior work experience is required.",
        "No previous job experience is needed for this post.",
        "Work experience is not asked for.",
        "You don't need any previous experience.",
        "There is no need for prior experience.",
        "Notun rao abedon korte paren.",
        "নতুনদেরও সুযোগ দেওয়া হবে।",
    ],
)
def test_more_fresher_phrasings(facts_of, text) -> None:
    got = exp(facts_of, text)
    assert [g[:3] for g in got] == [(None, None, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Field sales executive (graduate, 1-3 years): ₹20,000", [(1, 3, False, "1-3 years")]),
        ("- Data analyst (4+ years): 9 LPA", [(4, None, False, "4+ years")]),
        ("Accountant (B.Com, 2 years) chahiye.", [(2, 2, False, "2 years")]),
    ],
)
def test_years_in_brackets_after_a_job(facts_of, text, expected) -> None:
    assert exp(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "B.Sc Nursing (4 years) ki fees 2 lakh hai.",
        "Staff nurse (age 22-35 years) chahiye.",
        "Data entry operator (6 months): ₹12,000",
    ],
)
def test_brackets_that_are_not_experience(facts_of, text) -> None:
    assert exp(facts_of, text) == []


# --- roles and documents -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noida mein telecallers chahiye.", [("telecaller", "telecallers")]),
        ("টেলিকলার পদে নিয়োগ।", [("telecaller", "টেলিকলার")]),
        ("Graphic designers ki demand badh rahi hai.", [("graphic_designer", "Graphic designers")]),
        ("गोदाम में पैकर और लोडर की भर्ती।", [("warehouse_packer", "पैकर"), ("loader", "लोडर")]),
        ("Railway technicians ki bharti.", [("technician", "technicians")]),
        ("সেলাই মেশিন অপারেটর নিয়োগ", [("sewing_operator", "সেলাই মেশিন অপারেটর")]),
        ("QC inspector ki zarurat hai.", [("quality_inspector", "QC inspector")]),
        ("बैंक पीओ बनने के लिए ग्रेजुएशन चाहिए।", [("probationary_officer", "बैंक पीओ")]),
        ("SBI junior associate exam ki taiyari.", [("clerk", "junior associate")]),
        ("ডেলিভারি রাইডার দরকার।", [("delivery_partner", "ডেলিভারি রাইডার")]),
    ],
)
def test_new_jobs(facts_of, text, expected) -> None:
    assert names(facts_of, text, "role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bring two passport size photographs and your relieving letter.",
            [
                ("passport_photo", "passport size photographs"),
                ("experience_letter", "relieving letter"),
            ],
        ),
        (
            "Salary ke liye cancelled cheque jama karein.",
            [("cancelled_cheque", "cancelled cheque")],
        ),
        ("अपनी अंकसूची की कॉपी साथ लाएं।", [("marksheet", "अंकसूची")]),
        ("CV ar chobi niye ashun.", [("resume", "CV"), ("passport_photo", "chobi")]),
        ("নাগরিক সনদের কপি জমা দিন।", [("citizenship_certificate", "নাগরিক সনদের")]),
    ],
)
def test_new_papers(facts_of, text, expected) -> None:
    assert names(facts_of, text, "document") == expected


def test_a_list_lead_in_gives_the_papers_context(facts_of) -> None:
    text = (
        "Joining day par yeh documents rakhein:\n\n1. Updated resume\n2. Do photo\n\n"
        "Baaki sab HR batayega."
    )
    assert names(facts_of, text, "document") == [("resume", "resume"), ("passport_photo", "photo")]


def test_a_bare_photo_outside_a_list_needs_its_own_context(facts_of) -> None:
    text = "Interview ke documents:\n\n- Resume\n\nProfile par achhi photo lagayein."
    assert names(facts_of, text, "document") == [("resume", "Resume")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photoshop aur Canva aana chahiye.", [("photoshop", "Photoshop"), ("canva", "Canva")]),
        ("Power BI ও Tableau জানলে ভালো।", [("power_bi", "Power BI"), ("tableau", "Tableau")]),
        ("कंप्यूटर का बुनियादी ज्ञान ज़रूरी है।", [("computer_basics", "कंप्यूटर का बुनियादी ज्ञान")]),
    ],
)
def test_new_skills(facts_of, text, expected) -> None:
    assert names(facts_of, text, "skill") == expected


# --- organisations -----------------------------------------------------------------------


def entities(facts_of, text):
    return [
        (f["type"], f["text"], f["name"])
        for f in facts_of(text)
        if f["type"] in ("organization", "location")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "बिहार नर्सिंग काउंसिल में पंजीकरण ज़रूरी है।",
            [("organization", "बिहार नर्सिंग काउंसिल", "बिहार नर्सिंग काउंसिल")],
        ),
        (
            "दिल्ली नगर निगम ने भर्ती निकाली।",
            [("organization", "दिल्ली नगर निगम", "दिल्ली नगर निगम")],
        ),
        (
            "ঢাকা শিশু হাসপাতালে নিয়োগ চলছে।",
            [("organization", "ঢাকা শিশু হাসপাতালে", "ঢাকা শিশু হাসপাতাল")],
        ),
        ("बिहार के सरकारी अस्पताल में नौकरी।", [("location", "बिहार", "बिहार")]),
        ("कोलकाता में 20 स्कूल खुले।", [("location", "कोलकाता", "कोलकाता")]),
        (
            "সোনালী ব্যাংক পিএলসির নিয়োগ বিজ্ঞপ্তি।",
            [("organization", "সোনালী ব্যাংক পিএলসির", "সোনালী ব্যাংক পিএলসি")],
        ),
        (
            "Upwork aur Fiverr par projects milte hain.",
            [("organization", "Upwork", "Upwork"), ("organization", "Fiverr", "Fiverr")],
        ),
    ],
)
def test_public_bodies_and_platforms(facts_of, text, expected) -> None:
    assert entities(facts_of, text) == expected


def test_a_tagged_job_title_is_no_employer(extractor, make_document) -> None:
    text = "কল সেন্টার এজেন্ট পদে নিয়োগ।"
    doc = make_document(text, language="bn")
    for tok in doc.sentences[0].tokens:
        tok.upos = "PROPN"
        tok.ner = "O"
    doc.sentences[0].tokens[1].ner = "B-ORG"  # the tagger starts a name at "সেন্টার"
    doc.sentences[0].tokens[2].ner = "I-ORG"
    facts = [f.model_dump(mode="json") for f in extractor(doc).facts]
    assert [f["type"] for f in facts if f["type"] in ("organization", "location")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("বেতন সর্বনিম্ন ১৫ হাজার টাকা।", [(15000, None, "INR", None, "সর্বনিম্ন ১৫ হাজার টাকা")]),
        (
            "Salary kam se kam 12k, zyada se zyada 20k.",
            [
                (12000, None, "INR", None, "kam se kam 12k"),
                (None, 20000, "INR", None, "zyada se zyada 20k"),
            ],
        ),
        (
            "খুব বেশি হলে ২০ হাজার টাকা বেতন।",
            [(None, 20000, "INR", None, "খুব বেশি হলে ২০ হাজার টাকা")],
        ),
        ("Pay at most ₹25,000 a month.", [(None, 25000, "INR", "month", "at most ₹25,000")]),
    ],
)
def test_more_bound_words(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "অভিজ্ঞ বা অনভিজ্ঞ সবাই আবেদন করতে পারবেন।",
        "अनुभवी और नए दोनों आवेदन कर सकते हैं।",
        "Experienced or freshers, all can apply.",
    ],
)
def test_experienced_and_new_alike(facts_of, text) -> None:
    assert [g[:3] for g in exp(facts_of, text)] == [(None, None, True)]


def test_experienced_staff_wanted_is_no_fresher(facts_of) -> None:
    assert exp(facts_of, "অভিজ্ঞ কর্মী চাই।") == []
