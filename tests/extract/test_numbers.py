"""Amounts as Indians and Bangladeshis write them: digits of three scripts, Indian and
Western grouping, decimals, k, number words 1-99, fractions and multipliers."""

from __future__ import annotations

import pytest

from pipeline import lexicons
from pipeline.extract.numbers import finder, parse_amount

CASES = [
    # digits: ASCII, Devanagari, Bengali; Indian and Western grouping; decimals
    ("5000", 5000),
    ("15,000", 15000),
    ("1,50,000", 150000),
    ("150,000", 150000),
    ("12,50,000", 1250000),
    ("1,000,000", 1000000),
    ("५०००", 5000),
    ("१,५०,०००", 150000),
    ("४,३२,०००", 432000),
    ("৫,০০০", 5000),
    ("২৫,০০০", 25000),
    ("১,২০,০০০", 120000),
    ("৯৫০০", 9500),
    ("3.5", 3.5),
    ("०.५", 0.5),
    # k / K, LPA, lakh, crore, million
    ("15k", 15000),
    ("15K", 15000),
    ("2.5k", 2500),
    ("18k", 18000),
    ("3.5 LPA", 350000),
    ("2.4 LPA", 240000),
    ("2.4LPA", 240000),
    ("12 lpa", 1200000),
    ("3 लाख", 300000),
    ("3.5 लाख", 350000),
    ("३.५ लाख", 350000),
    ("2 lakh", 200000),
    ("2.5 lakhs", 250000),
    ("4 lac", 400000),
    ("5 lacs", 500000),
    ("৩ লাখ", 300000),
    ("১.৮ লাখ", 180000),
    ("২ লক্ষ", 200000),
    ("1 करोड़", 10000000),
    ("1 करोड", 10000000),
    ("2 crore", 20000000),
    ("৫ কোটি", 50000000),
    ("1.2 million", 1200000),
    ("5 हजार", 5000),
    ("5 हज़ार", 5000),
    ("12 hazaar", 12000),
    ("12 hazar", 12000),
    ("20 hajar", 20000),
    ("৩২ হাজার", 32000),
    ("১২ হাজারের", 12000),
    ("25 thousand", 25000),
    # compounds
    ("3 लाख 50 हजार", 350000),
    ("दो लाख पचास हजार", 250000),
    ("एक लाख बीस हजार", 120000),
    ("दो हजार पाँच सौ", 2500),
    ("पाँच सौ", 500),
    ("১ লাখ ২০ হাজার", 120000),
    ("15 हजार 500", 15500),
    # fractions
    ("डेढ़ लाख", 150000),
    ("डेढ लाख", 150000),
    ("ढाई लाख", 250000),
    ("ढाई हज़ार", 2500),
    ("साढ़े तीन लाख", 350000),
    ("साढ़े चार हजार", 4500),
    ("सवा लाख", 125000),
    ("सवा दो लाख", 225000),
    ("पौने दो लाख", 175000),
    ("डेढ़ सौ", 150),
    ("দেড় লাখ", 150000),
    ("আড়াই হাজার", 2500),
    ("সাড়ে তিন লাখ", 350000),
    ("সাড়ে চার হাজার", 4500),
    # Bengali hundreds written as one word
    ("পাঁচশো", 500),
    ("দুশো", 200),
    ("একশো", 100),
    ("নয়শো", 900),
    ("তিনশ", 300),
    ("পাঁচশত", 500),
    ("দেড়শো", 150),
    ("আড়াইশো", 250),
    ("সাড়ে তিনশো", 350),
    ("দুই হাজার পাঁচশো", 2500),
    ("এক লাখ তিনশো", 100300),
    # lakh written as a glued L
    ("3L", 300000),
    ("4.5L", 450000),
    ("সোয়া লাখ", 125000),
    ("পৌনে দুই লাখ", 175000),
    ("dedh lakh", 150000),
    ("dhai hazaar", 2500),
    ("sadhe teen lakh", 350000),
    # Hindi number words, including the irregular ones
    ("पंद्रह हजार", 15000),
    ("पन्द्रह हजार", 15000),
    ("बीस हजार", 20000),
    ("तीस हजार", 30000),
    ("अठारह हजार", 18000),
    ("इक्कीस हजार", 21000),
    ("बाईस हजार", 22000),
    ("पच्चीस हजार", 25000),
    ("सत्ताईस हजार", 27000),
    ("अड़तीस हजार", 38000),
    ("उनतालीस हजार", 39000),
    ("सैंतालीस हजार", 47000),
    ("उनचास हजार", 49000),
    ("इक्यावन हजार", 51000),
    ("छप्पन हजार", 56000),
    ("उनसठ हजार", 59000),
    ("सड़सठ हजार", 67000),
    ("उन्यासी हजार", 79000),
    ("नवासी हजार", 89000),
    ("निन्यानबे हजार", 99000),
    ("निन्यानवे हजार", 99000),
    # Bengali number words, including the irregular ones
    ("বিশ হাজার", 20000),
    ("কুড়ি হাজার", 20000),
    ("পনেরো হাজার", 15000),
    ("পঁয়ত্রিশ হাজার", 35000),
    ("সাতাশ হাজার", 27000),
    ("ঊনত্রিশ হাজার", 29000),
    ("বিয়াল্লিশ হাজার", 42000),
    ("সাতচল্লিশ হাজার", 47000),
    ("বাহান্ন হাজার", 52000),
    ("তেষট্টি হাজার", 63000),
    ("একাত্তর হাজার", 71000),
    ("অষ্টাশি হাজার", 88000),
    ("নিরানব্বই হাজার", 99000),
    ("দুই লাখ", 200000),
    ("তিন", 3),
    # English and romanised words
    ("twenty-five thousand", 25000),
    ("twenty five thousand", 25000),
    ("fifteen thousand", 15000),
    ("ninety-nine thousand", 99000),
    ("dus hazaar", 10000),
    ("pandrah hazaar", 15000),
    ("bees hazar", 20000),
    ("do lakh", 200000),
    ("paanch", 5),
    ("पाँच", 5),
    ("पांच", 5),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_parse_amount(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", "लाख", "लाखों", "हजारों", "abc", "k", "5,00", "150,00,000", "कंपनी", "10, 20"],
)
def test_not_one_amount(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_every_word_from_1_to_99_parses(lang: str) -> None:
    table = lexicons.numbers().words[lang]
    for value in range(1, 100):
        for form in table[value]:
            assert parse_amount(form + (" हजार" if lang == "hi" else " হাজার")) == value * 1000, form


def test_falling_multipliers_start_a_new_amount() -> None:
    found = finder().find("12 हजार 15 हजार")
    assert [a.value for a in found] == [12000, 15000]


def test_lpa_states_the_year() -> None:
    (amount,) = finder().find("3.5 LPA")
    assert amount.period == "year" and amount.multiplier == 100000


def test_a_lone_k_is_a_letter() -> None:
    assert finder().find("k se") == []
