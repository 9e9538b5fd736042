"""Small views of extracted facts shared by the round-family tests: each turns the facts of
one sentence into the tuples a test compares (the `facts_of` fixture is in conftest.py)."""

from __future__ import annotations


def sal(facts_of, text, **kw):
    return [(f["text"], f["min"], f["max"], f["period"]) for f in facts_of(text, "salary", **kw)]


def levels(facts_of, text, **kw):
    return [(f["level"], f["text"]) for f in facts_of(text, "qualification", **kw)]


def years(facts_of, text, **kw):
    return [
        (f["text"], f["min_years"], f["max_years"])
        for f in facts_of(text, "experience", **kw)
        if not f["fresher"]
    ]


def fresher(facts_of, text, **kw):
    return [f["text"] for f in facts_of(text, "experience", **kw) if f["fresher"]]


def named(facts_of, text, type_, **kw):
    return [(f["text"], f["name"]) for f in facts_of(text, type_, **kw)]
