"""Is an unseen Devanagari word an English common noun written in Hindi letters?

The Hindi tagger calls most words it never saw in training PROPN: foreign names are the
commonest unseen words in news text. But Hindi PUD also writes English common words in
Devanagari (कॉर्पोरेशन, स्कैंडल, हॉस्पिटल्स) and tags them NOUN. Such a word sounds like an
English word, so we compare sounds: the Devanagari word and each English word become a
consonant skeleton (क/ख/c/k -> K, त/ट/थ/t -> T ...) with the vowels written between the
consonants, and two words match when every consonant agrees and every vowel slot is one
an English spelling could give (ॉ for o/a, े/ै for e/a, an unwritten vowel for a schwa).

English words come from a spelling list (SCOWL, Debian's wamerican) where names are
capitalised: a word that also sounds like an English *name* (विलियम ~ William) is left
alone, since the evidence then points both ways. Figures: `hindi_postcorrection` in
pipeline/tagging/build.py.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# Devanagari consonant -> sound class (aspiration and retroflexion do not matter here)
HINDI_CONSONANTS = {
    "क": "K", "ख": "K", "क़": "K", "ख़": "K", "ग": "G", "घ": "G", "ग़": "G",
    "च": "C", "छ": "C", "ज": "J", "झ": "J", "ज़": "J",
    "ट": "T", "ठ": "T", "त": "T", "थ": "T", "ड": "D", "ढ": "D", "द": "D", "ध": "D",
    "ड़": "R", "ढ़": "R", "ण": "N", "न": "N", "ङ": "N", "ञ": "N",
    "प": "P", "फ": "F", "फ़": "F", "ब": "B", "भ": "B", "म": "M",
    "य": "Y", "र": "R", "ल": "L", "ळ": "L", "व": "V", "श": "X", "ष": "X", "स": "S", "ह": "H",
}  # fmt: skip
# vowel signs and independent vowels -> vowel class
HINDI_VOWELS = {
    "ा": "A", "ि": "I", "ी": "I", "ु": "U", "ू": "U", "े": "E", "ै": "E", "ॅ": "E",
    "ो": "O", "ौ": "O", "ॉ": "O",
    "अ": "A", "आ": "A", "इ": "I", "ई": "I", "उ": "U", "ऊ": "U", "ए": "E", "ऐ": "E", "ऍ": "E",
    "ओ": "O", "औ": "O", "ऑ": "O",
}  # fmt: skip
# the English vowel letters each Hindi vowel class may stand for
VOWEL_LETTERS = {"A": set("aou"), "I": set("iey"), "U": set("uo"), "E": set("ae"), "O": set("oau")}
# English vowel pairs Hindi often writes with no vowel sign (a schwa): -ous, -ion, -ea-
SCHWA_PAIRS = frozenset({"ou", "io", "ea", "ai", "ia", "ue", "ie"})
LABIALS = frozenset("PFBM")  # an anusvara before these is M (कंप्यूटर), otherwise N
VIRAMA, NUKTA, ANUSVARA = "\u094d", "\u093c", "\u0902"
ENGLISH_CONSONANTS = {
    "b": "B", "d": "D", "f": "F", "j": "J", "k": "K", "l": "L", "m": "M", "n": "N",
    "p": "P", "q": "K", "r": "R", "t": "T", "z": "J", "v": "V", "w": "V",
}  # fmt: skip
# two English letters that are one sound: (letters, the consonant classes Hindi may write)
ENGLISH_GROUPS = (
    ("ph", ("F",)), ("ck", ("K",)), ("sh", ("X",)), ("ch", ("C", "K")), ("th", ("T", "D")),
    ("wh", ("V",)),
)  # fmt: skip
MIN_ENGLISH_LETTERS = 4  # shorter English words match too many short foreign names
MAX_SKELETONS = 64  # per English word (each s, ch, th ... doubles them)

# (consonant class, vowel classes after it); an English word has alternatives per consonant
Sounds = tuple[str, list[tuple[str, str]]]
EnglishSounds = tuple[str, list[tuple[tuple[str, ...], str]]]


def hindi_sounds(word: str) -> Sounds | None:
    """(leading vowels, [(consonant, vowels after it)]); None if not all Devanagari."""
    chars: list[str] = []
    for ch in unicodedata.normalize("NFD", word):  # nukta letters become letter + nukta
        if ch == NUKTA and chars:
            chars[-1] = unicodedata.normalize("NFC", chars[-1] + NUKTA)
        else:
            chars.append(ch)
    lead, cons = "", []
    after_virama = False
    for i, ch in enumerate(chars):
        if ch in HINDI_CONSONANTS:
            k = HINDI_CONSONANTS[ch]
            glide = k == "Y" and (after_virama or (i > 0 and chars[i - 1] in "िीइई"))
            doubled = after_virama and cons and cons[-1][0] == k
            if not glide and not doubled:  # क्य / -ियम: a glide English does not write
                cons.append([k, ""])
            after_virama = False
        elif ch == VIRAMA:
            after_virama = True
        elif ch == ANUSVARA:
            nxt = next((HINDI_CONSONANTS[c] for c in chars[i + 1 :] if c in HINDI_CONSONANTS), "")
            cons.append(["M" if nxt in LABIALS else "N", ""])
        elif ch in ("ृ", "ऋ"):
            cons.append(["R", "I"])
        elif ch in HINDI_VOWELS:
            if cons:
                cons[-1][1] += HINDI_VOWELS[ch]
            else:
                lead += HINDI_VOWELS[ch]
        elif ch not in ("\u0901", "\u0903"):  # candrabindu, visarga: no sound class
            return None
    return lead, [(k, v) for k, v in cons]


def english_sounds(word: str) -> EnglishSounds:
    """(leading vowel letters, [(consonant alternatives, vowel letters after it)])."""
    w = word.lower()
    lead, cons = "", []

    def vowel(letter: str) -> None:
        nonlocal lead
        if cons:
            cons[-1][1] += letter
        else:
            lead += letter

    def consonant(alternatives: tuple[str, ...]) -> None:
        if not (cons and not cons[-1][1] and cons[-1][0] == alternatives):  # doubled letter
            cons.append([alternatives, ""])

    i = 0
    while i < len(w):
        rest, c = w[i:], w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        group = next(((g, alt) for g, alt in ENGLISH_GROUPS if rest.startswith(g)), None)
        suffix = next((s for s in ("ssion", "tion", "sion") if rest.startswith(s)), None)
        if suffix is not None:  # -शन
            consonant(("X",))
            vowel("a")
            consonant(("N",))
            i += len(suffix)
        elif group is not None:
            consonant(group[1])
            i += 2
        elif rest.startswith("gh"):  # silent in night, fight; G at the start
            if i == 0:
                consonant(("G",))
            i += 2
        elif rest.startswith("qu"):
            consonant(("K",))
            consonant(("V",))
            i += 2
        elif i == 0 and rest.startswith(("kn", "wr")):  # silent first letter
            i += 1
        elif c == "y" and (i == 0 or (nxt and nxt in "aeiou")):
            consonant(("Y",))
            i += 1
        elif c == "w" and i > 0 and w[i - 1] in "aeo" and nxt not in tuple("aeiou"):
            vowel("u")  # law, new
            i += 1
        elif c in "aeiouy":
            vowel("i" if c == "y" else c)
            i += 1
        else:
            if c == "c":
                consonant(("S",) if nxt and nxt in "eiy" else ("K",))
            elif c == "g":
                consonant(("G", "J") if nxt and nxt in "eiy" else ("G",))
            elif c == "s":
                consonant(("S", "J"))  # Hindi writes z-like s with ज/ज़
            elif c == "x":
                consonant(("K",))
                consonant(("S",))
            elif c == "h":
                between = i > 0 and w[i - 1] in "aeiou" and nxt not in tuple("aeiou")
                if not between:  # silent in "oh", "yeah"
                    consonant(("H",))
            elif c in ENGLISH_CONSONANTS:
                consonant((ENGLISH_CONSONANTS[c],))
            i += 1
    return lead, [(k, v) for k, v in cons]


def vowels_agree(hindi: str, english: str) -> bool:
    """Could an English spelling with vowel letters `english` be written with `hindi`?"""
    if not hindi:  # no vowel sign: a schwa or nothing
        return len(english) <= 1 or english in SCHWA_PAIRS
    if not english:
        return False
    if hindi == "AI":  # नाइट, फ्राइड
        return "i" in english or "y" in english
    return any(VOWEL_LETTERS[v] & set(english) for v in hindi if v in VOWEL_LETTERS)


def sounds_alike(hindi: Sounds, english: EnglishSounds) -> bool:
    (h_lead, h_cons), (e_lead, e_cons) = hindi, english
    if len(h_cons) != len(e_cons) or bool(h_lead) != bool(e_lead):
        return False
    if h_lead and not vowels_agree(h_lead, e_lead):
        return False
    return all(
        k in alternatives and vowels_agree(hv, ev)
        for (k, hv), (alternatives, ev) in zip(h_cons, e_cons, strict=True)
    )


def skeletons(word: str) -> tuple[str, ...]:
    """Consonant skeletons an English word may be written with ("ch": C or K)."""
    alternatives = (alt for alt, _ in english_sounds(word)[1])
    return tuple(
        "".join(s) for s in itertools.islice(itertools.product(*alternatives), MAX_SKELETONS)
    )


@dataclass
class EnglishWords:
    """English words with their consonant skeletons; names are the capitalised words.

    The skeletons are computed when the list is built and shipped with it, so a lookup
    reads one small bucket of words instead of sounding out all ~70k at load time.
    """

    skeletons: dict[str, tuple[str, ...]] = field(default_factory=dict)  # word -> skeletons

    @classmethod
    def from_word_list(cls, lines: list[str]) -> EnglishWords:
        """A spelling list's letters-only words of MIN_ENGLISH_LETTERS or more."""
        words = {w for w in lines if re.fullmatch(r"[A-Za-z]+", w)}
        return cls({w: skeletons(w) for w in sorted(words) if len(w) >= MIN_ENGLISH_LETTERS})

    def save(self, path: Path, notice: str = "") -> None:
        lines = [f"# {line}" for line in notice.splitlines()]
        lines += [f"{w}\t{' '.join(sk)}" for w, sk in self.skeletons.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> EnglishWords:
        rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
        return cls({r[0]: tuple(r[1].split()) for r in rows if len(r) == 2})

    def __post_init__(self) -> None:
        self._index: dict[bool, dict[str, list[str]]] = {}

    def _table(self, names: bool) -> dict[str, list[str]]:
        if names not in self._index:
            table = defaultdict(list)
            for w, sks in self.skeletons.items():
                if w.islower() != names:
                    for sk in sks:
                        table[sk].append(w)
            self._index[names] = dict(table)
        return self._index[names]

    def matches(self, word: str, names: bool = False) -> list[str]:
        """English words (or names) that `word`, in Devanagari, may be a spelling of."""
        hindi = hindi_sounds(word)
        if hindi is None or not hindi[1]:
            return []
        bucket = self._table(names).get("".join(k for k, _ in hindi[1]), [])
        return [w for w in bucket if sounds_alike(hindi, english_sounds(w))]

    def is_common_word(self, word: str) -> bool:
        """Sounds like an English common word and like no English name (other than one
        that is also a common word: North ~ north)."""
        common = self.matches(word)
        if not common:
            return False
        lower = set(common)
        return not any(n.lower() not in lower for n in self.matches(word, names=True))
