"""The library API yields the same facts records as the command line for the same texts."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline import Pipeline
from pipeline.cli.app import _register, app

TEXTS = [
    "कॉल सेंटर एजेंट की सैलरी 12,000 से 18,000 रुपये प्रति माह होती है। 12वीं पास ज़रूरी है।",
    "ঢাকায় কল সেন্টারের এজেন্টদের বেতন ১৫,০০০ থেকে ২৫,০০০ টাকা। স্নাতক পাস প্রার্থীরা আবেদন করুন।",
    "BPO job mein salary 12k se 18k tak milti hai. Freshers bhi apply kar sakte hain.",
]


def test_process_matches_the_cli_facts_jsonl(tmp_path: Path) -> None:
    api = list(Pipeline().process(TEXTS))
    inp = tmp_path / "in.jsonl"
    inp.write_text(
        "".join(
            json.dumps({"id": f"doc{i:05d}", "text": t}, ensure_ascii=False) + "\n"
            for i, t in enumerate(TEXTS)
        ),
        encoding="utf-8",
    )
    _register()
    result = CliRunner().invoke(
        app, ["run", str(inp), "--out", str(tmp_path / "out"), "-q", "--formats", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "facts.jsonl").read_text("utf-8").splitlines()
    cli = [json.loads(line) for line in lines]
    assert len(api) == len(cli) == len(TEXTS)
    for a, c in zip(api, cli, strict=True):
        # `source` names where the CLI read the text (the JSONL file); the API had no file
        assert {k: v for k, v in a.items() if k != "source"} == {
            k: v for k, v in c.items() if k != "source"
        }
