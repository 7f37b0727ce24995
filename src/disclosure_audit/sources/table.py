"""Declarations exported from a CMS as CSV or XLSX: one row per publication (or withheld item)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from disclosure_audit.diagnostics import WARNING, Problem, display_path
from disclosure_audit.errors import InputError
from disclosure_audit.inputs.files import decode, read_bytes
from disclosure_audit.inputs.xlsxio import read_first_sheet
from disclosure_audit.model import Checklist, Declarations
from disclosure_audit.sources.applications import to_application
from disclosure_audit.sources.convert import Entry, blank
from disclosure_audit.sources.filing import add_entry

# Column headers: our field names, and the Chinese headers CMS exports and clerks use.
HEADERS = {
    "item": ("item", "事项编号", "事项", "清单编号", "编号"),
    "title": ("title", "标题", "信息标题", "文章标题", "名称"),
    "channel": ("channel", "渠道", "公开渠道", "发布渠道"),
    "url": ("url", "链接", "网址", "地址", "link"),
    "made": ("made", "形成日期", "生成日期", "制作日期"),
    "published": ("published", "发布日期", "公开日期", "发布时间"),
    "elements": ("elements", "要素", "公开要素"),
    "format": ("format", "格式", "文件格式"),
    "clicks": ("clicks", "点击层级", "点击次数"),
    "department": ("department", "部门", "责任部门", "发布部门"),
    "reason": ("reason", "未公开理由", "理由", "不公开理由"),
    "note": ("note", "备注", "说明"),
    "ground": ("ground", "依据", "不予公开依据", "不予公开情形"),
    "basis": ("basis", "法律依据", "法规依据", "具体依据"),
    "expected": ("expected", "预计形成日期", "预计日期"),
    "period": ("period", "所属学年", "报告学年", "学年"),
    "linked_from_column": ("linked_from_column", "专栏链接", "专栏已链接"),
    "kind": ("kind", "类别", "信息类别", "信息类型"),
    # The applications register (依申请公开): a row with an application id is an application.
    "application_id": ("application_id", "申请编号", "申请号"),
    "received": ("received", "收到日期", "受理日期", "申请日期", "收到申请日期"),
    "requester": ("requester", "申请人类型", "申请主体"),
    "application_channel": ("application_channel", "申请方式", "申请渠道"),
    "subject": ("subject", "申请内容", "申请事项", "申请公开内容"),
    "outcome": ("outcome", "办理结果", "答复结果", "处理结果"),
    "replied": ("replied", "答复日期", "办结日期"),
    "extension_approved": ("extension_approved", "延期批准日期", "延期日期"),
    "extension_reason": ("extension_reason", "延期理由", "延期原因"),
    "extension_days": ("extension_days", "延期天数", "延长天数", "延期工作日"),
    "fee": ("fee", "收费", "收费金额", "收费（元）"),
}
APPLICATION_COLUMNS = {"application_id": "id", "application_channel": "channel"}
"""Table columns named apart from a publication's (渠道 vs 申请方式), renamed for the register."""
_LOOKUP = {alias.lower(): name for name, aliases in HEADERS.items() for alias in aliases}
Row = tuple[int, list[Any]]  # (1-based line or sheet row, cells)


def read_csv_declarations(path: Path, checklist: Checklist, out: Declarations) -> list[Problem]:
    """Read a CSV export (UTF-8 with or without BOM, or GB18030)."""
    display = display_path(path)
    try:
        text = decode_table(path, display)
    except InputError as exc:
        return exc.problems
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        start = 1
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        return [Problem(display, reader.line_num, None, "csv-syntax", {"detail": str(exc)})]
    return _read_rows(rows, display, path.stem, checklist, out)


def read_xlsx_declarations(path: Path, checklist: Checklist, out: Declarations) -> list[Problem]:
    """Read the first sheet of an XLSX export; merged cells take their top-left value."""
    display = display_path(path)
    try:
        raw = read_bytes(path, display)
        title, rows = read_first_sheet(raw, display)
    except InputError as exc:
        return exc.problems
    return _read_rows(rows, f"{display}[{title}]", path.stem, checklist, out)


def decode_table(path: Path, display: str) -> str:
    """A CSV file's text: UTF-8 (with or without BOM) or GB18030, as Excel in China saves it."""
    return decode(read_bytes(path, display), display, ("utf-8-sig", "gb18030"), "bad-encoding")


def _header(rows: list[Row]) -> tuple[int, dict[int, str], list[str]] | None:
    """Find the header row among the first rows (exports often start with a title line)."""
    for index, (_, cells) in enumerate(rows[:10]):
        names = {i: _LOOKUP.get(str(c).strip().lower()) for i, c in enumerate(cells)
                 if c is not None}
        mapped = {i: n for i, n in names.items() if n}
        if len(mapped) >= 2 and {"title", "application_id"} & set(mapped.values()):
            unknown = [str(cells[i]) for i, n in names.items() if not n and str(cells[i]).strip()]
            return index, mapped, unknown
    return None


def _read_rows(rows: list[Row], display: str, stem: str, checklist: Checklist,
               out: Declarations) -> list[Problem]:
    found = _header(rows)
    if found is None:
        return [Problem(display, 1, 1, "table-no-header",
                        {"headers": "、".join(a[1] for a in HEADERS.values())},
                        hint_key="hint.table-no-header")]
    header_index, columns, unknown = found
    problems: list[Problem] = []
    header_line = rows[header_index][0]
    if unknown:
        problems.append(Problem(display, header_line, None, "table-unknown-columns",
                                {"columns": "、".join(unknown)}, WARNING))
    departments: set[str] = set()
    for line, cells in _data_rows(rows[header_index + 1:]):
        fields = {name: cells[i] if i < len(cells) else None for i, name in columns.items()}
        department = str(fields.pop("department", None) or stem).strip()
        if checklist.departments and department not in checklist.departments \
                and department not in departments:
            problems.append(Problem(display, line, None, "unknown-department",
                                    {"department": department}, hint_key="hint.unknown-department"))
        departments.add(department)
        if not blank(fields.get("application_id")):
            problems.extend(_application_row(fields, display, department, line, columns,
                                             checklist, out))
            continue
        positions = {name: i + 1 for i, name in columns.items()}
        entry = Entry(fields, display, department,
                      lambda name, line=line, positions=positions: (line, positions.get(name)))
        is_withheld = fields.get("reason") not in (None, "") and fields.get("title") in (None, "")
        add_entry(entry, checklist, out, withheld=is_withheld)
        problems.extend(entry.problems)
    return problems


def _application_row(fields: dict[str, Any], display: str, department: str, line: int,
                     columns: dict[int, str], checklist: Checklist,
                     out: Declarations) -> list[Problem]:
    """A row of the applications register, in a department's table (its 申请方式 column is the
    application's channel; a publication's 渠道 column is ignored there)."""
    renamed = {APPLICATION_COLUMNS.get(name, name): value for name, value in fields.items()
               if name != "channel"}
    positions = {APPLICATION_COLUMNS.get(name, name): i + 1 for i, name in columns.items()
                 if name != "channel"}
    entry = Entry(renamed, display, department, lambda name: (line, positions.get(name)))
    application = to_application(entry, checklist)
    if application is not None:
        out.applications.append(application)
    return entry.problems


def _data_rows(rows: Iterable[Row]) -> Iterable[Row]:
    """Rows with at least one non-blank cell (blank rows are common in hand-edited sheets)."""
    for line, cells in rows:
        if any(c is not None and str(c).strip() for c in cells):
            yield line, cells
