"""Qualification and experience phrasings by family, in every variety, with their traps:
negated degrees, papers a level owns, "no degree/experience" in mixed script, refused
freshers, years of work described without the word "experience"."""

from __future__ import annotations

import pytest


def levels(facts_of, text):
    return [(f["level"], f["text"]) for f in facts_of(text, "qualification")]


def years(facts_of, text):
    return [
        (f["min_years"], f["max_years"], f["fresher"], f["text"])
        for f in facts_of(text, "experience")
    ]


# --- "no degree needed" in any script mix ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Join करने के लिए कोई degree नहीं चाहिए।", "कोई degree नहीं चाहिए"),
        ("Is kaam ke liye koi qualification ki zarurat nahi.", "koi qualification ki zarurat nahi"),
        ("এই কাজে কোনো degree লাগবে না।", "কোনো degree লাগবে না"),
        ("Kono degree dorkar nei, shudhu bike chalate jante hobe.", "Kono degree dorkar nei"),
        ("Padhai likhai ki koi shart nahi.", "Padhai likhai ki koi shart nahi"),
        ("पढ़ाई की कोई शर्त नहीं है।", "पढ़ाई की कोई शर्त नहीं है"),
    ],
)
def test_none_required_mixed(facts_of, text, phrase) -> None:
    assert levels(facts_of, text) == [("none_required", phrase)]


def test_none_required_needs_a_word_boundary(facts_of) -> None:
    # "no degree" inside "Kono degree" is not the English phrase: the Banglish one is read
    assert levels(facts_of, "Kono degree lage na.") == [("none_required", "Kono degree lage na")]
    assert levels(facts_of, "Casino degree holders") == [("graduate", "degree holders")]


# --- a named degree that is NOT needed ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Any graduate can apply; no MBA needed.", [("graduate", "graduate")]),
        ("You need a BSc; no master's degree is required.", [("graduate", "BSc")]),
        ("MBA की जरूरत नहीं, ग्रेजुएशन काफी है।", [("graduate", "ग्रेजुएशन")]),
        ("B.Ed লাগবে না, স্নাতক হলেই চলবে।", [("graduate", "স্নাতক")]),
        ("12vi zaruri nahi, 10vi pass bhi chalega.", [("secondary", "10vi pass")]),
        ("A diploma is not required for this post.", []),
    ],
)
def test_degree_not_needed(facts_of, text, expected) -> None:
    assert levels(facts_of, text) == expected


def test_degree_preferred_is_still_a_fact(facts_of) -> None:
    assert levels(facts_of, "An MBA is a plus but not essential.") == [("postgraduate", "MBA")]


# --- a level named as the owner of a paper -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "সঙ্গে আনুন HS-এর admit card ও মাধ্যমিকের সার্টিফিকেট।",
        "Interview mein 10th aur 12th ki marksheet lekar aayein.",
        "साक्षात्कार में 12वीं की मार्कशीट और आधार कार्ड लाएं।",
        "Bring your graduation certificate and two photos.",
    ],
)
def test_level_of_a_paper_is_no_requirement(facts_of, text) -> None:
    assert levels(facts_of, text) == []


def test_requirement_beside_a_paper(facts_of) -> None:
    text = "10th aur 12th pass dono chalega, marksheet saath laayein."
    assert levels(facts_of, text) == [("secondary", "10th"), ("higher_secondary", "12th pass")]


# --- more degrees ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level", "degree"),
    [
        ("जांच प्रयोगशाला के लिए DMLT।", "diploma", "DMLT"),
        ("Lab technician ke liye DMLT ya BMLT chahiye.", "diploma", "DMLT"),
        ("ফার্মেসিতে D.Pharm থাকলেই চলবে।", "diploma", "D.Pharm"),
        ("Counsellor posts need an MSW.", "postgraduate", "MSW"),
        ("Physio ke liye BPT zaroori hai.", "graduate", "BPT"),
    ],
)
def test_more_degrees(facts_of, text, level, degree) -> None:
    f = facts_of(text, "qualification")[0]
    assert (f["level"], f["degree"]) == (level, degree)


# --- experience: "no experience" in any script mix -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Interview mein koi experience nahi poocha.", "koi experience nahi poocha"),
        ("এখানে কোনো experience লাগে না।", "কোনো experience লাগে না"),
        ("कोई अनुभव नहीं मांगा जाता।", "कोई अनुभव नहीं मांगा"),
        ("Kono obhiggota lagbe na, shekhano hobe.", "Kono obhiggota lagbe na"),
        ("Koi bhi experience ki zarurat nahi hai.", "Koi bhi experience ki zarurat nahi hai"),
    ],
)
def test_no_experience_mixed(facts_of, text, phrase) -> None:
    assert years(facts_of, text) == [(None, None, True, phrase)]


# --- freshers refused ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Experience: 1 साल, freshers consider नहीं होंगे।",
        "Freshers need not apply.",
        "Freshers are not eligible for this post.",
        "ফ্রেশারদের নেওয়া হবে না।",
        "Is job mein freshers nahi chalenge.",
    ],
)
def test_refused_freshers_are_no_fact(facts_of, text) -> None:
    assert [f for f in facts_of(text, "experience") if f["fresher"]] == []


@pytest.mark.parametrize(
    "text",
    [
        "Freshers ke liye koi fees nahi hai.",
        "Freshers do not need any experience.",
        "Freshers bhi apply kar sakte hain.",
        "ফ্রেশাররাও আবেদন করতে পারবেন।",
    ],
)
def test_welcome_freshers_stay(facts_of, text) -> None:
    assert [f["fresher"] for f in facts_of(text, "experience")] == [True]


# --- years of work described without the word "experience" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ek theke dui bochor kaj korle executive hoye jay.",
            [(1, 2, False, "Ek theke dui bochor")],
        ),
        ("3 saal kaam karne ke baad team leader ban sakte hain.", [(3, 3, False, "3 saal")]),
        ("After three years of work you can become a manager.", [(3, 3, False, "three years")]),
        ("৫ বছর কাজ করার পর সুপারভাইজার হওয়া যায়।", [(5, 5, False, "৫ বছর")]),
        ("Kom kore 2 bochhorer obhiggota lagbe.", [(2, None, False, "Kom kore 2 bochhorer")]),
    ],
)
def test_years_of_work(facts_of, text, expected) -> None:
    assert years(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "5 saal ka course karne ke baad naukri milti hai.",
        "Company ko kaam karte hue 10 saal ho gaye.",
        "Umar 18 se 30 saal, kaam karne ki ichha ho.",
    ],
)
def test_years_that_are_not_work(facts_of, text) -> None:
    assert years(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age of adult years far from the experience word is no experience
        ("Candidates above 25 years with 2 years of experience.", [(2, 2, False, "2 years")]),
        ("Applicants of 21 to 35 years; experience 1 year.", [(1, 1, False, "1 year")]),
        # ... but a long experience written beside its word stays
        ("Senior managers need 18 years of experience.", [(18, 18, False, "18 years")]),
    ],
)
def test_ages_beside_experience(facts_of, text, expected) -> None:
    assert years(facts_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Private college mein MBA ki fees 6 lakh tak hai.",
        "B.Ed কোর্সের ফি প্রায় ৮০ হাজার টাকা।",
        "BBA admission open for 2026.",
        "इस कॉलेज में बी.कॉम में दाखिला 15 जुलाई तक।",
    ],
)
def test_degree_sold_as_a_course(facts_of, text) -> None:
    assert levels(facts_of, text) == []


def test_degree_required_beside_a_fee_word(facts_of) -> None:
    assert levels(facts_of, "MBA required, fees reimbursed by the company.") == [
        ("postgraduate", "MBA")
    ]
