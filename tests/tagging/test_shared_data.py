"""Data preparation on the real ../shared/data (skipped when it is absent)."""

from __future__ import annotations

import pytest

from pipeline.config import shared_data_dir
from pipeline.tagging import bangla_pos, daffodil, hindi
from pipeline.tagging.codemix import PAIRS, is_latin

DATA = shared_data_dir()


def need(path: str):
    return pytest.mark.skipif(not (DATA / path).exists(), reason=f"{DATA / path} not available")


@need("ud/hi_pud")
def test_hindi_splits_and_harmonised_labels():
    d = hindi.prepare(DATA)
    assert (len(d.pud_train), len(d.pud_dev), len(d.pud_test)) == (500, 100, 200)
    texts = [{s.text() for s in part} for part in (d.pud_train, d.pud_dev, d.pud_test)]
    assert not (texts[2] & (texts[0] | texts[1]))  # the test slice is never trained on
    assert len(d.hdtb) == 3343
    rows = [r for s in d.hdtb for r in s.rows]
    assert not {r[3] for r in rows} & {"CONJ"}
    assert not {r[2] for r in rows} & {"COMMA", "SINGLE_QUOTE"}
    verbs = [r for r in rows if r[3] == "VERB"]
    assert sum(r[2].endswith("ना") for r in verbs) / len(verbs) > 0.97


@need("nltk_indian/bangla.pos")
def test_bangla_pos_conversion():
    train, dev, test, dropped = bangla_pos.prepare(DATA)
    assert dropped <= 5 and len(test) == bangla_pos.TEST and len(dev) == bangla_pos.DEV
    forms = [r[1] for part in (train, dev, test) for s in part for r in s.rows]
    assert bangla_pos.CORPUS_DANDA not in "".join(forms)
    assert "।" in forms
    nums = [r[1] for s in train for r in s.rows if r[3] == "NUM" and r[1][0].isdigit()]
    assert any(n[0] in "০১২৩৪৫৬৭৮৯" for n in nums) and any(n[0] in "0123456789" for n in nums)


@need("bn_ner_daffodil/train_data.txt")
def test_daffodil_split_sizes_and_tags():
    with open(DATA / "bn_ner_daffodil" / "train_data.txt", encoding="utf-8") as fh:
        sents = daffodil.parse(fh.readlines())
    train, dev, test = daffodil.split(sents)
    assert len(test) == len(dev) == len(sents) // 10
    tags = {t for s in sents for _, t in s}
    assert tags <= daffodil.TAGS - {"TIM"}
    assert {"B-PER", "B-LOC", "B-ORG"} <= tags


def test_codemix_pairs_align_and_mix():
    for lang, pairs in PAIRS.items():
        for mixed, native in pairs:
            m, n = mixed.split(), native.split()
            assert len(m) == len(n), (lang, mixed)
            assert any(is_latin(w) for w in m) and not any(is_latin(w) for w in n)
