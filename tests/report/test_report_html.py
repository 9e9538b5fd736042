"""report.html: article text stays text, facts sit at their offsets, nothing is fetched."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.report import write_report
from pipeline.report.panels import highlight, json_for_script
from pipeline.schema import FACT_TYPES


class Elements(HTMLParser):
    """Counts elements and keeps script bodies, marks and attributes that load things."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: dict[str, int] = {}
        self.scripts: list[dict[str, str | None]] = []
        self.loading: list[tuple[str, str, str | None]] = []
        self.marks: list[str] = []
        self._mark_depth = 0
        self._mark_text: list[str] = []
        self._in_script = False
        self.script_bodies: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "script":
            self.scripts.append(dict(attrs))
            self._in_script = True
            self.script_bodies.append("")
        if tag == "mark":
            self._mark_depth += 1
            self._mark_text = []
        for name, value in attrs:
            if (
                name in {"src", "srcset", "action", "formaction", "poster", "data"}
                or (name == "href" and value and not value.startswith(("#", "data:")))
                or name.startswith("on")
            ):
                self.loading.append((tag, name, value))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False
        if tag == "mark" and self._mark_depth:
            self._mark_depth -= 1
            self.marks.append("".join(self._mark_text))

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_bodies[-1] += data
        if self._mark_depth:
            self._mark_text.append(data)


def _parse(path: Path) -> Elements:
    parser = Elements()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_hostile_article_adds_no_script_and_no_handler(hand_run: Path) -> None:
    page = _parse(hand_run / "report.html")
    # exactly the two script elements the template puts there: data block, then code
    assert [s.get("type") for s in page.scripts] == ["application/json", None]
    assert page.tags.get("img", 0) == 0
    assert page.loading == []  # no src=, no external href, no on*= handler anywhere
    html = (hand_run / "report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<b>bold</b>" not in html  # a fact's name is data too


def test_embedded_json_cannot_end_its_script_block(hand_run: Path) -> None:
    page = _parse(hand_run / "report.html")
    body = page.script_bodies[0]
    assert "<" not in body and ">" not in body and "&" not in body
    data = json.loads(body)
    raws = {d["id"]: d["raw"] for d in data["docs"]}
    assert "</script><script>alert(2)</script>" in raws["hostile"]  # intact after decoding
    escaped = '{"a":"\\u003c/script\\u003e\\u0026\\u2028"}'
    assert str(json_for_script({"a": "</script>&\u2028"})) == escaped


def test_facts_highlighted_at_their_offsets(hand_run: Path) -> None:
    page = _parse(hand_run / "report.html")
    facts = [
        f
        for line in (hand_run / "facts.jsonl").read_text("utf-8").splitlines()
        for f in json.loads(line)["facts"]
    ]
    legend = list(FACT_TYPES)
    assert page.marks[: len(legend)] == legend
    assert sorted(page.marks[len(legend) :]) == sorted(f["text"] for f in facts)


def test_overlapping_facts_and_sentences_slice_cleanly() -> None:
    raw = "वेतन 12k से 18k तक। <b>next</b>"
    facts = [
        {"type": "salary", "start": 5, "end": 15, "text": raw[5:15]},
        {"type": "skill", "start": 12, "end": 18, "text": raw[12:18]},
    ]
    sentences = [
        {"start": 0, "end": 19, "language": {"primary": "hi"}},
        {"start": 20, "end": len(raw), "language": {"primary": "en"}},
    ]
    out = str(highlight(raw, facts, sentences, [{"start": 20, "end": len(raw), "label": "x"}]))
    text = re.sub(r'<span class="sl[^>]*>[^<]*</span>', "", out)
    assert re.sub(r"<[^>]+>", "", text).replace("&lt;", "<").replace("&gt;", ">") == raw
    assert '<mark class="fact t-salary t-skill"' in out  # the overlap carries both types
    assert "&lt;b&gt;next&lt;/b&gt;" in out and '<span class="bp">' in out
    assert out.count('class="sl ') == 2


def test_sections_and_figures(hand_run: Path) -> None:
    html = (hand_run / "report.html").read_text(encoding="utf-8")
    for section in (
        "overview",
        "topics",
        "salaries",
        "requirements",
        "language",
        "concordance",
        "documents",
        "quality",
    ):
        assert f'<section id="{section}">' in html
    assert "yearly ÷ 12" in html and "daily × 26" in html  # the conversion is stated
    assert "29,167" in html  # 3.5 LPA as a monthly figure (350000 / 12)
    assert "binary data (NUL bytes), not text" in html  # the failed document and why
    assert "fonts-noto-core" in html
    md = (hand_run / "report.md").read_text(encoding="utf-8")
    assert "| 5 | 4 | 1 |" in md  # documents, processed, errors
    assert "Facts below confidence 0.6: 3" in md
    assert "INR: 3 figures" in md and "BDT: 1 figure," in md
    assert "&lt;b&gt;bold&lt;/b&gt; 1" in md and "<b>" not in md  # article HTML stays text


def test_discovered_topics_say_not_available_without_the_module(
    hand_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    out = tmp_path / "run"
    shutil.copytree(hand_run, out)
    monkeypatch.setitem(sys.modules, "pipeline.topic.discovery", None)  # import fails
    write_report(out)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Discovered topics: not available" in html
    assert "Discovered topics: not available" in (out / "report.md").read_text("utf-8")


def test_report_of_an_empty_run(tmp_path: Path) -> None:
    for name in ("facts.jsonl", "documents.jsonl", "errors.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    write_report(tmp_path)
    assert "No salary facts" in (tmp_path / "report.html").read_text(encoding="utf-8")
