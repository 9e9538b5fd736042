"""HTML input: raw stays the source; the normalised view keeps only the readable text.

The standard library's ``html.parser`` finds the markup; each event's raw stretch is
replaced (tags by a newline or nothing, ``<script>``/``<style>`` bodies and comments
by nothing, entities by their character), so tokens never come from markup and every
token still maps to raw.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from pipeline.normalisation.compose import TextEdit

#: tags that end a line of text (block-level, or line breaks)
BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option p pre section "
    "summary table tbody td tfoot th thead title tr ul".split()
)
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template"})

_LOOKS_HTML = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def looks_like_html(raw: str, fmt: str | None = None) -> bool:
    """True for .html/.htm input, or text that opens like an HTML page."""
    if fmt and fmt.lower().lstrip(".") in ("html", "htm", "xhtml"):
        return True
    return bool(_LOOKS_HTML.match(raw[:4096]))


class _Events(HTMLParser):
    """Records (offset, kind, tag) for every parser event, in source order."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.events: list[tuple[int, str, str]] = []
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def _at(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.events.append((self._at(), "start", tag))

    def handle_startendtag(self, tag, attrs):  # noqa: ANN001
        self.events.append((self._at(), "start", tag))

    def handle_endtag(self, tag):  # noqa: ANN001
        self.events.append((self._at(), "end", tag))

    def handle_data(self, data):  # noqa: ANN001
        self.events.append((self._at(), "data", ""))

    def handle_entityref(self, name):  # noqa: ANN001
        self.events.append((self._at(), "ref", ""))

    def handle_charref(self, name):  # noqa: ANN001
        self.events.append((self._at(), "ref", ""))

    def handle_comment(self, data):  # noqa: ANN001
        self.events.append((self._at(), "markup", ""))

    def handle_decl(self, decl):  # noqa: ANN001
        self.events.append((self._at(), "markup", ""))

    def handle_pi(self, data):  # noqa: ANN001
        self.events.append((self._at(), "markup", ""))

    def unknown_decl(self, data):  # noqa: ANN001
        self.events.append((self._at(), "markup", ""))


def html_edits(text: str) -> list[TextEdit]:
    """Edits that blank out the markup of ``text``; each event spans up to the next one."""
    parser = _Events(text)
    parser.feed(text)
    parser.close()
    events = sorted(set(parser.events))
    edits: list[TextEdit] = []
    hidden = 0
    for n, (start, kind, tag) in enumerate(events):
        end = events[n + 1][0] if n + 1 < len(events) else len(text)
        if end <= start:
            continue
        chunk = text[start:end]
        if kind == "data":
            if hidden:
                edits.append(TextEdit(start, end, "", "html"))
            continue
        if kind == "ref":
            edits.append(TextEdit(start, end, html.unescape(chunk), "html"))
            continue
        if kind in ("start", "end") and tag in HIDDEN_TAGS:
            hidden = max(0, hidden + (1 if kind == "start" and not chunk.endswith("/>") else -1))
        block = kind in ("start", "end") and tag in BLOCK_TAGS
        edits.append(TextEdit(start, end, "\n" if block else "", "html"))
    return edits
