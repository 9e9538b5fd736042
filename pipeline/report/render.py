"""Gather every section's figures into one context, then render it as HTML and Markdown."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from pipeline.report import language, sections
from pipeline.report.data import RunData
from pipeline.report.fold import FOLD_JS
from pipeline.report.panels import (
    MAX_PANELS,
    anchors,
    concordance_index,
    json_for_script,
    panels,
)
from pipeline.report.salaries import salary_rows, salary_section

TEMPLATES = resources.files("pipeline.report") / "templates"
FONT_PACKAGES = "fonts-noto-core (or fonts-lohit-deva and fonts-lohit-beng-bengali)"


def build_context(data: RunData) -> dict[str, Any]:
    ids = anchors(data)
    index, capped = concordance_index(data, ids)
    return {
        "title": "career-pipeline report",
        "run": data.run,
        "overview": sections.overview(data),
        "topics": sections.topics(data),
        "discovered": sections.discovered_topics(data, ids),
        "salaries": salary_section(salary_rows(data, ids)),
        "requirements": sections.requirement_facts(data),
        "freq": language.frequency_lists(data),
        "collocations": language.collocations(data),
        "bigrams": language.ngrams(data, 2),
        "trigrams": language.ngrams(data, 3),
        "panels": panels(data, ids),
        "max_panels": MAX_PANELS,
        "total_documents": len(data.documents),
        "quality": sections.quality(data, ids),
        "index": index,
        "index_capped": capped,
        "font_packages": FONT_PACKAGES,
    }


def _env(autoescape: bool, finalize: Any = None) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=autoescape,
        finalize=finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pct"] = lambda v: f"{100 * v:.1f}%"
    env.filters["num"] = _num
    return env


def _num(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float) and not v.is_integer():
        return f"{v:,.2f}" if abs(v) < 100 else f"{v:,.0f}"
    return f"{int(v):,}"


def render_html(context: dict[str, Any]) -> str:
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    return (
        _env(True)
        .get_template("report.html.j2")
        .render(
            **context,
            css=Markup(css),
            js=Markup(FOLD_JS + js),
            data_json=json_for_script({"docs": context["index"]}),
        )
    )


def markdown_text(value: Any) -> str:
    """Every value in report.md as inert text: no HTML from articles, no table-breaking pipes."""
    text = "" if value is None else str(value)
    for ch, esc in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"), ("\n", " ")):
        text = text.replace(ch, esc)
    return text


def render_markdown(context: dict[str, Any]) -> str:
    env = _env(False, finalize=markdown_text)
    text = env.get_template("report.md.j2").render(**context)
    text = re.sub(r"(?<=[^\n])\n(#+ )", r"\n\n\1", text)  # a blank line before every heading
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
