"""Messages of the website crawl, the site checks and the evidence store.

Prefixes: ``crawl.*`` the crawl's summary, verdicts and outcomes; ``evidence.*`` the evidence
record's labels; ``problem.*``/``hint.*`` for the inputs these read (the crawl URL, evidence keys;
the checklist's ``site`` rules reuse the classification area's ``bad-pattern``); ``help.*`` the commands' help.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── problems and hints ──────────────────────────────────────────────────────────────────
    "problem.crawl-bad-url": {
        "zh": "“{value}” 不是可抓取的网址：需要 http:// 或 https:// 开头的学校主页地址",
        "en": "'{value}' cannot be crawled: give the school's homepage as an http:// or https:// address",
    },
    "hint.crawl-bad-url": {
        "zh": "例如：disclosure-audit crawl https://www.example.edu.cn/ --repo .",
        "en": "For example: disclosure-audit crawl https://www.example.edu.cn/ --repo .",
    },
    "problem.crawl-output-folder": {
        "zh": "输出路径是一个文件夹，请给出文件名（如 declarations/_site.yaml）",
        "en": "the output is a folder: give a file name (e.g. declarations/_site.yaml)",
    },
    "problem.crawl-output-not-crawl-file": {
        "zh": "不会写到这里：crawl 只写 .yaml 文件，且只覆盖它自己以前写出的抓取文件",
        "en": "not written here: crawl writes only a .yaml file, and replaces only a crawl file "
              "it wrote before",
    },
    "hint.crawl-output-not-crawl-file": {
        "zh": "省略 -o（写到 declarations/_site.yaml），或用 -o 给一个新的 .yaml 文件名。",
        "en": "Leave out -o (it writes declarations/_site.yaml), or give -o a new .yaml file name.",
    },
    "problem.evidence-bad-key": {
        "zh": "证据编号应为 4–12 位十六进制字符（如 3f2a9c1b7d0e）",
        "en": "an evidence key is 4–12 hexadecimal digits (e.g. 3f2a9c1b7d0e)",
    },
    "hint.evidence-bad-key": {
        "zh": "从抓取结果文件的 evidence 字段复制编号。",
        "en": "Copy the key from an evidence field of the crawl file.",
    },
    "problem.evidence-not-found": {
        "zh": "本仓库的 {folder} 中没有这条证据",
        "en": "no such evidence in this repo's {folder}",
    },
    "hint.evidence-not-found": {
        "zh": "证据保存在抓取时所用仓库中（--repo）；换一台电脑或清理过 .disclosure-audit/ 后需重新抓取。",
        "en": "Evidence is kept in the repo the crawl ran for (--repo); on another machine, or after .disclosure-audit/ was cleaned, crawl again.",
    },
    "problem.evidence-ambiguous": {
        "zh": "编号对应多条证据：{keys}；请多写几位",
        "en": "the key matches several records: {keys}; give more digits",
    },
    "problem.evidence-damaged": {
        "zh": "证据文件已损坏，无法读取", "en": "the evidence file is damaged and cannot be read",
    },
    # ── crawl summary ───────────────────────────────────────────────────────────────────────
    "crawl.progress": {"zh": "抓取网站", "en": "Crawling"},
    "crawl.summary.pages": {
        "zh": "抓取 {url}：共用到 {pages} 个页面（本次从网络抓取 {fetched} 个，沿用上次 {reused} 个）",
        "en": "Crawled {url}: {pages} pages used ({fetched} fetched now, {reused} reused from the last crawl)",
    },
    "crawl.summary.homepage": {
        "zh": "首页无法打开：{detail}", "en": "The homepage did not open: {detail}",
    },
    "crawl.summary.homepage_skipped": {
        "zh": "首页未抓取：{detail}", "en": "The homepage was not fetched: {detail}",
    },
    "crawl.summary.column": {
        "zh": "信息公开专栏：{name}（从首页点击 {clicks} 次）{url}",
        "en": "Disclosure column: {name} (clicks from the homepage: {clicks}) {url}",
    },
    "crawl.summary.no_column": {
        "zh": "从首页找不到信息公开专栏（链接文字如 信息公开、信息公开网、校务公开）",
        "en": "No disclosure column found from the homepage (link text such as 信息公开, 信息公开网, 校务公开)",
    },
    "crawl.summary.columns": {
        "zh": "栏目 {count} 个，已核查 {checked} 个，存在问题 {failing} 个：{verdicts}",
        "en": "{count} columns, {checked} checked, {failing} with problems: {verdicts}",
    },
    "crawl.summary.columns_ok": {
        "zh": "栏目 {count} 个，已核查 {checked} 个，均未发现问题",
        "en": "{count} columns, {checked} checked, no problems found",
    },
    "crawl.summary.rows": {
        "zh": "发布 {rows} 条（归入清单事项 {classified} 条，其余 {other} 条保留待统计）→ {output}",
        "en": "{rows} entries ({classified} assigned to list items, {other} kept for the counts) → {output}",
    },
    "crawl.summary.not_followed": {
        "zh": "未抓取：robots.txt 禁止 {robots} 个，跳转到其他网站 {other_host} 个（见文件 crawl.not_followed）",
        "en": "Not fetched: {robots} forbidden by robots.txt, {other_host} redirected to another host (see crawl.not_followed)",
    },
    "crawl.summary.stopped.max_pages": {
        "zh": "已达页数上限（--max-pages），抓取未完成：加 --resume 再运行可继续",
        "en": "The page limit (--max-pages) was reached and the crawl is incomplete: run again with --resume to continue",
    },
    "crawl.summary.stopped.time_limit": {
        "zh": "已达时间上限（--time-limit），抓取未完成：加 --resume 再运行可继续",
        "en": "The time limit (--time-limit) was reached and the crawl is incomplete: run again with --resume to continue",
    },
    "crawl.summary.offsite_column": {
        "zh": "信息公开专栏在其他网站（{host}）：如确属本校，加 --allow-host {host} 再抓取",
        "en": "The disclosure column is on another host ({host}): if it is the school's, crawl again with --allow-host {host}",
    },
    "crawl.table.title": {"zh": "存在问题的栏目", "en": "Columns with problems"},
    "crawl.col.column": {"zh": "栏目", "en": "Column"},
    "crawl.col.clicks": {"zh": "点击", "en": "Clicks"},
    "crawl.col.entries": {"zh": "条目", "en": "Entries"},
    "crawl.col.newest": {"zh": "最新", "en": "Newest"},
    "crawl.col.problems": {"zh": "问题", "en": "Problems"},
    "crawl.col.department": {"zh": "责任部门", "en": "Department"},
    "crawl.verdict.stale": {"zh": "更新不及时", "en": "not updated"},
    "crawl.verdict.empty": {"zh": "空栏目", "en": "empty"},
    "crawl.verdict.not_opened": {"zh": "无法打开", "en": "does not open"},
    "crawl.verdict.too_deep": {"zh": "层级过深", "en": "too deep"},
    "crawl.verdict.homepage_not_opened": {"zh": "首页无法打开", "en": "homepage does not open"},
    "crawl.verdict.column_not_found": {"zh": "首页找不到信息公开专栏", "en": "disclosure column not found"},
    "crawl.outcome.other_host": {"zh": "跳转到其他网站（未跟随）", "en": "redirected to another host (not followed)"},
    "crawl.outcome.robots": {"zh": "robots.txt 禁止抓取", "en": "forbidden by robots.txt"},
    "crawl.outcome.max_pages": {"zh": "超出页数上限，未抓取", "en": "not fetched: page limit reached"},
    "crawl.outcome.time_limit": {"zh": "超出时间上限，未抓取", "en": "not fetched: time limit reached"},
    "crawl.undated": {"zh": "无日期", "en": "undated"},
    "crawl.failed_pages": {"zh": "列表页 {count} 个", "en": "{count} list page(s)"},
    # ── evidence ────────────────────────────────────────────────────────────────────────────
    "evidence.title": {"zh": "证据 {key}", "en": "Evidence {key}"},
    "evidence.url": {"zh": "请求网址", "en": "URL"},
    "evidence.fetched_at": {"zh": "抓取时间", "en": "Fetched at"},
    "evidence.outcome": {"zh": "结果", "en": "Outcome"},
    "evidence.status": {"zh": "HTTP 状态", "en": "HTTP status"},
    "evidence.final_url": {"zh": "最终网址", "en": "Final URL"},
    "evidence.content_type": {"zh": "内容类型", "en": "Content-Type"},
    "evidence.sha256": {"zh": "内容 SHA-256", "en": "Body SHA-256"},
    "evidence.bytes": {"zh": "读取字节数", "en": "Bytes read"},
    "evidence.truncated": {"zh": "（超过大小上限，只读取了开头部分）", "en": "(over the size cap: only the start was read)"},
    "evidence.location": {"zh": "跳转目标（未跟随）", "en": "Redirect target (not followed)"},
    "evidence.detail": {"zh": "说明", "en": "Detail"},
    "evidence.user_agent": {"zh": "User-Agent", "en": "User-Agent"},
    "evidence.body": {"zh": "保存的内容", "en": "Stored body"},
    "evidence.body_ok": {"zh": "{path}（与 SHA-256 一致）", "en": "{path} (matches the SHA-256)"},
    "evidence.body_changed": {"zh": "{path}（与 SHA-256 不一致：文件已被改动）", "en": "{path} (does not match the SHA-256: the file was changed)"},
    "evidence.body_none": {"zh": "未保存", "en": "not stored"},
    "evidence.tampered": {
        "zh": "警告：记录内容与编号不符，文件在写入后被改动过",
        "en": "warning: the record no longer matches its key; the file was changed after it was written",
    },
    # ── help ────────────────────────────────────────────────────────────────────────────────
    "help.crawl": {
        "zh": "抓取学校网站的信息公开专栏：栏目、列表条目（标题、链接、日期）、栏目检查，写成声明文件。只有此命令会访问网站。",
        "en": "Crawl the school website's disclosure column: columns, list entries (title, link, date) and column checks, written as a declarations file. Only this command fetches the website.",
    },
    "help.crawl_url": {"zh": "学校主页地址（http/https）。", "en": "The school's homepage (http/https)."},
    "help.crawl_repo": {"zh": "清单仓库目录（默认当前目录）。", "en": "The checklist repo (default: .)."},
    "help.crawl_output": {
        "zh": "输出文件（默认 仓库/declarations/_site.yaml）。", "en": "Output file (default: REPO/declarations/_site.yaml).",
    },
    "help.max_pages": {"zh": "本次最多从网络抓取的页面数（默认 2000）。", "en": "Most pages fetched from the network in this run (default 2000)."},
    "help.resume": {"zh": "沿用上次从同一主页抓取的页面，只抓取其余页面。", "en": "Reuse the pages the last crawl from this homepage stored; fetch only the rest."},
    "help.allow_host": {
        "zh": "也可抓取的其他主机（可重复；*.example.org 表示其所有子域名）。",
        "en": "Another host that may be fetched (repeatable; *.example.org for all its subdomains).",
    },
    "help.time_limit": {"zh": "整次抓取的时间上限（默认 30m；如 1h、90s）。", "en": "Wall-clock limit of the whole crawl (default 30m; e.g. 1h, 90s)."},
    "help.delay": {"zh": "同一主机的每个并发请求之间的间隔秒数（默认 1）。", "en": "Seconds each of a host's concurrent requests waits before the next (default 1)."},
    "help.crawl_timeout": {"zh": "单个页面的时限秒数（默认 15）。", "en": "Seconds allowed for one page (default 15)."},
    "help.crawl_as_of": {
        "zh": "判断栏目是否更新不及时所依据的日期（默认今天）。", "en": "The date column freshness is judged on (default: today).",
    },
    "help.evidence": {"zh": "查看抓取留存的证据。", "en": "Look at the evidence a crawl kept."},
    "help.evidence_show": {"zh": "显示一条证据：抓取时间、状态、最终网址、内容类型、SHA-256。", "en": "Show one evidence record: fetch time, status, final URL, Content-Type, SHA-256."},
    "help.evidence_key": {"zh": "证据编号（抓取结果中的 evidence 字段）。", "en": "The evidence key (an evidence field of the crawl file)."},
}
