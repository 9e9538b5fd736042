"""Stages add annotations and never rewrite what an earlier stage wrote (spaCy's E005 idea)."""

import copy

from pipeline import Document, Pipeline
from pipeline.registry import DEFAULT_ORDER, stage_info

TEXTS = [
    "बैक ऑफिस में फ्रेशर की सैलरी ९००० रूपए से लेकर १५००० रूपए प्रति माह होती है।\nSHARE\n",
    "ঢাকায় কল সেন্টারে মাসে ১৫,০০০ টাকা বেতন। আরও পড়ুন: বিপিও চাকরি",
    "BPO job mein fresher ko 12k se 18k tak milta hai. B.Tech walon ko 3.5 LPA.",
]

# what each stage may touch in the documents.jsonl form
OWNED = {
    "normalise": {"normalised", "norm_text", "boilerplate"},
    "tokenise": {"sentences"},
    "detect": {"language", "sentences.language", "token.lang", "token.script"},
    "tag": {"token.upos", "token.lemma", "token.ner", "notes"},
    "classify": {"topic"},
    "extract": {"facts"},
}


def _frozen_view(d: dict, stage: str) -> dict:
    """The parts of a serialised document that ``stage`` must leave alone."""
    owned = OWNED[stage]
    view = {k: v for k, v in d.items() if k not in owned and k not in ("stages", "notes")}
    if "sentences" in view:
        sents = copy.deepcopy(view["sentences"])
        for s in sents:
            if "sentences.language" in owned:
                s.pop("language")
            for t in s["tokens"]:
                for field in ("lang", "script", "upos", "lemma", "ner"):
                    if f"token.{field}" in owned:
                        t.pop(field)
        view["sentences"] = sents
    return view


def test_each_stage_leaves_earlier_annotations_unchanged():
    pipe = Pipeline()
    for n, text in enumerate(TEXTS):
        doc = Document(id=f"d{n}", raw=text)
        for name in DEFAULT_ORDER:
            before = _frozen_view(doc.to_dict(), name)
            doc = pipe.stage(name)(doc)
            doc.stages.append(name)
            assert _frozen_view(doc.to_dict(), name) == before, (
                f"{name} rewrote another stage's output"
            )
            assert doc.raw == text


def test_registered_assignments_match_what_stages_own():
    for name in DEFAULT_ORDER:
        assert stage_info(name).assigns, name
