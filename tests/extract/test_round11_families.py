"""Families of salary and experience phrasing found wrong on the round-11 development
articles, pinned with sentences written for this file (none is taken from the corpus).

Salary:
- starting pay in the noun form ("13 हजार से शुरुआत होती है", "15 hazaar se shuruat").
- what a month brings at its end is monthly pay ("মাস গেলে", "महीने के अंत में",
  "at the end of the month").
- "30k." ends its sentence: a letter after digits is an amount's suffix, not an initial
  ("B. Sc"), so a period word of the next sentence is not the figure's.
- a sum named by the cost right after it is that cost ("a Tk 1,500 joining fee",
  "₹800 registration fee").
- a period word after "plus" / "with" belongs to the next item ("₹15,000 plus daily
  travel money"), not to the figure.
- "paying" is a pay word like "pays" and "paid".
- a figure net of the cost of something ("তেলের খরচ বাদ দিয়ে", "petrol ka kharcha kaat
  kar"): neither the thing nor its cost is a distractor of the figure.

Qualification:
- a certificate the candidate must hold is the qualification ("ট্রেডে আইটিআই সার্টিফিকেট থাকতে
  হবে", "ITI certificate होना चाहिए", "An ITI certificate is required"); a certificate to
  bring stays a paper, no fact.

Experience:
- "no experience" with a kind of work between ("कोई job experience नहीं है",
  "কোনো কাজের অভিজ্ঞতা নেই", "koi kaam ka anubhav nahi").
"""

from __future__ import annotations

import pytest

from tests.extract.views import fresher, levels, sal

# -- salary ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "lang"),
    [
        ("पैकिंग के काम में 12 हजार से शुरुआत होती है।", "12 हजार", 12000, "hi"),
        ("ड्राइवर की नौकरी में ११ हजार से शुरूआत है।", "११ हजार", 11000, "hi"),
        ("Warehouse job mein 14 hazaar se shuruat hoti hai.", "14 hazaar", 14000, "hi-Latn"),
    ],
)
def test_starting_pay_noun_form(facts_of, text, span, value, lang):
    assert [(t, mn, mx) for t, mn, mx, _ in sal(facts_of, text, language=lang)] == [
        (span, value, value)
    ]


def test_start_of_a_non_money_count_is_no_pay(facts_of):
    assert sal(facts_of, "कोर्स की पढ़ाई 5 साल से शुरुआत हुई।", language="hi") == []


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("মাস গেলে মোটামুটি ১৮-২০ হাজার থাকে।", "১৮-২০ হাজার", "bn"),
        ("মাসের শেষে ১৯ হাজার টাকা হাতে থাকে।", "১৯ হাজার টাকা", "bn"),
        ("Mash gele 17 hajar thake, tel er khoroch bad diye.", "17 hajar", "bn-Latn"),
        ("महीने के अंत में 16 हजार हाथ में बचते हैं।", "16 हजार", "hi"),
        ("At the end of the month about Rs 21,000 is left in hand.", "Rs 21,000", "en"),
    ],
)
def test_month_end_is_a_monthly_period(facts_of, text, span, lang):
    assert [(t, p) for t, _, _, p in sal(facts_of, text, language=lang)] == [(span, "month")]


# -- experience ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("मैंने BCA किया है, कोई job experience नहीं है।", "कोई job experience नहीं है", "hi"),
        ("B.Com ke baad koi kaam ka anubhav nahi hai.", "koi kaam ka anubhav nahi hai", "hi-Latn"),
        ("আমার কোনো কাজের অভিজ্ঞতা নেই।", "কোনো কাজের অভিজ্ঞতা নেই", "bn"),
        ("Amar kono chakrir obhiggota nei.", "kono chakrir obhiggota nei", "bn-Latn"),
    ],
)
def test_no_experience_of_a_kind_of_work_is_fresher(facts_of, text, span, lang):
    assert fresher(facts_of, text, language=lang) == [span]


@pytest.mark.parametrize(
    ("text", "span", "period", "lang"),
    [
        (
            "Supervisor ra mase 28 hajar pay, ar trainee ra pay 22k. Ghonta proti 90 taka OT.",
            "22k",
            "month",
            "bn-Latn",
        ),
        ("Juniors get about 25k. Weekend shifts pay Rs 900 per day.", "25k", None, "en"),
    ],
)
def test_letter_suffix_ends_the_sentence(facts_of, text, span, period, lang):
    got = [(t, p) for t, _, _, p in sal(facts_of, text, language=lang)]
    assert (span, period) in got


@pytest.mark.parametrize(
    ("text", "pay", "fee", "lang"),
    [
        (
            "They promise Rs 1,800 per day if you first pay a Rs 1,200 joining fee.",
            "Rs 1,800",
            "Rs 1,200",
            "en",
        ),
        ("रोज़ ₹700 मिलेंगे, पहले ₹800 registration fee भरनी होगी।", "₹700", "₹800", "hi"),
        (
            "Dine 900 taka paben bole, kintu age 500 taka registration fee dite hobe.",
            "900 taka",
            "500 taka",
            "bn-Latn",
        ),
    ],
)
def test_sum_named_by_a_cost_after_it_is_no_pay(facts_of, text, pay, fee, lang):
    got = [t for t, _, _, _ in sal(facts_of, text, language=lang)]
    assert pay in got
    assert fee not in got


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        (
            "Gross salary Tk 20,000 to 26,000 plus daily travel allowance.",
            "Tk 20,000 to 26,000",
            "en",
        ),
        ("Interns get ₹12,000 with monthly bonus on top.", "₹12,000", "en"),
        ("Salary 16 hazaar rupaye plus daily khana free.", "16 hazaar rupaye", "hi-Latn"),
    ],
)
def test_period_after_plus_is_of_the_next_item(facts_of, text, span, lang):
    assert [(t, p) for t, _, _, p in sal(facts_of, text, language=lang)][:1] == [(span, None)]


def test_period_before_plus_stays_with_the_figure(facts_of):
    text = "Agents earn ₹450 daily plus a fixed travel sum."
    assert [(t, p) for t, _, _, p in sal(facts_of, text, language="en")] == [("₹450", "day")]


@pytest.mark.parametrize(
    "text",
    [
        "Clinics are hiring nurses per shift, paying Rs 1,000 to Rs 1,400 for a night shift.",
        "Some firms are paying freshers ₹22,000 a month.",
    ],
)
def test_paying_is_a_pay_word(facts_of, text):
    assert len(sal(facts_of, text, language="en")) == 1


def test_paying_for_a_course_is_no_pay(facts_of):
    assert (
        sal(facts_of, "Students end up paying Rs 3,000 for the coaching course.", language="en")
        == []
    )


def test_cost_after_a_postposition_leaves_the_figure_pay(facts_of):
    text = "Haan bhai, 10 LPA pe PF aur tax katke 65k hi aata hai."
    assert ("10 LPA", "year") in [(t, p) for t, _, _, p in sal(facts_of, text, language="hi")]


def test_month_end_before_the_pay_word(facts_of):
    text = "মাস শেষে বেতন আসে ১৬ হাজার টাকা।"
    assert [(t, p) for t, _, _, p in sal(facts_of, text, language="bn")] == [("১৬ হাজার টাকা", "month")]


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("মাসে মোটামুটি ১৮-২১ হাজার থাকে, তেলের খরচ বাদ দিয়ে।", "১৮-২১ হাজার", "bn"),
        ("মাসে ১৯ হাজার টাকা থাকে, পেট্রোলের খরচ বাদে।", "১৯ হাজার টাকা", "bn"),
        ("Mahine ke 20 hazaar bachte hain, petrol ka kharcha kaat kar.", "20 hazaar", "hi-Latn"),
    ],
)
def test_net_of_the_cost_of_a_thing(facts_of, text, span, lang):
    assert [(t, p) for t, _, _, p in sal(facts_of, text, language=lang)] == [(span, "month")]


def test_the_cost_of_a_thing_alone_is_no_pay(facts_of):
    assert sal(facts_of, "তেলের খরচ মাসে ৩ হাজার টাকা।", language="bn") == []


# -- qualification ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("ফিটার ট্রেডে আইটিআই সার্টিফিকেট থাকতে হবে।", "আইটিআই", "bn"),
        ("वेल्डर ट्रेड में आईटीआई सर्टिफिकेट होना चाहिए।", "आईटीआई", "hi"),
        ("Welder trade e ITI certificate thakte hobe.", "ITI", "bn-Latn"),
        ("An ITI certificate is required for the electrician post.", "ITI", "en"),
    ],
)
def test_certificate_to_hold_is_a_qualification(facts_of, text, span, lang):
    assert levels(facts_of, text, language=lang) == [("diploma", span)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ইন্টারভিউয়ের দিন আইটিআই সার্টিফিকেট সঙ্গে আনতে হবে।", "bn"),
        ("Bring your ITI certificate to the interview.", "en"),
    ],
)
def test_certificate_to_bring_is_no_qualification(facts_of, text, lang):
    assert levels(facts_of, text, language=lang) == []
