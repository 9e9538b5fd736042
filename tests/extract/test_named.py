"""Skills, roles, documents and places from the lexicons."""

from __future__ import annotations


def names(facts_of, text, type_):
    return [(f["name"], f["text"]) for f in facts_of(text, type_)]


def test_language_skills_need_a_speaking_or_knowing_context(facts_of) -> None:
    assert names(facts_of, "हिंदी और अंग्रेजी दोनों भाषा का ज्ञान होना चाहिए।", "skill") == [
        ("hindi", "हिंदी"),
        ("english", "अंग्रेजी"),
    ]
    assert names(facts_of, "यह लेख हिंदी में है।", "skill") == []


def test_bengali_endings_stay_in_the_text(facts_of) -> None:
    found = names(facts_of, "বাংলা ও ইংরেজিতে কথা বলতে পারা জরুরি।", "skill")
    assert found == [("bengali", "বাংলা"), ("english", "ইংরেজিতে")]


def test_office_skills(facts_of) -> None:
    found = names(facts_of, "एमएस एक्सेल और टाइपिंग स्पीड अच्छी हो।", "skill")
    assert found == [("ms_excel", "एमएस एक्सेल"), ("typing", "टाइपिंग स्पीड")]


def test_roles(facts_of) -> None:
    found = names(facts_of, "Noida mein call center executive aur team leader ki bharti.", "role")
    assert found == [("call_centre_agent", "call center executive"), ("team_leader", "team leader")]
    assert names(facts_of, "হিসাবরক্ষকের চাকরি", "role") == [("accountant", "হিসাবরক্ষকের")]


def test_acronyms_match_only_as_written(facts_of) -> None:
    assert names(facts_of, "HR team se baat karein.", "role") == [("hr", "HR")]
    assert names(facts_of, "hr roz kaam hota hai.", "role") == []


def test_documents_longest_form_wins(facts_of) -> None:
    found = names(facts_of, "जाति प्रमाण पत्र, आधार कार्ड और मार्कशीट साथ लाएं।", "document")
    assert found == [
        ("caste_certificate", "जाति प्रमाण पत्र"),
        ("aadhaar_card", "आधार कार्ड"),
        ("marksheet", "मार्कशीट"),
    ]


def test_photo_needs_a_submission_context(facts_of) -> None:
    assert names(facts_of, "আবেদনের সঙ্গে ছবি জমা দিতে হবে।", "document") == [
        ("passport_photo", "ছবি")
    ]
    assert names(facts_of, "ছবি দেখতে সুন্দর।", "document") == []


def test_places_and_employers(facts_of) -> None:
    facts = facts_of("কলকাতায় TCS আর Genpact লোক নিচ্ছে, নোএডায় নয়।")
    got = [
        (f["type"], f["name"], f.get("normalized"), f["text"])
        for f in facts
        if f["type"] in ("location", "organization")
    ]
    assert got == [
        ("location", "কলকাতা", "Kolkata", "কলকাতায়"),
        ("organization", "TCS", "Tata Consultancy Services", "TCS"),
        ("organization", "Genpact", "Genpact", "Genpact"),
    ]


def test_tagger_entities_fill_gaps(extractor, make_document) -> None:
    doc = make_document("রহিম সুন্দরবন ব্যাংকে কাজ করেন, ঢাকায়।", language="bn")
    tags = {"রহিম": "B-PER", "সুন্দরবন": "B-ORG", "ব্যাংকে": "I-ORG", "ঢাকায়।": "B-LOC"}
    for tok in doc.sentences[0].tokens:
        tok.ner = tags.get(tok.text, "O")
        tok.upos = "NOUN"  # the tag stage always writes upos; no PROPN here
    facts = [f.model_dump() for f in extractor(doc).facts]
    got = [(f["type"], f["text"], f["normalized"], f["confidence"]) for f in facts]
    assert got == [
        ("organization", "সুন্দরবন ব্যাংকে", None, 0.5),  # kept for its organisation word
        ("location", "ঢাকায়", "Dhaka", 0.85),  # the gazetteer wins over the tag
    ]
