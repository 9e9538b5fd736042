"""Tagging throughput and cold start of our stanza models (models/stanza).

    python benchmarks/tagging.py [--articles-of 20] [--repeat 3]

Throughput is sentences per second, batched per article: held-out sentences (PUD for
Hindi, bangla.pos + Daffodil for Bengali, read from ../shared/data) are grouped into
articles of N sentences, and each article is one document through the pipeline, with
`Pipeline.pipe` batching documents as `career-pipeline run` does.
  * Hindi tokenize+POS+lemma: normalise -> tokenise -> detect -> tag on raw text;
  * Bengali POS+NER: same stages on Bengali raw text;
  * tag stage alone on already tokenised documents (what stanza itself costs).
Cold start: a fresh interpreter, from process start to the first tagged sentence.
Baselines are the first trial's figures (../shared/notes/stanza-offline.md): 190
sentences/s for Hindi tokenize+POS+lemma on 2 cores, cold start under 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BASELINE_HI_SENTS_PER_S = 190.0
BASELINE_COLD_START_S = 5.0

COLD = """
import time, json, sys
t0 = time.perf_counter()
from pipeline.core import Pipeline
from pipeline.doc import Document
p = Pipeline(stages=("normalise", "tokenise", "detect", "tag"))
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
    with open(data / "bn_ner_daffodil" / "train_data.txt", encoding="utf-8") as fh:
        _, _, ner_test = daffodil.split(daffodil.parse(fh.readlines()))
    bn = [s.text() for s in bn_pos] + [" ".join(w for w, _ in s) for s in ner_test]
    return hi, bn


def throughput(texts: list[str], stages: tuple[str, ...], repeat: int) -> tuple[float, int]:
    from pipeline.core import Pipeline
    from pipeline.doc import Document

    pipe = Pipeline(stages=stages)
    list(pipe.pipe([Document(id="warm", raw=texts[0])]))  # build stages, load models
    docs = [Document(id=f"a{i}", raw=t) for i, t in enumerate(texts * repeat)]
    t0 = time.perf_counter()
    done = list(pipe.pipe(docs))
    dt = time.perf_counter() - t0
    n = sum(len(d.sentences) for d in done)
    shares = ", ".join(f"{k} {v:.2f}s" for k, v in pipe.timings.items())
    print(f"  per stage (incl. warm-up document): {shares}")
    return n / dt, n


def tag_only(texts: list[str], repeat: int) -> tuple[float, int]:
    from pipeline.core import Pipeline
    from pipeline.doc import Document

    pre = Pipeline(stages=("normalise", "tokenise", "detect"))
    docs = [d for d in pre.pipe(Document(id=f"a{i}", raw=t) for i, t in enumerate(texts * repeat))]
    tag = Pipeline(stages=("normalise", "tokenise", "detect", "tag"))
    list(tag.pipe([Document(id="warm", raw=texts[0])]))
    t0 = time.perf_counter()
    done = list(tag.pipe(docs))
    dt = time.perf_counter() - t0
    return sum(len(d.sentences) for d in done) / dt, sum(len(d.sentences) for d in done)


def cold_start(text: str) -> float:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", COLD, text], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return max(wall, json.loads(out.stdout.strip().splitlines()[-1])["seconds"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles-of", type=int, default=20, help="sentences per article")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    hi, bn = held_out_texts()
    hi_art, bn_art = articles(hi, args.articles_of), articles(bn, args.articles_of)
    full = ("normalise", "tokenise", "detect", "tag")
    print(f"articles of {args.articles_of} sentences; the tag stage sets torch to 1 thread")
    print("load average at start (other processes share these cores):", *os.getloadavg())
    hi_rate, hi_n = throughput(hi_art, full, args.repeat)
    print(
        f"Hindi tokenize+POS+lemma: {hi_rate:7.1f} sents/s ({hi_n} sentences)"
        f"  ratio to first trial's {BASELINE_HI_SENTS_PER_S:.0f}:"
        f" {hi_rate / BASELINE_HI_SENTS_PER_S:.2f}"
    )
    rate, n = tag_only(hi_art, args.repeat)
    print(f"Hindi tag stage alone:    {rate:7.1f} sents/s ({n} sentences)")
    bn_rate, bn_n = throughput(bn_art, full, args.repeat)
    print(f"Bengali tokenize+POS+NER: {bn_rate:7.1f} sents/s ({bn_n} sentences)")
    rate, n = tag_only(bn_art, args.repeat)
    print(f"Bengali tag stage alone:  {rate:7.1f} sents/s ({n} sentences)")
    for name, text in (("Hindi", hi[0]), ("Bengali", bn[0])):
        secs = cold_start(text)
        print(
            f"cold start {name}: {secs:.2f} s to first tagged sentence (fresh interpreter)"
            f"  ratio to first trial's < {BASELINE_COLD_START_S:.0f} s:"
            f" {secs / BASELINE_COLD_START_S:.2f}"
        )
    print("load average at end:", *os.getloadavg())


if __name__ == "__main__":
    main()
