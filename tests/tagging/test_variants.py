"""The two Hindi POS models: `accurate` (default) and `fast`, chosen per tagger."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import _register, app
from pipeline.tagging import train
from pipeline.tagging.build import HINDI_MODELS
from pipeline.tagging.runtime import FAST_FILES, MODEL_FILES, StanzaTagger

SENTENCE = ["कॉल", "सेंटर", "में", "वेतन", "बीस", "हज़ार", "रुपये", "महीना", "है", "।"]


def test_each_variant_names_its_own_hindi_pos_file(tmp_path):
    accurate = StanzaTagger(tmp_path).models("hi").files
    fast = StanzaTagger(tmp_path, variant="fast").models("hi").files
    assert accurate["pos"] == tmp_path / "hi" / MODEL_FILES["hi"]["pos"]
    assert fast["pos"] == tmp_path / "hi" / FAST_FILES["hi"]["pos"]
    assert accurate["lemma"] == fast["lemma"]  # one lemmatizer serves both
    # Bengali has one model set
    assert StanzaTagger(tmp_path, variant="fast").models("bn").files == (
        StanzaTagger(tmp_path).models("bn").files
    )


def test_an_explicit_override_wins_over_the_variant(tmp_path):
    cand = tmp_path / "candidate.pt"
    t = StanzaTagger(tmp_path, variant="fast", overrides={"hi": {"pos": cand}})
    assert t.models("hi").files["pos"] == cand


def test_an_unknown_variant_is_refused():
    with pytest.raises(ValueError, match="unknown tagger variant"):
        StanzaTagger(variant="large")


def test_every_hindi_recipe_ships_under_a_committed_name():
    assert set(HINDI_MODELS) == {p for lang, p in train.RECIPES if lang == "hi"}
    names = {train.SHIPPED_NAMES[("hi", p)] for p in HINDI_MODELS}
    assert names == {"pos.pt", "pos_fast.pt", "lemma.pt"}
    for key, recipe in train.RECIPES.items():
        assert key in train.SHIPPED_NAMES, key
        assert recipe.processor in {"pos", "lemma", "ner"}


needs_models = pytest.mark.skipif(
    not all(StanzaTagger(variant=v).available("hi") for v in ("accurate", "fast")),
    reason="models/stanza/hi not present (run `career-pipeline train tagger --lang hi`)",
)


@needs_models
def test_both_variants_tag_the_same_tokens():
    accurate = StanzaTagger().tag("hi", [SENTENCE])[0]
    fast = StanzaTagger(variant="fast").tag("hi", [SENTENCE])[0]
    assert len(accurate) == len(fast) == len(SENTENCE)
    for tags in (accurate, fast):
        assert tags[2].upos == "ADP" and tags[-1].upos == "PUNCT"
        assert tags[4].upos == "NUM" and all(t.lemma for t in tags)


@needs_models
def test_tag_command_takes_the_variant(tmp_path):
    _register()
    src = tmp_path / "a.txt"
    src.write_text("कॉल सेंटर में वेतन बीस हज़ार रुपये महीना है।", encoding="utf-8")
    for variant in ("fast", "accurate"):
        out = tmp_path / f"{variant}.jsonl"
        result = CliRunner().invoke(app, ["tag", str(src), "-o", str(out), "--tagger", variant])
        assert result.exit_code == 0, result.output
        doc = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
        assert doc["notes"]["tag"]["tagged"]
    conllu = tmp_path / "a.conllu"
    rows = [f"{i}\t{w}" + "\t_" * 8 for i, w in enumerate(SENTENCE, 1)]
    conllu.write_text("\n".join(rows) + "\n\n", encoding="utf-8")
    args = ["tag", str(conllu), "--input-format", "conllu", "--output-format", "conllu"]
    result = CliRunner().invoke(app, [*args, "--lang", "hi", "--tagger", "fast"])
    assert result.exit_code == 0, result.output
    assert [line.split("\t")[3] for line in result.output.strip().splitlines()][2] == "ADP"
    result = CliRunner().invoke(app, ["tag", str(src), "--tagger", "large"])
    assert result.exit_code == 2
