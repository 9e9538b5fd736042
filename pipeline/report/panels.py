"""Per-document panels (raw text with facts highlighted at their offsets) and the
concordance index.

The panel HTML is built by slicing ``raw`` at every fact, sentence and boilerplate boundary
and escaping each slice, so article text can never become markup.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup, escape

from pipeline.doc import Normalised
from pipeline.report.data import RunData, boilerplate_chars
from pipeline.report.fold import fold

MAX_PANELS = 300  # beyond this the report would grow past what a browser opens comfortably
MAX_INDEX_CHARS = 5_000_000


def anchors(data: RunData) -> dict[str, str]:
    """doc_id -> an HTML id that is safe whatever characters the doc id holds."""
    return {d["id"]: f"d{i}" for i, d in enumerate(data.documents)}


def highlight(
    raw: str,
    facts: list[dict[str, Any]],
    sentences: list[dict[str, Any]],
    boilerplate: list[dict[str, Any]],
) -> Markup:
    """Raw text as HTML: facts in <mark>, a language badge at each sentence, boilerplate dimmed."""
    n = len(raw)
    cuts = {0, n}
    for item in [*facts, *sentences, *boilerplate]:
        cuts.update((min(max(item["start"], 0), n), min(max(item["end"], 0), n)))
    cuts_sorted = sorted(cuts)
    sent_starts = {s["start"]: s for s in sentences}
    out: list[str] = []
    for a, b in zip(cuts_sorted, cuts_sorted[1:], strict=False):
        if a in sent_starts:
            lang = (sent_starts[a].get("language") or {}).get("primary") or "und"
            out.append(
                f'<span class="sl sl-{escape(lang)}" title="sentence language">'
                f"{escape(lang)}</span>"
            )
        piece = str(escape(raw[a:b]))
        covering = [i for i, f in enumerate(facts) if f["start"] <= a and b <= f["end"]]
        if covering:
            types = " ".join(sorted({f"t-{facts[i]['type']}" for i in covering}))
            tip = "; ".join(_fact_tip(facts[i]) for i in covering)
            piece = f'<mark class="fact {escape(types)}" title="{escape(tip)}">{piece}</mark>'
        if any(s["start"] <= a and b <= s["end"] for s in boilerplate):
            piece = f'<span class="bp">{piece}</span>'
        out.append(piece)
    return Markup("".join(out))


def _fact_tip(f: dict[str, Any]) -> str:
    keys = [k for k in f if k not in {"text", "start", "end", "sentence", "type"}]
    return f"{f['type']}: " + ", ".join(f"{k}={f[k]}" for k in keys if f[k] is not None)


def panels(data: RunData, ids: dict[str, str]) -> list[dict[str, Any]]:
    records = {r["doc_id"]: r for r in data.records}
    out = []
    for doc in data.documents[:MAX_PANELS]:
        rec = records.get(doc["id"], {})
        facts = rec.get("facts", [])
        raw = doc["text"]
        out.append(
            {
                "id": doc["id"],
                "anchor": ids[doc["id"]],
                "source": doc.get("source", ""),
                "language": rec.get("language", {}),
                "topic": rec.get("topic", {}),
                "n_facts": len(facts),
                "n_sentences": len(doc.get("sentences", [])),
                "chars": len(raw),
                "boilerplate_share": boilerplate_chars(doc) / len(raw) if raw else 0.0,
                "html": highlight(raw, facts, doc.get("sentences", []), doc.get("boilerplate", [])),
                "record": json.dumps(rec, ensure_ascii=False, indent=1),
            }
        )
    return out


def concordance_index(data: RunData, ids: dict[str, str]) -> tuple[list[dict[str, Any]], bool]:
    """Per document: raw text, its folded normalised text, and the map between the two.

    The search runs on ``f``: the pipeline's normalised view (spelling variants, digits)
    folded once more with ``fold``, character by character, so it never depends on how the
    tokeniser split words. ``m`` maps folded positions back to raw as breakpoints
    ``[i, raw_start, raw_end]`` wherever the map stops advancing one-to-one.
    """
    out, total, capped = [], 0, False
    for doc in data.documents:
        raw = doc["text"]
        folded, starts, ends = fold_with_map(raw, doc.get("normalised"))
        if total + len(folded) > MAX_INDEX_CHARS:
            capped = True
            break
        total += len(folded)
        out.append(
            {
                "id": doc["id"],
                "a": ids[doc["id"]],
                "raw": raw,
                "f": folded,
                "m": breakpoints(starts, ends),
            }
        )
    return out, capped


def fold_with_map(raw: str, normalised: dict[str, Any] | None) -> tuple[str, list[int], list[int]]:
    """Folded normalised text, with the raw span (start, end) of every folded character."""
    norm = Normalised.from_dict(raw, normalised or {})
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(norm.text):
        rs, re_ = norm.to_raw(i, i + 1)
        for out_ch in fold(ch):
            chars.append(out_ch)
            starts.append(rs)
            ends.append(re_)
    return "".join(chars), starts, ends


def breakpoints(starts: list[int], ends: list[int]) -> list[list[int]]:
    """Compress the map: keep position i only where it is not (previous + 1) on both sides."""
    out = []
    for i, (s, e) in enumerate(zip(starts, ends, strict=True)):
        if i == 0 or s != starts[i - 1] + 1 or e != ends[i - 1] + 1:
            out.append([i, s, e])
    return out


def json_for_script(obj: Any) -> Markup:
    """JSON safe inside <script type="application/json">: no <, >, & or line separators raw."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(ch, esc)
    return Markup(text)
