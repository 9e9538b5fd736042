"""Word vectors rebuild identically, whatever Python's per-process string hash salt."""

from __future__ import annotations

import os
import subprocess
import sys

from pipeline.tagging.vectors import stable_hash

SCRIPT = """
import sys, torch
from pathlib import Path
from pipeline.tagging.vectors import train_pretrain
sents = [["আমি", "কলকাতায়", "চাকরি", "করি"], ["সে", "ঢাকায়", "চাকরি", "করে"]] * 20
n = train_pretrain(sents, Path(sys.argv[1]), dim=8, epochs=2)
from stanza.models.common.pretrain import Pretrain
emb = Pretrain(sys.argv[1]).emb
print(n, round(float(torch.as_tensor(emb).abs().sum()), 6))
"""


def test_stable_hash_is_not_salted():
    assert stable_hash("চাকরি") == stable_hash("চাকরি") == 2537237302  # zlib.crc32 of the UTF-8 bytes


def test_vectors_are_the_same_under_two_hash_seeds(tmp_path):
    outs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        path = tmp_path / f"v{seed}.pt"
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(path)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outs.append(done.stdout.split())
    assert outs[0] == outs[1]
    assert outs[0][0] == "7"  # the 7 distinct words
