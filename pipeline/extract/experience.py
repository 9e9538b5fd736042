"""Experience facts: years (or months, converted to years) near an experience word, and
explicit welcomes for freshers.

"2-3 साल का अनुभव" -> 2..3; "১ থেকে ২ বছরের অভিজ্ঞতা" -> 1..2; "2+ years" and
"कम से कम 2 साल" -> min 2 only; "up to 5 years" -> max 5 only; "6 महीने" -> 0.5; "a year of
experience" -> 1 (an English article counts as one only right beside the experience word);
"2 ya 3 saal" and "between 2 and 4 years" are ranges; a single figure sets min = max
("পাঁচ বছরের অভিজ্ঞতা" -> 5..5). The figure counts only when an experience word (अनुभव,
experience, অভিজ্ঞতা ...) stands in the same sentence and no blocker (age: उम्र, বয়স,
umar; course or training length; a company's age: purani, old) is nearer to it.
"फ्रेशर", "freshers", "नए लोग", "কোনো অভিজ্ঞতা লাগে না" give ``fresher: true`` with no
years; so do the negated phrases of the lexicon's ``fresher_patterns`` ("experience is not
mandatory", "anubhav zaruri nahi", "obhiggota lagbe na"), and a figure inside such a
phrase is not a requirement. In a job listing, years in brackets right after a job name
("Warehouse supervisor (diploma, 2+ years)") are experience with no experience word, and
so is a bounded count of years in a place of work ("minimum 1 year in a hotel"). A worker's
own tenure counts where "पिछले / গত / for the last" stands before the figure and the sentence
names work or a job (or, for a present tenure, a workplace: "company mein 2 saal se hoon");
so do "with N years on the job" (or "with N years" and the pay they earn: "coders with 2+
years get ₹35,000"), a person's years so far ("fitter hoon, 4 saal ho gaye", "मेरे 3 साल हो
गए, अब 5.2 LPA है"), "after N years" in a sentence naming a pay, a job, a post or a raise
("तीन साल बाद सुपरवाइज़र", "6 mash por beton barbe"), and the years it takes to reach a
higher post ("Team Leader बनने में डेढ़ से दो साल लगते हैं"). "If none, apply anyway" said
after an experience word ("Experience: ১ বছর হলে ভালো, না থাকলেও apply করুন") is a welcome
for freshers. An age, notice or validity word in another clause
(after a comma or full stop) does not block a figure whose experience word is in its own
clause. A negated experience phrase in a first-person question ("Can I get a job without
experience?") is the asker's own situation, not a job's requirement, and gives no fact.
"""

from __future__ import annotations

import re

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView, Unit
from pipeline.extract.numbers import Amount, finder
from pipeline.extract.view import (
    AFTER_WORDS,
    RIGHT_EDGE,
    WORD,
    FormMatch,
    FormMatcher,
    alternation,
    fold,
)

_PLUS = re.compile(r"['’]?\s*\+?\s*")  # "2+ years", "দু'বছর"
_AGE_LIKE = 16  # this many years or more reads as an age unless the experience word is beside it
_CUE_BESIDE = 12
_CUE_AFTER = re.compile(r"\s*(?:of\s+)?(?:[A-Za-z-]+\s+)?", re.I)
_CUE_BEFORE = re.compile(r"\s*(?:of|:|-)?\s*(?:about|around|at\s+least|minimum)?\s*", re.I)
# a bracket after a job name: "(B.Tech/BCA, 0–2 years)", "(3+ years)"
_JOB_BRACKET = re.compile(r"[ \t]*(?:,[^()\n]{0,25})?\(([^()\n]{1,40})\)")
# "minimum 1 year in a hotel", "2+ years as a driver": a bounded count of years spent in a
# place of work is experience even with no experience word (a listing's terse style)
_WORK_SETTING = re.compile(
    r"(?:\d+(?:\.\d+)?\s*\+|(?<![A-Za-z])(?:minimum|min\.?|at\s+least)\s+[\w.]+)\s*"
    r"(?:years?|yrs?|months?)\s+(?:in|as|at)\s+(?:an?|the\s+(?:same|similar)|similar|relevant)\s",
    re.I,
)
# "पिछले डेढ़ साल से ... काम कर रहे हैं", "pichhle 2 saal se driver hoon", "গত ৩ বছর ধরে":
# a worker's own tenure, counted only where the sentence names a job or work
_TENURE_BEFORE = re.compile(
    r"(?<![\w\u0900-\u0DFF])(?:पिछले|पिछली|pichhle|pichle|pichhli|গত|goto|gato|for\s+the\s+(?:last|past))\s+$",
    re.I,
)
_WORK_WORD = re.compile(
    r"काम|नौकरी|kaam|kam\s+kar|naukri|কাজ|চাকরি|kaj|chakri|chakri|\bjob\b|\bworking\b|\bworked\b|"
    r"হিসেবে|hisebe|के\s+रूप\s+में|ke\s+roop\s+me|\bas\s+an?\b",
    re.I,
)
# "আট বছর ধরে পার্শ্বশিক্ষক হিসেবে", "5 bochor dhore nurse er kaj", "4 साल से नर्स का काम कर
# रही हूं", "3 saal se telecaller hoon": a tenure written after the years (Hindi "से" only with
# a present or progressive verb later in the clause: "5 साल से भर्ती नहीं हुई" is no tenure)
_TENURE_AFTER = re.compile(r"\s*(?:ধরে|ধরেই|dhore|dhorei)(?![\w\u0980-\u09ff])", re.I)
_SINCE_AFTER = re.compile(
    r"\s*(?:से|se)\s+(?!(?:कम|ज्यादा|ज़्यादा|अधिक|ऊपर|लेकर|kam|zyada|jyada|adhik|upar|lekar)\b)"
    r"[^,;।|.?!]{0,40}?(?<![\w\u0900-\u097f])(?:रहा|रही|रहे|हूं|हूँ|हैं|raha|rahi|rahe|hoon|hun)"
    r"(?![\w\u0900-\u0963\u0966-\u097f])",  # a danda may follow
    re.I,
)
# "I have been a nurse for 6 years", "has worked as a driver for 4 years"
_FOR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:been|worked|working|served)\b[^,.;]{0,40}?\bfor\s+(?:over\s+|about\s+)?$",
    re.I,
)
# a workplace named in the sentence of a present tenure: "company mein 2 saal se hoon"
_WORKPLACE = re.compile(
    r"(?<![\w\u0900-\u09ff])(?:company|kampani|कंपनी|कम्पनी|কোম্পানি|কোম্পানিতে|office|ऑफिस|দপ্তরে|"
    r"অফিসে|firm|फर्म|factory|फैक्ट्री|कारखाने|কারখানায়|hospital|अस्पताल|হাসপাতালে)",
    re.I,
)
# "with five to seven years on the shop floor": "with", a count of years, and where they
# were spent
_WITH_WORD = re.compile(
    r"(?<![A-Za-z])with\s+(?:at\s+least\s+|over\s+|about\s+|around\s+|more\s+than\s+)?",
    re.I,
)
_SPENT_IN = re.compile(r"\s+(?:on|in|at|as|behind|under)\s", re.I)
# reaching a higher post: "Team Leader बनने में", "supervisor banne mein", "promotion পেতে",
# "to become a team leader"
_PROMOTION = re.compile(
    r"promotion|promoted|प्रमोशन|पदोन्नति|প্রমোশন|পদোন্নতি|"
    r"(?:team\s+leader|TL|supervisor|manager|senior|टीम\s+लीडर|सुपरवाइजर|मैनेजर|सीनियर|"
    r"টিম\s+লিডার|সুপারভাইজার|ম্যানেজার|সিনিয়র)\S*\s+(?:बनने|बनते|banne|bante|হতে|hote)|"
    r"to\s+become\s+(?:a\s+|an\s+)?(?:team\s+leader|TL|supervisor|manager|senior)",
    re.I,
)
_TAKES_AFTER = re.compile(
    r"\s*(?:लगते|लगता|लगती|लग\s+जाते|लग\s+जाता|lagte|lagta|lagti|lag\s+jaate|lag\s+jate|লাগে|"
    r"লেগে\s+যায়|lage|lege\s+jay)(?![\w\u0900-\u0963\u0966-\u09ff])",  # a danda may follow
    re.I,
)
_TAKES_BEFORE = re.compile(r"(?<![A-Za-z])(?:takes?|took|taking)\s+(?:\S+\s+){0,4}$", re.I)
_WITH = re.compile(r"\s+with\s+(?:at\s+least\s+|over\s+|about\s+|around\s+)?", re.I)
# searching or preparing for a job is no tenure: "3 saal se naukri dhoondh raha hoon"
_SEARCHING = re.compile(
    r"ढूंढ|ढूँढ|खोज|तलाश|तैयारी|dhoondh|dhundh|khoj|talash|taiyari|খুঁজ|খুজ|khuj|প্রস্তুতি|"
    r"looking\s+for|searching|preparing",
    re.I,
)
# "क्या मुझे बिना अनुभव के नौकरी मिल सकती है?", "Can I get a job without experience?": an
# asker's own lack of experience, no requirement of a job (a fresher noun in a question,
# "fresher der salary koto?", still names the freshers' jobs)
_FIRST_PERSON = re.compile(
    r"(?<![\w\u0900-\u0DFF])(?:मुझे|मुझको|मैं|मैंने|मेरा|मेरी|मेरे|mujhe|mujhko|maine|mera|meri|"
    r"mere|main|mai|আমি|আমার|আমাকে|ami|amar|amake|(?-i:I)|me|my)(?![\w\u0900-\u0DFF])",
    re.I,
)
# "at least 2 years of postdoctoral work", "5 years of government service": years of work
# with a word or two describing it
_YEARS_OF_WORK = re.compile(
    r"(?<![A-Za-z])(?:years?|yrs?|months?)\s+of\s+(?:[A-Za-z-]+\s+){1,2}?"
    r"(?:work|service|practice|employment)(?![A-Za-z])",
    re.I,
)
# "After two years, ₹8 lakh a year is common", "2-3 saal baad 6 LPA tak", "ছয় মাস পর ১৯ হাজার
# টাকা": the pay a worker reaches after some years on the job
_AFTER_BEFORE = re.compile(r"(?<![A-Za-z])after\s+(?:about\s+|around\s+)?$", re.I)
_AFTER_AFTER = re.compile(
    fold(
        rf"\s*(?:(?:ke\s+|के\s+)?(?:{AFTER_WORDS}|later)|"
        # "তিন বছরের মাথায়", "3 साल पूरे होने पर", "Three years in, ..."
        r"মাথায়|mathay|(?:पूरे\s+|पूरा\s+|pure\s+|poore\s+)?(?:होने\s+पर|hone\s+par|hone\s+pe)|"
        r"\s+in(?=,))(?![\w\u0980-\u09ff])"
    ),
    re.I,
)
# a job, a post or a raise named in a sentence: "lead role", "headmaster ke post", "পদে",
# "appraisal", "promotion", "বাড়বে", "badhegi", "raise"
_JOB_OR_RAISE = re.compile(
    fold(
        r"(?<![\w])(?:role|post|position|job|jobs|naukri|नौकरी|पद|पोस्ट|পদ|পদে|পোস্ট|chakri|চাকরি|"
        r"চাকরির|promotion|promoted|प्रमोशन|পদোন্নতি|প্রমোশন|appraisal|अप्रेजल|অ্যাপ্রেইজাল|"
        r"raise|hike|increment|इंक्रीमेंट|বাড়বে|বাড়ে|barbe|bare|badhegi|badhti|badhta|बढ़ेगी|"
        r"बढ़ती|बढ़ता|बढ़ जाती|বেড়ে|"
        # a higher post: "you become a senior agent", "सीनियर बन सकते हैं", "লিড হওয়া যায়"
        r"become|becomes|senior|सीनियर|সিনিয়র|lead|लीड|লিড|head|हेड|হেড)(?![\w])"
    ),
    re.I,
)
# "4 saal ho gaye", "मेरे 3 साल हो गए", "৫ বছর হয়ে গেল": time spent at a job so far
_HAS_BEEN = re.compile(
    fold(
        r"\s*(?:ho\s+gaye|ho\s+gae|ho\s+gye|हो\s+गए|हो\s+गये|हो\s+चुके|ho\s+chuke|"
        r"হয়ে\s+গেল|হয়ে\s+গেছে|hoye\s+gelo|hoye\s+geche|hoe\s+gelo)(?![\w])"
    ),
    re.I,
)
# "if there is none, apply anyway", said after an experience word: "না থাকলেও apply করুন",
# "na thakleo abedon korte paren", "नहीं है तो भी apply करें"
_STILL_APPLY = re.compile(
    fold(
        r"(?<![\w])(?:না|na|नहीं|nahi|nahin|न)\s+(?:(?:है|hai|हो|ho)\s+(?:तो\s+|to\s+)?(?:भी|bhi)|"
        r"থাকলেও|হলেও|thakleo|holeo|thakle\s+o|hole\s+o)\s+(?:apply|আবেদন|abedon|aavedan|"
        r"आवेदन)\s+(?:করুন|করতে\s+পারেন|করা\s+যাবে|korun|korte\s+paren|kar\s+sakte|karein|karen|"
        r"करें|कर\s+सकते)(?:\s+(?:हैं|hain))?"
    ),
    re.I,
)
_THIRD_PERSON = re.compile(
    r"(?<![\w\u0900-\u0DFF])(?:use|usko|unhe|unko|उसे|उसको|उन्हें|उनको|তার|ওর|তাঁর|tar)"
    r"(?![\w\u0900-\u0DFF])",
    re.I,
)
# "certified coders with 2+ years get ₹35,000": the years that a pay is earned with
_PAID_AFTER = re.compile(
    r"\s+(?:get|gets|earn|earns|make|makes|draw|draws|command|commands|can\s+expect|"
    r"take\s+home|takes\s+home|are\s+paid|receive|receives)(?![A-Za-z])",
    re.I,
)
_A_UNIT = re.compile(rf"(?<![{WORD}])(half\s+)?(?:a|an|one)\s+$", re.I)  # "a year", "half a year"


class ExperienceExtractor:
    def __init__(self) -> None:
        lex, base = lexicons.experience(), lexicons.base()
        units = {f: "year" for f in lex.years} | {f: "month" for f in lex.months}
        self.units = FormMatcher(units, after_digits=True)  # "2yrs", "6months"
        self.cues = FormMatcher({f: "cue" for f in lex.cues})
        self.blockers = FormMatcher({f: "blocker" for f in lex.blockers})
        self.fresher = FormMatcher({f: "fresher" for f in lex.fresher})
        roles = lexicons.named("role")
        self.roles = FormMatcher(roles.forms(), exact=roles.exact(), plurals=True)
        self.fresher_patterns = [
            re.compile(rf"(?<![{WORD}])(?:{fold(p)}){RIGHT_EDGE}", re.I)
            for p in lex.fresher_patterns
        ]
        self.refused = [re.compile(fold(p), re.I) for p in lex.fresher_refused]
        b = base.bounds
        # "2 ya 3 saal", "2 or 3 years": for a count of years "or" also spans a range
        connectors = base.range_connectors + lex.range_connectors
        self.connector = re.compile(rf"\s*(?:{alternation(connectors)})\s*", re.I)
        self.and_connector = re.compile(rf"\s*(?:{alternation(base.between.connectors)})\s*", re.I)
        self.between_before = re.compile(
            rf"(?<![{WORD}])(?:{alternation(base.between.before)})\s*$", re.I
        )
        self.min_before = re.compile(rf"(?<![{WORD}])(?:{alternation(b.min_before)})\s*$", re.I)
        self.max_before = re.compile(rf"(?<![{WORD}])(?:{alternation(b.max_before)})\s*$", re.I)
        self.min_after = re.compile(rf"\s*(?:{alternation(b.min_after)}){RIGHT_EDGE}", re.I)
        self.max_after = re.compile(rf"\s*(?:{alternation(b.max_after)}){RIGHT_EDGE}", re.I)

    def extract(self, dv: DocView) -> list[Candidate]:
        out: list[Candidate] = []
        for unit in dv.live_units():
            taken = self._fresher_spans(dv.text, unit)
            for s, e in taken:
                fields = {"min_years": None, "max_years": None, "fresher": True}
                out.append(Candidate("experience", s, e, fields, 0.85))
            for cand in self._years(dv.text, unit):
                if not any(s < cand.end and cand.start < e for s, e in taken):
                    out.append(cand)
        return out

    def _fresher_spans(self, text: str, unit: Unit) -> list[tuple[int, int]]:
        """Fresher phrases and negated-experience patterns, longest first where they overlap."""
        spans = [
            (m.start, m.full_end)
            for m in self.fresher.finditer(text, unit.start, unit.end)
            if not any(p.match(text, m.full_end, unit.end) for p in self.refused)
        ]  # "freshers consider नहीं होंगे" refuses freshers
        for pat in self.fresher_patterns:
            spans += [(m.start(), m.end()) for m in pat.finditer(text, unit.start, unit.end)]
        spans += [  # "Experience: ১ বছর হলে ভালো, না থাকলেও apply করুন": none is fine too
            (m.start(), m.end())
            for m in _STILL_APPLY.finditer(text, unit.start, unit.end)
            if self.cues.find_all(text, unit.start, m.start())
        ]
        if self._asks_for_oneself(text, unit):
            spans = [(s, e) for s, e in spans if not self.cues.find_all(text, s, e)]
        kept: list[tuple[int, int]] = []
        for s, e in sorted(spans, key=lambda p: (p[0] - p[1], p[0])):
            if not any(ks < e and s < ke for ks, ke in kept):
                kept.append((s, e))
        merged: list[tuple[int, int]] = []
        for s, e in sorted(kept):  # "Freshers do not need any experience" is one welcome
            if merged and not text[merged[-1][1] : s].strip():
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        return merged

    def _asks_for_oneself(self, text: str, unit: Unit) -> bool:
        """A question about the asker: it ends with "?" and speaks in the first person."""
        body = text[unit.start : unit.end].rstrip()
        return body.endswith("?") and bool(_FIRST_PERSON.search(body))

    def _years(self, text: str, unit: Unit) -> list[Candidate]:
        cues = self.cues.find_all(text, unit.start, unit.end) + self._job_brackets(text, unit)
        cues += [
            FormMatch(m.end() - 1, m.end(), "cue", m.end())
            for m in _WORK_SETTING.finditer(text, unit.start, unit.end)
        ]
        cues += self._tenure(text, unit)
        cues += self._role_with(text, unit)
        cues += self._with_years(text, unit)
        cues += self._time_to_promotion(text, unit)
        cues += [
            FormMatch(m.end() - 1, m.end(), "cue", m.end())
            for m in _YEARS_OF_WORK.finditer(text, unit.start, unit.end)
        ]
        cues += self._years_before_pay(text, unit)
        if not cues:
            return []
        blockers = self.blockers.find_all(text, unit.start, unit.end)
        amounts = finder().find(text, unit.start, unit.end)
        out: list[Candidate] = []
        for u in self.units.finditer(text, unit.start, unit.end):
            before = [
                a for a in amounts if a.end <= u.start and _PLUS.fullmatch(text, a.end, u.start)
            ]
            if not before:
                if article := _A_UNIT.search(text, max(unit.start, u.start - 12), u.start):
                    out.extend(self._one_unit(text, cues, article, u))
                continue
            a = before[-1]
            if a.multiplier is not None or a.value > 50:
                continue
            scale = 1 / 12 if u.key == "month" else 1.0
            start, low, high = a.start, a.value, a.value
            plus = "+" in text[a.end : u.start]
            low_scale = scale
            prev = [p for p in amounts if p.end <= a.start]
            if prev and (unit_of_low := self._range_unit(text, prev[-1], a)):
                start, low = prev[-1].start, prev[-1].value
                low_scale = (
                    scale if unit_of_low == "same" else (1 / 12 if unit_of_low == "month" else 1.0)
                )
            lo_v: float | None = round(low * low_scale, 2)
            hi_v: float | None = round(high * scale, 2)
            head = text[max(unit.start, start - 24) : start]
            if plus or (m := self.min_before.search(head)):
                hi_v = None
                if not plus:
                    start -= len(head) - m.start()
            elif m := self.max_before.search(head):
                lo_v, start = None, start - (len(head) - m.start())
            end = u.full_end
            if lo_v is not None and hi_v is not None:
                if m := self.min_after.match(text, end, unit.end):
                    hi_v, end = None, m.end()  # "3 साल से अधिक", "2 years or more"
                elif self.max_after.match(text, end, unit.end):
                    lo_v = None  # "5 साल तक"
            d_cue = min(_clause_gap(text, start, end, c) for c in cues)
            d_block = min((_clause_gap(text, start, end, b) for b in blockers), default=None)
            if d_block is not None and d_block < d_cue:
                continue
            if max(lo_v or 0, hi_v or 0) >= _AGE_LIKE and not _beside(text, start, end, cues):
                continue  # "Candidates above 25 years with 2 years of experience": an age
            fields = {"min_years": lo_v, "max_years": hi_v, "fresher": False}
            out.append(Candidate("experience", start, end, fields, 0.85))
        return out

    def _tenure(self, text: str, unit: Unit) -> list[FormMatch]:
        """ "पिछले डेढ़ साल से फूड डिलीवरी का काम", "for the last 3 years as a driver": the
        "last/पिछले" before a figure stands in for the experience word when the sentence
        names work or a job (a role); "पिछले 2 साल से दाम बढ़े" stays out."""
        body = text[unit.start : unit.end]
        working = bool(_WORK_WORD.search(body) or self.roles.find_all(text, unit.start, unit.end))
        out = []
        for a in finder().find(text, unit.start, unit.end) if working else []:
            m = _TENURE_BEFORE.search(text, max(unit.start, a.start - 24), a.start)
            m = m or _FOR_BEFORE.search(text, max(unit.start, a.start - 60), a.start)
            if m:
                out.append(FormMatch(m.start(), m.end(), "cue", m.end()))
        if _SEARCHING.search(body):
            return out
        # "ek logistics company mein 2 saal se hoon": being at a workplace for years, said in
        # the present, is a tenure too
        # "मेरे 3 साल हो गए, अब 5.2 LPA है", "fitter hoon, 4 saal ho gaye": a person's years
        # so far (not a firm's: "Company ko kaam karte hue 10 saal ho gaye")
        person = bool(
            self.roles.find_all(text, unit.start, unit.end)
            or _FIRST_PERSON.search(body)
            or _THIRD_PERSON.search(body)
            or any(_pay_sized(a) for a in finder().find(text, unit.start, unit.end))
        )
        working = working or bool(_WORKPLACE.search(body))
        for u in self.units.finditer(text, unit.start, unit.end) if working or person else []:
            m = _HAS_BEEN.match(text, u.full_end, unit.end) if person else None
            if working:
                m = m or _TENURE_AFTER.match(text, u.full_end, unit.end)
                m = m or _SINCE_AFTER.match(text, u.full_end, unit.end)
            if m:
                at = _skip_space(text, u.full_end)
                out.append(FormMatch(at, at + 1, "cue", at + 1))
        return out

    def _role_with(self, text: str, unit: Unit) -> list[FormMatch]:
        """ "Accountants with two years or more", "nurses with 3+ years": a job followed by
        "with" and a count of years is the experience of those workers."""
        out = []
        for role in self.roles.finditer(text, unit.start, unit.end):
            m = _WITH.match(text, role.full_end, unit.end)
            if m and self.units.regex.match(text, _skip_space(text, _amount_end(text, m.end()))):
                out.append(FormMatch(m.start(), m.end(), "cue", m.end()))
        return out

    def _with_years(self, text: str, unit: Unit) -> list[FormMatch]:
        """ "with five to seven years on the shop floor", "with 3 years in sales": "with" and a
        count of years spent somewhere is experience (an age or course word still blocks)."""
        out = []
        for m in _WITH_WORD.finditer(text, unit.start, unit.end):
            at = _amount_end(text, m.end())
            if at == m.end():
                continue
            if (c := self.connector.match(text, at, unit.end)) and _amount_end(
                text, c.end()
            ) > c.end():
                at = _amount_end(text, c.end())
            u = self.units.regex.match(text, _skip_space(text, at), unit.end)
            if u and (_SPENT_IN.match(text, u.end(), unit.end) or _PAID_AFTER.match(text, u.end())):
                out.append(FormMatch(m.start(), m.end(), "cue", m.end()))
        return out

    def _time_to_promotion(self, text: str, unit: Unit) -> list[FormMatch]:
        """ "Team Leader बनने में डेढ़ से दो साल लगते हैं", "It takes two years to become a
        supervisor", "promotion পেতে ২ বছর লাগে": the years of work it takes to reach a
        higher post."""
        if not _PROMOTION.search(text, unit.start, unit.end):
            return []
        out = []
        for u in self.units.finditer(text, unit.start, unit.end):
            before = _TAKES_BEFORE.search(text, max(unit.start, u.start - 40), u.start)
            if _TAKES_AFTER.match(text, u.full_end, unit.end) or before:
                at = _skip_space(text, u.full_end)
                out.append(FormMatch(at, at + 1, "cue", at + 1))
        return out

    def _years_before_pay(self, text: str, unit: Unit) -> list[FormMatch]:
        """ "After two years, ₹8 lakh a year is common", "2-3 saal baad 6 LPA tak": "after"
        a count of years, in a sentence that states a pay figure, is the experience that pay
        asks for; so is one in a sentence that names a job, a post or a raise ("तीन साल बाद
        आप सुपरवाइज़र बन सकते हैं", "6 maash por appraisal hoy", "দু'বছর পর ব্রাঞ্চ পর্যায়ের
        পদে"): a duration of work tied to a job or a pay level. Any blocker in the sentence
        (training, probation, age, course) stops it: "Training ke chhah mahine baad stipend
        badhta hai" is no job's experience."""
        amounts = finder().find(text, unit.start, unit.end)
        tied = any(_pay_sized(a) for a in amounts) or bool(
            _JOB_OR_RAISE.search(text, unit.start, unit.end)
            or self.roles.find_all(text, unit.start, unit.end)
        )
        if not tied:
            return []
        if self.blockers.find_all(text, unit.start, unit.end):
            return []
        out = []
        for u in self.units.finditer(text, unit.start, unit.end):
            before = [
                a for a in amounts if a.end <= u.start and _PLUS.fullmatch(text, a.end, u.start)
            ]
            if not before or _pay_sized(before[-1]):
                continue
            a = before[-1]
            prev = [p for p in amounts if p.end <= a.start]
            first = prev[-1] if prev and self._range_unit(text, prev[-1], a) else a
            head = _AFTER_BEFORE.search(text, max(unit.start, first.start - 20), first.start)
            if head or _AFTER_AFTER.match(text, u.full_end, unit.end):
                at = _skip_space(text, u.full_end)
                out.append(FormMatch(at, at + 1, "cue", at + 1))
        return out

    def _job_brackets(self, text: str, unit: Unit) -> list[FormMatch]:
        """ "Junior software developer (B.Tech/BCA, 0–2 years)", "Warehouse supervisor
        (diploma, 2+ years)": in a job listing, years in brackets right after a job name are
        the experience asked for. The opening bracket stands in for the experience word (an
        age or course word in the sentence still blocks)."""
        out = []
        for role in self.roles.finditer(text, unit.start, unit.end):
            m = _JOB_BRACKET.match(text, role.full_end, unit.end)
            units = self.units.find_all(text, m.start(1), m.end(1)) if m else []
            if m and any(u.key == "year" for u in units):  # "(6 months)" may be a contract
                at = m.start(1) - 1
                out.append(FormMatch(at, at + 1, "cue", at + 1))
        return out

    def _one_unit(
        self,
        text: str,
        cues: list[FormMatch],
        article: re.Match[str],
        u: FormMatch,
    ) -> list[Candidate]:
        """ "a year of experience", "half a year": an English article counts as one."""
        value = 0.5 if article.group(1) else 1.0
        scale = 1 / 12 if u.key == "month" else 1.0
        start, end = article.start(), u.full_end
        # only where the phrase is the experience itself: "a year of (relevant) experience",
        # "experience of a year" (not "a year later he got experience")
        after = any(_CUE_AFTER.fullmatch(text, end, c.start) for c in cues if c.start >= end)
        before = any(
            _CUE_BEFORE.fullmatch(text, c.full_end, start) for c in cues if c.full_end <= start
        )
        if not (after or before):
            return []
        years = round(value * scale, 2)
        fields = {"min_years": years, "max_years": years, "fresher": False}
        return [Candidate("experience", start, end, fields, 0.8)]

    def _range_unit(self, text: str, a: Amount, b: Amount) -> str | None:
        """How the first figure of "a to b" is counted: "same" unit as b, "month" or
        "year" when it carries its own ("6 महीने से 1 साल"), or None for no range."""
        gap = text[a.end : b.start]
        between = bool(self.between_before.search(text, max(0, a.start - 12), a.start))
        if self.connector.fullmatch(gap) or (between and self.and_connector.fullmatch(gap)):
            return "same" if a.value < b.value else None
        u = self.units.regex.match(text, a.end + len(gap) - len(gap.lstrip()))
        if u and self.connector.fullmatch(text, u.end(), b.start):
            return self.units.key_of(u.group("f"))
        return None


def _pay_sized(a: Amount) -> bool:
    """A figure that reads as money: in thousands or lakhs, per year (LPA), or 1,000 or more
    and not a calendar year."""
    if (a.multiplier or 0) >= 1000 or a.period:
        return True
    return a.value >= 1000 and not re.fullmatch(r"(?:19|20)\d\d", a.digits)


def _beside(text: str, start: int, end: int, cues: list[FormMatch]) -> bool:
    """An experience word a few characters from the figure, in its clause."""
    for c in cues:
        lo, hi = (c.full_end, start) if c.full_end <= start else (end, c.start)
        if _gap(start, end, c) <= _CUE_BESIDE and not re.search(r"[,;।|()]", text[lo:hi]):
            return True
    return False


def _clause_gap(text: str, start: int, end: int, m: FormMatch) -> int:
    """Distance to a word, far when a comma or full stop stands between: in "18 से 30 साल की
    उम्र, 1 साल का अनुभव" the age word belongs to the clause before, and in "notice period 2
    months, experience 3 years" the experience word to the clause after."""
    lo, hi = (m.full_end, start) if m.full_end <= start else (end, m.start)
    far = 1000 if re.search(r"[,;।|]", text[lo:hi]) else 0
    return _gap(start, end, m) + far


def _gap(start: int, end: int, m: FormMatch) -> int:
    if m.full_end <= start:
        return start - m.full_end
    if m.start >= end:
        return m.start - end
    return 0


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _amount_end(text: str, at: int) -> int:
    """End of the amount written at ``at`` ("two", "3+", "1.5"), or ``at`` when none."""
    found = finder().find(text, at, min(len(text), at + 20))
    if found and found[0].start == at:
        end = found[0].end
        return end + 1 if text[end : end + 1] == "+" else end
    return at
