"""Build the word-level training set for the Latin-script classifier, reproducibly.

Sources (none of them is committed; see models/lid/README.md for licences):
English words from Debian's wamerican; Hindi and Bengali words from ../shared/data
(HDTB and PUD treebanks, NLTK's hindi.pos / bangla.pos, Daffodil NER tokens) and from
the hunspell hi_IN / bn_BD dictionaries, romanised by `pipeline.lid.romanise`;
../shared/data/lexicons/hinglish_stopwords.txt; and our own `corpora/lid/train_*` files.
The evaluation files `corpora/lid/eval*` are never read here.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import REPO_DIR, shared_data_dir
from pipeline.lid.romanise import romanise
from pipeline.models import sha256_file

ENGLISH_WORDS = Path("/usr/share/dict/words")
HUNSPELL_DIR = Path("/usr/share/hunspell")
TRAIN_WORDS = REPO_DIR / "corpora" / "lid" / "train_words.tsv"
TRAIN_SENTENCES = REPO_DIR / "corpora" / "lid" / "train_sentences.jsonl"

_DEVA_WORD = re.compile(r"^[\u0900-\u0963\u0971-\u097f\u200c\u200d]+$")
_BENG_WORD = re.compile(r"^[\u0980-\u09e3\u09f0-\u09ff\u200c\u200d]+$")
_LATIN_WORD = re.compile(r"^[a-z][a-z'-]*$")
LOAN_MAX_COUNT = 100  # see _add_native
BN_DICT_SAMPLE = 40_000  # of the 110k bn_BD forms, enough to cover its spelling patterns


class MissingTrainingData(RuntimeError):
    """A training source is absent; the committed model is still used at run time."""


@dataclass
class TrainingSet:
    words: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    sources: dict[str, dict[str, object]] = field(default_factory=dict)

    def add(self, word: str, label: str, weight: float = 1.0) -> None:
        self.words.append(word)
        self.labels.append(label)
        self.weights.append(weight)


def _shown(path: Path) -> str:
    """Paths in the card: repo files relative to the repo, shared data as ../shared/..."""
    for base, label in ((REPO_DIR, ""), (REPO_DIR.parent, "../")):
        if path.is_relative_to(base):
            return label + str(path.relative_to(base))
    return str(path)


def source_paths(data_dir: Path | None = None) -> dict[str, Path]:
    d = data_dir or shared_data_dir()
    return {
        "wamerican": ENGLISH_WORDS,
        "hunspell_hi_IN": HUNSPELL_DIR / "hi_IN.dic",
        "hunspell_bn_BD": HUNSPELL_DIR / "bn_BD.dic",
        "hi_hdtb_dev": d / "ud" / "hi_hdtb_v1" / "hi-ud-dev.conllu",
        "hi_hdtb_test": d / "ud" / "hi_hdtb_v1" / "hi-ud-test.conllu",
        "hi_pud": d / "ud" / "hi_pud" / "hi_pud-ud-800.conllu",
        "nltk_hindi_pos": d / "nltk_indian" / "hindi.pos",
        "nltk_bangla_pos": d / "nltk_indian" / "bangla.pos",
        "bn_ner_daffodil": d / "bn_ner_daffodil" / "train_data.txt",
        "hinglish_stopwords": d / "lexicons" / "hinglish_stopwords.txt",
        "train_words": TRAIN_WORDS,
        "train_sentences": TRAIN_SENTENCES,
    }


def check_sources(paths: dict[str, Path]) -> None:
    missing = [f"{k} ({p})" for k, p in paths.items() if not p.is_file()]
    if missing:
        raise MissingTrainingData(
            "cannot train the LID model, training sources are missing: "
            + "; ".join(missing)
            + ". Install Debian's wamerican, hunspell-hi and hunspell-bn and provide "
            "../shared/data (or $CAREER_PIPELINE_DATA). The committed model in models/lid/ "
            "keeps working without them."
        )


def _conllu_forms(path: Path) -> Counter[str]:
    c: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) > 1 and cols[0].isdigit():
                c[cols[1]] += 1
    return c


def _pos_forms(path: Path) -> Counter[str]:
    c: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("<"):
            continue
        for item in line.split():
            word = item.rsplit("_", 1)[0]
            c[word] += 1
    return c


def _tsv_forms(path: Path) -> Counter[str]:
    c: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        word = line.split("\t", 1)[0].strip().lstrip("\ufeff")
        if word:
            c[word] += 1
    return c


def _dic_forms(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return sorted({ln.split("/", 1)[0].strip() for ln in lines if ln.strip()})


def _stable_sample(words: list[str], k: int) -> list[str]:
    """The same k words every run: order by a hash of the word, not by Python's hash()."""
    key = lambda w: hashlib.md5(w.encode("utf-8")).hexdigest()  # noqa: E731
    return sorted(sorted(words, key=key)[:k])


def _add_native(ts: TrainingSet, counts: Counter[str], lang: str, english: set[str]) -> None:
    """Romanise each native word; frequent words weigh more (log of their corpus count).

    A rare native word whose spelling is an English word is mostly an English loan written in
    Devanagari or Bengali script (होटल → hotel, ফ্রি → free): in Latin script it is English, so
    that spelling is not taught as Hindi/Bengali. Frequent ones (थे → the, तो → to) are kept.
    """
    pattern = _DEVA_WORD if lang == "hi" else _BENG_WORD
    for word in sorted(counts):
        if not pattern.match(word):
            continue
        weight = 1.0 + min(math.log1p(counts[word]), 3.0)
        for form in romanise(word, lang):
            if form in english and counts[word] < LOAN_MAX_COUNT:
                continue
            ts.add(form, lang, weight)


def build(data_dir: Path | None = None) -> TrainingSet:
    paths = source_paths(data_dir)
    check_sources(paths)
    ts = TrainingSet()
    ts.sources = {k: {"path": _shown(p), "sha256": sha256_file(p)} for k, p in paths.items()}

    english = sorted(
        {w for w in ENGLISH_WORDS.read_text(encoding="utf-8").split() if _LATIN_WORD.match(w)}
    )
    for w in english:
        ts.add(w, "en", 2.0)

    hi: Counter[str] = Counter()
    for key in ("hi_hdtb_dev", "hi_hdtb_test", "hi_pud"):
        hi += _conllu_forms(paths[key])
    hi += _pos_forms(paths["nltk_hindi_pos"])
    for w in _dic_forms(paths["hunspell_hi_IN"]):
        hi[w] += 1
    english_set = set(english)
    _add_native(ts, hi, "hi", english_set)

    bn: Counter[str] = _pos_forms(paths["nltk_bangla_pos"]) + _tsv_forms(paths["bn_ner_daffodil"])
    bn_dic = [w for w in _dic_forms(paths["hunspell_bn_BD"]) if _BENG_WORD.match(w)]
    for w in _stable_sample(bn_dic, BN_DICT_SAMPLE):
        bn[w] += 1
    _add_native(ts, bn, "bn", english_set)

    # The stopword list mixes romanised Hindi and English function words: a word found
    # in the English list counts as English, the rest as Hindi.
    for w in paths["hinglish_stopwords"].read_text(encoding="utf-8").split():
        w = w.strip().lower()
        if w:
            ts.add(w, "en" if w in english_set else "hi", 8.0)

    # Our own spelling lists and sentences: common words, typed as people type them.
    for line in paths["train_words"].read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, forms = line.split("\t", 1)
        for form in forms.split():
            ts.add(form.lower(), lang, 10.0)
    for lang, word in sentence_words(paths["train_sentences"]):
        ts.add(word, lang, 3.0)

    _balance(ts)
    return ts


def _balance(ts: TrainingSet) -> None:
    """Scale weights so each language carries the same total: no class is favoured a priori."""
    totals: Counter[str] = Counter()
    for lab, w in zip(ts.labels, ts.weights, strict=True):
        totals[lab] += w
    mean = sum(totals.values()) / len(totals)
    ts.weights = [w * mean / totals[lab] for lab, w in zip(ts.labels, ts.weights, strict=True)]


def sentence_words(path: Path) -> list[tuple[str, str]]:
    """Words of our training sentences: `[...]` marks English inside an Indic sentence."""
    out = []
    for s in read_sentences(path):
        for lang, word in s["words"]:
            out.append((lang, word))
    return out


def read_sentences(path: Path) -> list[dict[str, object]]:
    """Each line {"lang": "hi"|"bn"|"en", "text": "... [English words] ..."}."""
    sents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        words: list[tuple[str, str]] = []
        for m in re.finditer(r"\[([^\]]+)\]|([A-Za-z][A-Za-z'-]*)", rec["text"]):
            if m.group(1):
                words += [("en", w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", m.group(1))]
            else:
                words.append((rec["lang"], m.group(2).lower()))
        sents.append({"lang": rec["lang"], "text": rec["text"].replace("[", "").replace("]", ""),
                      "words": words})  # fmt: skip
    return sents
