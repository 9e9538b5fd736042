"""Romanise Hindi and Bengali words the way people type them in chats and job posts.

Not scholarly transliteration: "नौकरी" → naukri, "काम" → kaam/kam, "করতে" → korte/karte,
"টাকা" → taka. Each word yields a few spellings, chosen deterministically (a seeded
RNG keyed by the word), so `career-pipeline train lid` always builds the same data.
"""

from __future__ import annotations

import itertools
import random
import zlib
from dataclasses import dataclass

# Each table maps one native character to its typed spellings, most common first.
_HI_CONS = {
    "क": ["k"], "ख": ["kh"], "ग": ["g"], "घ": ["gh"], "ङ": ["n"],
    "च": ["ch", "c"], "छ": ["chh", "ch"], "ज": ["j"], "झ": ["jh"], "ञ": ["n"],
    "ट": ["t"], "ठ": ["th"], "ड": ["d"], "ढ": ["dh"], "ण": ["n"],
    "त": ["t"], "थ": ["th"], "द": ["d"], "ध": ["dh"], "न": ["n"],
    "प": ["p"], "फ": ["ph", "f"], "ब": ["b"], "भ": ["bh"], "म": ["m"],
    "य": ["y"], "र": ["r"], "ल": ["l"], "व": ["v", "w"], "श": ["sh"], "ष": ["sh"],
    "स": ["s"], "ह": ["h"], "ळ": ["l"],
    "क़": ["q", "k"], "ख़": ["kh"], "ग़": ["g"], "ज़": ["z", "j"], "ड़": ["r", "d"],
    "ढ़": ["rh", "dh"], "फ़": ["f", "ph"], "य़": ["y"],
}  # fmt: skip
_HI_NUKTA = {"क": "क़", "ख": "ख़", "ग": "ग़", "ज": "ज़", "ड": "ड़", "ढ": "ढ़", "फ": "फ़", "य": "य़"}
_HI_VOWELS = {  # independent vowel, vowel sign: spellings
    "अ": ["a"], "आ": ["aa", "a"], "इ": ["i"], "ई": ["ee", "i"], "उ": ["u"], "ऊ": ["oo", "u"],
    "ऋ": ["ri"], "ए": ["e"], "ऐ": ["ai", "e"], "ओ": ["o"], "औ": ["au", "ou"], "ऑ": ["o"],
    "ा": ["aa", "a"], "ि": ["i"], "ी": ["i", "ee"], "ु": ["u"], "ू": ["u", "oo"],
    "ृ": ["ri"], "े": ["e"], "ै": ["ai", "e"], "ो": ["o"], "ौ": ["au", "ou"], "ॉ": ["o"],
}  # fmt: skip

_BN_CONS = {
    "ক": ["k"], "খ": ["kh"], "গ": ["g"], "ঘ": ["gh"], "ঙ": ["ng"],
    "চ": ["ch", "c"], "ছ": ["ch", "chh"], "জ": ["j"], "ঝ": ["jh"], "ঞ": ["n"],
    "ট": ["t"], "ঠ": ["th"], "ড": ["d"], "ঢ": ["dh"], "ণ": ["n"],
    "ত": ["t"], "থ": ["th"], "দ": ["d"], "ধ": ["dh"], "ন": ["n"],
    "প": ["p"], "ফ": ["f", "ph"], "ব": ["b"], "ভ": ["bh", "v"], "ম": ["m"],
    "য": ["j", "z"], "র": ["r"], "ল": ["l"], "শ": ["sh", "s"], "ষ": ["sh", "s"],
    "স": ["s", "sh"], "হ": ["h"], "ড়": ["r"], "ঢ়": ["rh"], "য়": ["y"], "ৎ": ["t"],
}  # fmt: skip
_BN_NUKTA = {"ড": "ড়", "ঢ": "ঢ়", "য": "য়"}
_BN_VOWELS = {
    "অ": ["o", "a"], "আ": ["a"], "ই": ["i"], "ঈ": ["i", "ee"], "উ": ["u"], "ঊ": ["u", "oo"],
    "ঋ": ["ri"], "এ": ["e"], "ঐ": ["oi"], "ও": ["o"], "ঔ": ["ou"],
    "া": ["a"], "ি": ["i"], "ী": ["i", "ee"], "ু": ["u"], "ূ": ["u", "oo"], "ৃ": ["ri"],
    "ে": ["e"], "ৈ": ["oi"], "ো": ["o"], "ৌ": ["ou"],
}  # fmt: skip


@dataclass(frozen=True)
class _Script:
    cons: dict[str, list[str]]
    nukta_map: dict[str, str]
    vowels: dict[str, list[str]]
    inherent: list[str]  # how the unwritten vowel after a consonant is typed
    virama: str
    nukta: str
    anusvara: str
    chandrabindu: str
    visarga: str
    signs: frozenset[str]  # dependent vowel signs (they replace the inherent vowel)


HINDI = _Script(
    _HI_CONS, _HI_NUKTA, _HI_VOWELS, ["a"], "\u094d", "\u093c", "\u0902", "\u0901", "\u0903",
    frozenset("ािीुूृेैोौॉ"),
)  # fmt: skip
BENGALI = _Script(
    _BN_CONS, _BN_NUKTA, _BN_VOWELS, ["o", "a"], "\u09cd", "\u09bc", "\u0982", "\u0981", "\u0983",
    frozenset("ািীুূৃেৈোৌ"),
)  # fmt: skip

# A unit is (kind, spellings): C consonant, V vowel, S inherent vowel, N nasal, H visarga.
_Unit = tuple[str, list[str]]


def _units(word: str, sc: _Script) -> list[_Unit] | None:
    units: list[_Unit] = []
    for ch in word:
        if ch in sc.cons:
            units.append(("C", sc.cons[ch]))
            units.append(("S", sc.inherent))
        elif ch == sc.nukta:
            if len(units) >= 2 and units[-2][0] == "C":
                base = next((k for k, v in sc.cons.items() if v is units[-2][1]), "")
                nk = sc.nukta_map.get(base)
                if nk:
                    units[-2] = ("C", sc.cons[nk])
        elif ch in sc.signs:
            if units and units[-1][0] == "S":
                units.pop()
            units.append(("V", sc.vowels[ch]))
        elif ch in sc.vowels:
            units.append(("V", sc.vowels[ch]))
        elif ch == sc.virama:
            if units and units[-1][0] == "S":
                units.pop()
        elif ch in (sc.anusvara, sc.chandrabindu):
            units.append(("N", ["n"]))
        elif ch == sc.visarga:
            units.append(("H", ["h"]))
        elif ch in "\u200c\u200d":
            continue
        else:
            return None  # digits, punctuation or another script: not a word to romanise
    return units


def _drop_schwas(units: list[_Unit]) -> list[_Unit]:
    """Schwa deletion: drop a final inherent vowel and one in V C _ C V, scanning right to left."""
    vowels = sum(1 for k, _ in units if k in "VS")
    out = list(units)
    i = len(out) - 1
    while i >= 0:
        if out[i][0] == "S":
            tail = all(k in "NH" for k, _ in out[i + 1 :])
            if tail and vowels > 1 and i > 0:
                # keep it after a cluster ("अन्य" → anya); drop it otherwise ("काम" → kaam)
                if not (i >= 2 and out[i - 2][0] == "C"):
                    out[i] = ("S", [""])
            elif (
                i >= 2
                and i + 2 < len(out)
                and out[i - 1][0] == "C"
                and out[i - 2][0] in "VS"
                and out[i - 2][1] != [""]
                and out[i + 1][0] == "C"
                and out[i + 2][0] in "VS"
                and out[i + 2][1] != [""]
            ):
                out[i] = ("S", [""])
        i -= 1
    return [u for u in out if u[1] != [""]]


def _nasal(units: list[_Unit], i: int, bengali: bool) -> list[str]:
    """Anusvara is typed n (m before p/b/m), ng in Bengali, and often dropped word-finally."""
    if bengali:
        return ["ng"]
    nxt = units[i + 1][1][0] if i + 1 < len(units) else ""
    if not nxt:
        return ["n", ""]
    return ["m", "n"] if nxt[:1] in ("p", "b", "m") else ["n"]


_LONG_SHORT = [{"aa", "a"}, {"ee", "i"}, {"oo", "u"}]


def _choices(units: list[_Unit], bengali: bool) -> list[list[str]]:
    out = []
    for i, (kind, spell) in enumerate(units):
        if kind == "N":
            spell = _nasal(units, i, bengali)
        out.append(spell)
    # a word-final long vowel is usually typed short: "naukri", "hua", "tha"
    if out and units[-1][0] == "V" and set(out[-1]) in _LONG_SHORT:
        out[-1] = sorted(out[-1], key=len)
    # final nasalised e / ai: "में" → mein/me, "मैं" → main/mai
    if not bengali and len(units) >= 2 and units[-1][0] == "N" and units[-2][0] == "V":
        if out[-2][0] == "e":
            out[-2] = ["ei", "e"]
        elif out[-2][0] == "ai":
            out[-2] = ["ai", "e"]
    return out


def _shortcuts(s: str) -> set[str]:
    """Chat shortcuts: "bahut" → "bhut", "nahi" → "nhi" (a vowel before h dropped)."""
    out = set()
    for i in range(1, len(s) - 2):
        if s[i] == "a" and s[i + 1] == "h" and s[i - 1] not in "aeiou" and s[i + 2] in "aeiou":
            out.add(s[:i] + s[i + 1 :])
            break
    return out


def romanise(word: str, lang: str, n: int = 3) -> list[str]:
    """Up to ``n`` typed spellings of a native-script word ('hi' or 'bn'), canonical first."""
    sc = HINDI if lang == "hi" else BENGALI
    units = _units(word, sc)
    if not units:
        return []
    units = _drop_schwas(units)
    choices = _choices(units, bengali=lang == "bn")
    canonical = "".join(c[0] for c in choices)
    forms = [canonical]
    seen = {canonical}
    rng = random.Random(zlib.crc32(word.encode("utf-8")))
    combos = 1
    for c in choices:
        combos *= len(c)
    if combos <= 8:
        candidates = ["".join(p) for p in itertools.product(*choices)]
        rng.shuffle(candidates)
    else:
        candidates = ["".join(rng.choice(c) for c in choices) for _ in range(8)]
    if lang == "hi":
        candidates += sorted(_shortcuts(canonical))
    for cand in candidates:
        if len(forms) >= n:
            break
        if cand and cand not in seen:
            seen.add(cand)
            forms.append(cand)
    return forms
