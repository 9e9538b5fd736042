"""Normalisation rules, indic-nlp's faults and our fixes, HTML, and boilerplate marking."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline import Document, Pipeline
from pipeline.doc import Normalised
from pipeline.normalisation import RULE_NAMES, normalise, normalise_text
from pipeline.normalisation.boilerplate import LEXICON_PATH, find_boilerplate, load_lexicon
from pipeline.normalisation.compose import EditLog, TextEdit, diff_edits
from pipeline.normalisation.html import looks_like_html

ZWJ, ZWNJ = "\u200d", "\u200c"


def rules_of(norm: Normalised) -> set[str]:
    return {part for e in norm.edits for part in e.rule.split("+")}


def raw_of(norm: Normalised, piece: str) -> str:
    ns = norm.text.index(piece)
    rs, re_ = norm.to_raw(ns, ns + len(piece))
    return norm.raw[rs:re_]


# -- indic-nlp-library as it is: what it would do to our text -------------------------


@pytest.fixture(scope="module")
def indicnlp():
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    f = IndicNormalizerFactory()
    return f.get_normalizer("hi"), f.get_normalizer("bn")


def test_indicnlp_deletes_zwj_and_zwnj_everywhere(indicnlp):
    hi, bn = indicnlp
    assert hi.normalize(f"क्{ZWJ}ष") == "क्ष"
    assert bn.normalize(f"র{ZWJ}্যাব") == "র্যাব"
    assert hi.normalize(f"👨{ZWJ}💻") == "👨💻"  # breaks an emoji sequence too


def test_indicnlp_turns_label_colons_into_visarga_and_pipes_into_danda(indicnlp):
    hi, bn = indicnlp
    assert hi.normalize("योग्यता: B.Tech") == "योग्यता\u0903 B.Tech"
    assert bn.normalize("বেতন: ২৫,০০০") == "বেতন\u0983 ২৫,০০০"
    assert hi.normalize("By Career Keeda | Mar 24") == "By Career Keeda \u0964 Mar 24"


def test_indicnlp_bengali_au_length_rule(indicnlp):
    _, bn = indicnlp
    # 0.92 maps e-kar + AU length mark (U+09C7 U+09D7) to AU (U+09CC), as Unicode does;
    # releases that wrote the Tamil U+0BD7 left it alone. NFC composes it before anyway.
    assert bn.normalize("ক\u09c7\u09d7") == "ক\u09cc"
    assert bn.normalize("ক\u09c7\u0bd7") == "ক\u09c7\u0bd7"
    assert normalise_text("ক\u09c7\u09d7") == "ক\u09cc"


# -- our rules ------------------------------------------------------------------------


def test_rule_table_is_ordered_and_named():
    assert RULE_NAMES[:2] == ("html", "nfc")
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)
    with pytest.raises(ValueError):
        normalise("x", disable=["no_such_rule"])


def test_nfc_composes_and_maps_back():
    raw = "ক\u09c7\u09be কাজ"  # e-kar + aa-kar typed as two marks
    norm = normalise(raw)
    assert norm.text == "কো কাজ"
    assert rules_of(norm) == {"nfc"}
    assert raw_of(norm, "কো") == "ক\u09c7\u09be"


def test_zwj_zwnj_dropped_inside_words_but_kept_in_emoji():
    norm = normalise(f"র{ZWJ}্যাঙ্কিং क्{ZWNJ}ष 👩{ZWJ}💻")
    assert norm.text == "র্যাঙ্কিং क्ष 👩\u200d💻"
    assert rules_of(norm) == {"joiners"}
    assert normalise(f"র{ZWJ}্যাব", disable=["joiners"]).text == f"র{ZWJ}্যাব"


def test_zero_width_and_soft_hyphen_dropped_nbsp_to_space():
    raw = "नौ\u200bकरी\u00a0में ट्रे\u00adनिंग\ufeff"
    norm = normalise(raw)
    assert norm.text == "नौकरी में ट्रेनिंग"
    assert rules_of(norm) == {"zero_width", "spaces"}


def test_digits_to_ascii_keep_raw_spans():
    norm = normalise("वेतन १५,००० और বেতন ২৫,০০০")
    assert norm.text == "वेतन 15,000 और বেতন 25,000"
    assert raw_of(norm, "15,000") == "१५,०००"
    assert raw_of(norm, "25,000") == "২৫,০০০"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("हज़ार", "हजार"),  # decomposed ज + nukta
        ("\u0939\u095b\u093e\u0930", "हजार"),  # precomposed ज़ (U+095B)
        ("फ़्रेशर", "फ्रेशर"),
        ("क़ीमत", "कीमत"),
        ("पढ़ें", "पढ़ें"),  # ड़/ढ़ are letters of their own: kept
        ("बड़ा", "बड़ा"),
        ("আরও পড়ুন", "আরও পড়ুন"),  # Bengali ড় kept
    ],
)
def test_nukta_folding(raw, expected):
    assert normalise_text(raw) == unicodedata.normalize("NFC", expected)


def test_nukta_folding_makes_hazaar_match():
    assert normalise_text("पंद्रह हज़ार") == normalise_text("पंद्रह हजार")
    assert "\u093c" in normalise_text("पढ़ें")


@pytest.mark.parametrize("variant", ["रूपए", "रुपए", "रुपये", "रूपये"])
def test_rupee_spellings_become_one(variant):
    norm = normalise(f"9000 {variant} प्रति माह")
    assert norm.text == "9000 रुपये प्रति माह"
    assert raw_of(norm, "रुपये") == variant


def test_variants_only_whole_words():
    assert normalise_text("रूपएवाला") == "रूपएवाला"


def test_bengali_danda_lookalike_and_pipe_as_danda():
    norm = normalise("বেতন কম৷ ঠিক আছে। नौकरी है| By X | Mar 24")
    assert norm.text == "বেতন কম। ঠিক আছে। नौकरी है। By X | Mar 24"
    assert {"danda", "indic"} & rules_of(norm)


def test_colon_label_is_not_turned_into_visarga():
    assert normalise_text("योग्यता: B.Tech") == "योग्यता: B.Tech"
    assert normalise_text("বেতন: ২৫,০০০") == "বেতন: 25,000"


def test_quotes_and_dashes():
    assert normalise_text("“नौकरी” don’t 12–18k") == '"नौकरी" don\'t 12-18k'


def test_edits_never_overlap_and_name_their_rules():
    raw = "\u0939\u095b\u093e\u0930 रूपए १२ ক\u09c7\u09be\u200b"
    norm = normalise(raw)
    for a, b in zip(norm.edits, norm.edits[1:], strict=False):
        assert a.end <= b.start
    assert all(e.rule for e in norm.edits)
    # precomposed ज़ went through nfc then nukta: one raw edit naming both
    assert any(e.rule == "nfc+nukta" for e in norm.edits)


def test_compose_absorbs_an_earlier_edit():
    log = EditLog("ab१c")
    log.apply([TextEdit(2, 3, "1", "digits")])
    log.apply([TextEdit(1, 3, "B1", "case")])
    assert log.text == "aB1c"
    assert [(e.start, e.end, e.replacement, e.rule) for e in log.normalised.edits] == [
        (1, 3, "B1", "digits+case")
    ]


def test_diff_edits_widen_insertions():
    (e,) = diff_edits(10, "ab", "aXb", "r")
    assert (e.start, e.end, e.replacement) == (10, 11, "aX")
    (e,) = diff_edits(0, "ab", "Xab", "r")
    assert (e.start, e.end, e.replacement) == (0, 1, "Xa")


# -- HTML -----------------------------------------------------------------------------

HTML = (
    "<!DOCTYPE html><html><head><title>BPO नौकरी</title><style>p{color:red}</style></head>"
    "<body><h1>बैक ऑफिस में सैलरी</h1><p>शुरुआत में ₹15,000&nbsp;प्रति माह &amp; "
    "<b>बोनस</b>.</p><!-- ad slot --><script>var salary = 99999;</script>"
    "<ul><li>Data entry</li><li>Typing</li></ul><p>Leave a Reply</p></body></html>"
)


def test_html_markup_becomes_whitespace_and_entities_decode():
    norm = normalise(HTML, html=True)
    text = norm.text
    assert "<" not in text and "color" not in text and "99999" not in text and "ad slot" not in text
    assert "₹15,000 प्रति माह & बोनस." in text
    lines = [ln for ln in text.split("\n") if ln.strip()]
    assert lines == [
        "BPO नौकरी",
        "बैक ऑफिस में सैलरी",
        "शुरुआत में ₹15,000 प्रति माह & बोनस.",
        "Data entry",
        "Typing",
        "Leave a Reply",
    ]
    assert raw_of(norm, "&") == "&amp;"
    assert raw_of(norm, "बोनस") == "बोनस"


def test_html_tokens_never_come_from_markup():
    doc = Document(id="h", raw=HTML, meta={"format": "html"})
    (doc,) = Pipeline(stages=("normalise", "tokenise")).pipe([doc])
    for tok in doc.tokens:
        assert "<" not in tok.text and ">" not in tok.text
        assert doc.raw[tok.start : tok.end] == tok.text
    assert [t.text for t in doc.tokens if t.norm == "&"] == ["&amp;"]
    assert any(b.label == "comment_prompt" for b in doc.boilerplate)


def test_html_detection():
    assert looks_like_html("plain text", "html")
    assert looks_like_html("  <!doctype html><p>x</p>")
    assert not looks_like_html("सैलरी <b>15000</b> है", "txt")


# -- boilerplate ----------------------------------------------------------------------

# a made-up article in the shape of a Hindi careers blog
ARTICLE = """Home Career BPO में नौकरी कैसे पाएं

BPO में नौकरी कैसे पाएं

12
0
SHARE
BPO में फ्रेशर को शुरुआत में 12,000 रुपये महीना मिलता है।

यह भी पढ़ें :
BPO इंटरव्यू के सवाल
कॉल सेंटर में करियर

अंतिम शब्द :
आशा है जानकारी काम की लगी।

Tags: BPO, Call Centre
अपनी टिप्पणी लिखें
Your email address will not be published. Fields marked * are required.
We use cookies to improve your experience.
© 2024 Naukri Blog. All rights reserved.
"""


def test_boilerplate_on_a_made_up_article():
    norm = normalise(ARTICLE)
    spans = find_boilerplate(norm)
    marked = {ARTICLE[s.start : s.end]: s.label for s in spans}
    assert marked == {
        "Home Career BPO में नौकरी कैसे पाएं": "navigation",
        "12\n0\nSHARE": "share",
        "यह भी पढ़ें :\nBPO इंटरव्यू के सवाल\nकॉल सेंटर में करियर": "related_links",
        "Tags: BPO, Call Centre": "tags",
        "अपनी टिप्पणी लिखें\nYour email address will not be published. Fields marked * are "
        "required.": "comment_prompt",
        "We use cookies to improve your experience.": "cookie",
        "© 2024 Naukri Blog. All rights reserved.": "copyright",
    }
    text = "".join(ARTICLE[s.start : s.end] for s in spans)
    assert "12,000" not in text and "अंतिम शब्द" not in text


def test_boilerplate_bengali_and_romanised():
    raw = "বেতন ১৫,০০০ টাকা।\nআরও পড়ুন\nকল সেন্টারে চাকরি\n\nমন্তব্য করুন\nye bhi padhe\n"
    spans = find_boilerplate(normalise(raw))
    labels = [(raw[s.start : s.end], s.label) for s in spans]
    assert labels == [
        ("আরও পড়ুন\nকল সেন্টারে চাকরি", "related_links"),
        ("মন্তব্য করুন", "comment_prompt"),
        ("ye bhi padhe", "related_links"),
    ]


def test_article_sentences_mentioning_share_are_not_boilerplate():
    raw = "यदि जानकारी सही लगे तो अपने दोस्तों को शेयर जरूर करें।\nShare market में करियर"
    assert find_boilerplate(normalise(raw)) == []


def test_lexicon_loads_and_rejects_bad_modes(tmp_path):
    lex = load_lexicon(LEXICON_PATH, normalise_text)
    assert lex.line and lex.contains and lex.prefix and "related_links" in lex.list_labels
    bad = tmp_path / "bad.yaml"
    bad.write_text("labels:\n  share:\n    sometimes: [x]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown match mode"):
        load_lexicon(bad)


def test_stage_config_disables_rules():
    stage = Pipeline(stages=("normalise",), config=_config({"disable": ["digits"]}))
    (doc,) = stage.pipe([Document(id="d", raw="१५००० रूपए")])
    assert doc.normalised.text == "१५००० रुपये"


def _config(normalise_cfg):
    from pipeline.config import PipelineConfig

    return PipelineConfig(stages={"normalise": normalise_cfg})
