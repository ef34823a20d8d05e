"""HTML → title and text blocks, with the standard library's tokenizer and no fetching.

Tags are kept on a stack so that an end tag closes whatever it encloses (an unclosed
``<nav>`` ends with its parent, as browsers do). Page furniture (navigation, headers, footers,
forms) is only *set aside*: when a page has no text outside it (ASP.NET pages wrap the whole
body in ``<form>``), the set-aside text is the article. Scripts, styles and widgets are dropped.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

DROP = frozenset({"script", "style", "noscript", "svg", "template", "iframe", "button", "select"})
"""Never text: code, styles, embedded documents, widgets."""

ASIDE = frozenset({"nav", "header", "footer", "aside", "form"})
"""Usually page furniture, but kept aside in case the article sits inside it."""

CONTENT = frozenset({"article", "main"})
"""The article itself: it ends any furniture left open before it."""

BLOCK = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 blockquote br tr section article pre dd dt figcaption td main "
    "ul ol".split()
)
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
MAX_DEPTH = 256
"""Deeper elements are read as if unnested: keeps every end tag's search short (hostile pages
nest hundreds of thousands of tags)."""


class HtmlText(HTMLParser):
    """Collects the title, the first ``<h1>`` and block-level text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""
        self.blocks: list[str] = []
        self.aside_blocks: list[str] = []
        self._current: list[str] = []
        self._stack: list[str] = []
        self._open: Counter[str] = Counter()  # how many of each tag the stack holds
        self._drop = 0
        self._aside = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
            return
        if self._in_title and (tag in BLOCK or tag == "body"):
            self._in_title = False  # an unclosed <title> must not swallow the page
        if tag in BLOCK or tag in ASIDE or tag in DROP:
            self._flush()
        if tag in CONTENT and self._aside:
            self._close_asides()
        if tag not in VOID and len(self._stack) < MAX_DEPTH:
            self._push(tag)
        if tag in BLOCK:
            self._in_h1 = tag == "h1" and not self.h1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if not self._open[tag]:
            return  # a stray end tag closes nothing
        start = len(self._stack) - 1 - self._stack[::-1].index(tag)
        if any(t in BLOCK or t in ASIDE or t in DROP for t in self._stack[start:]):
            text = self._flush()
            if tag == "h1" and self._in_h1 and text and not self._aside:
                self.h1 = text
                self.blocks.pop()
            self._in_h1 = False
        while len(self._stack) > start:
            self._pop()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._drop:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def text_blocks(self) -> list[str]:
        """The article's blocks: those outside page furniture, else the furniture's."""
        return self.blocks or self.aside_blocks

    def _push(self, tag: str) -> None:
        self._stack.append(tag)
        self._open[tag] += 1
        self._drop += tag in DROP
        self._aside += tag in ASIDE

    def _pop(self) -> str:
        tag = self._stack.pop()
        self._open[tag] -= 1
        self._drop -= tag in DROP
        self._aside -= tag in ASIDE
        return tag

    def _close_asides(self) -> None:
        """``<article>`` inside an unclosed ``<nav>``: the navigation has ended."""
        kept = [t for t in self._stack if t not in ASIDE]
        while self._stack:
            self._pop()
        for tag in kept:
            self._push(tag)

    def _flush(self) -> str:
        text = " ".join("".join(self._current).split())
        self._current = []
        if text:
            (self.aside_blocks if self._aside else self.blocks).append(text)
        return text
