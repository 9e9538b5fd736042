"""Roles, organisations and locations by family: the supervisor key, public bodies named
after a place, places of job hubs, and names that only look like employers."""

from __future__ import annotations

import pytest


def named(facts_of, text, type_):
    return [(f["name"], f["text"]) for f in facts_of(text, type_)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Supervisor ke liye 12vi pass zaroori hai.", "Supervisor"),
        ("फैक्ट्री में सुपरवाइजर की भर्ती है।", "सुपरवाइजर"),
        ("কারখানায় লাইন সুপারভাইজার লাগবে।", "সুপারভাইজার"),
        ("We are hiring a floor supervisor for the night shift.", "floor supervisor"),
    ],
)
def test_supervisor_is_its_own_role(facts_of, text, phrase) -> None:
    assert named(facts_of, text, "role") == [("supervisor", phrase)]


@pytest.mark.parametrize(
    ("text", "key", "phrase"),
    [
        ("Do saal baad area manager ban sakte hain.", "area_manager", "area manager"),
        ("Warehouse mein picker ki job join ki.", "warehouse_picker", "picker"),
        ("Hotel gulo te front office staff er chahida ache.", "receptionist", "front office staff"),
    ],
)
def test_more_roles(facts_of, text, key, phrase) -> None:
    assert named(facts_of, text, "role") == [(key, phrase)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Apply through the West Bengal Nursing Council portal.", "West Bengal Nursing Council"),
        ("Bihar Staff Selection Commission ne bharti nikali.", "Bihar Staff Selection Commission"),
        (
            "Registration with the Assam Skill Development Mission is free.",
            "Assam Skill Development Mission",
        ),
    ],
)
def test_public_body_named_after_a_place(facts_of, text, org) -> None:
    assert named(facts_of, text, "organization") == [(org, org)]
    assert facts_of(text, "location") == []  # the place is part of the name


@pytest.mark.parametrize(
    "text",
    [
        "7th Pay Commission ke hisaab se basic pay 18,000 hai.",
        "Maine MBA Finance kiya hai.",
    ],
)
def test_not_employers(facts_of, text) -> None:
    assert facts_of(text, "organization") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Navi Mumbai ki societies mein guard chahiye.", "Navi Mumbai"),
        ("Office Guindy mein hai.", "Guindy"),
        ("Startup ta Banani te.", "Banani"),
        ("Jessore te pharma company ache.", "Jashore"),
        ("Darjeeling er hotel gulo te kaj.", "Darjeeling"),
    ],
)
def test_job_hub_places(facts_of, text, place) -> None:
    assert [f["normalized"] for f in facts_of(text, "location")] == [place]


def test_read_also_line_with_links_is_boilerplate() -> None:
    from pipeline.core import Pipeline
    from pipeline.doc import Document

    text = "नौकरी की खबर।\n\nइन्हें भी पढ़ें: बैंक PO की तैयारी | SSC CHSL सिलेबस\n"
    doc = next(iter(Pipeline(("normalise", "tokenise")).pipe([Document(id="t", raw=text)])))
    last = doc.sentences[-1]
    assert text[last.start : last.end].startswith("इन्हें भी पढ़ें") and last.boilerplate
