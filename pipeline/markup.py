"""HTML saved as a text file: which stretches are markup rather than text.

The standard library's HTML parser (a real tokenizer, forgiving of broken pages)
reports where each run of text starts; everything between runs is markup, and so
is the content of <script> and <style>. Character references (&nbsp;) stay as
written, so the text keeps its offsets and no parser decides what they mean.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from html.parser import HTMLParser
from itertools import accumulate

# Only whole pages are read as HTML; a stray <p> in an article is left to boilerplate rules.
LOOKS_LIKE_HTML = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
# Tags that end a line of text, so that paragraphs do not run together once the tags are gone.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "td", "th", "title", "tr", "ul",
})  # fmt: skip
_HIDDEN = frozenset({"script", "style", "template", "noscript"})


class _TextFinder(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.html = html
        self.line_starts = [0, *accumulate(len(line) + 1 for line in html.split("\n"))]
        self.text: list[tuple[int, int]] = []
        self.breaks: list[int] = []
        self.hidden = 0

    def _here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in BLOCK_TAGS:
            self.breaks.append(self._here())
        self.hidden += tag in _HIDDEN

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.breaks.append(self._here())
        self.hidden -= tag in _HIDDEN and self.hidden > 0

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            start = self._here()
            self.text.append((start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._reference(1 + len(name))

    def handle_charref(self, name: str) -> None:
        self._reference(2 + len(name))

    def _reference(self, length: int) -> None:
        if not self.hidden:
            start = self._here()
            end = start + length + (self.html[start + length : start + length + 1] == ";")
            self.text.append((start, end))


def markup_gaps(html: str) -> list[tuple[int, int, bool]]:
    """(start, end, ends_a_line) for every stretch of `html` that is markup, in order."""
    finder = _TextFinder(html)
    finder.feed(html)
    finder.close()
    gaps, position, breaks = [], 0, sorted(finder.breaks)
    for start, end in [*finder.text, (len(html), len(html))]:
        if start > position:
            gaps.append((position, start, bisect_left(breaks, position) < bisect_left(breaks, start)))
        position = max(position, end)
    return gaps
