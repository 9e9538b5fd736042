"""`career-pipeline run` and the single-stage commands, end to end through the CLI."""

import json
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import _register, app

_register()
runner = CliRunner()

HI = (
    "बैक ऑफिस में फ्रेशर की सैलरी 9000 रुपये से लेकर 15000 रुपये प्रति माह होती है।\n"
    "इसके लिए 12वीं पास होना जरूरी है।"
)
BN = "ঢাকায় কল সেন্টারে মাসে ১৫,০০০ টাকা বেতন পাওয়া যায়।"
MIX = "BPO job mein fresher ko 12k se 18k tak milta hai."


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    (src / "hi.txt").write_text(HI, encoding="utf-8")
    (src / "bn.md").write_text(BN, encoding="utf-8")
    (src / "page.html").write_text(f"<html><body><p>{MIX}</p></body></html>", encoding="utf-8")
    (src / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (src / "docs.jsonl").write_text(
        json.dumps({"id": "j1", "text": MIX, "site": "forum"}) + "\n{oops\n", encoding="utf-8"
    )
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", str(src), "--out", str(out), "-q", "--formats", "jsonl"])
    return src, out, result


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_run_writes_every_output_and_exit_status_says_some_failed(run_dir):
    _, out, result = run_dir
    assert result.exit_code == 1, result.output
    for name in ("facts.jsonl", "facts.schema.json", "documents.jsonl", "tagged.conllu",
                 "errors.jsonl", "report.html", "run.json"):  # fmt: skip
        assert (out / name).is_file(), name
    assert not list(out.glob("*.part")), "no temporary files left behind"


def test_bad_documents_are_listed_and_good_ones_kept(run_dir):
    _, out, _ = run_dir
    errors = _lines(out / "errors.jsonl")
    assert {e["doc_id"] for e in errors} == {"broken", "docs-2"}
    assert all(e["reason"] for e in errors)
    ids = [r["doc_id"] for r in _lines(out / "facts.jsonl")]
    assert sorted(ids) == ["bn", "hi", "j1", "page"]
    info = json.loads((out / "run.json").read_text())
    assert info["documents"] == {**info["documents"], "total": 6, "ok": 4, "failed": 2}
    assert set(info["stage_seconds"]) >= {"normalise", "tokenise", "detect", "extract"}
    assert info["versions"]["python"]


def test_facts_validate_against_the_generated_schema(run_dir):
    _, out, _ = run_dir
    schema = json.loads((out / "facts.schema.json").read_text())
    for record in _lines(out / "facts.jsonl"):
        jsonschema.validate(record, schema)
        assert record["schema_version"] == "1.0"
        assert abs(sum(record["topic"]["scores"].values()) - 1) < 1e-6


def test_every_token_and_fact_points_into_the_raw_text(run_dir):
    _, out, _ = run_dir
    docs = {d["id"]: d for d in _lines(out / "documents.jsonl")}
    for record in _lines(out / "facts.jsonl"):
        raw = docs[record["doc_id"]]["text"]
        for fact in record["facts"]:
            assert raw[fact["start"] : fact["end"]] == fact["text"]
    for doc in docs.values():
        for sent in doc["sentences"]:
            for tok in sent["tokens"]:
                assert doc["text"][tok["start"] : tok["end"]] == tok["text"]


def test_jsonl_metadata_survives_into_documents(run_dir):
    _, out, _ = run_dir
    docs = {d["id"]: d for d in _lines(out / "documents.jsonl")}
    assert docs["j1"]["site"] == "forum"


def test_conllu_has_comments_and_raw_spans(run_dir):
    _, out, _ = run_dir
    text = (out / "tagged.conllu").read_text(encoding="utf-8")
    assert "# doc_id = hi" in text and "# sent_id = hi-0" in text and "# text = " in text
    assert "TokenRange=" in text


def test_stage_commands_compose_with_pipes():
    line = json.dumps({"id": "m1", "text": MIX, "site": "x"}) + "\n"
    cmd = [sys.executable, "-m", "pipeline"]
    detect = subprocess.run(
        [*cmd, "detect"], input=line, capture_output=True, text=True, check=True
    )
    norm = subprocess.run(
        [*cmd, "normalise"], input=detect.stdout, capture_output=True, text=True, check=True
    )
    tok = subprocess.run(
        [*cmd, "tokenise"], input=norm.stdout, capture_output=True, text=True, check=True
    )
    [doc] = [json.loads(x) for x in tok.stdout.splitlines()]
    assert doc["site"] == "x" and doc["text"] == MIX
    assert doc["stages"] == ["normalise", "tokenise", "detect"]
    assert doc["language"]["primary"]
    sent = doc["sentences"][0]
    assert {"start", "end", "language", "tokens"} <= set(sent)
    assert {"text", "start", "end", "lang"} <= set(sent["tokens"][0])


def test_stage_command_writes_an_error_line_for_a_bad_line():
    bad = "{nope\n" + json.dumps({"id": "ok", "text": HI}, ensure_ascii=False) + "\n"
    result = runner.invoke(app, ["normalise", "-q"], input=bad)
    assert result.exit_code == 1
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert "error" in out[0] and out[1]["id"] == "ok"


def test_every_command_says_what_it_reads_and_writes():
    for cmd in ("run", "normalise", "tokenise", "detect", "tag", "classify", "extract"):
        result = runner.invoke(app, [cmd, "--help"])
        assert result.exit_code == 0
        assert "Reads" in result.stdout or "write" in result.stdout.lower(), cmd


def test_interrupted_output_never_looks_complete(tmp_path):
    from pipeline.io.writers import atomic_open

    target = tmp_path / "facts.jsonl"
    with pytest.raises(RuntimeError):
        with atomic_open(target) as fh:
            fh.write('{"half": ')
            raise RuntimeError("killed")
    assert not target.exists()
    assert not list(tmp_path.iterdir())
