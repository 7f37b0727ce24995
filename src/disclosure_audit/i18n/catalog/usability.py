"""Messages from trying the finished tool as a new user and a hostile one would.

Prefixes: ``problem.*``/``hint.*`` (input problems and how to fix them), ``cli.*`` (the words
of the help pages and of usage errors, which the command-line library writes in English),
``os.*`` (why the system refused to read or write a file, by error number).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ── options whose values are out of range ────────────────────────────────────
    "problem.annual-year-range": {
        "zh": "学年 “{value}” 超出可用范围（{first}–{last} 年），应是笔误",
        "en": "the academic year '{value}' is outside the years {first}–{last} (a typo?)",
    },
    "problem.sc-out-stdout": {
        "zh": "自查表是每个部门一个 Excel 文件，不能写到标准输出（-o -）；-o 应是一个文件夹",
        "en": "the workbooks are one Excel file per department and cannot go to standard output (-o -); -o names a folder",
    },
    "problem.sc-out-not-folder": {
        "zh": "这是一个文件，不是文件夹：自查表每个部门一个，写到 -o 指定的文件夹里",
        "en": "this is a file, not a folder: the workbooks, one per department, go into the folder -o names",
    },
    "problem.export-suffix-mismatch": {
        "zh": "文件扩展名 “{suffix}” 与导出格式 {format} 不符（扩展名对应的格式：{known}）",
        "en": "the extension '{suffix}' does not match the export format {format} (extensions known: {known})",
    },
    "problem.export-suffix-unknown": {
        "zh": "无法从扩展名 “{suffix}” 判断导出格式（可用的扩展名：{known}）",
        "en": "the extension '{suffix}' names no export format (extensions known: {known})",
    },
    "hint.export-suffix-mismatch": {
        "zh": "让扩展名与格式一致，如 -o 整改台账.xlsx 或 -o 整改台账.csv（不写 --format 时按扩展名选择格式）。",
        "en": "Make the extension match the format, e.g. -o ledger.xlsx or -o ledger.csv (without --format the extension chooses it).",
    },
    "help.export_format": {
        "zh": "导出格式：xlsx、csv、markdown、json、html（默认按 -o 的扩展名，无扩展名或 -o - 时为 xlsx）。",
        "en": "Export format: xlsx, csv, markdown, json, html (default: by the extension of -o; xlsx without one or for -o -).",
    },
}
