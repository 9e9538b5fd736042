"""Hindi training data: HDTB v1 harmonised to UD v2 as Hindi PUD annotates it, plus PUD.

The held-out test is PUD, so every convention PUD follows and HDTB v1 does not costs
accuracy. Two layers fix that:

1. Written rules (`harmonise_hdtb_row`): UD v1 -> v2 labels (CONJ -> CCONJ, copula AUX,
   v2 relation names), PUD's `एक` = DET, punctuation lemmas (HDTB writes `COMMA`), verb
   lemmas as infinitives (HDTB `कर`, PUD `करना`), HDTB's vector verbs (`दे`, `ले` ...) that
   PUD tags VERB.
2. Names (`name_parts`): HDTB v1 tags every word of a multiword name PROPN (`मंत्रालय` in
   a ministry's name, `सोमवार`, `मार्च`); UD v2 as PUD annotates it keeps PROPN for the
   proper names only, so weekdays and months, and words HDTB itself uses as common nouns
   or adjectives elsewhere, take that class back.
3. Learned from the PUD *training* slice only (`PudConventions`): for a word form whose
   UPOS PUD annotates consistently, HDTB's other label is replaced; same for the lemma of
   a (form, UPOS) pair. The test slice is never looked at.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from pipeline.tagging.conllu import DEPREL, FEATS, FORM, LEMMA, MISC, UPOS, XPOS, Sentence

DEPREL_V2 = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "neg": "advmod",
    "mwe": "fixed",
    "name": "flat:name",
}
# Finite forms of होना's present/past that PUD lemmatises as themselves when AUX.
BE_FORMS_LEMMA = {"है", "था"}
PUNCT_LEMMA_NAMES = {"COMMA", "SINGLE_QUOTE", "DOUBLE_QUOTE", "HYPHEN", "DOT"}

# PUD tags weekdays and months NOUN; HDTB v1 mostly PROPN.
CALENDAR_NOUNS = set(
    "सोमवार मंगलवार बुधवार बृहस्पतिवार गुरुवार शुक्रवार शनिवार रविवार इतवार "
    "जनवरी फरवरी फ़रवरी मार्च अप्रैल अप्रेल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर "
    "अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर".split()
)

# Split of the 800 PUD sentences (seeded shuffle): test is never trained on or tuned on.
PUD_SEED = 42
PUD_TEST = 200
PUD_DEV = 100


def clean_row(row: list[str]) -> list[str]:
    """Reduce a row to what the tagger/lemmatizer trains on; both treebanks."""
    r = list(row)
    if r[UPOS] == "CONJ":
        r[UPOS] = "CCONJ"
    r[XPOS] = "_"  # HDTB = IIIT tags, PUD = PTB-like: not mixable
    r[FEATS] = "_"
    base = r[DEPREL].split(":")[0]
    r[DEPREL] = DEPREL_V2.get(r[DEPREL], DEPREL_V2.get(base, r[DEPREL]))
    r[8] = "_"
    r[MISC] = "SpaceAfter=No" if "SpaceAfter=No" in r[MISC] else "_"
    if r[LEMMA] in ("", "_"):
        r[LEMMA] = r[FORM]
    return r


def harmonise_hdtb_row(row: list[str], pud_aux_lemmas: set[str] | None = None) -> list[str]:
    """HDTB v1 -> PUD-style UD v2 for one (already cleaned) row."""
    r = list(row)
    if r[UPOS] == "PUNCT" or r[LEMMA] in PUNCT_LEMMA_NAMES:
        r[LEMMA] = r[FORM]
    if r[UPOS] == "VERB" and r[DEPREL] == "cop":
        r[UPOS] = "AUX"
    if r[FORM] == "एक" and r[UPOS] == "NUM" and r[DEPREL] == "nummod":
        r[UPOS], r[DEPREL] = "DET", "det"
    if r[UPOS] in ("VERB", "AUX") and not r[LEMMA].endswith("ना"):
        if not (r[UPOS] == "AUX" and r[LEMMA] in BE_FORMS_LEMMA):
            r[LEMMA] = r[LEMMA] + "ना"
    # HDTB tags vector verbs (कर दिया, ले लिया) AUX; PUD keeps AUX for a closed set only.
    if r[UPOS] == "AUX" and pud_aux_lemmas is not None:
        if r[LEMMA] not in pud_aux_lemmas and r[LEMMA] not in BE_FORMS_LEMMA:
            r[UPOS] = "VERB"
    if r[UPOS] == "VERB" and r[LEMMA] in {f + "ना" for f in BE_FORMS_LEMMA}:
        pass  # PUD's own हैना/थाना for main-verb है/था: kept, it is what PUD scores
    if r[UPOS] == "VERB" and r[LEMMA] in BE_FORMS_LEMMA:
        r[LEMMA] = r[LEMMA] + "ना"
    return r


def name_parts(
    sents: list[list[list[str]]], min_count: int = 2, min_share: float = 0.2
) -> dict[str, str]:
    """Form -> NOUN/ADJ for HDTB PROPN tokens that are common words inside names: the form
    is that class elsewhere in HDTB at least `min_count` times and in at least `min_share`
    of its (class + PROPN) uses. Calendar words are always NOUN."""
    by_form: dict[str, Counter] = defaultdict(Counter)
    for rows in sents:
        for r in rows:
            by_form[r[FORM]][r[UPOS]] += 1
    out = {w: "NOUN" for w in CALENDAR_NOUNS}
    for form, c in by_form.items():
        if not c["PROPN"] or form in out:
            continue
        label = max(("NOUN", "ADJ"), key=lambda t: c[t])
        if c[label] >= min_count and c[label] / (c[label] + c["PROPN"]) >= min_share:
            out[form] = label
    return out


@dataclass
class PudConventions:
    """Word-level conventions read off the PUD training slice."""

    upos: dict[str, str]
    lemma: dict[tuple[str, str], str]
    aux_lemmas: set[str]

    @classmethod
    def learn(
        cls, sents: list[Sentence], min_count: int = 3, min_share: float = 0.9
    ) -> PudConventions:
        by_form: dict[str, Counter] = defaultdict(Counter)
        by_pair: dict[tuple[str, str], Counter] = defaultdict(Counter)
        aux: set[str] = set()
        for s in sents:
            for r in s.rows:
                by_form[r[FORM]][r[UPOS]] += 1
                by_pair[(r[FORM], r[UPOS])][r[LEMMA]] += 1
                if r[UPOS] == "AUX":
                    aux.add(r[LEMMA])
        return cls(
            upos=_consistent(by_form, min_count, min_share),
            lemma=_consistent(by_pair, min_count, min_share),
            aux_lemmas=aux,
        )

    def apply(self, row: list[str]) -> list[str]:
        r = list(row)
        r[UPOS] = self.upos.get(r[FORM], r[UPOS])
        r[LEMMA] = self.lemma.get((r[FORM], r[UPOS]), r[LEMMA])
        return r


def _consistent(counts: dict, min_count: int, min_share: float) -> dict:
    out = {}
    for key, c in counts.items():
        label, n = c.most_common(1)[0]
        total = sum(c.values())
        if total >= min_count and n / total >= min_share:
            out[key] = label
    return out


def split_pud(sents: list[Sentence]) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """(train, dev, test) of PUD: a fixed seeded shuffle, test first."""
    idx = list(range(len(sents)))
    random.Random(PUD_SEED).shuffle(idx)
    test = [sents[i] for i in idx[:PUD_TEST]]
    dev = [sents[i] for i in idx[PUD_TEST : PUD_TEST + PUD_DEV]]
    train = [sents[i] for i in idx[PUD_TEST + PUD_DEV :]]
    return train, dev, test


@dataclass
class HindiData:
    hdtb: list[Sentence]
    pud_train: list[Sentence]
    pud_dev: list[Sentence]
    pud_test: list[Sentence]


def harmonise_be_forms(rows: list[list[str]]) -> None:
    """है/था after a noun is PUD's main VERB (HDTB: copula), after a verb AUX (in place)."""
    from pipeline.tagging.postcorrect import be_forms

    words, upos, lemmas = [r[FORM] for r in rows], [r[UPOS] for r in rows], [r[LEMMA] for r in rows]
    be_forms(words, upos, lemmas)
    for r, u, lem in zip(rows, upos, lemmas, strict=True):
        r[UPOS], r[LEMMA] = u, lem


def prepare(
    data_dir: Path, learned: bool = True, be_context: bool = False, names: bool = True
) -> HindiData:
    from pipeline.tagging import conllu

    ud = data_dir / "ud"
    pud = [Sentence([clean_row(r) for r in s.rows]) for s in conllu.read(_pud_file(ud))]
    pud_train, pud_dev, pud_test = split_pud(pud)
    conv = PudConventions.learn(pud_train)
    hdtb_rows = [
        [harmonise_hdtb_row(clean_row(r), conv.aux_lemmas) for r in s.rows]
        for name in ("hi-ud-dev.conllu", "hi-ud-test.conllu")
        for s in conllu.read(ud / "hi_hdtb_v1" / name)
    ]
    common = name_parts(hdtb_rows) if names else {}
    hdtb = []
    for rows in hdtb_rows:
        for r in rows:
            if r[UPOS] == "PROPN" and r[FORM] in common:
                r[UPOS] = common[r[FORM]]
        if learned:
            rows = [conv.apply(r) for r in rows]
        if be_context:
            harmonise_be_forms(rows)
        hdtb.append(Sentence(rows))
    return HindiData(hdtb, pud_train, pud_dev, pud_test)


def _pud_file(ud: Path) -> Path:
    files = sorted((ud / "hi_pud").glob("hi_pud-ud-*.conllu"))
    if not files:
        raise FileNotFoundError(f"no hi_pud-ud-*.conllu under {ud / 'hi_pud'}")
    return files[0]


def write_files(data: HindiData, out: Path) -> dict[str, Path]:
    from pipeline.tagging import conllu

    paths = {
        "hdtb": out / "hi_hdtb.train.conllu",
        "pud_train": out / "hi_pud.train.conllu",
        "all_train": out / "hi_all.train.conllu",
        "dev": out / "hi.dev.conllu",
        "test": out / "hi.test.conllu",
    }
    conllu.write(paths["hdtb"], data.hdtb, "hdtb")
    conllu.write(paths["pud_train"], data.pud_train, "pudtrain")
    conllu.write(paths["all_train"], data.hdtb + data.pud_train, "train")
    conllu.write(paths["dev"], data.pud_dev, "dev")
    conllu.write(paths["test"], data.pud_test, "test")
    return paths
