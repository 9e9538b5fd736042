"""A small hand-made run: our own articles through the real pipeline and writers, plus
hand-placed facts (the extractor is still being written), a hostile article and a bad file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.core import DocumentError, Pipeline
from pipeline.io.readers import DEFAULT_MAX_BYTES, read_inputs
from pipeline.io.writers import conllu_block, dumps_line, write_json, write_text
from pipeline.records import facts_record
from pipeline.runner import RunSummary, run_info, write_tables
from pipeline.schema import TOPIC_LABELS, parse_fact

HOSTILE = (
    "सैलरी की खबर <script>alert(1)</script> और <img src=x onerror=alert(1)> भी।\n"
    "बंद करो </script><script>alert(2)</script> यहाँ & वहाँ।\n"
)

# doc id -> (text, [(type, surface, extra fields, confidence)])
ARTICLES: dict[str, tuple[str, list[tuple[str, str, dict[str, Any], float]]]] = {
    "hi_call_centre": (
        "कॉल सेंटर में नौकरी\n"
        "कॉल सेंटर एजेंट की सैलरी 12,000 से 18,000 रुपये प्रति माह होती है। "
        "इसके लिए 12वीं पास होना ज़रूरी है। फ्रेशर भी आवेदन कर सकते हैं। "
        "अच्छी कम्युनिकेशन स्किल चाहिए। आधार कार्ड और मार्कशीट साथ लाएँ।\n"
        "नई सैलरी हर महीने की पहली तारीख को मिलती है।\n",
        [
            (
                "salary",
                "12,000 से 18,000 रुपये प्रति माह",
                {
                    "min": 12000,
                    "max": 18000,
                    "currency": "INR",
                    "period": "month",
                    "role": "call_centre_agent",
                },
                0.9,
            ),
            (
                "qualification",
                "12वीं पास",
                {"level": "higher_secondary", "field": None, "degree": None},
                0.85,
            ),
            ("experience", "फ्रेशर", {"min_years": None, "max_years": None, "fresher": True}, 0.8),
            ("skill", "कम्युनिकेशन स्किल", {"name": "communication"}, 0.8),
            ("document", "आधार कार्ड", {"name": "aadhaar_card"}, 0.9),
            ("document", "मार्कशीट", {"name": "marksheet"}, 0.5),
        ],
    ),
    "bn_call_centre": (
        "কল সেন্টারে চাকরি\n"
        "ঢাকায় কল সেন্টারের এজেন্টদের বেতন ১৫,০০০ থেকে ২৫,০০০ টাকা। "
        "স্নাতক পাস প্রার্থীরা আবেদন করতে পারেন। ইংরেজিতে কথা বলার দক্ষতা দরকার।\n",
        [
            (
                "salary",
                "১৫,০০০ থেকে ২৫,০০০ টাকা",
                {"min": 15000, "max": 25000, "currency": "BDT", "period": None, "role": None},
                0.9,
            ),
            ("qualification", "স্নাতক", {"level": "graduate", "field": None, "degree": None}, 0.8),
            ("skill", "ইংরেজিতে", {"name": "english"}, 0.7),
            ("location", "ঢাকায়", {"name": "ঢাকায়", "normalized": "Dhaka"}, 0.75),
        ],
    ),
    "hinglish_bpo": (
        "BPO job mein salary 12k se 18k tak milti hai. Data entry ke liye typing speed "
        "achhi honi chahiye. Team leader ko 3.5 LPA tak ka package milta hai. "
        "Experience 1-2 saal ho to better hai. Salary ke alawa incentive bhi milta hai.\n",
        [
            (
                "salary",
                "12k se 18k",
                {"min": 12000, "max": 18000, "currency": "INR", "period": None, "role": None},
                0.8,
            ),
            ("role", "Data entry", {"name": "data_entry"}, 0.7),
            ("skill", "typing", {"name": "typing"}, 0.9),
            (
                "salary",
                "3.5 LPA",
                {
                    "min": None,
                    "max": 350000,
                    "currency": "INR",
                    "period": "year",
                    "role": "team_leader",
                },
                0.55,
            ),
            ("experience", "1-2 saal", {"min_years": 1, "max_years": 2, "fresher": False}, 0.8),
        ],
    ),
    "hostile": (
        HOSTILE,
        [("skill", "<img src=x onerror=alert(1)>", {"name": "<b>bold</b>"}, 0.4)],
    ),
}


FactSpec = tuple[str, str, dict[str, Any], float]


def place_facts(doc: dict[str, Any], specs: list[FactSpec]) -> list[dict[str, Any]]:
    """Contract facts at the real offsets of each surface string (first occurrence)."""
    raw = doc["text"]
    facts = []
    for ftype, surface, extra, conf in specs:
        start = raw.index(surface)
        end = start + len(surface)
        sentence = next(
            (i for i, s in enumerate(doc.get("sentences", [])) if s["start"] <= start < s["end"]), 0
        )
        facts.append(
            {
                "type": ftype,
                "text": surface,
                "start": start,
                "end": end,
                "sentence": sentence,
                "confidence": conf,
                **extra,
            }
        )
    return facts


TOPICS = {
    "hi_call_centre": "bpo",
    "bn_call_centre": "bpo",
    "hinglish_bpo": "back_office",
    "hostile": "other",
}
# every stage but the topic classifier, whose model may not be built: topics are set by hand
STAGES = ("normalise", "tokenise", "detect", "tag", "extract")


def topic_block(label: str) -> dict[str, Any]:
    scores = {t: (0.72 if t == label else 0.035) for t in TOPIC_LABELS}
    return {"label": label, "scores": scores}


def make_run(root: Path, formats: tuple[str, ...] = ("jsonl", "csv", "parquet")) -> Path:
    """Our articles through the real stages and writers, with facts and topics placed by hand."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for doc_id, (text, _) in ARTICLES.items():
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary\x00" * 20)
    out = root / "run"
    out.mkdir()
    pipe = Pipeline(stages=STAGES)
    summary = RunSummary()
    records, docs, errors, conllu = [], [], [], []
    for item in pipe.pipe(read_inputs([str(corpus)], DEFAULT_MAX_BYTES)):
        summary.documents += 1
        if isinstance(item, DocumentError):
            summary.failed += 1
            errors.append(item.to_dict())
            continue
        item.topic = topic_block(TOPICS[item.id])
        doc = item.to_dict()
        doc["facts"] = place_facts(doc, ARTICLES[item.id][1])
        item.facts = [parse_fact(f) for f in doc["facts"]]
        records.append(facts_record(item))
        docs.append(item.to_dict())
        conllu.append(conllu_block(item))
        summary.sentences += len(item.sentences)
        summary.tokens += len(item.tokens)
    for name, rows in (
        ("documents.jsonl", docs),
        ("facts.jsonl", records),
        ("errors.jsonl", errors),
    ):
        write_text(out / name, "".join(dumps_line(r) for r in rows))
    write_text(out / "tagged.conllu", "".join(conllu))
    write_tables(records, out, formats)
    write_json(
        out / "run.json",
        run_info(pipe, summary, [str(corpus)], "2026-01-01T00:00:00", 0.0, formats),
    )
    return out


@pytest.fixture(scope="session")
def hand_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-made run folder, with its report written."""
    from pipeline.report import write_report

    out = make_run(tmp_path_factory.mktemp("hand"))
    write_report(out)
    return out
