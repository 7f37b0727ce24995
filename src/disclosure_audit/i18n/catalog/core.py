"""The core messages: input problems, hints, audit findings, vocabulary, tables, ledger, help."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── severities, generic errors ──────────────────────────────────────────────
    "severity.error": {"zh": "错误", "en": "error"},
    "severity.warning": {"zh": "警告", "en": "warning"},
    "hint.prefix": {"zh": "修改建议：", "en": "hint: "},
    "error.interrupted": {"zh": "已中断。", "en": "Interrupted."},
    "error.internal": {
        "zh": "内部错误（{type}: {message}）。这是本工具的缺陷，请用 --debug 重新运行并报告。",
        "en": "Internal error ({type}: {message}). This is a bug: run again with --debug and report it.",
    },
    # ── input problems ───────────────────────────────────────────────────────────
    "problem.file-too-large": {
        "zh": "文件过大（{size} 字节，上限 {limit} 字节），已拒绝读取",
        "en": "file too large ({size} bytes, limit {limit}); refused before reading",
    },
    "problem.unreadable": {"zh": "无法读取文件：{reason}", "en": "cannot read the file: {reason}"},
    "problem.unwritable": {
        "zh": "无法写入文件：{reason}（原文件未改动）", "en": "cannot write the file: {reason} (the previous file is untouched)",
    },
    "problem.not-utf8": {"zh": "文件不是 UTF-8 编码", "en": "the file is not UTF-8 encoded"},
    "problem.bad-encoding": {
        "zh": "无法识别文件编码（既不是 UTF-8 也不是 GB18030）",
        "en": "unknown text encoding (neither UTF-8 nor GB18030)",
    },
    "problem.yaml-tab": {
        "zh": "YAML 不允许用制表符（Tab）缩进",
        "en": "YAML does not allow tabs for indentation",
    },
    "problem.yaml-syntax": {"zh": "YAML 语法错误：{detail}", "en": "YAML syntax error: {detail}"},
    "problem.yaml-too-many-nodes": {
        "zh": "YAML 展开后的值超过 {limit} 个（可能是别名炸弹），已拒绝",
        "en": "the YAML expands to more than {limit} values (an alias bomb?); refused",
    },
    "problem.yaml-too-deep": {
        "zh": "YAML 嵌套超过 {limit} 层，已拒绝", "en": "the YAML nests deeper than {limit} levels; refused",
    },
    "problem.yaml-merge-key": {
        "zh": "不支持 YAML 合并键 “<<”，请把字段写完整",
        "en": "YAML merge keys (<<) are not supported: write the fields out",
    },
    "problem.yaml-complex-key": {
        "zh": "映射的键必须是简单文本", "en": "mapping keys must be plain text",
    },
    "problem.duplicate-key": {
        "zh": "重复的键 “{key}”（第 {first} 行已出现），后一个会覆盖前一个",
        "en": "duplicate key '{key}' (first on line {first}); one would silently replace the other",
    },
    "problem.schema-required": {
        "zh": "{at} 缺少必填字段 “{field}”", "en": "{at}: required field '{field}' is missing",
    },
    "problem.schema-unknown-field": {
        "zh": "{at} 中有未知字段 “{field}”（可用字段：{known}）",
        "en": "{at}: unknown field '{field}' (known fields: {known})",
    },
    "problem.schema-bad-key": {"zh": "{at} 的键名不合规：{detail}", "en": "{at}: bad key: {detail}"},
    "problem.schema-type": {
        "zh": "{at} 的值 {value} 类型不对，应为 {expected}",
        "en": "{at}: {value} has the wrong type, expected {expected}",
    },
    "problem.schema-enum": {
        "zh": "{at} 的值 {value} 不在允许范围内（{allowed}）",
        "en": "{at}: {value} is not one of: {allowed}",
    },
    "problem.schema-empty": {"zh": "{at} 不能为空", "en": "{at} must not be empty"},
    "problem.schema-pattern": {
        "zh": "{at} 的值 {value} 格式不对", "en": "{at}: {value} is not in the expected form",
    },
    "problem.schema-minimum": {
        "zh": "{at} 的值 {value} 小于下限 {limit}", "en": "{at}: {value} is below {limit}",
    },
    "problem.schema-maximum": {
        "zh": "{at} 的值 {value} 超过上限 {limit}", "en": "{at}: {value} is above {limit}",
    },
    "problem.schema-unique": {"zh": "{at} 中有重复项", "en": "{at} has repeated entries"},
    "problem.schema-other": {"zh": "{at}：{detail}", "en": "{at}: {detail}"},
    "problem.checklist-not-found": {
        "zh": "找不到清单 “{ref}”（内置清单：{known}）",
        "en": "checklist '{ref}' not found (shipped checklists: {known})",
    },
    "problem.checklist-not-mapping": {
        "zh": "清单文件的顶层必须是键值映射", "en": "a checklist file must be a mapping at the top level",
    },
    "problem.extends-cycle": {
        "zh": "extends 形成循环：{chain}", "en": "extends forms a cycle: {chain}",
    },
    "problem.extends-unknown": {
        "zh": "extends 指向的清单 “{ref}” 不存在（内置清单：{known}）",
        "en": "extends names '{ref}', which does not exist (shipped checklists: {known})",
    },
    "problem.extends-outside": {
        "zh": "extends 路径 “{ref}” 指向仓库之外，已拒绝",
        "en": "extends path '{ref}' leaves the repository; refused",
    },
    "problem.channel-incomplete": {
        "zh": "新渠道 “{channel}” 必须写明 name 和 public",
        "en": "new channel '{channel}' needs both 'name' and 'public'",
    },
    "problem.duplicate-item": {
        "zh": "事项编号 “{item}” 重复（第 {first} 行已定义）",
        "en": "item id '{item}' is defined twice (first on line {first})",
    },
    "problem.item-id-mismatch": {
        "zh": "事项 “{item}” 下的 id 写成了 “{id}”", "en": "item '{item}' has a different id '{id}'",
    },
    "problem.unknown-item": {
        "zh": "事项 “{item}” 不在所继承的清单中，也不是完整的新事项（缺少：{missing}）",
        "en": "item '{item}' is not in the base checklist and is not a complete new item "
              "(missing: {missing})",
    },
    "problem.unknown-category": {
        "zh": "未知的类别 “{category}”（可用：{known}）",
        "en": "unknown category '{category}' (known: {known})",
    },
    "problem.unknown-department": {
        "zh": "部门 “{department}” 不在 checklist.yaml 的 departments 列表中",
        "en": "department '{department}' is not in the departments list of checklist.yaml",
    },
    "problem.bad-due": {
        "zh": "截止日期 “{value}” 不是有效的 MM-DD", "en": "due date '{value}' is not a valid MM-DD",
    },
    "problem.date-format": {
        "zh": "{field} 的值 “{value}” 不是日期", "en": "{field}: '{value}' is not a date",
    },
    "problem.date-calendar": {
        "zh": "{field} 的值 “{value}” 不是真实存在的日期",
        "en": "{field}: '{value}' is not a real calendar date",
    },
    "problem.period-reversed": {
        "zh": "review_period 的开始日期晚于结束日期", "en": "review_period starts after it ends",
    },
    "problem.institution-missing": {
        "zh": "未设置 institution（学校名称和类型），无法按学校类型判断适用事项",
        "en": "institution (name and kind) is not set: items cannot be filtered by kind",
    },
    "problem.weights-zero": {
        "zh": "四个维度的权重不能全为 0", "en": "the four dimension weights cannot all be 0",
    },
    "problem.declarations-not-mapping": {
        "zh": "申报文件的顶层必须是键值映射（department、publications、withheld）",
        "en": "a declarations file must be a mapping (department, publications, withheld)",
    },
    "problem.published-before-made": {
        "zh": "发布日期 {published} 早于形成日期 {made}",
        "en": "published {published} is before made {made}",
    },
    "problem.missing-url": {
        "zh": "公开渠道上的发布 “{title}” 没有填写链接（url）",
        "en": "'{title}' is on a public channel but has no url",
    },
    "problem.bad-reason": {
        "zh": "未公开理由 “{value}” 无效（可用：{allowed}）",
        "en": "reason '{value}' is not one of: {allowed}",
    },
    "problem.exempt-needs-ground": {
        "zh": "依法不予公开（exempt）必须写明不予公开的情形（ground）",
        "en": "an exempt item must name its legal ground",
    },
    "problem.expected-missing": {
        "zh": "尚未形成（not_yet_made）必须写明预计形成日期（expected）",
        "en": "not_yet_made needs the expected date (expected)",
    },
    "problem.unknown-item-ref": {
        "zh": "事项编号 “{item}” 不在本校清单中", "en": "item '{item}' is not in the checklist",
    },
    "problem.unknown-channel": {
        "zh": "未知的渠道 “{channel}”（可用：{known}）",
        "en": "unknown channel '{channel}' (known: {known})",
    },
    "problem.bad-url": {
        "zh": "链接 “{value}” 不是有效的 http/https 地址",
        "en": "'{value}' is not a valid http/https URL",
    },
    "problem.bad-format": {
        "zh": "格式 “{value}” 无效（可用：{allowed}）", "en": "format '{value}' is not one of: {allowed}",
    },
    "problem.bad-clicks": {
        "zh": "点击层级 “{value}” 应为非负整数", "en": "clicks '{value}' must be a whole number ≥ 0",
    },
    "problem.unknown-element": {
        "zh": "事项 {item} 没有要素 “{elements}”（该事项的要素：{known}）",
        "en": "item {item} has no element '{elements}' (its elements: {known})",
    },
    "problem.csv-syntax": {"zh": "CSV 格式错误：{detail}", "en": "CSV syntax error: {detail}"},
    "problem.xlsx-unreadable": {
        "zh": "无法读取 Excel 文件：{detail}", "en": "cannot read the Excel file: {detail}",
    },
    "problem.table-no-header": {
        "zh": "找不到表头行（至少需要“标题”和另一列，如：{headers}）",
        "en": "no header row found (needs 'title' and at least one more column: {headers})",
    },
    "problem.table-unknown-columns": {
        "zh": "以下列不认识，已忽略：{columns}", "en": "unknown columns ignored: {columns}",
    },
    "problem.file-ignored": {
        "zh": "不支持的文件类型 {suffix}，已跳过", "en": "unsupported file type {suffix}, skipped",
    },
    "problem.file-unsupported": {
        "zh": "不支持的文件类型 {suffix}（支持 .yaml、.csv、.xlsx）",
        "en": "unsupported file type {suffix} (use .yaml, .csv or .xlsx)",
    },
    "problem.path-not-found": {"zh": "路径不存在", "en": "no such file or folder"},
    "problem.no-checklist": {
        "zh": "这里没有 checklist.yaml，不是清单仓库", "en": "no checklist.yaml here: not a checklist repo",
    },
    "problem.published-after-as-of": {
        "zh": "发布日期 {published} 晚于检查日期 {as_of}",
        "en": "published {published} is after the as-of date {as_of}",
    },
    "problem.bad-age": {
        "zh": "时长 “{value}” 无效（如 1d、12h、30m）", "en": "'{value}' is not a duration (e.g. 1d, 12h, 30m)",
    },
    "problem.bad-option": {"zh": "参数 {option} 无效：{detail}", "en": "invalid {option}: {detail}"},
    "problem.unknown-department-filter": {
        "zh": "没有部门 “{department}”（清单中的部门：{known}）",
        "en": "no department '{department}' (departments: {known})",
    },
    "problem.waiver-target": {
        "zh": "豁免必须写明 key（如 6/timeliness）或 item 二者之一",
        "en": "a waiver needs exactly one of key (e.g. 6/timeliness) or item",
    },
    "problem.waiver-unknown": {
        "zh": "豁免指向不存在的台账编号或事项 “{key}”",
        "en": "the waiver names '{key}', which is not an item of the checklist",
    },
    "problem.json-syntax": {"zh": "JSON 格式错误：{detail}", "en": "JSON syntax error: {detail}"},
    "problem.not-a-result": {
        "zh": "不是 disclosure-audit audit --format json 输出的结果文件（缺少 ledger）",
        "en": "not a result written by 'disclosure-audit audit --format json' (no ledger)",
    },
    "problem.bad-format-spec": {
        "zh": "输出格式 “{value}” 无效（可用：{known}；写成 格式 或 格式:文件）",
        "en": "output format '{value}' is not valid (known: {known}; write FORMAT or FORMAT:FILE)",
    },
    "problem.two-stdout-formats": {
        "zh": "只能有一个格式输出到屏幕（{formats}）；其余请写成 格式:文件",
        "en": "only one format can go to the screen ({formats}); give the others as FORMAT:FILE",
    },
    "problem.init-exists": {
        "zh": "文件已存在，不会覆盖", "en": "the file already exists and will not be overwritten",
    },
    "problem.batch-empty": {
        "zh": "这里没有任何学校的清单仓库（子目录中应有 checklist.yaml）",
        "en": "no school repos here (sub-folders with a checklist.yaml)",
    },
    "problem.option-not-with-batch": {
        "zh": "{option} 不能与 --batch 一起使用（请对单个学校运行）", "en": "{option} cannot be used with --batch (run it on one school)",
    },
    "problem.option-needs-batch": {
        "zh": "{option} 只用于 --batch 批量检查", "en": "{option} only applies with --batch",
    },
    "problem.batch-format": {
        "zh": "批量检查只支持一种格式：table、json 或 html（可写 html:文件；每所学校的完整结果请用 --output-dir）",
        "en": "--batch takes one format: table, json or html (html:FILE allowed; use --output-dir for each school's result)",
    },
    # ── hints ────────────────────────────────────────────────────────────────────
    "hint.save-utf8": {
        "zh": "请用 UTF-8 编码另存该文件（记事本/WPS：另存为 → 编码选 UTF-8）。",
        "en": "Save the file as UTF-8.",
    },
    "hint.yaml-tab": {"zh": "把行首的 Tab 换成空格。", "en": "Replace the leading tabs with spaces."},
    "hint.yaml-syntax": {
        "zh": "检查该行附近的缩进、冒号和引号；含冒号或 # 的文字请加引号。",
        "en": "Check indentation, colons and quotes near that line; quote text containing ':' or '#'.",
    },
    "hint.yaml-aliases": {"zh": "不要嵌套使用 YAML 别名（*name）。", "en": "Do not nest YAML aliases."},
    "hint.duplicate-key": {"zh": "删除或合并重复的键。", "en": "Remove or merge the repeated key."},
    "hint.schema-required": {"zh": "补上该字段。", "en": "Add the field."},
    "hint.schema-unknown-field": {
        "zh": "检查拼写；字段名区分大小写。", "en": "Check the spelling; field names are case-sensitive.",
    },
    "hint.schema-type-string": {
        "zh": "文字请加引号，例如 item: \"7\"、note: \"no\"。",
        "en": "Quote text values, e.g. item: \"7\", note: \"no\".",
    },
    "hint.checklist-not-found": {
        "zh": "用 disclosure-audit checklist list 查看内置清单，或给出文件路径。",
        "en": "Run 'disclosure-audit checklist list' or give a file path.",
    },
    "hint.extends-cycle": {
        "zh": "清单不能直接或间接继承自己。", "en": "A checklist cannot extend itself, directly or not.",
    },
    "hint.extends-unknown": {
        "zh": "写内置清单编号（如 moe-2014）或仓库内的相对路径。",
        "en": "Use a shipped id (e.g. moe-2014) or a relative path inside the repo.",
    },
    "hint.extends-outside": {
        "zh": "把被继承的清单放进本仓库。", "en": "Put the base checklist inside this repo.",
    },
    "hint.unknown-item": {
        "zh": "检查事项编号是否写错；新增事项需写全 category、title、elements、cadence。",
        "en": "Check the id; a new item needs category, title, elements and cadence.",
    },
    "hint.unknown-department": {
        "zh": "在 checklist.yaml 的 departments 中加入该部门，或改用已有部门名称。",
        "en": "Add the department to departments in checklist.yaml, or use an existing name.",
    },
    "hint.date": {
        "zh": "日期写成 2022-03-01（也可写 2022/3/1 或 2022年3月1日）。",
        "en": "Write dates as 2022-03-01 (2022/3/1 and 2022年3月1日 are accepted too).",
    },
    "hint.institution-missing": {
        "zh": "加上 institution: {name: 学校名称, kind: vocational|undergraduate|graduate}。",
        "en": "Add institution: {name: ..., kind: vocational|undergraduate|graduate}.",
    },
    "hint.declarations-not-mapping": {
        "zh": "参照 examples/ 中的申报文件格式。", "en": "See the declaration files in examples/.",
    },
    "hint.exempt-needs-ground": {
        "zh": "加上 ground: 国家秘密、商业秘密、个人隐私 或 法律法规规定不予公开（后者另写 basis 注明法律及条款）。",
        "en": "Add ground: state_secret, trade_secret, privacy, or law (then basis: the law and article).",
    },
    "hint.unknown-item-ref": {
        "zh": "用 disclosure-audit checklist list 查看事项编号。",
        "en": "Run 'disclosure-audit checklist list' to see the item ids.",
    },
    "hint.unknown-channel": {
        "zh": "使用渠道编号，或在 checklist.yaml 的 channels 中新增渠道。",
        "en": "Use a channel id, or add the channel under channels in checklist.yaml.",
    },
    "hint.unknown-element": {
        "zh": "要素名称须与清单一致；省略 elements 表示覆盖全部要素。",
        "en": "Use the checklist's element names; omit elements to cover all of them.",
    },
    "hint.table-no-header": {
        "zh": "第一行写表头：事项编号、标题、渠道、链接、形成日期、发布日期……",
        "en": "Put a header row first: item, title, channel, url, made, published, ...",
    },
    "hint.waiver-target": {
        "zh": "写 key: \"6/timeliness\" 豁免一个维度，或 item: \"6\" 豁免整个事项。",
        "en": "Write key: \"6/timeliness\" for one dimension or item: \"6\" for the whole item.",
    },
    "hint.waiver-unknown": {
        "zh": "台账编号的格式是 事项编号/维度（completeness、availability、timeliness、convenience）。",
        "en": "Keys are <item>/<dimension> (completeness, availability, timeliness, convenience).",
    },
    "hint.not-a-result": {
        "zh": "用 disclosure-audit audit --format json -o 文件 生成基线。",
        "en": "Make one with 'disclosure-audit audit --format json -o FILE'.",
    },
    "hint.batch-empty": {
        "zh": "--batch 指向的目录下应当是一所学校一个子目录。", "en": "--batch expects one sub-folder per school.",
    },
    "hint.path-not-found": {"zh": "检查路径是否写错。", "en": "Check the path."},
    "hint.no-checklist": {
        "zh": "在清单仓库根目录运行，或用 disclosure-audit init 新建仓库。",
        "en": "Run it on a checklist repo (a folder with checklist.yaml).",
    },
    # ── findings ─────────────────────────────────────────────────────────────────
    "finding.nothing-published": {"zh": "未发布任何内容", "en": "nothing published"},
    "finding.missing-elements": {
        "zh": "缺少要素：{elements}", "en": "missing elements: {elements}",
    },
    "finding.internal-only": {
        "zh": "“{element}”仅在校内渠道（{channels}）发布，社会公众无法获取",
        "en": "'{element}' only on internal channels ({channels}); the public cannot get it",
    },
    "finding.no-made-date": {
        "zh": "“{title}”未填形成日期，是否在时限内公开待核实",
        "en": "'{title}' has no made date: its timeliness is unverified",
    },
    "finding.late": {
        "zh": "检查期 {start} 至 {end} 内，“{title}”于 {made} 形成、{published} 发布，用时 {days} {unit}，超过 {limit} {unit}时限{basis}",
        "en": "in the period {start} – {end}, '{title}' was made {made} and published {published}: {days} {unit}, over the limit of {limit}{basis}",
    },
    "finding.no-publication-in-period": {
        "zh": "本检查期（{start} 至 {end}）内没有发布", "en": "no publication in the review period {start} – {end}",
    },
    "finding.annual-late": {
        "zh": "应于 {due} 前发布，实际 {published} 才发布（“{title}”）",
        "en": "due by {due} but first published {published} ('{title}')",
    },
    "finding.no-public-publication": {
        "zh": "没有向社会公开的发布", "en": "no publication on a public channel",
    },
    "finding.not-in-column": {
        "zh": "“{title}”未在信息公开专栏发布，也未从专栏链接（仅见于{channel}；涉及：{elements}）",
        "en": "'{title}' is neither in the disclosure column nor linked from it (only on {channel}; covers: {elements})",
    },
    "finding.too-many-clicks": {
        "zh": "“{title}”从学校首页需点击 {clicks} 次才能到达，超过 {limit} 次（涉及：{elements}）",
        "en": "'{title}' is {clicks} clicks from the homepage, more than {limit} (covers: {elements})",
    },
    "finding.unreadable-format": {
        "zh": "“{title}”以{format}格式发布，无法检索和复制（涉及：{elements}）",
        "en": "'{title}' is published as {format}, which cannot be searched or copied (covers: {elements})",
    },
    "finding.not-yet-made": {
        "zh": "尚未形成（{note}），预计 {expected} 形成，应于 {deadline} 前公开",
        "en": "not yet made ({note}), expected {expected}, to be published by {deadline}",
    },
    "finding.not-disclosed-no-reason": {
        "zh": "未公开且未说明理由", "en": "not disclosed and no reason given",
    },
    "finding.no-owner": {
        "zh": "未指定责任部门（通常为{hint}）", "en": "no responsible department assigned (usually {hint})",
    },
    "finding.not-applicable-kind": {
        "zh": "不适用于本校类型{note}", "en": "does not apply to this kind of institution{note}",
    },
    "finding.not-applicable-checklist": {
        "zh": "清单声明不适用：{note}", "en": "declared not applicable in the checklist: {note}",
    },
    "finding.not-applicable-declared": {
        "zh": "部门声明不适用：{note}", "en": "declared not applicable: {note}",
    },
    "finding.exempt": {
        "zh": "依法不予公开（{ground}{basis}）{note}", "en": "lawfully withheld ({ground}{basis}){note}",
    },
    "finding.calendar-no-data": {
        "zh": "{years} 年国务院放假安排尚未收录：这些年份的工作日按法定节假日推算（农历节日按历法计算，节日逢周末顺延到下一个工作日），不含调休上班的周末；本次计算的日期（含整改期限）待放假安排公布后可能相差几天",
        "en": "no State Council holiday schedule is known for {years}: working days there assume the "
              "statutory holidays (lunar ones computed, one falling on a weekend moved to the next "
              "working day) and no weekend make-up workdays; dates computed there (deadlines "
              "included) may be off by a few days once the schedule is published",
    },
    "finding.link-failed": {
        "zh": "“{title}”的链接 {url} 公众无法正常访问：{kind} {detail}（检测于 {checked_at}）",
        "en": "'{title}': the public cannot get {url}: {kind} {detail} (checked {checked_at})",
    },
    "finding.link-missing": {
        "zh": "“{title}”发布在公开渠道但没有链接，无法核验", "en": "'{title}' is on a public channel but has no URL to verify",
    },
    "link.kind.ok": {"zh": "正常", "en": "ok"},
    "link.kind.http_error": {"zh": "HTTP 错误", "en": "HTTP error"},
    "link.kind.timeout": {"zh": "超时", "en": "timed out"},
    "link.kind.dns": {"zh": "域名无法解析", "en": "DNS lookup failed"},
    "link.kind.connection": {"zh": "无法连接", "en": "connection failed"},
    "link.kind.too_many_redirects": {"zh": "重定向过多", "en": "too many redirects"},
    "link.kind.login": {"zh": "需要登录（统一身份认证）", "en": "behind a login page"},
    "link.kind.soft_404": {"zh": "页面提示不存在（软 404）", "en": "page says it does not exist (soft 404)"},
    "link.kind.wrong_type": {"zh": "声明为 PDF，实际返回网页", "en": "declared PDF but got a web page"},
    "link.kind.bad_url": {"zh": "不是 http/https 链接", "en": "not an http/https link"},
    "links.progress": {"zh": "检查链接", "en": "Checking links"},
    "links.summary": {
        "zh": "共检查 {total} 个链接：正常 {ok}，异常 {failed}", "en": "{total} links checked: {ok} ok, {failed} failing",
    },
    "col.url": {"zh": "链接", "en": "URL"},
    "col.result": {"zh": "结果", "en": "Result"},
    "col.checked": {"zh": "检测时间", "en": "Checked"},
    "finding.waiver-expired": {
        "zh": "豁免已于 {expires} 到期，{keys} 重新计为问题",
        "en": "the waiver for {keys} expired on {expires}; they count as failures again",
    },
    # ── vocabulary ───────────────────────────────────────────────────────────────
    "dimension.completeness": {"zh": "条目完整性", "en": "Completeness"},
    "dimension.availability": {"zh": "内容可得性", "en": "Availability"},
    "dimension.timeliness": {"zh": "更新及时性", "en": "Timeliness"},
    "dimension.convenience": {"zh": "操作便捷性", "en": "Convenience"},
    "status.compliant": {"zh": "合规", "en": "compliant"},
    "status.partial": {"zh": "部分合规", "en": "partial"},
    "status.missing": {"zh": "未公开", "en": "missing"},
    "status.not_yet_made": {"zh": "尚未形成", "en": "not yet made"},
    "status.exempt": {"zh": "依法不公开", "en": "exempt"},
    "status.not_applicable": {"zh": "不适用", "en": "not applicable"},
    "ledger.status.open": {"zh": "待整改", "en": "open"},
    "ledger.status.in_progress": {"zh": "整改中", "en": "in progress"},
    "ledger.status.done": {"zh": "已完成", "en": "done"},
    "ledger.status.waived": {"zh": "已豁免", "en": "waived"},
    "ledger.status.overdue": {"zh": "已逾期", "en": "overdue"},
    "reason.not_applicable": {"zh": "不适用", "en": "not applicable"},
    "reason.exempt": {"zh": "依法不予公开", "en": "exempt"},
    "reason.not_yet_made": {"zh": "尚未形成", "en": "not yet made"},
    "kind.vocational": {"zh": "专科（高职）", "en": "vocational"},
    "kind.undergraduate": {"zh": "本科", "en": "undergraduate"},
    "kind.graduate": {"zh": "研究生培养单位", "en": "graduate"},
    "format.html": {"zh": "网页", "en": "HTML"},
    "format.pdf": {"zh": "PDF", "en": "PDF"},
    "format.doc": {"zh": "Word 文档", "en": "Word document"},
    "format.xls": {"zh": "Excel 表格", "en": "Excel sheet"},
    "format.image": {"zh": "图片", "en": "an image"},
    "format.scanned_pdf": {"zh": "扫描版 PDF", "en": "a scanned PDF"},
    "cadence.on_change": {"zh": "变动即更", "en": "on change"},
    "cadence.annual": {"zh": "每年", "en": "annual"},
    "audience.public": {"zh": "社会公开", "en": "public"},
    "audience.campus": {"zh": "校内公开", "en": "campus"},
    "measure.completeness": {
        "zh": "补充公开缺失的要素。", "en": "Publish the missing elements.",
    },
    "measure.availability": {
        "zh": "在信息公开专栏或官网向社会公开，不能只在OA、工作群、会议或文件中传达。",
        "en": "Publish on the disclosure column or the website, not only on OA, in groups, "
              "at meetings or in documents.",
    },
    "measure.timeliness": {
        "zh": "在信息形成或变更后20个工作日内公开并注明形成日期；年度事项按期发布。",
        "en": "Publish within 20 working days of the information being made or changed, with "
              "its date; publish annual items on time.",
    },
    "measure.convenience": {
        "zh": "在信息公开专栏按清单分类发布，首页3次点击内可达，使用可检索的文字格式（HTML或文字版PDF）。",
        "en": "Publish in the disclosure column by list category, within 3 clicks of the "
              "homepage, as searchable text (HTML or text PDF).",
    },
    # ── table and report text ────────────────────────────────────────────────────
    "col.id": {"zh": "编号", "en": "ID"},
    "col.title": {"zh": "事项", "en": "Item"},
    "col.category": {"zh": "类别", "en": "Category"},
    "col.elements": {"zh": "要素", "en": "Elements"},
    "col.cadence": {"zh": "更新频率", "en": "Cadence"},
    "col.owner": {"zh": "责任部门", "en": "Owner"},
    "col.status": {"zh": "状态", "en": "Status"},
    "col.score": {"zh": "得分", "en": "Score"},
    "col.department": {"zh": "部门", "en": "Department"},
    "col.items": {"zh": "事项数", "en": "Items"},
    "col.failures": {"zh": "问题数", "en": "Failures"},
    "col.key": {"zh": "台账编号", "en": "Key"},
    "col.dimension": {"zh": "维度", "en": "Dimension"},
    "col.problem": {"zh": "存在问题", "en": "Problem"},
    "col.reason": {"zh": "未公开理由", "en": "Reason"},
    "col.measure": {"zh": "整改措施", "en": "Measure"},
    "col.deadline": {"zh": "整改期限", "en": "Deadline"},
    "col.applies": {"zh": "适用", "en": "Applies to"},
    "col.row": {"zh": "位置", "en": "Where"},
    "col.keywords": {"zh": "匹配关键词", "en": "Matched keywords"},
    "col.candidates": {"zh": "候选事项", "en": "Candidates"},
    "report.title": {
        "zh": "{institution} 信息公开自查（检查日期 {as_of}，检查期 {start} 至 {end}）",
        "en": "{institution}: disclosure self-check as of {as_of} (period {start} – {end})",
    },
    "report.items": {"zh": "逐项检查结果", "en": "Items"},
    "report.by_dimension": {"zh": "各维度得分", "en": "Score by dimension"},
    "report.by_department": {"zh": "各部门得分", "en": "Score by department"},
    "report.ledger": {"zh": "整改台账", "en": "Rectification ledger"},
    "report.ledger_empty": {"zh": "没有需要整改的问题。", "en": "Nothing to rectify."},
    "report.overall": {
        "zh": "总分 {score}（{scored} 个计分事项：合规 {compliant}、部分合规 {partial}、未公开 {missing}、仅校内公开 {internal_only}、尚未形成 {not_yet_made}；不计分：本期未发生 {not_occurred}、依法不公开 {exempt}、不适用 {not_applicable}）",
        "en": "Overall {score} ({scored} scored items: {compliant} compliant, {partial} partial, "
              "{missing} missing, {internal_only} internal only, {not_yet_made} not yet made; "
              "excluded: {not_occurred} not occurred, {exempt} exempt, "
              "{not_applicable} not applicable)",
    },
    "report.unmatched": {
        "zh": "无法归类的发布（{count} 条，未计入任何清单事项）",
        "en": "Rows not classified ({count}; not counted for any item)",
    },
    "report.unmatched.hint": {
        "zh": "属于清单事项的，请补填事项编号；新闻等其他信息无须补填，只计入年度报告的统计。",
        "en": "Give the item id to those that are list items; news and other posts need none: they count only in the annual report's statistics.",
    },
    "report.classified": {"zh": "按关键词归类的发布", "en": "Rows classified by keywords"},
    "report.warnings": {"zh": "提示", "en": "Warnings"},
    "report.fail_under": {
        "zh": "总分 {score} 低于要求的 {threshold}", "en": "score {score} is below the required {threshold}",
    },
    "report.fail_under_dimension": {
        "zh": "{dimension}得分 {score} 低于要求的 {threshold}",
        "en": "{dimension} score {score} is below the required {threshold}",
    },
    "report.not_scored": {"zh": "—", "en": "—"},
    "validate.ok": {"zh": "检查通过，没有发现问题。", "en": "No problems found."},
    "validate.summary": {
        "zh": "发现 {errors} 个错误、{warnings} 个警告。", "en": "{errors} error(s), {warnings} warning(s).",
    },
    "checklist.summary": {
        "zh": "{title}：{count} 个事项，{categories} 个类别", "en": "{title}: {count} items in {categories} categories",
    },
    "checklist.not_found_item": {"zh": "没有事项 “{item}”", "en": "no item '{item}'"},
    # ── the tracked ledger (ledger.yaml) and its Excel form ───────────────────────
    "xcol.index": {"zh": "序号", "en": "No."},
    "xcol.item": {"zh": "事项编号", "en": "Item"},
    "xcol.title": {"zh": "事项名称", "en": "Item title"},
    "xcol.department": {"zh": "责任部门", "en": "Department"},
    "xcol.owner": {"zh": "责任人", "en": "Owner"},
    "xcol.dimension": {"zh": "维度", "en": "Dimension"},
    "xcol.problem": {"zh": "存在问题", "en": "Problem"},
    "xcol.reason": {"zh": "未公开理由", "en": "Reason withheld"},
    "xcol.measure": {"zh": "整改措施", "en": "Measure"},
    "xcol.deadline": {"zh": "整改期限", "en": "Deadline"},
    "xcol.status": {"zh": "状态", "en": "Status"},
    "xcol.closed": {"zh": "完成日期", "en": "Closed on"},
    "xcol.note": {"zh": "备注", "en": "Note"},
    "xcol.key": {"zh": "台账编号", "en": "Key"},
    "xcol.opened": {"zh": "立账日期", "en": "Opened"},
    "xsheet.ledger": {"zh": "整改台账", "en": "Ledger"},
    "xsheet.summary": {"zh": "汇总", "en": "Summary"},
    "xsum.total": {"zh": "合计", "en": "Total"},
    "ledger.title": {
        "zh": "{institution} 整改台账（截至 {as_of}）", "en": "{institution}: rectification ledger as of {as_of}",
    },
    "ledger.empty": {"zh": "台账为空。", "en": "The ledger is empty."},
    "ledger.none_match": {"zh": "没有符合条件的台账条目。", "en": "No entries match."},
    "ledger.totals": {
        "zh": "共 {all} 条：待整改 {open}、整改中 {in_progress}、已逾期 {overdue}、已完成 {done}、已豁免 {waived}",
        "en": "{all} entries: {open} open, {in_progress} in progress, {overdue} overdue, {done} done, {waived} waived",
    },
    "ledger.changes": {
        "zh": "本次更新（{as_of}）：新增 {new}、已整改关闭 {closed}、重新打开 {reopened}、新逾期 {newly_overdue}、新豁免 {waived}、豁免结束 {unwaived}",
        "en": "Update of {as_of}: {new} new, {closed} closed, {reopened} reopened, {newly_overdue} newly overdue, {waived} waived, {unwaived} no longer waived",
    },
    "ledger.change.new": {"zh": "新增", "en": "new"},
    "ledger.change.closed": {"zh": "已关闭", "en": "closed"},
    "ledger.change.reopened": {"zh": "重新打开", "en": "reopened"},
    "ledger.change.newly_overdue": {"zh": "新逾期", "en": "newly overdue"},
    "ledger.change.waived": {"zh": "豁免", "en": "waived"},
    "ledger.change.unwaived": {"zh": "豁免结束", "en": "waiver ended"},
    "ledger.no_changes": {"zh": "台账没有变化。", "en": "No changes."},
    "ledger.written": {"zh": "已写入 {path}", "en": "Wrote {path}"},
    "ledger.imported": {
        "zh": "导入 {path}：更新 {applied} 条，跳过 {skipped} 行", "en": "Imported {path}: {applied} entries updated, {skipped} rows skipped",
    },
    "problem.ledger-locked": {
        "zh": "台账正被另一个更新占用（已等待 {seconds} 秒）", "en": "the ledger is locked by another update (waited {seconds} s)",
    },
    "problem.ledger-duplicate-key": {"zh": "台账编号 “{key}” 重复", "en": "ledger key '{key}' appears twice"},
    "problem.ledger-as-of-before-update": {
        "zh": "检查日期 {as_of} 早于台账上次更新日期 {updated}", "en": "as-of {as_of} is before the ledger's last update {updated}",
    },
    "problem.import-unknown-key": {
        "zh": "台账中没有编号 “{key}”，该行已跳过", "en": "no ledger entry '{key}'; row skipped",
    },
    "problem.import-no-key": {"zh": "缺少台账编号，该行已跳过", "en": "no key; row skipped"},
    "problem.import-readonly": {
        "zh": "“{column}” 不能在表格中修改（台账为 “{expected}”，表格为 “{found}”），该行已跳过",
        "en": "'{column}' cannot be changed in the sheet (ledger: '{expected}', sheet: '{found}'); row skipped",
    },
    "problem.import-bad-status": {
        "zh": "状态 “{value}” 无效（可填：待整改、整改中、已完成），该行已跳过",
        "en": "status '{value}' is not allowed (open, in progress, done); row skipped",
    },
    "problem.import-done-needs-date": {
        "zh": "标记为已完成时必须填写完成日期，该行已跳过", "en": "a done entry needs its closed date; row skipped",
    },
    "problem.import-no-header": {
        "zh": "找不到台账表头（需要“台账编号”列）", "en": "no ledger header row (a 'Key' column is needed)",
    },
    "hint.import-readonly": {
        "zh": "只能修改 责任人、整改措施、状态、完成日期、备注；问题内容由审计自动生成。",
        "en": "Only owner, measure, status, closed date and note can be edited; problems come from the audit.",
    },
    "report.baseline": {
        "zh": "基线 {path}：已知问题 {suppressed} 条不再报告，新问题 {new} 条",
        "en": "Baseline {path}: {suppressed} known entries suppressed, {new} new",
    },
    "report.new_failures": {
        "zh": "相对基线有 {count} 个新问题", "en": "{count} new failure(s) against the baseline",
    },
    "diff.title": {
        "zh": "{old} → {new}：总分 {change}", "en": "{old} → {new}: overall {change}",
    },
    "diff.overall": {"zh": "全校", "en": "Overall"},
    "diff.improved": {"zh": "已改进（{count} 条台账问题消失）", "en": "Improved ({count} entries gone)"},
    "diff.regressed": {"zh": "新出现的问题（{count} 条）", "en": "Regressed ({count} new entries)"},
    "init.done": {
        "zh": "已在 {path} 创建清单仓库：{items} 个适用事项，{departments} 个部门。下一步：填写 checklist.yaml 的责任部门和 declarations/ 中的发布记录，然后运行 disclosure-audit validate {path}",
        "en": "Created a checklist repo in {path}: {items} applicable items, {departments} departments. Next: fill in owners in checklist.yaml and publications in declarations/, then run 'disclosure-audit validate {path}'",
    },
    "batch.title": {
        "zh": "{count} 所学校信息公开自查排名（检查日期 {as_of}）", "en": "Ranking of {count} schools as of {as_of}",
    },
    "batch.skipped": {"zh": "已跳过 {folder}：{error}", "en": "skipped {folder}: {error}"},
    "batch.written": {"zh": "每所学校的结果已写入 {path}", "en": "Each school's result written to {path}"},
    "col.rank": {"zh": "排名", "en": "Rank"},
    "col.school": {"zh": "学校", "en": "School"},
    "col.kind": {"zh": "类型", "en": "Kind"},
    "col.missing": {"zh": "未公开事项", "en": "Missing"},
    "col.open": {"zh": "待整改", "en": "Open"},
    "col.overdue": {"zh": "逾期", "en": "Overdue"},
    # ── CLI help ─────────────────────────────────────────────────────────────────
    "help.app": {
        "zh": "高校信息公开自查工具：对照《高等学校信息公开事项清单》逐项检查，生成整改台账。",
        "en": "Check a university's information disclosure against the MOE list and keep the rectification ledger.",
    },
    "help.version": {"zh": "显示版本号并退出。", "en": "Show the version and exit."},
    "help.lang": {
        "zh": "输出语言：zh（默认）或 en；也可用环境变量 DISCLOSURE_AUDIT_LANG。",
        "en": "Output language: zh (default) or en; also DISCLOSURE_AUDIT_LANG.",
    },
    "help.debug": {"zh": "出错时显示完整的内部错误信息。", "en": "Show full tracebacks on internal errors."},
    "help.validate": {
        "zh": "检查清单和申报文件（CI 入口）：列出所有问题及其位置。",
        "en": "Check a checklist repo or files (the CI entry point): every problem with its position.",
    },
    "help.paths": {
        "zh": "清单仓库目录或文件（默认当前目录）。", "en": "Checklist repo folders or files (default: .).",
    },
    "help.format": {"zh": "输出格式。", "en": "Output format."},
    "help.audit": {
        "zh": "按四个维度逐项评分，输出结果和整改台账。",
        "en": "Score every item on the four dimensions and print the results and the ledger.",
    },
    "help.repo": {"zh": "清单仓库目录（默认当前目录）。", "en": "The checklist repo (default: .)."},
    "help.as_of": {
        "zh": "检查日期（默认今天），如 2022-09-15。", "en": "The as-of date (default: today), e.g. 2022-09-15.",
    },
    "help.department": {"zh": "只看该部门负责的事项。", "en": "Only the items this department owns."},
    "help.output": {"zh": "写入文件而不是屏幕。", "en": "Write to this file instead of the screen."},
    "help.fail_under": {
        "zh": "总分低于该值时退出码为 1；也可写 维度=分数，如 timeliness=80（可重复）。",
        "en": "Exit 1 when the score is below this; or DIMENSION=SCORE, e.g. timeliness=80 (repeatable).",
    },
    "help.explain": {
        "zh": "显示未填事项编号的发布如何按关键词归类。",
        "en": "Show how rows without an item id were classified by keywords.",
    },
    "help.checklist": {"zh": "查看清单。", "en": "Show checklists."},
    "help.checklist_list": {"zh": "按类别列出清单事项。", "en": "List a checklist's items by category."},
    "help.checklist_show": {"zh": "显示一个事项的详情。", "en": "Show one item in full."},
    "help.checklist_opt": {
        "zh": "清单编号或文件（默认：当前目录的 checklist.yaml，否则 moe-2014）。",
        "en": "Checklist id or file (default: ./checklist.yaml, else moe-2014).",
    },
    "help.kind": {
        "zh": "只列出适用于该类型学校的事项。", "en": "Only the items that apply to this kind of institution.",
    },
    "help.item": {"zh": "事项编号。", "en": "Item id."},
    "help.formats": {
        "zh": "输出格式，可重复：table、json、markdown、csv、junit、sarif、html；写成 格式:文件 则写入文件，如 --format junit:report.xml。",
        "en": "Output format, repeatable: table, json, markdown, csv, junit, sarif, html; FORMAT:FILE writes a file, e.g. --format junit:report.xml.",
    },
    "help.baseline": {
        "zh": "基线（之前的 JSON 结果）：只报告基线之后新出现的问题；有新问题时退出码为 1。",
        "en": "A previous JSON result: report only entries new since it; exit 1 when there are any.",
    },
    "help.annotations": {
        "zh": "输出 CI 注释（github：::error file=…,line=…::…）。", "en": "Emit CI annotations (github: ::error file=…,line=…::…).",
    },
    "help.diff": {
        "zh": "比较两次 JSON 结果：改进、退步、各部门各维度得分变化。",
        "en": "Compare two JSON results: improved, regressed, score change by department and dimension.",
    },
    "help.fail_on_regression": {"zh": "有新问题时退出码为 1。", "en": "Exit 1 when anything regressed."},
    "help.init": {
        "zh": "新建学校的清单仓库：清单、各部门申报模板、说明和 CI 配置。",
        "en": "Scaffold a school's checklist repo: checklist, declaration templates, README and CI files.",
    },
    "help.check_links": {
        "zh": "访问每个公开发布的链接，核实公众能否获取（死链、登录墙、软 404、类型不符）。",
        "en": "Probe every public publication's link (dead links, login walls, soft 404s, wrong type).",
    },
    "help.links_max_age": {
        "zh": "缓存的检查结果在此时长内不重新检查，如 1d、12h（默认 1d）。", "en": "Reuse cached results younger than this, e.g. 1d, 12h (default 1d).",
    },
    "help.refresh": {"zh": "忽略缓存，重新检查所有链接。", "en": "Ignore the cache and check every link again."},
    "help.links_timeout": {"zh": "每个请求的超时秒数（默认 15）。", "en": "Timeout per request in seconds (default 15)."},
    "help.links_concurrency": {"zh": "同时检查的链接数上限（默认 32）。", "en": "How many links to check at once (default 32)."},
    "help.links_per_host": {"zh": "同一网站同时检查的上限（默认 6）。", "en": "How many at once per site (default 6)."},
    "help.links": {
        "zh": "只检查链接：列出每个公开发布链接的检查结果。", "en": "Check links only: the result for every public publication's URL.",
    },
    "help.batch": {
        "zh": "批量检查：DIR 下每个子目录是一所学校的清单仓库；输出排名表。",
        "en": "Batch: every sub-folder of DIR is a school's repo; prints one ranking.",
    },
    "help.output_dir": {"zh": "批量检查时把每所学校的 JSON 结果写到此目录。", "en": "With --batch: write each school's JSON result here."},
    "help.jobs": {"zh": "批量检查的进程数（默认为 CPU 核数）。", "en": "With --batch: worker processes (default: one per core)."},
    "help.institution": {"zh": "学校名称。", "en": "The institution's name."},
    "help.departments": {
        "zh": "部门列表，用逗号分隔（默认取清单中的常见责任部门）。",
        "en": "Departments, comma-separated (default: the usual owners named by the checklist).",
    },
    "help.ledger": {"zh": "整改台账：更新、查看、导出、导入、催办提醒。", "en": "The rectification ledger: update, show, export, import, remind."},
    "help.ledger_update": {
        "zh": "运行审计并把结果并入 ledger.yaml（新增、关闭、重新打开、逾期）。",
        "en": "Run the audit and merge it into ledger.yaml (new, closed, reopened, overdue).",
    },
    "help.ledger_show": {"zh": "列出台账条目。", "en": "List ledger entries."},
    "help.ledger_export": {"zh": "导出台账（xlsx、csv、markdown、json、html），格式按 -o 的扩展名。", "en": "Export the ledger (xlsx, csv, markdown, json, html), in the format the extension of -o names."},
    "help.ledger_import": {
        "zh": "导入各部门填写后的台账表格（xlsx 或 csv），按台账编号合并。",
        "en": "Import the sheet departments filled in (xlsx or csv), merged by key.",
    },
    "help.status": {"zh": "按状态筛选。", "en": "Only entries with this status."},
    "help.due_within": {"zh": "只看 N 天内到期（含已逾期）的条目。", "en": "Only entries due within N days (overdue included)."},
    "help.import_file": {"zh": "要导入的 xlsx 或 csv 文件。", "en": "The xlsx or csv file to import."},
}
