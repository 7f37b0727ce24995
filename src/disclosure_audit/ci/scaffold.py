"""``init``: a new school's checklist repo, ready for ``validate`` and ``audit``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from disclosure_audit.diagnostics import Problem, display_path
from disclosure_audit.errors import InputError
from disclosure_audit.i18n import t
from disclosure_audit.inputs.files import write_atomic
from disclosure_audit.model import Checklist, Item

TEMPLATES = {
    "README.md": "README.md.tmpl",
    ".gitlab-ci.yml": "gitlab-ci.yml.tmpl",
    ".github/workflows/disclosure-audit.yml": "github-workflow.yml.tmpl",
    ".pre-commit-config.yaml": "pre-commit-config.yaml.tmpl",
    ".gitignore": "gitignore.tmpl",
}


@dataclass(frozen=True)
class Scaffolded:
    """What ``init`` made."""

    items: int
    departments: list[str]
    files: list[Path]


def scaffold(directory: Path, institution: str, kind: str,
             departments: list[str] | None = None) -> Scaffolded:
    """Write the repo; refuses to overwrite any existing file (nothing is written then)."""
    from disclosure_audit.spec import load_checklist

    moe, _ = load_checklist("moe-2014")
    assert moe is not None  # the shipped list always loads (a test guards it)
    check_names(institution, departments or [])
    applicable = [i for i in moe.items if kind in i.applies_to]
    names = list(dict.fromkeys(departments or (i.owner_hint for i in applicable if i.owner_hint)))
    files: dict[str, str] = {
        "checklist.yaml": checklist_text(moe, institution, kind, names),
        **{f"declarations/{name}.yaml": declaration_text(name, applicable) for name in names},
    }
    for target, template in TEMPLATES.items():
        text = resources.files("disclosure_audit.ci.templates").joinpath(template).read_text(
            encoding="utf-8")
        files[target] = text.replace("{institution}", institution)
    _check_targets(directory, list(files))
    written = []
    for name, text in files.items():
        write_atomic(directory / name, text)
        written.append(directory / name)
    return Scaffolded(len(applicable), names, written)


def _check_targets(directory: Path, names: list[str]) -> None:
    """Nothing may be overwritten, and nothing written outside ``directory`` (a folder inside it
    that is a symlink to elsewhere would carry the files away)."""
    home = directory.resolve()
    problems = [Problem(display_path(directory / n), None, None, "init-exists")
                for n in names if (directory / n).exists() or (directory / n).is_symlink()]
    problems += [Problem(display_path(directory / n), None, None, "outside-repo",
                         {"target": (directory / n).parent.resolve().as_posix()})
                 for n in names if not (directory / n).parent.resolve().is_relative_to(home)]
    if problems:
        raise InputError(problems)


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
WINDOWS_RESERVED = re.compile(r'[<>:"|?*]')
MAX_NAME = 64


def check_names(institution: str, departments: list[str]) -> None:
    """Refuse names that would escape the target folder, hide a file from ``validate`` or
    break out of a YAML comment; every problem at once, before anything is written."""
    problems = []
    if CONTROL.search(institution) or not institution.strip():
        problems.append(Problem("--institution", None, None, "init-bad-institution"))
    for name in departments:
        why = _bad_department(name)
        if why:
            problems.append(Problem("--departments", None, None, "init-bad-department",
                                    {"name": name, "why": t(f"init.why.{why}")}))
    if problems:
        raise InputError(problems)


def _bad_department(name: str) -> str | None:
    """Why ``name`` cannot be a department (it names the file ``declarations/<name>.yaml``)."""
    if not name.strip() or name.strip() in (".", ".."):
        return "empty"
    if "/" in name or "\\" in name:
        return "separator"
    if name.startswith((".", "~$")):
        return "dot"
    if CONTROL.search(name):
        return "control"
    if WINDOWS_RESERVED.search(name):  # the repo is also checked out on Windows PCs
        return "reserved"
    if len(name) > MAX_NAME:
        return "long"
    return None


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a safe YAML scalar


CLASSIFICATION_HELP = (
    "# 未写事项编号的发布按标题自动归类（audit --explain-classification 查看归类依据）。",
    "# 本校特有的标题写法可以补充；“…”表示中间可隔任意文字，“/”表示任选其一：",
    "# classification:",
    "#   exclude: [校园开放日]          # 本校的新闻、会议、工作通知标题，一律不算信息公开",
    "#   keywords:                      # 给事项补充关键词（保留清单原有关键词）",
    '#     "7": [招生…简章/章程]',
)


def checklist_text(moe: Checklist, institution: str, kind: str, departments: list[str]) -> str:
    """The school's ``checklist.yaml``: every applicable item with an owner to confirm."""
    lines = [
        f"# {institution} 信息公开事项清单",
        "# 继承教育部《高等学校信息公开事项清单》（moe-2014）。请核对每个事项的责任部门（owner）；",
        "# 不适用的事项改写为 not_applicable: 理由；",
        "# 学校自增事项写完整的 category、title、elements、cadence。",
        "extends: moe-2014",
        "institution:",
        f"  name: {_q(institution)}",
        f"  kind: {kind}   # {t(f'kind.{kind}', 'zh')}",
        "# 检查期默认为检查日期前最近一个完整学年；需要时取消下一行的注释：",
        "# review_period: {start: 2021-09-01, end: 2022-08-31}",
        "departments:",
        *(f"  - {_q(name)}" for name in departments),
        *CLASSIFICATION_HELP,
        "items:",
    ]
    first = len(lines)
    for item in moe.items:
        title = item.title if len(item.title) <= 24 else item.title[:23] + "…"
        if kind not in item.applies_to:
            kind_name = t(f"kind.{kind}", "zh")
            lines.append(f"  # {_q(item.id)}: 不适用于{kind_name}院校（{item.note or ''}）")
        elif item.owner_hint in departments:
            lines.append(f"  {_q(item.id)}: {{owner: {_q(item.owner_hint)}}}   # {title}")
        else:
            lines.append(f"  # {_q(item.id)}: {{owner: 待定}}   # {title}（请填写责任部门）")
    if not any(not line.startswith("  #") for line in lines[first:]):
        # None of the departments given usually owns an item: an empty mapping, not "items:"
        # alone, which YAML reads as null and validate would refuse.
        lines[first - 1] = "items: {}   # 请按下面的注释逐项填写责任部门（owner）"
    return "\n".join(lines) + "\n"


def declaration_text(department: str, items: list[Item]) -> str:
    """A department's declaration file: empty lists plus a commented example."""
    mine = next((i for i in items if i.owner_hint == department), items[0])
    return f"""\
# {department} 信息公开发布记录。每发布一条清单事项的信息，在 publications 下加一项，例如：
#   - item: {_q(mine.id)}                  # 事项编号（checklist list 可查；不写则按标题归类）
#     title: 标题                      # {mine.title[:30]}
#     channel: disclosure_column       # 渠道：disclosure_column 信息公开专栏、website 官网 …
#     url: https://www.example.edu.cn/xxgk/…
#     made: 2022-03-01                 # 形成日期（信息形成或变更的日期）
#     published: 2022-03-10            # 发布日期
#     elements: [{mine.elements[0]}]   # 覆盖的要素；不写表示全部（按标题归类时：标题写明的）
#     format: html                     # html | pdf | doc | xls | image | scanned_pdf
#     clicks: 2                        # 从学校首页点击几次可以到达
# 不公开的事项（或其中部分要素 elements）写在 withheld 下并说明理由，例如：
#   - {{item: "17", reason: not_applicable, note: 学校无校办企业}}
#   - {{item: "49", reason: not_occurred, note: 本学年未接受巡视}}     # 本期未发生
#   - {{item: "41", reason: not_yet_made, note: 正在制定, expected: 2022-12-31}}
#   - {{item: "50", elements: [重大事件调查和处理情况], reason: exempt, ground: privacy, note: …}}
#     ground 只能是 国家秘密、商业秘密、个人隐私、法律法规规定不予公开（后者另写 basis）
department: {_q(department)}
publications: []
withheld: []
"""
