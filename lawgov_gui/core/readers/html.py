"""Main text of a saved web page, with nothing fetched.

A small `html.parser` walk: scripts, styles, frames, forms and navigation
elements are skipped whole; block elements (<p>, <br>, <div>, <li>, <tr>, <h1>…)
become line breaks, and so do the line breaks inside <pre> (elsewhere a line
break in the markup is a space); images and links are never followed. TRS-style <meta> tags
(ArticleTitle, PubDate, ContentSource) that Chinese government sites emit are kept
as hints for the metadata.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
         "embed", "svg", "canvas", "nav", "footer", "aside", "form", "select", "button",
         "textarea", "head", "audio", "video", "map", "math"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "wbr", "source",
         "param", "track", "embed"}
_BLOCK = {"p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
          "section", "article", "main", "dd", "dt", "dl", "blockquote", "pre", "center",
          "title", "header", "body", "html", "td", "th", "figure", "figcaption", "address"}
_SKIP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|breadcrumb|crumbs?|share|sidebar|toolbar|"
    r"copyright|topbar|friendlink|login|search)(?:$|[\s_-])", re.I)
_META_HINTS = {"articletitle": "title", "pubdate": "published", "contentsource": "issuer",
               "publishdate": "published", "firstpublishedtime": "published"}
_MAX_DEPTH = 4096
_PRE = {"pre", "listing", "xmp", "plaintext"}  # preformatted: their line breaks are the text's


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []
        self.skipping = 0
        self.pre = 0
        self.hints: dict[str, str] = {}
        self.page_title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = _META_HINTS.get(a.get("name", "").lower())
            if key and a.get("content"):
                self.hints.setdefault(key, a["content"].strip())
        if tag == "body":
            self._unwind("head")
        if tag in _BLOCK or tag == "br":
            self.parts.append("\n")
        if tag in _VOID or len(self.stack) >= _MAX_DEPTH:
            return
        skip = tag in _SKIP or bool(_SKIP_CLASS.search(a.get("class", "") + " " + a.get("id", "")))
        self.stack.append((tag, skip))
        self.skipping += skip
        self.pre += tag in _PRE

    def _unwind(self, tag: str) -> bool:
        """Close `tag` and everything opened inside it; False if it is not open."""
        if not any(t == tag for t, _ in self.stack):
            return False
        while self.stack:
            t, skip = self.stack.pop()
            self.skipping -= skip
            self.pre -= t in _PRE
            if t == tag:
                break
        return True

    def handle_endtag(self, tag: str) -> None:
        if self._unwind(tag) and tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "title":
            self.page_title.append(data)
        if not self.skipping:
            self.parts.append(data if self.pre else data.replace("\n", " "))


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The page's readable text, one block per line, and its metadata hints.

    Args:
        html: the decoded page.

    Returns:
        (text, hints) where hints may hold "title", "published" and "issuer".
    """
    w = _Walker()
    w.feed(html)
    w.close()
    hints = dict(w.hints)
    title = "".join(w.page_title).strip()
    if title and "title" not in hints:
        hints["title"] = re.split(r"\s*[_|｜]\s*|\s+-\s+", title)[0]
    return "".join(w.parts), hints


def looks_like_html(text: str) -> bool:
    """True when decoded text is markup rather than prose."""
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head[:2048]:
        return True
    tags = len(re.findall(r"</?(?:p|div|br|span|td|html|body|head|meta|table|a)\b", head))
    return tags >= 5 or (tags >= 2 and head.startswith("<"))
