"""Salary phrasings by family, in every variety, with the traps that look like pay.

Each family is a general rule of the extractor (open bounds after the currency word,
giving and future verbs, coordinated figures, deductions, measures, rates, the period of
the figure's own sentence only ...), pinned with several sentences written for this file.
A row is (text, expected) where expected lists (min, max, currency, period, fact text).
"""

from __future__ import annotations

import pytest


def pay(facts_of, text):
    return [
        (f["min"], f["max"], f["currency"], f["period"], f["text"])
        for f in facts_of(text, "salary")
    ]


# --- open bounds written after the currency word, and their romanised spellings -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senior der beton 45 hajar takar upore.",
            [(45000, None, "INR", None, "45 hajar takar upore")],
        ),
        (
            "Manager hole salary 70 hajar er upore jay.",
            [(70000, None, "INR", None, "70 hajar er upore")],
        ),
        ("অভিজ্ঞদের মাইনে ৫০ হাজার টাকার ওপরে।", [(50000, None, "INR", None, "৫০ হাজার টাকার ওপরে")]),
        ("Team lead ko 35,000 se upar milta hai.", [(35000, None, "INR", None, "35,000 se upar")]),
        (
            "Driver ki tankhwah 18 hazaar se oopar hai.",
            [(18000, None, "INR", None, "18 hazaar se oopar")],
        ),
        ("मैनेजर का वेतन 60 हजार रुपये के ऊपर है।", [(60000, None, "INR", None, "60 हजार रुपये के ऊपर")]),
        (
            "Salaries of ₹20,000 onwards are offered.",
            [(20000, None, "INR", None, "₹20,000 onwards")],
        ),
        ("Ei kaje 12,000 taka obdi pawa jay.", [(None, 12000, "INR", None, "12,000 taka obdi")]),
        ("দক্ষ কর্মীরা মাসে ২৫,০০০ টাকা অবধি পান।", [(None, 25000, "INR", "month", "২৫,০০০ টাকা অবধি")]),
        (
            "Operators ko 25 hazaar rupaye tak milte hain.",
            [(None, 25000, "INR", None, "25 hazaar rupaye tak")],
        ),
        ("বছরে বেতন ৪ লাখ টাকা পর্যন্ত।", [(None, 400000, "INR", "year", "৪ লাখ টাকা পর্যন্ত")]),
        ("Helper ki salary 9,000 se kam hoti hai.", [(None, 9000, "INR", None, "9,000 se kam")]),
        # "not less than" is a minimum, however it is written
        ("Stipend 9,000 se kam nahi hoga.", [(9000, None, "INR", None, "9,000 se kam nahi hoga")]),
        (
            "Salary not less than 20,000 rupees.",
            [(20000, None, "INR", None, "not less than 20,000 rupees")],
        ),
        ("মাইনে ১২ হাজার টাকার কম নয়।", [(12000, None, "INR", None, "১২ হাজার টাকার কম নয়")]),
        # "plus" followed by a benefit adds to the pay, it is no open bound
        ("AED 2,500 per month plus accommodation.", [(2500, 2500, "AED", "month", "AED 2,500")]),
        ("Package dhai lakh saal ka hai.", [(250000, 250000, "INR", "year", "dhai lakh")]),
    ],
)
def test_open_bounds_after_the_currency(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


# --- the employer gives, the worker will get: verbs after the figure -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Company freshers ko 14,000 rupaye deti hai.",
            [(14000, 14000, "INR", None, "14,000 rupaye")],
        ),
        ("कंपनी नए ड्राइवरों को 16,000 रुपये देती है।", [(16000, 16000, "INR", None, "16,000 रुपये")]),
        ("बड़े होटल शेफ को 40 हजार रुपये तक देते हैं।", [(None, 40000, "INR", None, "40 हजार रुपये तक")]),
        ("বেসরকারি হাসপাতাল নার্সদের ১৮ হাজার টাকা দেয়।", [(18000, 18000, "INR", None, "১৮ হাজার টাকা")]),
        (
            "প্রাইভেট স্কুলে ৯ হাজার থেকে ১৪ হাজার টাকা দেওয়া হয়।",
            [(9000, 14000, "INR", None, "৯ হাজার থেকে ১৪ হাজার টাকা")],
        ),
        (
            "Ei company te operator der 11 hajar taka dey.",
            [(11000, 11000, "INR", None, "11 hajar taka")],
        ),
        ("Fresher ko 16,000 rupaye milenge.", [(16000, 16000, "INR", None, "16,000 rupaye")]),
        ("Joining par 20 hazaar milega.", [(20000, 20000, "INR", None, "20 hazaar")]),
        ("প্রথম বছরে ৩ লাখ টাকা পাওয়া যাবে।", [(300000, 300000, "INR", "year", "৩ লাখ টাকা")]),
        # digits only, but plainly earned: a sum of a thousand or more
        (
            "Supervisor banne par 21,000 se upar milega.",
            [(21000, None, "INR", None, "21,000 se upar")],
        ),
        ("Helper ko 9500 milte hain.", [(9500, 9500, "INR", None, "9500")]),
    ],
)
def test_giving_and_future_verbs(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Institute 12,000 taka ney, seta pore kaje lage na.",  # the institute takes it
        "Coaching wale 2,000 rupaye mahina lete hain.",
        "Helper ko 3 din milte hain chhutti ke.",  # a small bare number is no wage
        "Is saal 2,000 se zyada candidates ko naukri milegi.",  # a count
        "ল্যাপটপ ৪০ হাজার টাকায় দেয় দোকানটা।",  # a price ("for 40 thousand")
        "Students ko 5000 rupaye fees deni hoti hai.",
    ],
)
def test_giving_verbs_not_pay(facts_of, text) -> None:
    assert pay(facts_of, text) == []


# --- English earning verbs before the figure ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents get ₹15,000 a month.", [(15000, 15000, "INR", "month", "₹15,000")]),
        ("Nurses get ₹800 per visit for home care.", [(800, 800, "INR", None, "₹800")]),
        (
            "Trainees receive around Rs 9,500 in the first month.",
            [(9500, 9500, "INR", None, "Rs 9,500")],
        ),
        ("Senior coders take home about 1.2 lakh.", [(120000, 120000, "INR", None, "1.2 lakh")]),
    ],
)
def test_earning_verb_before_the_figure(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Students get ₹500 cashback on the course.",
        "Customers get a laptop worth ₹40,000.",
        "Buyers get a discount of ₹2,000 this week.",
        "You get a loan of ₹2 lakh at 9%.",
    ],
)
def test_earning_verb_before_a_non_wage(facts_of, text) -> None:
    assert pay(facts_of, text) == []


# --- figures coordinated with a pay figure ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Telecaller ko 12 hazaar aur team leader ko 20 hazaar milte hain.",
            [(12000, 12000, "INR", None, "12 hazaar"), (20000, 20000, "INR", None, "20 hazaar")],
        ),
        (
            "রিসেপশনিস্ট ১০ হাজার টাকা, আর ম্যানেজার ২২ হাজার টাকা পান।",
            [(10000, 10000, "INR", None, "১০ হাজার টাকা"), (22000, 22000, "INR", None, "২২ হাজার টাকা")],
        ),
    ],
)
def test_coordinated_figures(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


def test_coordination_does_not_take_a_fee(facts_of) -> None:
    text = "Course fee 30 hazaar hai aur naukri mein 15 hazaar milte hain."
    assert pay(facts_of, text) == [(15000, 15000, "INR", None, "15 hazaar")]


# --- periods: the figure's own sentence, like-sized figures, brackets --------------------------


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # another sentence's period is not carried over (the corpus convention)
        (
            "Fresher der mase 13 hajar taka dey. Team leader der salary 25 hajar theke 30 hajar.",
            ["month", None],
        ),
        ("शुरुआत में 15 हजार रुपये महीना मिलते हैं। दो साल बाद 22 हजार रुपये मिलते हैं।", ["month", None]),
        ("Junior staff earn ₹18,000 a month. Seniors earn ₹30,000.", ["month", None]),
        # in one sentence, a period covers a coordinated figure of like size ...
        ("Clerks earn ₹30,000 a month, while officers get ₹52,000.", ["month", "month"]),
        # ... but not a yearly CTC beside a monthly in-hand, nor a rent's period
        ("In-hand salary 14,500 rupaye aati hai, CTC 2.2 lakh hai.", [None, "year"]),
        ("Ghar ka kiraya 6000 rupaye mahine hai, salary 15 hazaar.", [None]),
        ("Bike ki EMI 3,500 rupaye mahina jaati hai, salary 18,000 milti hai.", [None]),
        # a period in brackets right after the figure
        ("বেতন: ১৫,০০০ - ২০,০০০ টাকা (মাসিক)", ["month"]),
        ("Salary: ₹15,000 (per month)", ["month"]),
        ("Package: 3 lakh (yearly)", ["year"]),
    ],
)
def test_period_of_the_figure(facts_of, text, periods) -> None:
    assert [f["period"] for f in facts_of(text, "salary")] == periods


# --- money taken out of pay -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Uniform ke liye 1500 rupaye salary se katenge.",
        "PF ke 1800 rupaye salary se kat jaate hain.",
        "वर्दी के 2000 रुपये वेतन से काटे जाएंगे।",
        "বেতন থেকে ১২০০ টাকা পিএফ কাটা হয়।",
        "The company deducts ₹1,200 from the salary for PF.",
        "Beton theke 500 taka kete neoa hoy khabar jonno.",
    ],
)
def test_deductions_are_not_pay(facts_of, text) -> None:
    assert pay(facts_of, text) == []


def test_pay_after_a_deduction_is_pay(facts_of) -> None:
    text = "Salary 20,000 hai; PF kat ke 18,200 rupaye haath mein aate hain."
    assert [f["min"] for f in facts_of(text, "salary")] == [20000, 18200]


# --- measures, goods, rent and other money that is not a wage ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "কারখানায় বছরে ২৫ লাখ কেজি চাল উৎপাদন হয়।",
        "कंपनी हर साल 50 हजार टन स्टील बनाती है।",
        "The dairy collects 2 lakh litres of milk a day.",
        "Godown 20 hazaar square feet ka hai.",
        "Ek kamra 4000 rupaye mahine mein mil jata hai.",
        "Hostel-e thakte mase 3500 taka lage.",
        "Parking 20 rupaye per hour.",
        "Har mahine 1,200 rupaye PF mein jaate hain.",
        "Bike loan-er kisti mase 3 hajar taka.",
        "App ke 5 lakh users hain aur 2 lakh customers.",
    ],
)
def test_measures_and_other_money(facts_of, text) -> None:
    assert pay(facts_of, text) == []


# --- rates per piece of work: no period of the contract -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pay: 600 per shift", [(600, 600, "INR", None, "600")]),
        ("Delivery partners earn 25 rupees per order.", [(25, 25, "INR", None, "25 rupees")]),
        ("Har order par 30 rupaye milte hain.", [(30, 30, "INR", None, "30 rupaye")]),
        ("প্রতি ভিজিটে ৫০০ টাকা পাওয়া যায়।", [(500, 500, "INR", None, "৫০০ টাকা")]),
        ("Payment 80 per call, evening shift.", [(80, 80, "INR", None, "80")]),
    ],
)
def test_piece_rates(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


def test_small_bare_duration_is_not_a_rate(facts_of) -> None:
    assert pay(facts_of, "Loan haath mein aane mein 2 mahine lagte hain.") == []


# --- number words, weekly wages, more currencies ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tankhwah bees hazaar se pachis hazaar tak hai.",
            [(20000, 25000, "INR", None, "bees hazaar se pachis hazaar")],
        ),
        (
            "Beton mase bish hajar theke pochish hajar.",
            [(20000, 25000, "INR", "month", "bish hajar theke pochish hajar")],
        ),
        (
            "Nursing home-e pachis theke tirish hajar takar moddhe dey.",
            [(25000, 30000, "INR", None, "pachis theke tirish hajar takar")],
        ),
        (
            "Salary ikkis hazaar rupaye mahina hai.",
            [(21000, 21000, "INR", "month", "ikkis hazaar rupaye")],
        ),
        ("হপ্তায় ৩৫০০ টাকা মজুরি।", [(3500, 3500, "INR", "week", "৩৫০০ টাকা")]),
        ("Majduri 4000 rupaye hafte ki milti hai.", [(4000, 4000, "INR", "week", "4000 rupaye")]),
        ("Nurses in Germany earn €2,800 a month.", [(2800, 2800, "EUR", "month", "€2,800")]),
        (
            "Kuwait mein driver ko 150 dinar mahina milta hai.",
            [(150, 150, "KWD", "month", "150 dinar")],
        ),
    ],
)
def test_words_weeks_and_currencies(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Retirement ke baad 10,000 rupaye mahina pension milti hai.",
        "5 लाख तक की आय टैक्स फ्री है।",
        "FD par 7,000 rupaye byaj milta hai.",
        "Top performers ko iPhone aur 10 hazaar ka voucher milta hai.",
        "Company 5 lakh ka health insurance deti hai.",
        "ব্যাংকে ২ লাখ টাকা রাখলে বছরে ১৪ হাজার টাকা সুদ পাওয়া যায়।",
        "Job chhodne par 50,000 rupaye ka bond bharna padta hai.",
    ],
)
def test_money_that_is_not_for_work(facts_of, text) -> None:
    assert pay(facts_of, text) == []


def test_pay_left_after_tax_is_pay(facts_of) -> None:
    text = "Salary 30,000 hai, tax kat ke 28,000 milte hain."
    assert [f["min"] for f in facts_of(text, "salary")] == [30000, 28000]


# --- a label line and its value on the next line ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salary:\n15,000 - 20,000", [(15000, 20000, "INR", None, "15,000 - 20,000")]),
        ("বেতন:\n১২,০০০ টাকা (মাসিক)", [(12000, 12000, "INR", "month", "১২,০০০ টাকা")]),
        ("वेतन :\n₹18,000 प्रति माह", [(18000, 18000, "INR", "month", "₹18,000")]),
        ("Stipend -\nRs 8,000 a month", [(8000, 8000, "INR", "month", "Rs 8,000")]),
    ],
)
def test_label_line_and_value_below(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


def test_label_line_is_not_glued_across_a_blank_line(facts_of) -> None:
    assert pay(facts_of, "Salary:\n\n15,000 - 20,000 log is mele mein aaye.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overtime ka 80 rupaye ghanta alag milta hai.", [(80, 80, "INR", "hour", "80 rupaye")]),
        ("Forklift aata ho toh 16-18k tak mil jaata hai.", [(16000, 18000, "INR", None, "16-18k")]),
        (
            "Weekly payout hota hai, hafte mein 4000 se 5000 tak.",
            [(4000, 5000, "INR", "week", "4000 se 5000")],
        ),
        ("ঘণ্টা প্রতি নয়, এখানে দিনে ৭০০ টাকা মজুরি।", [(700, 700, "INR", "day", "৭০০ টাকা")]),
    ],
)
def test_more_periods_and_verbs(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Salary achhi hai, aur har mahine 1500 naye log judte hain.",
        "Salary ki baat karein toh, 2019 mein 5000 log aaye the.",
        "বেতন ভালো, আর প্রতি মাসে ২০০ জন নতুন কর্মী যোগ দেন।",
    ],
)
def test_counts_beside_a_pay_word(facts_of, text) -> None:
    assert pay(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # starting pay is a single figure; a later figure of like size is coordinated with it
        (
            "ছয় হাজার টাকা থেকে শুরু, পরে আট হাজার।",
            [(6000, 6000, "INR", None, "ছয় হাজার টাকা"), (8000, 8000, "INR", None, "আট হাজার")],
        ),
        ("Joining par 18 hazaar se shuru hota hai.", [(18000, 18000, "INR", None, "18 hazaar")]),
        # ranges of number words joined by a hyphen
        ("वेतन बीस-पच्चीस हजार रुपये महीना।", [(20000, 25000, "INR", "month", "बीस-पच्चीस हजार रुपये")]),
        ("মাইনে পনেরো-বিশ হাজার টাকা।", [(15000, 20000, "INR", None, "পনেরো-বিশ হাজার টাকা")]),
        ("Salary das-barah hazaar milti hai.", [(10000, 12000, "INR", None, "das-barah hazaar")]),
    ],
)
def test_starting_pay_and_word_ranges(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The course starts at ₹5,000.",
        "Coaching ki fees 3000 se shuru hoti hai.",
        "Get 10,000 applications every month.",
    ],
)
def test_starting_price_is_not_pay(facts_of, text) -> None:
    assert pay(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "mins"),
    [
        ("Joining er somoy 16 hajar dito, ekhon 19,500.", [16000, 19500]),
        ("Pehli naukri mein 9 hazaar mile the.", [9000]),
        ("প্রথম চাকরিতে ১২ হাজার টাকা পেতাম।", [12000]),
    ],
)
def test_past_pay(facts_of, text, mins) -> None:
    assert [f["min"] for f in facts_of(text, "salary")] == mins


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change of pay names an old and a new figure, not a range
        (
            "The state has raised the honorarium from ₹3,500 to ₹5,000 a month.",
            [(3500, 3500, "INR", "month", "₹3,500"), (5000, 5000, "INR", "month", "₹5,000")],
        ),
        (
            "मानदेय 3500 रुपये से बढ़ाकर 5000 रुपये कर दिया गया है।",
            [(3500, 3500, "INR", None, "3500 रुपये"), (5000, 5000, "INR", None, "5000 रुपये")],
        ),
        # "from X to Y" with no change verb stays a range
        (
            "Salaries range from ₹15,000 to ₹20,000 a month.",
            [(15000, 20000, "INR", "month", "₹15,000 to ₹20,000")],
        ),
    ],
)
def test_change_of_pay_is_two_figures(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    ("text", "mins"),
    [
        (
            "Engineers earned about Tk 35,000, while garment staff started at Tk 18,000.",
            [35000, 18000],
        ),
        ("Cost to company: ₹4 lakh per annum.", [400000]),
        ("The cost to company is ₹3.6 lakh a year.", [360000]),
        ("The course cost is ₹40,000 and the salary after it is ₹15,000.", [15000]),
    ],
)
def test_more_english_pay(facts_of, text, mins) -> None:
    assert [f["min"] for f in facts_of(text, "salary")] == mins


@pytest.mark.parametrize(
    "text",
    [
        "Around 40 percent said they spent more than Tk 5,000 a month on transport.",
        "The firm charges companies Tk 2 lakh for its salary reports.",
        "Most families spend ₹3,000 a month on a child's tuition.",
        "Kiraye aur khane ka kharcha 6 hazaar mahina aata hai.",
    ],
)
def test_spending_and_charges_are_not_pay(facts_of, text) -> None:
    assert pay(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each end of a range may carry the period
        (
            "वेतन 15,000 रुपये प्रति माह से 20,000 रुपये प्रति माह तक।",
            [(15000, 20000, "INR", "month", "15,000 रुपये प्रति माह से 20,000 रुपये")],
        ),
        (
            "বেতন মাসে ১৫ হাজার টাকা থেকে মাসে ২০ হাজার টাকা।",
            [(15000, 20000, "INR", "month", "১৫ হাজার টাকা থেকে মাসে ২০ হাজার টাকা")],
        ),
        # time passing is no pay period; the sentence's own period covers the raise
        (
            "Salary 15,000 per month, 20,000 after a year.",
            [(15000, 15000, "INR", "month", "15,000"), (20000, 20000, "INR", "month", "20,000")],
        ),
        (
            "Joining bonus nahi, salary ₹20,000 a year later.",
            [(20000, 20000, "INR", None, "₹20,000")],
        ),
    ],
)
def test_ranges_with_periods_and_elapsed_time(facts_of, text, expected) -> None:
    assert pay(facts_of, text) == expected


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Telecaller ko 12 hazaar aur team leader ko 20 hazaar milte hain.",
            ["telecaller", "team_leader"],
        ),
        (
            "नर्सिंग स्टाफ को ₹22,000 और लैब टेक्नीशियन को ₹18,000 मासिक वेतन मिलेगा।",
            ["nurse", "lab_technician"],
        ),
    ],
)
def test_two_roles_in_one_sentence(facts_of, text, roles) -> None:
    assert [f["role"] for f in facts_of(text, "salary")] == roles
