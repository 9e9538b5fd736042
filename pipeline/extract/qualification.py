"""Qualification facts: the contract's levels from words in Hindi, Bengali and English.

Lexicon-driven (``pipeline/lexicons/qualification.yaml``): each form gives a level and,
for named degrees, the normalised degree and the field it implies (B.Com -> commerce).

Fields named with a degree become one fact per field, because the contract's ``field``
holds one value: "bachelor's degree in science, maths" gives a graduate fact with field
``science`` whose text runs from "bachelor's" to "science", and a second graduate fact
with field ``maths`` whose text is just "maths". A field written right after the degree
("बी.एससी नर्सिंग") or right before it ("विज्ञान में स्नातक") is read the same way.

A degree written next to a generic word of the same level ("जीएनएम डिप्लोमा"), or restated
by one ("डीसीए या समकक्ष डिप्लोमा", "স্নাতক (সম্মান) ডিগ্রিধারী"), is one fact. "कोई डिग्री
नहीं चाहिए" and its kin (regexes in the lexicon) give ``none_required`` and hide the words
inside them. A degree followed by a phrase of ``not_required_after``
("MBA की जरूरत नहीं", "no master's degree is needed") or named as the owner of a paper of
``owner_of`` ("HS-এর admit card", "10वीं की मार्कशीट") is no requirement and gives no fact.
A level followed by a word of ``not_followed_by``
("high school teacher") names a workplace, not a requirement, and one after a word of
``not_preceded_by`` ("Tutors for Class 10") a class being taught: neither gives a fact.
The pupil words may carry a Bengali case ending ("class 10-এর ছাত্রকে") or follow "up to"
("Class 8 porjonto bachhader"); a level said to be passed ("10 पास छात्र") stays a
requirement.
"""

from __future__ import annotations

import re

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView
from pipeline.extract.view import (
    BN_SUFFIXES,
    RIGHT_EDGE,
    WORD,
    FormMatch,
    FormMatcher,
    alternation,
    fold,
)

_FIELD_INTRO = re.compile(r"\s*(?:in|of|with|में|इन|ইন|\()?\s*", re.I)
_FIELD_SEP = re.compile(r"\s*(?:,|/|&|or|and|या|और|एवं|বা|ও|এবং)\s*", re.I)
_COORDINATED = re.compile(r"\s*(?:,|/|&|and|or|aur|और|या|ya|ও|এবং|বা|ba|ar|আর)?\s*", re.I)
_NO_BEFORE = re.compile(r"(?<![\w])(?:no|not\s+an?)\s+$", re.I)
_NEEDED_AFTER = re.compile(
    r"\s*(?:degree\s+)?(?:is\s+|are\s+)?(?:needed|required|necessary)\b", re.I
)
# "10 पास छात्र", "8th pass students": a level said to be passed names who may apply, so a
# pupil word after it is no class being taught
_PASSED = re.compile(r"(?:pass|passed|पास|পাস|পাশ|pash)$", re.I)
# "high school के लिए graduation के साथ B.Ed", "MBA ke liye graduation zaruri hai", "উচ্চ
# মাধ্যমিক স্তরের জন্য স্নাতকোত্তর": a level followed by "for" and then, in the same clause, another
# qualification is the post or course aimed at; the later one is what it asks for
_FOR = re.compile(
    r"\s*(?:(?:level|levels|posts?|classes|स्तर|पदों|স্তরের|পদের|stor(?:er)?)\s+)?(?:के\s+लिए|के\s+लिये|ke\s+liye|ke\s+liya|ke\s+lie|for|(?:-?এর\s+|র\s+)?জন্য|"
    r"(?:er\s+|r\s+)?jonno)(?![\w\u0900-\u09ff])",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;।|!?()\n]")
_RESTATED = re.compile(
    fold(
        r"\s*(?:\([^()\n]{1,20}\)\s*)?\)?\s*(?:(?:या|or|ya|বা|ba)\s+(?:an?\s+)?(?:समकक्ष|equivalent|समतुल्य|সমমান|সমমানের|"
        r"সমতুল্য|somoman|somotulyo|samkaksh)\s+)?"
    ),
    re.I,
)
# "ট্রেডে ITI সার্টিফিকেট থাকতে হবে", "ITI certificate होना चाहिए", "must hold a diploma
# certificate": a paper the candidate must hold is the qualification itself, not a paper to bring
_HELD_AFTER = re.compile(
    r"\s*(?:থাকতে\s+হবে|থাকা\s+(?:চাই|আবশ্যক|বাধ্যতামূলক|জরুরি)|থাকলে|thakte\s+hobe|thakle|"
    r"होना\s+(?:चाहिए|जरूरी|ज़रूरी|आवश्यक|अनिवार्य)|hona\s+(?:chahiye|zaruri|jaruri|zaroori)|"
    r"holders?\b|is\s+(?:required|a\s+must|mandatory|needed)|required\b|mandatory\b)",
    re.I,
)
_HIRING_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:want|wants|wanted|hire|hires|hiring|recruit|recruits|recruiting|prefer|"
    r"prefers|preferred|seek|seeks|seeking|looking\s+for|invite|invites|inviting|need|needs)\s",
    re.I,
)
_APPLY_AFTER = re.compile(
    r"[\u0980-\u09ff]*\s*(?:ও\s+|o\s+|bhi\s+|भी\s+|too\s+|also\s+)?(?:can\s+apply|may\s+apply|"
    r"are\s+eligible|चाहिए|chahiye|आवेदन\s+कर\s+सकते|apply\s+kar\s+sakte|আবেদন\s+করতে\s+পারবে|"
    r"apply\s+করতে\s+পারবে|abedon\s+korte\s+parben)",
    re.I,
)
_BRACKETED = re.compile(r"\s*\(\s*")  # a level restated in brackets: "12वीं (सीनियर सेकेंडरी)"
# a degree being thought about, studied or sold as a course, not asked of applicants: "Should
# I do an MBA?", "pursuing a part-time MBA", "an MBA from a good school costs Rs 8 lakh", "MBA
# करूं या नौकरी?", "MBA korbo naki chakri?", "B.Pharm final year e achi"
_COURSE_BEFORE = re.compile(
    r"(?<![\w])(?:(?:do|doing|pursue|pursuing|enrol(?:l)?(?:ed|ing)?\s+in|join|joining|"
    r"take\s+up|taking\s+up|study\s+for|studying\s+for)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:part-time|full-time|part\s+time|full\s+time)\s+)?|"
    r"(?:part-time|full-time|part\s+time|full\s+time)\s+|"
    r"(?:final|first|second|third|fourth|1st|2nd|3rd|4th|last)\s+year\s+(?:of\s+)?(?:an?\s+|the\s+|my\s+)?)$",
    re.I,
)
_ENGLISH_WORDS = {"bed"}  # mixed-case degree forms that are English words in lower case
_COURSE_AFTER = re.compile(
    r"\s+(?:final|first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?:year|yr|sem|semester)\b|"
    r"(?:\s+[^\s,;।|()]+){0,5}?\s+(?:costs|will\s+cost|would\s+cost)(?![\w])|"
    r"\s+(?:करूं|करूँ|करूं\?|karun|karoon|karu|korbo|করব|করবো)(?![\w\u0900-\u09ff])",
    re.I,
)
_FIELD_BEFORE_LINK = re.compile(r"\s*(?:में|से|में\s+से|in|-?এ|-?তে)?\s*$", re.I)


class QualificationExtractor:
    def __init__(self) -> None:
        lex = lexicons.qualification()
        self.entries = lex.entries
        forms = {f: str(i) for i, e in enumerate(lex.entries) for f in e.forms}
        # "BEd" in lower case is the English "bed" ("a 150-bed hospital"): only as written
        self.matcher = FormMatcher(forms, exact={f for f in forms if f.lower() in _ENGLISH_WORDS})
        self.fields = FormMatcher({f: e.key for e in lex.fields for f in e.forms})
        self.none_required = [
            re.compile(rf"(?<![{WORD}])(?:{fold(p)}){RIGHT_EDGE}", re.I)
            for p in lex.none_required_patterns
        ]
        self.not_required = re.compile(
            rf"\s*(?:{alternation(lex.not_required_after)}){RIGHT_EDGE}", re.I
        )
        self.owner_of = re.compile(
            rf"\s*(?:-|की|का|के|में|ki|ka|ke|mein|er|'s|of|in|-?এর|-?র|ের)?\s*"
            rf"(?:{alternation(lex.owner_of)}){RIGHT_EDGE}",
            re.I,
        )
        # "Class 8 porjonto bachhader porale", "8वीं तक के बच्चों को": "up to" may stand between
        self.not_followed = re.compile(
            rf"\s*(?:(?:porjonto|পর্যন্ত|तक|tak)\s+)?(?:{alternation(lex.not_followed_by)})(?:-?(?:{'|'.join(BN_SUFFIXES)}))?"
            rf"{RIGHT_EDGE}",
            re.I,
        )
        self.not_preceded = re.compile(
            rf"(?<![{WORD}])(?:{alternation(lex.not_preceded_by)})\s*$", re.I
        )
        # "Station Masters", "Head Master": a degree word inside a job title is the job
        roles = lexicons.named("role")
        self.roles = FormMatcher(roles.forms(), exact=roles.exact())

    def extract(self, dv: DocView) -> list[Candidate]:
        out: list[Candidate] = []
        text = dv.text
        for unit in dv.live_units():
            blocked: list[tuple[int, int]] = []
            for pat in self.none_required:
                for m in pat.finditer(text, unit.start, unit.end):
                    if any(s < m.end() and m.start() < e for s, e in blocked):
                        continue
                    blocked.append((m.start(), m.end()))
                    out.append(
                        Candidate(
                            "qualification", m.start(), m.end(), {"level": "none_required"}, 0.85
                        )
                    )
            found = [
                m
                for m in self.matcher.finditer(text, unit.start, unit.end)
                if not any(s < m.end and m.start < e for s, e in blocked)
            ]
            titles = self.roles.find_all(text, unit.start, unit.end)
            found = [m for m in found if not _inside_longer(m, titles)]
            owners = self._owners(text, found, unit.end) | self._classes(text, found, unit.end)
            aimed = self._aimed_at(text, found)
            matches = [
                m for m in found
                if m.start not in owners
                and m.start not in aimed
                and not self._a_course(text, m, unit.start, unit.end)
                and not self._names_a_class(text, m, unit.end)
                and not self._not_required(text, m, unit.start, unit.end)
                and not self.not_preceded.search(text, max(unit.start, m.start - 20), m.start)
            ]  # fmt: skip
            for group in self._merge_adjacent(text, matches):
                out.extend(self._facts(text, unit.start, unit.end, group))
        return out

    def _owners(self, text: str, found: list[FormMatch], hi: int) -> set[int]:
        """Starts of levels named as a paper's owner: "HS-এর admit card", and each level
        coordinated before one ("10th aur 12th ki marksheet")."""
        owners: set[int] = set()
        for i in range(len(found) - 1, -1, -1):
            m = found[i]
            paper = self.owner_of.match(text, m.full_end, hi)
            if paper and not _HELD_AFTER.match(text, paper.end(), hi):
                owners.add(m.start)
            elif i + 1 < len(found) and found[i + 1].start in owners:
                if _COORDINATED.fullmatch(text, m.full_end, found[i + 1].start):
                    owners.add(m.start)
        return owners

    def _classes(self, text: str, found: list[FormMatch], hi: int) -> set[int]:
        """Starts of levels coordinated before one that names a class being taught: "SSC ba
        HSC porikkharthi", "10th or 12th students" (the pupils, not a requirement)."""
        classes: set[int] = set()
        for i in range(len(found) - 2, -1, -1):
            m, n = found[i], found[i + 1]
            named = n.start in classes or self._names_a_class(text, n, hi)
            if named and _COORDINATED.fullmatch(text, m.full_end, n.start):
                if not _PASSED.search(text[m.start : m.end]):
                    classes.add(m.start)
        return classes

    def _aimed_at(self, text: str, found: list[FormMatch]) -> set[int]:
        """Starts of levels named as the post or course another qualification is asked for:
        "high school के लिए graduation के साथ B.Ed" (not "10 पास के लिए": a pass is a
        requirement; nor "graduates ke liye kaunsa better?": nothing is asked of them)."""
        aimed: set[int] = set()
        for i, m in enumerate(found):
            link = _FOR.match(text, m.full_end)
            if link is None or _PASSED.search(text[m.start : m.end]):
                continue
            later = [n for n in found[i + 1 :] if n.start >= link.end()]
            if later and not _CLAUSE_BREAK.search(text, link.end(), later[0].start):
                aimed.add(m.start)
        return aimed

    def _a_course(self, text: str, m: FormMatch, lo: int, hi: int) -> bool:
        """ "Should I do an MBA?", "a part-time MBA", "an MBA ... costs Rs 8 lakh": the
        degree as a course someone may take or buy."""
        before = _COURSE_BEFORE.search(text, max(lo, m.start - 40), m.start)
        return bool(before or _COURSE_AFTER.match(text, m.full_end, hi))

    def _names_a_class(self, text: str, m: FormMatch, hi: int) -> bool:
        """ "high school teacher", "class 10-এর ছাত্রকে", "Madhyamik batch": the level names a
        school or a class being taught (not "10 पास छात्र": a pass is a requirement)."""
        if _PASSED.search(text[m.start : m.end]):
            return False
        pupil = self.not_followed.match(text, m.full_end, hi)
        if pupil is None:
            return False
        # "We want B.Tech students", "MCA students can apply", "B.Sc ছাত্রছাত্রীরাও আবেদন করতে
        # পারবেন": students sought by an employer are the candidates, so the level is asked for
        head = text[max(0, m.start - 40) : m.start]
        head = _CLAUSE_BREAK.split(head)[-1]
        sought = _HIRING_BEFORE.search(head) or _APPLY_AFTER.match(text, pupil.end(), hi)
        return not sought

    def _not_required(self, text: str, m: FormMatch, lo: int, hi: int) -> bool:
        """ "no master's degree is needed", "MBA की जरूरत नहीं", "B.Ed লাগবে না"."""
        if self.not_required.match(text, m.full_end, hi):
            return True
        after_no = _NO_BEFORE.search(text, max(lo, m.start - 8), m.start)
        return bool(after_no and _NEEDED_AFTER.match(text, m.full_end, hi))

    def _merge_adjacent(self, text: str, matches: list[FormMatch]) -> list[list[FormMatch]]:
        """ "जीएनएम डिप्लोमा": a named degree beside a generic word of its level is one fact;
        so is a level restated in brackets right after it ("12वीं (सीनियर सेकेंडरी)",
        "snatok (honours)", "HSC (Class 12)")."""
        groups: list[list[FormMatch]] = []
        for m in matches:
            if groups:
                prev = groups[-1][-1]
                a, b = self.entries[int(prev.key)], self.entries[int(m.key)]
                same_level = a.level == b.level and (a.degree is None) != (b.degree is None)
                if same_level and not text[prev.full_end : m.start].strip():
                    groups[-1].append(m)
                    continue
                # "डीसीए या समकक्ष डिप्लोमा", "B.Sc or an equivalent degree", "স্নাতক (সম্মান)
                # ডিগ্রিধারী": a generic word of the same level restating the degree before it
                if (
                    a.level == b.level
                    and b.degree is None
                    and _RESTATED.fullmatch(text, prev.full_end, m.start)
                ):
                    groups[-1].append(m)
                    continue
                if a.level == b.level and _BRACKETED.fullmatch(text, prev.full_end, m.start):
                    if text[m.full_end : m.full_end + 1] == ")":
                        groups[-1].append(m)
                        continue
            groups.append([m])
        return groups

    def _facts(self, text: str, lo: int, hi: int, group: list[FormMatch]) -> list[Candidate]:
        entries = [self.entries[int(m.key)] for m in group]
        named = next((e for e in entries if e.degree), entries[0])
        start, end = group[0].start, group[-1].full_end
        if len(group) > 1 and text[end : end + 1] == ")" and "(" in text[start:end]:
            end += 1  # "12वीं (सीनियर सेकेंडरी)": close the bracket of the restated level
        fields = self._fields_after(text, end, hi) or []
        before = [] if fields else self._field_before(text, lo, start)
        base = {"level": named.level, "degree": named.degree}
        confidence = 0.9
        if not fields and not before:
            return [
                Candidate("qualification", start, end, {**base, "field": named.field}, confidence)
            ]
        out = []
        if before:
            f = before
            out.append(
                Candidate("qualification", f.start, end, {**base, "field": f.key}, confidence)
            )
        for i, f in enumerate(fields):
            s = start if i == 0 else f.start
            out.append(
                Candidate("qualification", s, f.full_end, {**base, "field": f.key}, confidence)
            )
        if (
            fields
            and "(" in text[end : fields[0].start]
            and text[out[-1].end : out[-1].end + 1] == ")"
        ):
            out[-1].end += 1  # "B.Sc (Maths)": close the bracket the fields opened
        return out

    def _fields_after(self, text: str, pos: int, hi: int) -> list[FormMatch]:
        """ "in science, maths", "नर्सिंग": a chain of fields right after the degree."""
        found: list[FormMatch] = []
        m = _FIELD_INTRO.match(text, pos, hi)
        at = m.end() if m else pos
        while True:
            f = self.fields.regex.match(text, at, hi)
            if not f:
                break
            key = self.fields.key_of(f.group("f"))
            if key is None:
                break
            found.append(FormMatch(f.start("f"), f.end("f"), key, f.end()))
            sep = _FIELD_SEP.match(text, f.end(), hi)
            if not sep:
                break
            at = sep.end()
        return found

    def _field_before(self, text: str, lo: int, start: int) -> FormMatch | None:
        """ "विज्ञान में स्नातक", "গণিতে স্নাতক": one field right before the degree."""
        link = _FIELD_BEFORE_LINK.search(text, max(lo, start - 12), start)
        end = link.start() if link else start
        candidates = [
            f for f in self.fields.finditer(text, max(lo, end - 30), end) if f.full_end == end
        ]
        return candidates[-1] if candidates else None


def _inside_longer(m: FormMatch, others: list[FormMatch]) -> bool:
    """The match lies inside a longer one ("Masters" in "Station Masters")."""
    return any(
        o.start <= m.start
        and m.full_end <= o.full_end
        and o.full_end - o.start > m.full_end - m.start
        for o in others
    )
