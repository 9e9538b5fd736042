"""Families of salary and experience phrasing found wrong on the round-12 development
articles, and the conventions the corpus README sharpened after it, pinned with sentences
written for this file (none is taken from the corpus).

Salary:
- the period rule: a period word on the pay noun the figure belongs to is its own ("The
  monthly stipend paid to ... is ₹58,000"); a pay figure with no period of its own takes the
  period of the nearest pay figure before it in its sentence, else of the nearest after it,
  but not across a sentence, not from an add-on, and not between a monthly in-hand and a
  yearly CTC.
- a period word before the figure: "दिन में 700 रुपये", "din mein", "dine 600 taka", also
  alone before a comma that opens the sentence ("Per week, riders take home ₹4,500").
- pay taken home: "hafte me 5000 se upar le jaate hain".
- a bare figure with its own pay period and an earning verb right after it is pay ("roz
  600 milte hain", "dine 750 porjonto hoye jay"); a count is not ("रोज़ 600 से ज्यादा
  patients आते हैं").
- pay that passes a figure: "past 15 LPA", "beyond ₹40,000", "20 hajar chharay" (only a
  minimum); earning verbs before a figure ("couriers clear Rs 650", "begin at ₹13,000").
- a worker's hourly bill: "Freelancers bill $8 to $15 an hour".
- the currencies of the Gulf, Malaysia and Singapore; "पर" after a comma sets a fee apart.
- a ceiling nobody goes under is a floor: "২৫০০ টাকার কম কেউ দেয় না", "nobody pays less
  than ₹9,000".
- what is left after deductions is pay: "₹19,000 a month after deductions", "कटौती के बाद".
- add-ons on top of a pay (allowances, bonuses, incentives, extras per order) are no pay;
  alone in an article they are the pay itself, and so is a trainee's allowance or an
  overtime rate.
- a run of pay lines is not broken by a sentence with no figure, and a listing line may
  give a plain sum ("Gym trainer – certification ke saath 18,000 se upar", "Packing helper:
  9,500 + PF/ESI").

- a phone number written in groups ("98310 44721") is no sum carried on from the pay.

Qualification:
- a generic word restating the degree before it is one fact: "डीसीए या समकक्ष डिप्लोमा",
  "স্নাতক (সম্মান) ডিগ্রিধারী".

Experience:
- "after N years" tied to a job, a post or a raise ("तीन साल बाद सुपरवाइज़र", "6 mash por
  beton barbe", "দু'বছর পর ... পদে", "Three years in, ...", "দুই বছরের মাথায়").
- years of a job before a pay: "3 saal naukri karne ke baad", "दो साल की नौकरी के बाद",
  "3 bochor chakri korle".
- years so far at a job: "4 saal ho gaye", "मेरे 3 साल हो गए".
- "with N years" and the pay they earn: "coders with 2+ years get ₹35,000".
- "no experience needed" with the verb before the negation ("Experience chahiye nahi",
  "अनुभव होना जरूरी नहीं"), and "if none, apply anyway" after an experience word.
"""

from __future__ import annotations

import pytest

from tests.extract.views import fresher, levels, sal, years


def periods(facts_of, text, **kw):
    return [(t, p) for t, _, _, p in sal(facts_of, text, **kw)]


# -- salary: the period rule -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "lang"),
    [
        # the nearest period-bearing figure before, whatever the sizes (within a month's pay)
        (
            "Permanent teachers draw ₹48,000 a month, while guest teachers get ₹9,000.",
            [("₹48,000", "month"), ("₹9,000", "month")],
            "en",
        ),
        (
            "स्थायी कर्मचारी को 26,000 रुपये मासिक मिलते हैं, जबकि ठेके वालों को 11 हजार रुपये।",
            [("26,000 रुपये", "month"), ("11 हजार रुपये", "month")],
            "hi",
        ),
        # else the nearest one after it
        (
            "Trainees start on ₹14,000, and after confirmation they get ₹22,000 a month.",
            [("₹14,000", "month"), ("₹22,000", "month")],
            "en",
        ),
        (
            "নতুনরা পান ১০ হাজার টাকা, আর পুরোনোরা মাসে ১৮ হাজার টাকা পান।",
            [("১০ হাজার টাকা", "month"), ("১৮ হাজার টাকা", "month")],
            "bn",
        ),
        (
            "Helper ko 9 hazaar milte hain, mistri ko 16 hazaar mahina.",
            [("9 hazaar", "month"), ("16 hazaar", "month")],
            "hi-Latn",
        ),
        # yearly figures share a year; ";" does not end the sentence
        (
            "Consultants earn between Rs 9 lakh and Rs 12 lakh; partners cross 30 LPA.",
            [("Rs 9 lakh and Rs 12 lakh", "year"), ("cross 30 LPA", "year")],
            "en",
        ),
    ],
)
def test_period_of_the_nearest_pay_figure(facts_of, text, expected, lang):
    assert periods(facts_of, text, language=lang) == expected


@pytest.mark.parametrize(
    ("text", "expected", "lang"),
    [
        # nothing crosses a sentence
        (
            "Juniors get ₹16,000 a month. Seniors get ₹24,000.",
            [("₹16,000", "month"), ("₹24,000", None)],
            "en",
        ),
        # a monthly in-hand beside a yearly CTC keeps none
        (
            "Office me in-hand 21 hazaar hai, CTC 3.1 LPA.",
            [("21 hazaar", None), ("3.1 LPA", "year")],
            "hi-Latn",
        ),
    ],
)
def test_no_period_across_sentences_or_from_a_ctc(facts_of, text, expected, lang):
    assert periods(facts_of, text, language=lang) == expected


@pytest.mark.parametrize(
    ("text", "span", "period", "lang"),
    [
        (
            "The monthly stipend paid to junior residents at most trust hospitals is ₹58,000.",
            "₹58,000",
            "month",
            "en",
        ),
        (
            "मासिक वेतन की बात करें तो छोटे शहरों के स्कूलों में नए शिक्षकों को 9,000 रुपये मिलते हैं।",
            "9,000 रुपये",
            "month",
            "hi",
        ),
        (
            "Yearly package of the campus hires at the two biggest firms stays at ₹3.8 lakh.",
            "₹3.8 lakh",
            "year",
            "en",
        ),
    ],
)
def test_period_word_on_the_pay_noun(facts_of, text, span, period, lang):
    assert periods(facts_of, text, language=lang) == [(span, period)]


@pytest.mark.parametrize(
    ("text", "span", "period", "lang"),
    [
        ("Per week, most riders take home ₹4,500 or more.", "₹4,500 or more", "week", "en"),
        ("প্রতি মাসে, গড়ে ১৭ হাজার টাকা হাতে আসে।", "১৭ হাজার টাকা", "month", "bn"),
        ("Hafte mein, lagbhag 3,500 rupaye ban jaate hain.", "3,500 rupaye", "week", "hi-Latn"),
    ],
)
def test_period_said_before_a_comma_that_opens_the_sentence(facts_of, text, span, period, lang):
    assert periods(facts_of, text, language=lang) == [(span, period)]


def test_an_add_on_lends_no_period(facts_of):
    text = "Gross pay BDT 16,000 to 20,000 plus daily conveyance of Tk 200."
    assert periods(facts_of, text, language="en") == [("BDT 16,000 to 20,000", None)]


# -- salary: a period word before the figure ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("अच्छे राइडर दिन में 900 रुपये से ज्यादा कमा लेते हैं।", "900 रुपये से ज्यादा", "hi"),
        ("Din mein 800 rupaye tak mil jaate hain.", "800 rupaye tak", "hi-Latn"),
        ("Rajmistri ke saath kaam karo to dine 650 taka pawa jay.", "650 taka", "bn-Latn"),
    ],
)
def test_day_word_before_the_figure(facts_of, text, span, lang):
    assert periods(facts_of, text, language=lang) == [(span, "day")]


# -- salary: pay taken home, and bare figures with their own period ------------------------


@pytest.mark.parametrize(
    ("text", "span", "bounds", "period", "lang"),
    [
        (
            "Jo double shift karte hain wo hafte me 4500 se upar le jaate hain.",
            "4500 se upar",
            (4500, None),
            "week",
            "hi-Latn",
        ),
        (
            "अच्छे एजेंट महीने में 30 हजार तक ले जाते हैं।",
            "30 हजार तक",
            (None, 30000),
            "month",
            "hi",
        ),
        ("Naye helper ko roz 550 milte hain.", "550", (550, 550), "day", "hi-Latn"),
        (
            "Do saal kaj shikhle dine 800 porjonto hoye jay.",
            "800 porjonto",
            (None, 800),
            "day",
            "bn-Latn",
        ),
        ("সপ্তাহে ৪০০০ পর্যন্ত হয়ে যায়।", "৪০০০ পর্যন্ত", (None, 4000), "week", "bn"),
    ],
)
def test_pay_taken_home_and_bare_rates(facts_of, text, span, bounds, period, lang):
    assert [(t, (mn, mx), p) for t, mn, mx, p in sal(facts_of, text, language=lang)] == [
        (span, bounds, period)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("क्लिनिक में रोज़ 300 से ज्यादा मरीज आते हैं।", "hi"),
        ("Godown me mahine me 200 order aate hain.", "hi-Latn"),
        ("Dine 40 ta parcel deliver korte hoy.", "bn-Latn"),
    ],
)
def test_counts_with_a_period_are_no_pay(facts_of, text, lang):
    assert sal(facts_of, text, language=lang) == []


# -- salary: open bounds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("An MBA can push the package past 18 LPA.", "past 18 LPA", 1800000),
        ("Senior welders in Dubai go beyond ₹90,000 a month.", "beyond ₹90,000", 90000),
    ],
)
def test_pay_past_a_figure_is_a_floor(facts_of, text, span, value):
    assert [(t, mn, mx) for t, mn, mx, _ in sal(facts_of, text, language="en")] == [
        (span, value, None)
    ]


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("Ei kaje masik ay 25 hajar chharay.", "25 hajar chharay", "bn-Latn"),
        ("অভিজ্ঞ হলে মাসিক আয় ৩২ হাজার ছাড়ায়।", "৩২ হাজার ছাড়ায়", "bn"),
    ],
)
def test_pay_that_exceeds_a_figure_in_bengali(facts_of, text, span, lang):
    assert [(t, mx) for t, _, mx, _ in sal(facts_of, text, language=lang)] == [(span, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Most couriers clear Rs 650 on a weekday.",
        "A good tailor pockets ₹900 a day in the wedding season.",
        "New hires begin at ₹13,000 in most stores.",
    ],
)
def test_earning_verbs_before_the_figure(facts_of, text):
    assert len(sal(facts_of, text, language="en")) == 1


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        ("নবম শ্রেণির ছাত্র পড়ালে ১৮০০ টাকার কম কেউ দেয় না।", 1800, "bn"),
        ("Ei kaje 11 hajar takar kom keu dey na.", 11000, "bn-Latn"),
        ("सिक्योरिटी गार्ड को 13 हजार रुपये से कम कोई नहीं देता।", 13000, "hi"),
        ("No hospital pays a staff nurse less than ₹20,000 a month.", 20000, "en"),
        ("Nobody offers a trained welder less than ₹700 a day.", 700, "en"),
    ],
)
def test_a_ceiling_nobody_goes_under_is_a_floor(facts_of, text, value, lang):
    assert [(mn, mx) for _, mn, mx, _ in sal(facts_of, text, language=lang)] == [(value, None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Freshers with no degree earn less than ₹9,000 a month.", "en"),
        ("Is line mein 20 hazaar tak nahi milta.", "hi-Latn"),  # "up to" denied stays a cap
    ],
)
def test_ceilings_stay_ceilings(facts_of, text, lang):
    assert [mn for _, mn, _, _ in sal(facts_of, text, language=lang)] == [None]


# -- salary: hourly bills, currencies, contrast -------------------------------------------


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Translators on these sites typically bill $12 to $20 an hour.", (12, 20)),
        ("Experienced tutors bill $18 per hour.", (18, 18)),
    ],
)
def test_a_workers_hourly_bill_is_pay(facts_of, text, bounds):
    assert [(mn, mx, p) for _, mn, mx, p in sal(facts_of, text, language="en")] == [
        (*bounds, "hour")
    ]


def test_a_bill_that_is_a_cost_is_no_pay(facts_of):
    assert sal(facts_of, "The electricity bill comes to Rs 2,400 a month.", language="en") == []


@pytest.mark.parametrize(
    ("text", "currency", "lang"),
    [
        ("মালয়েশিয়ার কারখানায় মাসে ১,৯০০ রিঙ্গিত বেতন দেওয়া হয়।", "MYR", "bn"),
        ("Workers at the Doha site earn QAR 2,800 a month.", "QAR", "en"),
        ("Oman mein driver ko 380 rial mahina milta hai.", "OMR", "hi-Latn"),
        ("Singapore shipyards pay S$1,600 a month to new fitters.", "SGD", "en"),
    ],
)
def test_gulf_and_asian_currencies(facts_of, text, currency, lang):
    found = facts_of(text, "salary", language=lang)
    assert [f["currency"] for f in found] == [currency]


@pytest.mark.parametrize(
    ("text", "span", "currency"),
    [
        (
            "कतर की एक कंपनी 2,200 रियाल प्रति माह का ऑफर दे रही है, पर एजेंट की fee 90 हजार है।",
            "2,200 रियाल",
            "SAR",
        ),
        (
            "Dubai wali company 2,500 दिरहम महीना दे रही है, पर visa fee 70 हजार लगेगी।",
            "2,500 दिरहम",
            "AED",
        ),
    ],
)
def test_a_fee_after_comma_par_is_set_apart(facts_of, text, span, currency):
    found = facts_of(text, "salary", language="hi")
    assert [(f["text"], f["currency"], f["period"]) for f in found] == [(span, currency, "month")]


# -- salary: net of deductions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("Call centre staff take home about ₹17,500 a month after deductions.", "₹17,500", "en"),
        ("Take-home pay is ₹41,000 a month after tax.", "₹41,000", "en"),
        ("टैक्स कटने के बाद हाथ में 52 हजार रुपये महीना आते हैं।", "52 हजार रुपये", "hi"),
        ("कटौती के बाद इन-हैंड करीब 33 हजार रुपये महीना रहता है।", "33 हजार रुपये", "hi"),
    ],
)
def test_what_is_left_after_deductions_is_pay(facts_of, text, span, lang):
    assert periods(facts_of, text, language=lang) == [(span, "month")]


def test_the_deduction_itself_stays_out(facts_of):
    assert sal(facts_of, "PF-এর জন্য মাসে ১৮০০ টাকা কাটা হয়।", language="bn") == []


# -- salary: add-ons on top of a pay ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pay", "lang"),
    [
        (
            "Pay is ₹23,000 a month. Not included: a ₹1,500 monthly food coupon and a festival "
            "bonus of ₹8,000.",
            ["₹23,000"],
            "en",
        ),
        (
            "वेतन 17,000 रुपये महीना है। इसके अलावा 1,200 रुपये यात्रा भत्ता मिलता है।",
            ["17,000 रुपये"],
            "hi",
        ),
        (
            "Salary 14 hazaar mahina. Target pura hone par 2,000 se 3,500 rupaye tak incentive "
            "alag se.",
            ["14 hazaar"],
            "hi-Latn",
        ),
        (
            "বেতন মাসে ১৫ হাজার টাকা। রাতের শিফটে আলাদা ১,০০০ টাকা ভাতা।",
            ["১৫ হাজার টাকা"],
            "bn",
        ),
        (
            "Dine 600 theke 800 taka hoy. Brishtir dine protiti order e 10 taka barti paben.",
            ["600 theke 800 taka"],
            "bn-Latn",
        ),
        (
            "हर डिलीवरी पर ₹30 मिलते हैं। रात 10 बजे के बाद हर ऑर्डर पर ₹8 extra।",
            ["₹30"],
            "hi",
        ),
        ("Salary ₹16,000 and a Diwali bonus of ₹6,000.", ["₹16,000"], "en"),
    ],
)
def test_add_ons_on_top_of_a_pay_are_no_pay(facts_of, text, pay, lang):
    assert [t for t, _, _, _ in sal(facts_of, text, language=lang)] == pay


@pytest.mark.parametrize(
    ("text", "pay", "lang"),
    [
        # a gross counted with its add-ons, and a pay joined to one, stay pay
        (
            "Basic pay ₹29,200 है और DA, HRA मिलाकर हाथ में करीब ₹41,000 महीना आता है।",
            ["₹29,200", "₹41,000"],
            "hi",
        ),
        ("Salary: 11k se 14k + incentive", ["11k se 14k"], "hi-Latn"),
        (
            "Fixed 11 hazaar mahina. Salary plus incentive 17,000 tak ho jaati hai.",
            ["11 hazaar", "17,000 tak"],
            "hi-Latn",
        ),
        # alone, an allowance is the pay itself: a trainee's stipend
        ("প্রশিক্ষণের সময় মাসে ৬,৫০০ টাকা ভাতা দেওয়া হবে।", ["৬,৫০০ টাকা"], "bn"),
        # a trainee's allowance and an overtime rate are pay beside a salary too
        (
            "Sthayi hole beton 12,000 taka. Training er somoy dainik 300 taka bhata deya hoy.",
            ["12,000 taka", "300 taka"],
            "bn-Latn",
        ),
        (
            "Salary ₹15,000 per month. Overtime करने पर ₹90 प्रति घंटा extra मिलता है।",
            ["₹15,000", "₹90"],
            "hi",
        ),
    ],
)
def test_pay_beside_add_on_words_stays_pay(facts_of, text, pay, lang):
    assert [t for t, _, _, _ in sal(facts_of, text, language=lang)] == pay


# -- salary: runs of pay lines ------------------------------------------------------------


def test_a_sentence_without_figures_does_not_break_a_run_of_pay_lines(facts_of):
    text = (
        "Junior Developer (০–১ বছর): সাধারণত ৳৪০,০০০ থেকে ৳৫৫,০০০ মাসে। এটাই বাজারের হার।\n"
        "Senior (৪+ বছর): ৯০ হাজার থেকে দেড় লাখ টাকা, যদি cloud-এ হাত থাকে।"
    )
    spans = [t for t, _, _, _ in sal(facts_of, text, language="bn")]
    assert spans == ["৳৪০,০০০ থেকে ৳৫৫,০০০", "৯০ হাজার থেকে দেড় লাখ টাকা"]


def test_a_plain_sum_in_a_listing_line_of_pay(facts_of):
    text = (
        "1. Security guard – shuru mein 11 hazaar.\n2. Driver – licence ke saath 16,000 se upar.\n"
    )
    found = [(t, mn, mx) for t, mn, mx, _ in sal(facts_of, text, language="hi-Latn")]
    assert found == [("11 hazaar", 11000, 11000), ("16,000 se upar", 16000, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Packing helper: 9,500 + PF/ESI", [("9,500", 9500)]),
        ("Security guard: 2,000 vacancies", []),
    ],
)
def test_a_plain_sum_after_a_job_and_colon(facts_of, text, expected):
    assert [(t, mn) for t, mn, _, _ in sal(facts_of, text, language="hi-Latn")] == expected


def test_a_phone_number_in_groups_is_no_pay(facts_of):
    text = "বেতন মাসে ১৪ হাজার টাকা।\nযোগাযোগ: 98310 44721"
    assert [t for t, _, _, _ in sal(facts_of, text, language="bn")] == ["১৪ হাজার টাকা"]


# -- qualification ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "lang"),
    [
        (
            "उम्मीदवार के पास डीसीए या समकक्ष डिप्लोमा होना चाहिए।",
            [("diploma", "डीसीए या समकक्ष डिप्लोमा")],
            "hi",
        ),
        (
            "কম্পিউটারে ডিসিএ বা সমমানের ডিপ্লোমা থাকতে হবে।",
            [("diploma", "ডিসিএ বা সমমানের ডিপ্লোমা")],
            "bn",
        ),
        (
            "আবেদনকারীকে স্নাতক (সম্মান) ডিগ্রিধারী হতে হবে।",
            [("graduate", "স্নাতক (সম্মান) ডিগ্রিধারী")],
            "bn",
        ),
    ],
)
def test_a_degree_restated_by_a_generic_word_is_one_fact(facts_of, text, expected, lang):
    assert levels(facts_of, text, language=lang) == expected


# -- experience ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "lang"),
    [
        ("चार साल बाद आप सीनियर टेक्नीशियन के पद के लिए आवेदन कर सकते हैं।", "चार साल", 4, "hi"),
        ("2 saal baad team lead role mil sakta hai.", "2 saal", 2, "hi-Latn"),
        ("তিন বছর পর পদোন্নতির সুযোগ আছে।", "তিন বছর", 3, "bn"),
        ("Beton 14 hajar theke shuru, 1 bochor por kaj dekhe barbe.", "1 bochor", 1, "bn-Latn"),
        ("Prothom 6 maash por appraisal hoy.", "6 maash", 0.5, "bn-Latn"),
        ("After five years you can apply for the post of head nurse.", "five years", 5, "en"),
    ],
)
def test_years_after_which_a_job_or_raise_comes(facts_of, text, span, value, lang):
    assert years(facts_of, text, language=lang) == [(span, value, value)]


@pytest.mark.parametrize(
    ("text", "span", "value", "lang"),
    [
        ("4 saal naukri karne ke baad 28 hazaar milte hain.", "4 saal", 4, "hi-Latn"),
        ("तीन साल की नौकरी के बाद वेतन 24 हजार हो जाता है।", "तीन साल", 3, "hi"),
        ("দুই বছর চাকরি করার পর বেতন ১৯ হাজার হয়।", "দুই বছর", 2, "bn"),
        ("2 bochor chakri korle beton 21 hajar hoy.", "2 bochor", 2, "bn-Latn"),
        ("Three years in, most packers earn ₹19,000 a month.", "Three years", 3, "en"),
        ("After four years you can become a senior clerk.", "four years", 4, "en"),
        ("দুই বছরের মাথায় সুপারভাইজার হওয়া যায়।", "দুই বছরের", 2, "bn"),
        ("2 साल पूरे होने पर सीनियर बन सकते हैं।", "2 साल", 2, "hi"),
    ],
)
def test_other_ways_to_say_after_n_years(facts_of, text, span, value, lang):
    assert years(facts_of, text, language=lang) == [(span, value, value)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Training ke 6 mahine baad stipend badhta hai.", "hi-Latn"),
        ("कोर्स पूरा होने में 3 साल लगते हैं, फीस 90 हजार है।", "hi"),
    ],
)
def test_training_and_course_years_stay_out(facts_of, text, lang):
    assert years(facts_of, text, language=lang) == []


@pytest.mark.parametrize(
    ("text", "span", "value", "lang"),
    [
        ("Main Surat ki ek mill me weaver hoon, 6 saal ho gaye.", "6 saal", 6, "hi-Latn"),
        ("मेरे 2 साल हो गए, अब 28 हजार मिलते हैं।", "2 साल", 2, "hi"),
        ("এই কারখানায় তার ৫ বছর হয়ে গেল, বেতন এখন ২২ হাজার।", "৫ বছর", 5, "bn"),
    ],
)
def test_years_so_far_at_a_job(facts_of, text, span, value, lang):
    assert years(facts_of, text, language=lang) == [(span, value, value)]


def test_a_firms_years_so_far_are_no_experience(facts_of):
    assert years(facts_of, "Is company ko bane 12 saal ho gaye.", language="hi-Latn") == []


@pytest.mark.parametrize(
    ("text", "span", "bounds"),
    [
        ("Certified auditors with 3+ years get ₹60,000 a month.", "3+ years", (3, None)),
        ("Drivers with two years earn about ₹18,000 a month.", "two years", (2, 2)),
    ],
)
def test_with_years_and_the_pay_they_earn(facts_of, text, span, bounds):
    assert years(facts_of, text, language="en") == [(span, *bounds)]


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("Anubhav chahiye nahi, bas typing aani chahiye.", "Anubhav chahiye nahi", "hi-Latn"),
        ("इस पद के लिए अनुभव होना जरूरी नहीं है।", "अनुभव होना जरूरी नहीं है", "hi"),
        (
            "Is job ke liye experience maanga nahi gaya hai.",
            "experience maanga nahi gaya hai",
            "hi-Latn",
        ),
        (
            "Experience: ২ বছর থাকলে ভালো, না থাকলেও আবেদন করতে পারেন।",
            "না থাকলেও আবেদন করতে পারেন",
            "bn",
        ),
        (
            "Anubhav ho to achha, nahi hai to bhi apply karein.",
            "nahi hai to bhi apply karein",
            "hi-Latn",
        ),
    ],
)
def test_no_experience_needed_phrasings(facts_of, text, span, lang):
    assert fresher(facts_of, text, language=lang) == [span]


def test_apply_anyway_without_an_experience_word_is_no_fresher(facts_of):
    assert fresher(facts_of, "Degree থাকলে ভালো, না থাকলেও apply করুন।", language="bn") == []
