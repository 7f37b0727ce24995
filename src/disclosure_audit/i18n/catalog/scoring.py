"""Messages of the scoring model: statuses, withholding (reasons, grounds), review periods and
reports, unknown dates, and the ledger's problem kinds. Prefixes: ``status.``, ``reason.``,
``ground.``, ``entry.kind.``, ``finding.``, ``problem.``/``hint.`` (declaration checks)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── statuses, reasons, grounds ──────────────────────────────────────────────
    "status.internal_only": {"zh": "仅校内公开", "en": "internal only"},
    "status.not_occurred": {"zh": "本期未发生", "en": "not occurred"},
    "reason.not_occurred": {"zh": "本期未发生", "en": "not occurred"},
    "ground.state_secret": {"zh": "国家秘密", "en": "state secret"},
    "ground.trade_secret": {"zh": "商业秘密", "en": "trade secret"},
    "ground.privacy": {"zh": "个人隐私", "en": "personal privacy"},
    "ground.law": {"zh": "法律法规规定不予公开", "en": "excluded by law"},
    "entry.kind.missing": {"zh": "未公开", "en": "Not disclosed"},
    "entry.kind.internal_only": {"zh": "仅校内公开", "en": "Internal only"},
    "entry.kind.completeness": {"zh": "条目完整性", "en": "Completeness"},
    "entry.kind.availability": {"zh": "内容可得性", "en": "Availability"},
    "entry.kind.timeliness": {"zh": "更新及时性", "en": "Timeliness"},
    "entry.kind.unknown_date": {"zh": "形成日期待补", "en": "Dates to supply"},
    "entry.kind.convenience": {"zh": "操作便捷性", "en": "Convenience"},
    "withheld.expected": {
        "zh": "预计 {expected} 形成，{deadline} 前公开", "en": "expected {expected}, to be published by {deadline}",
    },
    "score.unknown": {"zh": "待核实", "en": "unverified"},
    "withheld.no-events": {"zh": "无（该事项没有按事件发生的要素）", "en": "none (the item has no event-driven element)"},
    # ── findings ────────────────────────────────────────────────────────────────
    "finding.elements-not-yet-made": {
        "zh": "尚未形成：{elements}（预计 {expected} 形成，应于 {deadline} 前公开）",
        "en": "not yet made: {elements} (expected {expected}, to be published by {deadline})",
    },
    "finding.expected-passed": {
        "zh": "预计形成日期 {expected} 已过，仍未公开：{elements}",
        "en": "the expected date {expected} has passed and it is still not published: {elements}",
    },
    "finding.not-disclosed-event": {
        "zh": "未公开且未说明理由（如本期确未发生，请申报“本期未发生”并说明：{elements}）",
        "en": "not disclosed and no reason given (if nothing happened, declare not_occurred with a note: {elements})",
    },
    "finding.report-missing": {
        "zh": "{period} 学年的报告应于 {due} 前发布，至今未发布",
        "en": "the {period} report was due by {due} and is not published",
    },
    "finding.report-late": {
        "zh": "{period} 学年的报告应于 {due} 前发布，实际 {published} 才发布（“{title}”）",
        "en": "the {period} report was due by {due} but published {published} ('{title}')",
    },
    "finding.next-due": {
        "zh": "下一份报告（{period} 学年）应于 {due} 前发布",
        "en": "the next report ({period}) is due by {due}",
    },
    "finding.not-occurred": {"zh": "本期未发生：{note}", "en": "did not occur in the period: {note}"},
    # ── declaration checks ─────────────────────────────────────────────────────
    "problem.bad-ground": {
        "zh": "“{value}”不是法定的不予公开情形",
        "en": "'{value}' is not a lawful ground for withholding",
    },
    "hint.bad-ground": {
        "zh": "依法不予公开只限以下情形（《高等学校信息公开办法》第十条）：国家秘密（state_secret）、商业秘密（trade_secret）、个人隐私（privacy）、法律法规规定不予公开（law，另写 basis 注明法律及条款）。“领导不同意”等不是理由。",
        "en": "Only these grounds are lawful: state_secret (国家秘密), trade_secret (商业秘密), privacy (个人隐私), law (法律法规规定不予公开, with basis naming the law and article). 'Not approved by the leadership' is not a ground.",
    },
    "problem.law-needs-basis": {
        "zh": "以“法律法规规定不予公开”为由时必须写明依据（basis）：法律法规名称及条款",
        "en": "ground 'law' needs a basis naming the law and article",
    },
    "hint.law-needs-basis": {
        "zh": "例如 basis: 《中华人民共和国保守国家秘密法》第九条。", "en": "E.g. basis: 《中华人民共和国保守国家秘密法》第九条.",
    },
    "problem.exempt-not-allowed": {
        "zh": "事项 {item} 依法必须公开，不能申报依法不予公开（{elements}）",
        "en": "item {item} is public by law and cannot be exempted ({elements})",
    },
    "hint.exempt-not-allowed": {
        "zh": "预算、决算、收费和信息公开年度报告依法公开；个别字段（如身份证号）可隐去后公开。",
        "en": "Budgets, final accounts, fees and the annual report are public by law; redact single fields (e.g. ID numbers) instead.",
    },
    "problem.withheld-needs-note": {
        "zh": "申报“{reason}”必须在 note 中说明原因", "en": "'{reason}' needs a note saying why",
    },
    "hint.withheld-needs-note": {
        "zh": "例如 note: 本学年未接受捐赠。", "en": "E.g. note: no donation was received this year.",
    },
    "problem.not-occurred-not-event": {
        "zh": "事项 {item} 的“{elements}”不是按事件发生的信息，不能申报“本期未发生”（可申报的要素：{events}）",
        "en": "'{elements}' of item {item} is not event-driven and cannot be declared not_occurred (event-driven: {events})",
    },
    "hint.not-occurred-not-event": {
        "zh": "确实只在事件发生时才有的信息，可在 checklist.yaml 中为该事项设置 event_driven: true；否则请公开，或说明其他理由。",
        "en": "If it truly exists only when something happens, set event_driven: true on the item in checklist.yaml; otherwise publish it or give another reason.",
    },
    "hint.expected-missing": {
        "zh": "加上 expected: 预计形成日期（如 2022-12-31），整改期限从该日期起算。",
        "en": "Add expected: the date it will be made (e.g. 2022-12-31); the deadline is counted from it.",
    },
    "problem.bad-period": {
        "zh": "所属学年“{value}”应写成 2021-2022", "en": "period '{value}' must be written like 2021-2022",
    },
    "hint.bad-period": {
        "zh": "写报告所统计的学年（9月1日至次年8月31日），如 period: 2021-2022。",
        "en": "Write the academic year it reports on (1 Sep – 31 Aug), e.g. period: 2021-2022.",
    },
    "problem.bad-flag": {"zh": "{field} 的值“{value}”应为 是/否", "en": "{field}: '{value}' must be yes or no"},
    "problem.limit-twice": {
        "zh": "publish_within 和 publish_within_workdays 只能写一个",
        "en": "give either publish_within or publish_within_workdays, not both",
    },
    "hint.limit-twice": {
        "zh": "推荐写 publish_within: {days: 20, calendar: false}（calendar: true 表示自然日）。",
        "en": "Prefer publish_within: {days: 20, calendar: false} (calendar: true counts calendar days).",
    },
    "problem.exemptible-relaxed": {
        "zh": "事项 {item} 依法必须公开，学校清单不能改为可不予公开",
        "en": "item {item} is public by law: a school's checklist cannot make it exemptible",
    },
    "hint.exemptible-relaxed": {
        "zh": "删除 exemptible: true。", "en": "Remove exemptible: true.",
    },
    "problem.duplicate-element": {
        "zh": "事项 {item} 的要素“{element}”重复", "en": "item {item} lists element '{element}' twice",
    },
    # ── the annual-report view of what is withheld ──────────────────────────────
    "report.withheld": {"zh": "未公开的要素及理由", "en": "Elements not disclosed, and why"},
    "col.element": {"zh": "要素", "en": "Element"},
    "col.ground": {"zh": "依据", "en": "Ground"},
    "col.note": {"zh": "说明", "en": "Note"},
    "measure.missing": {
        "zh": "公开该事项；确实不公开的，在申报中说明理由（不适用、本期未发生、依法不予公开、尚未形成）。",
        "en": "Publish the item; if it is rightly not published, declare why (not applicable, not occurred, exempt, not yet made).",
    },
    "measure.internal_only": {
        "zh": "在信息公开专栏或官网向社会公开，不能只在OA、工作群、会议或文件中传达。",
        "en": "Publish it for the public in the disclosure column or on the website, not only on OA, in groups, at meetings or in documents.",
    },
    "measure.unknown_date": {
        "zh": "补填这些发布的形成日期（信息形成、批复或变更的日期），以便核验是否在时限内公开。",
        "en": "Supply the made date (when the information was made, approved or changed) of these publications so their timeliness can be checked.",
    },
}
