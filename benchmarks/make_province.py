"""make-province: write N synthetic school repos with realistic mixes, for the benchmarks.

Run: python benchmarks/make_province.py 150 /tmp/province [--seed 1] [--publications 600]

Each school: a kind (vocational, undergraduate, graduate), 8–12 departments owning the 50 items,
~600 publications over every channel (YAML for most departments, a GB18030 CSV export for one),
late publications, publications without a made date, unreadable formats, missing items,
withheld items with reasons, and a ledger.yaml from an earlier audit (so some entries are
overdue). Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
from pathlib import Path

import yaml

from disclosure_audit.model import Item
from disclosure_audit.spec import load_checklist

DEPARTMENTS = ["党政办公室", "组织部", "人事处", "招生办", "研究生院", "财务处", "国资处",
               "采购中心", "教务处", "就业指导中心", "学生处", "科研处", "国际交流处", "工会",
               "后勤处"]
CHANNELS = ["disclosure_column"] * 5 + ["website"] * 4 + ["wechat_official"] * 2 + [
    "video_channel", "weibo", "oa", "oa", "group_chat", "meeting", "document", "notice_board",
    "school_paper"]
FORMATS = ["html"] * 8 + ["pdf"] * 4 + ["doc", "xls", "image", "scanned_pdf"]
KINDS = ["vocational", "undergraduate", "graduate"]


def publication(item: Item, n: int, host: str, rng: random.Random) -> dict:
    """The ``n``-th publication of ``item``: any channel and format, most with a made date
    (some late, a tenth 90 days late), elements named on half of those with several."""
    published = dt.date(2021, 9, 1) + dt.timedelta(days=rng.randint(0, 364))
    lag = rng.choice([1, 3, 5, 10, 14, 20, 25, 40]) if rng.random() < 0.9 else 90
    pub = {"item": item.id, "title": f"{item.title[:18]}（{n}）",
           "channel": rng.choice(CHANNELS),
           "url": f"https://{host}/xxgk/{item.id}/{n}.htm",
           "published": published.isoformat(), "format": rng.choice(FORMATS),
           "clicks": rng.randint(1, 5)}
    if rng.random() < 0.92:
        pub["made"] = (published - dt.timedelta(days=lag)).isoformat()
    if len(item.elements) > 1 and rng.random() < 0.5:
        pub["elements"] = rng.sample(list(item.elements), rng.randint(1, len(item.elements)))
    return pub


def school(index: int, root: Path, rng: random.Random, publications: int) -> None:
    moe, _ = load_checklist("moe-2014")
    kind = rng.choice(KINDS)
    departments = rng.sample(DEPARTMENTS, rng.randint(8, 12))
    repo = root / f"school-{index:04d}"
    (repo / "declarations").mkdir(parents=True, exist_ok=True)
    items = [i for i in moe.items if kind in i.applies_to]
    owners = {i.id: rng.choice(departments) for i in items}
    missing = set(rng.sample([i.id for i in items], rng.randint(2, 8)))
    withheld_ids = set(rng.sample([i.id for i in items if i.id not in missing], 3))
    checklist = {
        "extends": "moe-2014",
        "institution": {"name": f"第{index + 1}学院", "kind": kind},
        "review_period": {"start": "2021-09-01", "end": "2022-08-31"},
        "departments": departments,
        "items": {i: {"owner": o} for i, o in owners.items()},
    }
    (repo / "checklist.yaml").write_text(yaml.safe_dump(checklist, allow_unicode=True,
                                                        sort_keys=False), encoding="utf-8")
    live = [i for i in items if i.id not in missing and i.id not in withheld_ids]
    by_department: dict[str, list[dict]] = {d: [] for d in departments}
    for n in range(publications):
        item = rng.choice(live)
        pub = publication(item, n, f"www.school{index}.edu.cn", rng)
        by_department[owners[item.id]].append(pub)
    withheld = [{"item": i, "reason": "not_yet_made", "note": "制度正在制定",
                 "expected": "2022-12-31"} for i in sorted(withheld_ids)]
    csv_department = departments[0]
    for name, pubs in by_department.items():
        mine = [w for w in withheld if owners[w["item"]] == name]
        if name == csv_department:
            write_csv(repo / "declarations" / f"{name}.csv", pubs, mine)
            continue
        data = {"department": name, "publications": pubs, "withheld": mine}
        (repo / "declarations" / f"{name}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_csv(path: Path, pubs: list[dict], withheld: list[dict],
              encoding: str = "gb18030") -> None:
    """A CMS export: Chinese headers, GB18030 (as Excel in China saves it) by default."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["事项编号", "标题", "渠道", "链接", "形成日期", "发布日期", "要素", "格式",
                     "点击层级", "未公开理由", "备注", "预计形成日期"])
    for p in pubs:
        writer.writerow([p["item"], p["title"], p["channel"], p["url"], p.get("made", ""),
                         p["published"], "、".join(p.get("elements", [])), p["format"],
                         p["clicks"], "", "", ""])
    for w in withheld:
        writer.writerow([w["item"], "", "", "", "", "", "", "", "", "尚未形成", w["note"],
                         w["expected"]])
    path.write_bytes(buffer.getvalue().encode(encoding))


def add_ledgers(root: Path) -> None:
    """A ledger from an audit two months earlier, so that some entries are overdue."""
    from disclosure_audit.ledger.merge import merge
    from disclosure_audit.ledger.store import save_ledger
    from disclosure_audit.ledger.tracked import TrackedLedger
    from disclosure_audit.services import audit

    for repo in sorted(root.iterdir()):
        result = audit.run(audit.AuditRequest(repo, dt.date(2022, 9, 15)))
        ledger, _ = merge(TrackedLedger(), result, "zh", root=repo)
        save_ledger(repo / "ledger.yaml", ledger)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("schools", type=int)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--publications", type=int, default=600)
    parser.add_argument("--no-ledgers", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.directory.mkdir(parents=True, exist_ok=True)
    for index in range(args.schools):
        school(index, args.directory, rng, args.publications)
    if not args.no_ledgers:
        add_ledgers(args.directory)
    print(f"wrote {args.schools} schools to {args.directory}")


if __name__ == "__main__":
    main()
