"""Messages of the annual report's inputs and of ``report annual``: kinds of information
(``problem.unknown-kind``), the applications register (``application.*`` words,
``problem.application-*``, ``finding.application-*``, ``measure.application-*``), ``report.yaml``
(``problem.annual-*``) and the command (``annual.*``, ``help.report_annual*``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── kinds of information (declaration rows) ───────────────────────────────────
    "problem.unknown-kind": {
        "zh": "未知的信息类别 “{value}”（可用：{known}）",
        "en": "unknown kind of information '{value}' (known: {known})",
    },
    "hint.unknown-kind": {
        "zh": "写清单中的类别之一，或在 checklist.yaml 的 report: {{kinds: [...]}} 中列出本校的类别。",
        "en": "Use one of the kinds listed, or list the school's own under report: {{kinds: [...]}} in checklist.yaml.",
    },
    # ── the applications register: words ───────────────────────────────────────
    "application.requester.natural_person": {"zh": "自然人", "en": "natural person"},
    "application.requester.organisation": {"zh": "法人或其他组织", "en": "legal person or other organisation"},
    "application.channel.in_person": {"zh": "当面", "en": "in person"},
    "application.channel.letter": {"zh": "信函", "en": "letter"},
    "application.channel.email": {"zh": "电子邮件", "en": "e-mail"},
    "application.channel.online": {"zh": "网络平台", "en": "online"},
    "application.channel.fax": {"zh": "传真", "en": "fax"},
    "application.channel.other": {"zh": "其他", "en": "other"},
    "application.outcome.disclosed": {"zh": "予以公开", "en": "disclosed"},
    "application.outcome.partial": {"zh": "部分公开", "en": "partly disclosed"},
    "application.outcome.withheld": {"zh": "不予公开", "en": "withheld"},
    "application.outcome.unavailable": {"zh": "无法提供", "en": "cannot be provided"},
    "application.outcome.not_processed": {"zh": "不予处理", "en": "not processed"},
    "application.outcome.other": {"zh": "其他处理", "en": "other"},
    "application.entry-title": {
        "zh": "依申请公开 {id}：{subject}", "en": "Application {id}: {subject}",
    },
    # ── the applications register: input problems ───────────────────────────────
    "problem.application-bad-id": {
        "zh": "申请编号 “{value}” 不能含有 “/” 或空白",
        "en": "application id '{value}' may not contain '/' or spaces",
    },
    "hint.application-bad-id": {
        "zh": "编号用于整改台账的键 application/<编号>，例如 YSQ-2022-001。",
        "en": "The id keys the ledger entry application/<id>, e.g. YSQ-2022-001.",
    },
    "problem.application-bad-choice": {
        "zh": "{field} 的值 “{value}” 不在可选范围内（可用：{allowed}）",
        "en": "{field} '{value}' is not one of the allowed values ({allowed})",
    },
    "problem.application-outcome-needs-replied": {
        "zh": "有办理结果（outcome）但没有答复日期（replied）",
        "en": "an outcome without the date it was given (replied)",
    },
    "hint.application-outcome-needs-replied": {
        "zh": "写上答复日期；尚未答复的申请不写 outcome。",
        "en": "Add the reply's date; leave outcome out while the application is not answered.",
    },
    "problem.application-replied-needs-outcome": {
        "zh": "有答复日期（replied）但没有办理结果（outcome）",
        "en": "a reply date without its outcome",
    },
    "hint.application-replied-needs-outcome": {
        "zh": "写上 outcome：予以公开、部分公开、不予公开、无法提供、不予处理 或 其他。",
        "en": "Add outcome: disclosed, partial, withheld, unavailable, not_processed or other.",
    },
    "problem.application-replied-before-received": {
        "zh": "答复日期 {replied} 早于收到申请的日期 {received}",
        "en": "replied on {replied}, before the application was received ({received})",
    },
    "problem.application-needs-ground": {
        "zh": "办理结果为“{outcome}”时必须写明不予公开的法定情形（ground）",
        "en": "an answer '{outcome}' must name the lawful ground for withholding (ground)",
    },
    "problem.application-ground-unused": {
        "zh": "只有“不予公开”“部分公开”的答复才需要写 ground，此处将被忽略",
        "en": "ground is only for answers that withhold something (withheld, partial); it is ignored here",
    },
    "problem.application-extension-incomplete": {
        "zh": "延期答复缺少 {field}：延期须记录批准日期和理由",
        "en": "the extension lacks {field}: an extension is recorded with its approval date and reason",
    },
    "hint.application-extension-incomplete": {
        "zh": "例如 extension: {{approved: 2022-03-18, reason: 需要多个部门会商, days: 15}}。",
        "en": "E.g. extension: {{approved: 2022-03-18, reason: several offices must be consulted, days: 15}}.",
    },
    "problem.application-extension-before-received": {
        "zh": "延期批准日期 {approved} 早于收到申请的日期 {received}",
        "en": "the extension was approved on {approved}, before the application was received ({received})",
    },
    "problem.application-extension-days": {
        "zh": "延期天数 “{value}” 无效：只能延长一次，最长 {limit} 个工作日",
        "en": "extension of '{value}' days is not allowed: once, by at most {limit} working days",
    },
    "hint.application-extension-days": {
        "zh": "《高等学校信息公开办法》：答复期限为15个工作日，经批准可延长一次，延长不超过15个工作日。",
        "en": "The reply is due within 15 working days and may be extended once, by at most 15 working days.",
    },
    "problem.application-bad-fee": {
        "zh": "收费 “{value}” 不是非负的金额（元）",
        "en": "fee '{value}' is not an amount of money (yuan, not negative)",
    },
    "problem.application-duplicate-id": {
        "zh": "申请编号 {id} 重复（首次出现在 {first}）",
        "en": "application id {id} is used twice (first at {first})",
    },
    "problem.register-not-mapping": {
        "zh": "applications.yaml 应为映射，包含 applications 列表",
        "en": "applications.yaml must be a mapping with an applications list",
    },
    "hint.register-not-mapping": {
        "zh": "写成 applications: 后跟每件申请（id、received、requester、channel、subject …）。",
        "en": "Write applications: followed by one entry per application (id, received, requester, channel, subject …).",
    },
    # ── the applications register: ledger ───────────────────────────────────────
    "entry.kind.application": {"zh": "依申请公开", "en": "Application"},
    "finding.application-late": {
        "zh": "申请 {id}（{received} 收到）应于 {due} 前答复，{replied} 才答复，用时 {workdays} 个工作日（时限 {limit} 个工作日）",
        "en": "application {id} (received {received}) was due by {due} but answered on {replied}, after {workdays} working days (limit {limit})",
    },
    "finding.application-unanswered": {
        "zh": "申请 {id}（{received} 收到）应于 {due} 前答复，至今未答复（已 {workdays} 个工作日，时限 {limit} 个工作日）",
        "en": "application {id} (received {received}) was due by {due} and is not answered ({workdays} working days so far, limit {limit})",
    },
    "measure.application": {
        "zh": "按期答复依申请公开，逾期未答复的立即答复。",
        "en": "Answer applications for disclosure in time; answer overdue ones at once.",
    },
    "measure.application-late": {
        "zh": "建立依申请公开登记和催办制度：收到申请即登记答复期限，需延期的在期限内报批并告知申请人。",
        "en": "Register every application with its due date on receipt; where more time is needed, approve the extension within the limit and tell the applicant.",
    },
    "measure.application-unanswered": {
        "zh": "立即答复申请人，并在登记册中记录答复日期和办理结果。",
        "en": "Answer the applicant at once and record the reply's date and outcome in the register.",
    },
    # ── report.yaml ─────────────────────────────────────────────────────────────
    "problem.annual-not-mapping": {
        "zh": "report.yaml 应为映射：每个学年一节（如 \"2021-2022\":）",
        "en": "report.yaml must be a mapping with one section per academic year (e.g. \"2021-2022\":)",
    },
    "hint.annual-not-mapping": {
        "zh": "例如：\"2021-2022\": {{appraisal: …, complaints: …, experience: …, improvements: …}}",
        "en": "E.g. \"2021-2022\": {{appraisal: …, complaints: …, experience: …, improvements: …}}",
    },
    "problem.annual-bad-year": {
        "zh": "“{value}” 不是一个学年：应写相邻两年，如 2021-2022",
        "en": "'{value}' is not an academic year: write two consecutive years, e.g. 2021-2022",
    },
    "hint.annual-bad-year": {
        "zh": "学年为 9 月 1 日至次年 8 月 31 日，写作 2021-2022。",
        "en": "An academic year runs from 1 September to 31 August: write it 2021-2022.",
    },
    # ── report annual ──────────────────────────────────────────────────────────
    "help.report_annual": {
        "zh": "根据仓库生成信息公开年度报告草稿（.docx .md .html，按 -o 的扩展名）：统计数字、逐条公开情况、依申请公开、不予公开、整改台账中的问题；需要人工撰写的部分取自 report.yaml，缺少的标为【待填写】。--as-of 默认今天，但不晚于报告截止日前一天（10 月 30 日）。",
        "en": "Draft the annual disclosure report from the repo (.docx .md .html, by the extension of -o): the figures, each list item, applications, what was withheld, the ledger's open problems; the parts people write come from report.yaml, missing ones are marked 【待填写】. --as-of defaults to today, but no later than 30 October, the day before the report is due.",
    },
    "help.report_output": {
        "zh": "草稿文件（.docx、.md 或 .html），原子写入；不会覆盖仓库的输入文件。",
        "en": "The draft's file (.docx, .md or .html), written atomically; never one of the repo's input files.",
    },
    "help.report_year": {
        "zh": "报告的学年，如 2021-2022（统计期限 2021-09-01 至 2022-08-31；默认：最近结束的学年）。",
        "en": "The academic year reported on, e.g. 2021-2022 (1 Sep 2021 – 31 Aug 2022; default: the last one that ended).",
    },
    "problem.annual-bad-suffix": {
        "zh": "不支持的草稿格式 “{suffix}”（可用：{allowed}）",
        "en": "unsupported draft format '{suffix}' (use {allowed})",
    },
    "hint.annual-bad-suffix": {
        "zh": "用 -o 指定以 .docx、.md 或 .html 结尾的文件名，如 -o 年度报告.docx。",
        "en": "Give -o a file name ending in .docx, .md or .html, e.g. -o annual-report.docx.",
    },
    "problem.annual-output-folder": {
        "zh": "输出路径是一个文件夹", "en": "the output path is a folder",
    },
    "problem.annual-output-is-input": {
        "zh": "不能把草稿写到仓库自己的输入文件上",
        "en": "the draft may not be written over one of the repo's own input files",
    },
    "hint.annual-output-is-input": {
        "zh": "checklist.yaml、ledger.yaml、report.yaml、applications.yaml 和 declarations/ 中的文件是输入；请换一个文件名。",
        "en": "checklist.yaml, ledger.yaml, report.yaml, applications.yaml and the files in declarations/ are inputs; choose another name.",
    },
    "problem.annual-year-not-ended": {
        "zh": "检查日期 {as_of} 时统计期限（至 {end}）尚未结束，统计数字不完整",
        "en": "on {as_of} the statistics period (to {end}) has not ended: the figures would be incomplete",
    },
    "hint.annual-year-not-ended": {
        "zh": "用 --year 选择已结束的学年，或用 --as-of 指定统计期限结束之后的日期。",
        "en": "Choose a year that has ended with --year, or an --as-of date after the period.",
    },
    "annual.written": {
        "zh": "已写出 {path}：{institution} {year} 学年信息公开年度报告草稿（统计期限 {start} 至 {end}，截至 {as_of}）",
        "en": "Wrote {path}: the draft of {institution}'s annual disclosure report for {year} (statistics {start} to {end}, as of {as_of})",
    },
    "annual.rows": {
        "zh": "主动公开统计：各部门申报的统计期限内发布 {rows} 条（按渠道和类别计数）",
        "en": "Active disclosure: {rows} rows declared as published in the period (counted by channel and kind)",
    },
    "annual.rows-crawled": {
        "zh": "主动公开统计：统计期限内发布 {rows} 条，其中各部门申报 {declared} 条，网站信息公开专栏中有而无人申报的 {crawled} 条（按渠道和类别计数，每条只计一次）",
        "en": "Active disclosure: {rows} publications in the period, {declared} declared by the departments and {crawled} found in the website's disclosure column that nobody declared (counted by channel and kind, each once)",
    },
    "annual.crawled-kinds": {
        "zh": "注意：网站上找到而无人申报的 {crawled} 条计入“信息公开专栏”和“未标注类别”；由责任部门补充申报并填写信息类别后重新生成，即按申报计数",
        "en": "Note: the {crawled} rows found on the website that nobody declared count under 信息公开专栏 and 未标注类别; once the departments declare them with their kind, regenerate and they count as declared",
    },
    "annual.crawl-undated": {
        "zh": "注意：网站上找到而无人申报的另有 {count} 条没有日期，无法判断是否在统计期限内，未计入统计",
        "en": "Note: {count} more rows found on the website that nobody declared have no date: they cannot be placed in the period and are not counted",
    },
    "annual.problems-ledger": {
        "zh": "主要问题：取自 ledger.yaml 中尚未完成的 {count} 条",
        "en": "Problems: the {count} entries still open in ledger.yaml",
    },
    "annual.problems-audit": {
        "zh": "主要问题：仓库没有 ledger.yaml，取自本次检查发现的 {count} 个问题",
        "en": "Problems: no ledger.yaml in the repo, so the {count} problems this audit found",
    },
    "annual.unlabelled": {
        "zh": "注意：有 {count} 条发布没有填写信息类别（kind / 类别），报告中计入“未标注类别”",
        "en": "Note: {count} rows have no kind (kind / 类别); the report counts them as 未标注类别",
    },
    "annual.placeholders": {
        "zh": "待填写 {count} 处（在 report.yaml 中补写后重新生成，或直接在草稿中修改）：",
        "en": "{count} placeholders to fill in (write them in report.yaml and regenerate, or edit the draft):",
    },
    "annual.no-placeholders": {
        "zh": "没有待填写的部分。", "en": "Nothing left to fill in.",
    },
    "annual.next": {
        "zh": "修改定稿后，发布前请运行：disclosure-audit report check {path}",
        "en": "After editing, before publishing, run: disclosure-audit report check {path}",
    },
}
