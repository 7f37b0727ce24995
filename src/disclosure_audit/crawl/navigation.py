"""Which links lead where: the disclosure column on the homepage, a list's other pages, and a
column's sub-columns."""

from __future__ import annotations

from collections.abc import Callable

from disclosure_audit.crawl.html import Anchor
from disclosure_audit.crawl.scope import host
from disclosure_audit.crawl.urls import is_article, is_file, same_list

# The link evaluators look for on the homepage (教育部 2014/2015/2018 notices: a 信息公开专栏
# on the homepage); 校务公开/院务公开 are the older names many colleges still use.
DISCLOSURE_NAMES = ("信息公开", "信息公开网", "信息公开专栏", "校务公开", "院务公开",
                    "校务信息公开", "信息公开栏目", "信息公开平台", "information disclosure")
DISCLOSURE_CORES = ("信息公开", "校务公开", "院务公开", "校务信息公开")
NAME_PREFIXES = ("学校", "本校", "我校", "学院")
NAME_SUFFIXES = ("专栏", "网站", "网", "栏目", "平台", "主页", "首页", "专题")

NEXT_WORDS = frozenset({"下一页", "下页", "后页", "next", "»", "›", ">"})
LAST_WORDS = frozenset({"尾页", "末页", "最后一页", "最后页", "last", "last»"})
PAGE_WORDS = NEXT_WORDS | LAST_WORDS | {"上一页", "上页", "前页", "首页", "第一页", "first",
                                        "prev", "previous", "«", "‹", "<"}
NAV_WORDS = PAGE_WORDS | {
    "返回首页", "网站首页", "学校首页", "主页", "登录", "注册", "english", "网站地图", "关闭",
    "打印", "收藏", "设为首页", "加入收藏", "联系我们", "返回", "返回顶部", "分享", "搜索",
    "关闭窗口", "打印本页", "【打印】", "【关闭】", "[打印]", "[关闭]", "上一篇", "下一篇"}
GENERIC = frozenset({"更多", "more", "查看更多", "更多信息", "更多内容", ""})
MAX_COLUMN_NAME = 40


def _key(text: str) -> str:
    return text.replace(" ", "").lower()


def is_nav_word(text: str) -> bool:
    """True for page furniture: 首页, 下一页, 打印, 关闭 …"""
    return _key(text) in NAV_WORDS


def is_generic(text: str) -> bool:
    """True for 更多 / more>> links: they lead to a column but do not name it."""
    return _key(text).strip(">+»›.。…·[]【】()（）") in GENERIC


def disclosure_link(links: list[Anchor]) -> Anchor | None:
    """The homepage's link to the disclosure column: an exact name first, then a name with a
    usual prefix or suffix (学校信息公开网); the first in the page among equals."""
    best: tuple[int, Anchor] | None = None
    for anchor in links:
        rank = _disclosure_rank(anchor.text) if anchor.text else None
        if rank is None and anchor.title:
            rank = _disclosure_rank(anchor.title)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, anchor)
    return best[1] if best else None


def _disclosure_rank(text: str) -> int | None:
    key = _key(text)
    if key in DISCLOSURE_NAMES:
        return 0
    for prefix in NAME_PREFIXES:
        key = key.removeprefix(prefix)
    for suffix in NAME_SUFFIXES:
        key = key.removesuffix(suffix)
    return 1 if key in DISCLOSURE_CORES else None


def pagination_links(links: list[Anchor], page_url: str, first_url: str) -> list[Anchor]:
    """Links to the list's other pages: numbers and 下一页/尾页 within the list's URL family,
    and 下一页/尾页 links on the same host whatever their shape."""
    found = []
    for anchor in links:
        key = _key(anchor.text)
        word = key if key in PAGE_WORDS else key.strip("<>«»‹›")  # <<上一页, 下一页>>
        number = key.strip("[]第页")  # 2, [2], 第2页
        numbered = same_list(anchor.url, first_url) and (number.isdigit() or word in PAGE_WORDS)
        worded = (word in NEXT_WORDS or word in LAST_WORDS) and host(anchor.url) == host(page_url)
        if numbered or (worded and not is_article(anchor.url) and not is_file(anchor.url)):
            found.append(anchor)
    return found


def subcolumn_links(links: list[Anchor], taken: set[str],
                    allowed: Callable[[str], bool]) -> list[Anchor]:
    """Links that lead to sub-columns: on an allowed host, not taken (entries, pagination,
    the site's own navigation, columns already known), not an article or a file, named by a
    short text. One per URL, named by its first text that is not 更多."""
    chosen: dict[str, Anchor] = {}
    for anchor in links:
        if anchor.url in taken or not allowed(anchor.url):
            continue
        if is_file(anchor.url) or is_article(anchor.url):
            continue
        if not anchor.text or len(anchor.text) > MAX_COLUMN_NAME or is_nav_word(anchor.text):
            continue
        if anchor.url not in chosen or (is_generic(chosen[anchor.url].text)
                                        and not is_generic(anchor.text)):
            chosen[anchor.url] = anchor
    return list(chosen.values())
