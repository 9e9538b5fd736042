"""Families of experience phrasing found missing on the round-5 development articles, pinned
with sentences written for this file (none is taken from the corpus).

- "no experience needed" with a particle or a passive verb: "अनुभव की भी कोई जरूरत नहीं",
  "experience नहीं माँगा गया है", "experience bhi nahi chahiye", "অভিজ্ঞতাও লাগবে না",
  "obhiggota o lagbe na", "অভিজ্ঞতা চাওয়া হয়নি".
- a bounded count of years spent in a place of work, with no experience word, in a listing:
  "minimum 1 year in a hotel", "3+ years as a driver".
- months written "mas" in Banglish ("6 mas er beshi experience").
- a worker's own tenure: "पिछले डेढ़ साल से ... काम", "গত ৩ বছর ধরে ... চাকরি" when the
  sentence names work or a job.
- not experience: a document's validity ("कम से कम 6 महीने valid"), notice periods,
  contracts, advice to newcomers ("Notun der jonno amar poramorsho"), "last 2 years" with no
  work in the sentence.
"""

from __future__ import annotations

import pytest


def exp(facts_of, text, **kw):
    return [
        (f["min_years"], f["max_years"], f["fresher"], f["text"])
        for f in facts_of(text, "experience", **kw)
    ]


FRESH = (None, None, True)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("इस नौकरी में अनुभव की भी कोई जरूरत नहीं, बस साइकिल।", "अनुभव की भी कोई जरूरत नहीं"),
        ("Packing mein experience ki bhi koi zarurat nahi.", "experience ki bhi koi zarurat nahi"),
        ("Helper पद के लिए experience नहीं माँगा गया है।", "experience नहीं माँगा गया है"),
        ("Store helper ke liye anubhav nahi manga gaya.", "anubhav nahi manga gaya"),
        ("Cashier ke liye experience bhi nahi chahiye.", "experience bhi nahi chahiye"),
        ("দোকানের কাজে অভিজ্ঞতাও লাগবে না।", "অভিজ্ঞতাও লাগবে না"),
        ("Ei kaje obhiggota o lagbe na, shudhu sot hote hobe.", "obhiggota o lagbe na"),
        ("বিজ্ঞাপনে কোনো অভিজ্ঞতা চাওয়া হয়নি।", "অভিজ্ঞতা চাওয়া হয়নি"),
    ],
)
def test_negated_experience_with_particles_and_passives(facts_of, text, span):
    assert exp(facts_of, text) == [(*FRESH, span)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2. Store Keeper (2 posts): graduate; minimum 2 years in a warehouse.",
            [(2, None, False, "minimum 2 years")],
        ),
        (
            "3. Driver (5 posts): LMV licence; 3+ years as a driver in the city.",
            [(3, None, False, "3+ years")],
        ),
        (
            "Waiter: at least 6 months in a restaurant; salary Tk 12,000.",
            [(0.5, None, False, "at least 6 months")],
        ),
    ],
)
def test_years_in_a_place_of_work_in_a_listing(facts_of, text, expected):
    assert exp(facts_of, text) == expected


def test_banglish_months_written_mas(facts_of):
    text = "4 mas er beshi experience thakle beton 15 hajar."
    assert exp(facts_of, text) == [(0.33, None, False, "4 mas er beshi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "सुनीता पिछले दो साल से एक अस्पताल में काम कर रही हैं।",
            [(2, 2, False, "दो साल")],
        ),
        (
            "Main pichhle 3 saal se security guard hoon.",
            [(3, 3, False, "3 saal")],
        ),
        (
            "রহিম গত ৪ বছর ধরে একটি কারখানায় কাজ করছেন।",
            [(4, 4, False, "৪ বছর")],
        ),
    ],
)
def test_a_workers_own_tenure(facts_of, text, expected):
    assert exp(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a document's validity, a notice period, a contract
        "Visa के लिए passport कम से कम 8 महीने valid होना चाहिए, experience letter भी लगेगा।",
        "Experience certificate ke saath 3 mahine ka notice period dena hoga.",
        "Ei post e 2 bochorer contract, experience thakle bhalo.",
        # advice to newcomers is not an opening for freshers
        "Notun der jonno amar poramorsho: Excel shikhun.",
        "नए लोगों के लिए मेरी सलाह: पहले टाइपिंग सीखें।",
        # "last two years" with no work in the sentence
        "पिछले दो साल से शहर में किराया बढ़ता जा रहा है।",
        "Pichhle 2 saal se petrol ke daam badh rahe hain.",
        # an age, and a course length, next to a listing's years
        "Guard (2 posts): minimum 21 years in age, experience preferred.",
    ],
)
def test_not_experience(facts_of, text):
    assert exp(facts_of, text) == []


def test_fresher_word_still_counts_when_not_advice(facts_of):
    text = "Notun der o newa hobe, training deoa hobe."
    assert [f[2] for f in exp(facts_of, text)] == [True]


# --- roles and documents of the round-5 trades ----------------------------------------------


def names(facts_of, text, type_="role", **kw):
    return [(f["name"], f["text"]) for f in facts_of(text, type_, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Resort needs a Sous Chef and two Room Attendants.",
            [("chef", "Sous Chef"), ("room_attendant", "Room Attendants")],
        ),
        (
            "साइट पर राजमिस्त्री और बेलदार दोनों चाहिए।",
            [("mason", "राजमिस्त्री"), ("construction_labourer", "बेलदार")],
        ),
        (
            "Salon e beautician ar plumber er kaj.",
            [("beautician", "beautician"), ("plumber", "plumber")],
        ),
        ("বাসের চালক হিসেবে কাজ করেন।", [("driver", "চালক")]),
    ],
)
def test_round5_trades(facts_of, text, expected):
    assert names(facts_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("आवेदन के साथ पासपोर्ट की कॉपी लगाएँ।", [("passport", "पासपोर्ट")]),
        ("সঙ্গে আনুন: পাসপোর্ট সাইজের ছবি।", [("passport_photo", "পাসপোর্ট সাইজের ছবি")]),
        ("Form er sathe passport size ছবি din.", [("passport_photo", "passport size ছবি")]),
    ],
)
def test_passport_is_not_a_passport_photo(facts_of, text, expected):
    assert names(facts_of, text, "document") == expected


# --- a comma or full stop separates clauses: an age or notice word in the other clause ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 se 28 saal ki umar, 2 saal ka anubhav zaruri.", [(2, 2, False, "2 saal")]),
        ("বয়স ২২ থেকে ৩০ বছর, ৩ বছরের অভিজ্ঞতা লাগবে।", [(3, 3, False, "৩ বছরের")]),
        ("Notice period 1 month, experience 4 years.", [(4, 4, False, "4 years")]),
        ("नोटिस पीरियड 2 महीने, अनुभव 5 साल।", [(5, 5, False, "5 साल")]),
    ],
)
def test_age_or_notice_in_the_other_clause(facts_of, text, expected):
    assert exp(facts_of, text) == expected
