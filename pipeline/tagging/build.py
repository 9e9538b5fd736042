"""`career-pipeline train tagger|ner`: data -> stanza trainers -> models/stanza -> card."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from pipeline.models import sha256_file
from pipeline.tagging import bangla_pos, card, conllu, daffodil, hindi, train
from pipeline.tagging.conllu import FORM, UPOS
from pipeline.tagging.evaluate import score_ner, score_tags
from pipeline.tagging.linear import LinearTagger, WordList
from pipeline.tagging.names import EnglishWords
from pipeline.tagging.postcorrect import Gazetteer, Lexicon
from pipeline.tagging.runtime import (
    GAZETTEER_FILE,
    LEXICON_FILE,
    LINEAR_POS_FILE,
    VECTORS_FILE,
    StanzaTagger,
)
from pipeline.tagging.vectors import train_pretrain

VECTOR_DIM = 100
# English spelling list (Debian's wamerican, SCOWL) for Hindi's loan-noun check, and the
# file its selection is shipped as next to the Hindi lexicon
ENGLISH_WORD_LIST = Path("/usr/share/dict/words")
LOANWORDS_FILE = "english_words.txt"
ENGLISH_WORDS_NOTICE = """English words (4+ letters) from SCOWL via Debian's wamerican package.
Copyright 2000-2011 by Kevin Atkinson and the authors named in SCOWL's README.
Permission to use, copy, modify, distribute and sell these word lists, the associated
scripts, the output created from the scripts, and its documentation for any purpose is
hereby granted without fee, provided that the above copyright notice appears in all
copies and that both that copyright notice and this permission notice appear in
supporting documentation. Full notice: /usr/share/doc/wamerican/copyright."""


def _lexicon(sents: list[conllu.Sentence], **kw) -> Lexicon:
    return Lexicon.learn(((r[FORM], r[UPOS]) for s in sents for r in s.rows), **kw)


def hindi_lexicon(data: hindi.HindiData) -> Lexicon:
    """Closed classes from all training data; then forms of any class that all training
    data labels consistently (seen >= 3 times); then every form the PUD training slice
    labels one way, as UD v2 is what we are scored on. Chosen on the PUD dev slice
    (UPOS 86.4 raw; 88.0 with PUD forms seen twice; 89.9 with this)."""
    consistent = _lexicon(data.hdtb + data.pud_train, min_count=3, min_share=0.95, classes=None)
    pud = _lexicon(data.pud_train, min_count=1, min_share=0.95, classes=None)
    return _lexicon(data.hdtb + data.pud_train).updated(consistent).updated(pud)


def hindi_postcorrection(
    data: hindi.HindiData, folder: Path, words: Path = ENGLISH_WORD_LIST
) -> Lexicon:
    """Write Hindi's lexicon, with every training form and the English words that tell an
    unseen loan noun (स्कैंडल) from a name (`pipeline.tagging.names`). PUD dev slice, accurate
    / fast model: UPOS 92.93 -> 93.02 / 92.12 -> 92.51. Of the 256 PUD-train words seen once
    in all training data that the check calls English, 148 are NOUN, 34 ADJ, 52 PROPN.
    Without the word list the check is left out."""
    lex = hindi_lexicon(data)
    lex.known = frozenset(f for s in data.hdtb + data.pud_train for f in s.forms)
    if words.is_file():
        english = EnglishWords.from_word_list(words.read_text(encoding="utf-8").splitlines())
        english.save(folder / LOANWORDS_FILE, ENGLISH_WORDS_NOTICE)
        lex.loanwords = LOANWORDS_FILE
    else:
        print(f"{words} not found (Debian package wamerican): no English loan check")
    lex.save(folder / LEXICON_FILE)
    return Lexicon.load(folder / LEXICON_FILE)


def hindi_files(data_dir: Path, work: Path) -> tuple[dict[str, Path], hindi.HindiData]:
    """Training files; the POS tagger's HDTB copy also gets PUD's है/था convention.
    The lemmatizer trains on HDTB's own PROPN labels (`names=False`): the names rule
    changes classes, not lemmas. Word vectors come from the training text."""
    data = hindi.prepare(data_dir)
    files = hindi.write_files(hindi.prepare(data_dir, names=False), work / "hi")
    files["hdtb_be"] = work / "hi" / "hi_hdtb_be.train.conllu"
    conllu.write(files["hdtb_be"], hindi.prepare(data_dir, be_context=True).hdtb, "hdtb")
    files["vectors"] = work / "hi" / "hi_vectors.pt"
    train_pretrain([s.forms for s in data.hdtb + data.pud_train], files["vectors"], VECTOR_DIM)
    return files, data


def bengali_vectors(data_dir: Path, out: Path, ner_train: list[daffodil.Sent]) -> Path:
    """Vectors from the training splits' text: Daffodil (~55k tokens) and bangla.pos."""
    pos_train, _, _, _ = bangla_pos.prepare(data_dir)
    text = [[w for w, _ in s] for s in ner_train] + [s.forms for s in pos_train]
    train_pretrain(text, out, VECTOR_DIM)
    return out


def score_hindi(
    root: Path, test: list[conllu.Sentence], variant: str = "accurate"
) -> dict[str, Any]:
    tagger = StanzaTagger(root, variant=variant)  # loaded once, scored with and without
    s = score_tags(tagger, "hi", test)
    tagger.post_correct = False
    raw = score_tags(tagger, "hi", test)
    return {
        "test": "PUD held-out slice (200 sentences, never trained or tuned on)",
        "tokens": s.tokens,
        "upos": s.upos,
        "lemma": s.lemma,
        "upos_without_post_correction": raw.upos,
        "lemma_without_post_correction": raw.lemma,
        "top_confusions": s.confusions,
    }


def score_hindi_variants(root: Path, data_dir: Path) -> dict[str, dict[str, Any]]:
    """Held-out scores of both Hindi POS models (the treebanks are read once)."""
    test = hindi.prepare(data_dir).pud_test
    return {variant: score_hindi(root, test, variant) for variant in ("accurate", "fast")}


HINDI_MODELS = ("pos", "pos_fast", "lemma")  # recipe keys of train.RECIPES for "hi"


def train_hindi(
    data_dir: Path, work: Path, root: Path, threads: int = 1, models: tuple[str, ...] = HINDI_MODELS
) -> dict[str, dict[str, Any]]:
    """Rebuild the chosen Hindi models; returns the held-out scores of both POS variants."""
    files, data = hindi_files(data_dir, work)
    (root / "hi").mkdir(parents=True, exist_ok=True)
    hindi_postcorrection(data, root / "hi")
    for proc in models:
        recipe = train.RECIPES[("hi", proc)]
        model = train.run(recipe, files, work / "out", work / f"hi_{proc}.log", threads)
        train.ship(model, root, "hi", proc)
    shutil.copyfile(files["vectors"], root / "hi" / VECTORS_FILE)
    return {variant: score_hindi(root, data.pud_test, variant) for variant in ("accurate", "fast")}


def score_bengali_pos(root: Path, data_dir: Path) -> dict[str, Any]:
    _, _, test, _ = bangla_pos.prepare(data_dir)
    s = score_tags(StanzaTagger(root), "bn", test)
    return {
        "test": f"bangla.pos held-out slice ({s.sentences} sentences, never trained or tuned on)",
        "tokens": s.tokens,
        "upos": s.upos,
        "top_confusions": s.confusions,
    }


# Chosen by 5-fold cross-validation on train+dev (C 0.05 / 0.1 / 0.3 / 1.0:
# UPOS 82.86 / 83.77 / 83.98 / 83.59); the lexicon post-correction did not help (83.91).
BENGALI_POS_C = 0.3
# English nouns standing in for 30% of the nouns in copies of the training sentences
# (linear.with_english_nouns): code-mixed check 33 -> 34 of 35 native tokens tagged as in
# the all-Bengali sentence; 5-fold CV UPOS 83.98 / 83.89 / 83.99 with 0 / 0.15 / 0.3.
BENGALI_POS_ENGLISH_NOUNS = 0.3
# Debian's hunspell-bn word list (LibreOffice dictionaries, GPL-2; no affix flags): whether
# a word, or the word less one of the inflections below, is listed (linear.WordList), for it
# and its two neighbours. 5-fold CV UPOS 83.99 -> 84.89, every fold up (the other variants
# tried are in the model card). The list is saved inside pos.npz; its sha256 goes into the
# card with the data's (`cli/tagger.py`), its licence is in card.LICENCES.
BENGALI_POS_WORD_LIST = Path("/usr/share/hunspell/bn_BD.dic")
BENGALI_POS_INFLECTIONS = (  # longest first: the first that leaves a listed word counts
    "গুলোকে", "গুলোর", "গুলিকে", "গুলির", "গুলো", "গুলি", "দেরকে", "দের", "টিকে", "টির",
    "টাকে", "টার", "য়ের", "য়ে", "েরা", "ের", "কে", "তে", "টি", "টা", "রা", "এর", "য়",
    "র", "ে", "ই", "ও",
)  # fmt: skip


def train_bengali_pos(
    data_dir: Path,
    work: Path,
    root: Path,
    threads: int = 1,
    word_list: Path = BENGALI_POS_WORD_LIST,
) -> dict[str, Any]:
    """The linear tagger on bangla.pos train+dev (no early stopping needs the dev split).
    Without the word list it trains without the dictionary features (CV 83.99)."""
    train_sents, dev, _, _ = bangla_pos.prepare(data_dir)
    sents = train_sents + dev
    words = None
    if word_list.is_file():
        words = WordList.from_hunspell(word_list, BENGALI_POS_INFLECTIONS)
    else:
        print(f"{word_list} not found (Debian package hunspell-bn): no dictionary features")
    tagger = LinearTagger(
        C=BENGALI_POS_C, english_nouns=BENGALI_POS_ENGLISH_NOUNS, word_list=words
    ).fit([s.forms for s in sents], [[r[UPOS] for r in s.rows] for s in sents])
    (root / "bn").mkdir(parents=True, exist_ok=True)
    tagger.save(root / "bn" / LINEAR_POS_FILE)
    return score_bengali_pos(root, data_dir)


def score_bengali_ner(root: Path, data_dir: Path) -> dict[str, Any]:
    _, _, test = daffodil.read_splits(data_dir)
    tagger = StanzaTagger(root)  # loaded once, scored with and without the gazetteer
    s = score_ner(tagger, test)
    tagger.post_correct = False
    raw = score_ner(tagger, test)
    return {
        "entity_f1_without_gazetteer": raw.f1,
        "test": f"Daffodil held-out slice ({s.sentences} sentences of train_data.txt,"
        " never trained on)",
        "entity_precision": s.precision,
        "entity_recall": s.recall,
        "entity_f1": s.f1,
        "entity_f1_per_loc_org": s.f1_per_loc_org,
        "f1_by_type": s.by_type,
    }


BENGALI_NER_MODELS = ("ner", "ner_2")  # the two models whose scores the tagger averages


def train_bengali_ner(
    data_dir: Path,
    work: Path,
    root: Path,
    threads: int = 1,
    models: tuple[str, ...] = BENGALI_NER_MODELS,
) -> dict[str, Any]:
    splits = daffodil.read_splits(data_dir)
    train_sents = splits[0]
    files = daffodil.prepare(data_dir, work / "bn", splits)
    files["vectors"] = bengali_vectors(data_dir, work / "bn" / "bn_vectors.pt", train_sents)
    (root / "bn").mkdir(parents=True, exist_ok=True)
    Gazetteer.learn(train_sents).save(root / "bn" / GAZETTEER_FILE)
    for key in models:
        recipe = train.RECIPES[("bn", key)]
        model = train.run(recipe, files, work / "out", work / f"bn_{key}.log", threads)
        train.ship(model, root, "bn", key)
    shutil.copyfile(files["vectors"], root / "bn" / VECTORS_FILE)
    return score_bengali_ner(root, data_dir)


def record(root: Path, key: str, scores: dict[str, Any], data_files: list[Path]) -> None:
    """Write the fresh scores, data hashes and command into card.json and README.md."""
    c = card.load(root)
    entry = c["models"].setdefault(key, {})
    entry["scores"] = scores
    entry["data_sha256"] = {p.name: sha256_file(p) for p in data_files if p.is_file()}
    entry["files_sha256"] = {
        p.name: sha256_file(p) for p in sorted((root / key.split("_")[0]).glob("*")) if p.is_file()
    }
    c["versions"] = card.versions()
    card.save(root, c)
    print(json.dumps({key: scores}, ensure_ascii=False, indent=1))
    print(f"model card updated: {root / 'card.json'} and {root / 'README.md'}")
