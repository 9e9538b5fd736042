"""Families of salary phrasing found missing on the round-6 development articles, pinned
with sentences written for this file (none is taken from the corpus).

- a listing line "<job> – <figure>" with a dash instead of a colon, the figure perhaps a
  few words after the dash ("Packer – fixed 12k", "Cook – shuru mein 15 hazaar"); a bare
  range needs a period there ("13,000 se 16,000 per month").
- "per" inside a word ("Helper ko ₹12,000") is no piece rate, so the figure may share the
  period of the figure beside it.
- benefits said to come with the pay ("PF ও ESI সহ", "PF ke saath") are no distractor.
- a period said of every figure in a trailing clause (", both monthly", ", dono mahine ke").
- a floor the pay goes past ("১.২ লাখ টাকা ছাড়িয়ে যায়"), with a currency.
- not pay: rent, fees, prices and counts in the same shapes.
"""

from __future__ import annotations

import pytest


def sal(facts_of, text, **kw):
    return [
        (f["text"], f["min"], f["max"], f["currency"], f["period"])
        for f in facts_of(text, "salary", **kw)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Packer - fixed 12k, overtime alag.", [("12k", 12000, 12000, "INR", None)]),
        (
            "3. Security guard – starting mein 15 hazaar, khana free.",
            [("15 hazaar", 15000, 15000, "INR", None)],
        ),
        ("Beautician – 20k+.", [("20k+", 20000, None, "INR", None)]),
        (
            "4. Security guard – 13,000 se 16,000 per month, night duty.",
            [("13,000 se 16,000", 13000, 16000, "INR", "month")],
        ),
        (
            "2. Delivery executive — ₹16k mahina, bike apni.",
            [("₹16k", 16000, 16000, "INR", "month")],
        ),
    ],
)
def test_dash_listing_line(facts_of, text, want):
    assert sal(facts_of, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Rent – 5,000 per month, bijli alag.",
        "Driver – age 25 se upar.",
        "Course fees – ₹12k, 3 mahine.",
        "Telecaller – 2 saal purana course, fees 8k.",
        "Hostel – 4,500 per month, khana alag.",
    ],
)
def test_dash_listing_traps(facts_of, text):
    assert sal(facts_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Salary: Helper ko ₹12,000 aur Driver ko ₹16,500 per month.",
        "বেতন: Cook-এর জন্য ₹১২,০০০ আর Driver-এর জন্য ₹১৬,৫০০ প্রতি মাসে, PF ও ESI সহ।",
        "Cook ko ₹12,000 aur driver ko ₹16,500 per month, PF ke saath.",
        "A cook earns Tk 12,000 and a driver earns Tk 16,500, both monthly.",
        "Cook ko ₹12,000 aur driver ko ₹16,500 milte hain, dono mahine ke.",
    ],
)
def test_period_shared_by_coordinated_figures(facts_of, text):
    got = sal(facts_of, text)
    assert [(mn, p) for _, mn, _, _, p in got] == [(12000, "month"), (16500, "month")]


def test_both_needs_a_period_word(facts_of):
    got = sal(facts_of, "A cook earns Tk 12,000 and a driver earns Tk 16,500, both in year one.")
    assert [p for *_, p in got] == [None, None]


def test_per_only_as_a_word_is_a_rate(facts_of):
    # "per" opens a piece rate only as a word of its own
    got = sal(facts_of, "Delivery partner ko per order ₹25 milte hain.")
    assert [(mn, p) for _, mn, _, _, p in got] == [(25, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Course fee ₹11,500 aur hostel ₹4,000 per month, khana ke saath.",
        "বাড়ির দাম ১.২ লাখ টাকা ছাড়িয়ে যায়।",
        "কোর্সের ফি ১.২ লাখ টাকা ছাড়িয়ে যায়।",
        "শহরের জনসংখ্যা ১.২ লাখ ছাড়িয়ে যায়।",
        "Flat ka kiraya 25 hazaar se upar jaata hai.",
    ],
)
def test_costs_and_counts_stay_out(facts_of, text):
    assert sal(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "span", "low"),
    [
        ("অভিজ্ঞ ডিজাইনারদের ক্ষেত্রে এটা ১.২ লাখ টাকা ছাড়িয়ে যায়।", "১.২ লাখ টাকা ছাড়িয়ে যায়", 120000),
        (
            "Senior designers ke case mein ye ₹1.2 lakh se upar jaati hai.",
            "₹1.2 lakh se upar",
            120000,
        ),
    ],
)
def test_pay_goes_past_a_floor(facts_of, text, span, low):
    got = sal(facts_of, text)
    assert [(t, mn, mx) for t, mn, mx, _, _ in got] == [(span, low, None)]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("फैक्ट्री पीस रेट पर काम देती है: एक कुर्ते की सिलाई पर 18 रुपये।", 18),
        ("कारखाना पीस रेट देता है, एक जैकेट की पैकिंग पर ₹9।", 9),
    ],
)
def test_piece_rate_for_one_piece(facts_of, text, low):
    got = sal(facts_of, text)
    assert [(mn, p) for _, mn, _, _, p in got] == [(low, None)]


@pytest.mark.parametrize(
    "text",
    [
        "एक किलो आलू पर 40 रुपये।",
        "एक कमरे के किराये पर 4,000 रुपये।",
        "Ek plate biryani pe 120 rupaye lagte hain.",
    ],
)
def test_one_piece_price_traps(facts_of, text):
    assert sal(facts_of, text) == []
