"""Closed-class post-correction applied after stanza, backed by a lexicon.

A neural tagger trained on a few thousand sentences still mislabels frequent function
words it has seen hundreds of times, and numerals or punctuation it has never seen in
that script. The lexicon is learned from the *training* split only: a word form whose
training tag is a closed class (ADP, AUX, CCONJ, SCONJ, PART, PRON, DET) with a very
consistent label is forced to that label; for Hindi, forms that the UD v2 training
slice (PUD) labels consistently are forced too, whatever the class, because HDTB v1,
most of the training data, follows other conventions. Digits and punctuation are
decided from the characters. Hindi also gets two PUD conventions that depend on
context: `के` has the lemma `के` before a postposition (`के लिए`) and `का` otherwise,
and a form of `है`/`था` is AUX after a verb or an adjective but the main VERB
(lemma `हैना`/`थाना`) after a noun, pronoun, postposition or particle. A Hindi word the
tagger calls PROPN but never saw in training becomes NOUN when it sounds like an English
common word (`pipeline.tagging.names`): PUD tags English loans such as स्कैंडल NOUN.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pipeline.tagging.names import EnglishWords

CLOSED_CLASSES = frozenset({"ADP", "AUX", "CCONJ", "SCONJ", "PART", "PRON", "DET"})
BE_LEMMA = {"है": "है", "हैं": "है", "था": "था", "थे": "था", "थी": "था", "थीं": "था"}
BE_MAIN_VERB_AFTER = frozenset({"NOUN", "PROPN", "PRON", "ADP", "PART", "NUM", "DET"})
NUMBER_RE = re.compile(r"^[0-9०-९০-৯]+(?:[.,:/-][0-9०-९০-৯]+)*$")


def is_number(word: str) -> bool:
    return bool(NUMBER_RE.match(word))


def is_punctuation(word: str) -> bool:
    return bool(word) and all(unicodedata.category(ch).startswith("P") or ch in "।॥" for ch in word)


@dataclass
class Lexicon:
    """form -> UPOS forced after stanza, for forms the training data labels consistently.

    Hindi's also lists every training form (`known`) and names an English word list next
    to it (`loanwords`): an unknown word tagged PROPN that sounds like an English common
    word is a loan noun, not a name.
    """

    upos: dict[str, str] = field(default_factory=dict)
    known: frozenset[str] = frozenset()
    loanwords: str | None = None  # file name, in the lexicon's folder
    english: EnglishWords | None = field(default=None, compare=False, repr=False)

    def is_english_loan(self, word: str) -> bool:
        """An unknown word that sounds like an English common word (and like no name)."""
        if self.english is None or word in self.known or word in self.upos:
            return False
        return self.english.is_common_word(word)

    @classmethod
    def learn(
        cls,
        pairs: Iterable[tuple[str, str]],
        min_count: int = 5,
        min_share: float = 0.97,
        classes: frozenset[str] | None = CLOSED_CLASSES,
    ) -> Lexicon:
        """Forms seen >= min_count times with one label >= min_share of the time
        (only labels in `classes`; None means any)."""
        counts: dict[str, Counter] = defaultdict(Counter)
        for form, upos in pairs:
            counts[form][upos] += 1
        lex = {}
        for form, c in counts.items():
            label, n = c.most_common(1)[0]
            total = sum(c.values())
            wanted = classes is None or label in classes
            if wanted and total >= min_count and n / total >= min_share:
                lex[form] = label
        return cls(dict(sorted(lex.items())))

    def updated(self, other: Lexicon) -> Lexicon:
        """This lexicon with `other`'s entries taking precedence (`upos` only)."""
        return Lexicon(dict(sorted((self.upos | other.upos).items())))

    def save(self, path: Path) -> None:
        data: dict = {"upos": self.upos}
        if self.known:
            data["known"] = sorted(self.known)
        if self.loanwords:
            data["loanwords"] = self.loanwords
        path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        data = json.loads(path.read_text(encoding="utf-8"))
        loanwords = data.get("loanwords")
        english = EnglishWords.load(path.parent / loanwords) if loanwords else None
        return cls(data["upos"], frozenset(data.get("known", ())), loanwords, english)


def correct(
    lang: str,
    words: list[str],
    upos: list[str],
    lemmas: list[str | None],
    lexicon: Lexicon | None,
) -> tuple[list[str], list[str | None]]:
    """Return corrected (upos, lemmas) for one sentence; inputs are not modified."""
    upos, lemmas = list(upos), list(lemmas)
    for i, w in enumerate(words):
        if is_number(w):
            upos[i] = "NUM"
            if lemmas[i] is not None:
                lemmas[i] = w
        elif is_punctuation(w):
            upos[i] = "PUNCT"
            if lemmas[i] is not None:
                lemmas[i] = w
        elif lexicon is not None and w in lexicon.upos:
            upos[i] = lexicon.upos[w]
    if lang == "hi":
        for i, w in enumerate(words):
            if upos[i] == "PROPN" and lexicon is not None and lexicon.is_english_loan(w):
                upos[i] = "NOUN"
            if w == "के" and upos[i] == "ADP" and lemmas[i] is not None:
                before_postposition = i + 1 < len(words) and upos[i + 1] == "ADP"
                lemmas[i] = "के" if before_postposition else "का"
        if lemmas and lemmas[0] is not None:
            be_forms(words, upos, lemmas)
    return upos, lemmas


def be_forms(words: list[str], upos: list[str], lemmas: list[str]) -> None:
    """PUD's है/था: AUX after a verb or adjective, main VERB after a nominal (in place)."""
    for i, w in enumerate(words):
        if w in BE_LEMMA and i > 0:
            prev = upos[i - 1]
            if prev in ("VERB", "AUX", "ADJ"):
                upos[i], lemmas[i] = "AUX", BE_LEMMA[w]
            elif prev in BE_MAIN_VERB_AFTER:
                upos[i], lemmas[i] = "VERB", BE_LEMMA[w] + "ना"


@dataclass
class Gazetteer:
    """Entity strings of the NER training split, tagged where the model saw nothing.

    A token sequence is listed when the training data marks it as one entity type in at
    least `min_share` of the places it occurs. It only fills spans the model left all O,
    longest match first, so it never overrides a prediction.
    """

    entries: dict[str, str] = field(default_factory=dict)  # "w1 w2" -> PER/LOC/ORG

    @classmethod
    def learn(
        cls,
        sentences: list[list[tuple[str, str]]],
        min_count: int = 1,
        min_share: float = 0.5,
        types: frozenset[str] = frozenset({"PER", "LOC", "ORG"}),
    ) -> Gazetteer:
        from pipeline.tagging.evaluate import entities

        typed: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        for s in sentences:
            words = [w for w, _ in s]
            for a, b, ty in entities([t for _, t in s]):
                typed[tuple(words[a:b])][ty] += 1
        longest = max(map(len, typed), default=0)
        seen: Counter = Counter()
        for s in sentences:
            words = [w for w, _ in s]
            for i in range(len(words)):
                for n in range(1, min(longest, len(words) - i) + 1):
                    key = tuple(words[i : i + n])
                    if key in typed:
                        seen[key] += 1
        entries = {}
        for key, c in typed.items():
            ty, n = c.most_common(1)[0]
            if ty in types and n >= min_count and n / seen[key] >= min_share:
                entries[" ".join(key)] = ty
        return cls(dict(sorted(entries.items())))

    @cached_property
    def longest(self) -> int:
        """Words in the longest entry (computed once: `apply` runs for every sentence)."""
        return max((k.count(" ") + 1 for k in self.entries), default=0)

    def apply(self, words: list[str], tags: list[str | None]) -> list[str | None]:
        tags = list(tags)
        longest = self.longest
        i = 0
        while i < len(words):
            step = 1
            for n in range(min(longest, len(words) - i), 0, -1):
                ty = self.entries.get(" ".join(words[i : i + n]))
                if ty and all(t in (None, "O") for t in tags[i : i + n]):
                    tags[i : i + n] = ["B-" + ty] + ["I-" + ty] * (n - 1)
                    step = n
                    break
            i += step
        return tags

    def save(self, path: Path) -> None:
        path.write_text(
            json.dumps({"entities": self.entries}, ensure_ascii=False, indent=0) + "\n",
            encoding="utf-8",
        )

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        return cls(json.loads(path.read_text(encoding="utf-8"))["entities"])
