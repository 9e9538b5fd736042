"""Tagging throughput and cold start of our stanza models (models/stanza).

    python benchmarks/tagging.py [--articles-of 20] [--repeat 3] [--threads 1]

Throughput is sentences per second, batched per article: held-out sentences (PUD for
Hindi, bangla.pos + Daffodil for Bengali, read from ../shared/data) are grouped into
articles of N sentences, and each article is one document through the pipeline, with
`Pipeline.pipe` batching documents as `career-pipeline run` does; `--repeat` passes over
the articles, each a run of its own (no batch holds an article twice).
  * Hindi tokenize+POS+lemma: normalise -> tokenise -> detect -> tag on raw text, with
    each Hindi POS model (`--tagger accurate`, the default, and `--tagger fast`);
  * Bengali POS+NER: same stages on Bengali raw text;
  * tag stage alone on already tokenised documents (what stanza itself costs).
Cold start: a fresh interpreter, from process start to the first tagged sentence: the
first held-out Hindi and Bengali sentences, and a code-mixed sentence we wrote (its
Latin-script words also load the language-ID word model's featuriser).
Each figure also comes as CPU seconds of this process (of the child for a cold start):
the lead's training jobs share these 2 cores, and with 1 torch thread CPU time moves far
less with their load than wall time does. Compare before/after in the same conditions.
Baselines are the first trial's figures (../shared/notes/stanza-offline.md): 190
sentences/s for Hindi tokenize+POS+lemma on 2 cores, cold start under 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BASELINE_HI_SENTS_PER_S = 190.0
BASELINE_COLD_START_S = 5.0
CODE_MIXED = "इस BPO job में salary 12k से 18k तक है और training के बाद increment मिलता है।"

COLD = """
import time, json, sys
t0 = time.perf_counter()
from pipeline.config import PipelineConfig
from pipeline.core import Pipeline
from pipeline.doc import Document
config = PipelineConfig(stages={"tag": json.loads(sys.argv[2])})
p = Pipeline(stages=("normalise", "tokenise", "detect", "tag"), config=config)
doc = next(iter(p.pipe([Document(id="x", raw=sys.argv[1])])))
assert any(t.upos for t in doc.tokens), "nothing tagged"
print(json.dumps({"seconds": time.perf_counter() - t0}))
"""


def articles(sentences: list[str], size: int) -> list[str]:
    return [" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size)]


def held_out_texts() -> tuple[list[str], list[str]]:
    from pipeline.config import shared_data_dir
    from pipeline.tagging import bangla_pos, daffodil, hindi

    data = shared_data_dir()
    hi = [s.text() for s in hindi.prepare(data).pud_test]
    _, _, bn_pos, _ = bangla_pos.prepare(data)
    _, _, ner_test = daffodil.read_splits(data)
    bn = [s.text() for s in bn_pos] + [" ".join(w for w, _ in s) for s in ner_test]
    return hi, bn


def pipeline(stages: tuple[str, ...], tag_config: dict[str, Any]) -> Any:
    from pipeline.config import PipelineConfig
    from pipeline.core import Pipeline

    return Pipeline(stages=stages, config=PipelineConfig(stages={"tag": tag_config}))


def timed(pipe: Any, passes: list[list]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of this process, sentences, over all passes.

    Each pass is its own run through `pipe`, so no batch holds the same article twice
    (the tag stage predicts a lemma once per distinct word of a batch)."""
    wall = cpu = 0.0
    n = 0
    for docs in passes:
        c0, t0 = time.process_time(), time.perf_counter()
        done = list(pipe.pipe(docs))
        wall, cpu = wall + time.perf_counter() - t0, cpu + time.process_time() - c0
        n += sum(len(d.sentences) for d in done)
    return wall, cpu, n


def throughput(
    texts: list[str], stages: tuple[str, ...], repeat: int, tag_config: dict[str, Any]
) -> tuple[float, float, int]:
    """Sentences per wall second and per CPU second, sentences."""
    from pipeline.doc import Document

    pipe = pipeline(stages, tag_config)
    list(pipe.pipe([Document(id="warm", raw=texts[0])]))  # build stages, load models
    passes = [[Document(id=f"a{i}", raw=t) for i, t in enumerate(texts)] for _ in range(repeat)]
    wall, cpu, n = timed(pipe, passes)
    shares = ", ".join(f"{k} {v:.2f}s" for k, v in pipe.timings.items())
    print(f"  per stage (incl. warm-up document): {shares}")
    return n / wall, n / cpu, n


def tag_only(texts: list[str], repeat: int, tag_config: dict[str, Any]) -> tuple[float, float, int]:
    from pipeline.doc import Document

    pre = pipeline(("normalise", "tokenise", "detect"), {})
    passes = [
        list(pre.pipe(Document(id=f"a{i}", raw=t) for i, t in enumerate(texts)))
        for _ in range(repeat)
    ]
    tag = pipeline(("normalise", "tokenise", "detect", "tag"), tag_config)
    list(tag.pipe([Document(id="warm", raw=texts[0])]))
    wall, cpu, n = timed(tag, passes)
    return n / wall, n / cpu, n


def cold_start(text: str, tag_config: dict[str, Any]) -> tuple[float, float]:
    """Wall seconds to the first tagged sentence, and the child's CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", COLD, text, json.dumps(tag_config)], capture_output=True, text=True
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return max(wall, json.loads(out.stdout.strip().splitlines()[-1])["seconds"]), cpu


def dump_tags(path: Path, hi_art: list[str], bn_art: list[str], tag_config: dict[str, Any]) -> None:
    """Every tag of all 800 PUD sentences and the bangla.pos and Daffodil held-out slices
    (gold tokens, with and without post-correction) and of the benchmark's and the seed
    articles through the pipeline, as JSON: with the same model files, a speed change must
    leave this file byte-identical (compare two checkouts' files with `cmp`)."""
    from pipeline.config import seeds_dir, shared_data_dir
    from pipeline.doc import Document
    from pipeline.tagging import bangla_pos, daffodil, hindi
    from pipeline.tagging.runtime import StanzaTagger

    data = shared_data_dir()
    pud = hindi.prepare(data)
    _, _, bn_pos, _ = bangla_pos.prepare(data)
    _, _, ner_test = daffodil.read_splits(data)
    gold = {
        "hi PUD": ("hi", [s.forms for s in pud.pud_train + pud.pud_dev + pud.pud_test]),
        "bn bangla.pos": ("bn", [s.forms for s in bn_pos]),
        "bn Daffodil": ("bn", [[w for w, _ in s] for s in ner_test]),
    }
    out: dict[str, Any] = {}
    for post in (True, False):
        tagger = StanzaTagger(post_correct=post, threads=tag_config.get("threads", 1))
        for name, (lang, sents) in gold.items():
            tagged = tagger.tag(lang, sents)
            out[f"{name} post_correct={post}"] = [
                [[t.upos, t.lemma, t.ner] for t in s] for s in tagged
            ]
    pipe = pipeline(("normalise", "tokenise", "detect", "tag"), tag_config)
    texts = [*hi_art, *bn_art, CODE_MIXED]
    texts += [f.read_text(encoding="utf-8") for f in sorted(seeds_dir().glob("*.txt"))]
    docs = pipe.pipe(Document(id=f"a{i}", raw=t) for i, t in enumerate(texts))
    out["pipeline"] = [[[t.start, t.end, t.upos, t.lemma, t.ner] for t in d.tokens] for d in docs]
    path.write_text(json.dumps(out, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"tags of {sum(len(v) for v in out.values())} sentences/documents written to {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles-of", type=int, default=20, help="sentences per article")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--threads", type=int, default=1, help="torch threads of the tag stage (its default: 1)"
    )
    ap.add_argument(
        "--dump-tags", type=Path, metavar="JSON", help="write every tag there instead of timing"
    )
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    tag_config = {"threads": args.threads}
    hi, bn = held_out_texts()
    hi_art, bn_art = articles(hi, args.articles_of), articles(bn, args.articles_of)
    if args.dump_tags:
        dump_tags(args.dump_tags, hi_art, bn_art, tag_config)
        return
    full = ("normalise", "tokenise", "detect", "tag")
    print(
        f"articles of {args.articles_of} sentences; the tag stage sets torch to {args.threads}"
        " thread(s)"
    )
    print("load average at start (other processes share these cores):", *os.getloadavg())
    for variant in ("accurate", "fast"):  # the two Hindi POS models (--tagger)
        config = tag_config | {"variant": variant}
        hi_rate, hi_cpu, hi_n = throughput(hi_art, full, args.repeat, config)
        print(
            f"Hindi tokenize+POS+lemma, {variant:8}: {hi_rate:7.1f} sents/s ({hi_n} sentences)"
            f"  ratio to first trial's {BASELINE_HI_SENTS_PER_S:.0f}:"
            f" {hi_rate / BASELINE_HI_SENTS_PER_S:.2f}; {hi_cpu:.1f} sents per CPU second"
        )
        rate, cpu, n = tag_only(hi_art, args.repeat, config)
        print(
            f"Hindi tag stage alone, {variant:8}:    {rate:7.1f} sents/s ({n} sentences);"
            f" {cpu:.1f} per CPU s"
        )
    bn_rate, bn_cpu, bn_n = throughput(bn_art, full, args.repeat, tag_config)
    print(
        f"Bengali tokenize+POS+NER: {bn_rate:7.1f} sents/s ({bn_n} sentences);"
        f" {bn_cpu:.1f} per CPU s"
    )
    rate, cpu, n = tag_only(bn_art, args.repeat, tag_config)
    print(f"Bengali tag stage alone:  {rate:7.1f} sents/s ({n} sentences); {cpu:.1f} per CPU s")
    cold = [("Hindi", hi[0], "accurate"), ("Hindi", hi[0], "fast"), ("Bengali", bn[0], "accurate")]
    for name, text, variant in [*cold, ("code-mixed", CODE_MIXED, "accurate")]:
        if name == "Hindi":
            name = f"Hindi {variant}"
        secs, cpu = cold_start(text, tag_config | {"variant": variant})
        print(
            f"cold start {name}: {secs:.2f} s to first tagged sentence (fresh interpreter,"
            f" {cpu:.2f} CPU s)  ratio to first trial's < {BASELINE_COLD_START_S:.0f} s:"
            f" {secs / BASELINE_COLD_START_S:.2f}"
        )
    print("load average at end:", *os.getloadavg())


if __name__ == "__main__":
    main()
