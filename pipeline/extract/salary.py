"""Salary facts: amounts that are pay, with range, currency, period and role.

For each sentence unit:

1. find amounts (``numbers.py``) and attach a currency written right before or after;
2. drop figures that are not money: years ("2021 में"), counts ("10,000 लोग", "৫০ জন"),
   ordinals ("10वीं"), percentages, phone numbers, bare small numbers;
3. join "X से Y", "X থেকে Y", "X to Y", "X-Y" into ranges (a multiplier written only on
   the upper figure applies to both: "15-20k", "2-3 लाख");
4. read open bounds: "up to X" and "X तक" set only max; "at least X", "X से अधिक", "X+"
   set only min;
5. keep the figure only if it is pay: a pay word (वेतन, salary, বেতন ...) is nearer to it
   than any distractor (फीस, turnover, দাম ...), or it has a currency and a period and the
   sentence names no distractor, or it is money followed by an earning verb ("15 hazaar
   milte hain") with no distractor in its own clause;
6. period from the words around it (प्रति माह, per annum, মাসে, LPA ...); currency "টাকা"
   resolved to INR or BDT from the document's places and signs (``currency_inferred``);
7. a figure whose sentence states no period takes it from the next sentence of the same
   paragraph (else the one before) when that sentence continues the same pay statement:
   it holds no figure of its own, a pay word or an earning verb, and a period word
   ("Salary 15,000 rupees. Yeh har mahine milti hai."); failing that, from a pay figure of
   like size in the sentence right before ("starts at 20,000 a month. After five years,
   35,000"). Such a period is marked ``period_carried``.

The fact's text runs from the first to the last figure with their currency words, plus a
bound word that sets the only bound ("40,000 रुपये से अधिक", "up to ₹20,000"), but not a
closing "तक"/"পর্যন্ত".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView, Unit
from pipeline.extract.numbers import Amount, finder
from pipeline.extract.view import BN_SUFFIXES, RIGHT_EDGE, WORD, FormMatch, FormMatcher, alternation

_CLAUSE_BREAK = re.compile(r"[,;।॥!?\n()|]")  # not ":" ("CTC: 3 lakh")
_WINDOW = 32
_BARE_NEAR = 20  # a digits-only figure needs a pay word this close ("stipend 8000")
_HEADING = 60  # a unit this short is taken for a heading ("बैक ऑफिस की सैलरी :")
_SAME_SIZE = 3  # two pay figures within this factor are of one period
_IMPLAUSIBLE = 1e8  # ten crore: no figure this large in a career article is one person's pay


@dataclass
class Money:
    start: int
    end: int
    value: float
    amount: Amount
    currency: str | None  # code as written (TAKA for the ambiguous taka)


@dataclass
class Reading:
    """One candidate salary: a figure or a range, with its bounds."""

    start: int
    end: int
    low: Money
    high: Money
    min: float | None
    max: float | None
    currency: str | None


class SalaryExtractor:
    def __init__(self) -> None:
        base, sal = lexicons.base(), lexicons.salary()
        self.currency = FormMatcher({f: c.code for c in base.currencies for f in c.forms})
        # no Bengali endings here: "বছরে" is "a year", "বছরের" is "of years"
        near = {f: p for p, pf in base.periods.items() for f in pf.near}
        adjacent = {f: p for p, pf in base.periods.items() for f in pf.adjacent}
        self.period_near = FormMatcher(near, bengali_endings=False)
        self.period_adjacent = FormMatcher(adjacent, bengali_endings=False)
        self.pay = FormMatcher({f: "pay" for f in sal.pay_cues})
        self.price = re.compile(rf"\s*(?:{alternation(sal.price_markers)}){RIGHT_EDGE}", re.I)
        self.earn = re.compile(
            rf"(?P<price>\s*(?:{alternation(sal.price_markers)}))?\s*(?:\S+\s+){{0,2}}?"
            rf"(?:{alternation(sal.earn_verbs)}){RIGHT_EDGE}",
            re.I,
        )
        self.distractor = FormMatcher({f: "distractor" for f in sal.distractors})
        self.earn_anywhere = re.compile(
            rf"(?<![{WORD}])(?:{alternation(sal.earn_verbs)}){RIGHT_EDGE}", re.I
        )
        self.country = FormMatcher({f: c for c, forms in sal.country_cues.items() for f in forms})
        gaz = lexicons.gazetteer()
        places = [p for p in gaz.locations + gaz.organizations if p.country]
        self.places = FormMatcher(
            {f: p.country for p in places for f in p.forms + p.exact},
            exact={f for p in places for f in p.exact},
        )
        roles = lexicons.named("role")
        self.roles = FormMatcher(roles.forms(), exact=roles.exact())
        self.taka_default = sal.taka_default
        b = base.bounds
        self.connector = re.compile(rf"\s*(?:{alternation(base.range_connectors)})\s*", re.I)
        bw = base.between
        self.and_connector = re.compile(rf"\s*(?:{alternation(bw.connectors)})\s*", re.I)
        self.between_before = re.compile(rf"(?:{alternation(bw.before)})\s*$", re.I)
        self.between_after = re.compile(rf"\s*(?:{alternation(bw.after)}){RIGHT_EDGE}", re.I)
        self.max_before = re.compile(rf"(?<![{WORD}])(?:{alternation(b.max_before)})\s*$", re.I)
        self.min_before = re.compile(rf"(?<![{WORD}])(?:{alternation(b.min_before)})\s*$", re.I)
        self.max_after = re.compile(rf"\s*(?:{alternation(b.max_after)}){RIGHT_EDGE}", re.I)
        self.min_after = re.compile(rf"\s*(?:{alternation(b.min_after)}){RIGHT_EDGE}", re.I)
        ending = rf"(?:-?(?:{'|'.join(BN_SUFFIXES)}))?"
        self.count_after = re.compile(
            rf"\s*(?:{alternation(base.count_nouns)}){ending}{RIGHT_EDGE}", re.I
        )

    # -- document level --------------------------------------------------------------

    def _taka_currency(self, dv: DocView) -> str:
        """INR or BDT for a bare "টাকা": whichever country the document points to."""
        votes = {"IN": 0, "BD": 0}
        for u in dv.live_units():
            for m in self.country.finditer(dv.text, u.start, u.end):
                votes[m.key] += 1
            for m in self.places.finditer(dv.text, u.start, u.end):
                votes[m.key] += 1
        if votes["IN"] == votes["BD"]:
            return self.taka_default
        return "INR" if votes["IN"] > votes["BD"] else "BDT"

    def extract(self, dv: DocView) -> list[Candidate]:
        taka = self._taka_currency(dv)
        plain_default = (
            "BDT"
            if taka == "BDT" and dv.doc.language and (dv.doc.language.get("primary") == "bn")
            else "INR"
        )
        out: list[Candidate] = []
        last_role: dict[int, str] = {}
        heading_role: str | None = None  # role named in a short heading line ...
        heading_paragraph = -1  # ... applies to the paragraph after it
        units = dv.live_units()
        prev_unit = -1  # the unit of the last salary fact kept
        for index, unit in enumerate(units):
            if unit.paragraph != heading_paragraph:
                heading_role = None
            roles = self.roles.find_all(dv.text, unit.start, unit.end)
            readings = self._readings(dv.text, unit)
            periods = [
                r.low.amount.period or r.high.amount.period or self._period(dv.text, unit, r)
                for r in readings
            ]
            for r, period in zip(readings, periods, strict=True):
                shared = _nearest_period(r, readings, periods)
                cand = self._judge(dv.text, unit, r, period, shared, taka, plain_default, roles)
                if cand is None:
                    continue
                if cand.fields["period"] is None:
                    carried = self._carried_period(dv.text, units, index)
                    carried = carried or _period_of_previous(out, prev_unit, units, index, cand)
                    if carried is not None:
                        cand.fields["period"], cand.fields["period_carried"] = carried, True
                if cand.fields.get("role") is None:
                    # the job named earlier in the paragraph, or in the heading above it
                    cand.fields["role"] = last_role.get(unit.paragraph, heading_role)
                out.append(cand)
                prev_unit = index
            if roles:
                last_role[unit.paragraph] = roles[-1].key
            if roles and unit.end - unit.start <= _HEADING:
                heading_role, heading_paragraph = roles[-1].key, unit.paragraph + 1
        return out

    def _carried_period(self, text: str, units: list[Unit], index: int) -> str | None:
        """The period of the next (else the previous) sentence in the same paragraph, when
        that sentence only continues the pay statement (see step 7 above)."""
        unit = units[index]
        for j in (index + 1, index - 1):
            if not 0 <= j < len(units) or units[j].paragraph != unit.paragraph:
                continue
            other = units[j]
            if self._readings(text, other):
                continue
            pay = self.pay.find_all(text, other.start, other.end)
            earn = self.earn_anywhere.search(text, other.start, other.end)
            if not (pay or earn):
                continue
            # a period word that is also a pay word ("package") says nothing about time
            periods = [
                p
                for p in self.period_near.find_all(text, other.start, other.end)
                if not any(c.start < p.full_end and p.start < c.full_end for c in pay)
            ]
            if periods and not self.distractor.find_all(text, other.start, other.end):
                return periods[0].key
        return None

    # -- figures ---------------------------------------------------------------------

    def _money(self, text: str, unit: Unit) -> list[Money]:
        curs = self.currency.find_all(text, unit.start, unit.end)
        out: list[Money] = []
        for a in finder().find(text, unit.start, unit.end):
            start, end, code = a.start, a.end, None
            before = [c for c in curs if c.end <= a.start and not text[c.end : a.start].strip()]
            after = [c for c in curs if c.start >= a.end and not text[a.end : c.start].strip()]
            if before and a.start - before[-1].end <= 2:
                if not (a.has_digits or a.multiplier or after):
                    continue  # "১৫ হাজার টাকা নয়": a small number word after the sum
                start, code = before[-1].start, before[-1].key
            if after and after[0].start - a.end <= 2:
                end, code = after[0].end, code or after[0].key
            if self._not_money(text, a, code, unit) or (a.bare and code is None):
                continue
            out.append(Money(start, end, a.value, a, code))
        return out

    def _not_money(self, text: str, a: Amount, code: str | None, unit: Unit) -> bool:
        """Years, counts, ordinals, percentages, phone numbers: figures that are not money."""
        nxt = text[a.end : a.end + 1]
        if a.value <= 0 or a.value >= _IMPLAUSIBLE:
            return True  # "1,800 crore" is a market, not a wage
        if code is None and a.multiplier is None:
            if nxt and re.match(rf"[{WORD}]", nxt):
                return True  # "10वीं", "১১,৭৬৫টি", "10th"
            if re.match(r"\s*(?:%|\+\d|-\d+-\d)", text[a.end : a.end + 12]):
                return True  # "50%", "10+2", "1800-208-9898"
            if self.count_after.match(text, a.end, unit.end):
                return True
            if re.fullmatch(r"(?:19|20)\d\d", a.digits):
                return True  # a year
            if len(a.digits) >= 8 and "," not in a.digits:
                return True  # a phone number
        if re.search(r"\d-\d+-$", text[max(0, a.start - 12) : a.start]):
            return True  # the last part of "1800-208-9898"
        return False

    def _readings(self, text: str, unit: Unit) -> list[Reading]:
        money = self._money(text, unit)
        out: list[Reading] = []
        i = 0
        while i < len(money):
            m1 = money[i]
            m2 = money[i + 1] if i + 1 < len(money) else None
            if m2 is not None and self._joined(text, unit, m1, m2):
                low = m1.value
                mult = m2.amount.multiplier
                if m1.amount.multiplier is None and mult and low * mult <= m2.value:
                    low *= mult  # "15-20k", "2-3 लाख"
                if low < m2.value and not re.match(r"-\d", text[m2.end : m2.end + 2]):
                    out.append(
                        Reading(m1.start, m2.end, m1, m2, low, m2.value, m1.currency or m2.currency)
                    )
                    i += 2
                    continue
            out.append(self._bounded(text, unit, m1))
            i += 1
        return out

    def _joined(self, text: str, unit: Unit, m1: Money, m2: Money) -> bool:
        """Two figures form one range: "X से Y", "X-Y", or "between X and Y"."""
        if self.connector.fullmatch(text, m1.end, m2.start):
            return True
        if not self.and_connector.fullmatch(text, m1.end, m2.start):
            return False
        head = text[max(unit.start, m1.start - 20) : m1.start]
        return bool(self.between_before.search(head) or self.between_after.match(text, m2.end))

    def _bounded(self, text: str, unit: Unit, m: Money) -> Reading:
        r = Reading(m.start, m.end, m, m, m.value, m.value, m.currency)
        head = text[max(unit.start, m.start - _WINDOW) : m.start]
        if bm := self.max_before.search(head):
            r.min, r.start = None, m.start - len(head) + bm.start()
        elif bm := self.min_before.search(head):
            r.max, r.start = None, m.start - len(head) + bm.start()
        elif text[m.end : m.end + 1] == "+" and not text[m.end + 1 : m.end + 2].isdigit():
            r.max, r.end = None, m.end + 1  # "25,000+"
        else:
            # a bound may follow the period: "₹6 lakh per annum or more", "25 हजार महीना तक"
            at = m.end
            period = self.period_near.regex.match(text, _skip_space(text, at), unit.end)
            period = period or self.period_adjacent.regex.match(
                text, _skip_space(text, at), unit.end
            )
            if period:
                at = period.end()
            if am := self.min_after.match(text, at, unit.end):
                r.max = None
                if at == m.end:
                    r.end = am.end()
            elif self.max_after.match(text, at, unit.end):
                r.min = None
        return r

    # -- is it pay? ------------------------------------------------------------------

    def _judge(
        self,
        text: str,
        unit: Unit,
        r: Reading,
        period: str | None,
        shared: str | None,
        taka: str,
        plain_default: str,
        roles: list[FormMatch],
    ) -> Candidate | None:
        pays = self.pay.find_all(text, unit.start, unit.end)
        distractors = self.distractor.find_all(text, unit.start, unit.end)
        d_pay = min((_gap(r, c) for c in pays), default=None)
        d_dis = min((_gap(r, c) for c in distractors), default=None)
        confidence = 0.9
        money_like = bool(r.currency or _multiplied(r))
        bare = not money_like  # digits only: "stipend 8000", "salary 12000-18000"
        if d_pay is not None and (d_dis is None or d_pay < d_dis):
            if bare and (d_pay > _BARE_NEAR or (r.max or r.min or 0) < 1000):
                return None  # a bare number must sit right by the pay word
        elif money_like and (period or shared) and not distractors and not self._priced(text, r):
            confidence -= 0.1
        elif money_like and not _in_clause(text, r, distractors) and self._earned(text, unit, r):
            # "Coaching ki fees 20 hazaar hai, naukri mein 15 hazaar milte hain": a fee in
            # another clause does not stop a figure that is plainly earned
            confidence -= 0.15
        else:
            return None
        currency, inferred = r.currency, False
        if currency == "TAKA":
            currency, inferred = taka, True
        elif currency is None:
            currency, inferred = plain_default, True
        if inferred:
            confidence -= 0.1
        fields: dict = {
            "min": r.min,
            "max": r.max,
            "currency": currency,
            "period": period or shared,
            "role": _nearest_role(roles, r),
        }
        if period is None and shared is not None:
            fields["period_shared"] = True
        if inferred:
            fields["currency_inferred"] = True
        return Candidate("salary", r.start, r.end, fields, confidence)

    def _priced(self, text: str, r: Reading) -> bool:
        """ "6000 rupaye mein ho jaata hai": a figure followed by "in/for" is a price."""
        return bool(self.price.match(text, r.end))

    def _earned(self, text: str, unit: Unit, r: Reading) -> bool:
        """ "10 se 12 hazaar milte hain": an earning verb right after the figure (and not
        the price idiom "40 हजार में मिलता है")."""
        at = r.end
        period = self.period_near.regex.match(text, _skip_space(text, at), unit.end)
        if period:
            at = period.end()
        bound = self.max_after.match(text, at, unit.end) or self.min_after.match(text, at, unit.end)
        if bound:
            at = bound.end()
        m = self.earn.match(text, at, min(unit.end, at + 30))
        return bool(m and m.group("price") is None)

    def _period(self, text: str, unit: Unit, r: Reading) -> str | None:
        """The pay period written in the same clause, nearest after the figure first."""
        tail_end = min(unit.end, r.end + _WINDOW)
        brk = _CLAUSE_BREAK.search(text, r.end, tail_end)
        tail_end = brk.start() if brk else tail_end
        adj = self.period_adjacent.regex.match(text, _skip_space(text, r.end))
        if adj and adj.start() - r.end <= 2:
            key = self.period_adjacent.key_of(adj.group("f"))
            if key:
                return key
        after = self.period_near.find_all(text, r.end, tail_end)
        if after:
            return after[0].key
        head_start = max(unit.start, r.start - _WINDOW)
        breaks = list(_CLAUSE_BREAK.finditer(text, head_start, r.start))
        head_start = breaks[-1].end() if breaks else head_start
        before = self.period_near.find_all(text, head_start, r.start)
        if before:
            return before[-1].key
        return None


def _nearest_period(r: Reading, readings: list[Reading], periods: list[str | None]) -> str | None:
    """ "₹52,000 a month, while a clerk gets ₹30,000": in one sentence, a figure with no
    period of its own takes the period of the nearest figure that states one."""
    stated = [
        (abs(o.start - r.start), p)
        for o, p in zip(readings, periods, strict=True)
        if p and o is not r and (o.currency or o.low.amount.multiplier or o.high.amount.multiplier)
    ]
    return min(stated)[1] if stated else None


def _period_of_previous(
    out: list[Candidate], prev_unit: int, units: list[Unit], index: int, cand: Candidate
) -> str | None:
    """ "বেতন মাসে বিশ হাজার টাকা থেকে শুরু হয়। পাঁচ বছরে বেতন দাঁড়ায় পঁয়ত্রিশ হাজার টাকা।":
    a figure with no period, in the sentence right after a pay figure of the same paragraph
    that states one, takes that period when the two are of one size (within a factor of
    _SAME_SIZE, so a yearly package after a monthly wage keeps no period)."""
    if not out or prev_unit != index - 1 or units[prev_unit].paragraph != units[index].paragraph:
        return None
    prev = out[-1]
    if prev.fields["period"] is None or prev.fields["currency"] != cand.fields["currency"]:
        return None
    a = prev.fields["max"] or prev.fields["min"]
    b = cand.fields["max"] or cand.fields["min"]
    if not a or not b or max(a, b) / min(a, b) > _SAME_SIZE:
        return None
    return prev.fields["period"]


def _in_clause(text: str, r: Reading, matches: list[FormMatch]) -> list[FormMatch]:
    """The matches in the same clause as the figure (no comma, danda or bracket between)."""
    out = []
    for m in matches:
        lo, hi = (m.full_end, r.start) if m.full_end <= r.start else (r.end, m.start)
        if not _CLAUSE_BREAK.search(text, lo, max(lo, hi)):
            out.append(m)
    return out


def _multiplied(r: Reading) -> bool:
    """A figure in thousands or lakhs ("৩ লাখ", "15 hazaar") reads as money even with no
    currency (counts of people are dropped earlier by the count nouns)."""
    return any((m.amount.multiplier or 0) >= 1000 for m in (r.low, r.high))


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _gap(r: Reading, m: FormMatch) -> int:
    if m.full_end <= r.start:
        return r.start - m.full_end
    if m.start >= r.end:
        return m.start - r.end
    return 0


def _nearest_role(roles: list[FormMatch], r: Reading) -> str | None:
    if not roles:
        return None
    return min(roles, key=lambda m: (_gap(r, m), m.start > r.start)).key
