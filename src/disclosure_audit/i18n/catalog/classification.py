"""Messages about classifying CMS rows by title: checklist problems, row warnings, the
explanation (``--explain-classification``) and the list of rows not assigned.

Prefixes: ``problem.``/``hint.`` (input problems), ``finding.`` (audit findings),
``classification.`` (the explanation and status words).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── checklist problems ──────────────────────────────────────────────────────
    "problem.bad-pattern": {
        "zh": "关键词 “{pattern}” 有空的词：省略号（…）前后和斜杠（/）两侧都要有文字",
        "en": "pattern '{pattern}' has an empty word: write text on both sides of every gap (…) "
              "and every /",
    },
    "hint.bad-pattern": {
        "zh": "写法：“新增…专业” 表示按顺序出现、中间可隔任意文字；“办法/细则” 表示任选其一。",
        "en": "Syntax: '新增…专业' means these words in this order with anything between; "
              "'办法/细则' means either word.",
    },
    "problem.classification-unknown-item": {
        "zh": "classification.keywords 中的事项 {item} 不在清单中",
        "en": "classification.keywords names item {item}, which is not in the checklist",
    },
    "hint.classification-unknown-item": {
        "zh": "用清单中的事项编号（加引号，如 \"7\"）；新事项请先在 items 中定义。",
        "en": "Use an item id of the checklist (quoted, e.g. \"7\"); define new items under items.",
    },
    "problem.element-keywords-unknown": {
        "zh": "element_keywords 中的 “{element}” 不是事项 {item} 的要素（该事项的要素：{known}）",
        "en": "element_keywords names '{element}', which is not an element of item {item} "
              "(its elements: {known})",
    },
    "hint.element-keywords-unknown": {
        "zh": "键须与该事项 elements 中的要素名称完全一致。",
        "en": "Keys must be written exactly as in the item's elements.",
    },
    "problem.generic-not-word": {
        "zh": "通用词 “{word}” 应是单个词，不能含省略号（…）或斜杠（/）",
        "en": "generic word '{word}' must be a single word, without … or /",
    },
    "hint.generic-not-word": {
        "zh": "把它拆成几个词分别列出。",
        "en": "List each word on its own.",
    },
    # ── row warnings ────────────────────────────────────────────────────────────
    "problem.classified-no-elements": {
        "zh": "《{title}》按标题归入事项 {item}，但标题未指明覆盖哪些要素，暂不计入任何要素",
        "en": "'{title}' was classified as item {item} by its title, which names none of the "
              "item's elements: it covers none until they are given",
    },
    "hint.classified-no-elements": {
        "zh": "在该行填写 elements（要素），可选：{known}；或填写事项编号表示覆盖全部要素。",
        "en": "Fill in the row's elements (one or more of: {known}), or give its item id to "
              "cover them all.",
    },
    "problem.classified-unknown-element": {
        "zh": "该行按标题归入事项 {item}，但填写的要素 “{elements}” 不属于该事项（该事项的要素：{known}）",
        "en": "the row was classified as item {item}, which has no element '{elements}' "
              "(its elements: {known})",
    },
    "hint.classified-unknown-element": {
        "zh": "填写事项编号，确认该行属于哪个事项。",
        "en": "Give the row's item id to say which item it belongs to.",
    },
    # ── findings ────────────────────────────────────────────────────────────────
    "finding.elements-unknown": {
        "zh": "按标题归类的发布未指明覆盖的要素，请填写 elements：{rows}",
        "en": "rows classified by their titles do not say which elements they cover; fill in "
              "their elements: {rows}",
    },
    "measure.elements-unknown": {
        "zh": "在申报中为按标题归类的这些行填写 elements（它们覆盖的要素）：{rows}。",
        "en": "In the declarations, fill in the elements these rows classified by their titles "
              "cover: {rows}.",
    },
    # ── the explanation and the rows not assigned ───────────────────────────────
    "classification.title": {
        "zh": "按标题归类（{count} 行未写事项编号）",
        "en": "Classification of rows without an item id ({count})",
    },
    "classification.status.assigned": {"zh": "已归入事项 {item}", "en": "assigned to item {item}"},
    "classification.status.ambiguous": {
        "zh": "有歧义，未归类", "en": "ambiguous, not assigned",
    },
    "classification.status.excluded": {
        "zh": "新闻、会议或工作通知，不是信息公开", "en": "news, a meeting or a procedure, not a disclosure",
    },
    "classification.status.not_applicable": {
        "zh": "最接近的事项 {item} 不适用本校", "en": "the closest item, {item}, does not apply",
    },
    "classification.status.unmatched": {
        "zh": "没有命中任何关键词", "en": "no keyword matched",
    },
    "classification.short.assigned": {"zh": "已归类", "en": "assigned"},
    "classification.short.ambiguous": {"zh": "有歧义", "en": "ambiguous"},
    "classification.short.excluded": {"zh": "已排除", "en": "excluded"},
    "classification.short.not_applicable": {"zh": "不适用", "en": "not applicable"},
    "classification.short.unmatched": {"zh": "未匹配", "en": "no match"},
    "classification.matched": {"zh": "关键词：{words}", "en": "keywords: {words}"},
    "classification.score": {"zh": "得分 {score}", "en": "score {score}"},
    "classification.score_generic": {
        "zh": "得分 {score}（通用词 {generic}）", "en": "score {score} (generic {generic})",
    },
    "classification.runner_up": {
        "zh": "次优：事项 {item}（{score}）", "en": "runner-up: item {item} ({score})",
    },
    "classification.candidates": {"zh": "候选：{items}", "en": "candidates: {items}"},
    "classification.excluded_by": {"zh": "排除规则：{patterns}", "en": "exclusions: {patterns}"},
    "classification.ruled_out": {
        "zh": "事项 {item} 因 “{pattern}” 排除", "en": "item {item} ruled out by '{pattern}'",
    },
    "classification.margin": {
        "zh": "须领先 {margin} 分才归类", "en": "a lead of {margin} is needed",
    },
    "classification.elements": {"zh": "覆盖要素：{elements}", "en": "covers: {elements}"},
    "classification.no_elements": {
        "zh": "标题未指明要素，请填写 elements", "en": "the title names no element: fill in elements",
    },
    "classification.reason": {"zh": "原因：{reason}", "en": "reason: {reason}"},
    "col.classification": {"zh": "归类结果", "en": "Outcome"},
}
