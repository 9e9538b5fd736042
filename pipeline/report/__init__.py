"""The research report: ``report.html`` (one self-contained, offline page) and ``report.md``,
both rebuilt from a run's output folder alone.

The page fetches nothing: charts are inline SVG made in Python, styles and the small script
(concordance search, table sorting, panels) are embedded once. All article text is escaped
by Jinja2's autoescaping; data for the script sits in a JSON block with ``<``, ``>`` and
``&`` escaped, so ``</script>`` in an article cannot end it.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.io.writers import write_text
from pipeline.report.data import load_run
from pipeline.report.render import build_context, render_html, render_markdown


def write_report(out_dir: Path) -> Path:
    """Write ``report.html`` and ``report.md`` into ``out_dir``; return the HTML path."""
    out_dir = Path(out_dir)
    context = build_context(load_run(out_dir))
    html_path = out_dir / "report.html"
    write_text(html_path, render_html(context))
    write_text(out_dir / "report.md", render_markdown(context))
    return html_path
