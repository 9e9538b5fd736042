"""Salary facts on sentences we wrote: values, ranges, bounds, currency, period, and the
figures that are not pay (fees, prices, revenue, counts, years, phone numbers)."""

from __future__ import annotations

import pytest


def one(facts):
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(
    ("text", "lo", "hi", "currency", "period"),
    [
        # Hindi
        ("फ्रेशर को 12,000 रुपये से 16,000 रुपये प्रति माह तक वेतन मिलता है।", 12000, 16000, "INR", "month"),
        ("शुरुआती सैलरी पंद्रह हजार होती है।", 15000, 15000, "INR", None),
        ("अनुभवी लोगों की सैलरी बीस हजार से तीस हजार तक जाती है।", 20000, 30000, "INR", None),
        ("इस पद का वार्षिक पैकेज 3.5 LPA है।", 350000, 350000, "INR", "year"),
        ("वेतन ₹25,000 से ₹28,000 मासिक मिलेगा।", 25000, 28000, "INR", "month"),
        ("मानदेय १२,५०० रुपये प्रतिमाह है।", 12500, 12500, "INR", "month"),
        ("दिहाड़ी 600 रुपये प्रतिदिन मिलती है।", 600, 600, "INR", "day"),
        ("सालाना CTC साढ़े तीन लाख रुपये तक जाता है।", None, 350000, "INR", "year"),
        ("तनख्वाह 40,000 रुपये से अधिक है।", 40000, None, "INR", None),
        ("कम से कम 18,000 रुपये वेतन मिलेगा।", 18000, None, "INR", None),
        # Bengali
        ("নতুনদের বেতন মাসে ১২,০০০ থেকে ১৮,০০০ টাকা, কলকাতায়।", 12000, 18000, "INR", "month"),
        ("ঢাকায় অফিস সহকারীর বেতন ২৫ হাজার টাকা।", 25000, 25000, "BDT", None),
        ("মাসিক মাইনে ৳১৫,০০০।", 15000, 15000, "BDT", "month"),
        ("বছরে প্রায় সাড়ে তিন লাখ টাকা আয় হয়, পশ্চিমবঙ্গে।", 350000, 350000, "INR", "year"),
        ("প্রতি ঘণ্টায় ১৫০ টাকা দেয়, এটাই আয়।", 150, 150, "INR", "hour"),
        # Hinglish / Banglish / English
        ("BPO job mein salary 12k se 18k tak milti hai.", 12000, 18000, "INR", None),
        ("Starting salary 15-20k per month hoti hai.", 15000, 20000, "INR", "month"),
        ("Freshers get a CTC of 2.4 LPA in Pune.", 240000, 240000, "INR", "year"),
        ("The stipend is up to Rs. 10,000 per month.", None, 10000, "INR", "month"),
        ("Analysts earn at least INR 6 lakh per annum.", 600000, None, "INR", "year"),
        ("Remote agents are paid $12 per hour.", 12, 12, "USD", "hour"),
        ("Dhaka te beton 20 hajar taka theke shuru.", 20000, 20000, "BDT", None),
        ("Salary 25,000+ per month.", 25000, None, "INR", "month"),
    ],
)
def test_salary_values(facts_of, text, lo, hi, currency, period) -> None:
    f = one(facts_of(text, "salary"))
    assert (f["min"], f["max"], f["currency"], f["period"]) == (lo, hi, currency, period)


@pytest.mark.parametrize(
    "text",
    [
        "कोर्स की फीस 5000 रुपये है।",
        "कंपनी का टर्नओवर 500 करोड़ रुपये है।",
        "2021 में कंपनी ने भर्ती शुरू की।",
        "इस कंपनी में 10,000 लोग काम करते हैं।",
        "आवेदन शुल्क 750 रुपये प्रति उम्मीदवार है।",
        "एक अच्छे लैपटॉप की कीमत 45,000 रुपये है।",
        "ग्राहक सेवा नंबर 1800-208-9898 पर कॉल करें।",
        "ল্যাপটপের দাম ৭০ হাজার টাকা।",
        "মোট ১১,৭৬৫টি শূন্যপদে নিয়োগ হবে।",
        "কোর্সের খরচ মাসে ৩,০০০ টাকা।",
        "The course fee is Rs 40,000 per year.",
        "12वीं में 50% अंक जरूरी हैं।",
        "Typing speed 30 words per minute honi chahiye.",
        "भारत का BPO बाजार 1,800 करोड़ रुपये सालाना का है, वेतन नहीं।",
    ],
)
def test_not_salary(facts_of, text) -> None:
    assert facts_of(text, "salary") == []


def test_distractor_and_pay_in_one_sentence(facts_of) -> None:
    facts = facts_of("सैलरी 20000 रुपये है लेकिन कोर्स की फीस 5000 रुपये है।", "salary")
    assert [(f["min"], f["text"]) for f in facts] == [(20000, "20000 रुपये")]


def test_taka_without_cues_is_the_default_and_marked_inferred(facts_of) -> None:
    f = one(facts_of("বেতন ৫,০০০ থেকে ২৫,০০০ টাকা পর্যন্ত হতে পারে।", "salary", language="bn"))
    assert (f["min"], f["max"], f["period"]) == (5000, 25000, None)
    assert f["currency"] == "INR" and f["currency_inferred"] is True


def test_taka_in_bangladesh_is_bdt(facts_of) -> None:
    f = one(facts_of("চট্টগ্রামে কল সেন্টারে বেতন ১৬০০০ টাকা।", "salary", language="bn"))
    assert f["currency"] == "BDT" and f["currency_inferred"] is True


def test_stated_currency_is_not_inferred(facts_of) -> None:
    f = one(facts_of("वेतन ₹15,000 प्रति माह है।", "salary"))
    assert "currency_inferred" not in f


def test_text_covers_figures_and_currency(facts_of) -> None:
    f = one(facts_of("वेतन 9000 रूपए से लेकर 15000 रूपए प्रति माह तक है।", "salary"))
    assert f["text"] == "9000 रूपए से लेकर 15000 रूपए"
    assert (f["min"], f["max"], f["period"]) == (9000, 15000, "month")


def test_role_from_the_sentence(facts_of) -> None:
    f = one(facts_of("डाटा एंट्री ऑपरेटर का वेतन 12,000 रुपये महीना है।", "salary"))
    assert f["role"] == "data_entry" and f["period"] == "month"


def test_period_shared_within_a_sentence(facts_of) -> None:
    text = "A PO starts on a salary of ₹52,000 a month, while a clerk gets ₹30,000."
    facts = facts_of(text, "salary")
    assert [(f["min"], f["period"]) for f in facts] == [(52000, "month"), (30000, "month")]


def test_no_salary_from_boilerplate(facts_of) -> None:
    text = "वेतन 15,000 रुपये प्रति माह है।\nसैलरी 90,000 रुपये का ऑफर, अभी शेयर करें!"
    facts = facts_of(text, "salary", boilerplate=(1,))
    assert [f["min"] for f in facts] == [15000]


def test_native_digits_keep_raw_offsets(facts_of) -> None:
    text = "वेतन १५,००० रुपये प्रति माह है।"
    f = one(facts_of(text, "salary"))
    assert f["text"] == "१५,००० रुपये" and f["min"] == 15000


def test_nukta_and_zero_width_joiners_keep_raw_offsets(facts_of) -> None:
    text = "सैलरी पंद्रह हज़ार\u200d रुपये है।"
    f = one(facts_of(text, "salary"))
    assert f["min"] == 15000 and text[f["start"] : f["end"]] == f["text"]


def test_role_from_the_heading_above(facts_of) -> None:
    text = "बैक ऑफिस की सैलरी :\n\nशुरुआती सैलरी पंद्रह हजार होती है।\n\nकंपनी का टर्नओवर बड़ा है।"
    (f,) = facts_of(text, "salary")
    assert f["role"] == "back_office_executive"


@pytest.mark.parametrize(
    ("text", "lo", "hi", "period"),
    [
        ("The average salary is between Rs 12,000 and Rs 18,000 per month.", 12000, 18000, "month"),
        ("तनख्वाह 8 हजार और 10 हजार रुपये के बीच मिलती है।", 8000, 10000, None),
        ("Call centre mein shuru mein 10 se 12 hazaar milte hain.", 10000, 12000, None),
        ("CTC: 2 to 2.5 lakh.", 200000, 250000, "year"),
        ("ঢাকায় অভিজ্ঞ হলে বেতন ৩৫ হাজারের বেশি।", 35000, None, None),
        ("বেতন লাখ টাকা পর্যন্ত পৌঁছায়।", None, 100000, None),
    ],
)
def test_more_forms(facts_of, text, lo, hi, period) -> None:
    f = one(facts_of(text, "salary"))
    assert (f["min"], f["max"], f["period"]) == (lo, hi, period)


@pytest.mark.parametrize(
    "text",
    [
        "Tally ka 3 mahine ka course lagbhag 6000 rupaye mein ho jaata hai.",
        "अच्छा लैपटॉप 40 हजार में मिल जाता है।",
        "इस साल 5,000 नए कर्मचारियों की भर्ती हुई, औसत आय पर चर्चा बाद में।",
    ],
)
def test_prices_and_counts_are_not_pay(facts_of, text) -> None:
    assert facts_of(text, "salary") == []
