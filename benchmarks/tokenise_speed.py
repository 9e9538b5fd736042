"""Normalise + tokenise speed on one large document built from the seeds (x N).

Usage: python benchmarks/tokenise_speed.py [N]   (default N=45: about 2 MB of text)

Prints seconds per stage and the ratio against a baseline measured in the same run:
indic-nlp-library's bare ``trivial_tokenize`` over the same normalised text, line by
line (no offsets, no protected forms, no sentences). Target: a 2 MB document
normalises and tokenises in a few seconds.
"""

from __future__ import annotations

import sys
import time

from pipeline import Document, Pipeline
from pipeline.config import seeds_dir


def main(n: int = 45) -> None:
    seeds = sorted(seeds_dir().glob("*.txt"))
    if not seeds:
        sys.exit(f"no seeds at {seeds_dir()}")
    raw = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds) * n
    pipe = Pipeline(stages=("normalise", "tokenise"))
    normaliser, tokeniser = pipe.stage("normalise"), pipe.stage("tokenise")
    doc = Document(id="big", raw=raw)

    t0 = time.perf_counter()
    normaliser(doc)
    t1 = time.perf_counter()
    tokeniser(doc)
    t2 = time.perf_counter()

    from indicnlp.tokenize.indic_tokenize import trivial_tokenize

    t3 = time.perf_counter()
    base_tokens = sum(len(trivial_tokenize(line)) for line in doc.norm_text.split("\n"))
    t4 = time.perf_counter()

    tokens = sum(len(s.tokens) for s in doc.sentences)
    mb = len(raw.encode("utf-8")) / 1e6
    print(f"document: {len(seeds)} seeds x {n} = {len(raw):,} chars ({mb:.2f} MB UTF-8)")
    print(
        f"normalise: {t1 - t0:.2f} s   ({len(doc.normalised.edits):,} edits, "
        f"{len(doc.boilerplate)} boilerplate spans)"
    )
    print(f"tokenise:  {t2 - t1:.2f} s   ({len(doc.sentences):,} sentences, {tokens:,} tokens)")
    print(f"baseline trivial_tokenize (no offsets): {t4 - t3:.2f} s ({base_tokens:,} tokens)")
    print(
        f"tokenise / baseline: {(t2 - t1) / (t4 - t3):.1f}x;  "
        f"normalise+tokenise: {mb / (t2 - t0):.2f} MB/s"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 45)
