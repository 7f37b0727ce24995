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
    "ledger.migrated": {
        "zh": "已升级旧版台账：{old} 条按维度的条目合并为 {new} 条按问题的条目（历史和人工填写的内容均已保留）",
        "en": "Upgraded a first-version ledger: {old} per-dimension entries merged into {new} per-problem entries (history and everything people wrote kept)",
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
    "problem.not-applicable-refused": {
        "zh": "事项 {item} 每所学校都必须公开，不能申报“不适用”",
        "en": "item {item} must be published by every school: it cannot be not applicable",
    },
    "hint.not-applicable-refused": {
        "zh": "《高等学校信息公开办法》要求每所高校每年10月31日前发布上一学年的信息公开年度报告；"
              "尚未发布的请发布，或申报尚未形成（not_yet_made）并写明预计日期。",
        "en": "《高等学校信息公开办法》 requires every university to publish the previous academic "
              "year's annual report by 31 October: publish it, or declare not_yet_made with the "
              "expected date.",
    },
    "hint.not-applicable-refused-checklist": {
        "zh": "删除事项 {item} 的 not_applicable：《高等学校信息公开办法》要求每所高校每年10月31日前"
              "发布上一学年的信息公开年度报告，学校清单不能把它列为不适用。",
        "en": "Remove not_applicable from item {item}: 《高等学校信息公开办法》 requires every "
              "university to publish the previous academic year's annual report by 31 October, "
              "so a school's checklist cannot mark it not applicable.",
    },
    "problem.always-applies-narrowed": {
        "zh": "事项 {item} 每所学校都必须公开，学校清单不能让它只适用于部分学校类型或按事件发生",
        "en": "item {item} must be published by every school: a school's checklist cannot limit "
              "it to some kinds of school or make it event-driven",
    },
    "hint.always-applies-narrowed": {
        "zh": "删除该处的 applies_to 或 event_driven：该事项每所学校每期都要公开（如信息公开年度报告），"
              "不能不适用，也不能本期未发生。",
        "en": "Remove applies_to or event_driven here: every school publishes this item every "
              "period (like the annual report); it is never not applicable nor not occurred.",
    },
    "problem.always-applies-relaxed": {
        "zh": "事项 {item} 每所学校都必须公开，学校清单不能取消 always_applies",
        "en": "item {item} must be published by every school: a school's checklist cannot turn "
              "always_applies off",
    },
    "hint.always-applies-relaxed": {
        "zh": "删除 always_applies: false。", "en": "Remove always_applies: false.",
    },
    "problem.not-applicable-public-by-law": {
        "zh": "事项 {item} 依法必须公开，申报“不适用”将使其不计分，请确认确实不适用",
        "en": "item {item} is public by law; declaring it not applicable takes it out of "
              "scoring: make sure it really does not apply",
    },
    "hint.not-applicable-public-by-law": {
        "zh": "预算、决算和收费依法公开，通常适用于每所学校（如民办高校无部门预算，"
              "才可申报不适用并写明原因）；尚未公开的请公开或申报尚未形成。",
        "en": "Budgets, final accounts and fees are public by law and apply to almost every "
              "school (a private college without a departmental budget is an exception: say "
              "why); otherwise publish it or declare not_yet_made.",
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
    "problem.audience-narrowed": {
        "zh": "事项 {item} 须向社会公开，学校清单不能改为仅校内公开（audience: campus）",
        "en": "item {item} is disclosed to the public: a school's checklist cannot make it a "
              "campus item (audience: campus)",
    },
    "hint.audience-narrowed": {
        "zh": "删除 audience: campus；只面向校内的信息可作为学校自己新增的事项（新编号）设置 "
              "audience: campus。",
        "en": "Remove audience: campus; information meant for the campus only can be an item of "
              "the school's own (a new id) with audience: campus.",
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
    # ── measures, one per finding code ({elements}, {titles} … gathered from the findings;
    #    {item_title}, {limit_days} {limit_unit}, {period}/{due}/{next_period}/{next_due}) ──
    "unit.days": {"zh": "日", "en": "days"},
    "unit.workdays": {"zh": "个工作日", "en": "working days"},
    "measure.not-disclosed-no-reason": {
        "zh": "公开“{item_title}”；确实不公开的，在申报中说明理由（不适用、本期未发生、依法不予公开、尚未形成）。",
        "en": "Publish '{item_title}'; if it is rightly not published, declare why (not applicable, not occurred, exempt, not yet made).",
    },
    "measure.or-not-occurred": {
        "zh": "如本期确未发生，在申报中声明“本期未发生”（not_occurred）并说明。",
        "en": " If nothing happened in the period, declare not_occurred with a note.",
    },
    "measure.not-yet-made": {
        "zh": "预计 {expected} 形成，形成后于 {deadline} 前公开；预计日期有变时更新申报并说明原因。",
        "en": "Expected {expected}: publish by {deadline}; if the date slips, update the declaration and say why.",
    },
    "measure.elements-not-yet-made": {
        "zh": "{elements} 预计 {expected} 形成，形成后于 {deadline} 前公开。",
        "en": "{elements}: expected {expected}, publish by {deadline}.",
    },
    "measure.expected-passed": {
        "zh": "预计形成日期 {expected} 已过：公开{elements}，或更新预计日期并说明原因。",
        "en": "The expected date {expected} has passed: publish {elements}, or update the expected date and say why.",
    },
    "measure.not-disclosed-elements": {
        "zh": "公开本事项的以下要素：{elements}；确实不公开的，在申报中说明理由（不适用、本期未发生、依法不予公开、尚未形成）。",
        "en": "Publish these elements of the item: {elements}; if one is rightly not published, declare why (not applicable, not occurred, exempt, not yet made).",
    },
    "measure.missing-elements": {
        "zh": "补充公开缺少的要素：{elements}。", "en": "Publish the missing elements: {elements}.",
    },
    "measure.missing-elements.events": {
        "zh": "其中 {events} 如本期确未发生，在申报中声明“本期未发生”并说明。",
        "en": " For {events}: if nothing happened, declare not_occurred with a note.",
    },
    "measure.report-missing": {
        "zh": "立即在信息公开专栏发布 {period} 学年{item_title}（已于 {due} 到期），并于 {next_due} 前发布 {next_period} 学年报告。",
        "en": "Publish the {period} {item_title} in the disclosure column now (due {due}) and the {next_period} report by {next_due}.",
    },
    "measure.report-late": {
        "zh": "于 {next_due} 前在信息公开专栏发布 {next_period} 学年{item_title}，把编制工作排入年度计划，按期发布。",
        "en": "Publish the {next_period} {item_title} in the disclosure column by {next_due}; plan its preparation so it is on time.",
    },
    "measure.internal-only": {
        "zh": "将{elements}在信息公开专栏或官网向社会公开；OA、工作群、会议等校内渠道可继续使用。",
        "en": "Publish {elements} for the public in the disclosure column or on the website; internal channels may still be used too.",
    },
    "measure.no-public-publication": {
        "zh": "在信息公开专栏或官网向社会公开本事项。", "en": "Publish the item for the public in the disclosure column or on the website.",
    },
    "measure.link-failed": {
        "zh": "修复或更换失效链接（{url}），确认公众无需登录即可打开。",
        "en": "Fix or replace the failing links ({url}) so the public can open them without logging in.",
    },
    "measure.link-missing": {
        "zh": "在申报中补填公开链接（url）：“{titles}”。", "en": "Add the public URL of '{titles}' to the declaration.",
    },
    "measure.late": {
        "zh": "建立信息形成或变更后 {limit_days} {limit_unit}内发布的流程（形成即登记、限时审核发布）；下一检查期内没有逾期发布即关闭本条。",
        "en": "Set up a process that publishes within {limit_days} {limit_unit} of the information being made or changed (register it when made, review within the limit); the entry closes when the next period has no late publication.",
    },
    "measure.no-publication-in-period": {
        "zh": "在本检查期内发布“{item_title}”的最新信息，并每年按期更新。",
        "en": "Publish the current '{item_title}' in this period and update it every year.",
    },
    "measure.no-made-date": {
        "zh": "补填以下发布的形成日期（信息形成、批复或变更的日期）：“{titles}”。",
        "en": "Supply the made date (when the information was made, approved or changed) of '{titles}'.",
    },
    "measure.not-in-column": {
        "zh": "在信息公开专栏发布，或在专栏对应栏目设置指向“{titles}”的链接（申报中写 linked_from_column: true）。",
        "en": "Publish it in the disclosure column, or link '{titles}' from the column's category (declare linked_from_column: true).",
    },
    "measure.too-many-clicks": {
        "zh": "在信息公开专栏首页设置直达链接，使“{titles}”从学校首页 {limit} 次点击内可达。",
        "en": "Add a direct link on the column's first page so '{titles}' is within {limit} clicks of the homepage.",
    },
    "measure.unreadable-format": {
        "zh": "另行发布可检索、可复制的文字版（网页或文字版 PDF）：“{titles}”。",
        "en": "Also publish '{titles}' as searchable text (a web page or a text PDF).",
    },
}
