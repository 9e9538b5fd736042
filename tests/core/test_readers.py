"""Bad input becomes one clear error for that document; good input of every kind is read."""

import codecs
import json

from pipeline.core import DocumentError
from pipeline.doc import Document
from pipeline.io.readers import read_inputs

HI = "बैक ऑफिस में फ्रेशर की सैलरी 12000 रुपये प्रति माह होती है।"
BN = "কল সেন্টারে মাসে ১৫,০০০ টাকা বেতন।"


def _read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_utf8_with_and_without_bom_and_utf16(tmp_path):
    (tmp_path / "a.txt").write_bytes(HI.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(codecs.BOM_UTF8 + BN.encode("utf-8"))
    (tmp_path / "c.txt").write_bytes(BN.encode("utf-16"))  # with BOM
    items = _read(tmp_path)
    assert [i.raw for i in items] == [HI, BN, BN]
    assert [i.id for i in items] == ["a", "b", "c"]


def test_legacy_encoding_is_detected_not_guessed(tmp_path):
    text = "Café résumé: salary Rs. 15,000 per month for the naïve fresher. " * 5
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    [doc] = _read(tmp_path / "latin.txt")
    assert isinstance(doc, Document)
    assert "résumé" in doc.raw


def test_binary_empty_and_missing_files_are_errors(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n ")
    items = _read(
        tmp_path / "bin.txt", tmp_path / "empty.txt", tmp_path / "blank.md", tmp_path / "nope.txt"
    )
    assert all(isinstance(i, DocumentError) for i in items)
    reasons = [i.reason for i in items]
    assert "binary" in reasons[0]
    assert "empty" in reasons[1] and "empty" in reasons[2]
    assert "no such file" in reasons[3]


def test_enormous_file_is_refused(tmp_path):
    (tmp_path / "big.txt").write_text("नौकरी " * 1000, encoding="utf-8")
    [item] = _read(tmp_path / "big.txt", max_bytes=1000)
    assert isinstance(item, DocumentError) and "too large" in item.reason


def test_jsonl_keeps_metadata_and_reports_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "ok1", "text": HI, "site": "example", "year": 2024}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "notext"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": BN}, ensure_ascii=False),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(tmp_path / "in.jsonl")
    assert [type(i).__name__ for i in items] == [
        "Document", "DocumentError", "DocumentError", "DocumentError", "Document",
    ]  # fmt: skip
    assert items[0].meta == {"site": "example", "year": 2024}
    assert "invalid JSON" in items[1].reason
    assert items[1].source.endswith("in.jsonl:2")
    assert items[4].id == "in-5"


def test_folders_are_read_recursively_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "z.md").write_text(HI, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<p>{BN}</p>", encoding="utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    items = _read(tmp_path)
    assert [i.id for i in items] == ["a", "z"]
    assert items[0].meta["format"] == "html"
