"""Data preparation for our stanza models, on small strings we wrote ourselves."""

from __future__ import annotations

from pipeline.tagging import bangla_pos, conllu, daffodil, hindi
from pipeline.tagging.conllu import LEMMA, UPOS, Sentence


def row(form: str, lemma: str, upos: str, deprel: str = "dep", misc: str = "_") -> list[str]:
    return ["1", form, lemma, upos, "XX", "Case=D", "0", deprel, "_", misc]


def test_conllu_round_trip_keeps_rows_and_rebuilds_text():
    text = (
        "# sent_id = a\n"
        "1\tनौकरी\tनौकरी\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No\n"
        "2\t।\t।\tPUNCT\tSYM\t_\t1\tpunct\t_\t_\n\n"
        "1-2\txy\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n"
        "2\ty\ty\tX\t_\t_\t1\tdep\t_\t_\n"
    )
    sents = list(conllu.parse(text.splitlines(keepends=True)))
    assert [s.forms for s in sents] == [["नौकरी", "।"], ["x", "y"]]  # range line dropped
    assert sents[0].text() == "नौकरी।"
    assert sents[0].comments == ["# sent_id = a"]


def test_clean_row_maps_v1_labels_and_blanks_xpos_feats():
    r = hindi.clean_row(row("और", "और", "CONJ", "dobj", "SpaceAfter=No|Translit=aur"))
    assert r[UPOS] == "CCONJ"
    assert r[4] == "_" and r[5] == "_"
    assert r[7] == "obj"
    assert r[9] == "SpaceAfter=No"
    assert hindi.clean_row(row("x", "_", "NOUN", "nsubjpass"))[7] == "nsubj:pass"


def test_hdtb_harmonisation_rules():
    h = hindi.harmonise_hdtb_row
    assert h(row(",", "COMMA", "PUNCT"))[LEMMA] == ","
    cop = h(row("है", "है", "VERB", "cop"))
    assert (cop[UPOS], cop[LEMMA]) == ("AUX", "है")  # copula is AUX; AUX है keeps its lemma
    assert h(row("है", "है", "VERB", "root"))[LEMMA] == "हैना"  # PUD's main-verb lemma
    ek = h(row("एक", "एक", "NUM", "nummod"))
    assert (ek[UPOS], ek[7]) == ("DET", "det")
    assert h(row("एक", "एक", "NUM", "nsubj"))[UPOS] == "NUM"  # only the determiner use
    assert h(row("किया", "कर", "VERB"))[LEMMA] == "करना"
    assert h(row("करना", "करना", "VERB"))[LEMMA] == "करना"  # no double ना
    # HDTB's vector verb (कर दिया) is AUX; PUD keeps AUX only for its own AUX lemmas
    assert h(row("दिया", "दे", "AUX", "aux"), {"जाना", "सकना"})[UPOS] == "VERB"
    assert h(row("गया", "जा", "AUX", "aux"), {"जाना", "सकना"})[UPOS] == "AUX"


def test_pud_conventions_learn_only_consistent_labels():
    sents = [Sentence([row("लगभग", "लगभग", "DET")]) for _ in range(4)]
    sents += [Sentence([row("यह", "यह", "PRON")]), Sentence([row("यह", "यह", "DET")])] * 3
    conv = hindi.PudConventions.learn(sents)
    assert conv.upos["लगभग"] == "DET"
    assert "यह" not in conv.upos  # 50/50: context decides, not a word rule
    assert conv.apply(row("लगभग", "लगभग", "PART"))[UPOS] == "DET"


def test_pud_split_is_fixed_and_disjoint():
    sents = [Sentence([row(f"w{i}", "w", "NOUN")]) for i in range(800)]
    train, dev, test = hindi.split_pud(sents)
    assert (len(train), len(dev), len(test)) == (500, 100, 200)
    ids = [{s.forms[0] for s in part} for part in (train, dev, test)]
    assert not (ids[0] & ids[1] or ids[0] & ids[2] or ids[1] & ids[2])
    assert [s.forms for s in hindi.split_pud(sents)[2]] == [s.forms for s in test]


def test_bangla_token_repairs():
    assert bangla_pos.parse_token("ভালো_JJ:?") == ("ভালো", "JJ")
    assert bangla_pos.parse_token("থাকতVAUX_") == ("থাকত", "VAUX")
    assert bangla_pos.parse_token("৷_") == ("৷", "SYM")
    assert bangla_pos.parse_token("নেই") is None
    assert bangla_pos.parse_token("কাজ_ZZZ") is None


def test_bangla_tag_mapping_choices():
    words = ["এই", "কাজ", "সে", "যদি", "কেন", "তীর", "ধনুক", "ধীরে", "ধীরে", "৷", "১০"]
    tags = ["DEM", "NN", "PRP", "CC", "WQ", "XC", "NN", "RB", "RDP", "SYM", "QC"]
    assert bangla_pos.upos_of(words, tags) == [
        "DET",
        "NOUN",
        "PRON",
        "SCONJ",
        "ADV",
        "NOUN",
        "NOUN",
        "ADV",
        "ADV",
        "PUNCT",
        "NUM",
    ]
    assert bangla_pos.upos_of(["এটা", "ভালো"], ["DEM", "VM"])[0] == "PRON"  # no nominal next
    assert bangla_pos.upos_of(["+"], ["SYM"]) == ["SYM"]


def test_bangla_danda_and_digit_fixes():
    assert bangla_pos.fix_text("৷", bengali_digits=False) == "।"
    assert bangla_pos.fix_text("2500", bengali_digits=True) == "২৫০০"
    assert bangla_pos.fix_text("2500", bengali_digits=False) == "2500"
    sent = bangla_pos.TaggedSentence(["বেতন", "25", "৷"], ["NN", "QC", "SYM"])
    rows = bangla_pos.to_conllu(sent, bengali_digits=True).rows
    assert [r[1] for r in rows] == ["বেতন", "২৫", "।"]
    assert [r[4] for r in rows] == ["NN", "QC", "SYM"]  # IIIT tag kept as XPOS


def test_daffodil_parse_cleans_like_stanza():
    lines = [
        "\ufeffরহিম\tB-PER\n",
        "ঢাকায়\tB-LOC\n",
        "গতকাল\tTIM\n",
        "সকালে\tTIM\n",
        "যান\tO\n",
        "\n",
        "ভাঙা\t\n",
        "বাক্য\tO\n",
        "\n",
        "ব্র্যাক\tB-ORG\n",
        "O\n",
        "অফিস\tO\n",
    ]
    sents = daffodil.parse(lines)
    assert sents == [
        [("রহিম", "B-PER"), ("ঢাকায়", "B-LOC"), ("গতকাল", "B-TIM"), ("সকালে", "I-TIM"), ("যান", "O")],
        [("ব্র্যাক", "B-ORG"), ("অফিস", "O")],
    ]


def test_daffodil_split_is_seeded_and_disjoint():
    sents = [[(f"w{i}", "O")] for i in range(100)]
    train, dev, test = daffodil.split(sents)
    assert (len(train), len(dev), len(test)) == (80, 10, 10)
    assert daffodil.split(sents) == (train, dev, test)
    assert not {s[0][0] for s in test} & {s[0][0] for s in train + dev}


def test_name_parts_gives_common_words_inside_names_back_their_class():
    # HDTB v1 tags every word of a name PROPN; UD v2 (PUD) keeps PROPN for the names.
    rows = [
        [row("गृह", "गृह", "PROPN"), row("मंत्रालय", "मंत्रालय", "PROPN")],
        [row("मंत्रालय", "मंत्रालय", "NOUN"), row("ने", "ने", "ADP")],
        [row("नया", "नया", "ADJ"), row("मंत्रालय", "मंत्रालय", "NOUN")],
        [row("राष्ट्रीय", "राष्ट्रीय", "PROPN"), row("आयोग", "आयोग", "PROPN")],
        [row("राष्ट्रीय", "राष्ट्रीय", "ADJ"), row("राष्ट्रीय", "राष्ट्रीय", "ADJ")],
        [row("सोमवार", "सोमवार", "PROPN"), row("विजय", "विजय", "PROPN")],
        [row("विजय", "विजय", "NOUN")],
    ]
    common = hindi.name_parts(rows)
    assert common["मंत्रालय"] == "NOUN"  # a common noun twice elsewhere
    assert common["राष्ट्रीय"] == "ADJ"
    assert common["सोमवार"] == "NOUN"  # calendar words always
    assert "विजय" not in common  # once as a noun is not enough: a person's name stays
    assert "आयोग" not in common and "गृह" not in common  # never seen outside a name
