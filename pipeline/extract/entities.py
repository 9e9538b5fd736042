"""Organization and location facts: a gazetteer of Indian and Bangladeshi places and
employers, plus the tagger's named-entity tags (B-/I-ORG, B-/I-LOC) where present.

Gazetteer facts carry ``name`` (the form as written, without a Bengali case ending:
"কলকাতায়" has name "কলকাতা") and ``normalized`` (the canonical English name). Tagger
spans not covered by the gazetteer are added with lower confidence and no ``normalized``,
but only with evidence of a name (see `name_span`): the Bengali NER model (entity F1 ~70
on news) tags common career words ("নার্সিং", "আবেদনপত্রের", "সরকারি হাসপাতালে") as
places and employers, and precision comes before recall. Also added are employers named
in Latin script by one to four capitalised words ending in a corporate word of the
gazetteer's ``org_suffixes`` ("Sundarban Technologies Pvt. Ltd.",
"Lotus Hospital", "West Bengal Nursing Council"), generic leading words ("Private Bank")
left out; a place inside such a name is not a location of its own. In Devanagari and
Bengali, a gazetteer place, up to three words that are not particles, and an institution
word make one body ("बिहार नर्सिंग काउंसिल", "ঢাকা শিশু হাসপাতাল"); a known employer takes
its company suffix along ("সোনালী ব্যাংক পিএলসি"). A tagged span that holds a job, a paper
or a skill of the lexicons ("কল সেন্টার এজেন্ট", "আধার কার্ড") is not a name.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView
from pipeline.extract.view import WORD, FormMatcher, alternation

_LATIN = re.compile(r"[A-Za-z]")
_NAME_WORD = r"(?:[A-Z][A-Za-z0-9&'.\-]*|&)"

_NER_TYPES = {"ORG": "organization", "LOC": "location", "GPE": "location"}
# words that join a place to something else, not to a name: "बिहार के अस्पताल"
_PARTICLES = set(
    "के की का में से और व एवं तथा को ने पर या भी है এবং ও আর বা থেকে এর জন্য সহ হয় নয় না".split()
)
_NOT_NAME_CHARS = r"\d০-৯०-९,;:।|()\[\]\"'!?.\-"
# Words that may open or close a name ("ব্র্যাক ব্যাংক", "খুলনা"; the Bengali tagger calls
# many loanwords PRON: "ইউনাইটেড"); a verb, number, particle or conjunction at an edge of a
# tagged span is the model running past the name, and inside one it joins two phrases.
_NAME_UPOS = {"PROPN", "NOUN", "ADJ", "PRON"}
# Bengali endings of people and plural common nouns (আবেদনকারীকে, কর্মীদের,
# কোম্পানিগুলোতে): a place or an employer does not take them. -কে only after a vowel sign
# (ব্যাংকে is ব্যাংক + -এ), -দের not after া (হায়দরাবাদের is হায়দরাবাদ + -এর).
_COMMON_ENDING = re.compile(r"(?:(?<=[\u09be-\u09cc])কে|(?<!া)দের|দেরকে|গুলো\S*|গুলি\S*)$")
# Case endings an employer's last word may carry: হাসপাতালে, ব্যাংকের, কলেজটিতে.
_CASE_ENDING = re.compile(unicodedata.normalize("NFC", r"(?:টি|টা)?(?:ে|এ|ের|এর|র|তে|য়|য়ে|য়ের|ও)?"))


def _nfc(word: str) -> str:
    return unicodedata.normalize("NFC", word)


class EntityExtractor:
    def __init__(self) -> None:
        gaz = lexicons.gazetteer()
        self.kind = {p.name: "location" for p in gaz.locations} | {
            p.name: "organization" for p in gaz.organizations
        }
        self.matcher = FormMatcher(gaz.forms(), exact=gaz.exact())
        suffixes = "|".join(
            re.escape(x).replace(r"\ ", r"\s+")
            for x in sorted(gaz.org_suffixes, key=len, reverse=True)
        )
        self.named_org = re.compile(
            rf"(?<![{WORD}])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}?)[ \t]+"
            rf"(?P<suffix>{suffixes})(?:[ \t]+(?:Pvt\.?|Private)[ \t]+(?:Ltd\.?|Limited))?"
            rf"(?![{WORD}])(?![ \t]+[A-Z0-9](?![{WORD}]))"  # not "Railway Group D"
        )
        # a job, a paper or a skill is never a place or an employer, whatever the tagger
        # says ("আধার কার্ড", "রিসার্চ অ্যাসোসিয়েট" tagged LOC or ORG)
        self.not_names = [
            FormMatcher(lex.forms(), exact=lex.exact())
            for lex in (lexicons.named(k) for k in ("role", "document", "skill"))
        ]
        heads = alternation([x for x in gaz.org_suffixes if not x.isascii()])
        # "बिहार तकनीकी सेवा आयोग", "কলকাতা পৌর কর্পোরেশন": a place, up to three words and an
        # institution word make one public body or employer
        self.native_body = re.compile(
            rf"(?P<words>(?:[ \t]+[^\s{_NOT_NAME_CHARS}]+){{0,3}}?)[ \t]+(?P<head>{heads})"
            rf"(?P<ending>{_CASE_ENDING.pattern})(?![{WORD}])"
        )
        # "সোনালী ব্যাংক পিএলসির", "Sonali Bank PLC": a known employer and its company suffix
        self.company_suffix = re.compile(
            rf"[ \t]+(?P<suffix>PLC|Plc|Ltd\.?|Limited|Pvt\.?[ \t]+Ltd\.?|পিএলসি|লিমিটেড|লিঃ)"
            rf"(?P<ending>{_CASE_ENDING.pattern})(?![{WORD}])"
        )
        self.generic = set(gaz.org_generic_words)
        self.bn_generic = {_nfc(w) for w in gaz.org_generic_words if not w.isascii()}
        self.bn_org_words = {_nfc(w) for w in gaz.org_suffixes if not w.isascii()}

    def extract(self, dv: DocView) -> list[Candidate]:
        out: list[Candidate] = []
        plain: list[Candidate] = []  # gazetteer places written with no case ending
        for unit in dv.live_units():
            for m in self.matcher.finditer(dv.text, unit.start, unit.end):
                rs, re_ = dv.raw_span(m.start, m.end)
                fields = {"name": dv.doc.raw[rs:re_], "normalized": m.key}
                cand = Candidate(self.kind[m.key], m.start, m.full_end, fields, 0.85)
                if cand.type == "organization" and (
                    sfx := self.company_suffix.match(dv.text, m.end, unit.end)
                ):
                    cand.end = sfx.end()
                    rs, re_ = dv.raw_span(m.start, sfx.start("ending"))
                    cand.fields = {"name": dv.doc.raw[rs:re_], "normalized": None}
                elif m.full_end == m.end and cand.type == "location":
                    plain.append(cand)
                out.append(cand)
        bodies = self._native_bodies(dv, plain, out)
        out = [c for c in out if not any(b.start <= c.start and c.end <= b.end for b in bodies)]
        out += bodies
        suffixed = self._suffixed(dv, out)
        # "West Bengal Nursing Council": a place inside an employer's name is no location
        out = [
            c for c in out if not any(o.start <= c.start and c.end <= o.end for o in suffixed)
        ] + suffixed
        return out + self._tagged(dv, out)

    def _native_bodies(
        self, dv: DocView, places: list[Candidate], known: list[Candidate]
    ) -> list[Candidate]:
        """ "बिहार नर्सिंग काउंसिल", "ঢাকা শিশু হাসপাতাল": a place, up to three words that are
        not particles, and an institution word, in Devanagari or Bengali script."""
        out: list[Candidate] = []
        for place in places:
            m = self.native_body.match(dv.text, place.end)
            if m is None or dv.text[place.start : place.end].isascii():
                continue
            words = m.group("words").split()
            if any(w in _PARTICLES for w in words):
                continue
            end = m.end()
            if any(c.start < end and place.end < c.end for c in known if c is not place):
                continue  # the head is already part of a known employer
            rs, re_ = dv.raw_span(place.start, m.start("ending"))
            fields = {"name": dv.doc.raw[rs:re_], "normalized": None}
            out.append(Candidate("organization", place.start, end, fields, 0.6))
        return out

    def _suffixed(self, dv: DocView, known: list[Candidate]) -> list[Candidate]:
        """ "Sundarban Technologies Pvt. Ltd.": a capitalised name ending in a corporate word."""
        out: list[Candidate] = []
        for unit in dv.live_units():
            for m in self.named_org.finditer(dv.text, unit.start, unit.end):
                words = list(re.finditer(r"\S+", m.group("name")))
                while words and words[0].group() in self.generic:
                    words.pop(0)
                if not words:
                    continue
                start = m.start("name") + words[0].start()
                end = m.end()
                if dv.text[end - 1] == "." and not m.group().endswith(("Ltd.", "Pvt.")):
                    end -= 1
                # a place inside the name makes it one public body ("Bihar Staff Selection
                # Commission"): the place, and a shorter employer inside, give way to it
                inside = [c for c in known if start <= c.start and c.end <= end]
                if not any(c.type == "location" for c in inside):
                    inside = []
                if any(c.start < end and start < c.end for c in known + out if c not in inside):
                    continue
                rs, re_ = dv.raw_span(start, end)
                fields = {"name": dv.doc.raw[rs:re_], "normalized": None}
                out.append(Candidate("organization", start, end, fields, 0.6))
        return out

    def _tagged(self, dv: DocView, known: list[Candidate]) -> list[Candidate]:
        """Spans of B-/I- tags from the tagging stage, where the gazetteer found nothing."""
        out: list[Candidate] = []
        for sentence in dv.doc.sentences:
            if sentence.boilerplate:
                continue
            span: list = []
            for tok in [*sentence.tokens, None]:
                tag = (tok.ner or "O") if tok is not None else "O"
                label = tag[2:] if tag[:2] in ("B-", "I-") else ""
                if span and (tag.startswith("B-") or label != span[0][1] or not label):
                    out.extend(self._ner_fact(dv, span, known))
                    span = []
                if label in _NER_TYPES:
                    span.append((tok, label))
        return out

    def name_span(self, tokens: list, type_: str) -> tuple[list, str] | None:
        """The tokens of a tagged span that make a name, and its fact type; None when the
        span shows no sign of a name.

        The Bengali NER model tags common career words as places and employers, and its
        POS tagger rarely says PROPN (its commonest error is PROPN tagged NOUN), so a span
        needs one of two signs: a word tagged PROPN, or (an employer) a last word of the
        gazetteer's Bengali `org_suffixes` after at least one word that is not in its
        `org_generic_words` ("মেঘনা পেট্রোলিয়াম লিমিটেড" but not "সরকারি হাসপাতালে").
        """
        while tokens and tokens[0].upos not in _NAME_UPOS:
            tokens = tokens[1:]
        while tokens and tokens[-1].upos not in _NAME_UPOS:
            tokens = tokens[:-1]
        if not tokens or _COMMON_ENDING.search(tokens[-1].text):
            return None
        if any(t.upos not in _NAME_UPOS for t in tokens):
            return None  # "সরকারি ও বেসরকারি হাসপাতালে": two phrases, not one name
        if any(t.upos == "PROPN" for t in tokens):
            return tokens, type_
        while tokens and _nfc(tokens[0].text) in self.bn_generic:
            tokens = tokens[1:]
        if len(tokens) >= 2 and self._org_word(tokens[-1].text):
            return tokens, "organization"
        return None

    def _org_word(self, word: str) -> bool:
        word = _nfc(word)
        return any(
            word.startswith(w) and _CASE_ENDING.fullmatch(word[len(w) :]) for w in self.bn_org_words
        )

    def _ner_fact(self, dv: DocView, span: list, known: list[Candidate]) -> list[Candidate]:
        named = self.name_span([tok for tok, _ in span], _NER_TYPES[span[0][1]])
        if named is None:
            return []
        tokens, type_ = named
        rs, re_ = tokens[0].start, tokens[-1].end
        if _LATIN.search(dv.doc.raw[rs:re_]):
            return []  # the taggers read native script; on romanised text their tags are noise
        vs = dv.view.from_norm(dv.norm.to_norm(rs))
        ve = dv.view.from_norm(dv.norm.to_norm(re_))
        if any(c.start < ve and vs < c.end for c in known) or ve <= vs:
            return []
        lo, hi = max(0, vs - 40), min(len(dv.text), ve + 40)
        if any(
            f.start < ve and vs < f.full_end
            for m in self.not_names
            for f in m.find_all(dv.text, lo, hi)
        ):
            return []  # a job, a paper or a skill ("কল সেন্টার এজেন্ট" tagged from its 2nd word)
        fields = {"name": dv.doc.raw[rs:re_], "normalized": None}
        return [Candidate(type_, vs, ve, fields, 0.5)]
