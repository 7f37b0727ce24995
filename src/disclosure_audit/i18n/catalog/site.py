"""Messages of the website as evidence: declared versus found, and the site checks' entries.

Prefixes: ``finding.site-*`` what the comparison and the site checks found (every one naming the
page and its evidence key), ``measure.site-*`` their measures, ``entry.kind.<verdict>`` the site
checks' kinds of ledger entry, ``site.*`` the "declared versus found" section and the words it
needs (limits, reasons a publication was not checked).
"""

from __future__ import annotations

_SHOW = "证据：disclosure-audit evidence show {evidence}"
_SHOW_EN = "evidence: disclosure-audit evidence show {evidence}"

MESSAGES: dict[str, dict[str, str]] = {
    # ── what the crawl changed for an item (availability, convenience) ─────────────────────
    "finding.site-found": {
        "zh": "{elements}：网站信息公开专栏中有《{title}》（{url}，证据 {evidence}），向社会公开",
        "en": "{elements}: in the website's disclosure column as '{title}' ({url}, evidence {evidence}): public",
    },
    "finding.site-in-column": {
        "zh": "{elements}：网站信息公开专栏中有《{title}》，从首页点击 {clicks} 次（{url}，证据 {evidence}）",
        "en": "{elements}: in the website's disclosure column as '{title}', {clicks} clicks from the homepage ({url}, evidence {evidence})",
    },
    "finding.site-clicks": {
        "zh": "《{title}》申报从首页点击 {declared} 次，抓取实测 {clicks} 次（{url}，证据 {evidence}），以实测为准",
        "en": "'{title}': declared {declared} clicks from the homepage, the crawl counted {clicks} ({url}, evidence {evidence}); the count measured applies",
    },
    "finding.site-clicks-measured": {
        "zh": "《{title}》申报未写点击次数，抓取实测从首页点击 {clicks} 次（{url}，证据 {evidence}）",
        "en": "'{title}': no clicks declared; the crawl counted {clicks} clicks from the homepage ({url}, evidence {evidence})",
    },
    "finding.site-not-found": {
        "zh": "《{title}》申报在信息公开专栏（{declared_url}），但 {date} 抓取读取的 {read} 个栏目中都没有（自 {url}，证据 {evidence}），不计为可获得",
        "en": "'{title}' is declared in the disclosure column ({declared_url}) but is in none of the {read} columns the crawl of {date} read (from {url}, evidence {evidence}): not counted as available",
    },
    "finding.site-page-failed": {
        "zh": "《{title}》申报的页面 {url} 在 {date} 抓取时无法打开（{detail}，证据 {evidence}），不计为可获得",
        "en": "'{title}': the declared page {url} did not open in the crawl of {date} ({detail}, evidence {evidence}): not counted as available",
    },
    "finding.site-found-not-declared": {
        "zh": "网站信息公开专栏中有本事项的发布 {count} 条未申报（{titles}，{url}，证据 {evidence}）：请补充申报",
        "en": "{count} publication(s) of this item in the website's disclosure column are not declared ({titles}, {url}, evidence {evidence}): declare them",
    },
    # ── the site checks' entries ────────────────────────────────────────────────────────────
    "finding.site-homepage-not-opened": {
        "zh": "学校主页 {url} 无法打开（{detail}；" + _SHOW + "）",
        "en": "The school's homepage {url} did not open ({detail}; " + _SHOW_EN + ")",
    },
    "finding.site-column-not-found": {
        "zh": "从学校主页 {url} 找不到信息公开专栏（" + _SHOW + "）",
        "en": "No disclosure column can be found from the homepage {url} (" + _SHOW_EN + ")",
    },
    "finding.site-not-opened": {
        "zh": "栏目“{column}”无法打开：{url}（{detail}；" + _SHOW + "）",
        "en": "The column '{column}' does not open: {url} ({detail}; " + _SHOW_EN + ")",
    },
    "finding.site-pages-not-opened": {
        "zh": "栏目“{column}”有 {count} 个列表页无法打开：{pages}（" + _SHOW + "）",
        "en": "{count} list page(s) of the column '{column}' do not open: {pages} (" + _SHOW_EN + ")",
    },
    "finding.site-too-deep": {
        "zh": "栏目“{column}”从学校主页需点击 {clicks} 次，超过 {limit} 次：{url}（" + _SHOW + "）",
        "en": "The column '{column}' is {clicks} clicks from the homepage, more than {limit}: {url} (" + _SHOW_EN + ")",
    },
    "finding.site-empty": {
        "zh": "栏目“{column}”是空栏目，没有任何内容：{url}（" + _SHOW + "）",
        "en": "The column '{column}' is empty: {url} (" + _SHOW_EN + ")",
    },
    "finding.site-stale": {
        "zh": "栏目“{column}”最新条目为 {newest}，更新期限 {limit}（至 {expires}），截至 {as_of} 更新不及时：{url}（" + _SHOW + "）",
        "en": "The column '{column}' was last updated on {newest}; its limit of {limit} ran out on {expires}, so on {as_of} it is not up to date: {url} (" + _SHOW_EN + ")",
    },
    "finding.site-stale-undated": {
        "zh": "栏目“{column}”的 {entries} 个条目都没有日期，视为未更新：{url}（" + _SHOW + "）",
        "en": "None of the {entries} entries of the column '{column}' is dated, which counts as not updated: {url} (" + _SHOW_EN + ")",
    },
    # ── run-level notes ─────────────────────────────────────────────────────────────────────
    "finding.site-crawl-incomplete": {
        "zh": "{url} 的抓取（{date}）未完成（{stopped}）：未读到的栏目不作“未找到”判断，也不关闭其台账；加 --resume 再抓取",
        "en": "The crawl of {url} ({date}) did not finish ({stopped}): columns it did not read are not judged and their ledger entries stay; crawl again with --resume",
    },
    "finding.site-crawl-old": {
        "zh": "网站抓取结果是 {date} 的，距 {as_of} 已 {days} 天，网站可能已有变化：请重新抓取（disclosure-audit crawl {url}）",
        "en": "The crawl is of {date}, {days} days before {as_of}; the website may have changed: crawl it again (disclosure-audit crawl {url})",
    },
    # ── measures ────────────────────────────────────────────────────────────────────────────
    "measure.site-not-found": {
        "zh": "在信息公开专栏发布《{titles}》，或更正申报中的渠道、栏目（column）和链接。",
        "en": "Publish '{titles}' in the disclosure column, or correct the channel, column and URL declared.",
    },
    "measure.site-page-failed": {
        "zh": "修复无法打开的页面（{url}），或更正申报中的链接。",
        "en": "Fix the page that does not open ({url}), or correct the URL declared.",
    },
    "measure.site-found-not-declared": {
        "zh": "在申报中补充网站上已有的发布（{titles}），并填写形成日期（made）。",
        "en": "Declare the publications already on the website ({titles}), with the date each was made.",
    },
    "measure.site-homepage-not-opened": {
        "zh": "恢复学校主页 {url} 的访问（15 秒内可打开，无需登录），恢复后重新抓取核实。",
        "en": "Restore the homepage {url} (opening within 15 s, no login), then crawl again to confirm.",
    },
    "measure.site-column-not-found": {
        "zh": "在学校主页显著位置设置信息公开专栏入口（链接文字如 信息公开、信息公开网），然后重新抓取核实。",
        "en": "Put a link to the disclosure column on the homepage (text such as 信息公开, 信息公开网), then crawl again to confirm.",
    },
    "measure.site-not-opened": {
        "zh": "修复栏目“{column}”（{url}），使公众无需登录即可在 15 秒内打开；栏目已撤销的，删除指向它的链接。",
        "en": "Fix the column '{column}' ({url}) so the public can open it within 15 s without logging in; if it was removed, remove the links to it.",
    },
    "measure.site-pages-not-opened": {
        "zh": "修复栏目“{column}”无法打开的列表页（{pages}）。",
        "en": "Fix the list pages of the column '{column}' that do not open ({pages}).",
    },
    "measure.site-too-deep": {
        "zh": "在信息公开专栏首页设置“{column}”的直达链接，使其从学校主页 {limit} 次点击内可达。",
        "en": "Link '{column}' from the disclosure column's first page so it is within {limit} clicks of the homepage.",
    },
    "measure.site-empty": {
        "zh": "为栏目“{column}”补充应公开的内容，或撤销该空栏目。",
        "en": "Fill the column '{column}' with what it should disclose, or remove the empty column.",
    },
    "measure.site-stale": {
        "zh": "在栏目“{column}”及时发布新信息（更新期限 {limit}）；确无新内容的栏目可合并或撤销。",
        "en": "Publish new information in the column '{column}' within its limit of {limit}; merge or remove a column that has nothing new.",
    },
    "measure.site-stale-undated": {
        "zh": "为栏目“{column}”的条目标注发布日期，并按期更新。",
        "en": "Date the entries of the column '{column}' and keep it up to date.",
    },
    # ── kinds of ledger entry, words ────────────────────────────────────────────────────────
    "entry.kind.homepage_not_opened": {"zh": "首页无法打开", "en": "Homepage does not open"},
    "entry.kind.column_not_found": {"zh": "找不到专栏", "en": "Column not found"},
    "entry.kind.not_opened": {"zh": "栏目无法打开", "en": "Column does not open"},
    "entry.kind.too_deep": {"zh": "栏目层级过深", "en": "Column too deep"},
    "entry.kind.empty": {"zh": "空栏目", "en": "Empty column"},
    "entry.kind.stale": {"zh": "栏目更新不及时", "en": "Column not updated"},
    "site.limit.days": {"zh": "{n} 天", "en": "{n} days"},
    "site.limit.weeks": {"zh": "{n} 周", "en": "{n} weeks"},
    "site.limit.months": {"zh": "{n} 个月", "en": "{n} months"},
    "site.limit.years": {"zh": "{n} 年", "en": "{n} year(s)"},
    "site.detail.none": {"zh": "原因未记录", "en": "reason not recorded"},
    "site.label": {"zh": "网站", "en": "Website"},
    "site.rule.homepage_not_opened": {
        "zh": "学校主页无法打开（政府网站指标：15 秒内打不开的页面不合格）",
        "en": "The homepage does not open (government website indicators: a page that does not open within 15 s fails)",
    },
    "site.rule.column_not_found": {
        "zh": "从学校主页找不到信息公开专栏（第三方评估对此计 0 分）",
        "en": "No disclosure column can be found from the homepage (evaluators score this 0)",
    },
    "site.rule.not_opened": {
        "zh": "栏目或其列表页无法打开（出错、超时、需要登录或“页面不存在”）",
        "en": "A column or one of its list pages does not open (an error, a timeout, a login page or 'page not found')",
    },
    "site.rule.too_deep": {
        "zh": "栏目从学校主页需点击的次数超过 scoring.max_clicks",
        "en": "A column is more than scoring.max_clicks clicks from the homepage",
    },
    "site.rule.empty": {"zh": "空栏目：没有任何内容", "en": "An empty column: nothing in it"},
    "site.rule.stale": {
        "zh": "栏目超过更新期限未更新（动态类 2 周，通知公告、政策类 6 个月，其他 1 年；无日期的条目视为未更新）",
        "en": "A column not updated within its limit (news-like 2 weeks, notices and policies 6 months, others 1 year; undated entries count as not updated)",
    },
    "site.suite": {"zh": "网站检查", "en": "Website checks"},
    "site.not_checked.crawl_incomplete": {"zh": "抓取未完成", "en": "the crawl did not finish"},
    "site.not_checked.columns_not_checked": {
        "zh": "未读到的栏目：{columns}", "en": "columns not read: {columns}",
    },
    "site.not_checked.site_not_checked": {
        "zh": "首页未打开或找不到专栏", "en": "the homepage did not open or the column was not found",
    },
    "site.by.url": {"zh": "链接相同", "en": "same URL"},
    "site.by.title": {"zh": "标题相同", "en": "same title"},
    "site.by.date": {"zh": "同事项同日期", "en": "same item and date"},
    "site.by.column": {"zh": "即栏目页面", "en": "the column's page"},
    # ── the "declared versus found" section ─────────────────────────────────────────────────
    "site.section.title": {
        "zh": "申报与网站比对（{date} 抓取 {url}）", "en": "Declared versus found on the website (crawl of {date}, {url})",
    },
    "site.section.checks": {
        "zh": "网站检查（截至 {as_of}）：栏目 {count} 个，已核查 {checked} 个，存在问题 {failing} 个；问题列入整改台账（site/…）",
        "en": "Website checks (on {as_of}): {count} columns, {checked} checked, {failing} with problems; the problems are ledger entries (site/…)",
    },
    "site.section.same": {
        "zh": "申报与网站一致：没有未找到、未申报或未核实的发布",
        "en": "Declarations and website agree: nothing not found, not declared or not checked",
    },
    "site.col.found": {"zh": "一致", "en": "Found"},
    "site.col.not_found": {"zh": "未找到", "en": "Not found"},
    "site.col.undeclared": {"zh": "未申报", "en": "Undeclared"},
    "site.col.not_checked": {"zh": "未核实", "en": "Unchecked"},
    "site.list.not_found": {
        "zh": "申报在专栏但网站上未找到（责任部门核实后发布，或更正申报）：",
        "en": "Declared in the column but not found on the website (publish it, or correct the declaration):",
    },
    "site.list.undeclared": {
        "zh": "网站上有但未申报（请补充申报；申报片段见 --format markdown，列表见 --format json）：",
        "en": "On the website but not declared (declare them; snippets in --format markdown, a list in --format json):",
    },
    "site.list.not_checked": {"zh": "未能核实：", "en": "Not checked:"},
    "site.list.changes": {
        "zh": "网站证据改变的判断：", "en": "Verdicts the website's evidence changed:",
    },
    "site.snippet.title": {"zh": "待补充申报", "en": "Rows to declare"},
    "site.snippet.department": {
        "zh": "{department}：加到 declarations/{department}.yaml 的 publications 下，并填写 made（形成日期）",
        "en": "{department}: add to the publications of declarations/{department}.yaml and fill in made (the date it was made)",
    },
    "site.made_todo": {"zh": "形成日期：请填写", "en": "the date it was made: fill in"},
    "remind.line.site": {
        "zh": "{n}. 网站「{title}」{dimension}：{problem}（期限 {deadline}，{when}）",
        "en": "{n}. Website “{title}”, {dimension}: {problem} (deadline {deadline}, {when})",
    },
}
