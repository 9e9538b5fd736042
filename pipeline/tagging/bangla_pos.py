"""Bengali POS data: NLTK's `bangla.pos` (IIIT/ILPOS tags, `word_TAG`) as UPOS CoNLL-U.

The IIIT tag is kept as XPOS; UPOS comes from `IIIT_TO_UPOS` plus a few word- or
context-dependent choices (marked "choice" below; each is a convention, not a fact).
Two data fixes matter for real text (see ../shared/notes/stanza-offline.md):
the corpus writes the danda as U+09F7 (৷, a currency numerator), real text uses U+0964
(।); and it has only ASCII digits, so every other sentence gets Bengali digits.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.tagging.conllu import Sentence

IIIT_TO_UPOS: dict[str, str | None] = {
    "NN": "NOUN",
    "NNC": "NOUN",
    "NNP": "PROPN",
    "NNPC": "PROPN",
    "NST": "ADP",  # choice: মধ্যে, কাছে, পরে after a genitive act as postpositions
    "PRP": "PRON",
    "PPR": "PRON",
    "DEM": "DET",  # choice: PRON when no nominal follows (see upos_of)
    "VM": "VERB",
    "VAUX": "AUX",
    "JJ": "ADJ",
    "RB": "ADV",
    "INTF": "ADV",
    "PSP": "ADP",
    "CC": "CCONJ",  # choice: subordinators in SCONJ_WORDS become SCONJ
    "RP": "PART",
    "NEG": "PART",
    "CL": "PART",
    "QC": "NUM",
    "QO": "ADJ",  # ordinals are ADJ in UD
    "QF": "DET",  # choice: কিছু, সব, অনেক
    "WQ": "PRON",  # choice: ADV/DET for the words in WQ_ADV / WQ_DET
    "INJ": "INTJ",
    "UT": "SCONJ",  # choice: quotative বলে
    "SYM": "PUNCT",  # SYM when not punctuation
    "BM": "X",
    "UNK": "X",
    "XC": None,  # first part of a compound: takes the next token's UPOS
    "RDP": None,  # reduplication: takes the previous token's UPOS
    "ECH": None,  # echo word: same
}
SCONJ_WORDS = {"যদি", "যে", "যেন", "কারণ", "কেননা", "যেহেতু", "যেমন", "যদিও"}
WQ_ADV = {"কেন", "কোথায়", "কখন", "কীভাবে", "কিভাবে", "কেমন", "কতদূর", "কোথা"}
WQ_DET = {"কোন", "কোনো", "কোনও", "কত", "কী"}
NOMINAL_TAGS = {"NN", "NNC", "NNP", "NNPC", "JJ", "QC", "QF", "QO", "XC"}

CORPUS_DANDA = "\u09f7"  # ৷ BENGALI CURRENCY NUMERATOR FOUR, used by bangla.pos as a danda
DANDA = "\u0964"  # । DEVANAGARI DANDA, what Bengali text uses
BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")

SENTENCE_RE = re.compile(r"<Sentence id=[^>]*>(.*?)</Sentence>", re.S)
SEED = 42
TEST = 100
DEV = 60


@dataclass
class TaggedSentence:
    words: list[str]
    tags: list[str]  # cleaned IIIT tags


def is_punct(word: str) -> bool:
    return all(unicodedata.category(ch).startswith("P") or ch in "৷।॥`" for ch in word)


def parse_token(token: str) -> tuple[str, str] | None:
    """`word_TAG` -> (word, TAG); repairs `TAG:?` doubts and tags glued to the word."""
    if "_" not in token:
        return None
    word, tag = token.rsplit("_", 1)
    tag = tag.replace(":?", "").strip(",৷")
    if tag == "":  # e.g. "থাকতVAUX_": the tag is glued to the word
        for known in sorted(IIIT_TO_UPOS, key=len, reverse=True):
            if word.endswith(known) and len(word) > len(known):
                word, tag = word[: -len(known)], known
                break
        else:
            if word and is_punct(word):
                tag = "SYM"
    if tag not in IIIT_TO_UPOS or not word:
        return None
    return word, tag


def parse(text: str) -> tuple[list[TaggedSentence], int]:
    """All repairable sentences, and how many were dropped."""
    sents, dropped = [], 0
    for m in SENTENCE_RE.finditer(text.replace("\ufeff", "")):
        pairs = [parse_token(t) for t in m.group(1).split()]
        if pairs and all(pairs):
            sents.append(TaggedSentence([p[0] for p in pairs], [p[1] for p in pairs]))
        else:
            dropped += 1
    return sents, dropped


def upos_of(words: list[str], tags: list[str]) -> list[str]:
    out: list[str | None] = []
    for i, (w, t) in enumerate(zip(words, tags, strict=True)):
        u = IIIT_TO_UPOS[t]
        if t == "SYM":
            u = "PUNCT" if is_punct(w) else "SYM"
        elif t == "CC" and w in SCONJ_WORDS:
            u = "SCONJ"
        elif t == "WQ":
            u = "ADV" if w in WQ_ADV else ("DET" if w in WQ_DET else "PRON")
        elif t == "DEM":
            nxt = tags[i + 1] if i + 1 < len(tags) else None
            u = "DET" if nxt in NOMINAL_TAGS else "PRON"
        out.append(u)
    for i, t in enumerate(tags):
        if t in ("RDP", "ECH"):
            out[i] = out[i - 1] if i > 0 and out[i - 1] else "X"
    for i in range(len(tags) - 1, -1, -1):
        if tags[i] == "XC":
            out[i] = out[i + 1] if i + 1 < len(tags) and out[i + 1] else "NOUN"
    return [u or "X" for u in out]


def fix_text(word: str, bengali_digits: bool) -> str:
    word = word.replace(CORPUS_DANDA, DANDA)
    return word.translate(BN_DIGITS) if bengali_digits else word


def to_conllu(sent: TaggedSentence, bengali_digits: bool) -> Sentence:
    ups = upos_of(sent.words, sent.tags)
    rows = []
    for i, (w, t, u) in enumerate(zip(sent.words, sent.tags, ups, strict=True)):
        head, rel = ("0", "root") if i == 0 else ("1", "dep")  # dummies: the tagger ignores them
        rows.append([str(i + 1), fix_text(w, bengali_digits), "_", u, t, "_", head, rel, "_", "_"])
    return Sentence(rows)


def prepare(data_dir: Path) -> tuple[list[Sentence], list[Sentence], list[Sentence], int]:
    """(train, dev, test, dropped): seeded shuffle, test first, then dev."""
    text = (data_dir / "nltk_indian" / "bangla.pos").read_text(encoding="utf-8")
    sents, dropped = parse(text)
    conv = [to_conllu(s, bengali_digits=(k % 2 == 0)) for k, s in enumerate(sents)]
    random.Random(SEED).shuffle(conv)
    return conv[TEST + DEV :], conv[TEST : TEST + DEV], conv[:TEST], dropped


def write_files(data_dir: Path, out: Path) -> dict[str, Path]:
    from pipeline.tagging import conllu

    train, dev, test, _ = prepare(data_dir)
    paths = {n: out / f"bn_pos.{n}.conllu" for n in ("train", "dev", "test")}
    for name, part in zip(("train", "dev", "test"), (train, dev, test), strict=True):
        conllu.write(paths[name], part, name)
    return paths
