"""What a URL says on its own: a file or a page, an article or a list, which list it pages.

Regular expressions over URLs (text), never over HTML.
"""

from __future__ import annotations

import re
from posixpath import dirname, splitext
from urllib.parse import parse_qsl, urlsplit

from disclosure_audit.crawl.dates import date_in_url

FILE_FORMATS = {
    ".pdf": "pdf", ".doc": "doc", ".docx": "doc", ".wps": "doc", ".rtf": "doc", ".odt": "doc",
    ".xls": "xls", ".xlsx": "xls", ".et": "xls", ".csv": "xls", ".ods": "xls",
    ".jpg": "image", ".jpeg": "image", ".png": "image", ".gif": "image", ".bmp": "image",
    ".webp": "image", ".tif": "image", ".tiff": "image",
}
OTHER_FILES = frozenset({".zip", ".rar", ".7z", ".ppt", ".pptx", ".txt", ".mp4", ".mp3",
                         ".avi", ".flv", ".exe", ".apk", ".ofd", ".xml", ".json", ".css",
                         ".js"})
PAGE_EXTENSIONS = frozenset({"", ".htm", ".html", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx",
                             ".php", ".do", ".action", ".psp", ".cgi"})
TYPE_FORMATS = (("application/pdf", "pdf"), ("msword", "doc"), ("wordprocessing", "doc"),
                ("ms-excel", "xls"), ("spreadsheet", "xls"), ("image/", "image"),
                ("text/html", "html"), ("application/xhtml", "html"))
# Article (detail) pages of the CMSs Chinese universities use, by their URL shape.
ARTICLE_URLS = (
    re.compile(r"/c\d+a\d+/page\.(?:htm|psp)$"),  # 博达 VSB: /2022/0310/c1234a5678/page.htm
    re.compile(r"/info/\d+/\d+\.htm$"),  # 博达 classic: /info/1001/1234.htm
    re.compile(r"/t\d{8}_\d+\.s?html?$"),  # TRS: /202203/t20220310_123.html
    re.compile(r"/art/\d{4}/\d+/\d+/art_\d+_\d+\.html$"),  # 大汉: /art/2022/3/10/art_1_2.html
    re.compile(r"(?:^|/)(?:content|detail|show|article|view|news_?detail)\w*\.\w+$", re.I),
)
ARTICLE_QUERY = re.compile(r"(?:^|&)(?:wbnewsid|newsid|articleid|article_id|aid|nid)=\d+",
                           re.I)
PAGE_NUMBER = re.compile(r"[_-]?\d+$")


def extension(url: str) -> str:
    """The lower-case extension of the URL's path (``.pdf``), or ``""``."""
    return splitext(urlsplit(url).path)[1].lower()


def format_of(url: str, content_type: str | None = None) -> str | None:
    """The declaration ``format`` of a link: from the Content-Type when known, else from the
    link's extension; None when neither tells (an archive, a presentation …)."""
    kind = (content_type or "").lower()
    for marker, fmt in TYPE_FORMATS:
        if marker in kind:
            return fmt
    ext = extension(url)
    if ext in FILE_FORMATS:
        return FILE_FORMATS[ext]
    return "html" if ext in PAGE_EXTENSIONS else None


def is_file(url: str) -> bool:
    """True for a document, image or archive rather than a web page."""
    ext = extension(url)
    return ext in FILE_FORMATS or ext in OTHER_FILES


def is_article(url: str) -> bool:
    """True when the URL has an article page's shape (or a date in its path)."""
    parts = urlsplit(url)
    return (any(p.search(parts.path) for p in ARTICLE_URLS)
            or bool(ARTICLE_QUERY.search(parts.query)) or date_in_url(url) is not None)


def same_list(url: str, first: str) -> bool:
    """True when ``url`` is another page of the list whose first page is ``first``:
    ``list.htm`` → ``list2.htm``, ``index.html`` → ``index_1.html``, ``?page=2``, or
    ``jbxx.htm`` → ``jbxx/2.htm`` (博达's static pages)."""
    a, b = urlsplit(url), urlsplit(first)
    if a.netloc != b.netloc or a == b:
        return False
    if a.path == b.path:
        return _pages_query(dict(parse_qsl(a.query)), dict(parse_qsl(b.query)))
    if a.query != b.query:
        return False
    stem_a, ext_a = splitext(a.path)
    stem_b, ext_b = splitext(b.path)
    if ext_a != ext_b:
        return False
    if dirname(a.path) == dirname(b.path):
        return PAGE_NUMBER.sub("", stem_a) == PAGE_NUMBER.sub("", stem_b)
    return dirname(a.path) == stem_b and stem_a.rsplit("/", 1)[-1].isdigit()


def _pages_query(a: dict[str, str], b: dict[str, str]) -> bool:
    """The queries differ in exactly one numeric parameter (the page number)."""
    keys = set(a) | set(b)
    differing = [k for k in keys if a.get(k) != b.get(k)]
    return len(differing) == 1 and (a.get(differing[0]) or "").isdigit()
