"""Qualification levels, degrees and fields in Hindi, Bengali, Hinglish and English."""

from __future__ import annotations

import pytest


def quals(facts_of, text):
    return [
        (f["level"], f["degree"], f["field"], f["text"]) for f in facts_of(text, "qualification")
    ]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("इसके लिए 10वीं पास होना चाहिए।", "secondary"),
        ("उम्मीदवार हाई स्कूल पास हो।", "secondary"),
        ("Matric pass candidates can apply.", "secondary"),
        ("আবেদনের জন্য মাধ্যমিক পাশ হতে হবে।", "secondary"),
        ("१२वीं पास उम्मीदवार आवेदन करें।", "higher_secondary"),
        ("इंटरमीडिएट होना जरूरी है।", "higher_secondary"),
        ("Minimum qualification is 10+2.", "higher_secondary"),
        ("উচ্চ মাধ্যমিক পাশ করলেই আবেদন করা যায়।", "higher_secondary"),
        ("কলকাতার কাজের জন্য উচ্চ মাধ্যমিকে ৫০% নম্বর চাই।", "higher_secondary"),
        ("स्नातक डिग्री जरूरी है।", "graduate"),
        ("Graduation in any stream is fine.", "graduate"),
        ("প্রার্থীকে স্নাতক হতে হবে।", "graduate"),
        ("पोस्ट ग्रेजुएशन वालों को प्राथमिकता।", "postgraduate"),
        ("স্নাতকোত্তর ডিগ্রি থাকলে ভালো।", "postgraduate"),
        ("ITI या डिप्लोमा वाले आवेदन करें।", "diploma"),
        ("PhD holders are preferred.", "doctorate"),
        ("8वीं पास भी आवेदन कर सकते हैं।", "below_secondary"),
        ("इस काम के लिए कोई डिग्री नहीं चाहिए।", "none_required"),
        ("No degree required for this job.", "none_required"),
        ("এই কাজে কোনো ডিগ্রি লাগে না।", "none_required"),
    ],
)
def test_levels(facts_of, text, level) -> None:
    found = quals(facts_of, text)
    assert found and found[0][0] == level, found


@pytest.mark.parametrize(
    ("text", "degree", "field"),
    [
        ("B.Com पास उम्मीदवार चाहिए।", "B.Com", "commerce"),
        ("প্রার্থীর বি.কম ডিগ্রি থাকতে হবে।", "B.Com", "commerce"),
        ("B.Tech या BE वाले freshers apply करें।", "B.Tech", "engineering"),
        ("एमबीए जरूरी है।", "MBA", "management"),
        ("ডি.এল.এড প্রশিক্ষণ থাকতে হবে।", "D.El.Ed", None),
        ("HSC pass prarthi nebe.", "HSC", None),
        ("SSC pass korte hobe.", "SSC", None),
    ],
)
def test_degrees(facts_of, text, degree, field) -> None:
    level, deg, fld, _ = quals(facts_of, text)[0]
    assert (deg, fld) == (degree, field)


def test_one_fact_per_field(facts_of) -> None:
    found = quals(facts_of, "You need a bachelor’s degree in science, maths or commerce.")
    assert found == [
        ("graduate", None, "science", "bachelor’s degree in science"),
        ("graduate", None, "maths", "maths"),
        ("graduate", None, "commerce", "commerce"),
    ]


def test_field_right_after_the_degree(facts_of) -> None:
    assert quals(facts_of, "बी.एससी नर्सिंग होना जरूरी है।") == [
        ("graduate", "B.Sc", "nursing", "बी.एससी नर्सिंग")
    ]


def test_field_before_the_degree(facts_of) -> None:
    assert quals(facts_of, "विज्ञान में स्नातक होना चाहिए।") == [
        ("graduate", None, "science", "विज्ञान में स्नातक")
    ]


def test_named_degree_with_generic_word_is_one_fact(facts_of) -> None:
    assert quals(facts_of, "जीएनएम डिप्लोमा जरूरी है।") == [
        ("diploma", "GNM", "nursing", "जीएनएम डिप्लोमा")
    ]


def test_two_levels_in_one_phrase(facts_of) -> None:
    levels = [q[0] for q in quals(facts_of, "10वीं या 12वीं पास होना काफी है।")]
    assert levels == ["secondary", "higher_secondary"]


def test_english_words_are_not_degrees(facts_of) -> None:
    assert quals(facts_of, "You will be a part of the team, ma'am.") == []


def test_field_in_brackets(facts_of) -> None:
    assert quals(facts_of, "B.Sc (Maths) वाले आवेदन करें।") == [
        ("graduate", "B.Sc", "maths", "B.Sc (Maths)")
    ]


def test_hr_after_a_degree_is_its_field_not_a_role(facts_of) -> None:
    facts = facts_of("MBA (HR/Finance) walon ko preference.")
    assert [f["type"] for f in facts] == ["qualification", "qualification"]
    assert [f["field"] for f in facts] == ["human_resources", "finance"]
