"""HTML with lxml: a page's links (absolute, with their text), its title and its own text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from disclosure_audit.crawl.scope import normalise

SKIPPED_HREFS = ("javascript:", "mailto:", "tel:", "#", "about:", "data:")
NOT_OWN_TEXT = frozenset({"a", "script", "style", "noscript", "template"})
TITLE_SEPARATORS = ("-", "_", "|", "—", "｜", "－", "–")


@dataclass(frozen=True)
class Anchor:
    """A link on a page: where it goes, what it says, and its element (for the row around it)."""

    url: str
    text: str  # the visible text, else the title attribute, else an image's alt text
    title: str = ""  # the title attribute (often the full title of a shortened one)
    element: Any = field(default=None, compare=False, hash=False, repr=False)


def clean(text: str | None) -> str:
    """Whitespace (including the ideographic space and no-break space) collapsed to one space."""
    return " ".join((text or "").split())


def parse(text: str) -> Any | None:
    """The page's document tree, or None for an empty or unparseable page.

    The text is already decoded; it is handed to lxml as UTF-8 bytes with the encoding stated,
    so that a ``<meta charset>`` or an XML declaration in it cannot make lxml decode it again.
    """
    import lxml.etree
    import lxml.html

    if not text.strip():
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", errors="replace"),
                                             parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


def anchors(doc: Any, page_url: str) -> list[Anchor]:
    """Every followable link of the page, in document order, as absolute http(s) URLs."""
    base = page_url
    for element in doc.iter("base"):
        if element.get("href"):
            base = urljoin(page_url, element.get("href").strip())
            break
    found = []
    for element in doc.iter("a"):
        href = (element.get("href") or "").strip()
        if not href or href.lower().startswith(SKIPPED_HREFS):
            continue
        try:
            url = normalise(urljoin(base, href))
        except ValueError:
            continue
        if url is None:
            continue
        title = clean(element.get("title"))
        text = clean(element.text_content()) or title or _image_alt(element)
        found.append(Anchor(url, text, title, element))
    return found


def page_title(doc: Any) -> str:
    """The first part of the page's ``<title>`` (``招生信息-信息公开网`` → ``招生信息``)."""
    titles = doc.xpath("//title")
    text = clean(titles[0].text_content()) if titles else ""
    for separator in TITLE_SEPARATORS:
        text = text.split(separator, 1)[0].strip()
    return text


def own_text(doc: Any, limit: int = 3000) -> set[str]:
    """The page's text outside links, scripts and styles, one string per text node; at most
    ``limit`` elements are read (enough to tell an empty column from one with content)."""
    body = doc.find("body")
    found: set[str] = set()
    stack = [body if body is not None else doc]
    while stack and limit > 0:
        limit -= 1
        element = stack.pop()
        if element.text and (line := clean(element.text)):
            found.add(line)
        for child in element:
            if child.tail and (line := clean(child.tail)):
                found.add(line)
            if isinstance(child.tag, str) and child.tag not in NOT_OWN_TEXT:
                stack.append(child)
    return found


def _image_alt(element: Any) -> str:
    for image in element.iter("img"):
        if image.get("alt"):
            return clean(image.get("alt"))
    return ""
