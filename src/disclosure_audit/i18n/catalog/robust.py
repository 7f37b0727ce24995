"""Messages of the robustness work: resource limits, unsafe paths, outputs, the narrow layouts.

Prefixes: ``problem.*``/``hint.*`` (input problems and how to fix them), ``file.kind.*`` (what
a path is when it is not a regular file), ``out.*`` (writing results), ``narrow.*`` (short
column headers for narrow terminals), ``tledger.*`` (the terminal ledger).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── reading files ────────────────────────────────────────────────────────────
    "problem.not-a-file": {
        "zh": "不是普通文件（而是管道、设备、套接字或文件夹），未读取",
        "en": "not a regular file (a FIFO, device, socket or folder); not read",
    },
    "hint.not-a-file": {
        "zh": "请给出普通文件：管道、设备文件、文件夹和指向它们的链接都不会被读取（declarations/ 中也只放 YAML、CSV、XLSX 文件）。",
        "en": "Give a regular file: FIFOs, devices, folders and links to them are never read (declarations/ holds only YAML, CSV and XLSX files).",
    },
    "problem.file-too-large-read": {
        "zh": "读取超过 {limit} 字节后文件仍未结束，已停止读取",
        "en": "more than {limit} bytes and still going; reading stopped",
    },
    "problem.unreadable-folder": {
        "zh": "无法读取文件夹：{reason}", "en": "cannot read the folder: {reason}",
    },
    "hint.unreadable-folder": {
        "zh": "检查文件夹权限（需要可读、可进入）。", "en": "Check the folder's permissions (read and execute).",
    },
    "problem.declarations-not-folder": {
        "zh": "declarations 应是文件夹，这里是一个文件", "en": "declarations must be a folder, not a file",
    },
    "hint.declarations-not-folder": {
        "zh": "把各部门的申报文件放进名为 declarations 的文件夹。",
        "en": "Put each department's declaration file into a folder named declarations.",
    },
    "problem.outside-repo": {
        "zh": "该文件链接到仓库之外（{target}），未读取", "en": "this file links outside the repo ({target}); not read",
    },
    "hint.outside-repo": {
        "zh": "把文件复制进仓库，而不是链接到仓库外。", "en": "Copy the file into the repo instead of linking to it.",
    },
    "problem.folder-ignored": {
        "zh": "子文件夹中的文件不会被读取，已跳过", "en": "files in sub-folders are not read; skipped",
    },
    "problem.yaml-bad-character": {
        "zh": "文件中有不允许的控制字符 {code}", "en": "the file contains a control character {code}, which YAML does not allow",
    },
    "hint.yaml-bad-character": {
        "zh": "删除该字符（常见于从网页或 Word 复制的文字）。",
        "en": "Delete the character (it often comes with text copied from web pages or Word).",
    },
    "problem.xlsx-too-large-unzipped": {
        "zh": "XLSX 解压后共 {size} 字节，超过上限 {limit} 字节，已拒绝读取",
        "en": "the XLSX unzips to {size} bytes, over the limit of {limit}; refused",
    },
    "problem.xlsx-too-many-cells": {
        "zh": "工作表范围 {range} 共 {cells} 个单元格，超过上限 {limit} 个，已拒绝读取",
        "en": "the sheet's range {range} has {cells} cells, over the limit of {limit}; refused",
    },
    "hint.xlsx-too-large": {
        "zh": "只保留发布记录所在的区域（删除远处的空白或格式化单元格），或另存为 CSV。",
        "en": "Keep only the area with the rows (delete far-away formatted cells), or save as CSV.",
    },
    "problem.json-too-deep": {
        "zh": "JSON 嵌套过深，已拒绝读取", "en": "the JSON nests too deeply; refused",
    },
    "problem.date-range": {
        "zh": "{field} 的日期 “{value}” 超出可用范围（1900–2100 年），应是笔误",
        "en": "{field}: the date '{value}' is outside the years 1900–2100 (a typo?)",
    },
    "problem.bad-url-port": {
        "zh": "链接 “{value}” 的端口无效", "en": "the URL '{value}' has an invalid port",
    },
    # ── containment ─────────────────────────────────────────────────────────────
    "problem.extends-absolute": {
        "zh": "extends 不能是绝对路径 “{ref}”", "en": "extends may not be an absolute path ('{ref}')",
    },
    "hint.extends-absolute": {
        "zh": "写内置清单编号（如 moe-2014）或仓库内的相对路径。",
        "en": "Use a shipped id (e.g. moe-2014) or a path relative to the repo.",
    },
    "problem.init-bad-department": {
        "zh": "部门名称 “{name}” 不能用作文件名：{why}",
        "en": "the department name '{name}' cannot be a file name: {why}",
    },
    "problem.init-bad-institution": {
        "zh": "学校名称不能包含换行或其他控制字符", "en": "the institution name may not contain line breaks or control characters",
    },
    "init.why.empty": {"zh": "名称为空", "en": "it is empty"},
    "init.why.separator": {"zh": "含有路径分隔符 / 或 \\", "en": "it contains a path separator (/ or \\)"},
    "init.why.dot": {"zh": "以“.”或“~$”开头的文件会被跳过", "en": "files starting with '.' or '~$' are skipped"},
    "init.why.control": {"zh": "含有换行或控制字符", "en": "it contains a line break or control character"},
    "init.why.reserved": {"zh": "含有 Windows 不允许的字符 <>:\"|?*", "en": "it contains a character Windows forbids (<>:\"|?*)"},
    "init.why.long": {"zh": "超过 64 个字符", "en": "it is longer than 64 characters"},
    "problem.overwrite-input": {
        "zh": "不能把结果写到仓库的输入文件 {target} 上", "en": "refusing to write over the repo's input file {target}",
    },
    "hint.overwrite-input": {
        "zh": "换一个输出文件名（如 整改台账.xlsx、result.json）。",
        "en": "Choose another output file (e.g. ledger.xlsx, result.json).",
    },
    "problem.binary-to-terminal": {
        "zh": "XLSX 是二进制文件，不能输出到终端", "en": "XLSX is binary and is not written to a terminal",
    },
    "hint.binary-to-terminal": {
        "zh": "用 -o 文件名.xlsx，或把标准输出重定向到文件。",
        "en": "Use -o FILE.xlsx, or redirect standard output to a file.",
    },
    "out.stdout": {"zh": "标准输出", "en": "standard output"},
    "problem.unwritable-stdout": {
        "zh": "无法写入标准输出：{reason}", "en": "cannot write to standard output: {reason}",
    },
    # ── links ───────────────────────────────────────────────────────────────────
    "help.links_deadline": {
        "zh": "每个链接检测的总时限（秒，含重试和跳转；默认 30）",
        "en": "Total time allowed per link, retries and redirects included (seconds; default 30)",
    },
    "link.kind.too_slow": {
        "zh": "响应过慢，超过每个链接的总时限", "en": "too slow: over the total time allowed per link",
    },
    # ── narrow terminals ────────────────────────────────────────────────────────
    "narrow.completeness": {"zh": "完整", "en": "Comp"},
    "narrow.availability": {"zh": "可得", "en": "Avail"},
    "narrow.timeliness": {"zh": "及时", "en": "Time"},
    "narrow.convenience": {"zh": "便捷", "en": "Conv"},
    "narrow.missing": {"zh": "未公开", "en": "Miss"},
    "narrow.open": {"zh": "待整改", "en": "Open"},
    "narrow.overdue": {"zh": "逾期", "en": "Late"},
    "xsum.school": {"zh": "全校合计", "en": "Whole school"},
    # ── the terminal ledger ─────────────────────────────────────────────────────
    "tledger.index": {"zh": "序号", "en": "No."},
    "tledger.item": {"zh": "事项", "en": "Item"},
    "tledger.problem": {"zh": "问题", "en": "Problem"},
    "tledger.measure": {"zh": "措施", "en": "Measure"},
}
