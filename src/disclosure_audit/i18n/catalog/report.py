"""Messages of ``report check``: verdicts, findings (``report.msg.*``), the report's parts
(``report.part.*``), input problems with ``report-`` codes, and the command's help."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── verdicts and the summary ────────────────────────────────────────────────
    "report.verdict.ok": {"zh": "正确", "en": "ok"},
    "report.verdict.error": {"zh": "错误", "en": "error"},
    "report.verdict.cannot_verify": {"zh": "无法核实", "en": "cannot verify"},
    "report.quote": {"zh": "“{text}”", "en": "“{text}”"},
    "report.summary": {
        "zh": "共 {total} 项：正确 {ok}，错误 {error}，无法核实 {cannot_verify}",
        "en": "{total} findings: {ok} ok, {error} errors, {cannot_verify} cannot be verified",
    },
    # ── the report's parts (教育部办公厅 2018 format) ───────────────────────────
    "report.part.overview": {"zh": "信息公开工作概述", "en": "overview (概述)"},
    "report.part.active": {"zh": "主动公开情况", "en": "active disclosure (主动公开情况)"},
    "report.part.requests": {
        "zh": "依申请公开和不予公开情况", "en": "applications and withheld information (依申请公开和不予公开情况)",
    },
    "report.part.appraisal": {"zh": "对信息公开的评议情况", "en": "appraisal (对信息公开的评议情况)"},
    "report.part.complaints": {
        "zh": "因信息公开工作受到举报、复议、诉讼的情况", "en": "complaints, reviews and lawsuits (举报、复议、诉讼的情况)",
    },
    "report.part.lessons": {
        "zh": "主要经验、问题和改进措施", "en": "lessons, problems and improvements (主要经验、问题和改进措施)",
    },
    "report.part.other": {"zh": "其他需要报告的事项", "en": "other matters (其他需要报告的事项)"},
    "report.part.appendix": {"zh": "清单事项公开情况表", "en": "the appendix table 清单事项公开情况表"},
    # ── totals and parts ──────────────────────────────────────────────────────────
    "report.msg.sum-ok": {
        "zh": "{count} 项之和 {terms} = {sum}，与合计 {total} 一致",
        "en": "the {count} parts add up to the total {total}: {terms} = {sum}",
    },
    "report.msg.sum-wrong": {
        "zh": "各项之和 {terms} = {sum}，与合计 {total} 不符（相差 {diff}）",
        "en": "the parts add up to {sum}, not {total} (off by {diff}): {terms}",
    },
    "report.msg.sum-wrong-bound": {
        "zh": "各项之和 {terms} 为 {sum}，不可能是合计 {total}",
        "en": "the parts ({terms}) add up to {sum}, which cannot be the total {total}",
    },
    "report.msg.sum-ok-bound": {
        "zh": "各项之和 {terms} = {sum}，与约数合计 {total} 相符",
        "en": "the parts add up to {sum} ({terms}), consistent with the approximate total {total}",
    },
    "report.msg.sum-bound": {
        "zh": "含约数，只能作为范围核对：各项之和 {terms} 为 {sum}，与合计 {total} 不矛盾，但无法确认相等",
        "en": "approximate figures can only be checked as bounds: the parts ({terms}) add up to {sum}, which does not contradict the total {total}, but cannot confirm it",
    },
    "report.msg.sum-partial": {
        "zh": "列举可能不完整（以“等”结尾或用“其中包括”“主要有”等引出）：已列 {count} 项之和为 {sum}，不超过合计 {total}，无法核对是否相等",
        "en": "the list may be partial (it ends in 等 or is introduced by 其中包括, 主要有 …): the {count} parts named add up to {sum}, no more than the total {total}; equality cannot be checked",
    },
    "report.msg.sum-ambiguous": {
        "zh": "嵌套的“其中”未用“；”分隔各项，无法判断哪些项属于哪一层，未核对合计 {total}（已列各项之和 {sum}）",
        "en": "a nested 其中 without “；” between the parts: which parts belong to which total cannot be told, so the total {total} is not checked (the parts listed add up to {sum})",
    },
    "report.msg.sum-exceeds": {
        "zh": "已列各项之和 {terms} = {sum}，超过了合计 {total}",
        "en": "the parts named already add up to {sum} ({terms}), more than the total {total}",
    },
    "report.msg.subset-ok": {
        "zh": "{part} 不超过合计 {total}", "en": "{part} is no more than the total {total}",
    },
    "report.msg.subset-exceeds": {
        "zh": "{part} 超过了合计 {total}", "en": "{part} is more than the total {total}",
    },
    "report.msg.subset-bound": {
        "zh": "含约数：无法确认 {part} 不超过合计 {total}",
        "en": "approximate figures: cannot confirm that {part} is no more than the total {total}",
    },
    # ── percentages ──────────────────────────────────────────────────────────────
    "report.msg.share-ok": {
        "zh": "{part}/{base} = {ratio}%，按所写精度即 {stated}%（以“{base_name}”为基数）",
        "en": "{part}/{base} = {ratio}%, which is {stated}% as written (of “{base_name}”)",
    },
    "report.msg.share-ok-remainder": {
        "zh": "{part}/{base} = {ratio}%；各项占比按最大余数法取整、合计为100%，所写 {stated}% 与之一致（以“{base_name}”为基数）",
        "en": "{part}/{base} = {ratio}%; the shares are rounded by largest remainder to add up to 100%, and {stated}% is that rounding (of “{base_name}”)",
    },
    "report.msg.share-wrong": {
        "zh": "{part}/{base} = {ratio}%，应为 {rounded}%，而不是 {stated}%（以“{base_name}”为基数）",
        "en": "{part}/{base} = {ratio}%: that is {rounded}%, not {stated}% (of “{base_name}”)",
    },
    "report.msg.share-wrong-any": {
        "zh": "以哪一层合计为基数都不是 {stated}%：{ratios}",
        "en": "not {stated}% of any of the totals it may be taken against: {ratios}",
    },
    "report.msg.share-bound": {
        "zh": "含约数，只能作为范围核对：{ratios}，与 {stated}% 不矛盾，但无法确认",
        "en": "approximate figures can only be checked as bounds: {ratios} does not contradict {stated}%, but cannot confirm it",
    },
    "report.msg.share-ok-both": {
        "zh": "按所写合计（{ratio_total}）和各项之和（{ratio_sum}）计算都是 {stated}%",
        "en": "{stated}% both of the stated total ({ratio_total}) and of the sum of the parts ({ratio_sum})",
    },
    "report.msg.share-wrong-both": {
        "zh": "按所写合计（{ratio_total}）和各项之和（{ratio_sum}）计算都不是 {stated}%",
        "en": "not {stated}%, neither of the stated total ({ratio_total}) nor of the sum of the parts ({ratio_sum})",
    },
    "report.msg.share-total-ambiguous": {
        "zh": "合计不明确（“{base_name}”与各项之和不符）：按所写合计为 {ratio_total}，按各项之和为 {ratio_sum}；{stated}% 只与其中一个相符，无法核实",
        "en": "the total is ambiguous (“{base_name}” is not the sum of the parts): {ratio_total} of the stated total, {ratio_sum} of the sum; {stated}% fits only one of them",
    },
    "report.msg.rate-ok": {
        "zh": "{stated}% 可由 {n} 中的整数得到：{example}",
        "en": "{stated}% is possible out of {n}: {example}",
    },
    "report.msg.rate-impossible": {
        "zh": "{n} 中任何整数都得不到 {stated}%：最接近的是 {nearest}",
        "en": "no whole number out of {n} gives {stated}%: the nearest are {nearest}",
    },
    "report.msg.rate-no-count": {
        "zh": "句中没有该比率对应的数量，无法核对 {stated}%",
        "en": "no count in the sentence that {stated}% is a rate of: not checked",
    },
    "report.msg.rate-many-counts": {
        "zh": "句中有多个数量（{counts}），无法确定 {stated}% 是哪个数的比率",
        "en": "several counts in the sentence ({counts}): which one {stated}% is a rate of cannot be told",
    },
    "report.msg.rate-approximate": {
        "zh": "约数或非整数，无法按整数核对 {stated}%（基数 {n}）",
        "en": "approximate figures: {stated}% of {n} cannot be checked against whole counts",
    },
    "report.msg.percent-unchecked": {
        "zh": "句中没有与 {stated}% 对应的部分和合计，未核对",
        "en": "no part and total for {stated}% in the sentence: not checked",
    },
    # ── parts, period, publication date ─────────────────────────────────────────
    "report.msg.part-present": {"zh": "有“{part}”部分", "en": "has the part {part}"},
    "report.msg.part-missing": {
        "zh": "缺少“{part}”部分（年度报告的必备内容）",
        "en": "the part {part} is missing (required in the annual report)",
    },
    "report.msg.part-missing-other": {
        "zh": "未找到“{part}”部分：2018 年格式要求列出，没有需要报告的事项时可写“无”",
        "en": "no part {part}: the 2018 format asks for it; write 无 when there is nothing to report",
    },
    "report.msg.part-missing-appendix": {
        "zh": "本文件中没有“{part}”：它常作为附件另行发布，请确认已与报告一并公开",
        "en": "{part} is not in this file: it is often published as a separate attachment; make sure it is published with the report",
    },
    "report.msg.placeholder": {
        "zh": "报告中还有未填写的占位内容：发布前补写（或删除这一处），再运行 report check",
        "en": "a placeholder is left in the report: fill it in (or remove it) before publishing, then run report check again",
    },
    "report.msg.period-ok": {
        "zh": "统计期限 {start} 至 {end} 为一个学年",
        "en": "the statistics period {start} to {end} is an academic year",
    },
    "report.msg.period-not-academic-year": {
        "zh": "统计期限 {start} 至 {end} 不是学年（应为 9 月 1 日至次年 8 月 31 日）",
        "en": "the statistics period {start} to {end} is not an academic year (1 September to 31 August)",
    },
    "report.msg.period-invalid-date": {
        "zh": "统计期限中的日期不存在", "en": "the statistics period has a date that does not exist",
    },
    "report.msg.period-named": {
        "zh": "按 {first}-{last} 学年统计（未写明起止日期，即 {first} 年 9 月 1 日至 {last} 年 8 月 31 日）",
        "en": "covers the {first}-{last} academic year (no dates written: 1 September {first} to 31 August {last})",
    },
    "report.msg.period-missing": {
        "zh": "未找到统计期限：年度报告应写明统计期限为学年（9 月 1 日至次年 8 月 31 日）",
        "en": "no statistics period found: the report should state it, an academic year (1 September to 31 August)",
    },
    "report.msg.published-ok": {
        "zh": "{published} 发布，未晚于截止日期 {deadline}",
        "en": "published {published}, by the deadline {deadline}",
    },
    "report.msg.published-late": {
        "zh": "{published} 发布，晚于截止日期 {deadline}（逾期 {days} 天）",
        "en": "published {published}, after the deadline {deadline} ({days} days late)",
    },
    "report.msg.published-early": {
        "zh": "发布日期 {published} 不晚于统计期末 {end}：报告不可能在统计期结束前完成，请检查日期",
        "en": "published {published}, not after the end of the period it reports on ({end}): check the date",
    },
    "report.msg.published-unknown-year": {
        "zh": "无法确定报告所属学年，不能核对 {published} 是否在 10 月 31 日截止日期前",
        "en": "cannot tell which academic year the report covers, so {published} cannot be checked against the 31 October deadline",
    },
    # ── input problems ───────────────────────────────────────────────────────────
    "problem.report-empty": {"zh": "文件中没有文字", "en": "the file has no text"},
    "problem.report-binary": {
        "zh": "这不是文本文件（含有二进制内容）", "en": "this is not a text file (it holds binary data)",
    },
    "problem.report-other-office": {
        "zh": "{format} 格式的文档不能直接核对", "en": "a {format} document cannot be checked as it is",
    },
    "problem.report-corrupt": {
        "zh": "无法作为 {kind} 文件读取：{detail}", "en": "cannot be read as a {kind} file: {detail}",
    },
    "problem.report-too-large-unpacked": {
        "zh": "DOCX 解压后超过 {limit} 字节，已拒绝读取", "en": "the DOCX unpacks to more than {limit} bytes; refused",
    },
    "problem.report-too-long": {
        "zh": "文字过长（{size} 字，上限 {limit} 字），不像是一份年度报告，已拒绝核对",
        "en": "too much text ({size} characters, limit {limit}) for an annual report; refused",
    },
    "problem.report-encrypted": {"zh": "PDF 已加密，无法读取文字", "en": "the PDF is encrypted; its text cannot be read"},
    "problem.report-no-text": {
        "zh": "PDF 中没有可提取的文字（可能是扫描件）", "en": "the PDF has no text to extract (a scan?)",
    },
    "problem.report-is-folder": {"zh": "这是文件夹，不是报告文件", "en": "this is a folder, not a report file"},
    "hint.report-empty": {"zh": "检查是否选错了文件。", "en": "Check that this is the right file."},
    "hint.report-type": {
        "zh": "请提供 .txt、.md、.html、.docx 或 .pdf 文件（.doc、.wps、.odt 请另存为 .docx 或 PDF）。",
        "en": "Give a .txt, .md, .html, .docx or .pdf file (save .doc, .wps and .odt files as .docx or PDF).",
    },
    "hint.report-corrupt": {
        "zh": "用 Word/WPS 打开后重新另存为 .docx 或 PDF，或另存为 .txt。",
        "en": "Open it in Word/WPS and save it again as .docx or PDF, or as .txt.",
    },
    "hint.report-encrypted": {
        "zh": "请提供未加密的 PDF，或另存为 .docx/.txt。", "en": "Give an unencrypted PDF, or save it as .docx/.txt.",
    },
    "hint.report-no-text": {
        "zh": "请提供带文字层的 PDF（由 Word/WPS 导出），或提供 .docx/.txt 原稿。",
        "en": "Give a PDF with a text layer (exported from Word/WPS), or the .docx/.txt original.",
    },
    # ── help ─────────────────────────────────────────────────────────────────────
    "help.report": {"zh": "信息公开年度报告：生成草稿、核对已发布的报告。", "en": "The annual disclosure report: draft it, check a published one."},
    "help.report_check": {
        "zh": "核对已发布的年度报告（.txt .md .html .docx .pdf）：合计与分项、百分比、合格率、约数、必备部分、统计期限、发布期限。有错误时退出码为 1。",
        "en": "Check a published annual report (.txt .md .html .docx .pdf): totals and parts, percentages, pass rates, approximate figures, required parts, the statistics period, the deadline. Exits 1 on any error.",
    },
    "help.report_file": {"zh": "报告文件。", "en": "The report file."},
    "help.report_published": {
        "zh": "报告的发布日期，核对是否在 10 月 31 日前发布（如 2022-10-28）。",
        "en": "The date the report was published, checked against the 31 October deadline (e.g. 2022-10-28).",
    },
}
